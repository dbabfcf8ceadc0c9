"""write_workbook → read_workbook gives the same park, for .xlsx and CSV folders."""

from __future__ import annotations

import math
import os
import string
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from workbook_helpers import VALID_PARK, XLSX_FLOAT_REL_TOL, same_park_values

from parkflow.model.entities import (
    Converter,
    Direction,
    Disposal,
    Enterprise,
    Link,
    LinkStatus,
    Medium,
    Park,
    Stream,
    Utility,
)
from parkflow.model.problems import ParkError
from parkflow.model.workbook import MAX_ABS_NUMBER, read_workbook, write_workbook

# Free text: any character but surrogates, NUL (no CSV file carries it) and
# U+FFFE/U+FFFF (no .xlsx file carries them: both refused on export, see
# test_noncharacters_are_refused_in_xlsx), kept exactly, except that a cell of
# nothing but spaces reads as blank; ids and references have no surrounding
# spaces (they are stripped on reading, by design).
free_text = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\ufffe\uffff"), max_size=12
).filter(lambda text: text == "" or bool(text.strip()))
ids = (
    st.text(string.ascii_letters + string.digits + "_-.中文氢蒸汽 =", min_size=1, max_size=6)
    .map(str.strip)
    .filter(bool)
)
numbers = st.floats(
    min_value=-MAX_ABS_NUMBER, max_value=MAX_ABS_NUMBER, allow_nan=False, allow_infinity=False
)
maybe_numbers = st.none() | numbers
words = st.sampled_from(["", "t/h", "MW", "kg/h", "Nm3/h", "gas_boiler_steam", "PX", "=SUM(A1)"])


@st.composite
def parks(draw: st.DrawFn) -> Park:
    park = Park(
        name=draw(free_text),
        hours_per_year=draw(numbers),
        dt_min_k=draw(numbers),
        discount_rate_pct=draw(numbers),
        co2_price_cny_per_t=draw(numbers),
        cod_price_cny_per_t=draw(numbers),
        factor_region=draw(st.sampled_from(["zhejiang", "china", "east"])),
        factor_year=draw(st.none() | st.integers(1990, 2060)),
        factor_overrides=draw(
            st.dictionaries(st.sampled_from(["grid_electricity", "steam_gas_boiler"]), numbers, max_size=2)
        ),
        links_declared=draw(st.booleans()),
    )
    for entity_id in draw(st.lists(ids, max_size=3, unique=True)):
        park.enterprises[entity_id] = Enterprise(
            entity_id,
            draw(free_text),
            draw(free_text),
            draw(maybe_numbers),
            draw(maybe_numbers),
            draw(free_text),
        )
    for entity_id in draw(st.lists(ids, max_size=4, unique=True)):
        park.streams[entity_id] = Stream(
            entity_id,
            draw(ids),
            draw(st.sampled_from(Direction)),
            draw(st.sampled_from(Medium)),
            name=draw(free_text),
            amount=draw(numbers),
            unit=draw(words),
            pressure_mpa=draw(maybe_numbers),
            temperature_c=draw(maybe_numbers),
            target_temperature_c=draw(maybe_numbers),
            purity_pct=draw(maybe_numbers),
            cod_mg_l=draw(maybe_numbers),
            substance=draw(words),
            utility=draw(st.just("") | ids),
            disposal=draw(st.just("") | ids),
        )
    for entity_id in draw(st.lists(ids, max_size=2, unique=True)):
        park.utilities[entity_id] = Utility(
            entity_id,
            draw(st.sampled_from(Medium)),
            draw(free_text),
            draw(words),
            draw(words),
            *[draw(maybe_numbers) for _ in range(7)],
        )
    for entity_id in draw(st.lists(ids, max_size=2, unique=True)):
        park.disposals[entity_id] = Disposal(
            entity_id,
            draw(st.sampled_from(Medium)),
            draw(free_text),
            draw(words),
            draw(words),
            *[draw(maybe_numbers) for _ in range(5)],
        )
    if park.links_declared:
        for entity_id in draw(st.lists(ids, max_size=3, unique=True)):
            park.links[entity_id] = Link(
                entity_id,
                draw(ids),
                draw(ids),
                draw(st.sampled_from(LinkStatus)),
                *[draw(maybe_numbers) for _ in range(7)],
            )
    for entity_id in draw(st.lists(ids, max_size=2, unique=True)):
        park.converters[entity_id] = Converter(
            entity_id, draw(ids), draw(ids), draw(ids), draw(numbers), draw(maybe_numbers)
        )
    return park


