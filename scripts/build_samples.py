#!/usr/bin/env python3
"""Build the sample scenario files from their workbook folders (sample_parks/README.md).

Each sample park is kept as a folder of ``<sheet>.csv`` files under
``sample_parks/`` (the reviewable source: diffs read line by line) and as
the ``.parkflow`` scenario file of the same name next to it (what users
open).  This script turns every folder into its scenario file::

    python scripts/build_samples.py            # rebuild every sample
    python scripts/build_samples.py jiaxing_port
    python scripts/build_samples.py --check    # exit 1 if a .parkflow is out of date

``--check`` compares *parks* (settings and every entity, through
:func:`parkflow.model.store.parks_equal`), not bytes: a scenario file holds
its save time, so two builds of the same park never have equal bytes.

Exit codes follow the ``parkflow`` command: 0 success; 1 a sample is out of
date (``--check``); 2 a workbook folder is invalid (its problems are
printed and nothing is written).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
if str(REPOSITORY) not in sys.path:  # run from a source tree without installing
    sys.path.insert(0, str(REPOSITORY))

from parkflow.model.entities import Park  # noqa: E402
from parkflow.model.problems import ParkError, ScenarioFileError  # noqa: E402
from parkflow.model.store import open_scenario, parks_equal, save_scenario  # noqa: E402
from parkflow.model.workbook import read_workbook  # noqa: E402

#: Where the sample folders and their scenario files live.
SAMPLES_DIR = REPOSITORY / "sample_parks"
SCENARIO_SUFFIX = ".parkflow"

EXIT_OK = 0
EXIT_OUT_OF_DATE = 1
EXIT_INVALID = 2


@dataclass(frozen=True)
class Sample:
    """One sample park: its workbook folder and its scenario file."""

    folder: Path

    @property
    def name(self) -> str:
        return self.folder.name

    @property
    def scenario(self) -> Path:
        return self.folder.with_name(self.folder.name + SCENARIO_SUFFIX)


def find_samples(root: Path = SAMPLES_DIR) -> list[Sample]:
    """Every sample folder under ``root`` (a folder holding a ``park.csv``), by name."""
    return [Sample(folder) for folder in sorted(root.iterdir()) if (folder / "park.csv").is_file()]


def read_sample(sample: Sample) -> Park:
    """The park of a sample's workbook folder; ParkError with every problem if invalid."""
    return read_workbook(sample.folder)


def build_sample(sample: Sample) -> Path:
    """Write ``<name>.parkflow`` from the folder (atomically) and return its path."""
    park = read_sample(sample)
    save_scenario(sample.scenario, park, metadata={"source": f"sample_parks/{sample.name}"})
    return sample.scenario


def stale_reason(sample: Sample) -> str | None:
    """Why the scenario file does not describe the folder's park, or None if it does."""
    park = read_sample(sample)
    if not sample.scenario.exists():
        return f"{sample.scenario.name} is missing"
    try:
        stored = open_scenario(sample.scenario).park
    except ScenarioFileError as error:
        return f"{sample.scenario.name} cannot be opened ({'; '.join(str(p) for p in error.problems)})"
    if not parks_equal(park, stored):
        return f"{sample.scenario.name} differs from {sample.name}/ ({describe_difference(park, stored)})"
    return None


def describe_difference(expected: Park, stored: Park) -> str:
    """A short account of where two parks differ (settings, then entity sheets)."""
    differences: list[str] = []
    if expected.settings() != stored.settings():
        keys = [key for key, value in expected.settings().items() if stored.settings().get(key) != value]
        differences.append("park settings " + ", ".join(keys))
    for sheet in ("enterprises", "utilities", "disposals", "streams", "links", "converters"):
        wanted, found = expected.collection(sheet), stored.collection(sheet)
        changed = sorted(
            set(wanted) ^ set(found) | {key for key in set(wanted) & set(found) if wanted[key] != found[key]}
        )
        if changed:
            shown = ", ".join(changed[:5]) + (" …" if len(changed) > 5 else "")
            differences.append(f"{sheet}: {shown}")
    return "; ".join(differences) or "factor selection or overrides"


def select(samples: list[Sample], names: Sequence[str]) -> list[Sample]:
    """The samples named on the command line (all when none); ParkError for an unknown name."""
    if not names:
        return samples
    by_name = {sample.name: sample for sample in samples}
    unknown = [name for name in names if name not in by_name]
    if unknown:
        raise ParkError(f"unknown sample {', '.join(unknown)}; the samples are: {', '.join(sorted(by_name))}")
    return [by_name[name] for name in names]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="sample folder names (default: every sample)")
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 if a .parkflow is out of date with its CSVs",
    )
    parser.add_argument("--root", type=Path, default=SAMPLES_DIR, help="folder holding the samples")
    args = parser.parse_args(argv)
    try:
        samples = select(find_samples(args.root), args.names)
    except ParkError as error:
        _print_problems(None, error)
        return EXIT_INVALID
    invalid = False
    for sample in samples:  # read every folder first: nothing is written if any is invalid
        try:
            read_sample(sample)
        except ParkError as error:
            _print_problems(sample, error)
            invalid = True
    if invalid:
        return EXIT_INVALID
    if args.check:
        stale = [(sample, stale_reason(sample)) for sample in samples]
        for sample, reason in stale:
            print(f"{sample.name}: {reason or 'up to date'}", file=sys.stderr if reason else sys.stdout)
        if any(reason for _, reason in stale):
            print("run: python scripts/build_samples.py", file=sys.stderr)
            return EXIT_OUT_OF_DATE
        return EXIT_OK
    for sample in samples:
        try:
            path = build_sample(sample)
        except ParkError as error:  # ScenarioFileError: destination not writable
            _print_problems(sample, error)
            return EXIT_INVALID
        print(f"wrote {path}")
    return EXIT_OK


def _print_problems(sample: Sample | None, error: ParkError) -> None:
    """Each problem on its own line, prefixed with the sample's folder name."""
    prefix = f"{sample.name}/" if sample is not None else ""
    for problem in error.problems:
        print(f"{prefix}{problem}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
