"""`civicdesk stats --db URL --json [--from YYYY-MM-DD] [--to YYYY-MM-DD]`: counts for scripts and the
nightly report, and the programs' figures (compliance, satisfaction, answered by team leaders) for the
cases received in the period (every case without --from/--to)."""

from __future__ import annotations

import argparse
import json

from civicdesk_gui.commands.briefing import parse_date
from civicdesk_gui.commands.common import add_db_option, open_database
from civicdesk_gui.errors import ValidationError


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("stats", help="print case counts by status, channel, clock...")
    add_db_option(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="cases received from this day")
    parser.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="cases received up to this day")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from civicdesk_gui.queries.stats import compute_stats

    start, end = parse_date(args.start, "from"), parse_date(args.end, "to")
    if start is not None and end is not None and start > end:
        raise ValidationError("briefing.bad_period", {"start": start, "end": end}, field="from")
    open_database(args, reads_only=True)
    stats = compute_stats(start=start, end=end)
    if args.json:
        print(json.dumps(stats, ensure_ascii=False, indent=2))
    else:
        for key, value in stats.items():
            print(f"{key}: {value}")
    return 0
