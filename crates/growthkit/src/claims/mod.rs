//! Statements read out of text, in English and Chinese, and the checks a
//! careful reader makes of them.
//!
//! "In the first half of the year, online retail sales were 122.7 billion
//! yuan, up 5% year on year." [`extract`] reads such a sentence into a
//! [`Statement`]: the indicator as written, its period, the level as a
//! [`Reported`] figure with its [`Unit`], the growth in percent with its
//! [`Basis`], and the span in the text of every part it read. [`check`]
//! then tests the statements of one text against each other (a level and
//! its rate imply a base; parts add up to their total; a share, a
//! two-year average or a change in points follows from other figures)
//! with honest rounding: an inconsistency is reported only where no true
//! values within the rounding of every printed figure make them agree.
//!
//! # How the reader is built
//!
//! The reader is a pipeline of small passes over one text, and every word
//! it knows is data: `vocab.txt` (shared by every build; `{a|b}` choices
//! make one line stand for many phrases) and `calendar/holidays_cn.tsv` (the State
//! Council's holiday windows).
//!
//! - `text.rs`: the text as code points, normalised one for one (full-width
//!   forms as ASCII, traditional characters as simplified, so 同比增長 and
//!   億元 read as 同比增长 and 亿元); parts are quoted as written.
//! - `vocab.rs`, `lexicon.rs`: the vocabulary's sections in tries, so the
//!   longest phrase at a position costs its length. A comparison is
//!   *composed*: a preposition (from, over, compared with, than, 比, 较,
//!   与…相比), a reference whose value is the basis (the previous month, the
//!   same quarter of the previous year, a year earlier, 上年同期) and an
//!   optional suffix; whole phrases (同比, "annual inflation", "for the 12
//!   months ending", "at an annual rate") sit beside them. The basis phrases
//!   of a text are found once and searched by binary search.
//! - `numbers.rs`, `percents.rs`, `periods.rs`, `holidays.rs`: figures,
//!   percents and points (number words too), period phrases and holiday
//!   windows.
//! - `sentences.rs`, `tokens.rs`: sentences and paragraphs; each sentence's
//!   tokens (periods, marked as bases after 比 / "from" / 同期; levels;
//!   rates, 持平 and "unchanged" as 0; bare numbers; boundaries; 其中 and
//!   按…分).
//! - `extract.rs` (`Reader`): one method a token kind; a level is a level,
//!   a conversion, a change ("rose by", 减少), or the level of the rate
//!   before; `rates.rs`: a run of rates with the words it shares (its basis
//!   phrase, its verb and direction, its indicators after 分别), then each
//!   rate's value, basis, whole and indicator; `figures.rs`: changes, new
//!   levels after "to" / 至, rates that are levels (an unemployment rate,
//!   a PMI, any name ending in 率 that is not a growth rate).
//! - `context.rs`: what a statement takes from its text once all are read,
//!   each marked in [`Provenance`] as [`Source::Stated`],
//!   [`Source::Inherited`] or [`Source::Convention`]: a period set earlier
//!   in the passage; a stated base period in its clause ("from January
//!   2019", 比2019年同期: yoy, previous period or [`Basis::SinceBase`]); the
//!   basis of a run of Chinese rates; else a release convention from
//!   `vocab.txt` (by language and period kind, or named by a cue such as
//!   BEA or China); modality and approximation words.
//! - `breakdown.rs`: exhaustive sets a text does not announce (the three
//!   industries of GDP, exports and imports) linked to their whole;
//!   `check.rs`: findings with interval arithmetic; `messages.rs`: findings
//!   said in the text's language; `json.rs`: the JSON form.
//!
//! A new form of words is a line of `vocab.txt`; a new kind of statement
//! is a token kind and a method of `Reader`. The reader is measured on a
//! corpus of real passages keyed by hand (`tests/claims/keys`), a quarter
//! of them set aside before it was changed.
//!
//! Spans count Unicode code points, end exclusive, in every language.

