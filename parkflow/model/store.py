"""The scenario file ``*.parkflow``: one park, its factor overrides and last results.

A scenario file is one SQLite database (tables in
:mod:`parkflow.model.store_schema`, declared with SQLModel).  This module
opens and saves it:

* **Open** reads the whole file into memory first and works on that copy
  (SQLite's ``deserialize``), so opening never changes the file: not an old
  one that needs a migration, not a newer one that is refused, not a corrupt
  one.  The header is checked before SQLite sees the bytes (empty,
  not SQLite, truncated, not ParkFlow), then ``PRAGMA quick_check``, then the
  schema version.
* **Save** builds the new database in memory, writes its bytes to a
  temporary file in the destination's folder, ``fsync``\\ s it and renames it
  over the destination with :func:`os.replace`, then ``fsync``\\ s the folder.
  A crash or kill at any moment leaves either the old file or the new one,
  both complete.  A temporary file left by a killed save is removed by the
  next save into that folder.
* Rows are written and read in bulk through the DB-API (``executemany``),
  which keeps a 1,000-enterprise park with 50,000 links well under a
  second each way (``benchmarks/bench_io.py``).

Every failure a user can cause raises :class:`ScenarioFileError` with a
message that names the file, says what is wrong and what to do.
"""

from __future__ import annotations

import contextlib
import gc
import json
import math
import os
import secrets
import sqlite3
import stat
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Enum
from operator import attrgetter
from pathlib import Path
from typing import Any

from parkflow import __version__
from parkflow.model.columns import enum_columns
from parkflow.model.entities import (
    KIND_BY_SHEET,
    ElectricityTceBasis,
    Park,
    profile_key,
)
from parkflow.model.fileio import fsync_directory, is_stream_target, replace_target, write_through
from parkflow.model.problems import Problem, ScenarioFileError
from parkflow.model.site_plan import SitePlan
from parkflow.model.store_migrations import migrate
from parkflow.model.store_schema import (
    APPLICATION_ID,
    APPLICATION_NAME,
    ENTITY_TABLES,
    SCHEMA_VERSION,
    TIME_TABLES,
    ParkRow,
    ScenarioTable,
    column_names,
    current_ddl,
)

__all__ = [
    "SCHEMA_VERSION",
    "Scenario",
    "ScenarioFileError",
    "open_scenario",
    "probe_scenario",
    "save_scenario",
]

#: First 16 bytes of every SQLite 3 database file.
SQLITE_MAGIC = b"SQLite format 3\x00"
#: Size of the SQLite database header, bytes.
HEADER_SIZE = 100
#: ``meta`` keys the store writes itself; other keys are the caller's metadata.
RESERVED_META_KEYS = frozenset({"application", "schema_version", "app_version", "saved_at"})
#: Suffix of the temporary files a save writes before renaming them into place.
TEMP_SUFFIX = ".parkflow-tmp"
#: A temporary file of a save is stale (its writer died) after this long even
#: when its process id is alive again (reused), seconds.
STALE_TEMP_AGE_S = 24 * 3600.0

#: Text columns that a schema migration adds as NULL, read back as blank text.
_TEXT_COLUMNS_ADDED_LATER: dict[str, tuple[str, ...]] = {
    "streams": ("factor",),
    "converters": ("residue", "aux"),
}

#: Optional text columns of the newer tables that a blank cell may leave NULL.
_BLANK_TEXT_COLUMNS: dict[str, tuple[str, ...]] = {
    "periods": ("name", "cycle"),
}

#: The park-row columns that hold Park attributes (all but ``id``).
_PARK_COLUMNS: tuple[str, ...] = tuple(name for name in column_names(ParkRow) if name != "id")


@dataclass
class Scenario:
    """One opened scenario file.

    Attributes
    ----------
    park:
        The park, already migrated to the current model.
    results:
        The last optimization result document (JSON-serialisable, the shape
        of ``parkflow optimize --json`` plus extras), or None.
    saved_at:
        When the file was saved, ISO 8601 in UTC (``2026-11-22T03:00:00Z``).
    app_version:
        The ParkFlow version that wrote the file.
    schema_version:
        The schema version the file has *on disk*; lower than
        :data:`SCHEMA_VERSION` when it was migrated while opening.
    metadata:
        Extra ``meta`` entries a caller stored with ``save_scenario(...,
        metadata=...)``.
    """

    park: Park
    results: dict[str, Any] | None = None
    saved_at: str | None = None
    app_version: str = __version__
    schema_version: int = SCHEMA_VERSION
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def migrated(self) -> bool:
        """True when the file had an older schema and was upgraded in memory."""
        return self.schema_version < SCHEMA_VERSION


