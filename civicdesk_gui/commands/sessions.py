"""`civicdesk sessions --db URL --ics FILE` exports the sessions to an office calendar file;
`--import-ics FILE` brings a calendar back (create or update by UID, no duplicates);
`--brief NUMBER -o FILE.pdf` writes a session's pre-visit brief for the mayor."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from civicdesk_gui.commands.common import acting_user, add_db_option, input_file, open_database, say_waiting
from civicdesk_gui.errors import ValidationError
from civicdesk_gui.file_checks import check_output_file


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("sessions", help="export or import Mobile Mayor's Office sessions (.ics)")
    add_db_option(parser)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--ics", metavar="FILE", help="write the sessions to an iCalendar file")
    group.add_argument(
        "--import-ics", metavar="FILE", help="create or update sessions from an iCalendar file"
    )
    group.add_argument(
        "--brief", metavar="NUMBER", help="write the pre-visit brief of session NUMBER (with -o)"
    )
    parser.add_argument("-o", "--output", metavar="FILE.pdf", help="where --brief writes the PDF")
    parser.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="export sessions from this day")
    parser.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="export sessions up to this day")
    parser.set_defaults(run=run)


def _date(value: str | None, name: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise ValidationError("cli.bad_date", {"option": name, "value": value}, field=name) from exc


def run(args: argparse.Namespace) -> int:
    if args.brief:
        return _brief(args)
    if args.ics:
        from civicdesk_gui.atomic_file import write_file
        from civicdesk_gui.documents.session_ics import export_ics
        from civicdesk_gui.queries.sessions import ics_sessions

        start, end = _date(args.start, "from"), _date(args.end, "to")
        check_output_file(args.ics)  # before the database: a bad path costs nothing
        open_database(args)
        sessions = ics_sessions(start, end)
        # Whole or not at all: a full disk never leaves a subscribed calendar truncated.
        write_file(args.ics, export_ics(sessions))
        print(f"{len(sessions)} sessions written to {args.ics}")
        return 0
    from civicdesk_gui.actions.session_import import import_ics_file
    from civicdesk_gui.cli import EXIT_OK, EXIT_REJECTED_ROWS

    path = Path(args.import_ics)
    if not path.exists():
        raise ValidationError("import.file_not_found", {"path": str(path)}, field="import_ics")
    input_file(path)  # a folder, a pipe or a device is refused, not read forever
    open_database(args, writes=True)
    report = import_ics_file(path, actor=acting_user(args), on_wait=say_waiting)
    earlier = report.earlier
    if earlier is not None and earlier.complete:
        when = earlier.finished_at or earlier.started_at
        print(f"{report.file}: already imported on {when:%Y-%m-%d %H:%M} by {earlier.by}; applied again")
    print(report.summary())
    for line in report.lines():
        print(f"  {line}")
    return EXIT_REJECTED_ROWS if report.rejected else EXIT_OK


def _brief(args: argparse.Namespace) -> int:
    from civicdesk_gui.documents.pre_visit_brief import build_pre_visit_brief
    from civicdesk_gui.errors import NotFoundError
    from civicdesk_gui.queries.session_brief import brief_data
    from civicdesk_gui.queries.settings import office_setting
    from civicdesk_gui.store.models import Session

    if not args.output:
        raise ValidationError("cli.brief_output", field="output")
    check_output_file(args.output)  # before the database: a bad path costs nothing
    open_database(args)
    session = Session.get_or_none(Session.number == args.brief.strip())
    if session is None:
        raise NotFoundError("session.number_unknown", {"number": args.brief})
    path = build_pre_visit_brief(brief_data(session.id), Path(args.output), city=office_setting("city.name"))
    print(f"pre-visit brief of {session.number} written to {path}")
    return 0
