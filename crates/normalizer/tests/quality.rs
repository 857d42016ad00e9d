//! Extraction quality floors (see examples/eval and the crate README): the
//! scrapinghub-style shingle F1 must not fall below the recorded figures
//! (minus a small margin) on the generated corpus (needs `../shared`) and
//! on the development half of the real pages (fetched by
//! `scripts/fetch-eval-pages.sh`, which `make test` runs).

#[path = "../examples/eval/corpus.rs"]
mod corpus;
#[path = "../examples/eval/real.rs"]
mod real;
#[path = "../examples/eval/score.rs"]
mod score;

fn f1_of(pages: &[corpus::Page]) -> score::Scores {
    let preds: Vec<String> = pages
        .iter()
        .map(|p| newswatch_normalizer::extract_paragraphs(&p.html).join("\n\n"))
        .collect();
    f1_of_preds(pages, &preds)
}

fn f1_of_preds(pages: &[corpus::Page], preds: &[String]) -> score::Scores {
    let counts: Vec<_> = pages
        .iter()
        .zip(preds)
        .map(|(p, pred)| score::page_counts(&p.truth, pred))
        .collect();
    score::aggregate(&counts)
}

#[test]
fn shingle_f1_floor_on_generated_templates() {
    let stories = corpus::load_stories().unwrap_or_else(|e| panic!("corpus unavailable: {e}"));
    assert!(stories.len() >= 40, "only {} stories", stories.len());
    let pages = corpus::build_pages(&stories, false);
    // Each page on its own, and as the stage reads them.
    let single: Vec<String> = pages
        .iter()
        .map(|p| newswatch_normalizer::extract_paragraphs(&p.html).join("\n\n"))
        .collect();
    let sited = corpus::through_site_memory(&pages, &single);
    let part = |held: bool, preds: &[String]| {
        let (ps, pr): (Vec<corpus::Page>, Vec<String>) = pages
            .iter()
            .zip(preds)
            .filter(|(p, _)| p.held_out == held)
            .map(|(p, s)| (p.clone(), s.clone()))
            .unzip();
        f1_of_preds(&ps, &pr)
    };
    let (d, h) = (part(false, &single), part(true, &single));
    let (ds, hs) = (part(false, &sited), part(true, &sited));
    eprintln!(
        "development templates F1 {:.3} (site memory {:.3}), held-out F1 {:.3} (site memory {:.3})",
        d.f1, ds.f1, h.f1, hs.f1
    );
    assert!(d.f1 >= DEV_FLOOR, "development F1 {:.3}", d.f1);
    assert!(
        ds.f1 >= DEV_SITE_FLOOR,
        "development F1 with site memory {:.3}",
        ds.f1
    );
    assert!(h.f1 >= HELD_OUT_FLOOR, "held-out F1 {:.3}", h.f1);
    assert!(
        hs.f1 >= HELD_OUT_SITE_FLOOR,
        "held-out F1 with site memory {:.3}",
        hs.f1
    );
}

/// Floors: the figures measured on these light pages with the extractor
/// of 9c26814, minus a small margin. Development templates (rounds up to
/// 17): 0.973, with site memory 0.984. Held out (rounds 18 and 19: C*, D*,
/// A*, B*, each scored once, nothing tuned on them since): 0.975, with site
/// memory 0.986; the held-out floor is the target, 0.97.
const DEV_FLOOR: f64 = 0.97;
const DEV_SITE_FLOOR: f64 = 0.98;
const HELD_OUT_FLOOR: f64 = 0.97;
const HELD_OUT_SITE_FLOOR: f64 = 0.98;

#[test]
fn shingle_f1_floor_on_real_development_pages() {
    let dir = real::pages_dir();
    let pages = real::load(&dir).unwrap_or_else(|e| panic!("real pages unavailable: {e}"));
    let dev: Vec<_> = pages.into_iter().filter(|p| !p.held_out).collect();
    assert!(
        dev.len() >= 40,
        "only {} development pages in {}",
        dev.len(),
        dir.display()
    );
    let s = f1_of(&dev);
    eprintln!(
        "real development pages F1 {:.3} ({} pages)",
        s.f1,
        dev.len()
    );
    // Measured: 0.933 (0.937 before a wiki's notes and reference lists,
    // which Reader View keeps, were dropped on purpose).
    assert!(s.f1 >= 0.925, "F1 {:.3}", s.f1);
}

#[test]
fn scorer_matches_hand_computed_values() {
    let truth = "a b c d e f";
    // 3 shingles in truth; prediction shares the first two and adds one.
    let (tp, fp, fnn) = score::page_counts(truth, "a b c d e x");
    assert!(
        (tp - 2.0 / 4.0).abs() < 1e-9
            && (fp - 1.0 / 4.0).abs() < 1e-9
            && (fnn - 1.0 / 4.0).abs() < 1e-9
    );
}

#[test]
fn reference_text_keeps_paragraphs() {
    let t = real::text_of("<div><h2>Head</h2><p>One <b>two</b></p><p>three</p></div>");
    assert_eq!(t, "Head\n\nOne two\n\nthree");
}
