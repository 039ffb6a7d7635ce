"""Entry point of the frozen command-line program ``salesperf-cli`` (beside ``salesperf``)."""

import multiprocessing
import sys

from salesperf_desktop.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # worker processes of a frozen program start here too
    sys.exit(main())
