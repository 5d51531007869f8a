"""`dipwatch eval`: score the pipeline against the gold sets in shared/eval.

A thin list of commands; each scorer lives in ``dipwatch.eval`` next to its reader.
"""

from __future__ import annotations

import click

from dipwatch.eval.actors import actors_command
from dipwatch.eval.geo import geo
from dipwatch.eval.meantime import meantime_command
from dipwatch.eval.petrarch import petrarch_command
from dipwatch.eval.plover import plover_command
from dipwatch.eval.timex import timex
from dipwatch.eval.uds import uds_command


@click.group("eval")
def eval_group() -> None:
    """Score dipwatch against public gold sets (numbers go to bench/RESULTS.md).

    Example:

        dipwatch eval timex shared/eval/meantime --json timex.json
    """


eval_group.add_command(timex)
eval_group.add_command(meantime_command)
eval_group.add_command(uds_command)
eval_group.add_command(geo)
eval_group.add_command(plover_command)
eval_group.add_command(petrarch_command)
eval_group.add_command(actors_command)
