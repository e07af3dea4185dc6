//! The orders of a seasonal ARIMA model and its polynomials, in
//! X-13ARIMA-SEATS' sign convention: `(1 - φ₁B - …)` and `(1 - θ₁B - …)`.

use crate::error::{Error, ErrorKind, Result};

/// The orders `(p d q)(P D Q)` of a seasonal ARIMA model, as X-13's
/// `arima{model=(p d q)(P D Q)}` writes them.
///
/// ```
/// use growthkit::seasonal::ArimaOrders;
///
/// let airline = ArimaOrders::new((0, 1, 1), (0, 1, 1));
/// assert_eq!(airline.to_string(), "(0 1 1)(0 1 1)");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ArimaOrders {
    /// Nonseasonal AR order `p`.
    pub p: usize,
    /// Nonseasonal differences `d`.
    pub d: usize,
    /// Nonseasonal MA order `q`.
    pub q: usize,
    /// Seasonal AR order `P`.
    pub sp: usize,
    /// Seasonal differences `D`.
    pub sd: usize,
    /// Seasonal MA order `Q`.
    pub sq: usize,
}

impl ArimaOrders {
    /// The orders `(p d q)(P D Q)`.
    pub const fn new(nonseasonal: (usize, usize, usize), seasonal: (usize, usize, usize)) -> Self {
        ArimaOrders {
            p: nonseasonal.0,
            d: nonseasonal.1,
            q: nonseasonal.2,
            sp: seasonal.0,
            sd: seasonal.1,
            sq: seasonal.2,
        }
    }

    /// The airline model `(0 1 1)(0 1 1)`.
    pub const AIRLINE: ArimaOrders = ArimaOrders::new((0, 1, 1), (0, 1, 1));

    /// Checks the orders against X-13's limits for a series of `period`.
    pub(super) fn check(&self, period: usize) -> Result<()> {
        let bad = |what: String| Err(Error::new(ErrorKind::InvalidArgument, what));
        if period == 0 {
            return bad("the period is `0`; it must be 1 or more".into());
        }
        if self.p > 4 || self.q > 4 || self.sp > 2 || self.sq > 2 {
            return bad(format!(
                "the model `{self}` is too large; p and q go up to 4, P and Q up to 2"
            ));
        }
        if self.d > 3 || self.sd > 1 {
            return bad(format!(
                "the model `{self}` differences too often; d goes up to 3, D up to 1"
            ));
        }
        if period == 1 && (self.sp + self.sd + self.sq) > 0 {
            return bad(format!(
                "the model `{self}` has seasonal terms but the series has period 1"
            ));
        }
        Ok(())
    }
}

impl std::fmt::Display for ArimaOrders {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let s = self;
        write!(f, "({} {} {})({} {} {})", s.p, s.d, s.q, s.sp, s.sd, s.sq)
    }
}

/// One estimated parameter's place in the model: X-13's operator, factor and lag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Term {
    pub(super) ma: bool,
    pub(super) seasonal: bool,
    pub(super) lag: usize,
}

impl Term {
    /// X-13's name: `"Nonseasonal MA lag 1"`, `"Seasonal AR lag 12"`.
    pub(super) fn name(&self) -> String {
        let factor = if self.seasonal {
            "Seasonal"
        } else {
            "Nonseasonal"
        };
        let op = if self.ma { "MA" } else { "AR" };
        format!("{factor} {op} lag {}", self.lag)
    }
}

/// The model: its terms (AR before MA, nonseasonal before seasonal, as
/// X-13 orders its estimates) and the seasonal period.
#[derive(Debug, Clone)]
pub(super) struct Model {
    pub(super) orders: ArimaOrders,
    pub(super) period: usize,
    pub(super) terms: Vec<Term>,
}

impl Model {
    pub(super) fn new(orders: ArimaOrders, period: usize) -> Model {
        let mut terms = Vec::new();
        let groups = [
            (false, false, orders.p, 1),
            (false, true, orders.sp, period),
            (true, false, orders.q, 1),
            (true, true, orders.sq, period),
        ];
        for (ma, seasonal, order, step) in groups {
            terms.extend((1..=order).map(|k| Term {
                ma,
                seasonal,
                lag: k * step,
            }));
        }
        Model {
            orders,
            period,
            terms,
        }
    }

    /// The differencing operator `(1 - B)^d (1 - B^s)^D`, as coefficients of `B^0, B^1, …`.
    pub(super) fn differencing(&self) -> Vec<f64> {
        let mut poly = vec![1.0];
        for _ in 0..self.orders.d {
            poly = multiply(&poly, &lag_poly(1, &[1.0]));
        }
        for _ in 0..self.orders.sd {
            poly = multiply(&poly, &lag_poly(self.period, &[1.0]));
        }
        poly
    }

    /// The factors of the AR (`ma = false`) or MA operator for `params`,
    /// each as coefficients of `B^0, B^1, …`: nonseasonal, then seasonal.
    pub(super) fn factors(&self, params: &[f64], ma: bool) -> [Vec<f64>; 2] {
        let pick = |seasonal: bool| -> Vec<f64> {
            let c: Vec<f64> = self
                .terms
                .iter()
                .zip(params)
                .filter(|(t, _)| t.ma == ma && t.seasonal == seasonal)
                .map(|(_, v)| *v)
                .collect();
            lag_poly(if seasonal { self.period } else { 1 }, &c)
        };
        [pick(false), pick(true)]
    }

