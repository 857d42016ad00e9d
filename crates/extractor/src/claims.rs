//! From quantities to claims: subject, metric, object, measure, as-of period,
//! quote, and the tracked figure a claim is about.

use crate::dates::{self, DateExpr};
use crate::lex::Doc;
use crate::lexicon::{Entities, EntityHit, Lexicon, MetricHit, WEAK_METRIC};
use crate::quantity::{Q, Unit, scan};
use crate::text::{Span, clause_of, sentences, span_text};
use crate::{CharIndex, words};
use chrono::{DateTime, NaiveDate, Utc};
use newswatch_config::Config;
use newswatch_wire::{Article, Bound, Claim, Measure, Period, WIRE_VERSION, stable_id};
use serde::Serialize;
use std::time::Duration;

/// Who a figure or claim is about: a configured entity or a plain name.
#[derive(Debug, Clone, PartialEq)]
enum Who {
    Entity(usize),
    Name(String),
}

struct Figure {
    id: String,
    subject: Who,
    metric: String,
    object: Option<Who>,
    measures: Vec<Measure>,
    unit: String,
    bounds: Vec<Bound>,
    keywords: Vec<String>,
    exclude: Vec<String>,
    period: Option<Period>,
    max_age: Option<Duration>,
}

/// Builds claims from article text. Create once per configuration.
pub struct Extractor {
    lexicon: Lexicon,
    entities: Entities,
    figures: Vec<Figure>,
}

/// One line of `newswatch claims` output.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClaimLine {
    pub figure: Option<String>,
    pub subject: Option<String>,
    pub metric: Option<String>,
    pub object: Option<String>,
    pub value: f64,
    pub value_max: Option<f64>,
    pub unit: String,
    pub bound: Bound,
    pub as_of: Option<Period>,
    pub quote: String,
    pub start: usize,
    pub end: usize,
}

impl From<&Claim> for ClaimLine {
    fn from(c: &Claim) -> Self {
        ClaimLine {
            figure: c.figure.clone(),
            subject: c.subject.clone(),
            metric: c.metric.clone(),
            object: c.object.clone(),
            value: c.value,
            value_max: c.value_max,
            unit: c.unit.clone(),
            bound: c.bound,
            as_of: c.as_of,
            quote: c.quote.clone(),
            start: c.start,
            end: c.end,
        }
    }
}

/// A claim before it is dressed with article fields.
struct Draft {
    q_index: usize,
    sent: usize,
    subject: Option<Who>,
    /// Subject taken from the sentence but outside the quantity's clause.
    weak_subject: Option<Who>,
    object: Option<Who>,
    metric: Option<usize>,
    metric_name: Option<String>,
    measure: Measure,
    bound: Bound,
    as_of: Option<Period>,
    figure: Option<usize>,
}

const PREPS: &[&str] = &[
    "in",
    "into",
    "to",
    "on",
    "at",
    "with",
    "for",
    "of",
    "than",
    "by",
    "behind",
    "about",
    "like",
    "including",
    "against",
    "between",
    "over",
    "under",
    "through",
    "across",
    "alongside",
    "via",
    "versus",
    "vs",
    "toward",
    "towards",
    "among",
    "as",
];

fn lower_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_ascii_lowercase())
        .collect()
}

fn contains_phrase(hay: &[String], phrase: &str) -> bool {
    let p: Vec<String> = lower_words(phrase);
    if p.is_empty() {
        return false;
    }
    hay.windows(p.len()).any(|w| w == p.as_slice())
}

impl Extractor {
    /// Build the lexicon (shipped metrics plus `cfg.metrics`), the entity
    /// matcher (`cfg.entities`) and the tracked figures (`cfg.figures`).
    pub fn new(cfg: &Config) -> Extractor {
        let lexicon = Lexicon::new(&cfg.metrics);
        let entities = Entities::new(&cfg.entities);
        let who = |s: &str| match entities.lookup(s) {
            Some(i) => Who::Entity(i),
            None => Who::Name(s.trim().to_ascii_lowercase()),
        };
        let figures = cfg
            .figures
            .iter()
            .map(|f| Figure {
                id: f.id.clone(),
                subject: who(&f.subject),
                metric: f.metric.trim().to_ascii_lowercase(),
                object: f.object.as_deref().map(who),
                measures: if f.measures.is_empty() {
                    vec![f.measure]
                } else {
                    f.measures.clone()
                },
                unit: f.unit.trim().to_string(),
                bounds: f.bounds.clone(),
                keywords: f.keywords.clone(),
                exclude: f.exclude_keywords.clone(),
                period: f.period,
                max_age: f.max_age.map(|d| d.0),
            })
            .collect();
        Extractor {
            lexicon,
            entities,
            figures,
        }
    }

