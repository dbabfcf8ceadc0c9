"""Compare scenarios: what differs between parks and what each difference does.

Qt-free engine behind ``parkflow compare``, the compare report and the
compare view (docs/design.md, "Accounting", "The command line").

Three layers of comparison, from the inputs to the results:

1. **Inputs** (:func:`diff_parks`): enterprises, streams, links, utilities,
   disposals, converters and factor overrides are matched by id and listed as
   added, removed or changed, field by field with the old and the new value
   in the unit the field is written in (a stream's ``amount`` in that
   stream's ``unit``, ``pressure_mpa`` in MPa, …); park settings likewise.
2. **KPIs** (:func:`compare_scenarios`): every KPI of every state
   (standalone, current, optimized) as baseline ``a``, alternative ``b`` and
   ``delta = b − a``, and the same per enterprise and per medium.
3. **Attribution** (:func:`attribute`): which changes drive the KPI deltas.
   This is only partly possible, and the engine says which part:

   * standalone and current states follow from the park alone, so each
     change (grouped with what depends on it: an enterprise removed with its
     streams and links) is applied to the baseline *on its own* and its KPI
     effect measured exactly (one-at-a-time).  Standalone KPIs are sums over
     streams, so their effects add up to the delta; what does not add up is
     shown as "interaction".
   * the optimized state is one whole solution: removing a sink can re-route
     flows anywhere.  Its delta is split honestly into the part that moves the
     standalone state (the same one-at-a-time effects) and the change in the
     exchange benefit (standalone − optimized), which is shown against the
     links whose optimized flow changed but not divided among them.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from parkflow.model.entities import CANONICAL_UNIT, ENTITY_SHEETS, MEDIUM_ZH, Medium, Park
from parkflow.model.fingerprint import EXTRA_SETTINGS, park_fingerprint, stamp_results
from parkflow.report.catalogue import CATALOGUE
from parkflow.report.catalogue import KPI_KEYS as CATALOGUE_KEYS

#: Entity kinds compared, in the order reports list them (JSON keys).
KINDS: tuple[str, ...] = (
    "enterprises",
    "streams",
    "links",
    "utilities",
    "disposals",
    "converters",
    "factors",
)

#: Chinese headings of the kinds, for bilingual reports and the GUI.
KIND_ZH: dict[str, str] = {
    "enterprises": "企业",
    "streams": "物流",
    "links": "连接",
    "utilities": "公用工程",
    "disposals": "处置",
    "converters": "转换装置",
    "factors": "因子覆盖",
    "settings": "园区设置",
}

#: Singular names of the kinds (difference list, attribution labels).
KIND_SINGULAR: dict[str, str] = {
    "enterprises": "enterprise",
    "streams": "stream",
    "links": "link",
    "utilities": "utility",
    "disposals": "disposal",
    "converters": "converter",
    "factors": "factor",
    "settings": "park setting",
}

#: States of a park (docs/design.md, "Accounting").
STATES: tuple[str, ...] = ("standalone", "current", "optimized")
STATE_ZH: dict[str, str] = {"standalone": "独立运行", "current": "现状", "optimized": "优化后"}

#: KPI keys, units and bilingual labels, all read from the one KPI catalogue.
KPI_KEYS: tuple[str, ...] = CATALOGUE_KEYS
KPI_UNIT: dict[str, str] = {definition.key: definition.unit for definition in CATALOGUE}
KPI_LABEL: dict[str, str] = {definition.key: definition.label_en for definition in CATALOGUE}
KPI_ZH: dict[str, str] = {definition.key: definition.label_zh for definition in CATALOGUE}

#: Units of fields that always have the same unit.
_FIXED_UNIT: dict[str, str] = {
    "x_km": "km",
    "y_km": "km",
    "distance_km": "km",
    "pressure_mpa": "MPa",
    "temperature_c": "°C",
    "target_temperature_c": "°C",
    "purity_pct": "%",
    "cod_mg_l": "mg/L",
    "loss_pct": "%",
    "cod_removal_pct": "%",
    "capex_cny": "CNY",
    "lifetime_yr": "yr",
    "hours_per_year": "h/yr",
    "dt_min_k": "K",
    "discount_rate_pct": "%",
    "co2_price_cny_per_t": "CNY/t",
    "cod_price_cny_per_t": "CNY/t",
}

#: Park-level settings compared besides the ``park`` sheet keys.
_EXTRA_SETTINGS: tuple[str, ...] = EXTRA_SETTINGS

#: Relative tolerance under which two numbers count as the same value.
#: Workbook round trips and unit conversions leave differences near 1e-12.
REL_TOLERANCE = 1e-9
ABS_TOLERANCE = 1e-12


# ---------------------------------------------------------------------------
# Input differences
# ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field that differs: ``old`` (baseline) and ``new`` (alternative).

    ``old_unit`` and ``new_unit`` are the units the values are written in
    (they differ only when the unit itself changed, e.g. a stream's amount
    re-entered in t/d); empty for fields without a unit.
    """

    field: str
    old: Any
    new: Any
    old_unit: str = ""
    new_unit: str = ""

    @property
    def delta(self) -> float | None:
        """``new − old`` when both are numbers in the same unit, else None."""
        if (
            _is_number(self.old)
            and _is_number(self.new)
            and self.old_unit == self.new_unit
        ):
            return float(self.new) - float(self.old)
        return None

    def describe(self) -> str:
        """``amount: 10 t/h → 12 t/h (+2)``."""
        text = f"{self.field}: {format_value(self.old, self.old_unit)} → {format_value(self.new, self.new_unit)}"
        delta = self.delta
        if delta is not None:
            text += f" ({format_number(delta, signed=True)})"
        return text

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"field": self.field, "old": _jsonable(self.old), "new": _jsonable(self.new)}
        if self.old_unit == self.new_unit:
            out["unit"] = self.old_unit or None
        else:
            out["old_unit"] = self.old_unit or None
            out["new_unit"] = self.new_unit or None
        return out


@dataclass(frozen=True, slots=True)
class EntityChange:
    """An entity present in both parks whose fields differ."""

    kind: str
    entity_id: str
    fields: tuple[FieldChange, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.entity_id, "fields": [change.to_dict() for change in self.fields]}

    def describe(self) -> str:
        return "; ".join(change.describe() for change in self.fields)


@dataclass(frozen=True, slots=True)
class DiffItem:
    """One line of the difference list: an added, removed or changed item."""

    status: str  # "added" | "removed" | "changed"
    kind: str  # a KINDS entry or "settings"
    entity_id: str
    text: str
    #: The text without the status and name: ``(S1 → K3, existing)`` or ``amount: 8 t/h → 12 t/h (+4)``.
    detail: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.entity_id)


