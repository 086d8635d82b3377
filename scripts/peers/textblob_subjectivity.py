#!/usr/bin/env python3
"""TextBlob's subjectivity score as an EDITORIAL / NOT_EDITORIAL classifier, written in
Slant's classify prediction format (one {"label"} line per gold data record).

The threshold is tuned on the training file only (the one that maximises macro-F1 there),
then applied unchanged to every other file, so the figures on held-out files are fair.
"""
import argparse
import csv
import json

from textblob import TextBlob


def rows(path, delimiter, text_column, label_column):
    with open(path, encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f, delimiter=delimiter):
            yield (row.get(text_column) or "").strip(), (row.get(label_column) or "").strip()


def macro_f1(gold, predicted):
    scores = []
    for label in (True, False):
        tp = sum(1 for g, p in zip(gold, predicted) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, predicted) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, predicted) if g == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0
        recall = tp / (tp + fn) if tp + fn else 0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0)
    return sum(scores) / 2


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", required=True, help="NewsSD train.csv (Sentence, Label: SUBJ/OBJ)")
    parser.add_argument("--predict", nargs=5, action="append", default=[],
                        metavar=("GOLD", "DELIMITER", "TEXT_COLUMN", "LABEL_COLUMN", "OUT"))
    args = parser.parse_args()
    train = list(rows(args.train, ",", "Sentence", "Label"))
    scores = [TextBlob(t).sentiment.subjectivity for t, _ in train]
    gold = [label == "SUBJ" for _, label in train]
    best = max(sorted(set(scores)), key=lambda t: (macro_f1(gold, [s >= t for s in scores]), -t))
    print(f"textblob: threshold {best:.3f} (train macro-F1 {macro_f1(gold, [s >= best for s in scores]):.3f})")
    for path, delimiter, text_column, label_column, out in args.predict:
        delimiter = "\t" if delimiter == "tab" else delimiter
        with open(out, "w", encoding="utf-8") as f:
            for text, _ in rows(path, delimiter, text_column, label_column):
                subjective = TextBlob(text).sentiment.subjectivity >= best
                f.write(json.dumps({"label": "EDITORIAL" if subjective else "NOT_EDITORIAL"}) + "\n")


if __name__ == "__main__":
    main()
