"""Diagnosis of infeasible parks, solver trouble, cancel, and the optimize/pareto/targets commands."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from parkflow.cli import main
from parkflow.model.generate import generate_park
from parkflow.optimize import (
    InfeasibleError,
    OptimizationCancelled,
    OptimizationResult,
    SolveOptions,
    SolverError,
    constraint_name,
    optimize,
    pareto,
)

DATA = Path(__file__).parent / "data" / "literature"


def write_infeasible_park(folder: Path) -> Path:
    """Sink K7 needs 15 t/h of water, has no utility, and its only link brings 12 t/h."""
    folder.mkdir()
    (folder / "park.csv").write_text("key,value\nname,Short park\n", encoding="utf-8")
    (folder / "enterprises.csv").write_text("id,name\nE1,Dyeing works\nE2,Paper mill\n", encoding="utf-8")
    (folder / "utilities.csv").write_text(
        "id,medium,name,cost_cny_per_unit\nFW,water,Fresh water,4\n", encoding="utf-8"
    )
    (folder / "disposals.csv").write_text(
        "id,medium,name,cost_cny_per_unit\nWW,water,Treatment,6\n", encoding="utf-8"
    )
    (folder / "streams.csv").write_text(
        "id,enterprise,direction,medium,name,amount,unit,cod_mg_l,utility,disposal\n"
        "S1,E1,source,water,Rinse water,12,t/h,40,,WW\n"
        "K7,E2,sink,water,Pulp make-up,15,t/h,,,\n"
        "K8,E2,sink,water,Washing,5,t/h,,FW,\n",
        encoding="utf-8",
    )
    (folder / "links.csv").write_text(
        "id,source,sink,status,capacity\nL1,S1,K7,candidate,20\n", encoding="utf-8"
    )
    return folder


def test_infeasible_park_names_the_short_sink(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from parkflow.model.io import load_park

    park = load_park(write_infeasible_park(tmp_path / "short"))
    with pytest.raises(InfeasibleError) as caught:
        optimize(park)
    violations = caught.value.diagnosis.violations
    assert [v.key for v in violations] == ["K7"]
    assert violations[0].amount == pytest.approx(3.0)
    assert "K7" in violations[0].message and "12 of 15" in violations[0].message
    assert main(["optimize", str(tmp_path / "short"), "--json", str(tmp_path / "out.json")]) == 3
    err = capsys.readouterr().err
    assert "sink K7" in err and "3 t/h" in err
    assert not (tmp_path / "out.json").exists()


def test_link_capacity_violation_is_reported(tmp_path: Path) -> None:
    from parkflow.model.io import load_park

    folder = write_infeasible_park(tmp_path / "narrow")
    (folder / "streams.csv").write_text(
        "id,enterprise,direction,medium,name,amount,unit,cod_mg_l,utility,disposal\n"
        "S1,E1,source,water,Rinse water,30,t/h,40,,WW\nK7,E2,sink,water,Pulp make-up,15,t/h,,,\n",
        encoding="utf-8",
    )
    (folder / "links.csv").write_text(
        "id,source,sink,status,capacity\nL1,S1,K7,candidate,10\n", encoding="utf-8"
    )
    with pytest.raises(InfeasibleError) as caught:
        optimize(load_park(folder))
    messages = " ".join(caught.value.diagnosis.lines)
    assert "L1" in messages or "K7" in messages


def test_missing_solver_gives_a_clear_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sys

    solve_module = sys.modules["parkflow.optimize.solve"]
    monkeypatch.setattr(solve_module, "available_solvers", lambda: [])
    park = generate_park(3, 1)
    with pytest.raises(SolverError, match="HIGHS solver is not available"):
        optimize(park)
    assert main(["optimize", str(DATA / "wang_smith_water"), "--solver", "cbc"]) == 1
    assert "CBC solver is not available" in capsys.readouterr().err


def test_time_out_without_solution_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """No network and not even the existing links' operation within the limit: exit 1 with the message.
    (60 enterprises: large enough that no LP of it finishes in its presolve within a nanosecond.)"""
    scenario = tmp_path / "g.parkflow"
    assert main(["generate", "--enterprises", "60", "--seed", "1", "-o", str(scenario)]) == 0
    capsys.readouterr()
    assert main(["optimize", str(scenario), "--mode", "milp", "--time-limit", "1e-9"]) == 1
    assert "time limit" in capsys.readouterr().err


def test_cancel_before_solving_raises() -> None:
    event = threading.Event()
    event.set()
    with pytest.raises(OptimizationCancelled):
        optimize(generate_park(3, 1), cancel=event)


def test_progress_reports_stages() -> None:
    stages: list[tuple[str, float]] = []
    optimize(generate_park(3, 2), progress=lambda stage, fraction: stages.append((stage, fraction)))
    names = [stage for stage, _ in stages]
    for stage in ("prepare", "build", "solve", "results"):
        assert stage in names
    assert stages[-1][1] == 1.0


def test_cbc_and_highs_agree() -> None:
    park = generate_park(4, 3)
    highs = optimize(park, SolveOptions(solver="highs"))
    cbc = optimize(park, SolveOptions(solver="cbc"))
    assert cbc.objective_value == pytest.approx(highs.objective_value, rel=1e-6)


def test_document_round_trip_and_state() -> None:
    park = generate_park(4, 4)
    result = optimize(park)
    document = json.loads(json.dumps(result.to_document()))
    assert document["objective"]["unit"] == "CNY/yr"
    back = OptimizationResult.from_document(document)
    assert back.objective_value == pytest.approx(result.objective_value)
    state = back.to_state()
    assert state.utility_use == pytest.approx(result.to_state().utility_use)
    assert sum(f.amount for f in state.link_flows.values()) == pytest.approx(
        sum(f.amount for f in result.to_state().link_flows.values())
    )


def test_shadow_prices_have_units_and_readings() -> None:
    from parkflow.model.io import load_park

    park = load_park(DATA / "wang_smith_water")
    result = optimize(park)
    duals = result.duals
    assert duals.index.name == "constraint"
    row = duals.loc[constraint_name("sink_balance", "SK1")]
    # SK1 (0 ppm) can only take fresh water, and the sources' wastewater is fixed:
    # one more t/h costs one more t/h of fresh water, 1 CNY/t
    assert row["hourly_value"] == pytest.approx(1.0)
    assert row["shadow_price_unit"] == "CNY/yr per t/h"
    assert "one more t/h needed by SK1" in row["reading_en"] and "1.0 CNY/h" in row["reading_en"]
    assert "每" in row["reading_zh"]


def test_pareto_points_run_from_cheapest_to_cleanest(tmp_path: Path) -> None:
    park = generate_park(5, 7)
    points = pareto(park, 4)
    assert len(points) == 4
    co2 = [p.totals["co2"] for p in points]
    cost = [p.totals["cost"] for p in points]
    assert all(a >= b - 1e-6 * max(1, a) for a, b in zip(co2, co2[1:], strict=False))
    assert all(a <= b + 1e-6 * max(1, b) for a, b in zip(cost, cost[1:], strict=False))
    out = tmp_path / "front.json"
    scenario = tmp_path / "g.parkflow"
    assert main(["generate", "--enterprises", "4", "--seed", "7", "-o", str(scenario)]) == 0
    assert main(["pareto", str(scenario), "--points", "3", "--json", str(out)]) == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))["points"]) == 3


def test_optimize_save_and_write_mps(tmp_path: Path) -> None:
    from parkflow.model.store import open_scenario

    saved = tmp_path / "water.parkflow"
    mps = tmp_path / "water.mps"
    assert (
        main(["optimize", str(DATA / "wang_smith_water"), "--save", str(saved), "--write-mps", str(mps)]) == 0
    )
    scenario = open_scenario(saved)
    assert scenario.results is not None and scenario.results["status"] == "optimal"
    assert "kpis" in scenario.results
    text = mps.read_text()
    assert "sink_balance__SK1" in text and "flow__SR1_SK1" not in text  # implicit link ids use '>'
    from parkflow.optimize.solve import quiet_highs

    highs = quiet_highs()
    highs.readModel(str(mps))
    highs.run()
    assert highs.getInfo().objective_function_value == pytest.approx(8000 * 2 * 90, rel=1e-7)


def test_invalid_options_exit_2(tmp_path: Path) -> None:
    assert main(["optimize", str(DATA / "wang_smith_water"), "--time-limit", "0"]) == 2
    assert main(["optimize", str(DATA / "wang_smith_water"), "--json", str(tmp_path / "no" / "x.json")]) == 2


def test_optimize_stdout_is_only_the_kpi_table() -> None:
    """The real command in a subprocess: HiGHS's banner (printed by its C++ constructor
    from 1.16 on) must not reach stdout, so ``parkflow optimize IN > kpis.txt`` keeps a clean table."""
    import os
    import subprocess
    import sys

    repo = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(repo) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    run = subprocess.run(
        [sys.executable, "-m", "parkflow.cli", "optimize", str(DATA / "wang_smith_water")],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "HiGHS" not in run.stdout and "Copyright" not in run.stdout
    assert "KPI" in run.stdout.splitlines()[1], run.stdout[:300]


def test_mip_gap_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--mip-gap PCT`` reaches the solver as a fraction; a nonsense gap is refused with exit 2."""
    from parkflow.model.store import save_scenario

    park_file = tmp_path / "p.parkflow"
    save_scenario(park_file, generate_park(12, 3))
    out = tmp_path / "r.json"
    assert main(["optimize", str(park_file), "--mode", "milp", "--mip-gap", "0", "--json", str(out)]) == 0
    exact = json.loads(out.read_text())
    assert exact["mode"] == "milp" and exact["gap"] <= 1e-9 + 1e-4  # HiGHS's own floor when asked for 0
    assert main(["optimize", str(park_file), "--mode", "milp", "--mip-gap", "5", "--json", str(out)]) == 0
    loose = json.loads(out.read_text())
    assert loose["gap"] <= 0.05
    assert loose["objective"]["value"] >= exact["objective"]["value"] * (1 - 1e-9)
    capsys.readouterr()
    assert main(["optimize", str(park_file), "--mode", "milp", "--mip-gap", "150"]) == 2
    assert "--mip-gap" in capsys.readouterr().err
    assert main(["pareto", str(park_file), "--mode", "milp", "--mip-gap", "-1"]) == 2