@dataclass
class ParkDiff:
    """Differences between a baseline park ``a`` and an alternative ``b``.

    ``added[kind]`` and ``removed[kind]`` are sorted id lists; ``changed[kind]``
    lists :class:`EntityChange`; ``settings`` the park settings that differ.
    ``rows_a`` / ``rows_b`` keep the workbook rows of added and removed items
    for reports.
    """

    added: dict[str, list[str]] = field(default_factory=lambda: {kind: [] for kind in KINDS})
    removed: dict[str, list[str]] = field(default_factory=lambda: {kind: [] for kind in KINDS})
    changed: dict[str, list[EntityChange]] = field(default_factory=lambda: {kind: [] for kind in KINDS})
    settings: list[FieldChange] = field(default_factory=list)
    rows_a: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    rows_b: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)

    def is_empty(self) -> bool:
        return not self.settings and not any(
            self.added[kind] or self.removed[kind] or self.changed[kind] for kind in KINDS
        )

    def count(self) -> dict[str, int]:
        """Number of added, removed and changed items (settings count as changed)."""
        return {
            "added": sum(len(ids) for ids in self.added.values()),
            "removed": sum(len(ids) for ids in self.removed.values()),
            "changed": sum(len(items) for items in self.changed.values()) + len(self.settings),
        }

    def items(self) -> list[DiffItem]:
        """Every difference as one line, kinds in :data:`KINDS` order."""
        out: list[DiffItem] = []
        for kind in KINDS:
            singular = KIND_SINGULAR[kind]
            for entity_id in self.added[kind]:
                detail = _row_summary(kind, self.rows_b.get((kind, entity_id)))
                out.append(DiffItem("added", kind, entity_id, f"+ {singular} {entity_id}{detail}", detail.strip()))
            for entity_id in self.removed[kind]:
                detail = _row_summary(kind, self.rows_a.get((kind, entity_id)))
                out.append(DiffItem("removed", kind, entity_id, f"− {singular} {entity_id}{detail}", detail.strip()))
            for change in self.changed[kind]:
                detail = change.describe()
                out.append(DiffItem("changed", kind, change.entity_id, f"~ {singular} {change.entity_id}: {detail}", detail))
        for setting in self.settings:
            detail = setting.describe()
            out.append(DiffItem("changed", "settings", setting.field, f"~ park {detail}", detail))
        return out

    def statuses(self) -> dict[tuple[str, str], str]:
        """(kind, id) → ``"added"``, ``"removed"`` or ``"changed"`` for every differing item."""
        out: dict[tuple[str, str], str] = {}
        for kind in KINDS:
            out.update({(kind, entity_id): "added" for entity_id in self.added[kind]})
            out.update({(kind, entity_id): "removed" for entity_id in self.removed[kind]})
            out.update({(kind, change.entity_id): "changed" for change in self.changed[kind]})
        return out

    def to_dict(self) -> dict[str, Any]:
        """JSON shape: ``added``/``removed`` {kind: [row, …]}, ``changed`` {kind: [{id, fields}]}."""
        return {
            "added": {kind: [_jsonable_row(self.rows_b[(kind, i)]) for i in self.added[kind]] for kind in KINDS},
            "removed": {kind: [_jsonable_row(self.rows_a[(kind, i)]) for i in self.removed[kind]] for kind in KINDS},
            "changed": {kind: [change.to_dict() for change in self.changed[kind]] for kind in KINDS},
            "settings": [change.to_dict() for change in self.settings],
        }


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(float(value))


def same_value(old: Any, new: Any) -> bool:
    """Equality with a relative tolerance for numbers; enums compare by value."""
    if isinstance(old, Enum):
        old = old.value
    if isinstance(new, Enum):
        new = new.value
    if _is_number(old) and _is_number(new):
        return math.isclose(float(old), float(new), rel_tol=REL_TOLERANCE, abs_tol=ABS_TOLERANCE)
    if isinstance(old, float) and isinstance(new, float) and math.isnan(old) and math.isnan(new):
        return True
    # Blank text and None mean the same in a workbook cell.
    if old in (None, "") and new in (None, ""):
        return True
    return bool(old == new)


def format_number(value: float, signed: bool = False) -> str:
    """Readable number: thousands separators, at most 4 significant decimals."""
    if value == 0:
        return "0"
    magnitude = abs(value)
    if magnitude >= 1000:
        text = f"{value:,.0f}"
    elif magnitude >= 1:
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
    else:
        text = f"{value:.4g}"
    if signed and value > 0:
        text = "+" + text
    return text


def format_value(value: Any, unit: str = "") -> str:
    """A field value with its unit, ``(blank)`` for empty cells."""
    if isinstance(value, Enum):
        value = value.value
    if value is None or value == "":
        return "(blank)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = format_number(float(value)) if _is_number(value) else str(value)
    return f"{text} {unit}" if unit else text


