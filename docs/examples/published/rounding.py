import growthkit as gk

# A city's online sales (invented): "86.4 billion yuan, up 7 % year on year".
sales = gk.Reported.parse("86.4")
assert (sales.value, sales.decimals) == (86.4, 1)
# Printed with one decimal, it stands for anything within half a tenth.
assert f"{sales.interval:.2f}" == "[86.35, 86.45]"
seven = gk.Reported.parse("7")  # printed without decimals: 6.5 to 7.5
assert f"{seven.interval:.1f}" == "[6.5, 7.5]"
seven_tenths = gk.Reported(7.0, 1)  # printed "7.0": 6.95 to 7.05
assert str(seven_tenths) == "7.0"

# Last year's sales, taken at face value: one number.
point = gk.implied_previous(86.4, 0.07)  # 86.4 / 1.07 = 80.75
# Every base the rounding allows: a range, narrower as the rate has more digits.
wide = gk.implied_previous_range(sales, seven)
assert f"{wide:.2f}" == "[80.33, 81.17]"  # 86.35 / 1.075, 86.45 / 1.065
narrow = gk.implied_previous_range(sales, seven_tenths)
assert f"{narrow:.2f}" == "[80.66, 80.83]"  # 86.35 / 1.0705, 86.45 / 1.0695
assert point in wide and point in narrow

# Thousands separators are read; a percent sign is not a figure.
assert gk.Reported.parse("1,227").value == 1227
try:
    gk.Reported.parse("7%")
except gk.GrowthkitError as e:
    assert e.code == "invalid_argument"
else:
    raise AssertionError("7% is not a figure as printed")
