"""Start an import and stop it inside its transaction, for a test to kill the process there.

    python tests/import_until_killed.py DATABASE WORKBOOK MARKER

At the import's last progress step (3 of 3: every row written, nothing committed yet) this writes
MARKER and waits to be killed. The pause lives here, behind the import's public progress callback:
the application itself has no test hook.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from grants.services.database import Database
from grants.services.importer import import_workbook


def main(db_path: str, workbook: str, marker: str) -> int:
    db = Database(db_path)
    steps: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        steps.append((done, total))
        if steps[-2:] == [(2, 3), (3, 3)]:  # rules checked, rows applied; the commit comes next
            Path(marker).write_text("writing")
            while True:
                time.sleep(1)
        return True

    import_workbook(db, workbook, progress=progress)
    print("the import committed before it could be killed", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
