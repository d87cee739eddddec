#!/usr/bin/env python3
"""Checks the actors of a framing report (framelens report --format json) for the faults of issue 9.

Prints counts of: pronoun or bare common-noun actors, headline fragments read as person names,
pairs of person actors that are name variants of one person, and the most-quoted actors with
their affiliations (to be checked by hand). Written independently of the Java identity code, so
it can catch what that code misses. Usage: actor_check.py REPORT.json [--top N] [--list]
"""
import json
import re
import sys
import unicodedata
from collections import defaultdict

PRONOUNS = {"i", "me", "my", "you", "he", "him", "his", "she", "her", "it", "its", "we", "us", "our", "they",
            "them", "their", "one", "some", "another", "others", "someone", "somebody", "who"}
PARTICLES = {"al", "el", "bin", "ibn", "ben", "bint", "abu", "von", "van", "der", "den", "de", "del", "della", "di",
             "da", "du", "dos", "das", "la", "le", "ter", "ten", "zu", "y"}
# short forms of first names (the same list as the Java identity: a variant it misses would show here)
NICKNAMES = {"ben": "benjamin", "bill": "william", "will": "william", "bob": "robert", "rob": "robert",
             "mike": "michael", "jim": "james", "jimmy": "james", "tom": "thomas", "joe": "joseph", "dick": "richard",
             "rick": "richard", "chris": "christopher", "dan": "daniel", "dave": "david", "chuck": "charles",
             "charlie": "charles", "nick": "nicholas", "tony": "anthony", "andy": "andrew", "matt": "matthew",
             "pat": "patrick", "ken": "kenneth", "jeff": "jeffrey", "greg": "gregory", "sam": "samuel",
             "alex": "alexander", "liz": "elizabeth", "rudy": "rudolph", "larry": "lawrence", "ron": "ronald",
             "don": "donald", "fred": "frederick", "steve": "steven", "jon": "jonathan", "tim": "timothy",
             "newt": "newton", "hank": "henry", "ted": "edward", "bernie": "bernard", "hillary": "hillary"}
HONORIFICS = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "president", "senator", "judge", "sir"}
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
# verb forms a headline capitalises; a name never holds one after its first two words
HEADLINE_VERBS = re.compile(r"^(says|said|slams|blasts|praises|backs|burns|rips|hits|attacks|calls|compares|"
                            r"debunks|rampages|sent|sends|urges|warns|mocks|defends|endorses|accuses|denies|"
                            r"wins|loses|leads|beats|is|was|are|to|with|of|by|at|in|on|for|video|says)$", re.I)


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace(".", "").replace("\u2019", "'")


def parts(name):
    words = [w for w in re.split(r"[\s,]+", fold(name)) if w]
    while len(words) > 1 and words[0] in HONORIFICS:
        words.pop(0)
    suffix = words.pop() if len(words) > 1 and words[-1] in SUFFIXES else ""
    i = len(words) - 1
    while i > 0 and words[i - 1] in PARTICLES and (i - 1 > 0 or words[0] not in {"ben", "bin", "abu", "ibn", "bint", "y"}):
        i -= 1
    last = " ".join(words[i:]) if words else ""
    core = re.sub(r"^(al|el)-", "", last.split(" ")[-1]) if last else ""
    first = NICKNAMES.get(words[0], words[0]) if i > 0 else ""
    middle = words[1:i] if i > 0 else []
    return first, middle, last, suffix, core


DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those",
               "many", "some", "several", "other", "few", "most", "all", "both", "another", "one", "two", "three"}


def bare(name):
    """A pronoun, or one lower-case noun once determiners and quantifiers are set aside: 'they', 'the campaign'."""
    words = [w for w in fold(name).split() if w not in DETERMINERS]
    return not words or (len(words) == 1 and (words[0] in PRONOUNS or not any(c.isupper() for c in name)))


def generic(name):
    """A generic source without a capital letter: 'senior officials', 'black voters' (kept as unnamed sources)."""
    return not any(c.isupper() for c in name) and not bare(name)


def fragment(name):
    words = name.split()
    if any(w[:1].islower() and fold(w).split("-")[0] not in PARTICLES for w in words):
        return True
    return any(HEADLINE_VERBS.match(w.strip(",")) for w in words[2:]) or any(
        HEADLINE_VERBS.match(w) and w in {"is", "of", "by", "with", "to"} for w in words)


def main():
    args = sys.argv[1:]
    top = 30
    if "--top" in args:
        top = int(args[args.index("--top") + 1])
    show = "--list" in args
    report = json.load(open(args[0], encoding="utf-8"))
    actors = report["actors"]
    persons = [a for a in actors if a["type"] == "person"]
    print(f"actors: {len(actors)} ({len(persons)} persons)")

    common = [a["name"] for a in actors if bare(a["name"])]
    print(f"pronoun or bare common-noun actors: {len(common)}" + (f"  {common}" if show and common else ""))

    sources = [a["name"] for a in actors if generic(a["name"])]
    print(f"generic sources without a name in them (unnamed, kept): {len(sources)}"
          + (f"  {sources}" if show and sources else ""))

    frags = [a["name"] for a in persons if fragment(a["name"])]
    print(f"headline fragments / non-name words in person names: {len(frags)}" + (f"  {frags}" if show and frags else ""))

    by_key = defaultdict(list)
    by_core = defaultdict(list)
    surname_only = []
    for a in persons:
        first, middle, last, suffix, core = parts(a["name"])
        if not last:
            continue
        if first:
            by_key[(first, last, suffix)].append((a, "".join(m[0] for m in middle)))
            by_core[core].append(a)
        else:
            surname_only.append((a, core))
    variant_pairs = []
    for key, group in by_key.items():
        initials = {m for _, m in group if m}
        if len(group) > 1 and len(initials) <= 1:
            variant_pairs += [(group[0][0]["name"], g[0]["name"]) for g in group[1:]]
    ambiguous = []
    for a, core in surname_only:
        owners = {(parts(b["name"])[0], parts(b["name"])[3]) for b in by_core.get(core, [])}
        if len(owners) == 1:
            variant_pairs.append((by_core[core][0]["name"], a["name"]))
        elif len(owners) > 1:
            ambiguous.append(a["name"])
    print(f"pairs of person actors that are name variants of one person: {len(variant_pairs)}"
          + (f"  {variant_pairs}" if show and variant_pairs else ""))
    print(f"surname-only persons shared by several full names (left apart): {len(ambiguous)}"
          + (f"  {ambiguous}" if show and ambiguous else ""))

    def quotes(a):  # schema 2 keeps counts beside samples; schema 1 lists everything
        return a.get("quoteCount", len(a.get("quotes", [])))

    def documents(a):
        return a.get("documentCount", len(a.get("documents", [])))

    unresolved = report.get("overview", {}).get("unresolvedQuotes")
    if unresolved is not None:
        print(f"quotes whose speaker names no actor (counted, not listed): {unresolved}")
    print(f"\n{top} most-quoted actors (quotes, documents, affiliation, role):")
    ranked = sorted(actors, key=lambda a: (-quotes(a), a["id"]))[:top]
    for a in ranked:
        print(f"  {quotes(a):5d} {documents(a):4d}  {a['name']} [{a['type']}]"
              f"  affiliation={a.get('affiliation', '-')}  role={a.get('role', '-')}")


if __name__ == "__main__":
    main()
