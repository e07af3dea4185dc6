import math

import growthkit as gk

# Tourism revenue over the National Day holiday (billion yuan):
# eight days in 2023 (29 September to 6 October), seven in 2024.
days_2023 = gk.Period.parse("2023-09-29/2023-10-06")
days_2024 = gk.Period.parse("2024-10-01/2024-10-07")

# The headline rate mixes growth with the holiday's length.
c = gk.compare_periods(days_2024, 70, days_2023, 72)
assert c.unequal_length and (c.current_days, c.previous_days) == (7, 8)
assert math.isclose(c.growth, -1 / 36)  # 70 / 72 - 1 = -2/72: down 2.8 %
assert math.isclose(c.per_day_growth, 1 / 9)  # (70/7) / (72/8) - 1 = 1/9: up 11.1 %

# The same per day on a series of the two holidays.
revenue = gk.Series([days_2023, days_2024], [72, 70])
daily = revenue.per_day()
assert math.isclose(daily.values[0], 9)  # 72 / 8
assert math.isclose(daily.values[1], 10)  # 70 / 7
