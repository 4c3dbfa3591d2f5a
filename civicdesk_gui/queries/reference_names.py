"""The English names of reference data (departments, agencies, topics, channels, categories), by
their Korean name: the English interface shows these wherever the Korean name would appear."""

from __future__ import annotations

from civicdesk_gui.store.models import Agency, Category, Channel, Department, Topic


def english_names() -> dict[str, str]:
    """Korean name -> English name, for every row that has an English name (a few dozen rows)."""
    names: dict[str, str] = {}
    for model, ko in ((Department, Department.name), (Agency, Agency.name)):
        for row in model.select(ko.alias("ko"), model.name_en.alias("en")).dicts():
            if row["en"]:
                names[row["ko"]] = row["en"]
    for model in (Topic, Category, Channel):
        for row in model.select(model.name_ko.alias("ko"), model.name_en.alias("en")).dicts():
            if row["en"]:
                names.setdefault(row["ko"], row["en"])
    return names


def reference_rows(kind: str) -> list[tuple[int, str, str]]:
    """(id, Korean name, English name) of one kind of reference data, for the administrator's editor."""
    model, ko, en = {
        "department": (Department, Department.name, Department.name_en),
        "agency": (Agency, Agency.name, Agency.name_en),
        "topic": (Topic, Topic.name_ko, Topic.name_en),
        "channel": (Channel, Channel.name_ko, Channel.name_en),
        "category": (Category, Category.name_ko, Category.name_en),
    }[kind]
    return [(r.id, getattr(r, ko.name), getattr(r, en.name)) for r in model.select().order_by(model.id)]
