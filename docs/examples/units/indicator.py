import math

import growthkit as gk

# What a series measures: a code, a name, a unit and a measure (invented figures).
deposits = gk.Indicator(
    "deposits",
    "Household deposits",
    "万亿元",
    "stock",
    region="Lakeshore",
    source="Lakeshore Statistics Bureau",
)
assert deposits.measure == "stock"
assert deposits.unit.scale == 12
retail = gk.Indicator("retail", "Retail sales", "亿元", "flow", region="Lakeshore")

# A stock is a level at a date: a quarter's figure is its last month's.
levels = gk.Series(["2024-01", "2024-02", "2024-03"], [12.4, 12.9, 13.1], deposits)
q = levels.aggregate("quarterly")
assert math.isclose(q.values[0], 13.1)  # March's level, not 12.4 + 12.9 + 13.1

# A flow is an amount over a period: a quarter's figure is the sum of its months.
sales = gk.Series(
    ["2023-01", "2023-02", "2023-03", "2024-01", "2024-02", "2024-03"],
    [800, 700, 750, 880, 760, 835],
    retail,
)
q = sales.aggregate("quarterly")
assert math.isclose(q.values[0], 2250)  # 800 + 700 + 750
assert math.isclose(q.values[1], 2475)  # 880 + 760 + 835
assert q.indicator is not None and str(q.indicator.unit) == "亿元"

# A growth rate is another quantity: the same code and region, a ratio, a rate.
yoy = q.yoy()
assert math.isclose(yoy["2024-Q1"], 0.10)  # 2475 / 2250 - 1
rate = yoy.indicator
assert rate is not None
assert (rate.code, rate.measure, rate.unit.base) == ("retail", "rate", "ratio")
assert rate.region == "Lakeshore"