mod breakdown;
mod check;
mod context;
mod extract;
mod figures;
mod holidays;
#[cfg(feature = "serde")]
mod json;
mod lexicon;
mod messages;
mod numbers;
mod percents;
mod periods;
mod phrases;
mod rates;
mod sentences;
mod text;
mod tokens;
mod vocab;

pub use check::{Finding, FindingKind, check, check_against, check_against_dataset};
pub use numbers::{Number, read_numbers};
pub use percents::{Percent, PercentKind, read_percents};

use crate::error::{Error, ErrorKind, Result};
use crate::interval::Interval;
use crate::period::{Date, Period};
use crate::reported::Reported;
use crate::unit::Unit;

/// What a rate is measured against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Basis {
    /// Year on year (同比, 比上年, "from a year earlier").
    Yoy,
    /// On the previous period (环比, "month on month", "quarter on quarter").
    PreviousPeriod,
    /// Compounded to a year ("at an annual rate", 折合年率).
    Annualized,
    /// The average yearly rate over two years (两年平均).
    TwoYearAverage,
    /// A change in percentage points of a rate (比上月回落0.3个百分点).
    PpChange,
    /// A contribution to a total's growth in points (拉动…个百分点).
    ContributionPp,
    /// A share of a total's growth in percent (贡献率).
    ContributionShare,
    /// A share of a whole in percent (占…的比重, "accounted for").
    Share,
    /// Against a stated base period that is neither the previous period
    /// nor a year before (比2019年同期增长11.9%, "since June"); the base
    /// is in [`Statement::compared_to`].
    SinceBase,
}

impl Basis {
    /// Every basis, in the order above.
    pub const ALL: [Basis; 9] = [
        Basis::Yoy,
        Basis::PreviousPeriod,
        Basis::Annualized,
        Basis::TwoYearAverage,
        Basis::PpChange,
        Basis::ContributionPp,
        Basis::ContributionShare,
        Basis::Share,
        Basis::SinceBase,
    ];

    /// The name shared by the three languages: `"yoy"`, `"previous_period"`,
    /// `"annualized"`, `"two_year_average"`, `"pp_change"`,
    /// `"contribution_pp"`, `"contribution_share"`, `"share"`, `"since_base"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Basis::Yoy => "yoy",
            Basis::PreviousPeriod => "previous_period",
            Basis::Annualized => "annualized",
            Basis::TwoYearAverage => "two_year_average",
            Basis::PpChange => "pp_change",
            Basis::ContributionPp => "contribution_pp",
            Basis::ContributionShare => "contribution_share",
            Basis::Share => "share",
            Basis::SinceBase => "since_base",
        }
    }

    /// Reads a name given by [`Basis::as_str`].
    ///
    /// # Errors
    ///
    /// `invalid_argument` for any other text.
    pub fn parse(text: &str) -> Result<Basis> {
        let table: Vec<(&str, Basis)> = Basis::ALL.iter().map(|b| (b.as_str(), *b)).collect();
        crate::names::parse(text, &table, "basis")
    }
}

/// Which part of a statement a span of text holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PartKind {
    /// The indicator phrase.
    Indicator,
    /// A scope qualifier (规模以上, "at comparable prices").
    Scope,
    /// The period phrase.
    Period,
    /// The level with its unit.
    Level,
    /// The rate, points or multiple.
    Growth,
    /// The words naming the basis.
    Basis,
    /// An absolute change with its unit.
    Change,
}

impl PartKind {
    /// `"indicator"`, `"scope"`, `"period"`, `"level"`, `"growth"`,
    /// `"basis"` or `"change"`.
    pub fn as_str(self) -> &'static str {
        match self {
            PartKind::Indicator => "indicator",
            PartKind::Scope => "scope",
            PartKind::Period => "period",
            PartKind::Level => "level",
            PartKind::Growth => "growth",
            PartKind::Basis => "basis",
            PartKind::Change => "change",
        }
    }
}

