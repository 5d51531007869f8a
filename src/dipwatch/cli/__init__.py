"""The `dipwatch` command line. Commands live in one module per family; this file only
assembles the group. Data goes to stdout; logs, progress and errors go to stderr."""

from __future__ import annotations

import click

from dipwatch import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dipwatch")
def cli() -> None:
    """dipwatch: turn news articles into source-linked records of diplomatic events.

    Example:

        dipwatch extract article.txt --published 2024-09-18
    """


def _register() -> None:
    # Imported here so that `import dipwatch.cli` stays cheap and cycles are impossible.
    from dipwatch.cli.extract import extract

    cli.add_command(extract)
    from dipwatch.cli.demo import demo

    cli.add_command(demo)
    from dipwatch.cli import store as store_commands

    cli.add_command(store_commands.ingest)
    cli.add_command(store_commands.events)
    cli.add_command(store_commands.timeline)
    cli.add_command(store_commands.export)
    cli.add_command(store_commands.serve)
    from dipwatch.cli.eval import eval_group

    cli.add_command(eval_group)


_register()
