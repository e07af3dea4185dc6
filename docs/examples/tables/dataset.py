import math

import pandas as pd

import growthkit as gk

# Quarterly output of two regions (billion yuan): a long table in any order.
rows = [
    ("north", "2024-Q1", 84),
    ("south", "2024-Q1", 56),
    ("north", "2023-Q1", 80),
    ("south", "2023-Q1", 50),
    ("north", "2023-Q2", 90),  # the south has no 2023-Q2
    ("north", "2024-Q2", 99),
    ("south", "2024-Q2", 60),
]
table = pd.DataFrame(rows, columns=["region", "quarter", "value"])
ds = gk.Dataset.from_pandas(table, period="quarter")
assert (len(ds), ds.n_observations) == (2, 7)  # two series, seven figures

# Year on year for every series at once, each matched by the calendar.
growth = ds.yoy()
north = growth.series({"region": "north"})
south = growth.series({"region": "south"})
assert math.isclose(north["2024-Q1"], 0.05)  # 84 / 80 - 1
assert math.isclose(north["2024-Q2"], 0.10)  # 99 / 90 - 1
assert math.isclose(south["2024-Q1"], 0.12)  # 56 / 50 - 1
assert south.get("2024-Q2") is None  # no 2023-Q2 for the south
