"""Render the period selector and the storage chart to docs/images/, in English and Chinese.

Called by scripts/screenshots.py; runs on its own too::

    xvfb-run -a -s "-screen 0 1600x1000x24" python scripts/screenshots_periods.py [SEASONS.parkflow]

The period selector is shown on the Jiaxing Port sample with seasons
(``sample_parks/jiaxing_seasons.parkflow``, or the file given) with Summer
picked; without that sample, on a small seasonal park built here.  The
storage chart is shown on a small park built here: a dyeing works' waste hot
water by day, a dormitory's heating at night and a hot-water tank between them.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PARKFLOW_TEST", "1")  # keep settings and recovery files out of the home folder

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from parkflow.model.entities import (  # noqa: E402
    Direction,
    Enterprise,
    Link,
    LinkStatus,
    Medium,
    Park,
    Period,
    Profile,
    Storage,
    Stream,
    Utility,
    profile_key,
)
from parkflow.optimize import SolveOptions, optimize  # noqa: E402
from parkflow.ui import i18n  # noqa: E402
from parkflow.ui.app import make_application  # noqa: E402
from parkflow.ui.mainwindow import MainWindow  # noqa: E402

OUT = ROOT / "docs" / "images"
SIZE = (1560, 940)
SEASONS_SAMPLE = ROOT / "sample_parks" / "jiaxing_seasons.parkflow"


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def save(widget: QWidget, name: str) -> Path:
    path = OUT / name
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(ROOT)}")
    return path


def tank_park() -> Park:
    """A dyeing works' waste hot water by day, a dormitory's heating at night, a 500 t tank between them.

    Illustrative figures: 20 t/h of 90 °C water by day, 10 t/h needed at
    night (else gas-boiler water at 10 CNY/t), a tank of 500 t taking and
    giving 30 t/h and losing 5 % of its level an hour; a 12 h day and a 12 h
    night, 4,000 h a year each.
    """
    park = Park(name="印染园区昼夜储热 Dyeing park, day and night", hours_per_year=8000.0)
    park.enterprises = {
        "E1": Enterprise("E1", "印染厂 Dyeing works", x_km=0.0, y_km=0.0),
        "E2": Enterprise("E2", "职工宿舍 Dormitory", x_km=0.6, y_km=0.2),
    }
    park.utilities = {
        "U_HW": Utility(
            "U_HW",
            Medium.HOT_WATER,
            "燃气锅炉热水 gas-boiler hot water",
            "t/h",
            cost_cny_per_unit=10.0,
            co2_t_per_unit=0.004,
            temperature_c=95.0,
        )
    }
    park.streams = {
        "W": Stream(
            "W",
            "E1",
            Direction.SOURCE,
            Medium.HOT_WATER,
            "染色余热水 waste hot water",
            20.0,
            "t/h",
            temperature_c=90.0,
            target_temperature_c=50.0,
        ),
        "N": Stream(
            "N",
            "E2",
            Direction.SINK,
            Medium.HOT_WATER,
            "夜间采暖 night heating",
            10.0,
            "t/h",
            temperature_c=40.0,
            target_temperature_c=60.0,
            utility="U_HW",
        ),
    }
    park.storages = {
        "TK1": Storage("TK1", "E2", Medium.HOT_WATER, 500.0, 30.0, 30.0, 5.0, None, None, LinkStatus.EXISTING)
    }
    park.links = {
        "IN": Link("IN", "W", "TK1", LinkStatus.EXISTING, cost_cny_per_unit=0.01, loss_pct=0.0),
        "OUT": Link("OUT", "TK1", "N", LinkStatus.EXISTING, loss_pct=0.0),
    }
    park.periods = {
        "day": Period("day", "白天 Day", 4000.0, "day", 12.0),
        "night": Period("night", "夜间 Night", 4000.0, "day", 12.0),
    }
    park.profiles = {
        profile_key("night", "W"): Profile("night", "W", 0.0),
        profile_key("day", "N"): Profile("day", "N", 0.0),
    }
    return park


def render(app: QApplication, settings: QSettings, seasons: Path | None = None) -> None:
    """Write app_period_selector[_zh].png and app_storage_chart[_zh].png."""
    OUT.mkdir(parents=True, exist_ok=True)
    i18n.install_language("en")
    window = MainWindow(settings=settings, autosave=False)
    window.resize(*SIZE)
    window.show()
    seasons = seasons or (SEASONS_SAMPLE if SEASONS_SAMPLE.is_file() else None)
    if seasons is None or not window.files.open_path(str(seasons), as_untitled=True):
        print(
            "the Jiaxing seasons sample is missing: the period selector is shown on the tank park",
            file=sys.stderr,
        )
        window.document.set_park(tank_park())
    park = window.document.park
    window._on_optimized(optimize(park.copy(), SolveOptions(objective="cost", mode="lp", solver="highs")))
    settle(app)
    window.view.fit()
    selector = window.results_dock.period_selector
    summer = next(
        (choice.id for choice in selector.choices if choice.id and "summer" in choice.name.lower()), None
    )
    selector.select(summer or selector.choices[-1].id)
    window.results_dock.tabs.setCurrentIndex(0)
    settle(app)
    save(window, "app_period_selector.png")
    window.set_language("zh_CN")
    settle(app)
    save(window, "app_period_selector_zh.png")
    window.set_language("en")

    window.document.set_park(tank_park())
    window._on_optimized(
        optimize(window.document.park.copy(), SolveOptions(objective="cost", mode="lp", solver="highs"))
    )
    dock = window.results_dock
    dock.tabs.setCurrentWidget(dock.storage_tab)
    dock.setFloating(True)
    dock.resize(760, 720)
    settle(app)
    save(dock, "app_storage_chart.png")
    window.set_language("zh_CN")
    settle(app)
    save(dock, "app_storage_chart_zh.png")
    window.set_language("en")
    dock.setFloating(False)
    window.document.set_modified(False)
    window.close()
    settle(app)


def main() -> int:
    app = make_application()
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "screenshots.ini"), QSettings.Format.IniFormat)
    render(app, settings, Path(sys.argv[1]) if len(sys.argv) > 1 else None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
