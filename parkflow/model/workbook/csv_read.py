"""Reading a park workbook folder of ``<sheet>.csv`` files.

Reading accepts UTF-8 (with or without the mark), UTF-16 with a mark, and
GB18030 (a superset of GBK and GB2312, the usual encoding of Chinese office
CSVs); other encodings are accepted when charset-normalizer is sure of them.
ParkFlow writes text that a spreadsheet would run as a formula behind an
apostrophe (:mod:`parkflow.model.workbook.write`); the cell conversion drops
it again.
"""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

from parkflow.model.problems import Problem
from parkflow.model.workbook import limits
from parkflow.model.workbook.layout import WORKBOOK_SHEETS, RawSheet, file_problem, suggest

#: Refuse CSV files larger than this (a park's largest sheet, 100,000 stream
#: rows, is about 10 MB).
MAX_CSV_BYTES = 1 << 30
_GB_ENCODINGS = frozenset({"gb2312", "gbk", "gb18030", "hz", "cp936"})


def _header_looks_right(text: str) -> bool:
    """True when the first line holds an expected (ASCII) column name."""
    first = text.lstrip("\ufeff").split("\n", 1)[0].lower()
    if first.startswith("sep="):
        first = text.split("\n", 2)[1].lower() if text.count("\n") >= 1 else ""
    return any(name in first for name in ("id", "key", "value"))


def decode_csv_bytes(data: bytes, label: str) -> tuple[str | None, list[Problem]]:
    """Decode a CSV file's bytes; (text, problems) with text None when unsure.

    UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such; then
    GB18030 (which covers GBK and GB2312) when charset-normalizer also
    considers a Chinese encoding possible; then charset-normalizer's choice
    when it has one clear candidate.
    """
    save_hint = (
        f"cannot tell which text encoding {label} uses (it is not UTF-8); open it in Excel or WPS "
        "and save it as 'CSV UTF-8 (comma delimited)', then import it again"
    )
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8"), []
        except UnicodeDecodeError:
            return None, [Problem(save_hint, sheet=label)]
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff"), []
            except UnicodeDecodeError:
                return None, [Problem(save_hint, sheet=label)]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        # Valid UTF-8 text (with non-ASCII characters) up to the bad byte, or a
        # file cut off inside a character: a damaged UTF-8 file, not another
        # encoding.  Reading it as GB18030 would silently garble the names.
        # (Three non-ASCII characters that are valid UTF-8 by chance are rare in
        # GBK text: about one file in a thousand.)
        valid_prefix = data[: exc.start].decode("utf-8", errors="replace")
        if exc.reason == "unexpected end of data" or sum(char > "\x7f" for char in valid_prefix) >= 3:
            line = data.count(b"\n", 0, exc.start) + 1
            return None, [
                Problem(
                    f"{label} is UTF-8 but damaged at byte {exc.start} (line {line}): it may be cut off or "
                    "mix two encodings; open it in Excel or WPS and save it again as 'CSV UTF-8 (comma delimited)'",
                    sheet=label,
                )
            ]
    import charset_normalizer

    candidates = [match for match in charset_normalizer.from_bytes(data) if _header_looks_right(str(match))]
    try:
        gb_text: str | None = data.decode("gb18030")
    except UnicodeDecodeError:
        gb_text = None
    if gb_text is not None and (
        not candidates or any(match.encoding in _GB_ENCODINGS for match in candidates)
    ):
        return gb_text, []
    if not candidates:
        return None, [Problem(save_hint, sheet=label)]
    lowest = min(match.chaos for match in candidates)
    best = [match for match in candidates if match.chaos <= lowest + 0.05]
    texts = {str(match) for match in best}
    if len(texts) > 1:
        return None, [Problem(save_hint, sheet=label)]
    chosen = best[0]
    return str(chosen), [
        Problem(
            f"read as {chosen.encoding}, not UTF-8; if names look wrong, save the file as "
            "'CSV UTF-8 (comma delimited)' and import it again",
            sheet=label,
            severity="warning",
        )
    ]


