"""Writes releases.json: real sentences from official statistical releases,
with every printed level and rate written out by hand (read off the text,
never from growthkit's output). Run: python3 tests/claims/build_releases.py

Figure rows: [indicator as written, period, "L", figure, unit] for a level,
[indicator, period, "G", signed figure, basis] for a rate. Planted errors:
one figure changed in a consistent release, with the finding kind that must
report an inconsistency.
"""

import json
import pathlib

NBS = "National Bureau of Statistics of China (stats.gov.cn)"
CASES = []


def case(id, source, ref, text, figures, planted=()):
    CASES.append(
        {
            "id": id,
            "source": source,
            "reference_date": ref,
            "text": text,
            "figures": figures,
            "planted": [{"replace": list(r), "caught_by": k} for r, k in planted],
        }
    )


case(
    "nbs-retail-2022q1",
    NBS + ", 2022年一季度社会消费品零售总额增长3.3%, released 2022-04-18 (read from a republished copy)",
    "2022-04-18",
    "一季度，社会消费品零售总额108659亿元，同比增长3.3%（以下除特殊说明外均为名义增长）。其中，除汽车以外的消费品零售额97920亿元，增长3.6%。扣除价格因素，一季度社会消费品零售总额同比实际增长1.3%。\n\n"
    "3月份，社会消费品零售总额34233亿元，同比下降3.5%。其中，除汽车以外的消费品零售额30560亿元，下降3.0%。\n\n"
    "按经营单位所在地分，一季度城镇消费品零售额94292亿元，同比增长3.2%；乡村消费品零售额14367亿元，增长3.5%。3月份，城镇消费品零售额29699亿元，同比下降3.6%；乡村消费品零售额4534亿元，下降3.3%。\n\n"
    "按消费类型分，一季度商品零售98006亿元，同比增长3.6%；餐饮收入10653亿元，增长0.5%。3月份，商品零售31298亿元，同比下降2.1%；餐饮收入2935亿元，下降16.4%。\n\n"
    "按零售业态分，一季度限额以上零售业单位中的超市、便利店、专业店和专卖店零售额同比分别增长3.2%、10.1%、6.6%和1.0%，百货店同比下降3.3%。\n\n"
    "一季度，全国网上零售额30120亿元，同比增长6.6%。其中，实物商品网上零售额25257亿元，增长8.8%，占社会消费品零售总额的比重为23.2%；在实物商品网上零售额中，吃类、穿类和用类商品分别增长13.5%、0.9%和10.6%。",
    [
        ["社会消费品零售总额", "2022-Q1", "L", "108659", "亿元"],
        ["社会消费品零售总额", "2022-Q1", "G", "3.3", "yoy"],
        ["除汽车以外的消费品零售额", "2022-Q1", "L", "97920", "亿元"],
        ["除汽车以外的消费品零售额", "2022-Q1", "G", "3.6", "yoy"],
        ["社会消费品零售总额", "2022-Q1", "G", "1.3", "yoy"],
        ["社会消费品零售总额", "2022-03", "L", "34233", "亿元"],
        ["社会消费品零售总额", "2022-03", "G", "-3.5", "yoy"],
        ["除汽车以外的消费品零售额", "2022-03", "L", "30560", "亿元"],
        ["除汽车以外的消费品零售额", "2022-03", "G", "-3.0", "yoy"],
        ["城镇消费品零售额", "2022-Q1", "L", "94292", "亿元"],
        ["城镇消费品零售额", "2022-Q1", "G", "3.2", "yoy"],
        ["乡村消费品零售额", "2022-Q1", "L", "14367", "亿元"],
        ["乡村消费品零售额", "2022-Q1", "G", "3.5", "yoy"],
        ["城镇消费品零售额", "2022-03", "L", "29699", "亿元"],
        ["城镇消费品零售额", "2022-03", "G", "-3.6", "yoy"],
        ["乡村消费品零售额", "2022-03", "L", "4534", "亿元"],
        ["乡村消费品零售额", "2022-03", "G", "-3.3", "yoy"],
        ["商品零售", "2022-Q1", "L", "98006", "亿元"],
        ["商品零售", "2022-Q1", "G", "3.6", "yoy"],
        ["餐饮收入", "2022-Q1", "L", "10653", "亿元"],
        ["餐饮收入", "2022-Q1", "G", "0.5", "yoy"],
        ["商品零售", "2022-03", "L", "31298", "亿元"],
        ["商品零售", "2022-03", "G", "-2.1", "yoy"],
        ["餐饮收入", "2022-03", "L", "2935", "亿元"],
        ["餐饮收入", "2022-03", "G", "-16.4", "yoy"],
        ["超市", "2022-Q1", "G", "3.2", "yoy"],
        ["便利店", "2022-Q1", "G", "10.1", "yoy"],
        ["专业店", "2022-Q1", "G", "6.6", "yoy"],
        ["专卖店零售额", "2022-Q1", "G", "1.0", "yoy"],
        ["百货店", "2022-Q1", "G", "-3.3", "yoy"],
        ["网上零售额", "2022-Q1", "L", "30120", "亿元"],
        ["网上零售额", "2022-Q1", "G", "6.6", "yoy"],
        ["实物商品网上零售额", "2022-Q1", "L", "25257", "亿元"],
        ["实物商品网上零售额", "2022-Q1", "G", "8.8", "yoy"],
        ["实物商品网上零售额", "2022-Q1", "G", "23.2", "share"],
        ["吃类", "2022-Q1", "G", "13.5", "yoy"],
        ["穿类", "2022-Q1", "G", "0.9", "yoy"],
        ["用类商品", "2022-Q1", "G", "10.6", "yoy"],
    ],
    planted=[
        (("乡村消费品零售额14367亿元", "乡村消费品零售额15367亿元"), "parts_sum"),
        (("乡村消费品零售额14367亿元，增长3.5%", "乡村消费品零售额14367亿元，增长5.5%"), "parts_growth"),
        (("社会消费品零售总额108659亿元，同比增长3.3%", "社会消费品零售总额108659亿元，同比增长3.8%"), "parts_growth"),
        (("城镇消费品零售额94292亿元，同比增长3.2%", "城镇消费品零售额94292亿元，同比增长3.7%"), "parts_growth"),
        (("比重为23.2%", "比重为25.2%"), "share"),
        (("餐饮收入2935亿元", "餐饮收入2985亿元"), "parts_sum"),
        (("商品零售31298亿元，同比下降2.1%", "商品零售31298亿元，同比下降4.1%"), "parts_growth"),
    ],
)