# ---------------------------------------------------------------------------
# errors
# ---------------------------------------------------------------------------


def _refuse(path: Path, message: str) -> ScenarioFileError:
    """A ScenarioFileError whose single problem names the file (``file <path>: message``)."""
    return ScenarioFileError(Problem(message, kind="file", entity_id=str(path)))


def _describe_os_error(error: OSError) -> str:
    reason = error.strerror or type(error).__name__
    return reason[0].lower() + reason[1:] if reason else "cannot be accessed"


# ---------------------------------------------------------------------------
# opening
# ---------------------------------------------------------------------------


def _read_bytes(path: Path) -> bytes:
    """The whole file, or ScenarioFileError when it cannot be read."""
    if not path.exists():
        if path.is_symlink():
            raise _refuse(path, "the link points to a file that does not exist")
        raise _refuse(path, "no such file; check the name and folder")
    if path.is_dir():
        raise _refuse(
            path,
            "is a folder, not a scenario file (a folder of <sheet>.csv files is read with 'parkflow import')",
        )
    try:
        with path.open("rb") as handle:
            return handle.read()
    except OSError as error:
        raise _refuse(path, f"cannot be read ({_describe_os_error(error)})") from None


def _check_header(path: Path, data: bytes) -> None:
    """Refuse empty, non-SQLite and truncated files from their first 100 bytes."""
    if not data:
        raise _refuse(
            path, "is empty (0 bytes): not a ParkFlow scenario file; it may have been cut off while copying"
        )
    if not data.startswith(SQLITE_MAGIC[: min(len(data), len(SQLITE_MAGIC))]) or len(data) < len(
        SQLITE_MAGIC
    ):
        hint = ""
        if data.startswith(b"PK\x03\x04"):
            hint = "; it looks like an .xlsx workbook: read it with 'parkflow import' or rename it to .xlsx"
        elif data.lstrip()[:1] in (b"{", b"["):
            hint = "; it looks like a JSON document"
        raise _refuse(path, f"is not a ParkFlow scenario file (not an SQLite database){hint}")
    if len(data) < HEADER_SIZE:
        raise _refuse(
            path, f"is truncated: {len(data)} bytes, shorter than an SQLite header; restore it from a backup"
        )
    page_size = int.from_bytes(data[16:18], "big")
    if page_size == 1:
        page_size = 65536
    if page_size < 512 or page_size & (page_size - 1):
        raise _refuse(path, f"is corrupt: its header gives an impossible page size ({page_size})")
    change_counter = int.from_bytes(data[24:28], "big")
    header_pages = int.from_bytes(data[28:32], "big")
    version_valid_for = int.from_bytes(data[92:96], "big")
    if header_pages and change_counter == version_valid_for:
        expected = header_pages * page_size
        if len(data) < expected:
            raise _refuse(
                path,
                f"is truncated: it has {len(data):,} bytes but its header says {expected:,}; "
                "restore it from a backup",
            )
    elif len(data) % page_size:
        raise _refuse(
            path,
            f"is truncated or corrupt: {len(data):,} bytes is not a whole number of {page_size}-byte pages",
        )


def _side_file_size(path: Path, suffix: str) -> int:
    try:
        return path.with_name(path.name + suffix).stat().st_size
    except OSError:
        return 0


def _check_side_files(path: Path, data: bytes) -> bytes:
    """Refuse a file another SQLite program is in the middle of changing.

    ParkFlow itself never leaves a journal next to a scenario file (it writes
    whole files and renames them).  A ``-journal`` or a non-empty ``-wal``
    file means another program (the sqlite3 shell, a database browser) has
    changes that are not in the main file yet.  A file merely left in WAL
    mode is read as it is.
    """
    if _side_file_size(path, "-journal") > 0:
        raise _refuse(
            path,
            f"is being changed by another program (there is a {path.name}-journal file); close that "
            "program, or open the file once with it so it can finish or undo its change, then try again",
        )
    if data[18:20] == b"\x02\x02":
        if _side_file_size(path, "-wal") > 0:
            raise _refuse(
                path,
                f"has changes waiting in {path.name}-wal, written by another SQLite program; close that "
                "program so it writes them into the file, then try again",
            )
        data = data[:18] + b"\x01\x01" + data[20:]  # read the WAL-mode file as a plain one
    return data


