//! The tracker: claim in, verdict + new figure state + alerts out, persisted
//! in one store transaction.
//!
//! # Semantics
//!
//! Each figure has a *current value* with the independent sources that
//! support it. For a new claim the tracker first decides how it relates to
//! the current value in time:
//!
//! - **historical**: the claim is dated (`as_of`) to a period that ends
//!   before the current value's period (or, for an undated current value,
//!   before the day it was reported). Recorded, never alerts.
//! - **stale**: an undated or same-period claim published before the report
//!   that set the current value (late arrival). Recorded, never alerts.
//! - **new period**: both are dated and the claim's period lies entirely
//!   after the current one (2025 capex, then 2026 capex). The claim becomes
//!   the current value; this is a first value for that period, so it alerts
//!   `new` only when `alert_on_new` is on.
//! - otherwise the values are compared (tolerance, bounds):
//!   - **same** (within tolerance; `approx` on either side widens the
//!     tolerance to 5%): the source is added as support, no alert;
//!   - **consistent bound**: the claim is a bound the current value satisfies
//!     ("more than $100B" after "$100B"): no alert;
//!   - **different**: a `changed` alert, unless the figure waits for
//!     confirmation (`debounce`, `min_sources`: the change is *pending* until
//!     it has waited long enough and enough independent outlets agree), the
//!     quiet window after the last alert is running, or the claim is a
//!     *dispute* (below).
//!
//! A **dispute** is a disagreement rather than a move: either the claim is
//! about a period that had already closed when it was published (a past fact
//! such as "$4B in September 2023" against an earlier "$1.25B in September
//! 2023"), or it flips back to a value that was superseded within the
//! conflict window. A dispute raises `conflict` when another independent
//! outlet reported the current value within `conflict_window` of the claim;
//! the current value then follows the side with more independent outlets
//! (ties: a dispute about a closed period follows the newer report, a
//! flip-back keeps the current value).
//!
//! Claims from an article marked `duplicate_of` are recorded but never count
//! as a source. Replaying a claim id that was already applied changes
//! nothing and returns no alerts; alert ids are `stable_id(figure, claim id,
//! kind)`, so the store never enqueues one twice.

use crate::TrackerError;
use crate::state::{ConflictMark, Current, FigureState, MAX_RECENT, Pending, Sighting};
use chrono::{DateTime, Duration, Utc};
use newswatch_config::Config;
use newswatch_store::{ClaimUpdate, SharedStore};
use newswatch_wire::{Alert, AlertKind, Bound, Claim, Measure, WIRE_VERSION, stable_id};
use std::collections::HashMap;

/// Tolerance used when either side of a comparison is approximate.
pub const APPROX_TOLERANCE: f64 = 0.05;
/// Figure states kept in memory before the cache is emptied.
const CACHE_LIMIT: usize = 200_000;

/// What the tracker made of one claim (stored with the claim in the history).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// First value of the figure.
    New,
    /// The same value again (within tolerance).
    Same,
    /// A bound the current value satisfies.
    ConsistentBound,
    /// The figure moved and an alert was raised.
    Changed,
    /// The figure moved but the change waits for confirmation.
    Pending,
    /// The figure moved within the quiet window: no alert.
    Quiet,
    /// Dated before what is already known.
    Historical,
    /// Published before the report that set the current value.
    Stale,
    /// First value for a later period.
    NewPeriod,
    /// Disagrees with the current value; no alert (outside the window, or
    /// the same disagreement was already alerted).
    Disputed,
    /// Disagrees with another independent outlet within the window: alerted.
    Conflict,
    /// From an article that copies an earlier one.
    Duplicate,
    /// Stated in a unit other than the figure's.
    UnitMismatch,
    /// An increment ("another $5B") for a figure that is not an increment.
    Increment,
    /// Neither a tracked figure nor attributable (no subject, no metric).
    Unattributed,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::New => "new",
            Verdict::Same => "same",
            Verdict::ConsistentBound => "consistent_bound",
            Verdict::Changed => "changed",
            Verdict::Pending => "pending",
            Verdict::Quiet => "quiet",
            Verdict::Historical => "historical",
            Verdict::Stale => "stale",
            Verdict::NewPeriod => "new_period",
            Verdict::Disputed => "disputed",
            Verdict::Conflict => "conflict",
            Verdict::Duplicate => "duplicate",
            Verdict::UnitMismatch => "unit_mismatch",
            Verdict::Increment => "increment",
            Verdict::Unattributed => "unattributed",
        }
    }
}

