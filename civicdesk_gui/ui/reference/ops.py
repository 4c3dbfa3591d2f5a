"""The reference feature's one write: renaming a reference row in Korean and English."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from civicdesk_gui.actions import reference_names
from civicdesk_gui.actions.actor import Actor
from civicdesk_gui.ui.shell.ops import WriteOp


def rename_reference(
    *, parent: QWidget | None, actor: Actor, kind: str, row_id: int, name_ko: str, name_en: str
) -> WriteOp[reference_names.RenamedReference]:
    return WriteOp(
        parent,
        lambda _job: reference_names.rename_reference(
            kind=kind, row_id=row_id, name_ko=name_ko, name_en=name_en, actor=actor
        ),
        done_message=QCoreApplication.translate("ReferenceOps", "Name saved: {0} / {1}").format(
            name_ko, name_en
        ),
    )