    /// Claims of an article: every field filled; relative dates resolve
    /// against its publication date.
    pub fn claims(&self, article: &Article) -> Vec<Claim> {
        let published = article.published_at;
        let mut out = self.extract(
            &article.text,
            published.map(|d| d.date_naive()),
            &article.id,
        );
        for c in &mut out {
            c.source_url = article.url.clone();
            c.source_title = article.title.clone();
            c.source_name = article
                .source
                .name
                .clone()
                .or_else(|| article.site_name.clone());
            c.published_at = published;
            c.duplicate_of = article.duplicate_of.clone();
        }
        out
    }

    /// Claims of a plain text (the CLI); `published` resolves relative dates.
    pub fn claims_in_text(&self, text: &str, published: Option<NaiveDate>) -> Vec<Claim> {
        let id = stable_id(&[text]);
        let mut out = self.extract(text, published, &id);
        let at: Option<DateTime<Utc>> = published
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .map(|d| d.and_utc());
        for c in &mut out {
            c.published_at = at;
        }
        out
    }

    /// A bare number stated as the value of a head-count metric ("the death
    /// toll has risen to 57", "layoffs reached 1,200") counts what that metric
    /// counts: it becomes a count in the metric's implied unit. Only when the
    /// metric keyword comes earlier in the same clause (no comma between),
    /// close by, and the number is introduced as its value (`to`, `at`, `of`,
    /// `reached`, `hit`).
    fn imply_count_units(&self, d: &Doc<'_>, sents: &[Span], mhits: &[MetricHit], qs: &mut [Q]) {
        const INTRO: &[&str] = &["to", "at", "of", "reached", "hit", "hits", "reaches"];
        const MAX_GAP: usize = 12;
        for q in qs.iter_mut().filter(|q| matches!(q.unit, Unit::None)) {
            let whole = q.value.fract() == 0.0 && q.value > 0.0;
            let year_like = (1900.0..=2100.0).contains(&q.value);
            let first = q.cue_start.min(q.ts);
            if !whole || year_like || first == 0 || !INTRO.iter().any(|w| d.is(first - 1, w)) {
                continue;
            }
            let si = sents.partition_point(|s| s.te <= q.ts);
            let Some(sent) = sents.get(si) else { continue };
            let implied = window(
                mhits,
                |h| h.ts,
                sent.ts.max(first.saturating_sub(MAX_GAP + 8)),
                first,
            )
            .iter()
            .rev()
            .filter(|h| {
                h.te <= first
                    && first - h.te <= MAX_GAP
                    && !(h.te..first)
                        .any(|i| d.is_sym(i, ',') || d.is_sym(i, ';') || d.is_sym(i, '('))
            })
            .find_map(|h| implied_count_unit(&self.lexicon.metrics[h.metric].name));
            if let Some(unit) = implied {
                q.unit = Unit::Count(unit.to_string());
            }
        }
    }

    fn who_name(&self, w: &Who) -> String {
        match w {
            Who::Entity(i) => self.entities.names.get(*i).cloned().unwrap_or_default(),
            Who::Name(n) => n.clone(),
        }
    }

