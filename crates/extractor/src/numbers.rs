//! Numbers written with digits ("1,234.5", ".77", "1e10", "3/4", "2 1/4",
//! "12,34,567.89") or words ("twenty-one", "a hundred and two",
//! "two point two million", "one and a half", "half a dozen", "two thirds").

use crate::lex::{Doc, Tk};

/// A parsed number: token range and value.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Num {
    pub start: usize,
    /// Token index after the number.
    pub end: usize,
    pub value: f64,
    /// Written with words only.
    pub words: bool,
    /// Digits: an integer written without separators, decimals or sign.
    pub plain_int: bool,
    /// Number of digits of a plain integer (for year detection).
    pub digits: usize,
    /// A scale word or suffix was applied ("billion", "bn", "k").
    pub scaled: bool,
    /// The multiplier applied by a scale, for distributing over ranges.
    pub scale: f64,
    pub negative: bool,
    /// Exact decimal form: mantissa digits × 10^exp (digit numbers only),
    /// so scales apply without rounding ("$4.1 billion" = 4100000000).
    pub dec: Option<(u128, i32)>,
}

/// Outcome of trying to read digits at a position.
pub(crate) enum DigitParse {
    Num(Num),
    /// Not a quantity at all: a dotted or slashed identifier such as an IP
    /// address, version or date ("192.168.1.2", "3.2.1", "5/17/2018").
    /// Carries the token index after it so the scanner skips the whole thing.
    Skip(usize),
    None,
}

/// Exact decimal value: mantissa × 10^exp, converted to f64 with one rounding.
pub(crate) fn dec_to_f64(digits: &str, exp: i32) -> f64 {
    let m: Option<u128> = if digits.len() <= 38 {
        digits.parse().ok()
    } else {
        None
    };
    match m {
        Some(m) if m < (1u128 << 100) => {
            let mf = m as f64;
            if exp >= 0 {
                mf * 10f64.powi(exp)
            } else {
                mf / 10f64.powi(-exp)
            }
        }
        _ => format!("{digits}e{exp}").parse().unwrap_or(f64::NAN),
    }
}

fn vulgar(c: char) -> Option<f64> {
    Some(match c {
        '½' => 0.5,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅕' => 0.2,
        '⅖' => 0.4,
        '⅗' => 0.6,
        '⅘' => 0.8,
        '⅙' => 1.0 / 6.0,
        '⅚' => 5.0 / 6.0,
        '⅛' => 0.125,
        '⅜' => 0.375,
        '⅝' => 0.625,
        '⅞' => 0.875,
        _ => return None,
    })
}

fn is_minus(s: &str) -> bool {
    matches!(s, "-" | "−")
}