#: Seconds any scenario file may take to read, plus one per MB of file: a crafted file (a view over
#: an endless recursive query) is refused in seconds, a 20,000-enterprise park opens well within it.
READ_BUDGET_S = 10.0
#: SQLite virtual-machine steps between two looks at the clock.
_BUDGET_STEPS = 20_000


class _ReadBudget:
    """A deadline for every query on one connection (``set_progress_handler``)."""

    def __init__(self, data_size: int) -> None:
        self.seconds = READ_BUDGET_S + data_size / 1e6
        self.deadline = time.monotonic() + self.seconds
        self.exceeded = False

    def __call__(self) -> int:
        if time.monotonic() > self.deadline:
            self.exceeded = True
            return 1  # SQLite stops the statement ("interrupted")
        return 0


_BUDGETS: dict[int, _ReadBudget] = {}


def _connect_in_memory(path: Path, data: bytes) -> sqlite3.Connection:
    """An in-memory SQLite database holding a copy of ``data``, opened defensively.

    A scenario file may come from another enterprise: SQL functions in its
    schema are not trusted (``trusted_schema`` off), and every query has a
    time budget (:data:`READ_BUDGET_S`), so no file can make ParkFlow hang.
    """
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute("PRAGMA trusted_schema = OFF")
        connection.execute("PRAGMA cell_size_check = ON")
        connection.deserialize(data)
        connection.execute("PRAGMA trusted_schema = OFF")
    except sqlite3.DatabaseError as error:
        connection.close()
        raise _refuse(path, f"is corrupt ({error}); restore it from a backup") from None
    budget = _ReadBudget(len(data))
    connection.set_progress_handler(budget, _BUDGET_STEPS)
    _BUDGETS[id(connection)] = budget
    return connection


@contextlib.contextmanager
def _reading(path: Path, data: bytes) -> Iterator[sqlite3.Connection]:
    """A defensive in-memory connection to ``data``, closed afterwards.

    When a query ran out of its time budget, whatever error it caused
    becomes one refusal that says so.
    """
    connection = _connect_in_memory(path, data)
    try:
        yield connection
    except (ScenarioFileError, sqlite3.DatabaseError):
        budget = _BUDGETS.get(id(connection))
        if budget is not None and budget.exceeded:
            raise _refuse(
                path,
                f"was refused: reading it took longer than {budget.seconds:.0f} s, which no "
                "scenario file saved by ParkFlow does; it may be crafted or damaged. Open the park "
                "from a file you trust",
            ) from None
        raise
    finally:
        _BUDGETS.pop(id(connection), None)
        connection.close()


def _check_schema_objects(path: Path, connection: sqlite3.Connection) -> None:
    """Refuse views, triggers and virtual tables before any other query (only sqlite_master is read)."""
    try:
        rows = connection.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        raise _refuse(path, f"is corrupt ({error}); restore it from a backup") from None
    for kind, name, sql in rows:
        text = str(sql or "").lstrip().upper()
        if kind in ("view", "trigger") or (kind == "table" and text.startswith("CREATE VIRTUAL")):
            what = "a virtual table" if kind == "table" else f"a {kind}"
            raise _refuse(
                path,
                f"is not a scenario file ParkFlow can trust: it holds {what} ({name!r}), which "
                "ParkFlow never writes; it may be crafted. Open the park from a file you trust",
            )


def _table_names(connection: sqlite3.Connection) -> set[str]:
    rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {str(row[0]) for row in rows}


def _read_meta(path: Path, connection: sqlite3.Connection) -> dict[str, str]:
    """The ``meta`` table after checking that this is a ParkFlow file at all."""
    _check_schema_objects(path, connection)
    try:
        application_id = int(connection.execute("PRAGMA application_id").fetchone()[0])
        tables = _table_names(connection)
        meta: dict[str, str] = {}
        if "meta" in tables:
            meta = {
                str(key): "" if value is None else str(value)
                for key, value in connection.execute("SELECT key, value FROM meta")
            }
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:  # a damaged table name is not UTF-8
        raise _refuse(path, f"is corrupt ({error}); restore it from a backup") from None
    ours = application_id == APPLICATION_ID or meta.get("application") == APPLICATION_NAME
    if not ours:
        found = ", ".join(sorted(tables)[:6]) or "no tables"
        raise _refuse(
            path,
            f"is an SQLite database but not a ParkFlow scenario file (it holds {found}); "
            "open a .parkflow file saved by ParkFlow, or import a park workbook with 'parkflow import'",
        )
    if "meta" not in tables or "schema_version" not in meta:
        raise _refuse(
            path, "is corrupt: a ParkFlow scenario file without its schema version; restore it from a backup"
        )
    return meta


