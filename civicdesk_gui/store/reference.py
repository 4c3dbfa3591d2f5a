"""Reference data a new database starts with: channels, categories, deadline rules, towns, agencies,
departments and topics of a Korean city. All of it is data an admin edits later, not code."""

from __future__ import annotations

from civicdesk_gui.domain.vocabulary import CATEGORIES, CHANNELS
from civicdesk_gui.store.models import (
    Agency,
    Category,
    Channel,
    DeadlineRule,
    Department,
    KindRule,
    Topic,
    Town,
)

# 20 towns and neighbourhoods (DOMAIN.md §4: Paju has 20).
DEFAULT_TOWNS = [
    ("문산읍", "읍"),
    ("조리읍", "읍"),
    ("법원읍", "읍"),
    ("파주읍", "읍"),
    ("광탄면", "면"),
    ("탄현면", "면"),
    ("월롱면", "면"),
    ("적성면", "면"),
    ("파평면", "면"),
    ("군내면", "면"),
    ("금촌1동", "동"),
    ("금촌2동", "동"),
    ("금촌3동", "동"),
    ("교하동", "동"),
    ("운정1동", "동"),
    ("운정2동", "동"),
    ("운정3동", "동"),
    ("운정4동", "동"),
    ("운정5동", "동"),
    ("운정6동", "동"),
]

DEFAULT_AGENCIES = [
    ("파주경찰서", "신호등·횡단보도·교통 단속", "031-123-0112"),
    ("파주교육지원청", "학교 신설·학급 증설·통학 환경", "031-123-2000"),
    ("한국토지주택공사", "택지 개발 지구 내 기반 시설", "1600-1004"),
    ("한국전력공사", "전신주·배전 설비", "123"),
    ("경기도청", "도 관리 도로·광역 교통", "031-120"),
    ("국가철도공단", "철도·GTX 역사 시설", "1588-7270"),
]

# (code, name, phone); the code is the 처리과명 used in register numbers (<code>-<serial>).
DEFAULT_DEPARTMENTS = [
    ("시민소통담당관", "031-940-4011"),
    ("기획예산과", "031-940-4021"),
    ("도로관리과", "031-940-4311"),
    ("도로건설과", "031-940-4321"),
    ("교통정책과", "031-940-4331"),
    ("대중교통과", "031-940-4341"),
    ("주차관리과", "031-940-4351"),
    ("공원녹지과", "031-940-4411"),
    ("자원순환과", "031-940-4421"),
    ("환경보전과", "031-940-4431"),
    ("건축과", "031-940-4511"),
    ("안전총괄과", "031-940-4611"),
    ("복지정책과", "031-940-4711"),
    ("노인장애인과", "031-940-4721"),
    ("교육청소년과", "031-940-4731"),
    ("일자리경제과", "031-940-4811"),
    ("문화예술과", "031-940-4821"),
    ("체육과", "031-940-4831"),
    ("농업정책과", "031-940-4911"),
    ("상하수도과", "031-940-4921"),
]

# English names for the English interface and English letters (the administrator edits them later).
DEPARTMENT_NAMES_EN = {
    "시민소통담당관": "Citizen Communication Office",
    "기획예산과": "Planning and Budget Division",
    "도로관리과": "Road Management Division",
    "도로건설과": "Road Construction Division",
    "교통정책과": "Traffic Policy Division",
    "대중교통과": "Public Transport Division",
    "주차관리과": "Parking Management Division",
    "공원녹지과": "Parks and Green Spaces Division",
    "자원순환과": "Resource Recycling Division",
    "환경보전과": "Environmental Protection Division",
    "건축과": "Building Division",
    "안전총괄과": "Safety Management Division",
    "복지정책과": "Welfare Policy Division",
    "노인장애인과": "Senior and Disability Services Division",
    "교육청소년과": "Education and Youth Division",
    "일자리경제과": "Jobs and Economy Division",
    "문화예술과": "Culture and Arts Division",
    "체육과": "Sports Division",
    "농업정책과": "Agricultural Policy Division",
    "상하수도과": "Water and Sewerage Division",
}

AGENCY_NAMES_EN = {
    "파주경찰서": "Paju Police Station",
    "파주교육지원청": "Paju Office of Education",
    "한국토지주택공사": "Korea Land and Housing Corporation",
    "한국전력공사": "Korea Electric Power Corporation",
    "경기도청": "Gyeonggi Provincial Government",
    "국가철도공단": "Korea National Railway",
}

