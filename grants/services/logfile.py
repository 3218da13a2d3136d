"""The rotating log file shared by the GUI and the command line (no Qt here).

GRANTS_LOG_DIR, else <user data folder>/grants/logs; ``grants.log``, 1 MB x 5. The GUI adds Qt's
own messages to it (:func:`grants.ui.errors.setup_logging`).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

_LOG_FILE: Path | None = None


def log_dir() -> Path:
    """GRANTS_LOG_DIR, else <user data folder>/grants/logs."""
    env = os.environ.get("GRANTS_LOG_DIR")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("grants", "safe.brussels", roaming=True)) / "logs"


def log_file_path() -> Path:
    """Where the log is written (GRANTS_LOG_DIR does not change within a process)."""
    return log_dir() / "grants.log"


def setup_file_logging(level: int = logging.INFO, *, fallback_to_stderr: bool = True) -> Path | None:
    """Rotating log file (1 MB x 5); returns its path, or None when it cannot be written and
    ``fallback_to_stderr`` is False. Idempotent."""
    global _LOG_FILE
    path = log_dir() / "grants.log"
    if path == _LOG_FILE:
        return path
    root = logging.getLogger()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:  # read-only profile
        if not fallback_to_stderr:
            return None
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"))
    handler.set_name("grants-file")
    for old in list(root.handlers):
        if old.get_name() == "grants-file":
            root.removeHandler(old)
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    _LOG_FILE = path
    return path
