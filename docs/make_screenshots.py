"""Screenshots of CivicDesk for the README, taken from a real window (run under Xvfb):

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/make_screenshots.py sqlite:////tmp/demo.db docs/screens

(`./dev shots` runs it for both languages at 1366x768 and 1440x900.) Each screen of the rail is shown in turn, given time to load its rows in the background, and grabbed. The window
fills the virtual screen; SHOTS_LANGUAGE=en|ko picks the interface language and names the files
(screen-cases-en-1366x768.png) so both languages at both sizes sit side by side.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402

from civicdesk_gui.actions.actor import ensure_user  # noqa: E402
from civicdesk_gui.store.models import Session  # noqa: E402
from civicdesk_gui.store.opening import connect  # noqa: E402
from civicdesk_gui.ui.app import create_application  # noqa: E402
from civicdesk_gui.ui.main_window import MainWindow  # noqa: E402
from civicdesk_gui.ui.shell.context import AppContext  # noqa: E402


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save_compact(image, path: Path) -> None:
    """Save a grab as a 256-colour PNG (no dithering: flat UI colours and text stay crisp), about
    a third of the full-colour file; Pillow comes with ReportLab."""
    from PIL import Image

    image.save(str(path))
    with Image.open(path) as full:
        compact = full.convert("RGB").quantize(
            colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
        )
    compact.save(path, optimize=True)


def queue_some_texts(actor) -> None:
    """The demo data sends no texts: a few replies by text wait in the Outbox (through the real
    action, as the Reply form would), so its screenshot shows what a coordinator sees."""
    from civicdesk_gui.actions.outbox import mobile_number, queue_text_reply
    from civicdesk_gui.store.models import Case, OutboxMessage

    if OutboxMessage.select().exists():
        return
    queued = 0
    for case in Case.select().where(Case.status != "classified").order_by(Case.received_at.desc()).limit(60):
        if queued == 8:
            break
        if mobile_number(case) is None:
            continue
        queue_text_reply(
            case_id=case.id,
            text=f"{case.submitter_name or '민원인'}님, 말씀하신 민원({case.number})은 담당 부서에서 "
            "현장을 확인하고 있습니다. 처리 결과를 다시 알려 드리겠습니다. -시장실",
            purpose="interim",
            actor=actor,
        )
        queued += 1


def draft_some_letters(actor) -> None:
    """A few mayor-signed letters in sign-off (through the real action, as the letter dialog's
    결재 올리기 would), so the Sign-off screen shows drafts and their line."""
    from civicdesk_gui.actions.signoff import draft_letter
    from civicdesk_gui.queries.letters import awaiting_letter_condition, letter_draft
    from civicdesk_gui.store.letter_models import Approval
    from civicdesk_gui.store.models import Case, User

    mayor = User.get_or_none(User.login == "mayor")
    if mayor is None or Approval.select().exists():
        return
    for case in Case.select(Case.id).where(awaiting_letter_condition()).order_by(Case.id.desc()).limit(4):
        draft = letter_draft(case.id, "ko")
        draft_letter(
            case_id=case.id,
            subject="mayor_letter",
            kind=draft.kind,
            language="ko",
            title=draft.subject,
            body=draft.body,
            reviewer_id=None,
            approver_id=mayor.id,
            actor=actor,
        )


def main(url: str, folder: str) -> None:
    from civicdesk_gui.ui.shell import preferences

    language = os.environ.get("SHOTS_LANGUAGE", "ko")
    # Settings of its own: a screenshot run neither takes this desk's layout nor changes its language.
    preferences.use_file(os.path.join(tempfile.mkdtemp(prefix="civicdesk-shots-"), "CivicDesk.ini"))
    preferences.put("ui/language", language)
    if dt.date.today().day < 8:  # early in a month "this month" has hardly a case: show the last one
        preferences.put("briefing/period", "last_month")
    app = create_application()
    target = connect(url)
    actor = ensure_user("coordinator", display_name="김소통")
    queue_some_texts(actor)
    draft_some_letters(actor)
    window = MainWindow(AppContext(actor=actor, database=target))
    area = app.primaryScreen().availableGeometry()
    window.setGeometry(area)
    window.show()
    suffix = f"-{language}-{area.width()}x{area.height()}"
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    for key in window._keys:  # every screen of the rail, in its order (a new screen included)
        window.show_screen(key)
        wait(2500)
        if key == "briefing":  # the figures, then the trend chart, counted in the background
            screen = window.screens["briefing"]
            while screen.busy:
                wait(250)
        if key == "cases":
            screen = window.screens["cases"]
            screen.table.selectRow(2)
            wait(1500)
        if key == "sessions":  # the latest held session, with the suggestions raised there
            held = Session.select().where(Session.state == "held").order_by(Session.starts_at.desc()).first()
            if held is not None:
                window.screens["sessions"].open_session(held.id)
                wait(1000)
        if key == "approvals":  # the drafter's own list: the drafts and where each stands
            screen = window.screens["approvals"]
            screen.views.setCurrentIndex(screen.views.count() - 1)
            wait(1000)
            screen.table.selectRow(0)
            wait(800)
        if key == "outbox":
            window.screens["outbox"].table.selectRow(0)
            wait(500)
        save_compact(window.grab(), out / f"screen-{key}{suffix}.png")
    # Help > Keyboard shortcuts (F1) over the Cases screen.
    window.show_screen("cases")
    window.show_shortcuts()
    wait(800)
    save_compact(window.shortcut_sheet.grab(), out / f"dialog-shortcuts{suffix}.png")
    window.shortcut_sheet.close()
    app.quit()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "docs")
