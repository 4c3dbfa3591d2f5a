"""What team mode costs: the permission check every action makes (one user read inside its
transaction), a sign-in (argon2id verify, by design tens of milliseconds), and recording a view of
personal data (the detail pane reveals it on request) — on SQLite or PostgreSQL.

    python benchmarks/bench_team_mode.py [--db URL] [--repeat 2000]

Without --db a fresh SQLite file in a temporary folder is used; a PostgreSQL URL must name an empty
database. Each figure is the median of --repeat runs, beside the bare SQL it adds (a primary-key read)."""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from civicdesk_gui.actions import cases, users  # noqa: E402
from civicdesk_gui.actions.audit import reveal_personal_data  # noqa: E402
from civicdesk_gui.actions.permission import require  # noqa: E402
from civicdesk_gui.store.database import database_proxy  # noqa: E402
from civicdesk_gui.store.opening import connect  # noqa: E402

PASSWORD = "벤치마크 비밀번호 2026"


def _median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--repeat", type=int, default=2000)
    args = parser.parse_args()
    url = args.db or f"sqlite:///{Path(tempfile.mkdtemp(prefix='civicdesk-team-bench-')) / 'bench.db'}"
    target = connect(url)
    users.add_user(login="admin", display_name="정관리", role="admin", password=PASSWORD, actor=None)
    admin = users.sign_in(login="admin", password=PASSWORD).actor
    case_id = cases.intake_case(channel="text", text="가로등 고장", actor=admin).case_id
    case = cases.get_case(case_id)

    def check() -> None:
        with database_proxy.atomic():
            require(admin, "case.note", case=case)

    def bare() -> None:
        with database_proxy.atomic():
            database_proxy.execute_sql(
                'SELECT role, department_id, active FROM "user" WHERE id = %s'.replace(
                    "%s", "?" if target.backend == "sqlite" else "%s"
                ),
                (admin.id,),
            ).fetchone()

    print(
        f"{target.backend}: permission check {_median_ms(check, args.repeat):.3f} ms "
        f"(bare user read in a transaction {_median_ms(bare, args.repeat):.3f} ms)"
    )
    print(
        f"{target.backend}: sign-in (argon2id verify + audit row) "
        f"{_median_ms(lambda: users.sign_in(login='admin', password=PASSWORD), 20):.1f} ms"
    )
    print(
        f"{target.backend}: reveal personal data (audited) "
        f"{_median_ms(lambda: reveal_personal_data(case_id=case_id, actor=admin), args.repeat // 4):.3f} ms"
    )


if __name__ == "__main__":
    main()
