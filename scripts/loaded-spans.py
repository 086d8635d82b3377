#!/usr/bin/env python3
"""Measures Slant's loaded-language hits against human-marked spans (issue 6).

Runs `slant score --format json` on every article and compares its hits with
  - PTC (SemEval-2020 task 11, train): `Loaded_Language` spans, character offsets
    (Unicode code points, as Python indexes str) into article<ID>.txt;
  - BASIL 2010-2016: `bias: lex` phrase spans, offsets within one sentence of the
    article's `body-paragraphs`; the article text is rebuilt here (title line, then
    paragraphs separated by blank lines, a paragraph's sentences joined by a space) and
    each span is located in the sentence whose slice matches its text;
  - BABE SG1 `biased_words`: recall only (the share of marked words inside some hit).

Two span metrics, both reported:
  any-overlap: precision = predicted spans overlapping a gold span / predicted spans,
               recall = gold spans overlapped by a prediction / gold spans;
  character:   precision and recall over the sets of code point positions covered.

A baseline can be measured the same way from a plain word list (`--words FILE`): every
whole-word, case-insensitive hit of a listed word is a predicted span.

Usage: scripts/loaded-spans.py [--slant PATH] [--data DIR] [--set ptc|basil|babe|all]
       [--include-quoted] [--split train|dev|all] [--words FILE] [--errors N]
`slant eval loaded` (the eval developer's command) supersedes this script once it lands.
"""
import argparse, collections, concurrent.futures as cf, csv, glob, json, os, re, subprocess, sys, tempfile

ap = argparse.ArgumentParser()
ap.add_argument('--slant', default='.build/release/slant')
ap.add_argument('--data', default='../shared/data')
ap.add_argument('--set', default='all')
ap.add_argument('--include-quoted', action='store_true', help='count hits inside quotations as predictions')
ap.add_argument('--split', default='all', help='train: PTC ids not ending in 0-1 / BASIL 2010-2014; dev: the rest')
ap.add_argument('--words', help='measure a plain word list instead of slant')
ap.add_argument('--errors', type=int, default=0, help='print the N most frequent false-positive and missed terms')
ap.add_argument('--lexicon', action='append', default=[], help='passed to slant score --lexicon')
ap.add_argument('--lexicons', help='passed to slant score --lexicons')
ap.add_argument('--exclude-category', action='append', default=[], help='leave hits of this category out (e.g. scare-quote)')
ap.add_argument('--ptc-gold', default='ll', choices=['ll', 'll+nc'],
                help="PTC gold: Loaded_Language only (the issue's target), or with Name_Calling,Labeling as the data README allows")
ap.add_argument('--jobs', type=int, default=2)
ap.add_argument('--dump-terms', help='write per-term true/false positive counts (JSON) to this file')
args = ap.parse_args()

if not os.path.isdir(args.data):
    sys.exit(f'loaded-spans: {args.data} is absent; this measurement needs ../shared/data')

WORDS = None
if args.words:
    WORDS = set(w.strip().lower() for w in open(args.words, encoding='utf-8') if w.strip() and not w.startswith('#'))
WORD_RE = re.compile(r"[A-Za-z0-9]+(?:['\u2019-][A-Za-z0-9]+)*")


def predict(text):
    """Predicted spans [(start, end, term, in_quote, category)] for one article text."""
    if WORDS is not None:
        return [(m.start(), m.end(), m.group(0).lower(), False, 'list')
                for m in WORD_RE.finditer(text) if m.group(0).lower() in WORDS]
    with tempfile.NamedTemporaryFile('w', suffix='.txt', encoding='utf-8', delete=False) as f:
        f.write(text)
        path = f.name
    cmd = [args.slant, 'score', path, '--format', 'json']
    for lx in args.lexicon:
        cmd += ['--lexicon', lx]
    if args.lexicons:
        cmd += ['--lexicons', args.lexicons]
    try:
        out = subprocess.run(cmd, capture_output=True, text=True)
    finally:
        os.unlink(path)
    if out.returncode != 0:
        sys.exit(f'slant failed: {out.stderr.strip()}')
    doc = json.loads(out.stdout)
    hits = []
    for s in doc['sentences']:
        for h in s['loaded']:
            hits.append((h['start'], h['end'], h['term'], h['in_quote'], h['category']))
    return hits