def sniff_delimiter(line: str) -> str:
    counts = {delimiter: line.count(delimiter) for delimiter in (",", ";", "\t", "|")}
    best = max(counts, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


def read_csv_sheet(path: Path, sheet_name: str) -> tuple[RawSheet | None, list[Problem]]:
    """One ``<sheet>.csv`` file as a :class:`RawSheet` (row = line number)."""
    label = path.name
    try:
        size = path.stat().st_size
        if size > MAX_CSV_BYTES:
            return None, [
                Problem(
                    f"{label} is {size / 2**20:.0f} MiB, more than the {MAX_CSV_BYTES / 2**20:.0f} MiB "
                    "ParkFlow accepts for one sheet",
                    sheet=label,
                )
            ]
        data = path.read_bytes()
    except OSError as exc:
        return None, [Problem(f"cannot read {label} ({exc.strerror or exc})", sheet=label)]
    unicode_boms = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
    if b"\x00" in data[:4096] and not data.startswith(unicode_boms):
        return None, [
            Problem(
                f"{label} is not a text CSV file (it holds binary data); save the sheet from "
                "Excel or WPS as 'CSV UTF-8 (comma delimited)'",
                sheet=label,
            )
        ]
    text, problems = decode_csv_bytes(data, label)
    if text is None:
        return None, problems
    first_line_end = text.find("\n")
    first_line = text if first_line_end < 0 else text[:first_line_end]
    line_offset = 0
    if first_line.strip().lower().startswith("sep=") and len(first_line.strip()) == 5:
        delimiter = first_line.strip()[4]
        text = text[first_line_end + 1 :] if first_line_end >= 0 else ""
        line_offset = 1
    else:
        header_line = next((line for line in text.splitlines() if line.strip()), "")
        delimiter = sniff_delimiter(header_line)
    sheet = RawSheet(name=sheet_name, from_csv=True)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    previous_line = 0
    cell_count = 0
    try:
        for record in reader:
            start_line = previous_line + 1 + line_offset
            previous_line = reader.line_num
            while record and not record[-1].strip():
                record.pop()  # trailing empty cells (";;;;" from Excel); a blank line ends empty
            if not record:
                continue
            cell_count += len(record)
            if cell_count > limits.MAX_READ_CELLS:
                problems.append(Problem(limits.too_many_cells_message(), sheet=sheet_name, row=start_line))
                return None, problems
            if len(record) > limits.MAX_READ_COLUMNS:
                problems.append(
                    Problem(
                        limits.far_cell_message(len(record) - 1, start_line), sheet=sheet_name, row=start_line
                    )
                )
                return None, problems
            sheet.rows.append((start_line, record))
    except csv.Error as exc:
        problems.append(
            Problem(
                f"cannot read line {previous_line + 1 + line_offset}: {exc}; check quotes and that the "
                "file is plain text",
                sheet=sheet_name,
                row=previous_line + 1 + line_offset,
            )
        )
        return None, problems
    return sheet, problems


def read_csv_folder(path: Path) -> tuple[list[RawSheet], list[Problem]]:
    problems: list[Problem] = []
    sheets: list[RawSheet] = []
    try:
        entries = sorted(path.iterdir())
    except OSError as exc:
        return [], [file_problem(path, f"cannot list the folder ({exc.strerror or exc})")]
    csv_files = [
        entry
        for entry in entries
        if entry.is_file() and entry.suffix.lower() == ".csv" and not entry.name.startswith((".", "~$"))
    ]
    for entry in entries:  # a folder named like a sheet would be skipped silently, and the sheet missed
        if entry.is_dir() and entry.suffix.lower() == ".csv" and not entry.name.startswith((".", "~$")):
            problems.append(
                Problem(
                    f"{entry.name} is a folder, not a CSV file; ParkFlow reads the sheet "
                    f"{entry.stem!r} from a file of that name: move the folder away or replace "
                    "it with the CSV file",
                    sheet=entry.name,
                )
            )
    if not csv_files:
        return [], [
            file_problem(
                path,
                "the folder holds no <sheet>.csv files; a park workbook folder has "
                f"{', '.join(name + '.csv' for name in WORKBOOK_SHEETS)} (links.csv, converters.csv, periods.csv, "
                "profiles.csv and storages.csv optional)",
            )
        ]
    for entry in csv_files:
        name = entry.stem.strip()
        if name not in WORKBOOK_SHEETS:
            problems.append(
                Problem(
                    f"unknown file {entry.name!r}{suggest(name, WORKBOOK_SHEETS)}: a park workbook folder holds "
                    f"only {', '.join(s + '.csv' for s in WORKBOOK_SHEETS)}; rename or remove it",
                    sheet=entry.name,
                )
            )
            continue
        sheet, sheet_problems = read_csv_sheet(entry, name)
        problems.extend(sheet_problems)
        if sheet is not None:
            sheets.append(sheet)
        else:
            sheets.append(RawSheet(name=name, unreadable=True))
    return sheets, problems