# (code, Korean, English, category code, default department)
DEFAULT_TOPICS = [
    ("parks", "공원·녹지", "Parks and green spaces", "civil_complaint", "공원녹지과"),
    ("sidewalks", "도로·보도", "Roads and sidewalks", "civil_complaint", "도로관리과"),
    ("parking", "주정차", "Illegal parking", "civil_complaint", "주차관리과"),
    ("waste", "청소·쓰레기", "Waste and cleaning", "civil_complaint", "자원순환과"),
    ("streetlights", "가로등", "Streetlights", "civil_complaint", "도로관리과"),
    ("road_repair", "긴급 도로 보수", "Emergency road repair", "safety", "도로관리과"),
    ("snow_debris", "제설·낙하물", "Snow and debris removal", "safety", "안전총괄과"),
    ("facilities", "시설물 보수", "Facility repair", "civil_complaint", "건축과"),
    ("welfare", "복지 지원", "Welfare support", "policy_suggestion", "복지정책과"),
    ("transport", "교통·순환버스", "Transport and buses", "policy_suggestion", "대중교통과"),
    ("new_roads", "도로 개설", "New roads", "policy_suggestion", "도로건설과"),
    ("education", "교육 환경", "Education", "policy_suggestion", "교육청소년과"),
    ("sports_culture", "체육·문화 시설", "Sports and cultural facilities", "policy_suggestion", "체육과"),
    (
        "small_business",
        "소상공인 지원",
        "Small business support",
        "institutional_improvement",
        "일자리경제과",
    ),
    ("farming", "농축산", "Farming and livestock", "institutional_improvement", "농업정책과"),
    ("traffic_safety", "신호등·횡단보도", "Traffic lights and crossings", "safety", "교통정책과"),
    ("water", "상하수도", "Water and sewage", "civil_complaint", "상하수도과"),
    ("environment", "환경·소음", "Environment and noise", "civil_complaint", "환경보전과"),
]

# (clock, channel, category, amount, unit, anchor, label) — DOMAIN.md §1 and the Civil Petitions Act.
DEFAULT_RULES = [
    ("promise", "text", None, 48, "hours", "received", "바로문자 48시간 회신"),
    ("promise", "phone", None, 48, "hours", "received", "전화 48시간 회신"),
    ("promise", "qr", None, 48, "hours", "received", "QR 접수 48시간 회신"),
    ("promise", "walk_in", None, 48, "hours", "received", "방문 48시간 회신"),
    ("promise", "mobile_office", None, 14, "days", "session", "이동시장실 14일 이내 결과 통보"),
    ("monthly_update", None, None, 30, "days", "received", "월 1회 이상 진행 상황 갱신"),
]

# The statutory periods, per kind of petition (kind, amount, unit, label): 민원 처리에 관한 법률 시행령.
# "즉시" is 3 working hours (시행령 제19조); periods of 5 days or less count in working hours, longer ones
# in days with the first day counted, weekends and holidays excluded (법 제19조) — unit statutory_days.
STATUTORY_RULES = [
    ("other", 3, "working_hours", "기타민원 즉시(3근무시간) — 시행령 제16조·제19조"),
    ("grievance", 7, "statutory_days", "고충민원 7일 — 시행령 제17조"),
    ("suggestion", 14, "statutory_days", "건의민원 14일 — 시행령 제15조"),
    ("inquiry_law", 14, "statutory_days", "질의민원(법령) 14일 — 시행령 제14조"),
    ("inquiry_procedure", 7, "statutory_days", "질의민원(제도·절차) 7일 — 시행령 제14조"),
    # 법정민원: the statute's own period, entered by the administrator per kind of application.
    ("statutory", None, "statutory_days", "법정민원: 관계 법령의 처리기간"),
]

