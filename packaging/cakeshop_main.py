"""The frozen bundle's entry point: the same `cakeshop` command as the console script."""

import sys

from cakeshop_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
