"""Fuzzing the workbook importer (CSV folder and .xlsx) with hypothesis (docs/reliability.md).

Property (tests/reliability_helpers.py::check_read): ``read_workbook``
either returns a park that validates, with every row of the input, or raises
ParkError whose problems each name a place and say something; never another
exception, and the input is never changed.  Bounded: about 100 examples per
test, the module runs in well under a minute.

Cases the fuzzing found are kept as explicit tests at the end of this file
(inputs inline or in tests/data/fuzz/).
"""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from reliability_helpers import (
    FUZZ_DATA,
    VALID_WORKBOOK,
    check_read,
    data_row_count,
    entity_count,
    read_csv_rows,
    write_csv_rows,
)

from parkflow.model.problems import ParkError
from parkflow.model.workbook import read_workbook, write_workbook

FUZZ = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

VALID_TABLES = read_csv_rows(VALID_WORKBOOK)
SHEETS = sorted(VALID_TABLES)

#: Text that spreadsheets and CSV files really hold where numbers or names belong.
NASTY_CELLS = [
    "",
    " ",
    "nan",
    "NaN",
    "-nan",
    "inf",
    "-inf",
    "Infinity",
    "1e400",
    "-1e309",
    "1e15",
    "1e16",
    "9" * 400,
    "=A1+1",
    "=SUM(B2:B9)",
    "+1",
    "-",
    "@cmd",
    "'quoted",
    "''",
    "#DIV/0!",
    "#N/A",
    "1,5",
    "50%",
    "1_000",
    "0x10",
    "１２",
    "测试",
    "蒸汽",
    "\ufeff",
    "\u200b",
    "\x00",
    "\x1b[31m",
    "\r",
    "\n",
    '"',
    'a"b',
    "TRUE",
    "2024-01-01",
    "12:30",
    "E1",
    "S1",
    "K1",
    "steam",
    "sink",
    "source",
    "existing",
    "candidate",
]
CELL_TEXT = st.one_of(
    st.sampled_from(NASTY_CELLS),
    st.text(max_size=30),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
)


def _cell_positions(tables: dict[str, list[list[str]]]) -> list[tuple[str, int, int]]:
    return [
        (sheet, row_index, column_index)
        for sheet, rows in tables.items()
        for row_index, row in enumerate(rows)
        for column_index in range(len(row))
    ]


POSITIONS = _cell_positions(VALID_TABLES)


def _copy_tables() -> dict[str, list[list[str]]]:
    return {sheet: [list(row) for row in rows] for sheet, rows in VALID_TABLES.items()}


def _check_complete(park: object, tables: dict[str, list[list[str]]]) -> None:
    """A park that was read has every data row of the input (no partial result)."""
    from parkflow.model.entities import Park

    assert isinstance(park, Park)
    expected = data_row_count(tables)
    got = entity_count(park)
    for sheet, count in expected.items():
        if sheet in tables:
            assert got[sheet] == count, (sheet, got[sheet], count)


# ---------------------------------------------------------------------------
# CSV folders
# ---------------------------------------------------------------------------
@FUZZ
@given(
    edits=st.lists(st.tuples(st.sampled_from(POSITIONS), CELL_TEXT), min_size=1, max_size=4),
)
def test_fuzz_csv_cells(
    tmp_path_factory: pytest.TempPathFactory, edits: list[tuple[tuple[str, int, int], str]]
) -> None:
    """Random text, unicode, NaN, inf, huge numbers and formula strings in any cell (headers too)."""
    folder = tmp_path_factory.mktemp("csv") / "park"
    tables = _copy_tables()
    for (sheet, row, column), text in edits:
        tables[sheet][row][column] = text
    write_csv_rows(folder, tables)
    park = check_read(lambda: read_workbook(folder), folder)
    if park is not None:
        _check_complete(park, read_csv_rows(folder))


@FUZZ
@given(
    sheet=st.sampled_from(SHEETS),
    headers=st.lists(
        st.one_of(
            st.text(max_size=12),
            st.sampled_from(["id", "ID", " id ", "amount", "medium", "名称", "id\ufeff"]),
        ),
        min_size=0,
        max_size=20,
    ),
)
def test_fuzz_csv_headers(tmp_path_factory: pytest.TempPathFactory, sheet: str, headers: list[str]) -> None:
    """A random header row (any names, any number of columns, none at all)."""
    folder = tmp_path_factory.mktemp("csv") / "park"
    tables = _copy_tables()
    tables[sheet][0] = headers
    write_csv_rows(folder, tables)
    check_read(lambda: read_workbook(folder), folder)


