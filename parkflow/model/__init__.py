"""Qt-free domain model of ParkFlow (docs/design.md, "The park")."""

from parkflow.model.entities import (
    CANONICAL_UNIT,
    Converter,
    Direction,
    Disposal,
    Enterprise,
    Link,
    LinkStatus,
    Medium,
    Park,
    Stream,
    Utility,
)
from parkflow.model.problems import ParkError, Problem, ScenarioFileError

# Importing the factor library registers its names with the validator (a utility's or disposal's `factor` column).
from parkflow.model import factors as _factors  # noqa: E402,F401  isort: skip

__all__ = [
    "CANONICAL_UNIT",
    "Converter",
    "Direction",
    "Disposal",
    "Enterprise",
    "Link",
    "LinkStatus",
    "Medium",
    "Park",
    "ParkError",
    "Problem",
    "ScenarioFileError",
    "Stream",
    "Utility",
]