def _jsonable(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _jsonable_row(row: dict[str, Any]) -> dict[str, Any]:
    return {key: _jsonable(value) for key, value in row.items()}


def _row_summary(kind: str, row: dict[str, Any] | None) -> str:
    """Short description of an added or removed item for the difference list."""
    if not row:
        return ""
    if kind == "enterprises":
        return f" ({row.get('name')})" if row.get("name") else ""
    if kind == "streams":
        unit = row.get("unit") or CANONICAL_UNIT.get(Medium(row["medium"]), "")
        return f" ({row.get('enterprise')}, {row.get('direction')} {row.get('medium')}, {format_value(row.get('amount'), unit)})"
    if kind == "links":
        return f" ({row.get('source')} → {row.get('sink')}, {row.get('status')})"
    if kind == "converters":
        return f" ({row.get('input')} → {row.get('output')}, ratio {format_value(row.get('ratio'))})"
    if kind == "factors":
        return f" = {format_value(row.get('value'))}"
    return f" ({row.get('medium')}{', ' + row['name'] if row.get('name') else ''})"


def _stream_unit(park: Park, stream_id: str) -> str:
    """The canonical unit of a stream (links and converters count in it)."""
    stream = park.streams.get(stream_id)
    return CANONICAL_UNIT.get(stream.medium, "") if stream is not None else ""


def field_unit(park: Park, kind: str, entity: Any, field_name: str) -> str:
    """The unit a field of an entity is written in (empty when it has none).

    A stream's ``amount`` is in the stream's ``unit`` (blank: canonical); a
    link's capacity, current flow and variable cost are per canonical unit of
    its source (docs/design.md, "The park", Link); a utility's or disposal's per-unit figures are
    per its ``unit`` (blank: canonical); a converter's capacity is in its
    input's canonical unit and its ratio is output per input.
    """
    if field_name in _FIXED_UNIT:
        return _FIXED_UNIT[field_name]
    if kind == "streams" and field_name == "amount":
        return str(entity.unit or CANONICAL_UNIT.get(entity.medium, ""))
    if kind == "links":
        unit = _stream_unit(park, entity.source)
        if field_name in ("capacity", "current_flow"):
            return unit
        if field_name == "cost_cny_per_unit":
            return f"CNY/{_per(unit)}" if unit else "CNY/unit"
    if kind in ("utilities", "disposals"):
        unit = _per(entity.unit or CANONICAL_UNIT.get(entity.medium, ""))
        if field_name == "cost_cny_per_unit":
            return f"CNY/{unit}"
        if field_name in ("co2_t_per_unit", "cod_t_per_unit"):
            return f"t/{unit}"
    if kind == "converters":
        if field_name == "capacity":
            return _stream_unit(park, entity.input)
        if field_name == "ratio":
            output_unit, input_unit = _stream_unit(park, entity.output), _stream_unit(park, entity.input)
            return f"{output_unit} per {input_unit}" if output_unit and input_unit else ""
    return ""


def _per(unit: str) -> str:
    """The quantity a rate unit counts per (t/h → t, MW → MWh, Nm3/h → Nm3), docs/design.md, "Units"."""
    if unit.endswith("/h"):
        return unit[:-2]
    if unit in ("MW", "kW", "GW"):
        return unit + "h"
    return unit


def _row(kind: str, entity_id: str, entity: Any) -> dict[str, Any]:
    """The workbook row of one entity (a factor override as ``{id, value}``)."""
    if kind == "factors":
        return {"id": entity_id, "value": entity}
    return entity.to_row()


def _entity_rows(park: Park, kind: str) -> dict[str, dict[str, Any]]:
    if kind == "factors":
        return {key: {"id": key, "value": value} for key, value in park.factor_overrides.items()}
    return {entity_id: entity.to_row() for entity_id, entity in park.collection(kind).items()}


def diff_parks(park_a: Park, park_b: Park) -> ParkDiff:
    """Everything that differs between baseline ``park_a`` and alternative ``park_b``.

    Items are matched by id.  An item whose id is in both parks but whose
    fields differ is *changed*, with one :class:`FieldChange` per field in
    the entity's column order; the rest are *added* (only in ``b``) or
    *removed* (only in ``a``).  Numbers equal within :data:`REL_TOLERANCE`
    count as the same.
    """
    diff = ParkDiff()
    for kind in KINDS:
        if kind == "factors":
            entities_a: Mapping[str, Any] = park_a.factor_overrides
            entities_b: Mapping[str, Any] = park_b.factor_overrides
        else:
            entities_a, entities_b = park_a.collection(kind), park_b.collection(kind)
        ids_a, ids_b = set(entities_a), set(entities_b)
        diff.added[kind] = sorted(ids_b - ids_a, key=_natural_key)
        diff.removed[kind] = sorted(ids_a - ids_b, key=_natural_key)
        for entity_id in diff.added[kind]:
            diff.rows_b[(kind, entity_id)] = _row(kind, entity_id, entities_b[entity_id])
        for entity_id in diff.removed[kind]:
            diff.rows_a[(kind, entity_id)] = _row(kind, entity_id, entities_a[entity_id])
        # Most entities are untouched: dataclass equality (one tuple comparison) skips them cheaply.
        candidates = [entity_id for entity_id in ids_a & ids_b if entities_a[entity_id] != entities_b[entity_id]]
        for entity_id in sorted(candidates, key=_natural_key):
            row_a = _row(kind, entity_id, entities_a[entity_id])
            row_b = _row(kind, entity_id, entities_b[entity_id])
            changes: list[FieldChange] = []
            for name in row_a:
                if name == "id" or same_value(row_a[name], row_b.get(name)):
                    continue
                if kind == "factors":
                    old_unit = new_unit = ""
                else:
                    old_unit = field_unit(park_a, kind, entities_a[entity_id], name)
                    new_unit = field_unit(park_b, kind, entities_b[entity_id], name)
                changes.append(FieldChange(name, _jsonable(row_a[name]), _jsonable(row_b.get(name)), old_unit, new_unit))
            if changes:
                diff.changed[kind].append(EntityChange(kind, entity_id, tuple(changes)))
    settings_a = {**park_a.settings(), **{key: getattr(park_a, key) for key in _EXTRA_SETTINGS}}
    settings_b = {**park_b.settings(), **{key: getattr(park_b, key) for key in _EXTRA_SETTINGS}}
    for key, old in settings_a.items():
        if not same_value(old, settings_b[key]):
            unit = _FIXED_UNIT.get(key, "")
            diff.settings.append(FieldChange(key, old, settings_b[key], unit, unit))
    return diff


def _natural_key(text: str) -> tuple[Any, ...]:
    """Sort ``S2`` before ``S10``."""
    import re

    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text))


# ---------------------------------------------------------------------------
# Grouping changes for attribution
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class ChangeGroup:
    """Changes that can only be applied together (an enterprise and its streams).

    ``members`` are (kind, id) keys; ``label`` says what the group is.
    """

    label: str
    members: tuple[tuple[str, str], ...]


def _references(park: Park) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """(item, item it refers to) pairs of a park: the ids one item names."""
    refs: list[tuple[tuple[str, str], tuple[str, str]]] = []
    for stream in park.streams.values():
        refs.append((("streams", stream.id), ("enterprises", stream.enterprise)))
        if stream.utility:
            refs.append((("streams", stream.id), ("utilities", stream.utility)))
        if stream.disposal:
            refs.append((("streams", stream.id), ("disposals", stream.disposal)))
    for link in park.links.values():
        refs.append((("links", link.id), ("streams", link.source)))
        refs.append((("links", link.id), ("streams", link.sink)))
    for converter in park.converters.values():
        refs.append((("converters", converter.id), ("enterprises", converter.enterprise)))
        refs.append((("converters", converter.id), ("streams", converter.input)))
        refs.append((("converters", converter.id), ("streams", converter.output)))
    for kind in ("utilities", "disposals"):
        for entity in park.collection(kind).values():
            if entity.factor:
                refs.append(((kind, entity.id), ("factors", entity.factor)))
    return refs


def change_groups(park_a: Park, park_b: Park, diff: ParkDiff) -> list[ChangeGroup]:
    """Split the diff into groups that can each be applied to the baseline alone.

    Applying a change alone must never leave a reference dangling, so:

    * an item that refers, in the alternative, to an *added* item needs it
      (a link added between two added streams; a stream switched to a new
      utility; a new enterprise's streams);
    * an item that refers, in the baseline, to a *removed* item goes with it
      (an enterprise removed with its streams and their links).

    Everything else stays apart: a link added to a sink whose amount also
    changed, or a changed amount and a changed utility price, are measured
    separately.  Park settings form one group.
    """
    changed_keys: dict[tuple[str, str], str] = {}
    for kind in KINDS:
        for entity_id in diff.added[kind]:
            changed_keys[(kind, entity_id)] = "added"
        for entity_id in diff.removed[kind]:
            changed_keys[(kind, entity_id)] = "removed"
        for change in diff.changed[kind]:
            changed_keys[(kind, change.entity_id)] = "changed"
    parent: dict[tuple[str, str], tuple[str, str]] = {key: key for key in changed_keys}

    def find(key: tuple[str, str]) -> tuple[str, str]:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for park, needed in ((park_b, "added"), (park_a, "removed")):
        for item, target in _references(park):
            if item in changed_keys and changed_keys.get(target) == needed:
                parent[find(item)] = find(target)

    members: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for key in changed_keys:
        members.setdefault(find(key), []).append(key)
    order = {kind: index for index, kind in enumerate(KINDS)}
    groups: list[ChangeGroup] = []
    for keys in members.values():
        keys.sort(key=lambda key: (order[key[0]], _natural_key(key[1])))
        head = keys[0]
        label = f"{KIND_SINGULAR[head[0]]} {head[1]} {changed_keys[head]}"
        others = keys[1:]
        if 0 < len(others) <= 3:
            label += ", with " + ", ".join(f"{KIND_SINGULAR[kind]} {entity_id}" for kind, entity_id in others)
        elif others:
            label += f", with {len(others)} related items"
        groups.append(ChangeGroup(label, tuple(keys)))
    groups.sort(key=lambda group: (order[group.members[0][0]], _natural_key(group.members[0][1])))
    if diff.settings:
        groups.append(
            ChangeGroup(
                "park settings (" + ", ".join(change.field for change in diff.settings) + ")",
                tuple(("settings", change.field) for change in diff.settings),
            )
        )
    return groups


