"""The register of QR poster places (park, market, alley, bus stop …) and their posters.

A place's code (P-0123) is what its poster's QR code types into the resident's text; it is never
reused for another place (a place that closes is deactivated, its cases keep it)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from civicdesk_gui.actions.actor import Actor
from civicdesk_gui.actions.case_writes import lookup
from civicdesk_gui.actions.permission import require
from civicdesk_gui.documents.qr_posters import PosterPlace, write_poster, write_stickers
from civicdesk_gui.domain import qr_tags
from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.errors import NotFoundError, ValidationError
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.models import Department, Place, Topic, Town
from civicdesk_gui.store.office_settings import city_settings, get_image, get_setting

PLACES_CHANGED = Changes.of(reference={"places"})
_LIMITS = {"name": 60, "kind": 20, "address": 200}


@dataclass(frozen=True)
class PlaceSaved:
    place_id: int
    code: str
    changes: Changes = PLACES_CHANGED


def next_code() -> str:
    numbers = [int(c[2:]) for (c,) in Place.select(Place.code).tuples() if re.fullmatch(r"P-\d{4}", c)]
    return f"P-{max(numbers, default=0) + 1:04d}"


def save_place(
    *,
    actor: Actor,
    name: str,
    place_id: int | None = None,
    code: str | None = None,
    kind: str = "",
    town_id: int | None = None,
    address: str = "",
    topic_id: int | None = None,
    department_id: int | None = None,
    active: bool = True,
) -> PlaceSaved:
    """Add a place (code given, or the next free one) or change one; its code never changes."""
    values = {"name": name.strip(), "kind": kind.strip(), "address": address.strip()}
    if not values["name"]:
        raise ValidationError("place.name_empty", field="name")
    for field_name, limit in _LIMITS.items():
        if len(values[field_name]) > limit:
            raise ValidationError(
                "place.field_too_long",
                {"field": field_name, "length": len(values[field_name]), "limit": limit},
                field=field_name,
            )
    with database_proxy.atomic():
        require(actor, "places.manage")
        town = lookup(Town, town_id, "town")
        topic = lookup(Topic, topic_id, "topic")
        department = lookup(Department, department_id, "department")
        fields = {**values, "town": town, "topic": topic, "department": department, "active": active}
        if place_id is not None:
            place = lookup(Place, place_id, "place")
            Place.update(**fields).where(Place.id == place.id).execute()
            return PlaceSaved(place.id, place.code)
        code = (code or next_code()).strip().upper()
        if not qr_tags.PLACE_CODE.match(code):
            raise ValidationError("place.bad_code", {"code": code}, field="code")
        if Place.get_or_none(Place.code == code) is not None:
            raise ValidationError("place.code_taken", {"code": code}, field="code")
        try:
            with database_proxy.atomic():
                place = Place.create(code=code, **fields)
        except pw.IntegrityError:  # another desk took the code this moment
            raise ValidationError("place.code_taken", {"code": code}, field="code") from None
    return PlaceSaved(place.id, place.code)


def poster_places(code: str | None = None) -> list[PosterPlace]:
    query = Place.select().where(Place.active == True).order_by(Place.code)  # noqa: E712
    if code is not None:
        query = Place.select().where(Place.code == code.strip().upper())
    found = [PosterPlace(p.code, p.name, p.town.name if p.town_id else "", p.address) for p in query]
    if code is not None and not found:
        raise NotFoundError("place.not_found", {"code": code})
    return found


def write_posters(*, actor: Actor, folder: str | Path, code: str | None = None) -> list[Path]:
    """An A4 poster and a sticker sheet per place (all active places, or the one named), each PDF
    written whole under a temporary name and renamed (documents/qr_posters.py)."""
    with database_proxy.atomic():
        require(actor, "places.manage")
        number = get_setting("outbox.mayor_number").strip()
        if not number:
            raise ValidationError("place.no_number", field="outbox.mayor_number")
        places = poster_places(code)
        city = city_settings()
        emblem = get_image("city.emblem_png")
    folder = Path(folder)
    written: list[Path] = []
    for place in places:
        written.append(
            write_poster(
                place, folder / f"{place.code}-poster.pdf", number=number, city=city.name, emblem=emblem
            )
        )
        written.append(
            write_stickers(
                place, folder / f"{place.code}-stickers.pdf", number=number, city=city.name, emblem=emblem
            )
        )
    return written
