"""Lists the packages (resources/ and translations/ sit at the repository's top level but install
as salesperf_desktop.resources and salesperf_desktop.translations) and compiles the translations
into the wheel with Qt's lrelease (PySide6-Essentials is a build requirement in pyproject.toml)."""

import importlib.util
import sys
import warnings
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent

# An editable install of this layout (resources/ and translations/ mapped into the package) goes
# through setuptools' import finder, which always prints a notice about working-directory folders
# named like the package. The only such folder here is the package itself: nothing to act on.
warnings.filterwarnings("ignore", message="Editable installation")


class BuildPyWithTranslations(build_py):
    """Adds translations/*.qm, compiled now, to the built package.

    A wheel without them would still work (the program can read the .ts files) but would not be
    what we ship, so a build that cannot compile them stops with an error instead.
    """

    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads translations/ itself (scripts/setup.sh compiles)
        spec = importlib.util.spec_from_file_location(
            "_build_translations", HERE / "salesperf_desktop" / "build_translations.py"
        )
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up
        spec.loader.exec_module(module)
        target = Path(self.build_lib) / "salesperf_desktop" / "translations"
        sources = sorted((HERE / "translations").glob("*.ts"))
        built = module.build_into(target, HERE / "translations")
        if len(built) != len(sources):
            raise SystemExit(
                "translations: Qt's lrelease (PySide6-Essentials, a build requirement) could not "
                f"compile {len(sources)} .ts file(s) into .qm; compiled {len(built)}"
            )
        print(f"translations: compiled {len(built)} .qm file(s) into {target}")


setup(
    packages=[
        *find_packages(include=["salesperf_desktop", "salesperf_desktop.*"]),
        # Data folders: declared as packages so setuptools ships them without warnings.
        "salesperf_desktop.resources",
        "salesperf_desktop.resources.fonts",
        "salesperf_desktop.resources.icons",
        "salesperf_desktop.translations",
    ],
    cmdclass={"build_py": BuildPyWithTranslations},
)
