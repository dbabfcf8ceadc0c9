"""Where to draw enterprises that have no position, and how many pixels a km is.

Parks imported from a workbook often leave ``x_km``/``y_km`` blank.  They
are laid out by exchange: enterprises joined by many links form a group
(Louvain communities of the exchange graph, networkx), each group is
spread by a seeded force layout so that partners sit near each other, then
snapped onto a grid of cells (an optimal assignment of enterprises to
cells, scipy) so that no two boxes overlap.  Groups are packed side by side
in rows, largest first; enterprises without any exchange come last, by
sector.

On opening, layout positions are only drawn, never written to the park (the
first drag of an enterprise stores a real position through a move
command).  Edit ▸ Arrange automatically writes them for the whole park as
one undoable command (:func:`arrange_command`).

Cells are :data:`CELL_KM` wide and at least as tall; :func:`pixels_per_km`
then maps the typical neighbour distance (one cell) to
:data:`TARGET_SPACING_PX`, which is wider than a box.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import networkx as nx
import numpy as np
from scipy.optimize import linear_sum_assignment

from parkflow.model.entities import Park

if TYPE_CHECKING:  # pragma: no cover
    from PySide6.QtGui import QUndoCommand

    from parkflow.ui.document import Document

#: Above this many enterprises in one group the force layout is too slow for
#: opening a park; larger groups fill their block in sector order.
SPRING_LIMIT = 300

#: Pixels between neighbouring boxes that the scale aims at (box width 220 px).
TARGET_SPACING_PX = 330.0

#: Width of one grid cell in km; the scale maps it to TARGET_SPACING_PX.
CELL_KM = 1.0

#: Height in px of a box with one port row and the space kept below a box
#: (the same figures as the canvas items: header 40, port pitch 16, margin 6).
_BOX_BASE_PX = 46.0
_PORT_PITCH_PX = 16.0
_ROW_GAP_PX = 80.0
#: Columns are this many cells apart when the boxes are low enough for rows of one cell.
_COLUMN_CELLS = 1.4
#: Width : height the packed groups aim at (screens and pages are landscape).
_ASPECT = 1.5


def exchange_graph(park: Park, enterprise_ids: list[str]) -> nx.Graph:
    """Enterprises as nodes, joined with weight = number of links between them."""
    graph = nx.Graph()
    graph.add_nodes_from(enterprise_ids)
    wanted = set(enterprise_ids)
    owner = {s.id: s.enterprise for s in park.streams.values()}
    for link in park.links.values():
        first, second = owner.get(link.source), owner.get(link.sink)
        if first in wanted and second in wanted and first != second:
            if graph.has_edge(first, second):
                graph[first][second]["weight"] += 1.0
            else:
                graph.add_edge(first, second, weight=1.0)
    return graph


def exchange_groups(park: Park, graph: nx.Graph) -> list[list[str]]:
    """Groups of enterprises that exchange most among themselves, largest first.

    Enterprises with no exchange at all form the last group, ordered by
    sector, so that they do not scatter as many groups of one.
    """
    linked = [node for node in graph.nodes if graph.degree(node) > 0]
    alone = sorted(
        (node for node in graph.nodes if graph.degree(node) == 0),
        key=lambda eid: (park.enterprises[eid].sector, eid),
    )
    groups: list[list[str]] = []
    if linked:
        communities = nx.community.louvain_communities(graph.subgraph(linked), weight="weight", seed=1)
        groups = sorted((sorted(group) for group in communities), key=lambda group: (-len(group), group[0]))
    if alone:
        groups.append(alone)
    return groups


def _group_block(
    park: Park, graph: nx.Graph, group: list[str]
) -> tuple[int, int, dict[str, tuple[int, int]]]:
    """(columns, rows, {enterprise: (column, row)}) of one group's block of cells."""
    count = len(group)
    columns = max(1, math.ceil(math.sqrt(count)))
    rows = max(1, math.ceil(count / columns))
    linked = all(graph.degree(node) > 0 for node in group)
    if count < 3 or not linked or count > SPRING_LIMIT:
        ordered = group if not linked else sorted(group, key=lambda eid: (park.enterprises[eid].sector, eid))
        return columns, rows, {eid: (index % columns, index // columns) for index, eid in enumerate(ordered)}
    subgraph = graph.subgraph(group)
    if count <= 60:
        layout = nx.kamada_kawai_layout(subgraph, weight=None)
    else:
        layout = nx.spring_layout(subgraph, seed=1, weight="weight")
    points = np.array([layout[eid] for eid in group], dtype=float)
    span = points.max(axis=0) - points.min(axis=0)
    span[span < 1e-9] = 1.0
    # stretch the layout onto the block: x to columns, y (north up) to rows (down)
    scaled = (points - points.min(axis=0)) / span
    scaled[:, 0] *= columns - 1
    scaled[:, 1] = (1.0 - scaled[:, 1]) * (rows - 1)
    cells = np.array([(column, row) for row in range(rows) for column in range(columns)], dtype=float)
    cost = ((scaled[:, None, :] - cells[None, :, :]) ** 2).sum(axis=2)
    chosen_rows, chosen_cells = linear_sum_assignment(cost)
    return (
        columns,
        rows,
        {
            group[index]: (int(cells[cell][0]), int(cells[cell][1]))
            for index, cell in zip(chosen_rows, chosen_cells, strict=True)
        },
    )


def arrange(
    park: Park, enterprise_ids: list[str], cell_km: float = CELL_KM
) -> dict[str, tuple[float, float]]:
    """Positions in km (east, north) for ``enterprise_ids``, grouped by exchange, on a grid.

    Top-left at (0, 0); groups are packed left to right in shelves, so that
    the whole is about :data:`_ASPECT` times as wide as tall, with one empty
    column and row between groups.  Row height follows the tallest box (most ports) so boxes never
    overlap at the scale :func:`pixels_per_km` picks, which maps ``cell_km``
    to TARGET_SPACING_PX (pass the km of TARGET_SPACING_PX at the canvas's
    current scale to keep that scale).
    """
    if not enterprise_ids:
        return {}
    graph = exchange_graph(park, enterprise_ids)
    groups = exchange_groups(park, graph)
    rows_of_ports: dict[str, int] = {eid: 0 for eid in enterprise_ids}
    sinks: dict[str, int] = {}
    sources: dict[str, int] = {}
    for stream in park.streams.values():
        if stream.enterprise in rows_of_ports:
            counter = sources if stream.is_source else sinks
            counter[stream.enterprise] = counter.get(stream.enterprise, 0) + 1
    tallest_px = max(
        _BOX_BASE_PX + _PORT_PITCH_PX * max(1, sinks.get(eid, 0), sources.get(eid, 0))
        for eid in enterprise_ids
    )
    row_km = max(cell_km, cell_km * (tallest_px + _ROW_GAP_PX) / TARGET_SPACING_PX)
    # links run sideways (sources on the right of a box, sinks on the left):
    # give them wider gaps between columns; only when rows are one cell, so
    # that the nearest neighbours (which set the scale) stay one cell apart
    column_km = cell_km * _COLUMN_CELLS if row_km == cell_km else cell_km
    blocks = [_group_block(park, graph, group) for group in groups]
    area = sum((columns + 1) * (rows + 1) for columns, rows, _cells in blocks)
    shelf_width = max(
        max(columns for columns, _rows, _cells in blocks),
        math.ceil(math.sqrt(area * _ASPECT * row_km / column_km)),
    )
    positions: dict[str, tuple[float, float]] = {}
    column_at, row_at, shelf_rows = 0, 0, 0
    for columns, rows, cells in blocks:
        if column_at and column_at + columns > shelf_width:
            column_at, row_at, shelf_rows = 0, row_at + shelf_rows + 1, 0
        for eid, (column, row) in cells.items():
            positions[eid] = ((column_at + column) * column_km, -(row_at + row) * row_km)
        column_at += columns + 1
        shelf_rows = max(shelf_rows, rows)
    return positions


def auto_layout(park: Park, enterprise_ids: list[str] | None = None) -> dict[str, tuple[float, float]]:
    """Positions in km for ``enterprise_ids`` (default: those without a position).

    Placed enterprises keep their places; the new ones are arranged
    (:func:`arrange`) to the right of them.
    """
    if enterprise_ids is None:
        enterprise_ids = [e.id for e in park.enterprises.values() if e.x_km is None or e.y_km is None]
    if not enterprise_ids:
        return {}
    wanted = set(enterprise_ids)
    placed = [
        (e.x_km, e.y_km)
        for e in park.enterprises.values()
        if e.x_km is not None and e.y_km is not None and e.id not in wanted
    ]
    origin_x = (max(x for x, _ in placed) + 2 * CELL_KM) if placed else 0.0
    origin_y = max(y for _, y in placed) if placed else 0.0
    return {
        eid: (round(origin_x + x, 3), round(origin_y + y, 3))
        for eid, (x, y) in arrange(park, enterprise_ids).items()
    }


def arrange_command(document: Document, cell_km: float = CELL_KM) -> QUndoCommand | None:
    """Arrange the whole park by exchange as one undoable command (None: nothing moves).

    ``cell_km`` is the grid cell (see :func:`arrange`).  The new positions
    keep the park's current centre, so the view stays roughly where it was.
    """
    from PySide6.QtCore import QCoreApplication

    from parkflow.ui.undo import MacroCommand, MoveEnterpriseCommand

    park = document.park
    target = arrange(park, list(park.enterprises), cell_km)
    if not target:
        return None
    placed = [
        (e.x_km, e.y_km) for e in park.enterprises.values() if e.x_km is not None and e.y_km is not None
    ]
    shift_x = shift_y = 0.0
    if placed:
        new_x = [x for x, _ in target.values()]
        new_y = [y for _, y in target.values()]
        shift_x = (min(x for x, _ in placed) + max(x for x, _ in placed)) / 2 - (min(new_x) + max(new_x)) / 2
        shift_y = (min(y for _, y in placed) + max(y for _, y in placed)) / 2 - (min(new_y) + max(new_y)) / 2
    count = len(target)
    macro = MacroCommand(  # a text made anew in the language of the moment (undo history follows a switch)
        lambda: QCoreApplication.translate("Commands", "Arrange {count} enterprises automatically").format(
            count=count
        )
    )
    for eid, (x_km, y_km) in target.items():
        enterprise = park.enterprises[eid]
        new = (round(x_km + shift_x, 3), round(y_km + shift_y, 3))
        if (enterprise.x_km, enterprise.y_km) != new:
            macro.add(MoveEnterpriseCommand(document, eid, (enterprise.x_km, enterprise.y_km), new))
    return macro if macro.commands else None


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
