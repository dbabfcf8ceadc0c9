"""Fonts for reports: a CJK font found on the system, or a clear message.

Chinese text needs a CJK font in the PDF and in the charts.  ParkFlow looks
for WenQuanYi Micro Hei and Noto/Source Han Sans CJK in the usual places;
without one, the PDF is rendered with a Latin font and says, on its first
page and on stderr, how to install one (``apt-get install fonts-wqy-microhei``).
"""

from __future__ import annotations

import glob
import os
from functools import lru_cache
from pathlib import Path

#: Where CJK fonts usually live, in order of preference.  (.ttc collections
#: work with fpdf2 and matplotlib; WenQuanYi Micro Hei: Apache 2.0 / GPL with font exception.)
CJK_FONT_PATTERNS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK*-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK*-Regular.ttc",
    "/usr/share/fonts/**/NotoSansCJK*-Regular.ttc",
    "/usr/share/fonts/**/NotoSansSC-Regular.*tf",
    "/usr/share/fonts/**/SourceHanSans*-Regular.ttc",
    "/usr/share/fonts/**/wqy-microhei.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
    "/System/Library/Fonts/PingFang.ttc",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simhei.ttf",
)
LATIN_FONT_PATTERNS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/**/DejaVuSans.ttf",
)
INSTALL_HINT = (
    "Chinese text needs a CJK font, and none was found: install one "
    "(Debian/Ubuntu: apt-get install fonts-wqy-microhei) and render the report again."
)


def _first(patterns: tuple[str, ...]) -> Path | None:
    for pattern in patterns:
        for match in sorted(glob.glob(pattern, recursive=True)):
            if os.path.isfile(match):
                return Path(match)
    return None


@lru_cache(maxsize=1)
def cjk_font_path() -> Path | None:
    """A CJK TrueType font (collection) on this system, or None.

    ``PARKFLOW_CJK_FONT`` names one explicitly; ``PARKFLOW_CJK_FONT=none``
    pretends there is none (used by tests of the fallback).
    """
    chosen = os.environ.get("PARKFLOW_CJK_FONT")
    if chosen:
        return None if chosen.lower() == "none" else (Path(chosen) if Path(chosen).is_file() else None)
    return _first(CJK_FONT_PATTERNS)


@lru_cache(maxsize=1)
def latin_font_path() -> Path | None:
    """A Unicode Latin TrueType font (DejaVu Sans) for the fallback, or None (core Helvetica)."""
    return _first(LATIN_FONT_PATTERNS)


_configured = False


def configure_matplotlib() -> None:
    """Charts: Agg backend, text as paths in SVG (self-contained), CJK font as fallback."""
    global _configured
    if _configured:
        return
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib import font_manager, rcParams

    families = ["DejaVu Sans"]
    path = cjk_font_path()
    if path is not None:
        try:
            font_manager.fontManager.addfont(str(path))
            families.append(font_manager.FontProperties(fname=str(path)).get_name())
        except (RuntimeError, OSError, ValueError):
            pass
    # A list of families makes matplotlib fall back glyph by glyph (Latin first, then CJK).
    rcParams["font.family"] = families
    rcParams["svg.fonttype"] = "path"
    rcParams["axes.unicode_minus"] = False
    _configured = True
