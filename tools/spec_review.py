"""Spec review: breaking changes between two versions of the spec (Optic), and a reviewer's report.

    python tools/spec_review.py diff BASE [NEW]     exit 1 on unaccepted breaking changes
    python tools/spec_review.py review BASE [NEW]   lint findings, breaking changes, operations

BASE and NEW are a file, or a git revision (its spec/openapi.yaml); NEW defaults to the working
tree's spec/openapi.yaml. Breaking changes pass when the spec's major version went up, or when each
is listed in spec/accepted-breaking-changes.txt (a line that the change's report line contains).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = "spec/openapi.yaml"
ACCEPTED = Path(
    os.environ.get("SPEC_ACCEPTED_CHANGES", ROOT / "spec" / "accepted-breaking-changes.txt")
)
NODE_BIN = ROOT / "node_modules" / ".bin"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def spec_file(ref: str, workdir: Path) -> Path | None:
    """A spec as a file: `ref` itself when it is one, else the spec at git revision `ref`
    (None when the revision has no spec)."""
    if Path(ref).is_file():
        return Path(ref)
    shown = subprocess.run(
        ["git", "show", f"{ref}:{SPEC}"], cwd=ROOT, capture_output=True, text=True
    )
    if shown.returncode != 0:
        return None
    path = workdir / f"{re.sub(r'[^A-Za-z0-9_.-]', '_', ref)}.yaml"
    path.write_text(shown.stdout)
    return path


def major(path: Path) -> int | None:
    version = str(yaml.safe_load(path.read_text()).get("info", {}).get("version", ""))
    found = re.match(r"\s*v?(\d+)", version)
    return int(found.group(1)) if found else None


def accepted_lines() -> list[str]:
    if not ACCEPTED.exists():
        return []
    return [
        line.strip()
        for line in ACCEPTED.read_text().splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]


def breaking_changes(base: Path, new: Path) -> tuple[list[str], str]:
    """The breaking changes Optic reports (one line each), and its whole report."""
    env = dict(os.environ, FORCE_COLOR="0", NO_COLOR="1", OPTIC_TELEMETRY_LEVEL="off")
    run = subprocess.run(
        [str(NODE_BIN / "optic"), "diff", str(base), str(new), "--check", "--severity", "error"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
    )
    report = run.stdout + run.stderr
    lines, operation = [], ""
    for line in report.splitlines():
        heading = re.match(r"\s*(?:x\s+)?((?:GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE) \S+):", line)
        if heading:
            operation = heading.group(1)
        elif re.match(r"\s*x \[", line):
            message = re.sub(r"\s+", " ", line.strip()[2:])
            lines.append(f"{operation}: {message}")
    if run.returncode != 0 and not lines:
        raise SystemExit(f"optic failed without naming a change:\n{report}")
    return lines, report


def verdict(base: Path, new: Path) -> tuple[bool, list[str], list[str]]:
    """Whether the change may land; the breaking changes; those not accepted."""
    changes, _ = breaking_changes(base, new)
    if not changes:
        return True, [], []
    old_major, new_major = major(base), major(new)
    if old_major is not None and new_major is not None and new_major > old_major:
        return True, changes, []
    accepted = accepted_lines()
    open_changes = [c for c in changes if not any(a in c for a in accepted)]
    return not open_changes, changes, open_changes


def operations(path: Path) -> dict[str, str]:
    """operationId -> `METHOD /path`."""
    document = yaml.safe_load(path.read_text())
    found = {}
    for route, item in (document.get("paths") or {}).items():
        for method, operation in item.items():
            if method in METHODS and isinstance(operation, dict):
                found[operation.get("operationId", f"{method} {route}")] = f"{method.upper()} {route}"
    return found


def lint(new: Path) -> tuple[int, str]:
    """Spectral's findings: every error in full, warnings counted by rule."""
    run = subprocess.run(
        [str(NODE_BIN / "spectral"), "lint", str(new), "--ruleset", "spec/.spectral.yaml",
         "--format", "json", "--quiet"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    try:
        findings = json.loads(run.stdout or "[]")
    except json.JSONDecodeError:
        return 1, (run.stdout + run.stderr).strip()
    errors = [f for f in findings if f.get("severity") == 0]
    lines = [
        f"- error {f['code']}: {f['message']} (line {f['range']['start']['line'] + 1}, "
        f"{'.'.join(str(p) for p in f.get('path', []))})"
        for f in errors
    ]
    warnings: dict[str, int] = {}
    for f in findings:
        if f.get("severity") == 1:
            warnings[f["code"]] = warnings.get(f["code"], 0) + 1
    lines += [f"- {count} warning(s) {code}" for code, count in sorted(warnings.items())]
    return (1 if errors else 0), "\n".join(lines)


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] not in ("diff", "review"):
        print(__doc__)
        return 2
    command, base_ref = argv[0], argv[1]
    new_ref = argv[2] if len(argv) > 2 else str(ROOT / SPEC)
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        base, new = spec_file(base_ref, workdir), spec_file(new_ref, workdir)
        if new is None:
            print(f"no spec at {new_ref}")
            return 2
        if command == "diff":
            if base is None:
                print(f"{base_ref} has no {SPEC}: nothing to compare")
                return 0
            ok, changes, open_changes = verdict(base, new)
            for change in changes:
                mark = "accepted" if change not in open_changes else "BREAKING"
                print(f"{mark}: {change}")
            if ok:
                print(f"spec diff against {base_ref}: no unaccepted breaking changes")
                return 0
            print(
                f"spec diff against {base_ref}: {len(open_changes)} breaking change(s); bump the "
                "spec's major version or list them in spec/accepted-breaking-changes.txt"
            )
            return 1
        return review(base_ref, base, new)


def review(base_ref: str, base: Path | None, new: Path) -> int:
    print(f"# Spec review: {new.name} against {base_ref}\n")
    status, findings = lint(new)
    print("## Lint (spectral: design rules + OWASP)\n")
    print(findings or "No findings.")
    print()
    print("## Breaking changes (optic)\n")
    ok = True
    if base is None:
        print(f"{base_ref} has no spec: everything is new.")
    else:
        ok, changes, open_changes = verdict(base, new)
        if not changes:
            print("None.")
        for change in changes:
            print(f"- {'accepted' if change not in open_changes else 'BREAKING'}: {change}")
        if changes and ok:
            print("\nAll accepted (major version bump or spec/accepted-breaking-changes.txt).")
    print()
    print("## Operations\n")
    before = operations(base) if base else {}
    after = operations(new)
    added = sorted(set(after) - set(before))
    removed = sorted(set(before) - set(after))
    moved = sorted(o for o in set(before) & set(after) if before[o] != after[o])
    for title, names, where in (("Added", added, after), ("Removed", removed, before)):
        print(f"{title} ({len(names)}):")
        for name in names:
            print(f"- {name}: {where[name]}")
        print()
    if moved:
        print(f"Moved ({len(moved)}):")
        for name in moved:
            print(f"- {name}: {before[name]} -> {after[name]}")
        print()
    print(f"{len(after)} operations in all.")
    return 0 if ok and status == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
