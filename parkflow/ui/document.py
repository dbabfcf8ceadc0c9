"""The editor's one source of truth: the park, its undo stack and its signals.

Following orange-canvas-core's ``Scheme``: a :class:`Document`
is a ``QObject`` that owns the :class:`~parkflow.model.entities.Park`,
validates every change *before* making it, and then emits one signal per
change (``enterprise_added``, ``link_removed``, ``stream_changed`` …).  The
canvas, the inspector and the tables listen to these signals and never
touch the park themselves; every edit goes through a ``QUndoCommand``
(:mod:`parkflow.ui.undo`) that calls the methods below.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from parkflow.model.compat import link_refusal, storage_link_refusal
from parkflow.model.entities import (
    ENTITY_KINDS,
    KIND_BY_SINGULAR,
    PARK_DEFAULTS,
    Converter,
    Direction,
    Disposal,
    ElectricityTceBasis,
    Enterprise,
    Link,
    Park,
    Period,
    Profile,
    Storage,
    Stream,
    Utility,
)
from parkflow.model.pipes import link_pipe
from parkflow.model.site_plan import SitePlan
from parkflow.model.validate import HOURS_IN_YEAR

if TYPE_CHECKING:
    from parkflow.optimize import OptimizationResult

#: The kinds the editor draws and edits, by sheet name: every kind of the park (the
#: network, its storages, and its periods with the profiles of items in them).
EDITED_KINDS: dict[str, type[Any]] = {kind.SHEET: kind for kind in ENTITY_KINDS}
#: Items a profile may name: streams (amount factor), utilities and disposals (cost factor).
PROFILE_ITEM_KINDS: tuple[str, ...] = ("streams", "utilities", "disposals")


def edited_sheet(singular: str) -> str | None:
    """The sheet of an edited kind from its singular name (``"stream"`` → ``"streams"``)."""
    kind = KIND_BY_SINGULAR.get(singular)
    return kind.SHEET if kind is not None and kind.SHEET in EDITED_KINDS else None


Entity = Enterprise | Stream | Utility | Disposal | Link | Converter | Storage | Period | Profile


class EditRefused(ValueError):
    """An edit the document will not make; ``str()`` says why, for the user."""


class Document(QObject):
    """One open park: the park, its file, its undo stack and its last result.

    Signals carry entity ids; ``entity_added(kind, id)`` and friends repeat
    every per-kind signal with the kind (sheet name) for generic listeners
    such as the tables.
    """

    enterprise_added = Signal(str)
    enterprise_removed = Signal(str)
    enterprise_changed = Signal(str)
    stream_added = Signal(str)
    stream_removed = Signal(str)
    stream_changed = Signal(str)
    link_added = Signal(str)
    link_removed = Signal(str)
    link_changed = Signal(str)
    utility_added = Signal(str)
    utility_removed = Signal(str)
    utility_changed = Signal(str)
    disposal_added = Signal(str)
    disposal_removed = Signal(str)
    disposal_changed = Signal(str)
    converter_added = Signal(str)
    converter_removed = Signal(str)
    converter_changed = Signal(str)
    period_added = Signal(str)
    period_removed = Signal(str)
    period_changed = Signal(str)
    #: a profile's id is its key ``<period>/<item>``
    profile_added = Signal(str)
    profile_removed = Signal(str)
    profile_changed = Signal(str)
    storage_added = Signal(str)
    storage_removed = Signal(str)
    storage_changed = Signal(str)
    #: kind (sheet name), id — emitted after the per-kind signal
    entity_added = Signal(str, str)
    entity_removed = Signal(str, str)
    entity_changed = Signal(str, str)
    settings_changed = Signal()
    park_reset = Signal()
    result_changed = Signal()
    site_plan_changed = Signal()
    #: the park's periods and profiles were replaced (typical periods imported, or that undone)
    periods_changed = Signal()
    #: True when the result stopped matching the park (an edit), False when it matches again
    result_stale_changed = Signal(bool)
    modified_changed = Signal(bool)
    file_path_changed = Signal(str)

    def __init__(self, park: Park | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._park = park if park is not None else Park()
        self._file_path: str | None = None
        self._result: OptimizationResult | None = None
        self._result_stale = False
        self._modified_outside_undo = False
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)

    # -- whole-document state ---------------------------------------------------
    @property
    def park(self) -> Park:
        """The park being edited.  Read it freely; change it only through commands."""
        return self._park

    @property
    def file_path(self) -> str | None:
        return self._file_path

    def set_file_path(self, path: str | None) -> None:
        self._file_path = path
        self.file_path_changed.emit(path or "")

    @property
    def modified(self) -> bool:
        return self._modified_outside_undo or not self.undo_stack.isClean()

    def set_modified(self, modified: bool) -> None:
        """Mark the document saved (False) or changed outside the undo stack (True)."""
        before = self.modified
        self._modified_outside_undo = modified
        if not modified:
            self.undo_stack.setClean()
        if self.modified != before:
            self.modified_changed.emit(self.modified)

    def _on_clean_changed(self, _clean: bool) -> None:
        self.modified_changed.emit(self.modified)

    def set_park(self, park: Park, path: str | None = None, result: OptimizationResult | None = None) -> None:
        """Replace the whole park (open, new, import): clears undo history."""
        self._park = park
        self._result = result
        self._result_stale = False
        self.undo_stack.clear()
        self._file_path = path
        self._modified_outside_undo = False
        self.undo_stack.setClean()
        self.park_reset.emit()
        self.result_changed.emit()
        self.result_stale_changed.emit(False)
        self.file_path_changed.emit(path or "")
        self.modified_changed.emit(self.modified)

    # -- results -------------------------------------------------------------
    @property
    def result(self) -> OptimizationResult | None:
        """The last OptimizationResult (or None)."""
        return self._result

    @property
    def result_stale(self) -> bool:
        """True when the park changed (other than moves) since the result was made."""
        return self._result_stale

    def set_result(self, result: OptimizationResult | None) -> None:
        was_stale = self._result_stale
        self._result = result
        self._result_stale = False
        self.result_changed.emit()
        if was_stale:
            self.result_stale_changed.emit(False)

    def _set_stale(self) -> None:
        """An edit the optimizer would see: the result (if any) no longer belongs to the park."""
        if self._result_stale:
            return
        self._result_stale = True
        if self._result is not None:
            self.result_stale_changed.emit(True)

    def mark_result_stale(self) -> None:
        """The result no longer belongs to the park (e.g. a file edited elsewhere)."""
        if self._result is not None and not self._result_stale:
            self._result_stale = True
            self.result_changed.emit()
            self.result_stale_changed.emit(True)

    # -- queries -------------------------------------------------------------
    def entity(self, kind: str, entity_id: str) -> Entity | None:
        return self._park.collection(kind).get(entity_id)

    def new_id(self, kind: str, taken: Iterable[str] = ()) -> str:
        """A fresh id for ``kind`` (``E12``), unused in the park and in ``taken``."""
        collection = self._park.collection(kind)
        taken_set = set(taken)
        prefix = EDITED_KINDS[kind].ID_PREFIX
        number = len(collection) + 1
        while f"{prefix}{number}" in collection or f"{prefix}{number}" in taken_set:
            number += 1
        return f"{prefix}{number}"

    def dependents(self, kind: str, entity_id: str) -> list[tuple[str, str]]:
        """Entities that refer to ``entity_id`` and must go (or change) before it."""
        park = self._park
        found: list[tuple[str, str]] = []
        if kind == "enterprises":
            found += [("streams", s.id) for s in park.streams.values() if s.enterprise == entity_id]
            found += [("converters", c.id) for c in park.converters.values() if c.enterprise == entity_id]
            found += [
                ("storages", tank.id) for tank in park.storages.values() if tank.enterprise == entity_id
            ]
        elif kind == "storages":
            found += [
                ("links", link.id) for link in park.links.values() if entity_id in (link.source, link.sink)
            ]
        elif kind == "streams":
            found += [
                ("links", link.id)
                for link in park.links.values()
                if link.source == entity_id or link.sink == entity_id
            ]
            found += [
                ("converters", c.id)
                for c in park.converters.values()
                if c.input == entity_id or c.output == entity_id
            ]
        elif kind == "utilities":
            found += [("streams", s.id) for s in park.streams.values() if s.utility == entity_id]
        elif kind == "disposals":
            found += [("streams", s.id) for s in park.streams.values() if s.disposal == entity_id]
        if kind == "periods":
            found += [
                ("profiles", key) for key, profile in park.profiles.items() if profile.period == entity_id
            ]
        elif kind in PROFILE_ITEM_KINDS:
            found += [
                ("profiles", key) for key, profile in park.profiles.items() if profile.item == entity_id
            ]
        return found

    # -- validation ------------------------------------------------------------
    def check_entity(self, kind: str, entity: Entity, adding: bool) -> str | None:
        """Why ``entity`` may not be added (``adding``) or stored; None if it may."""
        reason = self._identity_refusal(kind, entity, adding)
        if reason:
            return reason
        if isinstance(entity, Storage):
            return self._storage_refusal(entity, adding)
        if isinstance(entity, Stream):
            return self._stream_refusal(entity, adding)
        if isinstance(entity, Link):
            return self._link_refusal(entity)
        if isinstance(entity, Converter):
            return self._converter_refusal(entity)
        if isinstance(entity, (Period, Profile)):
            return self._check_time_row(entity)
        return None

    def _identity_refusal(self, kind: str, entity: Entity, adding: bool) -> str | None:
        """The right class, an id that is new (adding) or known (storing), finite numbers."""
        expected = EDITED_KINDS[kind]
        if not isinstance(entity, expected):
            return f"{type(entity).__name__} is not a {EDITED_KINDS[kind].SINGULAR}"
        entity_id = str(entity.id).strip()
        if not entity_id:
            return QCoreApplication.translate("Document", "the id must not be empty")
        collection = self._park.collection(kind)
        if adding and entity_id in collection:
            return QCoreApplication.translate(
                "Document", "the id {id} is already used by another {kind}"
            ).format(id=entity_id, kind=EDITED_KINDS[kind].SINGULAR)
        if not adding and entity_id not in collection:
            return QCoreApplication.translate("Document", "{kind} {id} does not exist").format(
                kind=EDITED_KINDS[kind].SINGULAR, id=entity_id
            )
        for field in dataclasses.fields(entity):
            value = getattr(entity, field.name)
            if isinstance(value, float) and not math.isfinite(value):
                return QCoreApplication.translate("Document", "{field} must be a finite number").format(
                    field=field.name
                )
        return None

    def _stream_refusal(self, entity: Stream, adding: bool) -> str | None:
        """A stream's enterprise, utility and disposal exist; a linked stream keeps its direction."""
        park = self._park
        entity_id = str(entity.id).strip()
        if adding and entity_id in park.storages:
            return QCoreApplication.translate(
                "Document", "the id {id} is already used by a storage; links name streams and storages alike"
            ).format(id=entity_id)
        if entity.enterprise not in park.enterprises:
            return QCoreApplication.translate("Document", "enterprise {id} does not exist").format(
                id=entity.enterprise
            )
        if entity.amount is None or entity.amount < 0:
            return QCoreApplication.translate("Document", "amount must be a number ≥ 0")
        if entity.utility and entity.utility not in park.utilities:
            return QCoreApplication.translate("Document", "utility {id} does not exist").format(
                id=entity.utility
            )
        if entity.disposal and entity.disposal not in park.disposals:
            return QCoreApplication.translate("Document", "disposal {id} does not exist").format(
                id=entity.disposal
            )
        if not adding:
            old = park.streams[entity_id]
            if old.direction is not entity.direction and park.links_of(entity_id):
                return QCoreApplication.translate(
                    "Document", "stream {id} has links; delete them before turning it into a {direction}"
                ).format(id=entity_id, direction=entity.direction.value)
        return None

    def _storage_refusal(self, entity: Storage, adding: bool) -> str | None:
        """A storage's id is not a stream's, its enterprise exists, a linked storage keeps its medium."""
        park = self._park
        entity_id = str(entity.id).strip()
        if adding and entity_id in park.streams:
            return QCoreApplication.translate(
                "Document", "the id {id} is already used by a stream; links name streams and storages alike"
            ).format(id=entity_id)
        if entity.enterprise not in park.enterprises:
            return QCoreApplication.translate("Document", "enterprise {id} does not exist").format(
                id=entity.enterprise
            )
        if not adding:
            old_storage = park.storages[entity_id]
            if old_storage.medium is not entity.medium and park.links_of(entity_id):
                return QCoreApplication.translate(
                    "Document", "storage {id} has links; delete them before it holds another medium"
                ).format(id=entity_id)
        return None

    def _link_refusal(self, entity: Link) -> str | None:
        """A link joins two existing streams (or a stream and a storage) that may exchange, through a pipe that works, once."""
        park = self._park
        if entity.source in park.storages or entity.sink in park.storages:
            for end in (entity.source, entity.sink):
                if end not in park.storages and end not in park.streams:
                    return QCoreApplication.translate(
                        "Document", "{id} is neither a stream nor a storage"
                    ).format(id=end)
            reason = storage_link_refusal(park, entity.source, entity.sink)
            if reason:
                return reason
            return self._duplicate_link(entity)
        source = park.streams.get(entity.source)
        sink = park.streams.get(entity.sink)
        if source is None:
            return QCoreApplication.translate("Document", "source stream {id} does not exist").format(
                id=entity.source
            )
        if sink is None:
            return QCoreApplication.translate("Document", "sink stream {id} does not exist").format(
                id=entity.sink
            )
        reason = link_refusal(park, source, sink) or link_pipe(park, entity, source, sink).refusal
        if reason:
            return reason
        return self._duplicate_link(entity)

    def _duplicate_link(self, entity: Link) -> str | None:
        """Another link already joins the same two ends."""
        entity_id = str(entity.id).strip()
        for other in self._park.links.values():
            if other.id != entity_id and other.source == entity.source and other.sink == entity.sink:
                return QCoreApplication.translate(
                    "Document", "link {other} already joins {source} to {sink}"
                ).format(other=other.id, source=entity.source, sink=entity.sink)
        return None

    def _converter_refusal(self, entity: Converter) -> str | None:
        """A converter belongs to an existing enterprise, takes a sink, gives a source, with a ratio > 0 or blank (a heat pump derives it)."""
        park = self._park
        if entity.enterprise not in park.enterprises:
            return QCoreApplication.translate("Document", "enterprise {id} does not exist").format(
                id=entity.enterprise
            )
        source = park.streams.get(entity.output)
        sink = park.streams.get(entity.input)
        if sink is None or sink.direction is not Direction.SINK:
            return QCoreApplication.translate(
                "Document", "the input {id} must be an existing sink stream"
            ).format(id=entity.input)
        if source is None or source.direction is not Direction.SOURCE:
            return QCoreApplication.translate(
                "Document", "the output {id} must be an existing source stream"
            ).format(id=entity.output)
        if entity.ratio is not None and entity.ratio <= 0:
            return QCoreApplication.translate("Document", "ratio must be a number > 0 (or blank)")
        return None

    def _check_time_row(self, entity: Period | Profile) -> str | None:
        """Why a period or profile may not be stored (the workbook's checks, located by the table)."""
        park = self._park
        if isinstance(entity, Period):
            for field, value in (("hours", entity.hours), ("duration_h", entity.duration_h)):
                if value is not None and value < 0:
                    return QCoreApplication.translate("Document", "{field} must be a number ≥ 0").format(
                        field=field
                    )
            others = sum(float(p.hours or 0.0) for key, p in park.periods.items() if key != entity.id)
            if others + float(entity.hours or 0.0) > HOURS_IN_YEAR:
                return QCoreApplication.translate(
                    "Document",
                    "the periods would stand for {hours:,.0f} h, more than the {year:,.0f} h of a year",
                ).format(hours=others + float(entity.hours or 0.0), year=HOURS_IN_YEAR)
            return None
        if entity.period not in park.periods:
            return QCoreApplication.translate("Document", "period {id} does not exist").format(
                id=entity.period
            )
        if not any(entity.item in park.collection(kind) for kind in PROFILE_ITEM_KINDS):
            return QCoreApplication.translate("Document", "{id} is not a stream, utility or disposal").format(
                id=entity.item
            )
        for field, value in (("amount_factor", entity.amount_factor), ("cost_factor", entity.cost_factor)):
            if value is not None and value < 0:
                return QCoreApplication.translate("Document", "{field} must be a number ≥ 0").format(
                    field=field
                )
        return None

    def check_remove(self, kind: str, entity_id: str) -> str | None:
        if entity_id not in self._park.collection(kind):
            return QCoreApplication.translate("Document", "{kind} {id} does not exist").format(
                kind=EDITED_KINDS[kind].SINGULAR, id=entity_id
            )
        dependents = self.dependents(kind, entity_id)
        if dependents:
            names = ", ".join(f"{EDITED_KINDS[k].SINGULAR} {i}" for k, i in dependents[:5])
            return QCoreApplication.translate("Document", "{kind} {id} is still used by {names}").format(
                kind=EDITED_KINDS[kind].SINGULAR, id=entity_id, names=names
            )
        return None

    # -- changes (called by undo commands only) ----------------------------------------
    def add_entity(self, kind: str, entity: Entity) -> None:
        reason = self.check_entity(kind, entity, adding=True)
        if reason:
            raise EditRefused(reason)
        self._park.collection(kind)[entity.id] = entity
        self._set_stale()
        self._emit(kind, "added", entity.id)

    def remove_entity(self, kind: str, entity_id: str) -> Entity:
        reason = self.check_remove(kind, entity_id)
        if reason:
            raise EditRefused(reason)
        entity = self._park.collection(kind).pop(entity_id)
        self._set_stale()
        self._emit(kind, "removed", entity_id)
        return entity

    def change_entity(self, kind: str, entity: Entity) -> Entity:
        """Store ``entity`` in place of the one with its id; returns the old one."""
        reason = self.check_entity(kind, entity, adding=False)
        if reason:
            raise EditRefused(reason)
        collection = self._park.collection(kind)
        old = collection[entity.id]
        collection[entity.id] = entity
        if not (
            isinstance(entity, Enterprise)
            and dataclasses.replace(old, x_km=entity.x_km, y_km=entity.y_km) == entity
            and not self._moves_computed_lengths(entity.id)
        ):
            self._set_stale()
        self._emit(kind, "changed", entity.id)
        return old

    def set_site_plan(self, plan: SitePlan | None) -> SitePlan | None:
        """Put a site plan under the canvas (None removes it); returns the old one."""
        old = self._park.site_plan
        self._park.site_plan = plan
        self.site_plan_changed.emit()
        return old

    def replace_periods(
        self, periods: dict[str, Period], profiles: dict[str, Profile]
    ) -> tuple[dict[str, Period], dict[str, Profile]]:
        """Give the park these periods and profiles in place of its own; returns the old ones.

        Every profile must name one of ``periods``, and an item of the park.
        """
        for key, profile in profiles.items():
            if profile.period not in periods or not (
                profile.item in self._park.streams
                or profile.item in self._park.utilities
                or profile.item in self._park.disposals
            ):
                raise EditRefused(
                    QCoreApplication.translate(
                        "Document", "profile {key} names an unknown period or item"
                    ).format(key=key)
                )
        old = (self._park.periods, self._park.profiles)
        self._park.periods = dict(periods)
        self._park.profiles = dict(profiles)
        self._set_stale()
        self.periods_changed.emit()
        return old

    def set_links_declared(self, declared: bool) -> None:
        """Whether the park lists its links (False: every compatible pair is an implicit candidate)."""
        if self._park.links_declared != declared:
            self._park.links_declared = declared
            self._result_stale = True
            self.settings_changed.emit()

    def _moves_computed_lengths(self, enterprise_id: str) -> bool:
        """True when a link of the enterprise takes its length from positions (blank distance_km)."""
        streams = {stream.id for stream in self._park.streams.values() if stream.enterprise == enterprise_id}
        return any(
            link.distance_km is None and (link.source in streams or link.sink in streams)
            for link in self._park.links.values()
        )

    def move_enterprise(self, enterprise_id: str, x_km: float | None, y_km: float | None) -> None:
        enterprise = self._park.enterprises.get(enterprise_id)
        if enterprise is None:
            raise EditRefused(
                QCoreApplication.translate("Document", "enterprise {id} does not exist").format(
                    id=enterprise_id
                )
            )
        self.change_entity("enterprises", dataclasses.replace(enterprise, x_km=x_km, y_km=y_km))

    def set_settings(self, settings: dict[str, Any]) -> dict[str, Any]:
        """Change park settings (keys of PARK_DEFAULTS, and the electricity tce basis); returns the old values."""
        old: dict[str, Any] = {}
        for key, value in settings.items():
            if key == "electricity_tce_basis":
                if not isinstance(value, ElectricityTceBasis):
                    raise EditRefused(
                        QCoreApplication.translate(
                            "Document", "{key} must be calorific or generation"
                        ).format(key=key)
                    )
                continue
            if key not in PARK_DEFAULTS:
                raise EditRefused(
                    QCoreApplication.translate("Document", "unknown park setting {key}").format(key=key)
                )
            if key != "name" and (
                not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0
            ):
                raise EditRefused(
                    QCoreApplication.translate("Document", "{key} must be a number ≥ 0").format(key=key)
                )
        for key, value in settings.items():
            old[key] = getattr(self._park, key)
            setattr(self._park, key, value)
        self._set_stale()
        self.settings_changed.emit()
        return old

    def _emit(self, kind: str, what: str, entity_id: str) -> None:
        getattr(self, f"{EDITED_KINDS[kind].SINGULAR}_{what}").emit(entity_id)
        getattr(self, f"entity_{what}").emit(kind, entity_id)


__all__ = [
    "EDITED_KINDS",
    "PROFILE_ITEM_KINDS",
    "Document",
    "EditRefused",
    "Entity",
    "edited_sheet",
]