    fn extract(&self, text: &str, published: Option<NaiveDate>, article_id: &str) -> Vec<Claim> {
        let d = Doc::new(text);
        let mut qs = scan(&d);
        if qs.is_empty() {
            return Vec::new();
        }
        let sents = sentences(&d);
        let mhits = self.lexicon.hits(&d);
        self.imply_count_units(&d, &sents, &mhits, &mut qs);
        let ehits = self.entities.hits(&d);
        let dexprs = dates::find(&d, published);
        let lede_end = lede_end(&d);
        let headings = heading_dates(&d, &sents, &dexprs);
        let line_starts: Vec<usize> = (0..d.len()).filter(|&i| d.newline_before(i)).collect();
        let lede_ehits = window(&ehits, |h| h.ts, 0, lede_end);
        let ctx = Ctx {
            d: &d,
            qs: &qs,
            sents: &sents,
            mhits: &mhits,
            ehits: &ehits,
            dates: &dexprs,
            headings: &headings,
            published,
            lede_ehits,
            line_starts: &line_starts,
        };
        // Each claim looks at its line and the two sentences before it only
        // (bounded, so long texts stay linear).
        let view = |si: usize| -> Ctx<'_, '_> {
            let s = &sents[si];
            let (llo, lhi) = ctx.line_of(s.ts);
            let lo = llo
                .min(sents[si.saturating_sub(2)].ts)
                .max(s.ts.saturating_sub(600));
            let hi = lhi.min(s.te + 600);
            Ctx {
                mhits: window(&mhits, |h| h.ts, lo, hi),
                ehits: window(&ehits, |h| h.ts, lo, hi),
                dates: window(&dexprs, |e| e.ts, lo, hi),
                ..ctx
            }
        };
        let mut drafts: Vec<Draft> = Vec::new();
        for (qi, q) in qs.iter().enumerate() {
            if !claimable(q) {
                continue;
            }
            let si = sents.partition_point(|s| s.te <= q.ts);
            if sents.get(si).is_none_or(|s| s.ts > q.ts) {
                continue;
            }
            let draft = self.draft(&view(si), qi, si, &drafts);
            drafts.push(draft);
        }
        // Figure matching, with subjects completed from context.
        for k in 0..drafts.len() {
            let fig = self.match_figure(&view(drafts[k].sent), &drafts, k);
            if let Some(fi) = fig {
                let f = &self.figures[fi];
                let dr = &mut drafts[k];
                dr.figure = Some(fi);
                if dr.subject.is_none() {
                    dr.subject = Some(f.subject.clone());
                }
                if dr.object.is_none() {
                    dr.object = f.object.clone();
                }
            }
        }
        let mut ci = CharIndex::new(text);
        let mut out = Vec::with_capacity(drafts.len());
        for dr in drafts {
            let q = &qs[dr.q_index];
            let s = &sents[dr.sent];
            let bs = d.start(q.ts);
            let be = d.end_of(q.te);
            let start = ci.at(bs);
            let end = ci.at(be);
            let unit = q.unit.label().unwrap_or_default();
            let value = q.value;
            let subject = dr
                .subject
                .as_ref()
                .or(dr.weak_subject.as_ref())
                .map(|w| self.who_name(w));
            out.push(Claim {
                v: WIRE_VERSION,
                id: stable_id(&[
                    article_id,
                    &start.to_string(),
                    &end.to_string(),
                    &format!("{value}"),
                ]),
                article_id: article_id.to_string(),
                figure: dr.figure.map(|i| self.figures[i].id.clone()),
                subject,
                metric: dr.metric_name.clone(),
                object: dr.object.as_ref().map(|w| self.who_name(w)),
                measure: dr.measure,
                value,
                value_max: q.value_max,
                unit,
                kind: q.unit.kind(),
                bound: dr.bound,
                trend: q.trend,
                as_of: dr.as_of,
                quote: span_text(&d, s.ts, s.te).to_string(),
                start,
                end,
                source_url: String::new(),
                source_title: None,
                source_name: None,
                published_at: None,
                duplicate_of: None,
            });
        }
        out
    }
}

#[derive(Clone, Copy)]
struct Ctx<'a, 'b> {
    d: &'a Doc<'b>,
    qs: &'a [Q],
    sents: &'a [Span],
    mhits: &'a [MetricHit],
    ehits: &'a [EntityHit],
    dates: &'a [DateExpr],
    headings: &'a [(usize, Option<Period>)],
    published: Option<NaiveDate>,
    /// Entity mentions in the lede.
    lede_ehits: &'a [EntityHit],
    /// Token indices that start a line.
    line_starts: &'a [usize],
}

/// The part of a sorted list whose `ts` lies in `lo..hi`.
fn window<T>(v: &[T], ts: impl Fn(&T) -> usize, lo: usize, hi: usize) -> &[T] {
    let a = v.partition_point(|x| ts(x) < lo);
    let b = v.partition_point(|x| ts(x) < hi).max(a);
    &v[a..b]
}

impl Ctx<'_, '_> {
    /// First token of the line holding token `i`, and the end of that line.
    fn line_of(&self, i: usize) -> (usize, usize) {
        let k = self.line_starts.partition_point(|&s| s <= i);
        let lo = if k == 0 { 0 } else { self.line_starts[k - 1] };
        let hi = self.line_starts.get(k).copied().unwrap_or(self.d.len());
        (lo, hi)
    }
}

/// The unit a head-count metric counts when a number is stated without one.
fn implied_count_unit(metric: &str) -> Option<&'static str> {
    match metric {
        "deaths" | "injuries" => Some("people"),
        "layoffs" => Some("jobs"),
        "headcount" => Some("employees"),
        _ => None,
    }
}

fn claimable(q: &Q) -> bool {
    match &q.unit {
        Unit::Money(_) | Unit::Percent | Unit::Points | Unit::Count(_) => true,
        Unit::Measure(_) => true,
        Unit::Duration(_) | Unit::None => false,
    }
}

/// Token index where the lede (title and first paragraph) ends.
fn lede_end(d: &Doc<'_>) -> usize {
    let mut lines = 0;
    for i in 0..d.len() {
        if d.newline_before(i) && i > 0 {
            lines += 1;
            if lines >= 3 || d.start(i) > 600 {
                return i;
            }
        }
    }
    d.len()
}

