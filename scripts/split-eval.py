#!/usr/bin/env python3
"""Measures `slant split` on ../shared/data/sbd: Golden Rules pass counts and GUM news boundary F1
(as written, and with paragraphs glued together with no separator, built from the gold offsets).

Usage: scripts/split-eval.py [--slant .build/release/slant] [--data ../shared/data/sbd] [--show N]
A boundary is the start offset (in code points) of every sentence but a document's first, so a
split one character off counts as a miss and a false alarm. Golden Rules outputs are compared
with whitespace runs collapsed to one space (a range into the input keeps its line breaks).
"""
import argparse, json, os, re, subprocess, sys

def split(slant, text):
    r = subprocess.run([slant, "split", "--format", "jsonl", "-"], input=text.encode(), capture_output=True)
    if r.returncode != 0:
        raise SystemExit(f"slant split failed: {r.stderr.decode().strip()}")
    return [json.loads(l) for l in r.stdout.decode().splitlines() if l.strip()]

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

def unescape_readme(text):
    # pragmatic_segmenter's README writes some inputs as Ruby string literals (\n, \").
    return text.replace("\\n", "\n").replace('\\"', '"')

def golden(slant, path, show, readme):
    rows = [json.loads(l) for l in open(path)]
    passed, failed = 0, []
    for row in rows:
        text = unescape_readme(row["text"]) if readme else row["text"]
        got = [norm(s["text"]) for s in split(slant, text)]
        want = [norm(s) for s in row["sentences"]]
        if got == want:
            passed += 1
        else:
            failed.append((row["id"], want, got))
    for id_, want, got in failed[:show]:
        print(f"  FAIL {id_}: want {want}\n{'':13}got  {got}")
    return passed, len(rows), [f[0] for f in failed]

def f1(gold, pred):
    tp = len(gold & pred)
    p = tp / len(pred) if pred else 1.0
    r = tp / len(gold) if gold else 1.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r, tp

def glue(doc):
    """The document with its paragraphs joined with no separator, and the gold starts moved."""
    text, starts, out = doc["text"], [], []
    paragraphs = {}
    for s in doc["sentences"]:
        paragraphs.setdefault(s["paragraph"], []).append(s)
    pos = 0
    for key in sorted(paragraphs):
        ss = paragraphs[key]
        a, b = ss[0]["start"], ss[-1]["end"]
        for s in ss:
            starts.append(pos + s["start"] - a)
        out.append(text[a:b])
        pos += b - a
    return "".join(out), starts

def gum(slant, path, show, glued):
    docs = [json.loads(l) for l in open(path)]
    G = P = T = 0
    misses = []
    for doc in docs:
        if glued:
            text, gold_starts = glue(doc)
        else:
            text, gold_starts = doc["text"], [s["start"] for s in doc["sentences"]]
        gold = set(gold_starts[1:])
        got = split(slant, text)
        pred = set(s["start"] for s in got[1:])
        _, _, _, tp = f1(gold, pred)
        G += len(gold); P += len(pred); T += tp
        for b in sorted(gold - pred):
            misses.append(("miss", doc["doc_id"], text[max(0, b - 50):b] + " | " + text[b:b + 30]))
        for b in sorted(pred - gold):
            misses.append(("extra", doc["doc_id"], text[max(0, b - 50):b] + " | " + text[b:b + 30]))
    p = T / P if P else 1; r = T / G if G else 1
    for kind, doc, ctx in misses[:show]:
        print(f"  {kind:5} {doc}: {ctx!r}")
    return 2 * p * r / (p + r), p, r, G

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--slant", default=".build/release/slant")
    ap.add_argument("--data", default="../shared/data/sbd")
    ap.add_argument("--show", type=int, default=0, help="print up to N failures of each kind")
    args = ap.parse_args()
    if not os.path.isdir(args.data):
        print(f"split-eval: {args.data} is absent; nothing to measure (it is not part of a fresh clone)")
        return 0
    if not os.access(args.slant, os.X_OK):
        print(f"split-eval: {args.slant} is not built (run `swift build -c release` or pass --slant)")
        return 2
    gr = os.path.join(args.data, "golden-rules")
    p1, n1, f_1 = golden(args.slant, os.path.join(gr, "english_golden_rules.jsonl"), args.show, False)
    print(f"golden rules, pySBD English:          {p1}/{n1}  failing: {f_1}")
    p2, n2, f_2 = golden(args.slant, os.path.join(gr, "pragmatic_segmenter_golden_rules_en.jsonl"), args.show, True)
    print(f"golden rules, pragmatic_segmenter:    {p2}/{n2}  failing: {f_2}")
    path = os.path.join(args.data, "gum-news", "gum_news_train.jsonl")
    for glued in (False, True):
        f, p, r, g = gum(args.slant, path, args.show, glued)
        name = "GUM news, glued paragraphs:" if glued else "GUM news:"
        print(f"{name:38}F1 {f:.4f}  (P {p:.4f}, R {r:.4f}, {g} gold boundaries)")
    return 0

if __name__ == "__main__":
    sys.exit(main())
