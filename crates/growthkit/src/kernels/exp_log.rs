//! `ln` and `exp` without branches or table look-ups, so that a loop over
//! them compiles to vector instructions (the `powf` of the system library is
//! one call per number). `x^e` is `exp_moderate(e * ln_normal(x))`; where
//! `fused`, their polynomials use fused multiply-adds.
//!
//! `ln_normal` is fdlibm's `__ieee754_log` (its general case, with its
//! coefficients) for positive normal numbers; `exp_moderate` reduces by
//! powers of two and sums the Taylor series to the 13th power, for
//! `|y| < 700`. Both stay within a unit in the last place or two of the
//! system's `ln` and `exp`; the product `e * ln x` is rounded once more, so a
//! power is within about `(2 + 2 |e ln x|) 2^-52` of `powf`, relatively
//! (tested).
//! Outside their ranges the functions return unspecified numbers, never
//! panic: [`pow_is_exact`] tells a caller when to use `powf` instead.

// fdlibm's constants, written as it publishes them.
#![allow(clippy::excessive_precision)]

use super::widest::madd;

const LN2_HI: f64 = 6.931_471_803_691_238_164_90e-1;
const LN2_LO: f64 = 1.908_214_929_270_587_700_02e-10;
const LG1: f64 = 6.666_666_666_666_735_130e-1;
const LG2: f64 = 3.999_999_999_940_941_908e-1;
const LG3: f64 = 2.857_142_874_366_239_149e-1;
const LG4: f64 = 2.222_219_843_214_978_396e-1;
const LG5: f64 = 1.818_357_216_161_805_012e-1;
const LG6: f64 = 1.531_383_769_920_937_332e-1;
const LG7: f64 = 1.479_819_860_511_658_591e-1;
/// 1.5 * 2^52: adding it rounds a small number to an integer held in the
/// low bits of the sum, which turns integers and floats into each other
/// without a conversion instruction that SSE2 and AVX2 lack.
const SHIFTER: f64 = 6_755_399_441_055_744.0;

/// The integer `k` (|k| < 2^51) as a float.
#[inline(always)]
fn float_of(k: i64) -> f64 {
    f64::from_bits(SHIFTER.to_bits().wrapping_add_signed(k)) - SHIFTER
}

/// `ln x` for a positive normal `x`, with fused multiply-adds where `fused`.
#[inline(always)]
pub(super) fn ln_normal(fused: bool, x: f64) -> f64 {
    let madd = |a, b, c| madd(fused, a, b, c);
    let bits = x.to_bits();
    // x = m 2^k with m in [sqrt(2)/2, sqrt(2)).
    let mut k = ((bits >> 52) & 0x7ff) as i64 - 1023;
    let m = f64::from_bits((bits & 0x000f_ffff_ffff_ffff) | 0x3ff0_0000_0000_0000);
    let big = m >= std::f64::consts::SQRT_2;
    k += i64::from(big);
    let f = if big { m * 0.5 } else { m } - 1.0;
    let hfsq = 0.5 * f * f;
    let s = f / (2.0 + f);
    let z = s * s;
    let w = z * z;
    let t1 = w * madd(w, madd(w, LG6, LG4), LG2);
    let t2 = z * madd(w, madd(w, madd(w, LG7, LG5), LG3), LG1);
    let r = t2 + t1;
    let dk = float_of(k);
    dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f)
}

