"""`civicdesk sessions --db URL --ics FILE` exports the sessions to an office calendar file;
`--import-ics FILE` brings a calendar back (create or update by UID, no duplicates), printing how
every event ended; exit 3 when an event was rejected, 2 when the file cannot be read at all."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from civicdesk_gui.commands.common import acting_user, add_db_option, open_database, say_waiting
from civicdesk_gui.errors import ValidationError


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("sessions", help="export or import Mobile Mayor's Office sessions (.ics)")
    add_db_option(parser)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--ics", metavar="FILE", help="write the sessions to an iCalendar file")
    group.add_argument(
        "--import-ics", metavar="FILE", help="create or update sessions from an iCalendar file"
    )
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
    open_database(args)
    if args.ics:
        from civicdesk_gui.documents.session_ics import export_ics
        from civicdesk_gui.queries.sessions import ics_sessions

        sessions = ics_sessions(_date(args.start, "from"), _date(args.end, "to"))
        Path(args.ics).write_bytes(export_ics(sessions))
        print(f"{len(sessions)} sessions written to {args.ics}")
        return 0
    from civicdesk_gui.actions.session_import import import_ics_file
    from civicdesk_gui.cli import EXIT_OK, EXIT_REJECTED_ROWS

    report = import_ics_file(Path(args.import_ics), actor=acting_user(args), on_wait=say_waiting)
    earlier = report.earlier
    if earlier is not None and earlier.complete:
        when = earlier.finished_at or earlier.started_at
        print(f"{report.file}: already imported on {when:%Y-%m-%d %H:%M} by {earlier.by}; applied again")
    print(report.summary())
    for line in report.lines():
        print(f"  {line}")
    return EXIT_REJECTED_ROWS if report.rejected else EXIT_OK
