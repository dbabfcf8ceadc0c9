"""Heat pumps: converters that lift heat with electricity, their COP and their ratios.

A converter is a heat pump when its intake and its output are heat media
(waste heat, hot water or steam) and its ``aux`` (own use) is an electricity
sink.  Per MW of heat taken in, it delivers output heat and uses electricity
in proportions its coefficient of performance (COP = heat delivered ÷
electricity) fixes; the energy balance of the unit closes:

    heat out = heat in + electricity
    COP      = heat out ÷ electricity
    ⇒ per MW of intake: heat out = COP ÷ (COP − 1) MW, electricity = 1 ÷ (COP − 1) MW

Without a tested COP, ParkFlow estimates it from the temperatures of the
converter's streams (the factor library's ``heat_pump.*`` entries, each with
its source):

    COP = η × T_hot ÷ (T_hot − T_cold)   (kelvin), capped at ``heat_pump.cop_max``

with T_hot the output stream's hottest temperature plus the approach (the
working fluid condenses above what it delivers), T_cold the intake stream's
coldest temperature minus the approach (it evaporates below what it takes),
and η the exergetic efficiency (``heat_pump.exergy_efficiency``).

The rule for the converter's figures (:func:`converter_ratios`, used by the
optimizer, the accounting and the editor alike):

- both ``ratio`` and ``aux_ratio`` typed: as typed;
- one typed: the other from the energy balance above;
- both blank: both from the estimated COP.

A converter that is not a heat pump keeps its figures; a blank ``ratio``
means 1 and a blank ``aux_ratio`` 0 (nothing used).  Ratios are in the
streams' canonical units (output units and electricity MW per canonical
unit of intake), so a hot-water intake in t/h is converted through its heat
duty, the same rule the heat cascade uses (:func:`parkflow.model.compat.thermal_mw_per_unit`);
steam carries its IAPWS-IF97 heat over 20 °C make-up water, the rule the
accounting uses for steam (:func:`parkflow.model.factors.steam_heat_gj_per_t`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from parkflow.model import physics
from parkflow.model.compat import is_heat_pump, thermal_mw_per_unit
from parkflow.model.entities import Converter, Medium, Park, Stream
from parkflow.model.factors import FactorError, FactorLibrary, steam_heat_gj_per_t
from parkflow.model.problems import Problem

#: Output per unit of intake of a converter whose ``ratio`` is blank and that is no heat pump.
DEFAULT_RATIO = 1.0
#: 0 °C in kelvin.
KELVIN_OFFSET = 273.15
#: Factor-library keys of the COP estimate.
EFFICIENCY_KEY = "heat_pump.exergy_efficiency"
APPROACH_KEY = "heat_pump.approach_k"
COP_MAX_KEY = "heat_pump.cop_max"
FACTOR_KEYS = (EFFICIENCY_KEY, APPROACH_KEY, COP_MAX_KEY)
#: Share by which typed ratio and aux_ratio may miss the energy balance before the validator warns.
BALANCE_TOLERANCE = 0.01


class HeatPumpError(ValueError):
    """A heat pump whose figures cannot be derived; ``column`` is the converter's field to fix."""

    def __init__(self, message: str, column: str) -> None:
        super().__init__(message)
        self.column = column