/// How one figure is tracked (from its config, or defaults for untracked).
#[derive(Debug, Clone)]
struct Spec {
    id: String,
    name: String,
    /// Required unit (tracked figures); `None`: the claim's unit.
    unit: Option<String>,
    tolerance: f64,
    measure: Measure,
    alert_on_new: bool,
    debounce: Option<Duration>,
    min_sources: usize,
    quiet: Option<Duration>,
    tracked: bool,
}

impl Spec {
    fn needs_confirmation(&self) -> bool {
        self.debounce.is_some() || self.min_sources > 1
    }
}

fn chrono_dur(d: std::time::Duration) -> Option<Duration> {
    if d.is_zero() {
        return None;
    }
    Some(Duration::from_std(d).unwrap_or(Duration::MAX))
}

/// Key an untracked claim is recorded under: `untracked:` + subject, metric
/// and object slugs + `@unit`; `None` when the claim names neither subject
/// nor metric.
pub fn untracked_key(c: &Claim) -> Option<String> {
    if c.subject.is_none() && c.metric.is_none() {
        return None;
    }
    let slug = |s: Option<&str>| -> String {
        let s = s.unwrap_or("-").trim().to_lowercase();
        let mut out = String::with_capacity(s.len());
        let mut dash = false;
        for ch in s.chars() {
            if ch.is_alphanumeric() || ch == '%' || ch == '.' {
                out.push(ch);
                dash = false;
            } else if !dash && !out.is_empty() {
                out.push('-');
                dash = true;
            }
        }
        while out.ends_with('-') {
            out.pop();
        }
        if out.is_empty() { "-".into() } else { out }
    };
    let mut k = format!(
        "untracked:{}/{}",
        slug(c.subject.as_deref()),
        slug(c.metric.as_deref())
    );
    if let Some(o) = c.object.as_deref() {
        k.push('/');
        k.push_str(&slug(Some(o)));
    }
    k.push('@');
    k.push_str(c.unit.trim());
    Some(k)
}

const UNATTRIBUTED_KEY: &str = "untracked:-";

fn same_unit(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

/// Whether `b` is within `tol` of the reference value `a` (relative change
/// `|b - a| / |a|`; tiny differences from float rounding always are).
fn within(a: f64, b: f64, tol: f64) -> bool {
    let scale = if a != 0.0 { a.abs() } else { b.abs() };
    a == b || (a - b).abs() <= tol.max(1e-9) * scale
}

/// Result of comparing a claim's value with the current value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cmp {
    Same,
    Consistent,
    Differs,
}

struct Stated {
    value: f64,
    value_max: Option<f64>,
    bound: Bound,
}

fn compare(cur: &Stated, new: &Stated, tol: f64) -> Cmp {
    let t = if cur.bound == Bound::Approx || new.bound == Bound::Approx {
        tol.max(APPROX_TOLERANCE)
    } else {
        tol
    };
    let (u, v) = (cur.value, new.value);
    let u_hi = cur.value_max.unwrap_or(u);
    let v_hi = new.value_max.unwrap_or(v);
    if within(u, v, t) && within(u_hi, v_hi, t) {
        return Cmp::Same;
    }
    let margin = |a: f64, b: f64| t * a.abs().max(b.abs());
    let consistent = match (cur.bound, new.bound) {
        (Bound::AtLeast, Bound::AtLeast) | (Bound::AtMost, Bound::AtMost) => false,
        (Bound::Range, Bound::Range) => false,
        // "more than v" holds if the current value reaches v.
        (_, Bound::AtLeast) => u_hi + margin(u_hi, v) >= v,
        // "up to v" holds if the current value does not exceed v.
        (_, Bound::AtMost) => u - margin(u, v) <= v,
        (_, Bound::Range) => v - margin(u, v) <= u && u_hi <= v_hi + margin(u_hi, v_hi),
        (Bound::Range, _) => u - margin(u, v) <= v && v <= u_hi + margin(u_hi, v),
        _ => false,
    };
    if consistent {
        Cmp::Consistent
    } else {
        Cmp::Differs
    }
}

