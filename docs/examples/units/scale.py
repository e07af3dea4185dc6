import math

import growthkit as gk

# A unit is a base and a power of ten: 亿元 is yuan times 10^8.
yi = gk.Unit.parse("亿元")
assert (yi.base, yi.scale) == ("yuan", 8)
assert yi.label("en") == "10^8 yuan"  # English has no word for 10^8

# Spellings of one unit are one unit: RMB, CNY, 元 and yuan are all yuan.
bn = gk.Unit.parse("billion RMB")
assert bn == gk.Unit("yuan", 9)
assert str(bn) == "billion yuan"
assert bn.label("zh") == "十亿元"
assert gk.Unit.parse("%").base == "percent"

# Service exports of a province (invented): 2.37 trillion yuan.
services = gk.Quantity(2.37, "万亿元")
assert str(services.unit) == "trillion yuan"  # 万亿 is 10^12

# The same amount at another scale of the same base.
in_yi = services.to_scale(8)
assert math.isclose(in_yi.value, 23700)  # 2.37 * 10^(12 - 8)
assert str(in_yi) == "23700 亿元"
in_bn = services.convert("billion yuan")
assert math.isclose(in_bn.value, 2370)  # 2.37 * 10^(12 - 9)

# Yuan are not dollars: no exchange rate is assumed.
try:
    services.convert("billion USD")
except gk.GrowthkitError as e:
    assert e.code == "unit_mismatch"
else:
    raise AssertionError("yuan do not convert to dollars")
