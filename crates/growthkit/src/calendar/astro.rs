//! The two astronomical quantities the Chinese calendar rests on, after Jean
//! Meeus, *Astronomical Algorithms* (2nd ed., 1998): the instants of new moon
//! (chapter 49, with its periodic and planetary terms; a few seconds) and the
//! Sun's apparent longitude (chapter 25, the low-precision theory; about
//! 0.01°, some fifteen minutes of time). Times are Julian Ephemeris Days.

use std::f64::consts::PI;

fn sin_deg(x: f64) -> f64 {
    (x * PI / 180.0).sin()
}

/// The periodic terms of a new moon in days (Meeus, table 49.A): the
/// coefficient, the power of E it carries, and the multiples of M, M' and F
/// in its argument (the term in Ω is added apart).
const NEW_MOON_TERMS: [(f64, i32, [f64; 3]); 24] = [
    (-0.40720, 0, [0.0, 1.0, 0.0]),
    (0.17241, 1, [1.0, 0.0, 0.0]),
    (0.01608, 0, [0.0, 2.0, 0.0]),
    (0.01039, 0, [0.0, 0.0, 2.0]),
    (0.00739, 1, [-1.0, 1.0, 0.0]),
    (-0.00514, 1, [1.0, 1.0, 0.0]),
    (0.00208, 2, [2.0, 0.0, 0.0]),
    (-0.00111, 0, [0.0, 1.0, -2.0]),
    (-0.00057, 0, [0.0, 1.0, 2.0]),
    (0.00056, 1, [1.0, 2.0, 0.0]),
    (-0.00042, 0, [0.0, 3.0, 0.0]),
    (0.00042, 1, [1.0, 0.0, 2.0]),
    (0.00038, 1, [1.0, 0.0, -2.0]),
    (-0.00024, 1, [-1.0, 2.0, 0.0]),
    (-0.00007, 0, [2.0, 1.0, 0.0]),
    (0.00004, 0, [0.0, 2.0, -2.0]),
    (0.00004, 0, [3.0, 0.0, 0.0]),
    (0.00003, 0, [1.0, 1.0, -2.0]),
    (0.00003, 0, [0.0, 2.0, 2.0]),
    (-0.00003, 0, [1.0, 1.0, 2.0]),
    (0.00003, 0, [-1.0, 1.0, 2.0]),
    (-0.00002, 0, [-1.0, 1.0, -2.0]),
    (-0.00002, 0, [1.0, 3.0, 0.0]),
    (0.00002, 0, [0.0, 4.0, 0.0]),
];

/// The planetary arguments A1..A14: (constant, rate per lunation, coefficient).
const PLANETARY: [(f64, f64, f64); 14] = [
    (299.77, 0.107408, 0.000325),
    (251.88, 0.016321, 0.000165),
    (251.83, 26.651886, 0.000164),
    (349.42, 36.412478, 0.000126),
    (84.66, 18.206239, 0.000110),
    (141.74, 53.303771, 0.000062),
    (207.14, 2.453732, 0.000060),
    (154.84, 7.306860, 0.000056),
    (34.52, 27.261239, 0.000047),
    (207.19, 0.121824, 0.000042),
    (291.34, 1.844379, 0.000040),
    (161.72, 24.198154, 0.000037),
    (239.56, 25.513099, 0.000035),
    (331.55, 3.592518, 0.000023),
];

/// The new moon of lunation `k` (0 is that of 6 January 2000), in JDE.
pub(crate) fn new_moon(k: f64) -> f64 {
    let t = k / 1236.85;
    let (t2, t3, t4) = (t * t, t * t * t, t * t * t * t);
    let mean =
        2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
    let e = 1.0 - 0.002516 * t - 0.0000074 * t2;
    let m = 2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3;
    let mp = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4;
    let f = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4;
    let omega = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3;
    let periodic: f64 = NEW_MOON_TERMS
        .iter()
        .map(|&(c, pow_e, [a, b, d])| c * e.powi(pow_e) * sin_deg(a * m + b * mp + d * f))
        .sum::<f64>()
        - 0.00017 * sin_deg(omega);
    let planetary: f64 = PLANETARY
        .iter()
        .enumerate()
        .map(|(i, &(c0, rate, coef))| {
            let a = c0 + rate * k - if i == 0 { 0.009173 * t2 } else { 0.0 };
            coef * sin_deg(a)
        })
        .sum();
    mean + periodic + planetary
}

/// The Sun's apparent longitude at `jde`, in degrees in [0, 360).
pub(crate) fn sun_longitude(jde: f64) -> f64 {
    let t = (jde - 2451545.0) / 36525.0;
    let l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
    let m = 357.52911 + 35999.05029 * t - 0.0001537 * t * t;
    let c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin_deg(m)
        + (0.019993 - 0.000101 * t) * sin_deg(2.0 * m)
        + 0.000289 * sin_deg(3.0 * m);
    let omega = 125.04 - 1934.136 * t;
    (l0 + c - 0.00569 - 0.00478 * sin_deg(omega)).rem_euclid(360.0)
}

/// The instant near `guess` (within some ten days) at which the Sun's
/// apparent longitude is `target` degrees, by Newton's steps.
pub(crate) fn sun_at(target: f64, guess: f64) -> f64 {
    let mut jde = guess;
    for _ in 0..50 {
        let d = (target - sun_longitude(jde) + 540.0).rem_euclid(360.0) - 180.0;
        jde += d * 365.2422 / 360.0;
        if d.abs() < 1e-7 {
            break;
        }
    }
    jde
}

/// ΔT = TT − UT in days: Morrison and Stephenson's parabola, −20 + 32u²
/// seconds with u the centuries from 1820 (within half a minute over
/// 1900–2100, which moves a day only for an instant within that of midnight).
pub(crate) fn delta_t(jde: f64) -> f64 {
    let year = 2000.0 + (jde - 2451545.0) / 365.25;
    let u = (year - 1820.0) / 100.0;
    (-20.0 + 32.0 * u * u) / 86400.0
}
