#!/usr/bin/env python3
"""Precision of framelens stances by the cue that produced them, and on each side of a confidence threshold.

The scorer (../shared/tools/score_stance.py) gives precision and recall overall and recall by gold
kind; predictions carry no kind, so this script splits precision by *our* cue kind instead, read
from the cue word's entry in lexicons/cues/stance.tsv (person nouns with the attitude nouns; a cue
that is no entry there is an evaluative word of the opinion lexicon). A prediction agrees when some
gold stance of its document overlaps its target with the same polarity and a holder word in common:
the scorer's rule without its one-to-one matching.

Usage: stance_breakdown.py GOLD.jsonl PRED.jsonl [--threshold 0.5] [--cues lexicons/cues/stance.tsv]
       [--scorer ../shared/tools/score_stance.py]
"""
import argparse
import importlib.util
import json
from collections import defaultdict

KIND_NAMES = {"verb": "judgment verb", "intent": "wanting, asking", "act": "action verb",
              "noun": "attitude and person noun", "adj": "predicate adjective"}
PERSON_NOUNS = {"critic", "opponent", "foe", "enemy", "adversary", "detractor", "skeptic", "sceptic", "proponent",
                "advocate", "supporter", "ally", "champion", "backer", "defender", "sponsor"}


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("score_stance", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cue_kinds(path):
    kinds = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or "\t" not in line:
                continue
            word, _, kind = line.rstrip("\n").split("\t")[:3]
            kinds.setdefault(word, kind)
    return kinds


def lemma(word, kinds):
    """The cue entry a surface word is a form of (a rough English inflection strip), or None."""
    w = word.lower()
    if w in kinds:
        return w
    for suffix in ("ies", "ing", "ed", "es", "s", "d"):
        if w.endswith(suffix):
            base = w[:-len(suffix)]
            for candidate in (base, base + "e", base + "y", base[:-1]):
                if candidate in kinds:
                    return candidate
    return None


def kind_of(cue_text, kinds):
    for word in cue_text.split():
        entry = lemma(word, kinds)
        if entry:
            return "attitude and person noun" if entry in PERSON_NOUNS else KIND_NAMES[kinds[entry]]
    return "evaluative word"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--cues", default="lexicons/cues/stance.tsv")
    ap.add_argument("--scorer", default="../shared/tools/score_stance.py")
    a = ap.parse_args()
    s = load_scorer(a.scorer)
    kinds = cue_kinds(a.cues)
    gold = {str(d["id"]): d for d in s.load_jsonl(a.gold)}
    by_kind = defaultdict(lambda: [0, 0])
    sides = {"at or above": [0, 0], "below": [0, 0], "actor null": [0, 0]}
    for doc in s.load_jsonl(a.pred):
        g = gold.get(str(doc["id"]))
        if g is None:
            continue
        actors = {str(x["id"]): x for x in doc.get("actors") or []}
        golds = [(st, *s.holder_words(st["holder"])) for st in g["stances"]]
        for p in doc.get("stances") or []:
            t = s.span(p.get("target"))
            pol = s.pol_of(p.get("polarity"))
            words = s.actor_words(p, actors)
            agree = t is not None and any(
                s.overlap(st["target_start"], st["target_end"], *t) and pol == st["polarity"]
                and (pronoun or hw & words) for st, hw, pronoun in golds)
            for counter in (by_kind[(kind_of(p["cue"]["text"], kinds), p["source"])],
                            sides["at or above" if p["confidence"] >= a.threshold else "below"]):
                counter[0] += 1
                counter[1] += agree
            if p.get("actor") is None:
                sides["actor null"][0] += 1
                sides["actor null"][1] += agree
    total = [sum(v[0] for v in by_kind.values()), sum(v[1] for v in by_kind.values())]
    print("%-28s %-9s %9s %6s %9s" % ("cue kind", "source", "predicted", "agree", "precision"))
    for (kind, source), (n, ok) in sorted(by_kind.items()):
        print("%-28s %-9s %9d %6d %9.2f" % (kind, source, n, ok, ok / n))
    print("%-38s %9d %6d %9.2f" % ("all", total[0], total[1], total[1] / max(1, total[0])))
    for name, (n, ok) in sides.items():
        print("confidence %-27s %9d %6d %9.2f" % (name if name == "actor null" else name + " %.2f" % a.threshold,
                                                    n, ok, ok / max(1, n)))


if __name__ == "__main__":
    main()
