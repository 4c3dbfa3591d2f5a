"""`civicdesk import --db URL FILE`: bring in the text-message gateway's CSV export, or with
`--format open311` (the default for a .json file) Open311 GeoReport v2 service requests.

Prints the counts and every rejected row; exits 3 when any row was rejected or, for Open311, waits for
a service-code mapping (the good rows are kept), 2 on a user error (missing file, unreadable encoding,
unrecognised headers, invalid JSON)."""

from __future__ import annotations

import argparse

from civicdesk_gui.commands.common import add_db_option, open_database

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
    fmt = args.fmt or ("open311" if args.file.lower().endswith(".json") else "gateway")
    if fmt == "open311":
        return _run_open311(args)
    from civicdesk_gui.actions.actor import system_actor
    from civicdesk_gui.actions.case_import import import_sms_file
    from civicdesk_gui.cli import EXIT_OK, EXIT_REJECTED_ROWS
    from civicdesk_gui.documents.sms_import import parse_mapping_options, read_table

    mapping = parse_mapping_options(args.mapping)
    read_table(args.file, encoding=args.encoding)  # a missing or unreadable file fails before the DB opens
    open_database(args)
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


def _run_open311(args: argparse.Namespace) -> int:
    from civicdesk_gui.actions.actor import system_actor
    from civicdesk_gui.actions.open311_import import import_open311_requests
    from civicdesk_gui.cli import EXIT_OK, EXIT_REJECTED_ROWS
    from civicdesk_gui.documents.open311 import read_requests_file

    parsed = read_requests_file(args.file)  # a missing file or invalid JSON fails before the DB opens
    open_database(args)
    report = import_open311_requests(parsed, actor=system_actor(), batch_size=max(1, args.batch_size))
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