case(
    "nbs-retail-2021",
    NBS + ", 2021年社会消费品零售总额增长12.5%, released 2022-01-17 (read from a republished copy)",
    "2022-01-17",
    "2021年，社会消费品零售总额440823亿元，比上年增长12.5%，两年平均增速为3.9%。其中，除汽车以外的消费品零售额397037亿元，增长12.9%。扣除价格因素，2021年社会消费品零售总额比上年实际增长10.7%。\n\n"
    "2021年12月份，社会消费品零售总额41269亿元，同比增长1.7%。其中，除汽车以外的消费品零售额36618亿元，增长3.0%。\n\n"
    "按经营单位所在地分，2021年城镇消费品零售额381558亿元，比上年增长12.5%；乡村消费品零售额59265亿元，增长12.1%。12月份，城镇消费品零售额35243亿元，同比增长1.5%；乡村消费品零售额6026亿元，增长2.8%。\n\n"
    "按消费类型分，2021年商品零售393928亿元，比上年增长11.8%；餐饮收入46895亿元，增长18.6%。12月份商品零售36428亿元，同比增长2.3%；餐饮收入4841亿元，下降2.2%。\n\n"
    "2021年，全国网上零售额130884亿元，比上年增长14.1%。其中，实物商品网上零售额108042亿元，增长12.0%，占社会消费品零售总额的比重为24.5%。",
    [
        ["社会消费品零售总额", "2021", "L", "440823", "亿元"],
        ["社会消费品零售总额", "2021", "G", "12.5", "yoy"],
        ["社会消费品零售总额", "2021", "G", "3.9", "two_year_average"],
        ["除汽车以外的消费品零售额", "2021", "L", "397037", "亿元"],
        ["除汽车以外的消费品零售额", "2021", "G", "12.9", "yoy"],
        ["社会消费品零售总额", "2021", "G", "10.7", "yoy"],
        ["社会消费品零售总额", "2021-12", "L", "41269", "亿元"],
        ["社会消费品零售总额", "2021-12", "G", "1.7", "yoy"],
        ["除汽车以外的消费品零售额", "2021-12", "L", "36618", "亿元"],
        ["除汽车以外的消费品零售额", "2021-12", "G", "3.0", "yoy"],
        ["城镇消费品零售额", "2021", "L", "381558", "亿元"],
        ["城镇消费品零售额", "2021", "G", "12.5", "yoy"],
        ["乡村消费品零售额", "2021", "L", "59265", "亿元"],
        ["乡村消费品零售额", "2021", "G", "12.1", "yoy"],
        ["城镇消费品零售额", "2021-12", "L", "35243", "亿元"],
        ["城镇消费品零售额", "2021-12", "G", "1.5", "yoy"],
        ["乡村消费品零售额", "2021-12", "L", "6026", "亿元"],
        ["乡村消费品零售额", "2021-12", "G", "2.8", "yoy"],
        ["商品零售", "2021", "L", "393928", "亿元"],
        ["商品零售", "2021", "G", "11.8", "yoy"],
        ["餐饮收入", "2021", "L", "46895", "亿元"],
        ["餐饮收入", "2021", "G", "18.6", "yoy"],
        ["商品零售", "2021-12", "L", "36428", "亿元"],
        ["商品零售", "2021-12", "G", "2.3", "yoy"],
        ["餐饮收入", "2021-12", "L", "4841", "亿元"],
        ["餐饮收入", "2021-12", "G", "-2.2", "yoy"],
        ["网上零售额", "2021", "L", "130884", "亿元"],
        ["网上零售额", "2021", "G", "14.1", "yoy"],
        ["实物商品网上零售额", "2021", "L", "108042", "亿元"],
        ["实物商品网上零售额", "2021", "G", "12.0", "yoy"],
        ["实物商品网上零售额", "2021", "G", "24.5", "share"],
    ],
    planted=[
        (("城镇消费品零售额381558亿元", "城镇消费品零售额381658亿元"), "parts_sum"),
        (("餐饮收入46895亿元，增长18.6%", "餐饮收入46895亿元，增长13.6%"), "parts_growth"),
        (("比重为24.5%", "比重为21.5%"), "share"),
    ],
)

