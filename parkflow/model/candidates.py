"""Candidate links by distance: every compatible pair of neighbours gets a priced pipe.

A park manager with hundreds of enterprises cannot draw thousands of
candidate links by hand.  :func:`propose_candidates` lists a candidate link
for every compatible source–sink pair of *different* enterprises whose
straight-line distance is at most ``max_km``, with its length, size, loss
and capex filled from :mod:`parkflow.model.pipes` (steam lines that cannot
hold their sink's pressure are left out).  Existing links are kept, and a
pair that already has a link gets no second one.  Both ``parkflow
candidates`` and the desktop's *Propose candidate links…* call it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from parkflow.model.compat import link_refusal, media_compatible
from parkflow.model.entities import Link, LinkStatus, Medium, Park, Stream
from parkflow.model.media import spec_of
from parkflow.model.pipes import link_pipe, route_length_km

#: Default search radius of ``parkflow candidates``, km.
DEFAULT_MAX_KM = 3.0


@dataclass(frozen=True, slots=True)
class Proposal:
    """New candidate links, and how many compatible pairs were left out and why."""

    links: list[Link]
    pairs_within: int
    refused_pressure: int


def _positions(park: Park, streams: list[Stream]) -> np.ndarray:
    coordinates = np.full((len(streams), 2), np.nan)
    for row, stream in enumerate(streams):
        enterprise = park.enterprises.get(stream.enterprise)
        if enterprise is not None and enterprise.x_km is not None and enterprise.y_km is not None:
            coordinates[row] = (enterprise.x_km, enterprise.y_km)
    return coordinates


def candidate_link_id(source_id: str, sink_id: str, taken: set[str]) -> str:
    """``C_<source>__<sink>``, numbered when that id is taken."""
    base = f"C_{source_id}__{sink_id}"
    link_id, number = base, 2
    while link_id in taken:
        link_id, number = f"{base}_{number}", number + 1
    return link_id


def propose_candidates(park: Park, max_km: float = DEFAULT_MAX_KM) -> Proposal:
    """Candidate links of every compatible pair of different enterprises within ``max_km`` (straight line)."""
    linked = {(link.source, link.sink) for link in park.links.values()}
    taken = set(park.links)
    by_output = park.converter_of_output()
    sinks_by_medium: dict[Medium, list[Stream]] = {}
    for sink in park.sinks():
        sinks_by_medium.setdefault(sink.medium, []).append(sink)
    sink_positions = {medium: _positions(park, sinks) for medium, sinks in sinks_by_medium.items()}
    links: list[Link] = []
    within = refused = 0
    for source in park.sources():
        source_position = _positions(park, [source])[0]
        if np.isnan(source_position).any():
            continue
        for medium, sinks in sinks_by_medium.items():
            if not media_compatible(source.medium, medium):
                continue
            distances = np.hypot(*(sink_positions[medium] - source_position).T)
            for row in np.flatnonzero(distances <= max_km + 1e-12):
                sink = sinks[int(row)]
                if sink.enterprise == source.enterprise or (source.id, sink.id) in linked:
                    continue
                if link_refusal(park, source, sink, by_output) is not None:
                    continue
                within += 1
                link = Link(
                    candidate_link_id(source.id, sink.id, taken),
                    source.id,
                    sink.id,
                    status=LinkStatus.CANDIDATE,
                    lifetime_yr=spec_of(source.medium).link_lifetime_yr,
                    distance_km=round(route_length_km(park, source, sink), 3),
                )
                pipe = link_pipe(park, link, source, sink)
                if pipe.refusal is not None:
                    refused += 1
                    continue
                link.diameter_mm = pipe.diameter_mm
                link.loss_pct = round(pipe.loss_pct, 3)
                link.capex_cny = (
                    pipe.capex_cny if pipe.capex_cny is not None and math.isfinite(pipe.capex_cny) else None
                )
                taken.add(link.id)
                links.append(link)
    return Proposal(links, within, refused)


def with_candidates(park: Park, max_km: float = DEFAULT_MAX_KM) -> tuple[Park, Proposal]:
    """A copy of ``park`` with the proposed candidate links added (links now declared)."""
    proposal = propose_candidates(park, max_km)
    out = park.copy()
    out.links_declared = True
    for link in proposal.links:
        out.links[link.id] = link
    return out, proposal
