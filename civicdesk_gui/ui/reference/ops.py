"""The reference feature's writes: renaming a reference row in Korean and English, and editing the
rule tables of the Civil Petitions Act (kinds of petition, periods)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from civicdesk_gui.actions import petition_rules, reference_names
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


# The administrator's rule tables (Settings › Petition kinds and periods): one audited action each.


def add_kind_rule(
    *,
    parent: QWidget | None,
    actor: Actor,
    category: str | None,
    topic_id: int | None,
    kind: str | None,
    label: str,
) -> WriteOp[petition_rules.RuleChange]:
    return WriteOp(
        parent,
        lambda _job: petition_rules.add_kind_rule(
            category=category, topic_id=topic_id, kind=kind, label=label, actor=actor
        ),
        done_message=QCoreApplication.translate("ReferenceOps", "Kind rule added: {0}").format(label),
    )


def change_kind_rule(
    *, parent: QWidget | None, actor: Actor, rule_id: int, kind: str | None, label: str
) -> WriteOp[petition_rules.RuleChange]:
    return WriteOp(
        parent,
        lambda _job: petition_rules.change_kind_rule(rule_id=rule_id, kind=kind, label=label, actor=actor),
        done_message=QCoreApplication.translate("ReferenceOps", "Kind rule changed: {0}").format(label),
    )


def remove_kind_rule(
    *, parent: QWidget | None, actor: Actor, rule_id: int
) -> WriteOp[petition_rules.RuleChange]:
    return WriteOp(
        parent,
        lambda _job: petition_rules.remove_kind_rule(rule_id=rule_id, actor=actor),
        done_message=QCoreApplication.translate("ReferenceOps", "Kind rule removed"),
    )


def add_deadline_rule(*, parent: QWidget | None, actor: Actor, **rule) -> WriteOp[petition_rules.RuleChange]:
    """`rule`: clock, kind, channel, category, amount, unit, label, label_en, anchor."""
    return WriteOp(
        parent,
        lambda _job: petition_rules.add_deadline_rule(actor=actor, **rule),
        done_message=QCoreApplication.translate("ReferenceOps", "Period rule added: {0}").format(
            rule.get("label", "")
        ),
    )


def change_deadline_rule(
    *, parent: QWidget | None, actor: Actor, rule_id: int, amount: int, unit: str, label: str, label_en: str
) -> WriteOp[petition_rules.RuleChange]:
    return WriteOp(
        parent,
        lambda _job: petition_rules.change_deadline_rule(
            rule_id=rule_id, amount=amount, unit=unit, label=label, label_en=label_en, actor=actor
        ),
        done_message=QCoreApplication.translate("ReferenceOps", "Period rule changed: {0}").format(label),
    )


def remove_deadline_rule(
    *, parent: QWidget | None, actor: Actor, rule_id: int
) -> WriteOp[petition_rules.RuleChange]:
    return WriteOp(
        parent,
        lambda _job: petition_rules.remove_deadline_rule(rule_id=rule_id, actor=actor),
        done_message=QCoreApplication.translate("ReferenceOps", "Period rule removed"),
    )
