"""QR posters: the register of places, tagged texts attributed at import (an unknown or damaged tag
kept and flagged), and the poster's QR code decoded from the rendered PDF page by an independent
decoder (zxing-cpp) — the URI opens the messaging app to the mayor's number with the place's tag."""

from __future__ import annotations

import datetime as dt
import subprocess
from urllib.parse import unquote

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from civicdesk_gui.actions import outbox, places
from civicdesk_gui.actions.case_import import import_sms_file
from civicdesk_gui.actions.letters import save_city_settings
from civicdesk_gui.documents.sms_import import read_table
from civicdesk_gui.domain import qr_tags
from civicdesk_gui.domain.periods import period_for
from civicdesk_gui.errors import ValidationError
from civicdesk_gui.queries import briefing
from civicdesk_gui.queries.outbox import flagged_tags, messages_per_place
from civicdesk_gui.queries.outbox import places as place_rows
from civicdesk_gui.store.models import Case, Department, Topic, Town

NUMBER = "010-2345-6789"


def _park(admin) -> str:
    return places.save_place(
        actor=admin,
        name="상무시민공원",
        kind="park",
        town_id=Town.get(Town.name == "문산읍").id,
        address="문산읍 시민공원길 1",
        topic_id=Topic.get(Topic.code == "parks").id,
        department_id=Department.get(Department.code == "공원녹지과").id,
    ).code


def _gateway_csv(path, lines, encoding):
    text = "수신일시,발신번호,성명,내용\n" + "".join(f'{a},{b},{c},"{d}"\n' for a, b, c, d in lines)
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["cp949", "utf-8-sig"])
def test_a_tagged_text_is_attributed_to_its_place(any_db, admin, tmp_path, encoding):
    code = _park(admin)
    assert code == "P-0001"
    tag = qr_tags.format_tag(code, "상무시민공원")
    path = _gateway_csv(
        tmp_path / "gateway.csv",
        [
            ("2026-11-03 08:43", "010-1234-5678", "홍길동", f"{tag}벤치가 부서졌어요"),
            ("2026-11-03 08:44", "010-1234-5679", "김영희", "[QR P-0999 없는공원] 화장실이 더러워요"),
            ("2026-11-03 08:45", "010-1234-5670", "이철수", "[QR P-00 상무시 가로등이 꺼졌어요"),
            ("2026-11-03 08:46", "010-1234-5671", "박민수", "그냥 보낸 문자"),
        ],
        encoding,
    )
    report = import_sms_file(path, actor=admin)
    assert report.imported == 4
    rows = {c.submitter_name: c for c in Case.select()}
    tagged = rows["홍길동"]
    assert tagged.channel.code == "qr" and tagged.place.code == code
    assert (tagged.town.name, tagged.topic.code, tagged.department.code) == ("문산읍", "parks", "공원녹지과")
    assert tagged.text == f"{tag}벤치가 부서졌어요"  # the words untouched
    unknown, damaged = rows["김영희"], rows["이철수"]
    assert unknown.place_id is None and unknown.qr_tag == "[QR P-0999 없는공원]"
    assert damaged.place_id is None and damaged.qr_tag.startswith("[QR P-00")
    assert "[QR P-0999" in unknown.text and damaged.text.startswith("[QR P-00")  # kept, never dropped
    assert rows["박민수"].qr_tag == "" and rows["박민수"].channel.code == "text"
    assert flagged_tags() == 2
    assert messages_per_place() == [(code, "상무시민공원", 1)]
    november = briefing.Scope(
        period_for("custom", dt.date(2026, 11, 20), start=dt.date(2026, 11, 1), end=dt.date(2026, 11, 30))
    )
    october = briefing.Scope(
        period_for("custom", dt.date(2026, 11, 20), start=dt.date(2026, 10, 1), end=dt.date(2026, 10, 31))
    )
    assert briefing.place_messages(november) == [(code, "상무시민공원", 1)]  # the briefing counts per place
    assert briefing.place_messages(october) == []
    (row,) = place_rows()
    assert (row.messages, row.town, row.topic, row.department) == (1, "문산읍", "공원·녹지", "공원녹지과")
    assert (row.town_id, row.topic_id, row.department_id) == (
        tagged.town_id,
        tagged.topic_id,
        tagged.department_id,
    )


def test_place_codes_are_checked_and_never_reused(any_db, admin):
    _park(admin)
    with pytest.raises(ValidationError) as refused:
        places.save_place(actor=admin, name="시장", code="P-0001")
    assert refused.value.code == "place.code_taken"
    with pytest.raises(ValidationError) as refused:
        places.save_place(actor=admin, name="시장", code="0001")
    assert refused.value.code == "place.bad_code"
    assert places.save_place(actor=admin, name="금촌시장").code == "P-0002"


def _decoded(pdf, tmp_path) -> list[str]:
    prefix = tmp_path / pdf.stem
    subprocess.run(["pdftoppm", "-png", "-r", "150", str(pdf), str(prefix)], check=True)
    (png,) = sorted(tmp_path.glob(f"{pdf.stem}-*.png"))
    return [result.text for result in zxingcpp.read_barcodes(Image.open(png))]


def test_the_posters_qr_code_opens_a_text_to_the_mayor_with_the_tag(any_db, admin, tmp_path):
    code = _park(admin)
    with pytest.raises(ValidationError) as refused:
        places.write_posters(actor=admin, folder=tmp_path)
    assert refused.value.code == "place.no_number"
    outbox.save_outbox_settings(values={"outbox.mayor_number": "01023456789"}, actor=admin)
    save_city_settings(values={"city.name": "광주광역시 서구"}, actor=admin)
    poster, stickers = places.write_posters(actor=admin, folder=tmp_path, code=code)
    expected = (
        "sms:01023456789?body="
        + "%5BQR%20P-0001%20%EC%83%81%EB%AC%B4%EC%8B%9C%EB%AF%BC%EA%B3%B5%EC%9B%90%5D%20"
    )
    assert _decoded(poster, tmp_path) == [expected]
    assert _decoded(stickers, tmp_path) == [expected] * 10
    body = unquote(expected.split("body=", 1)[1])
    assert qr_tags.find_tag(body).code == code  # what the phone types is what the import recognises

    reader = PdfReader(poster)
    text = reader.pages[0].extract_text()
    assert "시장에게 바로 문자하세요" in text and NUMBER in text and "상무시민공원" in text
    fonts = {f for page in reader.pages for f in page["/Resources"]["/Font"].values()}
    assert all("Nanum" in str(f.get_object()["/BaseFont"]) for f in fonts)  # embedded Nanum only


def test_the_tag_survives_the_gateway_csv_round_trip(any_db, admin, tmp_path):
    """What the poster types, sent back by the gateway in its CP949 export, reads as the same tag."""
    code = _park(admin)
    body = qr_tags.format_tag(code, "상무시민공원") + "쓰레기가 넘쳐요"
    path = _gateway_csv(tmp_path / "g.csv", [("2026-11-05 10:00", "010-1111-2222", "최", body)], "cp949")
    table = read_table(path)
    assert table.encoding == "cp949"
    import_sms_file(path, actor=admin)
    (case,) = Case.select()
    assert case.text == body and case.place.code == code
