"""The briefing's tables as rows of cells: what each shows and which cases each figure opens.

Plain functions from the queried `Briefing` to `Cell` rows (ui/briefing/figure_table.py), so the
screen only places them and tests can check every link against the list's count.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from civicdesk_gui.domain.sessions import UNIT_TYPES
from civicdesk_gui.domain.vocabulary import CLASSIFICATIONS
from civicdesk_gui.queries import briefing as q
from civicdesk_gui.queries.case_list import CaseFilter
from civicdesk_gui.ui.briefing.briefing_labels import (
    category_label,
    hours_text,
    measure_labels,
    outcome_label,
    percent,
    reason_label,
    survey_channel_label,
)
from civicdesk_gui.ui.briefing.figure_table import Cell
from civicdesk_gui.ui.shell.reference_labels import ref_name
from civicdesk_gui.ui.shell.vocabulary_labels import language, term


def count(
    value: int, case_filter: CaseFilter | None, title: str, *, alert: bool = False, tooltip: str = ""
) -> Cell:
    """A count of cases that opens exactly those cases (nothing to open when it is 0)."""
    return Cell(
        f"{value:,}",
        case_filter if value else None,
        title,
        tooltip,
        value,
        alert=alert and value > 0,
        number=True,
        count=value,
    )


def share_cell(share: float | None, *, tooltip: str = "") -> Cell:
    return Cell(percent(share), sort=share if share is not None else -1.0, number=True, tooltip=tooltip)


def outcome_rows(b: q.Briefing, context: str) -> list[list[Cell]]:
    f, scope = b.figures, b.scope
    rows = []
    for code in (*CLASSIFICATIONS, "pending"):
        name = outcome_label(code)
        rows.append(
            [
                Cell(name),
                count(f.outcomes[code], scope.filter("outcome", code), f"{name} · {context}"),
                share_cell(f.outcome_share(code, gratitude=True)),
                count(
                    f.outcomes_ng[code],
                    scope.filter("outcome_ng", code),
                    QCoreApplication.translate("BriefingSections", "{0}, gratitude left out · {1}").format(
                        name, context
                    ),
                ),
                share_cell(f.outcome_share(code, gratitude=False)),
            ]
        )
    total = QCoreApplication.translate("BriefingSections", "Received")
    rows.append(
        [
            Cell(total),
            count(f.received, scope.filter("received"), f"{total} · {context}"),
            Cell("100%" if f.received else "—", number=True),
            count(
                f.received_ng,
                scope.filter("not_gratitude"),
                QCoreApplication.translate("BriefingSections", "Received, gratitude left out · {0}").format(
                    context
                ),
            ),
            Cell("100%" if f.received_ng else "—", number=True),
        ]
    )
    return rows


def measure_rows(b: q.Briefing, context: str) -> list[list[Cell]]:
    labels = measure_labels()
    rows = []
    for key, share in b.figures.measures.items():
        name, how = labels[key]
        late = share.denominator - share.numerator
        rows.append(
            [
                Cell(name, tooltip=how),
                count(share.numerator, b.scope.filter("measure", f"{key}:met"), f"{name} · {context}"),
                count(
                    share.denominator,
                    b.scope.filter("measure", f"{key}:base"),
                    QCoreApplication.translate("BriefingSections", "{0} (judged) · {1}").format(
                        name, context
                    ),
                ),
                share_cell(share.share, tooltip=how),
                count(
                    late,
                    b.scope.filter("measure", f"{key}:late"),
                    QCoreApplication.translate("BriefingSections", "{0}: missed · {1}").format(name, context),
                    alert=key != "answered_by_team_leader",
                ),
            ]
        )
    return rows


def median_rows(b: q.Briefing, context: str) -> list[list[Cell]]:
    f = b.figures
    first = QCoreApplication.translate("BriefingSections", "Time to first reply (median)")
    result = QCoreApplication.translate("BriefingSections", "Time to the result (median)")
    return [
        [
            Cell(first),
            Cell(hours_text(f.median_first_reply_hours), number=True),
            count(f.replied, b.scope.filter("replied"), f"{first} · {context}"),
        ],
        [
            Cell(result),
            Cell(hours_text(f.median_result_hours), number=True),
            count(f.result, b.scope.filter("result"), f"{result} · {context}"),
        ],
    ]


def category_rows(b: q.Briefing, context: str) -> list[list[Cell]]:
    f = b.figures
    rows = []
    for code, value in f.categories.items():
        if code == "none" and not value:
            continue
        name = category_label(code)
        rows.append(
            [
                Cell(name),
                count(value, b.scope.filter("category", code), f"{name} · {context}"),
                share_cell(value / f.received if f.received else None),
            ]
        )
    return rows


def department_rows(b: q.Briefing, context: str) -> list[list[Cell]]:
    rows = []
    few = QCoreApplication.translate(
        "BriefingSections", "Fewer than {0} cases in the period: shown, not ranked"
    ).format(b.min_sample)
    for d in b.departments:
        d = replace(d, name=ref_name(d.name))  # the interface's language
        extra = {"department_id": d.id}
        under = d.rank is None
        rank = (
            Cell(str(d.rank), sort=d.rank, number=True)
            if d.rank
            else Cell(
                "—", tooltip=few if d.received < b.min_sample else "", sort=100_000 - d.received, muted=True
            )
        )
        rows.append(
            [
                rank,
                Cell(
                    d.name,
                    muted=under and d.received < b.min_sample,
                    tooltip=few if d.received < b.min_sample else "",
                ),
                count(d.received, b.scope.filter("received", **extra), f"{d.name} · {context}"),
                count(
                    d.open,
                    b.scope.filter("open", **extra),
                    QCoreApplication.translate("BriefingSections", "{0}: open · {1}").format(d.name, context),
                ),
                count(
                    d.overdue,
                    b.scope.filter("overdue", **extra),
                    QCoreApplication.translate("BriefingSections", "{0}: overdue · {1}").format(
                        d.name, context
                    ),
                    alert=True,
                ),
                Cell(
                    hours_text(d.median_reply_hours),
                    sort=d.median_reply_hours if d.median_reply_hours is not None else 1e9,
                    number=True,
                ),
                Cell(
                    f"{percent(d.compliance.share)} ({d.compliance.numerator:,}/{d.compliance.denominator:,})",
                    b.scope.filter("measure", "promise:met", **extra) if d.compliance.numerator else None,
                    QCoreApplication.translate("BriefingSections", "{0}: promise kept · {1}").format(
                        d.name, context
                    ),
                    QCoreApplication.translate(
                        "BriefingSections", "Promises kept (48 hours / 14 days) of those judged"
                    ),
                    d.compliance.share if d.compliance.share is not None else -1.0,
                    number=True,
                    count=d.compliance.numerator,
                ),
            ]
        )
    return rows


def managed_rows(rows_in: list[q.ManagedRow], b: q.Briefing, context: str, *, by: str) -> list[list[Cell]]:
    rows = []
    english = language() == "en"
    for row in rows_in:
        if by == "topic":
            name = (row.label_en if english else row.label_ko) or QCoreApplication.translate(
                "BriefingSections", "No topic"
            )
            key = "none" if row.key is None else str(row.key)
        else:
            name = reason_label(row.key)  # type: ignore[arg-type]
            key = row.key or "none"
        figure = "managed_topic" if by == "topic" else "managed_reason"
        cells = [Cell(name)]
        for classification, value in (
            ("long_term_review", row.long_term_review),
            ("unfeasible", row.unfeasible),
        ):
            title = f"{term(CLASSIFICATIONS, classification)} · {name} · {context}"
            cells.append(count(value, b.scope.filter(figure, f"{classification}:{key}"), title))
        rows.append(cells)
    return rows


def coverage_rows(b: q.Briefing, context: str) -> list[list[Cell]]:
    c = b.coverage
    suggestions = q.session_filter(b.scope)
    title = QCoreApplication.translate(
        "BriefingSections", "Suggestions raised at the sessions held · {0}"
    ).format(context)
    return [
        [
            Cell(QCoreApplication.translate("BriefingSections", "Sessions held")),
            Cell(f"{c.sessions_held:,}", number=True),
        ],
        [
            Cell(QCoreApplication.translate("BriefingSections", "Citizens met")),
            Cell(f"{c.citizens_met:,}", number=True),
        ],
        [
            Cell(QCoreApplication.translate("BriefingSections", "Towns covered")),
            Cell(f"{c.towns_covered} / {c.towns_total}", number=True),
        ],
        [
            Cell(QCoreApplication.translate("BriefingSections", "Suggestions")),
            count(c.suggestions, suggestions, title),
        ],
        [
            Cell(QCoreApplication.translate("BriefingSections", "Suggestions per session")),
            Cell(f"{c.suggestions_per_session:.1f}", number=True),
        ],
    ]


def unit_rows(b: q.Briefing, context: str) -> list[list[Cell]]:
    """The mix of communication units: sessions held with each, and the suggestions raised there."""
    rows = []
    for unit, sessions in sorted(b.coverage.unit_mix.items(), key=lambda item: (-item[1], item[0])):
        name = term(UNIT_TYPES, unit)
        title = QCoreApplication.translate(
            "BriefingSections", "Suggestions at sessions with {0} · {1}"
        ).format(name, context)
        suggestions = b.unit_suggestions.get(unit, 0)
        rows.append(
            [
                Cell(name),
                Cell(f"{sessions:,}", number=True),
                count(suggestions, q.session_filter(b.scope, unit), title),
            ]
        )
    return rows


def place_rows(b: q.Briefing) -> list[list[Cell]]:
    """Texts from each QR poster place in the period (Seo-gu's one-click channel)."""
    return [
        [Cell(f"{name} ({code})"), Cell(f"{texts:,}", number=True)] for code, name, texts in b.place_messages
    ]


def referral_rows(b: q.Briefing, *, shown: int = 8) -> list[list[Cell]]:
    """Referrals whose agency has not answered by the reminder date (이송·이첩 회신 지연): the longest
    waiting first, then one row with them all; every row opens the list of them all."""
    waiting = b.overdue_referrals
    if not waiting:
        return []
    title = QCoreApplication.translate("BriefingSections", "Referrals: the agency's answer is overdue")
    case_filter = q.tile_filter("referral_overdue")
    total = b.overdue_referral_count
    tooltip = QCoreApplication.translate(
        "BriefingSections", "Opens the {0} referrals waiting past their reminder date"
    ).format(f"{total:,}")
    rows = []
    for r in waiting[:shown]:
        days = QCoreApplication.translate("BriefingSections", "{0} days").format(f"{r.days_waiting:,}")
        rows.append(
            [
                Cell(ref_name(r.agency) or "—", case_filter, title, tooltip, count=total),
                Cell(r.number, case_filter, title, tooltip, count=total),
                Cell(f"{r.remind_on:%Y-%m-%d}", sort=r.remind_on.toordinal()),
                Cell(days, case_filter, title, tooltip, r.days_waiting, alert=True, number=True, count=total),
            ]
        )
    more = QCoreApplication.translate("BriefingSections", "All {0} referrals waiting").format(f"{total:,}")
    rows.append(
        [Cell(more), Cell(""), Cell(""), count(total, case_filter, title, alert=True, tooltip=tooltip)]
    )
    return rows


def _survey_cell(
    b: q.Briefing, s: q.SurveyFigures, question: str, value: str, what: str, context: str
) -> Cell:
    if question == "satisfaction":
        numerator, share = s.satisfaction[value], s.satisfaction_share(value)
    else:
        numerator, share = s.answers[question][value], s.answer_share(question, value)
    filt = q.survey_filter(b.scope, s.channel, question, value) if numerator else None
    name = survey_channel_label(s.channel)
    answered = s.satisfaction["answered"] if question == "satisfaction" else s.answers[question]["answered"]
    return Cell(
        percent(share),
        filt,
        f"{name}: {what} · {context}",
        QCoreApplication.translate("BriefingSections", "{0} of {1} answers").format(
            f"{numerator:,}", f"{answered:,}"
        ),
        share if share is not None else -1.0,
        number=True,
        count=numerator,
    )


def survey_rows(b: q.Briefing, context: str) -> list[list[Cell]]:
    columns = (
        ("satisfaction", "satisfied", QCoreApplication.translate("BriefingSections", "satisfied")),
        ("satisfaction", "neutral", QCoreApplication.translate("BriefingSections", "neutral")),
        ("satisfaction", "dissatisfied", QCoreApplication.translate("BriefingSections", "dissatisfied")),
        ("would_use_again", "yes", QCoreApplication.translate("BriefingSections", "would use it again")),
        ("would_recommend", "yes", QCoreApplication.translate("BriefingSections", "would recommend it")),
        ("wants_continued", "yes", QCoreApplication.translate("BriefingSections", "want it continued")),
    )
    rows = []
    for s in b.surveys:
        name = survey_channel_label(s.channel)
        answers = count(s.responses, q.survey_filter(b.scope, s.channel, "any", "any"), f"{name} · {context}")
        rows.append(
            [
                Cell(name),
                answers,
                *(_survey_cell(b, s, question, value, what, context) for question, value, what in columns),
            ]
        )
    return rows
