"""`civicdesk case show NUMBER --db URL --as LOGIN [--json]`: one case for scripts — its kind of
petition, its clocks (due, met, by what, by which rule), replies with their purpose, and its history.

Reading a case names the reader (--as): the resident's name, phone and address are printed only to a
role that may see personal data, and the view is written to the audit log like the detail pane's."""

from __future__ import annotations

import argparse
import json

from civicdesk_gui.commands.common import acting_user, add_db_option, open_database


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("case", help="one case: its kind, clocks, replies and history")
    commands = parser.add_subparsers(dest="case_command", required=True)
    show = commands.add_parser("show", help="print one case (by its number, e.g. 2026-000123)")
    add_db_option(show)
    show.add_argument("number", metavar="NUMBER", help="the case number (접수번호)")
    show.add_argument("--json", action="store_true", help="print one JSON object")
    show.set_defaults(run=run_show)


def run_show(args: argparse.Namespace) -> int:
    from civicdesk_gui.actions.audit import reveal_personal_data
    from civicdesk_gui.cli import EXIT_OK
    from civicdesk_gui.domain import permissions
    from civicdesk_gui.queries.case_record import case_record
    from civicdesk_gui.queries.letters import case_id_by_number

    open_database(args)
    actor = acting_user(args)  # read from the database just now: its current role and department
    case_id = case_id_by_number(args.number)
    record = case_record(case_id, personal=False)
    if permissions.allows(
        actor.role,
        "case.view_personal",
        actor_department_id=actor.department_id,
        case_department_id=record["department_id"],
        on_case=True,
    ):
        reveal_personal_data(case_id=case_id, actor=actor)  # the audit log records who saw them
        record = case_record(case_id, personal=True)
    if args.json:
        print(json.dumps(record, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"{record['number']}  {record['state']}  {record['petition_kind_label'] or '-'}")
    for clock, reading in record["clocks"].items():
        met = f" met {reading['met_at']}" if reading["met_at"] else ""
        print(f"  {clock}: due {reading['due_at'] or '-'}{met}  {reading['rule']}")
    for reply in record["replies"]:
        print(f"  {reply['at']} {reply['kind']} ({reply['purpose']}): {reply['text']}")
    return EXIT_OK
