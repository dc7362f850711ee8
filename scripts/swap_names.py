#!/usr/bin/env python3
"""Rewrites an annotated corpus with other people's names, to measure how the rules
generalise beyond the names a corpus was written with.

    python3 scripts/swap_names.py IN.jsonl OUT.jsonl --mode unlisted --seed 1

Every word of every PERSON span (three letters or more; not initials, nor a particle such
as "van" or "al", nor a word with an apostrophe) is replaced by another name with the same
first letter and the same letter case, the same way each time within a document, so that
initials and repeats still agree. Given names come from the given-name pool, the last word
of a multi-word name and a lone word after a title from the family-name pool.

--mode listed    names from `wordlists/curated/` that the name lists have and no other
                 list has (no dictionary word, place, role or organisation);
--mode unlisted  the same names with one vowel changed so that no list at all has them
                 ("Priya" -> "Pryia"): the spellings a council meets that no name list
                 holds, found only from their context.

The spans of every type are moved to the new offsets (code points, as the corpus counts).
"""
import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / 'wordlists'
PARTICLES = set('van der den de da di la le al el bin ibn bint ap ni nic mac mc von ter ten du des dos das del '
                'della abu ben st'.split())
TITLE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Master|Mister)\.?\s+$")
WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’\-](?=[^\W\d_]))*")


def entries(path):
    """The entries of a generated list (one a line)."""
    return {line.strip() for line in (ROOT / path).open(encoding='utf-8') if line.strip() and not line.startswith('#')}


def curated(path):
    """The names of a hand-typed list (comma-separated, '#' comments)."""
    names = []
    for line in (ROOT / path).open(encoding='utf-8'):
        names += [name.strip() for name in line.split('#')[0].split(',') if name.strip()]
    return names


def pools(mode, rng):
    forenames, surnames = entries('names/forenames.txt'), entries('names/surnames.txt')
    other = set()
    for path in ['words/common.txt', 'names/ambiguous.txt', 'nonpersonal/places.txt', 'nonpersonal/roles.txt',
                 'nonpersonal/titlecase.txt', 'nonpersonal/organisations.txt', 'nonpersonal/place-name-clashes.txt']:
        other |= entries(path)

    def plain(name):
        return re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", name) and len(name) >= 3 and name.lower() not in other

    given = [n for n in curated('curated/forenames.txt') if plain(n)]
    family = [n for n in curated('curated/surnames.txt') if plain(n)]
    if mode == 'listed':
        return [n for n in given if n.lower() in forenames], [n for n in family if n.lower() in surnames]

    def respelt(pool):
        out = []
        for name in pool:
            for _ in range(6):
                at = rng.randrange(1, len(name))
                if name[at] not in 'aeiou':
                    continue
                new = name[:at] + rng.choice([v for v in 'aeiouy' if v != name[at]]) + name[at + 1:]
                if new.lower() not in forenames and new.lower() not in surnames and new.lower() not in other:
                    out.append(new)
                    break
        return out
    return respelt(given), respelt(family)


def by_letter(names):
    table = {}
    for name in names:
        table.setdefault(name[0].upper(), []).append(name)
    return table


def shaped(original, new):
    if original.isupper():
        return new.upper()
    if original.islower():
        return new.lower()
    return new


def swap(document, given, family, rng):
    text = document['text']
    chosen, edits = {}, []
    for span in sorted(document['spans'], key=lambda s: s['start']):
        if span['type'] != 'PERSON':
            continue
        words = list(WORD.finditer(text[span['start']:span['end']]))
        for position, match in enumerate(words):
            word = match.group(0)
            if len(word) < 3 or word.isupper() and len(word) <= 4 or "'" in word or '’' in word or word.lower() in PARTICLES:
                continue
            if word.lower() not in chosen:
                last = len(words) > 1 and position == len(words) - 1
                after_title = len(words) == 1 and TITLE.search(text[:span['start']])
                pool = (family if last or after_title else given).get(word[0].upper())
                if not pool:
                    continue
                chosen[word.lower()] = rng.choice(pool)
            start = span['start'] + match.start()
            edits.append((start, start + len(word), shaped(word, chosen[word.lower()])))
    if not edits:
        return document, 0
    edits.sort()
    pieces, cursor = [], 0
    for start, end, new in edits:
        pieces += [text[cursor:start], new]
        cursor = end
    pieces.append(text[cursor:])

    def moved(offset):
        return offset + sum(len(new) - (end - start) for start, end, new in edits if end <= offset)
    spans = [dict(span, start=moved(span['start']), end=moved(span['end'])) for span in document['spans']]
    return dict(document, text=''.join(pieces), spans=spans), len(edits)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('corpus')
    parser.add_argument('out')
    parser.add_argument('--mode', choices=['listed', 'unlisted'], default='unlisted')
    parser.add_argument('--seed', type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    given, family = pools(args.mode, rng)
    given, family = by_letter(given), by_letter(family)
    swapped = documents = 0
    with open(args.corpus, encoding='utf-8') as source, open(args.out, 'w', encoding='utf-8') as out:
        for line in source:
            document, count = swap(json.loads(line), given, family, rng)
            swapped += count
            documents += count > 0
            out.write(json.dumps(document, ensure_ascii=False) + '\n')
    print(f'{args.out}: {swapped} words in {documents} documents replaced ({args.mode}, seed {args.seed})', file=sys.stderr)


if __name__ == '__main__':
    main()
