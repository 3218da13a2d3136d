"""Bulk reads: Python's cycle collector paused while a read builds its many small objects.

Each generation-2 pass of the collector walks every live object; a read of the whole database
(audit checks, the budget workbook) holds some hundreds of thousands of rows, figures and
results, none of them in a reference cycle (reference counting frees them). The import pauses it
the same way (``importer._collector_paused``).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """The cycle collector off for the block, then back as it was (on, unless it was off)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
