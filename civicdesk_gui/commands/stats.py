"""`civicdesk stats --db URL --json`: counts for scripts and the nightly report."""

from __future__ import annotations

import argparse
import json

from civicdesk_gui.commands.common import add_db_option, open_database


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("stats", help="print case counts by status, channel, clock...")
    add_db_option(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from civicdesk_gui.queries.stats import compute_stats

    open_database(args)
    stats = compute_stats()
    if args.json:
        print(json.dumps(stats, ensure_ascii=False, indent=2))
    else:
        for key, value in stats.items():
            print(f"{key}: {value}")
    return 0