/// Lines that consist of a date only (timeline headings) and the period
/// they give to the next few lines: (first token of the heading, period).
fn heading_dates(d: &Doc<'_>, sents: &[Span], dates: &[DateExpr]) -> Vec<(usize, Option<Period>)> {
    let mut out = Vec::new();
    for s in sents {
        if !d.newline_before(s.ts) {
            continue;
        }
        // Skip a list marker "1." or a bullet.
        let mut a = s.ts;
        if d.is_digits(a) && d.is_sym(a + 1, '.') {
            a += 2;
        }
        while a < s.te && d.is_symbol(a) {
            a += 1;
        }
        let line_end = (s.ts..s.te)
            .find(|&k| k > s.ts && d.newline_before(k))
            .unwrap_or(s.te);
        if let Some(e) = window(dates, |e| e.ts, a, a + 1)
            .iter()
            .find(|e| e.te == line_end && e.period.is_some())
        {
            out.push((s.ts, e.period));
        }
    }
    out
}

impl Extractor {
    fn draft(&self, c: &Ctx<'_, '_>, qi: usize, si: usize, prev: &[Draft]) -> Draft {
        let d = c.d;
        let q = &c.qs[qi];
        let s = &c.sents[si];
        let (cs, ce) = clause_of(d, s, q.ts);
        let (subject, weak_subject) = self.subject(c, q, s, cs);
        let mut object = self.object(c, q, cs, ce);
        if object.is_some() && (object == subject || (subject.is_none() && object == weak_subject))
        {
            object = None;
        }
        let (metric, metric_name) = self.metric(c, qi, s, cs, ce, prev);
        let measure = measure_of(d, q, cs, ce);
        let mut bound = q.bound;
        if bound == Bound::Exact {
            let from = q.cue_start.saturating_sub(5).max(cs);
            if (from..q.cue_start)
                .any(|k| matches!(d.l(k), "potential" | "possible" | "potentially" | "option"))
            {
                bound = Bound::AtMost;
            }
        }
        let as_of = as_of(c, q, s, cs, ce);
        Draft {
            q_index: qi,
            sent: si,
            subject,
            weak_subject,
            object,
            metric,
            metric_name,
            measure,
            bound,
            as_of,
            figure: None,
        }
    }

    fn subject(&self, c: &Ctx<'_, '_>, q: &Q, s: &Span, cs: usize) -> (Option<Who>, Option<Who>) {
        let d = c.d;
        let before: Vec<&EntityHit> = c
            .ehits
            .iter()
            .filter(|h| h.ts >= s.ts && h.te <= q.ts)
            .collect();
        // Possessive owner close before: "Amazon's 2025 capital expenditures hit".
        for h in before.iter().rev() {
            if h.ts < cs {
                break;
            }
            let poss = d.is_symbol(h.te) && matches!(d.t(h.te), "'" | "’") && d.is(h.te + 1, "s");
            if poss && q.cue_start.saturating_sub(h.te + 2) <= 5 {
                return (Some(Who::Entity(h.entity)), None);
            }
        }
        let not_prep = |h: &&&EntityHit| {
            h.ts == 0
                || !PREPS.contains(&d.l(h.ts - 1))
                || d.is(h.ts - 1, "from") && h.ts >= 2 && is_commit_noun(d.l(h.ts - 2))
        };
        let in_clause = before.iter().filter(|h| h.ts >= cs).find(not_prep);
        if let Some(h) = in_clause {
            return (Some(Who::Entity(h.entity)), None);
        }
        let weak = before.iter().find(not_prep).map(|h| Who::Entity(h.entity));
        if weak.is_some() {
            return (None, weak);
        }
        // "Shares of Acme fell 3%", "The timeline of Anthropic's ascent".
        if let Some(h) = before
            .iter()
            .find(|h| h.ts >= cs && h.ts > 0 && d.is(h.ts - 1, "of"))
        {
            return (Some(Who::Entity(h.entity)), None);
        }
        // A name that is not configured: capitalised words before the number.
        let mut k = cs;
        while k < q.cue_start {
            if d.capitalized(k)
                && !matches!(
                    d.t(k),
                    "AI" | "CEO" | "CFO" | "US" | "UK" | "EU" | "IPO" | "The"
                )
                && !(k == s.ts && words::is_common_capitalised(d.l(k)))
                && words::month(d.t(k), d.l(k)).is_none()
                && !words::is_common_capitalised(d.l(k))
                && (k == 0 || !PREPS.contains(&d.l(k - 1)))
            {
                let mut e = k + 1;
                while e < q.cue_start && d.capitalized(e) && !d.tight(e) {
                    e += 1;
                }
                let name = span_text(d, k, e).to_string();
                return (None, Some(Who::Name(name)));
            }
            k += 1;
        }
        (None, None)
    }

