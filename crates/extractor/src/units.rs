//! Lexicons for currencies (symbols, ISO codes, names, minor units),
//! physical units and time durations.

use crate::lex::Doc;

/// A currency found next to a number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Ccy {
    pub code: &'static str,
    /// Multiply the number by this (0.01 for cents, 1e6 for "MUSD").
    pub factor: f64,
}

const fn c(code: &'static str) -> Ccy {
    Ccy { code, factor: 1.0 }
}

/// ISO 4217 codes recognised when written in upper case next to a number.
fn iso_upper(w: &str) -> Option<&'static str> {
    Some(match w {
        "USD" => "USD",
        "EUR" => "EUR",
        "GBP" => "GBP",
        "JPY" => "JPY",
        "CNY" => "CNY",
        "RMB" => "CNY",
        "INR" => "INR",
        "CAD" => "CAD",
        "AUD" => "AUD",
        "NZD" => "NZD",
        "CHF" => "CHF",
        "HKD" => "HKD",
        "SGD" => "SGD",
        "SEK" => "SEK",
        "NOK" => "NOK",
        "DKK" => "DKK",
        "KRW" => "KRW",
        "BRL" => "BRL",
        "MXN" => "MXN",
        "ZAR" => "ZAR",
        "RUB" => "RUB",
        "TRY" => "TRY",
        "PLN" => "PLN",
        "ILS" => "ILS",
        "AED" => "AED",
        "SAR" => "SAR",
        "QAR" => "QAR",
        "KWD" => "KWD",
        "BHD" => "BHD",
        "OMR" => "OMR",
        "EGP" => "EGP",
        "LBP" => "LBP",
        "MYR" => "MYR",
        "IDR" => "IDR",
        "THB" => "THB",
        "PHP" => "PHP",
        "VND" => "VND",
        "NGN" => "NGN",
        "KES" => "KES",
        "UAH" => "UAH",
        "CZK" => "CZK",
        "HUF" => "HUF",
        "RON" => "RON",
        "BGN" => "BGN",
        "MNT" => "MNT",
        "TWD" => "TWD",
        "ARS" => "ARS",
        "CLP" => "CLP",
        "COP" => "COP",
        "PEN" => "PEN",
        "PKR" => "PKR",
        "LKR" => "LKR",
        "BTC" => "BTC",
        _ => return None,
    })
}

/// Lower-case codes that are safe to read as currencies (not English words).
fn iso_lower(w: &str) -> Option<&'static str> {
    Some(match w {
        "usd" => "USD",
        "eur" => "EUR",
        "gbp" => "GBP",
        "jpy" => "JPY",
        "cny" => "CNY",
        "rmb" => "CNY",
        "inr" => "INR",
        "cad" => "CAD",
        "aud" => "AUD",
        "nzd" => "NZD",
        "chf" => "CHF",
        "hkd" => "HKD",
        "sgd" => "SGD",
        "mxn" => "MXN",
        "btc" => "BTC",
        _ => return None,
    })
}

fn code_word(d: &Doc<'_>, i: usize) -> Option<Ccy> {
    let t = d.t(i);
    if let Some(code) = iso_upper(t).or_else(|| iso_lower(t)) {
        return Some(c(code));
    }
    // "MUSD", "MEUR": millions of the currency.
    if t.len() == 4 && (t.starts_with('M') || t.starts_with('m')) {
        let rest = &t[1..];
        if let Some(code) = iso_upper(rest).or_else(|| iso_lower(rest)) {
            return Some(Ccy { code, factor: 1e6 });
        }
    }
    match t {
        "RM" => Some(c("MYR")),
        "Rs" | "rs" => Some(c("INR")),
        _ => None,
    }
}

fn symbol(s: &str) -> Option<Ccy> {
    let ch = s.chars().next()?;
    Some(c(match ch {
        '$' => "USD",
        '€' => "EUR",
        '£' => "GBP",
        '¥' => "JPY",
        '₹' => "INR",
        '₩' => "KRW",
        '₽' => "RUB",
        '₺' => "TRY",
        '₪' => "ILS",
        '₫' => "VND",
        '₱' => "PHP",
        '₦' => "NGN",
        '₴' => "UAH",
        '₿' => "BTC",
        '₡' => "CRC",
        '₾' => "GEL",
        '₭' => "LAK",
        '฿' => "THB",
        _ => return None,
    }))
}

