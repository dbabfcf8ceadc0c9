"""The sample parks: each ``.parkflow`` equals its CSV folder, validates and optimizes.

The optimization checks recompute the physics from the result frames
(balances, blend qualities) instead of trusting the solver, and pin the
choices the sample data make physically necessary (see sample_parks/README.md).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from samples_helpers import SAMPLE_NAMES, SAMPLES_DIR, SEASONAL_SAMPLE_NAMES, build_script, sample_park

from parkflow.cli import main as parkflow_main
from parkflow.model.entities import BLEND_QUALITY, Park
from parkflow.model.state import canonical_amount
from parkflow.model.store import open_scenario, parks_equal
from parkflow.model.workbook import read_workbook

# -- the scenario files and their folders ------------------------------------------------


def test_the_build_script_finds_exactly_the_samples() -> None:
    names = [sample.name for sample in build_script().find_samples(SAMPLES_DIR)]
    assert names == sorted(SAMPLE_NAMES + SEASONAL_SAMPLE_NAMES)


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_scenario_file_describes_the_same_park_as_its_folder(name: str) -> None:
    scenario = open_scenario(SAMPLES_DIR / f"{name}.parkflow")
    assert parks_equal(read_workbook(SAMPLES_DIR / name), scenario.park), (
        f"{name}.parkflow is out of date: run python scripts/build_samples.py"
    )


def test_check_mode_passes_on_the_repository(capsys: pytest.CaptureFixture[str]) -> None:
    assert build_script().main(["--check"]) == 0, capsys.readouterr().err


def _copy_samples(destination: Path) -> Path:
    root = destination / "sample_parks"
    root.mkdir()
    for name in SAMPLE_NAMES:
        shutil.copytree(SAMPLES_DIR / name, root / name)
        shutil.copy2(SAMPLES_DIR / f"{name}.parkflow", root / f"{name}.parkflow")
    return root


def _replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_check_mode_fails_when_a_csv_changes_and_a_rebuild_fixes_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    script = build_script()
    root = _copy_samples(tmp_path)
    _replace_in(
        root / "ningbo_petrochem" / "links.csv",
        "L_ZH_HW_JHCG,S_ZH_HW,K_JHCG_HEAT,existing,250,220",
        "L_ZH_HW_JHCG,S_ZH_HW,K_JHCG_HEAT,existing,250,210",
    )
    assert script.main(["--check", "--root", str(root)]) == 1
    error = capsys.readouterr().err
    assert "ningbo_petrochem.parkflow differs" in error and "L_ZH_HW_JHCG" in error
    assert "jiaxing_port" not in error
    assert script.main(["--root", str(root), "ningbo_petrochem"]) == 0
    assert script.main(["--check", "--root", str(root)]) == 0


def test_check_mode_compares_parks_not_bytes(tmp_path: Path) -> None:
    """Writing 250 as 250.0 changes the bytes of the CSV but not the park."""
    script = build_script()
    root = _copy_samples(tmp_path)
    _replace_in(
        root / "jiaxing_port" / "streams.csv",
        "CHP export steam (park steam network),250,",
        "CHP export steam (park steam network),250.0,",
    )
    assert script.main(["--check", "--root", str(root)]) == 0


def test_check_mode_reports_a_missing_scenario_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    script = build_script()
    root = _copy_samples(tmp_path)
    (root / "taizhou_bay.parkflow").unlink()
    assert script.main(["--check", "--root", str(root)]) == 1
    assert "taizhou_bay.parkflow is missing" in capsys.readouterr().err


def test_an_invalid_folder_is_reported_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    script = build_script()
    root = _copy_samples(tmp_path)
    before = {path.name: path.read_bytes() for path in root.glob("*.parkflow")}
    _replace_in(root / "taizhou_bay" / "streams.csv", ",U_VIRGIN_SOLVENT,", ",U_NO_SUCH_UTILITY,")
    assert script.main(["--root", str(root)]) == 2
    error = capsys.readouterr().err
    assert error.startswith("taizhou_bay/streams:") and "U_NO_SUCH_UTILITY" in error
    assert {path.name: path.read_bytes() for path in root.glob("*.parkflow")} == before


def test_an_unknown_sample_name_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert build_script().main(["--check", "no_such_park"]) == 2
    assert "jiaxing_port" in capsys.readouterr().err


# -- validation --------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", ["", ".parkflow"])
@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_parkflow_validate_accepts_every_sample_without_a_warning(
    name: str, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = parkflow_main(["validate", str(SAMPLES_DIR / f"{name}{suffix}")])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert captured.err == ""
    assert captured.out.startswith("ok: ")


# -- optimization ------------------------------------------------------------------------

optimize_module = pytest.importorskip(
    "parkflow.optimize", reason="the optimizer (parkflow.optimize) is not installed"
)


def _optimize(name: str, objective: str = "cost") -> tuple[Park, object]:
    park = sample_park(name)
    result = optimize_module.optimize(park, optimize_module.SolveOptions(objective=objective, mode="milp"))
    assert result.status == "optimal", result.diagnosis
    return park, result


def _close(first: float, second: float, tolerance: float = 1e-6) -> bool:
    return abs(first - second) <= tolerance * max(1.0, abs(first), abs(second))


@pytest.mark.parametrize("objective", ["cost", "co2", "cod"])
@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_optimized_flows_balance_every_stream(name: str, objective: str) -> None:
    """Balances (docs/design.md, "Balances") recomputed from the frames: sources, sinks and converters balance."""
    park, result = _optimize(name, objective)
    flows, converters = result.flows, result.converters
    utilities = result.utilities["amount"].to_dict()
    disposals = result.disposals["amount"].to_dict()
    by_input = {converter.input: cid for cid, converter in park.converters.items()}
    by_output = {converter.output: cid for cid, converter in park.converters.items()}
    by_residue = {converter.residue: cid for cid, converter in park.converters.items() if converter.residue}
    by_aux = {converter.aux: cid for cid, converter in park.converters.items() if converter.aux}

    def intake_of(converter_id: str) -> float:
        return float(converters.loc[converter_id, "intake"])

    for stream in park.streams.values():
        if stream.is_sink:
            received = float(flows.loc[flows["sink"] == stream.id, "delivered"].sum())
            if stream.id in by_aux:  # the unit's own steam, gas or power: aux_ratio × intake
                converter = park.converters[by_aux[stream.id]]
                demand = (converter.aux_ratio or 0.0) * intake_of(converter.id)
                assert _close(received + utilities.get(stream.id, 0.0), demand), stream.id
            elif stream.id in by_input:
                converter = park.converters[by_input[stream.id]]
                intake = float(converters.loc[converter.id, "intake"])
                assert _close(received, intake), stream.id
                capacity = (
                    converter.capacity if converter.capacity is not None else canonical_amount(park, stream)
                )
                assert intake <= capacity * (1 + 1e-6), stream.id
            else:
                assert _close(received + utilities.get(stream.id, 0.0), canonical_amount(park, stream)), (
                    stream.id
                )
        else:
            sent = float(flows.loc[flows["source"] == stream.id, "amount"].sum())
            if stream.id in by_output:
                converter = park.converters[by_output[stream.id]]
                available = converter.ratio * float(converters.loc[converter.id, "intake"])
                assert _close(float(converters.loc[converter.id, "output_amount"]), available), converter.id
            elif stream.id in by_residue:  # what the unit rejects: residue_ratio × intake
                converter = park.converters[by_residue[stream.id]]
                available = (converter.residue_ratio or 0.0) * intake_of(converter.id)
            else:
                available = canonical_amount(park, stream)
            if stream.disposal:
                assert _close(sent + disposals.get(stream.id, 0.0), available), stream.id
            else:
                assert sent <= available * (1 + 1e-6) + 1e-9, stream.id
    for link_id, row in flows.iterrows():
        link = park.links[str(link_id)]
        if link.capacity is not None:
            assert float(row["amount"]) <= link.capacity * (1 + 1e-6) + 1e-9, link_id


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_optimized_blends_meet_every_quality_limit(name: str) -> None:
    """docs/design.md, "Blending": the blend entering each water, hydrogen or material sink meets its limit."""
    park, result = _optimize(name)
    flows, utilities = result.flows, result.utilities
    for sink in park.sinks():
        if sink.medium not in BLEND_QUALITY:
            continue
        field, is_minimum = BLEND_QUALITY[sink.medium]
        limit = getattr(sink, field)
        if limit is None:
            continue
        parts = [
            (float(row["delivered"]), getattr(park.streams[str(row["source"])], field))
            for _, row in flows[flows["sink"] == sink.id].iterrows()
            if float(row["delivered"]) > 1e-9
        ]
        if sink.utility and sink.id in utilities.index:
            parts.append(
                (float(utilities.loc[sink.id, "amount"]), getattr(park.utilities[sink.utility], field))
            )
        total = sum(amount for amount, _ in parts)
        if total <= 1e-9:
            continue
        blend = sum(amount * quality for amount, quality in parts) / total
        if is_minimum:
            assert blend >= limit - 1e-6, f"{sink.id}: {field} {blend} below {limit}"
        else:
            assert blend <= limit + 1e-6, f"{sink.id}: {field} {blend} above {limit}"


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_optimized_state_is_no_worse_than_today_or_standalone(name: str) -> None:
    """Today's network and standalone are both feasible for the optimizer, so its optimum is no worse
    than either on the quantity it minimises (today's network itself may be worse than standalone)."""
    kpis = pytest.importorskip("parkflow.report.kpis", reason="the KPI accounting is not installed")
    for objective, key in (("cost", "cost_cny_per_yr"), ("co2", "co2_t_per_yr")):
        park, result = _optimize(name, objective)
        values = kpis.park_kpis(park, result).values[key]
        slack = 1e-6 * max(1.0, abs(values["standalone"]))
        assert values["optimized"] <= values["current"] + slack, (objective, values)
        assert values["optimized"] <= values["standalone"] + slack, (objective, values)


def test_jiaxing_todays_steam_network_raises_co2_and_co2_objective_drops_it() -> None:
    """The CHP's export steam carries its coal: (3,043.7 − 83.74 kJ/kg) ÷ 0.88 ÷ 29,307.6 kJ/kgce × 2.7725
    = 0.318 t CO2/t, against 0.1662 t/t (1.0 MPa) and 0.1638 t/t (0.4 MPa) for the neighbours' gas boilers.
    Today's 80 + 50 t/h at 1.0 MPa and 30 t/h at 0.4 MPa over 8,000 h: 1.28 Mt × 0.318 = 407,300 t against
    (130 × 0.1662 + 30 × 0.1638) × 8,000 = 212,200 t, so the steam links alone add ≈195,000 t; the whole
    network adds ≈69,500 t with lossless pipes. The insulated lines' computed heat losses (0.91 %, 1.37 %
    and 2.84 % of 80, 50 and 30 t/h, parkflow/model/pipes.py) leave ≈2.3 t/h to be made up at the users'
    gas boilers: ≈3,000–3,400 t more, ≈72,900 t in all. Under the `co2` objective the CHP sends no steam."""
    kpis = pytest.importorskip("parkflow.report.kpis", reason="the KPI accounting is not installed")
    park, result = _optimize("jiaxing_port", "co2")
    table = kpis.park_kpis(park, result)
    co2 = table.values["co2_t_per_yr"]
    assert co2["current"] - co2["standalone"] == pytest.approx(72_900, rel=0.01)
    steam_links = ["L_JH_STEAM_SJ", "L_JH_STEAM_HS", "L_JH_STEAM_HHX"]
    assert float(result.flows.loc[steam_links, "amount"].sum()) == pytest.approx(0.0, abs=1e-6)
    assert _close(float(result.flows.loc["L_JXSH_STEAM_HHX", "amount"]), 20.0)  # waste steam: no burden
    assert co2["optimized"] < co2["standalone"] < co2["current"]


def test_jiaxing_uses_waste_steam_and_by_product_hydrogen_first() -> None:
    """Under `cost` the PTA plant's surplus 0.5 MPa steam (≈5 CNY/t plus 1 M CNY/yr of pipe against 170 CNY/t
    of CHP steam) is piped to the fibre plant, the PDH hydrogen that would be flared (17,500 Nm³/h) all goes
    to its furnaces and Jiahua's spare 2,000 Nm³/h joins it: 60 MW − 17,500 × 10.79 × 0.999 / 3,600
    − 2,000 × 10.79 × 0.9999 / 3,600 = 60 − 52.399 − 5.994 = 1.607 MW of natural gas left."""
    _, result = _optimize("jiaxing_port")
    flows, utilities = result.flows, result.utilities
    assert _close(float(flows.loc["L_JXSH_STEAM_HHX", "amount"]), 20.0)
    assert _close(float(flows.loc["L_MF_H2_HHX", "amount"]), 17_500.0)
    assert _close(float(flows.loc["L_JH_H2_HHX", "amount"]), 2_000.0)
    assert float(utilities.loc["K_HHX_FUEL", "amount"]) == pytest.approx(1.607, abs=0.001)
    condensate = flows.loc[["L_SJ_COND_W", "L_HS_COND_W", "L_HHX_COND_W"], "amount"].sum()
    assert _close(float(condensate), 37.5)  # all of the 25,000 t/month comes back


def test_ningbo_sends_fude_steam_to_a_neighbour_before_its_turbine() -> None:
    """1 t of 0.4 MPa steam gives 0.114 MWh in the turbine (≈74 CNY of grid power) but replaces
    1 t of purchased 0.3 MPa steam (200 CNY) at Jinhai Chenguang: the candidate pipe wins and the
    turbine takes only what is left."""
    park, result = _optimize("ningbo_petrochem")
    flows, converters = result.flows, result.converters
    to_neighbour = float(flows.loc["L_FD_STEAM_JHCG", "amount"])
    intake = float(converters.loc["C_FD_TURBINE", "intake"])
    assert _close(to_neighbour, 8.0)
    # the 0.2 km line to the turbine loses its heat-loss share as condensate (model/pipes.py)
    assert _close(intake, (12.0 - 8.0) * float(flows.loc["L_FD_STEAM_TURB", "gain"]))
    assert _close(
        float(converters.loc["C_FD_TURBINE", "output_amount"]), park.converters["C_FD_TURBINE"].ratio * intake
    )
    assert not bool(flows.loc["L_ZY_H2_JHCG", "built"])  # Zhenhai's network takes all of Zhenyang's hydrogen


def test_taizhou_recovers_solvent_to_capacity_and_builds_the_heat_line() -> None:
    _, result = _optimize("taizhou_bay")
    flows, converters = result.flows, result.converters
    assert _close(float(converters.loc["C_LC_DISTIL", "intake"]), 24800 / 8000)  # 24,800 t/yr
    assert _close(float(flows.loc["L_XH_LTHEAT_LY", "delivered"]), 2.0)  # MW of crystalliser heat
    assert not bool(flows.loc["L_DC_STEAM_LY", "built"])  # Dechang has no steam to spare