fn stated_current(c: &Current) -> Stated {
    Stated {
        value: c.value,
        value_max: c.value_max,
        bound: c.bound,
    }
}

fn stated_sighting(s: &Sighting) -> Stated {
    Stated {
        value: s.value(),
        value_max: s.value_max,
        bound: s.bound(),
    }
}

/// How a claim relates in time to the current value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rel {
    Historical,
    Stale,
    NewPeriod,
    /// Compare values; `closed`: a dated claim about a period that had ended
    /// before it was published.
    Compare {
        closed: bool,
    },
}

fn relation(cur: &Current, s: &Sighting) -> Rel {
    let day_new = s.at.date_naive();
    let stale = s.at < cur.reported_at;
    match (s.as_of, cur.as_of) {
        (Some(pn), Some(pc)) => {
            if pn.is_before(&pc) {
                Rel::Historical
            } else if pc.is_before(&pn) {
                Rel::NewPeriod
            } else if stale {
                Rel::Stale
            } else {
                Rel::Compare {
                    closed: pn.end() < day_new,
                }
            }
        }
        (Some(pn), None) => {
            if pn.end() < cur.reported_at.date_naive() {
                Rel::Historical
            } else if stale {
                Rel::Stale
            } else {
                Rel::Compare { closed: false }
            }
        }
        (None, Some(pc)) => {
            if day_new < pc.start() {
                Rel::Historical
            } else if stale {
                Rel::Stale
            } else {
                // An undated claim speaks of the time it was published: a
                // present statement, never one about a closed period, even
                // when the current value's own period has ended since.
                Rel::Compare { closed: false }
            }
        }
        (None, None) => {
            if stale {
                Rel::Stale
            } else {
                Rel::Compare { closed: false }
            }
        }
    }
}

/// One claim's outcome.
#[derive(Debug, Clone)]
struct Decision {
    verdict: Verdict,
    /// New state; `None` leaves the stored state as it is.
    state: Option<FigureState>,
    alerts: Vec<Alert>,
}

/// Tracks figures; see the module docs for the semantics.
pub struct Tracker {
    specs: HashMap<String, Spec>,
    /// Figures that wait for confirmation (debounce / min_sources).
    confirming: Vec<String>,
    alert_on_untracked: bool,
    window: Duration,
    store: SharedStore,
    sinks: Vec<String>,
    cache: HashMap<String, FigureState>,
}

impl Tracker {
    /// `sinks`: names of the sinks every alert is queued for
    /// (`SinkConfig::display_name()`).
    pub fn new(cfg: &Config, store: SharedStore, sinks: Vec<String>) -> Tracker {
        let specs: HashMap<String, Spec> = cfg
            .figures
            .iter()
            .map(|f| {
                let spec = Spec {
                    id: f.id.clone(),
                    name: f.name.clone(),
                    unit: Some(f.unit.clone()),
                    tolerance: if f.tolerance.is_finite() {
                        f.tolerance.clamp(0.0, 0.999)
                    } else {
                        0.0
                    },
                    measure: f.measure,
                    alert_on_new: f.alert_on_new.unwrap_or(cfg.alert_on_new),
                    debounce: f.debounce.and_then(|d| chrono_dur(d.0)),
                    min_sources: f.min_sources.unwrap_or(1).max(1) as usize,
                    quiet: f.quiet.and_then(|d| chrono_dur(d.0)),
                    tracked: true,
                };
                (f.id.clone(), spec)
            })
            .collect();
        let mut confirming: Vec<String> = specs
            .values()
            .filter(|s| s.needs_confirmation())
            .map(|s| s.id.clone())
            .collect();
        confirming.sort();
        Tracker {
            specs,
            confirming,
            alert_on_untracked: cfg.alert_on_untracked,
            window: chrono_dur(cfg.conflict_window.0).unwrap_or(Duration::zero()),
            store,
            sinks,
            cache: HashMap::new(),
        }
    }

    /// The store this tracker writes to.
    pub fn store(&self) -> &SharedStore {
        &self.store
    }