@dataclass(frozen=True, slots=True)
class CopEstimate:
    """The COP estimated from the temperatures of a heat pump's streams."""

    #: Coldest temperature of the intake stream and hottest of the output stream, °C.
    intake_c: float
    output_c: float
    approach_k: float
    efficiency: float
    cop_max: float

    @property
    def t_cold_k(self) -> float:
        """Where the working fluid evaporates: the intake's coldest temperature − approach, K."""
        return self.intake_c - self.approach_k + KELVIN_OFFSET

    @property
    def t_hot_k(self) -> float:
        """Where the working fluid condenses: the output's hottest temperature + approach, K."""
        return self.output_c + self.approach_k + KELVIN_OFFSET

    @property
    def carnot_cop(self) -> float:
        """T_hot ÷ (T_hot − T_cold): the most a heat pump between these temperatures can do."""
        return self.t_hot_k / (self.t_hot_k - self.t_cold_k)

    @property
    def uncapped_cop(self) -> float:
        return self.efficiency * self.carnot_cop

    @property
    def capped(self) -> bool:
        return self.uncapped_cop > self.cop_max

    @property
    def cop(self) -> float:
        """η × Carnot COP, at most ``cop_max``."""
        return min(self.uncapped_cop, self.cop_max)

    def describe(self) -> str:
        """The estimate as a reviewer redoes it by hand."""
        text = (
            f"COP {self.cop:.3g} = {self.efficiency:g} × {self.t_hot_k:.2f} K ÷ ({self.t_hot_k:.2f} − "
            f"{self.t_cold_k:.2f}) K (output {self.output_c:g} °C + {self.approach_k:g} K, intake "
            f"{self.intake_c:g} °C − {self.approach_k:g} K; Carnot COP {self.carnot_cop:.3g})"
        )
        if self.capped:
            text += f", capped at {self.cop_max:g}"
        return text

    def describe_zh(self) -> str:
        """:meth:`describe` in Chinese."""
        text = (
            f"COP {self.cop:.3g} = {self.efficiency:g} × {self.t_hot_k:.2f} K ÷ ({self.t_hot_k:.2f} − "
            f"{self.t_cold_k:.2f}) K（输出 {self.output_c:g} °C + {self.approach_k:g} K，输入 "
            f"{self.intake_c:g} °C − {self.approach_k:g} K；卡诺COP {self.carnot_cop:.3g}）"
        )
        if self.capped:
            text += f"，上限 {self.cop_max:g}"
        return text


@dataclass(frozen=True, slots=True)
class HeatPump:
    """A heat pump's figures as the optimizer and the accounting use them."""

    converter: str
    #: MW of heat in one canonical unit of the intake and of the output stream.
    intake_mw_per_unit: float
    output_mw_per_unit: float
    #: Output (canonical units) and electricity (MW) per canonical unit of intake.
    ratio: float
    aux_ratio: float
    ratio_typed: bool
    aux_ratio_typed: bool
    #: The temperature estimate (None when its temperatures are not all given and not needed).
    estimate: CopEstimate | None

    @property
    def cop(self) -> float:
        """Heat delivered ÷ electricity used, from the ratios in use."""
        heat_out = self.ratio * self.output_mw_per_unit
        return heat_out / self.aux_ratio if self.aux_ratio > 0 else math.inf

    @property
    def balance_gap_mw(self) -> float:
        """Heat out − (heat in + electricity) per unit of intake: 0 when the balance closes."""
        return self.ratio * self.output_mw_per_unit - (self.intake_mw_per_unit + self.aux_ratio)

    @property
    def derived(self) -> bool:
        """True when ParkFlow worked out at least one of the ratios."""
        return not (self.ratio_typed and self.aux_ratio_typed)

    def describe(self) -> str:
        """One sentence: the COP, where it comes from, and the ratios it gives."""
        if self.ratio_typed and self.aux_ratio_typed:
            source = "from the typed ratio and aux_ratio"
        elif self.ratio_typed or self.aux_ratio_typed:
            typed = "ratio" if self.ratio_typed else "aux_ratio"
            source = f"from the typed {typed} and the energy balance"
        else:
            source = self.estimate.describe() if self.estimate is not None else "estimated"
        return (
            f"heat pump {self.converter}: COP {self.cop:.3g} ({source}); per unit of intake "
            f"{self.ratio:.4g} units of output and {self.aux_ratio:.4g} MW of electricity"
        )

    def describe_zh(self) -> str:
        """:meth:`describe` in Chinese."""
        if self.ratio_typed and self.aux_ratio_typed:
            source = "由填写的产出比与自用比"
        elif self.ratio_typed or self.aux_ratio_typed:
            source = "由填写的" + ("产出比" if self.ratio_typed else "自用比") + "与能量平衡"
        else:
            source = self.estimate.describe_zh() if self.estimate is not None else "估算"
        return (
            f"热泵 {self.converter}：COP {self.cop:.3g}（{source}）；每单位输入产出 {self.ratio:.4g} 单位、"
            f"耗电 {self.aux_ratio:.4g} MW"
        )


def _temperatures(stream: Stream) -> list[float]:
    """The temperatures a stream gives, °C (steam without one: saturation at its pressure)."""
    found = [
        float(value) for value in (stream.temperature_c, stream.target_temperature_c) if value is not None
    ]
    if stream.medium is Medium.STEAM and not found and stream.pressure_mpa is not None:
        try:
            found = [physics.saturation_temperature_c(float(stream.pressure_mpa))]
        except physics.PhysicsError:
            found = []
    return found