# The rules' labels in the English interface (schema step 12 gives existing databases the same).
RULE_LABELS_EN = {
    "바로문자 48시간 회신": "Text message: result within 48 hours",
    "전화 48시간 회신": "Phone: result within 48 hours",
    "QR 접수 48시간 회신": "QR poster: result within 48 hours",
    "방문 48시간 회신": "Walk-in: result within 48 hours",
    "이동시장실 14일 이내 결과 통보": "Mobile Mayor's Office: result within 14 days",
    "월 1회 이상 진행 상황 갱신": "Progress update at least once a month",
    "기타민원 즉시(3근무시간) — 시행령 제16조·제19조": (
        "Other petition, immediate (3 working hours) — Enforcement Decree Art. 16, 19"
    ),
    "고충민원 7일 — 시행령 제17조": "Grievance, 7 days — Enforcement Decree Art. 17",
    "건의민원 14일 — 시행령 제15조": "Suggestion, 14 days — Enforcement Decree Art. 15",
    "질의민원(법령) 14일 — 시행령 제14조": "Question about laws, 14 days — Enforcement Decree Art. 14",
    "질의민원(제도·절차) 7일 — 시행령 제14조": (
        "Question about procedures, 7 days — Enforcement Decree Art. 14"
    ),
    "법정민원: 관계 법령의 처리기간": "Statutory application: the period its statute sets",
}

# Which kind of petition a case is by default (category, topic, kind, label); the most specific row
# wins and the administrator edits them. Everyday inconveniences reported so the office acts (a broken
# streetlight, a pothole, illegal parking) are 기타민원; suggestions and institutional improvements are
# 건의민원; welfare support asks about the city's own programmes (질의, 제도·절차). Encouragement and
# thanks are not petitions under the Act (kind None: no statutory period).
DEFAULT_KIND_RULES = [
    (None, None, "other", "분류 전: 기타민원"),
    ("civil_complaint", None, "other", "생활 불편 신고: 기타민원"),
    ("safety", None, "other", "안전 신고: 기타민원"),
    ("policy_suggestion", None, "suggestion", "정책제안: 건의민원"),
    ("institutional_improvement", None, "suggestion", "제도개선: 건의민원"),
    ("policy_suggestion", "welfare", "inquiry_procedure", "복지 지원 문의: 질의민원(제도·절차)"),
    ("gratitude", None, None, "격려·감사: 처리기한 없음"),
]


def seed_reference_data() -> None:
    for order, term in enumerate(CHANNELS.values()):
        Channel.create(code=term.code, name_ko=term.ko, name_en=term.en, sort_order=order)
    for order, term in enumerate(CATEGORIES.values()):
        Category.create(
            code=term.code,
            name_ko=term.ko,
            name_en=term.en,
            needs_department=term.code != "gratitude",
            sort_order=order,
        )
    for name, kind in DEFAULT_TOWNS:
        Town.create(name=name, kind=kind)
    for name, jurisdiction, phone in DEFAULT_AGENCIES:
        Agency.create(name=name, name_en=AGENCY_NAMES_EN[name], jurisdiction=jurisdiction, phone=phone)
    departments = {}
    for code, phone in DEFAULT_DEPARTMENTS:
        departments[code] = Department.create(
            code=code, name=code, name_en=DEPARTMENT_NAMES_EN[code], phone=phone
        )
    categories = {c.code: c for c in Category.select()}
    for code, ko, en, category, department in DEFAULT_TOPICS:
        Topic.create(
            code=code,
            name_ko=ko,
            name_en=en,
            category=categories[category],
            default_department=departments[department],
        )
    channels = {c.code: c for c in Channel.select()}
    for clock, channel, category, amount, unit, anchor, label in DEFAULT_RULES:
        DeadlineRule.create(
            clock=clock,
            channel=channels[channel] if channel else None,
            category=categories[category] if category else None,
            amount=amount,
            unit=unit,
            anchor=anchor,
            label=label,
            label_en=RULE_LABELS_EN.get(label, ""),
        )
    seed_petition_rules(categories={c.code: c for c in Category.select()})


def seed_petition_rules(*, categories: dict) -> None:
    """The statutory periods per kind and the default kinds (a new database, and schema step 8)."""
    for kind, amount, unit, label in STATUTORY_RULES:
        DeadlineRule.create(
            clock="statutory",
            kind=kind,
            amount=amount,
            unit=unit,
            anchor="received",
            label=label,
            label_en=RULE_LABELS_EN.get(label, ""),
        )
    topics = {t.code: t for t in Topic.select()}
    for category, topic, kind, label in DEFAULT_KIND_RULES:
        KindRule.create(
            category=categories.get(category) if category else None,
            topic=topics.get(topic) if topic else None,
            kind=kind,
            label=label,
        )