case(
    "nbs-retail-2023-jan-feb",
    NBS + ", 2023年1—2月份社会消费品零售总额增长3.5%, released 2023-03-15 (read from a republished copy)",
    "2023-03-15",
    "1—2月份，社会消费品零售总额77067亿元，同比增长3.5%。其中，除汽车以外的消费品零售额70409亿元，增长5.0%。\n\n"
    "按经营单位所在地分，1—2月份，城镇消费品零售额66796亿元，同比增长3.4%；乡村消费品零售额10271亿元，增长4.5%。\n\n"
    "按消费类型分，1—2月份，商品零售68638亿元，同比增长2.9%；餐饮收入8429亿元，增长9.2%。\n\n"
    "1—2月份，全国网上零售额20544亿元，同比增长6.2%。其中，实物商品网上零售额17476亿元，增长5.3%，占社会消费品零售总额的比重为22.7%；在实物商品网上零售额中，吃类、穿类、用类商品分别增长5.3%、4.0%、5.7%。",
    [
        ["社会消费品零售总额", "2023-01-01/2023-02-28", "L", "77067", "亿元"],
        ["社会消费品零售总额", "2023-01-01/2023-02-28", "G", "3.5", "yoy"],
        ["除汽车以外的消费品零售额", "2023-01-01/2023-02-28", "L", "70409", "亿元"],
        ["除汽车以外的消费品零售额", "2023-01-01/2023-02-28", "G", "5.0", "yoy"],
        ["城镇消费品零售额", "2023-01-01/2023-02-28", "L", "66796", "亿元"],
        ["城镇消费品零售额", "2023-01-01/2023-02-28", "G", "3.4", "yoy"],
        ["乡村消费品零售额", "2023-01-01/2023-02-28", "L", "10271", "亿元"],
        ["乡村消费品零售额", "2023-01-01/2023-02-28", "G", "4.5", "yoy"],
        ["商品零售", "2023-01-01/2023-02-28", "L", "68638", "亿元"],
        ["商品零售", "2023-01-01/2023-02-28", "G", "2.9", "yoy"],
        ["餐饮收入", "2023-01-01/2023-02-28", "L", "8429", "亿元"],
        ["餐饮收入", "2023-01-01/2023-02-28", "G", "9.2", "yoy"],
        ["网上零售额", "2023-01-01/2023-02-28", "L", "20544", "亿元"],
        ["网上零售额", "2023-01-01/2023-02-28", "G", "6.2", "yoy"],
        ["实物商品网上零售额", "2023-01-01/2023-02-28", "L", "17476", "亿元"],
        ["实物商品网上零售额", "2023-01-01/2023-02-28", "G", "5.3", "yoy"],
        ["实物商品网上零售额", "2023-01-01/2023-02-28", "G", "22.7", "share"],
        ["吃类", "2023-01-01/2023-02-28", "G", "5.3", "yoy"],
        ["穿类", "2023-01-01/2023-02-28", "G", "4.0", "yoy"],
        ["用类商品", "2023-01-01/2023-02-28", "G", "5.7", "yoy"],
    ],
    planted=[
        (("乡村消费品零售额10271亿元", "乡村消费品零售额10871亿元"), "parts_sum"),
        (("比重为22.7%", "比重为27.7%"), "share"),
    ],
)

