"""docs/design.md names what the code has: the media catalogue, KPI keys, subcommands, exit codes.

The page is written from the code; these checks fail, naming the difference,
when a medium, a KPI, a subcommand or an exit code is added or changed
without the page.
"""

from __future__ import annotations

import re
from pathlib import Path

from parkflow import cli
from parkflow.commands import ORDER
from parkflow.model.media import MEDIA
from parkflow.report.kpis import KPI_KEYS, KPI_LABELS

PAGE = (Path(__file__).resolve().parents[1] / "docs" / "design.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    """The text under the heading ``title`` (any level), up to the next heading."""
    match = re.search(rf"^#+ {re.escape(title)}\s*$", PAGE, flags=re.MULTILINE)
    assert match, f"docs/design.md has no section {title!r}"
    rest = PAGE[match.end() :]
    end = re.search(r"^#+ ", rest, flags=re.MULTILINE)
    return rest[: end.start()] if end else rest


def _table_rows(text: str) -> list[list[str]]:
    rows = []
    for line in text.splitlines():
        if line.startswith("|") and not re.match(r"^\|[\s|:-]+\|$", line):
            cells = re.split(r"(?<!\\)\|", line.strip().strip("|"))
            rows.append([cell.strip() for cell in cells])
    return rows[1:]  # without the header


def _first_code(cell: str) -> str:
    match = re.match(r"`([^`]+)`", cell)
    return match[1] if match else cell


def test_media_table_is_the_media_catalogue() -> None:
    """One row per catalogue entry, in its order, with its Chinese name, unit, quality rule and blend fields."""
    rows = {_first_code(row[0]): row for row in _table_rows(_section("Media and compatibility"))}
    catalogue = [spec.medium.value for spec in MEDIA]
    assert list(rows) == catalogue, (
        f"docs/design.md media table: missing {[m for m in catalogue if m not in rows]}, "
        f"extra {[m for m in rows if m not in catalogue]} (order as parkflow/model/media.py MEDIA)"
    )
    for spec in MEDIA:
        _, chinese, unit, rule, fields, _ = rows[spec.medium.value]
        written_unit = unit.replace("Nm³", "Nm3").split(" ")[0]
        assert (chinese, written_unit, _first_code(rule)) == (
            spec.name_zh,
            spec.canonical_unit,
            spec.quality_rule.value,
        ), (
            f"docs/design.md gives {spec.medium.value} as {(chinese, unit, rule)}; the catalogue has "
            f"{(spec.name_zh, spec.canonical_unit, spec.quality_rule.value)}"
        )
        for quality in spec.blend_qualities:
            assert f"`{quality.field}`" in fields, (
                f"docs/design.md: {spec.medium.value} blends {quality.field}; its row omits it"
            )


def test_kpi_table_lists_every_kpi_key_with_its_unit() -> None:
    rows = {_first_code(row[0]): row for row in _table_rows(_section("KPIs"))}
    assert list(rows) == list(KPI_KEYS), (
        f"docs/design.md KPI table: missing {[k for k in KPI_KEYS if k not in rows]}, "
        f"extra {[k for k in rows if k not in KPI_KEYS]} (order as KPI_KEYS)"
    )
    for key, (english, chinese, unit) in KPI_LABELS.items():
        assert rows[key][1:] == [english, chinese, unit], (
            f"docs/design.md KPI {key}: {rows[key][1:]} ≠ {[english, chinese, unit]}"
        )


def test_command_table_lists_every_subcommand() -> None:
    documented = [_first_code(row[0]).split(" ")[0] for row in _table_rows(_section("The command line"))]
    registered = list(cli.build_parser()._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    assert len(registered) == len(ORDER)
    assert documented == registered, f"docs/design.md commands {documented} ≠ registered {registered}"


def test_exit_code_table_matches_the_cli() -> None:
    rows = {int(row[0]) for row in _table_rows(_section("Exit codes"))}
    assert rows == {cli.EXIT_OK, cli.EXIT_ERROR, cli.EXIT_INVALID, cli.EXIT_INFEASIBLE}
