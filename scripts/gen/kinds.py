"""Argument and return kinds: for each, how it crosses each binding.

A kind names the checked converter an argument goes through on its way to
the core, once for both bindings: the Rust parameter type and conversion in
PyO3 and in wasm-bindgen, and the types users see in the stubs and the
TypeScript declarations. `{x}` is the parameter, `{js}` its JS name."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    py_param: str  # PyO3 parameter type
    py_use: str  # the core value, from {x}
    stub: str  # Python stub type
    js_param: str  # wasm-bindgen parameter type
    js_use: str  # the core value, from {x}
    ts: str  # TypeScript type (unchecked_param_type); "" when wasm-bindgen knows it
    literal: str = ""  # how a default is written: "int", "float", "str"


ANY = "&Bound<'_, PyAny>"

KINDS = {
    "reported": Kind(
        ANY,
        "&crate::published::reported({x})?",
        "_ReportedLike",
        "&JsValue",
        "&convert::reported({x})?",
        "Reported | string",
    ),
    "lag": Kind(
        "Int<i64>", "{x}.0", "int", "f64", 'whole({x}, "{js}")?', "number", "int"
    ),
    "count": Kind(
        "Int<usize>", "{x}.0", "int", "f64", 'whole({x}, "{js}")?', "number", "int"
    ),
    "float": Kind("f64", "{x}", "float", "f64", "{x}", "number", "float"),
    "base": Kind(
        "&str",
        "convert::base({x})?",
        "str",
        "&str",
        "convert::base({x})?",
        "BasePolicy",
        "str",
    ),
    "frequency": Kind(
        "&str",
        "convert::frequency({x})?",
        "str",
        "&str",
        "convert::frequency({x})?",
        "FrequencyName",
        "str",
    ),
    "method": Kind(
        "&str",
        "convert::method({x})?",
        "str",
        "&str",
        "convert::method({x})?",
        "MethodName",
        "str",
    ),
    "fred": Kind(
        "&str",
        "growthkit::FredTransform::parse({x}).py()?",
        "str",
        "&str",
        "growthkit::FredTransform::parse({x}).js()?",
        "FredCode",
        "str",
    ),
    "period": Kind(
        ANY,
        "&crate::period::period({x})?",
        "_PeriodLike",
        "&JsValue",
        "&convert::period({x})?",
        "Period | string | Date",
    ),
    "series": Kind(
        ANY,
        "&crate::series::series({x})?",
        "Series",
        "&crate::series::Series",
        "&{x}.inner",
        "",
    ),
    "indicator": Kind(
        "crate::unit::PyIndicator",
        "{x}.0",
        "Indicator",
        "&JsValue",
        "convert::indicator({x})?",
        "Indicator | IndicatorJSON",
    ),
    "i32": Kind(
        "Int<i32>", "{x}.0", "int", "f64", 'whole({x}, "{js}")?', "number", "int"
    ),
    "u32": Kind(
        "Int<u32>", "{x}.0", "int", "f64", 'whole({x}, "{js}")?', "number", "int"
    ),
    "str": Kind("&str", "{x}", "str", "&str", "{x}", "", "str"),
    "lang": Kind("&str", "{x}", "str", "&str", "{x}", '\\"en\\" | \\"zh\\"', "str"),
    "date": Kind(
        ANY,
        "convert::date({x})?",
        "_DateLike",
        "&JsValue",
        "convert::date({x})?",
        "string | Date",
    ),
    "year_start": Kind(
        "&str",
        "growthkit::YearStart::parse({x}).py()?",
        "str",
        "&str",
        "growthkit::YearStart::parse({x}).js()?",
        "",
        "str",
    ),
    "named_by": Kind(
        "&str",
        "growthkit::NamedBy::parse({x}).py()?",
        'Literal["start", "end"]',
        "&str",
        "growthkit::NamedBy::parse({x}).js()?",
        "NamedBy",
        "str",
    ),
    "fiscal_part": Kind(
        "&str",
        "growthkit::FiscalPart::parse({x}).py()?",
        'Literal["year", "half", "four_months", "quarter", "month"]',
        "&str",
        "growthkit::FiscalPart::parse({x}).js()?",
        '\\"year\\" | \\"half\\" | \\"four_months\\" | \\"quarter\\" | \\"month\\"',
        "str",
    ),
    "week_end": Kind(
        "&str",
        "growthkit::WeekEnd::parse({x}).py()?",
        "str",
        "&str",
        "growthkit::WeekEnd::parse({x}).js()?",
        "",
        "str",
    ),
    "unit": Kind(
        ANY,
        "&crate::unit::unit({x})?",
        "Unit | str",
        "&JsValue",
        "&crate::unit::unit({x})?",
        "Unit | string",
    ),
    "codelist": Kind(
        "&str",
        "growthkit::Codelist::parse({x}).py()?",
        'Literal["sdmx", "ecb"]',
        "&str",
        "growthkit::Codelist::parse({x}).js()?",
        '\\"sdmx\\" | \\"ecb\\"',
        "str",
    ),
    "reported_list": Kind(
        ANY,
        "&crate::published::reported_list({x})?",
        "Iterable[_ReportedLike]",
        "&JsValue",
        "&convert::reported_list({x})?",
        "(Reported | string)[]",
    ),
    "source": Kind(
        ANY,
        "crate::dataset::Input::of({x})?.reader()?",
        "bytes | str",
        "&JsValue",
        "&convert::bytes({x})?[..]",
        "string | Uint8Array | ArrayBuffer",
    ),
    "interval": Kind(
        ANY,
        "crate::published::interval({x})?",
        "Interval | float",
        "&JsValue",
        "crate::published::interval({x})?",
        "Interval | number",
    ),
    "dataset": Kind(
        "crate::dataset::PyDataset",
        "{x}.0",
        "Dataset",
        "&crate::dataset::Dataset",
        "&{x}.inner",
        "",
    ),
    "json": Kind(
        "&str", "{x}", "str", "&JsValue", "&convert::json_text({x})?", "", "str"
    ),
}


@dataclass(frozen=True)
class Returns:
    py: str  # PyO3 return type inside PyResult, "{cls}" for the class
    py_wrap: str  # from {e}
    stub: str
    js: str
    js_wrap: str
    ts: str  # unchecked_return_type, "" when wasm-bindgen knows it


RETURNS = {
    "self": Returns("{cls}", "{wrap}", "{cls_py}", "{cls_js}", "{wrap_js}", ""),
    "bool": Returns("bool", "{e}", "bool", "bool", "{e}", ""),
    "float": Returns("f64", "{e}", "float", "f64", "{e}", ""),
    "interval": Returns(
        "crate::published::PyInterval",
        "crate::published::PyInterval({e})",
        "Interval",
        "crate::published::Interval",
        "crate::published::wrap({e})",
        "",
    ),
    "rate_check": Returns(
        "crate::published::PyRateCheck",
        "crate::published::PyRateCheck({e})",
        "RateCheck",
        "crate::published::RateCheck",
        "crate::published::RateCheck {{ inner: {e} }}",
        "",
    ),
    "sum_check": Returns(
        "crate::published::PySumCheck",
        "crate::published::PySumCheck({e})",
        "SumCheck",
        "crate::published::SumCheck",
        "crate::published::SumCheck {{ inner: {e} }}",
        "",
    ),
    "comparison": Returns(
        "crate::published::PyPeriodComparison",
        "crate::published::PyPeriodComparison({e})",
        "PeriodComparison",
        "crate::published::PeriodComparison",
        "crate::published::PeriodComparison {{ inner: {e} }}",
        "",
    ),
    "optional_float": Returns(
        "Option<f64>", "{e}", "float | None", "Option<f64>", "{e}", ""
    ),
    "int": Returns("i64", "{e}", "int", "f64", "{e} as f64", ""),
    "optional_int": Returns(
        "Option<i64>", "{e}", "int | None", "Option<f64>", "{e}.map(|n| n as f64)", ""
    ),
    "optional_u32": Returns(
        "Option<u32>", "{e}", "int | None", "Option<u32>", "{e}", ""
    ),
    "u32": Returns("u32", "{e}", "int", "u32", "{e}", ""),
    "i32": Returns("i32", "{e}", "int", "i32", "{e}", ""),
    "unit": Returns(
        "crate::unit::PyUnit",
        "crate::unit::PyUnit({e}.clone())",
        "Unit",
        "crate::unit::Unit",
        "crate::unit::Unit {{ inner: {e}.clone() }}",
        "",
    ),
    "measure": Returns(
        "String",
        "{e}.as_str().to_string()",
        'Literal["flow", "stock", "rate", "index"]',
        "String",
        "{e}.as_str().to_string()",
        '\\"flow\\" | \\"stock\\" | \\"rate\\" | \\"index\\"',
    ),
    "period": Returns(
        "crate::period::PyPeriod",
        "crate::period::PyPeriod({e})",
        "Period",
        "crate::period::Period",
        "crate::period::Period::from({e})",
        "",
    ),
    "str": Returns("String", "{e}", "str", "String", "{e}", ""),
    "optional_str": Returns(
        "Option<String>", "{e}", "str | None", "Option<String>", "{e}", ""
    ),
    "frequency_name": Returns(
        "String",
        "{e}.to_string()",
        "_FrequencyName",
        "String",
        "{e}.to_string()",
        "FrequencyName",
    ),
    "json": Returns("String", "{e}", "str", "JsValue", "convert::parse_json(&{e})", ""),
    "pickle": Returns("", "", "tuple[Any, ...]", "", "", ""),
    "optional_period": Returns(
        "Option<crate::period::PyPeriod>",
        "{e}.map(crate::period::PyPeriod)",
        "Period | None",
        "Option<crate::period::Period>",
        "{e}.map(crate::period::Period::from)",
        "",
    ),
    "optional_reported": Returns(
        "Option<crate::published::PyReported>",
        "{e}.clone().map(crate::published::PyReported)",
        "Reported | None",
        "Option<crate::published::Reported>",
        "{e}.clone().map(|inner| crate::published::Reported {{ inner }})",
        "",
    ),
    "optional_unit": Returns(
        "Option<crate::unit::PyUnit>",
        "{e}.clone().map(crate::unit::PyUnit)",
        "Unit | None",
        "Option<crate::unit::Unit>",
        "{e}.clone().map(|inner| crate::unit::Unit {{ inner }})",
        "",
    ),
    "optional_interval": Returns(
        "Option<crate::published::PyInterval>",
        "{e}.map(crate::published::PyInterval)",
        "Interval | None",
        "Option<crate::published::Interval>",
        "{e}.map(crate::published::wrap)",
        "",
    ),
    "optional_index": Returns(
        "Option<usize>", "{e}", "int | None", "Option<f64>", "{e}.map(|i| i as f64)", ""
    ),
    "indices": Returns(
        "Vec<usize>",
        "{e}.clone()",
        "list[int]",
        "Vec<f64>",
        "{e}.iter().map(|&i| i as f64).collect()",
        "",
    ),
    "strs": Returns(
        "Vec<String>", "{e}.clone()", "list[str]", "Vec<String>", "{e}.clone()", ""
    ),
    "owned_str": Returns("String", "{e}.clone()", "str", "String", "{e}.clone()", ""),
    "optional_owned_str": Returns(
        "Option<String>",
        "{e}.clone()",
        "str | None",
        "Option<String>",
        "{e}.clone()",
        "",
    ),
    "name": Returns(
        "&'static str", "{e}.as_str()", "str", "String", "{e}.as_str().to_string()", ""
    ),
    "optional_name": Returns(
        "Option<&'static str>",
        "{e}.map(|n| n.as_str())",
        "str | None",
        "Option<String>",
        "{e}.map(|n| n.as_str().to_string())",
        "",
    ),
    "dataset": Returns(
        "crate::dataset::PyDataset",
        "crate::dataset::PyDataset({e})",
        "Dataset",
        "crate::dataset::Dataset",
        "crate::dataset::Dataset {{ inner: {e} }}",
        "",
    ),
    "str_slice": Returns(
        "Vec<String>", "{e}.to_vec()", "list[str]", "Vec<String>", "{e}.to_vec()", ""
    ),
    "usize": Returns("usize", "{e}", "int", "usize", "{e}", ""),
    "optional_indicator": Returns(
        "Option<crate::unit::PyIndicator>",
        "{e}.cloned().map(crate::unit::PyIndicator)",
        "Indicator | None",
        "Option<crate::unit::Indicator>",
        "{e}.cloned().map(|inner| crate::unit::Indicator {{ inner }})",
        "",
    ),
    "optional_frequency_name": Returns(
        "Option<String>",
        "{e}.map(|f| f.to_string())",
        "_FrequencyName | None",
        "Option<String>",
        "{e}.map(|f| f.to_string())",
        "FrequencyName | undefined",
    ),
    "series_pair": Returns(
        "(crate::series::PySeries, crate::series::PySeries)",
        "{{ let (a, b) = {e}; (crate::series::PySeries(a), crate::series::PySeries(b)) }}",
        "tuple[Series, Series]",
        "js_sys::Array",
        "{{ let (a, b) = {e}; js_sys::Array::of2(&crate::series::Series {{ inner: a }}.into(), "
        "&crate::series::Series {{ inner: b }}.into()) }}",
        "[Series, Series]",
    ),
    "holiday_windows": Returns(
        "Vec<crate::calendar::PyHolidayWindow>",
        "{e}.into_iter().map(crate::calendar::PyHolidayWindow).collect()",
        "list[HolidayWindow]",
        "Vec<crate::calendar::HolidayWindow>",
        "{e}.into_iter().map(|inner| crate::calendar::HolidayWindow {{ inner }}).collect()",
        "",
    ),
    "series": Returns(
        "crate::series::PySeries",
        "crate::series::PySeries({e}.clone())",
        "Series",
        "crate::series::Series",
        "crate::series::Series {{ inner: {e}.clone() }}",
        "",
    ),
    "optional_series": Returns(
        "Option<crate::series::PySeries>",
        "{e}.clone().map(crate::series::PySeries)",
        "Series | None",
        "Option<crate::series::Series>",
        "{e}.clone().map(|inner| crate::series::Series {{ inner }})",
        "",
    ),
    "coefficients": Returns(
        "Vec<(String, f64, f64)>",
        "crate::seasonal::coefficients(&{e})",
        "list[tuple[str, float, float]]",
        "js_sys::Array",
        "crate::seasonal::coefficients(&{e})",
        "{ name: string; value: number; stdError: number }[]",
    ),
    "floats": Returns(
        "Vec<f64>", "{e}.clone()", "list[float]", "Vec<f64>", "{e}.clone()", ""
    ),
    "periods": Returns(
        "Vec<crate::period::PyPeriod>",
        "{e}.into_iter().map(crate::period::PyPeriod).collect()",
        "list[Period]",
        "Vec<crate::period::Period>",
        "{e}.into_iter().map(crate::period::Period::from).collect()",
        "",
    ),
}


# How a value of a core class leaves a wasm module other than the core (a
# reader's Dataset, a Statement's period): by value, as the text or JSON the
# core's class reads back (`Period.parse`, `Dataset.fromJSON`). The
# TypeScript type stays the class's; the package's entry (wasm/scripts/
# finish.mjs) sees the class in the module's .d.ts and makes the core's
# object from the value. Kind -> (Rust return type, conversion, TS type).
CROSSING = {
    "dataset": ("String", "{e}.to_json()", "Dataset"),
    "series": ("String", "{e}.to_json()", "Series"),
    "optional_series": (
        "Option<String>",
        "{e}.as_ref().map(|s| s.to_json())",
        "Series | undefined",
    ),
    "optional_period": (
        "Option<String>",
        "{e}.map(|p| p.to_string())",
        "Period | undefined",
    ),
    "optional_reported": (
        "Option<String>",
        "{e}.as_ref().map(ToString::to_string)",
        "Reported | undefined",
    ),
    "optional_unit": (
        "Option<String>",
        "{e}.as_ref().map(ToString::to_string)",
        "Unit | undefined",
    ),
    "optional_interval": (
        "Option<String>",
        "{e}.map(|i| i.to_json())",
        "Interval | undefined",
    ),
}
# The kinds that name a class of the core module (which CROSSING must cover
# for a method of another module).
CORE_CLASS_KINDS = {
    "series",
    "optional_series",
    "dataset",
    "period",
    "periods",
    "unit",
    "reported",
    "interval",
    "target",
    "rate_check",
    "sum_check",
    "comparison",
    "optional_period",
    "optional_reported",
    "optional_unit",
    "optional_interval",
    "optional_indicator",
    "series_pair",
}


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(w[:1].upper() + w[1:] for w in rest)
