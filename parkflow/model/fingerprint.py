"""A fingerprint of a park, to tell whether a stored result still belongs to it.

A results document stores ``park_hash = park_fingerprint(park)`` of the park
that was optimized.  Whoever reads a stored result later (``parkflow
compare``, the GUI) recomputes the fingerprint of the park in the file: if
the two differ, the park was edited after optimizing and the result is
stale.  It lives in the model layer so that the optimizer (which writes the
hash) and reports (which check it) compute exactly the same thing.
"""

from __future__ import annotations

import hashlib
import json
import math
from enum import Enum
from typing import Any

from parkflow.model.entities import ENTITY_SHEETS, Park

#: Park attributes besides the ``park`` sheet keys that change a result.
EXTRA_SETTINGS: tuple[str, ...] = ("factor_region", "factor_year", "links_declared", "electricity_tce_basis")

#: Descriptive fields that no optimization or KPI reads: renaming an
#: enterprise or moving its box on the canvas leaves a result valid.
DESCRIPTIVE_FIELDS: frozenset[str] = frozenset({"name", "notes", "sector", "x_km", "y_km"})


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, float):
        if not math.isfinite(value):
            return repr(value)
        if value.is_integer():  # 8.0 and 8 are the same amount, whatever the file format
            return int(value)
    return value


def park_fingerprint(park: Park) -> str:
    """SHA-256 (hex) of everything in the park that can change a result.

    Settings, factor selection and overrides, and every entity row except
    its :data:`DESCRIPTIVE_FIELDS` are serialised as JSON with sorted keys
    and ids, so the hash depends neither on dict order nor on the form
    (scenario file, workbook) the park came from.
    """
    payload: dict[str, Any] = {
        "settings": {key: _plain(value) for key, value in park.settings().items() if key != "name"},
        "extra": {key: _plain(getattr(park, key)) for key in EXTRA_SETTINGS},
        "factor_overrides": {key: _plain(value) for key, value in sorted(park.factor_overrides.items())},
    }
    for sheet in ENTITY_SHEETS:
        entities = park.collection(sheet)
        payload[sheet] = [
            {
                name: _plain(value)
                for name, value in entities[entity_id].to_row().items()
                if name not in DESCRIPTIVE_FIELDS
            }
            for entity_id in sorted(entities)
        ]
    if (
        park.periods or park.profiles
    ):  # absent otherwise, so results saved before periods existed stay current
        # periods in sheet order: the order of a cycle's periods can change a result
        payload["periods"] = [
            {name: _plain(value) for name, value in period.to_row().items() if name not in DESCRIPTIVE_FIELDS}
            for period in park.periods.values()
        ]
        payload["profiles"] = [
            {name: _plain(value) for name, value in park.profiles[key].to_row().items()}
            for key in sorted(park.profiles)
        ]
    if park.storages:  # absent otherwise, so results saved before storages existed stay current
        payload["storages"] = [
            {name: _plain(value) for name, value in park.storages[storage_id].to_row().items()}
            for storage_id in sorted(park.storages)
        ]
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=repr)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def stamp_results(document: dict[str, Any], park: Park) -> dict[str, Any]:
    """A copy of a results document with ``park_hash`` of the park that was optimized.

    Call it when a result is produced (``optimize --save``, the GUI's
    optimize-then-save), never when an edited park is saved with an old
    result: the hash must name the park the result belongs to.
    """
    return {**document, "park_hash": park_fingerprint(park)}
