#!/usr/bin/env python3
"""Cross-validates the EDITORIAL model on NewsSD-ENG train (measurement only; needs numpy, scipy).

The figures in train_editorial.py's "Tried and rejected" list come from here: repeated
stratified 10-fold cross-validation on the training sentences, macro-F1 of the pooled
out-of-fold labels, the threshold chosen inside each training part as train_editorial.py
chooses it. The model is train_editorial.py's (per-cue weights, a ridge towards the priors,
each cue kept on its side), solved to convergence with L-BFGS-B instead of a fixed number of
gradient steps, so the weights differ from the shipped ones in the third decimal.

    python3 scripts/training/cv_editorial.py --slant .build/release/slant --data ../shared/data
    python3 scripts/training/cv_editorial.py ... --per-word 10 --min-count 1

`--per-word L` adds one weight per listed cue word (the cue id and the word's lower-cased text),
its deviation from the cue's weight held by a ridge of L: the hierarchical model the classifier
does not ship because it scores lower here. The definitional floors of train_editorial.py
are not applied (`--floors` applies them). Never run on BABE or NewsSD val: they are held out.
"""
import argparse, csv, json, math, os, random, re, subprocess, sys

import numpy as np
from scipy.optimize import minimize

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from train_editorial import FEATURES, EDITORIAL_CUES, PRIOR, L2, L2_EDITORIAL, floored, units_of, sentence_counts  # noqa: E402

# Cues whose evidence is a listed word, for --per-word.
WORD_CUES = {"certainty", "hedge", "obligation", "evaluative", "personal-voice", "sweeping", "present-tense", "imperative"}


def load(slant, data, lexicons):
    path = os.path.join(data, "subjectivity/newssd-eng/train.csv")
    if not os.path.exists(path):
        sys.exit(f"{path}: not found (the shared data is not in a fresh clone)")
    with open(path, newline="") as f:
        rows = [(r["Sentence"].replace("\n", " ").replace("\r", " ").strip(), 1 if r["Label"] == "SUBJ" else 0)
                for r in csv.DictReader(f)]
    command = [slant, "classify", "-", "--format", "jsonl"] + (["--lexicons", lexicons] if lexicons else [])
    p = subprocess.run(command, input="\n".join(r[0] for r in rows).encode() + b"\n", capture_output=True, check=True)
    results = [json.loads(line) for line in p.stdout.decode().splitlines()]
    # The single sentences train_editorial.py trains on (items of several sentences left out).
    counts = sentence_counts(slant, [r[0] for r in rows], lexicons)
    rows = [r for r, c in zip(rows, counts) if c == 1]
    results = [r for r, c in zip(results, counts) if c == 1]
    X = np.zeros((len(rows), len(FEATURES)))
    words, framed = [], []
    for i, r in enumerate(results):
        w = {}
        for cue in r["cues"]:
            if cue["id"] in FEATURES:
                X[i, FEATURES.index(cue["id"])] += cue["weight"]
                if cue["id"] in WORD_CUES and cue["weight"] > 0:
                    key = cue["id"] + ":" + re.sub(r"\s+", " ", cue["text"].lower().replace("\u2019", "'"))
                    w[key] = w.get(key, 0.0) + cue["weight"]
        words.append(w)
        framed.append(any(c["id"] == "framed-attribution" for c in r["cues"]))
    return X, words, np.array(framed), np.array([r[1] for r in rows], dtype=float), units_of(results)


def fit(X, words, y, idx, per_word, min_count):
    d = len(FEATURES)
    vocab = []
    if per_word is not None:
        count = {}
        for i in idx:
            for k in words[i]:
                count[k] = count.get(k, 0) + 1
        vocab = sorted(k for k, c in count.items() if c >= min_count)
    col = {k: j for j, k in enumerate(vocab)}
    Z = np.zeros((len(idx), len(vocab)))
    for r, i in enumerate(idx):
        for k, v in words[i].items():
            if k in col:
                Z[r, col[k]] = v
    A = np.hstack([X[idx], Z])
    yy = y[idx]
    prior = np.array([PRIOR[f] for f in FEATURES])
    ridge = np.array([L2_EDITORIAL if f in EDITORIAL_CUES else L2 for f in FEATURES])

    def objective(theta):
        z = theta[0] + A @ theta[1:]
        p = 1 / (1 + np.exp(-z))
        e = p - yy
        w, dev = theta[1:1 + d], theta[1 + d:]
        loss = np.sum(np.logaddexp(0, z) - yy * z) + 0.5 * np.sum(ridge * (w - prior) ** 2)
        grad = np.concatenate([[e.sum()], A.T @ e])
        grad[1:1 + d] += ridge * (w - prior)
        if len(vocab):
            loss += 0.5 * per_word * np.sum(dev ** 2)
            grad[1 + d:] += per_word * dev
        return loss, grad

    bounds = [(None, None)] + [((0, None) if p > 0 else (None, 0)) for p in prior] + [(None, None)] * len(vocab)
    theta = minimize(objective, np.concatenate([[0.0], prior, np.zeros(len(vocab))]), jac=True,
                     method="L-BFGS-B", bounds=bounds, options={"maxiter": 2000}).x
    return theta[0], theta[1:1 + d], dict(zip(vocab, theta[1 + d:]))


