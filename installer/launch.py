"""Entry script of the frozen build (installer/grants.spec): exactly the ``grants`` command line.

Every argument is passed through: no argument opens the application; ``--db PATH``, ``--read-only``
(the Start-menu "read-only" shortcut) and the sub-commands (``init``, ``demo``, ``export ...``) work as
with ``grants`` (README "Installer").
"""

import sys

from grants.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
