"""Korean demo texts: what residents write (per topic), and what the office writes back.

Templates carry slots ({place}, {street}, {apt}, {school}, {station}, {town}) filled from the word
lists below, so thousands of cases read like real messages without repeating one sentence.
"""

from __future__ import annotations

import random

PARKS = [
    "운정호수공원",
    "금촌 새꽃공원",
    "교하 책향기공원",
    "문산 당동공원",
    "가람마을 근린공원",
    "한빛마을 어린이공원",
    "심학산 둘레길",
    "소리천 산책로",
    "파주읍 봉서산 공원",
]
STREETS = [
    "금정로",
    "중앙로",
    "송학로",
    "와석순환로",
    "경의로",
    "문산역로",
    "청석로",
    "교하로",
    "가온로",
    "한울로",
]
APARTMENTS = [
    "가람마을 5단지",
    "한빛마을 2단지",
    "해솔마을 7단지",
    "산내마을 3단지",
    "책향기마을 1단지",
    "청석마을 4단지",
    "동패동 푸른마을",
    "금촌 쇠재마을",
]
SCHOOLS = ["한빛초등학교", "가람초등학교", "운정중학교", "교하고등학교", "금촌초등학교", "해솔중학교"]
STATIONS = ["GTX 운정역", "운정역", "금촌역", "문산역", "야당역"]