def logits(model, X, words, idx):
    b, w, dev = model
    return np.array([b + X[i] @ w + sum(dev.get(k, 0.0) * v for k, v in words[i].items()) for i in idx])


def macro_f1(gold, pred):
    gold, pred = np.asarray(gold, bool), np.asarray(pred, bool)
    tp = np.sum(gold & pred); fp = np.sum(pred & ~gold); fn = np.sum(gold & ~pred); tn = len(gold) - tp - fp - fn
    f = lambda tp, fp, fn: 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return (f(tp, fp, fn) + f(tn, fn, fp)) / 2


def threshold(p, gold, framed):
    """train_editorial.best_threshold on given probabilities."""
    f1 = {k: macro_f1(gold, (p >= k / 100) | framed) for k in range(18, 73)}
    return max((sum(f1[j] for j in range(k - 2, k + 3)) / 5, -abs(k - 50), k) for k in range(20, 71))[2] / 100


def floored_model(model, t, units):
    """The model with train_editorial.py's definitional floors set for cut `t`."""
    b, w, dev = model
    return b, np.array(floored(list(w), b, t, units)[0]), dev


def threshold_floored(model, X, words, idx, gold, framed, units):
    """train_editorial.best_threshold: each cut scored with the floors set for it."""
    f1 = {}
    for k in range(18, 73):
        p = 1 / (1 + np.exp(-logits(floored_model(model, k / 100, units), X, words, idx)))
        f1[k] = macro_f1(gold, (p >= k / 100) | framed)
    return max((sum(f1[j] for j in range(k - 2, k + 3)) / 5, -abs(k - 50), k) for k in range(20, 71))[2] / 100


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--slant", default=".build/release/slant")
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--lexicons", help="a lexicon directory for slant")
    ap.add_argument("--per-word", type=float, help="ridge on each listed word's deviation from its cue's weight")
    ap.add_argument("--min-count", type=int, default=1, help="training sentences a word needs for a weight of its own")
    ap.add_argument("--floors", action="store_true",
                    help="raise the definitional cues' weights and choose the cut with them in place, as train_editorial.py does")
    ap.add_argument("--repeats", type=int, default=5)
    args = ap.parse_args()
    X, words, framed, y, units = load(args.slant, args.data, args.lexicons)
    n = len(y)
    scores = []
    for rep in range(args.repeats):
        rng = random.Random(rep)
        pos = [i for i in range(n) if y[i] == 1]; neg = [i for i in range(n) if y[i] == 0]
        rng.shuffle(pos); rng.shuffle(neg)
        fold = {i: k % 10 for part in (pos, neg) for k, i in enumerate(part)}
        pred = np.zeros(n, bool)
        for f in range(10):
            train = [i for i in range(n) if fold[i] != f]; test = [i for i in range(n) if fold[i] == f]
            model = fit(X, words, y, train, args.per_word, args.min_count)
            if args.floors:
                t = threshold_floored(model, X, words, train, y[train] == 1, framed[train], units)
                model = floored_model(model, t, units)
            else:
                t = threshold(1 / (1 + np.exp(-logits(model, X, words, train))), y[train] == 1, framed[train])
            pred[test] = (1 / (1 + np.exp(-logits(model, X, words, test))) >= t) | framed[test]
        scores.append(macro_f1(y == 1, pred))
    print(f"NewsSD train, {args.repeats} x 10-fold CV: macro-F1 {np.mean(scores):.4f} +- {np.std(scores):.4f}")


if __name__ == "__main__":
    main()
