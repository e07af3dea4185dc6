import math

import growthkit as gk

# Industrial output, year to date, as NBS publishes it (billion yuan):
# no January figure, the February one covers January and February.
ytd = gk.Series(["2023-02", "2023-03", "2023-04"], [180, 290, 385])

# Back to single periods: January-February as one span, then each month.
flows = ytd.decumulate_ytd()
assert str(flows.periods[0]) == "2023-01-01/2023-02-28"
assert math.isclose(flows.values[1], 110)  # March: 290 - 180
assert math.isclose(flows.values[2], 95)  # April: 385 - 290

# Quarterly totals: the span and March cover the first quarter exactly.
q = flows.aggregate("quarterly", "sum")
assert str(q.periods[0]) == "2023-Q1"
assert math.isclose(q.values[0], 290)  # 180 + 110, March's year-to-date figure
assert math.isnan(q.values[1])  # the second quarter has only April: no total

# Asking for at least one month gives a partial total, knowingly.
partial = flows.aggregate("quarterly", "sum", min_count=1)
assert math.isclose(partial.values[1], 95)  # April alone