    /// The full AR or MA operator: the product of its two factors.
    pub(super) fn operator(&self, params: &[f64], ma: bool) -> Vec<f64> {
        let [a, b] = self.factors(params, ma);
        multiply(&a, &b)
    }

    /// Whether every factor of the AR and MA operators has its roots
    /// outside the unit circle (X-13's check before each trial step).
    pub(super) fn admissible(&self, params: &[f64]) -> bool {
        [false, true].into_iter().all(|ma| {
            let [a, b] = self.factors(params, ma);
            let s = self.period;
            let seasonal: Vec<f64> = b.iter().step_by(s.max(1)).copied().collect();
            stable(&a) && stable(&seasonal)
        })
    }
}

impl Model {
    /// Starting values from an earlier estimation as X-13's `setmdl` takes
    /// them: an MA factor with a root of modulus at most 1.06 has each
    /// coefficient multiplied by 0.9 to the power of its lag, which moves
    /// it back from the unit circle.
    pub(super) fn shrunk(&self, params: &[f64]) -> Vec<f64> {
        let mut out = params.to_vec();
        for seasonal in [false, true] {
            let idx: Vec<usize> = (0..self.terms.len())
                .filter(|&i| self.terms[i].ma && self.terms[i].seasonal == seasonal)
                .collect();
            let c: Vec<f64> = idx.iter().map(|&i| params[i]).collect();
            // roots of the factor (in its own lag units) with modulus at most
            // 1.06 are roots of p(1.06 z) within the unit circle
            let scaled: Vec<f64> = lag_poly(1, &c)
                .iter()
                .enumerate()
                .map(|(k, v)| v * 1.06_f64.powi(k as i32))
                .collect();
            if !c.is_empty() && !stable(&scaled) {
                for &i in &idx {
                    out[i] *= 0.9_f64.powi((self.terms[i].lag) as i32);
                }
            }
        }
        out
    }
}

/// `1 - c₁B^s - c₂B^{2s} - …` as coefficients of `B^0, B^1, …`.
fn lag_poly(s: usize, c: &[f64]) -> Vec<f64> {
    let mut poly = vec![0.0; c.len() * s + 1];
    poly[0] = 1.0;
    for (k, v) in c.iter().enumerate() {
        poly[(k + 1) * s] = -v;
    }
    poly
}

/// The product of two polynomials.
pub(super) fn multiply(a: &[f64], b: &[f64]) -> Vec<f64> {
    let mut out = vec![0.0; a.len() + b.len() - 1];
    for (i, x) in a.iter().enumerate() {
        for (j, y) in b.iter().enumerate() {
            out[i + j] += x * y;
        }
    }
    out
}

/// Whether the polynomial `1 + a₁z + … + a_k z^k` has every root outside
/// the unit circle, by the Schur–Cohn step-down recursion.
fn stable(poly: &[f64]) -> bool {
    let mut a: Vec<f64> = poly.iter().skip(1).map(|v| -v).collect();
    while let Some(&k) = a.last() {
        if k.is_nan() || k.abs() >= 1.0 {
            return false;
        }
        let m = a.len() - 1;
        let den = 1.0 - k * k;
        a = (0..m).map(|j| (a[j] + k * a[m - 1 - j]) / den).collect();
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn airline_terms_and_polynomials() {
        let m = Model::new(ArimaOrders::AIRLINE, 12);
        let names: Vec<String> = m.terms.iter().map(Term::name).collect();
        assert_eq!(names, ["Nonseasonal MA lag 1", "Seasonal MA lag 12"]);
        let ma = m.operator(&[0.4, 0.5], true);
        assert_eq!(ma.len(), 14);
        assert_eq!((ma[0], ma[1], ma[12], ma[13]), (1.0, -0.4, -0.5, 0.2));
        assert_eq!(m.differencing().len(), 14);
        assert!(m.admissible(&[0.4, 0.5]));
        assert!(!m.admissible(&[1.2, 0.5]));
    }

    #[test]
    fn shrinks_ma_factors_near_the_unit_circle() {
        let m = Model::new(ArimaOrders::AIRLINE, 12);
        // a root of 1 - 0.9995 B^12 (in B^12) has modulus 1/0.9995 < 1.06
        let s = m.shrunk(&[0.776, 0.9995]);
        assert_eq!(s[0], 0.776);
        assert!((s[1] - 0.9995 * 0.9_f64.powi(12)).abs() < 1e-15);
        // 1/0.94 = 1.0638 > 1.06: left alone; 1/0.95 = 1.0526: shrunk by 0.9
        assert_eq!(m.shrunk(&[0.94, 0.5]), vec![0.94, 0.5]);
        assert!((m.shrunk(&[0.95, 0.5])[0] - 0.855).abs() < 1e-15);
    }

    #[test]
    fn schur_cohn() {
        assert!(stable(&[1.0, -0.5]));
        assert!(!stable(&[1.0, -1.0]));
        // (1 - 0.9B)(1 + 0.8B) = 1 - 0.1B - 0.72B²
        assert!(stable(&[1.0, -0.1, -0.72]));
        // (1 - 1.1B)(1 - 0.5B)
        assert!(!stable(&[1.0, -1.6, 0.55]));
    }
}
