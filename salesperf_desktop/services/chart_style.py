"""matplotlib set-up shared by the charts tab and exported images: the shipped CJK font.

Registering the font file directly avoids matplotlib's font cache, which does not see a font
installed after the cache was built.
"""

from __future__ import annotations

from functools import cache

from salesperf_desktop.paths import cjk_font_path


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
