"""Sample exports of the text-message gateway, written by code so that every byte is known.

`python tests/data/sms_samples.py` rewrites the copies kept in tests/data/ (for trying the import by
hand); the tests write their own copies into a temporary folder and check these match."""

from __future__ import annotations

from pathlib import Path

LONG_TEXT = "가" * 10_001

# (file name, encoding, delimiter, header, rows)
UTF8_ROWS = [
    ["2026-11-03 08:43", "010-1234-5678", "홍길동", "운정3동 공원 산책로 가로등이 꺼져 있습니다.", "운정3동"],
    ["2026.11.03 09:10", "01022223333", "김영희", "금촌역 앞 불법 주정차 단속 부탁드립니다", "금촌1동"],
    ["2026/11/3 8:43:00", "010 3333 4444", "이철수", "교하동 보도블록이 깨져 위험합니다", "교하동"],
    ["2026년 11월 3일 오후 8:43", "010-4444-5555", "박민수", "문산읍 쓰레기 무단 투기 단속 요청", "문산읍"],
    ["2026-11-04 10:00", "010-5555-6666", "최지우", "", "조리읍"],  # no text
    ["11/04 10:00", "010-6666-7777", "정하늘", "날짜가 이상한 문자", "파주읍"],  # unparseable date
    ["2026-11-04 11:00", "010-7777-8888", "한가람", LONG_TEXT, "광탄면"],  # over 10,000 characters
    ["2026년 11월 4일 오전 12:05", "12-34", "윤슬기", "자정 넘어 보낸 문자: 소음 민원", "어딘가동"],
]
HEADER_KO = ["수신일시", "발신번호", "성명", "내용", "읍면동"]

BOM_ROWS = [
    ["2026-11-05 07:30", "010-1000-2000", "강바다", "버스 배차 간격이 너무 깁니다"],
    ["2026.11.05 12:15", "010-1000-3000", "조은비", "공원 화장실 청소 부탁드려요; 냄새가 납니다"],
]
HEADER_EN = ["received_at", "phone", "name", "message"]

CP949_ROWS = [
    ["2026년 11월 6일 오전 9:05", "010-2000-1000", "서하준", "적성면 농로 포장 요청드립니다"],
    ["2026/11/6 14:20:00", "010-2000-2000", "임채원", "어린이 보호구역 과속 방지턱 설치 건의"],
    ["2026-11-06 15:00", "010-2000-3000", "오세훈", "똠방각하 뷁 같은 CP949 확장 글자도 읽혀야 합니다"],
]
HEADER_CP949 = ["접수일시", "전화번호", "이름", "민원내용"]

CUSTOM_ROWS = [["2026-11-07 10:00", "010-3000-1000", "도로 가운데 포트홀이 생겼어요"]]
HEADER_CUSTOM = ["시각", "보낸사람", "본문"]


def _csv(header: list[str], rows: list[list[str]], delimiter: str) -> str:
    def cell(value: str) -> str:
        needs_quotes = any(ch in value for ch in (delimiter, '"', "\n", ";", ","))
        return '"' + value.replace('"', '""') + '"' if needs_quotes else value

    lines = [delimiter.join(cell(v) for v in row) for row in [header, *rows]]
    return "\r\n".join(lines) + "\r\n"


SAMPLES = {
    "gateway_utf8.csv": ("utf-8", ",", HEADER_KO, UTF8_ROWS),
    "gateway_bom.csv": ("utf-8-sig", ";", HEADER_EN, BOM_ROWS),
    "gateway_cp949.csv": ("cp949", "\t", HEADER_CP949, CP949_ROWS),
    "gateway_custom.csv": ("utf-8", ",", HEADER_CUSTOM, CUSTOM_ROWS),
}


def sample_bytes(name: str) -> bytes:
    encoding, delimiter, header, rows = SAMPLES[name]
    return _csv(header, rows, delimiter).encode(encoding)


def write_samples(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name in SAMPLES:
        path = folder / name
        path.write_bytes(sample_bytes(name))
        paths[name] = path
    return paths


if __name__ == "__main__":
    for written in write_samples(Path(__file__).resolve().parent).values():
        print(written)
