//! Scores the quantity recogniser on external corpora with ground truth
//! (read by path from ../shared/testdata). Shared by the `corpora` test and
//! the `eval` example.

#![allow(dead_code)]

use newswatch_extractor::{Quantity, quantities};
use newswatch_wire::{Bound, QuantityKind};
use serde_json::Value;
use std::path::{Path, PathBuf};

pub fn shared() -> PathBuf {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    assert!(
        p.join("testdata").is_dir(),
        "test data missing: {} (CI has shared/ beside the checkout)",
        p.display()
    );
    p
}

/// What a gold unit accepts.
#[derive(Debug, Clone)]
pub enum GoldUnit {
    Any,
    /// No unit, or a counted noun (corpora that treat counts as plain numbers).
    Dimensionless,
    OneOf(Vec<String>),
}

#[derive(Debug, Clone)]
pub struct Gold {
    pub start: usize,
    pub end: usize,
    /// Lower and upper value; equal for a single value. `None` for an open side.
    pub lo: Option<f64>,
    pub hi: Option<f64>,
    pub unit: GoldUnit,
    /// `None` when the corpus says nothing about bounds.
    pub bound: Option<Vec<Bound>>,
}

pub struct Case {
    pub text: String,
    pub gold: Vec<Gold>,
}

/// Which predictions a corpus is about.
#[derive(Clone, Copy)]
pub enum Filter {
    All,
    Money,
    Percent,
    NotMeasure,
    Bounded,
    /// All predictions, masses converted to grams.
    AllGrams,
}

/// Duckling states masses in grams: compare ours in grams too.
fn in_grams(q: &Quantity) -> Quantity {
    let f = match q.unit.as_deref() {
        Some("kg") => 1000.0,
        Some("mg") => 0.001,
        _ => return q.clone(),
    };
    Quantity {
        value: q.value * f,
        value_max: q.value_max.map(|v| v * f),
        unit: Some("g".into()),
        ..q.clone()
    }
}

fn keep(f: Filter, q: &Quantity) -> bool {
    match f {
        Filter::All | Filter::AllGrams => true,
        Filter::Money => q.kind == QuantityKind::Money,
        Filter::Percent => q.kind == QuantityKind::Percent,
        Filter::NotMeasure => q.kind != QuantityKind::Measure,
        Filter::Bounded => matches!(q.bound, Bound::Range | Bound::AtLeast | Bound::AtMost),
    }
}

#[derive(Default, Clone, Copy, Debug)]
pub struct Prf {
    pub tp_p: usize,
    pub tp_g: usize,
    pub pred: usize,
    pub gold: usize,
}

impl Prf {
    pub fn p(&self) -> f64 {
        if self.pred == 0 {
            1.0
        } else {
            self.tp_p as f64 / self.pred as f64
        }
    }
    pub fn r(&self) -> f64 {
        if self.gold == 0 {
            1.0
        } else {
            self.tp_g as f64 / self.gold as f64
        }
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: Prf) {
        self.tp_p += o.tp_p;
        self.tp_g += o.tp_g;
        self.pred += o.pred;
        self.gold += o.gold;
    }
}

pub struct Score {
    pub name: String,
    pub cases: usize,
    pub value: Prf,
    pub unit: Prf,
    pub bound: Option<Prf>,
    pub misses: Vec<String>,
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1e-9)
}

fn value_ok(g: &Gold, q: &Quantity) -> bool {
    let (lo, hi) = match q.bound {
        Bound::Range => (Some(q.value), q.value_max),
        Bound::AtLeast => (Some(q.value), None),
        Bound::AtMost => (None, Some(q.value)),
        _ => (Some(q.value), Some(q.value)),
    };
    match (g.lo, g.hi) {
        (Some(a), Some(b)) if close(a, b) => close(q.value, a),
        (Some(a), Some(b)) => lo.is_some_and(|x| close(x, a)) && hi.is_some_and(|x| close(x, b)),
        (Some(a), None) => lo.is_some_and(|x| close(x, a)) || close(q.value, a),
        (None, Some(b)) => hi.is_some_and(|x| close(x, b)) || close(q.value, b),
        (None, None) => false,
    }
}

fn unit_ok(g: &Gold, q: &Quantity) -> bool {
    match &g.unit {
        GoldUnit::Any => true,
        GoldUnit::Dimensionless => matches!(q.kind, QuantityKind::Number | QuantityKind::Count),
        GoldUnit::OneOf(us) => q.unit.as_ref().is_some_and(|u| us.iter().any(|x| x == u)),
    }
}