    fn object(&self, c: &Ctx<'_, '_>, q: &Q, cs: usize, ce: usize) -> Option<Who> {
        let d = c.d;
        // After the number: "in Anthropic", "to its Anthropic investment".
        for h in c
            .ehits
            .iter()
            .filter(|h| h.ts >= q.te && h.ts < ce && h.ts <= q.te + 6)
        {
            let mut p = h.ts;
            while p > q.te
                && matches!(
                    d.l(p - 1),
                    "its" | "the" | "their" | "a" | "an" | "his" | "her"
                )
            {
                p -= 1;
            }
            if p > 0 && matches!(d.l(p - 1), "in" | "into" | "to" | "on" | "for") {
                return Some(Who::Entity(h.entity));
            }
        }
        // Before it in the clause: "its bet on Anthropic with an investment of".
        c.ehits
            .iter()
            .filter(|h| h.ts >= cs && h.te <= q.ts)
            .rev()
            .find(|h| h.ts > 0 && matches!(d.l(h.ts - 1), "in" | "into" | "on"))
            .map(|h| Who::Entity(h.entity))
    }

    /// Resolve the metric of a quantity. Returns (lexicon index, name).
    fn metric(
        &self,
        c: &Ctx<'_, '_>,
        qi: usize,
        s: &Span,
        cs: usize,
        ce: usize,
        prev: &[Draft],
    ) -> (Option<usize>, Option<String>) {
        let q = &c.qs[qi];
        // Keywords of metrics stated in other units do not apply
        // (`[[metrics]] units = [...]`).
        let label = q.unit.label().unwrap_or_default();
        let fitted: Vec<MetricHit> = c
            .mhits
            .iter()
            .filter(|h| self.lexicon.fits(h.metric, &label))
            .copied()
            .collect();
        let c = &Ctx {
            mhits: &fitted,
            ..*c
        };
        let d = c.d;
        let percent = matches!(q.unit, Unit::Percent | Unit::Points);
        let growth = percent && (q.trend.is_some());
        let mut blocked = false;
        let mut found: Option<usize> = None;
        let mut found_at: Option<(usize, usize)> = None;
        // (a) head noun or "in/of/to ... metric" right after the number.
        if !matches!(q.unit, Unit::Count(_)) {
            let mut k = q.te;
            let mut preps = 0;
            let mut steps = 0;
            while k < ce && steps < 6 {
                if let Some(h) = c.mhits.iter().find(|h| h.ts == k) {
                    found = Some(h.metric);
                    found_at = Some((h.ts, h.te));
                    break;
                }
                if !d.is_word(k) {
                    if d.is_sym(k, '-') && d.tight(k) {
                        k += 1;
                        steps += 1;
                        continue;
                    }
                    break;
                }
                let w = d.l(k);
                if matches!(w, "in" | "of" | "on" | "to" | "into") {
                    preps += 1;
                    if preps > 1 {
                        break;
                    }
                } else if matches!(
                    w,
                    "a" | "an"
                        | "the"
                        | "its"
                        | "their"
                        | "his"
                        | "her"
                        | "total"
                        | "prior"
                        | "previous"
                        | "additional"
                        | "more"
                        | "follow-on"
                        | "follow"
                        | "new"
                        | "fresh"
                        | "initial"
                        | "first"
                        | "annual"
                        | "annualized"
                        | "annualised"
                        | "quarterly"
                        | "cloud"
                        | "potential"
                        | "joint"
                        | "estimated"
                        | "cumulative"
                ) || d.capitalized(k)
                {
                } else if words::is_stop(w) || d.is_digits(k) || c.dates.iter().any(|e| e.ts == k) {
                    break;
                } else if k <= q.te + 2 && preps == 0 && is_other_head(w) {
                    // A non-metric noun heads the phrase: "$10 billion target".
                    blocked = !growth;
                    break;
                } else if preps == 0 && k > q.te {
                    // Still inside the head noun phrase.
                } else {
                    break;
                }
                k += 1;
                steps += 1;
            }
        }
        // "expectations of $34.93 billion": the number belongs to that noun.
        if found.is_none() && !blocked {
            let p = q.cue_start;
            if p >= 2 && d.is(p - 1, "of") {
                let noun = p - 2;
                let hit = c.mhits.iter().find(|h| h.te == noun + 1);
                match hit {
                    Some(h) => {
                        found = Some(h.metric);
                        found_at = Some((h.ts, h.te));
                    }
                    None => {
                        let w = d.l(noun);
                        if d.is_word(noun)
                            && !matches!(
                                w,
                                "total"
                                    | "sum"
                                    | "amount"
                                    | "tune"
                                    | "excess"
                                    | "upwards"
                                    | "north"
                                    | "worth"
                                    | "maximum"
                                    | "minimum"
                                    | "average"
                                    | "value"
                                    | "range"
                                    | "high"
                                    | "low"
                                    | "outlay"
                                    | "all"
                                    | "some"
                                    | "most"
                                    | "part"
                                    | "each"
                                    | "any"
                                    | "both"
                            )
                            && !words::is_stop(w)
                        {
                            blocked = !growth;
                        }
                    }
                }
            }
        }
        // (c) a metric word before the number in the same clause.
        if found.is_none() && (!blocked || growth) {
            let lo = cs.max(q.ts.saturating_sub(12));
            let between_q = |h: &MetricHit| {
                window(c.qs, |o| o.ts, h.te, q.ts)
                    .iter()
                    .any(|o| o.te <= q.ts)
            };
            if let Some(h) = c
                .mhits
                .iter()
                .rfind(|h| h.ts >= lo && h.te <= q.ts && !between_q(h))
            {
                found = Some(h.metric);
                found_at = Some((h.ts, h.te));
            }
        }
        // (d) the metric of the previous claim of this sentence (same kind of unit).
        if found.is_none() && (!blocked || growth) {
            let same = |u: &Unit| {
                std::mem::discriminant(u) == std::mem::discriminant(&q.unit)
                    || (growth && matches!(u, Unit::Money(_)))
            };
            let si_here = c.sents.partition_point(|x| x.ts < s.ts);
            if let Some(p) = prev
                .iter()
                .rev()
                .take_while(|p| p.sent >= si_here)
                .find(|p| same(&c.qs[p.q_index].unit))
                && let Some(m) = p.metric
            {
                found = Some(m);
            }
        }
        // (e) any metric word in the sentence, nearest first.
        if found.is_none() && !blocked {
            let near = c
                .mhits
                .iter()
                .filter(|h| h.ts >= s.ts && h.te <= s.te)
                .min_by_key(|h| {
                    if h.te <= q.ts {
                        q.ts - h.te
                    } else {
                        h.ts.saturating_sub(q.te) + 2
                    }
                });
            if let Some(h) = near {
                found = Some(h.metric);
                found_at = Some((h.ts, h.te));
            }
        }
        let mut idx = found;
        // Weak "commitment" words: read the rest of the sentence.
        if let Some(m) = idx
            && self.lexicon.name(m) == WEAK_METRIC
        {
            let to_entity = (q.te..(q.te + 4).min(ce)).any(|k| {
                matches!(d.l(k), "to" | "into" | "in")
                    && c.ehits.iter().any(|h| h.ts == k + 1 || h.ts == k + 2)
            });
            let names: Vec<&str> = c
                .mhits
                .iter()
                .filter(|h| h.ts >= s.ts && h.te <= s.te && Some((h.ts, h.te)) != found_at)
                .map(|h| self.lexicon.name(h.metric))
                .collect();
            let pick = if to_entity {
                "investment"
            } else if names.contains(&"spending commitment") {
                "spending commitment"
            } else if names.contains(&"investment") || names.contains(&"funding round") {
                "investment"
            } else {
                WEAK_METRIC
            };
            idx = self.lexicon.index_of(pick).or(idx);
        }
        let mut name = idx.map(|m| self.lexicon.name(m).to_string());
        if growth {
            let base = name.clone().filter(|n| n != "growth");
            name = Some(match base.as_deref() {
                Some("revenue") | Some("sales") => "revenue growth".to_string(),
                Some(b) if b.ends_with("growth") => b.to_string(),
                Some(b) => format!("{b} growth"),
                None => "growth".to_string(),
            });
            idx = name.as_deref().and_then(|n| self.lexicon.index_of(n));
        }
        if name.is_none() && matches!(q.unit, Unit::Count(_)) {
            name = Some("count".to_string());
        }
        (idx, name)
    }

