"""Only here to list the packages: resources/ and translations/ sit at the repository's top
level but install as salesperf_desktop.resources and salesperf_desktop.translations."""

from setuptools import find_packages, setup

setup(
    packages=[
        *find_packages(include=["salesperf_desktop", "salesperf_desktop.*"]),
        "salesperf_desktop.resources",
        "salesperf_desktop.translations",
    ],
)
