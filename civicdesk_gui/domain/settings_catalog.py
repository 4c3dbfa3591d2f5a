"""Every setting CivicDesk keeps, declared once: key, type, default, translatable label and scope.

- desk: this computer's preferences (window layout, last view, language), kept in QSettings and read
  through ui/shell/preferences.py.
- office: shared by every desk of one database (the letterhead, the letter language), kept in the
  `setting` table and read through store/office_settings.py, which refuses undeclared keys.

Labels are English source text marked for lupdate; the UI shows them through
`QCoreApplication.translate(LABEL_CONTEXT, label)` (preferences.label). A key is never reused for a
different meaning: to rename one, declare the new key here and add an upgrade in settings_upgrade.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from civicdesk_gui.translatable import QT_TRANSLATE_NOOP

DESK: Final = "desk"
OFFICE: Final = "office"
SCOPES: Final = (DESK, OFFICE)
# bytes: a Qt saveState()/saveGeometry() blob (the UI hands it to Qt as a QByteArray).
TYPES: Final = (str, int, bool, bytes)
LABEL_CONTEXT: Final = "Settings"
LANGUAGES: Final = ("ko", "en")
# The interface: Korean, English, or whatever the operating system is set to (Korean or else English).
UI_LANGUAGES: Final = (*LANGUAGES, "system")


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    label: str
    scope: str
    choices: tuple[Any, ...] = ()  # when not empty, the only values allowed

    def accepts(self, value: Any) -> bool:
        """True for a value of the declared type (bool is not an int here) and among the choices."""
        if type(value) is not self.type:
            return False
        return not self.choices or value in self.choices

    def check(self, value: Any) -> None:
        """Raise for a value this setting cannot hold: callers validate users' input first, so this
        is a guard against bugs, not a message for the user."""
        if type(value) is not self.type:
            raise TypeError(f"setting {self.key!r} holds {self.type.__name__}, not {type(value).__name__}")
        if self.choices and value not in self.choices:
            raise ValueError(f"setting {self.key!r} is one of {self.choices!r}, not {value!r}")


def _desk(key: str, type_: type, default: Any, label: str, choices: tuple = ()) -> Setting:
    return Setting(key, type_, default, label, DESK, choices)


def _office(key: str, type_: type, default: Any, label: str, choices: tuple = ()) -> Setting:
    return Setting(key, type_, default, label, OFFICE, choices)


DECLARED: Final = (
    # This desk (QSettings keys: group/name).
    _desk("window/geometry", bytes, b"", QT_TRANSLATE_NOOP("Settings", "Main window size and position")),
    _desk("window/state", bytes, b"", QT_TRANSLATE_NOOP("Settings", "Main window panels")),
    _desk("window/screen", str, "briefing", QT_TRANSLATE_NOOP("Settings", "Screen shown at start")),
    _desk(
        "cases/header", bytes, b"", QT_TRANSLATE_NOOP("Settings", "Case list columns (order, widths, hidden)")
    ),
    _desk("cases/splitter", bytes, b"", QT_TRANSLATE_NOOP("Settings", "Case list and detail split")),
    _desk(
        "cases/columns_fitted",
        bool,
        True,
        QT_TRANSLATE_NOOP("Settings", "Case list columns fit its width (until a column is sized by hand)"),
    ),
    _desk("cases/view", str, "all", QT_TRANSLATE_NOOP("Settings", "Saved view of the case list")),
    _desk(
        "files/last_folders",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Last folder of each kind of file (JSON)"),
    ),
    _desk("ui/language", str, "ko", QT_TRANSLATE_NOOP("Settings", "Interface language"), UI_LANGUAGES),
    # A team desk's PostgreSQL database (postgresql://user@host:port/db, never a password: that is in
    # the OS keyring or asked at start, civicdesk_gui/credentials.py). Empty: this computer's SQLite file.
    _desk("database/url", str, "", QT_TRANSLATE_NOOP("Settings", "Team database (PostgreSQL)")),
    # "<database file>\n<login>": the one user of a single-desk SQLite database, signed in without the
    # password for this operating-system account (ui/users/sign_in.py; never on PostgreSQL).
    _desk("sign_in/remembered", str, "", QT_TRANSLATE_NOOP("Settings", "Sign-in remembered on this desk")),
    _desk(
        "sessions/view",
        str,
        "month",
        QT_TRANSLATE_NOOP("Settings", "Calendar view"),
        ("month", "week", "agenda"),
    ),
    _desk(
        "sessions/travel_buffer_minutes",
        int,
        30,
        QT_TRANSLATE_NOOP("Settings", "Travel time between sessions"),
    ),
    _desk(
        "briefing/period",
        str,
        "this_month",
        QT_TRANSLATE_NOOP("Settings", "Briefing period"),
        ("this_month", "last_month", "last_12_months", "all", "custom"),
    ),
    _desk("briefing/channel", str, "", QT_TRANSLATE_NOOP("Settings", "Briefing channel (empty: all)")),
    _desk(
        "briefing/granularity",
        str,
        "month",
        QT_TRANSLATE_NOOP("Settings", "Briefing trends by"),
        ("month", "week"),
    ),
    # The office (setting table keys: group.name). Images are base64 PNG text; empty: none.
    _office("city.name", str, "파주시", QT_TRANSLATE_NOOP("Settings", "City name (heading)")),
    _office("city.name_en", str, "Paju City", QT_TRANSLATE_NOOP("Settings", "City name, English")),
    _office("city.mayor_title", str, "파주시장", QT_TRANSLATE_NOOP("Settings", "Sender (발신명의)")),
    _office("city.mayor_title_en", str, "Mayor of Paju", QT_TRANSLATE_NOOP("Settings", "Sender, English")),
    _office("city.mayor_name", str, "", QT_TRANSLATE_NOOP("Settings", "Mayor's name")),
    _office(
        "city.address",
        str,
        "(10918) 경기도 파주시 시청로 50",
        QT_TRANSLATE_NOOP("Settings", "City hall address"),
    ),
    _office("city.phone", str, "031-940-4114", QT_TRANSLATE_NOOP("Settings", "City hall phone")),
    _office("city.homepage", str, "www.paju.go.kr", QT_TRANSLATE_NOOP("Settings", "Website")),
    # The closing block of an official letter carries the fax number (시행규칙 제4조⑥4호).
    _office("city.fax", str, "", QT_TRANSLATE_NOOP("Settings", "City hall fax")),
    # Sign-off (결재, domain/signoff.py): whether a letter needs an approved draft before it is issued,
    # and who approves each kind of document by the office's 전결 rules.
    _office(
        "signoff.required",
        bool,
        False,
        QT_TRANSLATE_NOOP("Settings", "Letters are issued only after sign-off"),
    ),
    _office(
        "signoff.level.mayor_letter",
        str,
        "mayor",
        QT_TRANSLATE_NOOP("Settings", "Approves the mayor-signed letters"),
        ("team_leader", "department_head", "mayor"),
    ),
    _office(
        "signoff.level.notice",
        str,
        "department_head",
        QT_TRANSLATE_NOOP("Settings", "Approves the statutory notices"),
        ("team_leader", "department_head", "mayor"),
    ),
    _office(
        "signoff.level.result_reply",
        str,
        "team_leader",
        QT_TRANSLATE_NOOP("Settings", "Approves the result replies"),
        ("team_leader", "department_head", "mayor"),
    ),
    # Empty: the generated seal.
    _office("city.seal_png", str, "", QT_TRANSLATE_NOOP("Settings", "Seal / signature")),
    _office("city.emblem_png", str, "", QT_TRANSLATE_NOOP("Settings", "Emblem")),
    # The certificate's passphrase is deliberately not a setting (store/office_settings.py says why).
    _office(
        "letters.certificate_path", str, "", QT_TRANSLATE_NOOP("Settings", "Signing certificate (PKCS#12)")
    ),
    _office(
        "letters.default_language",
        str,
        "ko",
        QT_TRANSLATE_NOOP("Settings", "Default letter language"),
        LANGUAGES,
    ),
    # A department with fewer cases in the period is shown but not ranked: three cases say too little
    # to call a department the worst (or the best).
    _office(
        "briefing.min_sample",
        int,
        20,
        QT_TRANSLATE_NOOP("Settings", "Cases a department needs in the period before it is ranked"),
    ),
    # The reply outbox and the QR posters (domain/outbox.py, domain/qr_tags.py). The mayor's text
    # number is what the posters' QR codes open the messaging app to; empty: no posters yet.
    _office("outbox.mayor_number", str, "", QT_TRANSLATE_NOOP("Settings", "Mayor's text number")),
    _office(
        "outbox.columns",
        str,
        "수신번호,이름,메시지,참조번호",
        QT_TRANSLATE_NOOP("Settings", "Bulk-send file columns, in order"),
    ),
    _office(
        "outbox.csv_encoding",
        str,
        "cp949",
        QT_TRANSLATE_NOOP("Settings", "Bulk-send CSV encoding"),
        ("cp949", "utf-8-sig"),
    ),
    # The automatic backup of a SQLite database at the first start of each day (store/backups.py):
    # how many daily copies are kept; 0 switches it off.
    _office("backups.keep_daily", int, 7, QT_TRANSLATE_NOOP("Settings", "Daily backups kept")),
    # Retention (civicdesk purge): residents' personal data of cases closed longer ago is anonymised.
    _office(
        "retention.years",
        int,
        3,
        QT_TRANSLATE_NOOP("Settings", "Years residents' personal data is kept after a case closes"),
    ),
)

RETENTION_YEARS_RANGE: Final = (1, 100)

KEEP_DAILY_RANGE: Final = (0, 365)


def _by_key(declared: tuple[Setting, ...]) -> dict[str, Setting]:
    catalog: dict[str, Setting] = {}
    for spec in declared:
        if spec.key in catalog:
            raise ValueError(f"setting {spec.key!r} is declared twice")
        catalog[spec.key] = spec
    return catalog


CATALOG: Final = _by_key(DECLARED)


def setting(key: str, scope: str | None = None) -> Setting:
    """The declaration of `key` (in `scope`, when given); KeyError for anything undeclared."""
    spec = CATALOG.get(key)
    if spec is None or (scope is not None and spec.scope != scope):
        where = f" {scope}" if scope else ""
        raise KeyError(f"undeclared{where} setting {key!r}")
    return spec


def in_scope(scope: str) -> dict[str, Setting]:
    if scope not in SCOPES:
        raise ValueError(f"unknown settings scope {scope!r}")
    return {key: spec for key, spec in CATALOG.items() if spec.scope == scope}
