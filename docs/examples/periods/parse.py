import growthkit as gk

# One period, many spellings: the ISO form is the canonical one.
h1 = gk.Period.parse("2020年上半年")
assert str(h1) == "2020-S1"
assert gk.Period.parse("H1 2020") == h1
assert h1.label("en") == "H1 2020"

# Calendar arithmetic: the same half a year earlier.
assert h1.year_ago().label("zh") == "2019年上半年"

# A text that is not a period is a typed error with a stable code.
try:
    gk.Period.parse("2020-13")
except gk.GrowthkitError as e:
    assert e.code == "invalid_period"
else:
    raise AssertionError("2020-13 is not a month")
