"""A small office whose briefing figures are counted by hand (tests/queries/test_briefing.py says the
count next to each assertion). Every case is made through the real actions.

Now is Tuesday 6 October 2026, 10:00. Saturday 3 October is National Foundation Day and Monday
5 October its alternative holiday, so the last working day before today is Friday 2 October.

    case  received            channel  category        what happened
    A     Mon 28 Sep 10:00    text     complaint       roads lead; replied and resolved exactly 48 h later
    B     Mon 28 Sep 09:00    text     complaint       roads lead; replied and resolved 48 h 1 min later
    C     Thu  1 Oct 09:00    text     complaint       roads staff; replied and resolved 1 h later
    D     Sat  3 Oct 11:00    text     complaint       (a holiday) nothing yet: promise due Mon 5 Oct 11:00
    E     Mon  5 Oct 08:00    text     gratitude       (a holiday) acknowledged, thanked at 09:00
    F     Mon 14 Sep 12:00    session  suggestion      at session S (14 Sep 10:00); parks lead; in progress,
                                                       replied 25 Sep 10:00
    G     Mon 14 Sep 12:00    session  suggestion      at session S; parks lead; no reply (14 days ran out)
    H     Tue  1 Sep 10:00    text     suggestion      roads lead; long-term review (large budget, new roads),
                                                       review due 1 Oct; replied 24 h later
    I     Wed  2 Sep 10:00    qr       institutional   parks lead; unfeasible (no legal grounds, small
                                                       business); replied 22 Sep (late on both clocks)
    J     Thu 20 Aug 10:00    text     complaint       roads lead; replied and resolved 2 h later
    K     Tue 15 Sep 10:00    phone    safety          roads staff; referred to the police, replied 24 h later
    L     Tue 25 Aug 10:00    text     suggestion      roads lead; in progress, replied 26 Aug: no update since
    M     Thu 10 Sep 10:00    text     complaint       nothing at all (late on the promise and the statute)
    N     Sun  4 Oct 15:00    text     complaint       nothing yet: promise due today 15:00

Surveys: A (text, 5, would use again, would recommend, 30 Sep), C (call, 2, no, neutral, 2 Oct),
F (session, 3, wants it continued, 26 Sep), H (text, 4, would use again, would not recommend, 3 Sep).
Sessions: S held 14 Sep in 문산읍 (unit: town, 40 citizens); T scheduled today 14:00 (village).
"""

from __future__ import annotations

import datetime as dt

from civicdesk_gui.actions import cases as actions
from civicdesk_gui.actions.actor import Actor
from civicdesk_gui.actions.surveys import record_survey
from civicdesk_gui.store.models import Agency, Case, Department, Official, Session, Topic, Town

D = dt.datetime
NOW = D(2026, 10, 6, 10, 0)
H = dt.timedelta(hours=1)


def _version(case_id: int) -> int:
    return Case.get_by_id(case_id).version


