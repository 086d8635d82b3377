#!/usr/bin/env python3
"""Which attribution language PolNeAR marks that Slant misses (issue 5's ATTRIBUTED recall).

Not part of `make eval`. Reads the sentences `slant eval attribution --write-predictions FILE`
wrote and the brat gold beside them. A sentence is attributed in the gold when it overlaps a
gold Cue or Content span (as the eval counts it, each fragment of a discontinuous span on its
own). For each gold-attributed sentence Slant labels LABEL (FACTUAL by default), buckets the gold cues inside it by their lower-cased text
(`--by text`), their last word (`--by last`), their first word (`--by first`) or each word
in them, once a sentence (`--by word`), and prints the largest buckets with an example each.

`--probe WORD` (a lower-cased word or phrase, matched on word boundaries) instead counts, among
the sentences Slant labels LABEL, how many holding the phrase are gold-attributed and how many
are not: an upper bound on what a cue on that phrase would fix and break.

  slant eval attribution --gold ../shared/data/attribution/polnear/train --write-predictions /tmp/train.jsonl
  python3 scripts/dev/attribution_misses.py --gold ../shared/data/attribution/polnear/train /tmp/train.jsonl --by last
  python3 scripts/dev/attribution_misses.py --gold ... /tmp/train.jsonl --probe "in an interview" --show 5
"""
import argparse, collections, json, os, random, re


def load_ann(path):
    cues, contents = [], []
    for line in open(path, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if not parts[0].startswith("T") or len(parts) < 2:
            continue
        kind, *rest = parts[1].split(" ")
        try:
            pieces = [tuple(map(int, x.split())) for x in " ".join(rest).split(";")]
        except ValueError:
            continue
        # Each fragment of a discontinuous span on its own, as `slant eval attribution` reads
        # them (fragments need not be in text order: "Content 1038 1070;...;937 993").
        for start, end in pieces:
            span = (start, end, parts[2] if len(parts) > 2 else "")
            if kind == "Cue":
                cues.append(span)
            elif kind == "Content":
                contents.append(span)
    return cues, contents


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", required=True, help="PolNeAR split folder (attributions/ and text/)")
    ap.add_argument("predictions")
    ap.add_argument("--label", default="FACTUAL", help="Slant's label of the sentences studied")
    ap.add_argument("--by", choices=["text", "last", "first", "word"], default="text")
    ap.add_argument("--top", type=int, default=60)
    ap.add_argument("--probe", action="append", help="a phrase to count in LABEL sentences (repeatable)")
    ap.add_argument("--show", type=int, default=0, help="examples to print for each probe (both sides)")
    args = ap.parse_args()
    anns = {}
    for name in sorted(os.listdir(os.path.join(args.gold, "attributions"))):
        anns.setdefault(name[:-4].rsplit("_", 1)[0], os.path.join(args.gold, "attributions", name))
    buckets, examples = collections.Counter(), {}
    probes = {p: ([], []) for p in (args.probe or [])}
    patterns = {p: re.compile(r"(?<![\w'’])" + re.escape(p) + r"(?![\w'’])", re.I) for p in probes}
    missed = 0
    for line in open(args.predictions, encoding="utf-8"):
        doc = json.loads(line)
        if doc["document"] not in anns:
            continue
        cues, contents = load_ann(anns[doc["document"]])
        for s in doc["sentences"]:
            if s["label"] != args.label:
                continue
            a, b = s["start"], s["end"]
            inner = [c for c in cues if c[0] < b and a < c[1]]
            gold = bool(inner) or any(c[0] < b and a < c[1] for c in contents)
            for p, pat in patterns.items():
                if pat.search(s["text"]):
                    probes[p][0 if gold else 1].append(s["text"])
            if not gold or probes:
                continue
            missed += 1
            if not inner:
                buckets["(content only, no cue)"] += 1
                continue
            if args.by == "word":
                for w in {w for c in inner for w in re.findall(r"[\w'’]+|[^\w\s]", c[2].lower())}:
                    buckets[w] += 1
                    examples.setdefault(w, s["text"][:160])
                continue
            for c in inner:
                words = re.findall(r"[\w'’]+|[^\w\s]", c[2].lower())
                key = " ".join(words) if args.by == "text" else (words[-1] if args.by == "last" else words[0]) if words else "(empty)"
                buckets[key] += 1
                examples.setdefault(key, s["text"][:160])
    if probes:
        random.seed(1)
        for p, (hit, miss) in probes.items():
            print(f"{len(hit):5d} gold-attributed  {len(miss):5d} not  {p!r}")
            for side, rows in (("+", hit), ("-", miss)):
                random.shuffle(rows)
                for t in rows[:args.show]:
                    print(f"   {side} {t[:200]}")
        return
    print(f"{missed} gold-attributed sentences labelled {args.label}")
    for k, v in buckets.most_common(args.top):
        print(f"{v:6d}  {k:30s}  {examples.get(k, '')}")


if __name__ == "__main__":
    main()
