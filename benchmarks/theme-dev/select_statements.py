#!/usr/bin/env python3
"""Draws the statements of the theme dev set: prints document, start, end (and a '?' for the
themes still to label) for two random statements per world-press article of the MPQA stance dev
file. Reads the file given as the first argument; prints offsets only, never text.

    python3 benchmarks/theme-dev/select_statements.py ../shared/data/<the MPQA stance dev file>.jsonl

A sentence is a statement when an annotated opinion holder and its expression lie inside it; it
is at most 600 characters. Seed 12 gives the 314 statements of labels.tsv, in its order.
"""
import json
import random
import re
import sys

# sentence-final punctuation before a capital, quote or bracket; a blank line; a line break that is
# not wrapping (wrapped lines end in a space before the break)
BOUNDARY = re.compile(r'(?<=[.!?"\u201d])\s+(?=["\u201c\'A-Z\[])|\n\s*\n|(?<! )\n')


def sentences(text):
    spans, start = [], 0
    for m in BOUNDARY.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b - a > 20:
            out.append((a, b))
    return out


def main(path):
    random.seed(12)
    for line in open(path, encoding="utf-8"):
        doc = json.loads(line)
        if doc["subset"] != "mpqa-original":
            continue
        candidates = []
        for a, b in sentences(doc["text"]):
            if b - a > 600:
                continue
            if any(a <= s["expression_start"] < b and s.get("holder_in_sentence")
                   and s["holder_start"] is not None and a <= s["holder_start"] < b
                   for s in doc["stances"]):
                candidates.append((a, b))
        random.shuffle(candidates)
        for a, b in sorted(candidates[:2]):
            print(f"{doc['id']}\t{a}\t{b}\t?")


if __name__ == "__main__":
    main(sys.argv[1])
