"""Bulk-load plausible Korean cases straight through sqlite3, for benchmarks only.

The demo generator (civicdesk demo) builds realistic data through the actions, one case at a time;
that is right for demos and far too slow for a million rows. This loader writes the same columns
in large batches with the search trigger off, then rebuilds the FTS index in one pass.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3

from civicdesk_gui.store.search import create_search_support, rebuild_search_index

PLACES = [
    "공원",
    "초등학교 앞",
    "버스정류장",
    "아파트 단지",
    "시장 골목",
    "사거리",
    "주민센터 옆",
    "하천 산책로",
]
PROBLEMS = [
    ("공원 내 고사목이 쓰러질 것 같습니다", "parks"),
    ("보도블록이 깨져서 넘어질 뻔했습니다", "sidewalks"),
    ("불법 주정차 때문에 통행이 어렵습니다", "parking"),
    ("쓰레기 무단 투기가 계속되고 있습니다", "waste"),
    ("가로등이 며칠째 꺼져 있습니다", "streetlights"),
    ("도로에 포트홀이 생겨 위험합니다", "road_repair"),
    ("순환버스 노선을 신설해 주십시오", "transport"),
    ("학급 과밀 문제를 해결해 주세요", "education"),
    ("체육관 개방 시간을 늘려 주세요", "sports_culture"),
    ("횡단보도 신호 시간이 너무 짧습니다", "traffic_safety"),
    ("하수구 악취가 심합니다", "water"),
    ("공사장 소음이 밤늦게까지 계속됩니다", "environment"),
    ("빠른 처리에 감사드립니다", "gratitude"),
]
SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍"
GIVEN = [
    "민준",
    "서연",
    "도윤",
    "하은",
    "시우",
    "지우",
    "예준",
    "수아",
    "주원",
    "지민",
    "현우",
    "영숙",
    "정호",
    "미경",
]
CHANNELS = ["text"] * 6 + ["mobile_office"] * 2 + ["phone", "qr", "walk_in"]
STATES = (
    [("classified", "resolved")] * 50
    + [("classified", "in_progress")] * 15
    + [("classified", "long_term_review")] * 8
    + [("classified", "unfeasible")] * 6
    + [("classified", "referred")] * 5
    + [("classified", "acknowledged")] * 4
    + [("in_review", None)] * 5
    + [("routed", None)] * 4
    + [("received", None)] * 3
)
OPEN = {None, "in_progress", "referred", "long_term_review"}


def _ids(conn: sqlite3.Connection, table: str, key: str) -> dict[str, int]:
    return {row[1]: row[0] for row in conn.execute(f'SELECT id, {key} FROM "{table}"')}


def load_cases(path: str, count: int, *, seed: int = 7, end: dt.datetime | None = None) -> None:
    """Append `count` cases to the CivicDesk SQLite database at `path` (schema already created)."""
    rng = random.Random(seed)
    end = end or dt.datetime.now().replace(microsecond=0)
    start = end - dt.timedelta(days=3 * 365)
    span = int((end - start).total_seconds())
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=wal")
    conn.execute("PRAGMA synchronous=off")
    channels = _ids(conn, "channel", "code")
    categories = _ids(conn, "category", "code")
    topics = {
        row[0]: (row[1], row[2], row[3])
        for row in conn.execute("SELECT code, id, category_id, default_department_id FROM topic")
    }
    towns = [row[0] for row in conn.execute("SELECT id FROM town")]
    if not conn.execute("SELECT 1 FROM official LIMIT 1").fetchone():
        for department_id in [row[0] for row in conn.execute("SELECT id FROM department")]:
            for rank, responsible in (("팀장", 1), ("주무관", 0)):
                name = rng.choice(SURNAMES) + rng.choice(GIVEN)
                conn.execute(
                    "INSERT INTO official (name, rank, department_id, is_responsible, phone, active)"
                    " VALUES (?, ?, ?, ?, '', 1)",
                    (name, rank, department_id, responsible),
                )
    officials_by_department: dict[int, list[int]] = {}
    for official_id, department_id in conn.execute("SELECT id, department_id FROM official"):
        officials_by_department.setdefault(department_id, []).append(official_id)
    sessions = [row[0] for row in conn.execute("SELECT id FROM session")]
    conn.execute("DROP TRIGGER IF EXISTS case_search_ai")
    received = sorted(start + dt.timedelta(seconds=rng.randrange(span)) for _ in range(count))
    year_serials: dict[int, int] = {}
    batch: list[tuple] = []
    sql = (
        'INSERT INTO "case" (number, channel_id, received_at, submitter_name, submitter_phone, phone_valid,'
        " submitter_address, town_id, text, summary, category_id, topic_id, department_id, official_id,"
        " status, classification, reason_text, next_review_on, session_id, promise_due_at, statutory_due_at,"
        " update_due_at, first_reply_at, last_update_at, closed_at, version, created_at, updated_at)"
        " VALUES (" + ", ".join("?" * 28) + ")"
    )
    for at in received:
        serial = year_serials[at.year] = year_serials.get(at.year, 0) + 1
        problem, topic_code = rng.choice(PROBLEMS)
        place = rng.choice(PLACES)
        town = rng.choice(towns)
        text = f"{place} {problem}. 확인 부탁드립니다. ({rng.randrange(1, 999)}번지 인근)"
        channel = rng.choice(CHANNELS)
        if topic_code == "gratitude":
            category_id, topic_id, department_id = categories["gratitude"], None, None
            status, classification = rng.choice([("classified", "acknowledged"), ("received", None)])
        else:
            topic_id, category_id, department_id = topics[topic_code]
            status, classification = rng.choice(STATES)
        if status == "received":
            department_id = None
        official_ids = officials_by_department.get(department_id or -1)
        official_id = rng.choice(official_ids) if official_ids and status != "received" else None
        promise = at + (dt.timedelta(days=14) if channel == "mobile_office" else dt.timedelta(hours=48))
        statutory = at + dt.timedelta(days=9)
        age = end - at
        replied = classification is not None and rng.random() < 0.9
        first_reply = at + dt.timedelta(hours=rng.randrange(2, 60)) if replied and age.days > 3 else None
        closed = classification in ("resolved", "unfeasible", "acknowledged")
        update_due = None if closed else (first_reply or at) + dt.timedelta(days=30)
        next_review = (
            (at + dt.timedelta(days=rng.randrange(60, 400))).date()
            if classification in ("long_term_review", "unfeasible")
            else None
        )
        batch.append(
            (
                f"{at.year}-{serial:06d}",
                channels[channel],
                str(at),
                rng.choice(SURNAMES) + rng.choice(GIVEN),
                f"010-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}",
                1,
                "",
                town,
                text,
                text[:60],
                category_id,
                topic_id,
                department_id,
                official_id,
                status,
                classification,
                "",
                str(next_review) if next_review else None,
                rng.choice(sessions) if sessions and channel == "mobile_office" else None,
                str(promise),
                str(statutory) if topic_code != "gratitude" else None,
                str(update_due) if update_due else None,
                str(first_reply) if first_reply else None,
                str(first_reply) if first_reply else None,
                str(first_reply or at) if closed else None,
                1,
                str(at),
                str(at),
            )
        )
        if len(batch) >= 20_000:
            conn.executemany(sql, batch)
            conn.commit()
            batch.clear()
    if batch:
        conn.executemany(sql, batch)
    for year, serial in year_serials.items():
        conn.execute(
            "INSERT INTO counter (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value",
            (f"case:{year}", serial),
        )
    conn.commit()
    conn.close()


def finish_search_index(db) -> None:
    """Rebuild the FTS index in one pass and put the insert trigger back."""
    rebuild_search_index(db)
    create_search_support(db)
