"""The briefing's writes: only its office setting (the minimum sample before a department is ranked).
Only ops modules import actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from civicdesk_gui.actions import briefing_settings
from civicdesk_gui.actions.actor import Actor
from civicdesk_gui.ui.shell.ops import WriteOp

MIN_SAMPLE_KEY = briefing_settings.MIN_SAMPLE_KEY
MAX_MIN_SAMPLE = briefing_settings.MAX_MIN_SAMPLE


def save_min_sample(
    *, parent: QWidget | None, actor: Actor, value: int
) -> WriteOp[briefing_settings.SavedBriefingSettings]:
    return WriteOp(
        parent,
        lambda _job: briefing_settings.save_min_sample(value=value, actor=actor),
        done_message=QCoreApplication.translate("BriefingOps", "Briefing setting saved"),
    )
