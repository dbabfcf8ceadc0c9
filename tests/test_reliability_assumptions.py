"""Values validation accepts never crash optimize or report (``validate.check_operating_assumptions``).

Before the fix each case below passed ``parkflow validate`` and then
crashed ``optimize`` or ``report`` with "a bug in ParkFlow" (exit 1,
located nowhere) or ended with a NaN cost: a lifetime of 10,000 years
(OverflowError in the annuity) or 1e-300 years, a steam utility at 25 MPa
or −273 °C with a factor (outside the steam tables), 1e-300 operating
hours, a factor override of 0 for boiler efficiency or GJ per tce
(ZeroDivisionError), a control character in a name (the XLSX report
failed), a park with no enterprises (HiGHS "Empty").  Now ``validate``
finds each one, located, and every command refuses it with exit 2 and
writes nothing.

Hypothesis then draws numbers at the edges and names with control and
formula characters into a valid park: either validation reports an error
located at an entity, or optimize and the XLSX report both succeed.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from report_helpers import small_park

from parkflow.cli import main
from parkflow.model.entities import Medium, Park, Utility
from parkflow.model.store import save_scenario
from parkflow.model.validate import validate_park


def _lifetime(value: float) -> Callable[[Park], None]:
    def change(park: Park) -> None:
        park.links["L2"].lifetime_yr = value

    return change


def _steam_at(pressure: float | None, temperature: float | None) -> Callable[[Park], None]:
    def change(park: Park) -> None:
        park.utilities["U-steam"].pressure_mpa = pressure
        park.utilities["U-steam"].temperature_c = temperature

    return change


def _set(attribute: str, value: Any) -> Callable[[Park], None]:
    def change(park: Park) -> None:
        setattr(park, attribute, value)

    return change


def _override(key: str, value: float) -> Callable[[Park], None]:
    def change(park: Park) -> None:
        park.factor_overrides[key] = value

    return change


def _enterprise_name(value: str) -> Callable[[Park], None]:
    def change(park: Park) -> None:
        park.enterprises["A"].name = value

    return change


def _stream_id(value: str) -> Callable[[Park], None]:
    def change(park: Park) -> None:
        stream = park.streams.pop("E1")
        stream.id = value
        park.streams[value] = stream

    return change


def _empty(park: Park) -> None:
    park.enterprises.clear()
    park.streams.clear()
    park.links.clear()
    park.converters.clear()


def _steam_factor_on_water(park: Park) -> None:
    park.utilities["U-water"].factor = "steam_gas_boiler"


#: name -> (change, the location and words the error must carry)
CASES: dict[str, tuple[Callable[[Park], None], str]] = {
    "lifetime 10000 years": (_lifetime(10000), "link L2: lifetime_yr is 10000"),
    "lifetime 1e-300 years": (_lifetime(1e-300), "link L2: lifetime_yr is 1e-300"),
    "steam at 25 MPa": (_steam_at(25.0, None), "utility U-steam: factor 'steam_gas_boiler'"),
    "steam at -273 C": (_steam_at(None, -273.0), "utility U-steam: factor 'steam_gas_boiler'"),
    "1e-300 operating hours": (_set("hours_per_year", 1e-300), "park: hours_per_year is 1e-300"),
    "boiler efficiency override 0": (
        _override("boiler.efficiency", 0.0),
        "factor override 'boiler.efficiency'",
    ),
    "GJ per tce override 0": (_override("tce.gj", 0.0), "factor override 'tce.gj'"),
    "NaN override": (_override("natural_gas.ncv", math.nan), "factor override 'natural_gas.ncv'"),
    "control character in a name": (
        _enterprise_name("Plant\x07 A"),
        "enterprise A: name holds a control character",
    ),
    "newline in an id": (_stream_id("E1\nstream X: all is fine"), "id holds a control character"),
    "no enterprises": (_empty, "sheet enterprises: warning: the park has no enterprises"),
    "steam factor on a water utility": (_steam_factor_on_water, "utility U-water: factor 'steam_gas_boiler'"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_validate_finds_what_would_crash_later(case: str) -> None:
    change, expected = CASES[case]
    park = small_park()
    change(park)
    errors = [str(problem) for problem in validate_park(park)]
    assert any(expected in error for error in errors), errors


@pytest.mark.parametrize("command", ["optimize", "report"])
@pytest.mark.parametrize("case", list(CASES))
def test_commands_refuse_it_with_exit_2_and_write_nothing(
    case: str, command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if case == "NaN override":
        pytest.skip("a scenario file stores NaN as NULL: the override reopens as none (docs/reliability.md)")
    change, _ = CASES[case]
    park = small_park()
    change(park)
    source = tmp_path / "park.parkflow"
    save_scenario(source, park)
    out = tmp_path / ("out.json" if command == "optimize" else "out.xlsx")
    argv = (
        ["optimize", str(source), "--json", str(out)]
        if command == "optimize"
        else ["report", str(source), "-o", str(out)]
    )
    code = main(argv)
    err = capsys.readouterr().err
    assert code == 2, err
    assert "a bug in ParkFlow" not in err
    assert not out.exists()


def test_an_id_with_a_newline_cannot_forge_a_problem_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Printed ids escape control characters: one problem is one line."""
    park = small_park()
    _stream_id("E1\nstream X: all is fine")(park)
    source = tmp_path / "park.parkflow"
    save_scenario(source, park)
    assert main(["validate", str(source)]) == 2
    lines = [line for line in capsys.readouterr().out.splitlines() if line]
    assert not any(line.startswith("stream X") for line in lines), lines
    assert any("E1\\nstream X" in line for line in lines), lines