def apply_group(park_a: Park, park_b: Park, group: ChangeGroup) -> Park:
    """``park_a`` with only ``group``'s changes taken from ``park_b``, for reading.

    The entity dicts are new but the entities are shared with ``park_a`` and
    ``park_b`` (a deep copy of a 10,000-link park per change group would
    cost more than its accounting); callers must not edit the result.
    """
    entity_dicts: dict[str, Any] = {sheet: dict(park_a.collection(sheet)) for sheet in ENTITY_SHEETS}
    park = dataclasses.replace(park_a, factor_overrides=dict(park_a.factor_overrides), **entity_dicts)
    for kind, entity_id in group.members:
        if kind == "settings":
            setattr(park, entity_id, getattr(park_b, entity_id))
            continue
        if kind == "factors":
            if entity_id in park_b.factor_overrides:
                park.factor_overrides[entity_id] = park_b.factor_overrides[entity_id]
            else:
                park.factor_overrides.pop(entity_id, None)
            continue
        entities, alternative_entities = park.collection(kind), park_b.collection(kind)
        if entity_id in alternative_entities:
            entities[entity_id] = alternative_entities[entity_id]
        else:
            entities.pop(entity_id, None)
    return park


# ---------------------------------------------------------------------------
# KPIs of one scenario
# ---------------------------------------------------------------------------
#: kpi → state → value (None where the state is not available).
KpiTable = dict[str, dict[str, float | None]]


@dataclass
class KpiSet:
    """The KPIs of one park in every state, in total and broken down.

    ``by_enterprise``, ``by_medium`` and ``by_link`` map an enterprise id,
    a medium or a link id to a :data:`KpiTable`; they stay empty when the
    accounting cannot break a figure down.
    """

    totals: KpiTable
    by_enterprise: dict[str, KpiTable] = field(default_factory=dict)
    by_medium: dict[str, KpiTable] = field(default_factory=dict)
    by_link: dict[str, KpiTable] = field(default_factory=dict)


#: Computes a park's KPIs: ``provider(park, result, breakdowns=True)``, where
#: ``result`` is the optimization result or None and ``breakdowns=False`` asks
#: for the totals only (attribution calls it once per change).
KpiProvider = Callable[..., KpiSet]


def _as_table(raw: Mapping[str, Any]) -> KpiTable:
    """Normalise ``{kpi: {state: value}}`` to floats/None for the known KPIs and states."""
    table: KpiTable = {}
    for kpi, states in raw.items():
        if not isinstance(states, Mapping):
            continue
        table[kpi] = {}
        for state in STATES:
            value = states.get(state)
            table[kpi][state] = float(value) if value is not None and _is_number(value) else None
    return table


def _frame_breakdown(frame: Any) -> dict[str, KpiTable]:
    """``{key: {kpi: {state: value}}}`` from a frame indexed by key with (kpi, state) columns."""
    out: dict[str, KpiTable] = {}
    for key, row in frame.to_dict("index").items():
        table: KpiTable = {}
        for (kpi, state), value in row.items():
            table.setdefault(str(kpi), {state_name: None for state_name in STATES})[str(state)] = (
                float(value) if _is_number(value) else None
            )
        out[str(key)] = table
    return out


def _link_breakdown(frame: Any, state: str, into: dict[str, KpiTable]) -> None:
    """Add a link frame's ``avoided_<kpi>`` columns (against standalone) as ``into[link][kpi][state]``."""
    for link_id, row in frame.to_dict("index").items():
        for kpi in KPI_KEYS:
            value = row.get(f"avoided_{kpi}")
            into.setdefault(str(link_id), {}).setdefault(kpi, {s: None for s in STATES})[state] = (
                float(value) if _is_number(value) else None
            )


def default_kpi_provider(park: Park, result: Any = None, breakdowns: bool = True) -> KpiSet:
    """KPIs from :mod:`parkflow.report.kpis`.

    ``totals`` from ``park_kpis``; with ``breakdowns`` also per enterprise
    and per medium (``breakdown_by_enterprise``/``_by_medium``) and, per
    link, what the link avoids against standalone in the current and the
    optimized state (``breakdown_by_link``; its ``(other)`` row holds what
    no single link carries).
    """
    from parkflow.report import kpis as accounting

    table = accounting.park_kpis(park, result)
    totals = _as_table(table.as_dict())
    for kpi in table.not_modelled():  # not counted is not "none used": no figure to compare
        totals[kpi] = {state: None for state in totals.get(kpi, {})}
    kpi_set = KpiSet(totals)
    if not breakdowns:
        return kpi_set
    kpi_set.by_enterprise = _frame_breakdown(accounting.breakdown_by_enterprise(park, result, table=table))
    # each enterprise's own figures: intensities over its value added, permit surpluses, None where not modelled
    for enterprise_id, rows in table.by_enterprise().items():
        kpi_set.by_enterprise[enterprise_id] = _as_table(rows)
    kpi_set.by_medium = _frame_breakdown(accounting.breakdown_by_medium(park, result, table=table))
    by_link: dict[str, KpiTable] = {}
    _link_breakdown(accounting.breakdown_by_link(park, result, state="current", table=table), "current", by_link)
    if result is not None:
        _link_breakdown(accounting.breakdown_by_link(park, result, state="optimized", table=table), "optimized", by_link)
    kpi_set.by_link = by_link
    return kpi_set


# ---------------------------------------------------------------------------
# Scenarios: loading, staleness, optimizing
# ---------------------------------------------------------------------------
@dataclass
class ScenarioData:
    """One park being compared, with its result and KPIs once known.

    ``result`` is an ``OptimizationResult`` (or None), ``document`` its
    JSON document (``flows``, ``kpis`` …), ``result_note`` says where the
    optimized state came from ("stored result", "optimized now: no stored
    result", "not optimized: --no-optimize", …).
    """

    label: str
    park: Park
    path: Path | None = None
    schema_version: int | None = None
    document: dict[str, Any] | None = None
    result: Any = None
    result_note: str = ""
    kpis: KpiSet | None = None
    #: investment appraisal of the optimized network (:func:`appraise_scenario`), None until made
    appraisal: dict[str, Any] | None = None

    @property
    def has_result(self) -> bool:
        return self.result is not None or self.document is not None


