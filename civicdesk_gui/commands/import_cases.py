"""`civicdesk import --db URL FILE`: bring in the text-message gateway's CSV export, or with
`--format open311` (the default for a .json file) Open311 GeoReport v2 service requests.

Prints how the file's rows ended — imported, duplicates (already in the database), rejected with
row and reason — whose numbers add up to the file's rows; says so when the file was imported before.
For Open311, requests whose service_code is not mapped yet are listed and wait (the good ones are kept).
Exits 3 when any row was rejected or waits for a mapping, 2 on a user error (missing file, a folder
or pipe given as the file, empty or binary file, an encoding other than UTF-8/CP949, unrecognised
headers, invalid JSON), each said in one line."""

from __future__ import annotations

import argparse
from pathlib import Path

from civicdesk_gui.commands.common import acting_user, add_db_option, input_file, open_database, say_waiting

DELIMITER_NAMES = {"\t": "tab", ",": "comma", ";": "semicolon"}

FORMATS = ("gateway", "open311")


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "import", help="import the text-message gateway's CSV export or Open311 service requests"
    )
    add_db_option(parser)
    parser.add_argument(
        "file", metavar="FILE", help="CSV file (UTF-8, UTF-8 with BOM or CP949/EUC-KR), or requests.json"
    )
    parser.add_argument(
        "--format",
        dest="fmt",
        choices=FORMATS,
        help="gateway (CSV) or open311 (JSON); default: open311 for a .json file, else gateway",
    )
    parser.add_argument("--encoding", help="force an encoding instead of detecting it: utf-8 or cp949")
    parser.add_argument(
        "--map",
        dest="mapping",
        action="append",
        metavar="FIELD=COLUMN",
        help="say which column holds a field, e.g. 내용=message or phone=발신자번호 (repeatable)",
    )
    parser.add_argument("--batch-size", type=int, default=200, help="rows per transaction (default 200)")
    parser.set_defaults(run=run)


def report_lines(report) -> list[str]:
    """The report as the CLI prints it (tests and the README show the same)."""
    delimiter = DELIMITER_NAMES.get(report.delimiter, report.delimiter)
    lines = [f"{report.file}: {report.records} rows ({report.encoding}, {delimiter})"]
    earlier = report.earlier
    if earlier is not None and earlier.complete:
        when = earlier.finished_at or earlier.started_at
        lines.append(
            f"already imported on {when:%Y-%m-%d %H:%M} by {earlier.by} "
            f"({earlier.imported} cases came from it); only what is missing is written"
        )
    elif earlier is not None:
        lines.append(
            f"completing the import begun on {earlier.started_at:%Y-%m-%d %H:%M} by {earlier.by}, "
            "which did not finish"
        )
    lines += [
        f"imported: {report.imported}",
        f"duplicates: {report.duplicates}",
        f"rejected: {len(report.rejected)}",
    ]
    if report.not_reached:
        lines.append(f"not reached (cancelled): {report.not_reached}")
    if report.blank_lines:
        lines.append(f"blank lines (not rows): {report.blank_lines}")
    lines += [f"  {problem}" for problem in report.rejected]
    return lines


def run(args: argparse.Namespace) -> int:
    fmt = args.fmt or ("open311" if args.file.lower().endswith(".json") else "gateway")
    if fmt == "open311":
        return _run_open311(args)
    from civicdesk_gui.actions.case_import import import_sms_file
    from civicdesk_gui.cli import EXIT_OK, EXIT_REJECTED_ROWS
    from civicdesk_gui.documents.sms_import import parse_mapping_options, read_table

    mapping = parse_mapping_options(args.mapping)
    if Path(args.file).exists():
        input_file(args.file)  # a folder, a pipe or a device is refused here, not read forever
    table = read_table(args.file, encoding=args.encoding)  # a bad file fails before the DB opens
    open_database(args, writes=True)
    report = import_sms_file(
        args.file,
        actor=acting_user(args),
        encoding=args.encoding,
        mapping=mapping,
        batch_size=max(1, args.batch_size),
        on_wait=say_waiting,
        table=table,
    )
    print("\n".join(report_lines(report)))
    return EXIT_REJECTED_ROWS if report.rejected else EXIT_OK


def _run_open311(args: argparse.Namespace) -> int:
    from civicdesk_gui.actions.open311_import import import_open311_requests
    from civicdesk_gui.cli import EXIT_OK, EXIT_REJECTED_ROWS
    from civicdesk_gui.documents.open311 import read_requests_file

    if Path(args.file).exists():
        input_file(args.file)  # a folder, a pipe or a device is refused here, not read forever
    parsed = read_requests_file(args.file)  # a missing file or invalid JSON fails before the DB opens
    open_database(args, writes=True)
    report = import_open311_requests(parsed, actor=acting_user(args), batch_size=max(1, args.batch_size))
    print(f"{report.file}: {report.total} service requests (Open311)")
    print(f"imported: {report.imported}")
    print(f"duplicates: {report.duplicates}")
    print(f"rejected: {len(report.rejected)}")
    print(f"unmapped: {report.unmapped_records}")
    for problem in report.rejected:
        print(f"rejected: {problem}")
    for code in report.unmapped:
        numbers = ", ".join(str(n) for n in code.numbers[:10]) + (" …" if len(code.numbers) > 10 else "")
        name = f" ({code.name})" if code.name else ""
        print(f"unmapped service_code {code.code}{name}: records {numbers}")
    if report.unmapped:
        print(
            "Map these service codes in Settings > Open311 (or when importing in CivicDesk), then import again."
        )
    return EXIT_REJECTED_ROWS if report.rejected or report.unmapped else EXIT_OK
