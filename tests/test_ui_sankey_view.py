"""The Sankey view draws one band per (sender, receiver, medium) and exports SVG and PNG."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from ui_results_helpers import small_park  # noqa: E402

from parkflow.model.entities import Medium  # noqa: E402
from parkflow.model.state import FlowState, LinkFlow, current_state, standalone_state  # noqa: E402
from parkflow.ui.sankey import SankeyWindow, sankey_bands  # noqa: E402

pytestmark = pytest.mark.gui


def optimized_like_state() -> FlowState:
    return FlowState(
        "optimized",
        link_flows={
            "L_AB": LinkFlow("A_steam", "B_steam", 15.0),
            "L_AC_w": LinkFlow("A_water", "C_water", 30.0),
        },
        utility_use={"B_steam": 0.0, "C_steam": 10.0},
        disposal_use={"A_steam": 5.0, "A_water": 20.0},
    )


@pytest.fixture
def window(qtbot):
    widget = SankeyWindow()
    qtbot.addWidget(widget)
    return widget


def test_bands_follow_the_flow_state() -> None:
    bands = {
        (band.sender, band.receiver, band.medium): band.amount
        for band in sankey_bands(small_park(), optimized_like_state())
    }
    assert bands == {
        ("enterprise:A", "enterprise:B", Medium.STEAM): 15.0,
        ("enterprise:A", "enterprise:C", Medium.WATER): 30.0,
        ("utility:U_steam", "enterprise:C", Medium.STEAM): 10.0,  # zero make-up of B is not drawn
        ("enterprise:A", "disposal:D_steam", Medium.STEAM): 5.0,
        ("enterprise:A", "disposal:D_water", Medium.WATER): 20.0,
    }


def test_standalone_state_has_no_enterprise_to_enterprise_band() -> None:
    park = small_park()
    bands = sankey_bands(park, standalone_state(park))
    assert all(
        not (band.sender.startswith("enterprise") and band.receiver.startswith("enterprise"))
        for band in bands
    )
    assert any(band.receiver == "enterprise:B" for band in sankey_bands(park, current_state(park)))


def test_window_draws_one_band_item_per_band_and_filters_by_medium(window) -> None:
    window.set_state(small_park(), optimized_like_state())
    assert len(window.band_items) == 5
    window.set_medium_filter(Medium.WATER)
    assert len(window.band_items) == 2
    # one medium: widths are proportional to the rate (30 t/h vs 20 t/h)
    heights = sorted(item.path().boundingRect().height() for item in window.band_items)
    assert heights[1] / heights[0] == pytest.approx(30.0 / 20.0, rel=0.1)
    window.set_medium_filter(None)
    assert len(window.band_items) == 5
    # band colours are the media's colours
    assert {item.brush().color().name() for item in window.band_items} == {"#d62728", "#1f77b4"}


def test_medium_filter_offers_only_media_present(window) -> None:
    window.set_state(small_park(), optimized_like_state())
    model = window.medium_combo.model()
    enabled = {
        window.medium_combo.itemData(i)
        for i in range(1, window.medium_combo.count())
        if model.item(i).isEnabled()
    }
    assert enabled == {"steam", "water"}


def test_export_svg_and_png(window, tmp_path) -> None:
    window.set_state(small_park(), optimized_like_state())
    svg = tmp_path / "sankey.svg"
    png = tmp_path / "sankey.png"
    window.export_svg(svg)
    window.export_png(png)
    text = svg.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    assert text.count('fill="#d62728"') >= 3  # steam bands (and legend swatch) in the medium's colour
    assert png.stat().st_size > 1000
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_empty_state_says_so(window) -> None:
    window.set_state(small_park(), FlowState("optimized"))
    assert window.band_items == []


def test_real_optimized_state_of_a_park_with_heat(window) -> None:
    from ui_results_helpers import tradeoff_park

    from parkflow.optimize import SolveOptions, optimize

    park = tradeoff_park()
    result = optimize(park, SolveOptions())
    window.set_state(park, result.to_state())
    keys = {(band.sender, band.receiver, band.medium) for band in window.bands}
    assert ("enterprise:A", "enterprise:B", Medium.HEAT) in keys  # A's waste heat warms B
    assert ("enterprise:A", "enterprise:B", Medium.STEAM) in keys
    assert len(window.band_items) == len(window.bands)
    window.set_medium_filter(Medium.HEAT)
    assert 1 <= len(window.band_items) < len(window.bands)


def test_a_large_park_merges_its_smallest_nodes(window) -> None:
    from parkflow.model.entities import Direction, Enterprise, Park, Stream, Utility
    from parkflow.ui.sankey import MAX_NODES_PER_SIDE, OTHERS_RECEIVER

    park = Park(name="many sinks")
    park.utilities["U"] = Utility("U", Medium.WATER, name="fresh water")
    utility_use = {}
    for number in range(40):
        enterprise_id = f"E{number:02d}"
        park.enterprises[enterprise_id] = Enterprise(enterprise_id, name=f"enterprise {number}")
        park.streams[f"{enterprise_id}_w"] = Stream(
            f"{enterprise_id}_w",
            enterprise_id,
            Direction.SINK,
            Medium.WATER,
            amount=float(number + 1),
            utility="U",
        )
        utility_use[f"{enterprise_id}_w"] = float(number + 1)
    window.set_state(park, FlowState("optimized", utility_use=utility_use))
    assert len(window.bands) == 40  # the model keeps every band
    receivers = [key for side, key in window.node_items if side == "R"]
    assert len(receivers) == MAX_NODES_PER_SIDE
    assert OTHERS_RECEIVER in receivers
    assert "enterprise:E39" in receivers and "enterprise:E00" not in receivers  # the largest stay
    assert len(window.band_items) == MAX_NODES_PER_SIDE
    assert "merged" in window.note_label.text()
