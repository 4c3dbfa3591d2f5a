"""Choices for the case dialogs (departments, officials, agencies, towns, categories, topics) as
plain data, so widgets fill combo boxes without building queries."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import JOIN

from civicdesk_gui.store.models import Agency, Category, Channel, Department, Official, Topic, Town


@dataclass(frozen=True)
class Choice:
    id: int
    code: str  # stable code where the table has one (categories, channels, topics), else ""
    label: str  # Korean label, as stored


@dataclass(frozen=True)
class TopicChoice(Choice):
    category_code: str | None
    default_department_id: int | None


def departments(*, active_only: bool = True) -> list[Choice]:
    query = Department.select().order_by(Department.name)
    if active_only:
        query = query.where(Department.active == True)  # noqa: E712 (peewee expression)
    return [Choice(d.id, d.code, d.name) for d in query]


def officials_of(department_id: int | None, *, active_only: bool = True) -> list[Choice]:
    """Officials of one department; team leaders and higher (who sign off answers) first."""
    if department_id is None:
        return []
    query = Official.select().where(Official.department == department_id)
    if active_only:
        query = query.where(Official.active == True)  # noqa: E712
    query = query.order_by(Official.is_responsible.desc(), Official.name)
    return [Choice(o.id, "", f"{o.name} {o.rank}".strip()) for o in query]


def agencies() -> list[Choice]:
    return [Choice(a.id, "", a.name) for a in Agency.select().order_by(Agency.name)]


def towns(*, active_only: bool = True) -> list[Choice]:
    query = Town.select().order_by(Town.name)
    if active_only:
        query = query.where(Town.active == True)  # noqa: E712
    return [Choice(t.id, t.kind, t.name) for t in query]


def channels() -> list[Choice]:
    return [Choice(c.id, c.code, c.name_ko) for c in Channel.select().order_by(Channel.sort_order)]


def categories() -> list[Choice]:
    return [Choice(c.id, c.code, c.name_ko) for c in Category.select().order_by(Category.sort_order)]


def topics(category_code: str | None = None) -> list[TopicChoice]:
    """Topics, optionally only those of one category, with their default department."""
    query = Topic.select(Topic, Category).join(Category, JOIN.LEFT_OUTER)
    if category_code:
        query = query.where(Category.code == category_code)
    return [
        TopicChoice(
            t.id, t.code, t.name_ko, t.category.code if t.category_id else None, t.default_department_id
        )
        for t in query.order_by(Topic.name_ko)
    ]
