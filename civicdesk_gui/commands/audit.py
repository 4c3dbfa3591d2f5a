"""`civicdesk audit --db URL --as ADMIN [-o FILE.csv] [--user LOGIN] [--kind K] [--case N] [--from D] [--to D]`:
read the audit log (printed, newest first) or export it to CSV (itself audited)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from civicdesk_gui.commands.common import acting_user, add_db_option, open_database
from civicdesk_gui.commands.export_cases import _date
from civicdesk_gui.domain.audit import AUDIT_KINDS


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("audit", help="read or export the audit log (administrators)")
    add_db_option(parser)
    parser.add_argument("-o", "--output", metavar="FILE", help="write CSV here instead of printing")
    parser.add_argument("--user", metavar="LOGIN", help="events of this user")
    parser.add_argument("--kind", choices=list(AUDIT_KINDS))
    parser.add_argument("--case", metavar="NUMBER", help="events about this case, e.g. 2026-000123")
    parser.add_argument("--from", dest="start", metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="end", metavar="YYYY-MM-DD")
    parser.add_argument("--limit", type=int, default=100, help="printed events (default 100)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from civicdesk_gui.actions.exports import export_audit
    from civicdesk_gui.actions.permission import require
    from civicdesk_gui.commands.users import _user_id
    from civicdesk_gui.queries.audit import AuditFilter, fetch_audit
    from civicdesk_gui.store.database import database_proxy

    open_database(args)
    actor = acting_user(args)
    audit_filter = AuditFilter(
        user_id=_user_id(args.user) if args.user else None,
        case_number=args.case or "",
        kind=args.kind,
        date_from=_date(args.start, "from"),
        date_to=_date(args.end, "to"),
    )
    if args.output:
        exported = export_audit(actor=actor, audit_filter=audit_filter, path=Path(args.output))
        print(f"{exported.rows} events written to {exported.path}")
        return 0
    with database_proxy.atomic():
        require(actor, "audit.view")
    for row in fetch_audit(audit_filter, limit=max(1, args.limit)):
        details = json.dumps(row.details, ensure_ascii=False, sort_keys=True)
        print(f"{row.at:%Y-%m-%d %H:%M:%S}\t{row.login}\t{row.kind}\t{row.case_number or '-'}\t{details}")
    return 0
