#!/usr/bin/env python3
"""Derive fupin's gazetteer from the PyPI package `cpca` (MIT): resources/adcodes.csv.

Reproducible: `python3 scripts/make_gazetteer.py` downloads cpca==0.5.5 with pip (no
install), reads its GB/T 2260 codes, names and coordinates, and writes
Sources/FupinExtraction/Resources/gazetteer.tsv with one row per province, prefecture
and county: code, level, name, short names (|-separated), parent code, lon, lat.
"""
import csv, io, os, subprocess, sys, tempfile, zipfile

VERSION = "0.5.5"
OUT = os.path.join(os.path.dirname(__file__), "..", "Sources", "FupinExtraction", "Resources", "gazetteer.tsv")

# Short names that are everyday words: they stay findable by their full name only.
COMMON_WORDS = {"通道", "共和", "和平", "东方", "长安", "新华", "城中", "江南", "白云", "朝阳", "向阳",
                "光明", "新城", "城东", "城西", "城南", "城北", "河东", "河西", "江北", "江东", "中山",
                "宝山", "红旗", "前进", "胜利", "新兴", "文化", "平安", "永安", "安全", "开发", "高新",
                "经济", "金山", "铁山", "青山", "南山", "北山", "东山", "西山", "海港", "港口", "城关",
                "市中", "郊区", "城区", "矿区", "新区", "东区", "西区", "南区", "北区", "中区", "市辖"}
SUFFIXES = ["特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "自治旗",
            "林区", "特区", "地区", "省", "市", "县", "区", "旗", "盟"]


def fetch():
    tmp = tempfile.mkdtemp()
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp, f"cpca=={VERSION}"], check=True)
    whl = [f for f in os.listdir(tmp) if f.endswith(".whl")][0]
    z = zipfile.ZipFile(os.path.join(tmp, whl))
    codes = z.read("cpca/resources/adcodes.csv").decode("utf-8")
    nations = z.read("cpca/resources/56_nations.csv").decode("utf-8").split()
    return codes, nations


def short_names(name, nations):
    out = []
    for suf in SUFFIXES:
        if name.endswith(suf) and len(name) > len(suf):
            stem = name[: -len(suf)]
            # 红河哈尼族彝族自治州 -> 红河: cut at the first ethnic name
            cut = min([stem.find(n) for n in nations + [n[:-1] for n in nations if len(n) > 2] if stem.find(n) > 1] or [len(stem)])
            stem = stem[:cut]
            if len(stem) >= 2 and stem not in COMMON_WORDS:
                out.append(stem)
            break
    return out


def main():
    codes, nations = fetch()
    rows = list(csv.DictReader(io.StringIO(codes)))
    known = {r["adcode"]: r for r in rows}
    out = []
    for r in rows:
        code, name = r["adcode"], r["name"]
        if name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划") or "直辖" in name:
            continue
        if code[2:] == "0000000000":
            level, parent = "province", ""
        elif code[4:] == "00000000":
            level, parent = "prefecture", code[:2] + "0000000000"
        else:
            level = "county"
            parent = code[:4] + "00000000"
            p = known.get(parent)
            if p is None or "直辖" in p["name"] or p["name"] == "市辖区":
                parent = code[:2] + "0000000000"
        out.append((code, level, name, "|".join(short_names(name, nations)), parent, r["longitude"], r["latitude"]))
    out.sort()
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(f"# derived by scripts/make_gazetteer.py from PyPI cpca=={VERSION} resources/adcodes.csv (MIT)\n")
        f.write("code\tlevel\tname\tshort\tparent\tlon\tlat\n")
        for row in out:
            f.write("\t".join(row) + "\n")
    print(f"wrote {len(out)} places to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
