"""`civicdesk letters --db URL --pending -o DIR` / `--case NUMBER -o DIR`: issue mayor-signed letters.

Prints one line per issued letter: case number, register number, file (tab-separated). When a PKCS#12
certificate is configured, letters are signed; the passphrase comes from CIVICDESK_CERT_PASSPHRASE or,
at a terminal, a prompt (it is never stored: see store/office_settings.py).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from civicdesk_gui.commands.common import acting_user, add_db_option, open_database
from civicdesk_gui.errors import ValidationError

PASSPHRASE_ENV = "CIVICDESK_CERT_PASSPHRASE"


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("letters", help="issue mayor-signed letters (PDF) for cases awaiting one")
    add_db_option(parser)
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--pending", action="store_true", help="every long-term-review/unfeasible case without one"
    )
    which.add_argument("--case", metavar="NUMBER", help="one case, e.g. 2026-000123")
    parser.add_argument("-o", "--output", metavar="DIR", required=True, help="folder for the PDF files")
    parser.add_argument(
        "--language", choices=("ko", "en"), default=None, help="letter language (default: setting)"
    )
    parser.add_argument(
        "--no-sign", action="store_true", help="do not sign even if a certificate is configured"
    )
    parser.set_defaults(run=run)


def _signer(no_sign: bool):
    from civicdesk_gui.documents.letters.signing import load_signer
    from civicdesk_gui.store.office_settings import get_setting

    path = get_setting("letters.certificate_path")
    if no_sign or not path:
        return None
    passphrase = os.environ.get(PASSPHRASE_ENV)
    if passphrase is None:
        if not sys.stdin.isatty():
            raise ValidationError("cli.passphrase_needed", {"path": path, "variable": PASSPHRASE_ENV})
        passphrase = getpass.getpass(f"Passphrase for {Path(path).name}: ")
    return load_signer(path, passphrase)


def run(args: argparse.Namespace) -> int:
    from civicdesk_gui.actions.letters import issue_pending_letters, write_letter_files
    from civicdesk_gui.cli import EXIT_REJECTED_ROWS
    from civicdesk_gui.queries.letters import (
        awaiting_case_ids,
        case_id_by_number,
        letter_draft,
        standing_letter,
    )
    from civicdesk_gui.store.office_settings import get_setting

    open_database(args)
    actor = acting_user(args)
    folder = Path(args.output)
    if folder.exists() and not folder.is_dir():
        raise ValidationError("cli.output_not_folder", {"path": str(folder)}, field="output")
    language = args.language or get_setting("letters.default_language")
    if args.case:
        case_id = case_id_by_number(args.case)
        existing = standing_letter(case_id)
        if existing is not None:
            raise ValidationError(
                "cli.letter_exists", {"number": args.case, "register_number": existing.register_number}
            )
        letter_draft(case_id, language)  # refuses a case that is not due a letter, before any signing prompt
        case_ids = [case_id]
    else:
        case_ids = awaiting_case_ids()
    signer = _signer(args.no_sign) if case_ids else None
    result = issue_pending_letters(case_ids, actor=actor, language=language, signer=signer)
    _combined, paths = write_letter_files(result.issued, folder)
    for letter, path in zip(result.issued, paths, strict=True):
        print(f"{letter.case_number}\t{letter.register_number}\t{path}")
    for number, message in result.failed:
        print(f"civicdesk: {number}: {message}", file=sys.stderr)
    if args.case and result.failed:
        return 2
    if not result.issued and not result.failed:
        print("civicdesk: no case is awaiting a letter", file=sys.stderr)
    return EXIT_REJECTED_ROWS if result.failed else 0
