"""Public numbers: case numbers `2026-000123`, sequential per year (DOMAIN.md §7)."""

from __future__ import annotations


def case_counter_name(year: int) -> str:
    return f"case:{year}"


def format_case_number(year: int, serial: int) -> str:
    return f"{year}-{serial:06d}"
