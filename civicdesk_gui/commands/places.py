"""`civicdesk places posters --db URL -o DIR [--code CODE]`: the QR posters and sticker sheets of every
active place (or of one), as PDFs, for scripts and the print shop."""

from __future__ import annotations

import argparse
from pathlib import Path

from civicdesk_gui.commands.common import acting_user, add_db_option, open_database


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser("places", help="QR poster places: write their posters")
    commands = parser.add_subparsers(dest="places_command", required=True)
    posters = commands.add_parser("posters", help="write an A4 poster and a sticker sheet per place")
    add_db_option(posters)
    posters.add_argument("-o", "--output", required=True, metavar="DIR", help="folder for the PDFs")
    posters.add_argument("--code", help="only this place (P-0123)")
    posters.set_defaults(run=run_posters)


def run_posters(args: argparse.Namespace) -> int:
    from civicdesk_gui.actions.places import write_posters
    from civicdesk_gui.cli import EXIT_OK
    from civicdesk_gui.errors import CivicDeskError

    folder = Path(args.output)
    if not folder.exists():
        raise CivicDeskError("cli.output_folder_missing", {"path": str(folder)})
    if not folder.is_dir():
        raise CivicDeskError("cli.output_not_folder", {"path": str(folder)})
    open_database(args)
    written = write_posters(actor=acting_user(args), folder=folder, code=args.code)
    for path in written:
        print(path)
    print(f"{len(written)} files written")
    return EXIT_OK
