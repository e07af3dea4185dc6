"""growthkit: periods, indicators and growth arithmetic for official statistics.

>>> import growthkit as gk
>>> h1 = gk.Period.parse("2020年上半年")
>>> str(h1), h1.label("en")
('2020-S1', 'H1 2020')
>>> round(gk.implied_previous(122.7, 0.05), 3)
116.857

Rates are fractions (0.05 is 5 %), except FRED's transformations and
published growth figures, which speak percent as printed.
"""

from . import calendar, dask, kernels
from ._claims import Statements, check, extract
from ._errors import (
    ArgumentError,
    DataError,
    GrowthkitError,
    PeriodError,
    SeriesError,
    UnitError,
)
from ._growthkit import (
    ERROR_CODES,
    Dataset,
    Decomposition,
    Finding,
    Frequency,
    HolidayWindow,
    Indicator,
    Interval,
    Period,
    PeriodComparison,
    Quantity,
    RateCheck,
    Reported,
    Series,
    Statement,
    SumCheck,
    Target,
    Unit,
    __version__,
    annualize,
    cagr,
    check_growth,
    check_share,
    check_sum,
    compare_periods,
    contribution,
    contribution_share,
    deannualize,
    implied_previous,
    implied_previous_range,
    log_change,
    pct_change,
    pp_change,
    project,
    read_numbers,
    read_percents,
    required_growth,
    two_year_average,
)
from ._io import (
    read,
    read_csv,
    read_fred_csv,
    read_nbs_json,
    read_sdmx_csv,
    read_sdmx_json,
    read_sdmx_xml,
)
from ._io_office import (
    read_eurostat_tsv,
    read_excel,
    read_ons_csv,
    read_wide_csv,
    read_worldbank_csv,
)

__all__ = [
    "ERROR_CODES",
    "ArgumentError",
    "DataError",
    "Dataset",
    "Decomposition",
    "Finding",
    "Frequency",
    "GrowthkitError",
    "HolidayWindow",
    "Indicator",
    "Interval",
    "Period",
    "PeriodComparison",
    "PeriodError",
    "Quantity",
    "RateCheck",
    "Reported",
    "Series",
    "SeriesError",
    "Statement",
    "Statements",
    "SumCheck",
    "Target",
    "Unit",
    "UnitError",
    "__version__",
    "annualize",
    "cagr",
    "calendar",
    "check",
    "check_growth",
    "check_share",
    "check_sum",
    "compare_periods",
    "contribution",
    "contribution_share",
    "dask",
    "deannualize",
    "extract",
    "implied_previous",
    "implied_previous_range",
    "kernels",
    "log_change",
    "pct_change",
    "pp_change",
    "project",
    "read",
    "read_csv",
    "read_eurostat_tsv",
    "read_excel",
    "read_fred_csv",
    "read_nbs_json",
    "read_numbers",
    "read_ons_csv",
    "read_percents",
    "read_sdmx_csv",
    "read_sdmx_json",
    "read_sdmx_xml",
    "read_wide_csv",
    "read_worldbank_csv",
    "required_growth",
    "two_year_average",
]

from . import _tables

_tables.register()