fn bound_ok(g: &Gold, q: &Quantity) -> bool {
    g.bound.as_ref().is_none_or(|bs| bs.contains(&q.bound))
}

fn overlaps(g: &Gold, q: &Quantity) -> bool {
    q.start < g.end && g.start < q.end
}

/// Greedy one-to-one matching of gold and predictions under a criterion.
fn matched(
    gold: &[Gold],
    preds: &[&Quantity],
    ok: impl Fn(&Gold, &Quantity) -> bool,
) -> (usize, Vec<bool>) {
    let mut used = vec![false; preds.len()];
    let mut hit = vec![false; gold.len()];
    let mut n = 0;
    for (gi, g) in gold.iter().enumerate() {
        if let Some(pi) =
            (0..preds.len()).find(|&pi| !used[pi] && overlaps(g, preds[pi]) && ok(g, preds[pi]))
        {
            used[pi] = true;
            hit[gi] = true;
            n += 1;
        }
    }
    (n, hit)
}

pub fn score(name: &str, cases: &[Case], filter: Filter, bounds: bool) -> Score {
    let mut s = Score {
        name: name.into(),
        cases: cases.len(),
        value: Prf::default(),
        unit: Prf::default(),
        bound: bounds.then(Prf::default),
        misses: Vec::new(),
    };
    for c in cases {
        let mut all = quantities(&c.text);
        if matches!(filter, Filter::AllGrams) {
            all = all.iter().map(in_grams).collect();
        }
        let preds: Vec<&Quantity> = all.iter().filter(|q| keep(filter, q)).collect();
        let base = Prf {
            pred: preds.len(),
            gold: c.gold.len(),
            ..Prf::default()
        };
        let (n, _) = matched(&c.gold, &preds, value_ok);
        s.value.add(Prf {
            tp_p: n,
            tp_g: n,
            ..base
        });
        let (n, hit) = matched(&c.gold, &preds, |g, q| value_ok(g, q) && unit_ok(g, q));
        s.unit.add(Prf {
            tp_p: n,
            tp_g: n,
            ..base
        });
        if let Some(b) = s.bound.as_mut() {
            let (n, _) = matched(&c.gold, &preds, |g, q| value_ok(g, q) && bound_ok(g, q));
            b.add(Prf {
                tp_p: n,
                tp_g: n,
                ..base
            });
        }
        if hit.iter().any(|h| !h) || n < preds.len() {
            let got: Vec<String> = preds
                .iter()
                .map(|q| {
                    format!(
                        "{:?}={}{}",
                        q.surface,
                        q.value,
                        q.unit
                            .as_deref()
                            .map(|u| format!(" {u}"))
                            .unwrap_or_default()
                    )
                })
                .collect();
            s.misses.push(format!(
                "{:?}\n      gold {:?}\n      got  {:?}",
                c.text,
                c.gold
                    .iter()
                    .map(|g| (g.lo, g.hi, &g.unit))
                    .collect::<Vec<_>>(),
                got
            ));
        }
    }
    s
}

fn read_json(p: &Path) -> Value {
    let raw = std::fs::read_to_string(p).unwrap_or_else(|e| panic!("read {}: {e}", p.display()));
    serde_json::from_str(raw.trim_start_matches('\u{feff}'))
        .unwrap_or_else(|e| panic!("parse {}: {e}", p.display()))
}

fn num(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim_end_matches('%').parse().ok(),
        _ => None,
    }
}

fn codes(list: &[&str]) -> GoldUnit {
    GoldUnit::OneOf(list.iter().map(|s| s.to_string()).collect())
}

/// Recognizers-Text currency unit names → (accepted ISO codes, value factor).
fn recognizers_currency(unit: &str, iso: Option<&str>) -> (GoldUnit, f64) {
    if let Some(code) = iso {
        return (codes(&[code]), 1.0);
    }
    match unit {
        "Dollar" => (codes(&["USD"]), 1.0),
        "Cent" => (codes(&["USD"]), 0.01),
        "Pound" | "British pound" => (codes(&["GBP"]), 1.0),
        "Pence" | "Penny" => (codes(&["GBP"]), 0.01),
        "Franc" => (codes(&["CHF", "FRF", "BEF", "XOF", "XAF"]), 1.0),
        "Finnish markka" => (codes(&["FIM"]), 1.0),
        "Netherlands guilder" => (codes(&["NLG"]), 1.0),
        "Peseta" => (codes(&["ESP"]), 1.0),
        "Rupee" => (codes(&["INR", "PKR", "LKR", "NPR"]), 1.0),
        "Bitcoin" => (codes(&["BTC"]), 1.0),
        "Satoshi" => (codes(&["BTC"]), 1e-8),
        "Sen" => (codes(&["MYR", "JPY", "IDR"]), 0.01),
        _ => (GoldUnit::OneOf(vec![format!("?{unit}")]), 1.0),
    }
}

fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Recognizers-Text spec files. `kind`: "currency", "number", "percent", "range".
pub fn recognizers(file: &str, kind: &str) -> Vec<Case> {
    let p = shared().join("testdata/recognizers-text/Specs").join(file);
    let v = read_json(&p);
    let mut out = Vec::new();
    for c in v.as_array().into_iter().flatten() {
        if c.get("NotSupported")
            .and_then(Value::as_str)
            .is_some_and(|s| s.contains("dotnet"))
        {
            continue;
        }
        let text = c["Input"].as_str().unwrap_or("").to_string();
        let mut gold = Vec::new();
        for r in c["Results"].as_array().into_iter().flatten() {
            let res = &r["Resolution"];
            let start = r["Start"].as_u64().unwrap_or(0) as usize;
            let end = r["End"].as_u64().unwrap_or(0) as usize + 1;
            match kind {
                "currency" => {
                    let Some(v) = num(&res["value"]) else {
                        continue;
                    };
                    let (unit, f) = recognizers_currency(
                        res["unit"].as_str().unwrap_or(""),
                        res["isoCurrency"].as_str(),
                    );
                    gold.push(Gold {
                        start,
                        end,
                        lo: Some(v * f),
                        hi: Some(v * f),
                        unit,
                        bound: None,
                    });
                }
                "number" => {
                    let Some(v) = num(&res["value"]) else {
                        continue;
                    };
                    gold.push(Gold {
                        start,
                        end,
                        lo: Some(v),
                        hi: Some(v),
                        unit: GoldUnit::Any,
                        bound: None,
                    });
                }
                "percent" => {
                    let Some(v) = num(&res["value"]) else {
                        continue;
                    };
                    gold.push(Gold {
                        start,
                        end,
                        lo: Some(v),
                        hi: Some(v),
                        unit: codes(&["%"]),
                        bound: None,
                    });
                }
                _ => {
                    let s = res["value"].as_str().unwrap_or("");
                    let inner = s.trim_matches(|c| matches!(c, '[' | ']' | '(' | ')'));
                    let (a, b) = inner.split_once(',').unwrap_or((inner, inner));
                    let lo: Option<f64> = a.trim().parse().ok();
                    let hi: Option<f64> = b.trim().parse().ok();
                    let bound = match (lo, hi) {
                        (Some(x), Some(y)) if close(x, y) => vec![Bound::Exact],
                        (Some(_), Some(_)) => vec![Bound::Range],
                        (Some(_), None) => vec![Bound::AtLeast],
                        (None, Some(_)) => vec![Bound::AtMost],
                        _ => continue,
                    };
                    gold.push(Gold {
                        start,
                        end,
                        lo,
                        hi,
                        unit: GoldUnit::Any,
                        bound: Some(bound),
                    });
                }
            }
        }
        out.push(Case { text, gold });
    }
    out
}