def _mw_per_unit(stream: Stream, library: FactorLibrary, column: str) -> float:
    """MW of heat in one canonical unit of ``stream`` (``column`` names the converter field to fix)."""
    if stream.medium is Medium.STEAM:
        try:
            gj_per_t = steam_heat_gj_per_t(library, stream.pressure_mpa, stream.temperature_c)
        except (physics.PhysicsError, FactorError, ValueError) as exc:
            raise HeatPumpError(f"the heat of steam {stream.id} cannot be computed ({exc})", column) from exc
        return gj_per_t * 1000.0 / 3600.0  # GJ per t → MJ per t ÷ 3600 s per h = MW per t/h
    mw = thermal_mw_per_unit(stream)
    if mw <= 0:
        raise HeatPumpError(
            f"{stream.id} needs different supply and target temperatures to carry heat", column
        )
    return mw


def cop_estimate(park: Park, converter: Converter, library: FactorLibrary | None = None) -> CopEstimate:
    """The COP estimated from the temperatures of the converter's intake and output.

    Raises
    ------
    HeatPumpError
        A temperature is missing, or the output is not hotter than the intake
        (no lift to make), or the estimate is not above 1 (the unit would give
        less heat than the electricity it uses: an electric boiler does better).
    """
    library = library or FactorLibrary.load().for_park(park)
    intake, output = park.streams[converter.input], park.streams[converter.output]
    intake_temperatures, output_temperatures = _temperatures(intake), _temperatures(output)
    for column, stream, temperatures in (
        ("input", intake, intake_temperatures),
        ("output", output, output_temperatures),
    ):
        if not temperatures:
            raise HeatPumpError(
                f"heat pump {converter.id}: {stream.id} has no temperature, so its COP cannot be estimated; "
                "give the stream's temperature_c, or type the converter's ratio and aux_ratio from the machine's "
                "tested COP",
                column,
            )
    estimate = CopEstimate(
        intake_c=min(intake_temperatures),
        output_c=max(output_temperatures),
        approach_k=library.value(APPROACH_KEY),
        efficiency=library.value(EFFICIENCY_KEY),
        cop_max=library.value(COP_MAX_KEY),
    )
    if estimate.output_c <= estimate.intake_c:
        raise HeatPumpError(
            f"heat pump {converter.id}: its output {output.id} is at most {estimate.output_c:g} °C, not hotter than "
            f"its intake {intake.id} at {estimate.intake_c:g} °C; a heat pump lifts heat to a higher temperature "
            "(for heat passed on at the same or a lower temperature, use a link)",
            "output",
        )
    if estimate.cop <= 1.0:
        raise HeatPumpError(
            f"heat pump {converter.id}: the lift from {estimate.intake_c:g} °C to {estimate.output_c:g} °C gives "
            f"COP {estimate.cop:.3g} ({estimate.describe()}), not above 1: it would deliver less heat than the "
            "electricity it uses; lower the lift or type ratio and aux_ratio from a tested machine",
            "ratio",
        )
    return estimate


