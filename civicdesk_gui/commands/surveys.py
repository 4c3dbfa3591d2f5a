"""`civicdesk surveys import --db URL FILE`: satisfaction survey answers from a CSV file.

Prints the counts and every rejected row (row number and reason); exits 3 when any row was rejected
(the good rows are kept), 2 on a user error (missing file, unreadable encoding, missing columns)."""

from __future__ import annotations

import argparse

from civicdesk_gui.commands.common import acting_user, add_db_option, open_database


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("surveys", help="satisfaction surveys: import answers from CSV")
    commands = parser.add_subparsers(dest="surveys_command", required=True)
    importing = commands.add_parser("import", help="import survey answers from a CSV file")
    add_db_option(importing)
    importing.add_argument(
        "file",
        metavar="FILE",
        help="CSV with 접수번호 and 조사일시 columns, and any of 조사방법, 만족도, 재이용, 추천, 지속, 의견",
    )
    importing.set_defaults(run=run_import)


def run_import(args: argparse.Namespace) -> int:
    from civicdesk_gui.actions.survey_import import import_survey_file
    from civicdesk_gui.cli import EXIT_OK, EXIT_REJECTED_ROWS
    from civicdesk_gui.documents.survey_import import parse_survey_file

    parse_survey_file(args.file)  # a missing or unreadable file fails before the database opens
    open_database(args)
    report = import_survey_file(args.file, actor=acting_user(args))
    print(f"{report.file}: {report.total_rows} rows ({report.encoding})")
    print(f"imported: {report.imported}")
    print(f"duplicates: {report.duplicates}")
    print(f"rejected: {len(report.rejected)}")
    for problem in report.rejected:
        print(f"rejected: {problem}")
    return EXIT_REJECTED_ROWS if report.rejected else EXIT_OK