fn quantulum_unit(name: &str) -> (GoldUnit, f64) {
    let m = |u: &[&str]| codes(u);
    match name {
        "dimensionless" => (GoldUnit::Dimensionless, 1.0),
        "percentage" => (m(&["%"]), 1.0),
        "dollar" => (m(&["USD"]), 1.0),
        "euro" => (m(&["EUR"]), 1.0),
        "pound sterling" => (m(&["GBP"]), 1.0),
        "penny" => (m(&["GBP"]), 0.01),
        "cent" => (m(&["USD"]), 0.01),
        "dime" => (m(&["USD"]), 0.1),
        "metre" => (m(&["m"]), 1.0),
        "kilometre" => (m(&["km"]), 1.0),
        "mile" => (m(&["mi"]), 1.0),
        "inch" => (m(&["in"]), 1.0),
        "foot" => (m(&["ft"]), 1.0),
        "nanometre" => (m(&["nm"]), 1.0),
        "picometre" => (m(&["pm"]), 1.0),
        "attometre" => (m(&["am"]), 1.0),
        "square kilometre" => (m(&["km2"]), 1.0),
        "square mile" => (m(&["mi2"]), 1.0),
        "cubic kilometre" => (m(&["km3"]), 1.0),
        "kilogram" => (m(&["kg"]), 1.0),
        "gram" => (m(&["g"]), 1.0),
        "milligram" => (m(&["mg"]), 1.0),
        "tonne" => (m(&["t"]), 1.0),
        "pound-mass" => (m(&["lb"]), 1.0),
        "litre" => (m(&["l"]), 1.0),
        "centilitre" => (m(&["cl"]), 1.0),
        "cubic centimetre" => (m(&["ml"]), 1.0),
        "gallon" => (m(&["gal"]), 1.0),
        "cup" => (m(&["cup"]), 1.0),
        "tablespoon" => (m(&["tbsp"]), 1.0),
        "year" | "month" | "week" | "day" | "hour" | "minute" | "second" => (m(&[name]), 1.0),
        "degree Celsius" => (m(&["°C"]), 1.0),
        "degree Fahrenheit" => (m(&["°F"]), 1.0),
        "electronvolt" => (m(&["eV"]), 1.0),
        "teraelectronvolt" => (m(&["TeV"]), 1.0),
        "gigahertz" => (m(&["GHz"]), 1.0),
        "megabyte" => (m(&["MB"]), 1.0),
        "exabyte" => (m(&["EB"]), 1.0),
        "kibibyte" => (m(&["KiB"]), 1.0),
        "bit" => (m(&["bit"]), 1.0),
        "byte" => (m(&["B"]), 1.0),
        "watt hour" => (m(&["Wh"]), 1.0),
        "megawatt hour" => (m(&["MWh"]), 1.0),
        "kilometre per hour" => (m(&["km/h"]), 1.0),
        "milligray" => (m(&["mGy"]), 1.0),
        "electronvolt per" => (m(&["eV"]), 1.0),
        other => (GoldUnit::OneOf(vec![format!("?{other}")]), 1.0),
    }
}

/// quantulum3's quantities.json: no offsets, so the gold span is found by
/// searching the surface in the sentence.
pub fn quantulum() -> Vec<Case> {
    let p = shared()
        .join("testdata/quantities/quantulum3/quantulum3/_lang/en_US/tests/quantities.json");
    let v = read_json(&p);
    let mut out = Vec::new();
    for c in v.as_array().into_iter().flatten() {
        let text = c["req"].as_str().unwrap_or("").to_string();
        let mut gold = Vec::new();
        let mut from = 0usize;
        for r in c["res"].as_array().into_iter().flatten() {
            let surface = r["surface"].as_str().unwrap_or("");
            let Some(v) = num(&r["value"]) else { continue };
            let (unit, f) = quantulum_unit(r["unit"].as_str().unwrap_or(""));
            let (bs, be) = match text.get(from..).and_then(|t| t.find(surface)) {
                Some(off) => (from + off, from + off + surface.len()),
                None => (0, text.len()),
            };
            from = be.min(text.len());
            let start = char_len(&text[..bs]);
            let end = char_len(&text[..be]);
            let u = r.get("uncertainty").and_then(num).filter(|u| {
                *u > 0.0
                    && surface.chars().any(|c| {
                        matches!(c, '-' | '–')
                            || surface.contains(" to ")
                            || surface.contains("between")
                    })
            });
            let (lo, hi, bound) = match u {
                Some(u) => (Some((v - u) * f), Some((v + u) * f), vec![Bound::Range]),
                None => (Some(v * f), Some(v * f), vec![Bound::Exact, Bound::Approx]),
            };
            gold.push(Gold {
                start,
                end,
                lo,
                hi,
                unit,
                bound: Some(bound),
            });
        }
        out.push(Case { text, gold });
    }
    out
}

