"""The reply outbox on both back ends: a text reply enters approved, one export hands every pending
text over (file and marks together), the clocks count from the hand-over, the delivery report marks
each message, failed ones are retried or phoned, and the case shows who was told what."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from openpyxl import load_workbook

from civicdesk_gui.actions import outbox
from civicdesk_gui.domain.outbox import reference_of
from civicdesk_gui.errors import ValidationError
from civicdesk_gui.queries.outbox import case_messages, outbox_counts, outbox_rows
from civicdesk_gui.store.models import Case, CaseEvent, OutboxMessage
from tests.outbox.outbox_samples import RECEIVED, report_file, text_case

HANDED = dt.datetime(2026, 11, 3, 21, 0)


def _read_csv(path, encoding="cp949"):
    with open(path, encoding=encoding, newline="") as handle:
        return list(csv.reader(handle))


def test_a_text_reply_waits_approved_and_counts_only_when_handed_over(any_db, actor, tmp_path):
    case_id = text_case(actor)
    queued = outbox.queue_text_reply(
        case_id=case_id,
        text="가로등을 고쳤습니다. 감사합니다.",
        actor=actor,
        at=RECEIVED + dt.timedelta(hours=2),
    )
    (message_id,) = queued.message_ids
    assert OutboxMessage.get_by_id(message_id).state == outbox.ENTRY_STATE == "approved"
    assert Case.get_by_id(case_id).first_reply_at is None  # typed, not yet handed over
    assert queued.changes.touches_outbox([message_id]) and queued.changes.touches_case_history([case_id])

    done = outbox.export_outbox(actor=actor, path=tmp_path / "send.csv", at=HANDED)
    assert done.count == 1 and done.message_ids == [message_id]
    rows = _read_csv(tmp_path / "send.csv")
    assert rows == [
        ["수신번호", "이름", "메시지", "참조번호"],
        ["01023456789", "홍길동", "가로등을 고쳤습니다. 감사합니다.", reference_of(message_id)],
    ]
    message = OutboxMessage.get_by_id(message_id)
    assert (message.state, message.handed_over_at, message.handed_over_file) == (
        "handed_over",
        HANDED,
        "send.csv",
    )
    assert Case.get_by_id(case_id).first_reply_at == HANDED
    kinds = [e.kind for e in CaseEvent.select().where(CaseEvent.case == case_id).order_by(CaseEvent.id)]
    assert kinds == ["intake", "outbox", "handed_over"]

    again = outbox.export_outbox(actor=actor, path=tmp_path / "again.csv", at=HANDED)
    assert again.path is None and again.count == 0 and not (tmp_path / "again.csv").exists()


def test_columns_and_xlsx_as_configured(any_db, actor, tmp_path):
    ids = [text_case(actor, name=f"주민{i}", phone=f"010-2345-678{i}") for i in range(3)]
    for case_id in ids:
        outbox.queue_text_reply(case_id=case_id, text="=조치 완료 {이름}", actor=actor)
    outbox.export_outbox(
        actor=actor, path=tmp_path / "send.xlsx", fmt="xlsx", columns="참조번호, 수신번호,메시지,접수번호"
    )
    sheet = load_workbook(tmp_path / "send.xlsx").active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0] == ["참조번호", "수신번호", "메시지", "접수번호"]
    assert [row[1] for row in values[1:]] == ["01023456780", "01023456781", "01023456782"]  # leading 0 kept
    assert all(row[2] == "=조치 완료 {이름}" for row in values[1:])  # text, never a formula
    assert sheet["C2"].data_type == "s"
    with pytest.raises(ValidationError) as refused:
        outbox.export_outbox(actor=actor, path=tmp_path / "x.csv", columns="수신번호,내용")
    assert refused.value.code == "outbox.bad_columns"


def test_a_reply_without_a_mobile_number_or_too_long_is_refused(any_db, actor):
    landline = text_case(actor, phone="02-123-4567")
    with pytest.raises(ValidationError) as refused:
        outbox.queue_text_reply(case_id=landline, text="회신", actor=actor)
    assert refused.value.code == "outbox.no_phone"
    mobile = text_case(actor)
    with pytest.raises(ValidationError) as refused:
        outbox.queue_text_reply(case_id=mobile, text="가" * 1001, actor=actor)
    assert refused.value.code == "outbox.too_long" and refused.value.values["size"] == 2002
    assert OutboxMessage.select().count() == 0


def test_the_delivery_report_marks_each_message_and_accounts_for_every_line(any_db, actor, tmp_path):
    ids = []
    for i in range(4):
        case_id = text_case(actor, name=f"주민{i}", phone=f"010-3000-000{i}")
        ids += outbox.queue_text_reply(case_id=case_id, text="조치했습니다", actor=actor).message_ids
    never_sent = outbox.queue_text_reply(case_id=text_case(actor), text="나중에", actor=actor).message_ids[0]
    OutboxMessage.update(state="draft").where(OutboxMessage.id == never_sent).execute()
    outbox.export_outbox(actor=actor, path=tmp_path / "send.csv", at=HANDED)
    path = report_file(
        tmp_path / "report.csv",
        [
            (ids[0], "010-3000-0000", "성공", ""),
            (ids[1], "01030000001", "실패", "결번"),
            (ids[2], "010-3000-0002", "success", ""),
            (ids[2], "010-3000-0002", "성공", ""),  # the same line twice: a duplicate
            (ids[3], "010-9999-9999", "성공", ""),  # another number: rejected
            (never_sent, "", "성공", ""),  # never handed over
            ("CD99999999", "", "성공", ""),  # not ours
            ("XYZ", "", "성공", ""),  # not a reference
            (ids[0], "", "보류", ""),  # neither result
        ],
    )
    report = outbox.import_delivery_report(path, actor=actor)
    assert (report.records, report.delivered, report.failed, report.duplicates) == (9, 2, 1, 1)
    assert [(p.row, p.code) for p in report.rejected] == [
        (6, "import.row_other_phone"),
        (7, "import.row_not_handed_over"),
        (8, "import.row_unknown_message"),
        (9, "import.row_bad_reference"),
        (10, "import.row_bad_result"),
    ]
    assert report.accounted == report.records
    states = {m.id: (m.state, m.failure_reason) for m in OutboxMessage.select()}
    assert states[ids[0]] == ("delivered", "") and states[ids[1]] == ("failed", "결번")
    assert states[ids[3]] == ("handed_over", "")
    failed = outbox_rows("failed")
    assert [row.id for row in failed] == [ids[1]] and failed[0].failure_reason == "결번"
    assert "delivery_failed" in [
        e.kind for e in CaseEvent.select().where(CaseEvent.case == failed[0].case_id)
    ]

    again = outbox.import_delivery_report(path, actor=actor)
    assert (again.delivered, again.failed, again.duplicates, len(again.rejected)) == (0, 0, 4, 5)

    contradiction = report_file(tmp_path / "late.csv", [(ids[0], "", "실패", "수신거부")])
    late = outbox.import_delivery_report(contradiction, actor=actor)
    assert [p.code for p in late.rejected] == ["import.row_already_reported"]


def test_a_failed_text_is_retried_or_phoned(any_db, actor, tmp_path):
    ids = []
    for i in range(2):
        case_id = text_case(actor, name=f"주민{i}", phone=f"010-4000-000{i}")
        ids += outbox.queue_text_reply(case_id=case_id, text="조치했습니다", actor=actor).message_ids
    outbox.export_outbox(actor=actor, path=tmp_path / "send.csv", at=HANDED)
    outbox.import_delivery_report(
        report_file(tmp_path / "r.csv", [(ids[0], "", "실패", "전원 꺼짐"), (ids[1], "", "실패", "결번")]),
        actor=actor,
    )
    retried = outbox.retry_message(message_id=ids[0], actor=actor, text="다시 알려 드립니다: 조치했습니다")
    (new_id,) = retried.message_ids
    assert OutboxMessage.get_by_id(ids[0]).state == "retried"
    assert OutboxMessage.get_by_id(new_id).retry_of_id == ids[0]
    assert outbox_counts()["pending"] == 1
    outbox.settle_by_hand(message_id=ids[1], how="phoned", note="전화로 안내함", actor=actor)
    assert OutboxMessage.get_by_id(ids[1]).state == "phoned"
    with pytest.raises(ValidationError):
        outbox.retry_message(message_id=ids[1], actor=actor)
    told = case_messages(OutboxMessage.get_by_id(ids[0]).case_id)
    assert [(m.state, m.message) for m in told] == [
        ("retried", "조치했습니다"),
        ("approved", "다시 알려 드립니다: 조치했습니다"),
    ]


def test_release_for_sending_is_the_sign_off_hook(any_db, actor, tmp_path):
    case_id = text_case(actor)
    (message_id,) = outbox.queue_text_reply(case_id=case_id, text="결과 회신", actor=actor).message_ids
    OutboxMessage.update(state="draft", approved_at=None, approved_by=None).where(
        OutboxMessage.id == message_id
    ).execute()
    assert outbox.export_outbox(actor=actor, path=tmp_path / "none.csv").count == 0  # a draft never leaves
    outbox.release_for_sending(message_ids=[message_id], actor=actor)
    assert OutboxMessage.get_by_id(message_id).state == "approved"
    with pytest.raises(ValidationError) as refused:
        outbox.release_for_sending(message_ids=[message_id], actor=actor)
    assert refused.value.code == "outbox.wrong_state"
    assert outbox.export_outbox(actor=actor, path=tmp_path / "send.csv").count == 1


def test_a_receipt_notice_does_not_meet_the_clocks(any_db, actor, tmp_path):
    case_id = text_case(actor)
    outbox.queue_text_reply(case_id=case_id, text="접수되었습니다", purpose="receipt", actor=actor)
    outbox.export_outbox(actor=actor, path=tmp_path / "send.csv", at=HANDED)
    assert Case.get_by_id(case_id).first_reply_at is None