case(
    "nbs-retail-2019q1",
    NBS + ", 2019年一季度社会消费品零售总额增长8.3%, released 2019-04-17 (read from a republished copy)",
    "2019-04-17",
    "2019年一季度，社会消费品零售总额97790亿元，同比名义增长8.3%（扣除价格因素实际增长6.9%，以下除特殊说明外均为名义增长）。其中，3月份社会消费品零售总额31726亿元，同比增长8.7%。\n\n"
    "按经营单位所在地分，一季度城镇消费品零售额83402亿元，同比增长8.2%；乡村消费品零售额14388亿元，增长9.2%。其中，3月份城镇消费品零售额27192亿元，同比增长8.5%；乡村消费品零售额4534亿元，增长9.4%。\n\n"
    "按消费类型分，一季度餐饮收入10644亿元，同比增长9.6%；商品零售87146亿元，增长8.2%。其中，3月份餐饮收入3393亿元，同比增长9.5%；商品零售28333亿元，增长8.6%。\n\n"
    "一季度，全国网上零售额22379亿元，同比增长15.3%。其中，实物商品网上零售额17772亿元，增长21.0%，占社会消费品零售总额的比重为18.2%。",
    [
        ["社会消费品零售总额", "2019-Q1", "L", "97790", "亿元"],
        ["社会消费品零售总额", "2019-Q1", "G", "8.3", "yoy"],
        ["社会消费品零售总额", "2019-Q1", "G", "6.9", "yoy"],
        ["社会消费品零售总额", "2019-03", "L", "31726", "亿元"],
        ["社会消费品零售总额", "2019-03", "G", "8.7", "yoy"],
        ["城镇消费品零售额", "2019-Q1", "L", "83402", "亿元"],
        ["城镇消费品零售额", "2019-Q1", "G", "8.2", "yoy"],
        ["乡村消费品零售额", "2019-Q1", "L", "14388", "亿元"],
        ["乡村消费品零售额", "2019-Q1", "G", "9.2", "yoy"],
        ["城镇消费品零售额", "2019-03", "L", "27192", "亿元"],
        ["城镇消费品零售额", "2019-03", "G", "8.5", "yoy"],
        ["乡村消费品零售额", "2019-03", "L", "4534", "亿元"],
        ["乡村消费品零售额", "2019-03", "G", "9.4", "yoy"],
        ["餐饮收入", "2019-Q1", "L", "10644", "亿元"],
        ["餐饮收入", "2019-Q1", "G", "9.6", "yoy"],
        ["商品零售", "2019-Q1", "L", "87146", "亿元"],
        ["商品零售", "2019-Q1", "G", "8.2", "yoy"],
        ["餐饮收入", "2019-03", "L", "3393", "亿元"],
        ["餐饮收入", "2019-03", "G", "9.5", "yoy"],
        ["商品零售", "2019-03", "L", "28333", "亿元"],
        ["商品零售", "2019-03", "G", "8.6", "yoy"],
        ["网上零售额", "2019-Q1", "L", "22379", "亿元"],
        ["网上零售额", "2019-Q1", "G", "15.3", "yoy"],
        ["实物商品网上零售额", "2019-Q1", "L", "17772", "亿元"],
        ["实物商品网上零售额", "2019-Q1", "G", "21.0", "yoy"],
        ["实物商品网上零售额", "2019-Q1", "G", "18.2", "share"],
    ],
    planted=[
        (("城镇消费品零售额83402亿元", "城镇消费品零售额88402亿元"), "parts_sum"),
    ],
)

case(
    "nbs-retail-2018-jan-feb",
    NBS + ", 2018年1-2月份社会消费品零售总额增长9.7%, released 2018-03-14 (read from a republished copy, punctuation as printed there)",
    "2018-03-14",
    "2018年1-2月份, 社会消费品零售总额61082亿元, 同比名义增长9.7%. 其中, 限额以上单位消费品零售额23242亿元, 增长8.3%.\n"
    "按经营单位所在地分, 1-2月份, 城镇消费品零售额52046亿元, 同比增长9.6%; 乡村消费品零售额9036亿元, 增长10.7%.\n"
    "按消费类型分, 1-2月份, 餐饮收入6613亿元, 同比增长10.1%; 商品零售54469亿元, 增长9.7%.\n"
    "2018年1-2月份, 全国网上零售额12271亿元, 同比增长37.3%. 其中, 实物商品网上零售额9073亿元, 增长35.6%, 占社会消费品零售总额的比重为14.9%.",
    [
        ["社会消费品零售总额", "2018-01-01/2018-02-28", "L", "61082", "亿元"],
        ["社会消费品零售总额", "2018-01-01/2018-02-28", "G", "9.7", "yoy"],
        ["限额以上单位消费品零售额", "2018-01-01/2018-02-28", "L", "23242", "亿元"],
        ["限额以上单位消费品零售额", "2018-01-01/2018-02-28", "G", "8.3", "yoy"],
        ["城镇消费品零售额", "2018-01-01/2018-02-28", "L", "52046", "亿元"],
        ["城镇消费品零售额", "2018-01-01/2018-02-28", "G", "9.6", "yoy"],
        ["乡村消费品零售额", "2018-01-01/2018-02-28", "L", "9036", "亿元"],
        ["乡村消费品零售额", "2018-01-01/2018-02-28", "G", "10.7", "yoy"],
        ["餐饮收入", "2018-01-01/2018-02-28", "L", "6613", "亿元"],
        ["餐饮收入", "2018-01-01/2018-02-28", "G", "10.1", "yoy"],
        ["商品零售", "2018-01-01/2018-02-28", "L", "54469", "亿元"],
        ["商品零售", "2018-01-01/2018-02-28", "G", "9.7", "yoy"],
        ["网上零售额", "2018-01-01/2018-02-28", "L", "12271", "亿元"],
        ["网上零售额", "2018-01-01/2018-02-28", "G", "37.3", "yoy"],
        ["实物商品网上零售额", "2018-01-01/2018-02-28", "L", "9073", "亿元"],
        ["实物商品网上零售额", "2018-01-01/2018-02-28", "G", "35.6", "yoy"],
        ["实物商品网上零售额", "2018-01-01/2018-02-28", "G", "14.9", "share"],
    ],
    planted=[
        (("餐饮收入6613亿元", "餐饮收入6913亿元"), "parts_sum"),
    ],
)

