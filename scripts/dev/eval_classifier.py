#!/usr/bin/env python3
"""Development measurements for the claim classifier (issue 5).

Not part of `make eval` (the eval developer owns that); this script calls the built `slant`
binary and prints the figures quoted in the README's "Claim labels" section:

  python3 scripts/dev/eval_classifier.py [--slant .build/debug/slant] [--data ../shared/data]
      [--polnear-split dev|train] [--errors N] [--only newssd,babe,polnear]

EDITORIAL vs not on NewsSD-ENG (train+val) and BABE SG1; ATTRIBUTED vs not and source-span
overlap F1 on PolNeAR; a reliability table of confidence against accuracy.
"""
import argparse, csv, json, os, subprocess, sys, collections

def run(slant, args, stdin):
    p = subprocess.run([slant] + args, input=stdin.encode(), capture_output=True)
    if p.returncode != 0:
        sys.exit(f"slant {' '.join(args)} failed: {p.stderr.decode()[:500]}")
    return p.stdout.decode()

def f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r

def binary_report(name, gold, pred):
    tp = sum(g and p for g, p in zip(gold, pred)); fp = sum((not g) and p for g, p in zip(gold, pred))
    fn = sum(g and not p for g, p in zip(gold, pred)); tn = len(gold) - tp - fp - fn
    fpos, pp, rp = f1(tp, fp, fn); fneg, _, _ = f1(tn, fn, fp)
    print(f"{name}: n={len(gold)} positive F1={fpos:.3f} (P {pp:.3f} R {rp:.3f}) negative F1={fneg:.3f} macro-F1={(fpos+fneg)/2:.3f}")
    return (fpos + fneg) / 2

def classify(slant, sentences):
    lines = [s.replace("\n", " ").replace("\r", " ").strip() for s in sentences]
    out = run(slant, ["classify", "-", "--format", "jsonl"], "\n".join(lines) + "\n")
    return [json.loads(l) for l in out.splitlines()]

reliability = collections.defaultdict(lambda: [0, 0, 0.0])  # bin -> [n, correct, sum conf]
by_label = collections.defaultdict(lambda: [0, 0, 0.0])  # (data, label) -> [n, correct, sum conf]

def add_reliability(conf, correct, key=None):
    b = min(9, int(conf * 10))
    reliability[b][0] += 1; reliability[b][1] += int(correct); reliability[b][2] += conf
    if key:
        by_label[key][0] += 1; by_label[key][1] += int(correct); by_label[key][2] += conf

def newssd(args):
    rows = []
    for part in args.newssd_parts.split(","):
        with open(os.path.join(args.data, "subjectivity/newssd-eng", part), newline="") as f:
            rows += [(r["Sentence"], r["Label"] == "SUBJ") for r in csv.DictReader(f)]
    res = classify(args.slant, [r[0] for r in rows])
    pred = [r["label"] == "EDITORIAL" for r in res]
    for (s, g), r, p in zip(rows, res, pred):
        add_reliability(r["confidence"], g == p, ("newssd", r["label"]))
    m = binary_report(f"NewsSD-ENG {args.newssd_parts} EDITORIAL-vs-not", [g for _, g in rows], pred)
    errors(args, rows, res, pred)
    return m

def babe(args):
    rows = []
    with open(os.path.join(args.data, "subjectivity/babe/final_labels_SG1.csv"), newline="", encoding="utf-8-sig") as f:
        for r in csv.DictReader(f, delimiter=";"):
            op = r["label_opinion"].replace("’", "'")
            if op == "Expresses writer's opinion": rows.append((r["text"], True))
            elif op == "Entirely factual": rows.append((r["text"], False))
    res = classify(args.slant, [r[0] for r in rows])
    pred = [r["label"] == "EDITORIAL" for r in res]
    for (s, g), r, p in zip(rows, res, pred):
        add_reliability(r["confidence"], g == p, ("babe", r["label"]))
    m = binary_report("BABE SG1 EDITORIAL-vs-not", [g for _, g in rows], pred)
    errors(args, rows, res, pred)
    return m

def errors(args, rows, res, pred):
    if not args.errors: return
    shown = 0
    for (s, g), r, p in zip(rows, res, pred):
        if g != p and shown < args.errors:
            shown += 1
            cues = ",".join(f"{c['id']}:{c['text']}" for c in r["cues"])
            print(f"  {'FN' if g else 'FP'} {r['label']} {r['confidence']} [{cues}] {s.strip()[:200]}")