#: How a result note's words read in Chinese (the notes :func:`prepare_results` and
#: :func:`result_freshness` write), longest first so that a phrase wins over its parts.
_RESULT_NOTE_ZH: tuple[tuple[str, str], ...] = (
    ("stored result does not record which park it belongs to", "已存结果未记录其所属园区"),
    ("park changed since the stored result", "园区在结果保存后已修改"),
    ("stored result cannot be read", "已存结果无法读取"),
    ("stored result has status", "已存结果的状态为"),
    ("stored result minimises", "已存结果的目标为"),
    ("no optimized state", "无优化结果"),
    ("no stored result", "无已存结果"),
    ("optimized now", "本次重新优化"),
    ("not optimized", "未优化"),
    ("stored result", "已存结果"),
    ("infeasible", "不可行"),
    (", not ", "，而非 "),
    ("; ", "；"),
    (": ", "："),
    (" (", "（"),
    (")", "）"),
)


def result_note_zh(note: str) -> str:
    """``note`` (where the optimized state came from) in Chinese; ids, flags and solver words stay as written."""
    for english, chinese in _RESULT_NOTE_ZH:
        note = note.replace(english, chinese)
    return note


def result_freshness(park: Park, document: Mapping[str, Any] | None) -> tuple[str, str]:
    """``("fresh"|"missing"|"stale", why)`` for a stored results document.

    Fresh means the document's ``park_hash`` equals :func:`park_fingerprint`
    of the park as stored now.  A document without ``park_hash`` cannot be
    checked and counts as stale: showing a result that may belong to another
    park would mislead a committee, re-optimizing costs seconds.
    """
    if not document:
        return "missing", "no stored result"
    status = str(document.get("status", "")).lower()
    if status and status not in ("optimal", "feasible", "time_limit", "time-limit"):
        return "missing", f"stored result has status {status!r}"
    stored_hash = document.get("park_hash")
    if not stored_hash:
        return "stale", "stored result does not record which park it belongs to"
    if stored_hash != park_fingerprint(park):
        return "stale", "park changed since the stored result"
    return "fresh", "stored result"


def load_scenario(path: Path | str, label: str | None = None) -> ScenarioData:
    """Read a scenario file, workbook or CSV folder for comparison.

    Raises
    ------
    ParkError
        ScenarioFileError for a broken, foreign or too-new scenario file;
        ParkError with every located problem for a bad workbook.
    """
    from parkflow.model.io import input_kind, load_park

    path = Path(path)
    label = label or path.name
    if input_kind(path) == "scenario":
        from parkflow.model.store import open_scenario

        scenario = open_scenario(path)
        document = scenario.results if isinstance(scenario.results, dict) else None
        return ScenarioData(
            label,
            scenario.park,
            path,
            schema_version=getattr(scenario, "schema_version", None),
            document=document,
        )
    return ScenarioData(label, load_park(path), path)


def check_schema_versions(scenarios: Sequence[ScenarioData]) -> None:
    """Refuse to compare scenario files written with different schema versions.

    The first scenario file is the reference; each file of another version
    gets one problem naming both versions and the fix.  Raises ParkError (exit 2).
    """
    from parkflow.model.problems import ParkError, Problem

    files = [scenario for scenario in scenarios if scenario.schema_version is not None]
    if not files:
        return
    reference = files[0]
    problems = [
        Problem(
            f"has schema version {scenario.schema_version} but {reference.label} has schema version "
            f"{reference.schema_version}; cannot compare scenario files of different schema versions. "
            f"Open {scenario.label if (scenario.schema_version or 0) < (reference.schema_version or 0) else reference.label} "
            "in this ParkFlow and save it, so that all files use one version, then compare again.",
            sheet=scenario.label,
        )
        for scenario in files[1:]
        if scenario.schema_version != reference.schema_version
    ]
    if problems:
        raise ParkError(problems)


def prepare_results(
    scenario: ScenarioData,
    optimize_missing: bool = True,
    options: Any = None,
    say: Callable[[str], None] = lambda message: None,
    objective: str | None = None,
) -> ScenarioData:
    """Make ``scenario.result`` the optimized state, or explain why there is none.

    A fresh stored result is used as it is, unless ``objective`` is given
    and the stored result minimised another one.  A missing or stale one is
    re-optimized when ``optimize_missing`` (``say`` is told, e.g.
    ``optimizing B: no stored result``), else dropped so that the optimized
    state is compared as "not available".  An infeasible park or a solver
    failure leaves no optimized state and a note saying why.
    """
    freshness, why = result_freshness(scenario.park, scenario.document)
    stored_objective = result_objective(scenario.document)
    if freshness == "fresh" and objective and stored_objective and stored_objective != objective:
        freshness, why = "stale", f"stored result minimises {stored_objective}, not {objective}"
    if freshness == "fresh":
        try:
            from parkflow.optimize import OptimizationResult

            scenario.result = OptimizationResult.from_document(dict(scenario.document or {}))
            scenario.result_note = "stored result"
            return scenario
        except Exception as exc:  # an unreadable stored result is treated as missing
            freshness, why = "missing", f"stored result cannot be read ({exc})"
    scenario.document = None
    scenario.result = None
    if not optimize_missing:
        scenario.result_note = f"not optimized ({why}; --no-optimize)"
        return scenario
    say(f"optimizing {scenario.label}: {why}")
    from parkflow.optimize import optimize
    from parkflow.optimize.errors import OptimizeError

    try:
        result = optimize(scenario.park, options)
    except OptimizeError as exc:
        scenario.result_note = f"no optimized state: {exc}"
        say(f"{scenario.label}: {scenario.result_note}")
        return scenario
    scenario.result = result
    try:
        scenario.document = stamp_results(result.to_document(), scenario.park)
    except Exception:  # the document only feeds the link-flow table
        scenario.document = None
    scenario.result_note = f"optimized now ({why})"
    return scenario


#: Money of the appraisal rows, as ``parkflow share --json`` writes them.
APPRAISAL_COLUMNS: tuple[str, ...] = ("capex_cny", "annual_saving_cny_per_yr", "npv_cny", "irr", "payback_yr")