/// Letters written before "$" that name a dollar: "US$", "C$", "HK$".
fn dollar_prefix(t: &str) -> Option<&'static str> {
    Some(match t {
        "US" | "us" | "USD" | "usd" => "USD",
        "C" | "c" | "CA" | "CAN" | "Can" | "CAD" | "cad" => "CAD",
        "A" | "AU" | "AUD" | "aud" => "AUD",
        "NZ" | "nz" | "NZD" | "nzd" => "NZD",
        "HK" | "hk" | "HKD" | "hkd" => "HKD",
        "S" | "SG" | "SGD" => "SGD",
        "NT" => "TWD",
        "R" => "BRL",
        "MX" | "Mex" | "mex" | "MXN" | "mxn" => "MXN",
        _ => return None,
    })
}

/// Currency written before a number. Returns the currency and the token
/// index where the number should start.
pub(crate) fn prefix(d: &Doc<'_>, i: usize) -> Option<(Ccy, usize)> {
    // Must not be glued to a preceding word ("investment$13B" is fine: the
    // symbol itself may follow letters, but a code must start a word).
    if d.is_symbol(i) {
        return symbol(d.t(i)).map(|cc| (cc, i + 1));
    }
    if !d.is_word(i) {
        return None;
    }
    if i > 0 && d.tight(i) && (d.is_word(i - 1) || d.is_digits(i - 1)) {
        return None;
    }
    let t = d.t(i);
    // "U.S. $", "u.s $"
    if d.is(i, "u") && d.is_sym(i + 1, '.') && d.is(i + 2, "s") {
        let mut k = i + 3;
        if d.is_sym(k, '.') {
            k += 1;
        }
        if d.is_sym(k, '$') {
            return Some((c("USD"), k + 1));
        }
        return None;
    }
    if d.is_sym(i + 1, '$')
        && let Some(code) = dollar_prefix(t)
    {
        let spaced_ok = matches!(
            t,
            "US" | "c"
                | "C"
                | "hk"
                | "HK"
                | "nz"
                | "NZ"
                | "mex"
                | "Mex"
                | "cad"
                | "aud"
                | "nzd"
                | "hkd"
                | "usd"
                | "mxn"
                | "USD"
                | "CAD"
                | "AUD"
        );
        if d.tight(i + 1) || spaced_ok {
            return Some((c(code), i + 2));
        }
    }
    let cc = code_word(d, i)?;
    // "Rs." / "Rs 20" / "RM42" / "USD 200" / "USD115"
    let mut k = i + 1;
    if t.eq_ignore_ascii_case("rs") && d.is_sym(k, '.') {
        k += 1;
    }
    if d.is_digits(k) {
        return Some((cc, k));
    }
    None
}