/// `e^y` for `|y| < 700`, with fused multiply-adds where `fused`.
#[inline(always)]
pub(super) fn exp_moderate(fused: bool, y: f64) -> f64 {
    // y = k ln 2 + r with |r| <= ln(2) / 2.
    let shifted = y * std::f64::consts::LOG2_E + SHIFTER;
    let kf = shifted - SHIFTER;
    let k = (shifted.to_bits() as i64).wrapping_sub(SHIFTER.to_bits() as i64);
    let r = (y - kf * LN2_HI) - kf * LN2_LO;
    let mut p = 1.0 / 6_227_020_800.0;
    for c in [
        1.0 / 479_001_600.0,
        1.0 / 39_916_800.0,
        1.0 / 3_628_800.0,
        1.0 / 362_880.0,
        1.0 / 40_320.0,
        1.0 / 5_040.0,
        1.0 / 720.0,
        1.0 / 120.0,
        1.0 / 24.0,
        1.0 / 6.0,
        0.5,
        1.0,
        1.0,
    ] {
        p = madd(fused, p, r, c);
    }
    p * f64::from_bits((k.wrapping_add(1023) as u64) << 52)
}

/// Whether `exp_moderate(y)` with `y = e * ln_normal(x)` is `x^e`: `x` is
/// positive and normal and the power is well inside the normal range.
#[inline(always)]
pub(super) fn pow_is_exact(x: f64, y: f64) -> bool {
    (f64::MIN_POSITIVE..=f64::MAX).contains(&x) && y.abs() < 700.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Relative difference in units of 2^-52.
    fn ulps(got: f64, want: f64) -> f64 {
        ((got - want) / want).abs() / f64::EPSILON
    }

    #[test]
    fn ln_and_exp_at_known_points() {
        for fused in [false, true] {
            assert_eq!(ln_normal(fused, 1.0), 0.0);
            assert!(ulps(ln_normal(fused, std::f64::consts::E), 1.0) <= 1.0);
            assert!(ulps(ln_normal(fused, 2.0), std::f64::consts::LN_2) <= 1.0);
            assert_eq!(exp_moderate(fused, 0.0), 1.0);
            assert!(ulps(exp_moderate(fused, 1.0), std::f64::consts::E) <= 1.0);
            // 1.1^2 = 1.21, 1.331^(1/3) = 1.1 (by hand).
            assert!(ulps(exp_moderate(fused, 2.0 * ln_normal(fused, 1.1)), 1.21) <= 2.0);
            assert!(ulps(exp_moderate(fused, ln_normal(fused, 1.331) / 3.0), 1.1) <= 2.0);
        }
    }

    #[test]
    fn out_of_range_is_flagged_not_a_panic() {
        for x in [0.0, -1.0, f64::NAN, f64::INFINITY, 1e-310, f64::MAX] {
            let y = 0.5 * ln_normal(false, x);
            let _ = exp_moderate(true, y) + ln_normal(true, x);
            assert_eq!(pow_is_exact(x, y), x == f64::MAX, "{x}");
        }
        assert!(!pow_is_exact(1e300, 3.0 * ln_normal(false, 1e300)));
        let _ =
            exp_moderate(false, f64::NAN) + exp_moderate(true, 1e308) + exp_moderate(false, -1e308);
    }

    proptest! {
        #[test]
        fn ln_is_the_system_ln(x in f64::MIN_POSITIVE..f64::MAX, fused: bool) {
            let want = x.ln();
            if want != 0.0 {
                prop_assert!(ulps(ln_normal(fused, x), want) <= 2.0, "{x}");
            }
        }

        #[test]
        fn ln_near_one(x in 0.5f64..2.0, fused: bool) {
            let want = x.ln();
            prop_assert!((ln_normal(fused, x) - want).abs() <= 2.0 * f64::EPSILON * want.abs().max(f64::MIN_POSITIVE), "{x}");
        }

        #[test]
        fn exp_is_the_system_exp(y in -699.0f64..699.0, fused: bool) {
            prop_assert!(ulps(exp_moderate(fused, y), y.exp()) <= 2.0, "{y}");
        }

        #[test]
        fn pow_is_powf(x in 1e-6f64..1e6, e in -20.0f64..20.0, fused: bool) {
            let y = e * ln_normal(fused, x);
            let tol = 2.0 + 2.0 * y.abs();
            prop_assert!(ulps(exp_moderate(fused, y), x.powf(e)) <= tol, "{x}^{e}");
        }
    }
}
