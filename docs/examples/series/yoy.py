import math

import growthkit as gk

# Monthly retail sales (billion yuan); March 2022 was never published.
sales = gk.Series(
    ["2022-01", "2022-02", "2022-04", "2023-01", "2023-02", "2023-03", "2023-04"],
    [200, 160, 210, 250, 200, 220, 231],
)

# Year on year: each month against the same month a year earlier.
yoy = sales.yoy()
assert math.isclose(yoy["2023-01"], 0.25)  # 250 / 200 - 1
assert math.isclose(yoy["2023-04"], 0.10)  # 231 / 210 - 1
assert yoy.get("2023-03") is None  # no March 2022, so no rate

# Month on month: against the month before, also found by the calendar.
mom = sales.pct_change(1)
assert math.isclose(mom["2023-02"], -0.20)  # 200 / 250 - 1
assert math.isclose(mom["2023-03"], 0.10)  # 220 / 200 - 1
assert mom.get("2022-04") is None  # March 2022 is missing
