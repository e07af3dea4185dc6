import numpy as np

import growthkit as gk

# A quarterly column without gaps: growth against four rows earlier.
gdp = np.array([100.0, 102.0, 104.0, 106.0, 105.0, 107.1])
g = gk.kernels.lag_growth(gdp, 4)
assert np.isnan(g[:4]).all()  # no quarter a year before
assert np.allclose(g[4:], [0.05, 0.05])  # 105 / 100 - 1, 107.1 / 102 - 1

# A panel in any order: rows are matched by region and month, not position.
region = np.array(["a", "b", "a", "b", "a"])
months = ["2024-02", "2024-01", "2024-01", "2024-03", "2024-03"]
_, ordinals = gk.kernels.parse_periods(months)  # month numbers, as pandas counts them
sales = np.array([110.0, 50.0, 100.0, 60.0, 121.0])
g = gk.kernels.grouped_growth(region, ordinals, sales, 1)
assert np.isclose(g[0], 0.10)  # a, February: 110 / 100 - 1
assert np.isnan(g[1]) and np.isnan(g[2])  # January: no December
assert np.isnan(g[3])  # b, March: b has no February
assert np.isclose(g[4], 0.10)  # a, March: 121 / 110 - 1
