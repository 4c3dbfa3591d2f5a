"""Every icon the app shows, chosen once here. Call only after the QApplication exists:
qtawesome breaks for the whole process if asked for an icon before (known trap)."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtGui import QIcon

COLOR = "#37474f"
ACCENT = "#1565c0"

NAMES = {
    "briefing": "mdi6.weather-sunset-up",
    "cases": "mdi6.inbox-full-outline",
    "sessions": "mdi6.calendar-account-outline",
    "letters": "mdi6.email-newsletter",
    "settings": "mdi6.cog-outline",
    "search": "mdi6.magnify",
    "new": "mdi6.plus-circle-outline",
    "import": "mdi6.file-import-outline",
    "export": "mdi6.file-export-outline",
    "database": "mdi6.database-outline",
    "user": "mdi6.account-outline",
    "busy": "mdi6.progress-clock",
    "idle": "mdi6.check-circle-outline",
    "overdue": "mdi6.alert-circle",
    "due_today": "mdi6.clock-alert-outline",
    "due_soon": "mdi6.clock-outline",
    "on_time": "mdi6.clock-check-outline",
    "route": "mdi6.call-split",
    "assign": "mdi6.account-arrow-right-outline",
    "note": "mdi6.note-text-outline",
    "progress": "mdi6.progress-check",
    "reply": "mdi6.reply-outline",
    "classify": "mdi6.tag-check-outline",
    "refer": "mdi6.bank-transfer-out",
    "reopen": "mdi6.restore",
    "review_date": "mdi6.calendar-clock",
    "duplicate": "mdi6.content-duplicate",
    "letter": "mdi6.file-sign",
    "print": "mdi6.printer-outline",
    "pdf": "mdi6.file-pdf-box",
    "view": "mdi6.filter-variant",
    "columns": "mdi6.table-column",
    "back": "mdi6.arrow-left",
    "refresh": "mdi6.refresh",
    "warning": "mdi6.alert-outline",
    "reveal": "mdi6.eye-outline",
    "calendar": "mdi6.calendar-month-outline",
    "holiday": "mdi6.flag-variant-outline",
    "withdraw": "mdi6.archive-cancel-outline",
    "users": "mdi6.account-group-outline",
    "audit": "mdi6.shield-search",
    "lock": "mdi6.lock-outline",
    "add_user": "mdi6.account-plus-outline",
    "role": "mdi6.account-key-outline",
    "password": "mdi6.form-textbox-password",
    "deactivate": "mdi6.account-off-outline",
    "reactivate": "mdi6.account-check-outline",
    "survey": "mdi6.emoticon-happy-outline",
    "backup": "mdi6.database-export-outline",
    "restore": "mdi6.database-import-outline",
    "outbox": "mdi6.message-arrow-right-outline",
    "approve": "mdi6.check-decagram-outline",
    "send": "mdi6.send-outline",
    "phone": "mdi6.phone-outline",
    "qr": "mdi6.qrcode",
    "place": "mdi6.map-marker-outline",
    "linked": "mdi6.account-multiple-outline",
    "keyboard": "mdi6.keyboard-outline",
    # Statutory notices (ui/cases/detail/case_notice_dialogs.py): the notice, a paused clock, an answer.
    "notice": "mdi6.email-alert-outline",
    "pause": "mdi6.pause-circle-outline",
    "answer": "mdi6.message-reply-text-outline",
    "approvals": "mdi6.stamper",
    "review": "mdi6.clipboard-check-outline",
    "return": "mdi6.undo-variant",
    "resubmit": "mdi6.file-send-outline",
}


def icon(name: str, *, color: str = COLOR) -> QIcon:
    return qta.icon(NAMES[name], color=color)
