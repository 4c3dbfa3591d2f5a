"""`civicdesk notices --db URL --as LOGIN --due [-o DIR]`: the nightly job of the statutory notices.

Lists the interim notices due (시행령 제23조: 30 days after receipt and every 30 days while a case is
not completed) and the referrals whose agency has not answered by the reminder date. With -o, issues
each due interim notice as a letter (register number, stored PDF) and writes its PDF into DIR, whole
or not at all; a notice that cannot go out (e.g. it awaits sign-off) is reported on its own line and
the others still go. Exit 3 when any was not issued."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from civicdesk_gui.commands.common import acting_user, add_db_option, open_database


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "notices", help="statutory notices due (interim notices, referrals to chase)"
    )
    add_db_option(parser)
    parser.add_argument("--due", action="store_true", help="list (and with -o issue) what is due now")
    parser.add_argument(
        "-o", "--output", metavar="DIR", help="issue the due interim notices into this folder"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from civicdesk_gui.actions.notices import issue_notice
    from civicdesk_gui.atomic_file import write_file
    from civicdesk_gui.cli import EXIT_OK, EXIT_REJECTED_ROWS
    from civicdesk_gui.documents.letters.files import letter_file_name
    from civicdesk_gui.errors import CivicDeskError
    from civicdesk_gui.file_checks import check_output_folder
    from civicdesk_gui.queries.notices import interim_notices_due, last_progress, referrals_waiting
    from civicdesk_gui.store.models import Case

    open_database(args, writes=bool(args.output))
    actor = acting_user(args)
    now = dt.datetime.now().replace(microsecond=0)
    due = interim_notices_due(now)
    waiting = referrals_waiting(now.date())
    print(f"interim notices due: {len(due)}")
    for notice in due:
        print(f"  {notice.number}  due {notice.due_at:%Y-%m-%d}  (sent {notice.sent})  {notice.summary}")
    print(f"referrals awaiting the agency's answer: {len(waiting)}")
    for referral in waiting:
        print(f"  {referral.number}  ask since {referral.remind_on:%Y-%m-%d}  {referral.summary}")
    if not args.output:
        return EXIT_OK
    folder = Path(args.output)
    check_output_folder(folder, needed_bytes=200_000 * max(1, len(due)))
    failed = 0
    for notice in due:
        case = Case.get_by_id(notice.case_id)
        expected = (
            case.statutory_due_at.date() if case.statutory_due_at and case.statutory_due_at > now else None
        )
        expected = expected or case.next_review_on or (now + dt.timedelta(days=30)).date()
        try:
            issued = issue_notice(
                case_id=notice.case_id,
                kind="interim",
                progress=last_progress(notice.case_id) or "담당 부서에서 검토하고 있습니다.",
                expected_on=expected,
                actor=actor,
                at=now,
            )
        except CivicDeskError as exc:
            failed += 1
            print(f"not issued: {notice.number}: {' '.join(str(exc).split())}")
            continue
        path = write_file(folder / letter_file_name(notice.number, issued.register_number), issued.pdf)
        print(f"issued: {notice.number} {issued.register_number} {path}")
    return EXIT_REJECTED_ROWS if failed else EXIT_OK
