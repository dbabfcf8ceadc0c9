"""What real users send: other encodings and delimiters, Excel quirks, hostile files."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from workbook_helpers import (
    as_excel_saves_it,
    load_tables,
    problem_lines,
    rewrite_part,
    set_cell,
    sheet_part,
    write_csv_folder,
    write_tables,
    write_xlsx,
)

from parkflow.model.entities import Medium
from parkflow.model.problems import ParkError
from parkflow.model.workbook import check_workbook, limits, read_workbook, xlsx_guard


def _errors(path: Path) -> list[str]:
    with pytest.raises(ParkError) as caught:
        read_workbook(path)
    return problem_lines(caught.value)


def test_valid_fixture_reads_in_both_formats(tmp_path: Path) -> None:
    from_csv = read_workbook(write_tables(load_tables(), tmp_path, "csv"))
    from_xlsx = read_workbook(write_tables(load_tables(), tmp_path, "xlsx"))
    assert from_csv == from_xlsx
    assert from_csv.enterprises["E1"].name == "嘉化能源 Jiahua Energy"
    assert from_csv.streams["K2"].unit == "m3/h"
    assert from_csv.links_declared and len(from_csv.links) == 5
    assert from_csv.converters["T1"].ratio == 0.15


def test_gbk_csv_is_read_correctly(tmp_path: Path) -> None:
    folder = write_csv_folder(load_tables(), tmp_path / "gbk", encoding="gbk")
    park, problems = check_workbook(folder)
    assert park is not None, problems
    assert park.name == "测试园区 Test park"
    assert park.streams["S1"].name == "中压蒸汽 MP steam"
    assert not [problem for problem in problems if problem.severity == "error"]


def test_gb18030_csv_is_read_correctly(tmp_path: Path) -> None:
    tables = load_tables()
    set_cell(tables, "enterprises", "E2", "name", "镇洋化工 𠀀")  # a character beyond GBK
    folder = write_csv_folder(tables, tmp_path / "gb18030", encoding="gb18030")
    assert read_workbook(folder).enterprises["E2"].name == "镇洋化工 𠀀"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_unicode_csv_with_byte_order_mark(tmp_path: Path, encoding: str) -> None:
    folder = write_csv_folder(load_tables(), tmp_path / "bom", encoding=encoding)
    assert read_workbook(folder).enterprises["E3"].name == "港区污水厂 Port wastewater plant"


def test_unsure_encoding_says_to_save_as_utf8(tmp_path: Path) -> None:
    folder = write_csv_folder(load_tables(), tmp_path / "park")
    (folder / "enterprises.csv").write_bytes("id,name\nE1,Café Müller Gießerei\nE2,Ça va\n".encode("cp1252"))
    lines = _errors(folder)
    line = next(line for line in lines if line.startswith("enterprises.csv: "))
    assert "CSV UTF-8" in line


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_other_delimiters_are_sniffed(tmp_path: Path, delimiter: str) -> None:
    folder = write_csv_folder(load_tables(), tmp_path / "park", delimiter=delimiter)
    park = read_workbook(folder)
    assert park.streams["S1"].amount == 20.0
    assert park.links["L1"].capacity == 15.0


def test_excel_sep_line_is_honoured_and_rows_stay_right(tmp_path: Path) -> None:
    tables = load_tables()
    set_cell(tables, "streams", "K1", "amount", "abc")
    folder = write_csv_folder(tables, tmp_path / "park", delimiter=";")
    path = folder / "streams.csv"
    path.write_text("sep=;\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    lines = _errors(folder)
    # the sep= line is line 1, so the header is line 2 and K1 (second data row) line 4
    assert any(line.startswith("streams:4:amount: ") for line in lines), lines


def test_csv_line_numbers_count_quoted_newlines(tmp_path: Path) -> None:
    tables = load_tables()
    set_cell(tables, "enterprises", "E1", "notes", "first line\nsecond line")
    set_cell(tables, "enterprises", "E2", "x_km", "far")
    lines = _errors(write_csv_folder(tables, tmp_path / "park"))
    # E1's record spans lines 2-3, so E2 starts on line 4
    assert any(line.startswith("enterprises:4:x_km: ") for line in lines), lines


def test_spaces_in_headers_and_ids_are_stripped(tmp_path: Path) -> None:
    tables = load_tables()
    columns, rows = tables["streams"]
    columns[columns.index("amount")] = " amount "
    for row in rows:
        row[" amount "] = row.pop("amount")
        row["id"] = f"  {row['id']} "
        row["enterprise"] = f"{row['enterprise']}  "
    park = read_workbook(write_csv_folder(tables, tmp_path / "park"))
    assert set(park.streams) >= {"S1", "K1"}
    assert park.streams["S1"].enterprise == "E1"
    assert park.streams["S1"].amount == 20.0


def test_excel_integer_ids_are_text_without_decimal_point(tmp_path: Path) -> None:
    tables = load_tables()
    for row in tables["enterprises"][1]:
        row["id"] = {"E1": "1", "E2": "2", "E3": "3"}[row["id"]]
    for row in tables["streams"][1]:
        row["enterprise"] = row["enterprise"][1:]
    tables["converters"][1][0]["enterprise"] = "3"
    path = write_xlsx(tables, tmp_path / "ids.xlsx")
    worksheet = openpyxl.load_workbook(path)["enterprises"]
    assert isinstance(worksheet["A2"].value, int)  # Excel stores them as numbers
    park = read_workbook(path)
    assert set(park.enterprises) == {"1", "2", "3"}
    assert park.streams["S1"].enterprise == "1"


def test_float_integer_ids_lose_their_decimal_point(tmp_path: Path) -> None:
    workbook_file = openpyxl.Workbook()
    workbook_file.active.title = "enterprises"
    workbook_file.active.append(["id", "name"])
    workbook_file.active.append([1.0, "one"])
    workbook_file.active.append([2.5, "two and a half"])
    path = tmp_path / "floats.xlsx"
    workbook_file.save(path)
    assert set(read_workbook(path).enterprises) == {"1", "2.5"}


def _with_formula(tmp_path: Path, cached: str | None) -> Path:
    tables = load_tables()
    path = write_xlsx(tables, tmp_path / "formula.xlsx")
    book = openpyxl.load_workbook(path)
    book["streams"]["F2"] = "=10+10"  # S1 amount
    book.save(path)
    if cached is None:
        return path
    # Add the cached value Excel would have stored when saving.
    patched = tmp_path / "cached.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(patched, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if re.search(rb"<f>10\+10</f>", data):
                data = re.sub(rb"<f>10\+10</f><v\s*/>", b"<f>10+10</f><v>" + cached.encode() + b"</v>", data)
                data = re.sub(rb"<f>10\+10</f>(?!<v>)", b"<f>10+10</f><v>" + cached.encode() + b"</v>", data)
            target.writestr(item, data)
    return patched


def test_formula_without_cached_value_says_open_and_save(tmp_path: Path) -> None:
    lines = _errors(_with_formula(tmp_path, None))
    line = next(line for line in lines if line.startswith("streams:2:amount: "))
    assert "=10+10" in line and "save" in line and "type the value" in line


def test_formula_cached_value_is_used(tmp_path: Path) -> None:
    park = read_workbook(_with_formula(tmp_path, "20"))
    assert park.streams["S1"].amount == 20.0


def test_excel_error_value_is_a_problem(tmp_path: Path) -> None:
    path = write_xlsx(load_tables(), tmp_path / "park.xlsx")
    broken = rewrite_part(
        path,
        tmp_path / "error.xlsx",
        sheet_part(path, "streams"),
        lambda data: re.sub(rb'<c r="F2"[^>]*><v>20</v></c>', b'<c r="F2" t="e"><v>#DIV/0!</v></c>', data),
    )
    lines = _errors(broken)
    assert any(line.startswith("streams:2:amount: ") and "#DIV/0!" in line for line in lines), lines


def test_chinese_medium_names_are_accepted(tmp_path: Path) -> None:
    tables = load_tables()
    set_cell(tables, "streams", "S2", "medium", "水")
    set_cell(tables, "streams", "S1", "medium", "Steam")
    park = read_workbook(write_csv_folder(tables, tmp_path / "park"))
    assert park.streams["S2"].medium is Medium.WATER
    assert park.streams["S1"].medium is Medium.STEAM


def test_no_links_sheet_means_links_not_declared(tmp_path: Path) -> None:
    tables = load_tables()
    del tables["links"]
    tables["converters"] = (tables["converters"][0], [])
    set_cell(tables, "streams", "K3", "utility", "U_STEAM")
    park = read_workbook(write_csv_folder(tables, tmp_path / "park"))
    assert park.links_declared is False and park.links == {}


def test_links_sheet_with_header_only_declares_no_links(tmp_path: Path) -> None:
    tables = load_tables()
    tables["links"] = (tables["links"][0], [])
    tables["converters"] = (tables["converters"][0], [])
    set_cell(tables, "streams", "K3", "utility", "U_STEAM")
    park, problems = check_workbook(write_csv_folder(tables, tmp_path / "park"))
    assert park is not None, problems
    assert park.links_declared is True and park.links == {}


def test_missing_column_and_blank_cell_take_the_default(tmp_path: Path) -> None:
    tables = load_tables()
    columns, rows = tables["links"]
    columns.remove("status")
    for row in rows:
        row.pop("status")
        row["current_flow"] = ""
    park = read_workbook(write_csv_folder(tables, tmp_path / "park"))
    assert all(link.status.value == "candidate" for link in park.links.values())
    assert park.links["L1"].current_flow is None


def test_empty_or_hidden_unknown_sheets_are_warnings(tmp_path: Path) -> None:
    path = write_xlsx(load_tables(), tmp_path / "park.xlsx")
    book = openpyxl.load_workbook(path)
    book.create_sheet("Sheet1")
    lists = book.create_sheet("lists")
    lists.append(["steam", "water"])
    lists.sheet_state = "hidden"
    book.save(path)
    park, problems = check_workbook(path)
    assert park is not None
    assert {problem.sheet for problem in problems if problem.severity == "warning"} >= {"Sheet1", "lists"}


def test_date_in_a_number_column_is_a_problem(tmp_path: Path) -> None:
    import datetime

    path = write_xlsx(load_tables(), tmp_path / "park.xlsx")
    book = openpyxl.load_workbook(path)
    book["streams"]["F2"] = datetime.datetime(2024, 5, 1)
    book.save(path)
    lines = _errors(path)
    assert any(line.startswith("streams:2:amount: ") and "date" in line for line in lines), lines


# -- hostile or broken files ---------------------------------------------------
def test_not_a_zip_file(tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_text("id,name\nE1,x\n", encoding="utf-8")
    lines = _errors(path)
    assert lines and lines[0].startswith("file fake.xlsx: ") and "not an Excel .xlsx workbook" in lines[0]


def test_old_xls_or_encrypted_file(tmp_path: Path) -> None:
    path = tmp_path / "old.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    lines = _errors(path)
    assert "save it as .xlsx without a password" in lines[0]


def test_dtd_in_a_sheet_is_refused(tmp_path: Path) -> None:
    path = write_xlsx(load_tables(), tmp_path / "park.xlsx")
    bomb = b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
    hostile = rewrite_part(
        path,
        tmp_path / "hostile.xlsx",
        sheet_part(path, "streams"),
        lambda data: bomb + (data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data),
    )
    lines = _errors(hostile)
    assert any("DTD" in line for line in lines), lines


def test_zip_bomb_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_xlsx(load_tables(), tmp_path / "park.xlsx")
    monkeypatch.setattr(xlsx_guard, "MAX_XLSX_UNPACKED_BYTES", 1000)
    lines = _errors(path)
    assert any("MiB" in line for line in lines), lines


def test_binary_csv_is_refused(tmp_path: Path) -> None:
    folder = write_csv_folder(load_tables(), tmp_path / "park")
    (folder / "streams.csv").write_bytes(b"id,amount\n\x00\x01\x02binary")
    lines = _errors(folder)
    assert any(line.startswith("streams.csv: ") and "binary" in line for line in lines), lines


def test_missing_input_is_a_problem(tmp_path: Path) -> None:
    lines = _errors(tmp_path / "nothing.xlsx")
    assert lines == [f"file {tmp_path / 'nothing.xlsx'}: no such file or folder"]


def test_folder_without_csv_files(tmp_path: Path) -> None:
    (tmp_path / "readme.txt").write_text("hello")
    lines = _errors(tmp_path)
    assert "holds no <sheet>.csv files" in lines[0]


def test_formula_with_an_error_result_reports_the_error(tmp_path: Path) -> None:
    """python-calamine gives both as blank cells; the error must win over "no saved value"."""
    path = write_xlsx(load_tables(), tmp_path / "park.xlsx")
    broken = rewrite_part(
        path,
        tmp_path / "error.xlsx",
        sheet_part(path, "streams"),
        lambda data: re.sub(
            rb'<c r="F2"[^>]*><v>20</v></c>', b'<c r="F2" t="e"><f>1/0</f><v>#DIV/0!</v></c>', data
        ),
    )
    lines = [line for line in _errors(broken) if line.startswith("streams:2:amount: ")]
    assert len(lines) == 1 and "#DIV/0!" in lines[0] and "no saved value" not in lines[0], lines


def test_one_cell_far_down_is_refused_before_it_is_read(tmp_path: Path) -> None:
    """A sheet is read as a dense rectangle: one cell in IV1000000 would cost gigabytes."""
    path = write_xlsx(load_tables(), tmp_path / "park.xlsx")
    hostile = rewrite_part(
        path,
        tmp_path / "far.xlsx",
        sheet_part(path, "streams"),
        lambda data: data.replace(
            b"</sheetData>", b'<row r="1000000"><c r="IV1000000"><v>1</v></c></row></sheetData>'
        ),
    )
    lines = _errors(hostile)
    assert any("more than 10,000,000 cells" in line for line in lines), lines


def test_workbook_with_shared_strings_reads_like_the_csv(tmp_path: Path) -> None:
    excel = as_excel_saves_it(write_xlsx(load_tables(), tmp_path / "park.xlsx"), tmp_path / "excel.xlsx")
    from_excel = read_workbook(excel)
    assert from_excel == read_workbook(write_tables(load_tables(), tmp_path, "csv"))


def test_cell_far_to_the_right_is_refused_not_read(tmp_path: Path) -> None:
    path = write_xlsx(load_tables(), tmp_path / "park.xlsx")
    book = openpyxl.load_workbook(path)
    book["streams"]["XFD5"] = 1
    book.save(path)
    lines = _errors(path)
    assert any("XFD5" in line and "delete the columns" in line for line in lines), lines


def test_csv_row_with_too_many_fields_is_refused(tmp_path: Path) -> None:
    folder = write_csv_folder(load_tables(), tmp_path / "park")
    with (folder / "enterprises.csv").open("a", encoding="utf-8") as handle:
        handle.write("E4" + ",x" * 400 + "\n")
    lines = _errors(folder)
    assert any(line.startswith("enterprises:5: ") and "far to the right" in line for line in lines), lines


def test_trailing_empty_csv_fields_are_ignored(tmp_path: Path) -> None:
    folder = write_csv_folder(load_tables(), tmp_path / "park", delimiter=";")
    path = folder / "enterprises.csv"
    path.write_text(
        "\n".join(line + ";;;;;;" for line in path.read_text(encoding="utf-8").splitlines()) + "\n",
        encoding="utf-8",
    )
    assert len(read_workbook(folder).enterprises) == 3


def test_workbook_without_any_park_sheet(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Sheet1"
    path = tmp_path / "empty.xlsx"
    book.save(path)
    lines = _errors(path)
    assert any(line.startswith("file ") and "not a park workbook" in line for line in lines), lines


def test_sheet_without_id_column_gives_no_echo_problems(tmp_path: Path) -> None:
    tables = load_tables()
    columns, rows = tables["streams"]
    columns[0] = "ID"
    for row in rows:
        row["ID"] = row.pop("id")
    lines = _errors(write_csv_folder(tables, tmp_path / "park"))
    assert [line.split(": ")[0] for line in lines] == ["streams:1:ID", "streams:1:id"], lines
    assert "did you mean 'id'?" in lines[0]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_sheet_with_too_many_cells_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    path = write_tables(load_tables(), tmp_path, kind)
    monkeypatch.setattr(limits, "MAX_READ_CELLS", 50)
    lines = _errors(path)
    assert any("more than 50 cells" in line for line in lines), lines


def test_namespace_prefixed_sheet_is_read_by_the_careful_parser(tmp_path: Path) -> None:
    """Some generators write ``<x:c>`` instead of ``<c>``; the fast path steps aside."""
    path = write_xlsx(load_tables(), tmp_path / "park.xlsx")

    def prefix(data: bytes) -> bytes:
        data = re.sub(rb"<(/?)(?!\?)(\w+)([\s/>])", rb"<\1x:\2\3", data)
        return data.replace(b'<x:worksheet xmlns="', b'<x:worksheet xmlns:x="')

    prefixed = rewrite_part(path, tmp_path / "prefixed.xlsx", sheet_part(path, "streams"), prefix)
    with zipfile.ZipFile(prefixed) as archive:
        assert b"<x:c " in archive.read(sheet_part(path, "streams"))
    assert read_workbook(prefixed) == read_workbook(path)


def test_cut_off_utf8_file_is_refused_not_misread_as_gbk(tmp_path: Path) -> None:
    folder = write_csv_folder(load_tables(), tmp_path / "park")
    path = folder / "enterprises.csv"
    data = path.read_bytes()
    cut = data.index("嘉".encode()) + 1  # inside the first Chinese character
    path.write_bytes(data[:cut])
    lines = _errors(folder)
    assert any(line.startswith("enterprises.csv: ") and "damaged" in line for line in lines), lines


def test_utf8_damaged_in_the_middle_is_refused(tmp_path: Path) -> None:
    folder = write_csv_folder(load_tables(), tmp_path / "park")
    path = folder / "streams.csv"
    data = path.read_bytes()
    position = data.index("低压".encode())
    path.write_bytes(data[:position] + b"\xff" + data[position:])
    lines = _errors(folder)
    assert any(line.startswith("streams.csv: ") and "damaged at byte" in line for line in lines), lines


@pytest.mark.parametrize("name", ["嘉化能源", "茅台化工", "镇海炼化", "浙江新安化工集团股份有限公司"])
def test_gbk_names_that_start_like_utf8_are_still_gbk(tmp_path: Path, name: str) -> None:
    tables = load_tables()
    set_cell(tables, "enterprises", "E1", "name", name)
    folder = write_csv_folder(tables, tmp_path / "park", encoding="gbk")
    assert read_workbook(folder).enterprises["E1"].name == name
