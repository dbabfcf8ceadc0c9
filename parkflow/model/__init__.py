"""Qt-free domain model of ParkFlow (DESIGN §1, §2)."""

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
