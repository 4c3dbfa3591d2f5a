"""CLI subcommands, one module each (see cli.COMMAND_MODULES)."""