case(
    "nbs-retail-2019h1-en",
    NBS + ", Total Retail Sales of Consumer Goods up by 8.4 percent in the First Half of 2019, released 2019-07-17 (English; read from marketscreener.com's copy)",
    "2019-07-17",
    "In the first half of 2019, the total retail sales of consumer goods reached 19,521 billion yuan, up by 8.4 percent year-on-year nominal growth rate. (The real growth rate was 6.7 percent increase. The follows are nominal growth rates if there's no additional explanation.) Of which, the total retail sales of consumer goods reached 3,387.8 billion yuan, up by 9.8 percent year-on-year in June.\n\n"
    "In terms of different areas, the retail sales of consumer goods in urban areas was 16,692.4 billion yuan in the first half of 2019, up by 8.3 percent year-on-year; while that in rural areas was 2,828.6 billion yuan, up by 9.1 percent year-on-year.\n\n"
    "In the first half of 2019, the national online retail sales of goods and services was 4,816.1 billion yuan, increased by 17.8 percent year-on-year. Of which, the online retail sales of physical goods was 3,816.5 billion yuan, increased by 21.6 percent, accounting for 19.6 percent of the total retail sales of consumer goods; of the online retail sales of physical goods, food, clothing and using goods went up by 29.3, 21.4 and 20.9 percent respectively.",
    [
        ["total retail sales of consumer goods", "2019-S1", "L", "19521", "billion yuan"],
        ["total retail sales of consumer goods", "2019-S1", "G", "8.4", "yoy"],
        ["real growth rate", "2019-S1", "G", "6.7", "yoy"],
        ["total retail sales of consumer goods", "2019-06", "L", "3387.8", "billion yuan"],
        ["total retail sales of consumer goods", "2019-06", "G", "9.8", "yoy"],
        ["retail sales of consumer goods in urban areas", "2019-S1", "L", "16692.4", "billion yuan"],
        ["retail sales of consumer goods in urban areas", "2019-S1", "G", "8.3", "yoy"],
        ["that in rural areas", "2019-S1", "L", "2828.6", "billion yuan"],
        ["that in rural areas", "2019-S1", "G", "9.1", "yoy"],
        ["national online retail sales of goods and services", "2019-S1", "L", "4816.1", "billion yuan"],
        ["national online retail sales of goods and services", "2019-S1", "G", "17.8", "yoy"],
        ["online retail sales of physical goods", "2019-S1", "L", "3816.5", "billion yuan"],
        ["online retail sales of physical goods", "2019-S1", "G", "21.6", "yoy"],
        ["online retail sales of physical goods", "2019-S1", "G", "19.6", "share"],
        ["food", "2019-S1", "G", "29.3", "yoy"],
        ["clothing", "2019-S1", "G", "21.4", "yoy"],
        ["using goods", "2019-S1", "G", "20.9", "yoy"],
    ],
    planted=[
        (("2,828.6 billion yuan", "2,928.6 billion yuan"), "parts_sum"),
        (("accounting for 19.6 percent", "accounting for 16.9 percent"), "share"),
    ],
)

case(
    "ciw-retail-2019h1-en",
    "China Internet Watch, Retail Sales H1 2019, citing the National Bureau of Statistics of China (chinainternetwatch.com/29513)",
    "2019-07-17",
    "In the first half of 2019, the total retail sales of consumer goods reached 19,521.0 billion yuan (US$2,842.3 bn), up by 8.4% year on year, or 0.1 percentage point faster than that of the first quarter according to National Bureau of Statistics of China.\n\n"
    "In June 2019, the total retail sales of consumer goods reached 3,387.8 billion yuan (US$493.27 bn), a year-on-year growth of 9.8 percent, 1.2 percentage points faster than that of the previous month, or up by 0.96% month on month.\n\n"
    "In the first half, analyzed by different areas, the retail sales in urban areas reached 16,692.4 billion yuan, up by 8.3% year-on-year, and the retail sales in rural areas stood at 2,828.6 billion yuan, up by 9.1%.",
    [
        ["total retail sales of consumer goods", "2019-S1", "L", "19521.0", "billion yuan"],
        ["total retail sales of consumer goods", "2019-S1", "G", "8.4", "yoy"],
        ["total retail sales of consumer goods", "2019-S1", "G", "0.1", "pp_change"],
        ["total retail sales of consumer goods", "2019-06", "L", "3387.8", "billion yuan"],
        ["total retail sales of consumer goods", "2019-06", "G", "9.8", "yoy"],
        ["total retail sales of consumer goods", "2019-06", "G", "1.2", "pp_change"],
        ["total retail sales of consumer goods", "2019-06", "G", "0.96", "previous_period"],
        ["retail sales in urban areas", "2019-S1", "L", "16692.4", "billion yuan"],
        ["retail sales in urban areas", "2019-S1", "G", "8.3", "yoy"],
        ["retail sales in rural areas", "2019-S1", "L", "2828.6", "billion yuan"],
        ["retail sales in rural areas", "2019-S1", "G", "9.1", "yoy"],
    ],
)