    /// Names of the sinks alerts are queued for.
    pub fn sinks(&self) -> &[String] {
        &self.sinks
    }

    /// Apply one claim: decide its verdict and alerts and persist them with
    /// one `Store::apply_claim` (history + state + outbox, atomically).
    /// Returns the alerts raised; none if the claim id was already applied.
    pub async fn apply(&mut self, claim: &Claim) -> Result<Vec<Alert>, TrackerError> {
        validate(claim)?;
        let at = claim.published_at.unwrap_or_else(Utc::now);
        let (key, spec) = self.spec_for(claim);
        let decision = match &spec {
            None => Decision {
                verdict: Verdict::Unattributed,
                state: None,
                alerts: Vec::new(),
            },
            Some(spec) => {
                let prev = self.load(&key).await?;
                let mut d = self.decide(spec, prev, claim, at);
                // Unchanged state is not rewritten (most claims repeat a
                // known value from a known outlet).
                if let (Some(new), Some(old)) = (&d.state, self.cache.get(&key))
                    && new == old
                    && *old != FigureState::default()
                {
                    d.state = None;
                }
                d
            }
        };
        let update = ClaimUpdate {
            claim: claim.clone(),
            figure: key.clone(),
            verdict: decision.verdict.as_str().to_string(),
            state: decision.state.as_ref().map(FigureState::to_json),
            alerts: decision.alerts.clone(),
        };
        match self.store.apply_claim(update, &self.sinks).await {
            Ok(true) => {
                tracing::debug!(figure = %key, claim = %claim.id, verdict = decision.verdict.as_str(), alerts = decision.alerts.len(), "claim applied");
                if let Some(state) = decision.state {
                    if self.cache.len() >= CACHE_LIMIT {
                        self.cache.clear();
                    }
                    self.cache.insert(key, state);
                }
                Ok(decision.alerts)
            }
            Ok(false) => {
                tracing::debug!(claim = %claim.id, "claim already applied; skipped");
                self.cache.remove(&key);
                Ok(Vec::new())
            }
            Err(e) => {
                self.cache.remove(&key);
                Err(e.into())
            }
        }
    }

    /// Release pending changes whose confirmation is complete at `now`
    /// (event time: replay passes the newest publication time seen; a live
    /// process may pass the wall clock). Persists state and outbox together
    /// and returns the alerts newly queued.
    pub async fn release_due(&mut self, now: DateTime<Utc>) -> Result<Vec<Alert>, TrackerError> {
        let mut out = Vec::new();
        for id in self.confirming.clone() {
            let Some(spec) = self.specs.get(&id).cloned() else {
                continue;
            };
            let prev = self.load(&id).await?;
            if prev.pending.is_none() {
                continue;
            }
            let mut st = prev.clone();
            let alert = self.release_if_due(&spec, &mut st, now);
            if st == prev {
                continue;
            }
            let alerts: Vec<Alert> = alert.into_iter().collect();
            let fresh = match self
                .store
                .put_figure_state(&id, st.to_json(), alerts.clone(), &self.sinks)
                .await
            {
                Ok(f) => f,
                Err(e) => {
                    self.cache.remove(&id);
                    return Err(e.into());
                }
            };
            self.cache.insert(id, st);
            out.extend(alerts.into_iter().filter(|a| fresh.contains(&a.id)));
        }
        Ok(out)
    }

