//! China's holiday windows by year and name: [`HolidayWindow`],
//! [`holiday_window`] and [`holidays`], read from `holidays_cn.tsv`.

use super::cn::{self, NAMES};
use crate::error::{Error, ErrorKind, Result};
use crate::period::Period;
use std::fmt;

/// The code of the window that serves both the Mid-Autumn Festival and
/// National Day in the years their days off run together.
const COMBINED: &str = "national_day_mid_autumn";

/// One holiday of a year as the State Council's notice sets it: the run of
/// days off and the weekend days worked in exchange (调休上班).
///
/// `name` is one of `new_year`, `spring_festival`, `qingming`,
/// `labour_day`, `dragon_boat`, `mid_autumn`, `national_day`;
/// `national_day_mid_autumn` for one window serving both in the years they
/// run together (2009, 2012, 2017, 2020, 2023, 2025); and two one-off
/// windows: `victory_day` (3 to 5 September 2015, the 70th anniversary of
/// victory in the War of Resistance) and `spring_festival_extension` (31
/// January to 2 February 2020, the days the Spring Festival holiday of 2020
/// was extended by, each from its own notice).
///
/// ```
/// use growthkit::calendar;
///
/// let windows = calendar::holidays(2024, "CN")?;
/// let sf = &windows[1];
/// assert_eq!((sf.name, sf.chinese), ("spring_festival", "春节"));
/// assert_eq!(sf.days.to_string(), "2024-02-10/2024-02-17");
/// let worked: Vec<String> = sf.workdays.iter().map(|d| d.to_string()).collect();
/// assert_eq!(worked, ["2024-02-04", "2024-02-18"]);
/// assert!(sf.source.ends_with("（国办发明电〔2023〕7号）"));
/// assert_eq!(sf.to_string(), "spring_festival 2024-02-10/2024-02-17");
/// # Ok::<(), growthkit::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct HolidayWindow {
    /// The year of the notice; a New Year window may start in the December
    /// before (2024's runs from 2023-12-30).
    pub year: i32,
    /// The holiday's code (see above).
    pub name: &'static str,
    /// Its Chinese name: 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节,
    /// 中秋节、国庆节 for a combined window.
    pub chinese: &'static str,
    /// The days off, first and last included, as a span: the run the
    /// notice gives ("10月1日至7日放假调休，共7天"), or the holiday with
    /// the weekend it joins where the notice names only the day.
    pub days: Period,
    /// The weekend days worked for it, each a day, in order; often none.
    pub workdays: Vec<Period>,
    /// The notice, by name and document number
    /// ("国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）").
    pub source: &'static str,
}

impl fmt::Display for HolidayWindow {
    /// The code and the days: `spring_festival 2024-02-10/2024-02-17`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.name, self.days)
    }
}

/// The code of a holiday's name, English or Chinese.
fn code(name: &str) -> Result<&'static str> {
    NAMES
        .iter()
        .find(|(code, _, other)| *code == name || other.contains(&name))
        .map(|n| n.0)
        .ok_or_else(|| {
            Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "`{name}` is not a holiday of China's table: the names are new_year, \
                     spring_festival, qingming, labour_day, dragon_boat, mid_autumn, national_day, \
                     national_day_mid_autumn, victory_day, spring_festival_extension, or 元旦, \
                     春节, 清明(节), 劳动节, 端午(节), 中秋(节), 国庆(节)"
                ),
            )
        })
}

/// The days off of holiday `name` in `year` in China, as a span of days:
/// the window the statement reader gives 春节假期 or the National Day
/// Golden Week.
///
/// `name` is a code of [`HolidayWindow`] (`spring_festival`) or a Chinese
/// name (春节, 清明节 or 清明, 劳动节, 端午节 or 端午, 中秋节 or 中秋, 国庆节
/// or 国庆, 元旦). In the years when the Mid-Autumn Festival joins National
/// Day, `mid_autumn` and `national_day` both answer the one combined window
/// (`national_day_mid_autumn`, which answers only in those years). The 2020
/// Spring Festival window is the yearly notice's, 24 to 30 January; the
/// extension to 2 February is `spring_festival_extension`.
///
/// # Errors
///
/// `invalid_argument` for a name not in the table; `out_of_range` for a
/// year outside [`CN_HOLIDAY_YEARS`](super::CN_HOLIDAY_YEARS);
/// `no_such_period` for a holiday the year does not have (a combined
/// window in a year without one).
///
/// ```
/// use growthkit::calendar;
///
/// let nd = calendar::holiday_window(2024, "national_day")?;
/// assert_eq!(nd.to_string(), "2024-10-01/2024-10-07");
/// assert_eq!(calendar::holiday_window(2024, "春节")?.to_string(), "2024-02-10/2024-02-17");
/// // 2023's Mid-Autumn Festival (29 September) ran into National Day.
/// let both = calendar::holiday_window(2023, "中秋")?;
/// assert_eq!(both, calendar::holiday_window(2023, "national_day")?);
/// assert_eq!(both.to_string(), "2023-09-29/2023-10-06");
///
/// assert_eq!(calendar::holiday_window(2024, "easter").unwrap_err().code(), "invalid_argument");
/// assert_eq!(calendar::holiday_window(2007, "春节").unwrap_err().code(), "out_of_range");
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn holiday_window(year: i32, name: &str) -> Result<Period> {
    let code = code(name)?;
    let table = cn::table()?;
    table.check_year(year)?;
    let shared = matches!(code, "mid_autumn" | "national_day");
    table
        .windows
        .iter()
        .find(|w| w.year == year && (w.name == code || shared && w.name == COMBINED))
        .map(|w| w.days)
        .ok_or_else(|| {
            Error::new(
                ErrorKind::NoSuchPeriod,
                format!("{year} has no `{code}` window in the State Council's notice"),
            )
        })
}

/// Every holiday window of `year` in `region` (`"CN"`, China), in the
/// order of the notice, each with its weekend workdays and its source.
///
/// # Errors
///
/// `invalid_argument` for a region other than `CN`; `out_of_range` for a
/// year outside [`CN_HOLIDAY_YEARS`](super::CN_HOLIDAY_YEARS).
///
/// ```
/// use growthkit::calendar;
///
/// let names: Vec<&str> = calendar::holidays(2025, "CN")?.iter().map(|w| w.name).collect();
/// assert_eq!(
///     names,
///     ["new_year", "spring_festival", "qingming", "labour_day", "dragon_boat", "national_day_mid_autumn"]
/// );
/// assert_eq!(calendar::holidays(2025, "US").unwrap_err().code(), "invalid_argument");
/// assert_eq!(calendar::holidays(2040, "CN").unwrap_err().code(), "out_of_range");
/// # Ok::<(), growthkit::Error>(())
/// ```
pub fn holidays(year: i32, region: &str) -> Result<Vec<HolidayWindow>> {
    let table = cn::region(region)?;
    table.check_year(year)?;
    Ok(table
        .windows
        .iter()
        .filter(|w| w.year == year)
        .cloned()
        .collect())
}