/// Currency names after a number, longest first. Returns (currency, tokens used).
fn name_at(d: &Doc<'_>, i: usize) -> Option<(Ccy, usize)> {
    let w0 = d.l(i);
    let w1 = d.l(i + 1);
    let w2 = d.l(i + 2);
    // Three-word names.
    let three = match (w0, w1, w2) {
        ("new", "zealand", "dollar" | "dollars") => Some("NZD"),
        ("hong", "kong", "dollar" | "dollars") => Some("HKD"),
        ("south", "african", "rand") => Some("ZAR"),
        ("south", "korean", "won") => Some("KRW"),
        ("sri", "lankan", "rupee" | "rupees") => Some("LKR"),
        _ => None,
    };
    if let Some(code) = three {
        return Some((c(code), 3));
    }
    if w0 == "u" && d.is_sym(i + 1, '.') && d.is(i + 2, "s") {
        let mut k = i + 3;
        if d.is_sym(k, '.') {
            k += 1;
        }
        if matches!(d.l(k), "dollar" | "dollars") {
            return Some((c("USD"), k + 1 - i));
        }
    }
    let two = match (w0, w1) {
        ("us" | "american", "dollar" | "dollars") => Some("USD"),
        ("canadian", "dollar" | "dollars") => Some("CAD"),
        ("australian", "dollar" | "dollars") => Some("AUD"),
        ("singapore", "dollar" | "dollars") => Some("SGD"),
        ("taiwan" | "taiwanese", "dollar" | "dollars") => Some("TWD"),
        ("mexican", "peso" | "pesos") => Some("MXN"),
        ("philippine", "peso" | "pesos") => Some("PHP"),
        ("pound" | "pounds", "sterling") => Some("GBP"),
        ("british", "pound" | "pounds") => Some("GBP"),
        ("egyptian", "pound" | "pounds") => Some("EGP"),
        ("lebanese", "pound" | "pounds") => Some("LBP"),
        ("japanese", "yen") => Some("JPY"),
        ("chinese", "yuan") => Some("CNY"),
        ("indian", "rupee" | "rupees") => Some("INR"),
        ("pakistani", "rupee" | "rupees") => Some("PKR"),
        ("swiss", "franc" | "francs") => Some("CHF"),
        ("french", "franc" | "francs") => Some("FRF"),
        ("turkish", "lira" | "liras") => Some("TRY"),
        ("brazilian", "real" | "reais") => Some("BRL"),
        ("swedish", "krona" | "kronor") => Some("SEK"),
        ("norwegian", "krone" | "kroner") => Some("NOK"),
        ("danish", "krone" | "kroner") => Some("DKK"),
        ("kuwaiti", "dinar" | "dinars") => Some("KWD"),
        ("qatari", "riyal" | "riyals") => Some("QAR"),
        ("saudi", "riyal" | "riyals") => Some("SAR"),
        ("malaysian" | "malaysia", "ringgit" | "ringgits") => Some("MYR"),
        ("finnish", "markka" | "markkaa") => Some("FIM"),
        ("dutch" | "netherlands", "guilder" | "guilders") => Some("NLG"),
        ("deutsche", "mark" | "marks") => Some("DEM"),
        ("south", "african") if d.is(i + 2, "rand") => Some("ZAR"),
        _ => None,
    };
    if let Some(code) = two {
        return Some((c(code), 2));
    }
    let one = match w0 {
        "dollar" | "dollars" | "bucks" => Some(c("USD")),
        "euro" | "euros" => Some(c("EUR")),
        "pound" | "pounds" | "quid" | "sterling" => Some(c("GBP")),
        "yen" => Some(c("JPY")),
        "yuan" | "renminbi" | "kuai" => Some(c("CNY")),
        "rupee" | "rupees" => Some(c("INR")),
        "rupiah" => Some(c("IDR")),
        "ringgit" | "ringgits" => Some(c("MYR")),
        "franc" | "francs" => Some(c("CHF")),
        "lira" => Some(c("TRY")),
        "peso" | "pesos" => Some(c("MXN")),
        "rand" => Some(c("ZAR")),
        "reais" => Some(c("BRL")),
        "rouble" | "roubles" | "ruble" | "rubles" => Some(c("RUB")),
        "won" => Some(c("KRW")),
        "krona" | "kronor" => Some(c("SEK")),
        "krone" | "kroner" => Some(c("NOK")),
        "shekel" | "shekels" => Some(c("ILS")),
        "dinar" | "dinars" => Some(c("KWD")),
        "riyal" | "riyals" => Some(c("SAR")),
        "rial" | "rials" => Some(c("IRR")),
        "dirham" | "dirhams" => Some(c("AED")),
        "baht" => Some(c("THB")),
        "naira" => Some(c("NGN")),
        "hryvnia" | "hryvnias" => Some(c("UAH")),
        "zloty" | "zlotys" => Some(c("PLN")),
        "forint" | "forints" => Some(c("HUF")),
        "koruna" => Some(c("CZK")),
        "tugrik" | "tugriks" | "tugrug" => Some(c("MNT")),
        "markka" => Some(c("FIM")),
        "guilder" | "guilders" => Some(c("NLG")),
        "peseta" | "pesetas" => Some(c("ESP")),
        "bitcoin" | "bitcoins" => Some(c("BTC")),
        "satoshi" | "satoshis" => Some(Ccy {
            code: "BTC",
            factor: 1e-8,
        }),
        "元" => Some(c("CNY")),
        "ரூ" => Some(c("LKR")),
        _ => None,
    };
    one.map(|cc| (cc, 1))
}

/// Minor units: cents, pence.
pub(crate) fn minor_at(d: &Doc<'_>, i: usize) -> Option<(Ccy, usize)> {
    let w = d.l(i);
    match w {
        "cent" | "cents" => Some((
            Ccy {
                code: "USD",
                factor: 0.01,
            },
            1,
        )),
        "penny" | "pennies" | "pence" => Some((
            Ccy {
                code: "GBP",
                factor: 0.01,
            },
            1,
        )),
        "c" if !d.is_word(i + 1) && d.t(i) == "c" => Some((
            Ccy {
                code: "USD",
                factor: 0.01,
            },
            1,
        )),
        _ if d.is_sym(i, '¢') => Some((
            Ccy {
                code: "USD",
                factor: 0.01,
            },
            1,
        )),
        _ => None,
    }
}

