//! The words the claim reader knows, in Chinese and English: bases of
//! comparison, directions, verbs that end an indicator phrase, scope
//! qualifiers, units, and the filler a release puts between a level and
//! its rate.

use super::Basis;

/// Words naming the basis of a rate; the longest match wins.
pub(crate) const BASIS: &[(&str, Basis)] = &[
    ("同比", Basis::Yoy),
    ("比上年同期", Basis::Yoy),
    ("比去年同期", Basis::Yoy),
    ("比上年", Basis::Yoy),
    ("比去年", Basis::Yoy),
    ("较上年", Basis::Yoy),
    ("较去年", Basis::Yoy),
    ("与上年同期相比", Basis::Yoy),
    ("比上年同月", Basis::Yoy),
    ("比去年同月", Basis::Yoy),
    ("year on year", Basis::Yoy),
    ("year-on-year", Basis::Yoy),
    ("year over year", Basis::Yoy),
    ("year-over-year", Basis::Yoy),
    ("y/y", Basis::Yoy),
    ("yoy", Basis::Yoy),
    ("from a year earlier", Basis::Yoy),
    ("from a year ago", Basis::Yoy),
    ("than a year earlier", Basis::Yoy),
    ("than a year ago", Basis::Yoy),
    ("over the previous year", Basis::Yoy),
    ("over the same period last year", Basis::Yoy),
    ("over the same period of last year", Basis::Yoy),
    ("compared with the same period last year", Basis::Yoy),
    ("from the same period last year", Basis::Yoy),
    ("over last year", Basis::Yoy),
    ("环比", Basis::PreviousPeriod),
    ("比上月", Basis::PreviousPeriod),
    ("较上月", Basis::PreviousPeriod),
    ("比上季度", Basis::PreviousPeriod),
    ("比上个月", Basis::PreviousPeriod),
    ("month on month", Basis::PreviousPeriod),
    ("month-on-month", Basis::PreviousPeriod),
    ("m/m", Basis::PreviousPeriod),
    ("quarter on quarter", Basis::PreviousPeriod),
    ("quarter-on-quarter", Basis::PreviousPeriod),
    ("q/q", Basis::PreviousPeriod),
    ("from the previous month", Basis::PreviousPeriod),
    ("from the previous quarter", Basis::PreviousPeriod),
    ("over the previous quarter", Basis::PreviousPeriod),
    ("over the previous month", Basis::PreviousPeriod),
    ("from a month earlier", Basis::PreviousPeriod),
    ("from the prior month", Basis::PreviousPeriod),
    ("from the prior quarter", Basis::PreviousPeriod),
    ("at an annual rate", Basis::Annualized),
    ("annual rate", Basis::Annualized),
    ("annualized", Basis::Annualized),
    ("annualised", Basis::Annualized),
    ("折合年率", Basis::Annualized),
    ("按年率计算", Basis::Annualized),
    ("两年平均", Basis::TwoYearAverage),
    ("兩年平均", Basis::TwoYearAverage),
    ("two-year average", Basis::TwoYearAverage),
    ("two year average", Basis::TwoYearAverage),
    ("average over the two years", Basis::TwoYearAverage),
    ("average growth over two years", Basis::TwoYearAverage),
    ("拉动", Basis::ContributionPp),
    ("contributed", Basis::ContributionPp),
    ("contributing", Basis::ContributionPp),
    ("贡献率", Basis::ContributionShare),
    ("contribution rate", Basis::ContributionShare),
    ("比重", Basis::Share),
    ("占比", Basis::Share),
    ("accounted for", Basis::Share),
    ("accounting for", Basis::Share),
    ("share of", Basis::Share),
];

/// Words that turn a rate or a change in points negative.
pub(crate) const DOWN: &[&str] = &[
    "下降", "减少", "回落", "降低", "下滑", "萎缩", "放缓", "收缩", "下跌", "低于", "负增长", "down",
    "fell", "fall", "falls", "decrease", "decreased", "decline", "declined", "declines", "dropped",
    "drop", "contracted", "contraction", "lower", "slowed", "shrank", "slipped", "eased",
];

/// Words that say a rate or change is positive.
pub(crate) const UP: &[&str] = &[
    "增长", "增加", "上升", "提高", "加快", "上涨", "回升", "扩大", "高于", "up", "rose", "rise",
    "rises", "increase", "increased", "increases", "grew", "growth", "gained", "gain", "higher",
    "climbed", "jumped", "expanded", "accelerated",
];

