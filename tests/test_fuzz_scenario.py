"""Fuzzing the scenario reader (``*.parkflow``) with hypothesis (docs/reliability.md).

Property: :func:`open_scenario` (and :func:`load_park`, which every command
uses) either returns a scenario whose park holds values of the declared
types, which the validator can check without crashing, or raises
ScenarioFileError with a ``file <path>: …`` problem; never another
exception, and the file is never changed (SHA-256 before and after).

The damage is done to real files: a bundled sample park and a small park
with every field kind (random bytes, truncation at any length, bytes
flipped at random offsets, whole pages overwritten).  Bounded: 100–150
examples per test, a few seconds each.
"""

from __future__ import annotations

import contextlib
import dataclasses
import shutil
import sqlite3
import types
import typing
from enum import Enum
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reliability_helpers import FUZZ_DATA, SAMPLE_PARKS, check_read, tree_digest
from store_helpers import sample_park

from parkflow.model.entities import ENTITY_SHEETS, Park
from parkflow.model.io import load_park
from parkflow.model.problems import ParkError, ScenarioFileError
from parkflow.model.store import open_scenario, save_scenario
from parkflow.model.validate import validate_park

FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def _field_types(cls: type) -> dict[str, tuple[type, ...]]:
    hints = typing.get_type_hints(cls)
    kinds: dict[str, tuple[type, ...]] = {}
    for fld in dataclasses.fields(cls):
        hint = hints[fld.name]
        is_union = typing.get_origin(hint) in (typing.Union, types.UnionType)
        args = [arg for arg in typing.get_args(hint) if arg is not type(None)] if is_union else [hint]
        allowed: list[type] = []
        for arg in args:
            origin = typing.get_origin(arg) or arg
            if origin is float:
                allowed += [float, int]
            elif isinstance(origin, type):
                allowed.append(origin)
        kinds[fld.name] = tuple(allowed)
    return kinds


FIELD_TYPES = {sheet: _field_types(cls) for sheet, cls in ENTITY_SHEETS.items()}
PARK_TYPES = {name: kinds for name, kinds in _field_types(Park).items() if name not in ENTITY_SHEETS}


def assert_well_typed(park: Park) -> None:
    """Every value read has the type its field declares (no bytes or text where a number belongs)."""
    wrong: list[str] = []
    for name, kinds in PARK_TYPES.items():
        value = getattr(park, name)
        if value is not None and kinds and not isinstance(value, kinds):
            wrong.append(f"park.{name} = {value!r}")
    for key, number in park.factor_overrides.items():
        if not isinstance(key, str) or not isinstance(number, (int, float)) or isinstance(number, bool):
            wrong.append(f"park.factor_overrides[{key!r}] = {number!r}")
    for sheet, kinds_of in FIELD_TYPES.items():
        for entity in park.collection(sheet).values():
            for name, kinds in kinds_of.items():
                value = getattr(entity, name)
                if value is None or not kinds:
                    continue
                if (
                    not isinstance(value, kinds)
                    or (isinstance(value, bool) and bool not in kinds)
                    or isinstance(value, Enum)
                    and not any(issubclass(kind, Enum) for kind in kinds)
                ):
                    wrong.append(f"{sheet} {entity.id!r}.{name} = {value!r}")
    assert wrong == []


def check_scenario(path: Path) -> None:
    """The reliability property of the scenario reader on one file."""
    scenario = check_read(lambda: open_scenario(path), path)
    if scenario is None:
        with pytest.raises(ScenarioFileError) as caught:
            open_scenario(path)
        assert all(
            problem.kind == "file" and problem.entity_id == str(path) for problem in caught.value.problems
        )
        return
    assert_well_typed(scenario.park)
    validate_park(scenario.park)  # never raises, whatever the values are
    assert scenario.results is None or isinstance(scenario.results, dict)


class _Files:
    """The undamaged files' bytes, with a short repr (hypothesis prints the arguments of a failure)."""

    def __init__(self, contents: dict[str, bytes]) -> None:
        self.contents = contents

    def __getitem__(self, name: str) -> bytes:
        return self.contents[name]

    def __repr__(self) -> str:
        return "<small park and jiaxing_port.parkflow>"


@pytest.fixture(scope="module")
def scenario_files(tmp_path_factory: pytest.TempPathFactory) -> _Files:
    folder = tmp_path_factory.mktemp("scenarios")
    small = folder / "small.parkflow"
    save_scenario(small, sample_park(), {"status": "optimal", "objective": {"name": "cost", "value": 1.5}})
    return _Files(
        {
            "small": small.read_bytes(),
            "sample": (SAMPLE_PARKS / "jiaxing_port.parkflow").read_bytes(),
        }
    )


FILES = st.sampled_from(["small", "sample"])


@FUZZ
@given(
    which=FILES, flips=st.lists(st.tuples(st.floats(0.0, 1.0), st.integers(1, 255)), min_size=1, max_size=12)
)
def test_fuzz_scenario_flipped_bytes(
    tmp_path_factory: pytest.TempPathFactory,
    scenario_files: _Files,
    which: str,
    flips: list[tuple[float, int]],
) -> None:
    """Bytes flipped at random offsets of a real scenario file (header, b-tree pages, records)."""
    data = bytearray(scenario_files[which])
    for where, mask in flips:
        offset = min(int(where * len(data)), len(data) - 1)
        data[offset] ^= mask
    path = tmp_path_factory.mktemp("flip") / "park.parkflow"
    path.write_bytes(bytes(data))
    check_scenario(path)


