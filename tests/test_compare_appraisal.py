"""``parkflow compare`` appraises each file's optimized network: JSON, HTML and XLSX.

Two small parks of tests/compare_helpers.py, 8000 h/yr, discount rate 8 %:

* today: L1 (existing) carries 8 t/h of E1's steam to E2: it avoids 8 t/h of boiler steam at
  200 CNY/t and 8 t/h of cooling at 5 CNY/t → 8 × 205 × 8000 = 13,120,000 CNY/yr, no capex.
  L2 (candidate, 1,000,000 CNY, 15 years) carries 15 t/h of E1's blowdown to E3's pulp water: it
  avoids 15 t/h of fresh water at 4 CNY/t and 15 t/h of treatment at 3 CNY/t →
  15 × 7 × 8000 = 840,000 CNY/yr; payback 1,000,000 / 840,000 = 1.19 yr; NPV =
  840,000 / CRF(8 %, 15) − 1,000,000, CRF = 0.08 / (1 − 1.08⁻¹⁵) = 0.116830 → 6,189,962 CNY.
* closed: E3 is gone with L2: only L1 is left, with the same 13,120,000 CNY/yr.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from compare_helpers import base_park, with_enterprise_removed

from parkflow.cli import main
from parkflow.model.store import save_scenario


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> dict[str, Path]:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("appraisal")
    today, closed = folder / "today.parkflow", folder / "closed.parkflow"
    save_scenario(today, base_park())
    save_scenario(closed, with_enterprise_removed(base_park()))
    paths = {"json": folder / "out.json", "html": folder / "out.html", "xlsx": folder / "out.xlsx"}
    assert (
        main(["compare", str(today), str(closed), "--json", str(paths["json"]), "-o", str(paths["html"])])
        == 0
    )
    assert main(["compare", str(today), str(closed), "-o", str(paths["xlsx"])]) == 0
    return paths


def test_json_has_the_appraisal_of_each_file(outputs) -> None:  # type: ignore[no-untyped-def]
    appraisal = json.loads(outputs["json"].read_text(encoding="utf-8"))["appraisal"]
    assert set(appraisal) == {"today.parkflow", "closed.parkflow"}
    today = appraisal["today.parkflow"]
    assert today["discount_rate_pct"] == 8.0 and today["allocation"] == "prices"
    links = {row["link"]: row for row in today["links"]}
    assert set(links) == {"L1", "L2"}
    assert links["L1"]["status"] == "existing" and links["L1"]["capex_cny"] == 0.0
    assert links["L1"]["annual_saving_cny_per_yr"] == pytest.approx(13_120_000.0)
    assert links["L2"]["capex_cny"] == pytest.approx(1_000_000.0)
    assert links["L2"]["annual_saving_cny_per_yr"] == pytest.approx(840_000.0)
    assert links["L2"]["payback_yr"] == pytest.approx(1_000_000.0 / 840_000.0)
    assert links["L2"]["npv_cny"] == pytest.approx(6_189_962.0, abs=1.0)
    assert links["L2"]["irr"] == pytest.approx(0.84, abs=0.005)
    # E3 pays for L2 (the pipe it receives through) and gets what L2 saves
    enterprises = {row["id"]: row for row in today["enterprises"]}
    assert set(enterprises) == {"E1", "E2", "E3"}
    assert enterprises["E3"]["capex_cny"] == pytest.approx(1_000_000.0)
    closed = appraisal["closed.parkflow"]
    assert [row["link"] for row in closed["links"]] == ["L1"]
    assert closed["links"][0]["annual_saving_cny_per_yr"] == pytest.approx(13_120_000.0)
    assert {row["id"] for row in closed["enterprises"]} == {"E1", "E2"}


def test_html_and_xlsx_show_the_appraisal_tables(outputs) -> None:  # type: ignore[no-untyped-def]
    html = outputs["html"].read_text(encoding="utf-8")
    assert 'id="appraisal"' in html and "投资评价" in html
    # L2 in 10⁴ CNY: capex 100, saving 84, NPV 618.9962 → 619; IRR 84.0 %; payback 1.2 yr
    assert (
        '<td>L2</td><td>E1</td><td>E3</td><td>candidate 新建</td><td class="num">100</td>'
        '<td class="num">84</td><td class="num">619</td><td class="num">84.0%</td>'
        '<td class="num">1.2</td>'
    ) in html
    from openpyxl import load_workbook

    workbook = load_workbook(outputs["xlsx"])
    sheet = workbook["Appraisal 投资评价"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
    l2 = next(row for row in rows if row[0] == "today.parkflow" and row[2] == "L2")
    assert l2[4] == pytest.approx(100.0) and l2[5] == pytest.approx(84.0)
    assert any(row[0] == "closed.parkflow" and row[2] == "E2" for row in rows)