def keep(hit):
    return (args.include_quoted or not hit[3]) and hit[4] not in args.exclude_category


def score(docs, name):
    """docs: [(text, gold spans [(s, e)], predictions)]."""
    tp_pred = n_pred = hit_gold = n_gold = 0
    ch_tp = ch_pred = ch_gold = 0
    fp_terms, tp_terms, missed = collections.Counter(), collections.Counter(), collections.Counter()
    for text, gold, preds in docs:
        preds = [p for p in preds if keep(p)]
        gold = sorted(set(gold))
        n_gold += len(gold)
        n_pred += len(preds)
        covered = set()
        for s, e, term, _, _ in preds:
            ov = [i for i, (gs, ge) in enumerate(gold) if s < ge and gs < e]
            if ov:
                tp_pred += 1
                tp_terms[term] += 1
                covered.update(ov)
            else:
                fp_terms[term] += 1
        hit_gold += len(covered)
        for i, (gs, ge) in enumerate(gold):
            if i not in covered:
                missed[text[gs:ge].lower()] += 1
        gchars = set(c for gs, ge in gold for c in range(gs, ge))
        pchars = set(c for s, e, *_ in preds for c in range(s, e))
        ch_tp += len(gchars & pchars)
        ch_pred += len(pchars)
        ch_gold += len(gchars)

    def f(p, r):
        return 0 if p + r == 0 else 2 * p * r / (p + r)
    P, R = tp_pred / max(1, n_pred), hit_gold / max(1, n_gold)
    cP, cR = ch_tp / max(1, ch_pred), ch_tp / max(1, ch_gold)
    print(f'{name}: docs={len(docs)} gold={n_gold} predicted={n_pred}')
    print(f'  any-overlap  P={P:.3f} R={R:.3f} F1={f(P, R):.3f}')
    print(f'  character    P={cP:.3f} R={cR:.3f} F1={f(cP, cR):.3f}')
    if args.dump_terms:
        old = json.load(open(args.dump_terms)) if os.path.exists(args.dump_terms) else {}
        old[name] = {t: [tp_terms[t], fp_terms[t]] for t in set(tp_terms) | set(fp_terms)}
        json.dump(old, open(args.dump_terms, 'w'), indent=0, sort_keys=True)
    if args.errors:
        print('  false positives:', ', '.join(f'{t} {c}/{c + tp_terms[t]}' for t, c in fp_terms.most_common(args.errors)))
        print('  true positives:', ', '.join(f'{t} {c}' for t, c in tp_terms.most_common(args.errors)))
        print('  missed:', ', '.join(f'{t!r} {c}' for t, c in missed.most_common(args.errors)))
    return f(P, R)


def run_all(items):
    with cf.ThreadPoolExecutor(args.jobs) as ex:
        return list(ex.map(lambda it: predict(it[0]), items))


def ptc():
    root = os.path.join(args.data, 'loaded/ptc')
    gold = collections.defaultdict(list)
    for line in open(os.path.join(root, 'train-task-flc-tc.labels'), encoding='utf-8'):
        a, t, s, e = line.rstrip('\n').split('\t')
        if t == 'Loaded_Language' or args.ptc_gold == 'll+nc' and t == 'Name_Calling,Labeling':
            gold[a].append((int(s), int(e)))
    ids = sorted(f[7:-4] for f in os.listdir(os.path.join(root, 'train-articles')) if f.endswith('.txt'))
    if args.split == 'train':
        ids = [i for i in ids if i[-1] not in '01']
    elif args.split == 'dev':
        ids = [i for i in ids if i[-1] in '01']
    texts = [open(os.path.join(root, 'train-articles', f'article{i}.txt'), encoding='utf-8').read() for i in ids]
    preds = run_all([(t,) for t in texts])
    return score([(t, gold[i], p) for i, t, p in zip(ids, texts, preds)], f'PTC {"Loaded_Language" if args.ptc_gold == "ll" else "Loaded_Language+Name_Calling"} ({args.split})')