def load_ann(path):
    spans = collections.defaultdict(list)
    for line in open(path, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 2 or not parts[0].startswith("T"): continue
        kind, *rest = parts[1].split(" ")
        # discontinuous spans: "Source 1 5;7 9"
        for piece in " ".join(rest).split(";"):
            a, b = piece.split()
            spans[kind].append((int(a), int(b)))
    return spans

def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]

def polnear(args):
    base = os.path.join(args.data, "attribution/polnear", args.polnear_split)
    anns = {}
    for name in os.listdir(os.path.join(base, "attributions")):
        stem = name.rsplit("_", 1)[0]
        anns[stem] = os.path.join(base, "attributions", name)
    gold, pred, confs = [], [], []
    src_tp_p = src_np = src_tp_r = src_ng = 0
    err_rows = []
    for name in sorted(os.listdir(os.path.join(base, "text"))):
        stem = name[:-4]
        if stem not in anns: continue
        text = open(os.path.join(base, "text", name), encoding="utf-8").read()
        spans = load_ann(anns[stem])
        header = " date 2016-01-01 https://example.org/a\n"
        out = json.loads(run(args.slant, ["score", "-", "--format", "json"], header + text))
        off = len(header)
        gold_sources = spans["Source"]
        predicted_sources = []
        for s in out["sentences"]:
            a, b = s["start"] - off, s["end"] - off
            g = any(overlaps((a, b), c) for c in spans["Cue"]) or any(overlaps((a, b), c) for c in spans["Content"])
            p = s["label"] == "ATTRIBUTED"
            gold.append(g); pred.append(p)
            add_reliability(s["confidence"], g == (s["label"] == "ATTRIBUTED"), ("polnear", s["label"]))
            if g != p: err_rows.append((g, s))
            if s.get("source"):
                src = s["source"]
                predicted_sources.append((src["start"] - off, src["end"] - off))
        src_np += len(predicted_sources)
        src_tp_p += sum(any(overlaps(p, g) for g in gold_sources) for p in predicted_sources)
        src_ng += len(gold_sources)
        src_tp_r += sum(any(overlaps(p, g) for p in predicted_sources) for g in gold_sources)
    m = binary_report(f"PolNeAR {args.polnear_split} ATTRIBUTED-vs-not", gold, pred)
    p = src_tp_p / src_np if src_np else 0; r = src_tp_r / src_ng if src_ng else 0
    print(f"PolNeAR {args.polnear_split} source spans: predicted={src_np} gold={src_ng} overlap P={p:.3f} R={r:.3f} F1={2*p*r/(p+r) if p+r else 0:.3f}")
    if args.errors:
        for g, s in err_rows[:args.errors]:
            cues = ",".join(f"{c['id']}:{c['text']}" for c in s["cues"])
            print(f"  {'FN' if g else 'FP'} {s['label']} [{cues}] {s['text'][:200]}")
    return m

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--slant", default=".build/debug/slant")
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--polnear-split", default="dev")
    ap.add_argument("--newssd-parts", default="train.csv,val.csv", help="val.csv alone is held out from the EDITORIAL model's training")
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--only", default="newssd,babe,polnear")
    args = ap.parse_args()
    if not os.path.isdir(args.data):
        sys.exit(f"{args.data}: no such directory (the shared data is not in a fresh clone)")
    only = args.only.split(",")
    if "newssd" in only: newssd(args)
    if "babe" in only: babe(args)
    if "polnear" in only: polnear(args)
    print("reliability (confidence bin: n, accuracy, mean confidence)")
    total = sum(v[0] for v in reliability.values())
    ece = 0.0
    for b in sorted(reliability):
        n, c, sc = reliability[b]
        ece += n / total * abs(c / n - sc / n)
        print(f"  {b/10:.1f}-{(b+1)/10:.1f}: {n:5d} {c/n:.3f} {sc/n:.3f}")
    print(f"expected calibration error: {ece:.3f}")
    print("by data set and predicted label (n, accuracy, mean confidence); accuracy is on that set's binary task")
    for k in sorted(by_label):
        n, c, sc = by_label[k]
        print(f"  {k[0]:8s} {k[1]:10s} {n:5d} {c/n:.3f} {sc/n:.3f}")

if __name__ == "__main__":
    main()
