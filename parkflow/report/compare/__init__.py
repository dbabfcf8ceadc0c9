"""Compare scenarios: what differs between parks and what each difference does.

Qt-free engine behind ``parkflow compare``, the compare report and the
compare view (docs/design.md, "Accounting", "The command line").

Three layers of comparison, from the inputs to the results:

1. **Inputs** (:func:`diff_parks`, :mod:`.park_diff`): entities and park
   settings matched by id, listed as added, removed or changed field by field.
2. **KPIs** (:func:`compare_scenarios`, :mod:`.document`): every KPI of every
   state (standalone, current, optimized) as baseline ``a``, alternative
   ``b`` and ``delta = b − a``, and the same per enterprise and per medium
   (:mod:`.kpi_tables`), with each link's flow on both sides (:mod:`.link_flows`).
3. **Attribution** (:func:`attribute`, :mod:`.attribution`): which changes
   drive the KPI deltas, and which part of that cannot be said.

The scenarios themselves (loading, stored results, optimizing) are in
:mod:`.scenarios`; the kinds, states, KPI names and number formats all of
them share are in :mod:`.terms`.
"""

from __future__ import annotations

from parkflow.report.compare.attribution import (
    Attribution,
    ChangeGroup,
    apply_group,
    attribute,
    change_groups,
)
from parkflow.report.compare.document import (
    Comparison,
    compare_many,
    compare_scenarios,
    comparisons_document,
    scenarios_of,
)
from parkflow.report.compare.kpi_tables import (
    KpiComparison,
    KpiDelta,
    KpiProvider,
    KpiSet,
    KpiTable,
    default_kpi_provider,
)
from parkflow.report.compare.link_flows import LinkFlowChange
from parkflow.report.compare.park_diff import DiffItem, EntityChange, FieldChange, ParkDiff, diff_parks
from parkflow.report.compare.scenarios import (
    ScenarioData,
    appraise_scenario,
    check_schema_versions,
    load_scenario,
    prepare_results,
    result_freshness,
    result_note_zh,
)
from parkflow.report.compare.terms import (
    KIND_SINGULAR,
    KIND_ZH,
    KINDS,
    KPI_KEYS,
    KPI_LABEL,
    KPI_UNIT,
    KPI_ZH,
    STATE_ZH,
    STATES,
    format_number,
    format_value,
    medium_label,
)

__all__ = [
    "KINDS",
    "KIND_SINGULAR",
    "KIND_ZH",
    "KPI_KEYS",
    "KPI_LABEL",
    "KPI_UNIT",
    "KPI_ZH",
    "STATES",
    "STATE_ZH",
    "Attribution",
    "ChangeGroup",
    "Comparison",
    "DiffItem",
    "EntityChange",
    "FieldChange",
    "KpiComparison",
    "KpiDelta",
    "KpiProvider",
    "KpiSet",
    "KpiTable",
    "LinkFlowChange",
    "ParkDiff",
    "ScenarioData",
    "appraise_scenario",
    "apply_group",
    "attribute",
    "change_groups",
    "check_schema_versions",
    "compare_many",
    "compare_scenarios",
    "comparisons_document",
    "default_kpi_provider",
    "diff_parks",
    "format_number",
    "format_value",
    "load_scenario",
    "medium_label",
    "prepare_results",
    "result_freshness",
    "result_note_zh",
    "scenarios_of",
]