# topic code -> templates; the first sentence becomes the list summary.
TOPIC_TEMPLATES: dict[str, list[str]] = {
    "parks": [
        "{place} 산책로 옆 소나무 여러 그루가 말라 죽어 있습니다. 바람 불면 쓰러질까 걱정됩니다.",
        "{place} 놀이터 그네 줄이 끊어져 있어 아이들이 다칠 것 같습니다. 확인 부탁드립니다.",
        "{place} 화장실이 밤에 잠겨 있어 산책하는 주민들이 불편합니다. 개방 시간을 늘려 주세요.",
        "{place} 잔디밭에 잡초가 무릎 높이까지 자랐습니다. 제초 작업 부탁드립니다.",
    ],
    "sidewalks": [
        "{street} {apt} 앞 보도블록이 들떠서 어르신들이 자주 걸려 넘어지십니다.",
        "{street} 버스정류장 앞 보도가 움푹 꺼져 비만 오면 물웅덩이가 생깁니다.",
        "{apt} 후문 쪽 보도에 턱이 높아 유모차와 휠체어가 다니기 어렵습니다.",
    ],
    "parking": [
        "{apt} 앞 이면도로에 불법 주차 차량이 매일 밤 두 줄로 서 있어 소방차가 못 들어갈 것 같습니다.",
        "{school} 앞 어린이보호구역에 등교 시간마다 불법 주정차가 심합니다. 단속 부탁드립니다.",
        "{street} 상가 앞 횡단보도 위에 주차하는 차량이 많아 보행자가 위험합니다.",
    ],
    "waste": [
        "{apt} 옆 공터에 대형 폐기물이 몇 주째 방치되어 있습니다. 수거 부탁드립니다.",
        "{street} 상가 앞 쓰레기 무단 투기가 계속되어 악취가 납니다. CCTV 설치를 검토해 주세요.",
        "작은 가게를 하는데 75리터 종량제 봉투는 너무 커서 다 채우기 어렵습니다. 소형 봉투도 상가에 팔아 주세요.",
        "{town} 재활용품 수거일이 바뀐 뒤로 분리수거장이 넘쳐 납니다.",
    ],
    "streetlights": [
        "{street} {apt} 앞 가로등이 일주일째 꺼져 있어 밤길이 무섭습니다.",
        "{place} 산책로 가로등이 깜빡거리다 꺼졌습니다. 교체 부탁드립니다.",
        "{school} 뒤편 골목에 가로등이 없어 학생들 귀갓길이 어둡습니다.",
    ],
    "road_repair": [
        "{street} 사거리에 큰 포트홀이 생겨 차량 바퀴가 빠질 정도입니다. 긴급 보수 부탁드립니다.",
        "{street} 하수구 덮개가 깨져서 차가 지날 때마다 덜컹거립니다. 사고 날까 걱정됩니다.",
    ],
    "snow_debris": [
        "{apt} 앞 언덕길에 제설이 안 되어 버스가 못 올라옵니다. 염화칼슘 살포 부탁드립니다.",
        "{street} 공사장 가림막이 바람에 넘어져 인도를 막고 있습니다.",
        "어젯밤 눈이 많이 왔는데 {school} 통학로가 아직 빙판입니다.",
    ],
    "facilities": [
        "{town} 행정복지센터 엘리베이터가 고장 나 어르신들이 계단으로 다니십니다.",
        "{place} 운동기구 몇 개가 부서진 채 방치되어 있습니다.",
        "{station} 앞 자전거 보관대 지붕이 파손되어 비가 샙니다.",
    ],
    "welfare": [
        "홀로 사시는 이웃 어르신이 며칠째 보이지 않습니다. 방문 확인 부탁드립니다.",
        "{town}에 경로당이 한 곳뿐이라 늘 붐빕니다. 작은 경로당을 하나 더 만들어 주세요.",
        "맞벌이 가정을 위해 {town}에도 다함께돌봄센터를 만들어 주시면 좋겠습니다.",
    ],
    "transport": [
        "{station} 개통에 맞춰 {town}을 도는 순환버스를 만들어 주세요. 지금은 역까지 가는 버스가 없습니다.",
        "{apt}에서 {station}까지 출근 시간 버스 배차 간격이 30분이라 너무 깁니다.",
        "{town}에서 서울 가는 광역버스 노선을 늘려 주시기 바랍니다.",
    ],
    "new_roads": [
        "{apt}과 {station} 사이 도로가 끊겨 있어 한참 돌아가야 합니다. 연결 도로 개설을 건의합니다.",
        "{street} 출퇴근 정체가 심합니다. 차로 확장을 검토해 주세요.",
    ],
    "education": [
        "{school} 학급당 학생 수가 30명이 넘습니다. 학급 증설을 건의합니다.",
        "{town}에 새 아파트가 들어섰는데 중학교가 멀어 버스로 40분 걸립니다. 학교 신설을 요청합니다.",
        "{school} 통학로에 보도가 없어 아이들이 차도로 걸어 다닙니다.",
    ],
    "sports_culture": [
        "{town}에 실내 수영장이 없어 다른 시까지 다닙니다. 국민체육센터 건립을 건의합니다.",
        "{place} 안에 작은 도서관이나 북카페를 만들어 주시면 좋겠습니다.",
        "{town} 주민들이 쓸 수 있는 풋살장이 부족합니다.",
    ],
    "small_business": [
        "골목상권 소상공인을 위한 카드 수수료 지원을 확대해 주세요.",
        "{street} 상가 간판 정비 사업 지원 대상에 작은 가게도 넣어 주시기 바랍니다.",
        "75리터 종량제 봉투만 있는 업소용 봉투를 소형으로도 만들어 주세요. 작은 가게는 다 못 채웁니다.",
    ],
    "farming": [
        "{town} 농로 포장이 깨져 농기계가 다니기 어렵습니다.",
        "인삼 농가 재해 보험료 지원을 늘려 주시기 바랍니다.",
        "{town} 축산 농가 악취 저감 시설 지원 기준을 완화해 주세요.",
    ],
    "traffic_safety": [
        "{school} 앞 횡단보도에 신호등을 설치해 주세요. 아이들이 무단 횡단을 합니다.",
        "{street} 교차로 좌회전 신호가 너무 짧아 사고가 자주 납니다.",
        "{apt} 입구에 과속방지턱과 횡단보도가 필요합니다.",
    ],
    "water": [
        "{apt} 앞 맨홀에서 하수 냄새가 심하게 올라옵니다.",
        "{town} 일대 수돗물에서 녹물이 나옵니다. 확인 부탁드립니다.",
        "{street} 빗물받이가 막혀 비가 오면 도로가 잠깁니다.",
    ],
    "environment": [
        "{apt} 옆 공사장 소음이 아침 7시 전부터 시작됩니다. 점검 부탁드립니다.",
        "{town} 공장에서 밤마다 타는 냄새가 납니다.",
        "{place} 옆 하천에 거품이 떠 있고 물고기가 죽어 있습니다.",
    ],
}

GRATITUDE_TEMPLATES = [
    "지난번 {street} 가로등 고쳐 주셔서 감사합니다. 밤길이 훨씬 밝아졌어요.",
    "눈 오는 새벽에 {apt} 앞 언덕길 제설해 주신 분들께 감사 인사 전합니다.",
    "{town} 행정복지센터 직원분이 어머니 복지 신청을 끝까지 도와주셨습니다. 칭찬해 주세요.",
    "{place} 정비가 정말 잘 되었습니다. 아이들과 매일 산책합니다. 고맙습니다.",
    "시장님, 이동시장실에서 말씀드린 {station} 버스 노선이 생겼습니다. 약속 지켜 주셔서 감사합니다.",
    "{school} 앞 횡단보도 생겨서 아이들 등굣길이 안심됩니다. 감사합니다.",
]

