"""Schema step 9: departments and agencies carry an English name beside the Korean one (channels,
categories and topics had one from version 1), so that the English interface and English letters
name them in English. Existing rows of the default reference data get their English names; any other
row starts empty and is shown in Korean until the administrator gives it one.

The names are spelled out here (not imported from store/reference.py) so that this step keeps doing
what it did if the defaults change later.
"""

from __future__ import annotations

import peewee

_DEPARTMENTS = {
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

_AGENCIES = {
    "파주경찰서": "Paju Police Station",
    "파주교육지원청": "Paju Office of Education",
    "한국토지주택공사": "Korea Land and Housing Corporation",
    "한국전력공사": "Korea Electric Power Corporation",
    "경기도청": "Gyeonggi Provincial Government",
    "국가철도공단": "Korea National Railway",
}


def up(db: peewee.Database, migrator: object) -> None:
    p = db.param  # ? on SQLite, %s on PostgreSQL
    for table, names in (("department", _DEPARTMENTS), ("agency", _AGENCIES)):
        db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "name_en" VARCHAR(80) NOT NULL DEFAULT \'\'')
        for ko, en in names.items():
            db.execute_sql(f'UPDATE "{table}" SET "name_en" = {p} WHERE "name" = {p}', (en, ko))
