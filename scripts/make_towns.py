#!/usr/bin/env python3
"""Derive fupin's table of towns (镇, 乡, 街道, 苏木) and the county each lies in.

Source: modood/Administrative-divisions-of-China (WTFPL), dist/streets.csv and dist/areas.csv
at commit 57a0aa9 (data of 2022-10-31). Reproducible:
`python3 scripts/make_towns.py STREETS.csv AREAS.csv` with the two files of a clone; writes
Sources/FupinExtraction/Resources/towns.tsv: one line per town name, sorted by its UTF-8 bytes,
with the codes (gazetteer.tsv's first six digits) of the counties holding a town of that name.

A county whose code changed since the gazetteer's table (公主岭, the districts of new cities)
is matched by its name inside its province, or by its name without the suffix (梁平区, once
梁平县); a county found neither way is left out (its towns
are no evidence then, which is what they were before).
"""
import csv, collections, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, "..", "Sources", "FupinExtraction", "Resources")
SUFFIXES = ("镇", "乡", "街道", "苏木")
# Names that are also everyday words of the reports (特色小城镇, 新乡镇 read as 新 乡镇): no evidence.
EVERYDAY = {"小城镇", "新乡镇", "街道", "东街道", "中心镇", "新城镇"}


def stem(county):
    """梁平区 and 梁平县 are one county renamed: its name without the level's suffix."""
    return county[:-1] if len(county) > 2 and county[-1] in "县区市旗" else county


def main(streets, areas):
    counties = {}      # 6-digit code -> gazetteer code
    by_name = {}       # (province 2 digits, county name) -> gazetteer code
    for line in open(os.path.join(RES, "gazetteer.tsv"), encoding="utf-8"):
        if not line[0].isdigit():
            continue
        code, level, name = line.split("\t")[:3]
        if level == "county":
            counties[code[:6]] = code
            by_name[(code[:2], name)] = code
            by_name.setdefault((code[:2], stem(name)), code)
    area_names = {r["code"]: r["name"] for r in csv.DictReader(open(areas, encoding="utf-8"))}
    towns = collections.defaultdict(list)
    missing = collections.Counter()
    for r in csv.DictReader(open(streets, encoding="utf-8")):
        name = r["name"].strip()
        if not name.endswith(SUFFIXES) or not 2 <= len(name) <= 12 or name in EVERYDAY or not all("\u3400" <= ch <= "\u9fff" for ch in name):
            continue
        county = area_names.get(r["areaCode"], "")
        code = (counties.get(r["areaCode"]) or by_name.get((r["provinceCode"], county))
                or by_name.get((r["provinceCode"], stem(county))))
        if code is None:
            missing[r["areaCode"]] += 1
            continue
        if name not in towns[code]:
            towns[code].append(name)
    # One line per name, sorted by its UTF-8 bytes (the extractor binary-searches the file as
    # it lies, instead of building a table of 33,000 strings at start-up): name, its counties.
    by_town = collections.defaultdict(list)
    for code in sorted(towns):
        for name in towns[code]:
            by_town[name].append(code[:6])
    with open(os.path.join(RES, "towns.tsv"), "w", encoding="utf-8") as out:
        out.write("# derived by scripts/make_towns.py from modood/Administrative-divisions-of-China (WTFPL), "
                  "dist/streets.csv at 57a0aa9 (2022-10-31): town, its counties' codes (sorted by UTF-8 bytes)\n")
        for name in sorted(by_town, key=lambda n: n.encode("utf-8")):
            out.write(name + "\t" + ",".join(by_town[name]) + "\n")
    print(f"{sum(len(v) for v in towns.values())} towns in {len(towns)} counties; "
          f"{sum(missing.values())} towns of {len(missing)} counties not in the gazetteer", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
