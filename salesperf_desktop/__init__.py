"""SalesPerf Desktop: offline performance appraisal for sales teams."""

from importlib.metadata import PackageNotFoundError, version

APP_NAME = "SalesPerf Desktop"
ORG_NAME = "SalesPerf"
APP_ID = "salesperf-desktop"

try:
    __version__ = version("salesperf-desktop")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"
