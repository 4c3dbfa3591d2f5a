"""`civicdesk outbox export|import-report --db URL FILE [--as LOGIN]`: the nightly job of the text line.

- export: every pending text into the gateway's bulk-send file (CSV or XLSX, by the file's name or
  --format; columns as configured in the office settings or --columns), marked handed over in the same
  transaction. Nothing pending: says so and writes no file.
- import-report: the gateway's delivery report; prints the counts and every rejected row (row and
  reason); exits 3 when any row was rejected (the good rows are kept), 2 on a user error."""

from __future__ import annotations

import argparse
from pathlib import Path

from civicdesk_gui.commands.common import acting_user, add_db_option, input_file, open_database


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "outbox", help="the reply outbox: hand texts to the gateway, read its report"
    )
    commands = parser.add_subparsers(dest="outbox_command", required=True)
    exporting = commands.add_parser("export", help="write the pending texts as the gateway's bulk-send file")
    add_db_option(exporting)
    exporting.add_argument("file", metavar="FILE", help="the bulk-send file to write (.csv or .xlsx)")
    exporting.add_argument("--format", choices=("csv", "xlsx"), help="default: from the file's name")
    exporting.add_argument(
        "--columns", help="e.g. 수신번호,이름,메시지,참조번호 (default: the office setting)"
    )
    exporting.set_defaults(run=run_export)
    report = commands.add_parser("import-report", help="import the gateway's delivery report")
    add_db_option(report)
    report.add_argument(
        "file", metavar="FILE", help="CSV with 참조번호 and 결과 columns (사유, 수신번호, 결과일시)"
    )
    report.add_argument("--encoding", help="utf-8 or cp949 (default: detected)")
    report.set_defaults(run=run_report)


def run_export(args: argparse.Namespace) -> int:
    from civicdesk_gui.actions.outbox import export_outbox
    from civicdesk_gui.cli import EXIT_OK
    from civicdesk_gui.errors import ValidationError

    path = Path(args.file)
    if path.is_dir():
        raise ValidationError("cli.output_is_folder", {"path": str(path)}, field="output")
    if not path.parent.is_dir():
        raise ValidationError("cli.output_folder_missing", {"path": str(path.parent)}, field="output")
    fmt = args.format or ("xlsx" if path.suffix.lower() == ".xlsx" else "csv")
    open_database(args)
    done = export_outbox(actor=acting_user(args), path=path, fmt=fmt, columns=args.columns)
    if done.path is None:
        print("outbox: nothing pending; no file written")
    else:
        print(f"{done.path}: {done.count} texts handed to the gateway")
    return EXIT_OK


def run_report(args: argparse.Namespace) -> int:
    from civicdesk_gui.actions.outbox import import_delivery_report
    from civicdesk_gui.cli import EXIT_OK, EXIT_REJECTED_ROWS
    from civicdesk_gui.documents.outbox_files import parse_delivery_report

    path = input_file(args.file)
    parse_delivery_report(path, encoding=args.encoding)  # an unreadable file fails before the database opens
    open_database(args)
    report = import_delivery_report(path, actor=acting_user(args), encoding=args.encoding)
    print(f"{report.file}: {report.records} rows ({report.encoding})")
    print(f"delivered: {report.delivered}")
    print(f"failed: {report.failed}")
    print(f"duplicates: {report.duplicates}")
    print(f"rejected: {len(report.rejected)}")
    for problem in report.rejected:
        print(f"rejected: {problem}")
    return EXIT_REJECTED_ROWS if report.rejected else EXIT_OK
