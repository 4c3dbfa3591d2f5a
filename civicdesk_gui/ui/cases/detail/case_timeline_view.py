"""The case history, newest first: who, when, what, before → after, and the text written."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from civicdesk_gui.domain.notices import NOTICE_KINDS
from civicdesk_gui.domain.outbox import METHODS as OUTBOX_METHODS
from civicdesk_gui.domain.outbox import PURPOSES
from civicdesk_gui.domain.outbox import STATES as OUTBOX_STATES
from civicdesk_gui.domain.petitions import PETITION_KINDS, REPLY_PURPOSES
from civicdesk_gui.domain.vocabulary import CATEGORIES, CHANNELS, EVENT_KINDS, REASON_CODES, REPLY_METHODS
from civicdesk_gui.queries.case_detail import TimelineEntry
from civicdesk_gui.ui.shell.reference_labels import ref_name
from civicdesk_gui.ui.shell.vocabulary_labels import state_label, term


def field_label(key: str) -> str:
    labels = {
        "state": QCoreApplication.translate("CaseTimeline", "Status"),
        "department": QCoreApplication.translate("CaseTimeline", "Department"),
        "official": QCoreApplication.translate("CaseTimeline", "Official"),
        "reason_code": QCoreApplication.translate("CaseTimeline", "Reason"),
        "agency": QCoreApplication.translate("CaseTimeline", "Agency"),
        "next_review_on": QCoreApplication.translate("CaseTimeline", "Next review"),
        "duplicate_of": QCoreApplication.translate("CaseTimeline", "Duplicate of"),
        "duplicated_by": QCoreApplication.translate("CaseTimeline", "Repeated by"),
        "first_reply_at": QCoreApplication.translate("CaseTimeline", "First reply"),
        "method": QCoreApplication.translate("CaseTimeline", "Reply method"),
        "purpose": QCoreApplication.translate("CaseTimeline", "Reply purpose"),
        "result_at": QCoreApplication.translate("CaseTimeline", "Result told"),
        "petition_kind": QCoreApplication.translate("CaseTimeline", "Kind of petition"),
        "statutory_due_at": QCoreApplication.translate("CaseTimeline", "Statutory due"),
        "update_due_at": QCoreApplication.translate("CaseTimeline", "Next update due"),
        "category": QCoreApplication.translate("CaseTimeline", "Category"),
        "topic": QCoreApplication.translate("CaseTimeline", "Topic"),
        "channel": QCoreApplication.translate("CaseTimeline", "Channel"),
        "phone_valid": QCoreApplication.translate("CaseTimeline", "Phone number valid"),
        # The reply outbox's events: who was told what, when, and whether it reached them.
        "reference": QCoreApplication.translate("CaseTimeline", "Reference"),
        "to": QCoreApplication.translate("CaseTimeline", "To"),
        "file": QCoreApplication.translate("CaseTimeline", "Bulk-send file"),
        "reason": QCoreApplication.translate("CaseTimeline", "Why not delivered"),
        # The statutory notices' events (actions/notices.py).
        "notice": QCoreApplication.translate("CaseTimeline", "Notice"),
        "paused_at": QCoreApplication.translate("CaseTimeline", "Clock paused since"),
        "agency_answered_at": QCoreApplication.translate("CaseTimeline", "Agency answered"),
        "referral_remind_on": QCoreApplication.translate("CaseTimeline", "Ask the agency on"),
        "extensions": QCoreApplication.translate("CaseTimeline", "Extensions"),
    }
    return labels.get(key, key)


def value_text(key: str, value) -> str:
    if value is None or value == "":
        return "—"
    if key == "state":
        return term(OUTBOX_STATES, value) if value in OUTBOX_STATES else state_label(value)
    if key == "purpose":  # a reply's (domain/petitions.py) or an outbox message's
        return term(REPLY_PURPOSES, value) if value in REPLY_PURPOSES else term(PURPOSES, value)
    if key == "method" and value in OUTBOX_METHODS and value not in REPLY_METHODS:
        return term(OUTBOX_METHODS, value)
    if key in ("department", "topic", "agency") and isinstance(value, str):
        return ref_name(value)
    if key == "reason_code":
        return term(REASON_CODES, value)
    if key == "method":
        return term(REPLY_METHODS, value)
    if key == "petition_kind":
        return term(PETITION_KINDS, value)
    if key == "notice" and value in NOTICE_KINDS:
        return term(NOTICE_KINDS, value)
    if key == "category":
        return term(CATEGORIES, value)
    if key == "channel":
        return term(CHANNELS, value)
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("CaseTimeline", "yes")
            if value
            else QCoreApplication.translate("CaseTimeline", "no")
        )
    if isinstance(value, str) and len(value) >= 16 and value[4] == "-" and "T" in value:
        try:  # ISO timestamps from the history: show them as people read them
            return f"{dt.datetime.fromisoformat(value):%Y-%m-%d %H:%M}"
        except ValueError:
            return value
    return str(value)


# Written by the letter actions for the record; said in words by letter_lines() instead of key by key.
LETTER_KEYS = frozenset({"letter", "sha256", "signed", "voided"})


def letter_lines(entry: TimelineEntry) -> list[str]:
    """ "회신문 발급 (시행번호 도로관리과-12), 전자서명 없음" rather than the keys and the file's hash
    (the fingerprint stays in the letter register for whoever verifies a letter)."""
    if entry.after.get("letter"):
        if entry.after.get("signed"):
            text = QCoreApplication.translate(
                "CaseTimeline", "Letter issued (register number {0}), digitally signed"
            )
        else:
            text = QCoreApplication.translate(
                "CaseTimeline", "Letter issued (register number {0}), no digital signature"
            )
        return [text.format(entry.after["letter"])]
    if entry.after.get("voided"):
        return [
            QCoreApplication.translate("CaseTimeline", "Letter {0} voided").format(
                entry.before.get("letter", "")
            )
        ]
    return []


def change_lines(entry: TimelineEntry) -> list[str]:
    """One 'field: before → after' line per field the event touched, in words."""
    lines = letter_lines(entry)
    for key in dict.fromkeys([*entry.before, *entry.after]):
        if key in LETTER_KEYS:
            continue
        before, after = entry.before.get(key), entry.after.get(key)
        if key in entry.before and before != after:
            lines.append(f"{field_label(key)}: {value_text(key, before)} → {value_text(key, after)}")
        elif key not in entry.before and after not in (None, ""):
            lines.append(f"{field_label(key)}: {value_text(key, after)}")
    return lines


def describe(entry: TimelineEntry) -> str:
    """A one-paragraph account of an event: used by the conflict dialog."""
    parts = change_lines(entry)
    if entry.body:
        parts.append(f"“{entry.body}”")
    what = term(EVENT_KINDS, entry.kind)
    who = entry.actor_name or QCoreApplication.translate("CaseTimeline", "unknown user")
    return f"{entry.at:%Y-%m-%d %H:%M} · {who} · {what}" + (f" — {'; '.join(parts)}" if parts else "")


class TimelineModel(QAbstractTableModel):
    COL_WHEN, COL_WHO, COL_WHAT, COL_DETAIL = range(4)
    EntryRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[TimelineEntry] = []

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            QCoreApplication.translate("CaseTimeline", "When"),
            QCoreApplication.translate("CaseTimeline", "Who"),
            QCoreApplication.translate("CaseTimeline", "What"),
            QCoreApplication.translate("CaseTimeline", "Change"),
        ][section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == self.EntryRole:
            return entry
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == self.COL_WHEN:
            return f"{entry.at:%Y-%m-%d %H:%M}"
        if column == self.COL_WHO:
            return entry.actor_name or QCoreApplication.translate("CaseTimeline", "unknown user")
        if column == self.COL_WHAT:
            return term(EVENT_KINDS, entry.kind)
        lines = change_lines(entry)
        if entry.body:
            lines.append(entry.body)
        return "\n".join(lines)


class CaseTimelineView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline_model = TimelineModel(self)
        self.setModel(self.timeline_model)
        self.setObjectName("caseTimeline")
        self.setTabKeyNavigation(False)  # Tab leaves the history; arrows move within it
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(TimelineModel.COL_WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TimelineModel.COL_WHO, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TimelineModel.COL_WHAT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TimelineModel.COL_DETAIL, QHeaderView.ResizeMode.Stretch)

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        self.timeline_model.set_entries(entries)
        # A case has tens of events, not thousands: fitting rows to their text is cheap here.
        self.resizeRowsToContents()
