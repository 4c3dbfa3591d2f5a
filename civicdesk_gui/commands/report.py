"""`civicdesk report --db URL --month 2026-10 -o FILE.xlsx`: the monthly report, one sheet per view
(summary, by department, by category, by town, by channel, overdue list, surveys).

`-o FILE.zip` (or `FILE.csv`) writes the same sheets as CSV files (UTF-8 with BOM) in one ZIP file;
for `FILE.csv` the ZIP is written as `FILE.zip` beside it (seven tables are seven files: one ZIP
keeps them together for mail and archive)."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from civicdesk_gui.commands.common import acting_user, add_db_option, open_database
from civicdesk_gui.errors import ValidationError


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("report", help="write the monthly report (XLSX, or CSV files in a ZIP)")
    add_db_option(parser)
    parser.add_argument(
        "--month", required=True, metavar="YYYY-MM", help="the month whose cases are reported"
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help="FILE.xlsx, or FILE.zip / FILE.csv for CSV files",
    )
    parser.set_defaults(run=run)


def parse_month(value: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{4})-(\d{1,2})", value.strip())
    if not match or not 1 <= int(match[2]) <= 12:
        raise ValidationError("cli.bad_month", {"value": value}, field="month")
    return int(match[1]), int(match[2])


def output_kind(path: Path) -> tuple[str, Path]:
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return "xlsx", path
    if suffix == ".zip":
        return "zip", path
    if suffix == ".csv":
        return "zip", path.with_suffix(".zip")
    raise ValidationError("cli.report_format", {"path": str(path)}, field="output")


def run(args: argparse.Namespace) -> int:
    from civicdesk_gui.actions.reports import export_monthly_report
    from civicdesk_gui.store.models import now as clock_now

    year, month = parse_month(args.month)
    kind, path = output_kind(Path(args.output))
    open_database(args)
    actor = acting_user(args)  # the report quotes residents' words: a named reader, masked by role
    exported = export_monthly_report(
        actor=actor, year=year, month=month, now=clock_now(), path=path, kind=kind
    )
    print(f"report for {year}-{month:02d} ({exported.rows:,} cases) written to {exported.path}")
    return 0