/// A span of text read as one part of a statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Part {
    /// What the span holds.
    pub kind: PartKind,
    /// First character (code points).
    pub start: usize,
    /// One past the last character.
    pub end: usize,
}

/// Where a part of a statement came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Source {
    /// Written in the statement's own clause.
    Stated,
    /// Carried from earlier in the text (a period set by the paragraph, a
    /// basis stated once for a run of figures, the indicator of the clause
    /// before).
    Inherited,
    /// Neither: a release convention of `vocab.txt` (a monthly release's
    /// bare "rose 0.4 percent in March" is on the previous month).
    Convention,
}

impl Source {
    /// `"stated"`, `"inherited"` or `"convention"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Stated => "stated",
            Source::Inherited => "inherited",
            Source::Convention => "convention",
        }
    }

    /// Reads a name given by [`Source::as_str`].
    ///
    /// # Errors
    ///
    /// `invalid_argument` for any other text.
    pub fn parse(text: &str) -> Result<Source> {
        crate::names::parse(
            text,
            &[
                ("stated", Source::Stated),
                ("inherited", Source::Inherited),
                ("convention", Source::Convention),
            ],
            "source",
        )
    }
}

/// Where the indicator, the period and the basis of a statement came from
/// (`None` where the part was not read).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Provenance {
    /// The indicator's source.
    pub indicator: Option<Source>,
    /// The period's source.
    pub period: Option<Source>,
    /// The basis's source.
    pub basis: Option<Source>,
}

/// What kind of figure a statement gives when it is not a plain report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Modality {
    /// Expected, forecast, projected ("economists had forecast", 预计).
    Forecast,
    /// A target (预期目标, "aims to", "build 100 smart factories by 2022").
    Target,
    /// A revised figure ("revised down from", 修订).
    Revised,
}

impl Modality {
    /// `"forecast"`, `"target"` or `"revised"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Forecast => "forecast",
            Modality::Target => "target",
            Modality::Revised => "revised",
        }
    }

    /// Reads a name given by [`Modality::as_str`].
    ///
    /// # Errors
    ///
    /// `invalid_argument` for any other text.
    pub fn parse(text: &str) -> Result<Modality> {
        crate::names::parse(
            text,
            &[
                ("forecast", Modality::Forecast),
                ("target", Modality::Target),
                ("revised", Modality::Revised),
            ],
            "modality",
        )
    }
}

/// One statement read from text: an indicator, its period, a level and/or
/// a rate, and where each was read.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Statement {
    /// The indicator phrase as written ("online retail sales", "网上零售额").
    pub indicator: Option<String>,
    /// A scope qualifier as written (规模以上, "at comparable prices").
    pub scope: Option<String>,
    /// The period the figures are for (a deadline for a target).
    pub period: Option<Period>,
    /// The level as printed, in `unit`.
    pub level: Option<Reported>,
    /// The unit of the level.
    pub unit: Option<Unit>,
    /// The rate in percent (in points for a change in points or a
    /// contribution in points), negative after 下降, "down", "fell".
    pub growth: Option<Reported>,
    /// What the rate is measured against.
    pub basis: Option<Basis>,
    /// An absolute change as printed, signed by its verb ("rose by
    /// 661,000", "increased $57.7 billion", 减少91万吨), in `change_unit`.
    pub change: Option<Reported>,
    /// The unit of the change.
    pub change_unit: Option<Unit>,
    /// A forecast, a target or a revised figure, where the text says so.
    pub modality: Option<Modality>,
    /// Where the indicator, the period and the basis came from.
    pub provenance: Provenance,
    /// Whether the text gives the figure as approximate (5%左右, "about
    /// 3%", 近六成): the checks then allow the printed figure's last digit
    /// to be off by one.
    pub approximate: bool,
    /// A target ("build 100 smart factories by 2022") rather than a report.
    pub target: bool,
    /// The whole a share or contribution is of, as written (社会消费品零售总额).
    pub relative_to: Option<String>,
    /// The period a change in points compares with (比一季度加快).
    pub compared_to: Option<Period>,
    /// The statement this one is a part of (read after 其中, "of which",
    /// or in a breakdown).
    pub part_of: Option<usize>,
    /// The breakdown (按…分, "in terms of"), named by the offset of its
    /// words, whose parts split the total exhaustively.
    pub breakdown: Option<usize>,
    /// The first and one-past-last character of everything read.
    pub span: (usize, usize),
    /// Every span read, with what it holds.
    pub parts: Vec<Part>,
    /// What could not be read: `"indicator"`, `"period"`, `"basis"`.
    pub missing: Vec<String>,
    /// The interval the printed rate stands for (a multiple's own rounding).
    growth_interval: Option<Interval>,
}

