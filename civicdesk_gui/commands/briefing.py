"""`civicdesk briefing --db URL -o FILE.pdf [--date YYYY-MM-DD]`: the one-page morning briefing as PDF
(for the nightly job that leaves it on the mayor's desk, or a printer)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from civicdesk_gui.commands.common import acting_user, add_db_option, open_database
from civicdesk_gui.errors import ValidationError

MORNING = dt.time(9, 0)


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("briefing", help="write the one-page morning briefing (PDF)")
    add_db_option(parser)
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="where to write the PDF")
    parser.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help="the briefing of this day, as at 09:00 (default: now); the cases are as stored now",
    )
    parser.add_argument(
        "--period",
        choices=("this_month", "last_month", "last_12_months", "all"),
        default="this_month",
        help="the period of the key figures (default: this month)",
    )
    parser.add_argument(
        "--channel", help="key figures of one channel only (text, mobile_office, phone, qr, walk_in)"
    )
    parser.set_defaults(run=run)


def parse_date(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise ValidationError("cli.bad_date", {"option": option, "value": value}, field=option) from exc


def run(args: argparse.Namespace) -> int:
    from civicdesk_gui.actions.reports import export_briefing
    from civicdesk_gui.domain.periods import period_for
    from civicdesk_gui.queries.briefing import Scope
    from civicdesk_gui.store.models import now as clock_now
    from civicdesk_gui.store.office_settings import get_setting

    day = parse_date(args.date, "date")
    open_database(args)
    actor = acting_user(args)
    now = dt.datetime.combine(day, MORNING) if day else clock_now()
    scope = Scope(period_for(args.period, now.date()), args.channel or None)
    exported = export_briefing(
        actor=actor, scope=scope, now=now, path=Path(args.output), city=get_setting("city.name")
    )
    print(f"briefing of {now:%Y-%m-%d %H:%M} written to {exported.path}")
    return 0
