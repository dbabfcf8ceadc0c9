"""Regenerate docs/images/compare.png: the compare view on the Jiaxing sample park.

Baseline: sample_parks/jiaxing_port.parkflow.  Alternative "hydrogen main":
a new 1.2 km hydrogen pipeline from the PDH plant (MF) to the refuelling
stations, the truck fleet doubled (640 → 1,280 t/yr of hydrogen), and the
surfactant plant (ZANYU) closed.  Both files are optimized on the way.

    QT_QPA_PLATFORM=offscreen python3 docs/images/make_compare_png.py [OUT.png] [REPORT.html]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from parkflow.model.entities import Link, LinkStatus  # noqa: E402
from parkflow.model.store import open_scenario, save_scenario  # noqa: E402


def hydrogen_main_alternative(folder: Path) -> tuple[Path, Path]:
    baseline = ROOT / "sample_parks" / "jiaxing_port.parkflow"
    park = open_scenario(baseline).park
    alternative = park.copy()
    alternative.links["L_MF_H2_STATION"] = Link(
        "L_MF_H2_STATION",
        "S_MF_H2",
        "K_H2ST_H2",
        LinkStatus.CANDIDATE,
        capacity=2000.0,
        distance_km=1.2,
        cost_cny_per_unit=0.05,
        capex_cny=3.0e6,
        lifetime_yr=15.0,
    )
    alternative.streams["K_H2ST_H2"].amount = 1280.0
    del alternative.enterprises["ZANYU"]
    for stream_id in [s.id for s in alternative.streams.values() if s.enterprise == "ZANYU"]:
        del alternative.streams[stream_id]
        for link_id in [
            link.id for link in alternative.links.values() if stream_id in (link.source, link.sink)
        ]:
            del alternative.links[link_id]
    today, other = folder / "jiaxing_today.parkflow", folder / "jiaxing_hydrogen_main.parkflow"
    save_scenario(today, park)
    save_scenario(other, alternative)
    return today, other


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "images" / "compare.png"
    report = Path(sys.argv[2]) if len(sys.argv) > 2 else None
    from PySide6.QtWidgets import QApplication

    from parkflow.ui.compare_window import CompareWindow

    app = QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        today, other = hydrogen_main_alternative(Path(folder))
        window = CompareWindow()
        window.resize(1500, 950)
        window.set_scenarios(today, [other], optimize_missing=True)
        window.show()
        app.processEvents()
        window.difference_list.setCurrentItem(window.difference_item("links", "L_MF_H2_STATION"))
        app.processEvents()
        window.grab().save(str(out))
        print(f"wrote {out}")
        if report is not None:
            from parkflow.report.compare_render import render_compare_report

            assert window.comparison is not None
            render_compare_report([window.comparison], report)
            print(f"wrote {report}")


if __name__ == "__main__":
    main()
