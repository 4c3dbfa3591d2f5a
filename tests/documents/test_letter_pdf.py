"""The letter PDF read back with pypdf: text, fonts, pages, seal, metadata."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from civicdesk_gui.documents.letters.layout import LetterContent, render_letter
from civicdesk_gui.documents.letters.seal import default_seal_png
from civicdesk_gui.documents.letters.templates import DEFAULT_TEMPLATES, fill

BASE14 = {
    "Helvetica",
    "Times-Roman",
    "Courier",
    "Symbol",
    "ZapfDingbats",
    "Helvetica-Bold",
    "Times-Bold",
    "Courier-Bold",
}


def content(
    reason_text: str = "사유지 편입과 약 38억 원의 사업비가 필요합니다.", **overrides
) -> LetterContent:
    template = DEFAULT_TEMPLATES[("long_term_review", "ko")]
    values = {
        "resident_name": "김영희",
        "case_number": "2026-000123",
        "received_date": "2026. 10. 2.",
        "channel": "바로문자",
        "request_summary": "문산읍 당동리 통학로에 보도를 설치해 주세요",
        "classification": "장기 검토",
        "reason": "예산 과다",
        "reason_text": reason_text,
        "department": "도로관리과",
        "official_name": "박민수",
        "official_rank": "주무관",
        "official_phone": "031-940-4311",
        "next_review_date": "2027. 2. 20.",
    }
    fields = dict(
        language="ko",
        city_name="파주시",
        sender="파주시장",
        recipient_name="김영희",
        recipient_address="경기도 파주시 문산읍 당동1로 12",
        subject=fill(template.subject, values),
        body=fill(template.body, values),
        register_number="도로관리과-17",
        issue_date=dt.date(2026, 11, 22),
        case_number="2026-000123",
        department="도로관리과",
        official_name="박민수",
        official_rank="주무관",
        official_phone="031-940-4311",
        city_address="(10918) 경기도 파주시 시청로 50",
        city_phone="031-940-4114",
        seal_png=default_seal_png("파주시장"),
    )
    fields.update(overrides)
    return LetterContent(**fields)


def text_of(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def fonts_of(reader: PdfReader) -> list[dict]:
    found = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            found.append(
                {
                    "name": str(font["/BaseFont"]),
                    "embedded": descriptor is not None and "/FontFile2" in descriptor.get_object(),
                }
            )
    return found


def test_text_has_resident_case_reason_sender_date_and_register_number():
    pdf = render_letter(content())
    text = text_of(PdfReader(io.BytesIO(pdf)))
    flat = text.replace("\n", "")
    for expected in ("김영희", "2026-000123", "사유지 편입과 약 38억 원의 사업비가 필요합니다.", "파주시장"):
        assert expected in flat, expected
    assert "도로관리과-17 (2026. 11. 22.)" in flat
    assert flat.rstrip().endswith("끝.") or "끝." in flat
    assert "수신" in flat and "제목" in flat


def test_every_font_is_embedded_and_none_is_base14():
    reader = PdfReader(io.BytesIO(render_letter(content())))
    fonts = fonts_of(reader)
    assert fonts, "no fonts found: the walk is broken"
    assert all(f["embedded"] for f in fonts), fonts
    names = {f["name"].split("+")[-1].lstrip("/") for f in fonts}
    assert not names & BASE14
    assert {"NanumMyeongjo", "NanumGothicBold"} <= names


def test_a_normal_letter_is_one_page_and_metadata_is_set():
    reader = PdfReader(io.BytesIO(render_letter(content())))
    assert len(reader.pages) == 1
    meta = reader.metadata
    assert meta.title == "민원(2026-000123) 검토 결과 알림"
    assert meta.author == "파주시"
    assert meta.subject == "2026-000123"
    assert reader.trailer["/Root"]["/Lang"] == "ko-KR"


def test_a_3000_character_reason_flows_onto_more_pages_without_loss():
    sentence = "주민 간 요구가 서로 달라 형평성 검토가 필요합니다. "
    reason = (sentence * 200)[:3000]
    reader = PdfReader(io.BytesIO(render_letter(content(reason_text=reason))))
    assert len(reader.pages) >= 2
    flat = re.sub(r"-\d+/\d+-", "", "".join(text_of(reader).split()))  # drop the "- 1 / 3 -" page marks
    assert "".join(reason.split()) in flat  # every character arrives, in order
    assert f"-1/{len(reader.pages)}-" in "".join(reader.pages[0].extract_text().split())
    last = "".join(reader.pages[-1].extract_text().split())
    assert "파주시장" in last and "끝." in last  # the closing follows the body to its last page


def _image_and_sender_positions(page):
    """The seal's placement (CTM at `Do`) and the start of the 발신명의 text, from the content stream."""
    from pypdf.generic import ContentStream

    def multiply(m, n):
        a, b, c, d, e, f = m
        a2, b2, c2, d2, e2, f2 = n
        return (
            a * a2 + b * c2,
            a * b2 + b * d2,
            c * a2 + d * c2,
            c * b2 + d * d2,
            e * a2 + f * c2 + e2,
            e * b2 + f * d2 + f2,
        )

    ctm, stack, images = (1, 0, 0, 1, 0, 0), [], []
    for operands, operator in ContentStream(page.get_contents(), page.pdf).operations:
        if operator == b"q":
            stack.append(ctm)
        elif operator == b"Q":
            ctm = stack.pop()
        elif operator == b"cm":
            ctm = multiply(tuple(float(v) for v in operands), ctm)
        elif operator == b"Do":
            images.append(ctm)
    texts = []
    page.extract_text(visitor_text=lambda text, cm, tm, font, size: texts.append((text, cm, tm)))
    return images, texts


