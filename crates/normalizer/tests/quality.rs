//! Extraction quality floor on the evaluation corpus (see examples/eval):
//! the scrapinghub-style shingle F1 must not fall below the figures
//! recorded in the README (minus a small margin). Needs `../shared`.

#[path = "../examples/eval/corpus.rs"]
mod corpus;
#[path = "../examples/eval/score.rs"]
mod score;

#[test]
fn shingle_f1_floor_on_dev_and_held_out_templates() {
    let stories = corpus::load_stories().unwrap_or_else(|e| panic!("corpus unavailable: {e}"));
    assert!(stories.len() >= 40, "only {} stories", stories.len());
    let pages = corpus::build_pages(&stories, false);
    let mut dev = Vec::new();
    let mut held = Vec::new();
    for p in &pages {
        let pred = newswatch_normalizer::extract_paragraphs(&p.html).join("\n\n");
        let c = score::page_counts(&p.truth, &pred);
        if p.held_out {
            held.push(c)
        } else {
            dev.push(c)
        }
    }
    let (d, h) = (score::aggregate(&dev), score::aggregate(&held));
    eprintln!("dev F1 {:.3} held-out F1 {:.3}", d.f1, h.f1);
    assert!(d.f1 >= 0.988, "dev F1 {:.3}", d.f1);
    assert!(h.f1 >= 0.945, "held-out F1 {:.3}", h.f1);
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
