"""Lists the packages (resources/ and translations/ sit at the repository's top level but install
as salesperf_desktop.resources and salesperf_desktop.translations) and compiles the translations
into the wheel when Qt's lrelease is at hand."""

import importlib.util
import sys
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py


class BuildPyWithTranslations(build_py):
    """Adds translations/*.qm to the built package. Without pyside6-lrelease in the build
    environment (pip's isolated build) nothing is compiled and the program reads the .ts files."""

    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads translations/ itself (scripts/setup.sh compiles)
        here = Path(__file__).resolve().parent
        spec = importlib.util.spec_from_file_location(
            "_build_translations", here / "salesperf_desktop" / "build_translations.py"
        )
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up
        spec.loader.exec_module(module)
        target = Path(self.build_lib) / "salesperf_desktop" / "translations"
        built = module.build_into(target, here / "translations")
        print(f"translations: compiled {len(built)} .qm file(s) into {target}")


setup(
    packages=[
        *find_packages(include=["salesperf_desktop", "salesperf_desktop.*"]),
        "salesperf_desktop.resources",
        "salesperf_desktop.translations",
    ],
    cmdclass={"build_py": BuildPyWithTranslations},
)
