"""Start a SEPA export and stop it at one step, for a test to kill the process there.

    python tests/sepa_until_killed.py DATABASE OUT.xml MARKER STEP

STEP ``written``: the file is written under its temporary name and its payments are marked, the
commit comes next (the pause is behind the export's public progress callback, at its last step).
STEP ``recorded``: committed (file recorded, payments marked), not yet renamed to OUT.xml (the
pause replaces the module's rename step here). Either way this writes MARKER and waits to be
killed: the application itself has no test hook and no pause.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from grants.services import sepa
from grants.services.database import Database


def _wait(marker: str) -> None:
    Path(marker).write_text("paused")
    while True:
        time.sleep(1)


def main(db_path: str, out: str, marker: str, step: str) -> int:
    db = Database(db_path)

    def progress(done: int, total: int) -> bool:
        if step == "written" and done == total:
            _wait(marker)
        return True

    if step == "recorded":
        sepa._publish = lambda tmp, target, message_id: _wait(marker)  # type: ignore[assignment]
    sepa.export_sepa(db, out, progress=progress)
    print("the export finished before it could be killed", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
