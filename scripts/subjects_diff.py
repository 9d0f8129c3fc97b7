#!/usr/bin/env python3
"""Subjects before and after: pairs of `fupin extract --format jsonl` outputs, matched by
document and span. Prints up to N facts whose subject changed (surface, before, after).

    swift run fupin extract seeds --format jsonl > /tmp/subjects-before.jsonl   # old build
    swift run fupin extract seeds --format jsonl > /tmp/subjects-after.jsonl    # new build
    python3 scripts/subjects_diff.py /tmp/subjects-before.jsonl /tmp/subjects-after.jsonl 20
"""
import json
import sys


def facts(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                d = json.loads(line)
                out[(d["doc"], d["start"], d["end"], d.get("value"))] = d
    return out


def main():
    before_path, after_path = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    before, after = facts(before_path), facts(after_path)
    keys = [k for k in before if k in after]
    changed = [k for k in keys if before[k]["subject"] != after[k]["subject"]]
    print(f"{len(keys)} facts in both, {len(changed)} subjects changed, "
          f"empty before {sum(1 for k in keys if not before[k]['subject'])}, after {sum(1 for k in keys if not after[k]['subject'])}")
    print("| surface | before | after |")
    print("|---|---|---|")
    # spread the sample over the changed facts rather than the first document only
    step = max(1, len(changed) // n) if changed else 1
    for k in changed[::step][:n]:
        print(f"| {before[k]['surface']} | {before[k]['subject'] or '—'} | {after[k]['subject'] or '—'} |")


if __name__ == "__main__":
    main()