impl Statement {
    fn empty() -> Statement {
        Statement {
            indicator: None,
            scope: None,
            period: None,
            level: None,
            unit: None,
            growth: None,
            basis: None,
            change: None,
            change_unit: None,
            modality: None,
            provenance: Provenance::default(),
            approximate: false,
            target: false,
            relative_to: None,
            compared_to: None,
            part_of: None,
            breakdown: None,
            span: (0, 0),
            parts: Vec::new(),
            missing: Vec::new(),
            growth_interval: None,
        }
    }

    /// The interval of true rates the printed growth allows, in percent:
    /// `5` is [4.5, 5.5]; `增长1.8倍` is [175, 185], the multiple's rounding.
    pub fn growth_interval(&self) -> Option<Interval> {
        self.growth_interval
    }

    /// Whether everything a statement needs was read.
    pub fn is_complete(&self) -> bool {
        self.missing.is_empty()
    }
}

/// The language of a text to read: English, Chinese, or either.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Lang {
    /// Both vocabularies (the default).
    #[default]
    Auto,
    /// English.
    En,
    /// Chinese.
    Zh,
}

impl Lang {
    /// Reads `"auto"`, `"en"` or `"zh"` (any case).
    ///
    /// # Errors
    ///
    /// `invalid_argument` for any other text.
    pub fn parse(text: &str) -> Result<Lang> {
        crate::names::parse(
            text,
            &[("auto", Lang::Auto), ("en", Lang::En), ("zh", Lang::Zh)],
            "language",
        )
    }
}

/// The statements in `text`, in order. Relative periods (上半年, "last
/// year", a holiday) are placed by `reference_date`, the date of the
/// release; without it they are left missing.
///
/// A statement that cannot be read completely is returned with what was
/// read, and `missing` names the rest; nothing is guessed. `lang`
/// restricts the vocabulary to one language (with `Lang::En`, Chinese
/// numerals, units and period words are not read; with `Lang::Zh`, no
/// English word is); `Lang::Auto` reads both, as releases mix them
/// (`GDP增长5%`).
///
/// # Errors
///
/// `invalid_argument` for a text over 1,000,000 characters.
///
/// ```
/// use growthkit::claims::{extract, Basis, Lang};
/// use growthkit::{date, Period, Unit};
/// let text = "上半年，全市网上零售额1227亿元，同比增长5%。";
/// let s = extract(text, Some(date(2020, 10, 13)), Lang::Auto)?;
/// assert_eq!(s[0].indicator.as_deref(), Some("网上零售额"));
/// assert_eq!(s[0].period, Some(Period::parse("2020-S1")?));
/// assert_eq!(s[0].level.as_ref().map(|r| r.value()), Some(1227.0));
/// assert_eq!(s[0].unit, Some(Unit::parse("亿元")?));
/// assert_eq!((s[0].growth.as_ref().map(|g| g.value()), s[0].basis), (Some(5.0), Some(Basis::Yoy)));
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn extract(text: &str, reference_date: Option<Date>, lang: Lang) -> Result<Vec<Statement>> {
    if text.chars().count() > 1_000_000 {
        return Err(Error::new(
            ErrorKind::InvalidArgument,
            "a text to read may have at most 1,000,000 characters",
        ));
    }
    Ok(extract::extract(text, reference_date, lang))
}
