#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""tst_translations: translations/oauthdesk_de.ts is complete and up to date (README "Translations").

Runs lupdate over app/ and lib/ into a temporary copy of the committed .ts and fails when
  - a string in the sources is not in the committed .ts (run scripts/update-translations.sh),
  - the committed .ts has an entry the sources no longer have (vanished/obsolete),
  - an entry is unfinished (more than --max-unfinished of them, default 0),
  - a %n entry lacks one of German's two plural forms, or a translation drops or adds a
    placeholder (%1, %2, %n),
  - a string sits in a context that is no class: lupdate falls back to a namespace's name when
    tr() is called from a free function (give it a Q_DECLARE_TR_FUNCTIONS struct instead).
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def entries(path):
    """(context, source, comment) -> message element, for every message of the .ts."""
    out = {}
    for context in ET.parse(path).getroot().iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            key = (name, message.findtext('source') or '', message.findtext('comment') or '')
            out[key] = message
    return out


def class_names(dirs):
    classes, declared = set(), set()
    for d in dirs:
        for root, _, files in os.walk(d):
            for f in files:
                if not f.endswith(('.cpp', '.h')):
                    continue
                with open(os.path.join(root, f), encoding='utf-8') as fh:
                    text = fh.read()
                classes.update(re.findall(r'\b(?:class|struct)\s+(?:\[\[\w+\]\]\s+)?([A-Z]\w*)', text))
                declared.update(re.findall(r'Q_DECLARE_TR_FUNCTIONS\(\s*([\w:]+)\s*\)', text))
    return classes, declared


def placeholders(text):
    return sorted(set(re.findall(r'%(?:\d+|n)', text or '')))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--lupdate', required=True)
    ap.add_argument('--source-dir', required=True)
    ap.add_argument('--ts', required=True)
    ap.add_argument('--max-unfinished', type=int, default=0)
    args = ap.parse_args()

    dirs = [os.path.join(args.source_dir, d) for d in ('app', 'lib')]
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, os.path.basename(args.ts))
        shutil.copyfile(args.ts, copy)
        run = subprocess.run([args.lupdate, '-locations', 'none', *dirs, '-ts', copy],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout + run.stderr)
            return 1
        committed = entries(args.ts)
        updated = entries(copy)

    for key in sorted(set(updated) - set(committed)):
        problems.append('new string, not in the .ts (run scripts/update-translations.sh): %s: %r' % key[:2])
    unfinished = 0
    for key, message in sorted(updated.items()):
        translation = message.find('translation')
        kind = translation.get('type') if translation is not None else 'unfinished'
        if kind in ('vanished', 'obsolete'):
            problems.append('%s entry (no longer in the sources): %s: %r' % (kind, *key[:2]))
            continue
        if kind == 'unfinished':
            unfinished += 1
            continue
        if message.get('numerus') == 'yes':
            forms = [f.text or '' for f in translation.iter('numerusform')]
            if len(forms) != 2 or not all(forms):
                problems.append('%%n entry needs both German plural forms: %s: %r' % key[:2])
            texts = forms
        else:
            texts = [translation.text or '']
        for text in texts:
            want, got = placeholders(key[1]), placeholders(text)
            if message.get('numerus') == 'yes':
                want, got = [p for p in want if p != '%n'], [p for p in got if p != '%n']
            if want != got:
                problems.append('placeholders %s in the source but %s in the translation: %s: %r'
                                % (want, got, *key[:2]))
    if unfinished > args.max_unfinished:
        problems.append('%d unfinished entries (at most %d allowed)' % (unfinished, args.max_unfinished))

    classes, declared = class_names(dirs)
    contexts = sorted({key[0] for key in updated})
    for context in contexts:
        if context not in declared and context.split('::')[-1] not in classes:
            count = sum(1 for key in updated if key[0] == context)
            problems.append('context "%s" (%d strings) is no class: tr() from a free function?' % (context, count))

    for p in problems:
        print('FAIL: ' + p)
    print('%d entries in %d contexts, %d unfinished, %d problems'
          % (len(updated), len(contexts), unfinished, len(problems)))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