    fn match_figure(&self, c: &Ctx<'_, '_>, drafts: &[Draft], k: usize) -> Option<usize> {
        let dr = &drafts[k];
        let q = &c.qs[dr.q_index];
        let s = &c.sents[dr.sent];
        let metric = dr.metric_name.as_deref()?;
        let unit = q.unit.label()?;
        let sent_words = lower_words(span_text(c.d, s.ts, s.te));
        // Entities in context for completing a missing subject or object.
        let subj_ctx: Vec<usize> = {
            let lo = c.sents[dr.sent.saturating_sub(2)].ts;
            let mut v: Vec<usize> = c
                .ehits
                .iter()
                .filter(|h| h.ts >= lo && h.te <= s.te)
                .map(|h| h.entity)
                .collect();
            for p in drafts[..k]
                .iter()
                .rev()
                .take_while(|p| p.sent + 2 >= dr.sent)
            {
                if p.sent + 2 >= dr.sent {
                    if let Some(Who::Entity(e)) = p.subject {
                        v.push(e);
                    }
                    if let Some(fi) = p.figure
                        && let Who::Entity(e) = self.figures[fi].subject
                    {
                        v.push(e);
                    }
                }
            }
            v
        };
        let (line_lo, line_hi) = c.line_of(s.ts);
        // How strongly the context points at an entity: mentions in the
        // sentence, the line (paragraph) and the lede. Zero unless it is
        // mentioned in the line.
        let obj_score = |e: usize| -> f64 {
            let n = |lo: usize, hi: usize| {
                c.ehits
                    .iter()
                    .filter(|h| h.entity == e && h.ts >= lo && h.te <= hi)
                    .count() as f64
            };
            let line = n(line_lo, line_hi);
            if line == 0.0 {
                return 0.0;
            }
            let lede = c.lede_ehits.iter().filter(|h| h.entity == e).count() as f64;
            n(s.ts, s.te).min(1.0) * 0.3 + line.min(10.0) * 0.02 + lede.min(10.0) * 0.01
        };
        // The most salient entity of the context other than the subject: a
        // missing object may only be completed with it.
        let salient_other = |subject: &Who| -> Option<usize> {
            let mut seen: Vec<usize> = c
                .ehits
                .iter()
                .filter(|h| h.ts >= line_lo && h.te <= line_hi)
                .map(|h| h.entity)
                .collect();
            seen.sort_unstable();
            seen.dedup();
            seen.into_iter()
                .filter(|e| Who::Entity(*e) != *subject)
                .map(|e| (e, obj_score(e)))
                .max_by(|a, b| a.1.total_cmp(&b.1))
                .map(|(e, _)| e)
        };
        let mut best: Vec<(usize, f64)> = Vec::new();
        for (fi, f) in self.figures.iter().enumerate() {
            if f.metric != metric || !f.unit.eq_ignore_ascii_case(&unit) {
                continue;
            }
            if !f.measures.contains(&dr.measure) {
                continue;
            }
            if !f.bounds.is_empty() && !f.bounds.contains(&dr.bound) {
                continue;
            }
            if !f.keywords.is_empty() && !f.keywords.iter().any(|w| contains_phrase(&sent_words, w))
            {
                continue;
            }
            if f.exclude.iter().any(|w| contains_phrase(&sent_words, w)) {
                continue;
            }
            if let Some(p) = f.period {
                match dr.as_of {
                    Some(a) if a.start() >= p.start() && a.end() <= p.end() => {}
                    _ => continue,
                }
            }
            if let (Some(age), Some(a), Some(pubd)) = (f.max_age, dr.as_of, c.published) {
                let days = i64::try_from(age.as_secs() / 86400).unwrap_or(i64::MAX);
                if let Some(limit) = pubd.checked_sub_signed(chrono::Duration::days(days))
                    && a.end() < limit
                {
                    continue;
                }
            }
            let mut explicit = 0.0;
            match &dr.subject {
                Some(w) if *w == f.subject => explicit += 2.0,
                Some(_) => continue,
                None => match &f.subject {
                    Who::Entity(e) if subj_ctx.contains(e) => {}
                    _ => continue,
                },
            }
            if let Some(fo) = &f.object {
                match &dr.object {
                    Some(w) if w == fo => explicit += 1.0,
                    Some(_) => continue,
                    None => match fo {
                        Who::Entity(e)
                            if obj_score(*e) > 0.0 && salient_other(&f.subject) == Some(*e) =>
                        {
                            explicit += obj_score(*e)
                        }
                        _ => continue,
                    },
                }
            }
            best.push((fi, explicit));
        }
        let top = best.iter().map(|b| b.1).fold(f64::NEG_INFINITY, f64::max);
        let winners: Vec<usize> = best
            .iter()
            .filter(|b| (b.1 - top).abs() < 1e-9)
            .map(|b| b.0)
            .collect();
        if winners.len() == 1 {
            winners.first().copied()
        } else {
            None
        }
    }
}

