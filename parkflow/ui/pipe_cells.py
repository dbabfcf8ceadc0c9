"""What a link's blank pipe fields are computed to, for the tables and the inspector.

A blank ``distance_km``, ``diameter_mm``, ``loss_pct`` or ``capex_cny`` is
computed by :mod:`parkflow.model.pipes`; the GUI shows the computed value
greyed, with the rule in the tooltip, until the user types a number.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from parkflow.model.entities import Link, Park
from parkflow.model.pipes import LinkPipe, cost_per_km, link_pipe

#: Colour of a computed (not typed) value.
COMPUTED_GREY = "#8a8a8a"

#: Link columns that are computed when blank.
COMPUTED_COLUMNS: tuple[str, ...] = ("distance_km", "diameter_mm", "loss_pct", "capex_cny")


def pipe_of(park: Park, link: Link) -> LinkPipe | None:
    """The link's pipe, or None when one of its streams is missing."""
    source, sink = park.streams.get(link.source), park.streams.get(link.sink)
    if source is None or sink is None:
        return None
    return link_pipe(park, link, source, sink)


def computed_text(pipe: LinkPipe, column: str) -> str | None:
    """The computed value of a blank ``column`` as display text (None: nothing computed)."""
    if column == "distance_km" and pipe.distance_computed:
        return f"{pipe.distance_km:.3g}"
    if column == "diameter_mm" and pipe.diameter_computed and pipe.diameter_mm is not None:
        return f"{pipe.diameter_mm:g}"
    if column == "loss_pct" and pipe.loss_computed:
        return f"{pipe.loss_pct:.3g}"
    if column == "capex_cny" and pipe.capex_computed and pipe.capex_cny is not None:
        return f"{pipe.capex_cny:,.0f}"
    return None


def rule_tooltip(park: Park, link: Link, pipe: LinkPipe, column: str) -> str:
    """The rule that computed ``column``, in the user's language."""
    override = QCoreApplication.translate("PipeCells", "Computed; type a number to override.")
    if column == "distance_km":
        rule = QCoreApplication.translate(
            "PipeCells", "Straight distance between the two enterprises × the park's routing factor {factor}."
        ).format(factor=f"{park.pipe_routing_factor:g}")
    elif column == "diameter_mm":
        rule = QCoreApplication.translate(
            "PipeCells",
            "Smallest standard nominal size (ASME B36.10M standard wall) within the medium's design "
            "velocity (GB 50041) that, for steam, keeps the sink's pressure.",
        )
        if pipe.outlet_mpa is not None and pipe.inlet_mpa is not None:
            rule += " " + QCoreApplication.translate(
                "PipeCells", "Steam pressure {inlet} → {outlet} MPa at {flow} design flow."
            ).format(
                inlet=f"{pipe.inlet_mpa:.2f}", outlet=f"{pipe.outlet_mpa:.3f}", flow=f"{pipe.design_flow:g}"
            )
    elif column == "loss_pct":
        rule = QCoreApplication.translate(
            "PipeCells",
            "Heat lost by the insulated pipe (insulation to the GB/T 4272 heat-loss limits) as a share of "
            "what it carries at design flow: steam as condensate, hot water as temperature.",
        )
        if pipe.insulation_mm:
            rule += " " + QCoreApplication.translate("PipeCells", "Insulation {mm} mm.").format(
                mm=pipe.insulation_mm
            )
    else:
        source = park.streams.get(link.source)
        cost = (
            cost_per_km(source.medium, int(pipe.diameter_mm) if pipe.diameter_mm else None)
            if source
            else None
        )
        rule = QCoreApplication.translate("PipeCells", "Length × cost per km for the medium and size.")
        if cost is not None:
            rule += " " + QCoreApplication.translate("PipeCells", "{cost} CNY/km ({year}): {source}").format(
                cost=f"{cost.cny_per_km:,.0f}", year=cost.year, source=cost.source
            )
    return f"{rule}\n{override}"