def test_milp_search_reports_progress_toward_the_gap(monkeypatch: pytest.MonkeyPatch) -> None:
    """The MILP search tells how near it is to the gap asked for, as a fraction that ends at 1."""
    import sys

    from parkflow.optimize.solve import search_fraction

    solve_module = sys.modules["parkflow.optimize.solve"]
    monkeypatch.setattr(solve_module, "SEARCH_REPORT_INTERVAL_S", 0.0)
    reports: list[tuple[str, float]] = []
    result = optimize(
        generate_park(20, 1),
        SolveOptions(mode="milp", mip_gap=0.0),
        progress=lambda stage, fraction: reports.append((stage, fraction)),
    )
    assert result.status == "optimal"
    search = [fraction for stage, fraction in reports if stage == "search"]
    assert search and all(0.0 <= fraction <= 1.0 for fraction in search)
    assert [stage for stage, _ in reports][-1] == "results"
    # the fraction itself: asked share over the share still open
    assert search_fraction(110.0, 100.0, 1000.0, 0.005) == pytest.approx(0.5)  # 1 % open, 0.5 % asked
    assert search_fraction(100.5, 100.0, 1000.0, 0.005) == 1.0
    assert search_fraction(float("inf"), 100.0, 1000.0, 0.005) == 0.0


