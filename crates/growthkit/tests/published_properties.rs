//! Property tests for published figures: intervals hold every true value.

use growthkit::{Interval, Reported, check_growth};
use proptest::prelude::*;

/// `x` rounded to `d` decimals as a publisher prints it.
fn print(x: f64, d: usize) -> Reported {
    Reported::parse(&format!("{x:.d$}")).unwrap()
}

fn interval() -> impl Strategy<Value = Interval> {
    (-1e6f64..1e6, 0f64..1e3).prop_map(|(lo, w)| Interval::new(lo, lo + w).unwrap())
}

/// A point of `i` at fraction `t` of its width.
fn point(i: &Interval, t: f64) -> f64 {
    (i.lo() + t * i.width()).clamp(i.lo(), i.hi())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_true_value_lies_in_its_rounding_interval(x in -1e9f64..1e9, d in 0usize..=6) {
        let r = print(x, d);
        prop_assert!(r.interval().contains(x), "{} printed {} gives {}", x, r, r.interval());
    }

    #[test]
    fn levels_and_a_rate_rounded_from_one_true_pair_are_consistent(
        previous in 1e-2f64..1e6,
        growth in -0.9f64..3.0,
        level_decimals in 0usize..=3,
        rate_decimals in 0usize..=2,
    ) {
        let current = previous * (1.0 + growth);
        let rate = (current / previous - 1.0) * 100.0;
        let p = print(previous, level_decimals);
        prop_assume!(p.interval().lo() > 0.0);
        let check = check_growth(&print(current, level_decimals), &p, &print(rate, rate_decimals)).unwrap();
        prop_assert!(check.consistent, "{:?}", check);
        prop_assert_eq!(check.gap_pp, 0.0);
    }

    #[test]
    fn interval_arithmetic_contains_every_point_result(
        a in interval(), b in interval(), s in 0f64..=1.0, t in 0f64..=1.0,
    ) {
        let (x, y) = (point(&a, s), point(&b, t));
        prop_assert!((a + b).contains(x + y));
        prop_assert!((a - b).contains(x - y));
        prop_assert!((a * b).contains(x * y));
        if let Ok(q) = a.checked_div(&b) {
            prop_assert!(q.contains(x / y), "{} / {} = {} not in {}", x, y, x / y, q);
        }
    }

    #[test]
    fn powers_and_roots_contain_every_point_result(
        lo in 1e-3f64..1e3, w in 0f64..1e2, s in 0f64..=1.0, e in -3.0f64..3.0, n in 1u32..=5,
    ) {
        let a = Interval::new(lo, lo + w).unwrap();
        let x = point(&a, s);
        prop_assert!(a.powf(e).unwrap().contains(x.powf(e)));
        prop_assert!(a.root(n).unwrap().contains(x.powf(1.0 / f64::from(n))));
    }
}
