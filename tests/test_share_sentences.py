"""The "Who gains" core check in words (results dock and reports)."""

from __future__ import annotations


def test_core_sentence_says_too_only_when_both_allocations_are_blocked() -> None:
    # the Jiaxing sample: Shapley shares stable, the shadow-price settlement blocked
    from parkflow.report.share import Blocking, ShareResult
    from parkflow.report.share_content import core_sentence

    blocked = [Blocking(("JH", "SJ"), 10.0, 5.0)]
    result = ShareResult(
        park_name="p",
        method="both",
        park_saving_cny_per_yr=100.0,
        enterprises=[],
        links=[],
        exact=True,
        permutations=0,
        coalitions_solved=4,
        core_checked=True,
        core_allocation="shapley",
        blocking=[],
        prices_blocking=blocked,
        least_core_cny_per_yr=0.0,
        discount_rate_pct=8.0,
    )
    english, chinese = core_sentence(result)
    assert english.startswith("Stable") and "however, is blocked" in english and "too" not in english
    assert "但影子价格结算不稳定" in chinese
    result.blocking = blocked
    english, chinese = core_sentence(result)
    assert english.startswith("Not stable") and "blocked too" in english and "同样不稳定" in chinese