case(
    "bea-gdp-2023q1-en",
    "U.S. Bureau of Economic Analysis, Gross Domestic Product, First Quarter 2023 (Advance Estimate), released 2023-04-27 (read from a quoted copy)",
    "2023-04-27",
    "Real gross domestic product (GDP) increased at an annual rate of 1.1 percent in the first quarter of 2023 (table 1), according to the \"advance\" estimate released by the Bureau of Economic Analysis. In the fourth quarter, real GDP increased 2.6 percent.\n\n"
    "Current-dollar GDP increased 5.1 percent at an annual rate, or $327.9 billion, in the first quarter, to a level of $26.47 trillion. In the fourth quarter, GDP increased 6.6 percent, or $414.1 billion (tables 1 and 3).",
    [
        ["Real gross domestic product (GDP)", "2023-Q1", "G", "1.1", "annualized"],
        ["real GDP", "2022-Q4", "G", "2.6", "annualized"],
        ["Current-dollar GDP", "2023-Q1", "G", "5.1", "annualized"],
        ["Current-dollar GDP", "2023-Q1", "L", "26.47", "trillion USD"],
        ["GDP", "2022-Q4", "G", "6.6", "annualized"],
    ],
)

case(
    "bea-gdp-2021q2-en",
    "U.S. Bureau of Economic Analysis, Gross Domestic Product, Second Quarter 2021 (Advance Estimate), released 2021-07-29 (read from a quoted copy)",
    "2021-07-29",
    "Real gross domestic product (GDP) increased at an annual rate of 6.5 percent in the second quarter of 2021 (table 1), according to the \"advance\" estimate released by the Bureau of Economic Analysis. In the first quarter, real GDP increased 6.3 percent (revised).\n\n"
    "Current-dollar GDP increased 13.0 percent at an annual rate, or $684.4 billion, in the second quarter to a level of $22.72 trillion.",
    [
        ["Real gross domestic product (GDP)", "2021-Q2", "G", "6.5", "annualized"],
        ["real GDP", "2021-Q1", "G", "6.3", "annualized"],
        ["Current-dollar GDP", "2021-Q2", "G", "13.0", "annualized"],
        ["Current-dollar GDP", "2021-Q2", "L", "22.72", "trillion USD"],
    ],
)

case(
    "bea-gdp-2016q1-en",
    "U.S. Bureau of Economic Analysis, GDP advance estimate for the first quarter of 2016, released 2016-04-28 (read from floordaily.net's report)",
    "2016-04-28",
    "Real gross domestic product—the value of the goods and services produced by the nation's economy less the value of the goods and services used up in production, adjusted for price changes—increased at an annual rate of 0.5% in the first quarter of 2016, according to the advance estimate released by the Bureau of Economic Analysis. "
    "In the fourth quarter, real GDP increased 1.4%.",
    [
        ["Real gross domestic product", "2016-Q1", "G", "0.5", "annualized"],
        ["real GDP", "2015-Q4", "G", "1.4", "annualized"],
    ],
)

