"""Undo commands: every edit of the park is one ``QUndoCommand``.

As in orange-canvas-core's ``document/commands.py``, a command
only calls :class:`~parkflow.ui.document.Document` methods — ``redo`` does
the change, ``undo`` the inverse — and never touches views.  Deleting an
enterprise is one macro with its streams, links and converters; deleting a
multi-selection is one macro; a paste is one macro; a drag is pushed once,
on mouse release, as ``Move(old, new)``.

Builders (:func:`add_command`, :func:`delete_command` …) check the edit with
the document *before* a command is made and raise
:class:`~parkflow.ui.document.EditRefused` with the reason, so a refused
edit never reaches the undo stack.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from parkflow.model.columns import enum_columns
from parkflow.ui import catalogue, i18n
from parkflow.ui.document import EDITED_KINDS, Document, EditRefused, Entity

#: Clipboard MIME type of copied park fragments (JSON of entity rows per kind).
PARK_MIME_TYPE = "application/x-parkflow-fragment"


#: Ids of mergeable commands (QUndoCommand.id()).
MOVE_COMMAND_ID = 1001


def entity_from_row(kind: str, row: dict[str, Any]) -> Entity:
    """An entity of ``kind`` from a workbook-style row (enums as text)."""
    cls = EDITED_KINDS[kind]
    names = {field.name for field in dataclasses.fields(cls)}
    values = {key: value for key, value in row.items() if key in names}
    for key, enum_type in enum_columns(kind).items():
        if key in values and not isinstance(values[key], enum_type):
            values[key] = enum_type(values[key])
    entity: Entity = cls(**values)
    return entity


class DescribedCommand(QUndoCommand):
    """An undo command that keeps how to make its text, so a language switch can redo it."""

    _describe: Callable[[], str] | None = None

    def describe(self, text: Callable[[], str]) -> None:
        """Give the command its text now, in the current language, and again after a switch."""
        self._describe = text
        self.setText(text())

    def retranslate(self) -> None:
        if self._describe is not None:
            self.setText(self._describe())


def retranslate_stack(stack: QUndoStack) -> None:
    """Every command's text in the current language (the Edit menu's undo and redo say them)."""
    for index in range(stack.count()):
        command = stack.command(index)
        if isinstance(command, DescribedCommand):
            command.retranslate()


def _kind(kind: str) -> str:
    return (
        catalogue.kind_title(kind).lower()
        if i18n.current_language() == i18n.DEFAULT_LANGUAGE
        else catalogue.kind_title(kind)
    )


class AddEntityCommand(DescribedCommand):
    """Add one entity; undo removes it."""

    def __init__(
        self, document: Document, kind: str, entity: Entity, parent: QUndoCommand | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.kind = kind
        self.entity = entity.copy()
        entity_id = entity.id
        self.describe(
            lambda: QCoreApplication.translate("Commands", "Add {kind} {id}").format(
                kind=_kind(kind), id=entity_id
            )
        )

    def redo(self) -> None:
        self.document.add_entity(self.kind, self.entity.copy())

    def undo(self) -> None:
        self.document.remove_entity(self.kind, self.entity.id)


class RemoveEntityCommand(DescribedCommand):
    """Remove one entity (its dependents must already be gone); undo puts it back."""

    def __init__(
        self, document: Document, kind: str, entity: Entity, parent: QUndoCommand | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.kind = kind
        self.entity = entity.copy()
        entity_id = entity.id
        self.describe(
            lambda: QCoreApplication.translate("Commands", "Delete {kind} {id}").format(
                kind=_kind(kind), id=entity_id
            )
        )

    def redo(self) -> None:
        self.document.remove_entity(self.kind, self.entity.id)

    def undo(self) -> None:
        self.document.add_entity(self.kind, self.entity.copy())


class ChangeEntityCommand(DescribedCommand):
    """Replace an entity's fields (same id): ``old`` ↔ ``new``."""

    def __init__(
        self,
        document: Document,
        kind: str,
        old: Entity,
        new: Entity,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.kind = kind
        self.old = old.copy()
        self.new = new.copy()
        entity_id = new.id
        self.describe(
            lambda: QCoreApplication.translate("Commands", "Edit {kind} {id}").format(
                kind=_kind(kind), id=entity_id
            )
        )

    def redo(self) -> None:
        self.document.change_entity(self.kind, self.new.copy())

    def undo(self) -> None:
        self.document.change_entity(self.kind, self.old.copy())


class MoveEnterpriseCommand(DescribedCommand):
    """Move an enterprise from ``old`` to ``new`` (x_km, y_km); successive moves merge."""

    def __init__(
        self,
        document: Document,
        enterprise_id: str,
        old: tuple[float | None, float | None],
        new: tuple[float | None, float | None],
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.enterprise_id = enterprise_id
        self.old = old
        self.new = new
        self.describe(lambda: QCoreApplication.translate("Commands", "Move {id}").format(id=enterprise_id))

    def id(self) -> int:  # noqa: A003 - Qt's name
        return MOVE_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, MoveEnterpriseCommand) or other.enterprise_id != self.enterprise_id:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.document.move_enterprise(self.enterprise_id, *self.new)

    def undo(self) -> None:
        self.document.move_enterprise(self.enterprise_id, *self.old)


class ChangeSettingsCommand(DescribedCommand):
    """Change park settings (name, hours per year, ΔTmin, prices)."""

    def __init__(self, document: Document, new: dict[str, Any], parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.new = dict(new)
        self.old = {key: getattr(document.park, key) for key in new}
        self.describe(lambda: QCoreApplication.translate("Commands", "Edit park settings"))

    def redo(self) -> None:
        self.document.set_settings(self.new)

    def undo(self) -> None:
        self.document.set_settings(self.old)


class MacroCommand(DescribedCommand):
    """Several commands as one undo step: redo in order, undo in reverse.

    Children are kept in a Python list rather than as Qt child commands:
    PySide6 does not keep the Python side of Qt-parented undo commands alive,
    so their overridden ``redo``/``undo`` would be lost (a crash).
    """

    def __init__(self, text: Callable[[], str]) -> None:
        super().__init__()
        self.describe(text)
        self.commands: list[QUndoCommand] = []

    def add(self, command: QUndoCommand) -> None:
        self.commands.append(command)

    def redo(self) -> None:
        for command in self.commands:
            command.redo()

    def undo(self) -> None:
        for command in reversed(self.commands):
            command.undo()


# -- builders: check first, then make the command -------------------------------------


def add_command(document: Document, kind: str, entity: Entity) -> QUndoCommand:
    reason = document.check_entity(kind, entity, adding=True)
    if reason:
        raise EditRefused(reason)
    return AddEntityCommand(document, kind, entity)


def change_command(document: Document, kind: str, new: Entity) -> QUndoCommand:
    reason = document.check_entity(kind, new, adding=False)
    if reason:
        raise EditRefused(reason)
    old = document.entity(kind, new.id)
    assert old is not None
    return ChangeEntityCommand(document, kind, old, new)


def edit_command(document: Document, kind: str, old: Entity, new: Entity) -> QUndoCommand:
    """``old`` becomes ``new``: a change, or for a profile that now names another period or
    item (its key ``<period>/<item>`` changes) one step that removes the old row and adds the new."""
    if new.id == old.id:
        return change_command(document, kind, new)
    reason = document.check_entity(kind, new, adding=True)
    if reason:
        raise EditRefused(reason)
    old_id = old.id
    macro = MacroCommand(
        lambda: QCoreApplication.translate("Commands", "Edit {kind} {id}").format(kind=_kind(kind), id=old_id)
    )
    macro.add(RemoveEntityCommand(document, kind, old))
    macro.add(AddEntityCommand(document, kind, new))
    return macro


def move_command(
    document: Document, moves: dict[str, tuple[tuple[float | None, float | None], tuple[float, float]]]
) -> QUndoCommand | None:
    """One move (or a macro of moves) from ``{enterprise_id: (old, new)}``."""
    moves = {key: value for key, value in moves.items() if value[0] != value[1]}
    if not moves:
        return None
    if len(moves) == 1:
        ((enterprise_id, (old, new)),) = moves.items()
        return MoveEnterpriseCommand(document, enterprise_id, old, new)
    count = len(moves)
    macro = MacroCommand(
        lambda: QCoreApplication.translate("Commands", "Move {count} enterprises").format(count=count)
    )
    for enterprise_id, (old, new) in moves.items():
        macro.add(MoveEnterpriseCommand(document, enterprise_id, old, new))
    return macro


def _closure(document: Document, items: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
    """The items plus everything that must be deleted with them (cascade)."""
    park = document.park
    found: set[tuple[str, str]] = set()
    pending = [item for item in items if item[1] in park.collection(item[0])]
    while pending:
        kind, entity_id = pending.pop()
        if (kind, entity_id) in found:
            continue
        found.add((kind, entity_id))
        dependents = document.dependents(kind, entity_id)
        if kind in ("enterprises", "streams", "storages"):
            pending.extend(dependents)
        else:  # a period, utility or disposal takes its profiles along; streams using it stay
            pending.extend(item for item in dependents if item[0] == "profiles")
    return found


def delete_command(document: Document, items: Iterable[tuple[str, str]]) -> QUndoCommand | None:
    """One macro deleting ``items`` (kind, id) with their streams, links and converters.

    Utilities and disposals are detached from the streams that use them first
    (those streams are edited, not deleted).
    """
    doomed = _closure(document, items)
    if not doomed:
        return None
    park = document.park
    order = {
        kind: index
        for index, kind in enumerate(
            (
                "profiles",
                "links",
                "converters",
                "streams",
                "storages",
                "enterprises",
                "utilities",
                "disposals",
                "periods",
            )
        )
    }
    ordered = sorted(doomed, key=lambda item: (order[item[0]], item[1]))
    first_kind, first_id = ordered[0]
    count = len(ordered)

    def text() -> str:
        if count == 1:
            return QCoreApplication.translate("Commands", "Delete {kind} {id}").format(
                kind=_kind(first_kind), id=first_id
            )
        return QCoreApplication.translate("Commands", "Delete {count} items").format(count=count)

    macro = MacroCommand(text)
    doomed_streams = {entity_id for kind, entity_id in doomed if kind == "streams"}
    # detach surviving streams from utilities/disposals being deleted
    for kind, field in (("utilities", "utility"), ("disposals", "disposal")):
        ids = {entity_id for k, entity_id in doomed if k == kind}
        if not ids:
            continue
        for stream in park.streams.values():
            if stream.id not in doomed_streams and getattr(stream, field) in ids:
                detached: dict[str, Any] = {field: ""}
                macro.add(
                    ChangeEntityCommand(document, "streams", stream, dataclasses.replace(stream, **detached))
                )
    for kind, entity_id in ordered:
        macro.add(RemoveEntityCommand(document, kind, park.collection(kind)[entity_id]))
    return macro


# -- copy and paste ------------------------------------------------------------------------


def copy_payload(document: Document, enterprise_ids: Iterable[str]) -> str:
    """JSON of the enterprises with their streams, converters and the links among them."""
    park = document.park
    chosen = [eid for eid in enterprise_ids if eid in park.enterprises]
    chosen_set = set(chosen)
    streams = [s for s in park.streams.values() if s.enterprise in chosen_set]
    stream_ids = {s.id for s in streams}
    links = [lk for lk in park.links.values() if lk.source in stream_ids and lk.sink in stream_ids]
    converters = [
        c
        for c in park.converters.values()
        if c.enterprise in chosen_set and c.input in stream_ids and c.output in stream_ids
    ]
    payload = {
        "enterprises": [park.enterprises[eid].to_row() for eid in chosen],
        "streams": [s.to_row() for s in streams],
        "links": [lk.to_row() for lk in links],
        "converters": [c.to_row() for c in converters],
    }
    return json.dumps(payload, ensure_ascii=False)


def paste_command(document: Document, payload: str, offset_km: float = 0.3) -> QUndoCommand | None:
    """One macro adding a copied fragment with fresh ids, shifted by ``offset_km``."""
    try:
        data = json.loads(payload)
    except (TypeError, ValueError) as exc:
        raise EditRefused(
            QCoreApplication.translate("Commands", "the clipboard holds no ParkFlow items")
        ) from exc
    park = document.park
    new_ids: dict[str, dict[str, str]] = {kind: {} for kind in EDITED_KINDS}
    taken: dict[str, set[str]] = {kind: set() for kind in EDITED_KINDS}
    entities: list[tuple[str, Entity]] = []
    for kind in ("enterprises", "streams", "links", "converters"):
        for row in data.get(kind, []):
            old_id = str(row["id"])
            new_id = document.new_id(kind, taken[kind])
            taken[kind].add(new_id)
            new_ids[kind][old_id] = new_id
            row = dict(row, id=new_id)
            if kind == "enterprises":
                for axis in ("x_km", "y_km"):
                    if row.get(axis) is not None:
                        row[axis] = float(row[axis]) + offset_km
                if row.get("name"):
                    row["name"] = str(row["name"]) + QCoreApplication.translate("Commands", " (copy)")
            elif kind == "streams":
                row["enterprise"] = new_ids["enterprises"][row["enterprise"]]
                if row.get("utility") and row["utility"] not in park.utilities:
                    row["utility"] = ""
                if row.get("disposal") and row["disposal"] not in park.disposals:
                    row["disposal"] = ""
            elif kind == "links":
                row["source"] = new_ids["streams"][row["source"]]
                row["sink"] = new_ids["streams"][row["sink"]]
            elif kind == "converters":
                row["enterprise"] = new_ids["enterprises"][row["enterprise"]]
                row["input"] = new_ids["streams"][row["input"]]
                row["output"] = new_ids["streams"][row["output"]]
            entities.append((kind, entity_from_row(kind, row)))
    if not entities:
        return None
    pasted = len(entities)
    macro = MacroCommand(
        lambda: (
            QCoreApplication.translate("Commands", "Paste 1 item")
            if pasted == 1
            else QCoreApplication.translate("Commands", "Paste {count} items").format(count=pasted)
        )
    )
    for kind, entity in entities:
        macro.add(AddEntityCommand(document, kind, entity))
    return macro
