import math

import growthkit as gk

# Monthly visitors to two cities (in ten thousands, invented), a long table as
# a spreadsheet exports it: dates at the end of each month, NA where a
# figure is missing, a column of flags (p: provisional).
text = """\
date,city,visitors,status
2024-01-31,Hangzhou,812.5,
2024-02-29,Hangzhou,930.0,p
2024-03-31,Hangzhou,NA,
2024-01-31,Suzhou,640.2,
2024-02-29,Suzhou,701.8,p
2024-03-31,Suzhou,655.0,
"""
ds = gk.read_csv(text, value="visitors", flag="status")

# The period column is found by its header; the other columns are the key.
assert ds.dimensions == ["city"]
assert ds.keys() == [{"city": "Hangzhou"}, {"city": "Suzhou"}]
# The dates are month ends, so the periods are months, and the notes say so.
assert ds.notes == ["frequency monthly: every date is the first or last day of a month"]
suzhou = ds.series({"city": "Suzhou"})
assert [str(p) for p in suzhou.periods] == ["2024-01", "2024-02", "2024-03"]
assert suzhou.values.tolist() == [640.2, 701.8, 655.0]
assert math.isclose(suzhou.pct_change(1)["2024-03"], 655.0 / 701.8 - 1)

# NA is a missing value; the flags are read as they are written.
hangzhou = ds.series({"city": "Hangzhou"})
assert math.isnan(hangzhou.values[2])
assert ds.flags({"city": "Hangzhou"}) == [None, "p", None]

# A plain CSV says nothing of units: the series have no indicator.
assert suzhou.indicator is None

# Daily data stay days when the frequency is given.
days = gk.read_csv(text, value="visitors", flag="status", frequency="daily")
assert str(days.series({"city": "Suzhou"}).periods[0]) == "2024-01-31"

# Without `value` the table is read as wide (one series per column), and a
# city name is no number: refused, naming the line and the column.
try:
    gk.read_csv(text)
except gk.GrowthkitError as e:
    assert e.code == "malformed_data"
    assert str(e) == "line 2, column `city`: `Hangzhou` is not a number"
else:
    raise AssertionError("a name is not a value")
