"""The letter's label rows (수신/경유/제목 and the closing block: layout._Rows) print every label and
value exactly where the two-column Tables they replace printed them: read back from the PDF with
pypdf, position by position."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Table, TableStyle

from civicdesk_gui.documents.letters import layout
from civicdesk_gui.documents.letters.fonts import BODY, HEADING_BOLD, markup, register_letter_fonts


def _placed(flowable) -> tuple[tuple[float, float], list[tuple[str, float, float, float]]]:
    """The flowable's size, and each run of text it draws: the text, where and how big."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, initialFontName=BODY)
    size = flowable.wrapOn(canvas, layout.FRAME_W, 600)
    flowable.drawOn(canvas, 40, 780 - size[1])
    canvas.showPage()
    canvas.save()
    runs = []

    def visit(text, cm, tm, font, font_size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            runs.append((text, round(x, 2), round(y, 2), round(font_size * tm[0] * cm[0], 2)))

    PdfReader(buffer).pages[0].extract_text(visitor_text=visit)
    return (round(size[0], 3), round(size[1], 3)), runs


def _para(text, style):
    return layout.Paragraph(markup(text), style)


def test_the_recipient_and_subject_rows_sit_where_the_table_put_them():
    register_letter_fonts(BODY, HEADING_BOLD)
    styles = layout._styles()

    def rows():
        return [
            (
                _para("수신", styles["label"]),
                _para("김영희 귀하 (경기도 파주시 문산읍 당동1로 12) " * 3, styles["value"]),
            ),
            (_para("(경유)", styles["label"]), _para("", styles["value"])),
            (_para("제목", styles["label"]), _para("민원(2026-000123) 검토 결과 알림", styles["subject"])),
        ]

    table = Table([list(row) for row in rows()], colWidths=[18 * mm, layout.FRAME_W - 18 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), BODY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    new = layout._label_table(rows(), 18 * mm)
    placed = _placed(new)
    assert placed == _placed(table) and len(placed[1]) >= 5
    assert new.hAlign == table.hAlign  # centred in the frame as the Table was


def test_the_closing_block_sits_where_the_table_put_it():
    register_letter_fonts(BODY, HEADING_BOLD)
    foot = layout._styles()["foot"]

    def rows():
        return [
            [
                "",
                _para(
                    "기안자 주무관 박민수    검토자 팀장 김팀장    결재권자 과장 이과장 2026. 11. 20.", foot
                ),
            ],
            ["담당", _para("도로관리과 주무관 박민수   전화 031-940-4311", foot)],
            ["시행", _para("도로관리과-17 (2026. 11. 22.)      접수", foot)],
            ["주소", _para("(10918) 경기도 파주시 시청로 50  /  www.paju.go.kr " * 2, foot)],
            ["전화", _para("031-940-4114  /  전송 031-940-4000  /  비공개(6)", foot)],
        ]

    table = Table(rows(), colWidths=[18 * mm, layout.FRAME_W - 18 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (0, -1), HEADING_BOLD),
                ("FONTNAME", (1, 0), (-1, -1), BODY),
                ("FONTSIZE", (0, 0), (-1, -1), 10),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    new = layout._Rows(rows(), 18 * mm, top=1, bottom=1, value_right=6, label_font=(HEADING_BOLD, 10))
    placed = _placed(new)
    assert placed == _placed(table) and len(placed[1]) >= 9
