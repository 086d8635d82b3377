#!/usr/bin/env python3
"""Where the loaded-language scorer's PTC span F1 is lost: a measurement, never a test.

Reads the hits `slant eval loaded --write-predictions FILE` wrote for the PTC training articles
and the gold technique spans, and prints, for all of train and each half (A: even article ids,
where errors are read; B: odd ids):

- any-overlap span precision, recall and F1 against `Loaded_Language` (as `slant eval loaded`:
  a hit is correct when it shares a character with a gold span, a gold span is found when a hit
  shares one with it; each hit counts once);
- where the false alarms are: in a line (PTC's articles hold a sentence or a paragraph a line)
  that holds a `Loaded_Language` span, in a line that holds only other techniques' spans, or in
  a line the annotators marked nothing in; and by Slant category;
- what F1 the same hits would score if the annotators' choice of lines were known (only the hits
  in lines with a `Loaded_Language` span, or with a span of any technique): how much of the gap
  is PTC marking the propaganda it judged salient rather than every loaded word;
- how the hits' extents meet the gold spans they overlap (exact, inside, covering, crossing) and
  how many gold spans hold more than one hit.

    slant eval loaded --gold ../shared/data/loaded/ptc/train-task-flc-tc.labels \\
        --articles ../shared/data/loaded/ptc/train-articles --write-predictions /tmp/hits.jsonl
    python3 scripts/dev/loaded_gap.py /tmp/hits.jsonl
"""
import argparse
import bisect
import collections
import json
import os

TECHNIQUE = "Loaded_Language"


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("predictions", help="JSON Lines from slant eval loaded --write-predictions")
    parser.add_argument("--gold", default="../shared/data/loaded/ptc/train-task-flc-tc.labels")
    parser.add_argument("--articles", default="../shared/data/loaded/ptc/train-articles")
    args = parser.parse_args()

    gold = collections.defaultdict(list)
    marked = collections.defaultdict(list)
    for line in open(args.gold, encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if len(fields) != 4:
            continue
        doc, technique, start, end = fields[0], fields[1], int(fields[2]), int(fields[3])
        marked[doc].append((start, end))
        if technique == TECHNIQUE:
            gold[doc].append((start, end))
    hits = {}
    for line in open(args.predictions, encoding="utf-8"):
        record = json.loads(line)
        hits[record["document"]] = record["spans"]
    docs = sorted(hits)

    # Line starts of each article, and which lines hold a gold span of each kind.
    line_starts, ll_lines, any_lines = {}, {}, {}
    for doc in docs:
        text = open(os.path.join(args.articles, f"article{doc}.txt"), encoding="utf-8").read()
        starts, offset = [], 0
        for row in text.split("\n"):
            starts.append(offset)
            offset += len(row) + 1
        line_starts[doc] = starts
        line_of = lambda s: bisect.bisect_right(starts, s) - 1
        ll_lines[doc] = {line_of(s) for s, e in gold[doc]}
        any_lines[doc] = {line_of(s) for s, e in marked[doc]}

    def line_of(doc, hit):
        return bisect.bisect_right(line_starts[doc], hit["start"]) - 1

    def correct(doc, hit):
        return any(overlaps((hit["start"], hit["end"]), g) for g in gold[doc])

    halves = {"all": lambda d: True, "A": lambda d: int(d) % 2 == 0, "B": lambda d: int(d) % 2 == 1}

    def score(half, keep=lambda doc, hit: True):
        n = tp = found = total = 0
        for doc in filter(halves[half], docs):
            mine = [h for h in hits[doc] if keep(doc, h)]
            n += len(mine)
            tp += sum(correct(doc, h) for h in mine)
            total += len(gold[doc])
            found += sum(any(overlaps((h["start"], h["end"]), g) for h in mine) for g in gold[doc])
        p = tp / n if n else 0.0
        r = found / total if total else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0), n, tp

    def row(name, keep=lambda doc, hit: True):
        cells = []
        for half in halves:
            p, r, f, n, tp = score(half, keep)
            cells.append(f"{half}: P {p:.3f} R {r:.3f} F1 {f:.3f} ({tp}/{n})")
        print(f"{name:<34} " + " | ".join(cells))

    row("all hits")
    row("oracle: lines with a LL span", lambda d, h: line_of(d, h) in ll_lines[d])
    row("oracle: lines with any technique", lambda d, h: line_of(d, h) in any_lines[d])
    row("without scare quotes", lambda d, h: h["category"] != "scare-quote")
    row("without scare quotes, name-calling", lambda d, h: h["category"] not in ("scare-quote", "name-calling"))

    print("\nfalse alarms by where they are and by category (hits outside every Loaded_Language span)")
    for half in halves:
        where, category = collections.Counter(), collections.Counter()
        for doc in filter(halves[half], docs):
            for h in hits[doc]:
                if correct(doc, h):
                    continue
                k = line_of(doc, h)
                where["line with a LL span" if k in ll_lines[doc] else
                      "line with other techniques only" if k in any_lines[doc] else "line with no span"] += 1
                category[h["category"]] += 1
        total = sum(where.values())
        print(f"  {half}: {total} false alarms; " + ", ".join(f"{k} {v}" for k, v in where.most_common()))
        print("     " + ", ".join(f"{k} {v}" for k, v in category.most_common()))

    print("\nextent of the correct hits against the gold span they overlap most")
    extent, per_gold = collections.Counter(), collections.Counter()
    for doc in docs:
        for h in hits[doc]:
            span = (h["start"], h["end"])
            over = [g for g in gold[doc] if overlaps(span, g)]
            if not over:
                continue
            g = max(over, key=lambda g: min(span[1], g[1]) - max(span[0], g[0]))
            extent["exact" if span == g else "inside the gold span" if g[0] <= span[0] and span[1] <= g[1]
                   else "covers the gold span" if span[0] <= g[0] and g[1] <= span[1] else "crosses its edge"] += 1
        for g in gold[doc]:
            per_gold[min(sum(overlaps((h["start"], h["end"]), g) for h in hits[doc]), 3)] += 1
    print("  " + ", ".join(f"{k} {v}" for k, v in extent.most_common()))
    print("  gold spans by hits overlapping them (3 = 3 or more): " + ", ".join(f"{k}: {v}" for k, v in sorted(per_gold.items())))


if __name__ == "__main__":
    main()