def appraise_scenario(scenario: ScenarioData, options: Any = None) -> ScenarioData:
    """Make ``scenario.appraisal``: capex, annual saving, NPV, IRR and payback of the optimized network.

    One row per link that carries flow in the cost-optimal network (existing ones have no capex)
    and one per enterprise, each as :func:`parkflow.report.share.share_benefits` appraises it.
    An enterprise's annual saving is its shadow-price settlement (what it saves in the network
    plus what its sales earn at the optimum's shadow prices) before the capital charge of the new
    links it pays for: one extra solve per file, where Shapley shares would solve every
    coalition. A scenario without an optimized state, or whose park cannot be solved, gets a note
    and no rows.
    """
    empty: dict[str, Any] = {"allocation": "prices", "discount_rate_pct": float(scenario.park.discount_rate_pct or 0.0),
                             "links": [], "enterprises": [], "note": ""}
    if not scenario.has_result:
        scenario.appraisal = {**empty, "note": "no optimized state to appraise"}
        return scenario
    if scenario.park.periods:  # the appraisal shares one design point's savings; it does not work over periods yet
        scenario.appraisal = {**empty, "note": "not appraised: the park has periods, and the appraisal of who gains "
                                               "works on one design point for the year"}
        return scenario
    from parkflow.optimize.errors import OptimizeError
    from parkflow.report.share import share_benefits

    if options is not None and getattr(options, "objective", "cost") != "cost":
        options = dataclasses.replace(options, objective="cost")  # savings are money: the cost optimum
    try:
        shared = share_benefits(scenario.park, method="prices", options=options, exact_limit=0)
    except (OptimizeError, ValueError) as exc:
        scenario.appraisal = {**empty, "note": f"not appraised: {exc}"}
        return scenario
    document = shared.to_document()
    scenario.appraisal = {
        **empty,
        "discount_rate_pct": shared.discount_rate_pct,
        "links": [
            {key: row[key] for key in ("link", "source_enterprise", "sink_enterprise", "status", "lifetime_yr",
                                       *APPRAISAL_COLUMNS)}
            for row in document["links"]
        ],
        "enterprises": [
            {key: row[key] for key in ("id", "name", *APPRAISAL_COLUMNS)} for row in document["enterprises"]
        ],
    }
    return scenario


def result_objective(document: Mapping[str, Any] | None) -> str | None:
    """The objective a results document minimised (``cost``, ``co2``, ``cod``) or None."""
    objective = (document or {}).get("objective")
    if isinstance(objective, Mapping) and objective.get("name"):
        return str(objective["name"])
    return None


def _scenario_objective(scenario: ScenarioData) -> str | None:
    name = getattr(scenario.result, "objective_name", None)
    return str(name) if name else result_objective(scenario.document)


def _document_flows(scenario: ScenarioData) -> dict[str, dict[str, Any]]:
    """Optimized link flows of a scenario by link id (empty without a result)."""
    document = scenario.document
    if document is None and scenario.result is not None and hasattr(scenario.result, "to_document"):
        try:
            document = scenario.result.to_document()
        except Exception:
            document = None
    flows: dict[str, dict[str, Any]] = {}
    link_flows = getattr(scenario.result, "link_flows", None)  # a FlowState given as the result
    if document is None and isinstance(link_flows, Mapping):
        for link_id, flow in link_flows.items():
            flows[str(link_id)] = {"link": link_id, "source": flow.source, "sink": flow.sink, "amount": flow.amount}
        return flows
    for row in (document or {}).get("flows", []) or []:
        if isinstance(row, Mapping) and row.get("link") is not None:
            flows[str(row["link"])] = dict(row)
    return flows


# ---------------------------------------------------------------------------
# Comparing two scenarios
# ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class KpiDelta:
    """One KPI in one state: baseline ``a``, alternative ``b``, ``delta = b − a``."""

    a: float | None
    b: float | None

    @property
    def delta(self) -> float | None:
        if self.a is None or self.b is None:
            return None
        return self.b - self.a

    @property
    def percent(self) -> float | None:
        """Delta as a percentage of ``a`` (None when ``a`` is 0 or missing)."""
        delta = self.delta
        if delta is None or not self.a:
            return None
        return 100.0 * delta / abs(self.a)

    def to_dict(self) -> dict[str, float | None]:
        return {"a": self.a, "b": self.b, "delta": self.delta}


KpiComparison = dict[str, dict[str, KpiDelta]]


def compare_tables(table_a: KpiTable, table_b: KpiTable) -> KpiComparison:
    """Pair two KPI tables; KPIs of docs/design.md, "KPIs", first, then any extra ones."""
    keys = [kpi for kpi in KPI_KEYS if kpi in table_a or kpi in table_b]
    keys += sorted((set(table_a) | set(table_b)) - set(keys))
    return {
        kpi: {
            state: KpiDelta(table_a.get(kpi, {}).get(state), table_b.get(kpi, {}).get(state))
            for state in STATES
        }
        for kpi in keys
    }


def compare_breakdowns(
    breakdown_a: Mapping[str, KpiTable], breakdown_b: Mapping[str, KpiTable]
) -> dict[str, KpiComparison]:
    """Pair two breakdowns key by key (an enterprise only in one side counts 0 on the other)."""
    out: dict[str, KpiComparison] = {}
    for key in sorted(set(breakdown_a) | set(breakdown_b), key=_natural_key):
        table_a = breakdown_a.get(key) or _zero_like(breakdown_b.get(key, {}))
        table_b = breakdown_b.get(key) or _zero_like(breakdown_a.get(key, {}))
        out[key] = compare_tables(table_a, table_b)
    return out


def _zero_like(table: KpiTable) -> KpiTable:
    return {kpi: {state: (0.0 if value is not None else None) for state, value in states.items()} for kpi, states in table.items()}


@dataclass(frozen=True)
class GroupEffect:
    """The KPI effect of one group of changes applied to the baseline alone.

    ``effects[kpi][state]`` for the standalone and current states.
    """

    group: ChangeGroup
    effects: dict[str, dict[str, float]]


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


@dataclass
class Attribution:
    """What drives the KPI deltas, as far as it can be said (see module docstring).

    ``effects``: one-at-a-time effects of each change group on the
    standalone and current states; ``interaction[kpi][state]``: delta minus
    the sum of the effects (non-zero when changes act together);
    ``exchange[kpi]``: the optimized delta minus the standalone delta, i.e.
    the change in what exchange saves; ``link_effects[link][kpi]`` splits it
    by the accounting identity "what each link avoids against standalone"
    (the ``(other)`` entry holds what no single link carries).  That split is
    bookkeeping, not cause: re-optimization moves the flows of ``links``
    together.
    """

    effects: list[GroupEffect] = field(default_factory=list)
    interaction: dict[str, dict[str, float]] = field(default_factory=dict)
    exchange: dict[str, float] = field(default_factory=dict)
    link_effects: dict[str, dict[str, float]] = field(default_factory=dict)
    links: list[LinkFlowChange] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def link_drivers(self, kpi: str, limit: int = 3) -> list[tuple[str, float]]:
        """The links with the largest share of the exchange part of an optimized delta."""
        ranked = [(link_id, effects[kpi]) for link_id, effects in self.link_effects.items() if kpi in effects]
        ranked.sort(key=lambda item: -abs(item[1]))
        return ranked[:limit]

    def drivers(self, kpi: str, state: str, limit: int = 5) -> list[tuple[str, float]]:
        """The change groups with the largest effect on ``kpi`` in ``state``."""
        ranked = [
            (effect.group.label, effect.effects.get(kpi, {}).get(state, 0.0)) for effect in self.effects
        ]
        ranked = [item for item in ranked if abs(item[1]) > ABS_TOLERANCE]
        ranked.sort(key=lambda item: -abs(item[1]))
        return ranked[:limit]