@FUZZ
@given(
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le"]),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
    endings=st.lists(st.sampled_from(["\n", "\r\n", "\r"]), min_size=1, max_size=3),
)
def test_fuzz_csv_transport_keeps_the_park(
    tmp_path_factory: pytest.TempPathFactory, encoding: str, delimiter: str, endings: list[str]
) -> None:
    """Encoding (BOMs, GBK/GB18030 Chinese), delimiter and mixed line endings do not change the park.

    UTF-16 without a byte-order mark is the one form ParkFlow cannot read;
    it must then say how to fix it (a located refusal), never misread.
    """
    folder = tmp_path_factory.mktemp("csv") / "park"
    write_csv_rows(
        folder, _copy_tables(), encoding=encoding, delimiter=delimiter, line_endings=tuple(endings)
    )
    park = check_read(lambda: read_workbook(folder), folder)
    if encoding == "utf-16-le":
        return  # either refused with a hint or read correctly; checked by check_read
    assert park is not None, f"{encoding} {delimiter!r} {endings!r} was refused"
    assert park == read_workbook(VALID_WORKBOOK)


@FUZZ
@given(
    sheet=st.sampled_from(SHEETS),
    damage=st.one_of(
        st.tuples(st.just("bytes"), st.binary(max_size=300)),
        st.tuples(st.just("truncate"), st.floats(min_value=0.0, max_value=1.0)),
        st.tuples(st.just("empty"), st.sampled_from(["", "\n", "\ufeff", "\r\n\r\n", ",,,\n", "sep=;\n"])),
    ),
)
def test_fuzz_csv_file_damage(
    tmp_path_factory: pytest.TempPathFactory, sheet: str, damage: tuple[str, object]
) -> None:
    """One sheet's file replaced by random bytes, cut off at any point, or empty."""
    folder = tmp_path_factory.mktemp("csv") / "park"
    shutil.copytree(VALID_WORKBOOK, folder)
    target = folder / f"{sheet}.csv"
    kind, value = damage
    if kind == "bytes":
        assert isinstance(value, bytes)
        target.write_bytes(value)
    elif kind == "truncate":
        assert isinstance(value, float)
        data = target.read_bytes()
        target.write_bytes(data[: int(len(data) * value)])
    else:
        assert isinstance(value, str)
        target.write_bytes(value.encode("utf-8"))
    park = check_read(lambda: read_workbook(folder), folder)
    if park is not None:
        _check_complete(park, read_csv_rows(folder))


# ---------------------------------------------------------------------------
# .xlsx workbooks
# ---------------------------------------------------------------------------
class _Bytes(bytes):
    """The valid workbook's bytes with a short repr (hypothesis prints the arguments of a failure)."""

    def __repr__(self) -> str:
        return "<valid_park.xlsx>"


