"""Demo Mobile Mayor's Office sessions: about 4–5 a month on weekdays, realistic Korean units and
places, attendance 10–80 for held ones, a few requests still pending and sessions still ahead.

Rows go in with bulk inserts (the whole demo database is built in seconds); the case generator
then links mobile_office cases to the held sessions returned here.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from dataclasses import dataclass

from civicdesk_gui.actions.actor import actor_for
from civicdesk_gui.demo.people import create_coordinators
from civicdesk_gui.domain.clocks import is_working_day
from civicdesk_gui.domain.sessions import format_session_number, session_counter_name
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.models import Counter, Session, SessionEvent, SessionRequest, Town
from civicdesk_gui.store.sequences import peek_value


@dataclass(frozen=True)
class DemoSession:
    session_id: int
    starts_at: dt.datetime
    town_id: int | None
    held: bool  # only held sessions have suggestions (mobile_office cases)


# (unit type, sub-group, unit name; "{town}" is replaced by the town, place, target group)
UNITS = [
    ("town", "", "{town} 주민", "{town} 행정복지센터 2층 회의실", "주민자치회·통장협의회"),
    ("town", "", "{town} 주민", "{town} 행정복지센터 대강당", "지역 주민"),
    ("village", "", "산내마을 주민", "산내마을회관", "마을 주민"),
    ("village", "", "장단콩마을 주민", "장단콩마을 경로당", "마을 주민·어르신"),
    ("apartment", "", "산내마을 9단지", "산내마을 9단지 관리사무소 회의실", "입주자대표회의"),
    ("apartment", "", "가람마을 5단지", "가람마을 5단지 주민공동시설", "입주민"),
    ("apartment", "", "한빛마을 3단지", "한빛마을 3단지 작은도서관", "입주민"),
    ("professional", "poultry", "양계 농가", "농업기술센터 교육장", "양계 농가 대표"),
    ("professional", "ginseng", "인삼 재배 농가", "인삼농협 회의실", "인삼 재배 농가"),
    ("professional", "dairy", "낙농 협회", "낙농협회 사무실", "낙농 협회 회원"),
    ("professional", "self_employed", "착한가격업소", "소상공인지원센터", "착한가격업소 대표"),
    ("professional", "business", "기업인 협의회", "시청 상황실", "관내 기업 대표"),
    ("professional", "artists", "지역 예술인", "문화예술회관 세미나실", "예술인"),
    ("parents", "", "육아 맘·대디", "육아종합지원센터", "영유아 부모"),
    ("parents", "", "초등 학부모회", "교하초등학교 강당", "학부모"),
    ("youth", "", "청년", "청년센터 라운지", "19–39세 청년"),
    ("other", "", "어르신 소통 모임", "노인복지관 강당", "어르신"),
]
STARTS = [dt.time(10, 0), dt.time(14, 0), dt.time(15, 0), dt.time(19, 0)]
OFFICES = ["행정복지센터", "농업정책과", "일자리경제과", "교육청소년과", "문화예술과"]
OFFICIALS = [
    "시민소통담당관, 관계 부서장",
    "시민소통담당관, 도로관리과장, 공원녹지과장",
    "시민소통담당관, 농업정책과장",
]
SURNAMES = "김이박최정강조윤장임"
GIVEN = ["민수", "서연", "지훈", "영희", "철수", "하은", "도윤", "수빈", "정호", "미경"]


def _months(start: dt.date, end: dt.date):
    month = start.replace(day=1)
    while month <= end:
        yield month
        month = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def _days_in(month: dt.date, start: dt.date, end: dt.date) -> list[dt.date]:
    days = []
    day = month
    while day.month == month.month:
        if start <= day <= end and is_working_day(day):
            days.append(day)
        day += dt.timedelta(days=1)
    return days


def _chunks(rows: list[dict], size: int = 200):
    for index in range(0, len(rows), size):
        yield rows[index : index + size]


def generate_sessions(
    rng: random.Random, *, start: dt.date, end: dt.date, now: dt.datetime | None = None
) -> list[DemoSession]:
    """Create sessions between `start` and `end` (about 4–5 a month); return them for case linking.
    `now` (default: the clock) decides which are past or to come: the same seed and `now` give the same rows."""
    towns = [(t.id, t.name) for t in Town.select(Town.id, Town.name).order_by(Town.id)]
    if not towns:
        return []
    now = (now or dt.datetime.now()).replace(microsecond=0)
    today = now.date()
    actor = actor_for(create_coordinators()[0])  # the office's first coordinator keeps the diary
    planned: list[dict] = []
    for month in _months(start, end):
        days = _days_in(month, start, end)
        for day in sorted(rng.sample(days, min(len(days), rng.choice([4, 4, 5, 5, 5])))):
            unit_type, subgroup, name, place, target = rng.choice(UNITS)
            town_id, town = rng.choice(towns)
            starts_at = dt.datetime.combine(day, rng.choice(STARTS))
            state = (
                "scheduled" if day >= today else ("closed" if day < today - dt.timedelta(days=30) else "held")
            )
            if rng.random() < 0.03:
                state = "cancelled"
            planned.append(
                {
                    "unit_type": unit_type,
                    "unit_subgroup": subgroup,
                    "unit_name": name.format(town=town),
                    "place": place.format(town=town),
                    "target_group": target,
                    "town": town_id,
                    "starts_at": starts_at,
                    "ends_at": starts_at + dt.timedelta(hours=rng.choice([1.5, 2, 2])),
                    "state": state,
                    "requested": rng.random() < 0.7,
                }
            )
    with database_proxy.atomic():
        request_rows = []
        for plan in planned:
            if plan["requested"]:
                request_rows.append(_request_row(rng, plan, _request_state(plan["state"])))
        pending = [
            _request_row(rng, {**_random_unit(rng, towns), "starts_at": now}, "requested") for _ in range(4)
        ]
        first_request = (
            SessionRequest.select(SessionRequest.id).order_by(SessionRequest.id.desc()).scalar() or 0
        )
        for chunk in _chunks(request_rows + pending):
            SessionRequest.insert_many(chunk).execute()
        request_ids = iter(
            r.id
            for r in SessionRequest.select(SessionRequest.id)
            .where(SessionRequest.id > first_request)
            .order_by(SessionRequest.id)
        )
        serials: dict[int, int] = {}
        session_rows = []
        for plan in planned:
            year = plan["starts_at"].year
            serials[year] = serials.get(year, peek_value(session_counter_name(year))) + 1
            held = plan["state"] in ("held", "closed")
            session_rows.append(
                {
                    "number": format_session_number(year, serials[year]),
                    "request": next(request_ids) if plan["requested"] else None,
                    "title": plan["unit_name"],
                    "starts_at": plan["starts_at"],
                    "ends_at": plan["ends_at"],
                    "place": plan["place"],
                    "address": "",
                    "town": plan["town"],
                    "unit_type": plan["unit_type"],
                    "unit_subgroup": plan["unit_subgroup"],
                    "unit_name": plan["unit_name"],
                    "target_group": plan["target_group"],
                    "attending_officials": rng.choice(OFFICIALS),
                    "state": plan["state"],
                    "state_reason": "기상 악화로 연기" if plan["state"] == "cancelled" else "",
                    "attendees": rng.randint(10, 80) if held else None,
                    "minutes": f"{plan['unit_name']} 대상 이동시장실 개최. 주요 건의 사항 청취 후 관계 부서 전달."
                    if held
                    else "",
                    "ics_uid": f"{uuid.UUID(int=rng.getrandbits(128))}@civicdesk",
                    "created_at": plan["starts_at"] - dt.timedelta(days=14),
                    "updated_at": plan["starts_at"],
                    "updated_by": actor.id,
                }
            )
        for chunk in _chunks(session_rows):
            Session.insert_many(chunk).execute()
        for year, value in serials.items():
            Counter.insert(name=session_counter_name(year), value=value).on_conflict(
                conflict_target=[Counter.name], update={Counter.value: value}
            ).execute()
        numbers = [row["number"] for row in session_rows]
        created = {s.number: s for s in Session.select().where(Session.number.in_(numbers))}
        events = []
        for row in session_rows:
            session = created[row["number"]]
            events.append(
                _event_row(session, "schedule", actor.id, session.created_at, {"number": session.number})
            )
            if session.state in ("held", "closed", "cancelled"):
                kind = "cancel" if session.state == "cancelled" else "held"
                events.append(_event_row(session, kind, actor.id, session.ends_at, {"state": session.state}))
        for chunk in _chunks(events):
            SessionEvent.insert_many(chunk).execute()
    return [
        DemoSession(s.id, s.starts_at, s.town_id, s.state in ("held", "closed"))
        for s in sorted(created.values(), key=lambda s: s.starts_at)
    ]


def _random_unit(rng: random.Random, towns: list[tuple[int, str]]) -> dict:
    unit_type, subgroup, name, _place, _target = rng.choice(UNITS)
    town_id, town = rng.choice(towns)
    return {
        "unit_type": unit_type,
        "unit_subgroup": subgroup,
        "unit_name": name.format(town=town),
        "town": town_id,
    }


def _request_state(session_state: str) -> str:
    return {"scheduled": "scheduled", "held": "held", "closed": "closed"}.get(session_state, "cancelled")


def _request_row(rng: random.Random, plan: dict, state: str) -> dict:
    received = plan["starts_at"] - dt.timedelta(days=rng.randint(14, 45))
    person = rng.choice(SURNAMES) + rng.choice(GIVEN)
    return {
        "requested_by": f"{plan['unit_name']} 대표 {person}",
        "contact": f"010-{rng.randint(2000, 9999)}-{rng.randint(1000, 9999)}",
        "via_office": rng.choice(OFFICES),
        "unit_type": plan["unit_type"],
        "unit_subgroup": plan["unit_subgroup"],
        "unit_name": plan["unit_name"],
        "town": plan["town"],
        "preferred_dates": f"{(received + dt.timedelta(days=30)):%m월 %d일} 전후 평일 오후",
        "expected_attendance": rng.randint(15, 60),
        "notes": "마을 현안 설명 및 시장님과의 대화 희망",
        "state": state,
        "state_reason": "",
        "received_at": received,
        "updated_at": received,
        "version": 1,
    }


def _event_row(session: Session, kind: str, actor_id: int, at: dt.datetime, after: dict) -> dict:
    return {
        "session": session.id,
        "request": session.request_id,
        "at": at,
        "actor": actor_id,
        "kind": kind,
        "body": "",
        "before": "{}",
        "after": json.dumps(after, ensure_ascii=False),
    }
