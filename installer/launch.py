"""Entry script of the frozen build (installer/grants.spec): exactly the ``grants`` command line.

Every argument is passed through: no argument opens the application; ``--db PATH``, ``--read-only``
(the Start-menu "read-only" shortcut) and the sub-commands (``init``, ``demo``, ``export ...``) work as
with ``grants`` (README "Installer").

``GRANTS_BUNDLE_GUI_CHECK=PICTURE.png`` (installer/build.sh only) instead opens the main window in
French on ``--db`` read-only, shows every page, saves a picture of the dashboard and quits: exit 0
when the bundle's Qt (plugins, charts), translations and icons all work, a traceback otherwise.
"""

import os
import sys

from grants.cli import main


def gui_check(db: str, picture: str) -> int:
    from pathlib import Path

    from grants.services.session_info import open_for_gui
    from grants.ui import translation
    from grants.ui.app import _application
    from grants.ui.main_window import PAGES, MainWindow
    from grants.ui.settings import Settings

    app = _application()
    translation.install("fr")
    window = MainWindow(Settings(Path(picture).with_suffix(".ini")), "fr")
    window.resize(1280, 800)
    window.show()
    window.set_database(open_for_gui(db, True))  # errors raise here instead of waiting in a dialog
    for key, _title in PAGES:
        window.show_page(key)
        app.processEvents()  # type: ignore[attr-defined]
    window.show_page("dashboard")
    app.processEvents()  # type: ignore[attr-defined]
    if not window.grab().save(picture):
        raise OSError(f"{picture}: the picture could not be written")
    names = [window.nav.item(i).text() for i in range(window.nav.count())]
    print("main window shown; navigation:", ", ".join(names))
    if names[0] == PAGES[0][1]:
        raise RuntimeError(f"the French translation was not loaded: {names[0]!r}")
    window.close()
    return 0


if __name__ == "__main__":
    check = os.environ.get("GRANTS_BUNDLE_GUI_CHECK")
    if check:
        args = sys.argv[1:]
        sys.exit(gui_check(args[args.index("--db") + 1], check))
    sys.exit(main(sys.argv[1:]))