def make_office(actor: Actor) -> dict[str, int]:
    roads = Department.get(Department.code == "도로관리과")
    parks = Department.get(Department.code == "공원녹지과")
    roads_lead = Official.create(name="김도로", rank="팀장", department=roads, is_responsible=True)
    roads_staff = Official.create(name="이보수", rank="주무관", department=roads)
    parks_lead = Official.create(name="박공원", rank="팀장", department=parks, is_responsible=True)
    munsan = Town.get(Town.name == "문산읍")
    session = Session.create(
        number="S2026-0001",
        title="문산읍 이동시장실",
        starts_at=D(2026, 9, 14, 10, 0),
        ends_at=D(2026, 9, 14, 12, 0),
        town=munsan,
        unit_type="town",
        state="held",
        attendees=40,
        ics_uid="s1@civicdesk",
    )
    Session.create(
        number="S2026-0002",
        title="교하 마을 이동시장실",
        starts_at=D(2026, 10, 6, 14, 0),
        ends_at=D(2026, 10, 6, 16, 0),
        unit_type="village",
        unit_name="교하 마을",
        state="scheduled",
        ics_uid="s2@civicdesk",
    )
    ids: dict[str, int] = {}

    def intake(name: str, received: dt.datetime, category: str, channel: str = "text", **extra) -> int:
        result = actions.intake_case(
            channel=channel,
            text=f"{name} 민원 내용입니다",
            category=category,
            received_at=received,
            at=received,
            actor=actor,
            **extra,
        )
        ids[name] = result.case_id
        return result.case_id

    def handle(case_id: int, department, official, at: dt.datetime) -> None:
        actions.route_case(
            case_id=case_id, department_id=department.id, actor=actor, expected_version=None, at=at
        )
        actions.assign_official(
            case_id=case_id, official_id=official.id, actor=actor, expected_version=None, at=at
        )

    def reply(case_id: int, at: dt.datetime) -> None:
        actions.record_reply(
            case_id=case_id, method="sms", text="결과 안내", actor=actor, expected_version=None, at=at
        )

    def classify(case_id: int, outcome: str, at: dt.datetime, **extra) -> None:
        actions.classify_case(
            case_id=case_id, classification=outcome, actor=actor, expected_version=None, at=at, **extra
        )

    # A, B: resolved at the 48-hour mark, and a minute after it.
    for name, received, late in (("A", D(2026, 9, 28, 10, 0), 0), ("B", D(2026, 9, 28, 9, 0), 1)):
        case = intake(name, received, "civil_complaint")
        handle(case, roads, roads_lead, received + H)
        done = received + dt.timedelta(hours=48, minutes=late)
        reply(case, done)
        classify(case, "resolved", done)
    # C: resolved within the hour by a staff member.
    case = intake("C", D(2026, 10, 1, 9, 0), "civil_complaint")
    handle(case, roads, roads_staff, D(2026, 10, 1, 9, 10))
    reply(case, D(2026, 10, 1, 10, 0))
    classify(case, "resolved", D(2026, 10, 1, 10, 0))
    # D, N: nothing yet; E: thanks on a holiday.
    intake("D", D(2026, 10, 3, 11, 0), "civil_complaint")
    intake("N", D(2026, 10, 4, 15, 0), "civil_complaint")
    case = intake("E", D(2026, 10, 5, 8, 0), "gratitude")
    classify(case, "acknowledged", D(2026, 10, 5, 8, 30))
    reply(case, D(2026, 10, 5, 9, 0))
    # F, G: suggestions at the session of 14 September.
    for name in ("F", "G"):
        case = intake(
            name, D(2026, 9, 14, 12, 0), "policy_suggestion", "mobile_office", session_id=session.id
        )
        handle(case, parks, parks_lead, D(2026, 9, 15, 9, 0))
    classify(ids["F"], "in_progress", D(2026, 9, 25, 10, 0))
    reply(ids["F"], D(2026, 9, 25, 10, 0))
    # H: long-term review, its review date already come.
    case = intake(
        "H", D(2026, 9, 1, 10, 0), "policy_suggestion", topic_id=Topic.get(Topic.code == "new_roads").id
    )
    handle(case, roads, roads_lead, D(2026, 9, 1, 11, 0))
    reply(case, D(2026, 9, 2, 10, 0))
    classify(
        case,
        "long_term_review",
        D(2026, 9, 2, 10, 0),
        reason_code="large_budget",
        reason_text="예산 과다",
        next_review_on=dt.date(2026, 10, 1),
    )
    # I: unfeasible, answered late.
    case = intake(
        "I",
        D(2026, 9, 2, 10, 0),
        "institutional_improvement",
        "qr",
        topic_id=Topic.get(Topic.code == "small_business").id,
    )
    handle(case, parks, parks_lead, D(2026, 9, 2, 11, 0))
    classify(
        case,
        "unfeasible",
        D(2026, 9, 22, 10, 0),
        reason_code="no_legal_grounds",
        reason_text="법적 근거 없음",
    )
    reply(case, D(2026, 9, 22, 10, 0))
    # J: an August complaint resolved in two hours.
    case = intake("J", D(2026, 8, 20, 10, 0), "civil_complaint")
    handle(case, roads, roads_lead, D(2026, 8, 20, 10, 30))
    reply(case, D(2026, 8, 20, 12, 0))
    classify(case, "resolved", D(2026, 8, 20, 12, 0))
    # K: referred to the police, answered by a staff member.
    case = intake("K", D(2026, 9, 15, 10, 0), "safety", "phone")
    handle(case, roads, roads_staff, D(2026, 9, 15, 11, 0))
    actions.refer_case(
        case_id=case,
        agency_id=Agency.get(Agency.name == "파주경찰서").id,
        note="경찰서 소관",
        actor=actor,
        expected_version=None,
        at=D(2026, 9, 16, 10, 0),
    )
    reply(case, D(2026, 9, 16, 10, 0))
    # L: in progress since August, not updated since.
    case = intake("L", D(2026, 8, 25, 10, 0), "policy_suggestion")
    handle(case, roads, roads_lead, D(2026, 8, 25, 11, 0))
    classify(case, "in_progress", D(2026, 8, 26, 10, 0))
    reply(case, D(2026, 8, 26, 10, 0))
    # M: forgotten.
    intake("M", D(2026, 9, 10, 10, 0), "civil_complaint")

    survey_at = {
        "A": D(2026, 9, 30, 12, 0),
        "C": D(2026, 10, 2, 11, 0),
        "F": D(2026, 9, 26, 15, 0),
        "H": D(2026, 9, 3, 9, 0),
    }
    record_survey(case_id=ids["A"], channel="text", satisfaction=5, would_use_again="yes", would_recommend="yes",
                  surveyed_at=survey_at["A"], actor=actor, at=NOW)  # fmt: skip
    record_survey(case_id=ids["C"], channel="call", satisfaction=2, would_use_again="no", would_recommend="neutral",
                  surveyed_at=survey_at["C"], actor=actor, at=NOW)  # fmt: skip
    record_survey(case_id=ids["F"], channel="session", satisfaction=3, wants_continued="yes",
                  surveyed_at=survey_at["F"], actor=actor, at=NOW)  # fmt: skip
    record_survey(case_id=ids["H"], channel="text", satisfaction=4, would_use_again="yes", would_recommend="no",
                  surveyed_at=survey_at["H"], actor=actor, at=NOW)  # fmt: skip
    return ids