def _schema_version(path: Path, meta: dict[str, str]) -> int:
    text = meta.get("schema_version", "")
    try:
        version = int(text)
    except ValueError:
        raise _refuse(path, f"is corrupt: schema version {text!r} is not a number") from None
    if version < 1:
        raise _refuse(path, f"is corrupt: schema version {version} does not exist")
    if version > SCHEMA_VERSION:
        writer = meta.get("app_version") or "a newer version"
        raise _refuse(
            path,
            f"was saved by ParkFlow {writer} in scenario format version {version}; this ParkFlow "
            f"({__version__}) reads format versions up to {SCHEMA_VERSION}. Update ParkFlow to open it "
            "(the file was not changed)",
        )
    return version


def _quick_check(path: Path, connection: sqlite3.Connection) -> None:
    try:
        rows = connection.execute("PRAGMA quick_check(5)").fetchall()
    except sqlite3.DatabaseError as error:
        raise _refuse(path, f"is corrupt ({error}); restore it from a backup") from None
    messages = [str(row[0]) for row in rows]
    if messages != ["ok"]:
        raise _refuse(
            path, f"is corrupt (SQLite integrity check: {'; '.join(messages)}); restore it from a backup"
        )


def _select(connection: sqlite3.Connection, table: str, columns: Sequence[str]) -> list[tuple[Any, ...]]:
    column_list = ", ".join(columns)
    return connection.execute(f"SELECT {column_list} FROM {table} ORDER BY rowid").fetchall()


def _check_column_types(path: Path, connection: sqlite3.Connection, table: str) -> None:
    """Refuse a value whose SQLite type does not fit its column (text where a number belongs).

    SQLite stores any type in any column, so another program or a damaged
    record can leave a blob or text in a number column; without this check
    it would reach the park as it is (found by tests/test_fuzz_scenario.py).
    """
    expected: dict[str, tuple[str, str]] = {}
    for _cid, column, declared, *_rest in connection.execute(f"PRAGMA table_info({table})"):
        declared = str(declared).upper()
        if "CHAR" in declared or "TEXT" in declared:
            expected[column] = ("'text'", "text")
        elif any(word in declared for word in ("FLOAT", "REAL", "NUM", "DOUBLE")):
            expected[column] = ("'real', 'integer'", "a number")
        elif "INT" in declared or "BOOL" in declared:
            expected[column] = ("'integer'", "a whole number")
    if not expected:
        return
    condition = " OR ".join(
        f"typeof(\"{column}\") NOT IN ({types}, 'null')" for column, (types, _) in expected.items()
    )
    columns = list(expected)
    selected = ", ".join(f'"{column}"' for column in columns)
    row = connection.execute(f"SELECT rowid, {selected} FROM {table} WHERE {condition} LIMIT 1").fetchone()
    if row is None:
        return
    for column, value in zip(columns, row[1:], strict=True):
        wanted = expected[column][1]
        fits = value is None or (
            isinstance(value, str)
            if wanted == "text"
            else isinstance(value, int)
            if wanted == "a whole number"
            else isinstance(value, (int, float))
        )
        if not fits:
            raise _refuse(
                path,
                f"is corrupt: {table} row {row[0]} has {column} {value!r} where {wanted} belongs; "
                "restore it from a backup",
            )


def _read_park(path: Path, connection: sqlite3.Connection) -> Park:
    """Build the Park from the (current-schema) tables."""
    for table in ("park", "factor_overrides", *ENTITY_TABLES, *TIME_TABLES):
        _check_column_types(path, connection, table)
    rows = _select(connection, "park", _PARK_COLUMNS)
    if len(rows) != 1:
        raise _refuse(path, f"is corrupt: the park table has {len(rows)} rows instead of 1")
    park = Park()
    for column, value in zip(_PARK_COLUMNS, rows[0], strict=True):
        if column == "links_declared":
            value = bool(value)
        elif column == "electricity_tce_basis":
            if value is None:
                continue
            try:
                value = ElectricityTceBasis(value)
            except ValueError:
                raise _refuse(
                    path, f"is corrupt: the park's electricity_tce_basis {value!r} is not one ParkFlow knows"
                ) from None
        elif value is None and column != "factor_year":
            continue  # a blank setting takes the default
        setattr(park, column, value)
    park.factor_overrides = {
        str(key): value
        for key, value in _select(connection, "factor_overrides", ("key", "value"))
        if value is not None  # a NaN override is stored as NULL: no override
    }
    for sheet, table_class in (*ENTITY_TABLES.items(), *TIME_TABLES.items()):
        setattr(park, sheet, _read_entities(path, connection, sheet, table_class))
    park.site_plan = _read_site_plan(path, connection)
    return park


