"""Property tests of the delivery report import on SQLite and PostgreSQL: for any report an adversary
writes — any reasons (quotes, delimiters, line breaks), stray quotes, NUL, extra cells, references
that are not ours or not references at all, unknown results, repeats and contradictions, in UTF-8,
UTF-8 with BOM or CP949, with comma, semicolon or tab — every record ends as exactly one of delivered,
failed, duplicate or rejected for the oracle's reason, and nothing raises. The oracle is built beside
the file, never by the code under test. Arbitrary bytes are refused whole or read, never a traceback."""

from __future__ import annotations

import csv
import io
import itertools
from dataclasses import dataclass, field

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from civicdesk_gui.actions import outbox
from civicdesk_gui.documents.import_files import ImportFileError
from civicdesk_gui.documents.outbox_files import parse_delivery_report
from civicdesk_gui.domain.outbox import reference_of
from civicdesk_gui.store.models import OutboxMessage
from tests.outbox.outbox_samples import text_case

_names = itertools.count()
HANGUL = list("가나다라결번수신거부전원꺼짐민원")
SPECIAL = list("\"',;\t\n ")  # a bare CR in a cell the csv writer leaves unquoted
KINDS = ("good", "good", "good", "unknown", "badref", "noref", "badresult", "nul", "extra", "stray")
SHARED_DATABASE = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@dataclass
class ReportFile:
    data: bytes
    slots: int
    # (kind, slot, delivered) per record, in order; the outcome is worked out by `expected`.
    lines: list[tuple[str, int, bool]] = field(default_factory=list)


@st.composite
def reports(draw) -> ReportFile:
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp949"]))
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    terminator = draw(st.sampled_from(["\n", "\r\n"]))
    slots = draw(st.integers(1, 4))
    reason = st.text(st.sampled_from(HANGUL + SPECIAL + list("abc123")), max_size=12).map(str.strip)
    count = draw(st.integers(1, 12))
    kinds = draw(st.lists(st.sampled_from(KINDS), min_size=count, max_size=count))
    # A stray quote swallows the next line unless that line looks like a record (a reference of ours).
    kinds = [
        "good" if k == "stray" and i + 1 < len(kinds) and kinds[i + 1] in ("badref", "noref") else k
        for i, k in enumerate(kinds)
    ]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=terminator)
    writer.writerow(["참조번호", "결과", "사유"])
    report = ReportFile(b"", slots)
    for kind in kinds:
        slot = draw(st.integers(0, slots - 1))
        delivered = draw(st.booleans())
        result = draw(
            st.sampled_from(["성공", "success", "0"] if delivered else ["실패", "fail", "결번", "E404"])
        )
        if result == "E404":
            result = "실패"
        text = draw(reason)
        reference = f"@{slot}"  # replaced by the slot's real reference when the file is used
        if kind == "good":
            writer.writerow([reference, result, text])
        elif kind == "unknown":
            writer.writerow(["CD99999999", result, text])
        elif kind == "badref":
            writer.writerow([draw(st.sampled_from(["X1", "CD12", "참조", "CDABCDEFGH"])), result, text])
        elif kind == "noref":
            writer.writerow(["", result, text])
        elif kind == "badresult":
            writer.writerow([reference, draw(st.sampled_from(["보류", "대기", "?"])), text])
        elif kind == "nul":
            writer.writerow([reference, result, text + "\x00"])
        elif kind == "extra":
            writer.writerow([reference, result, text, "넘침"])
        elif kind == "stray":
            out.write(f'{reference}{delimiter}{result}{delimiter}"{text.replace(chr(34), "")}{terminator}')
        report.lines.append((kind, slot, delivered))
    report.data = out.getvalue().encode(encoding)
    return report


def expected(report: ReportFile) -> tuple[list[str], int, int, int]:
    """(rejected codes in row order, delivered, failed, duplicates)."""
    codes: list[str] = []
    delivered = failed = duplicates = 0
    outcome: dict[int, bool] = {}
    simple = {
        "unknown": "import.row_unknown_message",
        "badref": "import.row_bad_reference",
        "noref": "import.row_no_reference",
        "badresult": "import.row_bad_result",
        "nul": "import.row_nul",
        "extra": "import.row_extra_cells",
        "stray": "import.row_unbalanced_quote",
    }
    for kind, slot, is_delivered in report.lines:
        if kind in simple:
            codes.append(simple[kind])
        elif slot not in outcome:
            outcome[slot] = is_delivered
            delivered += is_delivered
            failed += not is_delivered
        elif outcome[slot] == is_delivered:
            duplicates += 1
        else:
            codes.append("import.row_already_reported")
    return codes, delivered, failed, duplicates


@SHARED_DATABASE
@given(report=reports())
def test_every_report_line_is_delivered_failed_duplicate_or_rejected_for_its_reason(
    any_db, actor, tmp_path, report
):
    name = next(_names)
    ids = []
    for slot in range(report.slots):
        case_id = text_case(actor, name=f"주민{slot}", phone=f"010-7{name % 1000:03d}-{slot:04d}")
        ids += outbox.queue_text_reply(case_id=case_id, text="조치했습니다", actor=actor).message_ids
    outbox.export_outbox(actor=actor, path=tmp_path / f"send-{name}.csv")
    data = report.data
    for slot, message_id in enumerate(ids):
        data = data.replace(f"@{slot}".encode(), reference_of(message_id).encode())
    path = tmp_path / f"report-{name}.csv"
    path.write_bytes(data)

    result = outbox.import_delivery_report(path, actor=actor, batch_size=3)

    codes, delivered, failed, duplicates = expected(report)
    assert result.records == len(report.lines) == result.accounted
    assert [p.code for p in result.rejected] == codes
    assert (result.delivered, result.failed, result.duplicates) == (delivered, failed, duplicates)
    states = {m.id: m.state for m in OutboxMessage.select().where(OutboxMessage.id.in_(ids))}
    reported = {slot: d for kind, slot, d in report.lines if kind == "good"}
    for slot, message_id in enumerate(ids):
        first = next((d for k, s, d in report.lines if k == "good" and s == slot), None)
        wanted = "handed_over" if slot not in reported else ("delivered" if first else "failed")
        assert states[message_id] == wanted


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=400) | st.text(max_size=200).map(lambda t: ("참조번호,결과\n" + t).encode()))
def test_any_bytes_are_read_or_refused_whole_never_a_traceback(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("bytes") / "report.csv"
    path.write_bytes(data)
    try:
        parsed = parse_delivery_report(path)
    except ImportFileError:
        return
    assert parsed.records == len(parsed.rows) + len(parsed.rejected)
