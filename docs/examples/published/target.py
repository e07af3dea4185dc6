import math

import growthkit as gk

# A plan (invented): "500 charging stations by the end of 2025", from 200
# at the end of 2022; 290 were built by the end of 2023.
plan = gk.Target(500, "2025", ("2022", 200))

# Progress is the share of the way, time the share of the days.
assert math.isclose(plan.progress(290), 0.30)  # (290 - 200) / (500 - 200)
assert math.isclose(plan.time_elapsed("2023"), 365 / 1096)  # 2023 of 2023-2025
assert not plan.on_track(290, "2023")  # 30 % of the way in 33 % of the time

# What the two years left require, counted in days over 365.2425.
years = 731 / 365.2425  # 2024 and 2025
g = plan.required_growth(290, "2023")
assert math.isclose(g, (500 / 290) ** (1 / years) - 1)  # about 31.3 % a year
pace = plan.required_pace(290, "2023")
assert math.isclose(pace, (500 - 290) / years)  # about 105 stations a year
