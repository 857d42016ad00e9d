//! The metric lexicon (shipped, extended by config) and the entity matcher
//! (config aliases), both over token positions.

use crate::lex::Doc;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use newswatch_config::{EntityConfig, MetricConfig};

/// Metric name → keywords. Keywords are lower case; multi-word phrases
/// match across single spaces or hyphens.
const SHIPPED: &[(&str, &[&str])] = &[
    (
        "investment",
        &[
            "invest",
            "invests",
            "invested",
            "investing",
            "investment",
            "investments",
            "poured",
            "pours",
            "pouring",
            "funding",
            "funded",
            "injected",
            "injection",
            "wired",
            "backing",
            "bet",
        ],
    ),
    (
        "valuation",
        &[
            "valuation",
            "valued",
            "valuing",
            "post-money valuation",
            "pre-money valuation",
            "valuations",
        ],
    ),
    (
        "revenue",
        &[
            "revenue",
            "revenues",
            "sales",
            "turnover",
            "top line",
            "net sales",
        ],
    ),
    ("revenue growth", &["revenue growth", "sales growth"]),
    (
        "revenue run rate",
        &[
            "revenue run rate",
            "revenue run-rate",
            "annualized revenue",
            "annualised revenue",
            "run-rate revenue",
            "annual recurring revenue",
            "arr",
        ],
    ),
    ("run rate", &["run rate", "run-rate", "annualized run rate"]),
    (
        "operating income",
        &[
            "operating income",
            "operating profit",
            "operating profits",
            "operating earnings",
            "ebit",
        ],
    ),
    (
        "net income",
        &[
            "net income",
            "net profit",
            "net profits",
            "net earnings",
            "net loss",
        ],
    ),
    ("profit", &["profit", "profits", "earnings"]),
    (
        "capex",
        &[
            "capex",
            "capital expenditure",
            "capital expenditures",
            "capital spending",
            "capital investment",
            "capital investments",
        ],
    ),
    (
        "spending commitment",
        &[
            "spending commitment",
            "spending commitments",
            "spend commitment",
            "commitment to spend",
            "spend",
            "spends",
            "spending",
            "to spend",
        ],
    ),
    (
        "funding round",
        &[
            "funding round",
            "financing round",
            "round of funding",
            "round of financing",
            "raise",
            "raised",
            "raises",
            "raising",
            "fundraise",
            "fundraising",
        ],
    ),
    (
        "backlog",
        &[
            "backlog",
            "order backlog",
            "remaining performance obligations",
            "order book",
        ],
    ),
    (
        "market cap",
        &[
            "market cap",
            "market caps",
            "market capitalization",
            "market capitalisation",
            "market value",
        ],
    ),
    (
        "stake",
        &["stake", "equity stake", "ownership stake", "shareholding"],
    ),
    (
        "price",
        &[
            "price",
            "share price",
            "stock price",
            "priced at",
            "costs",
            "cost",
            "sells for",
            "price tag",
        ],
    ),
    (
        "layoffs",
        &[
            "layoffs",
            "laid off",
            "lay off",
            "lays off",
            "job cuts",
            "redundancies",
            "eliminate",
            "eliminating",
            "eliminated",
        ],
    ),
    (
        "headcount",
        &["headcount", "employees", "workforce", "employs", "staff"],
    ),
    (
        "deaths",
        &[
            "deaths",
            "dead",
            "died",
            "killed",
            "fatalities",
            "death toll",
        ],
    ),
    ("injuries", &["injuries", "injured", "wounded"]),
    (
        "recalled units",
        &["recall", "recalled", "recalling", "recalls"],
    ),
    ("market share", &["market share"]),
    (
        "margin",
        &["margin", "margins", "operating margin", "gross margin"],
    ),
    (
        "debt",
        &["debt", "borrowing", "borrowings", "loan", "loans", "bonds"],
    ),
    ("cash", &["cash", "cash pile", "cash reserves"]),
    ("dividend", &["dividend", "dividends"]),
    (
        "buyback",
        &["buyback", "buybacks", "share repurchase", "repurchase"],
    ),
    (
        "fine",
        &[
            "fine",
            "fined",
            "penalty",
            "penalties",
            "damages",
            "settlement",
            "settle",
            "settled",
        ],
    ),
    (
        "acquisition",
        &[
            "acquisition",
            "acquire",
            "acquired",
            "acquires",
            "buyout",
            "takeover",
            "purchase price",
        ],
    ),
    ("contract", &["contract", "contracts", "awarded"]),
    ("budget", &["budget", "budgets"]),
    (
        "users",
        &["users", "subscribers", "customers", "monthly active users"],
    ),
    ("growth", &["growth", "grew", "growing"]),
    // Weak: resolved from the rest of the sentence (see claims.rs).
    (
        "commitment",
        &[
            "commitment",
            "commitments",
            "commit",
            "commits",
            "committing",
            "committed",
            "pledge",
            "pledged",
            "pledges",
            "pledging",
        ],
    ),
];

pub(crate) const WEAK_METRIC: &str = "commitment";

