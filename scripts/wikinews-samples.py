#!/usr/bin/env python3
"""Writes Samples/wikinews/*.txt (the demo corpus) from the GUM Wikinews documents.

Usage: scripts/wikinews-samples.py ../shared/data/sbd/gum-news/gum_news_train.jsonl Samples/wikinews
Each article becomes the scraper format Slant reads: ' date YYYY-MM-DD URL', the title, the body.
The texts are Wikinews articles (CC BY 2.5); Samples/wikinews/NOTICE names each source.
"""
import datetime, json, re, sys

src, out = sys.argv[1], sys.argv[2]
notice = []
for line in open(src, encoding="utf-8"):
    doc = json.loads(line)
    paragraphs = [p.strip() for p in doc["text"].split("\n\n") if p.strip()]
    title, rest = paragraphs[0], "\n\n".join(paragraphs[1:])
    # The dateline ("Friday, July 21, 2017") sometimes shares a paragraph with the first sentence.
    m = re.match(r"\w+, (\w+ \d+, \d{4})\s*", rest)
    date = datetime.datetime.strptime(m.group(1), "%B %d, %Y").date().isoformat()
    body = [p for p in rest[m.end():].split("\n\n") if p.strip()]
    name = doc["doc_id"].replace("GUM_news_", "wikinews-")
    with open(f"{out}/{name}.txt", "w", encoding="utf-8") as f:
        f.write(f" date {date} {doc['source_url']}\n\n{title}\n\n" + "\n\n".join(body) + "\n")
    notice.append(f"- {name}.txt: \"{title}\", Wikinews, {date}, {doc['source_url']}")
with open(f"{out}/NOTICE", "w", encoding="utf-8") as f:
    f.write("""These articles are from Wikinews (https://en.wikinews.org), by Wikinews contributors,
licensed under the Creative Commons Attribution 2.5 licence (https://creativecommons.org/licenses/by/2.5/).
They were taken from the GUM treebank's news documents (Zeldes 2017, https://corpling.uis.georgetown.edu/gum/),
which keeps the Wikinews texts under CC BY; only the plain text is used here, reformatted as
' date YYYY-MM-DD URL', title and body by scripts/wikinews-samples.py. Tokenisation spaces of
the treebank (e.g. "six - member") are kept as they are.

""" + "\n".join(notice) + "\n")
