"""The rule tables as the administrator's page shows them (Settings › Petition kinds and periods)."""

from __future__ import annotations

from dataclasses import dataclass

from civicdesk_gui.store.models import Category, Channel, DeadlineRule, KindRule, Topic


@dataclass(frozen=True)
class KindRuleRow:
    id: int
    category: str | None  # code; None: any category
    category_name: str  # Korean name ("" for any)
    topic_id: int | None
    topic_name: str
    kind: str | None  # None: not a petition under the Act
    label: str


@dataclass(frozen=True)
class DeadlineRuleRow:
    id: int
    clock: str
    kind: str | None
    channel: str | None
    channel_name: str
    category: str | None
    category_name: str
    amount: int | None
    unit: str
    anchor: str
    label: str
    label_en: str


def kind_rule_rows() -> list[KindRuleRow]:
    """The kind rules, the general ones first (any category, then a category, then a topic)."""
    categories = {c.id: c for c in Category.select()}
    topics = {t.id: t for t in Topic.select()}
    rows = []
    for rule in KindRule.select().order_by(KindRule.id):
        category = categories.get(rule.category_id)
        topic = topics.get(rule.topic_id)
        rows.append(
            KindRuleRow(
                rule.id,
                category.code if category else None,
                category.name_ko if category else "",
                rule.topic_id,
                topic.name_ko if topic else "",
                rule.kind,
                rule.label,
            )
        )
    rows.sort(key=lambda r: (r.topic_id is not None, r.category is not None, r.category_name, r.id))
    return rows


CLOCK_ORDER = {"statutory": 0, "promise": 1, "monthly_update": 2}


def deadline_rule_rows() -> list[DeadlineRuleRow]:
    """The deadline rules: the statutory periods per kind first, then the promises, then the update."""
    channels = {c.id: c for c in Channel.select()}
    categories = {c.id: c for c in Category.select()}
    rows = []
    for rule in DeadlineRule.select().order_by(DeadlineRule.id):
        channel = channels.get(rule.channel_id)
        category = categories.get(rule.category_id)
        rows.append(
            DeadlineRuleRow(
                rule.id,
                rule.clock,
                rule.kind,
                channel.code if channel else None,
                channel.name_ko if channel else "",
                category.code if category else None,
                category.name_ko if category else "",
                rule.amount,
                rule.unit,
                rule.anchor,
                rule.label,
                rule.label_en,
            )
        )
    rows.sort(key=lambda r: (CLOCK_ORDER.get(r.clock, 9), r.id))
    return rows


def rule_choices() -> tuple[list[tuple[str, str]], list[tuple[str, str]], list[tuple[int, str, str | None]]]:
    """Channels (code, Korean name), categories (code, Korean name) and topics (id, Korean name,
    category code) for the page's add dialogs."""
    channels = [(c.code, c.name_ko) for c in Channel.select().order_by(Channel.sort_order, Channel.id)]
    categories = [(c.code, c.name_ko) for c in Category.select().order_by(Category.sort_order, Category.id)]
    codes = {c.id: c.code for c in Category.select(Category.id, Category.code)}
    topics = [(t.id, t.name_ko, codes.get(t.category_id)) for t in Topic.select().order_by(Topic.id)]
    return channels, categories, topics