def heat_pump(park: Park, converter: Converter, library: FactorLibrary | None = None) -> HeatPump:
    """The heat pump's figures: typed ratios win, blanks follow the energy balance and the COP estimate.

    Energy balance per canonical unit of intake (q_in MW of heat in it,
    q_out MW per unit of output)::

        ratio × q_out = q_in + aux_ratio          (heat out = heat in + electricity)
        both blank:  ratio = q_in × COP ÷ (COP − 1) ÷ q_out,  aux_ratio = q_in ÷ (COP − 1)

    Raises
    ------
    HeatPumpError
        The figures cannot be derived (see :func:`cop_estimate`), or a typed
        figure leaves no room for the other (no electricity, or no more heat
        out than in).
    """
    if not is_heat_pump(park, converter):
        raise HeatPumpError(
            f"converter {converter.id} is not a heat pump: its intake and output must be heat, "
            "hot water or steam and its aux an electricity sink",
            "aux",
        )
    library = library or FactorLibrary.load().for_park(park)
    intake, output = park.streams[converter.input], park.streams[converter.output]
    q_in = _mw_per_unit(intake, library, "input")
    q_out = _mw_per_unit(output, library, "output")
    estimate: CopEstimate | None = None
    ratio, aux_ratio = converter.ratio, converter.aux_ratio
    if ratio is None and aux_ratio is None:
        estimate = cop_estimate(park, converter, library)
        cop = estimate.cop
        ratio, aux_ratio = q_in * cop / (cop - 1.0) / q_out, q_in / (cop - 1.0)
    elif aux_ratio is None:
        assert ratio is not None
        aux_ratio = float(ratio) * q_out - q_in
        if aux_ratio <= 0:
            raise HeatPumpError(
                f"heat pump {converter.id}: ratio {ratio:g} gives {float(ratio) * q_out:.4g} MW of heat out per unit "
                f"of intake, not more than the {q_in:.4g} MW taken in; a heat pump delivers its intake plus the "
                "electricity it uses: raise the ratio, or clear it to derive it from the COP",
                "ratio",
            )
    elif ratio is None:
        if aux_ratio <= 0:
            raise HeatPumpError(
                f"heat pump {converter.id}: aux_ratio {aux_ratio:g}: a heat pump uses electricity to lift heat; "
                "type the MW of electricity per unit of intake, or clear it to derive it from the COP",
                "aux_ratio",
            )
        ratio = (q_in + float(aux_ratio)) / q_out
    else:
        try:
            estimate = cop_estimate(park, converter, library)
        except HeatPumpError:
            estimate = None  # typed figures do not need it
    return HeatPump(
        converter=converter.id,
        intake_mw_per_unit=q_in,
        output_mw_per_unit=q_out,
        ratio=float(ratio),
        aux_ratio=float(aux_ratio),
        ratio_typed=converter.ratio is not None,
        aux_ratio_typed=converter.aux_ratio is not None,
        estimate=estimate,
    )


def converter_ratios(
    park: Park, converter: Converter, library: FactorLibrary | None = None
) -> tuple[float, float]:
    """(ratio, aux_ratio) a converter runs at: output and own use per canonical unit of intake.

    Typed figures are used as typed; a heat pump's blanks come from
    :func:`heat_pump`; any other converter's blank ratio is 1 and blank
    aux_ratio 0.

    Raises
    ------
    HeatPumpError
        A heat pump's blank figures cannot be derived (the validator reports it at its cell).
    """
    if converter.ratio is not None and (converter.aux_ratio is not None or not converter.aux):
        return float(converter.ratio), float(converter.aux_ratio or 0.0)
    if is_heat_pump(park, converter):
        pump = heat_pump(park, converter, library)
        return pump.ratio, pump.aux_ratio
    ratio = DEFAULT_RATIO if converter.ratio is None else float(converter.ratio)
    return ratio, float(converter.aux_ratio or 0.0)


def heat_pump_problems(park: Park) -> list[Problem]:
    """Located errors of heat pumps whose figures cannot be derived; a warning when typed figures miss the balance."""
    problems: list[Problem] = []
    library: FactorLibrary | None = None
    for converter in park.converters.values():
        if not is_heat_pump(park, converter):
            continue
        try:
            library = library or FactorLibrary.load().for_park(park)
            pump = heat_pump(park, converter, library)
        except HeatPumpError as exc:
            problems.append(Problem(str(exc), kind="converter", entity_id=converter.id, column=exc.column))
            continue
        except FactorError as exc:
            problems.append(
                Problem(
                    f"heat pump {converter.id}: {exc}",
                    kind="converter",
                    entity_id=converter.id,
                    column="ratio",
                )
            )
            continue
        heat_out = pump.ratio * pump.output_mw_per_unit
        if (
            pump.ratio_typed
            and pump.aux_ratio_typed
            and abs(pump.balance_gap_mw) > BALANCE_TOLERANCE * heat_out
        ):
            problems.append(
                Problem(
                    f"heat pump {converter.id}: ratio and aux_ratio give {heat_out:.4g} MW of heat out per unit of "
                    f"intake, but the intake ({pump.intake_mw_per_unit:.4g} MW) plus the electricity "
                    f"({pump.aux_ratio:.4g} MW) make {pump.intake_mw_per_unit + pump.aux_ratio:.4g} MW; clear one of "
                    "them to derive it from the energy balance",
                    kind="converter",
                    entity_id=converter.id,
                    column="aux_ratio",
                    severity="warning",
                )
            )
    return problems
