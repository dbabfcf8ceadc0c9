"""What differs between two parks' inputs, field by field, in each field's unit.

Enterprises, streams, links, utilities, disposals, converters and factor
overrides are matched by id and listed as added, removed or changed, field by
field with the old and the new value in the unit the field is written in (a
stream's ``amount`` in that stream's ``unit``, ``pressure_mpa`` in MPa, …);
park settings likewise.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from parkflow.model.entities import CANONICAL_UNIT, Medium, Park
from parkflow.model.fingerprint import EXTRA_SETTINGS
from parkflow.report.compare.terms import (
    KIND_SINGULAR,
    KINDS,
    format_number,
    format_value,
    is_number,
    natural_key,
    same_value,
)

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
        if is_number(self.old) and is_number(self.new) and self.old_unit == self.new_unit:
            return float(self.new) - float(self.old)
        return None

    def describe(self) -> str:
        """``amount: 10 t/h → 12 t/h (+2)``."""
        text = (
            f"{self.field}: {format_value(self.old, self.old_unit)} → {format_value(self.new, self.new_unit)}"
        )
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
                out.append(
                    DiffItem("added", kind, entity_id, f"+ {singular} {entity_id}{detail}", detail.strip())
                )
            for entity_id in self.removed[kind]:
                detail = _row_summary(kind, self.rows_a.get((kind, entity_id)))
                out.append(
                    DiffItem("removed", kind, entity_id, f"− {singular} {entity_id}{detail}", detail.strip())
                )
            for change in self.changed[kind]:
                detail = change.describe()
                out.append(
                    DiffItem(
                        "changed",
                        kind,
                        change.entity_id,
                        f"~ {singular} {change.entity_id}: {detail}",
                        detail,
                    )
                )
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
            "added": {
                kind: [_jsonable_row(self.rows_b[(kind, i)]) for i in self.added[kind]] for kind in KINDS
            },
            "removed": {
                kind: [_jsonable_row(self.rows_a[(kind, i)]) for i in self.removed[kind]] for kind in KINDS
            },
            "changed": {kind: [change.to_dict() for change in self.changed[kind]] for kind in KINDS},
            "settings": [change.to_dict() for change in self.settings],
        }


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


def stream_unit(park: Park, stream_id: str) -> str:
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
        unit = stream_unit(park, entity.source)
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
            return stream_unit(park, entity.input)
        if field_name == "ratio":
            output_unit, input_unit = stream_unit(park, entity.output), stream_unit(park, entity.input)
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
        diff.added[kind] = sorted(ids_b - ids_a, key=natural_key)
        diff.removed[kind] = sorted(ids_a - ids_b, key=natural_key)
        for entity_id in diff.added[kind]:
            diff.rows_b[(kind, entity_id)] = _row(kind, entity_id, entities_b[entity_id])
        for entity_id in diff.removed[kind]:
            diff.rows_a[(kind, entity_id)] = _row(kind, entity_id, entities_a[entity_id])
        # Most entities are untouched: dataclass equality (one tuple comparison) skips them cheaply.
        candidates = [
            entity_id for entity_id in ids_a & ids_b if entities_a[entity_id] != entities_b[entity_id]
        ]
        for entity_id in sorted(candidates, key=natural_key):
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
                changes.append(
                    FieldChange(name, _jsonable(row_a[name]), _jsonable(row_b.get(name)), old_unit, new_unit)
                )
            if changes:
                diff.changed[kind].append(EntityChange(kind, entity_id, tuple(changes)))
    settings_a = {**park_a.settings(), **{key: getattr(park_a, key) for key in _EXTRA_SETTINGS}}
    settings_b = {**park_b.settings(), **{key: getattr(park_b, key) for key in _EXTRA_SETTINGS}}
    for key, old in settings_a.items():
        if not same_value(old, settings_b[key]):
            unit = _FIXED_UNIT.get(key, "")
            diff.settings.append(FieldChange(key, old, settings_b[key], unit, unit))
    return diff
