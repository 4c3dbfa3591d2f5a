"""Import of satisfaction surveys from a CSV file (the CLI's `civicdesk surveys import`).

documents/survey_import.py parses the file; here each good row becomes a survey through the same
write as the detail pane's form (actions/surveys.py), in batches of one transaction each. Every line
is accounted for, as in the gateway import:
- imported;
- duplicate: the case already has this very survey (same date, channel and answers), or an earlier line
  of the file gave it — importing a file twice adds nothing;
- rejected with its row and a reason code: unparseable date or answer, unknown case number, a survey
  dated before the case or in the future, or the case already has a different survey.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from civicdesk_gui.actions.actor import Actor
from civicdesk_gui.actions.permission import require
from civicdesk_gui.actions.surveys import check_survey_date, write_survey
from civicdesk_gui.documents.sms_import import RowProblem
from civicdesk_gui.documents.survey_import import ParsedSurvey, parse_survey_file
from civicdesk_gui.domain.changes import Changes
from civicdesk_gui.domain.surveys import SurveyAnswers
from civicdesk_gui.errors import ValidationError
from civicdesk_gui.queries.imports import case_ids_by_number
from civicdesk_gui.store.database import database_proxy
from civicdesk_gui.store.models import Case, Survey, now

DEFAULT_BATCH_SIZE = 200


@dataclass
class SurveyImportReport:
    file: str
    encoding: str = ""
    total_rows: int = 0
    imported: int = 0
    duplicates: int = 0
    rejected: list[RowProblem] = field(default_factory=list)
    cancelled: bool = False
    survey_ids: list[int] = field(default_factory=list)
    case_ids: list[int] = field(default_factory=list)

    @property
    def changes(self) -> Changes:
        return Changes.of(surveys=self.survey_ids, case_history=self.case_ids)


def _same(survey: Survey, parsed: ParsedSurvey) -> bool:
    stored = SurveyAnswers(
        survey.channel,
        survey.satisfaction,
        survey.would_use_again,
        survey.would_recommend,
        survey.wants_continued,
        survey.comment,
    )
    return stored == parsed.answers and survey.surveyed_at == parsed.surveyed_at


def import_survey_file(
    path: str | Path,
    *,
    actor: Actor,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> SurveyImportReport:
    with database_proxy.atomic():
        require(actor, "case.survey_import")  # before the file is read: a refusal writes nothing
    parsed = parse_survey_file(path)
    report = SurveyImportReport(
        parsed.file, parsed.encoding, parsed.total_rows, rejected=list(parsed.rejected)
    )
    at = now()
    seen: dict[str, ParsedSurvey] = {}
    done = report.total_rows - len(parsed.rows)
    for start in range(0, len(parsed.rows), batch_size):
        if should_stop is not None and should_stop():
            report.cancelled = True
            break
        batch = parsed.rows[start : start + batch_size]
        created: list[tuple[int, int]] = []
        duplicates = 0
        problems: list[RowProblem] = []
        with database_proxy.atomic():
            ids = case_ids_by_number(p.case_number for p in batch)
            cases = {c.number: c for c in Case.select().where(Case.id.in_(list(ids.values())))}
            surveys = {
                s.case_id: s for s in Survey.select().where(Survey.case.in_([c.id for c in cases.values()]))
            }
            for item in batch:
                case = cases.get(item.case_number)
                if case is None:
                    problems.append(
                        RowProblem(
                            report.file,
                            item.row,
                            "import.row_survey_unknown_case",
                            {"number": item.case_number},
                        )
                    )
                    continue
                earlier = seen.get(item.case_number)
                if earlier is not None:
                    if earlier.answers == item.answers and earlier.surveyed_at == item.surveyed_at:
                        duplicates += 1
                    else:
                        problems.append(
                            RowProblem(
                                report.file,
                                item.row,
                                "import.row_survey_repeated",
                                {"number": case.number, "row": earlier.row},
                            )
                        )
                    continue
                stored = surveys.get(case.id)
                if stored is not None:
                    if _same(stored, item):
                        duplicates += 1
                    else:
                        problems.append(
                            RowProblem(
                                report.file, item.row, "import.row_survey_exists", {"number": case.number}
                            )
                        )
                    continue
                try:
                    check_survey_date(case, item.surveyed_at, at)
                except ValidationError as exc:
                    problems.append(RowProblem(report.file, item.row, exc.code, dict(exc.values)))
                    continue
                seen[item.case_number] = item
                survey = write_survey(case, item.answers, surveyed_at=item.surveyed_at, actor=actor, at=at)
                created.append((survey.id, case.id))
        # Counted once the batch is committed, so the report never claims a rolled-back row.
        report.imported += len(created)
        report.duplicates += duplicates
        report.rejected.extend(problems)
        report.survey_ids.extend(s for s, _ in created)
        report.case_ids.extend(c for _, c in created)
        done += len(batch)
        if progress:
            progress(done, report.total_rows)
    report.rejected.sort(key=lambda p: p.row)
    return report