@dataclass
class Comparison:
    """Baseline ``a`` against alternative ``b``: inputs, KPIs and attribution."""

    a: ScenarioData
    b: ScenarioData
    diff: ParkDiff
    kpis: KpiComparison
    by_enterprise: dict[str, KpiComparison]
    by_medium: dict[str, KpiComparison]
    link_flows: list[LinkFlowChange]
    attribution: Attribution

    def is_identical(self) -> bool:
        """No input difference and every KPI delta zero."""
        return self.diff.is_empty() and all(
            pair.delta is None or abs(pair.delta) <= ABS_TOLERANCE
            for states in self.kpis.values()
            for pair in states.values()
        )

    def summary_lines(self, limit: int = 3) -> list[str]:
        """Plain-language lines on what drives the largest KPI changes."""
        lines: list[str] = []
        for kpi in KPI_KEYS:
            pairs = self.kpis.get(kpi)
            if not pairs:
                continue
            unit = KPI_UNIT.get(kpi, "")
            for state in STATES:
                pair = pairs[state]
                scale = max(1.0, abs(pair.a or 0.0))
                if pair.delta is None:
                    continue
                if abs(pair.delta) <= 1e-9 * scale:
                    # An unchanged optimized state still deserves a line when exchange absorbs an input change.
                    exchange = self.attribution.exchange.get(kpi)
                    if state != "optimized" or exchange is None or abs(exchange) <= 1e-9 * scale:
                        continue
                text = f"{KPI_LABEL[kpi]} ({state}): {format_number(pair.delta, signed=True)} {unit}"
                if state == "optimized":
                    exchange = self.attribution.exchange.get(kpi)
                    standalone = pairs["standalone"].delta
                    if exchange is not None and standalone is not None:
                        parts = []
                        if abs(standalone) > 1e-9 * scale:
                            parts.append(f"{format_number(standalone, signed=True)} from the inputs (standalone Δ)")
                        if abs(exchange) > 1e-9 * scale:
                            parts.append(f"{format_number(exchange, signed=True)} from exchange")
                        text += " — " + " and ".join(parts)
                        links = self.attribution.link_drivers(kpi, limit) if abs(exchange) > 1e-9 * scale else []
                        if links:
                            text += " (" + ", ".join(
                                f"link {link_id} {format_number(value, signed=True)}" for link_id, value in links
                            ) + ")"
                else:
                    drivers = self.attribution.drivers(kpi, state, limit)
                    if drivers:
                        text += " — " + "; ".join(
                            f"{label} {format_number(value, signed=True)}" for label, value in drivers
                        )
                lines.append(text)
        return lines

    def to_dict(self) -> dict[str, Any]:
        """The JSON block of one alternative (``parkflow compare --json``)."""
        block: dict[str, Any] = {"a": _scenario_dict(self.a), "b": _scenario_dict(self.b)}
        block.update(self.diff.to_dict())
        block["kpis"] = {kpi: {state: pair.to_dict() for state, pair in states.items()} for kpi, states in self.kpis.items()}
        block["kpi_units"] = {kpi: KPI_UNIT.get(kpi, "") for kpi in self.kpis}
        block["by_enterprise"] = _comparison_dict(self.by_enterprise)
        block["by_medium"] = _comparison_dict(self.by_medium)
        block["link_flows"] = [change.to_dict() for change in self.link_flows]
        block["attribution"] = {
            "method": (
                "standalone and current: each change group applied to the baseline alone (one at a time); "
                "optimized: delta = standalone delta + exchange change; exchange_by_link splits the latter by what "
                "each link avoids against standalone (bookkeeping: re-optimized flows act jointly)"
            ),
            "groups": [
                {
                    "label": effect.group.label,
                    "members": [{"kind": kind, "id": entity_id} for kind, entity_id in effect.group.members],
                    "effects": effect.effects,
                }
                for effect in self.attribution.effects
            ],
            "interaction": self.attribution.interaction,
            "exchange": self.attribution.exchange,
            "exchange_by_link": self.attribution.link_effects,
            "notes": self.attribution.notes,
        }
        block["summary"] = self.summary_lines()
        return block


def _scenario_dict(scenario: ScenarioData) -> dict[str, Any]:
    return {
        "label": scenario.label,
        "file": str(scenario.path) if scenario.path else None,
        "park": scenario.park.name,
        "optimized_state": scenario.result_note or ("stored result" if scenario.has_result else "none"),
    }


def _comparison_dict(comparisons: Mapping[str, KpiComparison]) -> dict[str, Any]:
    return {
        key: {kpi: {state: pair.to_dict() for state, pair in states.items()} for kpi, states in table.items()}
        for key, table in comparisons.items()
    }


#: More change groups than this and attribution is skipped (each group costs one accounting pass).
MAX_ATTRIBUTION_GROUPS = 400


def attribute(
    a: ScenarioData,
    b: ScenarioData,
    diff: ParkDiff,
    kpis: KpiComparison,
    link_flows: list[LinkFlowChange],
    kpi_provider: KpiProvider,
) -> Attribution:
    """One-at-a-time effects on standalone/current, exchange change on optimized."""
    attribution = Attribution()
    groups = change_groups(a.park, b.park, diff)
    if len(groups) > MAX_ATTRIBUTION_GROUPS:
        attribution.notes.append(
            f"{len(groups)} separate changes: too many to measure one at a time "
            f"(limit {MAX_ATTRIBUTION_GROUPS}); compare smaller steps to see what drives the deltas."
        )
        groups = []
    base = a.kpis.totals if a.kpis else {}
    for group in groups:
        try:
            trial = kpi_provider(apply_group(a.park, b.park, group), None, breakdowns=False).totals
        except Exception as exc:  # a half-applied change may be unreadable for the accounting
            attribution.notes.append(f"{group.label}: effect not measurable on its own ({exc})")
            continue
        effects: dict[str, dict[str, float]] = {}
        for kpi in kpis:
            effects[kpi] = {}
            for state in ("standalone", "current"):
                before, after = base.get(kpi, {}).get(state), trial.get(kpi, {}).get(state)
                if before is not None and after is not None:
                    effects[kpi][state] = after - before
        attribution.effects.append(GroupEffect(group, effects))
    for kpi, states in kpis.items():
        attribution.interaction[kpi] = {}
        for state in ("standalone", "current"):
            delta = states[state].delta
            if delta is None or not groups:
                continue
            explained = sum(effect.effects.get(kpi, {}).get(state, 0.0) for effect in attribution.effects)
            attribution.interaction[kpi][state] = delta - explained
        optimized, standalone = states["optimized"].delta, states["standalone"].delta
        if optimized is not None and standalone is not None:
            attribution.exchange[kpi] = optimized - standalone
    # Exchange part of the optimized delta, split by the accounting's per-link "avoided" figures:
    # effect of link l = −(avoided_b(l) − avoided_a(l)); the "(other)" row keeps what no link carries.
    links_a = a.kpis.by_link if a.kpis else {}
    links_b = b.kpis.by_link if b.kpis else {}
    if a.has_result and b.has_result and (links_a or links_b):
        for link_id in sorted(set(links_a) | set(links_b), key=_natural_key):
            effects_of_link: dict[str, float] = {}
            for kpi in kpis:
                before = (links_a.get(link_id, {}).get(kpi, {}) or {}).get("optimized") or 0.0
                after = (links_b.get(link_id, {}).get(kpi, {}) or {}).get("optimized") or 0.0
                if abs(after - before) > ABS_TOLERANCE:
                    effects_of_link[kpi] = -(after - before)
            if effects_of_link:
                attribution.link_effects[link_id] = effects_of_link
    attribution.links = sorted(
        (change for change in link_flows if change.optimized_delta is not None and abs(change.optimized_delta) > 1e-9),
        key=lambda change: -abs(change.optimized_delta or 0.0),
    )
    if any(states["optimized"].delta is None for states in kpis.values()):
        attribution.notes.append(
            "the optimized state is missing on one side, so optimized deltas are not shown"
        )
    elif attribution.links:
        attribution.notes.append(
            "optimized: the exchange part of a delta is split by what each link avoids against standalone; "
            "re-optimization moves these flows together, so read the split as bookkeeping, not as the "
            "effect each link would have on its own"
        )
    return attribution


