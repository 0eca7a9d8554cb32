#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills translations/oauthdesk_de.ts from translations/oauthdesk_de.tsv (README "Translations").

The TSV has one entry a line: context <TAB> source <TAB> translation, with "\\n" for a line break
and "\\t" for a tab; a %n entry gives its two German plural forms as "singular ||| plural".
Entries of the .ts that the TSV names become finished; the others keep what they had.
"""
import sys
import xml.etree.ElementTree as ET


def unescape(text):
    return text.replace('\\t', '\t').replace('\\n', '\n').replace('\\\\', '\\')


def main(ts='translations/oauthdesk_de.ts', tsv='translations/oauthdesk_de.tsv'):
    table = {}
    with open(tsv, encoding='utf-8') as fh:
        for number, line in enumerate(fh, 1):
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            parts = line.split('\t')
            if len(parts) != 3:
                sys.exit('%s:%d: want context, source, translation' % (tsv, number))
            table[(parts[0], unescape(parts[1]))] = unescape(parts[2])
    tree = ET.parse(ts)
    filled = 0
    used = set()
    for context in tree.getroot().iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            key = (name, message.findtext('source'))
            if key not in table:
                continue
            used.add(key)
            translation = message.find('translation')
            translation.attrib.pop('type', None)
            for child in list(translation):
                translation.remove(child)
            if message.get('numerus') == 'yes':
                translation.text = None
                for form in table[key].split(' ||| '):
                    ET.SubElement(translation, 'numerusform').text = form
            else:
                translation.text = table[key]
            filled += 1
    for key in sorted(set(table) - used):
        print('not in the .ts (stale TSV line): %s: %r' % key, file=sys.stderr)
    body = ET.tostring(tree.getroot(), encoding='unicode')
    with open(ts, 'w', encoding='utf-8') as fh:
        fh.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n')
    print('%d entries filled' % filled)


if __name__ == '__main__':
    main(*sys.argv[1:])
