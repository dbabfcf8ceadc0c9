"""Every link's current and optimized flow in both scenarios."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from parkflow.model.entities import Park
from parkflow.report.compare.park_diff import ParkDiff, stream_unit
from parkflow.report.compare.scenarios import ScenarioData, document_flows
from parkflow.report.compare.terms import is_number, natural_key


@dataclass(frozen=True)
class LinkFlowChange:
    """A link's flow in both scenarios (canonical source units per hour)."""

    link_id: str
    status: str  # "added", "removed", "changed" (the link itself) or "" (same link)
    source: str
    sink: str
    medium: str
    unit: str
    current_a: float
    current_b: float
    optimized_a: float | None
    optimized_b: float | None

    @property
    def optimized_delta(self) -> float | None:
        if self.optimized_a is None or self.optimized_b is None:
            return None
        return self.optimized_b - self.optimized_a

    def to_dict(self) -> dict[str, Any]:
        return {
            "link": self.link_id,
            "status": self.status or "unchanged",
            "source": self.source,
            "sink": self.sink,
            "medium": self.medium,
            "unit": self.unit,
            "current": {"a": self.current_a, "b": self.current_b, "delta": self.current_b - self.current_a},
            "optimized": {"a": self.optimized_a, "b": self.optimized_b, "delta": self.optimized_delta},
        }


def link_flow_changes(a: ScenarioData, b: ScenarioData, diff: ParkDiff) -> list[LinkFlowChange]:
    """Every link in either park with its current and optimized flow on both sides."""
    flows_a, flows_b = document_flows(a), document_flows(b)
    has_a, has_b = a.has_result, b.has_result
    statuses = diff.statuses()
    out: list[LinkFlowChange] = []
    for link_id in sorted(
        set(a.park.links) | set(b.park.links) | set(flows_a) | set(flows_b), key=natural_key
    ):
        link = b.park.links.get(link_id) or a.park.links.get(link_id)
        park = b.park if link_id in b.park.links else a.park
        source = (
            link.source if link else str((flows_b.get(link_id) or flows_a.get(link_id, {})).get("source", ""))
        )
        sink = link.sink if link else str((flows_b.get(link_id) or flows_a.get(link_id, {})).get("sink", ""))
        stream = park.streams.get(source)
        medium = (
            stream.medium.value
            if stream is not None
            else str(flows_b.get(link_id, flows_a.get(link_id, {})).get("medium", ""))
        )
        unit = stream_unit(park, source)
        out.append(
            LinkFlowChange(
                link_id,
                statuses.get(("links", link_id), ""),
                source,
                sink,
                medium,
                unit,
                _current_flow(a.park, link_id),
                _current_flow(b.park, link_id),
                _flow_amount(flows_a, link_id) if has_a else None,
                _flow_amount(flows_b, link_id) if has_b else None,
            )
        )
    return out


def _current_flow(park: Park, link_id: str) -> float:
    from parkflow.model.entities import LinkStatus

    link = park.links.get(link_id)
    if link is None or link.status is not LinkStatus.EXISTING:
        return 0.0
    return float(link.current_flow or 0.0)


def _flow_amount(flows: Mapping[str, Mapping[str, Any]], link_id: str) -> float:
    row = flows.get(link_id)
    if row is None:
        return 0.0
    value = row.get("amount")
    return float(value) if value is not None and is_number(value) else 0.0
