"""`civicdesk export --db URL --as LOGIN -o FILE [--format csv|xlsx|open311] [--view V] [--state S ...]
[--from D] [--to D] [--language ko|en] [--include-personal]`: the Cases screen's Export for scripts —
the cases of a saved view, in the list's order, each cell text (formulas neutralised, see
documents/spreadsheet_cells.py), with the resident's whole words in the 내용 column; or, with
`--format open311` (the default for a .json file), the same cases as Open311 GeoReport v2
requests.json for other systems, residents' names and phone numbers only with --include-personal and
only as far as the acting user's role may see them. Audited like every export."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from civicdesk_gui.commands.common import acting_user, add_db_option, open_database
from civicdesk_gui.errors import ValidationError

OPEN311 = "open311"
SUFFIXES = {"csv": "csv", "xlsx": "xlsx", "json": OPEN311}


def add_parser(subparsers) -> None:
    from civicdesk_gui.documents.case_export import FORMATS
    from civicdesk_gui.queries.case_list import SAVED_VIEWS

    parser = subparsers.add_parser(
        "export", help="export the cases of a saved view to CSV, XLSX or Open311 JSON (audited)"
    )
    add_db_option(parser)
    parser.add_argument(
        "-o", "--output", metavar="FILE", required=True, help="cases.csv, cases.xlsx or requests.json"
    )
    parser.add_argument(
        "--format",
        dest="fmt",
        choices=(*FORMATS, OPEN311),
        help="csv (UTF-8 with BOM), xlsx or open311 (GeoReport v2 JSON); default: from FILE",
    )
    parser.add_argument("--view", choices=SAVED_VIEWS, default="all", help="a saved view (default all)")
    parser.add_argument("--state", action="append", default=[], help="a state, e.g. in_review (repeatable)")
    parser.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="received on or after")
    parser.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="received on or before")
    parser.add_argument(
        "--language",
        choices=("ko", "en"),
        default="ko",
        help="Open311: status and service names (default ko)",
    )
    parser.add_argument(
        "--include-personal",
        action="store_true",
        help="Open311: add residents' names, phone numbers and addresses (only where the role may see them)",
    )
    parser.set_defaults(run=run)


def _date(value: str | None, name: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise ValidationError("cli.bad_date", {"option": name, "value": value}, field=name) from exc


def _format(args: argparse.Namespace, path: Path) -> str:
    if args.fmt:
        return args.fmt
    suffix = path.suffix.lower().lstrip(".")
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    raise ValidationError("cli.export_format_needed", {"path": str(path)}, field="format")


def _check_output(path: Path) -> None:
    if path.is_dir():
        raise ValidationError("cli.output_is_folder", {"path": str(path)}, field="output")
    if not path.parent.is_dir():
        raise ValidationError("cli.output_folder_missing", {"path": str(path.parent)}, field="output")


def run(args: argparse.Namespace) -> int:
    from civicdesk_gui.actions.exports import export_cases, export_open311
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
    if args.include_personal and fmt != OPEN311:
        raise ValidationError("cli.personal_open311_only", field="include_personal")
    try:
        if fmt == OPEN311:
            exported = export_open311(
                actor=actor,
                case_filter=case_filter,
                path=path,
                language=args.language,
                include_personal=args.include_personal,
            )
        else:
            exported = export_cases(actor=actor, case_filter=case_filter, sort=CaseSort(), path=path, fmt=fmt)
    except OSError as exc:
        raise ValidationError(
            "cli.cannot_write",
            {"path": str(path), "reason": exc.strerror or type(exc).__name__},
            field="output",
        ) from exc
    print(f"{exported.rows} cases written to {exported.path} ({args.view}, {fmt})")
    return 0
