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
                "市中", "郊区", "城区", "矿区", "新区", "东区", "西区", "南区", "北区", "中区", "市辖",
                # everyday words of poverty-alleviation reports (合作社, 乡村振兴, 新建, 共同富裕, 全州 …)
                "合作", "振兴", "新建", "资源", "富裕", "互助", "大兴", "惠民", "富民", "同心", "镇安", "平和",
                "全州", "复兴", "安定", "安宁", "康乐", "兴业", "长兴", "团结", "红星", "青龙", "河口", "白水",
                "长泰", "阳新", "建设", "发展", "文明", "民主", "和顺", "德安", "华安", "永和", "长宁", "正安",
                "宁安", "兴安", "安远", "集安", "大安", "金平", "石门", "新兴", "兴宁", "永兴", "兴国", "保康",
                "安福", "福安", "宁国", "兴隆", "隆安", "长顺", "安化", "新华", "南部", "东部", "西部", "北部",
                "中部", "城北", "城南", "城东", "城西", "高台", "大方", "通江", "平山", "新乡", "新村", "宜居",
                "新民", "新市", "新田", "新城", "永安", "安乡", "乐业", "凤凰", "龙门", "海门", "江门", "石城"}
# Inner Mongolia's banners as reports write them (科右前旗 for 科尔沁右翼前旗), and autonomous
# counties so abbreviated (喀左县 for 喀喇沁左翼蒙古族自治县): extra short names.
BANNER_ABBREVIATIONS = {'科尔沁右翼前旗': '科右前旗',
    '喀喇沁左翼蒙古族自治县': '喀左县',
    '前郭尔罗斯蒙古族自治县': '前郭县',
    '科尔沁右翼中旗': '科右中旗',
    '科尔沁左翼中旗': '科左中旗',
    '科尔沁左翼后旗': '科左后旗',
    '察哈尔右翼前旗': '察右前旗',
    '察哈尔右翼中旗': '察右中旗',
    '察哈尔右翼后旗': '察右后旗',
    '土默特左旗': '土左旗',
    '土默特右旗': '土右旗',
    '达尔罕茂明安联合旗': '达茂旗',
    '新巴尔虎左旗': '新左旗',
    '新巴尔虎右旗': '新右旗',
    '东乌珠穆沁旗': '东乌旗',
    '西乌珠穆沁旗': '西乌旗',
    '莫力达瓦达斡尔族自治旗': '莫旗',
    '阿鲁科尔沁旗': '阿鲁旗',
    '陈巴尔虎旗': '陈旗',
    '乌拉特前旗': '乌前旗',
    '乌拉特中旗': '乌中旗',
    '乌拉特后旗': '乌后旗',
    '鄂托克前旗': '鄂前旗',
    '伊金霍洛旗': '伊旗',
    '准格尔旗': '准旗',
    '达拉特旗': '达旗'}
# An autonomous level and the character reports write it with after the short name.
AUTONOMOUS_WRITTEN = {"自治州": "州", "自治县": "县", "自治旗": "旗"}
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
            # 东乡族自治县 -> 东乡, 龙胜各族自治县 -> 龙胜: a name that is itself a people's keeps its place part
            for tail in ("各族", "族"):
                if stem.endswith(tail) and len(stem) - len(tail) >= 2:
                    stem = stem[: -len(tail)]
                    break
            if len(stem) >= 2 and stem not in COMMON_WORDS:
                out.append(stem)
            if len(stem) >= 2 and suf in AUTONOMOUS_WRITTEN:
                # 临夏州, 东乡县, 互助县 (互助 alone is a word): an autonomous place as reports write it
                out.append(stem + AUTONOMOUS_WRITTEN[suf])
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
            if p is None or "直辖" in p["name"] or p["name"] in ("市辖区", "县"):
                parent = code[:2] + "0000000000"
        shorts = short_names(name, nations) + ([BANNER_ABBREVIATIONS[name]] if name in BANNER_ABBREVIATIONS else [])
        out.append((code, level, name, "|".join(shorts), parent, r["longitude"], r["latitude"]))
    out.sort()
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(f"# derived by scripts/make_gazetteer.py from PyPI cpca=={VERSION} resources/adcodes.csv (MIT)\n")
        f.write("code\tlevel\tname\tshort\tparent\tlon\tlat\n")
        for row in out:
            f.write("\t".join(row) + "\n")
    print(f"wrote {len(out)} places to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
