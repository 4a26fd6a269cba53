#!/usr/bin/python3
"""Streaming mapper between `songngu pair` and `songngu align --stdin`.

Reads pair lines ({"vi": ID, "en": ID, ...}; unpaired and error lines are
dropped) and writes align records {"id": [VI, EN], "vi_path": VI, "en_path": EN}:
the pages' ids are their paths on a filesystem every worker sees (as
scripts/corpus_dask.py and scripts/streaming_local.sh use them).
"""
import json
import sys

for line in sys.stdin:
    line = line.strip()
    if not line:
        continue
    pair = json.loads(line)
    if pair.get("vi") is None or pair.get("en") is None or "error" in pair:
        continue
    print(json.dumps({"id": [pair["vi"], pair["en"]], "vi_path": pair["vi"], "en_path": pair["en"]},
                     ensure_ascii=False))