OPENINGS = ["", "", "", "시장님, ", "안녕하세요. ", "수고 많으십니다. ", "{town} 주민입니다. "]
CLOSINGS = [
    "",
    "빠른 조치 부탁드립니다.",
    "검토 부탁드립니다.",
    "확인 부탁드립니다.",
    "감사합니다.",
    "꼭 좀 부탁드립니다.",
]


def _fill(template: str, rng: random.Random, town: str) -> str:
    return template.format(
        place=rng.choice(PARKS),
        street=rng.choice(STREETS),
        apt=rng.choice(APARTMENTS),
        school=rng.choice(SCHOOLS),
        station=rng.choice(STATIONS),
        town=town,
    )


def resident_text(rng: random.Random, *, topic: str | None, town: str) -> str:
    """A resident's message about `topic` (None: a word of thanks)."""
    templates = GRATITUDE_TEMPLATES if topic is None else TOPIC_TEMPLATES[topic]
    body = _fill(rng.choice(templates), rng, town)
    opening = _fill(rng.choice(OPENINGS), rng, town)
    closing = "" if topic is None else rng.choice(CLOSINGS)
    return f"{opening}{body}" + (f"\n{closing}" if closing else "")


# What the department tells the resident, per outcome ({dept} is the department's name).
REPLIES = {
    "resolved": [
        "말씀하신 사항은 현장을 확인하고 조치를 마쳤습니다. 소중한 의견 감사합니다. ({dept})",
        "요청하신 민원은 오늘 작업을 완료하였습니다. 불편을 드려 죄송합니다. ({dept})",
        "현장 점검 후 보수를 마쳤습니다. 같은 문제가 다시 생기면 알려 주십시오. ({dept})",
    ],
    "in_progress": [
        "제안하신 사항은 추진하기로 하였습니다. 진행 상황을 매월 알려 드리겠습니다. ({dept})",
        "예산을 확보하여 추진 중입니다. 공사 일정이 정해지면 다시 연락드리겠습니다. ({dept})",
    ],
    "long_term_review": [
        "많은 예산과 관계 기관 협의가 필요하여 장기 검토 과제로 관리하겠습니다. ({dept})",
        "타당성 조사가 필요한 사업이라 중장기 계획에 반영하여 검토하겠습니다. ({dept})",
    ],
    "unfeasible": [
        "검토 결과 현재로서는 추진이 어렵습니다. 자세한 사유는 시장 명의 서한으로 안내드리겠습니다. ({dept})",
        "관련 규정상 지금은 시행이 어렵습니다. 대안이 생기면 다시 검토하겠습니다. ({dept})",
    ],
    "referred": [
        "해당 사항은 {agency} 소관이라 이송하였습니다. 처리 결과를 확인하여 알려 드리겠습니다. ({dept})",
    ],
    "acknowledged": [
        "따뜻한 말씀 감사합니다. 담당 직원에게도 전하겠습니다. (시민소통담당관)",
        "격려해 주셔서 감사합니다. 더 열심히 하겠습니다. (시민소통담당관)",
    ],
}

INTERNAL_NOTES = [
    "담당 팀장 현장 확인 예정",
    "민원인과 통화함. 오후에 다시 연락하기로 함",
    "유사 민원 3건 있음. 함께 처리",
    "관계 부서(도로관리과) 협조 요청함",
    "예산 잔액 확인 중",
    "야간 점검 후 결과 공유 예정",
]

PROGRESS_NOTES = [
    "실시설계 진행 중입니다.",
    "관계 부서 협의를 마치고 예산을 요청하였습니다.",
    "업체 선정 후 착공을 준비하고 있습니다.",
    "공사가 진행 중이며 다음 달 완료 예정입니다.",
    "노선 조정안을 운수회사와 협의하고 있습니다.",
    "관계 기관 회신을 기다리고 있습니다.",
]

REASON_TEXTS = {
    "large_budget": "사업비가 수십억 원 규모로 올해 예산으로는 반영이 어렵습니다.",
    "insufficient_feasibility": "이용 수요 조사 결과 사업 타당성이 부족한 것으로 나타났습니다.",
    "equity_conflict": "인근 주민들의 상반된 요구가 있어 합의가 필요합니다.",
    "other_jurisdiction": "시 소관이 아니어서 관계 기관과 협의가 필요합니다.",
    "no_legal_grounds": "현행 법령상 시가 지원할 근거가 없어 법령 개정을 건의하겠습니다.",
    "other": "부지 확보가 어려워 대안을 찾고 있습니다.",
}
