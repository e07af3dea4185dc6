import math

import growthkit as gk

# A release (invented): online sales 86.4 billion yuan against 80.7 a year
# earlier, "up 7.1 %"; rural sales 23.6, "27.3 % of the total"; urban 62.9.
# Figures are given as printed, as text.

# The levels allow any rate from 86.35 / 80.75 - 1 to 86.45 / 80.65 - 1.
growth = gk.check_growth("86.4", "80.7", "7.1")
assert growth.consistent
assert f"{growth.implied:.2f}" == "[6.93, 7.19]"
# A rate printed 7.5 cannot be: it is at least 7.45, 0.26 points too high.
misprint = gk.check_growth("86.4", "80.7", "7.5")
assert not misprint.consistent
assert math.isclose(misprint.gap_pp, 7.45 - (86.45 / 80.65 - 1) * 100)

# A share: 23.55 / 86.45 to 23.65 / 86.35, in percent.
share = gk.check_share("23.6", "86.4", "27.3")
assert share.consistent
assert f"{share.implied:.2f}" == "[27.24, 27.39]"
assert not gk.check_share("23.6", "86.4", "28").consistent  # 28 is 27.5 at least

# Rounded parts need not add up to the rounded total: 62.9 + 23.6 is 86.5,
# yet true values from 86.40 to 86.60 include some that print 86.4.
assert gk.check_sum(["62.9", "23.6"], "86.4").consistent
too_much = gk.check_sum(["62.9", "23.6"], "86.8")
assert not too_much.consistent and math.isclose(too_much.gap, 0.15)  # 86.75 - 86.60
