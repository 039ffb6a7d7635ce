"""Entry point of the frozen program (PyInstaller needs a script, not a package's __main__)."""

import multiprocessing
import sys

from salesperf_desktop.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # worker processes of a frozen program start here too
    sys.exit(main())