case(
    "nbs-retail-2020-jan-apr-en",
    NBS + ", retail sales January-April 2020, released 2020-05-15 (English; read from eng.acmr.com.cn's copy)",
    "2020-05-15",
    "From January to April, the total retail sales of social consumer goods reached 13,814.2 billion yuan, a year-on-year decrease of 0.2 percent. Among them, the retail sales of consumer goods other than automobiles reached 12,480.7 billion yuan, an increase of 0.8 percent.\n\n"
    "In April, the total retail sales of social consumer goods was 2,948.3 billion yuan, a year-on-year decrease of 11.1 percent. Among them, the retail sales of consumer goods other than automobiles were 2,691.6 billion yuan, down 8.4 percent.\n\n"
    "According to the location of business units, from January to April, the retail sales of urban consumer goods reached 11,992.9 billion yuan, a year-on-year decrease of 0.3 percent; the retail sales of rural consumer goods reached 1,821.3 billion yuan, an increase of 0.4 percent.",
    [
        ["total retail sales of social consumer goods", "2020-01-01/2020-04-30", "L", "13814.2", "billion yuan"],
        ["total retail sales of social consumer goods", "2020-01-01/2020-04-30", "G", "-0.2", "yoy"],
        ["retail sales of consumer goods other than automobiles", "2020-01-01/2020-04-30", "L", "12480.7", "billion yuan"],
        ["retail sales of consumer goods other than automobiles", "2020-01-01/2020-04-30", "G", "0.8", "yoy"],
        ["total retail sales of social consumer goods", "2020-04", "L", "2948.3", "billion yuan"],
        ["total retail sales of social consumer goods", "2020-04", "G", "-11.1", "yoy"],
        ["retail sales of consumer goods other than automobiles", "2020-04", "L", "2691.6", "billion yuan"],
        ["retail sales of consumer goods other than automobiles", "2020-04", "G", "-8.4", "yoy"],
        ["retail sales of urban consumer goods", "2020-01-01/2020-04-30", "L", "11992.9", "billion yuan"],
        ["retail sales of urban consumer goods", "2020-01-01/2020-04-30", "G", "-0.3", "yoy"],
        ["retail sales of rural consumer goods", "2020-01-01/2020-04-30", "L", "1821.3", "billion yuan"],
        ["retail sales of rural consumer goods", "2020-01-01/2020-04-30", "G", "0.4", "yoy"],
    ],
    planted=[
        (("1,821.3 billion yuan", "1,621.3 billion yuan"), "parts_sum"),
    ],
)

case(
    "nbs-retail-2005-en",
    NBS + ", Total National Retail Sales and Growth Rate in 2005, published 2006-02-28 (gov.cn; read from a copy filed at sec.gov)",
    "2006-02-28",
    "In 2005, the total national retail sales reached RMB 6,717.7 billion, an increase of 12.9% over last year, or a real growth of 12.0% after deducting price factor. Of this total, the total national retail sales of consumer goods in cities stood at RMB 4,509.5 billion, up by 13.6%, and that at county and below county level reached RMB2,208.5 billion, up by 11.5%.",
    [
        ["total national retail sales", "2005", "L", "6717.7", "billion yuan"],
        ["total national retail sales", "2005", "G", "12.9", "yoy"],
        ["total national retail sales", "2005", "G", "12.0", "yoy"],
        ["total national retail sales of consumer goods in cities", "2005", "L", "4509.5", "billion yuan"],
        ["total national retail sales of consumer goods in cities", "2005", "G", "13.6", "yoy"],
        ["that at county and below county level", "2005", "L", "2208.5", "billion yuan"],
        ["that at county and below county level", "2005", "G", "11.5", "yoy"],
    ],
)

case(
    "shine-retail-2023h1-en",
    "Shanghai Daily (shine.cn), China's retail sales of consumer goods went up 8.2 percent year on year in the first half of this year, 2023-07-17, reporting the National Bureau of Statistics",
    "2023-07-17",
    "China's retail sales of consumer goods went up 8.2 percent year on year in the first half (H1) of this year, 2.4 percentage points faster than that of the first quarter, the National Bureau of Statistics (NBS) said Monday.\n\n"
    "In June alone, retail sales was up 3.1 percent year on year, data from the NBS showed.",
    [
        ["retail sales of consumer goods", "2023-S1", "G", "8.2", "yoy"],
        ["retail sales of consumer goods", "2023-S1", "G", "2.4", "pp_change"],
        ["retail sales", "2023-06", "G", "3.1", "yoy"],
    ],
)

out = {
    "description": "Real sentences from official releases (and reports of them), each with every printed level and rate written by hand from the text; planted errors change one figure of a consistent release. Built by build_releases.py.",
    "cases": CASES,
}
path = pathlib.Path(__file__).with_name("releases.json")
path.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
n = sum(len(c["figures"]) for c in CASES)
s = sum(c["text"].count("。") + c["text"].count(". ") + c["text"].count(".\n") + 1 for c in CASES)
print(f"{len(CASES)} cases, {n} figures, about {s} sentences")

# Held out: written (text and figures) after the reader was built and scored
# once before any change to the reader; see the closing note of issue 14.
HELD_OUT_START = len(CASES)