/// Currency written after a number. Returns the currency and tokens used.
pub(crate) fn suffix(d: &Doc<'_>, i: usize) -> Option<(Ccy, usize)> {
    if d.is_symbol(i) {
        let t = d.t(i);
        if t.starts_with('%') {
            return None;
        }
        return symbol(t).map(|cc| (cc, 1));
    }
    if !d.is_word(i) {
        return None;
    }
    // "3.14US$"
    if d.is_sym(i + 1, '$')
        && d.tight(i + 1)
        && let Some(code) = dollar_prefix(d.t(i))
    {
        return Some((c(code), 2));
    }
    if let Some(cc) = code_word(d, i) {
        if d.t(i).eq_ignore_ascii_case("rs") || d.t(i) == "RM" {
            return Some((cc, 1));
        }
        return Some((cc, 1));
    }
    name_at(d, i)
}

/// Physical units: returns (canonical symbol, tokens used).
pub(crate) fn measure_at(d: &Doc<'_>, i: usize) -> Option<(&'static str, usize)> {
    // Multi-token forms first.
    let w0 = d.l(i);
    let w1 = d.l(i + 1);
    if d.is_sym(i, '°') {
        return match d.t(i + 1) {
            "C" => Some(("°C", 2)),
            "F" => Some(("°F", 2)),
            _ => Some(("°", 1)),
        };
    }
    match (w0, w1) {
        ("degrees" | "degree", "celsius" | "centigrade") => return Some(("°C", 2)),
        ("degrees" | "degree", "fahrenheit") => return Some(("°F", 2)),
        ("square" | "sq", "kilometers" | "kilometres" | "km") => return Some(("km2", 2)),
        ("square" | "sq", "miles" | "mile" | "mi") => return Some(("mi2", 2)),
        ("square" | "sq", "feet" | "foot" | "ft") => return Some(("ft2", 2)),
        ("square" | "sq", "meters" | "metres" | "m") => return Some(("m2", 2)),
        ("cubic", "kilometers" | "kilometres") => return Some(("km3", 2)),
        ("cubic", "meters" | "metres") => return Some(("m3", 2)),
        ("cubic", "feet") => return Some(("ft3", 2)),
        ("metric", "tons" | "tonnes") => return Some(("t", 2)),
        _ => {}
    }
    // "km2", "km^2", "km/h", "m/s"
    let t = d.t(i);
    if d.is_word(i) {
        if d.is_digits(i + 1) && d.tight(i + 1) {
            let unit = match (t, d.t(i + 1)) {
                ("km", "2") => Some("km2"),
                ("km", "3") => Some("km3"),
                ("m", "2") => Some("m2"),
                ("m", "3") => Some("m3"),
                _ => None,
            };
            if unit.is_some() && !(d.is_word(i + 2) && d.tight(i + 2)) {
                return unit.map(|u| (u, 2));
            }
            return None;
        }
        if d.is_sym(i + 1, '/') && d.tight(i + 1) && d.tight(i + 2) {
            let unit = match (t, d.t(i + 2)) {
                ("km", "h") => Some("km/h"),
                ("m", "s") => Some("m/s"),
                _ => None,
            };
            if unit.is_some() {
                return unit.map(|u| (u, 3));
            }
        }
        if d.is_word(i + 1) && d.tight(i + 1) {
            return None;
        }
    }
    // Case-sensitive symbols.
    let sym = match t {
        "mm" => Some("mm"),
        "cm" => Some("cm"),
        "km" => Some("km"),
        "mi" => Some("mi"),
        "ft" => Some("ft"),
        "nm" => Some("nm"),
        "mg" => Some("mg"),
        "kg" => Some("kg"),
        "lb" | "lbs" => Some("lb"),
        "oz" => Some("oz"),
        "ml" | "mL" => Some("ml"),
        "cl" => Some("cl"),
        "L" => Some("l"),
        "W" => Some("W"),
        "kW" => Some("kW"),
        "MW" => Some("MW"),
        "GW" => Some("GW"),
        "TW" => Some("TW"),
        "Wh" => Some("Wh"),
        "kWh" => Some("kWh"),
        "MWh" => Some("MWh"),
        "GWh" => Some("GWh"),
        "TWh" => Some("TWh"),
        "eV" => Some("eV"),
        "keV" => Some("keV"),
        "MeV" => Some("MeV"),
        "GeV" => Some("GeV"),
        "TeV" => Some("TeV"),
        "Hz" => Some("Hz"),
        "kHz" => Some("kHz"),
        "MHz" => Some("MHz"),
        "GHz" => Some("GHz"),
        "KB" | "kB" => Some("kB"),
        "MB" => Some("MB"),
        "GB" => Some("GB"),
        "TB" => Some("TB"),
        "PB" => Some("PB"),
        "EB" => Some("EB"),
        "Gbps" => Some("Gbit/s"),
        "Mbps" => Some("Mbit/s"),
        "mph" => Some("mph"),
        "kph" => Some("km/h"),
        "bbl" => Some("bbl"),
        "bpd" => Some("bbl/d"),
        "tpd" => Some("t/d"),
        "ha" => Some("ha"),
        "mGy" => Some("mGy"),
        "t" => Some("t"),
        "g" => Some("g"),
        "m" => Some("m"),
        "hp" => Some("hp"),
        _ => None,
    };
    if let Some(s) = sym {
        return Some((s, 1));
    }
    let name = match w0 {
        "meter" | "meters" | "metre" | "metres" => "m",
        "kilometer" | "kilometers" | "kilometre" | "kilometres" => "km",
        "centimeter" | "centimeters" | "centimetre" | "centimetres" => "cm",
        "millimeter" | "millimeters" | "millimetre" | "millimetres" => "mm",
        "nanometer" | "nanometers" | "nanometre" | "nanometres" => "nm",
        "mile" | "miles" => "mi",
        "foot" | "feet" => "ft",
        "inch" | "inches" => "in",
        "yard" | "yards" => "yd",
        "gram" | "grams" | "grammes" => "g",
        "kilogram" | "kilograms" | "kilo" | "kilos" => "kg",
        "milligram" | "milligrams" => "mg",
        "tonne" | "tonnes" | "ton" | "tons" => "t",
        "ounce" | "ounces" => "oz",
        "litre" | "litres" | "liter" | "liters" => "l",
        "millilitre" | "millilitres" | "milliliter" | "milliliters" => "ml",
        "gallon" | "gallons" => "gal",
        "barrel" | "barrels" => "bbl",
        "cup" | "cups" => "cup",
        "tablespoon" | "tablespoons" | "tbsp" => "tbsp",
        "teaspoon" | "teaspoons" | "tsp" => "tsp",
        "acre" | "acres" => "acre",
        "hectare" | "hectares" => "ha",
        "watt" | "watts" => "W",
        "kilowatt" | "kilowatts" => "kW",
        "megawatt" | "megawatts" => "MW",
        "gigawatt" | "gigawatts" => "GW",
        "terawatt" | "terawatts" => "TW",
        "megawatthour" | "megawatthours" => "MWh",
        "gigawatthour" | "gigawatthours" => "GWh",
        "joule" | "joules" => "J",
        "calorie" | "calories" => "cal",
        "kilocalorie" | "kilocalories" => "kcal",
        "horsepower" => "hp",
        "byte" | "bytes" => "B",
        "bit" | "bits" => "bit",
        "kilobyte" | "kilobytes" => "kB",
        "megabyte" | "megabytes" => "MB",
        "gigabyte" | "gigabytes" => "GB",
        "terabyte" | "terabytes" => "TB",
        "petabyte" | "petabytes" => "PB",
        "exabyte" | "exabytes" => "EB",
        "kibibyte" | "kibibytes" => "KiB",
        "hertz" => "Hz",
        "gigahertz" => "GHz",
        "megahertz" => "MHz",
        "knot" | "knots" => "kn",
        _ => return None,
    };
    Some((name, 1))
}

/// Time durations: returns the canonical singular unit.
pub(crate) fn duration(w: &str) -> Option<&'static str> {
    Some(match w {
        "year" | "years" | "yr" | "yrs" => "year",
        "month" | "months" => "month",
        "week" | "weeks" => "week",
        "day" | "days" => "day",
        "hour" | "hours" | "hr" | "hrs" => "hour",
        "minute" | "minutes" | "mins" => "minute",
        "second" | "seconds" | "secs" => "second",
        "decade" | "decades" => "decade",
        "century" | "centuries" => "century",
        "quarter" | "quarters" => "quarter",
        "millisecond" | "milliseconds" => "ms",
        _ => return None,
    })
}
