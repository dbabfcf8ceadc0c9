"""Which changes drive the KPI deltas, as far as that can be said.

* standalone and current states follow from the park alone, so each
  change (grouped with what depends on it: an enterprise removed with its
  streams and links) is applied to the baseline *on its own* and its KPI
  effect measured exactly (one-at-a-time).  Standalone KPIs are sums over
  streams, so their effects add up to the delta; what does not add up is
  shown as "interaction".
* the optimized state is one whole solution: removing a sink can re-route
  flows anywhere.  Its delta is split honestly into the part that moves the
  standalone state (the same one-at-a-time effects) and the change in the
  exchange benefit (standalone − optimized), which is shown against the
  links whose optimized flow changed but not divided among them.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from parkflow.model.entities import ENTITY_SHEETS, Park
from parkflow.report.compare.kpi_tables import KpiComparison, KpiProvider
from parkflow.report.compare.link_flows import LinkFlowChange
from parkflow.report.compare.park_diff import ParkDiff
from parkflow.report.compare.scenarios import ScenarioData
from parkflow.report.compare.terms import ABS_TOLERANCE, KIND_SINGULAR, KINDS, natural_key


# ---------------------------------------------------------------------------
# Grouping changes for attribution
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class ChangeGroup:
    """Changes that can only be applied together (an enterprise and its streams).

    ``members`` are (kind, id) keys; ``label`` says what the group is.
    """

    label: str
    members: tuple[tuple[str, str], ...]


def _references(park: Park) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """(item, item it refers to) pairs of a park: the ids one item names."""
    refs: list[tuple[tuple[str, str], tuple[str, str]]] = []
    for stream in park.streams.values():
        refs.append((("streams", stream.id), ("enterprises", stream.enterprise)))
        if stream.utility:
            refs.append((("streams", stream.id), ("utilities", stream.utility)))
        if stream.disposal:
            refs.append((("streams", stream.id), ("disposals", stream.disposal)))
    for link in park.links.values():
        refs.append((("links", link.id), ("streams", link.source)))
        refs.append((("links", link.id), ("streams", link.sink)))
    for converter in park.converters.values():
        refs.append((("converters", converter.id), ("enterprises", converter.enterprise)))
        refs.append((("converters", converter.id), ("streams", converter.input)))
        refs.append((("converters", converter.id), ("streams", converter.output)))
    for kind in ("utilities", "disposals"):
        for entity in park.collection(kind).values():
            if entity.factor:
                refs.append(((kind, entity.id), ("factors", entity.factor)))
    return refs


def change_groups(park_a: Park, park_b: Park, diff: ParkDiff) -> list[ChangeGroup]:
    """Split the diff into groups that can each be applied to the baseline alone.

    Applying a change alone must never leave a reference dangling, so:

    * an item that refers, in the alternative, to an *added* item needs it
      (a link added between two added streams; a stream switched to a new
      utility; a new enterprise's streams);
    * an item that refers, in the baseline, to a *removed* item goes with it
      (an enterprise removed with its streams and their links).

    Everything else stays apart: a link added to a sink whose amount also
    changed, or a changed amount and a changed utility price, are measured
    separately.  Park settings form one group.
    """
    changed_keys: dict[tuple[str, str], str] = {}
    for kind in KINDS:
        for entity_id in diff.added[kind]:
            changed_keys[(kind, entity_id)] = "added"
        for entity_id in diff.removed[kind]:
            changed_keys[(kind, entity_id)] = "removed"
        for change in diff.changed[kind]:
            changed_keys[(kind, change.entity_id)] = "changed"
    parent: dict[tuple[str, str], tuple[str, str]] = {key: key for key in changed_keys}

    def find(key: tuple[str, str]) -> tuple[str, str]:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for park, needed in ((park_b, "added"), (park_a, "removed")):
        for item, target in _references(park):
            if item in changed_keys and changed_keys.get(target) == needed:
                parent[find(item)] = find(target)

    members: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for key in changed_keys:
        members.setdefault(find(key), []).append(key)
    order = {kind: index for index, kind in enumerate(KINDS)}
    groups: list[ChangeGroup] = []
    for keys in members.values():
        keys.sort(key=lambda key: (order[key[0]], natural_key(key[1])))
        head = keys[0]
        label = f"{KIND_SINGULAR[head[0]]} {head[1]} {changed_keys[head]}"
        others = keys[1:]
        if 0 < len(others) <= 3:
            label += ", with " + ", ".join(f"{KIND_SINGULAR[kind]} {entity_id}" for kind, entity_id in others)
        elif others:
            label += f", with {len(others)} related items"
        groups.append(ChangeGroup(label, tuple(keys)))
    groups.sort(key=lambda group: (order[group.members[0][0]], natural_key(group.members[0][1])))
    if diff.settings:
        groups.append(
            ChangeGroup(
                "park settings (" + ", ".join(change.field for change in diff.settings) + ")",
                tuple(("settings", change.field) for change in diff.settings),
            )
        )
    return groups


def apply_group(park_a: Park, park_b: Park, group: ChangeGroup) -> Park:
    """``park_a`` with only ``group``'s changes taken from ``park_b``, for reading.

    The entity dicts are new but the entities are shared with ``park_a`` and
    ``park_b`` (a deep copy of a 10,000-link park per change group would
    cost more than its accounting); callers must not edit the result.
    """
    entity_dicts: dict[str, Any] = {sheet: dict(park_a.collection(sheet)) for sheet in ENTITY_SHEETS}
    park = dataclasses.replace(park_a, factor_overrides=dict(park_a.factor_overrides), **entity_dicts)
    for kind, entity_id in group.members:
        if kind == "settings":
            setattr(park, entity_id, getattr(park_b, entity_id))
            continue
        if kind == "factors":
            if entity_id in park_b.factor_overrides:
                park.factor_overrides[entity_id] = park_b.factor_overrides[entity_id]
            else:
                park.factor_overrides.pop(entity_id, None)
            continue
        entities, alternative_entities = park.collection(kind), park_b.collection(kind)
        if entity_id in alternative_entities:
            entities[entity_id] = alternative_entities[entity_id]
        else:
            entities.pop(entity_id, None)
    return park


@dataclass(frozen=True)
class GroupEffect:
    """The KPI effect of one group of changes applied to the baseline alone.

    ``effects[kpi][state]`` for the standalone and current states.
    """

    group: ChangeGroup
    effects: dict[str, dict[str, float]]


@dataclass
class Attribution:
    """What drives the KPI deltas, as far as it can be said (see module docstring).

    ``effects``: one-at-a-time effects of each change group on the
    standalone and current states; ``interaction[kpi][state]``: delta minus
    the sum of the effects (non-zero when changes act together);
    ``exchange[kpi]``: the optimized delta minus the standalone delta, i.e.
    the change in what exchange saves; ``link_effects[link][kpi]`` splits it
    by the accounting identity "what each link avoids against standalone"
    (the ``(other)`` entry holds what no single link carries).  That split is
    bookkeeping, not cause: re-optimization moves the flows of ``links``
    together.
    """

    effects: list[GroupEffect] = field(default_factory=list)
    interaction: dict[str, dict[str, float]] = field(default_factory=dict)
    exchange: dict[str, float] = field(default_factory=dict)
    link_effects: dict[str, dict[str, float]] = field(default_factory=dict)
    links: list[LinkFlowChange] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def link_drivers(self, kpi: str, limit: int = 3) -> list[tuple[str, float]]:
        """The links with the largest share of the exchange part of an optimized delta."""
        ranked = [(link_id, effects[kpi]) for link_id, effects in self.link_effects.items() if kpi in effects]
        ranked.sort(key=lambda item: -abs(item[1]))
        return ranked[:limit]

    def drivers(self, kpi: str, state: str, limit: int = 5) -> list[tuple[str, float]]:
        """The change groups with the largest effect on ``kpi`` in ``state``."""
        ranked = [
            (effect.group.label, effect.effects.get(kpi, {}).get(state, 0.0)) for effect in self.effects
        ]
        ranked = [item for item in ranked if abs(item[1]) > ABS_TOLERANCE]
        ranked.sort(key=lambda item: -abs(item[1]))
        return ranked[:limit]


#: More change groups than this and attribution is skipped (each group costs one accounting pass).
MAX_ATTRIBUTION_GROUPS = 400


def attribute(
    a: ScenarioData,
    b: ScenarioData,
    diff: ParkDiff,
    kpis: KpiComparison,
    link_flows: list[LinkFlowChange],
    kpi_provider: KpiProvider,
) -> Attribution:
    """One-at-a-time effects on standalone/current, exchange change on optimized."""
    attribution = Attribution()
    groups = change_groups(a.park, b.park, diff)
    if len(groups) > MAX_ATTRIBUTION_GROUPS:
        attribution.notes.append(
            f"{len(groups)} separate changes: too many to measure one at a time "
            f"(limit {MAX_ATTRIBUTION_GROUPS}); compare smaller steps to see what drives the deltas."
        )
        groups = []
    _measure_group_effects(a, b, groups, kpis, kpi_provider, attribution)
    _split_deltas(kpis, bool(groups), attribution)
    attribution.link_effects = _link_effects(a, b, kpis)
    attribution.links = sorted(
        (
            change
            for change in link_flows
            if change.optimized_delta is not None and abs(change.optimized_delta) > 1e-9
        ),
        key=lambda change: -abs(change.optimized_delta or 0.0),
    )
    if any(states["optimized"].delta is None for states in kpis.values()):
        attribution.notes.append(
            "the optimized state is missing on one side, so optimized deltas are not shown"
        )
    elif attribution.links:
        attribution.notes.append(
            "optimized: the exchange part of a delta is split by what each link avoids against standalone; "
            "re-optimization moves these flows together, so read the split as bookkeeping, not as the "
            "effect each link would have on its own"
        )
    return attribution


def _measure_group_effects(
    a: ScenarioData,
    b: ScenarioData,
    groups: list[ChangeGroup],
    kpis: KpiComparison,
    kpi_provider: KpiProvider,
    attribution: Attribution,
) -> None:
    """Apply each group to the baseline alone and keep its effect on the standalone and current KPIs."""
    base = a.kpis.totals if a.kpis else {}
    for group in groups:
        try:
            trial = kpi_provider(apply_group(a.park, b.park, group), None, breakdowns=False).totals
        except Exception as exc:  # a half-applied change may be unreadable for the accounting
            attribution.notes.append(f"{group.label}: effect not measurable on its own ({exc})")
            continue
        effects: dict[str, dict[str, float]] = {}
        for kpi in kpis:
            effects[kpi] = {}
            for state in ("standalone", "current"):
                before, after = base.get(kpi, {}).get(state), trial.get(kpi, {}).get(state)
                if before is not None and after is not None:
                    effects[kpi][state] = after - before
        attribution.effects.append(GroupEffect(group, effects))


def _split_deltas(kpis: KpiComparison, measured: bool, attribution: Attribution) -> None:
    """What the group effects leave unexplained (interaction), and the exchange part of each optimized delta."""
    for kpi, states in kpis.items():
        attribution.interaction[kpi] = {}
        for state in ("standalone", "current"):
            delta = states[state].delta
            if delta is None or not measured:
                continue
            explained = sum(effect.effects.get(kpi, {}).get(state, 0.0) for effect in attribution.effects)
            attribution.interaction[kpi][state] = delta - explained
        optimized, standalone = states["optimized"].delta, states["standalone"].delta
        if optimized is not None and standalone is not None:
            attribution.exchange[kpi] = optimized - standalone


def _link_effects(a: ScenarioData, b: ScenarioData, kpis: KpiComparison) -> dict[str, dict[str, float]]:
    """The exchange part of the optimized delta, split by the accounting's per-link "avoided" figures.

    Effect of link l = −(avoided_b(l) − avoided_a(l)); the "(other)" row keeps
    what no link carries.  Empty unless both sides have an optimized result.
    """
    link_effects: dict[str, dict[str, float]] = {}
    links_a = a.kpis.by_link if a.kpis else {}
    links_b = b.kpis.by_link if b.kpis else {}
    if not (a.has_result and b.has_result and (links_a or links_b)):
        return link_effects
    for link_id in sorted(set(links_a) | set(links_b), key=natural_key):
        effects_of_link: dict[str, float] = {}
        for kpi in kpis:
            before = (links_a.get(link_id, {}).get(kpi, {}) or {}).get("optimized") or 0.0
            after = (links_b.get(link_id, {}).get(kpi, {}) or {}).get("optimized") or 0.0
            if abs(after - before) > ABS_TOLERANCE:
                effects_of_link[kpi] = -(after - before)
        if effects_of_link:
            link_effects[link_id] = effects_of_link
    return link_effects
