import multiprocessing

# The frozen app starts its letter-rendering workers (documents/letters/render_pool.py) by running
# this executable again: freeze_support() turns such a start into the worker, not a second desk.
multiprocessing.freeze_support()

from civicdesk_gui.cli import main  # noqa: E402

raise SystemExit(main())
