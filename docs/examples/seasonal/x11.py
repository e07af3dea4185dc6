import math

import growthkit as gk

# Four years of monthly retail sales (billion yuan): a trend, a December
# peak and a February trough.
pattern = [0.97, 0.90, 1.00, 0.99, 1.01, 1.00, 0.99, 1.00, 1.00, 1.02, 1.03, 1.09]
months = [gk.Period.parse("2021-01").shift(i) for i in range(48)]
sales = gk.Series(months, [round((300 + 2 * i) * pattern[i % 12], 1) for i in range(48)])

d = sales.x11()  # X-13's defaults: mult, msr, automatic Henderson
# Under five years X-11 takes the stable seasonal filter, and a smooth series
# (I/C below 1) the 9-term Henderson: x13as says "Stable" and "9-term" for it.
assert (d.seasonal_filter, d.trend_filter) == ("stable", 9)

# Adjusted times seasonal gives back the original (D11 x D10 = O).
for p in months:
    assert math.isclose(d.adjusted[p] * d.seasonal[p], sales[p])

# Growth on the previous month, as a release prints it, is on the adjusted series.
mom = d.adjusted.pct_change()
assert math.isclose(mom["2024-12"], d.adjusted["2024-12"] / d.adjusted["2024-11"] - 1)
assert abs(mom["2024-12"]) < 0.02  # the December peak is gone: about 2/(300+2*47) a month