/// Words that end an indicator phrase (verbs, copulas, comparisons).
pub(crate) const VERBS: &[&str] = &[
    "为", "达到", "达", "实现", "完成", "共计", "合计", "累计", "是", "占", "比", "较", "同比", "环比",
    "增长", "下降", "增加", "减少", "拉动", "分别", "were", "was", "is", "are", "reached", "totaled",
    "totalled", "amounted", "stood", "rose", "fell", "grew", "increased", "decreased", "declined",
    "dropped", "jumped", "climbed", "edged", "bucked", "posted", "recorded", "registered", "hit",
    "came", "expanded", "contracted", "accounted", "gained", "slipped", "slowed", "remained", "saw",
    "up", "down", "increase", "decrease", "contributed", "will", "would", "has", "have", "had",
    "growth", "real growth", "nominal growth", "went", "gained", "to a level of", "to",
];

/// Words before an indicator that are not part of it.
pub(crate) const LEADING: &[&str] = &[
    "其中", "全国", "全市", "全省", "全区", "全年", "本市", "我国", "我市", "and", "while", "whereas",
    "of which", "including", "among them", "meanwhile", "the", "its", "total", "or", "a", "an", "or a",
    "while that", "that",
];

/// Scope qualifiers kept beside the indicator.
pub(crate) const SCOPES: &[&str] = &[
    "规模以上", "限额以上", "按可比价格计算", "按可比价格", "扣除价格因素", "按不变价格计算",
    "above designated size", "at comparable prices", "in real terms", "at constant prices",
    "after deducting price factors", "after deducting price factor", "real growth", "实际增长",
];

/// Filler that may stand between a level and its rate without starting a
/// new statement.
pub(crate) const FILLER: &[&str] = &[
    "名义", "实际", "增速", "增幅", "降幅", "速度", "了", "的", "为", "达", "是", "比", "较", "有",
    "共", "约", "a", "an", "the", "of", "by", "and", "or", "which", "was", "were", "is", "representing",
    "an increase", "a decrease", "increase", "decrease", "growth", "rate", "with", "nominal", "real",
    "terms", "in", "respectively", "或", "和", "及", "上年", "同期", "去年",
];

/// Chinese units after a number (and its 万/亿), as bases for [`crate::Unit`].
pub(crate) const ZH_UNITS: &[&str] = &[
    "元", "美元", "欧元", "日元", "港元", "人民币", "人次", "人", "户", "吨", "千瓦时", "辆", "台",
    "件", "家", "个", "套", "平方米", "立方米", "公里", "千克", "公斤", "头", "只", "部", "座", "所",
    "项", "架", "艘", "标准箱", "箱", "亩", "公顷", "张", "册", "次", "例", "名", "位", "笔", "单",
];

/// English scale words and their powers of ten.
pub(crate) const EN_SCALES: &[(&str, i32)] = &[
    ("thousand", 3),
    ("million", 6),
    ("mn", 6),
    ("billion", 9),
    ("bn", 9),
    ("trillion", 12),
    ("tn", 12),
];

/// English base units after a number (and its scale word).
pub(crate) const EN_UNITS: &[(&str, &str)] = &[
    ("yuan", "yuan"),
    ("RMB", "yuan"),
    ("CNY", "yuan"),
    ("renminbi", "yuan"),
    ("US dollars", "USD"),
    ("U.S. dollars", "USD"),
    ("dollars", "USD"),
    ("USD", "USD"),
    ("euros", "EUR"),
    ("EUR", "EUR"),
    ("pounds", "GBP"),
    ("GBP", "GBP"),
    ("tons", "tons"),
    ("tonnes", "tonnes"),
    ("people", "people"),
    ("persons", "persons"),
    ("visitors", "visitors"),
    ("trips", "trips"),
    ("vehicles", "vehicles"),
    ("units", "units"),
    ("jobs", "jobs"),
    ("barrels", "barrels"),
    ("passengers", "passengers"),
    ("households", "households"),
    ("enterprises", "enterprises"),
    ("companies", "companies"),
];

/// Currency signs before a number.
pub(crate) const SIGNS: &[(char, &str)] = &[('$', "USD"), ('¥', "yuan"), ('￥', "yuan"), ('€', "EUR"), ('£', "GBP")];

/// Currency words before a number (RMB 6,717.7 billion, US$ 2 trillion).
pub(crate) const PREFIXES: &[(&str, &str)] = &[("RMB", "yuan"), ("US$", "USD"), ("USD", "USD"), ("CNY", "yuan"), ("EUR", "EUR")];

/// Words that make a sentence a target rather than a report.
pub(crate) const TARGET: &[&str] = &[
    "力争", "目标", "建成", "建设", "打造", "计划", "将", "build", "strive", "target", "aim", "plan",
    "will",
];

/// Words that mark the statements after them as parts of a total: an
/// exhaustive breakdown (按…分) or some of its parts (其中, of which).
pub(crate) const AMONG: &[&str] = &["其中", "of which", "among them", "including"];