/// Nouns that, heading the phrase of an amount, say it is not the figure of
/// a metric named elsewhere in the sentence ("a $10 billion target").
fn is_other_head(w: &str) -> bool {
    matches!(
        w,
        "target"
            | "targets"
            | "goal"
            | "goals"
            | "gain"
            | "gains"
            | "loss"
            | "losses"
            | "campus"
            | "deal"
            | "fund"
            | "facility"
            | "plan"
            | "program"
            | "programme"
            | "package"
            | "project"
            | "bill"
            | "check"
            | "checks"
            | "cheque"
            | "charge"
            | "writedown"
            | "write-down"
            | "impairment"
            | "estimate"
            | "estimates"
            | "forecast"
            | "guidance"
            | "expectation"
            | "expectations"
            | "consensus"
            | "offer"
            | "bid"
            | "lawsuit"
            | "suit"
            | "option"
            | "options"
            | "prize"
            | "award"
            | "bonus"
            | "salary"
            | "pay"
            | "tax"
            | "taxes"
            | "tariff"
            | "tariffs"
            | "subsidy"
            | "subsidies"
            | "grant"
            | "loan"
            | "data"
            | "center"
            | "centre"
            | "factory"
            | "plant"
            | "acquisition"
            | "merger"
            | "company"
            | "startup"
            | "firm"
            | "business"
            | "unit"
            | "man"
            | "woman"
            | "question"
    )
}