_SITE_PLAN_COLUMNS = ("id", "image", "image_format", "name", "km_per_px", "x0_km", "y0_km")


def _read_site_plan(path: Path, connection: sqlite3.Connection) -> SitePlan | None:
    """The stored site plan, None without one; a damaged row is refused like any other."""
    _check_column_types(path, connection, "site_plan")
    rows = _select(connection, "site_plan", _SITE_PLAN_COLUMNS)
    if not rows:
        return None
    _, image, image_format, name, km_per_px, x0_km, y0_km = rows[0]
    if not isinstance(image, bytes | bytearray | memoryview) or not km_per_px or km_per_px <= 0:
        raise _refuse(path, "is corrupt: the site plan has no image or no scale")
    return SitePlan(
        bytes(image),
        image_format or "png",
        name or "",
        float(km_per_px),
        float(x0_km or 0.0),
        float(y0_km or 0.0),
    )


def _read_entities(
    path: Path, connection: sqlite3.Connection, sheet: str, table: type[ScenarioTable]
) -> dict[str, Any]:
    """Rows of one entity table as ``id → entity``, in saved order."""
    entity_class: type[Any] = KIND_BY_SHEET[sheet]
    columns = column_names(table)
    rows = _select(connection, sheet, columns)
    if sheet == "profiles":  # keyed by period and item
        keys = [profile_key(str(row[0]), str(row[1])) for row in rows]
    else:
        keys = [row[0] for row in rows]
    entities = {key: entity_class(*row) for key, row in zip(keys, rows, strict=True)}
    if len(entities) != len(rows):
        from collections import Counter

        twice = next(key for key, count in Counter(keys).items() if count > 1)
        raise _refuse(
            path,
            f"is corrupt: the {sheet} table holds the id {twice!r} more than once (ParkFlow "
            "would keep only one of them); restore it from a backup",
        )
    # Text columns added by a later schema are NULL in a migrated file: blank text.
    for name in _TEXT_COLUMNS_ADDED_LATER.get(sheet, ()) + _BLANK_TEXT_COLUMNS.get(sheet, ()):
        for entity in entities.values():
            if getattr(entity, name) is None:
                setattr(entity, name, "")
    # Enum columns are converted after construction: one dict look-up and one
    # attribute write per value is faster than rebuilding every row tuple.
    for name, enum in enum_columns(sheet).items():
        members = {member.value: member for member in enum}
        for entity in entities.values():
            value = getattr(entity, name)
            member = members.get(value)
            if member is None:
                raise _refuse(
                    path,
                    f"is corrupt: {sheet} row {entity.id!r} has {name} {value!r}, which ParkFlow does not know",
                )
            setattr(entity, name, member)
    return entities


def _read_results(path: Path, connection: sqlite3.Connection) -> dict[str, Any] | None:
    rows = connection.execute("SELECT document FROM results WHERE id = 1").fetchall()
    if not rows:
        return None
    try:
        document = json.loads(rows[0][0])
    except (TypeError, ValueError) as error:
        raise _refuse(path, f"is corrupt: its results document is not valid JSON ({error})") from None
    if document is not None and not isinstance(document, dict):
        raise _refuse(path, "is corrupt: its results document is not a JSON object")
    return document


def open_scenario(path: Path | str) -> Scenario:
    """Read a scenario file; migrate it in memory when it is older.

    The file is read once into memory and never written: an old file stays
    as it is until it is saved (:func:`save_scenario` keeps a
    ``<name>.v<N>.bak`` copy first).

    Raises
    ------
    ScenarioFileError
        When the file is missing, empty, not SQLite, not a ParkFlow file,
        truncated or corrupt, or from a newer ParkFlow (both versions named).
    """
    path = Path(path)
    data = _read_bytes(path)
    _check_header(path, data)
    data = _check_side_files(path, data)
    with _reading(path, data) as connection:
        meta = _read_meta(path, connection)
        version = _schema_version(path, meta)
        _quick_check(path, connection)
        if version < SCHEMA_VERSION:
            try:
                migrate(connection, version)
            except (sqlite3.DatabaseError, ValueError) as error:
                raise _refuse(
                    path, f"is corrupt: it could not be upgraded from format version {version} ({error})"
                ) from None
        try:
            connection.execute("BEGIN")
            with _gc_paused():
                park = _read_park(path, connection)
            results = _read_results(path, connection)
        except sqlite3.DatabaseError as error:
            raise _refuse(path, f"is corrupt ({error}); restore it from a backup") from None
        except (TypeError, ValueError) as error:
            raise _refuse(path, f"is corrupt: a row does not fit the park model ({error})") from None
    return Scenario(
        park=park,
        results=results,
        saved_at=meta.get("saved_at") or None,
        app_version=meta.get("app_version", ""),
        schema_version=version,
        metadata={key: value for key, value in meta.items() if key not in RESERVED_META_KEYS},
    )