@FUZZ
@given(which=FILES, page=st.integers(0, 200), fill=st.binary(min_size=1, max_size=64))
def test_fuzz_scenario_overwritten_page(
    tmp_path_factory: pytest.TempPathFactory, scenario_files: _Files, which: str, page: int, fill: bytes
) -> None:
    """One whole page overwritten by a repeated random pattern (a bad disk sector)."""
    data = bytearray(scenario_files[which])
    page_size = int.from_bytes(data[16:18], "big")
    pages = len(data) // page_size
    start = (page % pages) * page_size
    data[start : start + page_size] = (fill * (page_size // len(fill) + 1))[:page_size]
    path = tmp_path_factory.mktemp("page") / "park.parkflow"
    path.write_bytes(bytes(data))
    check_scenario(path)


@FUZZ
@given(which=FILES, keep=st.floats(0.0, 1.0), tail=st.binary(max_size=32))
def test_fuzz_scenario_truncated(
    tmp_path_factory: pytest.TempPathFactory, scenario_files: _Files, which: str, keep: float, tail: bytes
) -> None:
    """A file cut off at any length, sometimes with garbage after the cut (an interrupted copy)."""
    data = scenario_files[which]
    path = tmp_path_factory.mktemp("cut") / "park.parkflow"
    path.write_bytes(data[: int(len(data) * keep)] + tail)
    check_scenario(path)


@settings(FUZZ, max_examples=100)
@given(
    data=st.one_of(
        st.binary(max_size=2048), st.binary(max_size=200).map(lambda tail: b"SQLite format 3\x00" + tail)
    )
)
def test_fuzz_scenario_random_bytes(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    """Random bytes, with and without the SQLite magic, named ``.parkflow``; also through load_park."""
    path = tmp_path_factory.mktemp("random") / "park.parkflow"
    path.write_bytes(data)
    check_scenario(path)
    before = tree_digest(path)
    with contextlib.suppress(ParkError):
        load_park(path)
    assert tree_digest(path) == before


@settings(FUZZ, max_examples=100)
@given(
    table=st.sampled_from(["streams", "links", "utilities", "park", "enterprises", "converters"]),
    value=st.one_of(
        st.binary(max_size=8), st.text(max_size=8), st.integers(-(2**63), 2**63 - 1), st.floats()
    ),
    column_choice=st.integers(0, 20),
)
def test_fuzz_scenario_values_of_the_wrong_type(
    tmp_path_factory: pytest.TempPathFactory, table: str, value: object, column_choice: int
) -> None:
    """A value of any SQLite type (blob, text, integer, real, NaN) in any column of a valid file.

    SQLite columns accept any type, so another program (or a damaged record
    header) can put text where a number belongs: the file must then be
    refused as corrupt, or read with the value of the right type.
    """
    path = tmp_path_factory.mktemp("types") / "park.parkflow"
    save_scenario(path, sample_park())
    connection = sqlite3.connect(path)
    try:
        columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
        column = columns[column_choice % len(columns)]
        with connection:
            connection.execute(
                f'UPDATE {table} SET "{column}" = ? WHERE rowid = (SELECT min(rowid) FROM {table})', (value,)
            )
    except sqlite3.IntegrityError:
        return  # the schema itself refuses it (NOT NULL, UNIQUE): nothing to read
    finally:
        connection.close()
    check_scenario(path)


def test_fuzz_scenario_kept_cases(tmp_path: Path) -> None:
    """Scenario files kept from fuzzing (tests/data/fuzz/*.parkflow) keep the property."""
    cases = sorted(FUZZ_DATA.glob("*.parkflow"))
    for case in cases:
        copy = tmp_path / case.name
        shutil.copy2(case, copy)
        check_scenario(copy)


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("blob_in_stream_id.parkflow", "streams row 1 has id b'' where text belongs"),
        ("text_in_link_capacity.parkflow", "links row 1 has capacity 'lots' where a number belongs"),
    ],
)
def test_fuzz_regression_value_of_the_wrong_type_is_refused(tmp_path: Path, case: str, expected: str) -> None:
    """Found by test_fuzz_scenario_values_of_the_wrong_type: such values reached the park unchecked."""
    copy = tmp_path / case
    shutil.copy2(FUZZ_DATA / case, copy)
    before = tree_digest(copy)
    with pytest.raises(ScenarioFileError) as caught:
        open_scenario(copy)
    assert expected in str(caught.value) and "is corrupt" in str(caught.value)
    assert tree_digest(copy) == before


def test_fuzz_regression_nan_factor_override_reopens_as_no_override(tmp_path: Path) -> None:
    """Found by the same test: a NaN override (stored as NULL) came back as None in the overrides."""
    park = sample_park()
    park.factor_overrides["electricity.co2"] = float("nan")
    path = tmp_path / "nan.parkflow"
    save_scenario(path, park)
    overrides = open_scenario(path).park.factor_overrides
    assert "electricity.co2" not in overrides and overrides == {"natural_gas.ncv": 389.31}


def test_fuzz_regression_table_name_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    """Found by test_fuzz_scenario_flipped_bytes: one flipped bit in a table name raised UnicodeDecodeError."""
    copy = tmp_path / "damaged.parkflow"
    shutil.copy2(FUZZ_DATA / "table_name_not_utf8.parkflow", copy)
    with pytest.raises(ScenarioFileError, match="is corrupt .*restore it from a backup"):
        open_scenario(copy)
