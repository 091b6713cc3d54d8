#!/usr/bin/env python3
"""The kinds of error the extractor makes on an evaluation set, worst first.

Usage: evaluate-errors.py --pred-dir PRED --gold-dir GOLD [--examples N]
(predictions PRED/NNN.json from `article-reader --entities`, gold GOLD/NNN.gold.json, the schema
of tests/data/eval). Each mention-exact error of a person, place or organisation is put in one
kind: a gold mention missed outright, found with other bounds, or found as another type; a
predicted mention that is no gold mention at all, that has other bounds, or that has another type.
Python 3 standard library only.
"""
import argparse
import collections
import glob
import json
import os

TYPES = ('person', 'place', 'organization')


def spans(doc, required_only):
    out = {}
    for e in doc.get('entities', []):
        if required_only and not e.get('required', True):
            continue
        for m in e['mentions']:
            out[(m['start'], m['end'])] = (e['type'], m.get('text', ''))
    return out


def overlaps(span, others):
    return any(s < span[1] and e > span[0] for (s, e) in others)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--pred-dir', required=True)
    ap.add_argument('--gold-dir', required=True)
    ap.add_argument('--examples', type=int, default=6)
    args = ap.parse_args()
    kinds = collections.Counter()
    examples = collections.defaultdict(collections.Counter)
    for gold_path in sorted(glob.glob(os.path.join(args.gold_dir, '*.gold.json'))):
        stem = os.path.basename(gold_path)[:-len('.gold.json')]
        pred_path = os.path.join(args.pred_dir, stem + '.json')
        gold_doc = json.load(open(gold_path, encoding='utf-8'))
        pred = spans(json.load(open(pred_path, encoding='utf-8')), False)
        gold = spans(gold_doc, True)
        optional = set(spans(gold_doc, False)) - set(gold)
        for span, (t, text) in gold.items():
            if t not in TYPES or pred.get(span, ('',))[0] == t:
                continue
            if span in pred:
                kind = '%s missed: read as %s' % (t, pred[span][0])
            elif overlaps(span, pred):
                kind = '%s missed: found with other bounds' % t
            else:
                kind = '%s missed: not found at all' % t
            kinds[kind] += 1
            examples[kind][text] += 1
        for span, (t, text) in pred.items():
            if t not in TYPES or gold.get(span, ('',))[0] == t or span in optional:
                continue
            if span in gold:
                kind = '%s wrongly: a %s' % (t, gold[span][0])
            elif overlaps(span, gold):
                kind = '%s wrongly: other bounds than the name' % t
            else:
                kind = '%s wrongly: no name at all' % t
            kinds[kind] += 1
            examples[kind][text] += 1
    print('kinds of error, worst first (mention-exact; an error of bounds counts once as missed '
          'and once as wrong):')
    for kind, n in kinds.most_common():
        top = ', '.join('"%s"%s' % (text, ' x%d' % c if c > 1 else '')
                        for text, c in examples[kind].most_common(args.examples))
        print('  %4d  %-45s %s' % (n, kind, top))


if __name__ == '__main__':
    main()
