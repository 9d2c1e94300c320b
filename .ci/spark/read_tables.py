"""python3 read_tables.py OUT CLI: the Spark job's Parquet tables (OUT/long, findings, status, panel, sections) as
pandas reads them, checked against the types docs/spark.md promises and, cell for cell, against the CLI's CSVs of
the same inputs (CLI/long.csv ...). Exit 1 on any difference. Prints each table's dtypes as a researcher sees them."""
import csv
import decimal
import os
import sys

import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds

TABLES = ["long", "findings", "status", "panel", "sections"]
DECIMAL = pa.decimal128(24, 6)
INT32 = {"year", "page", "pages", "failed_findings", "ocr_pages"}
INT64 = {"bytes", "milliseconds"}
# pandas' dtypes for each Arrow type, with no argument and with dtype_backend="numpy_nullable": nullable integers,
# decimals exact as decimal.Decimal, text as str (the numpy_nullable backend makes it the string dtype)
NULLABLE = {pa.int32(): "Int32", pa.int64(): "Int64", DECIMAL: "object", pa.string(): "string"}
DEFAULT = {**NULLABLE, pa.string(): "object"}


def expected(table, column):
    """The documented type of a column: counts bigint, amounts and mixed values decimal(24,6), the rest text."""
    if column in INT32 or (table == "status" and column == "cells"):
        return pa.int32()
    if column in INT64:
        return pa.int64()
    if column in ("value", "left", "right"):
        return DECIMAL
    if table == "panel" and column.split(".")[0] in ("t2", "t3", "t4"):
        return DECIMAL if column.rsplit(".", 1)[1] in ("amount", "procurement_amount") else pa.int64()
    return pa.string()


def canonical(value, arrow_type):
    """One cell as text the CLI would write: integers plain, decimals without trailing zeros, null as empty."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return ""
    if arrow_type == DECIMAL:
        return format(decimal.Decimal(value).normalize(), "f")
    if arrow_type in (pa.int32(), pa.int64()):
        return str(int(decimal.Decimal(str(value))))
    return str(value)


def cli_rows(path, types, skip):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    out = []
    for r in rows[1:]:
        out.append(tuple(canonical(v if v != "" else None, types[c]) if types[c] != pa.string() else v
                         for c, v in zip(header, r) if c != skip))
    return header, sorted(out)


def main(out, cli):
    failures = []
    for table in TABLES:
        folder = os.path.join(out, table)
        schema = ds.dataset(folder, format="parquet").schema
        types = {f.name: expected(table, f.name) for f in schema}
        for f in schema:
            if f.type != types[f.name]:
                failures.append(f"{table}.{f.name}: {f.type} in the Parquet files, documented {types[f.name]}")
        plain = pd.read_parquet(folder)
        nullable = pd.read_parquet(folder, dtype_backend="numpy_nullable")
        arrow = pd.read_parquet(folder, dtype_backend="pyarrow")
        print(f"{table}: {len(nullable)} rows")
        for c in nullable.columns:
            want = NULLABLE[types[c]]
            got = str(nullable[c].dtype)
            if got != want:
                failures.append(f"{table}.{c}: pandas numpy_nullable dtype {got}, expected {want}")
            # with no argument too: the footer's pandas entry makes integers nullable, never float
            if str(plain[c].dtype) != DEFAULT[types[c]]:
                failures.append(f"{table}.{c}: pandas default dtype {plain[c].dtype}, expected {DEFAULT[types[c]]}")
            if str(arrow[c].dtype) != str(pd.ArrowDtype(types[c])):
                failures.append(f"{table}.{c}: pandas pyarrow dtype {arrow[c].dtype}, expected {pd.ArrowDtype(types[c])}")
            if types[c] == DECIMAL:
                bad = [v for v in nullable[c].dropna() if not isinstance(v, decimal.Decimal) or v.as_tuple().exponent != -6]
                if bad:
                    failures.append(f"{table}.{c}: not decimals of scale 6: {bad[:3]}")
        if table in ("long", "panel", "status"):
            shown = [c for c in nullable.columns if types[c] != pa.string()][:6]
            print("  numpy_nullable: " + ", ".join(f"{c} {nullable[c].dtype}" for c in shown))
            print("  pyarrow:        " + ", ".join(f"{c} {arrow[c].dtype}" for c in shown))
            print("  default:        " + ", ".join(f"{c} {plain[c].dtype}" for c in shown))
        # the values: the CLI's text of the same inputs, cell for cell (a run's milliseconds are its own)
        skip = "milliseconds" if table == "status" else None
        header, expected_rows = cli_rows(os.path.join(cli, table + ".csv"), types, skip)
        if list(nullable.columns) != header:
            failures.append(f"{table}: columns {list(nullable.columns)[:5]}... differ from the CLI's {header[:5]}...")
            continue
        actual_rows = sorted(tuple(canonical(v, types[c]) for c, v in zip(header, row) if c != skip)
                             for row in nullable.itertuples(index=False, name=None))
        if actual_rows != expected_rows or not expected_rows:
            missing = [r for r in expected_rows if r not in actual_rows][:2]
            extra = [r for r in actual_rows if r not in expected_rows][:2]
            failures.append(f"{table}: rows differ from the CLI's ({len(actual_rows)} vs {len(expected_rows)});"
                            f" CLI only {missing}, Parquet only {extra}")
    # the output folder itself holds only the tables: a dataset over it lists their Parquet files and nothing else
    whole = ds.dataset(out, format="parquet")
    strays = [f for f in whole.files if not f.endswith(".parquet")]
    if strays:
        failures.append(f"the output folder holds other files than the tables' Parquet files: {strays[:3]}")
    print(f"{out} as one dataset: {len(whole.files)} Parquet files of {len(TABLES)} tables")
    for f in failures:
        print("FAIL " + f, file=sys.stderr)
    print(f"pandas {pd.__version__}, pyarrow {pa.__version__}: " + ("ok" if not failures else f"{len(failures)} failures"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