@pytest.mark.parametrize("suffix", [".xlsx", ""], ids=["xlsx", "csv"])
@settings(max_examples=40, deadline=None)
@given(park=parks())
def test_any_park_round_trips_exactly(
    tmp_path_factory: pytest.TempPathFactory, suffix: str, park: Park
) -> None:
    target = tmp_path_factory.mktemp("roundtrip") / f"park{suffix}"
    write_workbook(park, target)
    # .xlsx numbers carry 16 significant digits, so floats are compared to a relative
    # 1e-12 (XLSX_FLOAT_REL_TOL in workbook_helpers); CSV folders stay bit-identical.
    again = read_workbook(target, check=False)
    assert same_park_values(again, park) if suffix == ".xlsx" else again == park


@pytest.mark.parametrize("suffix", [".xlsx", ""], ids=["xlsx", "csv"])
def test_valid_park_round_trips_with_all_checks(tmp_path: Path, suffix: str) -> None:
    park = read_workbook(VALID_PARK)
    target = tmp_path / f"out{suffix}"
    write_workbook(park, target)
    again = read_workbook(target)
    # floats to a relative 1e-12 in .xlsx files (XLSX_FLOAT_REL_TOL in workbook_helpers)
    assert same_park_values(again, park)
    write_workbook(again, target)  # replacing an existing workbook
    assert same_park_values(read_workbook(target), park)


def test_floats_are_written_exactly_to_csv_and_to_1e_12_to_xlsx(tmp_path: Path) -> None:
    """CSV keeps every bit (repr); .xlsx keeps 16 significant digits (XlsxWriter writes "%.16g"),
    so there floats are compared with a relative tolerance of 1e-12 (XLSX_FLOAT_REL_TOL)."""
    park = read_workbook(VALID_PARK)
    park.streams["S1"].amount = 0.1 + 0.2
    park.links["L1"].cost_cny_per_unit = 1e-300
    park.links["L1"].capacity = 16.428571428571428
    write_workbook(park, tmp_path / "p")
    again = read_workbook(tmp_path / "p")
    assert again.streams["S1"].amount == 0.30000000000000004
    assert again.links["L1"].cost_cny_per_unit == 1e-300
    assert again.links["L1"].capacity == 16.428571428571428
    write_workbook(park, tmp_path / "p.xlsx")
    again = read_workbook(tmp_path / "p.xlsx")
    for read, written in (
        (again.streams["S1"].amount, 0.1 + 0.2),
        (again.links["L1"].cost_cny_per_unit, 1e-300),
        (again.links["L1"].capacity, 16.428571428571428),
    ):
        assert math.isclose(read, written, rel_tol=XLSX_FLOAT_REL_TOL, abs_tol=0.0), (read, written)
    assert same_park_values(again, park)


def test_our_xlsx_opens_in_openpyxl_with_frozen_header(tmp_path: Path) -> None:
    park = read_workbook(VALID_PARK)
    park.enterprises["E1"].notes = '=HYPERLINK("http://example.com")'  # must stay text
    target = tmp_path / "park.xlsx"
    write_workbook(park, target)
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == [
        "park",
        "enterprises",
        "utilities",
        "disposals",
        "streams",
        "links",
        "converters",
    ]
    assert book["streams"]["A2"].value == "S1"
    assert book["streams"]["F2"].value == 20
    assert book["enterprises"]["F2"].data_type == "s"
    assert book["streams"].freeze_panes == "A2"


def test_links_sheet_left_out_when_not_declared(tmp_path: Path) -> None:
    park = read_workbook(VALID_PARK)
    park.links = {}
    park.links_declared = False
    write_workbook(park, tmp_path / "p")
    assert not (tmp_path / "p" / "links.csv").exists()
    write_workbook(park, tmp_path / "p.xlsx")
    assert "links" not in openpyxl.load_workbook(tmp_path / "p.xlsx").sheetnames


