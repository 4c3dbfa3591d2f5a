"""`civicdesk export --db URL --as LOGIN -o FILE [--view V] [--state S ...] [--from D] [--to D]`:
the case list as CSV or XLSX (by the file's extension), the same export as the Cases screen's, audited."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from civicdesk_gui.commands.common import acting_user, add_db_option, open_database
from civicdesk_gui.errors import ValidationError


def add_parser(subparsers) -> None:
    from civicdesk_gui.queries.case_list import SAVED_VIEWS

    parser = subparsers.add_parser("export", help="export the case list to CSV or XLSX (audited)")
    add_db_option(parser)
    parser.add_argument("-o", "--output", metavar="FILE", required=True, help="cases.csv or cases.xlsx")
    parser.add_argument("--view", choices=SAVED_VIEWS, default="all", help="a saved view (default all)")
    parser.add_argument("--state", action="append", default=[], help="a state, e.g. in_review (repeatable)")
    parser.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="received on or after")
    parser.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="received on or before")
    parser.set_defaults(run=run)


def _date(value: str | None, name: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise ValidationError("cli.bad_date", {"option": name, "value": value}, field=name) from exc


def run(args: argparse.Namespace) -> int:
    from civicdesk_gui.actions.exports import export_cases
    from civicdesk_gui.queries.case_list import CaseFilter, CaseSort

    path = Path(args.output)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in ("csv", "xlsx"):
        raise ValidationError("cli.export_format", {"path": str(path)}, field="output")
    case_filter = CaseFilter(
        view=args.view,
        states=tuple(args.state),
        received_from=_date(args.start, "from"),
        received_to=_date(args.end, "to"),
    )
    open_database(args)
    exported = export_cases(
        actor=acting_user(args), case_filter=case_filter, sort=CaseSort(), path=path, fmt=fmt
    )
    print(f"{exported.rows} cases written to {exported.path}")
    return 0
