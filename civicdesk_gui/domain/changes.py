"""What an action changed, said by the action itself (DESIGN.md §1).

Every action returns a `Changes` inside its result; the GUI's runner announces it once, and each view
refreshes only when the notice touches what it shows. The action knows what it wrote — voiding a
letter touches the letter *and* its case — so no widget has to guess.

`cases` are cases whose row changed (state, clocks, department … what lists and counts show);
`case_history` are cases that only gained a history event (an internal note): the detail pane shows
those, a list need not reload for them. Record sets are frozensets of ids, or `MANY` when the action touched too many to list (an import, a
batch): a view then reloads whatever it shows of that kind. Settings and reference data are named
by key ("city.name", "letter_templates", "departments" …).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Final


class _Many:
    """ "Too many to list": every record of the kind may have changed."""

    _instance: _Many | None = None

    def __new__(cls) -> _Many:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "MANY"

    def __bool__(self) -> bool:
        return True

    def __reduce__(self):  # one instance even across pickling (process pools)
        return (_Many, ())


MANY: Final = _Many()

IdSet = frozenset[int] | _Many


def _ids(value: Iterable[int] | _Many | None) -> IdSet:
    if value is None:
        return frozenset()
    if isinstance(value, _Many):
        return MANY
    return frozenset(int(v) for v in value if v is not None)


def _union(a: IdSet, b: IdSet) -> IdSet:
    if isinstance(a, _Many) or isinstance(b, _Many):
        return MANY
    return a | b


def _touches(changed: IdSet, shown: Iterable[int] | None) -> bool:
    """True when `changed` may include any of `shown` (None: "anything of the kind")."""
    if not changed:
        return False
    if isinstance(changed, _Many) or shown is None:
        return True
    return not changed.isdisjoint(shown)


@dataclass(frozen=True)
class Changes:
    cases: IdSet = frozenset()
    case_history: IdSet = frozenset()
    letters: IdSet = frozenset()
    sessions: IdSet = frozenset()
    session_requests: IdSet = frozenset()
    surveys: IdSet = frozenset()  # satisfaction survey answers (the briefing's survey figures)
    outbox: IdSet = frozenset()  # reply outbox messages (ui/outbox/)
    settings: frozenset[str] = field(default_factory=frozenset)  # office or desk setting keys
    reference: frozenset[str] = field(default_factory=frozenset)  # reference tables, templates, users …

    @classmethod
    def of(
        cls,
        *,
        cases: Iterable[int] | _Many | None = None,
        case_history: Iterable[int] | _Many | None = None,
        letters: Iterable[int] | _Many | None = None,
        sessions: Iterable[int] | _Many | None = None,
        session_requests: Iterable[int] | _Many | None = None,
        surveys: Iterable[int] | _Many | None = None,
        outbox: Iterable[int] | _Many | None = None,
        settings: Iterable[str] = (),
        reference: Iterable[str] = (),
    ) -> Changes:
        return cls(
            cases=_ids(cases),
            case_history=_ids(case_history),
            letters=_ids(letters),
            sessions=_ids(sessions),
            session_requests=_ids(session_requests),
            surveys=_ids(surveys),
            outbox=_ids(outbox),
            settings=frozenset(settings),
            reference=frozenset(reference),
        )

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            cases=_union(self.cases, other.cases),
            case_history=_union(self.case_history, other.case_history),
            letters=_union(self.letters, other.letters),
            sessions=_union(self.sessions, other.sessions),
            session_requests=_union(self.session_requests, other.session_requests),
            surveys=_union(self.surveys, other.surveys),
            outbox=_union(self.outbox, other.outbox),
            settings=self.settings | other.settings,
            reference=self.reference | other.reference,
        )

    def __bool__(self) -> bool:
        return bool(
            self.cases
            or self.case_history
            or self.letters
            or self.sessions
            or self.session_requests
            or self.surveys
            or self.outbox
            or self.settings
            or self.reference
        )

    # What views ask: "does this notice touch what I show?" (None: anything of that kind)
    def touches_cases(self, shown: Iterable[int] | None = None) -> bool:
        return _touches(self.cases, shown)

    def touches_case_history(self, shown: Iterable[int] | None = None) -> bool:
        """The case's history (detail pane): any change to the case, or an event added to it."""
        return _touches(self.cases, shown) or _touches(self.case_history, shown)

    def touches_letters(self, shown: Iterable[int] | None = None) -> bool:
        return _touches(self.letters, shown)

    def touches_sessions(self, shown: Iterable[int] | None = None) -> bool:
        return _touches(self.sessions, shown)

    def touches_session_requests(self, shown: Iterable[int] | None = None) -> bool:
        return _touches(self.session_requests, shown)

    def touches_surveys(self, shown: Iterable[int] | None = None) -> bool:
        return _touches(self.surveys, shown)

    def touches_outbox(self, shown: Iterable[int] | None = None) -> bool:
        return _touches(self.outbox, shown)

    def touches_settings(self, *keys: str) -> bool:
        """Any of these keys (or a key under a prefix ending in '.'); no keys: any setting."""
        if not keys or "*" in self.settings:  # "*": any setting (another desk's notice, unlisted)
            return bool(self.settings)
        return any(
            changed == key or (key.endswith(".") and changed.startswith(key))
            for changed in self.settings
            for key in keys
        )

    def touches_reference(self, *names: str) -> bool:
        if not names or "*" in self.reference:
            return bool(self.reference)
        return not self.reference.isdisjoint(names)


NOTHING: Final = Changes()


# ------------------------------------------------------------------- between desks (live team)

_ID_KINDS = ("cases", "case_history", "letters", "sessions", "session_requests", "surveys", "outbox")
_NAME_KINDS = ("settings", "reference")
NOTICE_LIMIT = 7000  # PostgreSQL's NOTIFY payload must stay under 8000 bytes

EVERYTHING: Final = Changes(
    cases=MANY,
    case_history=MANY,
    letters=MANY,
    sessions=MANY,
    session_requests=MANY,
    surveys=MANY,
    outbox=MANY,
    settings=frozenset({"*"}),
    reference=frozenset({"*"}),
)
"""What another desk may have changed when all we know is that it wrote (SQLite's data_version)."""


def to_notice(changes: Changes, origin: str) -> str:
    """`changes` as one line of JSON for another desk (`"*"` for MANY); a notice too long for NOTIFY
    says MANY for the kinds it touches instead of listing them."""
    import json

    def encode(value: IdSet) -> object:
        return "*" if isinstance(value, _Many) else sorted(value)

    body: dict[str, object] = {"o": origin}
    for kind in _ID_KINDS:
        value = getattr(changes, kind)
        if value:
            body[kind] = encode(value)
    for kind in _NAME_KINDS:
        names = getattr(changes, kind)
        if names:
            body[kind] = sorted(names)
    text = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    if len(text.encode()) > NOTICE_LIMIT:
        body = {"o": origin, **{k: "*" for k in (*_ID_KINDS, *_NAME_KINDS) if getattr(changes, k)}}
        text = json.dumps(body, separators=(",", ":"))
    return text


def from_notice(text: str) -> tuple[Changes, str]:
    """The Changes and the origin desk of a notice written by to_notice."""
    import json

    body = json.loads(text)
    values: dict[str, object] = {}
    for kind in _ID_KINDS:
        if kind in body:
            values[kind] = MANY if body[kind] == "*" else body[kind]
    for kind in _NAME_KINDS:
        if kind in body:
            values[kind] = EVERYTHING.settings if body[kind] == "*" else body[kind]
    return Changes.of(**values), str(body.get("o", ""))
