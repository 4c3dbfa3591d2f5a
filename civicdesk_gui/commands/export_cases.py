"""`civicdesk export --db URL --format csv|xlsx [--view NAME] -o FILE`: the Cases screen's Export for
scripts — the cases of a saved view, in the list's order, each cell text (formulas neutralised, see
documents/spreadsheet_cells.py), with the resident's whole words in the 내용 column."""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path

from civicdesk_gui.commands.common import add_db_option, open_database
from civicdesk_gui.errors import ValidationError


def add_parser(subparsers) -> None:
    from civicdesk_gui.documents.case_export import FORMATS
    from civicdesk_gui.queries.case_list import SAVED_VIEWS

    parser = subparsers.add_parser("export", help="export the cases of a saved view to CSV or XLSX")
    add_db_option(parser)
    parser.add_argument(
        "--format", dest="fmt", choices=FORMATS, help="csv (UTF-8 with BOM) or xlsx (default: from FILE)"
    )
    parser.add_argument(
        "--view", default="all", choices=SAVED_VIEWS, help="a saved view of the case list (default: all)"
    )
    parser.add_argument("--user", metavar="LOGIN", help="whose cases the view 'mine' holds (default: you)")
    parser.add_argument("-o", "--output", metavar="FILE", required=True, help="the file to write")
    parser.set_defaults(run=run)


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


def _user(login: str | None) -> str:
    if login:
        return login
    try:
        return getpass.getuser()
    except Exception:  # no login name in some sandboxes and services, as actions/actor.desk_actor
        return "desk"


def run(args: argparse.Namespace) -> int:
    from civicdesk_gui.documents.case_export import export_view
    from civicdesk_gui.queries.case_list import CaseFilter, user_id_for_login

    path = Path(args.output)
    _check_output(path)
    fmt = _format(args, path)
    open_database(args)
    actor_id = user_id_for_login(_user(args.user)) if args.view == "mine" else None
    try:
        count = export_view(CaseFilter(view=args.view, actor_id=actor_id), path, fmt=fmt)
    except OSError as exc:
        raise ValidationError(
            "cli.cannot_write",
            {"path": str(path), "reason": exc.strerror or type(exc).__name__},
            field="output",
        ) from exc
    print(f"{count} cases written to {path} ({args.view}, {fmt})")
    return 0
