"""``parkflow compare``: JSON shape, known edits, staleness, reports and refusals.

Uses the real accounting (parkflow.report.kpis) on small parks whose
utilities and disposals have typed CO2 figures, so the expected deltas are
hand-computable: steam make-up 0.25 t CO2/t, cooling tower 0.01 t CO2/t,
8000 h/yr.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from compare_helpers import HOURS, base_park, with_amount_changed, with_enterprise_removed, with_link_added
from store_helpers import fixtures_module

from parkflow.cli import main
from parkflow.model.fingerprint import park_fingerprint
from parkflow.model.store import save_scenario
from parkflow.model.store_schema import SCHEMA_VERSION
from parkflow.report.compare import KINDS, KPI_KEYS, STATES


@pytest.fixture()
def files(tmp_path: Path) -> dict[str, Path]:
    park = base_park()
    paths = {
        "today": tmp_path / "today.parkflow",
        "main": tmp_path / "steam_main.parkflow",
        "amount": tmp_path / "more_steam.parkflow",
        "closed": tmp_path / "e3_closed.parkflow",
    }
    save_scenario(paths["today"], park)
    save_scenario(paths["main"], with_link_added(park))
    save_scenario(paths["amount"], with_amount_changed(park))
    save_scenario(paths["closed"], with_enterprise_removed(park))
    return paths


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["compare", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _ids(block: dict, status: str) -> dict[str, list[str]]:
    return {kind: [row["id"] for row in rows] for kind, rows in block[status].items() if rows}


def test_file_against_itself_has_no_differences_and_zero_deltas(files, tmp_path, capsys) -> None:
    out = tmp_path / "self.json"
    code, stdout, _ = _run(
        capsys, str(files["today"]), str(files["today"]), "--json", str(out), "--no-optimize"
    )
    assert code == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    for status in ("added", "removed", "changed"):
        assert set(document[status]) == set(KINDS)
        assert all(rows == [] for rows in document[status].values())
    assert document["settings"] == []
    assert set(document["kpis"]) == set(KPI_KEYS)
    from parkflow.model.store import open_scenario
    from parkflow.report.kpis import park_kpis

    not_modelled = park_kpis(open_scenario(files["today"]).park).not_modelled()
    for kpi in KPI_KEYS:
        for state in ("standalone", "current"):
            if kpi in not_modelled:  # not counted in this park: no figure, not a zero
                assert document["kpis"][kpi][state] == {"a": None, "b": None, "delta": None}
            else:
                assert document["kpis"][kpi][state]["delta"] == 0.0
        assert document["kpis"][kpi]["optimized"] == {"a": None, "b": None, "delta": None}
    assert "0 added, 0 removed, 0 changed" in stdout


def test_known_edits_one_alternative_each(files, tmp_path, capsys) -> None:
    out = tmp_path / "edits.json"
    code, stdout, _ = _run(
        capsys,
        str(files["today"]),
        str(files["main"]),
        str(files["amount"]),
        str(files["closed"]),
        "--json",
        str(out),
        "--no-optimize",
    )
    assert code == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["baseline"]["label"] == "today.parkflow"
    main_block, amount_block, closed_block = document["comparisons"]

    # One link added.
    assert _ids(main_block, "added") == {"links": ["L3"]}
    assert _ids(main_block, "removed") == {} and _ids(main_block, "changed") == {}
    link = main_block["added"]["links"][0]
    assert (link["source"], link["sink"], link["status"], link["current_flow"]) == (
        "S1",
        "K3",
        "existing",
        3.0,
    )
    co2 = main_block["kpis"]["co2_t_per_yr"]
    assert co2["standalone"]["delta"] == pytest.approx(0.0)
    assert co2["current"]["delta"] == pytest.approx(-HOURS * 3 * (0.25 + 0.01))

    # One stream's amount changed.
    assert _ids(amount_block, "changed") == {"streams": ["K1"]}
    assert amount_block["changed"]["streams"][0]["fields"] == [
        {"field": "amount", "old": 8.0, "new": 12.0, "unit": "t/h"}
    ]
    co2 = amount_block["kpis"]["co2_t_per_yr"]
    assert co2["standalone"]["delta"] == pytest.approx(HOURS * 4 * 0.25)
    assert co2["current"]["delta"] == pytest.approx(HOURS * 4 * 0.25)
    assert amount_block["kpis"]["cost_cny_per_yr"]["standalone"]["delta"] == pytest.approx(HOURS * 4 * 200.0)

    # One enterprise removed with its streams and links.
    assert _ids(closed_block, "removed") == {"enterprises": ["E3"], "streams": ["K2", "K3"], "links": ["L2"]}
    assert _ids(closed_block, "added") == {} and _ids(closed_block, "changed") == {}
    co2 = closed_block["kpis"]["co2_t_per_yr"]
    # fresh water's 0.0003 t/t is upstream (scope 3): outside co2_t_per_yr, in co2_upstream_t_per_yr
    assert co2["standalone"]["delta"] == pytest.approx(-HOURS * 5 * 0.25)
    assert closed_block["kpis"]["co2_upstream_t_per_yr"]["standalone"]["delta"] == pytest.approx(
        -HOURS * 15 * 0.0003
    )
    assert closed_block["kpis"]["fresh_water_t_per_yr"]["standalone"]["delta"] == pytest.approx(-HOURS * 15)
    [group] = closed_block["attribution"]["groups"]
    assert group["label"] == "enterprise E3 removed, with stream K2, stream K3, link L2"
    assert group["effects"]["co2_t_per_yr"]["standalone"] == pytest.approx(co2["standalone"]["delta"])
    e3 = closed_block["by_enterprise"]["E3"]["co2_t_per_yr"]["standalone"]
    assert e3["b"] == 0.0 and e3["delta"] == pytest.approx(co2["standalone"]["delta"])
    assert "− enterprise E3 (Paper mill 造纸厂)" in stdout


def test_missing_results_are_optimized_first(files, tmp_path, capsys) -> None:
    out = tmp_path / "optimized.json"
    code, stdout, _ = _run(capsys, str(files["today"]), str(files["amount"]), "--json", str(out))
    assert code == 0
    assert "optimizing today.parkflow: no stored result" in stdout
    assert "optimizing more_steam.parkflow: no stored result" in stdout
    document = json.loads(out.read_text(encoding="utf-8"))
    optimized = document["kpis"]["co2_t_per_yr"]["optimized"]
    assert optimized["a"] is not None and optimized["b"] is not None
    # K1 needs 4 t/h more; S1 (10 t/h) already served 8 t/h of K1 + 2 t/h elsewhere at best, so
    # the optimized CO2 cannot fall and rises by at most the standalone increase.
    assert 0.0 < optimized["delta"] <= HOURS * 4 * 0.25 + 1e-6
    assert document["b"]["optimized_state"] == "optimized now (no stored result)"


def test_fresh_stored_results_are_used_and_stale_ones_reoptimized(files, tmp_path, capsys) -> None:
    from parkflow.optimize import optimize

    park = base_park()
    document = optimize(park).to_document()
    document["park_hash"] = park_fingerprint(park)
    fresh = tmp_path / "fresh.parkflow"
    save_scenario(fresh, park, document)
    stale = tmp_path / "stale.parkflow"
    save_scenario(stale, with_amount_changed(park), document)  # the result of another park
    code, stdout, _ = _run(capsys, str(fresh), str(stale))
    assert code == 0
    assert "optimizing fresh.parkflow" not in stdout
    assert "optimizing stale.parkflow: park changed since the stored result" in stdout
    assert "optimized state of fresh.parkflow: stored result" in stdout


def test_no_optimize_compares_inputs_only(files, capsys) -> None:
    code, stdout, _ = _run(capsys, str(files["today"]), str(files["main"]), "--no-optimize")
    assert code == 0
    assert "optimizing" not in stdout
    assert "not optimized (no stored result; --no-optimize)" in stdout


def test_reports_html_and_xlsx(files, tmp_path, capsys) -> None:
    from openpyxl import load_workbook

    html_path, xlsx_path = tmp_path / "compare.html", tmp_path / "compare.xlsx"
    for output in (html_path, xlsx_path):
        code, _, _ = _run(
            capsys,
            str(files["today"]),
            str(files["main"]),
            str(files["closed"]),
            "-o",
            str(output),
            "--no-optimize",
        )
        assert code == 0
    text = html_path.read_text(encoding="utf-8")
    assert "<svg" in text and "情景对比" in text and "What drives the changes" in text
    assert "http://" not in text.replace("http://www.w3.org", "")  # self-contained
    assert "<script" not in text
    workbook = load_workbook(xlsx_path)
    assert workbook.sheetnames == [
        "Files 文件",
        "KPIs 指标",
        "Differences 差异",
        "Attribution 归因",
        "By enterprise 按企业",
        "By medium 按介质",
        "Link flows 连接流量",
    ]
    rows = list(workbook["Differences 差异"].iter_rows(values_only=True))
    assert rows[1][:4] == ("steam_main.parkflow", "links", "L3", "added")
    kpi_rows = [
        row
        for row in workbook["KPIs 指标"].iter_rows(values_only=True)
        if row[0] == "e3_closed.parkflow" and row[1] == "co2_t_per_yr" and row[4] == "standalone"
    ]
    assert kpi_rows[0][7] == pytest.approx(-HOURS * 5 * 0.25)  # scope 1 + 2 only (water is upstream)


def test_broken_file_exits_2_and_writes_nothing(files, tmp_path, capsys) -> None:
    broken = tmp_path / "broken.parkflow"
    broken.write_bytes(b"this is not a scenario file")
    out = tmp_path / "never.json"
    code, stdout, stderr = _run(capsys, str(files["today"]), str(broken), "--json", str(out), "--no-optimize")
    assert code == 2
    assert "broken.parkflow" in stderr
    assert "Traceback" not in stderr + stdout
    assert not out.exists()


def test_newer_file_exits_2(files, tmp_path, capsys) -> None:
    newer = tmp_path / "newer.parkflow"
    newer.write_bytes(files["main"].read_bytes())
    connection = sqlite3.connect(newer)
    with connection:
        connection.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    connection.close()
    code, _, stderr = _run(capsys, str(files["today"]), str(newer), "--no-optimize")
    assert code == 2
    assert "newer.parkflow" in stderr and "99" in stderr


def test_different_schema_versions_exit_2(files, tmp_path, capsys) -> None:
    old = tmp_path / "old.parkflow"
    fixtures_module().write_v1_file(old, with_link_added(base_park()))
    out = tmp_path / "never.html"
    code, _, stderr = _run(capsys, str(files["today"]), str(old), "-o", str(out), "--no-optimize")
    assert code == 2
    assert stderr.strip() == (
        f"old.parkflow: has schema version 1 but today.parkflow has schema version {SCHEMA_VERSION}; cannot compare scenario "
        "files of different schema versions. Open old.parkflow in this ParkFlow and save it, so that all "
        "files use one version, then compare again."
    )
    assert not out.exists()


def test_bad_output_suffix_exits_2_before_any_work(files, tmp_path, capsys) -> None:
    code, stdout, stderr = _run(
        capsys, str(files["today"]), str(files["main"]), "-o", str(tmp_path / "x.pdf")
    )
    assert code == 2
    assert ".html or .xlsx" in stderr
    assert "optimizing" not in stdout


def test_every_state_key_is_present(files, tmp_path, capsys) -> None:
    out = tmp_path / "states.json"
    _run(capsys, str(files["today"]), str(files["closed"]), "--json", str(out), "--no-optimize")
    document = json.loads(out.read_text(encoding="utf-8"))
    for kpi in KPI_KEYS:
        assert set(document["kpis"][kpi]) == set(STATES)
        for state in STATES:
            assert set(document["kpis"][kpi][state]) == {"a", "b", "delta"}


def test_scenario_file_against_its_own_workbook_has_no_differences(files, tmp_path, capsys) -> None:
    import os

    from parkflow.model.workbook import write_workbook

    workbook = tmp_path / "today.xlsx"
    write_workbook(base_park(), workbook)
    out = tmp_path / "same.json"
    code, stdout, _ = _run(capsys, str(files["today"]), str(workbook), "--json", str(out), "--no-optimize")
    assert code == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert all(rows == [] for status in ("added", "removed", "changed") for rows in document[status].values())
    assert document["settings"] == []
    # An ordinary file, not mkstemp's owner-only 0600.
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


def test_stored_result_of_another_objective_is_reoptimized_when_asked(tmp_path, capsys) -> None:
    from parkflow.optimize import SolveOptions, optimize

    park = base_park()
    document = optimize(park, SolveOptions(objective="co2")).to_document()
    document["park_hash"] = park_fingerprint(park)
    stored = tmp_path / "co2.parkflow"
    save_scenario(stored, park, document)
    other = tmp_path / "cost.parkflow"
    cost_document = optimize(park).to_document()
    cost_document["park_hash"] = park_fingerprint(park)
    save_scenario(other, park, cost_document)

    code, stdout, _ = _run(capsys, str(stored), str(other))
    assert code == 0 and "optimizing" not in stdout
    assert "minimise different objectives (co2.parkflow: co2, cost.parkflow: cost)" in stdout

    code, stdout, _ = _run(capsys, str(stored), str(other), "--objective", "cost")
    assert code == 0
    assert "optimizing co2.parkflow: stored result minimises co2, not cost" in stdout
    assert "optimizing cost.parkflow" not in stdout
    assert "different objectives" not in stdout
