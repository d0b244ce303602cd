"""Entry point of the frozen application: the multiprocessing hand-off, then the command line."""

import multiprocessing
import sys

if __name__ == "__main__":
    # First of all: a PDF reader worker or the fork server started from this
    # executable runs its own code here and exits instead of opening a window.
    multiprocessing.freeze_support()
    from annotator.cli import main

    sys.exit(main())
