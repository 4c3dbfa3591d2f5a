"""Demo people: Korean names, the officials of each department, the office's coordinators, residents."""

from __future__ import annotations

import random
from dataclasses import dataclass

from civicdesk_gui.actions.passwords import hash_password
from civicdesk_gui.domain.phone import PhoneNumber, normalise_phone
from civicdesk_gui.store.models import Department, Official, User

# Surnames by rough frequency (김, 이, 박 make up almost half of Korea).
SURNAMES = "김김김김이이이박박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용"
GIVEN_NAMES = [
    "민준", "서준", "도윤", "예준", "시우", "하준", "주원", "지호", "지후", "준우",
    "서연", "서윤", "지우", "서현", "민서", "하은", "하윤", "윤서", "지유", "채원",
    "영수", "영희", "순자", "정숙", "상철", "미경", "은주", "성민", "현정", "동현",
    "경숙", "광수", "명숙", "재훈", "혜진", "수빈", "태현", "은지", "승우", "유진",
]  # fmt: skip

RANKS_HEAD = "과장"  # head of department (4/5급): answers for it
RANKS_LEAD = "팀장"  # team leader (6급): signs off answers
RANKS_STAFF = ["주무관", "주무관", "주무관", "주무관(7급)", "주무관(8급)"]

# Every demo user signs in with this password (README.md); `./dev demo` signs in as the first
# coordinator by itself. Demo databases only: a real office adds its users in Settings > Users.
DEMO_PASSWORD = "civicdesk-demo"

COORDINATORS = [
    ("soutong.kim", "김소연"),
    ("soutong.lee", "이정훈"),
    ("soutong.park", "박은지"),
    ("soutong.choi", "최민호"),
]


def korean_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN_NAMES)


@dataclass(frozen=True)
class DemoOfficial:
    id: int
    name: str
    department_id: int
    responsible: bool


def create_officials(rng: random.Random) -> dict[int, list[DemoOfficial]]:
    """3–6 officials per department: a head and one or two team leaders (responsible), then staff."""
    result: dict[int, list[DemoOfficial]] = {}
    for department in Department.select().where(Department.active).order_by(Department.id):
        team_leaders = rng.randint(1, 2)
        staff = rng.randint(1, 6 - 1 - team_leaders)
        ranks = [RANKS_HEAD] + [RANKS_LEAD] * team_leaders + [rng.choice(RANKS_STAFF) for _ in range(staff)]
        base = department.phone.rsplit("-", 1)[0] if department.phone else "031-940"
        officials = []
        for index, rank in enumerate(ranks):
            row = Official.create(
                name=korean_name(rng),
                rank=rank,
                department=department,
                is_responsible=rank in (RANKS_HEAD, RANKS_LEAD),
                phone=f"{base}-{rng.randint(4000, 4999) + index}",
                # The letter's closing block prints the official's e-mail (시행규칙 제4조).
                email=f"paju{department.id:02d}{index + 1}@korea.kr",
            )
            officials.append(DemoOfficial(row.id, row.name, department.id, row.is_responsible))
        result[department.id] = officials
    return result


# (login, display name, role, department code) of the other demo users, one of each role.
OTHER_USERS = [
    ("admin", "정관리", "admin", "시민소통담당관"),
    ("roads.lee", "이도로", "official", "도로관리과"),
    ("mayor", "김시장", "viewer", None),
]


def create_coordinators() -> list[User]:
    """The communication office's coordinators (the desk's users); reused if they already exist."""
    office = Department.get_or_none(Department.code == "시민소통담당관")
    users = []
    for login, display_name in COORDINATORS:
        user, _ = User.get_or_create(
            login=login,
            defaults={"display_name": display_name, "role": "coordinator", "department": office},
        )
        users.append(user)
    return users


def create_demo_users(salt: bytes) -> list[User]:
    """The coordinators and one user of each other role, all with DEMO_PASSWORD (one argon2 hash for
    all: hashing is slow by design, and these are demo accounts)."""
    users = create_coordinators()
    for login, display_name, role, department_code in OTHER_USERS:
        department = Department.get_or_none(Department.code == department_code) if department_code else None
        user, _ = User.get_or_create(
            login=login, defaults={"display_name": display_name, "role": role, "department": department}
        )
        users.append(user)
    password_hash = hash_password(DEMO_PASSWORD, salt=salt)  # from the seed: same seed, same database
    User.update(password_hash=password_hash).where(User.id.in_([u.id for u in users])).execute()
    return users


@dataclass(frozen=True)
class Resident:
    name: str
    phone: str  # normalised display form, or as typed when invalid
    phone_valid: bool
    town_index: int


TYPOS = ("010-1234-56", "0101234", "010-12-34", "공일공-1234-5678", "1234")


def _typed_phone(rng: random.Random) -> tuple[str, tuple[str, int, str] | None]:
    """A phone number as residents type it: mostly mobiles in assorted formats, a few landlines, a
    few typos; with its (prefix, middle, last) parts, None for a typo."""
    roll = rng.random()
    if roll < 0.02:  # typos and half numbers: kept as typed and flagged at intake
        return rng.choice(TYPOS), None
    if roll < 0.07:
        middle, last = rng.randint(900, 999), str(rng.randint(1000, 9999))
        return f"031-{middle}-{last}", ("031", middle, last)
    if roll < 0.09:
        middle, last = rng.randint(300, 999), str(rng.randint(1000, 9999))
        return f"02-{middle}-{last}", ("02", middle, last)
    middle, last = rng.randint(2000, 9999), f"{rng.randint(0, 9999):04d}"
    style = rng.randrange(3)
    if style == 0:
        return f"010-{middle}-{last}", ("010", middle, last)
    if style == 1:
        return f"010{middle}{last}", ("010", middle, last)
    return f"010 {middle} {last}", ("010", middle, last)


def _normalised(
    typed: str, parts: tuple[str, int, str] | None, ranges: dict[tuple[str, int], bool]
) -> PhoneNumber:
    """normalise_phone(typed), without parsing each number: whether a number is valid depends on its
    prefix and middle part (the numbering plan's ranges), and a valid one is shown as
    prefix-middle-last. So one number of each range is parsed (a few thousand, not a third of a
    million); tests/demo checks the result against normalise_phone."""
    if parts is None:
        return normalise_phone(typed)
    prefix, middle, last = parts
    valid = ranges.get((prefix, middle))
    if valid is None:
        valid = ranges[(prefix, middle)] = normalise_phone(f"{prefix}-{middle}-{last}").valid
    return PhoneNumber(f"{prefix}-{middle}-{last}", True, typed) if valid else normalise_phone(typed)


def make_residents(rng: random.Random, count: int, towns: int) -> list[Resident]:
    """A pool of residents: many write more than once, as real repeat correspondents do."""
    residents = []
    ranges: dict[tuple[str, int], bool] = {}
    for _ in range(count):
        typed, parts = _typed_phone(rng)
        phone = _normalised(typed, parts, ranges)
        while not phone.valid and typed not in TYPOS:  # an unassigned range drawn by chance: draw again
            typed, parts = _typed_phone(rng)
            phone = _normalised(typed, parts, ranges)
        residents.append(Resident(korean_name(rng), phone.display, phone.valid, rng.randrange(towns)))
    return residents
