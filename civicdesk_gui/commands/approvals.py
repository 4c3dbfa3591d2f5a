"""`civicdesk approvals --db URL --as LOGIN`: the drafts awaiting this user's review or sign-off
(결재 대기), and `--review ID`, `--approve ID [--deputy]`, `--return ID --comment TEXT` to act on one."""

from __future__ import annotations

import argparse

from civicdesk_gui.commands.common import acting_user, add_db_option, open_database


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("approvals", help="drafts awaiting my review or sign-off (결재)")
    add_db_option(parser)
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--review", type=int, metavar="ID", help="mark draft ID as reviewed")
    action.add_argument("--approve", type=int, metavar="ID", help="approve draft ID (결재)")
    action.add_argument(
        "--return", dest="return_id", type=int, metavar="ID", help="return draft ID to its drafter"
    )
    parser.add_argument("--deputy", action="store_true", help="approve for an absent approver (대결)")
    parser.add_argument("--comment", default="", help="why the draft is returned")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from civicdesk_gui.actions import signoff
    from civicdesk_gui.cli import EXIT_OK
    from civicdesk_gui.queries.signoff import awaiting

    open_database(args, writes=any(v is not None for v in (args.review, args.approve, args.return_id)))
    actor = acting_user(args)
    if args.review is not None:
        step = signoff.review_draft(approval_id=args.review, actor=actor)
    elif args.approve is not None:
        step = signoff.approve_draft(approval_id=args.approve, actor=actor, deputy=args.deputy)
    elif args.return_id is not None:
        step = signoff.return_draft(approval_id=args.return_id, actor=actor, comment=args.comment)
    else:
        drafts = awaiting(actor.id)
        print(f"awaiting {actor.login}: {len(drafts)}")
        for d in drafts:
            print(
                f"  #{d.approval_id}  {d.step}  {d.number}  {d.title}  ({d.drafted_by}, {d.drafted_at:%Y-%m-%d %H:%M})"
            )
        return EXIT_OK
    mark = f" ({step.mark})" if step.mark else ""
    print(f"draft #{step.approval_id}: {step.state}{mark}")
    return EXIT_OK
