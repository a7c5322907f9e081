"""Compares what real Meltano answers on two project folders (the original, and the one exported
by meltano-api after importing it): `config list` of every plugin in every environment, `job list`
and `schedule list` (as JSON, lists taken by name: the order of a file is not an answer), and
`select --list --all` of the extractors named.

    compare.py MELTANO ORIGINAL EXPORTED PLUGINS ENVIRONMENTS [EXTRACTORS]   (comma-separated)"""

import json
import subprocess
import sys

MELTANO, ORIGINAL, EXPORTED = sys.argv[1:4]
PLUGINS = sys.argv[4].split(",")
ENVIRONMENTS = sys.argv[5].split(",")
EXTRACTORS = [e for e in (sys.argv[6] if len(sys.argv) > 6 else "").split(",") if e]


def meltano(folder, *args):
    run = subprocess.run([MELTANO, *args], cwd=folder, capture_output=True, text=True)
    if run.returncode != 0:
        raise SystemExit(f"meltano {' '.join(args)} failed in {folder}:\n{run.stderr[-2000:]}")
    return run.stdout


def by_name(document):
    """Lists of objects with a name, sorted by it, at any depth."""
    if isinstance(document, list):
        items = [by_name(item) for item in document]
        key = lambda item: item.get("name") or item.get("job_name") if isinstance(item, dict) else None
        if items and all(isinstance(item, dict) and key(item) for item in items):
            items.sort(key=key)
        return items
    if isinstance(document, dict):
        return {k: by_name(v) for k, v in document.items()}
    return document


failures = 0
checks = 0
for env in ENVIRONMENTS:
    for plugin in PLUGINS:
        args = ("--environment", env, "config", "list", plugin)
        original, exported = meltano(ORIGINAL, *args), meltano(EXPORTED, *args)
        checks += 1
        if original != exported:
            failures += 1
            print(f"DIFFERENT: meltano {' '.join(args)}\n--- original\n{original}--- exported\n{exported}")
for extractor in EXTRACTORS:
    for env in ENVIRONMENTS:
        args = ("--environment", env, "select", extractor, "--list", "--all")
        original, exported = meltano(ORIGINAL, *args), meltano(EXPORTED, *args)
        checks += 1
        if original != exported:
            failures += 1
            print(f"DIFFERENT: meltano {' '.join(args)}\n--- original\n{original}--- exported\n{exported}")
for args in (("job", "list", "--format", "json"), ("schedule", "list", "--format", "json")):
    original = by_name(json.loads(meltano(ORIGINAL, *args)))
    exported = by_name(json.loads(meltano(EXPORTED, *args)))
    checks += 1
    if original != exported:
        failures += 1
        print(f"DIFFERENT: meltano {' '.join(args)}\n--- original\n{json.dumps(original, indent=1)}\n--- exported\n{json.dumps(exported, indent=1)}")
print(f"meltano round trip: {checks - failures} of {checks} answers the same")
sys.exit(1 if failures else 0)
