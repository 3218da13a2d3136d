"""Entry script of the frozen Windows build: the same entry point as ``grants-gui``."""

import sys

from grants.cli import gui_main

if __name__ == "__main__":
    sys.exit(gui_main())