def test_the_seal_is_centred_on_the_last_character_of_the_sender():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from civicdesk_gui.documents.letters.layout import SenderWithSeal

    reader = PdfReader(io.BytesIO(render_letter(content())))
    page = reader.pages[0]
    assert len(page.images) == 1
    (seal,), texts = _image_and_sender_positions(page)
    seal_centre = (seal[4] + seal[0] / 2, seal[5] + seal[3] / 2)
    sender = [(cm, tm) for text, cm, tm in texts if text.strip() == "파주시장"]
    assert len(sender) == 1
    cm, tm = sender[0]
    x = cm[4] + tm[4] * cm[0]
    baseline = cm[5] + tm[5] * cm[3]
    size = SenderWithSeal.FONT_SIZE
    last_char_centre = (
        x + stringWidth("파주시", "NanumGothic-Bold", size) + stringWidth("장", "NanumGothic-Bold", size) / 2
    )
    assert abs(seal_centre[0] - last_char_centre) < 0.5
    assert 0 < seal_centre[1] - baseline < size  # vertically within the line of the 발신명의
    assert seal[0] == pytest.approx(22 * 72 / 25.4, abs=0.1)  # 22 mm seal


def test_emblem_is_drawn_next_to_the_city_name():
    from civicdesk_gui.documents.letters.seal import default_seal_png as some_png

    reader = PdfReader(io.BytesIO(render_letter(content(emblem_png=some_png("파주")))))
    assert len(reader.pages[0].images) == 2


def test_without_a_seal_no_image():
    reader = PdfReader(io.BytesIO(render_letter(content(seal_png=None))))
    assert len(reader.pages[0].images) == 0


def test_hanja_is_kept_through_the_gothic_fallback():
    pdf = render_letter(content(recipient_name="金英姬", reason_text="坡州 문산읍 구간"))
    reader = PdfReader(io.BytesIO(pdf))
    flat = text_of(reader).replace("\n", "")
    assert "金英姬" in flat and "坡州" in flat
    assert "NanumGothic" in {f["name"].split("+")[-1] for f in fonts_of(reader)}


def test_a_long_unbroken_run_still_fits_on_the_page():
    url = "https://www.paju.go.kr/" + "a" * 300
    reader = PdfReader(io.BytesIO(render_letter(content(reason_text=url))))
    flat = "".join(text_of(reader).split())
    assert url in flat


@pytest.mark.parametrize("kind", ["long_term_review", "unfeasible"])
def test_english_letters_render_with_english_labels(kind):
    template = DEFAULT_TEMPLATES[(kind, "en")]
    pdf = render_letter(
        content(
            language="en",
            city_name="Paju City",
            sender="Mayor of Paju",
            subject=fill(template.subject, {"case_number": "2026-000123"}),
            body=fill(template.body, {"resident_name": "Kim Younghee"}),
        )
    )
    flat = text_of(PdfReader(io.BytesIO(pdf))).replace("\n", " ")
    assert "Mayor of Paju" in flat and "Subject" in flat and "End." not in flat and "Kim Younghee" in flat