def test_kpi_table_is_bilingual_and_aligned(capsys: pytest.CaptureFixture[str]) -> None:
    """The terminal table names every KPI in English and Chinese; columns line up in a
    terminal, where each Chinese character takes two columns."""
    from parkflow.commands.optimize import display_width
    from parkflow.report.catalogue import KPI_KEYS

    assert main(["optimize", str(DATA / "wang_smith_water")]) == 0
    lines = capsys.readouterr().out.splitlines()
    table = lines[1 : 2 + 1 + len(KPI_KEYS)]  # header, rule, every KPI
    assert "指标" in table[0] and "现状" in table[0]
    assert any("二氧化碳排放" in line for line in table) and any("新鲜水" in line for line in table)
    assert len({display_width(line) for line in table}) == 1, table
    assert display_width("新鲜水 t") == 8


def test_milp_time_limit_covers_the_whole_run_and_falls_back_to_the_existing_links(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """When the LPs that start a MILP use up the time limit, the search gets only what is
    left; finding no network in it, the run returns the existing links alone (status
    ``time_limit``, a note), not an error and not a run three times as long as asked."""
    import sys
    import time

    from parkflow.model.entities import LinkStatus

    solve_module = sys.modules["parkflow.optimize.solve"]
    original = solve_module._relaxation_bound
    limit = 3.0

    def slow_bound(problem, cancel):  # the relaxation "takes" the whole limit
        bound, elapsed = original(problem, cancel)
        return bound, elapsed + limit

    monkeypatch.setattr(solve_module, "_relaxation_bound", slow_bound)
    park = generate_park(100, 1)
    started = time.perf_counter()
    result = optimize(park, SolveOptions(mode="milp", time_limit=limit))
    took = time.perf_counter() - started
    assert result.status == "time_limit"
    assert any("existing links alone" in note for note in result.notes)
    candidates = [link.id for link in park.links.values() if link.status is LinkStatus.CANDIDATE]
    assert float(result.flows.loc[candidates, "amount"].sum()) == 0.0
    assert took < 30.0  # the LPs and a search of 1 ms, not another full limit on top


def test_json_results_get_ordinary_permissions(tmp_path: Path) -> None:
    """--json files were created 0600 (mkstemp's private mode) while reports and
    scenario files got the umask's; every user file now gets the same."""
    import os
    import stat

    out = tmp_path / "r.json"
    assert main(["optimize", str(DATA / "wang_smith_water"), "--json", str(out)]) == 0
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask
    os.chmod(out, 0o640)  # a file the user restricted keeps its permissions when replaced
    assert main(["optimize", str(DATA / "wang_smith_water"), "--json", str(out)]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o640


def test_option_problems_name_the_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Bad options are located at the option, not at 'park:'; compare and report check them
    as optimize does (a --time-limit of 0 was an 'unexpected ValueError' there)."""
    park = str(DATA / "wang_smith_water")
    cases = [
        (["optimize", park, "--time-limit", "0"], "option --time-limit: "),
        (["optimize", park, "--mip-gap", "150"], "option --mip-gap: "),
        (["optimize", park, "--json", str(tmp_path / "no" / "x.json")], "option --json: "),
        (["optimize", park, "--save", str(tmp_path / "x.txt")], "option --save: "),
        (["pareto", park, "--points", "1"], "option --points: "),
        (["report", park, "-o", str(tmp_path / "x.doc")], "option -o: "),
        (["report", park, "-o", str(tmp_path / "x.html"), "--time-limit", "0"], "option --time-limit: "),
        (["compare", park, park, "--time-limit", "0"], "option --time-limit: "),
    ]
    for argv, located in cases:
        capsys.readouterr()
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert located in err and "park:" not in err and "unexpected" not in err, (argv, err)


def test_front_notes_explain_repeated_and_beaten_points() -> None:
    from parkflow.commands.pareto import front_notes

    assert front_notes([(100.0, 50.0, "optimal"), (110.0, 40.0, "optimal"), (120.0, 30.0, "optimal")]) == []
    repeated = front_notes([(100.0, 50.0, "optimal"), (110.0, 40.0, "optimal"), (110.0, 40.0, "optimal")])
    assert repeated == [
        "points 2 and 3 are the same operation: the cheapest one under the tighter "
        "CO2 cap is the one already found (the front has a corner there)"
    ]
    beaten = front_notes([(283.0, 52.6, "time_limit"), (254.6, 52.4, "optimal"), (254.6, 52.4, "optimal")])
    assert beaten[-1].startswith(
        "point 1 costs more and emits more than point 2: its search hit the time limit"
    )


def test_each_pareto_point_carries_only_its_own_notes() -> None:
    """The points of a front share the park's prepared data; notes about one solve (the MILP
    gap reached, heat rounding) used to pile up on that shared data, so point 3 repeated the
    notes of points 1 and 2."""
    park = generate_park(60, 3)  # enough temperatures for the heat cascade to be rounded
    front = pareto(park, 3, SolveOptions(mode="milp", mip_gap=0.05))
    for point in front:
        milp = [note for note in point.notes if note.startswith("MILP: the network found")]
        heat = [note for note in point.notes if note.startswith("heat cascade")]
        assert len(milp) <= 1 and len(heat) <= 1, point.notes