/// Duckling corpora: every text is one phrase that should yield the value.
/// `which`: "money", "numeral", "quantity", "ordinal" (negatives only).
pub fn duckling(which: &str) -> Vec<Case> {
    let p = shared().join("testdata/quantities/duckling/duckling_en_corpus.json");
    let v = read_json(&p);
    let key = match which {
        "money" => "Duckling/AmountOfMoney/EN/Corpus.hs",
        "numeral" => "Duckling/Numeral/EN/Corpus.hs",
        "quantity" => "Duckling/Quantity/EN/Corpus.hs",
        _ => "Duckling/Ordinal/EN/Corpus.hs",
    };
    let mut out = Vec::new();
    for e in v[key].as_array().into_iter().flatten() {
        let kind = e["kind"].as_str().unwrap_or("");
        let unit_name = e["unit"].as_str().unwrap_or("");
        let values: Vec<f64> = e["values"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(num)
            .collect();
        for t in e["texts"].as_array().into_iter().flatten() {
            let text = t.as_str().unwrap_or("").to_string();
            let n = char_len(&text);
            let mut gold = Vec::new();
            if kind != "negative" && kind != "OrdinalData" && !values.is_empty() {
                let (unit, f) = match (which, unit_name) {
                    (_, "Unnamed") => (GoldUnit::Any, 1.0),
                    ("numeral", _) => (GoldUnit::Dimensionless, 1.0),
                    ("quantity", "Gram") => (codes(&["g"]), 1.0),
                    ("quantity", "Pound") => (codes(&["lb"]), 1.0),
                    ("quantity", "Ounce") => (codes(&["oz"]), 1.0),
                    ("quantity", "Cup") => (codes(&["cup"]), 1.0),
                    (_, "Dollar") => (codes(&["USD"]), 1.0),
                    (_, "Cent") => (codes(&["USD"]), 0.01),
                    (_, "Pound") => (codes(&["GBP"]), 1.0),
                    (_, "Dinar") => (
                        codes(&["KWD", "BHD", "IQD", "JOD", "LYD", "DZD", "TND", "RSD"]),
                        1.0,
                    ),
                    (_, "Riyal") => (codes(&["SAR", "QAR", "OMR", "YER"]), 1.0),
                    (_, "Rial") => (codes(&["IRR", "OMR", "YER"]), 1.0),
                    (_, code) => (codes(&[code]), 1.0),
                };
                let (lo, hi, bound) = match kind {
                    "between" => (
                        Some(values[0] * f),
                        values.get(1).map(|v| v * f),
                        vec![Bound::Range],
                    ),
                    "under" => (None, Some(values[0] * f), vec![Bound::AtMost]),
                    "above" => (Some(values[0] * f), None, vec![Bound::AtLeast]),
                    _ => (
                        Some(values[0] * f),
                        Some(values[0] * f),
                        vec![Bound::Exact, Bound::Approx],
                    ),
                };
                gold.push(Gold {
                    start: 0,
                    end: n.max(1),
                    lo,
                    hi,
                    unit,
                    bound: Some(bound),
                });
            }
            out.push(Case { text, gold });
        }
    }
    out
}

/// Mass in grams for Duckling's "Gram" cases.
pub fn all_scores() -> Vec<Score> {
    vec![
        score(
            "Recognizers currency (.NET-supported)",
            &recognizers("NumberWithUnit/English/CurrencyModel.json", "currency"),
            Filter::Money,
            false,
        ),
        score(
            "Recognizers number",
            &recognizers("Number/English/NumberModel.json", "number"),
            Filter::NotMeasure,
            false,
        ),
        score(
            "Recognizers percent",
            &recognizers("Number/English/PercentModel.json", "percent"),
            Filter::Percent,
            false,
        ),
        score(
            "Recognizers number range",
            &recognizers("Number/English/NumberRangeModel.json", "range"),
            Filter::Bounded,
            true,
        ),
        score(
            "quantulum3 quantities.json",
            &quantulum(),
            Filter::All,
            true,
        ),
        score("Duckling money (EN)", &duckling("money"), Filter::All, true),
        score(
            "Duckling numeral (EN)",
            &duckling("numeral"),
            Filter::All,
            false,
        ),
        score(
            "Duckling quantity (EN)",
            &duckling("quantity"),
            Filter::AllGrams,
            true,
        ),
        score(
            "Duckling ordinal (negatives)",
            &duckling("ordinal"),
            Filter::All,
            false,
        ),
    ]
}

pub fn table(scores: &[Score]) -> String {
    let mut s = String::new();
    s.push_str("| corpus | cases | gold | pred | value P / R / F1 | value+unit P / R / F1 | value+bound P / R / F1 |\n");
    s.push_str("|---|---:|---:|---:|---|---|---|\n");
    let f = |p: &Prf| format!("{:.3} / {:.3} / {:.3}", p.p(), p.r(), p.f1());
    for sc in scores {
        s.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} | {} |\n",
            sc.name,
            sc.cases,
            sc.value.gold,
            sc.value.pred,
            f(&sc.value),
            f(&sc.unit),
            sc.bound.as_ref().map(f).unwrap_or_else(|| "n/a".into())
        ));
    }
    s
}
