import growthkit as gk

# Twelve years of monthly retail sales with a Spring Festival boost: 6 % more
# in the month the festival falls in (January or February, published dates).
festival_month = {2012: 1, 2013: 2, 2014: 1, 2015: 2, 2016: 2, 2017: 1}
festival_month |= {2018: 2, 2019: 2, 2020: 1, 2021: 2, 2022: 2, 2023: 1}
pattern = [0.97, 0.90, 1.00, 0.99, 1.01, 1.00, 0.99, 1.00, 1.00, 1.02, 1.03, 1.09]
months = [gk.Period.parse("2012-01").shift(i) for i in range(144)]
values = []
for i, p in enumerate(months):
    boost = 1.06 if p.start.month == festival_month[p.start.year] else 1.0
    wobble = 1 + ((i * 37) % 11 - 5) / 2000  # a little irregular movement
    values.append(round((300 + 2 * i) * pattern[i % 12] * boost * wobble, 1))
sales = gk.Series(months, values)

# The share of the week before and the week from the festival in each month,
# centred, as a regressor of the airline model on the logarithms.
d = sales.seasonal_adjust(regressors=["spring_festival[7,7]"])
name, value, std_error = d.coefficients[0]
assert name == "Spring Festival[7,7]" and value / std_error > 3

# The festival effect leaves the adjusted series with the seasonal factors:
# original = adjusted x seasonal x calendar (X-13's D11 x D10 x D18).
for p in months:
    whole = d.adjusted[p] * d.seasonal[p] * d.calendar[p]
    assert abs(whole - sales[p]) < 1e-9 * sales[p]
