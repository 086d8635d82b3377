#!/bin/bash
# Fingerprints of a Slant database: md5 of every table's rows (through the views), for store
# work that must leave the database the same. Ingest the same input with both binaries and
# compare the lines.
# usage: scripts/dev/same-db.sh DB
set -euo pipefail
for t in outlets lexicon_versions articles sentences quotes sources loaded_hits entity_mentions; do
  echo "$t $(sqlite3 "$1" "select * from $t order by 1" | md5sum | cut -c1-12)"
done
