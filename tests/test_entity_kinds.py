"""The kinds registry (parkflow/model/entities.py ENTITY_KINDS) is the one source of what an entity kind is."""

from __future__ import annotations

import dataclasses

import pytest

from parkflow.model.entities import (
    ENTITY_KINDS,
    ENTITY_SHEETS,
    KIND_BY_SHEET,
    KIND_BY_SINGULAR,
    TIME_SHEETS,
    Enterprise,
    Park,
    Storage,
    Stream,
)
from parkflow.model.problems import Problem
from parkflow.model.store_schema import ENTITY_TABLES, TIME_TABLES
from parkflow.model.validate import locate
from parkflow.report.compare import KIND_SINGULAR, KINDS
from parkflow.ui.document import EDITED_KINDS, Document, edited_sheet


def test_every_entity_collection_of_a_park_has_one_kind() -> None:
    collections = {
        field.name
        for field in dataclasses.fields(Park)
        if field.name in {kind.SHEET for kind in ENTITY_KINDS}
    }
    assert collections == set(KIND_BY_SHEET)
    assert len(KIND_BY_SHEET) == len(KIND_BY_SINGULAR) == len(ENTITY_KINDS)
    for kind in ENTITY_KINDS:
        assert isinstance(getattr(Park(), kind.SHEET), dict), kind.SHEET


def test_the_workbook_and_the_store_keep_the_registry_order() -> None:
    # the store writes (and the workbook lays out) the network's sheets, then those over the year
    assert list(ENTITY_SHEETS) == ["enterprises", "utilities", "disposals", "streams", "links", "converters"]
    assert list(TIME_SHEETS) == ["periods", "profiles", "storages"]
    assert [*ENTITY_TABLES, *TIME_TABLES] == list(KIND_BY_SHEET)


def test_the_editor_gives_each_kind_its_own_prefix_and_signals() -> None:
    prefixes = {sheet: kind.ID_PREFIX for sheet, kind in EDITED_KINDS.items()}
    assert prefixes == {
        "enterprises": "E",
        "utilities": "U",
        "disposals": "D",
        "streams": "S",
        "links": "L",
        "converters": "C",
        "periods": "P",
        "profiles": "",
        "storages": "TK",
    }  # a profile's id is its period and item
    assert list(EDITED_KINDS) == [*ENTITY_SHEETS, "periods", "profiles", "storages"]  # workbook order
    for kind in EDITED_KINDS.values():
        for what in ("added", "removed", "changed"):
            assert hasattr(Document, f"{kind.SINGULAR}_{what}"), (kind.SINGULAR, what)


def test_new_ids_follow_the_prefix(qapp) -> None:
    document = Document()
    document.park.enterprises["E1"] = Enterprise("E1")
    assert document.new_id("enterprises") == "E2"
    assert document.new_id("storages", taken={"TK1"}) == "TK2"
    assert document.new_id("streams") == "S1"


def test_only_edited_kinds_are_jumped_to() -> None:
    assert edited_sheet("stream") == "streams"
    assert edited_sheet("storage") == "storages"
    assert edited_sheet("period") == "periods"  # the Periods tab of the tables dock
    assert edited_sheet("park") is None


@pytest.mark.parametrize("kind", ENTITY_KINDS, ids=lambda kind: kind.SHEET)
def test_a_problem_about_any_kind_finds_its_sheet_row(kind) -> None:
    problem = Problem("bad", kind=kind.SINGULAR, entity_id="X1", column="id")
    [located] = locate([problem], {(kind.SHEET, "X1"): 7})
    assert (located.sheet, located.row, located.column) == (kind.SHEET, 7, "id")


def test_a_park_setting_problem_finds_its_row() -> None:
    [located] = locate(
        [Problem("bad", kind="park", column="hours_per_year")], {("park", "hours_per_year"): 3}
    )
    assert (located.sheet, located.row, located.column) == ("park", 3, "value")


def test_the_comparison_names_every_kind_it_compares() -> None:
    assert set(KINDS) <= set(KIND_SINGULAR)
    assert KIND_SINGULAR["streams"] == Stream.SINGULAR == "stream"
    assert KIND_SINGULAR["storages"] == Storage.SINGULAR
    assert (KIND_SINGULAR["factors"], KIND_SINGULAR["settings"]) == ("factor", "park setting")
