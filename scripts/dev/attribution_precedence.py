#!/usr/bin/env python3
"""What letting attribution win over the EDITORIAL model would gain on PolNeAR and cost on BABE
and NewsSD-ENG (issue 5's precedence, step 3 before step 4). Not part of `make eval`.

PolNeAR marks a sentence attributed whatever the outlet adds to it, so every sentence Slant
calls EDITORIAL that also holds attribution evidence is a miss there when the gold has an
attribution; BABE's and NewsSD's annotators read many of the same sentences as the writer's
opinion. The script relabels, after the fact, each sentence the EDITORIAL model decided (not a
framed attribution) as ATTRIBUTED when a variant's condition holds, and prints every data set's
figures for each variant side by side, so the trade is measured before any code is changed:

  .build/release/slant eval attribution --gold ../shared/data/attribution/polnear/train --write-predictions /tmp/train.jsonl
  .build/release/slant eval attribution --gold ../shared/data/attribution/polnear/dev --write-predictions /tmp/dev.jsonl
  python3 scripts/dev/attribution_precedence.py --polnear ../shared/data/attribution/polnear/train /tmp/train.jsonl \
      --polnear ../shared/data/attribution/polnear/dev /tmp/dev.jsonl [--slant .build/release/slant] [--data ../shared/data]

Variants: attribution evidence of at least T (1 or 2), and the editorial probability recomputed
without one editorial cue's evidence (with `editorial-weights.tsv`) still below the threshold,
i.e. "attribution wins where this cue alone made the sentence EDITORIAL"; `all` drops no cue and
asks only for the evidence (attribution always wins). A sentence of BABE or NewsSD that turns
from EDITORIAL to ATTRIBUTED counts as NOT_EDITORIAL there.
"""
import argparse, csv, json, math, os, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from attribution_misses import load_ann  # noqa: E402

EDITORIAL_CUES = ["present-tense", "evaluative", "hedge", "loaded-term", "sweeping", "personal-voice", "obligation",
                  "certainty", "rhetorical-question"]


def weights(path):
    table = {}
    for line in open(path, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if line.startswith("#") or len(parts) < 2:
            continue
        table[parts[0]] = float(parts[1])
    return table.pop("bias"), table.pop("threshold"), table


def attribution(s):
    return sum(c["weight"] for c in s["cues"] if c["effect"] == "attribution")


def framed(s):
    return any(c["id"] == "framed-attribution" for c in s["cues"])


def variant(model, minimum, drop):
    bias, threshold, table = model

    def flips(s):
        if s["label"] != "EDITORIAL" or framed(s) or attribution(s) < minimum:
            return False
        z = bias + sum(table.get(c["id"], 0.0) * c["weight"] for c in s["cues"] if c["id"] != drop)
        return drop is None or 1 / (1 + math.exp(-z)) < threshold
    return flips


def f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def polnear_rows(gold_dir, predictions):
    anns = {}
    for name in sorted(os.listdir(os.path.join(gold_dir, "attributions"))):
        anns.setdefault(name[:-4].rsplit("_", 1)[0], os.path.join(gold_dir, "attributions", name))
    rows = []
    for line in open(predictions, encoding="utf-8"):
        doc = json.loads(line)
        if doc["document"] not in anns:
            continue
        cues, contents = load_ann(anns[doc["document"]])
        for s in doc["sentences"]:
            a, b = s["start"], s["end"]
            rows.append((any(c[0] < b and a < c[1] for c in cues + contents), s))
    return rows


def polnear_score(rows, flips):
    tp = fp = fn = tn = 0
    for gold, s in rows:
        got = s["label"] == "ATTRIBUTED" or flips(s)
        tp += gold and got; fp += got and not gold; fn += gold and not got; tn += not gold and not got
    p, r, f = f1(tp, fp, fn)
    return f"F1 {f:.4f} (P {p:.3f} R {r:.3f}) macro {(f + f1(tn, fn, fp)[2]) / 2:.4f}"


def subjectivity_rows(slant, path, delimiter, text, label, mapping):
    with open(path, newline="", encoding="utf-8-sig") as f:
        records = [r for r in csv.DictReader(f, delimiter=delimiter) if r[label] in mapping]
    lines = "\n".join(r[text].replace("\n", " ").replace("\r", " ").strip() for r in records) + "\n"
    out = subprocess.run([slant, "classify", "-", "--format", "jsonl"], input=lines.encode(), capture_output=True, check=True)
    return [(mapping[r[label]], json.loads(l)) for r, l in zip(records, out.stdout.decode().splitlines())]


def subjectivity_score(rows, flips):
    tp = fp = fn = tn = 0
    for gold, s in rows:
        got = s["label"] == "EDITORIAL" and not flips(s)
        tp += gold and got; fp += got and not gold; fn += gold and not got; tn += not gold and not got
    return f"macro {(f1(tp, fp, fn)[2] + f1(tn, fn, fp)[2]) / 2:.4f}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--polnear", nargs=2, action="append", metavar=("SPLIT_DIR", "PREDICTIONS"), required=True)
    ap.add_argument("--slant", default=".build/release/slant")
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--weights", default="Lexicons/editorial-weights.tsv")
    args = ap.parse_args()
    sets = [(os.path.basename(d.rstrip("/")), polnear_rows(d, p), polnear_score) for d, p in args.polnear]
    babe = os.path.join(args.data, "subjectivity/babe/final_labels_SG1.csv")
    if os.path.exists(babe):
        sets.append(("BABE", subjectivity_rows(args.slant, babe, ";", "text", "label_opinion",
                                               {"Expresses writer’s opinion": True, "Entirely factual": False}), subjectivity_score))
    for part in ("train", "val"):
        path = os.path.join(args.data, f"subjectivity/newssd-eng/{part}.csv")
        if os.path.exists(path):
            sets.append((f"NewsSD {part}", subjectivity_rows(args.slant, path, ",", "Sentence", "Label",
                                                             {"SUBJ": True, "OBJ": False}), subjectivity_score))
    model = weights(args.weights)
    print("variant".ljust(40) + " | ".join(name for name, _, _ in sets))
    none = lambda s: False  # noqa: E731
    print("as shipped".ljust(40) + " | ".join(score(rows, none) for _, rows, score in sets))
    for minimum in (1, 2):
        for drop in [None] + EDITORIAL_CUES:
            flips = variant(model, minimum, drop)
            name = f"evidence>={minimum} {'all' if drop is None else 'without ' + drop}"
            print(name.ljust(40) + " | ".join(score(rows, flips) for _, rows, score in sets))


if __name__ == "__main__":
    main()
