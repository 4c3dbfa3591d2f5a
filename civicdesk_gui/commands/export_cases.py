"""`civicdesk export --db URL --as LOGIN -o FILE [--format csv|xlsx] [--view V] [--state S ...]
[--from D] [--to D]`: the Cases screen's Export for scripts — the cases of a saved view, in the list's
order, each cell text (formulas neutralised, see documents/spreadsheet_cells.py), with the resident's
whole words in the 내용 column; audited like every export."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from civicdesk_gui.commands.common import acting_user, add_db_option, open_database
from civicdesk_gui.errors import ValidationError


def add_parser(subparsers) -> None:
    from civicdesk_gui.documents.case_export import FORMATS
    from civicdesk_gui.queries.case_list import SAVED_VIEWS

    parser = subparsers.add_parser("export", help="export the cases of a saved view to CSV or XLSX (audited)")
    add_db_option(parser)
    parser.add_argument("-o", "--output", metavar="FILE", required=True, help="cases.csv or cases.xlsx")
    parser.add_argument(
        "--format", dest="fmt", choices=FORMATS, help="csv (UTF-8 with BOM) or xlsx (default: from FILE)"
    )
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


def _format(args: argparse.Namespace, path: Path) -> str:
    from civicdesk_gui.documents.case_export import FORMATS

    if args.fmt:
        return args.fmt
    suffix = path.suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    raise ValidationError("cli.export_format_needed", {"path": str(path)}, field="format")


def _check_output(path: Path) -> None:
    if path.is_dir():
        raise ValidationError("cli.output_is_folder", {"path": str(path)}, field="output")
    if not path.parent.is_dir():
        raise ValidationError("cli.output_folder_missing", {"path": str(path.parent)}, field="output")


def run(args: argparse.Namespace) -> int:
    from civicdesk_gui.actions.exports import export_cases
    from civicdesk_gui.queries.case_list import CaseFilter, CaseSort

    path = Path(args.output)
    _check_output(path)
    fmt = _format(args, path)
    open_database(args)
    actor = acting_user(args)
    case_filter = CaseFilter(
        view=args.view,
        states=tuple(args.state),
        received_from=_date(args.start, "from"),
        received_to=_date(args.end, "to"),
        actor_id=actor.id,  # the view "mine" holds the acting user's cases
    )
    try:
        exported = export_cases(actor=actor, case_filter=case_filter, sort=CaseSort(), path=path, fmt=fmt)
    except OSError as exc:
        raise ValidationError(
            "cli.cannot_write",
            {"path": str(path), "reason": exc.strerror or type(exc).__name__},
            field="output",
        ) from exc
    print(f"{exported.rows} cases written to {exported.path} ({args.view}, {fmt})")
    return 0
