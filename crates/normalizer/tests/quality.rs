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
    let counts: Vec<_> = pages
        .iter()
        .map(|p| {
            let pred = newswatch_normalizer::extract_paragraphs(&p.html).join("\n\n");
            score::page_counts(&p.truth, &pred)
        })
        .collect();
    score::aggregate(&counts)
}

#[test]
fn shingle_f1_floor_on_generated_templates() {
    let stories = corpus::load_stories().unwrap_or_else(|e| panic!("corpus unavailable: {e}"));
    assert!(stories.len() >= 40, "only {} stories", stories.len());
    let pages = corpus::build_pages(&stories, false);
    let (held, dev): (Vec<_>, Vec<_>) = pages.into_iter().partition(|p| p.held_out);
    let (d, h) = (f1_of(&dev), f1_of(&held));
    eprintln!(
        "development templates F1 {:.3}, held-out F1 {:.3}",
        d.f1, h.f1
    );
    // Measured (5dadd2f, these light pages): development 0.975; held-out
    // (round 15) 0.902.
    assert!(d.f1 >= 0.97, "development F1 {:.3}", d.f1);
    assert!(h.f1 >= HELD_OUT_FLOOR, "held-out F1 {:.3}", h.f1);
}

/// Floor for the held-out templates (round 15, Y0-Y3): their score on
/// these light pages at their one evaluation, 0.902, minus a margin; set
/// after that evaluation.
const HELD_OUT_FLOOR: f64 = 0.895;

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
