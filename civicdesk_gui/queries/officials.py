"""An official's contact details as a letter prints them (the user's own, for their Account menu)."""

from __future__ import annotations

from dataclasses import dataclass

from civicdesk_gui.store.models import Department, Official, User


@dataclass(frozen=True)
class OfficialContact:
    official_id: int
    name: str
    rank: str
    department: str
    phone: str
    fax: str
    email: str


def own_contact(user_id: int) -> OfficialContact | None:
    """The contact of the official `user_id`'s account is linked to; None when it is not linked."""
    user = User.get_or_none(User.id == user_id)
    if user is None or user.official_id is None:
        return None
    official = Official.get_or_none(Official.id == user.official_id)
    if official is None:
        return None
    department = Department.get_or_none(Department.id == official.department_id)
    return OfficialContact(
        official.id,
        official.name,
        official.rank,
        department.name if department else "",
        official.phone,
        official.fax,
        official.email,
    )
