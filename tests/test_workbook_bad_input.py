"""One test per kind of bad workbook input: each message names its exact place.

Every case starts from the valid fixture park, changes one cell, writes it
as a CSV folder and as an .xlsx workbook, and checks that reading raises
ParkError with a problem printed as ``sheet:row:column: message``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from workbook_helpers import (
    load_tables,
    problem_lines,
    row_number,
    set_cell,
    write_tables,
)

from parkflow.model.problems import ParkError
from parkflow.model.workbook import read_workbook

FORMATS = ("csv", "xlsx")

#: (case id, sheet, entity id, column, new value, expected message fragment)
CELL_CASES: list[tuple[str, str, str, str, str, str]] = [
    ("stream-enterprise-missing", "streams", "S1", "enterprise", "E9", "enterprise 'E9' does not exist"),
    ("link-source-missing", "links", "L1", "source", "S99", "source stream 'S99' does not exist"),
    ("link-sink-missing", "links", "L1", "sink", "K99", "sink stream 'K99' does not exist"),
    ("sink-utility-missing", "streams", "K1", "utility", "U_NONE", "utility 'U_NONE' does not exist"),
    ("source-disposal-missing", "streams", "S1", "disposal", "D_NONE", "disposal 'D_NONE' does not exist"),
    ("converter-input-missing", "converters", "T1", "input", "K99", "input stream 'K99' does not exist"),
    ("converter-output-missing", "converters", "T1", "output", "P99", "output stream 'P99' does not exist"),
    ("link-from-a-sink", "links", "L2", "source", "K1", "K1 is a sink: a link must start at a source stream"),
    ("link-incompatible-pressure", "links", "L3", "sink", "K1", "steam at 0.6 MPa cannot serve a 1 MPa sink"),
    ("unit-unknown", "streams", "S1", "unit", "blorps/h", "unknown unit 'blorps/h'"),
    ("amount-negative", "streams", "S1", "amount", "-5", "amount is -5; it must be ≥ 0"),
    ("amount-not-a-number", "streams", "S1", "amount", "abc", "amount must be a number, not 'abc'"),
    ("amount-percent-sign", "streams", "S1", "amount", "20%", "without the % sign"),
    ("amount-nan", "streams", "S1", "amount", "nan", "amount must be a finite number"),
    ("amount-inf", "streams", "S1", "amount", "inf", "amount must be a finite number"),
    ("amount-huge", "streams", "S1", "amount", "1e16", "larger than 1e+15"),
    ("purity-above-100", "streams", "G1", "purity_pct", "120", "purity_pct is 120; it must be ≥ 0 and ≤ 100"),
    ("purity-below-0", "streams", "G2", "purity_pct", "-1", "purity_pct is -1; it must be ≥ 0 and ≤ 100"),
    (
        "heat-target-equals-supply",
        "streams",
        "H1",
        "target_temperature_c",
        "150",
        "target_temperature_c equals temperature_c",
    ),
    (
        "direction-not-allowed",
        "streams",
        "S1",
        "direction",
        "out",
        "direction 'out' is not allowed; use one of: source, sink",
    ),
    (
        "medium-not-allowed",
        "streams",
        "S1",
        "medium",
        "vapour",
        "medium 'vapour' is not allowed; use one of: steam",
    ),
    (
        "status-not-allowed",
        "links",
        "L1",
        "status",
        "maybe",
        "status 'maybe' is not allowed; use one of: existing, candidate",
    ),
    ("enterprise-blank", "streams", "S1", "enterprise", "", "enterprise is required"),
    (
        "utility-wrong-medium",
        "streams",
        "K1",
        "utility",
        "U_WATER",
        "utility U_WATER supplies water, but this sink needs steam",
    ),
    ("capacity-not-a-number", "links", "L1", "capacity", "lots", "capacity must be a number, not 'lots'"),
    ("park-value-not-a-number", "park", "hours_per_year", "value", "abc", "hours_per_year must be a number"),
    ("park-hours-out-of-range", "park", "hours_per_year", "value", "9000", "hours_per_year is 9000"),
    ("park-key-unknown", "park", "hours_per_year", "key", "hours", "unknown key 'hours'"),
]


def _read_problems(tmp_path: Path, tables: dict, kind: str) -> list[str]:
    path = write_tables(tables, tmp_path, kind)
    with pytest.raises(ParkError) as caught:
        read_workbook(path)
    return problem_lines(caught.value)


def _assert_located(lines: list[str], location: str, fragment: str) -> None:
    matching = [line for line in lines if line.startswith(f"{location}: ") and fragment in line]
    assert matching, f"no problem at {location} containing {fragment!r}; got:\n" + "\n".join(lines)


@pytest.mark.parametrize("kind", FORMATS)
@pytest.mark.parametrize(
    ("case", "sheet", "entity_id", "column", "value", "fragment"), CELL_CASES, ids=[c[0] for c in CELL_CASES]
)
def test_bad_cell_is_located(
    tmp_path: Path, kind: str, case: str, sheet: str, entity_id: str, column: str, value: str, fragment: str
) -> None:
    tables = load_tables()
    row = set_cell(tables, sheet, entity_id, column, value)
    lines = _read_problems(tmp_path, tables, kind)
    located_column = "key" if column == "key" else column
    _assert_located(lines, f"{sheet}:{row}:{located_column}", fragment)


@pytest.mark.parametrize("kind", FORMATS)
def test_duplicate_id_names_both_rows(tmp_path: Path, kind: str) -> None:
    tables = load_tables()
    rows = tables["streams"][1]
    rows.append(dict(rows[0]))
    duplicate_row = len(rows) + 1
    lines = _read_problems(tmp_path, tables, kind)
    _assert_located(lines, f"streams:{duplicate_row}:id", "duplicate id 'S1': row 2 already uses it")


@pytest.mark.parametrize("kind", FORMATS)
def test_unknown_column_lists_the_known_ones(tmp_path: Path, kind: str) -> None:
    tables = load_tables()
    set_cell(tables, "streams", "S1", "colour", "red")
    lines = _read_problems(tmp_path, tables, kind)
    _assert_located(lines, "streams:1:colour", "unknown column 'colour'")
    line = next(line for line in lines if line.startswith("streams:1:colour"))
    assert "id, enterprise, direction, medium, name, amount, unit" in line


@pytest.mark.parametrize("kind", FORMATS)
def test_misspelt_column_gets_a_suggestion(tmp_path: Path, kind: str) -> None:
    tables = load_tables()
    columns, rows = tables["streams"]
    columns[columns.index("amount")] = "Amount"
    for row in rows:
        row["Amount"] = row.pop("amount")
    lines = _read_problems(tmp_path, tables, kind)
    _assert_located(lines, "streams:1:Amount", "did you mean 'amount'?")


def test_unknown_csv_file_names_the_known_sheets(tmp_path: Path) -> None:
    tables = load_tables()
    tables["notes"] = (["id", "text"], [{"id": "1", "text": "hello"}])
    lines = _read_problems(tmp_path, tables, "csv")
    line = next(line for line in lines if line.startswith("notes.csv: "))
    assert "unknown file 'notes.csv'" in line
    assert (
        "park.csv, enterprises.csv, utilities.csv, disposals.csv, streams.csv, links.csv, converters.csv"
        in line
    )


def test_unknown_xlsx_sheet_names_the_known_sheets(tmp_path: Path) -> None:
    tables = load_tables()
    tables["Sheet1"] = (["id", "text"], [{"id": "1", "text": "hello"}])
    lines = _read_problems(tmp_path, tables, "xlsx")
    line = next(line for line in lines if line.startswith("Sheet1: "))
    assert "unknown sheet 'Sheet1'" in line
    assert "park, enterprises, utilities, disposals, streams, links, converters" in line


@pytest.mark.parametrize("kind", FORMATS)
def test_every_problem_is_reported_at_once(tmp_path: Path, kind: str) -> None:
    tables = load_tables()
    amount_row = set_cell(tables, "streams", "S1", "amount", "abc")
    unit_row = set_cell(tables, "streams", "K1", "unit", "blorps/h")
    link_row = set_cell(tables, "links", "L2", "sink", "K99")
    lines = _read_problems(tmp_path, tables, kind)
    _assert_located(lines, f"streams:{amount_row}:amount", "must be a number")
    _assert_located(lines, f"streams:{unit_row}:unit", "unknown unit")
    _assert_located(lines, f"links:{link_row}:sink", "does not exist")


@pytest.mark.parametrize("kind", FORMATS)
def test_a_dropped_row_does_not_cause_false_references(tmp_path: Path, kind: str) -> None:
    """A stream whose medium cannot be read is reported once, not as 'missing' in its links."""
    tables = load_tables()
    row = set_cell(tables, "streams", "S1", "medium", "vapour")
    lines = _read_problems(tmp_path, tables, kind)
    assert [line for line in lines if line.startswith(f"streams:{row}:medium")]
    assert not [line for line in lines if "'S1' does not exist" in line], lines


@pytest.mark.parametrize("kind", FORMATS)
def test_empty_sheet_is_a_problem(tmp_path: Path, kind: str) -> None:
    tables = load_tables()
    tables["enterprises"] = ([], [])
    path = write_tables(tables, tmp_path, kind)
    if kind == "csv":
        (path / "enterprises.csv").write_bytes(b"")
    with pytest.raises(ParkError) as caught:
        read_workbook(path)
    _assert_located(problem_lines(caught.value), "enterprises:1", "the enterprises sheet is empty")


def test_located_rows_follow_the_row_numbers_of_the_fixture() -> None:
    tables = load_tables()
    assert row_number(tables, "streams", "S1") == 2
    assert row_number(tables, "links", "L1") == 2
