"""Where to draw enterprises that have no position, and how many pixels a km is.

Parks imported from a workbook often leave ``x_km``/``y_km`` blank.  Small
parks get a networkx spring layout of the exchange graph (enterprises joined
by their links), so that partners sit near each other; large ones (more than
:data:`SPRING_LIMIT` enterprises, where a spring layout costs seconds) get a
grid ordered by sector.  Layout positions are only drawn, never written to
the park: the first drag of an enterprise stores a real position through a
move command.
"""

from __future__ import annotations

import math

import networkx as nx
import numpy as np

from parkflow.model.entities import Park

#: Above this many enterprises the spring layout is too slow for opening a park.
SPRING_LIMIT = 300

#: Pixels between neighbouring boxes that the scale aims at (box width 220 px).
TARGET_SPACING_PX = 330.0


def auto_layout(park: Park, enterprise_ids: list[str] | None = None) -> dict[str, tuple[float, float]]:
    """Positions in km for ``enterprise_ids`` (default: those without a position).

    Placed enterprises keep their places; the new ones are laid out to the
    right of them.
    """
    if enterprise_ids is None:
        enterprise_ids = [
            e.id for e in park.enterprises.values() if e.x_km is None or e.y_km is None
        ]
    if not enterprise_ids:
        return {}
    placed = [
        (e.x_km, e.y_km)
        for e in park.enterprises.values()
        if e.x_km is not None and e.y_km is not None and e.id not in enterprise_ids
    ]
    spacing_km = 1.0
    origin_x = (max(x for x, _ in placed) + 2 * spacing_km) if placed else 0.0
    origin_y = (min(y for _, y in placed)) if placed else 0.0
    wanted = set(enterprise_ids)
    if len(enterprise_ids) <= SPRING_LIMIT:
        graph = nx.Graph()
        graph.add_nodes_from(enterprise_ids)
        owner = {s.id: s.enterprise for s in park.streams.values()}
        for link in park.links.values():
            first, second = owner.get(link.source), owner.get(link.sink)
            if first in wanted and second in wanted and first != second:
                graph.add_edge(first, second)
        count = len(enterprise_ids)
        positions = nx.spring_layout(graph, seed=7, k=1.5 / math.sqrt(max(count, 1)))
        size_km = spacing_km * math.sqrt(count) * 1.3
        return {
            node: (origin_x + (float(xy[0]) + 1) * size_km / 2, origin_y + (float(xy[1]) + 1) * size_km / 2)
            for node, xy in positions.items()
        }
    ordered = sorted(enterprise_ids, key=lambda eid: (park.enterprises[eid].sector, eid))
    columns = max(1, int(math.ceil(math.sqrt(len(ordered)))))
    return {
        eid: (origin_x + (index % columns) * spacing_km, origin_y - (index // columns) * spacing_km * 0.8)
        for index, eid in enumerate(ordered)
    }


def pixels_per_km(points_km: list[tuple[float, float]]) -> float:
    """A scale that puts the typical nearest neighbours about TARGET_SPACING_PX apart.

    The median nearest-neighbour distance d (km) gives scale = spacing / d,
    kept within [40, 2000] px/km; a sample of 400 points keeps it fast.
    """
    if len(points_km) < 2:
        return 300.0
    points = np.asarray(points_km[:: max(1, len(points_km) // 400)], dtype=float)
    if len(points) < 2:
        return 300.0
    deltas = points[:, None, :] - points[None, :, :]
    distances = np.sqrt((deltas**2).sum(axis=2))
    np.fill_diagonal(distances, np.inf)
    nearest = distances.min(axis=1)
    nearest = nearest[np.isfinite(nearest) & (nearest > 1e-6)]
    if nearest.size == 0:
        return 300.0
    # sampling makes neighbours sparser by about sqrt(step)
    step = max(1, len(points_km) // 400)
    median = float(np.median(nearest)) / math.sqrt(step)
    return float(min(2000.0, max(40.0, TARGET_SPACING_PX / median)))