def link_flow_changes(a: ScenarioData, b: ScenarioData, diff: ParkDiff) -> list[LinkFlowChange]:
    """Every link in either park with its current and optimized flow on both sides."""
    flows_a, flows_b = _document_flows(a), _document_flows(b)
    has_a, has_b = a.has_result, b.has_result
    statuses = diff.statuses()
    out: list[LinkFlowChange] = []
    for link_id in sorted(set(a.park.links) | set(b.park.links) | set(flows_a) | set(flows_b), key=_natural_key):
        link = b.park.links.get(link_id) or a.park.links.get(link_id)
        park = b.park if link_id in b.park.links else a.park
        source = link.source if link else str((flows_b.get(link_id) or flows_a.get(link_id, {})).get("source", ""))
        sink = link.sink if link else str((flows_b.get(link_id) or flows_a.get(link_id, {})).get("sink", ""))
        stream = park.streams.get(source)
        medium = stream.medium.value if stream is not None else str(flows_b.get(link_id, flows_a.get(link_id, {})).get("medium", ""))
        unit = _stream_unit(park, source)
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
    return float(value) if value is not None and _is_number(value) else 0.0


def compare_scenarios(
    a: ScenarioData,
    b: ScenarioData,
    kpi_provider: KpiProvider | None = None,
    attribute_changes: bool = True,
) -> Comparison:
    """Compare baseline ``a`` with alternative ``b`` (results prepared beforehand).

    KPIs of each scenario are computed once (kept in ``scenario.kpis``) with
    ``kpi_provider`` (default: :func:`default_kpi_provider`).
    """
    provider = kpi_provider or default_kpi_provider
    for scenario in (a, b):
        if scenario.kpis is None:
            scenario.kpis = provider(scenario.park, scenario.result)
    assert a.kpis is not None and b.kpis is not None
    diff = diff_parks(a.park, b.park)
    kpis = compare_tables(a.kpis.totals, b.kpis.totals)
    by_enterprise = compare_breakdowns(a.kpis.by_enterprise, b.kpis.by_enterprise)
    by_medium = compare_breakdowns(a.kpis.by_medium, b.kpis.by_medium)
    flows = link_flow_changes(a, b, diff)
    attribution = (
        attribute(a, b, diff, kpis, flows, provider) if attribute_changes and not diff.is_empty() else Attribution()
    )
    objective_a, objective_b = _scenario_objective(a), _scenario_objective(b)
    if objective_a and objective_b and objective_a != objective_b:
        attribution.notes.insert(
            0,
            f"the optimized states minimise different objectives ({a.label}: {objective_a}, "
            f"{b.label}: {objective_b}); their difference mixes the edits with the change of objective",
        )
    return Comparison(a, b, diff, kpis, by_enterprise, by_medium, flows, attribution)


def compare_many(
    baseline: ScenarioData,
    alternatives: Sequence[ScenarioData],
    kpi_provider: KpiProvider | None = None,
) -> list[Comparison]:
    """One baseline against N alternatives: one :class:`Comparison` each."""
    return [compare_scenarios(baseline, other, kpi_provider) for other in alternatives]


def comparisons_document(comparisons: Sequence[Comparison]) -> dict[str, Any]:
    """The ``parkflow compare --json`` document.

    Shape::

        {"baseline": {label, file, park, optimized_state},
         "comparisons": [block, …],          # one per alternative, in command-line order
         ...block}                           # only with exactly one alternative:
                                             # its block's keys also at the top level

    where each block is :meth:`Comparison.to_dict`: ``a``, ``b``,
    ``added``/``removed`` {kind: [row]}, ``changed`` {kind: [{id, fields:
    [{field, old, new, unit}]}]}, ``settings``, ``kpis`` {kpi: {state:
    {a, b, delta}}}, ``kpi_units``, ``by_enterprise``, ``by_medium``,
    ``link_flows``, ``attribution`` and ``summary``; and, when the files were
    appraised (:func:`appraise_scenario`), ``appraisal`` {label: {allocation,
    discount_rate_pct, links: [row], enterprises: [row], note}}.
    """
    if not comparisons:
        raise ValueError("nothing to compare")
    document: dict[str, Any] = {
        "baseline": _scenario_dict(comparisons[0].a),
        "comparisons": [comparison.to_dict() for comparison in comparisons],
    }
    if len(comparisons) == 1:
        for key, value in document["comparisons"][0].items():
            document.setdefault(key, value)
    appraisals = {scenario.label: scenario.appraisal for scenario in scenarios_of(comparisons)
                  if scenario.appraisal is not None}
    if appraisals:
        document["appraisal"] = appraisals
    return document


def scenarios_of(comparisons: Sequence[Comparison]) -> list[ScenarioData]:
    """The baseline, then each alternative, as the comparisons list them."""
    return [comparisons[0].a, *(comparison.b for comparison in comparisons)] if comparisons else []


# ---------------------------------------------------------------------------
# Helpers shared with the renderers and the compare view
# ---------------------------------------------------------------------------
def medium_label(medium: str) -> str:
    """``steam 蒸汽``."""
    try:
        return f"{medium} {MEDIUM_ZH[Medium(medium)]}"
    except ValueError:
        return medium


__all__ = [
    "KINDS",
    "KPI_KEYS",
    "STATES",
    "Attribution",
    "ChangeGroup",
    "Comparison",
    "DiffItem",
    "EntityChange",
    "FieldChange",
    "KpiDelta",
    "KpiSet",
    "LinkFlowChange",
    "ParkDiff",
    "ScenarioData",
    "apply_group",
    "attribute",
    "change_groups",
    "check_schema_versions",
    "compare_many",
    "compare_scenarios",
    "comparisons_document",
    "default_kpi_provider",
    "diff_parks",
    "load_scenario",
    "park_fingerprint",
    "prepare_results",
    "result_freshness",
]
