#!/usr/bin/env python3
"""Carries translations over to strings that moved to another class.

tr() takes its context from the class, so a string moved from one class to another comes back
from lupdate as a new, unfinished message in the new context while its translation sits, marked
"vanished", in the old one. For each unfinished message this copies the translation of a vanished
message with the same source text (and plural form), then drops the vanished messages.

    scripts/carry-translations.py translations/article-reader_de.ts [...]

Run it after `cmake --build build --target update_translations`, then run that target again to
write the file in lupdate's own layout.
"""
import sys
import xml.etree.ElementTree as ET


def carry(path):
    tree = ET.parse(path)
    root = tree.getroot()
    vanished = {}
    for context in root.iter('context'):
        for message in context.findall('message'):
            translation = message.find('translation')
            if translation is not None and translation.get('type') in ('vanished', 'obsolete'):
                key = (message.findtext('source'), message.get('numerus'))
                vanished[key] = translation
    carried = 0
    for context in root.iter('context'):
        for message in context.findall('message'):
            translation = message.find('translation')
            if translation is None or translation.get('type') != 'unfinished':
                continue
            old = vanished.get((message.findtext('source'), message.get('numerus')))
            if old is None:
                continue
            message.remove(translation)
            new = ET.SubElement(message, 'translation')
            new.text = old.text
            for form in old.findall('numerusform'):
                ET.SubElement(new, 'numerusform').text = form.text
            carried += 1
    for context in list(root.iter('context')):
        for message in context.findall('message'):
            translation = message.find('translation')
            if translation is not None and translation.get('type') in ('vanished', 'obsolete'):
                context.remove(message)
    for context in list(root.findall('context')):
        if not context.findall('message'):
            root.remove(context)
    with open(path, 'wb') as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding='utf-8', xml_declaration=False)
    left = sum(1 for t in root.iter('translation') if t.get('type') == 'unfinished')
    print(f'{path}: {carried} carried over, {left} still unfinished')


for p in sys.argv[1:]:
    carry(p)