pub(crate) struct Metric {
    pub name: String,
    pub units: Vec<String>,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct MetricHit {
    pub ts: usize,
    pub te: usize,
    pub metric: usize,
}

pub(crate) struct Lexicon {
    pub metrics: Vec<Metric>,
    ac: Option<AhoCorasick>,
    /// Pattern id → metric index.
    pat_metric: Vec<usize>,
}

fn norm_kw(k: &str) -> String {
    k.trim().to_ascii_lowercase()
}

impl Lexicon {
    pub fn new(extra: &[MetricConfig]) -> Lexicon {
        let mut metrics: Vec<Metric> = Vec::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut pat_metric = Vec::new();
        let index = |name: &str, metrics: &mut Vec<Metric>| -> usize {
            let n = name.trim().to_ascii_lowercase();
            match metrics.iter().position(|m| m.name == n) {
                Some(i) => i,
                None => {
                    metrics.push(Metric {
                        name: n,
                        units: Vec::new(),
                    });
                    metrics.len() - 1
                }
            }
        };
        // Config keywords first: on equal matches they win.
        for m in extra {
            let i = index(&m.name, &mut metrics);
            metrics[i].units.extend(m.units.iter().cloned());
            for k in &m.keywords {
                let k = norm_kw(k);
                if !k.is_empty() {
                    patterns.push(k);
                    pat_metric.push(i);
                }
            }
        }
        for (name, kws) in SHIPPED {
            let i = index(name, &mut metrics);
            for k in *kws {
                patterns.push(norm_kw(k));
                pat_metric.push(i);
            }
        }
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .ok();
        Lexicon {
            metrics,
            ac,
            pat_metric,
        }
    }

    pub fn index_of(&self, name: &str) -> Option<usize> {
        let n = name.trim().to_ascii_lowercase();
        self.metrics.iter().position(|m| m.name == n)
    }

    /// Whether metric `i` may be stated in `unit` (no units listed: any).
    pub fn fits(&self, i: usize, unit: &str) -> bool {
        self.metrics.get(i).is_none_or(|m| {
            m.units.is_empty() || m.units.iter().any(|u| u.eq_ignore_ascii_case(unit))
        })
    }

    pub fn name(&self, i: usize) -> &str {
        self.metrics.get(i).map(|m| m.name.as_str()).unwrap_or("")
    }

    /// Metric keyword occurrences, as token ranges.
    pub fn hits(&self, d: &Doc<'_>) -> Vec<MetricHit> {
        let Some(ac) = &self.ac else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for m in ac.find_iter(&d.lower) {
            if !word_bounded(&d.lower, m.start(), m.end()) {
                continue;
            }
            let (Some(ts), Some(te)) = (tok_at(d, m.start()), tok_end(d, m.end())) else {
                continue;
            };
            let Some(&metric) = self.pat_metric.get(m.pattern().as_usize()) else {
                continue;
            };
            out.push(MetricHit { ts, te, metric });
        }
        out
    }
}

fn word_bounded(s: &str, a: usize, b: usize) -> bool {
    let before = s.get(..a).and_then(|x| x.chars().next_back());
    let after = s.get(b..).and_then(|x| x.chars().next());
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Token whose start is at byte `b`.
fn tok_at(d: &Doc<'_>, b: usize) -> Option<usize> {
    d.toks.binary_search_by_key(&b, |t| t.start).ok()
}

/// Index after the token that ends at byte `b`.
fn tok_end(d: &Doc<'_>, b: usize) -> Option<usize> {
    d.toks
        .binary_search_by_key(&b, |t| t.end)
        .ok()
        .map(|i| i + 1)
}

pub(crate) struct EntityHit {
    pub ts: usize,
    pub te: usize,
    pub entity: usize,
}

pub(crate) struct Entities {
    pub names: Vec<String>,
    /// Lower-cased name and aliases per entity.
    pub keys: Vec<Vec<String>>,
    ac: Option<AhoCorasick>,
    pat_entity: Vec<usize>,
}

impl Entities {
    pub fn new(cfg: &[EntityConfig]) -> Entities {
        let mut names = Vec::new();
        let mut keys = Vec::new();
        let mut pats = Vec::new();
        let mut pat_entity = Vec::new();
        for (i, e) in cfg.iter().enumerate() {
            names.push(e.name.trim().to_string());
            let mut k = vec![e.name.trim().to_ascii_lowercase()];
            for a in std::iter::once(&e.name).chain(e.aliases.iter()) {
                let a = a.trim();
                if a.is_empty() {
                    continue;
                }
                k.push(a.to_ascii_lowercase());
                pats.push(a.to_string());
                pat_entity.push(i);
            }
            keys.push(k);
        }
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&pats)
            .ok();
        Entities {
            names,
            keys,
            ac,
            pat_entity,
        }
    }

    /// Entity whose name or alias is `s` (case-insensitive).
    pub fn lookup(&self, s: &str) -> Option<usize> {
        let s = s.trim().to_ascii_lowercase();
        self.keys.iter().position(|k| k.contains(&s))
    }

    pub fn hits(&self, d: &Doc<'_>) -> Vec<EntityHit> {
        let Some(ac) = &self.ac else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for m in ac.find_iter(d.text) {
            if !word_bounded(d.text, m.start(), m.end()) {
                continue;
            }
            let (Some(ts), Some(te)) = (tok_at(d, m.start()), tok_end(d, m.end())) else {
                continue;
            };
            let Some(&entity) = self.pat_entity.get(m.pattern().as_usize()) else {
                continue;
            };
            out.push(EntityHit { ts, te, entity });
        }
        out
    }
}