case(
    "nbs-cpi-2022-06",
    NBS + ", 2022年6月份居民消费价格同比上涨2.5% 环比持平, released 2022-07-11 (read from a republished copy)",
    "2022-07-11",
    "2022年6月份，全国居民消费价格同比上涨2.5%。其中，城市上涨2.5%，农村上涨2.6%；食品价格上涨2.9%，非食品价格上涨2.5%；消费品价格上涨3.5%，服务价格上涨1.0%。1—6月平均，全国居民消费价格比上年同期上涨1.7%。\n\n"
    "6月份，全国居民消费价格环比持平。其中，城市持平，农村持平；食品价格下降1.6%，非食品价格上涨0.4%；消费品价格下降0.1%，服务价格上涨0.2%。",
    [
        ["全国居民消费价格", "2022-06", "G", "2.5", "yoy"],
        ["城市", "2022-06", "G", "2.5", "yoy"],
        ["农村", "2022-06", "G", "2.6", "yoy"],
        ["食品价格", "2022-06", "G", "2.9", "yoy"],
        ["非食品价格", "2022-06", "G", "2.5", "yoy"],
        ["消费品价格", "2022-06", "G", "3.5", "yoy"],
        ["服务价格", "2022-06", "G", "1.0", "yoy"],
        ["全国居民消费价格", "2022-S1", "G", "1.7", "yoy"],
        ["食品价格", "2022-06", "G", "-1.6", "previous_period"],
        ["非食品价格", "2022-06", "G", "0.4", "previous_period"],
        ["消费品价格", "2022-06", "G", "-0.1", "previous_period"],
        ["服务价格", "2022-06", "G", "0.2", "previous_period"],
    ],
)

case(
    "nbs-cpi-2016-07",
    NBS + ", 7月居民消费价格同比上涨1.8%, released 2016-08-09 (read from a republished copy)",
    "2016-08-09",
    "7月份，食品烟酒价格同比上涨2.8%，影响CPI上涨约0.83个百分点。其中，畜肉类价格上涨11.3%，影响CPI上涨约0.51个百分点（猪肉价格上涨16.1%，影响CPI上涨约0.42个百分点）；水产品、鲜果、粮食价格分别上涨5.8%、0.5%和0.4%，合计影响CPI上涨约0.12个百分点；鲜菜、蛋价格分别下降4.3%和2.0%，合计影响CPI下降约0.11个百分点。",
    [
        ["食品烟酒价格", "2016-07", "G", "2.8", "yoy"],
        ["食品烟酒价格", "2016-07", "G", "0.83", "contribution_pp"],
        ["畜肉类价格", "2016-07", "G", "11.3", "yoy"],
        ["畜肉类价格", "2016-07", "G", "0.51", "contribution_pp"],
        ["猪肉价格", "2016-07", "G", "16.1", "yoy"],
        ["猪肉价格", "2016-07", "G", "0.42", "contribution_pp"],
        ["水产品", "2016-07", "G", "5.8", "yoy"],
        ["鲜果", "2016-07", "G", "0.5", "yoy"],
        ["粮食价格", "2016-07", "G", "0.4", "yoy"],
        ["水产品、鲜果、粮食价格", "2016-07", "G", "0.12", "contribution_pp"],
        ["鲜菜", "2016-07", "G", "-4.3", "yoy"],
        ["蛋价格", "2016-07", "G", "-2.0", "yoy"],
        ["鲜菜、蛋价格", "2016-07", "G", "-0.11", "contribution_pp"],
    ],
)

case(
    "bea-gdp-2019q2-en",
    "U.S. Bureau of Economic Analysis, GDP second quarter 2019 advance estimate, released 2019-07-26 (read from HousingWire's report)",
    "2019-07-26",
    "Real GDP increased at an annual rate of 2.1% in the second quarter, compared with a gain of 3.1% in the first quarter, according to the advanced estimate from the Bureau of Economic Analysis.\n\n"
    "Current-dollar GDP increased 4.6%, or $239.1 billion, in the second quarter to a level of $21.34 trillion.",
    [
        ["Real GDP", "2019-Q2", "G", "2.1", "annualized"],
        ["Real GDP", "2019-Q1", "G", "3.1", "annualized"],
        ["Current-dollar GDP", "2019-Q2", "G", "4.6", "annualized"],
        ["Current-dollar GDP", "2019-Q2", "L", "21.34", "trillion USD"],
    ],
)

case(
    "bea-gdp-2013q2-en",
    "U.S. Department of Commerce (BEA), GDP second quarter 2013 advance estimate, released 2013-07-31 (read from The Bond Buyer's report)",
    "2013-07-31",
    "Personal consumption expenditures increased at an annual rate of 1.8% in the second quarter, after rising at a 2.3% annual rate in the first quarter of 2013.\n\n"
    "Exports of goods and services rose 5.4% in the second quarter, compared to a 1.3% decrease in the first quarter.",
    [
        ["Personal consumption expenditures", "2013-Q2", "G", "1.8", "annualized"],
        ["Personal consumption expenditures", "2013-Q1", "G", "2.3", "annualized"],
        ["Exports of goods and services", "2013-Q2", "G", "5.4", "annualized"],
        ["Exports of goods and services", "2013-Q1", "G", "-1.3", "annualized"],
    ],
)

for c in CASES[HELD_OUT_START:]:
    c["held_out"] = True
out["cases"] = CASES
path.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
n = sum(len(c["figures"]) for c in CASES[HELD_OUT_START:])
print(f"held out: {len(CASES) - HELD_OUT_START} cases, {n} figures")
