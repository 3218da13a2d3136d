"""The grants workbook's writer against the bare libraries, measured in the same run (no database).

``write_grants_workbook`` (XlsxWriter, constant memory: text cells that can never be formulas,
quote-prefixed hostile texts, formats, totals carrying their values, print set-up, About sheet)
against:

1. bare XlsxWriter writing the same cells with the same formats (the library it uses): goal
   ratio <= 1.3;
2. bare openpyxl write-only writing the same cells (the writer it replaced), for the record.

Run: ``.venv/bin/python benchmarks/bench_xlsx_writer.py [--rows 100000] [--runs 5]`` (runs
interleaved, medians). Results are printed
and written as JSON to benchmarks/results/.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from bench_export import bare_openpyxl  # the same bare openpyxl writer as the export benchmark

from grants.models import Category, GrantStatus
from grants.reports.labels import enum_label, label
from grants.reports.xlsx import DATE, EURO, GRANT_COLUMNS, grant_values, write_grants_workbook
from grants.services.reporting import ExportInfo, GrantRow

RESULTS = Path(__file__).resolve().parent / "results"


def rows(n: int) -> list[GrantRow]:
    rnd = random.Random(14)
    cats, statuses = list(Category), list(GrantStatus)
    out = []
    for i in range(n):
        amount = Decimal(rnd.randint(100_000, 50_000_000)) / 100
        paid = (amount * Decimal("0.8")).quantize(Decimal("0.01"))
        day = dt.date(2024, 1, 1) + dt.timedelta(days=rnd.randint(0, 300))
        out.append(GrantRow(
            i, f"G-2024-{i:06d}", f"B-{i % 5000:05d}", f"Bénéficiaire {i % 5000}", f"Begunstigde {i % 5000}",
            cats[i % len(cats)], f"P-{i % 40}", None, "33.001.00.01",
            ("=HYPERLINK(\"x\")" if i % 1000 == 0 else f"Projet de prévention numéro {i}"), "1.4 (60 %); 7.1 (40 %)",
            amount, amount, paid, Decimal("0.00"), paid, None if i % 3 else Decimal("12.34"), Decimal("0.00"),
            statuses[i % len(statuses)], day, day + dt.timedelta(days=10), day, day + dt.timedelta(days=365),
            day + dt.timedelta(days=450)))
    return out


def bare_xlsxwriter(values: list[list[object]], kinds: list[str], headers: list[str], out: Path) -> None:
    import xlsxwriter  # type: ignore[import-untyped]

    wb = xlsxwriter.Workbook(str(out), {"constant_memory": True, "strings_to_formulas": False})
    ws = wb.add_worksheet("Grants")
    ws.freeze_panes(1, 2)
    head = wb.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F4E79", "pattern": 1})
    fmt = {"euro": wb.add_format({"num_format": EURO}), "date": wb.add_format({"num_format": DATE})}
    for c, h in enumerate(headers):
        ws.write_string(0, c, h, head)
    formats = [fmt.get(k) for k in kinds]
    for r, row in enumerate(values, start=1):
        for c, v in enumerate(row):
            if v is None:
                continue
            if isinstance(v, str):
                ws.write_string(r, c, v, formats[c])
            elif isinstance(v, dt.date):
                ws.write_datetime(r, c, v, formats[c])
            else:
                ws.write_number(r, c, v, formats[c])
    wb.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5, help="interleaved runs; medians are reported")
    args = parser.parse_args()
    data = rows(args.rows)
    cats = {c: enum_label("cat", c, "fr") for c in Category}
    statuses = {s: enum_label("status", s, "fr") for s in GrantStatus}
    values = [grant_values(r, "fr", cats, statuses) for r in data]
    headers = [label(c.key, "fr") for c in GRANT_COLUMNS]
    kinds = [c.kind for c in GRANT_COLUMNS]
    info = ExportInfo("about.grants", "bench.db", "bench", dt.datetime(2025, 1, 1), (("year", "2024"),))
    timings: dict[str, list[float]] = {"bare_xw": [], "bare_op": [], "ours": []}
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        for _ in range(args.runs):  # interleaved, so a busy machine slows all three alike
            for name, write in (("bare_xw", lambda out: bare_xlsxwriter(values, kinds, headers, out)),
                                ("bare_op", lambda out: bare_openpyxl(values, kinds, headers, out)),
                                ("ours", lambda out: write_grants_workbook(iter(data), 2024, info, out, "fr"))):
                t0 = time.perf_counter()
                write(t / f"{name}.xlsx")
                timings[name].append(time.perf_counter() - t0)
    bare_xw, bare_op, ours = (statistics.median(timings[k]) for k in ("bare_xw", "bare_op", "ours"))
    result = {"rows": args.rows, "runs": args.runs, "bare_xlsxwriter_s": round(bare_xw, 2),
              "bare_openpyxl_s": round(bare_op, 2),
              "ours_s": round(ours, 2), "ratio_vs_bare_xlsxwriter": round(ours / bare_xw, 3),
              "ratio_vs_bare_openpyxl": round(ours / bare_op, 3)}
    print(json.dumps(result, indent=2))
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "xlsx_writer.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
