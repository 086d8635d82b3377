#!/usr/bin/env python3
"""Where PolNeAR's gold sources are missed (issue 5's source-span target).

Not part of `make eval`. Reads the sentences `slant eval attribution --write-predictions FILE`
wrote and the brat gold beside them, and sorts every gold source no prediction overlaps by the
sentence that holds it: no attribution evidence (FACTUAL/EDITORIAL), attributed with no source,
attributed with another source; and whether Slant has a cue on the gold cue. Counts each
predicted source that matches no gold source by whether its sentence holds one. (Its totals
differ from the eval's by a few gold sources: it reads each linked Source annotation once and
skips malformed lines.)

  slant eval attribution --gold ../shared/data/attribution/polnear/train --write-predictions /tmp/train.jsonl
  python3 scripts/dev/source_misses.py --gold ../shared/data/attribution/polnear/train /tmp/train.jsonl [--show CLASS --n 30]
"""
import argparse, collections, json, os, random


def load_ann(path):
    spans, events = {}, []
    for line in open(path, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if parts[0].startswith("T") and len(parts) >= 2:
            kind, *rest = parts[1].split(" ")
            try:
                pieces = [tuple(map(int, x.split())) for x in " ".join(rest).split(";")]
            except ValueError:
                continue
            spans[parts[0]] = (kind, pieces[0][0], pieces[-1][1], parts[2] if len(parts) > 2 else "")
        elif parts[0].startswith("E") and len(parts) >= 2:
            events.append(dict(x.split(":", 1) for x in parts[1].split(" ") if ":" in x))
    return spans, events


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", required=True, help="PolNeAR split folder (attributions/ and text/)")
    ap.add_argument("predictions")
    ap.add_argument("--show", help="print examples of this class")
    ap.add_argument("--n", type=int, default=30)
    args = ap.parse_args()
    anns = {}
    for name in sorted(os.listdir(os.path.join(args.gold, "attributions"))):
        anns.setdefault(name[:-4].rsplit("_", 1)[0], os.path.join(args.gold, "attributions", name))
    counts, examples = collections.Counter(), collections.defaultdict(list)
    for line in open(args.predictions, encoding="utf-8"):
        doc = json.loads(line)
        if doc["document"] not in anns:
            continue
        text = open(os.path.join(args.gold, "text", doc["document"] + ".txt"), encoding="utf-8").read()
        spans, events = load_ann(anns[doc["document"]])
        sentences = doc["sentences"]
        predicted = [(x["start"], x["end"], i) for i, s in enumerate(sentences)
                     for x in ([s["source"]] if s.get("source") else []) + s.get("other_sources", [])]
        golds, seen = [], set()
        for e in events:
            if "Source" not in e or e["Source"] in seen or e["Source"] not in spans:
                continue
            seen.add(e["Source"])
            _, a, b, t = spans[e["Source"]]
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            golds.append((a, b, t, spans.get(e.get("Cue"))))
        for a, b, t, cue in golds:
            counts["gold"] += 1
            if any(overlaps((a, b), p[:2]) for p in predicted):
                counts["found"] += 1
                continue
            s = next((s for s in sentences if s["start"] <= a < s["end"]), None)
            if s is None:
                continue
            evidence = any(c.get("effect") == "attribution" for c in s["cues"])
            if s["label"] != "ATTRIBUTED":
                cls = f"miss {s['label']} {'with' if evidence else 'without'} attribution evidence"
            else:
                cls = "miss ATTRIBUTED " + ("another source" if s.get("source") else "no source")
                on_cue = [c["id"] for c in s["cues"] if cue and c.get("effect") == "attribution" and overlaps((c["start"], c["end"]), cue[1:3])]
                sub = f"{cls}: Slant cue on the gold cue: {on_cue[0] if on_cue else 'none'}"
                counts[f"  ({sub})"] += 1
                examples[sub].append((t, cue[3] if cue else None, (s.get("source") or {}).get("text"), s["text"][:200]))
            counts[cls] += 1
            examples[cls].append((t, cue[3] if cue else None, (s.get("source") or {}).get("text"), s["text"][:200]))
        for a, b, i in predicted:
            counts["predicted"] += 1
            if any(overlaps((a, b), g[:2]) for g in golds):
                counts["predicted, matching"] += 1
                continue
            s = sentences[i]
            cls = "false source, sentence " + ("holds a gold source" if any(s["start"] <= g[0] < s["end"] for g in golds) else "holds none")
            counts[cls] += 1
            examples[cls].append((text[a:b], s["text"][:200]))
    p = counts["predicted, matching"] / max(1, counts["predicted"])
    r = counts["found"] / max(1, counts["gold"])
    print(f"overlap P {p:.4f} R {r:.4f} F1 {2 * p * r / (p + r) if p + r else 0:.4f}")
    for k, v in sorted(counts.items(), key=lambda kv: kv[0].lstrip(" (")):
        print(f"{v:7d}  {k}")
    if args.show:
        random.seed(1)
        rows = examples[args.show]
        random.shuffle(rows)
        for row in rows[:args.n]:
            print(row)


if __name__ == "__main__":
    main()
