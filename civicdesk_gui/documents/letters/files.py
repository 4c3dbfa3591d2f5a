"""Names of the files a letter is saved under: the same everywhere (batch folder, Save as PDF, CLI)."""

from __future__ import annotations


def letter_file_name(case_number: str, register_number: str) -> str:
    return f"{case_number}_{register_number}.pdf"