def test_seal_png_keeps_transparency():
    from PIL import Image

    image = Image.open(io.BytesIO(default_seal_png("파주시장")))
    assert image.mode == "RGBA"
    assert image.getpixel((0, 0))[3] == 0  # transparent corner
    assert image.getpixel((120, 8))[:3] == (200, 30, 35)  # red border


def test_preview_renders_from_facts_without_a_database():
    """The preview is rendering only: facts and letterhead in, PDF bytes out (no database bound)."""
    from civicdesk_gui.documents.letters.rendering import preview_pdf
    from civicdesk_gui.queries.letters import sample_facts
    from civicdesk_gui.store.office_settings import CitySettings

    city = CitySettings(
        name="파주시",
        name_en="Paju City",
        mayor_title="파주시장",
        mayor_title_en="Mayor of Paju",
        mayor_name="",
        address="경기도 파주시 시청로 50",
        phone="031-940-4114",
        homepage="",
        seal_png=None,
        emblem_png=None,
        certificate_path="",
        default_language="ko",
    )
    template = DEFAULT_TEMPLATES[("long_term_review", "ko")]
    pdf = preview_pdf(
        sample_facts(),
        city,
        language="ko",
        subject=template.subject,
        body=template.body,
        fill_placeholders=True,
        today=dt.date(2026, 11, 22),
    )
    text = "".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    assert "홍길동" in text and "2026-000123" in text
    assert "(발급시부여)" in text  # no register number before issue
    assert "{" not in text  # placeholders filled


def test_english_letters_name_the_department_in_english_and_close_quotes_cleanly():
    """An English letter names the department in English, quotes the request without ".”." and ends
    without the Korean "끝." mark (or an "End." copied from it)."""
    from dataclasses import replace

    from civicdesk_gui.documents.letters.content import template_values
    from civicdesk_gui.documents.letters.rendering import preview_pdf
    from civicdesk_gui.queries.letters import sample_facts
    from civicdesk_gui.store.office_settings import CitySettings

    facts = replace(
        sample_facts(), summary="도로에 구멍이 있습니다.", department_name_en="Road Management Division"
    )
    city = CitySettings(
        name="파주시",
        name_en="Paju City",
        mayor_title="파주시장",
        mayor_title_en="Mayor of Paju",
        mayor_name="",
        address="",
        phone="",
        homepage="",
        seal_png=None,
        emblem_png=None,
        certificate_path="",
        default_language="en",
    )
    values = template_values(facts, city, "en", dt.date(2026, 11, 22))
    assert values["department"] == "Road Management Division"
    assert values["request_summary"] == "도로에 구멍이 있습니다"
    assert template_values(facts, city, "ko", dt.date(2026, 11, 22))["department"] == "도로관리과"
    template = DEFAULT_TEMPLATES[("long_term_review", "en")]
    pdf = preview_pdf(
        facts,
        city,
        language="en",
        subject=template.subject,
        body=template.body,
        fill_placeholders=True,
        today=dt.date(2026, 11, 22),
    )
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    flat = " ".join(text.split())
    assert "Road Management Division" in flat and "도로관리과" not in flat
    assert ".\u201d." not in flat and "End." not in flat


def test_every_stream_is_plainly_deflated_and_the_seal_prints_its_own_pixels():
    """No ASCII85 layer (a fifth bigger for nothing in a binary file): the page, the fonts' subsets
    and maps, the seal and its transparency are each one FlateDecode stream that zlib inflates, and
    the seal's stream holds the PNG's own colours and alpha, in the first letter and the next."""
    import zlib

    from PIL import Image

    seal = Image.open(io.BytesIO(default_seal_png("파주시장")))
    for letter in (content(), content(recipient_name="이순자")):
        reader = PdfReader(io.BytesIO(render_letter(letter)))
        page = reader.pages[0]
        found = [page["/Contents"].get_object()]
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            found += [font["/ToUnicode"].get_object(), font["/FontDescriptor"]["/FontFile2"].get_object()]
        (image,) = [x.get_object() for x in page["/Resources"]["/XObject"].values()]
        mask = image["/SMask"].get_object()
        found += [image, mask]
        for stream in found:
            assert stream["/Filter"] == ["/FlateDecode"]
            zlib.decompress(stream._data)
        assert zlib.decompress(image._data) == seal.convert("RGB").tobytes()
        assert zlib.decompress(mask._data) == seal.getchannel("A").tobytes()
