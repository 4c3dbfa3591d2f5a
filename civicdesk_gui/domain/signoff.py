"""Sign-off (결재) of what goes out in the city's name. No Qt, no SQL.

행정업무의 운영 및 혁신에 관한 규정 (영) 제10조 and its 시행규칙:
- 제4조⑥ the closing block carries the 기안자·검토자·결재권자 with their ranks and signatures, the
  시행 number and date, the address, phone, fax, the official's e-mail and the disclosure level.
- 제7조① the approver's signature carries its date; ② an official approving under delegated authority
  (위임전결) marks "전결"; ③ a deputy approving for an absent approver marks "대결" — for a delegated
  matter the absent 전결 holder's field reads "전결" and the deputy's "대결"; ④ no field for anyone else.

The line: drafted → reviewed (the team leader, 시행규칙 제6조④ 검토) → approved → issued; the reviewer or
the approver may return it with a comment (returned), and the drafter submits it again (drafted).
"""

from __future__ import annotations

from dataclasses import dataclass

from civicdesk_gui.domain.vocabulary import Term, index_terms
from civicdesk_gui.errors import TransitionError, ValidationError

LEVELS = index_terms(
    Term("team_leader", "팀장", "Team leader"),
    Term("department_head", "과장", "Head of department"),
    Term("mayor", "시장", "Mayor"),
)
SUBJECTS = index_terms(
    Term("mayor_letter", "시장 서명 회신문", "Mayor-signed letter"),
    Term("notice", "법정 통지문", "Statutory notice"),
    Term("result_reply", "처리 결과 회신", "Result reply"),
)
STATES = index_terms(
    Term("drafted", "기안", "Drafted"),
    Term("reviewed", "검토 완료", "Reviewed"),
    Term("approved", "결재 완료", "Approved"),
    Term("returned", "반려", "Returned"),
    Term("issued", "시행", "Issued"),
)
# The office setting naming who approves each subject (domain/settings_catalog.py).
LEVEL_SETTING = {subject: f"signoff.level.{subject}" for subject in SUBJECTS}

_NEXT = {
    "review": ("drafted",),
    "approve": ("drafted", "reviewed"),  # without a reviewer, or after the review
    "return": ("drafted", "reviewed"),
    "resubmit": ("returned",),
    "issue": ("approved",),
}


def check_step(step: str, state: str, *, has_reviewer: bool = True) -> None:
    """Refuse a step the draft's state does not allow (approving a draft that awaits its review
    included)."""
    allowed = _NEXT[step]
    if step == "approve" and has_reviewer:
        allowed = ("reviewed",)
    if state not in allowed:
        raise TransitionError("signoff.step", {"step": step, "state": state}, field="state")


def approval_mark(level: str, *, deputy: bool) -> str:
    """The mark in the approver's field: 대결 for a deputy, 전결 for delegated authority (anyone but
    the head of the agency, the mayor), nothing when the mayor signs (시행규칙 제7조②③)."""
    if level not in LEVELS:
        raise ValidationError("signoff.unknown_level", {"level": level}, field="level")
    if deputy:
        return "대결"
    return "" if level == "mayor" else "전결"


@dataclass(frozen=True)
class SignLine:
    """One field of the closing block: 기안자 / 검토자 / 결재권자 (or the absent 전결 holder)."""

    role: str  # drafter | reviewer | approver | delegated
    rank: str
    name: str
    mark: str = ""
    date: str = ""  # the approver's date (시행규칙 제7조①)


def sign_lines(
    *,
    drafter: tuple[str, str],
    reviewer: tuple[str, str] | None,
    approver: tuple[str, str],
    level: str,
    mark: str,
    date: str,
) -> list[SignLine]:
    """The closing block's fields, in order. A 대결 of a delegated matter shows the absent holder's
    level with "전결" and the deputy's field with "대결" (시행규칙 제7조③)."""
    lines = [SignLine("drafter", *drafter)]
    if reviewer is not None:
        lines.append(SignLine("reviewer", *reviewer))
    if mark == "대결" and level != "mayor":
        lines.append(SignLine("delegated", LEVELS[level].ko, "", "전결"))
    lines.append(SignLine("approver", approver[0], approver[1], mark, date))
    return lines
