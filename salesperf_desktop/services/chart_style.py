"""matplotlib set-up shared by the charts tab and exported images: the shipped CJK font.

Registering the font file directly avoids matplotlib's font cache, which does not see a font
installed after the cache was built.
"""

from __future__ import annotations

from functools import cache

from salesperf_desktop.paths import cjk_font_path


def import_without_property_tables() -> None:
    """Call before matplotlib's drawing modules are imported: each of their Artist classes then
    skips writing the table of all its properties into the docstring of its ``set`` method.

    matplotlib builds that table (``matplotlib.artist.kwdoc``) for help() and its manual, by
    reading the docstring of every setter of some hundred classes: about a fifth of the
    import's CPU, 0.1 s taken at every start on the core the window needs. No window shows a
    docstring, and nothing drawn changes. Once they are imported, calling this changes nothing.
    """
    import matplotlib.artist

    matplotlib.artist.kwdoc = _no_property_table


def _no_property_table(_artist) -> str:
    return ""


@cache
def configure_matplotlib() -> str:
    import matplotlib
    from matplotlib import font_manager

    path = cjk_font_path()
    family = "WenQuanYi Micro Hei"
    if path.exists():
        font_manager.fontManager.addfont(str(path))
        family = font_manager.FontProperties(fname=str(path)).get_name()
    matplotlib.rcParams["font.sans-serif"] = [family, "DejaVu Sans"]
    matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["axes.unicode_minus"] = False
    return family