fn is_commit_noun(w: &str) -> bool {
    matches!(
        w,
        "commitment" | "investment" | "pledge" | "funding" | "backing" | "offer"
    )
}

/// Level, running total or increment, from words around the number.
fn measure_of(d: &Doc<'_>, q: &Q, cs: usize, ce: usize) -> Measure {
    let lo = q.cue_start.saturating_sub(4).max(cs);
    let before: Vec<&str> = (lo..q.ts).map(|k| d.l(k)).collect();
    let hi = (q.te + 5).min(ce);
    let after: Vec<&str> = (q.te..hi).map(|k| d.l(k)).collect();
    let has = |v: &[&str], w: &[&str]| v.iter().any(|x| w.contains(x));
    let pair = |v: &[&str], a: &str, b: &str| v.windows(2).any(|x| x[0] == a && x[1] == b);
    let cumulative = has(
        &before,
        &[
            "total",
            "totaling",
            "totalling",
            "cumulative",
            "cumulatively",
            "altogether",
        ],
    ) || has(&after, &["total", "altogether", "prior", "cumulative"])
        || pair(&after, "so", "far")
        || pair(&after, "to", "date")
        || pair(&after, "in", "all")
        || pair(&after, "all", "told")
        || (has(&after, &["since"])
            && (q.te..hi).any(|k| d.l(k) == "since" && (d.is_digits(k + 1) || d.is_word(k + 1))));
    if cumulative {
        return Measure::Cumulative;
    }
    let increment = has(
        &before,
        &[
            "another",
            "additional",
            "further",
            "extra",
            "fresh",
            "added",
            "adds",
            "adding",
            "add",
            "incremental",
        ],
    ) || after
        .first()
        .is_some_and(|w| matches!(*w, "more" | "extra" | "additional" | "follow-on"))
        || (after.first() == Some(&"follow") && after.get(2) == Some(&"on"))
        || pair(&after, "on", "top");
    if increment {
        return Measure::Increment;
    }
    Measure::Level
}

/// The period a claim is stated for.
fn as_of(c: &Ctx<'_, '_>, q: &Q, s: &Span, cs: usize, ce: usize) -> Option<Period> {
    let cands: Vec<&DateExpr> = c
        .dates
        .iter()
        .filter(|e| e.ts >= s.ts && e.te <= s.te && !e.boundary)
        .collect();
    let dist = |e: &DateExpr| -> usize {
        if e.te <= q.ts {
            q.ts - e.te
        } else {
            e.ts.saturating_sub(q.te)
        }
    };
    let in_clause = cands
        .iter()
        .filter(|e| e.ts >= cs && e.te <= ce)
        .min_by_key(|e| dist(e));
    if let Some(e) = in_clause {
        return e.period;
    }
    if let Some(e) = cands.iter().min_by_key(|e| dist(e)) {
        return e.period;
    }
    // A timeline heading a few lines up.
    let hk = c.headings.partition_point(|(h, _)| *h < s.ts);
    if hk > 0 {
        let (hts, p) = c.headings[hk - 1];
        let first = c.line_starts.partition_point(|&l| l <= hts);
        let lines_between = c
            .line_starts
            .partition_point(|&l| l < s.ts)
            .saturating_sub(first);
        if lines_between <= 3 {
            return p;
        }
    }
    // An earlier date in the same line (paragraph).
    let (line_start, _) = c.line_of(s.ts);
    // Only from framing sentences that state no quantity of their own
    // ("Amazon's Q4 2025 earnings told the story.").
    let framing = |e: &DateExpr| {
        let k = c.sents.partition_point(|x| x.te <= e.ts);
        c.sents
            .get(k)
            .is_some_and(|x| !window(c.qs, |q| q.ts, x.ts, x.te).iter().any(claimable))
    };
    c.dates
        .iter()
        .rfind(|e| e.ts >= line_start && e.te <= s.ts && !e.boundary && framing(e))
        .and_then(|e| e.period)
}
