//! The choices of an X-11 adjustment, with X-13ARIMA-SEATS' names.

use crate::error::{Error, ErrorKind, Result, quote};

/// How the components combine (X-13's `mode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Mode {
    /// `O = T × S × I` (`mult`, the default).
    #[default]
    Mult,
    /// `O = T + S + I` (`add`).
    Add,
    /// `O = T × (S + I − 1)` (`pseudoadd`), for series with values near zero in some seasons.
    PseudoAdd,
    /// `log O = log T + log S + log I` (`logadd`).
    LogAdd,
}

impl Mode {
    /// The mode of an X-13 name.
    ///
    /// # Errors
    ///
    /// `invalid_argument` for any other name.
    pub fn parse(name: &str) -> Result<Mode> {
        Ok(match name {
            "mult" => Mode::Mult,
            "add" => Mode::Add,
            "pseudoadd" => Mode::PseudoAdd,
            "logadd" => Mode::LogAdd,
            _ => return Err(unknown("mode", name, "mult, add, pseudoadd, logadd")),
        })
    }

    /// X-13's name of the mode.
    pub fn name(self) -> &'static str {
        match self {
            Mode::Mult => "mult",
            Mode::Add => "add",
            Mode::PseudoAdd => "pseudoadd",
            Mode::LogAdd => "logadd",
        }
    }

    /// Whether components are ratios (X-13's `Muladd = 0`).
    pub(super) fn divides(self) -> bool {
        matches!(self, Mode::Mult | Mode::PseudoAdd)
    }
}

/// A seasonal moving average (X-13's `seasonalma`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Filter {
    /// A 3-term average of each month (`s3x1`).
    S3x1,
    /// `s3x3`.
    S3x3,
    /// `s3x5`.
    S3x5,
    /// `s3x9`.
    S3x9,
    /// `s3x15` (the stable mean when fewer than 20 years are in range).
    S3x15,
    /// The mean of all years of each month (`stable`).
    Stable,
    /// 3×3 in the first and 3×5 in the second estimate of each iteration (`x11default`).
    X11Default,
    /// Chosen by the global moving seasonality ratio for the final factors,
    /// as `x11default` before (`msr`, the default).
    #[default]
    Msr,
}

impl Filter {
    /// The filter of an X-13 name.
    ///
    /// # Errors
    ///
    /// `invalid_argument` for any other name.
    pub fn parse(name: &str) -> Result<Filter> {
        Ok(match name {
            "s3x1" => Filter::S3x1,
            "s3x3" => Filter::S3x3,
            "s3x5" => Filter::S3x5,
            "s3x9" => Filter::S3x9,
            "s3x15" => Filter::S3x15,
            "stable" => Filter::Stable,
            "x11default" => Filter::X11Default,
            "msr" => Filter::Msr,
            _ => {
                let names = "s3x1, s3x3, s3x5, s3x9, s3x15, stable, x11default, msr";
                return Err(unknown("seasonal filter", name, names));
            }
        })
    }

    /// X-13's name of the filter.
    pub fn name(self) -> &'static str {
        match self {
            Filter::S3x1 => "s3x1",
            Filter::S3x3 => "s3x3",
            Filter::S3x5 => "s3x5",
            Filter::S3x9 => "s3x9",
            Filter::S3x15 => "s3x15",
            Filter::Stable => "stable",
            Filter::X11Default => "x11default",
            Filter::Msr => "msr",
        }
    }

    /// The filter used in an estimate: `msr` and `x11default` are 3×3 in
    /// an iteration's first estimate (`first`) and 3×5 in its second.
    pub(super) fn in_estimate(self, first: bool) -> Filter {
        match self {
            Filter::Msr | Filter::X11Default if first => Filter::S3x3,
            Filter::Msr | Filter::X11Default => Filter::S3x5,
            f => f,
        }
    }
}

/// The choices of [`Series::x11`](crate::Series::x11).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct X11Spec {
    /// How the components combine.
    pub mode: Mode,
    /// The seasonal moving average.
    pub seasonal_filter: Filter,
    /// The Henderson trend filter's length (odd, 3 to 101), or `None` for
    /// X-11's choice by the I/C ratio.
    pub trend_filter: Option<usize>,
    /// The lower and upper sigma limits of the extreme-value weights.
    pub sigma_limits: (f64, f64),
}

impl Default for X11Spec {
    fn default() -> X11Spec {
        X11Spec {
            mode: Mode::Mult,
            seasonal_filter: Filter::Msr,
            trend_filter: None,
            sigma_limits: (1.5, 2.5),
        }
    }
}

impl X11Spec {
    /// The spec of X-13's names, as the Python and JS bindings pass them.
    ///
    /// ```
    /// use growthkit::seasonal::X11Spec;
    /// let s = X11Spec::from_names("add", "s3x9", Some(23), (1.8, 2.8))?;
    /// assert_eq!(s.trend_filter, Some(23));
    /// assert_eq!(X11Spec::from_names("mult", "s3x4", None, (1.5, 2.5)).unwrap_err().code(), "invalid_argument");
    /// # Ok::<(), growthkit::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// `invalid_argument` for an unknown mode or filter, a trend length that
    /// is not odd from 3 to 101, or sigma limits not `0 < lower < upper`.
    pub fn from_names(
        mode: &str,
        seasonal_filter: &str,
        trend_filter: Option<i64>,
        sigma_limits: (f64, f64),
    ) -> Result<X11Spec> {
        let trend = match trend_filter {
            None => None,
            Some(t) => Some(usize::try_from(t).map_err(|_| {
                Error::new(
                    ErrorKind::InvalidArgument,
                    format!("a Henderson trend filter has an odd length from 3 to 101, not {t}"),
                )
            })?),
        };
        let spec = X11Spec {
            mode: Mode::parse(mode)?,
            seasonal_filter: Filter::parse(seasonal_filter)?,
            trend_filter: trend,
            sigma_limits,
        };
        spec.check()?;
        Ok(spec)
    }

    /// Checks the trend length and sigma limits.
    pub(crate) fn check(&self) -> Result<()> {
        if let Some(t) = self.trend_filter
            && (t % 2 == 0 || !(3..=101).contains(&t))
        {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!("a Henderson trend filter has an odd length from 3 to 101, not {t}"),
            ));
        }
        let (lo, hi) = self.sigma_limits;
        if !(lo.is_finite() && hi.is_finite() && lo > 0.0 && lo < hi) {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!("sigma limits are two positive numbers, the lower first: got ({lo}, {hi})"),
            ));
        }
        Ok(())
    }
}

fn unknown(what: &str, name: &str, names: &str) -> Error {
    Error::new(
        ErrorKind::InvalidArgument,
        format!(
            "{} is not a {what} of X-11: use one of {names}",
            quote(name)
        ),
    )
}
