"""`civicdesk import --db URL FILE`: bring in the text-message gateway's CSV export.

Prints the counts and every rejected row; exits 3 when any row was rejected (the good rows are kept),
2 on a user error (missing file, unreadable encoding, unrecognised headers)."""

from __future__ import annotations

import argparse
from pathlib import Path

from civicdesk_gui.commands.common import add_db_option, input_file, open_database


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("import", help="import the text-message gateway's CSV export")
    add_db_option(parser)
    parser.add_argument("file", metavar="FILE", help="CSV file (UTF-8, UTF-8 with BOM or CP949/EUC-KR)")
    parser.add_argument("--encoding", help="force an encoding instead of detecting it (e.g. cp949)")
    parser.add_argument(
        "--map",
        dest="mapping",
        action="append",
        metavar="FIELD=COLUMN",
        help="say which column holds a field, e.g. 내용=message or phone=발신자번호 (repeatable)",
    )
    parser.add_argument("--batch-size", type=int, default=200, help="rows per transaction (default 200)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from civicdesk_gui.actions.actor import system_actor
    from civicdesk_gui.actions.case_import import import_sms_file
    from civicdesk_gui.cli import EXIT_OK, EXIT_REJECTED_ROWS
    from civicdesk_gui.documents.sms_import import parse_mapping_options, read_table

    mapping = parse_mapping_options(args.mapping)
    if Path(args.file).exists():
        input_file(args.file)  # a folder, a pipe or a device is refused here, not read forever
    read_table(args.file, encoding=args.encoding)  # a missing or unreadable file fails before the DB opens
    open_database(args, writes=True)
    report = import_sms_file(
        args.file,
        actor=system_actor(),
        encoding=args.encoding,
        mapping=mapping,
        batch_size=max(1, args.batch_size),
    )
    delimiter = {"\t": "tab", ",": "comma", ";": "semicolon"}.get(report.delimiter, report.delimiter)
    print(f"{report.file}: {report.total_rows} rows ({report.encoding}, {delimiter})")
    print(f"imported: {report.imported}")
    print(f"duplicates: {report.duplicates}")
    print(f"skipped: {report.skipped}")
    for problem in report.rejected:
        print(f"rejected: {problem}")
    return EXIT_REJECTED_ROWS if report.rejected else EXIT_OK
