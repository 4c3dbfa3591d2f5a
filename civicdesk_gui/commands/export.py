"""`civicdesk export --db URL --format csv|xlsx|open311 -o FILE [--view NAME] [--language ko|en]`:
a saved view of the case list to a file for people (CSV, XLSX) or for other systems (Open311
GeoReport v2 requests.json). Names and phone numbers leave only with --include-personal."""

from __future__ import annotations

import argparse
from pathlib import Path

from civicdesk_gui.commands.common import add_db_option, open_database
from civicdesk_gui.errors import ValidationError

FORMATS = ("csv", "xlsx", "open311")


def add_parser(subparsers) -> None:
    from civicdesk_gui.queries.case_list import SAVED_VIEWS

    parser = subparsers.add_parser("export", help="export a view of the cases (CSV, XLSX or Open311 JSON)")
    add_db_option(parser)
    parser.add_argument(
        "--format", dest="fmt", choices=FORMATS, default="csv", help="file format (default csv)"
    )
    parser.add_argument("-o", "--output", metavar="FILE", required=True, help="the file to write")
    parser.add_argument("--view", choices=SAVED_VIEWS, default="all", help="saved view (default all)")
    parser.add_argument(
        "--language", choices=("ko", "en"), default="ko", help="Open311 status and service names (default ko)"
    )
    parser.add_argument(
        "--include-personal",
        action="store_true",
        help="Open311: add residents' names, phone numbers and addresses (only for whoever may see them)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from civicdesk_gui.actions.actor import system_actor
    from civicdesk_gui.queries.case_list import CaseFilter

    path = Path(args.output)
    if not path.parent.is_dir():
        raise ValidationError("cli.output_folder_missing", {"path": str(path.parent)}, field="output")
    open_database(args)
    case_filter = CaseFilter(view=args.view, actor_id=system_actor().id)
    if args.fmt == "open311":
        from civicdesk_gui.documents.open311 import build_request, write_requests
        from civicdesk_gui.queries.open311 import exchange_cases

        requests = (
            build_request(case, language=args.language, include_personal=args.include_personal)
            for case in exchange_cases(case_filter)
        )
        count = write_requests(requests, path)
    else:
        from civicdesk_gui.documents.case_export import export_cases
        from civicdesk_gui.queries.case_list import iterate_rows

        count = export_cases(iterate_rows(case_filter), path, fmt=args.fmt)
    print(f"{count} cases written to {path}")
    return 0
