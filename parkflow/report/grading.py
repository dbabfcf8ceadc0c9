"""Enterprise grading (red / yellow / green) on a small bilingual rules file.

A rules file (TOML) lists grades with their lowest score and rules that turn
one per-enterprise indicator into 0–100 points: 100 at ``good`` or better,
0 at ``poor`` or worse, linear between.  An enterprise's score is the
weighted mean of the points of the rules it has figures for (an indicator
without a figure, such as an intensity without value added, is left out); an
enterprise with figures for less than ``min_weight_share`` of the weight
(default half) gets no grade.  Its grade is the first whose ``min_score`` it
reaches.

The shipped ``resources/grading_example.toml`` is an example built from the
dimensions the province's synergy reports name; it is labelled as an example
wherever it is shown and is never an official index.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from parkflow.model.state import source_available
from parkflow.report.catalogue import KPI_KEYS
from parkflow.report.kpis import KpiTable

#: Indicators a rule may name besides the per-enterprise KPI keys.
DERIVED_INDICATORS: tuple[str, ...] = ("pollution_equivalents_per_10k_cny", "reuse_share_pct")


class GradingError(ValueError):
    """A rules file ParkFlow cannot use; the message says where and why."""


@dataclass(frozen=True, slots=True)
class Grade:
    key: str
    label_en: str
    label_zh: str
    colour: str
    min_score: float

    def label(self, language: str = "en") -> str:
        return self.label_zh if language.startswith("zh") else self.label_en


@dataclass(frozen=True, slots=True)
class Rule:
    indicator: str
    label_en: str
    label_zh: str
    weight: float
    good: float
    poor: float

    def points(self, value: float) -> float:
        """0–100 points of ``value``: 100 at ``good`` or better, 0 at ``poor`` or worse."""
        if self.good == self.poor:
            return 100.0 if value == self.good else 0.0
        share = (self.poor - value) / (self.poor - self.good)
        return 100.0 * min(1.0, max(0.0, share))


@dataclass(frozen=True, slots=True)
class GradingRules:
    name_en: str
    name_zh: str
    example: bool
    grades: tuple[Grade, ...]
    rules: tuple[Rule, ...]
    source: str = ""
    #: Least share of the rules' total weight an enterprise needs figures for to be graded.
    min_weight_share: float = 0.5

    def grade_of(self, score: float) -> Grade:
        for grade in sorted(self.grades, key=lambda g: -g.min_score):
            if score >= grade.min_score:
                return grade
        return min(self.grades, key=lambda g: g.min_score)


@dataclass(frozen=True, slots=True)
class EnterpriseGrade:
    enterprise: str
    #: Weighted score 0–100; None when the rules it has figures for carry less than
    #: ``min_weight_share`` of the total weight.
    score: float | None
    grade: Grade | None
    #: indicator → (value, points); value None when the enterprise has no figure.
    points: dict[str, tuple[float | None, float | None]]


def example_rules_path() -> Path:
    """The shipped example rules (``resources/grading_example.toml``)."""
    local = Path(__file__).resolve().parents[2] / "resources" / "grading_example.toml"
    if local.exists():
        return local
    from importlib.resources import files

    return Path(str(files("parkflow.resources") / "grading_example.toml"))


def _field(table: Mapping[str, Any], name: str, where: str, kind: type) -> Any:
    if name not in table:
        raise GradingError(f"{where}: missing {name!r}")
    value = table[name]
    if kind is float and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if not isinstance(value, kind):
        raise GradingError(
            f"{where}: {name} must be a {'number' if kind is float else kind.__name__}, not {value!r}"
        )
    return value


def load_rules(path: Path | None = None) -> GradingRules:
    """Read a rules file (default: the shipped example); :class:`GradingError` names what is wrong."""
    path = path or example_rules_path()
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise GradingError(f"{path}: {exc}") from exc
    meta = document.get("meta", {})
    grades = tuple(
        Grade(
            _field(g, "key", f"{path}: grades[{i}]", str),
            _field(g, "label_en", f"{path}: grades[{i}]", str),
            _field(g, "label_zh", f"{path}: grades[{i}]", str),
            str(g.get("colour", "#888888")),
            _field(g, "min_score", f"{path}: grades[{i}]", float),
        )
        for i, g in enumerate(document.get("grades", []))
    )
    known = set(KPI_KEYS) | set(DERIVED_INDICATORS)
    rules = []
    for i, r in enumerate(document.get("rules", [])):
        where = f"{path}: rules[{i}]"
        indicator = _field(r, "indicator", where, str)
        if indicator not in known:
            raise GradingError(
                f"{where}: unknown indicator {indicator!r}; use a KPI key or one of "
                f"{', '.join(DERIVED_INDICATORS)}"
            )
        weight = _field(r, "weight", where, float)
        if weight <= 0:
            raise GradingError(f"{where}: weight must be above 0, not {weight:g}")
        rules.append(
            Rule(
                indicator,
                _field(r, "label_en", where, str),
                _field(r, "label_zh", where, str),
                weight,
                _field(r, "good", where, float),
                _field(r, "poor", where, float),
            )
        )
    if not grades or not rules:
        raise GradingError(f"{path}: needs at least one [[grades]] and one [[rules]] table")
    share = float(meta.get("min_weight_share", 0.5))
    if not 0 < share <= 1:
        raise GradingError(f"{path}: meta.min_weight_share must be above 0 and at most 1, not {share:g}")
    return GradingRules(
        str(meta.get("name_en", path.stem)),
        str(meta.get("name_zh", path.stem)),
        bool(meta.get("example", False)),
        grades,
        tuple(rules),
        str(path),
        share,
    )


def enterprise_indicators(table: KpiTable, state: str) -> dict[str, dict[str, float | None]]:
    """Every indicator a rule may name, per enterprise, in ``state``."""
    park = table.accounting.park
    by_enterprise = table.by_enterprise()
    flows = table.states.get(state)
    # reuse: each offered stream's share sent over links (unit-free), averaged over the enterprise's sources
    shares: dict[str, list[float]] = {}
    if flows is not None:
        sent: dict[str, float] = {}
        for link in flows.link_flows.values():
            sent[link.source] = sent.get(link.source, 0.0) + link.amount
        for source in park.sources():
            available = source_available(park, source, flows.converter_intake)
            if available > 0:
                shares.setdefault(source.enterprise, []).append(
                    min(1.0, sent.get(source.id, 0.0) / available)
                )
    out: dict[str, dict[str, float | None]] = {}
    for enterprise_id, rows in by_enterprise.items():
        values: dict[str, float | None] = {key: rows[key].get(state) for key in rows}
        value_added = park.enterprises[enterprise_id].value_added_cny_per_yr
        water, air = (
            values.get("water_pollution_equivalents_per_yr"),
            values.get("air_pollution_equivalents_per_yr"),
        )
        values["pollution_equivalents_per_10k_cny"] = (
            None
            if not value_added or (water is None and air is None)
            else ((water or 0.0) + (air or 0.0)) / float(value_added) * 1e4
        )
        own = shares.get(enterprise_id)
        values["reuse_share_pct"] = 100.0 * sum(own) / len(own) if own else None
        out[enterprise_id] = values
    return out


def grade_enterprises(table: KpiTable, rules: GradingRules, state: str) -> dict[str, EnterpriseGrade]:
    """Score and grade every enterprise of the park in ``state`` by ``rules``."""
    graded: dict[str, EnterpriseGrade] = {}
    for enterprise_id, values in enterprise_indicators(table, state).items():
        points: dict[str, tuple[float | None, float | None]] = {}
        weighted = weights = 0.0
        for rule in rules.rules:
            value = values.get(rule.indicator)
            if value is None:
                points[rule.indicator] = (None, None)
                continue
            earned = rule.points(value)
            points[rule.indicator] = (value, earned)
            weighted += rule.weight * earned
            weights += rule.weight
        total = sum(rule.weight for rule in rules.rules)
        # too few figures (an enterprise without value added has no intensity): no grade
        score = weighted / weights if weights and weights >= rules.min_weight_share * total - 1e-12 else None
        graded[enterprise_id] = EnterpriseGrade(
            enterprise_id, score, rules.grade_of(score) if score is not None else None, points
        )
    return graded


#: Columns of the per-enterprise table (results dock): indicators beside the grade.
ENTERPRISE_TABLE_KEYS: tuple[str, ...] = (
    "co2_t_per_10k_cny",
    "energy_tce_per_10k_cny",
    "co2_t_per_yr",
    "cod_discharged_t_per_yr",
    "nh3n_discharged_t_per_yr",
    "cod_permit_surplus_t_per_yr",
    "nh3n_permit_surplus_t_per_yr",
    "nox_t_per_yr",
    "environmental_tax_cny_per_yr",
)


def enterprise_frame(table: KpiTable, rules: GradingRules, state: str, language: str = "en") -> pd.DataFrame:
    """One row per enterprise (index ``enterprise_id``): name, grade, score and the indicators of ``state``.

    Figures the park cannot count (no value added, no permit, nothing
    carries the quantity) are NaN, which a table shows blank.
    """
    park = table.accounting.park
    graded = grade_enterprises(table, rules, state)
    by_enterprise = table.by_enterprise()
    rows = []
    for enterprise_id, values in by_enterprise.items():
        result = graded[enterprise_id]
        row: dict[str, Any] = {
            "enterprise_id": enterprise_id,
            "name": park.enterprises[enterprise_id].name,
            "grade": result.grade.label(language) if result.grade else "",
            "score": math.nan if result.score is None else result.score,
        }
        for key in ENTERPRISE_TABLE_KEYS:
            value = values[key][state]
            row[key] = math.nan if value is None else value
        rows.append(row)
    columns = ["enterprise_id", "name", "grade", "score", *ENTERPRISE_TABLE_KEYS]
    return pd.DataFrame(rows, columns=columns).set_index("enterprise_id")


def grade_colours(table: KpiTable, rules: GradingRules, state: str) -> dict[str, str]:
    """Enterprise id → its grade's colour (enterprises without figures are left out)."""
    return {
        enterprise_id: result.grade.colour
        for enterprise_id, result in grade_enterprises(table, rules, state).items()
        if result.grade
    }