def basil_docs():
    root = os.path.join(args.data, 'loaded/basil')
    docs = []
    for path in sorted(glob.glob(os.path.join(root, 'articles', '*', '*.json'))):
        year = int(os.path.basename(os.path.dirname(path)))
        if not 2010 <= year <= 2016:
            continue
        if args.split == 'train' and year > 2014 or args.split == 'dev' and year <= 2014:
            continue
        art = json.load(open(path, encoding='utf-8'))
        name = os.path.basename(path)[:-5]
        ann_path = os.path.join(root, 'annotations', str(year), name + '_ann.json')
        if not os.path.exists(ann_path):
            continue
        ann = json.load(open(ann_path, encoding='utf-8'))
        text = art['title'] + '\n\n'
        sentences = [(0, art['title'])]
        for p_index, para in enumerate(art['body-paragraphs']):
            if p_index:
                text += '\n\n'
            for s_index, sent in enumerate(para):
                if s_index:
                    text += ' '
                sentences.append((len(text), sent))
                text += sent
        text += '\n'
        gold = []
        for p in ann['phrase-level-annotations']:
            if p['bias'] != 'lex':
                continue
            s, e, txt = p['start'], p['end'], p['txt']
            found = [off for off, sent in sentences if sent[s:e] == txt]
            if not found:
                k = text.find(txt)
                if k < 0:
                    continue
                found = [k - s]
            gold.append((found[0] + s, found[0] + e, p['quote'] == 'yes'))
        docs.append((text, gold))
    return docs


def basil():
    docs = basil_docs()
    preds = run_all(docs)
    f1 = score([(t, [(s, e) for s, e, _ in g], p) for (t, g), p in zip(docs, preds)], f'BASIL lex 2010-2016 ({args.split})')
    # in_quote agreement on the gold spans Slant finds (any hit, quoted or not, overlapping).
    agree = found = 0
    for (text, gold), hits in zip(docs, preds):
        for gs, ge, q in gold:
            over = [h for h in hits if h[0] < ge and gs < h[1]]
            if over:
                found += 1
                agree += (over[0][3] == q)
    print(f'  in_quote agreement on found gold spans: {agree}/{found} = {agree / max(1, found):.3f}')
    return f1


def babe():
    path = os.path.join(args.data, 'subjectivity/babe/final_labels_SG1.csv')
    rows = list(csv.DictReader(open(path, encoding='utf-8-sig'), delimiter=';'))
    # One process: sentences as paragraphs of one text, hits mapped back by offset.
    text, offsets = '', []
    for r in rows:
        offsets.append((len(text), r['text'].strip()))
        text += r['text'].strip() + '\n\n'
    hits = predict(text)
    n = found = 0
    biased_sentences = hit_sentences = 0
    for (off, sent), r in zip(offsets, rows):
        try:
            words = eval(r['biased_words'], {}, {})  # a Python list literal in the CSV
        except Exception:
            words = []
        mine = [h for h in hits if off <= h[0] < off + len(sent) and keep(h)]
        if words:
            biased_sentences += 1
            hit_sentences += bool(mine)
        for w in words:
            n += 1
            for m in re.finditer(r'(?<!\w)' + re.escape(w) + r'(?!\w)', sent, re.I):
                if any(h[0] - off < m.end() and m.start() < h[1] - off for h in mine):
                    found += 1
                    break
    print(f'BABE SG1 biased_words: words={n} found={found} recall={found / max(1, n):.3f}; '
          f'sentences with biased words that have a hit: {hit_sentences}/{biased_sentences}')


if args.set in ('ptc', 'all'):
    ptc()
if args.set in ('basil', 'all'):
    basil()
if args.set in ('babe', 'all'):
    babe()
