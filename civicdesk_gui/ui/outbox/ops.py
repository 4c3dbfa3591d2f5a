"""The outbox screen's writes, one function per user action. Only ops modules import actions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from civicdesk_gui.actions import linked_replies, outbox, places
from civicdesk_gui.actions.actor import Actor
from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.ui.shell.ops import WriteOp


def _t(text: str) -> str:
    return QCoreApplication.translate("OutboxOps", text)


def release_for_sending(*, parent: QWidget | None, actor: Actor, message_ids: list[int]) -> WriteOp:
    return WriteOp(
        parent,
        lambda _job: outbox.release_for_sending(message_ids=message_ids, actor=actor),
        done_message=_t("Approved for sending"),
    )


def export_outbox(
    *, parent: QWidget | None, actor: Actor, path: Path, fmt: str
) -> WriteOp[outbox.HandedOver]:
    return WriteOp(
        parent,
        lambda _job: outbox.export_outbox(actor=actor, path=path, fmt=fmt),
        done_message=_t("Bulk-send file written"),
    )


def import_delivery_report(
    *, parent: QWidget | None, actor: Actor, path: Path
) -> WriteOp[outbox.DeliveryReport]:
    def work(job) -> outbox.DeliveryReport:
        return outbox.import_delivery_report(
            path,
            actor=actor,
            progress=lambda done, total: job.report(done, total, ""),
            should_stop=lambda: job.cancelled,
        )

    return WriteOp(
        parent,
        work,
        done_message=_t("Delivery report imported"),
        changes_if_cancelled=Changes.of(outbox=outbox.MANY_MESSAGES),
    )


def retry_message(*, parent: QWidget | None, actor: Actor, message_id: int, text: str | None) -> WriteOp:
    return WriteOp(
        parent,
        lambda _job: outbox.retry_message(message_id=message_id, text=text, actor=actor),
        done_message=_t("Queued to be sent again"),
    )


def settle_by_hand(*, parent: QWidget | None, actor: Actor, message_id: int, how: str, note: str) -> WriteOp:
    return WriteOp(
        parent,
        lambda _job: outbox.settle_by_hand(message_id=message_id, how=how, note=note, actor=actor),
        done_message=_t("Recorded"),
    )


def prepare_linked_replies(*, parent: QWidget | None, actor: Actor, case_id: int, text: str) -> WriteOp:
    return WriteOp(
        parent,
        lambda _job: linked_replies.prepare_linked_replies(case_id=case_id, text=text, actor=actor),
        done_message=_t("Drafts prepared for every linked resident"),
    )


def default_linked_wording(case_id: int) -> str:
    return linked_replies.default_wording(case_id)


def save_place(*, parent: QWidget | None, actor: Actor, **fields) -> WriteOp[places.PlaceSaved]:
    return WriteOp(
        parent, lambda _job: places.save_place(actor=actor, **fields), done_message=_t("Place saved")
    )


def write_posters(*, parent: QWidget | None, actor: Actor, folder: Path, code: str) -> WriteOp:
    def work(_job):
        written = places.write_posters(actor=actor, folder=folder, code=code)
        return _Written(written)

    return WriteOp(parent, work, done_message=_t("Posters written"))


class _Written:
    """Posters are files, not records: nothing in the database changed."""

    def __init__(self, paths: list[Path]) -> None:
        self.paths = paths
        self.changes = Changes()


def save_outbox_settings(*, parent: QWidget | None, actor: Actor, values: dict) -> WriteOp:
    return WriteOp(
        parent,
        lambda _job: outbox.save_outbox_settings(values=values, actor=actor),
        done_message=_t("Outbox settings saved"),
    )
