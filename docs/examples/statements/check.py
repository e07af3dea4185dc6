import growthkit as gk

# A city's trade release (invented): a total, its two parts, and their rates.
text = (
    "2023年前三季度，全市货物进出口总额3265.8亿元，同比增长6.4%。"
    "其中，出口2104.5亿元，增长8.9%；进口1161.3亿元，增长2.1%。"
)
findings = gk.check(gk.extract(text))
assert all(f.consistent for f in findings)
# Each level and its rate imply last year's level (implied_base, one for each
# statement); the parts are checked against the total.
assert [f.kind for f in findings] == ["implied_base"] * 3 + ["parts_sum", "parts_growth"]
by_kind = {f.kind: f for f in findings}

# Exports and imports make up trade: the parts, each rounded, add up to the total.
parts_sum = by_kind["parts_sum"]
assert parts_sum.statements == [0, 1, 2]  # the total, then its parts
assert parts_sum.allowed.contains(3265.8)  # 2104.45 + 1161.25 to 2104.55 + 1161.35

# The parts' rates give the total's: their bases are 2104.5 / 1.089 and
# 1161.3 / 1.021, so the total grew (2104.5 + 1161.3) / 3069.9 - 1 = 6.38 %.
parts_growth = by_kind["parts_growth"]
assert parts_growth.allowed.contains(6.38) and parts_growth.printed.contains(6.4)

# One figure misprinted (1261.3 for 1161.3): the sum and the total's rate no
# longer fit, and the findings say so in the text's language.
wrong = gk.check(gk.extract(text.replace("1161.3", "1261.3")))
assert [f.kind for f in wrong if not f.consistent] == ["parts_sum", "parts_growth"]
bad = next(f for f in wrong if f.kind == "parts_sum")
assert bad.message.startswith("货物进出口总额（分项之和）")
assert bad.message_en == "the 2 parts of 货物进出口总额 add up to 3365.70 to 3365.90 亿元"

# Against data: quarterly exports in million USD, the first quarter of 2023
# since revised to 497,100. The level agrees once scaled; the rate does not.
exports = gk.Indicator("exports", "Exports of goods", "million USD", "flow")
data = gk.Series(["2023-Q1", "2024-Q1"], [497100, 512300], exports)
text = (
    "In the first quarter of 2024, exports of goods were 512.3 billion dollars, "
    "up 4.1 percent from a year earlier."
)
against = {f.kind: f for f in gk.check(gk.extract(text), data)}
assert against["data_level"].consistent  # 512,300 million is 512.3 billion
growth = against["data_growth"]
assert not growth.consistent
assert growth.allowed.contains(3.06)  # 512.3 / 497.1 - 1 = 3.06 %, not 4.1
