"""Batch of mayor-signed letters: throughput and size (issue 4 targets: >= 40 letters/s on one core,
<= 60 KB per letter with the seal).

    python benchmarks/bench_letters.py [--letters 1000] [--db sqlite:///tmp/bench.db]

Measures (1) rendering alone and (2) full issuing through the action (register number, PDF, SHA-256,
Letter row, reply clocks, history event; one transaction per letter) on a fresh SQLite file (or the
PostgreSQL database of --db). Beside the wall-clock rate it prints the CPU each letter cost: the batch's
own process, its render workers (reaped when the batch ends) and, on a PostgreSQL server on this
machine, the server process of the batch's connection — on a shared machine the wall clock measures the
queue for a core, the CPU time what the work costs. `--workers 1` renders in the batch's process.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from civicdesk_gui.actions.actor import ensure_user  # noqa: E402
from civicdesk_gui.actions.cases import classify_case, intake_case, start_review  # noqa: E402
from civicdesk_gui.actions.letter_batch import issue_pending_letters  # noqa: E402
from civicdesk_gui.documents.letters.content import letter_content  # noqa: E402
from civicdesk_gui.documents.letters.layout import render_letter  # noqa: E402
from civicdesk_gui.queries.letters import awaiting_case_ids, case_facts, letter_draft  # noqa: E402
from civicdesk_gui.store.database import database_proxy  # noqa: E402
from civicdesk_gui.store.models import Department, Official  # noqa: E402
from civicdesk_gui.store.office_settings import city_settings  # noqa: E402
from civicdesk_gui.store.opening import connect  # noqa: E402

SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍"
GIVEN = ["영희", "철수", "민준", "서연", "하늘", "지호", "수빈", "예린", "도윤", "시우", "순자", "광수"]
REQUESTS = [
    "문산읍 당동리 통학로에 보도를 설치해 주세요. 아이들이 차도로 걸어 다닙니다.",
    "운정역에서 신도시를 도는 순환버스를 만들어 주세요. GTX 역까지 가기가 너무 어렵습니다.",
    "금촌동 체육공원에 야간 조명과 실내 체육관을 지어 주세요.",
    "교하동 초등학교 과밀학급을 해소하도록 학교를 새로 지어 주세요.",
    "법원읍 마을 안길이 좁아 소방차가 들어오지 못합니다. 도로를 넓혀 주세요.",
]
REASONS = [
    (
        "large_budget",
        "보도 신설에는 사유지 편입과 약 38억 원의 사업비가 필요하여 2027년 본예산 편성 때 다시 검토합니다.",
    ),
    ("equity_conflict", "인근 주민들이 소음과 주차 문제로 반대 의견을 내어 주민 협의를 먼저 거쳐야 합니다."),
    (
        "insufficient_feasibility",
        "예상 이용객이 하루 300명에 못 미쳐 사업 타당성 조사에서 기준을 넘지 못했습니다.",
    ),
    (
        "no_legal_grounds",
        "학교 신설은 교육청 소관으로 시가 직접 추진할 법적 근거가 없어 교육지원청에 건의하였습니다.",
    ),
]


def make_cases(count: int, rng: random.Random) -> None:
    actor = ensure_user("bench", display_name="벤치마크")
    departments = list(Department.select().limit(6))
    for dept in departments:
        Official.create(name="박민수", rank="주무관", department=dept, phone=dept.phone, is_responsible=True)
    with database_proxy.atomic():
        for index in range(count):
            dept = departments[index % len(departments)]
            code, reason = rng.choice(REASONS)
            result = intake_case(
                channel=rng.choice(["text", "mobile_office", "phone"]),
                text=rng.choice(REQUESTS),
                actor=actor,
                received_at=dt.datetime(2026, 10, 1, 9) + dt.timedelta(hours=index),
                submitter_name=rng.choice(SURNAMES) + rng.choice(GIVEN),
                submitter_address=f"경기도 파주시 문산읍 당동{rng.randint(1, 30)}로 {rng.randint(1, 200)}",
                department_id=dept.id,
            )
            change = start_review(case_id=result.case_id, actor=actor, expected_version=None)
            classify_case(
                case_id=result.case_id,
                classification=rng.choice(["long_term_review", "unfeasible"]),
                reason_code=code,
                reason_text=reason,
                actor=actor,
                expected_version=change.version,
            )


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _server_cpu() -> float | None:
    """CPU seconds of this connection's PostgreSQL server process (None: SQLite, or not on this machine)."""
    import peewee

    if not isinstance(database_proxy.obj, peewee.PostgresqlDatabase):
        return None
    pid = database_proxy.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--letters", type=int, default=1000)
    parser.add_argument("--db", default=None)
    parser.add_argument("--workers", type=int, default=None, help="render processes (default: one per core)")
    args = parser.parse_args()
    url = args.db or f"sqlite:///{Path(tempfile.mkdtemp(prefix='bench-letters-')) / 'bench.db'}"
    connect(url)
    rng = random.Random(4)
    started = time.perf_counter()
    make_cases(args.letters, rng)
    print(f"setup: {args.letters} cases in {time.perf_counter() - started:.1f} s")

    ids = awaiting_case_ids()
    city = city_settings()
    sample = ids[: min(200, len(ids))]
    contents = []
    for case_id in sample:
        draft = letter_draft(case_id, "ko")
        contents.append(
            letter_content(
                case_facts(case_id),
                city,
                language="ko",
                subject=draft.subject,
                body=draft.body,
                register_number="도로관리과-1",
                issue_date=dt.date(2026, 11, 22),
            )
        )
    render_letter(contents[0])  # font registration happens once per process; not part of the rate
    started = time.perf_counter()
    for content in contents:
        render_letter(content)
    render_rate = len(contents) / (time.perf_counter() - started)
    print(f"render only: {render_rate:.1f} letters/s ({len(contents)} letters)")

    actor = ensure_user("bench")
    load = os.getloadavg()
    server = _server_cpu()
    main_cpu, workers_cpu = time.process_time(), _children_cpu()
    started = time.perf_counter()
    result = issue_pending_letters(ids, actor=actor, workers=args.workers)
    elapsed = time.perf_counter() - started
    main_cpu, workers_cpu = time.process_time() - main_cpu, _children_cpu() - workers_cpu
    server = _server_cpu() - server if server is not None else None
    sizes = [len(letter.pdf) for letter in result.issued]
    print(
        f"issue (render + number + hash + store + history, one transaction each): {len(result.issued)} letters "
        f"in {elapsed:.1f} s = {len(result.issued) / elapsed:.1f} letters/s"
    )
    print(
        f"size per letter: mean {statistics.mean(sizes) / 1024:.1f} KB, "
        f"max {max(sizes) / 1024:.1f} KB, min {min(sizes) / 1024:.1f} KB"
    )
    count = max(1, len(result.issued))
    server_text = f", database server {1000 * server / count:.2f}" if server is not None else ""
    print(
        f"cpu per letter: batch process {1000 * main_cpu / count:.2f} ms, "
        f"render workers {1000 * workers_cpu / count:.2f} ms{server_text} "
        f"(load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} as it began)"
    )
    numbers = [letter.register_number for letter in result.issued]
    assert len(set(numbers)) == len(numbers), "register numbers must be unique"
    print(f"failed: {len(result.failed)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
