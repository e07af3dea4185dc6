//! regARIMA estimation against the Census Bureau's X-13ARIMA-SEATS: every
//! case of `tests/vectors/arima/cases.json` (what `x13as` saved in its .est,
//! .lks and .fct files for the series and model, written by
//! `tests/vectors/make_arima.py`): coefficients to 1e-4, forecasts to 1e-6
//! relative, the log-likelihood to 1e-6 relative.

use growthkit::seasonal::{Arima, ArimaOrders};
use serde_json::Value;

fn cases() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/vectors/arima/cases.json"
    );
    serde_json::from_str(&std::fs::read_to_string(path).expect("arima vectors")).expect("json")
}

fn orders(m: &Value) -> ArimaOrders {
    let o = |i: usize, j: usize| m[i][j].as_u64().unwrap() as usize;
    ArimaOrders::new((o(0, 0), o(0, 1), o(0, 2)), (o(1, 0), o(1, 1), o(1, 2)))
}

fn rel(a: f64, b: f64) -> f64 {
    (a - b).abs() / b.abs().max(1e-300)
}

#[test]
fn estimates_equal_x13() {
    for case in cases()["cases"].as_array().unwrap() {
        let id = case["id"].as_str().unwrap();
        let values: Vec<f64> = case["values"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_f64().unwrap())
            .collect();
        let period = case["period"].as_u64().unwrap() as usize;
        let fit = Arima::fit(
            &values,
            period,
            orders(&case["model"]),
            case["log"].as_bool().unwrap(),
        )
        .unwrap();
        let e = &case["expect"];
        let want = e["coefficients"].as_array().unwrap();
        assert_eq!(fit.coefficients.len(), want.len(), "{id}");
        let mut worst = (0.0f64, 0.0f64, 0.0f64);
        for (c, w) in fit.coefficients.iter().zip(want) {
            assert_eq!(c.name, w["name"].as_str().unwrap(), "{id}");
            worst.0 = worst.0.max((c.value - w["value"].as_f64().unwrap()).abs());
            worst.1 = worst
                .1
                .max(rel(c.std_error, w["std_error"].as_f64().unwrap()));
        }
        let fc = fit.forecasts(12);
        for (a, b) in fc.iter().zip(e["forecasts"].as_array().unwrap()) {
            worst.2 = worst.2.max(rel(*a, b.as_f64().unwrap()));
        }
        let lnl = rel(fit.log_likelihood, e["log_likelihood"].as_f64().unwrap());
        let var = rel(fit.variance, e["variance"].as_f64().unwrap());
        let aic = rel(fit.aic(), e["aic"].as_f64().unwrap());
        println!(
            "{id}: coef {:.1e} se {:.1e} fct {:.1e} lnl {lnl:.1e} var {var:.1e} aic {aic:.1e} iter {}",
            worst.0, worst.1, worst.2, fit.iterations
        );
        assert_eq!(
            fit.effective_observations as u64,
            e["effective_observations"].as_u64().unwrap()
        );
        assert!(worst.0 < 1e-4, "{id}: coefficients off by {}", worst.0);
        assert!(worst.1 < 1e-3, "{id}: standard errors off by {}", worst.1);
        assert!(worst.2 < 1e-6, "{id}: forecasts off by {}", worst.2);
        assert!(
            lnl < 1e-6 && var < 1e-5 && aic < 1e-6,
            "{id}: likelihood off"
        );
    }
}

#[test]
fn bad_input_is_refused_by_code() {
    let v: Vec<f64> = (0..48).map(|i| 100.0 + (i % 12) as f64).collect();
    let code =
        |r: growthkit::Result<growthkit::seasonal::ArimaFit>| r.map(|_| ()).unwrap_err().code();
    let air = ArimaOrders::AIRLINE;
    assert_eq!(
        code(Arima::fit(&v[..10], 12, air, false)),
        "invalid_argument"
    );
    assert_eq!(code(Arima::fit(&v, 0, air, false)), "invalid_argument");
    assert_eq!(
        code(Arima::fit(
            &v,
            12,
            ArimaOrders::new((5, 1, 0), (0, 0, 0)),
            false
        )),
        "invalid_argument"
    );
    let mut bad = v.clone();
    bad[3] = f64::NAN;
    assert_eq!(code(Arima::fit(&bad, 12, air, false)), "non_finite");
    bad[3] = 0.0;
    assert_eq!(code(Arima::fit(&bad, 12, air, true)), "non_positive_base");
    assert!(Arima::fit(&bad, 12, air, false).is_ok());
}
