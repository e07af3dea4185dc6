import math

import growthkit as gk

# A provincial release of 16 July 2024 (invented): 上半年 is that year's first half.
text = (
    "上半年，全省网上零售额1530.6亿元，同比增长8.2%。其中，实物商品网上零售额1287.4亿元，增长7.5%。"
)
total, goods = gk.extract(text, reference_date="2024-07-16")

# The indicator as written, the period, the level in its unit, the rate in percent.
assert total.indicator == "网上零售额"
assert str(total.period) == "2024-S1"
assert (total.level.value, total.level.decimals) == (1530.6, 1)
assert total.unit == gk.Unit.parse("亿元")  # 1530.6 times 10^8 yuan
assert (total.growth.value, total.basis) == (8.2, "yoy")
rounding = total.growth_interval  # a printed 8.2 is anything from 8.15 to 8.25
assert math.isclose(rounding.lo, 8.15) and math.isclose(rounding.hi, 8.25)

# Every part is a span of the text, in code points, end exclusive.
assert [(kind, text[start:end]) for kind, start, end in total.parts] == [
    ("period", "上半年"),
    ("indicator", "网上零售额"),
    ("level", "1530.6亿元"),
    ("basis", "同比"),
    ("growth", "8.2%"),
]

# The second figure (其中: of which) takes its period and basis from the
# first, and says where each came from.
assert (goods.indicator, str(goods.period), goods.basis) == ("实物商品网上零售额", "2024-S1", "yoy")
assert goods.provenance == {"indicator": "stated", "period": "inherited", "basis": "inherited"}
assert goods.part_of == 0  # a part of statement 0

# Without the release's date, 上半年 is no period: nothing is guessed.
undated = gk.extract(text)[0]
assert undated.period is None
assert undated.missing == ["period (relative: give a reference date)"]

# English: the scale and the currency go into the unit.
text = (
    "In the first quarter of 2024, exports of goods were 512.3 billion dollars, "
    "up 4.1 percent from a year earlier."
)
[exports] = gk.extract(text)
assert (exports.indicator, str(exports.period)) == ("exports of goods", "2024-Q1")
assert (exports.level.value, str(exports.unit)) == (512.3, "billion USD")
assert (exports.growth.value, exports.basis) == (4.1, "yoy")

# A monthly rate with no basis is on the month before, by convention, and marked so.
[retail] = gk.extract("Retail sales rose 0.4 percent in March.", reference_date="2024-04-16")
assert (str(retail.period), retail.growth.value) == ("2024-03", 0.4)
assert retail.basis == "previous_period"
assert retail.provenance["basis"] == "convention"
