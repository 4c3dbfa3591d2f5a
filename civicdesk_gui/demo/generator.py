"""Demo data (to be filled in by the demo-data work)."""

from __future__ import annotations


def generate_demo(*, cases: int, seed: int = 1) -> str:
    return "0 cases"