@pytest.fixture(scope="module")
def valid_xlsx_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("xlsx") / "park.xlsx"
    write_workbook(read_workbook(VALID_WORKBOOK), path)
    return _Bytes(path.read_bytes())


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _pack(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@FUZZ
@given(
    damage=st.one_of(
        st.tuples(st.just("truncate"), st.floats(min_value=0.0, max_value=1.0)),
        st.tuples(
            st.just("flip"),
            st.lists(st.tuples(st.floats(0.0, 1.0), st.integers(1, 255)), min_size=1, max_size=8),
        ),
        st.tuples(st.just("bytes"), st.binary(max_size=400)),
    ),
)
def test_fuzz_xlsx_file_damage(
    tmp_path_factory: pytest.TempPathFactory, valid_xlsx_bytes: bytes, damage: tuple[str, object]
) -> None:
    """The .xlsx file cut off, with bytes flipped anywhere, or random bytes."""
    path = tmp_path_factory.mktemp("xlsx") / "park.xlsx"
    kind, value = damage
    data = bytearray(valid_xlsx_bytes)
    if kind == "truncate":
        assert isinstance(value, float)
        data = data[: int(len(data) * value)]
    elif kind == "flip":
        assert isinstance(value, list)
        for where, mask in value:
            offset = min(int(where * len(data)), len(data) - 1)
            data[offset] ^= mask
    else:
        assert isinstance(value, bytes)
        data = bytearray(value)
    path.write_bytes(bytes(data))
    check_read(lambda: read_workbook(path), path)


@FUZZ
@given(
    part_choice=st.integers(min_value=0, max_value=100),
    damage=st.one_of(
        st.tuples(st.just("truncate"), st.floats(min_value=0.0, max_value=1.0)),
        st.tuples(
            st.just("flip"),
            st.lists(st.tuples(st.floats(0.0, 1.0), st.integers(1, 255)), min_size=1, max_size=6),
        ),
        st.tuples(st.just("insert"), st.tuples(st.floats(0.0, 1.0), st.text(max_size=40))),
    ),
)
def test_fuzz_xlsx_xml_parts(
    tmp_path_factory: pytest.TempPathFactory,
    valid_xlsx_bytes: bytes,
    part_choice: int,
    damage: tuple[str, object],
) -> None:
    """A well-formed zip whose XML parts (sheets, workbook, relationships) are damaged."""
    parts = _parts(valid_xlsx_bytes)
    names = sorted(parts)
    name = names[part_choice % len(names)]
    data = bytearray(parts[name])
    kind, value = damage
    if kind == "truncate":
        assert isinstance(value, float)
        data = data[: int(len(data) * value)]
    elif kind == "flip":
        assert isinstance(value, list)
        for where, mask in value:
            offset = min(int(where * len(data)), len(data) - 1)
            data[offset] ^= mask
    else:
        assert isinstance(value, tuple)
        where, text = value
        offset = int(where * len(data))
        data[offset:offset] = text.encode("utf-8")
    parts[name] = bytes(data)
    path = tmp_path_factory.mktemp("xlsx") / "park.xlsx"
    path.write_bytes(_pack(parts))
    check_read(lambda: read_workbook(path), path)


@settings(FUZZ, max_examples=50)
@given(
    edits=st.lists(
        st.tuples(st.sampled_from(POSITIONS), st.one_of(CELL_TEXT, st.floats(), st.booleans())),
        min_size=1,
        max_size=3,
    ),
)
def test_fuzz_xlsx_cells_written_by_openpyxl(
    tmp_path_factory: pytest.TempPathFactory, edits: list[tuple[tuple[str, int, int], object]]
) -> None:
    """A workbook saved by openpyxl with random cells: text, NaN/inf floats, booleans, formulas ("=A1+1")."""
    import openpyxl

    tables = _copy_tables()
    values: dict[str, list[list[object]]] = {
        sheet: [list(row) for row in rows] for sheet, rows in tables.items()
    }
    for (sheet, row, column), value in edits:
        values[sheet][row][column] = value
    book = openpyxl.Workbook()
    book.remove(book.active)
    for sheet in SHEETS:
        worksheet = book.create_sheet(sheet)
        for row in values[sheet]:
            cells = []
            for cell in row:
                if isinstance(cell, str):
                    # openpyxl refuses control characters; a real workbook cannot hold them either
                    cell = "".join(ch for ch in cell if ch in "\t\n\r" or ord(ch) >= 32)
                    if cell and cell.strip().lstrip("+-").replace(".", "", 1).isdigit() and len(cell) < 15:
                        cell = float(cell)  # what Excel stores for a typed number
                cells.append(cell if cell != "" else None)
            worksheet.append(cells)
    path = tmp_path_factory.mktemp("xlsx") / "park.xlsx"
    try:
        book.save(path)
    except (ValueError, TypeError):
        assume(False)  # openpyxl could not write it: no such workbook exists
    check_read(lambda: read_workbook(path), path)


# ---------------------------------------------------------------------------
# Cases kept from the fuzzing (regression tests)
# ---------------------------------------------------------------------------
def test_fuzz_regression_cases_in_data_folder_are_refused_with_a_place(tmp_path: Path) -> None:
    """Every kept case under tests/data/fuzz/ reads with the reliability property."""
    cases = sorted(path for path in FUZZ_DATA.iterdir() if path.is_dir() or path.suffix == ".xlsx")
    assert cases, "tests/data/fuzz holds the kept cases"
    for case in cases:
        copy = tmp_path / case.name
        if case.is_dir():
            shutil.copytree(case, copy)
        else:
            shutil.copy2(case, copy)
        check_read(lambda copy=copy: read_workbook(copy), copy)


def test_fuzz_regression_damaged_deflate_stream_is_refused(tmp_path: Path) -> None:
    """Found by test_fuzz_xlsx_file_damage: one flipped bit inside a compressed sheet raised zlib.error."""
    copy = tmp_path / "damaged.xlsx"
    shutil.copy2(FUZZ_DATA / "deflate_stream_damaged.xlsx", copy)
    with pytest.raises(ParkError) as caught:
        read_workbook(copy)
    assert "damaged" in str(caught.value) and caught.value.problems[0].entity_id == "damaged.xlsx"


def test_sheet_without_a_name_is_located_by_its_place(tmp_path: Path, valid_xlsx_bytes: bytes) -> None:
    """Found by test_fuzz_xlsx_xml_parts: a damaged workbook.xml gave a sheet the name ''
    and the problem was printed as ": unknown sheet ''" with no place at all."""
    parts = _parts(valid_xlsx_bytes)
    workbook_xml = parts["xl/workbook.xml"].decode("utf-8")
    assert 'name="links"' in workbook_xml
    parts["xl/workbook.xml"] = workbook_xml.replace('name="links"', 'name=""').encode("utf-8")
    path = tmp_path / "park.xlsx"
    path.write_bytes(_pack(parts))
    refused = check_read(lambda: read_workbook(path), path)
    assert refused is None
    with pytest.raises(ParkError) as caught:
        read_workbook(path)
    unnamed = [problem for problem in caught.value.problems if "unknown sheet ''" in problem.message]
    assert unnamed and unnamed[0].sheet is not None and unnamed[0].sheet.startswith("sheet ")
    assert str(unnamed[0]).startswith("sheet ") and "(no name)" in str(unnamed[0])


# -- values the reader accepts must be ones the optimizer and the XLSX report can use ---------

#: (sheet, id, column) cells the optimizer or a renderer computes with or prints.
_EDGE_CELLS = (
    ("park", "hours_per_year", "value"),
    ("links", "L2", "lifetime_yr"),
    ("links", "L2", "capex_cny"),
    ("utilities", "U_STEAM", "pressure_mpa"),
    ("utilities", "U_STEAM", "temperature_c"),
    ("links", "L1", "capacity"),
    ("streams", "S1", "amount"),
)
_EDGE_TEXT = st.sampled_from(
    [
        "0",
        "-0",
        "1e-300",
        "5e-324",
        "1e-9",
        "1",
        "100",
        "8784",
        "10000",
        "1e15",
        "1e300",
        "-1e-300",
        "inf",
        "nan",
        "25",
        "-273",
    ]
)
_HOSTILE_NAME = st.text(
    alphabet=st.sampled_from(list("=+-@'\"\t\r\n\x01\x07\x1b\x7fAb1 中")), min_size=1, max_size=10
)


def _read_then_optimize_and_report(folder: Path, out: Path) -> None:
    """Refused with every problem located, or the park read optimizes and renders as XLSX."""
    park = check_read(lambda: read_workbook(folder), folder)
    if park is None:
        return
    from parkflow.optimize import InfeasibleError, SolveOptions, optimize
    from parkflow.report import render_report

    try:
        result = optimize(park, SolveOptions())
    except InfeasibleError:
        result = None
    render_report(park, result, out / "report.xlsx")


@settings(max_examples=30)
@given(cell=st.sampled_from(_EDGE_CELLS), value=_EDGE_TEXT, steam_factor=st.booleans())
def test_fuzz_numbers_at_the_edges_reach_no_crash(
    cell: tuple[str, str, str], value: str, steam_factor: bool, tmp_path_factory: pytest.TempPathFactory
) -> None:
    from workbook_helpers import load_tables, set_cell, write_csv_folder

    tables = load_tables(VALID_WORKBOOK)
    sheet, entity_id, column = cell
    set_cell(tables, sheet, entity_id, column, value)
    if steam_factor:  # the steam tables are used only when a factor needs the enthalpy
        set_cell(tables, "utilities", "U_STEAM", "factor", "steam_gas_boiler")
    work = tmp_path_factory.mktemp("edge")
    _read_then_optimize_and_report(write_csv_folder(tables, work / "park"), work)


@settings(max_examples=30)
@given(
    name=_HOSTILE_NAME,
    where=st.sampled_from(
        [
            ("enterprises", "E1", "name"),
            ("utilities", "U_WATER", "name"),
            ("park", "name", "value"),
            ("enterprises", "E2", "notes"),
        ]
    ),
)
def test_fuzz_names_with_control_and_formula_characters_reach_no_crash(
    name: str, where: tuple[str, str, str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    from workbook_helpers import load_tables, set_cell, write_csv_folder

    tables = load_tables(VALID_WORKBOOK)
    set_cell(tables, *where, name)
    work = tmp_path_factory.mktemp("names")
    _read_then_optimize_and_report(write_csv_folder(tables, work / "park"), work)