def probe_scenario(path: Path | str) -> int:
    """The schema version of an existing scenario file, without reading the park.

    Raises ScenarioFileError like :func:`open_scenario` for a file that is not
    a ParkFlow file or is truncated; a file from a newer ParkFlow returns its
    (higher) version instead of raising.
    """
    path = Path(path)
    data = _read_bytes(path)
    _check_header(path, data)
    data = _check_side_files(path, data)
    with _reading(path, data) as connection:
        meta = _read_meta(path, connection)
    text = meta.get("schema_version", "")
    try:
        return int(text)
    except ValueError:
        raise _refuse(path, f"is corrupt: schema version {text!r} is not a number") from None


# ---------------------------------------------------------------------------
# saving
# ---------------------------------------------------------------------------


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building or reading many rows.

    Creating 50,000 objects otherwise triggers dozens of collections that
    find nothing (they hold no cycles); pausing saves about a quarter of the
    time.  The previous state is restored even on error.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _plain(value: Any) -> Any:
    """A value SQLite can store: numpy scalars → Python numbers, enums → text."""
    if isinstance(value, Enum):
        return value.value
    if value is None or isinstance(value, (str, int, float)):
        return value
    item = getattr(value, "item", None)
    if callable(item):
        return item()
    return str(value)


def _json_default(value: Any) -> Any:
    """Make numpy and pandas scalars, paths, dates and enums JSON-serialisable."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    tolist = getattr(value, "tolist", None)  # numpy arrays and scalars
    if callable(tolist):
        return tolist()
    item = getattr(value, "item", None)
    if callable(item):
        return item()
    raise TypeError(f"a {type(value).__name__} value cannot be stored in the results document")


_numpy_adapted = False


def _adapt_numpy_scalars() -> None:
    """Teach sqlite3 to store numpy scalars as numbers, once, if numpy is in use.

    Python's sqlite3 would store numpy integers, which expose a buffer, as
    BLOBs without complaint.  Adapters are looked up by exact type, so each
    numpy scalar type is registered; numpy is never imported for this (when
    it is not loaded, no numpy value can reach the store).
    """
    global _numpy_adapted
    numpy = sys.modules.get("numpy")
    if _numpy_adapted or numpy is None:
        return
    for name in (
        "int8",
        "int16",
        "int32",
        "int64",
        "uint8",
        "uint16",
        "uint32",
        "uint64",
        "longlong",
        "ulonglong",
    ):
        scalar_type = getattr(numpy, name, None)
        if scalar_type is not None:
            sqlite3.register_adapter(scalar_type, int)
    for name in ("float16", "float32", "float64", "longdouble"):
        scalar_type = getattr(numpy, name, None)
        if scalar_type is not None:
            sqlite3.register_adapter(scalar_type, float)
    sqlite3.register_adapter(numpy.bool_, bool)
    _numpy_adapted = True


def _insert(
    connection: sqlite3.Connection, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> None:
    """Bulk insert; redone with converted values when a foreign type is refused."""
    statement = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    rows = list(rows)
    try:
        connection.executemany(statement, rows)
    except (sqlite3.InterfaceError, sqlite3.ProgrammingError, OverflowError):
        # a type sqlite3 cannot bind (Decimal, a pandas NA …): convert (slow path, rare)
        connection.execute(f"DELETE FROM {table}")
        connection.executemany(statement, [tuple(_plain(value) for value in row) for row in rows])


def _entity_rows(entities: Iterable[Any], columns: Sequence[str]) -> list[tuple[Any, ...]]:
    getter: Callable[[Any], Any] = attrgetter(*columns)
    return [getter(entity) for entity in entities]


def build_database(
    park: Park,
    results: dict[str, Any] | None = None,
    metadata: dict[str, str] | None = None,
    saved_at: str | None = None,
) -> bytes:
    """The complete scenario file for ``park`` as bytes (built in memory)."""
    results_text: str | None = None
    if results is not None:
        try:
            results_text = json.dumps(results, default=_json_default, ensure_ascii=False)
        except (TypeError, ValueError) as error:
            raise ScenarioFileError(Problem(f"the results document cannot be saved: {error}")) from None
    saved_at = saved_at or _utc_now()
    _adapt_numpy_scalars()
    with _gc_paused():
        return _build(park, results_text, metadata, saved_at)


def _build(park: Park, results_text: str | None, metadata: dict[str, str] | None, saved_at: str) -> bytes:
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("BEGIN")
        for statement in current_ddl():
            connection.execute(statement)
        meta = {key: str(value) for key, value in (metadata or {}).items() if key not in RESERVED_META_KEYS}
        meta.update(
            application=APPLICATION_NAME,
            schema_version=str(SCHEMA_VERSION),
            app_version=__version__,
            saved_at=saved_at,
        )
        _insert(connection, "meta", ("key", "value"), sorted(meta.items()))
        park_values = [getattr(park, column) for column in _PARK_COLUMNS]
        _insert(connection, "park", ("id", *_PARK_COLUMNS), [(1, *park_values)])
        _insert(connection, "factor_overrides", ("key", "value"), sorted(park.factor_overrides.items()))
        for sheet, table in (*ENTITY_TABLES.items(), *TIME_TABLES.items()):
            columns = column_names(table)
            _insert(connection, sheet, columns, _entity_rows(park.collection(sheet).values(), columns))
        if results_text is not None:
            _insert(connection, "results", ("id", "document", "saved_at"), [(1, results_text, saved_at)])
        plan = park.site_plan
        if plan is not None:
            _insert(
                connection,
                "site_plan",
                _SITE_PLAN_COLUMNS,
                [
                    (
                        1,
                        sqlite3.Binary(plan.image),
                        plan.image_format,
                        plan.name,
                        plan.km_per_px,
                        plan.x0_km,
                        plan.y0_km,
                    )
                ],
            )
        connection.commit()
        return connection.serialize()
    except sqlite3.IntegrityError as error:
        raise ScenarioFileError(
            Problem(f"the park cannot be saved: {error} (an id is missing or repeated)")
        ) from None
    finally:
        connection.close()


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _temp_prefix(path: Path) -> str:
    return f".{path.name}."


def clean_stale_temps(path: Path) -> list[Path]:
    """Remove temporary files that a killed save of ``path`` left behind.

    A temporary file is named ``.<name>.<pid>-<token>.parkflow-tmp``; it is
    stale when its process no longer runs or it is older than a day.  Never
    raises: a temp file that cannot be removed is simply ignored.
    """
    removed: list[Path] = []
    prefix = _temp_prefix(path)
    try:
        candidates = [
            entry
            for entry in path.parent.iterdir()
            if entry.name.startswith(prefix) and entry.name.endswith(TEMP_SUFFIX)
        ]
    except OSError:
        return removed
    now = time.time()
    for candidate in candidates:
        pid_text = candidate.name[len(prefix) : -len(TEMP_SUFFIX)].split("-", 1)[0]
        try:
            pid = int(pid_text)
            age = now - candidate.stat().st_mtime
        except (ValueError, OSError):
            continue
        if pid != os.getpid() and (not _pid_alive(pid) or age > STALE_TEMP_AGE_S):
            with contextlib.suppress(OSError):
                candidate.unlink()
                removed.append(candidate)
    return removed


def write_file_atomically(path: Path, data: bytes, mode: int | None = None) -> None:
    """Write ``data`` to ``path`` so that a crash leaves the old file or the new one.

    temp file in the same folder → write → fsync → os.replace → fsync folder.
    """
    if is_stream_target(path):  # /dev/null, a pipe, /dev/stdout: written through, never replaced
        write_through(path, data)
        return
    path = replace_target(path)
    temp = path.parent / f"{_temp_prefix(path)}{os.getpid()}-{secrets.token_hex(4)}{TEMP_SUFFIX}"
    descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666 if mode is None else mode)
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(descriptor, view)
                view = view[written:]
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        if mode is not None:
            os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    fsync_directory(path.parent)


def _is_read_only(status: os.stat_result) -> bool:
    """True when no write permission bit is set (respected even for root)."""
    return not status.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def _check_destination(path: Path) -> tuple[int | None, int | None]:
    """Refuse destinations that must not be replaced; return (old version, old mode).

    An existing destination is replaced only when it is empty or a ParkFlow
    file this version can read: a file from a newer ParkFlow, a corrupt file
    or someone else's file is never overwritten.
    """
    if is_stream_target(path):  # a device or pipe is written through; there is nothing to keep
        return None, None
    path = replace_target(path)
    folder = path.parent
    if not folder.exists():
        raise _refuse(path, f"cannot be saved: the folder {folder} does not exist")
    if not folder.is_dir():
        raise _refuse(path, f"cannot be saved: {folder} is not a folder")
    if path.is_dir():
        raise _refuse(path, "cannot be saved: it is a folder; give a file name ending in .parkflow")
    try:
        status = path.stat()
    except FileNotFoundError:
        return None, None
    except OSError as error:
        raise _refuse(path, f"cannot be saved ({_describe_os_error(error)})") from None
    mode = stat.S_IMODE(status.st_mode)
    if _is_read_only(status):
        raise _refuse(
            path, "cannot be saved: the file is read-only; save under another name or make it writable"
        )
    if status.st_size == 0:
        return None, mode
    try:
        version = probe_scenario(path)
    except ScenarioFileError as error:
        reason = error.problems[0].message.split(";")[0].rstrip(". ")
        raise _refuse(
            path,
            f"was not replaced, because it {reason}. Move or delete it first, or save under another name",
        ) from None
    if version > SCHEMA_VERSION:
        raise _refuse(
            path,
            f"was not replaced: it was saved by a newer ParkFlow (scenario format version {version}; "
            f"this ParkFlow {__version__} writes version {SCHEMA_VERSION}). Save under another name",
        )
    return version, mode


def check_save_destination(path: Path | str) -> None:
    """Raise ScenarioFileError when :func:`save_scenario` would refuse to replace ``path``.

    Commands call it with all their other output checks, before any work,
    so that a refusal never follows another output already written.
    """
    _check_destination(Path(path))


def backup_path(path: Path, version: int) -> Path:
    """Where the copy of an old-version file goes before it is first overwritten."""
    return path.with_name(f"{path.name}.v{version}.bak")


def save_scenario(
    path: Path | str,
    park: Park,
    results: dict[str, Any] | None = None,
    *,
    metadata: dict[str, str] | None = None,
) -> Scenario:
    """Save ``park`` (and its last results) to ``path`` atomically.

    Parameters
    ----------
    path:
        Destination; its folder must exist.  An existing file is replaced
        only if it is empty or a ParkFlow file of this or an older version;
        an older one is first copied to ``<name>.v<N>.bak`` (once).
    park:
        The park; saved as it is, valid or not (validation is separate).
    results:
        The last optimization result document (JSON-serialisable; numpy
        scalars are converted), or None for none.
    metadata:
        Extra text entries for the ``meta`` table (``{"source": "x.xlsx"}``),
        returned as :attr:`Scenario.metadata` on open.

    Returns
    -------
    Scenario
        What was written, as :func:`open_scenario` would return it.

    Raises
    ------
    ScenarioFileError
        When the destination is read-only, in a missing folder, a folder, a
        file from a newer ParkFlow or not a ParkFlow file, or cannot be written.
        The destination is then unchanged.
    """
    path = Path(path)
    old_version, mode = _check_destination(path)
    saved_at = _utc_now()
    data = build_database(park, results, metadata, saved_at)
    if not is_stream_target(path):
        clean_stale_temps(replace_target(path))
    try:
        if old_version is not None and old_version < SCHEMA_VERSION:
            backup = backup_path(path, old_version)
            if not backup.exists():
                write_file_atomically(backup, path.read_bytes(), mode)
        write_file_atomically(path, data, mode)
    except OSError as error:
        raise _refuse(
            path, f"cannot be saved ({_describe_os_error(error)}); the old file, if any, is unchanged"
        ) from None
    return Scenario(
        park=park,
        results=results,
        saved_at=saved_at,
        app_version=__version__,
        schema_version=SCHEMA_VERSION,
        metadata={
            key: str(value) for key, value in (metadata or {}).items() if key not in RESERVED_META_KEYS
        },
    )


def parks_equal(first: Park, second: Park) -> bool:
    """True when two parks hold the same settings and entities (NaN equals NaN)."""
    if first == second:
        return True
    return _normalise_nan(first) == _normalise_nan(second)


def _normalise_nan(park: Park) -> Park:
    copy = park.copy()
    for sheet in KIND_BY_SHEET:
        for entity in copy.collection(sheet).values():
            for column in type(entity).columns():
                value = getattr(entity, column)
                if isinstance(value, float) and math.isnan(value):
                    setattr(entity, column, None)
    return copy
