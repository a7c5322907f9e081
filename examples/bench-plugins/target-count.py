#!/usr/bin/env python3
"""Bench loader: counts RECORD messages, prints each STATE value on stdout as a target does."""
import json
import sys

records = 0
for line in sys.stdin.buffer:
    if line.startswith(b'{"type":"RECORD"'):
        records += 1
    elif line.startswith(b'{"type":"STATE"'):
        sys.stdout.write(json.dumps(json.loads(line)["value"]) + "\n")
        sys.stdout.flush()
print(f"target-count: {records} records", file=sys.stderr)
