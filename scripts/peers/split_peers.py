#!/usr/bin/env python3
"""Writes a peer splitter's sentences for a gold file in Slant's split prediction format.

One line per gold case, in gold order: a JSON array of {"start", "end", "text"} with
Unicode code point offsets into the case's text (the text `slant eval split` scores, glued
when --glue is given). `slant eval split --predictions FILE` scores the result with the
same code that scores Slant.

Peers return sentence strings (syntok returns tokens with offsets); strings are placed in
the text by matching their non-space characters in order, so a peer that normalises
whitespace inside a sentence is still placed exactly.
"""
import argparse
import json
import sys


def glue(case):
    """The glued-paragraph variant, built exactly as SlantEval's SplitGold.glued() does:
    each paragraph runs from its first sentence's start to its last sentence's end, and
    paragraphs are joined with nothing between them."""
    text, sentences = case["text"], case["sentences"]
    out, spans, i = "", [], 0
    while i < len(sentences):
        j = i
        while j + 1 < len(sentences) and sentences[j + 1]["paragraph"] == sentences[i]["paragraph"]:
            j += 1
        base, offset = sentences[i]["start"], len(out)
        out += text[base:sentences[j]["end"]]
        for k in range(i, j + 1):
            spans.append({"start": sentences[k]["start"] - base + offset, "end": sentences[k]["end"] - base + offset})
        i = j + 1
    return out


def place(text, strings):
    """Offsets of each sentence string in text, matched by non-space characters in order."""
    spans, pos = [], 0
    for s in strings:
        chars = [c for c in s if not c.isspace()]
        if not chars:
            continue
        while pos < len(text) and text[pos].isspace():
            pos += 1
        start, k = pos, 0
        while k < len(chars) and pos < len(text):
            if text[pos].isspace():
                pos += 1
                continue
            if text[pos] != chars[k]:
                raise ValueError(f"cannot place sentence {s[:60]!r} at offset {pos}")
            pos += 1
            k += 1
        spans.append((start, pos))
    return spans


def splitter(tool):
    if tool == "pysbd":
        import pysbd
        seg = pysbd.Segmenter(language="en", clean=False)
        return lambda text: place(text, seg.segment(text))
    if tool == "punkt":
        import punkt
        return lambda text: place(text, punkt.sent_tokenize(text))
    if tool == "blingfire":
        import blingfire
        # text_to_sentences joins sentences with newlines; its offsets are not code points
        # on every version, so the strings are placed instead.
        return lambda text: place(text, blingfire.text_to_sentences(text).split("\n"))
    if tool == "syntok":
        import syntok.segmenter as segmenter

        def split(text):
            spans = []
            for paragraph in segmenter.analyze(text):
                for sentence in paragraph:
                    tokens = [t for t in sentence if t.value]
                    if tokens:
                        spans.append((tokens[0].offset, tokens[-1].offset + len(tokens[-1].value)))
            return spans
        return split
    raise SystemExit(f"unknown tool {tool}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", required=True)
    parser.add_argument("--tool", required=True, choices=["pysbd", "punkt", "blingfire", "syntok"])
    parser.add_argument("--glue", action="store_true")
    parser.add_argument("--unescape", action="store_true",
                        help="read \\n and \\\" in the texts as a line break and a quotation mark, as slant eval split --unescape does")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    split = splitter(args.tool)
    with open(args.gold, encoding="utf-8") as f, open(args.out, "w", encoding="utf-8") as out:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            case = json.loads(line)
            text = glue(case) if args.glue else case["text"]
            if args.unescape:
                text = text.replace("\\n", "\n").replace('\\"', '"')
            try:
                spans = split(text)
            except ValueError as e:
                sys.exit(f"{args.gold}:{number}: {args.tool}: {e}")
            out.write(json.dumps([{"start": a, "end": b, "text": text[a:b]} for a, b in spans], ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