    fn spec_for(&self, c: &Claim) -> (String, Option<Spec>) {
        if let Some(id) = c.figure.as_deref()
            && let Some(s) = self.specs.get(id)
        {
            return (id.to_string(), Some(s.clone()));
        }
        let key = match c.figure.as_deref() {
            // A figure id the config no longer has: keep it, untracked.
            Some(id) if !id.trim().is_empty() => id.to_string(),
            _ => match untracked_key(c) {
                Some(k) => k,
                None => return (UNATTRIBUTED_KEY.to_string(), None),
            },
        };
        let name = [
            c.subject.as_deref(),
            c.metric.as_deref(),
            c.object.as_deref(),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
        let spec = Spec {
            id: key.clone(),
            name: if name.is_empty() {
                format!("{key} (untracked)")
            } else {
                format!("{name} (untracked)")
            },
            unit: None,
            tolerance: 0.0,
            measure: Measure::Level,
            alert_on_new: false,
            debounce: None,
            min_sources: 1,
            quiet: None,
            tracked: false,
        };
        (key, Some(spec))
    }

    async fn load(&mut self, key: &str) -> Result<FigureState, TrackerError> {
        if let Some(s) = self.cache.get(key) {
            return Ok(s.clone());
        }
        let state = match self.store.figure_state(key).await? {
            Some(v) => FigureState::from_json(&v).map_err(|e| TrackerError::State {
                figure: key.to_string(),
                reason: e.to_string(),
            })?,
            None => FigureState::default(),
        };
        self.cache.insert(key.to_string(), state.clone());
        Ok(state)
    }

    fn alert(
        &self,
        spec: &Spec,
        kind: AlertKind,
        from: Option<f64>,
        unit: &str,
        s: &Sighting,
        previous: &[Sighting],
    ) -> Alert {
        Alert {
            v: WIRE_VERSION,
            id: stable_id(&[&spec.id, &s.evidence.claim_id, kind.as_str()]),
            figure: spec.id.clone(),
            name: spec.name.clone(),
            from,
            to: s.value(),
            unit: spec.unit.clone().unwrap_or_else(|| unit.to_string()),
            bound: s.bound(),
            source_url: s.evidence.source_url.clone(),
            source_title: s.evidence.source_title.clone(),
            published_at: s.evidence.published_at,
            quote: s.evidence.quote.clone(),
            previous_sources: previous.iter().map(|p| p.evidence.clone()).collect(),
            kind,
            claim_id: s.evidence.claim_id.clone(),
            as_of: s.as_of,
        }
    }

    fn quiet(&self, spec: &Spec, st: &FigureState, at: DateTime<Utc>) -> bool {
        match (spec.quiet, st.last_alert_at) {
            (Some(q), Some(last)) => at < last + q,
            _ => false,
        }
    }

    /// Promote a pending change whose wait is over and whose sources are
    /// enough; drop one that could not gather enough sources in time.
    fn release_if_due(
        &self,
        spec: &Spec,
        st: &mut FigureState,
        at: DateTime<Utc>,
    ) -> Option<Alert> {
        let p = st.pending.as_ref()?;
        let first = p.first()?.clone();
        let wait = spec.debounce.unwrap_or(Duration::zero());
        let waited = at >= p.since + wait;
        let enough = p.outlets() >= spec.min_sources;
        if waited && enough {
            let p = st.pending.take()?;
            let prev = st.current.take();
            let unit = prev
                .as_ref()
                .map(|c| c.unit.clone())
                .or_else(|| spec.unit.clone())
                .unwrap_or_default();
            let mut cur = Current::from_sighting(&first, &unit);
            for s in p.sightings.iter().skip(1) {
                cur.add_source(s);
            }
            cur.reported_at = p.sightings.iter().map(|s| s.at).max().unwrap_or(first.at);
            st.current = Some(cur);
            let prev_sources = match &prev {
                Some(c) => {
                    for s in &c.sources {
                        st.push_recent(s);
                    }
                    c.sources.clone()
                }
                None => Vec::new(),
            };
            if self.quiet(spec, st, at) {
                return None;
            }
            st.last_alert_at = Some(at);
            let from = prev.as_ref().map(|c| c.value);
            Some(self.alert(spec, AlertKind::Changed, from, &unit, &first, &prev_sources))
        } else {
            let expiry = p.since + wait.max(self.window);
            if !enough && at > expiry {
                st.pending = None;
            }
            None
        }
    }

    fn decide(&self, spec: &Spec, prev: FigureState, c: &Claim, at: DateTime<Utc>) -> Decision {
        let unchanged = |verdict| Decision {
            verdict,
            state: None,
            alerts: Vec::new(),
        };
        if c.duplicate_of.is_some() {
            return unchanged(Verdict::Duplicate);
        }
        if let Some(u) = &spec.unit
            && !same_unit(u, &c.unit)
        {
            return unchanged(Verdict::UnitMismatch);
        }
        if c.measure == Measure::Increment && spec.measure != Measure::Increment {
            return unchanged(Verdict::Increment);
        }
        let mut st = prev;
        let window = self.window;
        st.recent
            .retain(|r| (at - r.at).abs() <= window && r.at <= at + window);
        let mut alerts = Vec::new();
        if let Some(a) = self.release_if_due(spec, &mut st, at) {
            alerts.push(a);
        }
        let s = Sighting::from_claim(c, at);
        let unit = spec
            .unit
            .clone()
            .unwrap_or_else(|| c.unit.trim().to_string());
        let verdict = match st.current.take() {
            None => {
                st.current = Some(Current::from_sighting(&s, &unit));
                if spec.alert_on_new {
                    alerts.push(self.alert(spec, AlertKind::New, None, &unit, &s, &[]));
                    st.last_alert_at = Some(at);
                }
                Verdict::New
            }
            Some(cur) => match relation(&cur, &s) {
                Rel::Historical => {
                    st.current = Some(cur);
                    Verdict::Historical
                }
                Rel::Stale => {
                    st.current = Some(cur);
                    Verdict::Stale
                }
                Rel::NewPeriod => {
                    for old in &cur.sources {
                        st.push_recent(old);
                    }
                    st.current = Some(Current::from_sighting(&s, &unit));
                    st.pending = None;
                    if spec.alert_on_new {
                        alerts.push(self.alert(spec, AlertKind::New, None, &unit, &s, &[]));
                        st.last_alert_at = Some(at);
                    }
                    Verdict::NewPeriod
                }
                Rel::Compare { closed } => {
                    self.compare_and_update(spec, &mut st, cur, &s, at, closed, &unit, &mut alerts)
                }
            },
        };
        if !spec.tracked && !self.alert_on_untracked {
            alerts.clear();
        }
        Decision {
            verdict,
            state: Some(st),
            alerts,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn compare_and_update(
        &self,
        spec: &Spec,
        st: &mut FigureState,
        mut cur: Current,
        s: &Sighting,
        at: DateTime<Utc>,
        closed: bool,
        unit: &str,
        alerts: &mut Vec<Alert>,
    ) -> Verdict {
        let tol = spec.tolerance;
        match compare(&stated_current(&cur), &stated_sighting(s), tol) {
            Cmp::Same => {
                if !cur.add_source(s) {
                    // Same outlet again: remember when it last said so, to
                    // within an eighth of the conflict window (so repeats
                    // do not rewrite the state every time).
                    let step = (self.window / 8).max(Duration::minutes(1));
                    if let Some(x) = cur.sources.iter_mut().find(|x| x.outlet == s.outlet)
                        && s.at - x.at >= step
                    {
                        x.at = s.at;
                    }
                }
                if s.bound() == Bound::Exact && s.value_max.is_none() && cur.bound != Bound::Exact {
                    // A precise statement of the same value refines it.
                    cur.value = s.value();
                    cur.bound = Bound::Exact;
                    cur.value_max = None;
                }
                st.current = Some(cur);
                // The old value reaffirmed after a change was reported:
                // the change is not confirmed by waiting.
                if st.pending.as_ref().is_some_and(|p| s.at > p.since) {
                    st.pending = None;
                }
                Verdict::Same
            }
            Cmp::Consistent => {
                st.current = Some(cur);
                Verdict::ConsistentBound
            }
            Cmp::Differs => self.on_difference(spec, st, cur, s, at, closed, unit, alerts),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn on_difference(
        &self,
        spec: &Spec,
        st: &mut FigureState,
        cur: Current,
        s: &Sighting,
        at: DateTime<Utc>,
        closed: bool,
        unit: &str,
        alerts: &mut Vec<Alert>,
    ) -> Verdict {
        // Every path below either keeps the current value or replaces it.
        st.current = Some(cur.clone());
        let tol = spec.tolerance;
        let agrees = |a: &Sighting, b: &Sighting| {
            compare(&stated_sighting(a), &stated_sighting(b), tol) == Cmp::Same
        };
        // Another report of a change that is waiting for confirmation.
        if let Some(p) = st.pending.as_mut()
            && p.first().is_some_and(|f| agrees(f, s))
        {
            if p.sightings.len() < MAX_RECENT {
                p.sightings.push(s.clone());
            }
            if let Some(a) = self.release_if_due(spec, st, at) {
                alerts.push(a);
                return Verdict::Changed;
            }
            return if st.pending.is_some() {
                Verdict::Pending
            } else {
                Verdict::Quiet
            };
        }
        // Outlets other than the claim's that stated the current value
        // within the window.
        let opponents: Vec<Sighting> = cur
            .sources
            .iter()
            .filter(|x| x.outlet != s.outlet && (at - x.at).abs() <= self.window)
            .cloned()
            .collect();
        let flip_back = !opponents.is_empty()
            && st
                .recent
                .iter()
                .any(|r| agrees(r, s) && r.at <= cur.reported_at);
        if closed || flip_back {
            return self.on_dispute(spec, st, cur, s, at, closed, opponents, unit, alerts);
        }
        if spec.needs_confirmation() {
            st.pending = Some(Pending {
                since: at,
                sightings: vec![s.clone()],
            });
            if let Some(a) = self.release_if_due(spec, st, at) {
                alerts.push(a);
                return Verdict::Changed;
            }
            return Verdict::Pending;
        }
        for old in &cur.sources {
            st.push_recent(old);
        }
        st.current = Some(Current::from_sighting(s, unit));
        st.pending = None;
        if self.quiet(spec, st, at) {
            return Verdict::Quiet;
        }
        st.last_alert_at = Some(at);
        alerts.push(self.alert(
            spec,
            AlertKind::Changed,
            Some(cur.value),
            unit,
            s,
            &cur.sources,
        ));
        Verdict::Changed
    }

    #[allow(clippy::too_many_arguments)]
    fn on_dispute(
        &self,
        spec: &Spec,
        st: &mut FigureState,
        cur: Current,
        s: &Sighting,
        at: DateTime<Utc>,
        closed: bool,
        opponents: Vec<Sighting>,
        unit: &str,
        alerts: &mut Vec<Alert>,
    ) -> Verdict {
        let tol = spec.tolerance;
        // Independent outlets on each side.
        let mut new_side: Vec<Sighting> = vec![s.clone()];
        for r in &st.recent {
            if compare(&stated_sighting(r), &stated_sighting(s), tol) == Cmp::Same
                && !new_side.iter().any(|x| x.outlet == r.outlet)
            {
                new_side.push(r.clone());
            }
        }
        let cur_outlets = cur.outlets();
        let switch = new_side.len() > cur_outlets || (closed && new_side.len() == cur_outlets);
        let repeat = st.last_conflict.as_ref().is_some_and(|m| {
            (at - m.at).abs() <= self.window
                && ((within(m.a, cur.value, tol) && within(m.b, s.value(), tol))
                    || (within(m.a, s.value(), tol) && within(m.b, cur.value, tol)))
        });
        let mut verdict = Verdict::Disputed;
        if !opponents.is_empty() && !repeat && !self.quiet(spec, st, at) {
            alerts.push(self.alert(
                spec,
                AlertKind::Conflict,
                Some(cur.value),
                unit,
                s,
                &opponents,
            ));
            st.last_alert_at = Some(at);
            st.last_conflict = Some(ConflictMark {
                a: cur.value,
                b: s.value(),
                at,
            });
            verdict = Verdict::Conflict;
        }
        if switch {
            let mut next = Current::from_sighting(s, unit);
            for x in new_side.iter().skip(1) {
                next.add_source(x);
            }
            st.recent.retain(|r| {
                !new_side
                    .iter()
                    .any(|x| x.outlet == r.outlet && x.evidence.claim_id == r.evidence.claim_id)
            });
            for old in &cur.sources {
                st.push_recent(old);
            }
            st.current = Some(next);
        } else {
            st.current = Some(cur);
            st.push_recent(s);
        }
        verdict
    }
}

fn validate(c: &Claim) -> Result<(), TrackerError> {
    let bad = |reason: &str| {
        Err(TrackerError::InvalidClaim {
            id: c.id.clone(),
            reason: reason.to_string(),
        })
    };
    if c.id.trim().is_empty() {
        return bad("empty claim id");
    }
    if !c.value.is_finite() {
        return bad("value is not a finite number");
    }
    if c.value_max.is_some_and(|v| !v.is_finite()) {
        return bad("value_max is not a finite number");
    }
    Ok(())
}

#[cfg(test)]
mod tests;