def test_csv_is_utf8_with_byte_order_mark(tmp_path: Path) -> None:
    write_workbook(read_workbook(VALID_PARK), tmp_path / "p")
    data = (tmp_path / "p" / "enterprises.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert "嘉化能源".encode() in data


# -- atomic replacement -----------------------------------------------------------
def test_failed_xlsx_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    park = read_workbook(VALID_PARK)
    target = tmp_path / "park.xlsx"
    write_workbook(park, target)
    before = target.read_bytes()

    def fail(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("parkflow.model.workbook.write._write_sheet", fail)
    with pytest.raises(OSError):
        write_workbook(park, target)
    assert target.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["park.xlsx"]


def test_failed_folder_write_keeps_the_old_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    park = read_workbook(VALID_PARK)
    target = tmp_path / "park"
    write_workbook(park, target)
    before = {path.name: path.read_bytes() for path in target.iterdir()}

    def fail(*_args: object) -> str:
        raise OSError("disk full")

    monkeypatch.setattr("parkflow.model.workbook.write._csv_cell", fail)
    with pytest.raises(OSError):
        write_workbook(park, target)
    assert {path.name: path.read_bytes() for path in target.iterdir()} == before
    assert sorted(os.listdir(tmp_path)) == ["park"]


@pytest.mark.parametrize("character", ["\ufffe", "\uffff"])
def test_noncharacters_are_refused_in_xlsx(tmp_path: Path, character: str) -> None:
    """XML cannot carry U+FFFE/U+FFFF; XlsxWriter writes _xFFFE_, which python-calamine does not decode."""
    park = read_workbook(VALID_PARK)
    park.enterprises["E1"].name = f"a{character}b"
    with pytest.raises(ParkError) as caught:
        write_workbook(park, tmp_path / "p.xlsx")
    assert [str(problem).split(": ")[0] for problem in caught.value.problems] == ["enterprises:2:name"]
    assert not list(tmp_path.iterdir())
    write_workbook(park, tmp_path / "p")  # a CSV folder carries them
    assert read_workbook(tmp_path / "p").enterprises["E1"].name == f"a{character}b"


def test_text_longer_than_an_excel_cell_is_refused_in_xlsx(tmp_path: Path) -> None:
    park = read_workbook(VALID_PARK)
    park.enterprises["E1"].notes = "n" * 32_768
    with pytest.raises(ParkError) as caught:
        write_workbook(park, tmp_path / "p.xlsx")
    assert [str(problem).split(": ")[0] for problem in caught.value.problems] == ["enterprises:2:notes"]
    assert "32,767" in str(caught.value.problems[0]) and not list(tmp_path.iterdir())


def test_folder_with_other_files_is_never_replaced(tmp_path: Path) -> None:
    (tmp_path / "precious.docx").write_text("do not delete")
    with pytest.raises(ParkError) as caught:
        write_workbook(read_workbook(VALID_PARK), tmp_path)
    assert "holds other files" in str(caught.value)
    assert (tmp_path / "precious.docx").exists()


def test_non_finite_number_is_not_written(tmp_path: Path) -> None:
    park = read_workbook(VALID_PARK)
    park.streams["S1"].amount = float("nan")
    with pytest.raises(ParkError) as caught:
        write_workbook(park, tmp_path / "p.xlsx")
    assert str(caught.value.problems[0]).startswith("streams:2:amount: ")
    assert not (tmp_path / "p.xlsx").exists()


def test_written_files_get_normal_permissions(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        write_workbook(read_workbook(VALID_PARK), tmp_path / "p.xlsx")
        write_workbook(read_workbook(VALID_PARK), tmp_path / "p")
    finally:
        os.umask(umask)
    assert (tmp_path / "p.xlsx").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "p").stat().st_mode & 0o777 == 0o755


def test_csv_export_cannot_inject_formulas(tmp_path: Path) -> None:
    park = read_workbook(VALID_PARK)
    park.enterprises["E1"].name = '=HYPERLINK("http://evil.example","click")'
    park.enterprises["E2"].notes = "@SUM(1+1)"
    park.enterprises["E3"].sector = "'quoted"
    park.streams["S1"].name = "-2+3"
    write_workbook(park, tmp_path / "p")
    text = (tmp_path / "p" / "enterprises.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and "'@SUM" in text and "''quoted" in text
    assert "'-2+3" in (tmp_path / "p" / "streams.csv").read_text(encoding="utf-8-sig")
    assert read_workbook(tmp_path / "p") == park
