"""SalesPerf Desktop: offline performance appraisal for sales teams."""

from __future__ import annotations

APP_NAME = "SalesPerf Desktop"
ORG_NAME = "SalesPerf"
APP_ID = "salesperf-desktop"


def __getattr__(name: str) -> str:
    # ``__version__`` is read from the installed metadata on first use only: importlib.metadata
    # costs tens of milliseconds, which every start (and the first paint) would pay.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            value = version("salesperf-desktop")
        except PackageNotFoundError:  # running from a source tree that is not installed
            value = "0.0.0"
        globals()["__version__"] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
