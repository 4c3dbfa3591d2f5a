"""`civicdesk letters --db URL --pending -o DIR` / `--case NUMBER -o DIR`: issue mayor-signed letters;
`--reprint REGISTER_NUMBER… -o DIR`: write issued letters again from their stored bytes.

The output folder is checked first (exists or can be made, takes a new file, has room), before any
letter is issued. Each letter is issued in the database, then its file is written from the stored
bytes, whole or not at all; a run killed or stopped by a full disk leaves letters whose files are
owed, and the next run into a folder writes those first.

Prints one line per file written: case number, register number, file (tab-separated). When a PKCS#12
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
    which.add_argument(
        "--reprint",
        nargs="+",
        metavar="REGISTER_NUMBER",
        help="write these issued letters again from their stored bytes, e.g. 도로관리과-12",
    )
    which.add_argument(
        "--missing",
        action="store_true",
        help="only write the files of letters issued earlier whose file was never written",
    )
    parser.add_argument("-o", "--output", metavar="DIR", required=True, help="folder for the PDF files")
    parser.add_argument(
        "--language", choices=("ko", "en"), default=None, help="letter language (default: setting)"
    )
    parser.add_argument(
        "--no-sign", action="store_true", help="do not sign even if a certificate is configured"
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=None,
        metavar="N",
        help="processes rendering the PDFs (default: one per core for a batch of 50 or more; 1: none)",
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
    from civicdesk_gui.file_checks import check_output_folder

    open_database(args, writes=True)
    actor = acting_user(args)  # every mode takes residents' letters out of the app: a named user
    folder = check_output_folder(args.output)  # at once; its room once the letters are known
    return _run(args, folder, actor)


def _run(args: argparse.Namespace, folder: Path, actor) -> int:
    from civicdesk_gui.actions.letter_batch import (
        check_batch_folder,
        issue_pending_letters,
        write_letter_files,
        write_owed_letter_files,
    )
    from civicdesk_gui.cli import EXIT_REJECTED_ROWS, EXIT_USER_ERROR
    from civicdesk_gui.queries.letters import (
        awaiting_case_ids,
        case_id_by_number,
        letter_draft,
        letter_ids_by_register,
        owed_letter_ids,
        standing_letter,
    )
    from civicdesk_gui.store.office_settings import get_setting

    if args.reprint:
        ids = letter_ids_by_register(args.reprint)  # an unknown number is refused before any file
        return _report(write_letter_files(ids, folder, actor=actor, combined=len(ids) > 1))
    if args.missing:
        result = write_owed_letter_files(folder, actor=actor)
        if not result.files and result.stopped is None:
            print("civicdesk: no letter is owed its file", file=sys.stderr)
        return _report(result)
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
    # The folder before the passphrase prompt and before anything is issued.
    check_batch_folder(folder, new_letters=len(case_ids), owed=owed_letter_ids())
    signer = _signer(args.no_sign) if case_ids else None
    result = issue_pending_letters(
        case_ids,
        actor=actor,
        language=language,
        signer=signer,
        folder=folder,
        workers=max(1, args.workers) if args.workers is not None else None,
    )
    for failure in result.failed:
        print(f"civicdesk: {failure.case_number}: {failure.message}", file=sys.stderr)
    code = _report(result)
    if code:
        return code
    if args.case and result.failed:
        return EXIT_USER_ERROR
    if not result.issued and not result.failed and not result.files:
        print("civicdesk: no case is awaiting a letter", file=sys.stderr)
    return EXIT_REJECTED_ROWS if result.failed else 0


def _report(result) -> int:
    """One line per file written; the files owed from earlier runs are said once; a batch stopped
    by the disk ends in one line naming the file and exit code 2 (its letters stay owed)."""
    for written in result.files:
        print(f"{written.case_number}\t{written.register_number}\t{written.path}")
    earlier = len(result.earlier_files)
    if earlier:
        print(f"civicdesk: note: {earlier} letters issued earlier got their missing files", file=sys.stderr)
    if result.stopped is not None:
        print(f"civicdesk: {' '.join(str(result.stopped).split())}", file=sys.stderr)
        return 2
    return 0