/// Read a number written with digits starting at token `i`.
pub(crate) fn parse_digits(d: &Doc<'_>, i: usize) -> DigitParse {
    let mut j = i;
    let mut negative = false;
    // Sign: "-5", "−1.2" but not the hyphen of "GPT-5" or of a range "10-20".
    if d.is_symbol(j) && is_minus(d.t(j)) && d.is_digits(j + 1) && d.tight(j + 1) {
        let prev_ok = j == 0
            || !d.tight(j)
            || d.is_sym(j - 1, '(')
            || d.is_sym(j - 1, '$')
            || d.is_sym(j - 1, '€')
            || d.is_sym(j - 1, '£');
        if !prev_ok {
            return DigitParse::None;
        }
        negative = true;
        j += 1;
    }
    // Unicode vulgar fraction on its own: "½ tbsp".
    if d.is_symbol(j)
        && let Some(v) = d.t(j).chars().next().and_then(vulgar)
    {
        return DigitParse::Num(Num {
            start: i,
            end: j + 1,
            value: if negative { -v } else { v },
            words: false,
            plain_int: false,
            digits: 0,
            scaled: false,
            scale: 1.0,
            negative,
            dec: None,
        });
    }
    let mut int_digits = String::new();
    let mut frac_digits = String::new();
    let mut k;
    let mut plain_int = true;
    if d.is_sym(j, '.')
        && d.is_digits(j + 1)
        && d.tight(j + 1)
        && (j == 0 || !d.tight(j) || negative)
    {
        // ".77"
        frac_digits.push_str(d.t(j + 1));
        k = j + 2;
        plain_int = false;
        if d.is_sym(k, '.') && d.is_digits(k + 1) && d.tight(k) && d.tight(k + 1) {
            return DigitParse::Skip(k + 2);
        }
    } else if d.is_digits(j) {
        let first = d.t(j);
        int_digits.push_str(first);
        k = j + 1;
        // Thousands groups: "1,234,567" or Indian "12,34,567".
        let mut groups: Vec<&str> = Vec::new();
        let mut g = k;
        while d.is_sym(g, ',') && d.tight(g) && d.is_digits(g + 1) && d.tight(g + 1) {
            let s = d.t(g + 1);
            if s.len() != 2 && s.len() != 3 {
                break;
            }
            groups.push(s);
            g += 2;
        }
        let valid_groups = !groups.is_empty()
            && first.len() <= 3
            && (groups.iter().all(|s| s.len() == 3)
                || (first.len() <= 2
                    && groups.len() >= 2
                    && groups.last().is_some_and(|s| s.len() == 3)
                    && groups[..groups.len() - 1].iter().all(|s| s.len() == 2)));
        if valid_groups {
            for s in &groups {
                int_digits.push_str(s);
            }
            k = g;
            plain_int = false;
        } else if first.len() <= 3 {
            // Space groups: "1 234 567" (two or more groups), or one group
            // after a no-break or thin space ("40 000").
            let mut g = k;
            let mut n = 0;
            let mut buf = String::new();
            while d.is_digits(g) && d.t(g).len() == 3 {
                let gap = d.gap(g);
                let nb = matches!(gap, "\u{a0}" | "\u{202f}" | "\u{2009}");
                if !(nb || gap == " ") {
                    break;
                }
                // The group must not be followed by more digits glued on.
                buf.push_str(d.t(g));
                n += 1;
                g += 1;
                if nb && n == 1 && !(d.is_digits(g) && d.t(g).len() == 3) {
                    break;
                }
            }
            let nb_first = d.is_digits(k) && matches!(d.gap(k), "\u{a0}" | "\u{202f}" | "\u{2009}");
            // A lone "000"-style group after a plain space is a thousands group too.
            let zero_group = n == 1 && d.t(k).starts_with('0');
            if n >= 2 || (n == 1 && (nb_first || zero_group)) {
                int_digits.push_str(&buf);
                k = g;
                plain_int = false;
            }
        }
        // Decimal part.
        if d.is_sym(k, '.') && d.tight(k) && d.is_digits(k + 1) && d.tight(k + 1) {
            // Dotted identifiers: "192.168.1.2", "3.2.1".
            if d.is_sym(k + 2, '.') && d.tight(k + 2) && d.is_digits(k + 3) && d.tight(k + 3) {
                let mut e = k + 4;
                while d.is_sym(e, '.') && d.tight(e) && d.is_digits(e + 1) && d.tight(e + 1) {
                    e += 2;
                }
                return DigitParse::Skip(e);
            }
            frac_digits.push_str(d.t(k + 1));
            k += 2;
            plain_int = false;
        } else if plain_int
            && d.is_sym(k, '/')
            && d.tight(k)
            && d.is_digits(k + 1)
            && d.tight(k + 1)
        {
            // Fraction or date.
            if d.is_sym(k + 2, '/') && d.tight(k + 2) && d.is_digits(k + 3) && d.tight(k + 3) {
                return DigitParse::Skip(k + 4);
            }
            let a: f64 = first.parse().unwrap_or(f64::NAN);
            let b: f64 = d.t(k + 1).parse().unwrap_or(0.0);
            if !(2.0..=1000.0).contains(&b) || first.len() > 4 {
                return DigitParse::Skip(k + 2);
            }
            let v = a / b;
            return DigitParse::Num(Num {
                start: i,
                end: k + 2,
                value: if negative { -v } else { v },
                words: false,
                plain_int: false,
                digits: 0,
                scaled: false,
                scale: 1.0,
                negative,
                dec: None,
            });
        }
    } else {
        return DigitParse::None;
    }
    let mut exp: i32 = -(frac_digits.len() as i32);
    // Exponent: "1e10", "1.3e6", "12.32e+14", "-12e-1".
    if d.is_word(k) && d.tight(k) && matches!(d.t(k), "e" | "E") {
        let (sign, dig) = if (d.is_sym(k + 1, '+') || (d.is_symbol(k + 1) && is_minus(d.t(k + 1))))
            && d.tight(k + 1)
        {
            (if d.is_sym(k + 1, '+') { 1 } else { -1 }, k + 2)
        } else {
            (1, k + 1)
        };
        if d.is_digits(dig) && d.tight(dig) && !(d.is_word(dig + 1) && d.tight(dig + 1)) {
            let e: i32 = d.t(dig).parse().unwrap_or(0);
            exp = exp.saturating_add(sign * e.min(400));
            k = dig + 1;
            plain_int = false;
        }
    }
    let mut all = int_digits.clone();
    all.push_str(&frac_digits);
    let mut value = dec_to_f64(&all, exp);
    let mut dec = if all.len() <= 38 {
        all.parse::<u128>().ok().map(|m| (m, exp))
    } else {
        None
    };
    // Mixed fraction: "2 1/4", "2½".
    if plain_int && !int_digits.is_empty() {
        if d.is_symbol(k) && d.tight(k) {
            if let Some(f) = d.t(k).chars().next().and_then(vulgar) {
                value += f;
                dec = None;
                k += 1;
                plain_int = false;
            }
        } else if d.is_digits(k)
            && !d.tight(k)
            && d.is_sym(k + 1, '/')
            && d.tight(k + 1)
            && d.is_digits(k + 2)
            && d.tight(k + 2)
            && !(d.is_sym(k + 3, '/') && d.tight(k + 3))
        {
            let a: f64 = d.t(k).parse().unwrap_or(f64::NAN);
            let b: f64 = d.t(k + 2).parse().unwrap_or(0.0);
            if (2.0..=100.0).contains(&b) && a < b {
                value += a / b;
                dec = None;
                k += 3;
                plain_int = false;
            }
        }
    }
    if negative {
        value = -value;
        plain_int = false;
    }
    DigitParse::Num(Num {
        start: i,
        end: k,
        value,
        words: false,
        plain_int,
        digits: int_digits.len(),
        scaled: false,
        scale: 1.0,
        negative,
        dec,
    })
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum W {
    Unit(f64),
    Teen(f64),
    Tens(f64),
    Hundred,
    Scale(f64),
    Dozen,
}

fn word_kind(w: &str) -> Option<W> {
    Some(match w {
        "zero" | "nought" | "naught" => W::Unit(0.0),
        "one" => W::Unit(1.0),
        "two" => W::Unit(2.0),
        "three" => W::Unit(3.0),
        "four" => W::Unit(4.0),
        "five" => W::Unit(5.0),
        "six" => W::Unit(6.0),
        "seven" => W::Unit(7.0),
        "eight" => W::Unit(8.0),
        "nine" => W::Unit(9.0),
        "ten" => W::Teen(10.0),
        "eleven" => W::Teen(11.0),
        "twelve" => W::Teen(12.0),
        "thirteen" => W::Teen(13.0),
        "fourteen" => W::Teen(14.0),
        "fifteen" => W::Teen(15.0),
        "sixteen" => W::Teen(16.0),
        "seventeen" => W::Teen(17.0),
        "eighteen" => W::Teen(18.0),
        "nineteen" => W::Teen(19.0),
        "twenty" => W::Tens(20.0),
        "thirty" => W::Tens(30.0),
        "forty" | "fourty" => W::Tens(40.0),
        "fifty" => W::Tens(50.0),
        "sixty" => W::Tens(60.0),
        "seventy" => W::Tens(70.0),
        "eighty" => W::Tens(80.0),
        "ninety" => W::Tens(90.0),
        "hundred" => W::Hundred,
        "thousand" => W::Scale(1e3),
        "million" => W::Scale(1e6),
        "billion" => W::Scale(1e9),
        "trillion" => W::Scale(1e12),
        "lakh" | "lakhs" | "lac" | "lacs" => W::Scale(1e5),
        "crore" | "crores" => W::Scale(1e7),
        "dozen" => W::Dozen,
        _ => return None,
    })
}

/// Plural scale words accepted only after a number ("three billions").
fn plural_scale(w: &str) -> Option<W> {
    Some(match w {
        "thousands" => W::Scale(1e3),
        "millions" => W::Scale(1e6),
        "billions" => W::Scale(1e9),
        "trillions" => W::Scale(1e12),
        "dozens" => W::Dozen,
        "hundreds" => W::Hundred,
        _ => return None,
    })
}

/// Denominator words: (value, plural form, ambiguous with another sense).
pub(crate) fn denominator_of(w: &str) -> Option<(f64, bool, bool)> {
    denominator(w)
}

fn denominator(w: &str) -> Option<(f64, bool, bool)> {
    Some(match w {
        "half" => (2.0, false, true),
        "halves" => (2.0, true, false),
        "third" => (3.0, false, true),
        "thirds" => (3.0, true, false),
        "quarter" => (4.0, false, true),
        "quarters" => (4.0, true, true),
        "fourth" => (4.0, false, true),
        "fourths" => (4.0, true, false),
        "fifth" => (5.0, false, true),
        "fifths" => (5.0, true, false),
        "sixth" => (6.0, false, true),
        "sixths" => (6.0, true, false),
        "seventh" => (7.0, false, true),
        "sevenths" => (7.0, true, false),
        "eighth" => (8.0, false, true),
        "eighths" => (8.0, true, false),
        "ninth" => (9.0, false, true),
        "ninths" => (9.0, true, false),
        "tenth" => (10.0, false, true),
        "tenths" => (10.0, true, false),
        "hundredth" => (100.0, false, true),
        "hundredths" => (100.0, true, false),
        "thousandth" => (1000.0, false, true),
        "thousandths" => (1000.0, true, false),
        _ => return None,
    })
}

fn scale_follows(d: &Doc<'_>, i: usize) -> bool {
    matches!(word_kind(d.l(i)), Some(W::Scale(_) | W::Hundred | W::Dozen))
}

/// "of" or a non-word follows (so "quarter"/"half" is a fraction, not a period).
fn fraction_context(d: &Doc<'_>, i: usize) -> bool {
    !d.is_word(i) || d.is(i, "of") || scale_follows(d, i)
}

/// Digits for "point ..." decimals: "point zero three", "point seventy-one".
fn decimal_words(d: &Doc<'_>, mut i: usize) -> Option<(String, usize)> {
    let mut s = String::new();
    loop {
        match word_kind(d.l(i)) {
            Some(W::Unit(n)) => s.push_str(&format!("{}", n as u32)),
            Some(W::Teen(n)) => s.push_str(&format!("{}", n as u32)),
            Some(W::Tens(n)) => {
                let mut v = n as u32;
                if d.is_sym(i + 1, '-')
                    && d.tight(i + 1)
                    && d.tight(i + 2)
                    && let Some(W::Unit(u)) = word_kind(d.l(i + 2))
                {
                    v += u as u32;
                    i += 2;
                }
                s.push_str(&format!("{v}"));
            }
            _ => break,
        }
        i += 1;
    }
    if s.is_empty() { None } else { Some((s, i)) }
}

/// Read a number written in words starting at token `i`.
pub(crate) fn parse_words(d: &Doc<'_>, i: usize) -> Option<Num> {
    let mut j = i;
    let mut negative = false;
    if (d.is(j, "minus") || d.is(j, "negative")) && d.is_word(j + 1) {
        negative = true;
        j += 1;
    }
    let start_body = j;
    let mut total = 0.0f64;
    let mut cur = 0.0f64;
    let mut last: Option<W> = None;
    let mut max_scale = 0.0f64;
    let mut end = j;
    let mut integer = true;
    let mut any = false;

    // "half a dozen", "half a million", "half million", "a quarter million".
    let lead = d.l(j);
    if lead == "half" || lead == "quarter" {
        let f = if lead == "half" { 0.5 } else { 0.25 };
        let k = if d.is(j + 1, "a") { j + 2 } else { j + 1 };
        if let Some(W::Scale(s)) = word_kind(d.l(k)) {
            return Some(words_num(i, k + 1, f * s, negative));
        }
        if word_kind(d.l(k)) == Some(W::Dozen) {
            return Some(words_num(i, k + 1, f * 12.0, negative));
        }
        return None;
    }
    if lead == "a" || lead == "an" {
        let next = d.l(j + 1);
        match word_kind(next) {
            Some(W::Hundred | W::Scale(_) | W::Dozen) => {
                cur = 1.0;
                last = Some(W::Unit(1.0));
                j += 1;
            }
            _ => {
                // "a quarter million", "a half"/"a third of".
                if let Some((den, plural, _)) = denominator(next)
                    && !plural
                    && (next == "quarter" || next == "half")
                    && scale_follows(d, j + 2)
                {
                    let f = 1.0 / den;
                    if let Some(W::Scale(s)) = word_kind(d.l(j + 2)) {
                        return Some(words_num(i, j + 3, f * s, negative));
                    }
                }
                return None;
            }
        }
    }
    loop {
        let w = d.l(j);
        // Hyphen or spaced hyphen between number words: "twenty-one", "fifty - two".
        if any && matches!(last, Some(W::Tens(_))) {
            let k = if d.is_symbol(j) && matches!(d.t(j), "-" | "—" | "–") {
                j + 1
            } else {
                j
            };
            if matches!(
                d.l(k),
                "first"
                    | "second"
                    | "third"
                    | "fourth"
                    | "fifth"
                    | "sixth"
                    | "seventh"
                    | "eighth"
                    | "ninth"
            ) {
                return None;
            }
        }
        if d.is_sym(j, '-') && any && matches!(last, Some(W::Tens(_))) {
            if let Some(W::Unit(_)) = word_kind(d.l(j + 1)) {
                j += 1;
                continue;
            }
            break;
        }
        if w == "and" && any && matches!(last, Some(W::Hundred | W::Scale(_))) {
            match word_kind(d.l(j + 1)) {
                // "two million and two thirds": the fraction is read below.
                Some(W::Unit(_)) if denominator(d.l(j + 2)).is_some() => break,
                Some(W::Unit(_) | W::Teen(_) | W::Tens(_)) => {
                    j += 1;
                    continue;
                }
                _ => break,
            }
        }
        let kind = match word_kind(w) {
            Some(k) => Some(k),
            None if any => plural_scale(w),
            None => None,
        };
        let Some(kind) = kind else { break };
        match kind {
            W::Unit(n) => {
                match last {
                    None | Some(W::Hundred | W::Scale(_) | W::Dozen) => {}
                    Some(W::Tens(_)) if cur % 10.0 == 0.0 => {}
                    _ => break,
                }
                cur += n;
            }
            W::Teen(n) | W::Tens(n) => {
                match last {
                    None | Some(W::Hundred | W::Scale(_)) => {}
                    _ => break,
                }
                if matches!(last, Some(W::Hundred))
                    || last.is_none()
                    || matches!(last, Some(W::Scale(_)))
                {
                    cur += n;
                }
            }
            W::Hundred => {
                if !matches!(last, Some(W::Unit(_) | W::Teen(_) | W::Tens(_))) || cur >= 100.0 {
                    break;
                }
                cur *= 100.0;
            }
            W::Scale(s) => {
                if last.is_none() || matches!(last, Some(W::Dozen)) {
                    break;
                }
                if s > max_scale && max_scale > 0.0 {
                    total = (total + cur) * s;
                } else {
                    total += cur.max(if matches!(last, Some(W::Scale(_))) {
                        0.0
                    } else {
                        1.0
                    }) * s;
                }
                if matches!(last, Some(W::Scale(_))) && cur == 0.0 && s <= max_scale {
                    break;
                }
                max_scale = max_scale.max(s);
                cur = 0.0;
            }
            W::Dozen => {
                if last.is_none() {
                    break;
                }
                cur = cur.max(1.0) * 12.0;
            }
        }
        last = Some(kind);
        any = true;
        j += 1;
        end = j;
    }
    if !any {
        return None;
    }
    let mut value = total + cur;
    // "two point two million", "nine point nought four".
    if d.is(end, "point")
        && matches!(last, Some(W::Unit(_) | W::Teen(_) | W::Tens(_)))
        && let Some((frac, k)) = decimal_words(d, end + 1)
    {
        let whole = format!("{}", cur as u64);
        let v = dec_to_f64(&format!("{whole}{frac}"), -(frac.len() as i32));
        value = total + v;
        end = k;
        integer = false;
        if let Some(W::Scale(s)) = word_kind(d.l(end)) {
            value *= s;
            end += 1;
            integer = value.fract() == 0.0;
        }
    }
    // Fractions: "two thirds", "three quarters (of|billion)", "one fifth".
    if total == 0.0 && cur > 0.0 && cur < 100.0 {
        let w = d.l(end);
        if let Some((den, plural, ambiguous)) = denominator(w) {
            let number_ok = if cur == 1.0 { !plural } else { plural };
            if number_ok && (!ambiguous || fraction_context(d, end + 1)) {
                value = cur / den;
                end += 1;
                integer = false;
                if let Some(W::Scale(s)) = word_kind(d.l(end)) {
                    value *= s;
                    end += 1;
                }
            }
        }
    }
    // Mixed: "one and a half", "two and three quarters", "five and a quarter".
    if d.is(end, "and") {
        let k = end + 1;
        let (n, k2) = if d.is(k, "a") || d.is(k, "one") {
            (1.0, k + 1)
        } else if let Some(W::Unit(n)) = word_kind(d.l(k)) {
            (n, k + 1)
        } else {
            (0.0, k)
        };
        if n > 0.0
            && let Some((den, plural, _)) = denominator(d.l(k2))
            && ((n == 1.0 && !plural) || (n > 1.0 && plural))
        {
            let frac = n / den;
            end = k2 + 1;
            integer = false;
            if let Some(W::Scale(s)) = word_kind(d.l(end)) {
                // "one billion and a half million"
                value += frac * s;
                end += 1;
            } else if cur == 0.0 && max_scale > 0.0 {
                // "one million and a half": a half of the last scale.
                value += frac * max_scale;
            } else {
                value += frac;
            }
        }
    }
    let _ = integer;
    let _ = start_body;
    Some(words_num(i, end, value, negative))
}

fn words_num(start: usize, end: usize, value: f64, negative: bool) -> Num {
    Num {
        start,
        end,
        value: if negative { -value } else { value },
        words: true,
        plain_int: false,
        digits: 0,
        scaled: false,
        scale: 1.0,
        negative,
        dec: None,
    }
}

/// `num` times `factor`, exactly when the number was written in decimal
/// digits and the factor is a power of ten.
pub(crate) fn times(num: &Num, factor: f64) -> f64 {
    if let Some((m, e)) = num.dec {
        let k = factor.log10().round();
        if (0.0..=30.0).contains(&k) && 10f64.powi(k as i32) == factor {
            let v = dec_to_f64(&m.to_string(), e + k as i32);
            return if num.negative { -v } else { v };
        }
    }
    num.value * factor
}

/// Is token `i` a word that can begin a number?
pub(crate) fn starts_words(d: &Doc<'_>, i: usize) -> bool {
    if d.kind(i) != Some(Tk::Word) {
        return false;
    }
    let w = d.l(i);
    word_kind(w).is_some() || matches!(w, "a" | "an" | "half" | "quarter" | "minus" | "negative")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Option<(f64, usize)> {
        let d = Doc::new(s);
        parse_words(&d, 0).map(|n| (n.value, n.end))
    }

    fn digits(s: &str) -> Option<f64> {
        let d = Doc::new(s);
        match parse_digits(&d, 0) {
            DigitParse::Num(n) => Some(n.value),
            _ => None,
        }
    }

    #[test]
    fn word_numbers() {
        assert_eq!(
            words("twenty-one trillion three hundred").map(|x| x.0),
            Some(21e12 + 300.0)
        );
        assert_eq!(words("a hundred and two").map(|x| x.0), Some(102.0));
        assert_eq!(words("two point two million").map(|x| x.0), Some(2.2e6));
        assert_eq!(words("one and a half").map(|x| x.0), Some(1.5));
        assert_eq!(words("half a dozen").map(|x| x.0), Some(6.0));
        assert_eq!(words("three lakh crore").map(|x| x.0), Some(3e12));
        assert_eq!(words("3 dozens").map(|x| x.0), None);
        assert_eq!(words("two thirds").map(|x| x.0), Some(2.0 / 3.0));
        assert_eq!(words("a dozen").map(|x| x.0), Some(12.0));
        assert_eq!(words("one million").map(|x| x.0), Some(1e6));
        assert!(words("the").is_none());
    }

    #[test]
    fn digit_numbers() {
        assert_eq!(digits("1,234,567"), Some(1234567.0));
        assert_eq!(digits("12,34,567.89"), Some(1234567.89));
        assert_eq!(digits(".77"), Some(0.77));
        assert_eq!(digits("1.3e6"), Some(1.3e6));
        assert_eq!(digits("-504"), Some(-504.0));
        assert_eq!(digits("3/4"), Some(0.75));
        assert_eq!(digits("2 1/4"), Some(2.25));
        assert_eq!(digits("35.6"), Some(35.6));
        assert!(digits("192.168.1.2").is_none());
        assert!(digits("5/17/2018").is_none());
    }
}
