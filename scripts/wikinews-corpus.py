#!/usr/bin/env python3
"""Writes Tests/Fixtures/corpus/wikinews.jsonl, the bundled demo corpus, from the GUM Wikinews
documents (../shared/data/sbd/gum-news/gum_news_train.jsonl, CC BY 2.5; see the NOTICE beside
the output). Each record: outlet en.wikinews.org, url, date (from the dateline), title, text
(the body after the title and dateline)."""
import datetime, json, re, sys

source = sys.argv[1] if len(sys.argv) > 1 else '../shared/data/sbd/gum-news/gum_news_train.jsonl'
out = sys.argv[2] if len(sys.argv) > 2 else 'Tests/Fixtures/corpus/wikinews.jsonl'
DATELINE = re.compile(r'^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\w+ \d{1,2}, \d{4})\s*')
records = []
for line in open(source, encoding='utf-8'):
    doc = json.loads(line)
    paragraphs = doc['text'].split('\n\n')
    title, rest = paragraphs[0].strip(), paragraphs[1:]
    date = None
    match = DATELINE.match(rest[0].strip()) if rest else None
    if match:
        date = datetime.datetime.strptime(match.group(2), '%B %d, %Y').date().isoformat()
        # One document runs its dateline into the first paragraph; keep that paragraph's text.
        rest = ([rest[0].strip()[match.end():]] if match.end() < len(rest[0].strip()) else []) + rest[1:]
    record = {'outlet': 'en.wikinews.org', 'url': doc['source_url'], 'date': date, 'title': title,
              'text': '\n\n'.join(p.strip() for p in rest if p.strip()), 'licence': 'CC BY 2.5', 'gum_doc_id': doc['doc_id']}
    records.append(record)
records.sort(key=lambda r: r['gum_doc_id'])
with open(out, 'w', encoding='utf-8') as f:
    for r in records:
        f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + '\n')
print(f'{out}: {len(records)} articles', file=sys.stderr)
