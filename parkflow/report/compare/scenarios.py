"""Scenarios being compared: loading them, telling whether their stored results are fresh, optimizing."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from parkflow.model.entities import Park
from parkflow.model.fingerprint import park_fingerprint, stamp_results
from parkflow.report.compare.kpi_tables import KpiSet


@dataclass
class ScenarioData:
    """One park being compared, with its result and KPIs once known.

    ``result`` is an ``OptimizationResult`` (or None), ``document`` its
    JSON document (``flows``, ``kpis`` …), ``result_note`` says where the
    optimized state came from ("stored result", "optimized now: no stored
    result", "not optimized: --no-optimize", …).
    """

    label: str
    park: Park
    path: Path | None = None
    schema_version: int | None = None
    document: dict[str, Any] | None = None
    result: Any = None
    result_note: str = ""
    kpis: KpiSet | None = None
    #: investment appraisal of the optimized network (:func:`appraise_scenario`), None until made
    appraisal: dict[str, Any] | None = None

    @property
    def has_result(self) -> bool:
        return self.result is not None or self.document is not None


#: How a result note's words read in Chinese (the notes :func:`prepare_results` and
#: :func:`result_freshness` write), longest first so that a phrase wins over its parts.
_RESULT_NOTE_ZH: tuple[tuple[str, str], ...] = (
    ("stored result does not record which park it belongs to", "已存结果未记录其所属园区"),
    ("park changed since the stored result", "园区在结果保存后已修改"),
    ("stored result cannot be read", "已存结果无法读取"),
    ("stored result has status", "已存结果的状态为"),
    ("stored result minimises", "已存结果的目标为"),
    ("no optimized state", "无优化结果"),
    ("no stored result", "无已存结果"),
    ("optimized now", "本次重新优化"),
    ("not optimized", "未优化"),
    ("stored result", "已存结果"),
    ("infeasible", "不可行"),
    (", not ", "，而非 "),
    ("; ", "；"),
    (": ", "："),
    (" (", "（"),
    (")", "）"),
)


def result_note_zh(note: str) -> str:
    """``note`` (where the optimized state came from) in Chinese; ids, flags and solver words stay as written."""
    for english, chinese in _RESULT_NOTE_ZH:
        note = note.replace(english, chinese)
    return note


def result_freshness(park: Park, document: Mapping[str, Any] | None) -> tuple[str, str]:
    """``("fresh"|"missing"|"stale", why)`` for a stored results document.

    Fresh means the document's ``park_hash`` equals :func:`park_fingerprint`
    of the park as stored now.  A document without ``park_hash`` cannot be
    checked and counts as stale: showing a result that may belong to another
    park would mislead a committee, re-optimizing costs seconds.
    """
    if not document:
        return "missing", "no stored result"
    status = str(document.get("status", "")).lower()
    if status and status not in ("optimal", "feasible", "time_limit", "time-limit"):
        return "missing", f"stored result has status {status!r}"
    stored_hash = document.get("park_hash")
    if not stored_hash:
        return "stale", "stored result does not record which park it belongs to"
    if stored_hash != park_fingerprint(park):
        return "stale", "park changed since the stored result"
    return "fresh", "stored result"


def load_scenario(path: Path | str, label: str | None = None) -> ScenarioData:
    """Read a scenario file, workbook or CSV folder for comparison.

    Raises
    ------
    ParkError
        ScenarioFileError for a broken, foreign or too-new scenario file;
        ParkError with every located problem for a bad workbook.
    """
    from parkflow.model.io import input_kind, load_park

    path = Path(path)
    label = label or path.name
    if input_kind(path) == "scenario":
        from parkflow.model.store import open_scenario

        scenario = open_scenario(path)
        document = scenario.results if isinstance(scenario.results, dict) else None
        return ScenarioData(
            label,
            scenario.park,
            path,
            schema_version=getattr(scenario, "schema_version", None),
            document=document,
        )
    return ScenarioData(label, load_park(path), path)


def check_schema_versions(scenarios: Sequence[ScenarioData]) -> None:
    """Refuse to compare scenario files written with different schema versions.

    The first scenario file is the reference; each file of another version
    gets one problem naming both versions and the fix.  Raises ParkError (exit 2).
    """
    from parkflow.model.problems import ParkError, Problem

    files = [scenario for scenario in scenarios if scenario.schema_version is not None]
    if not files:
        return
    reference = files[0]
    problems = [
        Problem(
            f"has schema version {scenario.schema_version} but {reference.label} has schema version "
            f"{reference.schema_version}; cannot compare scenario files of different schema versions. "
            f"Open {scenario.label if (scenario.schema_version or 0) < (reference.schema_version or 0) else reference.label} "
            "in this ParkFlow and save it, so that all files use one version, then compare again.",
            sheet=scenario.label,
        )
        for scenario in files[1:]
        if scenario.schema_version != reference.schema_version
    ]
    if problems:
        raise ParkError(problems)


def prepare_results(
    scenario: ScenarioData,
    optimize_missing: bool = True,
    options: Any = None,
    say: Callable[[str], None] = lambda message: None,
    objective: str | None = None,
) -> ScenarioData:
    """Make ``scenario.result`` the optimized state, or explain why there is none.

    A fresh stored result is used as it is, unless ``objective`` is given
    and the stored result minimised another one.  A missing or stale one is
    re-optimized when ``optimize_missing`` (``say`` is told, e.g.
    ``optimizing B: no stored result``), else dropped so that the optimized
    state is compared as "not available".  An infeasible park or a solver
    failure leaves no optimized state and a note saying why.
    """
    freshness, why = result_freshness(scenario.park, scenario.document)
    stored_objective = result_objective(scenario.document)
    if freshness == "fresh" and objective and stored_objective and stored_objective != objective:
        freshness, why = "stale", f"stored result minimises {stored_objective}, not {objective}"
    if freshness == "fresh":
        try:
            from parkflow.optimize import OptimizationResult

            scenario.result = OptimizationResult.from_document(dict(scenario.document or {}))
            scenario.result_note = "stored result"
            return scenario
        except Exception as exc:  # an unreadable stored result is treated as missing
            freshness, why = "missing", f"stored result cannot be read ({exc})"
    scenario.document = None
    scenario.result = None
    if not optimize_missing:
        scenario.result_note = f"not optimized ({why}; --no-optimize)"
        return scenario
    say(f"optimizing {scenario.label}: {why}")
    from parkflow.optimize import optimize
    from parkflow.optimize.errors import OptimizeError

    try:
        result = optimize(scenario.park, options)
    except OptimizeError as exc:
        scenario.result_note = f"no optimized state: {exc}"
        say(f"{scenario.label}: {scenario.result_note}")
        return scenario
    scenario.result = result
    try:
        scenario.document = stamp_results(result.to_document(), scenario.park)
    except Exception:  # the document only feeds the link-flow table
        scenario.document = None
    scenario.result_note = f"optimized now ({why})"
    return scenario


#: Money of the appraisal rows, as ``parkflow share --json`` writes them.
APPRAISAL_COLUMNS: tuple[str, ...] = ("capex_cny", "annual_saving_cny_per_yr", "npv_cny", "irr", "payback_yr")


def appraise_scenario(scenario: ScenarioData, options: Any = None) -> ScenarioData:
    """Make ``scenario.appraisal``: capex, annual saving, NPV, IRR and payback of the optimized network.

    One row per link that carries flow in the cost-optimal network (existing ones have no capex)
    and one per enterprise, each as :func:`parkflow.report.share.share_benefits` appraises it.
    An enterprise's annual saving is its shadow-price settlement (what it saves in the network
    plus what its sales earn at the optimum's shadow prices) before the capital charge of the new
    links it pays for: one extra solve per file, where Shapley shares would solve every
    coalition. A scenario without an optimized state, or whose park cannot be solved, gets a note
    and no rows.
    """
    empty: dict[str, Any] = {
        "allocation": "prices",
        "discount_rate_pct": float(scenario.park.discount_rate_pct or 0.0),
        "links": [],
        "enterprises": [],
        "note": "",
    }
    if not scenario.has_result:
        scenario.appraisal = {**empty, "note": "no optimized state to appraise"}
        return scenario
    if (
        scenario.park.periods
    ):  # the appraisal shares one design point's savings; it does not work over periods yet
        scenario.appraisal = {
            **empty,
            "note": "not appraised: the park has periods, and the appraisal of who gains "
            "works on one design point for the year",
        }
        return scenario
    from parkflow.optimize.errors import OptimizeError
    from parkflow.report.share import share_benefits

    if options is not None and getattr(options, "objective", "cost") != "cost":
        options = dataclasses.replace(options, objective="cost")  # savings are money: the cost optimum
    try:
        shared = share_benefits(scenario.park, method="prices", options=options, exact_limit=0)
    except (OptimizeError, ValueError) as exc:
        scenario.appraisal = {**empty, "note": f"not appraised: {exc}"}
        return scenario
    document = shared.to_document()
    scenario.appraisal = {
        **empty,
        "discount_rate_pct": shared.discount_rate_pct,
        "links": [
            {
                key: row[key]
                for key in (
                    "link",
                    "source_enterprise",
                    "sink_enterprise",
                    "status",
                    "lifetime_yr",
                    *APPRAISAL_COLUMNS,
                )
            }
            for row in document["links"]
        ],
        "enterprises": [
            {key: row[key] for key in ("id", "name", *APPRAISAL_COLUMNS)} for row in document["enterprises"]
        ],
    }
    return scenario


def result_objective(document: Mapping[str, Any] | None) -> str | None:
    """The objective a results document minimised (``cost``, ``co2``, ``cod``) or None."""
    objective = (document or {}).get("objective")
    if isinstance(objective, Mapping) and objective.get("name"):
        return str(objective["name"])
    return None


def scenario_objective(scenario: ScenarioData) -> str | None:
    name = getattr(scenario.result, "objective_name", None)
    return str(name) if name else result_objective(scenario.document)


def document_flows(scenario: ScenarioData) -> dict[str, dict[str, Any]]:
    """Optimized link flows of a scenario by link id (empty without a result)."""
    document = scenario.document
    if document is None and scenario.result is not None and hasattr(scenario.result, "to_document"):
        try:
            document = scenario.result.to_document()
        except Exception:
            document = None
    flows: dict[str, dict[str, Any]] = {}
    link_flows = getattr(scenario.result, "link_flows", None)  # a FlowState given as the result
    if document is None and isinstance(link_flows, Mapping):
        for link_id, flow in link_flows.items():
            flows[str(link_id)] = {
                "link": link_id,
                "source": flow.source,
                "sink": flow.sink,
                "amount": flow.amount,
            }
        return flows
    for row in (document or {}).get("flows", []) or []:
        if isinstance(row, Mapping) and row.get("link") is not None:
            flows[str(row["link"])] = dict(row)
    return flows
