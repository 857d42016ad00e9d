//! The quantity recogniser: numbers with their units, ranges, bounds and
//! trends, minus the numbers that are not quantities (years, dates, times,
//! ordinals, phone numbers, model names, section numbers, list markers).

use crate::lex::{Doc, Tk};
use crate::numbers::{DigitParse, Num, parse_digits, parse_words, starts_words};
use crate::units::{self, Ccy};
use crate::words;
use newswatch_wire::{Bound, QuantityKind, Trend};

/// What a number is counted in.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Unit {
    None,
    Money(&'static str),
    Percent,
    /// Percentage points; basis points are converted.
    Points,
    Measure(&'static str),
    Duration(&'static str),
    Count(String),
}

impl Unit {
    pub fn kind(&self) -> QuantityKind {
        match self {
            Unit::None => QuantityKind::Number,
            Unit::Money(_) => QuantityKind::Money,
            Unit::Percent => QuantityKind::Percent,
            Unit::Points => QuantityKind::PercentagePoints,
            Unit::Measure(_) | Unit::Duration(_) => QuantityKind::Measure,
            Unit::Count(_) => QuantityKind::Count,
        }
    }

    pub fn label(&self) -> Option<String> {
        match self {
            Unit::None => None,
            Unit::Money(c) => Some((*c).to_string()),
            Unit::Percent => Some("%".into()),
            Unit::Points => Some("pp".into()),
            Unit::Measure(m) | Unit::Duration(m) => Some((*m).to_string()),
            Unit::Count(n) => Some(n.clone()),
        }
    }
}

/// A recognised quantity with token positions (internal form).
#[derive(Debug, Clone)]
pub(crate) struct Q {
    /// Token range of the surface (end exclusive).
    pub ts: usize,
    pub te: usize,
    /// Token range of the number itself (without bound words).
    pub value: f64,
    pub value_max: Option<f64>,
    pub unit: Unit,
    pub bound: Bound,
    pub trend: Option<Trend>,
    /// Tokens before `ts` that carried the bound/trend ("up to", "rose").
    pub cue_start: usize,
}

/// A number with its unit ("$5 billion", "15,000 jobs").
#[derive(Debug, Clone)]
struct Uq {
    ts: usize,
    te: usize,
    num: Num,
    value: f64,
    unit: Unit,
    /// Money written with a currency before the number.
    prefix: bool,
    plus: bool,
}

enum Try {
    Q(Box<Uq>),
    Skip(usize),
    None,
}

fn scale_glued(w: &str, money: bool) -> Option<f64> {
    Some(match w {
        "k" | "K" => 1e3,
        "m" if money => 1e6,
        "M" | "mm" | "MM" | "mn" | "Mn" | "mln" | "mil" | "MN" => 1e6,
        "b" | "B" | "bn" | "Bn" | "BN" | "bln" | "bil" => 1e9,
        "t" | "T" if money => 1e12,
        "tn" | "Tn" | "trn" | "tln" | "TN" => 1e12,
        _ => return None,
    })
}

fn scale_spaced(w: &str, lower: &str, money: bool) -> Option<f64> {
    match lower {
        "thousand" | "thousands" => return Some(1e3),
        "million" | "millions" => return Some(1e6),
        "billion" | "billions" => return Some(1e9),
        "trillion" | "trillions" => return Some(1e12),
        "hundred" | "hundreds" => return Some(1e2),
        "dozen" | "dozens" | "dzs" | "dozs" => return Some(12.0),
        "lakh" | "lakhs" | "lac" | "lacs" | "lkh" | "lkhs" => return Some(1e5),
        "crore" | "crores" => return Some(1e7),
        "bn" | "bln" => return Some(1e9),
        "mn" | "mln" | "mil" => return Some(1e6),
        "tn" | "trn" | "tln" => return Some(1e12),
        _ => {}
    }
    match w {
        "k" | "K" | "M" | "MM" => scale_glued(w, money),
        "m" | "b" | "t" | "B" | "T" if money => scale_glued(w, money),
        "Cr" | "cr" => Some(1e7),
        _ => None,
    }
}

/// Count noun after a number: skips up to three modifiers
/// ("500,000 Trainium2 custom chips" → "chips").
fn count_noun(d: &Doc<'_>, k: usize, value: f64) -> Option<(String, usize)> {
    if d.tight(k) || !d.is_word(k) || d.newline_before(k) {
        return None;
    }
    let mut j = k;
    let mut skipped = 0;
    while skipped <= 3 {
        if !d.is_word(j) {
            return None;
        }
        if j > k && !d.tight(j) && d.newline_before(j) {
            return None;
        }
        let w = d.l(j);
        if words::is_stop(w) || units::duration(w).is_some() {
            return None;
        }
        // Identifier modifiers: "Trainium2", "H100".
        if d.is_digits(j + 1) && d.tight(j + 1) {
            j += 2;
            while d.is_word(j) && d.tight(j) {
                j += 1;
            }
            skipped += 1;
            continue;
        }
        // Hyphenated modifiers: "high-performance", "full-time".
        if d.is_sym(j + 1, '-') && d.tight(j + 1) && d.is_word(j + 2) && d.tight(j + 2) {
            let last = d.l(j + 2);
            if (words::looks_plural(last) || words::is_irregular_plural(last))
                && !d.capitalized(j + 2)
            {
                let s = format!("{}-{}", w, last);
                return Some((s, j + 3));
            }
            j += 3;
            skipped += 1;
            continue;
        }
        if words::is_irregular_plural(w) || (words::looks_plural(w) && !d.all_caps(j)) {
            return Some((w.to_string(), j + 1));
        }
        if value == 1.0 && j == k && !d.capitalized(j) && w.len() > 2 && w.is_ascii() {
            // "one vehicle": a singular noun after one.
            if !words::is_s_non_noun(w) && !d.is_word(j + 1) {
                return Some((w.to_string(), j + 1));
            }
        }
        j += 1;
        skipped += 1;
    }
    None
}

/// Percent or points after a number.
fn percent_at(d: &Doc<'_>, k: usize) -> Option<(Unit, f64, usize)> {
    if d.is_sym(k, '%') {
        // URL encoding: "%28", "%2D".
        if d.tight(k + 1) && (d.is_digits(k + 1) || d.is_word(k + 1)) {
            return None;
        }
        return Some((Unit::Percent, 1.0, k + 1));
    }
    if d.tight(k) && d.is_word(k) {
        return None;
    }
    let w = d.l(k);
    match w {
        "percent" | "percents" | "pct" | "percentage" | "percentages" => {
            if matches!(d.l(k + 1), "point" | "points") && w.starts_with("percentage") {
                return Some((Unit::Points, 1.0, k + 2));
            }
            if w.starts_with("percentage") && !d.is_word(k + 1) {
                return Some((Unit::Percent, 1.0, k + 1));
            }
            if w.starts_with("percentage") {
                return Some((Unit::Percent, 1.0, k + 1));
            }
            Some((Unit::Percent, 1.0, k + 1))
        }
        "per" if d.is(k + 1, "cent") => Some((Unit::Percent, 1.0, k + 2)),
        "pp" | "ppt" | "ppts" => Some((Unit::Points, 1.0, k + 1)),
        "bps" | "bp" => Some((Unit::Points, 0.01, k + 1)),
        "basis" if matches!(d.l(k + 1), "point" | "points") => Some((Unit::Points, 0.01, k + 2)),
        _ => None,
    }
}

/// Parse a number with its unit at `i`.
fn parse_uq(d: &Doc<'_>, i: usize) -> Try {
    let mut ccy: Option<Ccy> = None;
    let mut prefix = false;
    let mut j = i;
    if let Some((cc, k)) = units::prefix(d, i) {
        // The number must follow closely.
        if (d.is_digits(k)
            || (d.is_sym(k, '.') && d.is_digits(k + 1))
            || (d.is_symbol(k) && d.t(k) == "-" && d.is_digits(k + 1)))
            && d.gap(k).len() <= 1
        {
            ccy = Some(cc);
            prefix = true;
            j = k;
        }
        if ccy.is_none() {
            return Try::None;
        }
    }
    let mut word_sign = false;
    if !prefix && matches!(d.l(j), "minus" | "negative") && d.is_digits(j + 1) {
        word_sign = true;
        j += 1;
    }
    let num = if d.is_digits(j) || d.is_symbol(j) {
        match parse_digits(d, j) {
            DigitParse::Num(n) => n,
            DigitParse::Skip(e) => return Try::Skip(e),
            DigitParse::None => return Try::None,
        }
    } else if starts_words(d, j) {
        match parse_words(d, j) {
            Some(n) => n,
            None => return Try::None,
        }
    } else {
        return Try::None;
    };
    let mut num = num;
    if word_sign {
        num.value = -num.value;
        num.negative = true;
        num.plain_int = false;
        num.start = i;
    }
    // Digits glued to a preceding word or hyphenated word: identifiers
    // ("Trainium2", "H100", "GPT-5", "COVID-19").
    if !prefix && !num.words && num.start > 0 && d.tight(num.start) {
        let p = num.start - 1;
        let glued_word = d.is_word(p);
        let hyphen_word = d.is_symbol(p)
            && matches!(d.t(p), "-" | "‑")
            && p > 0
            && d.tight(p)
            && d.is_word(p - 1)
            // not "5k-20k": a scale suffix glued to a number
            && !(p >= 2 && d.tight(p - 1) && d.is_digits(p - 2));
        let phone = d.is_sym(p, '+');
        if glued_word || hyphen_word || phone {
            let mut e = num.end;
            while e < d.len()
                && d.tight(e)
                && (d.is_word(e)
                    || d.is_digits(e)
                    || d.is_sym(e, '-')
                    || d.is_sym(e, '.') && d.is_digits(e + 1))
            {
                e += 1;
            }
            return Try::Skip(e);
        }
    }
    let mut k = num.end;
    // Digit chains joined by hyphens: phone numbers "222-2222-2222".
    if !num.words
        && d.is_sym(k, '-')
        && d.tight(k)
        && d.is_digits(k + 1)
        && d.tight(k + 1)
        && d.is_sym(k + 2, '-')
        && d.tight(k + 2)
        && d.is_digits(k + 3)
        && d.tight(k + 3)
    {
        let mut e = k + 4;
        while (d.is_sym(e, '-') || d.is_sym(e, '/'))
            && d.tight(e)
            && d.is_digits(e + 1)
            && d.tight(e + 1)
        {
            e += 2;
        }
        return Try::Skip(e);
    }
    // Times: "10:30", "2pm", "2.17pm", "2 p.m.".
    if !num.words {
        if d.is_sym(k, ':') && d.tight(k) && d.is_digits(k + 1) && d.tight(k + 1) {
            return Try::Skip(k + 2);
        }
        let w = d.l(k);
        if matches!(w, "am" | "pm") && ccy.is_none() {
            return Try::Skip(k + 1);
        }
        if matches!(w, "a" | "p") && d.is_sym(k + 1, '.') && d.is(k + 2, "m") {
            return Try::Skip(k + 3);
        }
    }
    let money_ctx = ccy.is_some();
    let mut scale = 1.0;
    // Glued suffix: scale, ordinal, decade, unit, code, or an identifier.
    let mut glued_unit: Option<Unit> = None;
    if !num.words && d.is_word(k) && d.tight(k) {
        let w = d.t(k);
        let address_like =
            matches!(w, "B" | "b") && !money_ctx && num.plain_int && d.capitalized(k + 1);
        if let Some(s) = scale_glued(w, money_ctx).filter(|_| !address_like) {
            scale *= s;
            k += 1;
        } else if matches!(d.l(k), "st" | "nd" | "rd" | "th" | "s") {
            return Try::Skip(k + 1);
        } else if w == "m" && !money_ctx {
            // "180m users" (million) vs "100m" (metres).
            if let Some((noun, e)) = count_noun(d, k + 1, 2.0) {
                scale *= 1e6;
                glued_unit = Some(Unit::Count(noun));
                k = e;
            } else {
                glued_unit = Some(Unit::Measure("m"));
                k += 1;
            }
        } else if !money_ctx && units::suffix(d, k).is_some() {
            // handled below (glued currency code or name: "115USD", "100元")
        } else if percent_at(d, k).is_none()
            && units::measure_at(d, k).is_none()
            && units::minor_at(d, k).is_none()
            && units::duration(d.l(k)).is_none()
            && !matches!(d.l(k), "x")
        {
            let mut e = k + 1;
            while e < d.len() && d.tight(e) && (d.is_word(e) || d.is_digits(e)) {
                e += 1;
            }
            return Try::Skip(e);
        }
    }
    // Spaced scale words: "5 billion", "1.9 million", "3 lakh crore".
    if !num.words || d.is_word(k) {
        loop {
            if !d.is_word(k) || (d.tight(k) && !num.words) {
                break;
            }
            match scale_spaced(d.t(k), d.l(k), money_ctx) {
                Some(s) if !num.words || matches!(d.l(k), "bn" | "mn" | "mln" | "bln" | "tn") => {
                    // "hundred" only after small whole numbers.
                    if s == 1e2 && (num.value.fract() != 0.0 || num.value >= 1000.0) {
                        break;
                    }
                    scale *= s;
                    k += 1;
                }
                _ => break,
            }
        }
    }
    if scale != 1.0 {
        num.scaled = true;
        num.scale = scale;
    }
    let mut value = crate::numbers::times(&num, scale);
    let mut plus = false;
    if d.is_sym(k, '+') && d.tight(k) {
        plus = true;
        k += 1;
    }
    let mut unit = Unit::None;
    if let Some(u) = glued_unit {
        unit = u;
    } else if let Some((u, f, e)) = percent_at(d, k) {
        unit = u;
        value *= f;
        k = e;
    } else if let Some(cc) = ccy {
        value = if cc.factor >= 1.0 {
            crate::numbers::times(&num, scale * cc.factor)
        } else {
            value * cc.factor
        };
        unit = Unit::Money(cc.code);
        // Redundant name after a symbol: "$ 10 dollars".
        if let Some((cc2, n)) = units::suffix(d, k)
            && cc2.code == cc.code
            && !d.is_symbol(k)
        {
            k += n;
        }
        // Millions after a code: "75 USD million" handled by suffix side.
    } else if matches!(d.l(k), "pound" | "pounds") && d.is(k + 1, "of") {
        unit = Unit::Measure("lb");
        k += 1;
    } else if let Some((cc, n)) = units::suffix(d, k).filter(|_| suffix_ok(d, k)) {
        value *= cc.factor;
        unit = Unit::Money(cc.code);
        k += n;
        // "75 USD million"
        if let Some(s) = d
            .is_word(k)
            .then(|| scale_spaced(d.t(k), d.l(k), true))
            .flatten()
            && !num.scaled
        {
            value = if cc.factor == 1.0 {
                crate::numbers::times(&num, s)
            } else {
                value * s
            };
            num.scaled = true;
            num.scale = s;
            k += 1;
        }
    } else if let Some((cc, n)) = units::minor_at(d, k) {
        value *= cc.factor;
        unit = Unit::Money(cc.code);
        k += n;
    } else if let Some((m, n)) = units::measure_at(d, k).filter(|_| !num.words || !d.tight(k)) {
        unit = Unit::Measure(m);
        k += n;
    } else if let Some(du) =
        units::duration(d.l(k)).filter(|_| (num.words || !d.tight(k)) && d.is_word(k))
    {
        // "quarter(s)" as a period only after digits or plural.
        unit = Unit::Duration(du);
        k += 1;
        if d.is_sym(k, '\'') && d.tight(k) {
            k += 1;
        }
    } else if d.is_sym(k, '-')
        && d.tight(k)
        && d.is_word(k + 1)
        && d.tight(k + 1)
        && !d.is(k + 1, "to")
    {
        // Hyphen-attached unit: "12-cent", "one-yen", "27-kilometer", "12-month".
        let w = d.l(k + 1);
        if let Some((cc, n)) = units::suffix(d, k + 1).or_else(|| units::minor_at(d, k + 1)) {
            value *= cc.factor;
            unit = Unit::Money(cc.code);
            k += 1 + n;
        } else if let Some((m, n)) = units::measure_at(d, k + 1) {
            unit = Unit::Measure(m);
            k += 1 + n;
        } else if let Some(du) = units::duration(w) {
            unit = Unit::Duration(du);
            k += 2;
        } else if num.words
            && let Some((den, plural, _)) = crate::numbers::denominator_of(w)
            && (plural != (num.value == 1.0))
        {
            // "one-eighth", "three-quarters"
            value /= den;
            k += 2;
        } else if num.words {
            return Try::Skip(k + 2);
        } else {
            // "4-for-1", "3-D", "two-door": a compound, not a quantity.
            return Try::Skip(k + 2);
        }
    } else if let Some((noun, e)) = count_noun(d, k, value) {
        unit = Unit::Count(noun);
        k = e;
    }
    Try::Q(Box::new(Uq {
        ts: i,
        te: k,
        num,
        value,
        unit,
        prefix,
        plus,
    }))
}

/// A symbol written after a number is a currency only when no number
/// follows it (otherwise it is the prefix of the next amount).
fn suffix_ok(d: &Doc<'_>, k: usize) -> bool {
    // A code glued to the next number is that number's prefix: "3 USD50".
    if d.is_word(k) && d.is_digits(k + 1) && d.tight(k + 1) {
        return false;
    }
    if d.is_symbol(k) {
        return !(d.is_digits(k + 1) || d.is_digits(k + 2) && d.is_sym(k + 1, '.'));
    }
    true
}

fn is_year(n: &Num) -> bool {
    n.plain_int && n.digits == 4 && !n.scaled && (1800.0..=2100.0).contains(&n.value)
}

fn sentence_initial(d: &Doc<'_>, i: usize) -> bool {
    i == 0
        || d.newline_before(i)
        || matches!(
            d.t(i - 1),
            "." | "!" | "?" | ":" | "\"" | "“" | "(" | "—" | "•" | "-" | "|"
        )
}

/// Numbers that are not quantities. Returns the token index to resume at.
fn excluded(d: &Doc<'_>, u: &Uq) -> bool {
    let n = &u.num;
    let unitless = matches!(u.unit, Unit::None | Unit::Count(_) | Unit::Duration(_));
    if !unitless {
        return false;
    }
    if is_year(n) {
        return true;
    }
    let s = n.start;
    // Dates: "April 20", "20 April", "Dec. 12".
    if !n.words && n.plain_int && n.value <= 31.0 && n.value >= 1.0 {
        let mut p = s;
        while p > 0 && (d.is_sym(p - 1, '.') || d.is_sym(p - 1, ',')) && p + 2 > s {
            p -= 1;
        }
        if p > 0 && d.is_word(p - 1) && words::month(d.t(p - 1), d.l(p - 1)).is_some() {
            return true;
        }
        if d.is_word(n.end) && words::month(d.t(n.end), d.l(n.end)).is_some() && !d.tight(n.end) {
            return true;
        }
    }
    // List markers: "1." at the start of a line.
    if !n.words
        && n.plain_int
        && d.newline_before(s)
        && (d.is_sym(n.end, '.') || d.is_sym(n.end, ')'))
        && d.tight(n.end)
    {
        return true;
    }
    if s > 0 && d.is_word(s - 1) && !d.tight(s) {
        let prev = d.l(s - 1);
        if words::is_label_word(prev) && (n.plain_int || !n.words) && !n.scaled {
            return true;
        }
        // A name followed by a number: "Claude 4", "Gemini 2.5", "Windows 11",
        // "iPhone 15".
        let camel = d.t(s - 1).chars().skip(1).any(char::is_uppercase)
            && d.t(s - 1).chars().any(char::is_lowercase);
        if (d.capitalized(s - 1) || d.all_caps(s - 1) || camel)
            && !n.words
            && !n.scaled
            && n.value < 1000.0
            && !words::is_common_capitalised(prev)
            && words::month(d.t(s - 1), prev).is_none()
            && !(sentence_initial(d, s - 1) && words::is_common_capitalised(prev))
        {
            return true;
        }
    }
    // "Boeing's 737": a number right after a name's possessive.
    if s >= 3
        && !n.words
        && !n.scaled
        && n.value < 1000.0
        && matches!(u.unit, Unit::None)
        && d.is(s - 1, "s")
        && d.is_symbol(s - 2)
        && matches!(d.t(s - 2), "'" | "’")
        && d.capitalized(s - 3)
        && words::month(d.t(s - 3), d.l(s - 3)).is_none()
    {
        return true;
    }
    // "one" alone is a pronoun; "one of", "one-off".
    if n.words && u.value == 1.0 && matches!(u.unit, Unit::None) {
        return true;
    }
    false
}

/// Bound and trend words before a quantity.
fn cues_before(d: &Doc<'_>, ts: usize) -> (Option<Bound>, Option<Trend>, usize) {
    // Collect up to six words back, stopping at clause punctuation.
    let mut ws: Vec<(usize, String)> = Vec::new();
    let mut p = ts;
    while p > 0 && ws.len() < 6 {
        let q = p - 1;
        if d.newline_before(p) && p != ts {
            break;
        }
        match d.kind(q) {
            Some(Tk::Word) => ws.push((q, d.l(q).to_string())),
            Some(Tk::Sym) => {
                let t = d.t(q);
                if matches!(t, "~" | "≈" | ">" | "<" | "≥" | "≤" | "=" | "-") {
                    ws.push((q, t.to_string()));
                } else {
                    break;
                }
            }
            _ => break,
        }
        if d.newline_before(q) {
            break;
        }
        p = q;
    }
    // ws is nearest-first. Drop filler words right before the number.
    let mut idx = 0;
    while idx < ws.len()
        && matches!(
            ws[idx].1.as_str(),
            "a" | "an"
                | "the"
                | "additional"
                | "another"
                | "further"
                | "extra"
                | "initial"
                | "its"
                | "their"
                | "his"
                | "her"
                | "for"
        )
    {
        idx += 1;
    }
    let rest: Vec<&str> = ws[idx..].iter().map(|(_, w)| w.as_str()).collect();
    let at = |n: usize| rest.get(n).copied().unwrap_or("");
    let mut bound = None;
    let mut used = 0;
    // "less than or equal to", "bigger or equal than", "equal to or more than".
    if matches!((at(1), at(0)), ("equal", "to" | "than")) || matches!(at(0), "equals" | "equal") {
        let n = if at(0) == "equals" || at(0) == "equal" {
            1
        } else {
            2
        };
        let lead: Vec<&str> = (n..n + 4).map(at).collect();
        let b = if lead.iter().any(|w| {
            matches!(
                *w,
                "less" | "smaller" | "lower" | "fewer" | "most" | "below" | "under"
            )
        }) {
            Bound::AtMost
        } else if lead.iter().any(|w| {
            matches!(
                *w,
                "more" | "greater" | "larger" | "bigger" | "higher" | "least" | "above" | "over"
            )
        }) {
            Bound::AtLeast
        } else {
            Bound::Exact
        };
        bound = Some(b);
        used = n + lead
            .iter()
            .take_while(|w| {
                matches!(
                    **w,
                    "or" | "than"
                        | "less"
                        | "smaller"
                        | "lower"
                        | "fewer"
                        | "more"
                        | "greater"
                        | "larger"
                        | "bigger"
                        | "higher"
                        | "at"
                        | "least"
                        | "most"
                        | "is"
                )
            })
            .count();
    }
    let phrase3 = (at(2), at(1), at(0));
    let phrase2 = (at(1), at(0));
    let b3 = match phrase3 {
        ("as", "much", "as")
        | ("as", "many", "as")
        | ("no", "more", "than")
        | ("not", "more", "than") => Some(Bound::AtMost),
        ("no", "less", "than")
        | ("not", "less", "than")
        | ("no", "fewer", "than")
        | ("in", "excess", "of") => Some(Bound::AtLeast),
        ("a", "maximum", "of") => Some(Bound::AtMost),
        ("a", "minimum", "of") => Some(Bound::AtLeast),
        ("as", "little", "as") | ("as", "few", "as") => Some(Bound::Approx),
        _ => None,
    };
    if let (Some(b), None) = (b3, bound) {
        bound = Some(b);
        used = 3;
    }
    if bound.is_none() {
        let b2 = match phrase2 {
            ("up", "to") => Some(Bound::AtMost),
            ("at", "most")
            | ("less", "than")
            | ("fewer", "than")
            | ("lower", "than")
            | ("smaller", "than")
            | ("maximum", "of")
            | ("capped", "at")
            | ("option", "for")
            | ("potential", "for") => Some(Bound::AtMost),
            ("more", "than")
            | ("at", "least")
            | ("north", "of")
            | ("upwards", "of")
            | ("upward", "of")
            | ("greater", "than")
            | ("higher", "than")
            | ("larger", "than")
            | ("bigger", "than")
            | ("minimum", "of")
            | ("well", "over")
            | ("well", "above")
            | (">", "=") => Some(Bound::AtLeast),
            ("close", "to")
            | ("an", "estimated")
            | ("just", "under")
            | ("just", "over")
            | ("just", "shy")
            | ("or", "so") => Some(Bound::Approx),
            ("<", "=") => Some(Bound::AtMost),
            _ => None,
        };
        if let Some(b) = b2 {
            bound = Some(b);
            used = 2;
        }
    }
    if bound.is_none() {
        let b1 = match at(0) {
            "over" | "above" | "exceeding" | "exceeds" | "exceeded" | "exceed" | "surpassed"
            | "surpassing" | "surpass" | "surpasses" | "topped" | "topping" | "beyond" | ">"
            | "≥" | "upwards" => Some(Bound::AtLeast),
            "under" | "below" | "potential" | "possible" | "potentially" | "<" | "≤" | "max" => {
                Some(Bound::AtMost)
            }
            "about" | "around" | "roughly" | "approximately" | "approx" | "nearly" | "almost"
            | "some" | "estimated" | "circa" | "ca" | "~" | "≈" | "approaching" => {
                Some(Bound::Approx)
            }
            "exactly" | "precisely" | "=" => Some(Bound::Exact),
            _ => None,
        };
        if let Some(b) = b1 {
            // "some" only directly before the number.
            if !(at(0) == "some" && idx > 0) {
                bound = Some(b);
                used = 1;
            }
        }
    }
    // Trend verb before (after any bound words and "by").
    let mut t = used;
    if at(t) == "by" {
        t += 1;
    }
    let trend = match at(t) {
        "rose" | "rise" | "rises" | "risen" | "rising" | "grew" | "grow" | "grows" | "growing"
        | "increased" | "increase" | "increases" | "increasing" | "jumped" | "jump" | "jumps"
        | "surged" | "surge" | "soared" | "climbed" | "climb" | "gained" | "gain" | "gains"
        | "up" | "higher" | "boosted" | "expanded" | "advanced" | "rallied" | "spiked"
        | "doubled" => {
            if at(t) == "up" && at(0) == "to" {
                None
            } else {
                Some(Trend::Up)
            }
        }
        "fell" | "fall" | "falls" | "falling" | "fallen" | "dropped" | "drop" | "drops"
        | "declined" | "decline" | "declines" | "decreased" | "decrease" | "decreases" | "slid"
        | "slide" | "sank" | "sink" | "slumped" | "plunged" | "plunge" | "tumbled" | "lost"
        | "lose" | "loses" | "down" | "lower" | "cut" | "cuts" | "cutting" | "reduced"
        | "reduce" | "reduces" | "slashed" | "slash" | "shrank" | "shrunk" | "shrink"
        | "contracted" | "eased" | "dipped" | "dip" | "retreated" => Some(Trend::Down),
        _ => None,
    };
    let cue_pos = if trend.is_some() { t + 1 } else { used };
    let cue_start = if cue_pos > 0 {
        ws.get(idx + cue_pos - 1).map(|(p, _)| *p).unwrap_or(ts)
    } else {
        ts
    };
    (bound, trend, cue_start)
}

/// Bound and trend words after a quantity.
fn cues_after(d: &Doc<'_>, te: usize) -> (Option<Bound>, Option<Trend>) {
    let a = d.l(te);
    let b = d.l(te + 1);
    let bound = match (a, b) {
        ("or", "more" | "higher" | "above" | "greater" | "over")
        | ("and", "up" | "above" | "over") => Some(Bound::AtLeast),
        ("or", "less" | "fewer" | "lower" | "below" | "under") => Some(Bound::AtMost),
        ("or", "so") => Some(Bound::Approx),
        ("plus", _) if !d.is_digits(te + 1) && !d.is_word(te + 1) => Some(Bound::AtLeast),
        _ => None,
    };
    // "a 24% year-over-year jump"
    let mut k = te;
    let mut n = 0;
    while n < 6
        && (matches!(
            d.l(k),
            "year"
                | "over"
                | "on"
                | "yoy"
                | "annual"
                | "annualized"
                | "quarterly"
                | "sequential"
                | "month"
                | "week"
                | "y"
                | "q"
        ) || d.is_sym(k, '-')
            || d.is_sym(k, '/'))
    {
        k += 1;
        n += 1;
    }
    let trend = match d.l(k) {
        "jump" | "increase" | "rise" | "gain" | "growth" | "surge" | "climb" | "boost"
        | "uptick" | "hike" | "rally" | "spike" | "improvement" => Some(Trend::Up),
        "drop" | "decline" | "decrease" | "fall" | "cut" | "reduction" | "slump" | "plunge"
        | "dip" | "contraction" | "slide" | "downturn" => Some(Trend::Down),
        _ => None,
    };
    (bound, trend)
}

fn same_family(a: &Unit, b: &Unit) -> bool {
    match (a, b) {
        (Unit::None, _) | (_, Unit::None) => true,
        (Unit::Count(_), Unit::Count(_)) => false,
        _ => a == b,
    }
}

fn trend_verb(w: &str) -> bool {
    matches!(
        w,
        "rose"
            | "rise"
            | "rises"
            | "grew"
            | "increased"
            | "jumped"
            | "surged"
            | "climbed"
            | "fell"
            | "dropped"
            | "declined"
            | "decreased"
            | "slid"
            | "sank"
            | "cut"
            | "reduced"
            | "raised"
            | "lowered"
            | "changed"
            | "moved"
            | "went"
            | "shifted"
            | "expanded"
            | "narrowed"
            | "widened"
            | "soared"
            | "plunged"
            | "tumbled"
    )
}

/// Try to read a quantity starting at token `i`.
fn quantity_at(d: &Doc<'_>, i: usize) -> Result<Q, usize> {
    // The tail of a hyphenated or slashed digit group that was not a range
    // ("2013-14", "24/7").
    if d.is_digits(i)
        && i >= 2
        && d.tight(i)
        && d.is_symbol(i - 1)
        && matches!(d.t(i - 1), "-" | "/")
        && d.tight(i - 1)
        && d.is_digits(i - 2)
    {
        return Err(i + 1);
    }
    // "a dollar", "a kilogram": one of a unit.
    if matches!(d.l(i), "a" | "an") && !d.is_word(i + 2) {
        let unit = units::suffix(d, i + 1)
            .filter(|(cc, n)| {
                *n == 1 && cc.factor == 1.0 && !d.is_symbol(i + 1) && !d.l(i + 1).ends_with('s')
            })
            .map(|(cc, _)| Unit::Money(cc.code))
            .or_else(|| {
                units::measure_at(d, i + 1)
                    .filter(|(_, n)| *n == 1)
                    .map(|(m, _)| Unit::Measure(m))
            });
        if let Some(unit) = unit {
            let (bound, _, cue_start) = cues_before(d, i);
            return Ok(Q {
                ts: i,
                te: i + 2,
                value: 1.0,
                value_max: None,
                unit,
                bound: bound.unwrap_or(Bound::Exact),
                trend: None,
                cue_start,
            });
        }
    }
    let uq1 = match parse_uq(d, i) {
        Try::Q(u) => *u,
        Try::Skip(e) => return Err(e.max(i + 1)),
        Try::None => return Err(i + 1),
    };
    let mut uq1 = uq1;
    let mut ts = uq1.ts;
    let mut te = uq1.te;
    let mut value = uq1.value;
    let mut value_max = None;
    let mut unit = uq1.unit.clone();
    let mut range = false;
    // Ranges: "$175 to $185 billion", "10-20", "between 10 and 12%".
    let k = te;
    let between = ts > 0 && d.is(ts - 1, "between");
    let from = ts > 0 && d.is(ts - 1, "from");
    let conn_next =
        if d.is(k, "to") || d.is(k, "through") || d.is(k, "thru") || (d.is(k, "and") && between) {
            // "between 2 g and about 7 g"
            let mut k2 = k + 1;
            if matches!(
                d.l(k2),
                "about" | "around" | "roughly" | "approximately" | "some"
            ) {
                k2 += 1;
            }
            Some((k2, false))
        } else if d.is_sym(k, '-') && d.tight(k) && d.is(k + 1, "to") {
            // "8- to 16-meter"
            Some((k + 2, false))
        } else if d.is_symbol(k)
            && matches!(d.t(k), "-" | "–" | "~" | "‑")
            && (d.tight(k) == d.tight(k + 1) || d.t(k) == "–")
        {
            if d.is(k + 1, "to") && d.t(k) == "-" {
                Some((k + 2, false))
            } else {
                Some((k + 1, true))
            }
        } else {
            None
        };
    if let Some((k2, hyphen)) = conn_next {
        let trend_before = {
            let p = if from { ts.saturating_sub(1) } else { ts };
            p > 0 && trend_verb(d.l(p - 1))
        };
        if let Try::Q(u2) = parse_uq(d, k2) {
            let u2 = *u2;
            let mut v1 = uq1.value;
            if !uq1.num.scaled && u2.num.scaled {
                v1 = if uq1.value == uq1.num.value {
                    crate::numbers::times(&uq1.num, u2.num.scale)
                } else {
                    v1 * u2.num.scale
                };
            }
            if matches!(uq1.unit, Unit::None)
                && let Unit::Money(_) = u2.unit
            {
                // "$10-$20" has both; "10-20 dollars": apply the minor factor
                let f = if u2.num.value != 0.0 && u2.num.scale != 0.0 {
                    u2.value / (u2.num.value * u2.num.scale)
                } else {
                    1.0
                };
                if f.is_finite() {
                    v1 *= f;
                }
            }
            let year_like = is_year(&uq1.num) || is_year(&u2.num);
            // "rise by $2 to $14.99": a change and a new level, not a range.
            let by_before = ts > 0 && d.is(ts - 1, "by");
            let ok = same_family(&uq1.unit, &u2.unit)
                && u2.value > v1
                && !trend_before
                && !by_before
                && !year_like
                && (!hyphen || uq1.num.words == u2.num.words)
                && !u2.num.negative
                && !(matches!(uq1.unit, Unit::None)
                    && u2.prefix
                    && !matches!(u2.unit, Unit::Money(_)));
            if ok {
                value = v1;
                value_max = Some(u2.value);
                if matches!(unit, Unit::None) {
                    unit = u2.unit.clone();
                }
                te = u2.te;
                range = true;
                if between || from {
                    ts -= 1;
                }
                uq1.plus = uq1.plus || u2.plus;
            }
        }
    }
    if !range {
        // Minor units after a whole amount: "3 dollars 50 cents", "$20 and 43c".
        if let Unit::Money(code) = unit
            && uq1.num.value.fract() == 0.0
            && !uq1.num.scaled
            && uq1.num.value < 1000.0
            && uq1.value == uq1.num.value
        {
            let mut k = te;
            if d.is(k, "and") {
                k += 1;
            }
            let minor = if d.is_digits(k) && !d.tight(k) {
                match parse_digits(d, k) {
                    DigitParse::Num(n) if n.plain_int && n.value >= 1.0 && n.value < 100.0 => {
                        Some(n)
                    }
                    _ => None,
                }
            } else if starts_words(d, k) && !d.is(k, "a") && !d.is(k, "an") {
                parse_words(d, k)
                    .filter(|n| n.value >= 1.0 && n.value < 100.0 && n.value.fract() == 0.0)
            } else {
                None
            };
            if let Some(m) = minor {
                let mut e = m.end;
                let unit_word = matches!(
                    d.l(e),
                    "cent" | "cents" | "c" | "pence" | "penny" | "sen" | "sens" | "kopiykas"
                ) || d.is_sym(e, '¢');
                if unit_word {
                    e += 1;
                }
                let next_ok = unit_word
                    || !d.is_word(e)
                    || matches!(
                        d.l(e),
                        "and" | "more" | "less" | "only" | "each" | "apiece" | "extra"
                    );
                let not_next_amount =
                    units::suffix(d, m.end).is_none() && units::measure_at(d, m.end).is_none();
                if next_ok
                    && not_next_amount
                    && !(d.is_digits(e)
                        || (d.is_sym(e, '.') && d.tight(e + 1) && d.is_digits(e + 1)))
                {
                    value += m.value / 100.0;
                    te = e;
                    let _ = code;
                }
            }
        }
    }
    if !range && excluded(d, &uq1) {
        return Err(uq1.te.max(i + 1));
    }
    if range && is_year(&uq1.num) {
        return Err(te.max(i + 1));
    }
    let (b_before, trend_b, cue_start) = cues_before(d, ts);
    let (b_after, trend_a) = cues_after(d, te);
    let mut bound = if range {
        Bound::Range
    } else {
        // "about five hundred or more": the explicit side wins over "about".
        match (b_before, b_after) {
            (Some(Bound::Approx) | None, Some(a)) => a,
            (b, a) => b.or(a).unwrap_or(Bound::Exact),
        }
    };
    if uq1.plus && !range {
        bound = Bound::AtLeast;
    }
    let trend = match unit {
        Unit::Percent | Unit::Points | Unit::Money(_) | Unit::Count(_) => trend_b.or(trend_a),
        _ => None,
    };
    if !value.is_finite() {
        return Err(te.max(i + 1));
    }
    Ok(Q {
        ts,
        te,
        value,
        value_max,
        unit,
        bound,
        trend,
        cue_start,
    })
}

/// Recognise every quantity in a tokenized text.
pub(crate) fn scan(d: &Doc<'_>) -> Vec<Q> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < d.len() {
        let starts = match d.kind(i) {
            Some(Tk::Digits) => true,
            Some(Tk::Sym) => true,
            Some(Tk::Word) => starts_words(d, i) || units::prefix(d, i).is_some(),
            None => false,
        };
        if !starts {
            i += 1;
            continue;
        }
        match quantity_at(d, i) {
            Ok(q) => {
                i = q.te.max(i + 1);
                out.push(q);
            }
            Err(next) => i = next,
        }
    }
    merge_bounds(d, &mut out);
    out
}

/// "greater than 100 and smaller than 300" → one range.
fn merge_bounds(d: &Doc<'_>, qs: &mut Vec<Q>) {
    let mut k = 0;
    while k + 1 < qs.len() {
        let (a, b) = (&qs[k], &qs[k + 1]);
        let pair = matches!(
            (a.bound, b.bound),
            (Bound::AtLeast, Bound::AtMost) | (Bound::AtMost, Bound::AtLeast)
        );
        let joined = b.cue_start > a.te
            && b.cue_start - a.te == 1
            && matches!(d.l(a.te), "and" | "but" | ",");
        let same = a.unit == b.unit || matches!(b.unit, Unit::None) || matches!(a.unit, Unit::None);
        if pair && joined && same {
            let (lo, hi) = if a.bound == Bound::AtLeast {
                (a.value, b.value)
            } else {
                (b.value, a.value)
            };
            if lo < hi {
                let unit = if matches!(a.unit, Unit::None) {
                    b.unit.clone()
                } else {
                    a.unit.clone()
                };
                let merged = Q {
                    ts: a.cue_start,
                    te: b.te,
                    value: lo,
                    value_max: Some(hi),
                    unit,
                    bound: Bound::Range,
                    trend: a.trend.or(b.trend),
                    cue_start: a.cue_start,
                };
                qs[k] = merged;
                qs.remove(k + 1);
            }
        }
        k += 1;
    }
}