# -- fuzzing: numbers at the edges, names with control and formula characters -----------------

EDGE_NUMBERS = st.one_of(
    st.sampled_from(
        [
            0.0,
            -0.0,
            1e-300,
            5e-324,
            1e-9,
            1.0,
            100.0,
            8784.0,
            1e15,
            1e300,
            -1e-300,
            -1.0,
            math.inf,
            -math.inf,
            math.nan,
            10000.0,
            1e308,
        ]
    ),
    st.floats(allow_nan=True, allow_infinity=True),
)
HOSTILE_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("=+-@\t\r\n\x00\x07\x1b\x7f\u200b\ufeff'\"|,;")), st.characters(codec="utf-8")
    ),
    min_size=1,
    max_size=12,
)
NUMBER_FIELDS = (
    ("park", "hours_per_year"),
    ("park", "discount_rate_pct"),
    ("link", "lifetime_yr"),
    ("link", "capacity"),
    ("link", "capex_cny"),
    ("utility", "pressure_mpa"),
    ("utility", "temperature_c"),
    ("override", "boiler.efficiency"),
    ("override", "tce.gj"),
    ("stream", "amount"),
)


def _apply_number(park: Park, field: tuple[str, str], value: float) -> None:
    where, name = field
    if where == "park":
        setattr(park, name, value)
    elif where == "link":
        setattr(park.links["L2"], name, value)
    elif where == "utility":
        setattr(park.utilities["U-steam"], name, value)
    elif where == "override":
        park.factor_overrides[name] = value
    else:
        park.streams["K1"].amount = value


def _runs_or_is_refused(park: Park, folder: Path) -> None:
    """Validation says no (located), or optimize and the XLSX report both work."""
    errors = [problem for problem in validate_park(park) if problem.severity == "error"]
    if errors:
        assert all(problem.kind or problem.sheet for problem in errors)
        return
    from parkflow.optimize import InfeasibleError, SolveOptions, optimize
    from parkflow.report import render_report

    try:
        result = optimize(park, SolveOptions())
    except InfeasibleError:
        result = None
    render_report(park, result, folder / "report.xlsx")


@settings(max_examples=60)
@given(field=st.sampled_from(NUMBER_FIELDS), value=EDGE_NUMBERS)
def test_fuzz_numbers_at_the_edges(
    field: tuple[str, str], value: float, tmp_path_factory: pytest.TempPathFactory
) -> None:
    park = small_park()
    _apply_number(park, field, value)
    _runs_or_is_refused(park, tmp_path_factory.mktemp("edge"))


@settings(max_examples=40)
@given(
    name=HOSTILE_TEXT, where=st.sampled_from(["enterprise name", "utility name", "park name", "stream id"])
)
def test_fuzz_names_with_control_and_formula_characters(
    name: str, where: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    park = small_park()
    if where == "enterprise name":
        park.enterprises["A"].name = name
    elif where == "utility name":
        park.utilities["U-grid"].name = name
    elif where == "park name":
        park.name = name
    elif name.strip() and name not in park.streams:
        _stream_id(name)(park)
    _runs_or_is_refused(park, tmp_path_factory.mktemp("names"))


def test_a_steam_utility_inside_the_steam_tables_is_accepted() -> None:
    """The check is not a blanket refusal: 1 MPa saturated steam is fine."""
    park = small_park()
    park.utilities["U-steam"] = Utility(
        "U-steam", Medium.STEAM, "steam", "t", "steam_gas_boiler", cost_cny_per_unit=200, pressure_mpa=1.0
    )
    assert [p for p in validate_park(park) if p.severity == "error"] == []


@pytest.mark.parametrize("value", ["lots", True, [1], {"t": 1}])
def test_stored_results_with_a_value_of_the_wrong_type_are_optimized_again(
    value: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: report and compare crashed with "could not convert string to float" (a bug, exit 1)."""
    from parkflow.model.fingerprint import stamp_results
    from parkflow.optimize import SolveOptions, optimize

    park = small_park()
    document = stamp_results(optimize(park, SolveOptions()).to_document(), park)
    document["flows"][0]["amount"] = value
    source = tmp_path / "park.parkflow"
    save_scenario(source, park, document)
    code = main(["report", str(source), "-o", str(tmp_path / "report.html")])
    err = capsys.readouterr().err
    assert code == 0, err
    assert "stored result cannot be read (stored results, flows row 1" in err
    assert "a bug in ParkFlow" not in err
    assert main(["compare", str(source), str(source), "--json", str(tmp_path / "c.json")]) == 0
