"""One desk of the concurrency test, as its own process: `python -m tests.concurrent_desk URL DESK OPS SEED
GO_FILE OUT_FILE`.

It waits for GO_FILE (so that all desks start writing at the same moment, imports done), then does
OPS writes through the real actions — take in a case, record progress on a shared case (the version
it read: a stale write is a ConflictError), add a note, issue a letter — and writes every outcome to
OUT_FILE as JSON: what succeeded (with the ids, numbers and versions it wrote), each conflict, and
every unexpected error with its traceback.
"""

from __future__ import annotations

import json
import random
import sys
import time
import traceback
from pathlib import Path


def main(argv: list[str]) -> int:
    url, desk, ops, seed, go_file, out_file = argv
    from civicdesk_gui.actions.actor import ensure_user
    from civicdesk_gui.actions.cases import add_note, intake_case, record_progress
    from civicdesk_gui.actions.letters import issue_letter
    from civicdesk_gui.errors import ConflictError, ValidationError
    from civicdesk_gui.queries.letters import awaiting_case_ids, letter_draft
    from civicdesk_gui.store.models import Case
    from civicdesk_gui.store.opening import connect

    connect(url, migrate=False, check=False)
    actor = ensure_user(f"desk{desk}", display_name=f"창구 {desk}")
    rng = random.Random(int(seed))
    shared = [c.id for c in Case.select(Case.id).order_by(Case.id)]
    Path(f"{go_file}.{desk}.ready").touch()
    while not Path(go_file).exists():
        time.sleep(0.01)
    outcomes: list[dict] = []
    for index in range(int(ops)):
        roll = rng.random()
        kind = "intake" if roll < 0.25 else "progress" if roll < 0.7 else "note" if roll < 0.9 else "letter"
        try:
            if kind == "intake":
                result = intake_case(
                    channel="text",
                    text=f"창구 {desk}의 {index}번째 민원: 가로등이 꺼졌습니다",
                    actor=actor,
                    submitter_phone="010-1234-5678",
                    find_duplicates=False,
                )
                outcomes.append({"ok": kind, "case": result.case_id, "number": result.number})
            elif kind == "progress":
                case_id = rng.choice(shared)
                version = Case.get_by_id(case_id).version  # what the desk had on screen
                time.sleep(rng.random() * 0.01)  # the coordinator types
                change = record_progress(
                    case_id=case_id, text=f"창구 {desk} 진행 {index}", actor=actor, expected_version=version
                )
                outcomes.append({"ok": kind, "case": case_id, "version": change.version})
            elif kind == "note":
                case_id = rng.choice(shared)
                add_note(case_id=case_id, text=f"창구 {desk} 메모 {index}", actor=actor)
                outcomes.append({"ok": kind, "case": case_id})
            else:
                due = awaiting_case_ids()
                if not due:
                    outcomes.append({"skipped": kind})
                    continue
                case_id = rng.choice(due)
                draft = letter_draft(case_id, "ko")
                issued = issue_letter(
                    case_id=case_id,
                    actor=actor,
                    expected_version=draft.case_version,
                    language="ko",
                    subject=draft.subject,
                    body=draft.body,
                )
                outcomes.append(
                    {
                        "ok": kind,
                        "case": case_id,
                        "register": issued.register_number,
                        "version": issued.case_version,
                    }
                )
        except ConflictError as exc:
            outcomes.append({"conflict": kind, "code": exc.code})
        except ValidationError as exc:
            if exc.code != "letter.already_issued":  # another desk issued it first: a conflict too
                outcomes.append({"error": kind, "text": f"{exc.code}: {exc}"})
            else:
                outcomes.append({"conflict": kind, "code": exc.code})
        except Exception:
            outcomes.append({"error": kind, "text": traceback.format_exc()})
    Path(out_file).write_text(json.dumps(outcomes, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
