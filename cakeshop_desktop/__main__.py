"""`python -m cakeshop_desktop` runs the `cakeshop` command."""

import sys

from cakeshop_desktop.cli import main

sys.exit(main())
