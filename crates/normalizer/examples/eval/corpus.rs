//! The evaluation corpus: article texts wrapped in generated page templates.
//!
//! Article texts (the ground truth) come from three places, all read at run
//! time and never copied into the repository:
//! - the five seed articles in `../shared/seeds/` (real coverage, plain text);
//! - the feed fixtures in `../shared/testdata/feeds/` (real feeds whose
//!   items carry full article HTML: every item with at least two real
//!   paragraphs and 80 words; long ones cut into pieces of 12 paragraphs);
//! - `stories.txt` beside this file (fictional news written for this crate).
//!
//! Each text is rendered into every page template below, with page chrome
//! (navigation, cookie banners, ads, related links, comments, newsletter
//! boxes, sidebars, footers, captions, share bars, author bios) chosen and
//! worded at random from a seeded generator, so the corpus is reproducible.
//! Templates `T*` were used while tuning the extractor. Templates `H*` were
//! written as a held-out set with them, but their scores were seen after
//! the first run, so they count as development templates too. Templates
//! `G*` were written and committed after that, before their first
//! evaluation, and scored once as the held-out set (figures in the README);
//! two failure modes seen there were then fixed, so they are development
//! templates now. `K*` were written and committed after those fixes,
//! before their first evaluation, and scored once as held-out round 2;
//! the next round of changes was tuned with their scores in view, so they
//! are development templates now. `L*` were written by an engineer who
//! had not read the extractor, committed before their first evaluation,
//! scored once as held-out round 3 (figures in the README), and are
//! development templates since. `M*` were written the same way after the
//! changes tuned on `L*`, scored once as held-out round 4, and are
//! development templates since. `N*` were written the same way, scored
//! once as held-out round 5, and are development templates since.
//! `O*` were written the same way, scored once as held-out round 6, and
//! are development templates since. `P*` were written the same way,
//! scored once as held-out round 7, and are development templates since.
//! `Q*` were written the same way, scored once as held-out round 8, and
//! are development templates since.
//! `R*` were written the same way, scored once as held-out round 9, and
//! are development templates since.
//! `S*` were written the same way, scored once as held-out round 10, and
//! are development templates since.
//! `U*` were written the same way, scored once as held-out round 11, and
//! are development templates since.
//! `V*` were written the same way, scored once as held-out round 12, and
//! are development templates since.
//! `W*` (held out, round 13) were written the same way, without reading
//! the extractor, and committed before their first evaluation.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// One article text: the ground truth of every page made from it.
#[derive(Debug, Clone)]
pub struct Story {
    pub title: String,
    pub author: String,
    pub date: String,
    pub paragraphs: Vec<String>,
    pub origin: String,
}

/// One generated page.
#[derive(Debug, Clone)]
pub struct Page {
    pub name: String,
    pub template: &'static str,
    pub held_out: bool,
    pub story: usize,
    pub html: String,
    /// Ground-truth main text, paragraphs joined by blank lines.
    pub truth: String,
}

/// Path of the shared test data (`../shared` beside the workspace).
pub fn shared_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared")
}

fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Escape text for HTML.
pub fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn load_seeds(dir: &Path, out: &mut Vec<Story>) -> Result<(), String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("seeds missing at {}: {e}", dir.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    for p in files {
        let body = std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))?;
        let lines: Vec<String> = body.lines().map(clean).filter(|l| words(l) >= 5).collect();
        let Some((title, rest)) = lines.split_first() else {
            continue;
        };
        for (i, chunk) in rest.chunks(12).enumerate() {
            if chunk.len() < 2 {
                continue;
            }
            out.push(Story {
                title: title.clone(),
                author: "Staff Reporter".into(),
                date: "2026-02-12".into(),
                paragraphs: chunk.to_vec(),
                origin: format!("seed {} part {}", p.display(), i + 1),
            });
        }
    }
    Ok(())
}

fn html_paragraphs(html: &str) -> Vec<String> {
    let frag = scraper::Html::parse_fragment(html);
    let Ok(sel) = scraper::Selector::parse("p") else {
        return Vec::new();
    };
    frag.select(&sel)
        .map(|p| clean(&p.text().collect::<String>()))
        .filter(|t| words(t) >= 6)
        .collect()
}

fn load_feeds(dir: &Path, out: &mut Vec<Story>) -> Result<(), String> {
    let mut stack = vec![dir.to_path_buf()];
    let mut files = Vec::new();
    while let Some(d) = stack.pop() {
        let rd =
            std::fs::read_dir(&d).map_err(|e| format!("feeds missing at {}: {e}", d.display()))?;
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if !p.to_string_lossy().ends_with(".json") {
                files.push(p);
            }
        }
    }
    files.sort();
    let mut seen = std::collections::HashSet::new();
    for p in files {
        let Ok(bytes) = std::fs::read(&p) else {
            continue;
        };
        let Ok(feed) = feed_rs::parser::parse(bytes.as_slice()) else {
            continue;
        };
        for entry in feed.entries {
            let html = entry
                .content
                .as_ref()
                .and_then(|c| c.body.clone())
                .or_else(|| entry.summary.as_ref().map(|s| s.content.clone()))
                .unwrap_or_default();
            let paras = html_paragraphs(&html);
            let total: usize = paras.iter().map(|p| words(p)).sum();
            if paras.len() < 2 || total < 80 {
                continue;
            }
            if !seen.insert(paras[0].clone()) {
                continue;
            }
            let title = entry
                .title
                .map(|t| clean(&t.content))
                .filter(|t| !t.is_empty())
                .unwrap_or_else(|| "Untitled".into());
            for (i, chunk) in paras.chunks(12).enumerate() {
                if chunk.len() < 2 {
                    continue;
                }
                out.push(Story {
                    title: title.clone(),
                    author: entry
                        .authors
                        .first()
                        .map(|a| clean(&a.name))
                        .unwrap_or_else(|| "Web Desk".into()),
                    date: "2024-05-01".into(),
                    paragraphs: chunk.to_vec(),
                    origin: format!("feed {} part {}", p.display(), i + 1),
                });
            }
        }
    }
    Ok(())
}

/// Parse `stories.txt`: `=== Title | Author | YYYY-MM-DD` then one
/// paragraph per line.
pub fn parse_stories(text: &str) -> Vec<Story> {
    let mut out: Vec<Story> = Vec::new();
    for line in text.lines() {
        if let Some(head) = line.strip_prefix("=== ") {
            let parts: Vec<&str> = head.split(" | ").collect();
            out.push(Story {
                title: parts.first().copied().unwrap_or_default().to_string(),
                author: parts.get(1).copied().unwrap_or_default().to_string(),
                date: parts.get(2).copied().unwrap_or("2025-01-01").to_string(),
                paragraphs: Vec::new(),
                origin: "stories.txt".into(),
            });
        } else if !line.trim().is_empty()
            && let Some(s) = out.last_mut()
        {
            s.paragraphs.push(clean(line));
        }
    }
    out
}

/// All stories: shared seeds, shared feed items, our own fiction.
pub fn load_stories() -> Result<Vec<Story>, String> {
    let shared = shared_dir();
    let mut out = Vec::new();
    load_seeds(&shared.join("seeds"), &mut out)?;
    load_feeds(&shared.join("testdata/feeds"), &mut out)?;
    out.extend(parse_stories(include_str!("stories.txt")));
    Ok(out)
}

/// Small deterministic generator (SplitMix64).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    pub fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
    /// A CSS-in-JS style class name ("css-1k3x9q").
    pub fn hashed(&mut self) -> String {
        let alphabet = b"abcdefghijklmnopqrstuvwxyz0123456789";
        let n = 5 + self.below(3);
        let s: String = (0..n)
            .map(|_| char::from(alphabet[self.below(alphabet.len())]))
            .collect();
        format!("{}-{s}", self.pick(&["css", "sc", "e1", "jsx", "x"]))
    }
}

const SECTIONS: &[&str] = &[
    "News",
    "World",
    "Politics",
    "Business",
    "Markets",
    "Technology",
    "Science",
    "Health",
    "Sports",
    "Culture",
    "Opinion",
    "Climate",
    "Travel",
    "Food",
    "Real Estate",
    "Obituaries",
];

const TEASERS: &[&str] = &[
    "Council weighs new parking rules for downtown blocks",
    "Five takeaways from the central bank's latest meeting",
    "How a small bakery became a weekend tourist attraction",
    "Storm leaves thousands without power across the valley",
    "Local runner qualifies for national championships",
    "Why mortgage rates are not falling as fast as expected",
    "Museum reopens after two-year renovation with new wing",
    "School district names interim superintendent",
    "Review: a quiet thriller that lingers long after the credits",
    "The best hiking trails within an hour of the city",
    "Tech firm cuts 200 jobs in restructuring",
    "Farmers market moves to new location for the summer",
    "What the new recycling rules mean for your household",
    "Opinion: the bridge repair plan deserves a second look",
    "Police investigate break-ins at three hardware stores",
    "Startup raises seed funding for crop-monitoring drones",
];

const TEASER_BLURBS: &[&str] = &[
    "Officials say the change could take effect before the holidays, though several business owners have asked for more time to prepare.",
    "Analysts expect the decision to ripple through lending markets for months, with smaller banks likely to feel it first.",
    "The owners started with a single oven in a rented garage and now sell out by ten o'clock most Saturday mornings.",
    "Crews worked through the night to restore service, but some rural customers may wait until the weekend.",
    "The decision follows a lengthy search and a series of public meetings that drew hundreds of parents.",
    "Residents will need to separate glass from other recyclables starting next month under the new county rules.",
];

const COOKIE_TEXT: &[&str] = &[
    "We use cookies and similar technologies to recognise your repeat visits and preferences, to measure the effectiveness of campaigns and to improve our websites.",
    "This site uses cookies to deliver personalised content and advertising. By continuing to browse you consent to our use of cookies as described in our privacy policy.",
    "We and our partners store and access information on your device to provide a better browsing experience, for analytics and to show you relevant ads.",
];

const AD_TEXT: &[&str] = &[
    "Advertisement",
    "ADVERTISEMENT",
    "Sponsored content: refinance today and lower your monthly payments with rates starting at just 5.9% APR for qualified buyers.",
    "Advertisement - scroll to continue",
    "Story continues below advertisement",
    "Try our premium plan free for 30 days. Cancel anytime, no questions asked, and keep every article you saved.",
];

const NEWSLETTER_TEXT: &[&str] = &[
    "Get the day's most important stories delivered to your inbox every morning. Sign up for our free newsletter, and never miss a headline again.",
    "Subscribe to our weekly briefing for analysis you will not find anywhere else, written by our reporters and editors around the world.",
];

const COMMENTS: &[&str] = &[
    "I have lived here for thirty years and I have never seen the council move this fast on anything, so forgive me if I am skeptical that the money will actually arrive.",
    "Great reporting as always. It would be useful to know how these numbers compare with what the neighbouring counties spent over the same period, though.",
    "This is exactly the kind of decision that gets made behind closed doors and then presented to the public as if there had been a real debate about it.",
    "My brother works in this industry and he says the real story is the staffing shortage, which nobody in charge seems willing to talk about openly.",
    "Does anyone know whether the new rules apply to existing contracts or only to the ones signed after the vote? The article does not say.",
    "Another article, another set of promises. Let's check back in two years and see how many of these projections actually came true for ordinary people.",
];

const FOOTER_TEXT: &[&str] = &[
    "Copyright 2025 Example Media Group. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.",
    "Use of this site constitutes acceptance of our User Agreement and Privacy Policy and Cookie Statement and your California privacy rights.",
    "Our journalism is supported by readers like you. We are an independent newsroom that relies on subscriptions, donations and advertising to fund our reporting.",
];

const BIO_TEXT: &[&str] = &[
    "is a staff writer covering business and the economy. Before joining the newsroom, she spent six years reporting on energy markets and local government in three states.",
    "reports on infrastructure and transport. He previously worked as a data reporter and has won two regional awards for investigative coverage of public spending.",
];

const CAPTIONS: &[&str] = &[
    "Workers at the site earlier this month. Photo: Staff photographer",
    "The announcement was made at a news conference on Tuesday. (File photo)",
    "An aerial view of the area, seen from the east. Image credit: Agency pool",
];

/// Markup helpers the templates share.
struct Chrome<'a> {
    rng: &'a mut Rng,
}

impl Chrome<'_> {
    fn links(&mut self, n: usize, from: &[&str]) -> Vec<String> {
        (0..n)
            .map(|_| {
                let t = self.rng.pick(from);
                format!("<a href=\"/{}\">{}</a>", self.rng.below(100_000), esc(t))
            })
            .collect()
    }

    fn nav_ul(&mut self) -> String {
        let n = 5 + self.rng.below(7);
        let items: String = self
            .links(n, SECTIONS)
            .into_iter()
            .map(|l| format!("<li>{l}</li>"))
            .collect();
        format!("<ul>{items}</ul>")
    }

    fn teaser_list(&mut self, n: usize) -> String {
        let items: String = self
            .links(n, TEASERS)
            .into_iter()
            .map(|l| format!("<li>{l}</li>"))
            .collect();
        format!("<ul>{items}</ul>")
    }

    fn comments(&mut self, wrapper_class: &str, item_class: &str) -> String {
        let n = 2 + self.rng.below(4);
        let mut s = format!("<div class=\"{wrapper_class}\"><h3>{} comments</h3>", n);
        for i in 0..n {
            s.push_str(&format!(
                "<div class=\"{item_class}\"><span class=\"user\">reader{i}{}</span><p>{}</p></div>",
                self.rng.below(999),
                esc(self.rng.pick(COMMENTS))
            ));
        }
        s.push_str("</div>");
        s
    }

    /// Render paragraphs with some inline markup (links, emphasis).
    fn body_paragraph(&mut self, p: &str) -> String {
        let e = esc(p);
        let words: Vec<&str> = e.split(' ').collect();
        if words.len() > 12 && self.rng.chance(25) {
            let i = self.rng.below(words.len() - 4);
            let tag = self.rng.pick(&[
                "a href=\"/topic\"",
                "em",
                "strong",
                "a href=\"https://example.org/x\"",
            ]);
            let close = tag.split(' ').next().unwrap_or("em");
            let mut out = words[..i].join(" ");
            out.push_str(&format!(" <{tag}>{}</{close}> ", words[i..i + 3].join(" ")));
            out.push_str(&words[i + 3..].join(" "));
            out
        } else {
            e
        }
    }
}

fn head(story: &Story, site: &str, extra: &str) -> String {
    format!(
        "<head><meta charset=\"utf-8\"><title>{t} | {site}</title>\
         <meta property=\"og:title\" content=\"{t}\"><meta property=\"og:site_name\" content=\"{site}\">\
         <meta property=\"article:published_time\" content=\"{d}T10:00:00Z\">\
         <script>var _q=[];function ga(){{return 1<2}}</script><style>.x{{color:red}}</style>{extra}</head>",
        t = esc(&story.title),
        d = story.date,
    )
}

/// A template renders a story into a full page.
type Template = fn(&Story, &mut Rng) -> String;

/// T0: HTML5 news site with semantic tags and class names.
fn t0_semantic(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let mut body = String::new();
    for (i, p) in s.paragraphs.iter().enumerate() {
        body.push_str(&format!("<p>{}</p>\n", c.body_paragraph(p)));
        if i == 1 {
            body.push_str(&format!(
                "<div class=\"ad-container\"><span class=\"ad-label\">{}</span><div id=\"gpt-ad-1\"></div></div>",
                c.rng.pick(AD_TEXT)
            ));
        }
        if i == 3 && c.rng.chance(60) {
            body.push_str(&format!(
                "<aside class=\"related-inline\"><h4>Related</h4>{}</aside>",
                c.teaser_list(2)
            ));
        }
    }
    let nav = c.nav_ul();
    let cookie = c.rng.pick(COOKIE_TEXT);
    let related = c.teaser_list(4);
    let comments = c.comments("comments", "comment");
    let popular = c.teaser_list(5);
    format!(
        "<!DOCTYPE html><html lang=\"en\">{head}<body>\
         <div class=\"cookie-banner\"><p>{cookie}</p><button>Accept</button></div>\
         <header class=\"site-header\"><a class=\"logo\" href=\"/\">Example Times</a><nav>{nav}</nav></header>\
         <main><article><header><h1>{title}</h1><p class=\"byline\">By {author}</p>\
         <time datetime=\"{date}\">{date}</time></header>\
         <figure><img src=\"a.jpg\"><figcaption>{cap}</figcaption></figure>\
         <div class=\"article-body\">{body}</div>\
         <div class=\"share-bar\"><a href=\"#\">Facebook</a><a href=\"#\">Twitter</a><a href=\"#\">Email</a></div>\
         </article>\
         <section class=\"related-stories\"><h2>Related stories</h2>{related}</section>\
         {comments}</main>\
         <aside class=\"sidebar\"><h3>Most popular</h3>{popular}</aside>\
         <footer><p>{foot}</p></footer></body></html>",
        head = head(s, "Example Times", ""),
        title = esc(&s.title),
        author = esc(&s.author),
        date = s.date,
        cap = c.rng.pick(CAPTIONS),
        foot = c.rng.pick(FOOTER_TEXT),
    )
}

/// T1: WordPress-like blog: div soup with the usual class names.
fn t1_blog(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let body: String = s
        .paragraphs
        .iter()
        .map(|p| format!("<p>{}</p>\n", c.body_paragraph(p)))
        .collect();
    let nav = c.nav_ul();
    let comments = c.comments("comments-area", "comment-body");
    let widgets = c.teaser_list(5);
    let news = c.rng.pick(NEWSLETTER_TEXT);
    let bio = c.rng.pick(BIO_TEXT);
    format!(
        "<html>{head}<body class=\"post-template-default single\">\
         <div id=\"page\"><div id=\"masthead\"><h2 class=\"site-title\"><a href=\"/\">The Lantern</a></h2>\
         <div id=\"site-navigation\" class=\"main-navigation\">{nav}</div></div>\
         <div id=\"content\" class=\"site-content\"><div id=\"primary\" class=\"content-area\">\
         <div class=\"post hentry\"><h1 class=\"entry-title\">{title}</h1>\
         <div class=\"entry-meta\"><span class=\"posted-on\">{date}</span> <span class=\"author vcard\">{author}</span></div>\
         <div class=\"entry-content\">{body}\
         <div class=\"sharedaddy sd-sharing-enabled\"><h3>Share this:</h3><a href=\"#\">Twitter</a> <a href=\"#\">Facebook</a></div>\
         </div>\
         <div class=\"author-info\"><p>{author} {bio}</p></div>\
         <div class=\"jp-relatedposts\"><h3>Related</h3>{rel}</div>\
         </div>{comments}</div>\
         <div id=\"secondary\" class=\"widget-area\"><div class=\"widget\"><h2>Recent posts</h2>{widgets}</div>\
         <div class=\"widget newsletter\"><p>{news}</p></div></div></div>\
         <div id=\"colophon\" class=\"site-footer\"><p>{foot}</p></div></div></body></html>",
        head = head(s, "The Lantern", ""),
        title = esc(&s.title),
        author = esc(&s.author),
        date = s.date,
        rel = c.teaser_list(3),
        foot = c.rng.pick(FOOTER_TEXT),
    )
}

/// T2: wire-service page: text separated by `<br><br>`, table menus.
fn t2_wire_br(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let body: Vec<String> = s.paragraphs.iter().map(|p| c.body_paragraph(p)).collect();
    let links = c.links(8, SECTIONS).join(" | ");
    let more = c.teaser_list(6);
    format!(
        "<html>{head}<body><table id=\"menu\"><tr><td>{links}</td></tr></table>\
         <div id=\"gdpr-consent\">{cookie}</div>\
         <div class=\"headline\"><h1>{title}</h1></div><div class=\"dateline\">{date} - By {author}</div>\
         <div class=\"story\">{body}</div>\
         <div class=\"more-headlines\"><b>More headlines</b>{more}</div>\
         <div id=\"ftr\">{foot}</div></body></html>",
        head = head(s, "Wire Desk", ""),
        cookie = c.rng.pick(COOKIE_TEXT),
        title = esc(&s.title),
        author = esc(&s.author),
        date = s.date,
        body = body.join("<br><br>\n"),
        foot = c.rng.pick(FOOTER_TEXT),
    )
}

/// T3: magazine with a paywall prompt, div paragraphs and teaser cards.
fn t3_magazine(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let mut body = String::new();
    for (i, p) in s.paragraphs.iter().enumerate() {
        body.push_str(&format!(
            "<div class=\"para\">{}</div>\n",
            c.body_paragraph(p)
        ));
        if i == 2 {
            body.push_str(&format!(
                "<div class=\"paywall-prompt\"><p>{}</p><a href=\"/subscribe\">Subscribe now</a></div>",
                c.rng.pick(NEWSLETTER_TEXT)
            ));
        }
    }
    let mut cards = String::new();
    for _ in 0..3 {
        cards.push_str(&format!(
            "<div class=\"recommended-card\"><a href=\"/r{}\"><h3>{}</h3></a><p>{}</p></div>",
            c.rng.below(1000),
            c.rng.pick(TEASERS),
            c.rng.pick(TEASER_BLURBS)
        ));
    }
    let nav = c.nav_ul();
    format!(
        "<!doctype html><html>{head}<body><div class=\"topbar\"><nav class=\"primary\">{nav}</nav></div>\
         <div class=\"container\"><section class=\"body\"><h1>{title}</h1>\
         <p class=\"standfirst\">{first_words}</p>\
         <div class=\"author-byline\">By {author}</div>{body}</section>\
         <section class=\"recommendations\"><h2>Recommended for you</h2>{cards}</section></div>\
         <div class=\"site-footer\"><p>{foot}</p></div></body></html>",
        head = head(s, "The Quarterly", ""),
        title = esc(&s.title),
        first_words = esc(&s.title),
        author = esc(&s.author),
        foot = c.rng.pick(FOOTER_TEXT),
    )
}

/// T4: link-heavy prose, bootstrap grid with a sidebar of teaser blurbs.
fn t4_grid(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let body: String = s
        .paragraphs
        .iter()
        .map(|p| format!("<p>{}</p>", c.body_paragraph(p)))
        .collect();
    let mut side = String::new();
    for _ in 0..4 {
        side.push_str(&format!(
            "<div class=\"teaser\"><a href=\"/t{}\">{}</a><p>{}</p></div>",
            c.rng.below(999),
            c.rng.pick(TEASERS),
            c.rng.pick(TEASER_BLURBS)
        ));
    }
    let nav = c.nav_ul();
    format!(
        "<html>{head}<body><div class=\"navbar navbar-default\">{nav}</div>\
         <div class=\"breadcrumb\"><a href=\"/\">Home</a> &gt; <a href=\"/news\">News</a></div>\
         <div class=\"row\"><div class=\"col-md-8\"><h1>{title}</h1>\
         <div class=\"text-muted\">{date}</div><div class=\"article-text\">{body}</div>\
         <div class=\"tags\"><a href=\"/t/1\">economy</a> <a href=\"/t/2\">local</a></div></div>\
         <div class=\"col-md-4\">{side}</div></div>\
         <div class=\"footer\"><p>{foot}</p><p>{foot2}</p></div></body></html>",
        head = head(s, "Metro Daily", ""),
        title = esc(&s.title),
        date = s.date,
        foot = c.rng.pick(FOOTER_TEXT),
        foot2 = c.rng.pick(FOOTER_TEXT),
    )
}

/// T5: portal page with JSON-LD, inline "read also" links and an
/// in-article newsletter box.
fn t5_portal(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let mut body = String::new();
    for (i, p) in s.paragraphs.iter().enumerate() {
        body.push_str(&format!("<p>{}</p>", c.body_paragraph(p)));
        if i == 0 {
            let l = c.links(1, TEASERS).join("");
            body.push_str(&format!(
                "<p class=\"read-also\"><strong>Read also:</strong> {l}</p>"
            ));
        }
        if i == 2 {
            body.push_str(&format!(
                "<div class=\"newsletter-box\"><h3>Morning briefing</h3><p>{}</p></div>",
                c.rng.pick(NEWSLETTER_TEXT)
            ));
        }
    }
    let ld = format!(
        "<script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"headline\":\"{}\",\"datePublished\":\"{}\"}}</script>",
        esc(&s.title).replace('"', "'"),
        s.date
    );
    let nav = c.nav_ul();
    let comments = c.comments("user-comments", "comment-item");
    format!(
        "<html>{head}<body><div id=\"header\"><div class=\"menu\">{nav}</div></div>\
         <div id=\"main\"><div class=\"story-header\"><h1>{title}</h1><span class=\"timestamp\">{date}</span></div>\
         <div itemprop=\"articleBody\" class=\"story-content\">{body}</div>\
         <div class=\"social-share\"><a href=\"#\">Share</a></div>{comments}</div>\
         <div id=\"footer\"><p>{foot}</p></div></body></html>",
        head = head(s, "Portal News", &ld),
        title = esc(&s.title),
        date = s.date,
        foot = c.rng.pick(FOOTER_TEXT),
    )
}

/// H0 (held out): CSS-in-JS site: every class is a hash, few semantic tags,
/// related cards with blurbs in `<p>`, prose footer in `<p>`.
fn h0_hashed(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let mut body = String::new();
    let pcls = c.rng.hashed();
    for (i, p) in s.paragraphs.iter().enumerate() {
        body.push_str(&format!("<p class=\"{pcls}\">{}</p>", c.body_paragraph(p)));
        if i == 1 {
            body.push_str(&format!(
                "<div class=\"{}\"><div class=\"{}\">{}</div></div>",
                c.rng.hashed(),
                c.rng.hashed(),
                c.rng.pick(&["Advertisement", "ADVERTISEMENT"])
            ));
        }
    }
    let mut cards = String::new();
    for _ in 0..4 {
        cards.push_str(&format!(
            "<div class=\"{}\"><a class=\"{}\" href=\"/c{}\">{}</a><p class=\"{}\">{}</p></div>",
            c.rng.hashed(),
            c.rng.hashed(),
            c.rng.below(999),
            c.rng.pick(TEASERS),
            c.rng.hashed(),
            c.rng.pick(TEASER_BLURBS)
        ));
    }
    let navlinks = c.links(8, SECTIONS).join("");
    format!(
        "<html>{head}<body><div id=\"__next\"><div class=\"{a}\"><div class=\"{b}\">{navlinks}</div></div>\
         <div class=\"{c1}\"><div class=\"{d}\"><h1 class=\"{e}\">{title}</h1><div class=\"{f}\">{author} · {date}</div>\
         <div class=\"{g}\">{body}</div></div>\
         <div class=\"{h}\"><h2 class=\"{i}\">More stories</h2>{cards}</div></div>\
         <div class=\"{j}\"><p class=\"{k}\">{foot}</p></div></div></body></html>",
        head = head(s, "Newsroom", ""),
        a = c.rng.hashed(),
        b = c.rng.hashed(),
        c1 = c.rng.hashed(),
        d = c.rng.hashed(),
        e = c.rng.hashed(),
        f = c.rng.hashed(),
        g = c.rng.hashed(),
        h = c.rng.hashed(),
        i = c.rng.hashed(),
        j = c.rng.hashed(),
        k = c.rng.hashed(),
        title = esc(&s.title),
        author = esc(&s.author),
        date = s.date,
        foot = c.rng.pick(FOOTER_TEXT),
    )
}

/// H1 (held out): table layout with `<font>` tags and a prose sidebar.
fn h1_tables(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let body: String = s
        .paragraphs
        .iter()
        .map(|p| {
            format!(
                "<p><font face=\"Arial\" size=\"2\">{}</font></p>",
                c.body_paragraph(p)
            )
        })
        .collect();
    let links = c.links(7, SECTIONS).join("<br>");
    format!(
        "<html>{head}<body bgcolor=\"#ffffff\"><table width=\"960\"><tr><td colspan=\"3\"><img src=\"logo.gif\">\
         <font size=\"1\">{date}</font></td></tr><tr><td width=\"150\" valign=\"top\">{links}</td>\
         <td valign=\"top\"><font size=\"4\"><b>{title}</b></font><br><font size=\"1\">by {author}</font>{body}</td>\
         <td width=\"200\" valign=\"top\"><font size=\"2\"><b>In other news</b><p>{blurb1}</p><p>{blurb2}</p></font></td></tr>\
         <tr><td colspan=\"3\"><font size=\"1\">{foot}</font></td></tr></table></body></html>",
        head = head(s, "County Herald", ""),
        date = s.date,
        title = esc(&s.title),
        author = esc(&s.author),
        blurb1 = c.rng.pick(TEASER_BLURBS),
        blurb2 = c.rng.pick(TEASER_BLURBS),
        foot = c.rng.pick(FOOTER_TEXT),
    )
}

/// H2 (held out): AMP page with custom elements and schema.org markup.
fn h2_amp(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let mut body = String::new();
    for (i, p) in s.paragraphs.iter().enumerate() {
        body.push_str(&format!("<p>{}</p>", c.body_paragraph(p)));
        if i == 2 {
            body.push_str("<amp-ad width=\"300\" height=\"250\" type=\"doubleclick\"><div fallback>Advertisement</div></amp-ad>");
        }
    }
    let side = c.nav_ul();
    let rel = c.teaser_list(4);
    format!(
        "<html amp lang=\"en\">{head}<body><amp-sidebar id=\"sidebar\" layout=\"nodisplay\">{side}</amp-sidebar>\
         <div class=\"amp-wp-header\"><a href=\"/\">Coastline Post</a></div>\
         <article class=\"amp-wp-article\" itemscope itemtype=\"https://schema.org/NewsArticle\">\
         <div class=\"amp-wp-article-header\"><h1 itemprop=\"headline\">{title}</h1>\
         <div class=\"amp-wp-meta\"><span itemprop=\"author\">{author}</span> <span>{date}</span></div></div>\
         <amp-img src=\"x.jpg\" width=\"600\" height=\"400\"></amp-img>\
         <div class=\"amp-wp-article-content\" itemprop=\"articleBody\">{body}</div>\
         <div class=\"amp-wp-article-footer\"><div class=\"amp-wp-tax-tag\">Tags: <a href=\"/t\">region</a></div></div>\
         </article><div class=\"amp-related-posts\"><h3>You may also like</h3>{rel}</div>\
         <footer class=\"amp-wp-footer\"><p>{foot}</p></footer></body></html>",
        head = head(s, "Coastline Post", ""),
        title = esc(&s.title),
        author = esc(&s.author),
        date = s.date,
        foot = c.rng.pick(FOOTER_TEXT),
    )
}

/// H3 (held out): personal blog with an "about the writer" box, a reply
/// form and a recirculation section under unusual names.
fn h3_blog(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let body: String = s
        .paragraphs
        .iter()
        .map(|p| format!("<p>{}</p>", c.body_paragraph(p)))
        .collect();
    let nav = c.links(5, SECTIONS).join(" ");
    let replies = c.comments("respond-thread", "reply");
    let mut yarpp = String::new();
    for _ in 0..3 {
        yarpp.push_str(&format!("<li>{}</li>", c.links(1, TEASERS).join("")));
    }
    format!(
        "<html>{head}<body><div class=\"top\"><span class=\"blogname\">Field Notes</span> {nav}</div>\
         <div class=\"wrap\"><div class=\"inner\"><h1>{title}</h1><div class=\"postinfo\">{date}</div>\
         <div class=\"postbody\">{body}</div>\
         <div class=\"about-the-writer\"><p>{author} {bio}</p></div>\
         <div class=\"yarpp\"><h3>You might also like</h3><ol>{yarpp}</ol></div>\
         {replies}<div id=\"leave-reply\"><h3>Leave a reply</h3><form><textarea></textarea></form></div>\
         </div></div><div class=\"bottom\"><p>{foot}</p></div></body></html>",
        head = head(s, "Field Notes", ""),
        title = esc(&s.title),
        author = esc(&s.author),
        date = s.date,
        bio = c.rng.pick(BIO_TEXT),
        foot = c.rng.pick(FOOTER_TEXT),
    )
}

/// G0 (held out): newsletter platform: inline subscribe widgets, a
/// "leave a comment" bar, a prose call-to-action footer.
fn g0_newsletter(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let mut body = String::new();
    for (i, p) in s.paragraphs.iter().enumerate() {
        body.push_str(&format!("<p>{}</p>", c.body_paragraph(p)));
        if i == 1 {
            body.push_str(&format!(
                "<div class=\"subscription-widget-wrap\"><div class=\"subscription-widget\"><p class=\"cta-caption\">{}</p>\
                 <input type=\"email\"><button>Subscribe</button></div></div>",
                c.rng.pick(NEWSLETTER_TEXT)
            ));
        }
    }
    format!(
        "<html>{head}<body><div class=\"main-menu\"><a href=\"/\">Home</a><a href=\"/archive\">Archive</a><a href=\"/about\">About</a></div>\
         <div class=\"single-post\"><div class=\"post-header\"><h1 class=\"post-title\">{title}</h1>\
         <h3 class=\"subtitle\">A newsletter about what happened this week</h3>\
         <div class=\"post-meta\"><a href=\"/@x\">{author}</a> {date}</div></div>\
         <div class=\"available-content\"><div class=\"body markup\">{body}</div></div>\
         <div class=\"post-footer\"><a href=\"#\">Like</a> <a href=\"#\">Leave a comment</a> <a href=\"#\">Share</a></div></div>\
         <div class=\"footer-cta\"><h2>Ready for more?</h2><p>{news}</p></div>\
         <div class=\"footer-wrap\"><p>{foot}</p></div></body></html>",
        head = head(s, "Weekly Notes", ""),
        title = esc(&s.title),
        author = esc(&s.author),
        date = s.date,
        news = c.rng.pick(NEWSLETTER_TEXT),
        foot = c.rng.pick(FOOTER_TEXT),
    )
}

/// G1 (held out): big-publisher layout with CamelCase component classes,
/// inline video, a trending rail with teaser prose.
fn g1_components(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let mut groups = String::new();
    for (i, chunk) in s.paragraphs.chunks(3).enumerate() {
        let ps: String = chunk
            .iter()
            .map(|p| format!("<p>{}</p>", c.body_paragraph(p)))
            .collect();
        groups.push_str(&format!("<div class=\"group\">{ps}</div>"));
        if i == 0 {
            groups.push_str("<div class=\"InlineVideo-container\"><div class=\"InlineVideo-wrapper\"><span>Watch now</span><span>VIDEO 02:14</span></div></div>");
        }
    }
    let mut rail = String::new();
    for _ in 0..4 {
        rail.push_str(&format!(
            "<div class=\"TrendingNowItem-item\"><a class=\"TrendingNowItem-title\" href=\"/{}\">{}</a><div class=\"TrendingNowItem-blurb\">{}</div></div>",
            c.rng.below(9999),
            c.rng.pick(TEASERS),
            c.rng.pick(TEASER_BLURBS)
        ));
    }
    let nav = c.nav_ul();
    format!(
        "<html>{head}<body><div class=\"GlobalNavigation-container\">{nav}</div>\
         <div class=\"PageBuilder-pageWrapper\"><div class=\"ArticleHeader-wrapper\"><h1 class=\"ArticleHeader-headline\">{title}</h1>\
         <div class=\"Author-authorNameAndSocial\">{author}</div><time datetime=\"{date}\">{date}</time></div>\
         <div class=\"PageBuilder-col-9\"><div class=\"ArticleBody-articleBody\" id=\"RegularArticle-ArticleBody-5\">{groups}</div></div>\
         <div class=\"PageBuilder-col-3\"><div class=\"TrendingNow-container\"><h2>Trending Now</h2>{rail}</div></div></div>\
         <div class=\"Footer-container\"><p>{foot}</p></div></body></html>",
        head = head(s, "Business Wire Network", ""),
        title = esc(&s.title),
        author = esc(&s.author),
        date = s.date,
        foot = c.rng.pick(FOOTER_TEXT),
    )
}

/// G2 (held out): government press release: field containers, a media
/// contact block, an "in this section" menu, an address footer.
fn g2_press(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let body: String = s
        .paragraphs
        .iter()
        .map(|p| format!("<p>{}</p>", c.body_paragraph(p)))
        .collect();
    let section = c.teaser_list(5);
    format!(
        "<html>{head}<body><div id=\"skip\"><a href=\"#main-content\">Skip to main content</a></div>\
         <div class=\"usa-banner\"><p>An official website of the state government. Here is how you know: official websites use .gov addresses.</p></div>\
         <div class=\"region-header\"><a href=\"/\">Department of Commerce</a></div>\
         <div id=\"main-content\"><div class=\"layout-sidebar\"><h2>In this section</h2>{section}</div>\
         <div class=\"layout-main\"><h1 class=\"page-title\">{title}</h1><div class=\"field--name-field-date\">{date}</div>\
         <div class=\"field field--name-body field--type-text-with-summary\"><div class=\"field-item\">{body}</div></div>\
         <div class=\"field--name-field-contact\"><p>Media contact: Press Office, (555) 010-2030, press@commerce.example.gov</p></div>\
         </div></div><div class=\"region-footer\"><p>Department of Commerce, 100 Capitol Avenue, Suite 400. Office hours are Monday through Friday, 8 a.m. to 5 p.m., except state holidays.</p></div></body></html>",
        head = head(s, "Department of Commerce", ""),
        title = esc(&s.title),
        date = s.date,
    )
}

/// G3 (held out): news page with embedded posts (blockquotes that are not
/// part of the article), image embeds and an editor's note box.
fn g3_embeds(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let mut body = String::new();
    for (i, p) in s.paragraphs.iter().enumerate() {
        body.push_str(&format!("<p>{}</p>", c.body_paragraph(p)));
        if i == 1 {
            body.push_str(&format!(
                "<blockquote class=\"twitter-tweet\"><p lang=\"en\">{} pic.twitter.com/abc123</p>&mdash; City Desk (@citydesk) <a href=\"https://twitter.example/x\">May 1</a></blockquote>",
                esc(c.rng.pick(TEASERS))
            ));
        }
        if i == 3 {
            body.push_str(&format!(
                "<div class=\"embed-image\"><img src=\"x.jpg\"><span class=\"image-caption\">{}</span></div>",
                c.rng.pick(CAPTIONS)
            ));
        }
    }
    let popular = c.teaser_list(5);
    format!(
        "<html>{head}<body><header><nav>{nav}</nav></header><div class=\"article-wrapper\">\
         <h1>{title}</h1><div class=\"article-info\"><span>{author}</span> <span>{date}</span></div>\
         <div class=\"editors-note\"><p>Editor's note: this story has been updated with new information. Our coverage is free to read for all.</p></div>\
         <div class=\"article-text-body\">{body}</div></div>\
         <div class=\"most-read\"><h2>Most read</h2>{popular}</div><footer><p>{foot}</p></footer></body></html>",
        head = head(s, "City Desk", ""),
        nav = c.links(6, SECTIONS).join(""),
        title = esc(&s.title),
        author = esc(&s.author),
        date = s.date,
        foot = c.rng.pick(FOOTER_TEXT),
    )
}

/// G4 (held out): every paragraph in `<div><span>`, sections per chunk,
/// a prose consent dialog at the end of the page, an empty comment mount.
fn g4_spans(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let mut body = String::new();
    for chunk in s.paragraphs.chunks(4) {
        let ps: String = chunk
            .iter()
            .map(|p| {
                format!(
                    "<div class=\"{}\"><span>{}</span></div>",
                    c.rng.hashed(),
                    c.body_paragraph(p)
                )
            })
            .collect();
        body.push_str(&format!("<section>{ps}</section>"));
    }
    let top = c.teaser_list(6);
    format!(
        "<html>{head}<body><div class=\"{h1c}\">{navl}</div><main><h1>{title}</h1><span>{date}</span>{body}\
         <div id=\"disqus_thread\"></div></main><div class=\"{topc}\"><h3>Top stories</h3>{top}</div>\
         <div class=\"{dc}\" role=\"dialog\"><p>{cookie}</p><button>OK</button></div></body></html>",
        head = head(s, "Aggregated", ""),
        h1c = c.rng.hashed(),
        navl = c.links(7, SECTIONS).join(" "),
        title = esc(&s.title),
        date = s.date,
        topc = c.rng.hashed(),
        dc = c.rng.hashed(),
        cookie = c.rng.pick(COOKIE_TEXT),
    )
}

/// K0 (held-out round 2, now development): "c-" component classes, a pull quote aside, an
/// image float with a credit, a ranked most-read list.
fn k0_components(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let mut body = String::new();
    for (i, p) in s.paragraphs.iter().enumerate() {
        body.push_str(&format!("<p id=\"p{i}\">{}</p>", c.body_paragraph(p)));
        if i == 1 {
            let quote = s
                .paragraphs
                .first()
                .map(|p| p.split(". ").next().unwrap_or(p))
                .unwrap_or_default();
            body.push_str(&format!(
                "<aside class=\"c-pullquote\"><p>{}</p></aside>",
                esc(quote)
            ));
        }
        if i == 2 {
            body.push_str(&format!(
                "<div class=\"c-float-right\"><img src=\"p.jpg\"><span class=\"c-credit\">{}</span></div>",
                c.rng.pick(CAPTIONS)
            ));
        }
    }
    let ranked: String = c
        .links(5, TEASERS)
        .into_iter()
        .map(|l| format!("<li>{l}</li>"))
        .collect();
    format!(
        "<html>{head}<body><div class=\"c-global-header\">{nav}</div><div class=\"l-wrapper\">\
         <div class=\"l-col__main\"><div class=\"c-entry-hero\"><h1 class=\"c-page-title\">{title}</h1>\
         <div class=\"c-byline\">By {author} | {date}</div></div><div class=\"c-entry-content\">{body}</div></div>\
         <div class=\"l-col__sidebar\"><div class=\"c-rankedlist\"><h2>Most read</h2><ol>{ranked}</ol></div></div></div>\
         <div class=\"c-footer\"><p>{foot}</p></div></body></html>",
        head = head(s, "The Verge Point", ""),
        nav = c.nav_ul(),
        title = esc(&s.title),
        author = esc(&s.author),
        date = s.date,
        foot = c.rng.pick(FOOTER_TEXT),
    )
}

/// K1 (held-out round 2, now development): paragraphs as `<div class="text">` inside
/// `<article>`, a reader conversation under an unusual name, an inline
/// newsletter box under another.
fn k1_conversation(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let mut body = String::new();
    for (i, p) in s.paragraphs.iter().enumerate() {
        body.push_str(&format!(
            "<div class=\"text\">{}</div>",
            c.body_paragraph(p)
        ));
        if i == 2 {
            body.push_str(&format!(
                "<div class=\"nl-box\"><b>Daily digest</b><div>{}</div></div>",
                c.rng.pick(NEWSLETTER_TEXT)
            ));
        }
    }
    let mut convo = String::new();
    for _ in 0..(2 + c.rng.below(3)) {
        convo.push_str(&format!(
            "<div class=\"msg\"><div class=\"who\">member{}</div><div class=\"said\">{}</div></div>",
            c.rng.below(9999),
            c.rng.pick(COMMENTS)
        ));
    }
    format!(
        "<html>{head}<body><div class=\"bar\">{nav}</div><article><h1>{title}</h1><p class=\"by\">{author}</p>{body}</article>\
         <section id=\"conversation\"><h2>Join the conversation</h2>{convo}</section>\
         <div class=\"legal\"><p>{foot}</p></div></body></html>",
        head = head(s, "Morning Ledger", ""),
        nav = c.links(6, SECTIONS).join(" "),
        title = esc(&s.title),
        author = esc(&s.author),
        foot = c.rng.pick(FOOTER_TEXT),
    )
}

/// K2 (held-out round 2, now development): old CMS: `<center>`, a single `<td class="body">`
/// with `<p>`s, a printer-friendly bar, a reader poll with a prose question.
fn k2_oldcms(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let body: String = s
        .paragraphs
        .iter()
        .map(|p| format!("<p>{}</p>", c.body_paragraph(p)))
        .collect();
    format!(
        "<html>{head}<body><center><table width=\"780\"><tr><td colspan=\"2\">{links}</td></tr>\
         <tr><td class=\"body\" valign=\"top\"><h2>{title}</h2><i>{date}</i>{body}\
         <div align=\"right\"><a href=\"?print=1\">Printer friendly</a> | <a href=\"mailto:?\">E-mail this story</a></div></td>\
         <td width=\"180\" valign=\"top\"><form><b>Reader poll</b><div>Should the county spend more on road repairs next year, even if it means delaying other projects?</div>\
         <input type=\"radio\"> Yes <input type=\"radio\"> No</form></td></tr>\
         <tr><td colspan=\"2\"><small>{foot}</small></td></tr></table></center></body></html>",
        head = head(s, "Valley Gazette", ""),
        links = c.links(8, SECTIONS).join(" :: "),
        title = esc(&s.title),
        date = s.date,
        foot = c.rng.pick(FOOTER_TEXT),
    )
}

/// K3 (held-out round 2, now development): every paragraph in its own component wrapper
/// (`data-component="text-block"`), image blocks, a links block at the end.
fn k3_blocks(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let inner = c.rng.hashed();
    let mut body = String::new();
    for (i, p) in s.paragraphs.iter().enumerate() {
        body.push_str(&format!(
            "<div data-component=\"text-block\"><div class=\"{inner}\"><p>{}</p></div></div>",
            c.body_paragraph(p)
        ));
        if i == 0 {
            body.push_str(&format!(
                "<div data-component=\"image-block\"><figure><img src=\"i.jpg\"><figcaption>{}</figcaption></figure></div>",
                c.rng.pick(CAPTIONS)
            ));
        }
    }
    let links: String = c
        .links(4, TEASERS)
        .into_iter()
        .map(|l| format!("<li>{l}</li>"))
        .collect();
    format!(
        "<html>{head}<body><header>{nav}</header><main id=\"main-content\"><article>\
         <div data-component=\"headline-block\"><h1>{title}</h1></div>\
         <div data-component=\"byline-block\"><span>{author}</span></div>{body}\
         <div data-component=\"links-block\"><h2>Related topics</h2><ul>{links}</ul></div></article></main>\
         <footer><p>{foot}</p></footer></body></html>",
        head = head(s, "Broadcast News", ""),
        nav = c.nav_ul(),
        title = esc(&s.title),
        author = esc(&s.author),
        foot = c.rng.pick(FOOTER_TEXT),
    )
}

// ---------------------------------------------------------------------
// Round 3 (L*): chrome wordings and templates written without reading the
// extractor.
// ---------------------------------------------------------------------

const L_STANDFIRSTS: &[&str] = &[
    "The decision caps months of negotiation and leaves several questions about cost and timing unanswered, officials acknowledged on Thursday.",
    "Supporters call it long overdue; critics say the details were settled well before the public had any chance to weigh in.",
    "What began as a routine line in the budget has turned into one of the most closely watched disputes of the year.",
    "A closer look at the figures suggests the change will be felt unevenly, and not necessarily by the people it was meant to help.",
];

const L_CARD_HEADLINES: &[&str] = &[
    "Inside the quiet race to rebuild the region's ageing water pipes",
    "Rents climbed again last quarter. Here is where they rose the most",
    "A former mill town bets its future on a battery plant",
    "The commuter line nobody wanted is now running at capacity",
    "Why the hospital merger stalled at the last possible minute",
    "Lawmakers return to a crowded agenda and an empty treasury",
    "Ten years after the flood, one street is still waiting for repairs",
    "What a four-day school week did to one rural district",
];

const L_CARD_BLURBS: &[&str] = &[
    "Engineers estimate that nearly a third of the network was laid before 1950, and replacing it at the current pace could take two decades.",
    "Tenants in the eastern suburbs saw the steepest increases, while prices in the centre were roughly flat for the first time since 2019.",
    "The company has promised 1,400 jobs, but residents who lived through the last closure say they will believe it when the doors open.",
    "Ridership has tripled since the line opened, surprising the planners who had warned that the trains would run mostly empty.",
    "Negotiators had agreed on almost everything except who would sit on the new board, and that turned out to be the question that mattered.",
];

const L_CARD_LABELS: &[&str] = &[
    "Read more",
    "Don't miss",
    "Related coverage",
    "Also on our site",
];

const L_CONSENT: &[&str] = &[
    "We value your privacy. We and our 143 partners use technologies such as cookies to store and process personal data, like your IP address and browsing behaviour, in order to personalise content and ads and to measure how our site is used. You can change your choices at any time in the privacy centre.",
    "By clicking Accept all, you agree to the storing of cookies on your device to enhance site navigation, analyse site usage and assist in our marketing efforts. Select Manage preferences to learn more or to opt out of some categories.",
];

const L_NEWSLETTER: &[&str] = &[
    "Start your morning with the stories that matter in our region. The Early Edition lands in your inbox at 6 a.m. on weekdays, and it is completely free.",
    "Want more reporting like this? Our evening newsletter rounds up the day's news, a few things worth reading and one good photo. Unsubscribe at any time.",
    "Sign up for The Briefing and get our reporters' best work, plus the context you need to understand it, every Tuesday and Friday.",
];

const L_NEWSLETTER_TITLES: &[&str] = &[
    "The Early Edition",
    "Get the briefing",
    "Stay informed, the easy way",
];

const L_BIOS: &[&str] = &[
    "covers city hall, housing and transport for the metro desk. She joined the paper in 2017 after stints at two wire services and can be reached through the newsroom's secure tip line.",
    "is a senior correspondent who writes about public money and the people who spend it. His reporting on school construction contracts was a finalist for a state press award.",
    "writes about science, health and the environment. Before becoming a journalist he trained as a marine biologist and spent three winters on research ships in the North Atlantic.",
];

const L_CAPTIONS: &[&str] = &[
    "Residents gathered outside the community centre before the meeting began on Monday evening. (Photo by Dana Whitlock)",
    "Construction crews began clearing the lot in early spring. Credit: Marco Ilves for the Courier",
    "A view of the harbour from the old customs house, where the new offices are planned. Photograph: City Archive",
    "The committee chair answers questions from reporters after Wednesday's hearing. Image: press pool",
];

const L_ADS: &[&str] = &[
    "Advertisement",
    "Article continues after this advertisement",
    "ADVERTISING",
    "Sponsored",
    "Content from our partners: compare top-rated home insurance plans in your area and see how much you could save in under two minutes.",
];

const L_SPONSORED: &[&str] = &[
    "Paid post: homeowners over 50 are discovering a little-known programme that can cut heating bills by up to 40 percent. See if your postcode qualifies.",
    "Presented by Lakeside Credit Union. Open a high-yield savings account this month and earn a bonus on your first deposit; terms and conditions apply.",
];

const L_NAMES: &[&str] = &[
    "Margaret Ellison",
    "dgreene58",
    "Paul Okafor",
    "northside_resident",
    "R. Castellano",
    "Jen from Westbrook",
    "Tom Haverly",
    "quietwatcher",
    "Anita Roy",
    "Frank M.",
];

const L_MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const L_COMMENTS: &[&str] = &[
    "I read this twice and I still cannot work out who is actually paying for it. If the answer is property owners again, the council should just say so plainly.",
    "Thank you for covering this. The national outlets only pick it up when something goes badly wrong, and by then it is too late for anyone to do anything about it.",
    "The piece is fair, but it leaves out that the same proposal was rejected four years ago for almost identical reasons. What exactly has changed since then?",
    "As someone who has worked in this sector for two decades, I can tell you the numbers quoted here are optimistic. The real backlog is much larger than anyone admits.",
    "Finally someone asks the obvious question. Nobody I know was consulted, and we all live within a mile of the site they are talking about.",
    "Good article, though the headline is a bit more dramatic than the facts support. Most of these changes will not be noticed by anyone for years.",
];

const L_REPLIES: &[&str] = &[
    "Agreed. The minutes from the March meeting are online if anyone wants to see how the vote actually went.",
    "That is not quite right; the earlier plan was for a different site and about half the budget.",
    "Exactly what I was thinking when I got to the third paragraph.",
    "You might want to check the county's own figures before calling them optimistic. They were audited last year and held up.",
];

const L_DONATE: &[&str] = &[
    "Harbor and Hill is a nonprofit newsroom, and our reporting is free for everyone to read. That is only possible because readers like you chip in. If you value independent local news, please consider a monthly gift of any size.",
    "Local news does not pay for itself. Every story we publish, including this one, is funded by readers, small businesses and foundations who believe the valley deserves a newsroom of its own. Join them today.",
];

const L_SITE_ABOUT: &[&str] = &[
    "Harbor and Hill is an independent, reader-supported newsroom covering government, schools, housing and the environment across the lower valley. We are a member of the Institute for Nonprofit News.",
    "We publish in the public interest. Our stories may be republished for free under a Creative Commons licence, provided you credit the author and link back to the original.",
];

const L_SUBHEADS: &[&str] = &[
    "How we got here",
    "The numbers behind it",
    "What people on the ground say",
    "What comes next",
    "A harder question",
    "The view from the other side",
];

const L_CTA_TITLES: &[&str] = &[
    "Enjoyed this essay?",
    "Keep reading The Long Field",
    "Thanks for reading",
];

const L_CTA: &[&str] = &[
    "This post is free to read, but independent writing takes time. If you got something out of it, consider becoming a paid member: you will get every essay, the full archive and the monthly reader Q&A.",
    "If a friend forwarded this to you, you can subscribe for free and get the next long read the moment it is published. Paid members keep the lights on and get early access to new work.",
];

const L_KEY_POINTS: &[&str] = &[
    "Officials say a final decision is expected within the next few weeks.",
    "The cost estimate has risen sharply since the plan was first presented.",
    "Opponents have raised concerns about the lack of public consultation.",
    "Residents in the affected area will be contacted directly by letter.",
    "Similar measures have been introduced in at least three neighbouring districts.",
    "The proposal still needs approval from the regional authority.",
];

const L_METER: &[&str] = &[
    "You have 2 free articles left this month. Subscribe now for unlimited digital access, the e-edition and our daily newsletters, starting at 99 cents for the first month.",
    "Thank you for reading. You are nearing your limit of free stories this week; log in or subscribe to keep reading local journalism you can trust.",
];

const L_HOUSE_RULES: &str = "Comments are moderated and may take up to an hour to appear. Please keep the discussion civil and on topic; we reserve the right to remove posts that break our community guidelines, and repeat offenders will be banned.";

const L_NOTICES: &[&str] = &[
    "Public notice: the planning board will hold a hearing on proposed zoning amendments on the 14th at 7 p.m. in the council chamber. Written comments may be submitted until noon that day.",
    "The Courier is looking for a part-time sports correspondent to cover high school games on Friday nights. Some evening travel is required; applications close at the end of the month.",
];

const L_FOOTERS: &[&str] = &[
    "The Northfield Courier is published by Courier Media Ltd, 22 Mill Street, Northfield. All content is copyright unless otherwise stated and may not be reproduced without written permission.",
    "Got a news tip? Contact our newsroom by email or phone, or send us documents securely. We read every message, though we cannot reply to all of them.",
    "Our journalism follows our published editorial standards and corrections policy. If you spot an error in this story, please let us know so that we can fix it.",
];

/// A URL slug ("city-hall-votes").
fn l_slug(s: &str) -> String {
    let mut out = String::new();
    for ch in s.chars() {
        if ch.is_ascii_alphanumeric() {
            out.push(ch.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').chars().take(60).collect()
}

/// A string escaped for a JSON literal inside a `<script>`.
fn l_json(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 8);
    for ch in s.chars() {
        match ch {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '<' => o.push_str("\\u003c"),
            '>' => o.push_str("\\u003e"),
            '&' => o.push_str("\\u0026"),
            c if (c as u32) < 0x20 => o.push_str(&format!("\\u{:04x}", c as u32)),
            c => o.push(c),
        }
    }
    o
}

/// A human date such as "March 3, 2025 at 8:14 pm".
fn l_human_date(rng: &mut Rng) -> String {
    format!(
        "{} {}, 2025 at {}:{:02} {}",
        rng.pick(L_MONTHS),
        1 + rng.below(28),
        1 + rng.below(12),
        rng.below(60),
        rng.pick(&["am", "pm"])
    )
}

/// A sentence of a paragraph suitable for a pull quote (8 to 40 words).
fn l_pull_sentence(p: &str) -> Option<String> {
    p.split_inclusive(". ")
        .map(|s| s.trim().trim_end_matches('.').to_string())
        .find(|s| (8..=40).contains(&words(s)))
}

/// Reading time in minutes.
fn l_minutes(s: &Story) -> usize {
    1 + s.paragraphs.iter().map(|p| words(p)).sum::<usize>() / 230
}

/// An inline story card of a React news app: image, label, headline and
/// a one-sentence blurb, all inside one link.
fn l0_story_card(rng: &mut Rng) -> String {
    let id = 10_000 + rng.below(90_000);
    let headline = if rng.chance(50) {
        rng.pick(L_CARD_HEADLINES)
    } else {
        rng.pick(TEASERS)
    };
    format!(
        "<div class=\"{a}\" data-block=\"story-card\"><a class=\"{b}\" href=\"/news/{slug}-{id}\">\
         <div class=\"{c}\"><img alt=\"\" loading=\"lazy\" src=\"/_next/image?url=%2Fimg%2F{id}.jpg&amp;w=384&amp;q=75\"></div>\
         <div class=\"{d}\"><span class=\"{e}\">{label}</span><h3 class=\"{f}\">{h}</h3><p class=\"{g}\">{blurb}</p></div></a></div>",
        a = rng.hashed(),
        b = rng.hashed(),
        c = rng.hashed(),
        d = rng.hashed(),
        e = rng.hashed(),
        f = rng.hashed(),
        g = rng.hashed(),
        slug = l_slug(headline),
        label = esc(rng.pick(L_CARD_LABELS)),
        h = esc(headline),
        blurb = esc(rng.pick(L_CARD_BLURBS)),
    )
}

/// L0 (held-out round 3, now development): Next.js news app: CSS-in-JS hashed classes
/// throughout, each paragraph in its own wrapper div inside body groups
/// that are split by inline story cards (label, headline, prose blurb) and
/// a mid-article ad slot; a consent modal, breadcrumb, standfirst, a
/// listen/gift/share toolbar, an author card with a prose bio, a
/// newsletter promo, a "most read" rail, a prose footer and the
/// `__NEXT_DATA__` JSON blob repeating the article text.
fn l0_nextjs(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let n = s.paragraphs.len();
    let group = c.rng.hashed();
    let wrap = c.rng.hashed();
    let pcls = c.rng.hashed();
    let mut body = format!("<div class=\"{group}\">");
    for (i, p) in s.paragraphs.iter().enumerate() {
        body.push_str(&format!(
            "<div class=\"{wrap}\"><p class=\"{pcls}\">{}</p></div>",
            c.body_paragraph(p)
        ));
        if i + 1 == n {
            continue;
        }
        let card = i == 1 || (i == 5 && n > 7);
        let ad = i == 3 && n > 5;
        if card || ad {
            body.push_str("</div>");
            if card {
                body.push_str(&l0_story_card(c.rng));
            } else {
                body.push_str(&format!(
                    "<div class=\"{}\" id=\"ad-slot-mid-{i}\" data-ad-unit=\"/21804/news/article/mid\" style=\"min-height:280px\"><div class=\"{}\">{}</div></div>",
                    c.rng.hashed(),
                    c.rng.hashed(),
                    esc(c.rng.pick(L_ADS))
                ));
            }
            body.push_str(&format!("<div class=\"{group}\">"));
        }
    }
    body.push_str("</div>");

    let sect = c.rng.pick(SECTIONS);
    let auth_slug = l_slug(&s.author);
    let mut page = format!(
        "<!DOCTYPE html><html lang=\"en\">{}<body><div id=\"__next\">",
        head(s, "The Daily Current", "")
    );
    page.push_str(&format!(
        "<div id=\"consent-root\"><div class=\"{}\" role=\"dialog\" aria-modal=\"true\" aria-labelledby=\"consent-title\">\
         <h2 id=\"consent-title\" class=\"{}\">Your privacy choices</h2><p class=\"{}\">{}</p>\
         <div class=\"{}\"><button>Accept all</button><button>Reject non-essential</button><button>Manage preferences</button></div></div></div>",
        c.rng.hashed(),
        c.rng.hashed(),
        c.rng.hashed(),
        esc(c.rng.pick(L_CONSENT)),
        c.rng.hashed(),
    ));
    let nav_n = 6 + c.rng.below(4);
    let nav = c.links(nav_n, SECTIONS).join("");
    let btn = c.rng.hashed();
    page.push_str(&format!(
        "<header class=\"{}\"><div class=\"{}\"><a href=\"/\" class=\"{}\" aria-label=\"The Daily Current home\">\
         <svg viewBox=\"0 0 120 24\" aria-hidden=\"true\"><path d=\"M0 0h120v24H0z\"></path></svg></a>\
         <nav class=\"{}\" aria-label=\"Sections\">{nav}</nav>\
         <a class=\"{btn}\" href=\"/subscribe?ref=header\">Subscribe</a><a class=\"{btn}\" href=\"/account/login\">Sign in</a></div></header>",
        c.rng.hashed(),
        c.rng.hashed(),
        c.rng.hashed(),
        c.rng.hashed(),
    ));
    page.push_str(&format!(
        "<main id=\"main-content\" class=\"{}\"><div class=\"{}\"><article class=\"{}\"><div class=\"{}\">\
         <nav aria-label=\"Breadcrumb\" class=\"{}\"><a href=\"/news\">News</a><span aria-hidden=\"true\">/</span><a href=\"/news/{}\">{}</a></nav>\
         <h1 class=\"{}\">{}</h1><p class=\"{}\">{}</p>",
        c.rng.hashed(),
        c.rng.hashed(),
        c.rng.hashed(),
        c.rng.hashed(),
        c.rng.hashed(),
        l_slug(sect),
        sect,
        c.rng.hashed(),
        esc(&s.title),
        c.rng.hashed(),
        esc(c.rng.pick(L_STANDFIRSTS)),
    ));
    let tb = c.rng.hashed();
    page.push_str(&format!(
        "<div class=\"{}\"><div class=\"{}\"><img class=\"{}\" alt=\"\" width=\"32\" height=\"32\" src=\"/_next/image?url=%2Fauthors%2F{auth_slug}.jpg&amp;w=64&amp;q=75\">\
         <div><span class=\"{}\">By <a href=\"/authors/{auth_slug}\">{}</a></span> <time class=\"{}\" datetime=\"{}T08:30:00.000Z\">{}</time></div></div>\
         <div class=\"{}\" role=\"toolbar\"><button class=\"{tb}\">Listen · {} min</button><button class=\"{tb}\">Gift this article</button>\
         <button class=\"{tb}\">Save</button><button class=\"{tb}\">Share</button></div></div></div>",
        c.rng.hashed(),
        c.rng.hashed(),
        c.rng.hashed(),
        c.rng.hashed(),
        esc(&s.author),
        c.rng.hashed(),
        s.date,
        s.date,
        c.rng.hashed(),
        l_minutes(s),
    ));
    page.push_str(&format!(
        "<figure class=\"{}\"><div class=\"{}\"><img alt=\"\" sizes=\"100vw\" src=\"/_next/image?url=%2Fimg%2Flead-{}.jpg&amp;w=1200&amp;q=80\"></div>\
         <figcaption class=\"{}\"><span>{}</span></figcaption></figure>",
        c.rng.hashed(),
        c.rng.hashed(),
        c.rng.below(99_999),
        c.rng.hashed(),
        esc(c.rng.pick(L_CAPTIONS)),
    ));
    page.push_str(&format!("<div class=\"{}\">{body}</div>", c.rng.hashed()));
    page.push_str(&format!(
        "<div class=\"{}\"><img alt=\"\" src=\"/_next/image?url=%2Fauthors%2F{auth_slug}.jpg&amp;w=128&amp;q=75\">\
         <div class=\"{}\"><a class=\"{}\" href=\"/authors/{auth_slug}\">{}</a><p class=\"{}\">{} {}</p>\
         <button class=\"{}\">Follow</button></div></div></article>",
        c.rng.hashed(),
        c.rng.hashed(),
        c.rng.hashed(),
        esc(&s.author),
        c.rng.hashed(),
        esc(&s.author),
        esc(c.rng.pick(L_BIOS)),
        c.rng.hashed(),
    ));
    page.push_str(&format!(
        "<div class=\"{}\"><h3 class=\"{}\">{}</h3><p class=\"{}\">{}</p>\
         <form class=\"{}\"><input type=\"email\" placeholder=\"Email address\"><button type=\"submit\">Sign up</button></form>\
         <p class=\"{}\">By signing up you agree to our Terms of Use and acknowledge that your information will be used in accordance with our Privacy Notice.</p></div></div>",
        c.rng.hashed(),
        c.rng.hashed(),
        esc(c.rng.pick(L_NEWSLETTER_TITLES)),
        c.rng.hashed(),
        esc(c.rng.pick(L_NEWSLETTER)),
        c.rng.hashed(),
        c.rng.hashed(),
    ));
    let li = c.rng.hashed();
    let rank = c.rng.hashed();
    let mut most = String::new();
    for k in 0..5 {
        let h = if c.rng.chance(50) {
            c.rng.pick(L_CARD_HEADLINES)
        } else {
            c.rng.pick(TEASERS)
        };
        most.push_str(&format!(
            "<li class=\"{li}\"><span class=\"{rank}\">{}</span><a href=\"/news/{}-{}\">{}</a></li>",
            k + 1,
            l_slug(h),
            10_000 + c.rng.below(90_000),
            esc(h)
        ));
    }
    page.push_str(&format!(
        "<aside class=\"{}\"><h2 class=\"{}\">Most read</h2><ol class=\"{}\">{most}</ol></aside></main>",
        c.rng.hashed(),
        c.rng.hashed(),
        c.rng.hashed(),
    ));
    let foot_links = c.links(8, SECTIONS).join("");
    page.push_str(&format!(
        "<footer class=\"{}\"><nav class=\"{}\">{foot_links}<a href=\"/privacy\">Privacy</a><a href=\"/terms\">Terms</a></nav><p class=\"{}\">{}</p></footer></div>",
        c.rng.hashed(),
        c.rng.hashed(),
        c.rng.hashed(),
        esc(c.rng.pick(FOOTER_TEXT)),
    ));
    let mut data = String::from("{\"props\":{\"pageProps\":{\"article\":{\"headline\":\"");
    data.push_str(&l_json(&s.title));
    data.push_str("\",\"byline\":[{\"name\":\"");
    data.push_str(&l_json(&s.author));
    data.push_str("\"}],\"published\":\"");
    data.push_str(&s.date);
    data.push_str("\",\"blocks\":[");
    for (i, p) in s.paragraphs.iter().enumerate() {
        if i > 0 {
            data.push(',');
        }
        data.push_str("{\"type\":\"paragraph\",\"text\":\"");
        data.push_str(&l_json(p));
        data.push_str("\"}");
    }
    data.push_str(&format!(
        "]}}}},\"page\":\"/[section]/[slug]\",\"buildId\":\"{:x}\",\"isFallback\":false}}",
        c.rng.next()
    ));
    page.push_str(&format!(
        "<script id=\"__NEXT_DATA__\" type=\"application/json\">{data}</script></body></html>"
    ));
    page
}

/// One threaded comment of a block-theme WordPress site, with an optional
/// reply.
fn l1_comment(rng: &mut Rng, id: usize, depth: usize, text: &str, replies: &str) -> String {
    let children = if replies.is_empty() {
        String::new()
    } else {
        format!("<ol class=\"children\">{replies}</ol>")
    };
    format!(
        "<li id=\"comment-{id}\" class=\"comment {parity} depth-{depth}\"><div class=\"wp-block-columns is-layout-flex\">\
         <div class=\"wp-block-column\" style=\"flex-basis:40px\"><div class=\"wp-block-avatar\"><img alt=\"\" src=\"https://secure.gravatar.com/avatar/{hash:x}?s=40&amp;d=mm\" class=\"avatar avatar-40 photo\"></div></div>\
         <div class=\"wp-block-column\"><div class=\"wp-block-comment-author-name\"><a rel=\"external nofollow ugc\" href=\"#\">{name}</a></div>\
         <div class=\"wp-block-group is-layout-flex\"><div class=\"wp-block-comment-date\"><time datetime=\"2025-01-01\"><a href=\"#comment-{id}\">{when}</a></time></div>\
         <div class=\"wp-block-comment-edit-link\"></div></div>\
         <div class=\"wp-block-comment-content\"><p>{text}</p></div>\
         <div class=\"wp-block-comment-reply-link\"><a rel=\"nofollow\" class=\"comment-reply-link\" href=\"#respond\">Reply</a></div></div></div>{children}</li>",
        parity = if id.is_multiple_of(2) { "even" } else { "odd" },
        hash = rng.next(),
        name = esc(rng.pick(L_NAMES)),
        when = l_human_date(rng),
        text = esc(text),
    )
}

/// L1 (held-out round 3, now development): WordPress block theme (Gutenberg): `wp-block-*`
/// template parts, post content with an image block and caption, an
/// inline newsletter signup group and a prose donation appeal inside the
/// content, tags, an author biography, previous/next post links, a
/// "more from" query loop with excerpts, threaded comments with replies
/// and the reply form, and a prose footer about the site.
fn l1_gutenberg(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let n = s.paragraphs.len();
    let signup_after = n / 2;
    let mut content = String::new();
    for (i, p) in s.paragraphs.iter().enumerate() {
        content.push_str(&format!("<p>{}</p>\n", c.body_paragraph(p)));
        if i + 1 == n {
            continue;
        }
        if i == 0 && n > 2 {
            content.push_str(&format!(
                "<figure class=\"wp-block-image size-large\"><img decoding=\"async\" width=\"1024\" height=\"683\" src=\"/wp-content/uploads/2025/0{}/IMG_{}-1024x683.jpg\" alt=\"\" class=\"wp-image-{}\">\
                 <figcaption class=\"wp-element-caption\">{}</figcaption></figure>\n",
                1 + c.rng.below(9),
                1000 + c.rng.below(9000),
                c.rng.below(30_000),
                esc(c.rng.pick(L_CAPTIONS))
            ));
        } else if i == signup_after {
            content.push_str(&format!(
                "<div class=\"wp-block-group newsletter-inline has-border-color has-pale-cyan-blue-background-color has-background is-layout-constrained\">\
                 <h3 class=\"wp-block-heading has-medium-font-size\">{}</h3><p class=\"has-small-font-size\">{}</p>\
                 <form class=\"wp-block-jetpack-subscriptions__form\" action=\"#\" method=\"post\"><input type=\"email\" placeholder=\"Type your email…\" required>\
                 <button type=\"submit\" class=\"wp-block-button__link\">Subscribe</button></form></div>\n",
                esc(c.rng.pick(L_NEWSLETTER_TITLES)),
                esc(c.rng.pick(L_NEWSLETTER))
            ));
        }
    }
    content.push_str(&format!(
        "<hr class=\"wp-block-separator has-alpha-channel-opacity\">\
         <div class=\"wp-block-group donate-appeal has-background is-layout-constrained\"><p><strong>Before you go…</strong> {}</p>\
         <div class=\"wp-block-buttons is-layout-flex\"><div class=\"wp-block-button\"><a class=\"wp-block-button__link wp-element-button\" href=\"/donate/\">Donate today</a></div></div></div>",
        esc(c.rng.pick(L_DONATE))
    ));

    let sect = c.rng.pick(SECTIONS);
    let nav_n = 5 + c.rng.below(4);
    let nav: String = c
        .links(nav_n, SECTIONS)
        .into_iter()
        .map(|l| {
            format!("<li class=\"wp-block-navigation-item wp-block-navigation-link\">{l}</li>")
        })
        .collect();
    let tags = c.links(3, SECTIONS).join(", ");
    let prev = esc(c.rng.pick(TEASERS));
    let next = esc(c.rng.pick(L_CARD_HEADLINES));

    let mut loop_items = String::new();
    for _ in 0..3 {
        let h = c.rng.pick(TEASERS);
        loop_items.push_str(&format!(
            "<li class=\"wp-block-post post-{id} post type-post status-publish format-standard has-post-thumbnail\">\
             <figure class=\"wp-block-post-featured-image\"><a href=\"/{y}/{slug}/\"><img alt=\"\" src=\"/wp-content/uploads/{y}/thumb-{id}.jpg\"></a></figure>\
             <h3 class=\"wp-block-post-title has-medium-font-size\"><a href=\"/{y}/{slug}/\">{h}</a></h3>\
             <div class=\"wp-block-post-excerpt\"><p class=\"wp-block-post-excerpt__excerpt\">{ex}</p>\
             <p class=\"wp-block-post-excerpt__more-text\"><a class=\"wp-block-post-excerpt__more-link\" href=\"/{y}/{slug}/\">Continue reading</a></p></div>\
             <div class=\"wp-block-post-date has-small-font-size\"><time>{when}</time></div></li>",
            id = c.rng.below(40_000),
            y = 2025,
            slug = l_slug(h),
            h = esc(h),
            ex = esc(if c.rng.chance(50) {
                c.rng.pick(TEASER_BLURBS)
            } else {
                c.rng.pick(L_CARD_BLURBS)
            }),
            when = l_human_date(c.rng),
        ));
    }

    let top = 2 + c.rng.below(3);
    let mut thread = String::new();
    let mut total = 0;
    for k in 0..top {
        let id = 5000 + k * 7 + c.rng.below(5);
        let replies = if c.rng.chance(55) {
            total += 1;
            let r = c.rng.pick(L_REPLIES);
            l1_comment(c.rng, id + 3, 2, r, "")
        } else {
            String::new()
        };
        total += 1;
        let t = c.rng.pick(L_COMMENTS);
        thread.push_str(&l1_comment(c.rng, id, 1, t, &replies));
    }

    let mut page = format!(
        "<!DOCTYPE html><html lang=\"en-US\">{}<body class=\"post-template-default single single-post postid-{} single-format-standard wp-embed-responsive\">\
         <div class=\"wp-site-blocks\">",
        head(
            s,
            "Harbor and Hill",
            "<link rel=\"stylesheet\" id=\"wp-block-library-css\" href=\"/wp-includes/css/dist/block-library/style.min.css\" media=\"all\">"
        ),
        c.rng.below(40_000),
    );
    page.push_str(&format!(
        "<header class=\"wp-block-template-part\"><div class=\"wp-block-group alignfull site-header has-background is-layout-flex\">\
         <div class=\"wp-block-group is-layout-flow\"><p class=\"wp-block-site-title\"><a href=\"/\" rel=\"home\">Harbor and Hill</a></p>\
         <p class=\"wp-block-site-tagline\">Independent news for the lower valley since 2011</p></div>\
         <nav class=\"is-responsive wp-block-navigation is-layout-flex\" aria-label=\"Main menu\"><ul class=\"wp-block-navigation__container\">{nav}</ul></nav>\
         <div class=\"wp-block-buttons\"><div class=\"wp-block-button is-style-outline\"><a class=\"wp-block-button__link wp-element-button\" href=\"/donate/\">Donate</a></div></div></div></header>"
    ));
    page.push_str(&format!(
        "<main class=\"wp-block-group is-layout-constrained\"><div class=\"wp-block-group alignwide is-layout-flow\">\
         <div class=\"taxonomy-category wp-block-post-terms\"><a href=\"/category/{}/\" rel=\"tag\">{}</a></div>\
         <h1 class=\"wp-block-post-title\">{}</h1>\
         <div class=\"wp-block-group post-meta is-layout-flex\"><div class=\"wp-block-post-author\"><div class=\"wp-block-post-author__avatar\"><img alt=\"\" src=\"/avatars/{}.jpg\" width=\"48\" height=\"48\"></div>\
         <div class=\"wp-block-post-author__content\"><p class=\"wp-block-post-author__byline\">By</p><p class=\"wp-block-post-author__name\">{}</p></div></div>\
         <div class=\"wp-block-post-date\"><time datetime=\"{}T09:12:00+00:00\">{}</time></div></div>\
         <figure class=\"alignwide wp-block-post-featured-image\"><img alt=\"\" src=\"/wp-content/uploads/2025/featured-{}.jpg\"></figure></div>",
        l_slug(sect),
        sect,
        esc(&s.title),
        l_slug(&s.author),
        esc(&s.author),
        s.date,
        s.date,
        c.rng.below(9999),
    ));
    page.push_str(&format!(
        "<div class=\"entry-content wp-block-post-content is-layout-constrained\">{content}</div>"
    ));
    page.push_str(&format!(
        "<div class=\"wp-block-group post-footer is-layout-flow\">\
         <div class=\"taxonomy-post_tag wp-block-post-terms\"><span class=\"wp-block-post-terms__prefix\">Tagged: </span>{tags}</div>\
         <div class=\"wp-block-group author-box has-background is-layout-flex\"><div class=\"wp-block-post-author__avatar\"><img alt=\"\" src=\"/avatars/{slug}.jpg\"></div>\
         <div class=\"wp-block-group is-layout-flow\"><h2 class=\"wp-block-heading has-small-font-size\">About {author}</h2>\
         <div class=\"wp-block-post-author-biography\">{author} {bio}</div></div></div>\
         <nav class=\"wp-block-group post-nav is-layout-flex\" aria-label=\"Posts\">\
         <div class=\"post-navigation-link-previous wp-block-post-navigation-link\"><span class=\"wp-block-post-navigation-link__arrow-previous\">←</span><a href=\"/2025/prev/\" rel=\"prev\">{prev}</a></div>\
         <div class=\"post-navigation-link-next wp-block-post-navigation-link\"><a href=\"/2025/next/\" rel=\"next\">{next}</a><span class=\"wp-block-post-navigation-link__arrow-next\">→</span></div></nav></div>",
        slug = l_slug(&s.author),
        author = esc(&s.author),
        bio = esc(c.rng.pick(L_BIOS)),
    ));
    page.push_str(&format!(
        "<div class=\"wp-block-group alignwide more-from is-layout-constrained\"><h2 class=\"wp-block-heading\">More from {sect}</h2>\
         <div class=\"wp-block-query is-layout-flow\"><ul class=\"columns-3 wp-block-post-template is-flex-container\">{loop_items}</ul></div></div>"
    ));
    page.push_str(&format!(
        "<div class=\"wp-block-comments\"><h2 class=\"wp-block-comments-title\">{total} responses to “{title}”</h2>\
         <ol class=\"wp-block-comment-template\">{thread}</ol>\
         <div id=\"respond\" class=\"comment-respond wp-block-post-comments-form\"><h3 id=\"reply-title\" class=\"comment-reply-title\">Leave a Reply</h3>\
         <form action=\"/wp-comments-post.php\" method=\"post\" id=\"commentform\" class=\"comment-form\">\
         <p class=\"comment-notes\"><span id=\"email-notes\">Your email address will not be published.</span> Required fields are marked *</p>\
         <p class=\"comment-form-comment\"><label for=\"comment\">Comment *</label><textarea id=\"comment\" name=\"comment\" rows=\"8\" required></textarea></p>\
         <p class=\"comment-form-cookies-consent\"><input id=\"wp-comment-cookies-consent\" type=\"checkbox\"><label for=\"wp-comment-cookies-consent\">Save my name, email, and website in this browser for the next time I comment.</label></p>\
         <p class=\"form-submit wp-block-button\"><input name=\"submit\" type=\"submit\" class=\"wp-block-button__link wp-element-button\" value=\"Post Comment\"></p></form></div></div></main>",
        title = esc(&s.title),
    ));
    page.push_str(&format!(
        "<footer class=\"wp-block-template-part\"><div class=\"wp-block-group alignfull site-footer has-background is-layout-constrained\">\
         <div class=\"wp-block-columns is-layout-flex\"><div class=\"wp-block-column\"><p>{}</p></div>\
         <div class=\"wp-block-column\"><p>{}</p></div></div>\
         <p class=\"has-small-font-size\">© 2025 Harbor and Hill Media. Proudly powered by WordPress.</p></div></footer></div></body></html>",
        esc(c.rng.pick(L_SITE_ABOUT)),
        esc(c.rng.pick(FOOTER_TEXT)),
    ));
    page
}

/// L2 (held-out round 3, now development): Ghost-style long read: a tag line, title, dek
/// and byline with reading time, share rows above and below, a drop cap
/// on the first paragraph, section subheadings, pull quotes repeating a
/// sentence of the text, an image card, a newsletter callout card inside
/// the content, a footer call to action, reader notes (the comments) and
/// "read more" post cards.
fn l2_longread(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let n = s.paragraphs.len();
    // Subheadings before these paragraph indices.
    let subs: Vec<usize> = if n >= 6 {
        vec![n / 3, (2 * n) / 3]
    } else if n >= 4 {
        vec![n / 2]
    } else {
        Vec::new()
    };
    let first_sub = c.rng.below(L_SUBHEADS.len());
    let mut content = String::new();
    let mut sub_k = 0;
    for (i, p) in s.paragraphs.iter().enumerate() {
        if subs.contains(&i) {
            let h = L_SUBHEADS[(first_sub + sub_k) % L_SUBHEADS.len()];
            sub_k += 1;
            content.push_str(&format!("<h2 id=\"{}\">{}</h2>", l_slug(h), esc(h)));
        }
        let bp = c.body_paragraph(p);
        if i == 0 && bp.starts_with(|ch: char| ch.is_ascii_alphabetic()) {
            let (first, rest) = bp.split_at(1);
            content.push_str(&format!(
                "<p><span class=\"drop-cap\">{first}</span>{rest}</p>"
            ));
        } else {
            content.push_str(&format!("<p>{bp}</p>"));
        }
        if i + 1 == n {
            continue;
        }
        if i == 1 {
            // A pull quote from the text a little further on.
            let src = s.paragraphs.get(2).unwrap_or(&s.paragraphs[0]);
            if let Some(q) = l_pull_sentence(src) {
                content.push_str(&format!(
                    "<blockquote class=\"kg-blockquote-alt\">“{}”</blockquote>",
                    esc(&q)
                ));
            }
        }
        if i == 2 && n > 4 {
            content.push_str(&format!(
                "<figure class=\"kg-card kg-image-card kg-width-wide kg-card-hascaption\"><img src=\"/content/images/2025/0{}/field-{}.jpg\" class=\"kg-image\" alt=\"\" loading=\"lazy\" width=\"2000\" height=\"1333\">\
                 <figcaption><span style=\"white-space: pre-wrap;\">{}</span></figcaption></figure>",
                1 + c.rng.below(9),
                c.rng.below(999),
                esc(c.rng.pick(L_CAPTIONS))
            ));
        }
        if i == n / 2 && n > 5 {
            content.push_str(&format!(
                "<div class=\"kg-card kg-callout-card kg-callout-card-grey\"><div class=\"kg-callout-emoji\">📬</div><div class=\"kg-callout-text\">{}</div></div>",
                esc(c.rng.pick(L_NEWSLETTER))
            ));
        }
        if n >= 8 && i + 3 == n {
            let src = &s.paragraphs[n - 2];
            if let Some(q) = l_pull_sentence(src) {
                content.push_str(&format!(
                    "<aside class=\"pullquote pullquote--right\"><p>{}</p><cite>{}</cite></aside>",
                    esc(&q),
                    esc(&s.author)
                ));
            }
        }
    }

    let share = |cls: &str| {
        format!(
            "<div class=\"{cls}\"><span>Share</span><a href=\"https://x.com/intent/post?url=\" target=\"_blank\">X</a>\
             <a href=\"https://www.linkedin.com/sharing/share-offsite/?url=\" target=\"_blank\">LinkedIn</a>\
             <a href=\"mailto:?subject=\">Email</a><button class=\"copy-link\">Copy link</button></div>"
        )
    };
    let nav_n = 4 + c.rng.below(3);
    let nav: String = c
        .links(nav_n, SECTIONS)
        .into_iter()
        .map(|l| format!("<li class=\"nav-item\">{l}</li>"))
        .collect();
    let notes_n = 2 + c.rng.below(4);
    let mut notes = String::new();
    for _ in 0..notes_n {
        notes.push_str(&format!(
            "<div class=\"note\"><div class=\"note-head\"><img alt=\"\" src=\"/avatars/{}.png\"><b>{}</b> <span class=\"note-age\">{} days ago</span></div>\
             <div class=\"note-text\"><p>{}</p></div><div class=\"note-actions\"><button>Like ({})</button><button>Reply</button></div></div>",
            c.rng.below(9999),
            esc(c.rng.pick(L_NAMES)),
            1 + c.rng.below(20),
            esc(c.rng.pick(L_COMMENTS)),
            c.rng.below(40),
        ));
    }
    let mut cards = String::new();
    for _ in 0..3 {
        let h = if c.rng.chance(50) {
            c.rng.pick(L_CARD_HEADLINES)
        } else {
            c.rng.pick(TEASERS)
        };
        cards.push_str(&format!(
            "<article class=\"post-card post\"><a class=\"post-card-image-link\" href=\"/{slug}/\"><img class=\"post-card-image\" alt=\"\" src=\"/content/images/{slug}.jpg\"></a>\
             <div class=\"post-card-content\"><a class=\"post-card-content-link\" href=\"/{slug}/\"><header class=\"post-card-header\"><h2 class=\"post-card-title\">{h}</h2></header>\
             <div class=\"post-card-excerpt\">{ex}</div></a><footer class=\"post-card-meta\"><time>{when}</time><span class=\"post-card-meta-length\">{m} min read</span></footer></div></article>",
            slug = l_slug(h),
            h = esc(h),
            ex = esc(c.rng.pick(L_CARD_BLURBS)),
            when = l_human_date(c.rng),
            m = 3 + c.rng.below(12),
        ));
    }

    let mut page = format!(
        "<!DOCTYPE html><html lang=\"en\">{}<body class=\"post-template tag-long-reads has-sans-body\"><div class=\"viewport\">",
        head(
            s,
            "The Long Field",
            "<meta name=\"generator\" content=\"Ghost 5.82\">"
        )
    );
    page.push_str(&format!(
        "<header id=\"gh-head\" class=\"gh-head outer\"><div class=\"gh-head-inner inner\"><div class=\"gh-head-brand\"><a class=\"gh-head-logo\" href=\"/\">The Long Field</a></div>\
         <nav class=\"gh-head-menu\"><ul class=\"nav\">{nav}</ul></nav>\
         <div class=\"gh-head-actions\"><a href=\"#/portal/signin\" data-portal=\"signin\">Sign in</a><a class=\"gh-head-button\" href=\"#/portal/signup\" data-portal=\"signup\">Subscribe</a></div></div></header>"
    ));
    page.push_str(&format!(
        "<div class=\"site-content\"><main id=\"site-main\" class=\"site-main\"><article class=\"article post tag-long-reads\">\
         <header class=\"article-header gh-canvas\"><section class=\"article-tag post-card-tags\"><span class=\"post-card-primary-tag\"><a href=\"/tag/long-reads/\">Long reads</a></span>\
         <span class=\"post-card-featured\">Featured</span></section>\
         <h1 class=\"article-title\">{title}</h1><p class=\"article-excerpt\">{dek}</p>\
         <div class=\"article-byline\"><section class=\"article-byline-content\"><ul class=\"author-list\"><li class=\"author-list-item\"><a href=\"/author/{aslug}/\" class=\"author-avatar\"><img class=\"author-profile-image\" alt=\"\" src=\"/content/images/{aslug}.jpg\"></a></li></ul>\
         <div class=\"article-byline-meta\"><h4 class=\"author-name\"><a href=\"/author/{aslug}/\">{author}</a></h4>\
         <div class=\"byline-meta-content\"><time class=\"byline-meta-date\" datetime=\"{date}\">{date}</time><span class=\"byline-reading-time\"><span class=\"bull\">•</span> {mins} min read</span></div></div></section></div>\
         {share_top}\
         <figure class=\"article-image\"><img alt=\"\" src=\"/content/images/2025/cover-{cover}.jpg\"><figcaption>{cap}</figcaption></figure></header>\
         <section class=\"gh-content gh-canvas\">{content}</section></article>",
        title = esc(&s.title),
        dek = esc(c.rng.pick(L_STANDFIRSTS)),
        aslug = l_slug(&s.author),
        author = esc(&s.author),
        date = s.date,
        mins = l_minutes(s),
        share_top = share("article-share article-share--top"),
        cover = c.rng.below(9999),
        cap = esc(c.rng.pick(L_CAPTIONS)),
    ));
    page.push_str(&format!(
        "{share_bottom}<section class=\"footer-cta outer\"><div class=\"inner\"><h2 class=\"footer-cta-title\">{cta_t}</h2><p class=\"footer-cta-text\">{cta}</p>\
         <a class=\"footer-cta-button\" href=\"#/portal\" data-portal><div class=\"footer-cta-input\">Enter your email</div><span>Subscribe</span></a></div></section>\
         <section class=\"reader-notes gh-canvas\" id=\"notes\"><h3 class=\"reader-notes-title\">{notes_n} notes from readers</h3>{notes}\
         <div class=\"reader-notes-cta\"><a href=\"#/portal/signup\">Become a member to join the discussion</a></div></section></main>",
        share_bottom = share("article-share article-share--bottom"),
        cta_t = esc(c.rng.pick(L_CTA_TITLES)),
        cta = esc(c.rng.pick(L_CTA)),
    ));
    page.push_str(&format!(
        "<aside class=\"read-more-wrap outer\"><div class=\"read-more inner\">{cards}</div></aside></div>\
         <footer class=\"site-footer outer\"><div class=\"inner\"><section class=\"copyright\"><a href=\"/\">The Long Field</a> © 2025</section>\
         <nav class=\"site-footer-nav\"><ul class=\"nav\"><li><a href=\"/about/\">About</a></li><li><a href=\"/archive/\">Archive</a></li><li><a href=\"/privacy/\">Privacy</a></li></ul></nav>\
         <div class=\"gh-powered-by\"><a href=\"https://ghost.org/\" target=\"_blank\" rel=\"noopener\">Powered by Ghost</a></div></div></footer></div></body></html>"
    ));
    page
}

/// L3 (held-out round 3, now development): regional newspaper on an older CMS: fixed-width
/// float layout, a metered-paywall bar, masthead with weather, a "key
/// points" box of full sentences above the text, paragraphs pasted from a
/// word processor (`MsoNormal` with inline styles and empty `&nbsp;`
/// paragraphs), a floated photo with caption and credit and a floated
/// "more on this story" box inside the text, an advertisement slot, a
/// print/email toolbar, a prose tip line, comments under "talkback" with
/// house rules, a right column with a sponsored ad, "most read" and local
/// notices.
fn l3_regional(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let n = s.paragraphs.len();
    let span_style = c.rng.pick(&[
        "font-family:Georgia,serif;font-size:11.0pt",
        "font-size:12.0pt;line-height:115%",
        "font-family:'Times New Roman';font-size:12pt",
    ]);
    let mut text = String::new();
    for (i, p) in s.paragraphs.iter().enumerate() {
        text.push_str(&format!(
            "<p class=\"MsoNormal\"><span style=\"{span_style}\">{}</span></p>\n",
            c.body_paragraph(p)
        ));
        if i + 1 == n {
            continue;
        }
        if c.rng.chance(30) {
            text.push_str("<p class=\"MsoNormal\">&nbsp;</p>\n");
        }
        if i == 0 {
            text.push_str(&format!(
                "<div class=\"photo_inline\" style=\"float:right;width:300px;margin:0 0 10px 12px\"><img src=\"/images/stories/{}/{}.jpg\" width=\"300\" height=\"200\" alt=\"\">\
                 <div class=\"photo_caption\">{}</div><div class=\"photo_credit\">Courier photo</div></div>\n",
                s.date,
                c.rng.below(99_999),
                esc(c.rng.pick(L_CAPTIONS))
            ));
        }
        if i == 1 && n > 3 {
            text.push_str(&format!(
                "<div class=\"adslot\" id=\"div-gpt-ad-inarticle-1\" style=\"clear:both;text-align:center\"><div class=\"adlabel\">{}</div>\
                 <iframe width=\"300\" height=\"250\" frameborder=\"0\" scrolling=\"no\" src=\"about:blank\"></iframe></div>\n",
                esc(c.rng.pick(L_ADS))
            ));
        }
        if i == n / 2 && n >= 5 {
            text.push_str(&format!(
                "<div class=\"story-links\" style=\"float:left;width:200px;margin:0 12px 8px 0\"><h4>More on this story</h4>{}</div>\n",
                c.teaser_list(3)
            ));
        }
    }

    let start = c.rng.below(L_KEY_POINTS.len());
    let points: String = (0..3)
        .map(|k| {
            format!(
                "<li>{}</li>",
                esc(L_KEY_POINTS[(start + 2 * k) % L_KEY_POINTS.len()])
            )
        })
        .collect();
    let tb_n = 2 + c.rng.below(4);
    let mut talk = String::new();
    for _ in 0..tb_n {
        talk.push_str(&format!(
            "<div class=\"tb-entry\"><div class=\"tb-meta\"><b>{}</b> wrote on {}:</div><div class=\"tb-text\">{}</div>\
             <div class=\"tb-votes\">Agree ({}) | Disagree ({}) | <a href=\"#\">Report abuse</a></div></div>",
            esc(c.rng.pick(L_NAMES)),
            l_human_date(c.rng),
            esc(c.rng.pick(L_COMMENTS)),
            c.rng.below(60),
            c.rng.below(20),
        ));
    }
    let mut most = String::new();
    for _ in 0..5 {
        let h = if c.rng.chance(50) {
            c.rng.pick(L_CARD_HEADLINES)
        } else {
            c.rng.pick(TEASERS)
        };
        most.push_str(&format!(
            "<li><a href=\"/news/article_{}.html\">{}</a></li>",
            c.rng.below(999_999),
            esc(h)
        ));
    }
    let nav_n = 8 + c.rng.below(4);
    let sect = c.rng.pick(SECTIONS);
    let topnav = c.links(nav_n, SECTIONS).join(" | ");

    let mut page = format!(
        "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\"><html>{}<body onload=\"initPage()\">\
         <div id=\"wrapper\" style=\"width:990px;margin:0 auto\">",
        head(
            s,
            "The Northfield Courier",
            "<script src=\"/js/jquery-1.4.2.min.js\"></script>"
        )
    );
    page.push_str(&format!(
        "<div id=\"meterbar\"><p>{}</p><a href=\"/subscribe/\">Subscribe</a> <a href=\"/login/\">Log in</a></div>\
         <div id=\"masthead\"><a href=\"/\"><img src=\"/img/masthead.gif\" alt=\"The Northfield Courier\" width=\"600\" height=\"90\"></a>\
         <div id=\"weather\">Northfield {}°C, {}</div></div><div id=\"topnav\">{topnav}</div>",
        esc(c.rng.pick(L_METER)),
        4 + c.rng.below(20),
        c.rng.pick(&["light rain", "sunny spells", "overcast", "fog clearing later"]),
    ));
    page.push_str(&format!(
        "<div id=\"container\"><div id=\"leftcol\" style=\"float:left;width:640px\">\
         <div class=\"breadcrumbs\"><a href=\"/\">Home</a> &raquo; <a href=\"/news/\">News</a> &raquo; <a href=\"/news/{sslug}/\">{sect}</a></div>\
         <div class=\"storyhead\"><h1 class=\"headline\">{title}</h1><div class=\"subhead\">{dek}</div>\
         <div class=\"storybyline\">By <b>{author}</b><br>Posted: {date} | Updated: {date}</div>\
         <div class=\"toolbar\"><a href=\"?print=yes\">Print</a> | <a href=\"/email-story/\">Email</a> | <a href=\"#talkback\">Comments ({tb_n})</a> | Text size: <a href=\"#\">A</a> <a href=\"#\">A</a></div></div>\
         <div class=\"kbox\"><h3>At a glance</h3><ul>{points}</ul></div>\
         <div id=\"storytext\">{text}</div><br style=\"clear:both\">",
        sslug = l_slug(sect),
        title = esc(&s.title),
        dek = esc(c.rng.pick(L_STANDFIRSTS)),
        author = esc(&s.author),
        date = s.date,
    ));
    page.push_str(&format!(
        "<div class=\"storyfoot\"><p class=\"copyright-line\">{}</p><p class=\"tipline\">{}</p></div>\
         <div id=\"talkback\"><a name=\"talkback\"></a><h3>Have your say</h3><p class=\"talkback-rules\">{}</p>{talk}\
         <form class=\"tb-form\"><textarea rows=\"5\" cols=\"60\"></textarea><br><input type=\"submit\" value=\"Post\"></form></div></div>",
        esc(L_FOOTERS[0]),
        esc(c.rng.pick(&L_FOOTERS[1..])),
        esc(L_HOUSE_RULES),
    ));
    page.push_str(&format!(
        "<div id=\"rightcol\" style=\"float:right;width:300px\">\
         <div class=\"adbox300\"><span class=\"adlabel\">Advertisement</span><div class=\"ad\">{}</div></div>\
         <div class=\"box mostread\"><h3>Most read</h3><ol>{most}</ol></div>\
         <div class=\"box\"><h3>Local notices</h3><p>{}</p></div></div><br style=\"clear:both\"></div>",
        esc(c.rng.pick(L_SPONSORED)),
        esc(c.rng.pick(L_NOTICES)),
    ));
    page.push_str(&format!(
        "<div id=\"footer\"><p>{}</p><p>{}</p></div></div></body></html>",
        c.links(10, SECTIONS).join(" | "),
        esc(c.rng.pick(FOOTER_TEXT)),
    ));
    page
}

// ---------------------------------------------------------------------
// Round 4 (M*): chrome wordings and templates written without reading the
// extractor.
// ---------------------------------------------------------------------

const M_DATELINES: &[&str] = &[
    "CHICAGO",
    "ATLANTA",
    "BRUSSELS",
    "SACRAMENTO, Calif.",
    "NAIROBI, Kenya",
    "DENVER",
    "OTTAWA, Ontario",
    "PHOENIX",
    "MANILA, Philippines",
    "BOISE, Idaho",
];

const M_WHAT_TO_KNOW: &[&str] = &[
    "The plan still needs one more round of approval before any money can be spent.",
    "Officials have not said how the program would be paid for after its first year.",
    "At least two advocacy groups say they are preparing a legal challenge.",
    "A public comment period is scheduled to open later this month.",
    "Similar proposals failed to win enough support in 2019 and again in 2022.",
    "Residents are unlikely to notice any change to services before next spring.",
    "The agency says it will publish a detailed timeline once its review is complete.",
];

const M_VIDEO_TITLES: &[&str] = &[
    "Officials outline next steps after Tuesday's vote",
    "Raw footage: crowds gather outside the courthouse",
    "Explainer: what the new rules could mean for you",
    "Drone video shows the scale of the damage",
    "Residents react to the decision in their own words",
    "Why this winter's flu season looks different",
    "Inside the workshop rebuilding the city's old trams",
];

const M_TRANSCRIPTS: &[&str] = &[
    "Good evening. We begin tonight with a decision that has been years in the making, and one that could change how thousands of people in the region get to work. Our correspondent has been following the story from the start.",
    "I think what people need to understand is that nothing changes overnight. There is a process, there are hearings, and there will be plenty of chances for the public to be heard before anything is final.",
    "We were standing right here when the water started coming up, and within twenty minutes the whole street was gone. Nobody expected it to happen that quickly, not even people who have lived here all their lives.",
];

const M_TRENDING: &[&str] = &[
    "Suspect in warehouse fire appears in court as investigators release new images",
    "Airline cancels hundreds of flights after software outage at hub airport",
    "Judge blocks state law on ballot drop boxes days before early voting",
    "Veteran goalkeeper announces retirement after 19 seasons",
    "Heat wave pushes power grid to the limit across three states",
    "Researchers find a 2,000-year-old shipwreck off the southern coast",
    "Grocery prices rose again in March, led by eggs and coffee",
    "Former governor testifies for six hours before grand jury",
    "Rescue crews reach hikers stranded on a mountain ridge overnight",
    "What to watch as the Supreme Court returns from its winter break",
];

const M_WIRE_CATEGORIES: &[&str] = &[
    "U.S. News",
    "World News",
    "Politics",
    "Business",
    "Science",
    "Climate",
    "Health",
];

const M_CONTRIB_NAMES: &[&str] = &[
    "Hannah Osei",
    "Luis Ferreira",
    "Minh Tran",
    "Kateryna Bondar",
    "Samuel Whitcombe",
    "Priya Raman",
    "Joel Lindqvist",
];

const M_CONTRIB_CITIES: &[&str] = &[
    "Washington",
    "New York",
    "London",
    "Seattle",
    "Mexico City",
    "Johannesburg",
    "Houston",
];

const M_WIRE_ABOUT: &[&str] = &[
    "The Continental Press is an independent, not-for-profit news cooperative founded in 1911. Newspapers, broadcasters and websites in more than 90 countries rely on its reporting every day.",
    "Founded by a group of newspaper publishers who wanted to share the cost of gathering news, The Continental Press remains owned by its members and committed to fast, accurate and unbiased reporting.",
];

const M_WIRE_NEWSLETTER: &[&str] = &[
    "The Morning Wire gives you the five stories you need before your first coffee, chosen by our editors on three continents. It is free and arrives at 5 a.m. Eastern.",
    "Get breaking news alerts and a short evening summary of the biggest stories from around the world, straight from our global newsroom.",
];

const M_SOCIAL_POSTS: &[&str] = &[
    "What a morning. Hundreds of you turned out in the pouring rain to make your voices heard, and we could not be prouder of this community. Thank you all. #StandTogether",
    "Update from the scene: the road remains closed in both directions while crews assess the damage. Please avoid the area and allow extra time for your journey this evening.",
    "Our statement on today's announcement is below. We will keep working with everyone involved to find a solution that puts local families first.",
    "Honestly did not expect to see this on my walk to work today. Anyone know what is going on down by the river?",
    "Proud to stand alongside nurses, porters and cleaners on the picket line this afternoon. They deserve to be heard, and they deserve a fair deal.",
];

const M_SOCIAL_HANDLES: &[&str] = &[
    "rivertonfire",
    "cityhallnews",
    "mayor_okonjo",
    "weatherwatchers",
    "harbourtrust",
    "northvalleypolice",
];

const M_EMBED_CONSENT: &[&str] = &[
    "This article contains content provided by {p}. Because it may use cookies and other technologies, we ask for your permission before anything is loaded. You may want to read the {p} cookie policy and privacy policy before accepting. To view this content choose Accept and continue.",
    "We have not loaded this {p} content because it may set cookies on your device. If you are happy for it to load, select the button below. You can change your settings at any time.",
];

const M_WATCH_SUMMARIES: &[&str] = &[
    "Our correspondent explains why the decision has divided opinion, and what is likely to happen next.",
    "Footage filmed by residents shows the moment the barrier gave way on Sunday night.",
    "The minister was pressed on the timetable during a tense interview on our breakfast programme.",
    "Three people who will be affected describe what the change means for them and their families.",
];

const M_CROSSHEADS: &[&str] = &[
    "What happened?",
    "Why does it matter?",
    "What happens now?",
    "'Nobody told us'",
    "How have people reacted?",
    "A long-running dispute",
];

const M_GET_IN_TOUCH: &[&str] = &[
    "Has this story affected you, or were you there when it happened? Tell us about your experience by emailing our newsroom or sending a message on WhatsApp. Please include a phone number if you are willing to speak to one of our journalists.",
    "Do you have information about this story? We would like to hear from you. Contact us in confidence using our secure form, and read our terms and privacy notice before you send anything.",
];

const M_EXTERNAL_NOTE: &str = "NBX is not responsible for the content of external sites. Read about our approach to external linking.";

const M_FEATURE_SUMMARIES: &[&str] = &[
    "For forty years she has swum in the same cold lake every morning. This winter, for the first time, it did not freeze over.",
    "A small island school has only four pupils left. Teachers and parents are fighting to keep its doors open.",
    "The recipe was handed down on a scrap of paper for three generations. Now a bakery sells a thousand loaves of it a week.",
    "Why so many young people are choosing apprenticeships over university, and what they say they have gained.",
];

const M_ROLES: &[&str] = &[
    "Political correspondent",
    "Health reporter",
    "Business editor",
    "Environment analyst",
    "Local Democracy Reporting Service",
    "Transport correspondent",
];

const M_AGENCIES: &[&str] = &[
    "Getty Images",
    "PA Media",
    "EPA",
    "Handout",
    "NBX",
    "Family handout",
];

const M_IMAGE_CAPTIONS: &[&str] = &[
    "Campaigners gathered outside the town hall ahead of the vote on Wednesday",
    "The site has been fenced off since the spring and is due to be cleared by the end of the year",
    "Emergency services were called to the scene shortly after 07:00 local time",
    "Some residents say they were given less than a week's notice of the changes",
];

const M_LIVE_STRIP: &[&str] = &[
    "Follow live updates as council leaders meet to agree next year's budget",
    "Live: travel disruption continues as heavy snow moves south",
    "Live coverage of the by-election count as results begin to arrive",
];

const M_TICKER_NAMES: &[&str] = &[
    "DJIA",
    "S&P 500",
    "NASDAQ",
    "Russell 2000",
    "FTSE 100",
    "DAX",
    "Nikkei 225",
    "Brent crude",
    "Gold",
    "EUR/USD",
    "US 10-yr",
    "Bitcoin",
];

const M_COMPANIES: &[(&str, &str)] = &[
    ("Halvorsen Energy", "HLVN"),
    ("Meridian Freight Holdings", "MFH"),
    ("Cobalt Ridge Mining", "CBRM"),
    ("Northgate Bancorp", "NGB"),
    ("Aster Biologics", "ASTB"),
    ("Pinecrest Retail Group", "PCRG"),
    ("Lumenfield Semiconductor", "LMSC"),
    ("Oakmont Utilities", "OAKU"),
];

const M_FIN_RELATED: &[&str] = &[
    "Bond yields climb as traders pare bets on early rate cuts",
    "Why the strong dollar is squeezing American exporters",
    "These dividend stocks held up best during the last downturn",
    "Oil slips as inventories build for a third straight week",
    "What the latest jobs report means for your retirement savings",
    "Regional banks face a new test as commercial property loans sour",
    "Chipmakers rally after a blowout forecast from a key supplier",
];

const M_RELATED_LABELS: &[&str] = &["Related:", "Read:", "See also:", "Also read:"];

const M_CHART_TITLES: &[&str] = &[
    "Shares have lost ground since the start of the year",
    "Quarterly revenue, in billions of dollars",
    "Spread between two-year and ten-year yields, percentage points",
    "Net inflows into the sector's funds, weekly",
];

const M_DISCLAIMERS: &[&str] = &[
    "This article is provided for general information only and does not constitute investment, legal or tax advice. Ledgerline and its writers may hold positions in the securities mentioned. Past performance is not a reliable indicator of future results.",
    "The views expressed here are those of the author and are not a recommendation to buy or sell any security. Consult a licensed financial adviser before making investment decisions. Quotes are delayed by at least 15 minutes.",
];

const M_CORRECTIONS: &[&str] = &[
    "An earlier version of this story misstated the company's quarterly revenue. It was $4.2 billion, not $2.4 billion.",
    "This article has been corrected to show that the vote took place on Wednesday, not Tuesday, and to fix the spelling of the chief financial officer's name.",
    "A previous version of this article incorrectly described the fund as the largest in the region. It is the second largest.",
];

const M_EDITORS: &[&str] = &[
    "Nick Aldana",
    "Fiona Carruthers",
    "Tomasz Wilk",
    "Grace Imbert",
    "Arjun Mehta",
    "Bea Salonen",
];

const M_STANDARDS: &str = "We verify every figure in our market coverage against at least two independent data sources, and we correct errors promptly and transparently under our published editorial code.";

const M_PARTNER: &[(&str, &str)] = &[
    (
        "Is your portfolio ready for a rate cut?",
        "Our partners at Brightvale Wealth explain how to rebalance between cash, bonds and equities when borrowing costs start to fall. Download the free guide.",
    ),
    (
        "Compare the best high-yield savings accounts",
        "Rates on some online accounts are still above 4%. See which banks pay the most this month and how to switch in under ten minutes.",
    ),
];

const M_FIN_FOOTER: &[&str] = &[
    "Market data is provided by independent vendors and is delayed by at least 15 minutes for equities and 20 minutes for futures unless otherwise indicated. A full list of exchanges and their delays is available on our data page.",
    "Ledgerline is a registered trademark of Ledgerline Media Inc. Content on this site is protected by copyright and may not be copied, redistributed or used to train automated systems without a licence.",
];

const M_WX_DISCUSSION: &[&str] = &[
    "Tonight: Clouds thicken after midnight with a low near 38. Light southeast wind. Tomorrow brings scattered showers, mainly after 2 p.m., with highs in the low 50s.",
    "A cold front pushes through late Thursday, bringing gusty winds and a sharp drop in temperatures. Expect a dry but chilly weekend with morning frost in the valleys.",
    "High pressure keeps us dry and sunny through the middle of the week. Afternoon highs climb into the upper 70s by Wednesday before storm chances return on Friday.",
];

const M_WX_ALERTS: &[&str] = &[
    "Wind advisory in effect until 9 p.m. for Carver, Dell and Pine counties. Gusts up to 50 mph are possible.",
    "Flood watch for the river valley through Saturday morning. Avoid low-lying roads and never drive through standing water.",
    "Winter weather advisory: 2 to 4 inches of snow expected overnight. Allow extra time for the morning commute.",
];

const M_TV_VIDEO_DESC: &[&str] = &[
    "Our crew was at the scene as neighbors described what they saw and heard. Watch the full report from the 6 o'clock newscast.",
    "Chief meteorologist Dana Ruiz breaks down what the change in the forecast means for your weekend plans.",
    "Our team asked viewers what they think about the proposal. Here is what they told us.",
];

const M_TV_SPONSORED: &[(&str, &str, &str)] = &[
    (
        "Homeowners are ditching their old gutters for this clever alternative",
        "Installers say the new design keeps leaves out for good, and the price may surprise you. See if it is available in your zip code.",
        "HomeGuard Partners",
    ),
    (
        "Doctors stunned: the simple morning habit that may ease joint pain",
        "Thousands of readers over 60 have already tried this approach. Here is what they reported after just two weeks.",
        "Wellness Daily",
    ),
    (
        "The 2025 SUVs that hold their value best, ranked",
        "Our analysts compared resale prices for every new model. The top pick comes from a brand you might not expect.",
        "AutoInsight",
    ),
    (
        "Retirees in your state could qualify for a little-known tax break",
        "Many people miss out simply because they do not know it exists. Check whether you are eligible before the deadline.",
        "SmartMoney Review",
    ),
    (
        "This new card pays 0% interest until 2027",
        "Balance transfer cards like this one rarely last long. Compare offers and see if you pre-qualify without affecting your credit score.",
        "CardMatch Finder",
    ),
    (
        "Why everyone on your street is switching internet providers",
        "A new fiber network has arrived in parts of the region, with speeds up to ten times faster than cable at a similar monthly cost.",
        "LocalDeals Network",
    ),
];

const M_TV_COMMENTS: &[&str] = &[
    "I drive past there every day and have been saying for years that something like this would happen. Glad somebody is finally paying attention.",
    "Thank you to the first responders who were out there in that weather. People forget how hard that job is.",
    "Where is the money coming from? Every time they announce one of these projects our taxes go up and the roads stay the same.",
    "My kids go to school two blocks away. Would really like to hear from the district about what they plan to do.",
    "This station always does a good job covering our side of the county. The other channels never come out this far.",
];

const M_TV_NAMES: &[&str] = &[
    "KarenT_1962",
    "Mike Delgado",
    "riverroad_rick",
    "Shawna P.",
    "BigSkyDad",
    "Lorraine Whitfield",
    "jt_outdoors",
];

const M_TV_COMMENT_POLICY: &str = "Join the conversation. Comments are hosted by a third-party provider and are subject to its terms of service. Keep it civil: posts containing personal attacks, profanity or misinformation will be removed, and we may suspend accounts that repeatedly break these rules.";

const M_TV_APP: &str = "Get breaking news alerts, live newscasts and the 7-day forecast on your phone. Download the free KXVT 7 News app from the App Store or Google Play.";

const M_TV_CLOSINGS: &str = "There are currently 12 closings and delays in our viewing area. Check the full list and sign up for text alerts for your school or business.";

const M_TV_PUBLIC_FILE: &[&str] = &[
    "Viewers with disabilities who need help accessing this station's FCC public inspection file can contact our public file liaison by phone or email during regular business hours.",
    "For questions about closed captioning, contact our chief engineer. This station is committed to equal employment opportunity; our annual EEO public file report is available online.",
];

const M_TV_TYPO: &str = "Spotted a typo or a factual error in this story? Let our digital team know, and thank you for helping us get it right.";

/// "12 mins ago", "3 hours ago".
fn m_ago(rng: &mut Rng) -> String {
    if rng.chance(40) {
        format!("{} mins ago", 2 + rng.below(57))
    } else {
        let h = 1 + rng.below(11);
        let plural = if h == 1 { "" } else { "s" };
        format!("{h} hour{plural} ago")
    }
}

/// "4:07 PM".
fn m_clock(rng: &mut Rng) -> String {
    format!(
        "{}:{:02} {}",
        1 + rng.below(12),
        rng.below(60),
        rng.pick(&["AM", "PM"])
    )
}

/// A number with thousands separators and two decimals.
fn m_number(rng: &mut Rng, lo: usize, hi: usize) -> String {
    let whole = lo + rng.below(hi.saturating_sub(lo).max(1));
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (k, ch) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    format!("{grouped}.{:02}", rng.below(100))
}

/// A signed percentage change and its direction class.
fn m_change(rng: &mut Rng) -> (String, &'static str) {
    let up = rng.chance(55);
    let sign = if up { "+" } else { "-" };
    (
        format!("{sign}{}.{:02}%", rng.below(4), rng.below(100)),
        if up { "up" } else { "down" },
    )
}

/// One inline video insert of the wire page: a poster, the clip title
/// and a prose transcript teaser.
fn m0_video(rng: &mut Rng) -> String {
    let id = rng.next() % 1_000_000_000;
    format!(
        "<div class=\"StoryInsert StoryInsert--video\" data-insert-type=\"video\">\
         <wire-video-player class=\"VideoPlayer\" data-media-id=\"{id}\" data-autoplay=\"false\">\
         <div class=\"VideoPlayer-poster\"><img alt=\"\" src=\"/media/video/{id}/poster.jpg\"><button class=\"VideoPlayer-play\" aria-label=\"Play video\"></button>\
         <span class=\"VideoPlayer-duration\">{m}:{sec:02}</span></div></wire-video-player>\
         <div class=\"VideoPlayer-info\"><h4 class=\"VideoPlayer-title\">{title}</h4>\
         <div class=\"VideoPlayer-transcript\"><span class=\"VideoPlayer-transcriptLabel\">Transcript</span><p>{tr}</p>\
         <button class=\"VideoPlayer-transcriptToggle\" aria-expanded=\"false\">Read full transcript</button></div></div></div>",
        m = rng.below(4),
        sec = rng.below(60),
        title = esc(rng.pick(M_VIDEO_TITLES)),
        tr = esc(rng.pick(M_TRANSCRIPTS)),
    )
}

/// M0 (held-out round 4, now development): wire-service story page (AP-like) built from
/// custom elements: a breaking-news bar, topic tag, headline, byline
/// with an "Updated" stamp, a share toolbar, a lead photo carousel with
/// counter and caption, a "What to know" bullet box, a dateline element
/// before the text, an inline video player with a prose transcript
/// teaser, an ad slot and a promo card inside the text, an italic
/// contributor line and a "follow our coverage" line after the text,
/// topic tags, a "Trending" rail with timestamps, a rail newsletter box,
/// "Top stories" cards with summaries and a prose "about us" footer.
fn m0_wire(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let n = s.paragraphs.len();
    let video_at = if n >= 4 { 1 + c.rng.below(2) } else { 0 };
    let ad_at = if n >= 5 { 3 } else { usize::MAX };
    let promo_at = if n >= 7 {
        n - 2 - c.rng.below(2)
    } else {
        usize::MAX
    };
    let category = c.rng.pick(M_WIRE_CATEGORIES);
    let city = c.rng.pick(M_DATELINES);

    let mut text = format!("<span class=\"StoryDateline\">{city} (CP) — </span>");
    for (i, p) in s.paragraphs.iter().enumerate() {
        text.push_str(&format!("<p>{}</p>", c.body_paragraph(p)));
        if i + 1 == n {
            continue;
        }
        if i == video_at {
            text.push_str(&m0_video(c.rng));
        }
        if i == ad_at {
            text.push_str(&format!(
                "<div class=\"StoryInsert StoryInsert--ad\"><wire-ad class=\"Advertisement\" data-slot=\"story-inline-{}\" data-sizes=\"300x250,320x50\">\
                 <div class=\"Advertisement-label\">ADVERTISEMENT</div></wire-ad></div>",
                c.rng.below(9)
            ));
        }
        if i == promo_at {
            let h = c.rng.pick(M_TRENDING);
            text.push_str(&format!(
                "<div class=\"StoryInsert StoryInsert--promo\"><div class=\"PromoCard\"><a class=\"PromoCard-media\" href=\"/article/{slug}-{id:x}\"><img alt=\"\" src=\"/media/promo/{id:x}.jpg\"></a>\
                 <div class=\"PromoCard-content\"><span class=\"PromoCard-category\">{cat}</span><h3 class=\"PromoCard-title\"><a href=\"/article/{slug}-{id:x}\">{h}</a></h3></div></div></div>",
                slug = l_slug(h),
                id = c.rng.next() % 0xFFFF_FFFF,
                cat = esc(c.rng.pick(M_WIRE_CATEGORIES)),
                h = esc(h),
            ));
        }
    }
    if c.rng.chance(60) {
        let a = c.rng.pick(M_CONTRIB_NAMES);
        let b = c.rng.pick(M_CONTRIB_CITIES);
        text.push_str(&format!(
            "<p>___</p><p><em>Continental Press writer {a} in {b} contributed to this report.</em></p>"
        ));
    }

    let start = c.rng.below(M_WHAT_TO_KNOW.len());
    let k_n = 3 + c.rng.below(2);
    let facts: String = (0..k_n)
        .map(|k| {
            format!(
                "<li class=\"KeyFacts-item\">{}</li>",
                esc(M_WHAT_TO_KNOW[(start + 2 * k) % M_WHAT_TO_KNOW.len()])
            )
        })
        .collect();

    let mut trending = String::new();
    let t0 = c.rng.below(M_TRENDING.len());
    for k in 0..5 {
        let h = M_TRENDING[(t0 + 3 * k) % M_TRENDING.len()];
        trending.push_str(&format!(
            "<li class=\"TrendingRail-item\"><span class=\"TrendingRail-rank\">{}</span><a class=\"TrendingRail-link\" href=\"/article/{}\">{}</a><span class=\"TrendingRail-time\">{}</span></li>",
            k + 1,
            l_slug(h),
            esc(h),
            m_ago(c.rng)
        ));
    }

    let mut top = String::new();
    for _ in 0..4 {
        let h = c.rng.pick(M_TRENDING);
        top.push_str(&format!(
            "<div class=\"PromoCard PromoCard--list\"><div class=\"PromoCard-content\"><h3 class=\"PromoCard-title\"><a href=\"/article/{}\">{}</a></h3>\
             <div class=\"PromoCard-description\">{}</div><span class=\"PromoCard-time\">{}</span></div></div>",
            l_slug(h),
            esc(h),
            esc(if c.rng.chance(50) {
                c.rng.pick(TEASER_BLURBS)
            } else {
                c.rng.pick(L_CARD_BLURBS)
            }),
            m_ago(c.rng)
        ));
    }

    let nav_n = 6 + c.rng.below(3);
    let nav: String = c
        .links(nav_n, SECTIONS)
        .into_iter()
        .map(|l| format!("<li class=\"SiteHeader-navItem\">{l}</li>"))
        .collect();
    let slides = 3 + c.rng.below(5);
    let tag_n = 3 + c.rng.below(3);
    let tags = c.links(tag_n, SECTIONS).join("");

    let mut page = format!(
        "<!DOCTYPE html><html lang=\"en\" class=\"StoryPage\">{}<body>",
        head(
            s,
            "The Continental Press",
            "<link rel=\"stylesheet\" href=\"/static/wire/all.min.css\">"
        )
    );
    page.push_str(&format!(
        "<wire-sticky-header class=\"SiteHeader\"><div class=\"SiteHeader-inner\"><a class=\"SiteHeader-logo\" href=\"/\" aria-label=\"The Continental Press\"><svg viewBox=\"0 0 48 24\"><path d=\"M0 0h48v24H0z\"></path></svg></a>\
         <nav class=\"SiteHeader-nav\"><ul class=\"SiteHeader-navList\">{nav}</ul></nav>\
         <div class=\"SiteHeader-actions\"><a href=\"/newsletters\">Newsletters</a><button class=\"SiteHeader-search\" aria-label=\"Search\"></button><a href=\"/donate\" class=\"SiteHeader-support\">Support</a></div></div></wire-sticky-header>"
    ));
    if c.rng.chance(45) {
        let h = c.rng.pick(M_TRENDING);
        page.push_str(&format!(
            "<div class=\"BreakingBar\" role=\"alert\"><span class=\"BreakingBar-label\">BREAKING</span><a class=\"BreakingBar-link\" href=\"/live/{}\">{}</a></div>",
            l_slug(h),
            esc(h)
        ));
    }
    page.push_str(&format!(
        "<main class=\"Page-main\"><div class=\"Page-twoColumn\"><div class=\"Page-mainColumn\">\
         <div class=\"Page-topicTag\"><a href=\"/hub/{cslug}\">{cat}</a></div>\
         <h1 class=\"Page-headline\">{title}</h1>\
         <div class=\"Page-byline\"><span class=\"Page-authors\">By <a href=\"/author/{aslug}\">{author}</a></span>\
         <span class=\"Page-dateModified\" data-date=\"{date}\">Updated {clock} GMT, {date}</span></div>\
         <div class=\"Page-actions\"><button class=\"ShareButton\">Share</button><button class=\"CopyLink\">Copy</button><a href=\"?print\">Print</a><a href=\"mailto:?subject=\">Email</a></div>\
         <figure class=\"LeadMedia\"><wire-carousel class=\"Carousel\" data-count=\"{slides}\"><div class=\"Carousel-slide\"><img alt=\"\" src=\"/media/photo/{pid:x}.jpg\">\
         <div class=\"Carousel-caption\"><span class=\"Carousel-counter\">1 of {slides}</span> <span class=\"Carousel-captionText\">{cap}</span>\
         <span class=\"Carousel-credit\">(CP Photo/{cred})</span></div></div>\
         <button class=\"Carousel-next\" aria-label=\"Next image\"></button></wire-carousel></figure>\
         <div class=\"KeyFacts\"><h2 class=\"KeyFacts-title\">What to know</h2><ul class=\"KeyFacts-list\">{facts}</ul></div>\
         <wire-story-body class=\"StoryBody RichText\">{text}</wire-story-body>",
        cslug = l_slug(category),
        cat = esc(category),
        title = esc(&s.title),
        aslug = l_slug(&s.author),
        author = esc(&s.author),
        date = s.date,
        clock = m_clock(c.rng),
        pid = c.rng.next() % 0xFFFF_FFFF,
        cap = esc(c.rng.pick(M_IMAGE_CAPTIONS)),
        cred = esc(c.rng.pick(M_CONTRIB_NAMES)),
    ));
    page.push_str(&format!(
        "<div class=\"StoryFollow\"><p>Follow the Continental Press's coverage of {low} at <a href=\"/hub/{cslug}\">cpnews.example/hub/{cslug}</a>.</p></div>\
         <div class=\"Page-tags\"><span class=\"Page-tagsLabel\">Related topics</span>{tags}</div></div>",
        low = esc(&category.to_lowercase()),
        cslug = l_slug(category),
    ));
    page.push_str(&format!(
        "<aside class=\"Page-rightRail\"><wire-trending-rail class=\"TrendingRail\"><h2 class=\"TrendingRail-title\">Trending</h2><ol class=\"TrendingRail-list\">{trending}</ol></wire-trending-rail>\
         <div class=\"RailAd\"><wire-ad class=\"Advertisement\" data-slot=\"rail-1\"><div class=\"Advertisement-label\">ADVERTISEMENT</div></wire-ad></div>\
         <div class=\"RailNewsletter\"><h3 class=\"RailNewsletter-title\">The Morning Wire</h3><p class=\"RailNewsletter-text\">{news}</p>\
         <form class=\"RailNewsletter-form\"><input type=\"email\" placeholder=\"Your email\"><button>Sign up</button></form></div></aside></div>\
         <section class=\"Page-below\"><h2 class=\"Page-belowTitle\">Top stories</h2><div class=\"PromoList\">{top}</div></section></main>",
        news = esc(c.rng.pick(M_WIRE_NEWSLETTER)),
    ));
    page.push_str(&format!(
        "<footer class=\"SiteFooter\"><div class=\"SiteFooter-about\"><p>{about}</p></div>\
         <nav class=\"SiteFooter-nav\">{links}<a href=\"/terms\">Terms of use</a><a href=\"/privacy\">Privacy policy</a><a href=\"/privacy/choices\">Your privacy choices</a></nav>\
         <p class=\"SiteFooter-copyright\">Copyright 2025 The Continental Press. All rights reserved.</p></footer></body></html>",
        about = esc(c.rng.pick(M_WIRE_ABOUT)),
        links = c.links(8, SECTIONS).join(""),
    ));
    page
}

/// One block placed between the text segments of the broadcaster page:
/// 0 an Instagram post with a consent placeholder, 1 a Facebook post,
/// 2 a YouTube embed behind a consent placeholder, 3 the "Watch" module,
/// 4 an image with source and caption.
fn m1_insert(rng: &mut Rng, kind: usize) -> String {
    let id = rng.next() % 100_000_000;
    match kind {
        0 => {
            let handle = rng.pick(M_SOCIAL_HANDLES);
            format!(
                "<div class=\"embed-wrapper\" data-embed=\"instagram\"><a class=\"skip-link\" href=\"#end-ig-{id}\">Skip Instagram post by {handle}</a>\
                 <div class=\"embed-consent\"><p>{consent}</p><button class=\"embed-consent__accept\">Accept and continue</button></div>\
                 <blockquote class=\"instagram-media\" data-instgrm-permalink=\"https://www.instagram.com/p/C{id:x}/\" data-instgrm-version=\"14\">\
                 <div><a href=\"https://www.instagram.com/p/C{id:x}/\" target=\"_blank\">View this post on Instagram</a><p>{post}</p>\
                 <p><a href=\"https://www.instagram.com/{handle}/\" target=\"_blank\">A post shared by {handle}</a></p></div></blockquote>\
                 <p class=\"embed-end\" id=\"end-ig-{id}\">End of Instagram post by {handle}</p></div>",
                consent = esc(&rng.pick(M_EMBED_CONSENT).replace("{p}", "Instagram")),
                post = esc(rng.pick(M_SOCIAL_POSTS)),
            )
        }
        1 => {
            let handle = rng.pick(M_SOCIAL_HANDLES);
            format!(
                "<div class=\"embed-wrapper\" data-embed=\"facebook\"><div class=\"fb-post\" data-href=\"https://www.facebook.com/{handle}/posts/{id}\" data-width=\"500\">\
                 <blockquote cite=\"https://www.facebook.com/{handle}/posts/{id}\" class=\"fb-xfbml-parse-ignore\"><p>{post}</p>\
                 Posted by <a href=\"https://www.facebook.com/{handle}\">{handle}</a> on <a href=\"https://www.facebook.com/{handle}/posts/{id}\">{when}</a></blockquote></div></div>",
                post = esc(rng.pick(M_SOCIAL_POSTS)),
                when = l_human_date(rng),
            )
        }
        2 => format!(
            "<div class=\"embed-wrapper\" data-embed=\"youtube\"><div class=\"embed-consent\"><p>{consent}</p><button class=\"embed-consent__accept\">Accept and continue</button></div>\
             <iframe width=\"560\" height=\"315\" src=\"https://www.youtube-nocookie.com/embed/v{id:x}\" title=\"{title}\" frameborder=\"0\" allowfullscreen></iframe>\
             <p class=\"embed-end\">End of YouTube post by {handle}</p></div>",
            consent = esc(&rng.pick(M_EMBED_CONSENT).replace("{p}", "YouTube")),
            title = esc(rng.pick(M_VIDEO_TITLES)),
            handle = rng.pick(M_SOCIAL_HANDLES),
        ),
        3 => {
            let mut list = String::new();
            for _ in 0..3 {
                let t = rng.pick(M_VIDEO_TITLES);
                list.push_str(&format!(
                    "<li class=\"watch-module__item\"><a href=\"/news/av-{}\">{}</a><span class=\"watch-module__duration\">{}:{:02}</span></li>",
                    rng.below(99_999_999),
                    esc(t),
                    rng.below(5),
                    rng.below(60)
                ));
            }
            format!(
                "<section class=\"watch-module\" aria-labelledby=\"watch-{id}\"><h2 id=\"watch-{id}\" class=\"watch-module__heading\">Watch</h2>\
                 <div class=\"watch-module__lead\"><div class=\"media-player\" data-playable=\"true\"><img alt=\"\" src=\"/images/watch/{id}.jpg\">\
                 <button class=\"media-player__play\">Play</button><span class=\"media-player__duration\">{m}:{sec:02}</span></div>\
                 <h3 class=\"watch-module__title\">{title}</h3><p class=\"watch-module__summary\">{summary}</p></div>\
                 <ul class=\"watch-module__list\">{list}</ul></section>",
                m = 1 + rng.below(4),
                sec = rng.below(60),
                title = esc(rng.pick(M_VIDEO_TITLES)),
                summary = esc(rng.pick(M_WATCH_SUMMARIES)),
            )
        }
        _ => format!(
            "<figure class=\"story-image\"><div class=\"story-image__frame\"><img alt=\"\" src=\"/images/news/976/cpsprod/{id}.jpg\">\
             <span class=\"visually-hidden\">Image source, </span><span class=\"image-copyright\">{agency}</span></div>\
             <figcaption class=\"story-image__caption\"><span class=\"visually-hidden\">Image caption, </span>{cap}</figcaption></figure>",
            agency = esc(rng.pick(M_AGENCIES)),
            cap = esc(rng.pick(M_IMAGE_CAPTIONS)),
        ),
    }
}

/// M1 (held-out round 4, now development): public broadcaster's news site: a network
/// bar above the masthead, a "LIVE" strip, headline, time and a
/// contributor with role, a "listen to this article" player, a lead
/// image with visually-hidden "Image source"/"Image caption" labels, the
/// text split into `<section>` segments of two to four paragraphs
/// (some opening with a crosshead) separated by social embeds
/// (Instagram and YouTube behind prose consent placeholders, a Facebook
/// post), a "Watch" module with a prose summary and a playlist, and
/// inline images; then a prose "Get in touch" box, related topic chips,
/// "More on this story", an external-links note, and a sidebar with
/// "Top stories", "Features" with prose summaries and "Most watched".
fn m1_broadcast(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let n = s.paragraphs.len();
    let mut segments: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    while start < n {
        let len = (2 + c.rng.below(3)).min(n - start);
        segments.push((start, start + len));
        start += len;
    }
    let first_kind = c.rng.below(5);
    let first_head = c.rng.below(M_CROSSHEADS.len());
    let mut heads_used = 0;
    let mut watch_done = false;
    let mut text = String::new();
    for (k, &(a, b)) in segments.iter().enumerate() {
        let mut seg = String::new();
        if k > 0 && c.rng.chance(45) {
            let h = M_CROSSHEADS[(first_head + heads_used) % M_CROSSHEADS.len()];
            heads_used += 1;
            seg.push_str(&format!("<h2 class=\"story-crosshead\">{}</h2>", esc(h)));
        }
        seg.push_str("<div class=\"rich-text\">");
        for p in &s.paragraphs[a..b] {
            seg.push_str(&format!("<p>{}</p>", c.body_paragraph(p)));
        }
        seg.push_str("</div>");
        text.push_str(&format!(
            "<section class=\"story-segment\" data-segment=\"{k}\">{seg}</section>"
        ));
        if k + 1 < segments.len() {
            let kind = (first_kind + k) % 5;
            watch_done |= kind == 3;
            text.push_str(&m1_insert(c.rng, kind));
        }
    }
    if !watch_done {
        text.push_str(&m1_insert(c.rng, 3));
    }

    let mut top = String::new();
    for _ in 0..4 {
        let h = if c.rng.chance(50) {
            c.rng.pick(TEASERS)
        } else {
            c.rng.pick(M_TRENDING)
        };
        top.push_str(&format!(
            "<li class=\"promo\"><a class=\"promo__link\" href=\"/news/{}-{}\">{}</a><time class=\"promo__time\">{}</time></li>",
            l_slug(h),
            10_000_000 + c.rng.below(89_999_999),
            esc(h),
            m_ago(c.rng)
        ));
    }
    let mut features = String::new();
    for _ in 0..3 {
        let h = c.rng.pick(L_CARD_HEADLINES);
        features.push_str(&format!(
            "<div class=\"feature-card\"><a href=\"/news/{}\"><img alt=\"\" src=\"/images/features/{}.jpg\"><h3 class=\"feature-card__title\">{}</h3></a>\
             <p class=\"feature-card__summary\">{}</p></div>",
            l_slug(h),
            c.rng.below(99_999),
            esc(h),
            esc(c.rng.pick(M_FEATURE_SUMMARIES))
        ));
    }
    let watched: String = (0..5)
        .map(|k| {
            format!(
                "<li><span class=\"rank\">{}</span><a href=\"/news/av-{}\">{}</a></li>",
                k + 1,
                c.rng.below(99_999_999),
                esc(c.rng.pick(M_VIDEO_TITLES))
            )
        })
        .collect();
    let chip_n = 3 + c.rng.below(3);
    let chips: String = c
        .links(chip_n, SECTIONS)
        .into_iter()
        .map(|l| format!("<li class=\"topic-chip\">{l}</li>"))
        .collect();

    let mut page = format!(
        "<!DOCTYPE html><html lang=\"en-GB\" class=\"nbx\">{}<body class=\"news-article\">",
        head(
            s,
            "NBX News",
            "<meta name=\"twitter:site\" content=\"@nbxnews\">"
        )
    );
    page.push_str(&format!(
        "<div id=\"network-bar\" class=\"network-bar\"><a href=\"/\">NBX</a><ul><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li>\
         <li><a href=\"/weather\">Weather</a></li><li><a href=\"/watch\">Watch</a></li><li><a href=\"/listen\">Listen</a></li></ul>\
         <a class=\"network-bar__signin\" href=\"/account\">Sign in</a></div>\
         <header class=\"nbx-masthead\"><a class=\"nbx-masthead__logo\" href=\"/news\">NBX News</a><nav class=\"nbx-masthead__nav\">{}</nav></header>",
        c.nav_ul()
    ));
    if c.rng.chance(50) {
        page.push_str(&format!(
            "<div class=\"live-strip\"><span class=\"live-strip__pill\">LIVE</span><a href=\"/news/live/{}\">{}</a></div>",
            c.rng.below(99_999_999),
            esc(c.rng.pick(M_LIVE_STRIP))
        ));
    }
    page.push_str(&format!(
        "<main id=\"main-content\" role=\"main\"><div class=\"story-grid\"><div class=\"story-column\"><article class=\"story\">\
         <header class=\"story-header\"><h1 id=\"main-heading\" class=\"story-header__title\">{title}</h1>\
         <div class=\"story-meta\"><time datetime=\"{date}T06:00:00.000Z\">{ago}</time>\
         <div class=\"story-contributor\"><span class=\"story-contributor__name\">{author}</span><span class=\"story-contributor__role\">{role}</span></div></div>\
         <div class=\"audio-player\"><button class=\"audio-player__button\">Listen to this article</button><span class=\"audio-player__length\">{mins} minutes</span></div></header>\
         {lead}{text}",
        title = esc(&s.title),
        date = s.date,
        ago = m_ago(c.rng),
        author = esc(&s.author),
        role = esc(c.rng.pick(M_ROLES)),
        mins = l_minutes(s),
        lead = m1_insert(c.rng, 4),
    ));
    page.push_str(&format!(
        "<section class=\"get-in-touch\"><h2>Get in touch</h2><p>{touch}</p><a class=\"get-in-touch__cta\" href=\"/news/contact-form\">Contact form</a></section>\
         <div class=\"related-topics\"><h2>Related topics</h2><ul>{chips}</ul></div>\
         <section class=\"more-on-story\"><h2>More on this story</h2>{more}</section>\
         <p class=\"external-links-note\">{ext}</p></article></div>",
        touch = esc(c.rng.pick(M_GET_IN_TOUCH)),
        more = c.teaser_list(3),
        ext = esc(M_EXTERNAL_NOTE),
    ));
    page.push_str(&format!(
        "<aside class=\"story-sidebar\"><section class=\"top-stories\"><h2>Top Stories</h2><ul>{top}</ul></section>\
         <section class=\"features\"><h2>Features</h2>{features}</section>\
         <section class=\"most-watched\"><h2>Most watched</h2><ol>{watched}</ol></section></aside></div></main>"
    ));
    page.push_str(&format!(
        "<footer class=\"nbx-footer\"><nav class=\"nbx-footer__links\">{links}<a href=\"/terms\">Terms of Use</a><a href=\"/privacy\">Privacy Policy</a><a href=\"/cookies\">Cookies</a><a href=\"/accessibility\">Accessibility Help</a></nav>\
         <p class=\"nbx-footer__copy\">Copyright 2025 NBX. NBX is not responsible for the content of external sites. <a href=\"/editorial-guidelines/links\">Read about our approach to external linking.</a></p></footer></body></html>",
        links = c.links(7, SECTIONS).join(""),
    ));
    page
}

/// M2 (held-out round 4, now development): financial news page: a market ticker strip,
/// a header with a market-status clock, breadcrumb, headline, two-author
/// byline, timestamps, a toolbar with a licensing link, a correction box
/// above or below the text, paragraphs as `<div data-testid>` blocks
/// with inline single-link "Related:" paragraphs of the same markup, a
/// chart figure with axis labels and a source line, a data table of
/// share prices with a caption and a note, an ad, reporting/editing
/// credits, a standards statement, a disclaimer paragraph, a
/// "Companies" panel, "More from Markets", and a rail with a market
/// snapshot table, paid partner content in prose and "Most read".
fn m2_markets(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let n = s.paragraphs.len();
    let pcls = format!("article-body__paragraph__{:x}", c.rng.next() % 0xF_FFFF);
    let chart_at = if n >= 3 { 0 } else { usize::MAX };
    let table_at = if n >= 4 { n / 2 } else { usize::MAX };
    let rel_a = if n >= 3 { 1 } else { usize::MAX };
    let rel_b = if n >= 7 { n - 3 } else { usize::MAX };
    let ad_at = if n >= 5 { 2 } else { usize::MAX };

    let mut co_idx: Vec<usize> = Vec::new();
    let first_co = c.rng.below(M_COMPANIES.len());
    for k in 0..(3 + c.rng.below(3)) {
        co_idx.push((first_co + 3 * k) % M_COMPANIES.len());
    }
    co_idx.dedup();

    let mut text = String::new();
    let mut k = 0;
    for (i, p) in s.paragraphs.iter().enumerate() {
        text.push_str(&format!(
            "<div data-testid=\"paragraph-{k}\" class=\"{pcls}\">{}</div>",
            c.body_paragraph(p)
        ));
        k += 1;
        if i + 1 == n {
            continue;
        }
        if i == chart_at {
            let mut pts = String::new();
            let mut y = 40 + c.rng.below(160);
            for x in 0..24 {
                y = (y + c.rng.below(41)).saturating_sub(20).clamp(10, 230);
                pts.push_str(&format!("{},{} ", x * 25, y));
            }
            text.push_str(&format!(
                "<figure class=\"chart-embed\" data-testid=\"Graphic\"><figcaption class=\"chart-embed__title\">{title}</figcaption>\
                 <svg viewBox=\"0 0 600 260\" role=\"img\" aria-label=\"Line chart\"><polyline fill=\"none\" stroke=\"#f60\" points=\"{pts}\"></polyline>\
                 <text x=\"0\" y=\"255\">Jan</text><text x=\"150\" y=\"255\">Apr</text><text x=\"300\" y=\"255\">Jul</text><text x=\"450\" y=\"255\">Oct</text>\
                 <text x=\"570\" y=\"20\">{hi}</text><text x=\"570\" y=\"230\">{lo}</text></svg>\
                 <div class=\"chart-embed__source\">Source: exchange filings, Ledgerline calculations | By {ed}</div></figure>",
                title = esc(c.rng.pick(M_CHART_TITLES)),
                hi = 40 + c.rng.below(60),
                lo = c.rng.below(30),
                ed = esc(c.rng.pick(M_EDITORS)),
            ));
        }
        if i == rel_a || i == rel_b {
            let h = c.rng.pick(M_FIN_RELATED);
            let label = c.rng.pick(M_RELATED_LABELS);
            let href = format!("/markets/{}-{}", l_slug(h), c.rng.below(999_999));
            let inner = if c.rng.chance(50) {
                format!("<a href=\"{href}\"><strong>{label}</strong> {}</a>", esc(h))
            } else {
                format!("<strong>{label}</strong> <a href=\"{href}\">{}</a>", esc(h))
            };
            text.push_str(&format!(
                "<div data-testid=\"paragraph-{k}\" class=\"{pcls}\">{inner}</div>"
            ));
            k += 1;
        }
        if i == ad_at {
            text.push_str(&format!(
                "<div class=\"ad-slot ad-slot--inarticle\" data-testid=\"ResponsiveAdSlot\" id=\"ad-inarticle-{}\"><span class=\"ad-slot__label\">Advertisement · Scroll to continue</span></div>",
                c.rng.below(9)
            ));
        }
        if i == table_at {
            let mut rows = String::new();
            for &j in &co_idx {
                let (name, tick) = M_COMPANIES[j];
                let (chg, dir) = m_change(c.rng);
                rows.push_str(&format!(
                    "<tr><td>{}</td><td><a href=\"/quote/{tick}\">{tick}</a></td><td>{}</td><td class=\"{dir}\">{chg}</td><td>{}.{}B</td></tr>",
                    esc(name),
                    m_number(c.rng, 5, 900),
                    1 + c.rng.below(300),
                    c.rng.below(10),
                ));
            }
            text.push_str(&format!(
                "<div class=\"table-embed\" data-testid=\"DataTable\"><table><caption>How the sector's largest companies traded on {date}</caption>\
                 <thead><tr><th>Company</th><th>Ticker</th><th>Last</th><th>% Chg</th><th>Mkt cap</th></tr></thead><tbody>{rows}</tbody></table>\
                 <p class=\"table-embed__note\">Prices as of the close of regular trading. Market values in U.S. dollars.</p></div>",
                date = s.date,
            ));
        }
    }

    let mut ticker = String::new();
    for name in M_TICKER_NAMES {
        let (chg, dir) = m_change(c.rng);
        ticker.push_str(&format!(
            "<li class=\"ticker__item\"><span class=\"ticker__name\">{}</span><span class=\"ticker__price\">{}</span><span class=\"ticker__change ticker__change--{dir}\">{chg}</span></li>",
            esc(name),
            m_number(c.rng, 1, 40_000),
        ));
    }
    let mut snapshot = String::new();
    for name in &M_TICKER_NAMES[..6] {
        let (chg, dir) = m_change(c.rng);
        snapshot.push_str(&format!(
            "<tr><th scope=\"row\">{}</th><td>{}</td><td class=\"{dir}\">{chg}</td></tr>",
            esc(name),
            m_number(c.rng, 1_000, 40_000)
        ));
    }
    let mut companies = String::new();
    for &j in &co_idx {
        let (name, tick) = M_COMPANIES[j];
        let (chg, dir) = m_change(c.rng);
        companies.push_str(&format!(
            "<li class=\"company-chip\"><a href=\"/quote/{tick}\"><span class=\"company-chip__name\">{}</span><span class=\"company-chip__ticker\">{tick}</span>\
             <span class=\"company-chip__change {dir}\">{chg}</span></a></li>",
            esc(name)
        ));
    }
    let mut more = String::new();
    for _ in 0..4 {
        let h = c.rng.pick(M_FIN_RELATED);
        more.push_str(&format!(
            "<li class=\"more-from__item\"><a href=\"/markets/{}\">{}</a><time>{}</time></li>",
            l_slug(h),
            esc(h),
            m_ago(c.rng)
        ));
    }
    let most: String = (0..5)
        .map(|r| {
            let h = c.rng.pick(M_FIN_RELATED);
            format!(
                "<li><span class=\"most-read__rank\">{}</span><a href=\"/markets/{}\">{}</a></li>",
                r + 1,
                l_slug(h),
                esc(h)
            )
        })
        .collect();
    let (ptitle, ptext) = M_PARTNER[c.rng.below(M_PARTNER.len())];
    let coauthor = c.rng.pick(M_EDITORS);
    let correction = if c.rng.chance(70) {
        format!(
            "<div class=\"correction-box\" role=\"note\"><p><strong>Correction, {date}:</strong> {}</p></div>",
            esc(c.rng.pick(M_CORRECTIONS)),
            date = s.date,
        )
    } else {
        String::new()
    };
    let corr_top = c.rng.chance(40);
    let sect = c.rng.pick(&[
        "Stocks",
        "Bonds",
        "Commodities",
        "Currencies",
        "Earnings",
        "Deals",
    ]);
    let first_sentence = s.paragraphs[0]
        .split(". ")
        .next()
        .unwrap_or_default()
        .replace('"', "'");

    let mut page = format!(
        "<!DOCTYPE html><html lang=\"en\">{}<body class=\"article-page markets\">",
        head(
            s,
            "Ledgerline",
            &format!(
                "<meta name=\"description\" content=\"{}\">",
                esc(&first_sentence)
            )
        )
    );
    page.push_str(&format!(
        "<div class=\"ticker\" role=\"marquee\" aria-label=\"Market data\"><ul class=\"ticker__list\">{ticker}</ul></div>\
         <header class=\"fin-header\"><a class=\"fin-header__logo\" href=\"/\">Ledgerline</a><nav class=\"fin-header__nav\">{nav}</nav>\
         <div class=\"fin-header__status\">U.S. markets close in {h}h {m}m</div><a class=\"fin-header__cta\" href=\"/subscribe\">Subscribe</a><a href=\"/login\">Log in</a></header>",
        nav = c.nav_ul(),
        h = 1 + c.rng.below(6),
        m = c.rng.below(60),
    ));
    page.push_str(&format!(
        "<main class=\"article-layout\"><div class=\"article-main\">\
         <nav class=\"breadcrumbs\" aria-label=\"Breadcrumb\"><a href=\"/markets\">Markets</a> <span>›</span> <a href=\"/markets/{sslug}\">{sect}</a></nav>\
         <h1 data-testid=\"Heading\" class=\"article-headline\">{title}</h1>\
         <div class=\"article-byline\" data-testid=\"AuthorByline\">By <a href=\"/authors/{aslug}\">{author}</a> and <a href=\"/authors/{cslug}\">{coauthor}</a></div>\
         <div class=\"article-dates\"><time datetime=\"{date}\">{date} {clock} GMT</time> <span class=\"article-dates__updated\">Updated {ago}</span></div>\
         <div class=\"article-toolbar\"><button>Share</button><button>Save</button><a href=\"/licensing\">Purchase licensing rights</a><button aria-label=\"Text size\">Aa</button></div>\
         {ctop}<div class=\"article-body\" data-testid=\"ArticleBody\">{text}</div>",
        sect = esc(sect),
        sslug = l_slug(sect),
        title = esc(&s.title),
        aslug = l_slug(&s.author),
        author = esc(&s.author),
        cslug = l_slug(coauthor),
        coauthor = esc(coauthor),
        date = s.date,
        clock = m_clock(c.rng),
        ago = m_ago(c.rng),
        ctop = if corr_top { correction.as_str() } else { "" },
    ));
    page.push_str(&format!(
        "<div class=\"article-credits\"><p class=\"article-credits__text\">Reporting by {author} in New York; additional reporting by {ed1}; editing by {ed2}</p></div>\
         {cbottom}<p class=\"trust-statement\"><a href=\"/standards\">Our standards:</a> {standards}</p>\
         <div class=\"disclaimer\"><p>{disc}</p></div>\
         <section class=\"companies-panel\"><h3>Companies</h3><ul>{companies}</ul></section>\
         <section class=\"more-from\"><h2>More from Markets</h2><ul>{more}</ul></section></div>",
        author = esc(&s.author),
        ed1 = esc(c.rng.pick(M_EDITORS)),
        ed2 = esc(c.rng.pick(M_EDITORS)),
        cbottom = if corr_top { "" } else { correction.as_str() },
        standards = esc(M_STANDARDS),
        disc = esc(c.rng.pick(M_DISCLAIMERS)),
    ));
    page.push_str(&format!(
        "<aside class=\"article-rail\"><div class=\"market-snapshot\"><h3>Market snapshot</h3><table>{snapshot}</table>\
         <p class=\"market-snapshot__delay\">Data delayed at least 15 minutes.</p></div>\
         <div class=\"partner-box\"><span class=\"partner-box__label\">Paid partner content</span><h4>{pt}</h4><p>{px}</p><a href=\"/partner/{pid}\">Learn more</a></div>\
         <div class=\"most-read\"><h3>Most read</h3><ol>{most}</ol></div></aside></main>",
        pt = esc(ptitle),
        px = esc(ptext),
        pid = c.rng.below(9999),
    ));
    page.push_str(&format!(
        "<footer class=\"fin-footer\"><nav>{links}</nav><p>{f1}</p><p>{f2}</p><p>© 2025 Ledgerline Media Inc. All rights reserved.</p></footer></body></html>",
        links = c.links(9, SECTIONS).join(" "),
        f1 = esc(M_FIN_FOOTER[0]),
        f2 = esc(M_FIN_FOOTER[1]),
    ));
    page
}

/// One `div.widget > div.module` container of the station CMS.
fn m3_widget(kind: &str, id: &str, header: &str, content: &str) -> String {
    let head = if header.is_empty() {
        String::new()
    } else {
        format!("<div class=\"module-header\"><h3 class=\"module-title\">{header}</h3></div>")
    };
    format!(
        "<div class=\"widget widget-{kind}\" id=\"{id}\" data-widget-type=\"{kind}\"><div class=\"module\">{head}<div class=\"module-content\">{content}</div></div></div>"
    )
}

/// M3 (held-out round 4, now development): local TV station site on a widget CMS: every
/// block is a `div.widget > div.module > div.module-content` (an alert
/// bar with a prose weather alert, header, mini weather, headline with
/// byline and timestamps, a video player with a prose description, a
/// share bar, the text split into two or three rich-text widgets with
/// ad, related-video and app-promo widgets between them, a prose "report
/// a typo" note, a copyright line, a "Sponsored content" grid with prose
/// blurbs, and a comment section from a third-party provider under an
/// unusual id with a prose policy); a side column with a forecast
/// discussion in prose, a seven-day outlook, top stories, a prose
/// closings notice, an ad and a newscast schedule; a footer with prose
/// public-file notices.
fn m3_station(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let n = s.paragraphs.len();
    let cuts: Vec<usize> = if n >= 7 {
        vec![n / 3, (2 * n) / 3]
    } else if n >= 3 {
        vec![n / 2]
    } else {
        Vec::new()
    };
    let wid = |r: &mut Rng| format!("{:x}", r.next() % 0xFF_FFFF);

    let mut text = String::new();
    let mut part = String::new();
    let mut seg = 0;
    for (i, p) in s.paragraphs.iter().enumerate() {
        if cuts.contains(&i) {
            let id = format!("wgt-richtext-{}", wid(c.rng));
            text.push_str(&m3_widget("rich-text", &id, "", &part));
            part.clear();
            let between = match seg % 3 {
                0 => m3_widget(
                    "ad",
                    &format!("wgt-ad-{}", wid(c.rng)),
                    "",
                    &format!(
                        "<div class=\"ad-label\">Advertisement</div><div id=\"div-gpt-ad-{}-0\" class=\"gpt-slot\" style=\"min-height:250px\"></div>",
                        c.rng.below(99_999)
                    ),
                ),
                1 => {
                    let items: String = (0..3)
                        .map(|_| {
                            format!(
                                "<li><a href=\"/video/{}\"><img alt=\"\" src=\"/img/v/{}.jpg\"><span class=\"vid-title\">{}</span><span class=\"vid-dur\">{}:{:02}</span></a></li>",
                                c.rng.below(9_999_999),
                                c.rng.below(9_999_999),
                                esc(c.rng.pick(M_VIDEO_TITLES)),
                                c.rng.below(4),
                                c.rng.below(60)
                            )
                        })
                        .collect();
                    m3_widget(
                        "related-video",
                        &format!("wgt-relvid-{}", wid(c.rng)),
                        "Related Video",
                        &format!("<ul class=\"video-list\">{items}</ul>"),
                    )
                }
                _ => m3_widget(
                    "app-promo",
                    &format!("wgt-app-{}", wid(c.rng)),
                    "",
                    &format!("<p>{}</p><a href=\"/apps\">Download now</a>", esc(M_TV_APP)),
                ),
            };
            text.push_str(&between);
            seg += 1 + c.rng.below(2);
        }
        part.push_str(&format!("<p>{}</p>", c.body_paragraph(p)));
    }
    let id = format!("wgt-richtext-{}", wid(c.rng));
    text.push_str(&m3_widget("rich-text", &id, "", &part));

    let mut grid = String::new();
    let g0 = c.rng.below(M_TV_SPONSORED.len());
    for k in 0..(4 + 2 * c.rng.below(2)) {
        let (h, blurb, src) = M_TV_SPONSORED[(g0 + k) % M_TV_SPONSORED.len()];
        grid.push_str(&format!(
            "<div class=\"grid-item\"><a href=\"https://click.linkwise.example/r?id={}\" rel=\"sponsored nofollow\" target=\"_blank\"><img alt=\"\" src=\"/lw/thumb/{}.jpg\">\
             <h4 class=\"grid-item__title\">{}</h4><p class=\"grid-item__blurb\">{}</p><span class=\"grid-item__source\">{}</span></a></div>",
            c.rng.next() % 1_000_000_000,
            c.rng.below(99_999),
            esc(h),
            esc(blurb),
            esc(src)
        ));
    }
    let sponsored = m3_widget(
        "sponsored-grid",
        &format!("wgt-lw-{}", wid(c.rng)),
        "Sponsored Content",
        &format!(
            "<span class=\"provider\">Recommended by Linkwise</span><div class=\"grid grid-3\">{grid}</div>"
        ),
    );

    let cn = 2 + c.rng.below(4);
    let mut thread = String::new();
    for _ in 0..cn {
        thread.push_str(&format!(
            "<li class=\"vf3-comment\"><div class=\"vf3-comment__header\"><span class=\"vf3-comment__author\">{}</span><time class=\"vf3-comment__time\">{}</time></div>\
             <div class=\"vf3-comment__body\"><p>{}</p></div><div class=\"vf3-comment__actions\"><button>Like ({})</button><button>Reply</button><button>Report</button></div></li>",
            esc(c.rng.pick(M_TV_NAMES)),
            m_ago(c.rng),
            esc(c.rng.pick(M_TV_COMMENTS)),
            c.rng.below(40)
        ));
    }
    let conv_id = format!("vf-conv-{}", wid(c.rng));
    let comments = m3_widget(
        "comments",
        &format!("wgt-cmts-{}", wid(c.rng)),
        "Comments",
        &format!(
            "<div id=\"{conv_id}\" class=\"vf3-conversations\" data-widget=\"conversations\" data-vf-container-id=\"{}\">\
             <div class=\"vf3-policy\"><p>{}</p></div><div class=\"vf3-composer\"><textarea placeholder=\"Write a comment...\"></textarea><button>Post</button></div>\
             <ul class=\"vf3-comments\">{thread}</ul><button class=\"vf3-load-more\">Load more comments</button></div>",
            c.rng.below(999_999),
            esc(M_TV_COMMENT_POLICY)
        ),
    );

    let temp = 30 + c.rng.below(55);
    let cond = c.rng.pick(&[
        "Cloudy",
        "Partly Sunny",
        "Light Rain",
        "Clear",
        "Windy",
        "Snow Showers",
    ]);
    let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    let first_day = c.rng.below(7);
    let mut seven = String::new();
    for k in 0..7 {
        let hi = temp + c.rng.below(12);
        seven.push_str(&format!(
            "<li class=\"wx-day\"><span class=\"wx-day__name\">{}</span><span class=\"wx-day__hi\">{hi}°</span><span class=\"wx-day__lo\">{}°</span><span class=\"wx-day__pop\">{}%</span></li>",
            days[(first_day + k) % 7],
            hi.saturating_sub(8 + c.rng.below(12)),
            c.rng.below(10) * 10
        ));
    }
    let schedule: String = ["5:00 PM", "5:30 PM", "6:00 PM", "10:00 PM"]
        .iter()
        .map(|t| {
            format!(
                "<li><span class=\"slot-time\">{t}</span> <span class=\"slot-show\">KXVT 7 News at {}</span></li>",
                t.trim_end_matches(" PM").trim_end_matches(":00")
            )
        })
        .collect();

    let mut page = format!(
        "<!DOCTYPE html><html lang=\"en\">{}<body class=\"page-story station-kxvt\"><div id=\"pageWrapper\">",
        head(
            s,
            "KXVT 7 News",
            "<script src=\"/cms/widgets/loader.js\" defer></script>"
        )
    );
    if c.rng.chance(60) {
        page.push_str(&m3_widget(
            "alert-bar",
            "wgt-alertbar",
            "",
            &format!(
                "<span class=\"alert-label\">WEATHER ALERT</span> <a href=\"/weather/alerts\">{}</a>",
                esc(c.rng.pick(M_WX_ALERTS))
            ),
        ));
    }
    let header = m3_widget(
        "header",
        "wgt-header",
        "",
        &format!(
            "<a class=\"station-logo\" href=\"/\">KXVT 7</a><div class=\"module-nav\">{}</div><a class=\"btn-watch-live\" href=\"/live\">Watch live</a>",
            c.nav_ul()
        ),
    );
    page.push_str(&header);
    page.push_str(&m3_widget(
        "weather-mini",
        "wgt-wx-header",
        "",
        &format!(
            "<span class=\"wx-temp\">{temp}°</span><span class=\"wx-cond\">{cond}</span><span class=\"wx-loc\">Riverton</span>"
        ),
    ));
    page.push_str("<div id=\"layout\" class=\"layout-2col\"><div class=\"col col-main\">");
    let headline = m3_widget(
        "story-headline",
        &format!("wgt-headline-{}", wid(c.rng)),
        "",
        &format!(
            "<h1 class=\"story-title\">{title}</h1><div class=\"story-byline\">By <span class=\"author\">{author}</span>, <span class=\"station\">KXVT</span></div>\
             <div class=\"story-timestamps\"><span>Published: {date} {c1}</span> <span>Updated: {c2}</span></div>",
            title = esc(&s.title),
            author = esc(&s.author),
            date = s.date,
            c1 = m_clock(c.rng),
            c2 = m_clock(c.rng),
        ),
    );
    page.push_str(&headline);
    if c.rng.chance(70) {
        let player = m3_widget(
            "video-player",
            &format!("wgt-video-{}", wid(c.rng)),
            "",
            &format!(
                "<div class=\"player\" data-player=\"jw\" data-media=\"{}\"><img alt=\"\" src=\"/img/v/poster.jpg\"><button>Play</button></div>\
                 <h2 class=\"video-title\">{}</h2><p class=\"video-desc\">{}</p>",
                c.rng.below(9_999_999),
                esc(c.rng.pick(M_VIDEO_TITLES)),
                esc(c.rng.pick(M_TV_VIDEO_DESC))
            ),
        );
        page.push_str(&player);
    }
    page.push_str(&m3_widget(
        "share",
        "wgt-share-top",
        "",
        "<a href=\"#\">Facebook</a> <a href=\"#\">X</a> <a href=\"#\">Email</a> <a href=\"#\">Print</a>",
    ));
    page.push_str(&text);
    page.push_str(&m3_widget(
        "report-typo",
        "wgt-typo",
        "",
        &format!(
            "<p>{}</p><a href=\"/contact/typo\">Report it</a>",
            esc(M_TV_TYPO)
        ),
    ));
    page.push_str(&m3_widget(
        "copyright",
        "wgt-copy",
        "",
        "<p>Copyright 2025 KXVT. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.</p>",
    ));
    page.push_str(&sponsored);
    page.push_str(&comments);
    page.push_str("</div><div class=\"col col-side\">");
    page.push_str(&m3_widget(
        "weather",
        "wgt-wx-forecast",
        "First Alert Forecast",
        &format!(
            "<div class=\"wx-now\"><span class=\"wx-now__temp\">{temp}°</span> {cond}, feels like {}°</div><p class=\"wx-discussion\">{}</p><ul class=\"wx-7day\">{seven}</ul>\
             <a href=\"/weather\">Full forecast</a> <a href=\"/weather/radar\">Interactive radar</a>",
            temp.saturating_sub(c.rng.below(6)),
            esc(c.rng.pick(M_WX_DISCUSSION))
        ),
    ));
    let top = c.teaser_list(5);
    page.push_str(&m3_widget("headlines", "wgt-top", "Top Stories", &top));
    page.push_str(&m3_widget(
        "closings",
        "wgt-closings",
        "Closings &amp; Delays",
        &format!(
            "<p>{}</p><a href=\"/closings\">See the list</a>",
            esc(M_TV_CLOSINGS)
        ),
    ));
    page.push_str(&m3_widget(
        "ad",
        "wgt-ad-side",
        "",
        "<div class=\"ad-label\">Advertisement</div><div id=\"div-gpt-ad-side-0\" class=\"gpt-slot\"></div>",
    ));
    page.push_str(&m3_widget(
        "newscast",
        "wgt-newscasts",
        "On KXVT 7",
        &format!("<ul class=\"schedule\">{schedule}</ul>"),
    ));
    page.push_str("</div></div>");
    let footer = m3_widget(
        "footer",
        "wgt-footer",
        "",
        &format!(
            "<nav class=\"footer-links\">{}<a href=\"/fcc-public-file\">FCC Public File</a><a href=\"/eeo\">EEO Report</a><a href=\"/contact\">Contact Us</a></nav>\
             <p>{}</p><p>{}</p><p>© 2025 KXVT Broadcasting, LLC. A member of the Prairie Media television group.</p>",
            c.links(8, SECTIONS).join(" "),
            esc(M_TV_PUBLIC_FILE[0]),
            esc(M_TV_PUBLIC_FILE[1])
        ),
    );
    page.push_str(&footer);
    page.push_str("</div></body></html>");
    page
}

// ---------------------------------------------------------------------
// Round 5 (N*): chrome wordings and templates written without reading the
// extractor.
// ---------------------------------------------------------------------

const N_SCI_TOPICS: &[&str] = &[
    "Earth Sciences",
    "Ecology",
    "Social Sciences",
    "Materials Science",
    "Space Exploration",
    "Health Policy",
    "Economics & Business",
];

const N_SCI_INSTITUTIONS: &[&str] = &[
    "University of Lindenfeld",
    "Coastal Institute of Technology",
    "Arlen Institute for Earth Systems",
    "Northbridge Medical College",
    "Fenwick Observatory",
    "National Laboratory for Applied Materials",
];

const N_SCI_JOURNALS: &[&str] = &[
    "Journal of Regional Systems",
    "Letters in Environmental Change",
    "Proceedings of the Society for Urban Science",
    "Annals of Applied Ecology",
    "Public Policy Review Quarterly",
    "Materials Horizons Open",
];

const N_SCI_PAPERS: &[&str] = &[
    "Long-term drivers of infrastructure decline in mid-sized cities",
    "Household responses to sudden changes in public spending: evidence from 41 regions",
    "Measuring institutional trust through local budget decisions",
    "A spatial model of service access under fiscal constraint",
    "Seasonal variation in community outcomes after policy shocks",
];

const N_SCI_AUTHORS: &[&str] = &[
    "Lena Hartvig",
    "Tomasz Bielak",
    "Aiko Moriyama",
    "Samuel Adeyemi",
    "Clara Feldmann",
    "Rafael Quintero",
];

const N_SCI_CAPTIONS: &[&str] = &[
    "Field sites sampled by the research team over three consecutive summers.",
    "A schematic of the model used in the study, showing the main feedback loops.",
    "Map of the regions included in the analysis, shaded by change since 2010.",
    "Members of the team recording measurements at one of the monitoring stations.",
];

const N_SCI_REVIEW: &str = "Our editors reviewed this story under our editorial standards. Before publishing, they checked that it meets the following criteria for reliability:";

const N_SCI_CRITERIA: &[&str] = &[
    "fact-checked",
    "peer-reviewed source",
    "reputable outlet",
    "copy-edited",
];

const N_SCI_HEADLINES: &[&str] = &[
    "Tiny sensors reveal how old bridges flex in strong wind",
    "Grain stores dug up in river valley hint at early trade routes",
    "Heat waves in coastal cities now last two days longer, study finds",
    "New catalyst turns waste plastic into a jet fuel ingredient",
    "Losing sleep changes how teenagers weigh risks, researchers report",
    "Satellite records show wetlands shrinking on three continents",
    "Bumblebees remember flower patches by landmarks for weeks",
    "A cheaper salt battery could store solar power overnight",
];

const N_SCI_SUMMARIES: &[&str] = &[
    "Engineers fitted more than 300 low-cost accelerometers to a century-old steel span and found it moves far more on gusty days than design codes assume.",
    "Archaeologists say the pottery found alongside the stored grain came from at least four different regions, some of them hundreds of kilometres away.",
    "Using fifty years of weather station data, the authors show that the longest heat episodes have become both more frequent and more intense since 1990.",
    "The reaction runs at lower temperatures than existing methods, which the team says could make small recycling plants economically viable.",
    "Volunteers who slept five hours a night for a week took noticeably larger gambles in a simple card game than those who slept eight.",
];

const N_SCI_FEEDBACK: &str = "Spotted a spelling mistake or a factual error, or want to suggest an edit to this article? Let us know using the form below. Questions about the site in general are better sent through our contact page, and broader feedback is welcome in the public comments.";

const N_SCI_EMAIL_NOTE: &str = "We use your email address only so that the editors know who wrote to them. It is never shared or added to a mailing list, and your message is deleted once it has been dealt with.";

const N_SCI_NEWSLETTER: &[&str] = &[
    "Get the week's most important discoveries in physics, biology, health and technology, chosen by our editors and delivered free every Thursday.",
    "Our daily digest gathers every new research story from the past 24 hours, so you can scan the headlines in a couple of minutes over breakfast.",
];

const N_SCI_COPYRIGHT: &str = "This story is protected by copyright. Apart from fair use for private study or research, no part of it may be reproduced without written permission. It is provided for general information only.";

const N_SCI_SUPPORT: &str = "Thousands of readers rely on SciPulse every day for accurate science news. Please consider a one-off or monthly donation to help keep our reporting free for everyone, or go ad-free with a premium account.";

const N_SCI_ABOUT: &str = "SciPulse is an independent online news service covering new research in the physical, life and earth sciences. Every weekday our editors select, check and summarise findings from universities, laboratories and journals around the world.";

const N_SCI_COOKIES: &str = "Your privacy: this site uses cookies to help you get around, to learn how our pages are used, to tailor advertising and to display content from third-party services. By continuing to browse, you agree to this use. Details are in our privacy policy.";

const N_ASIA_SECTIONS: &[&str] = &[
    "China",
    "World",
    "Business",
    "Lifestyle",
    "Culture",
    "Travel",
    "Sports",
    "Opinion",
    "Regional",
    "Video",
    "Photo",
    "Specials",
];

const N_ASIA_CAPTIONS: &[&str] = &[
    "Visitors look at exhibits at a science and technology fair in the provincial capital on Sunday. [Photo by Chen Rui/For Daily Meridian]",
    "Workers check equipment at a newly opened logistics hub on Monday. [Photo/Agencies]",
    "A view of the riverside business district at dusk. [Photo by Wen Jie/Daily Meridian]",
    "Delegates attend the opening session of a regional cooperation forum on Tuesday. [Photo/Meridian News Agency]",
    "Residents take part in a community event marking the start of spring. [Photo by Xu Hao/For Daily Meridian]",
];

const N_ASIA_EDITORS: &[&str] = &[
    "Liu Fang", "Zhao Min", "Hu Qing", "Tan Wei", "Song Lan", "Guo Yi",
];

const N_ASIA_HEADLINES: &[&str] = &[
    "Rural broadband rollout to reach 98 percent of villages this year",
    "High-speed rail link to coastal city opens ahead of schedule",
    "Twin panda cubs make public debut at city zoo",
    "Exports rise 6.2 percent in first two months",
    "Students take gold at international robotics contest",
    "Ming-era city wall reopens after restoration",
    "Flower festival draws record crowds to lakeside park",
    "New measures aim to ease financing costs for small firms",
    "Spring planting begins early as temperatures climb",
    "Museum night tours prove a hit with young visitors",
];

const N_ASIA_PHOTOS: &[&str] = &[
    "Cherry blossoms frame an ancient pagoda",
    "Fishermen haul in the first catch of the season",
    "Snow blankets mountain villages",
    "Dragon boat teams train for summer races",
    "Lantern show lights up the old town",
];

const N_ASIA_SPECIALS: &[(&str, &str)] = &[
    (
        "Spring travel season",
        "Our reporters follow travellers as hundreds of millions of trips are made across the country, with live traffic updates, photo stories and practical tips.",
    ),
    (
        "Green development in focus",
        "A series of reports on how cities and industries are cutting emissions, restoring rivers and building a cleaner economy.",
    ),
    (
        "Culture on the move",
        "Exhibitions, performances and exchanges that are bringing the country's heritage to audiences at home and overseas.",
    ),
];

const N_ASIA_ROLES: &[&str] = &[
    "a senior fellow at the Institute of International Economics",
    "a professor of public administration at Eastbay University",
    "a researcher with the Centre for Regional Development Studies",
];

const N_ASIA_WECHAT: &str =
    "Open WeChat and scan the code to share this story with your friends and contacts.";

const N_ASIA_APP: &str = "Download the Daily Meridian app to receive breaking news alerts, read the e-paper edition and watch our latest video reports wherever you are.";

const N_ASIA_COPYRIGHT: &str = "All text, pictures and video on this site are the property of Daily Meridian Media Group unless otherwise stated. Reproduction or reuse in any form requires the group's prior written permission.";

const N_ASIA_LICENCE: &str = "Licence for publishing multimedia online 0207714 · Internet news service licence 10120170009 · Public security registration 11010502031688";

const N_LIVE_CONSENT: &str = "May we use your data to tailor the ads you see? We and our partners would like your permission to use cookies and similar technologies to personalise advertising and to measure how well it works. You can change your mind at any time through the privacy settings linked at the foot of every page.";

const N_LIVE_SUPPORT: &str = "The Clarion is funded by its readers, which keeps every story free to read. If you can, support us from just $2 a month.";

const N_LIVE_SUMMARY: &[&str] = &[
    "Officials are expected to make a fuller statement later this afternoon, according to a spokesperson.",
    "People in the affected area have been told to check the council's website for the latest on road closures.",
    "Opposition members say they were given no notice before this morning's announcement.",
    "Several business groups have asked for an urgent meeting with ministers.",
    "The story is developing quickly, and some early reports have since been revised.",
];

const N_LIVE_TITLES: &[&str] = &[
    "Statement expected within the hour",
    "Opposition calls for a full inquiry",
    "What we know so far",
    "Mayor arrives at city hall",
    "Business groups react",
    "Questions over the funding remain",
    "Spokesperson declines to give a timetable",
];

const N_LIVE_REPORTERS: &[&str] = &[
    "Hannah Okonjo",
    "Pete Lindqvist",
    "Marisol Vega",
    "Callum Reid",
];

const N_LIVE_PHOTOS: &[&str] = &[
    "Demonstrators gather outside the council building ahead of the vote.",
    "The committee room was full on Wednesday morning as the hearing began.",
    "Commuters wait for delayed services at the central station.",
    "Reporters wait outside the ministry for the expected statement.",
];

const N_LIVE_CREDITS: &[&str] = &[
    "Jon Marsh/The Clarion",
    "Pool/Northlight Images",
    "Ana Sorel/Harbour Photo Agency",
];

const N_LIVE_NEWSLETTER: &str = "Our morning briefing explains the day's biggest stories: what is happening, and why it matters to you.";

const N_LIVE_PRIVACY: &str = "Privacy notice: our newsletters may include information about charities, online advertising and content paid for by outside parties. For more information, see our privacy policy. We use an anti-spam service to protect this form, and its own privacy policy and terms apply.";

const N_LIVE_CLOSED: &str = "This discussion has been closed to new comments. You can still sign in or register to recommend existing comments, and to take part when the next discussion opens.";

const N_LIVE_COMMENTS: &[&str] = &[
    "Watching this unfold from abroad, and it is remarkable how little anyone in charge seems to have known in advance.",
    "Thanks to whoever is running the blog today, this is far clearer than anything on the broadcasters so far.",
    "Can someone explain why the statement keeps being pushed back? Surely they knew this was coming for weeks.",
    "The update at the top contradicts what was said an hour ago. Which version is correct?",
    "Same story every time: lots of noise in the morning and nothing decided by the evening.",
];

const N_LIVE_USERS: &[&str] = &[
    "Ravenscroft",
    "mild_mannered_reader",
    "JKelso",
    "ByTheEstuary",
    "ann_t_thesis",
    "oldtimer1961",
];

const N_LIVE_KICKERS: &[&str] = &["Analysis", "Explainer", "Opinion", "Interview", "Live"];

const N_LIVE_FOOTER: &str = "The Clarion is published by a reader-owned cooperative. No shareholder or proprietor sets our editorial line, which is why we can report without fear or favour.";

/// `(legal name, short name, boilerplate)`.
const N_PR_COMPANIES: &[(&str, &str, &str)] = &[
    (
        "Brightwater Analytics, Inc.",
        "Brightwater",
        "Brightwater Analytics is a data and software company that helps local governments and utilities plan capital projects. Founded in 2009 and headquartered in Austin, the company serves more than 600 public agencies across North America.",
    ),
    (
        "Corvane Energy Solutions",
        "Corvane",
        "Corvane Energy Solutions designs, builds and operates grid-scale battery storage and community solar projects. The company has more than 2.1 gigawatts of capacity in operation or under construction in eleven states and two Canadian provinces.",
    ),
    (
        "Meridale Health Partners",
        "Meridale",
        "Meridale Health Partners is a not-for-profit network of 14 hospitals and more than 200 outpatient clinics. With 23,000 employees, it is one of the largest private employers in the region and a teaching partner of three medical schools.",
    ),
    (
        "Talvik Robotics Ltd.",
        "Talvik",
        "Talvik Robotics develops autonomous inspection systems for bridges, tunnels and pipelines. Its sensors and software are used by transport agencies and engineering firms in 19 countries.",
    ),
];

const N_PR_CITIES: &[&str] = &[
    "AUSTIN, Texas",
    "TORONTO",
    "BOSTON",
    "LONDON",
    "SINGAPORE",
    "COLUMBUS, Ohio",
    "MINNEAPOLIS",
    "RALEIGH, N.C.",
];

const N_PR_SUBTITLES: &[&str] = &[
    "Initiative expected to be fully operational before the end of the year",
    "Agreement extends services to three additional regions",
    "Announcement follows twelve months of consultation with local partners",
];

const N_PR_CAPTIONS: &[&str] = &[
    "{} chief executive officer addresses customers and partners at the company's annual forum.",
    "The {} operations centre, which opened last autumn.",
    "{} logo",
];

const N_PR_RELATED: &[(&str, &str)] = &[
    (
        "{} Reports Fourth-Quarter and Full-Year Results",
        "{} today announced financial results for the fourth quarter and the full year, reporting growth in every operating segment and a record order backlog.",
    ),
    (
        "{} Appoints New Chief Financial Officer",
        "{} today announced that its board of directors has appointed a new chief financial officer, effective the first day of next month, following a national search.",
    ),
    (
        "{} to Present at Spring Investor Conference",
        "Members of the {} leadership team will take part in a fireside chat at an upcoming investor conference. A live webcast and replay will be available on the company's website.",
    ),
    (
        "{} Opens Regional Office to Support Growing Customer Base",
        "The new office will house sales, support and engineering staff, and {} expects to fill about 80 positions there over the next two years.",
    ),
];

const N_PR_TOPICS: &[&str] = &[
    "Utilities",
    "Computer Software",
    "Government",
    "Alternative Energies",
    "Health Care & Hospitals",
    "Transportation",
    "Contracts",
    "Awards",
];

const N_PR_NOTES: &str = "High-resolution photographs and executive biographies are available on request. Interviews can be arranged through the media contact listed below.";

const N_PR_FLS: &str = "This press release contains forward-looking statements, including statements about the expected timing, cost and benefits of the initiatives described above. Words such as \"expects,\" \"plans,\" \"anticipates,\" \"intends\" and \"will\" identify such statements. They are based on management's current expectations and are subject to risks and uncertainties, many of which are beyond the company's control, that could cause actual results to differ materially. Readers should not place undue reliance on these statements, which speak only as of the date of this release, and the company undertakes no obligation to update them except as required by law.";

const N_PR_CONTACTS: &[&str] = &["Dana Lowell", "Marcus Fenn", "Priya Raman", "Owen Bratt"];

const N_PR_AGENCIES: &[&str] = &[
    "Fenn & Ward Communications",
    "Lowell Public Relations",
    "Corporate Communications",
];

const N_PR_TOPBAR: &str = "Looking to send a news release with Lumen Newswire? Start distributing today and reach the journalists who cover your industry.";

const N_PR_PROMO: &str = "Put your organization's announcements in front of the right reporters. Lumen Newswire delivers releases to more than 8,000 newsrooms and 250,000 opted-in journalists and influencers, with reporting on who read them.";

const N_PR_NEWSLETTER: &str = "Sign up for Lumen Weekly and get the most-read press releases in your industry delivered to your inbox every Monday morning.";

const N_PR_HELP: &str = "Questions about distribution? Call our customer desk at 1-800-555-0142, Monday to Friday from 8 a.m. to 9 p.m. ET, or email help@lumenwire.example.";

const N_PR_DISCLAIMER: &str = "Releases on this site are supplied by the issuing organizations, which are solely responsible for their content and accuracy. Lumen Newswire does not edit or endorse the material it distributes.";

/// Month number, month name, day and year of a `YYYY-MM-DD` date
/// (January 1 when a part cannot be read).
fn n_date(date: &str) -> (usize, &'static str, usize, String) {
    let mut parts = date.split('-');
    let year = parts
        .next()
        .filter(|y| y.len() == 4 && y.chars().all(|ch| ch.is_ascii_digit()))
        .unwrap_or("2025")
        .to_string();
    let month = parts
        .next()
        .and_then(|m| m.parse::<usize>().ok())
        .filter(|m| (1..=12).contains(m))
        .unwrap_or(1);
    let day = parts
        .next()
        .and_then(|d| d.parse::<usize>().ok())
        .filter(|d| (1..=31).contains(d))
        .unwrap_or(1);
    (month, L_MONTHS[month - 1], day, year)
}

/// A generated class name of the kind a CSS-in-JS build emits
/// ("dcr-1x8k2q").
fn n_dcr(rng: &mut Rng) -> String {
    let alphabet = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let s: String = (0..6)
        .map(|_| char::from(alphabet[rng.below(alphabet.len())]))
        .collect();
    format!("dcr-{s}")
}

/// Minutes after midnight as "09.41".
fn n_clock(minutes: usize) -> String {
    format!("{:02}.{:02}", (minutes / 60) % 24, minutes % 60)
}

/// One story card of the science site: thumbnail, headline, a prose
/// summary and a date.
fn n0_card(rng: &mut Rng, headline: &str, date: &str) -> String {
    format!(
        "<article class=\"sorted-article d-flex mb-3\"><figure class=\"sorted-article-figure\"><a href=\"/news/{slug}.html\"><img src=\"https://cdn.scipulse.example/tmb/{id}.jpg\" alt=\"\" width=\"90\" height=\"60\"></a></figure>\
         <div class=\"sorted-article-content\"><h3 class=\"mb-1\"><a class=\"news-link\" href=\"/news/{slug}.html\">{h}</a></h3>\
         <p class=\"mb-1 text-low\">{sum}</p><div class=\"article__info\"><span class=\"text-uppercase text-info\">{date}</span></div></div></article>",
        slug = l_slug(headline),
        id = rng.below(1_000_000),
        h = esc(headline),
        sum = esc(rng.pick(N_SCI_SUMMARIES)),
    )
}

/// N0 (round 5): science-news aggregator (phys.org-like) on a
/// Bootstrap grid: a network strip, breadcrumb, topic and date line, an
/// "editors' notes" box listing review criteria, byline, a lead figure
/// with a caption and credit, an ad and sometimes a second figure inside
/// the text; after the text, in the same container, a "More information"
/// reference with a DOI, journal information, "Provided by", a citation
/// line and a prose copyright notice; then an "Explore further" link, a
/// prose donation appeal, a share row, a feedback form with prose
/// instructions and a privacy note, related and recommended story lists
/// with prose summaries, a rail (trending, newsletter, latest), a prose
/// footer and a cookie notice at the end of the page.
fn n0_science(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let n = s.paragraphs.len();
    let (mnum, month, day, year) = n_date(&s.date);
    let inst = c.rng.pick(N_SCI_INSTITUTIONS);
    let journal = c.rng.pick(N_SCI_JOURNALS);
    let topic = c.rng.pick(N_SCI_TOPICS);
    let slug = l_slug(&s.title);
    let doi = format!(
        "10.{}/{}{}",
        1000 + c.rng.below(9000),
        c.rng
            .pick(&["jrs.", "lec.", "psus.", "aae.", "pprq.", "mho."]),
        20_000 + c.rng.below(80_000)
    );
    let alt = esc(&s.title).replace('"', "&quot;");
    let provided = c.rng.chance(65);
    let ad_at = if n >= 5 { 2 } else { usize::MAX };
    let fig_at = if n >= 7 && c.rng.chance(50) {
        n / 2 + 1
    } else {
        usize::MAX
    };

    let credit = match c.rng.below(3) {
        0 => inst.to_string(),
        1 => format!("{journal} ({year}). DOI: {doi}"),
        _ => "Unsplash/CC0 Public Domain".to_string(),
    };
    let mut text = format!(
        "<figure class=\"article-img\"><img class=\"article-img__image\" src=\"https://cdn.scipulse.example/gfx/news/{year}/{slug}.jpg\" alt=\"{alt}\" title=\"{alt}\" width=\"800\" height=\"530\">\
         <figcaption class=\"text-darken text-low mt-2\">{cap} Credit: {credit}</figcaption></figure>",
        cap = esc(c.rng.pick(N_SCI_CAPTIONS)),
        credit = esc(&credit),
    );
    for (i, p) in s.paragraphs.iter().enumerate() {
        text.push_str(&format!("<p>{}</p>", c.body_paragraph(p)));
        if i + 1 == n {
            continue;
        }
        if i == ad_at {
            text.push_str(&format!(
                "<div class=\"article-banner first-banner\"><span class=\"article-banner__label text-uppercase\">Advertisement</span>\
                 <div id=\"ad-inarticle-{}\" class=\"ad-slot\" data-sizes=\"300x250\"></div></div>",
                c.rng.below(9)
            ));
        }
        if i == fig_at {
            text.push_str(&format!(
                "<figure class=\"article-img\"><img class=\"article-img__image\" src=\"https://cdn.scipulse.example/gfx/news/{year}/{slug}-2.jpg\" alt=\"\" width=\"800\" height=\"450\">\
                 <figcaption class=\"text-darken text-low mt-2\">{cap} Credit: {who} et al., {journal} ({year})</figcaption></figure>",
                cap = esc(c.rng.pick(N_SCI_CAPTIONS)),
                who = esc(c.rng.pick(N_SCI_AUTHORS)),
            ));
        }
    }
    text.push_str(&format!(
        "<div class=\"article-main__more p-4\"><p><strong>More information:</strong> {lead} et al, {paper}, <i>{journal}</i> ({year}). \
         <a href=\"https://doi.org/{doi}\" target=\"_blank\" rel=\"noopener\">DOI: {doi}</a></p></div>\
         <div class=\"article-main__journal mt-3\"><p><strong>Journal information:</strong> <a href=\"/journals/{jslug}/\">{journal}</a></p></div>",
        lead = esc(c.rng.pick(N_SCI_AUTHORS)),
        paper = esc(c.rng.pick(N_SCI_PAPERS)),
        jslug = l_slug(journal),
    ));
    if provided {
        text.push_str(&format!(
            "<div class=\"d-inline-block text-medium mt-4\">Provided by <a href=\"/partners/{}/\">{}</a></div>",
            l_slug(inst),
            esc(inst)
        ));
    }
    text.push_str(&format!(
        "<div class=\"article-main__note mt-4\"><p><b>Citation</b>: {title} ({year}, {month} {day}) retrieved {day} {month} {year} from https://scipulse.example/news/{year}-{mnum:02}-{slug}.html</p>\
         <p>{copy}</p></div>",
        title = esc(&s.title),
        copy = esc(N_SCI_COPYRIGHT),
    ));

    let explore = c.rng.pick(N_SCI_HEADLINES);
    let review: String = N_SCI_CRITERIA
        .iter()
        .map(|k| {
            format!("<li class=\"article-review__item\"><span class=\"icon-check\"></span>{k}</li>")
        })
        .collect();
    let r0 = c.rng.below(N_SCI_HEADLINES.len());
    let date_line = format!("{month} {day}, {year}");
    let mut related = String::new();
    for k in 0..3 {
        let h = N_SCI_HEADLINES[(r0 + 2 * k + 1) % N_SCI_HEADLINES.len()];
        related.push_str(&n0_card(c.rng, h, &date_line));
    }
    let mut recommended = String::new();
    for k in 0..3 {
        let h = N_SCI_HEADLINES[(r0 + 2 * k + 2) % N_SCI_HEADLINES.len()];
        let when = format!("{} hours ago", 2 + c.rng.below(20));
        recommended.push_str(&n0_card(c.rng, h, &when));
    }
    let trending: String = (0..5)
        .map(|k| {
            let h = N_SCI_HEADLINES[(r0 + 3 * k) % N_SCI_HEADLINES.len()];
            format!(
                "<li class=\"trending__item\"><a href=\"/news/{}.html\">{}</a><span class=\"text-low\">{}</span></li>",
                l_slug(h),
                esc(h),
                m_ago(c.rng)
            )
        })
        .collect();
    let latest = c.teaser_list(5);
    let nav = c.nav_ul();

    let mut page = format!(
        "<!doctype html><html lang=\"en\">{}<body class=\"page-news\">",
        head(
            s,
            "SciPulse",
            "<link rel=\"stylesheet\" href=\"/css/bootstrap.min.css\"><meta name=\"citation_doi\" content=\"\">"
        )
    );
    page.push_str(&format!(
        "<div class=\"network-strip d-flex bg-dark\"><span class=\"network-strip__label\">SciPulse Network:</span>\
         <a href=\"https://physics.scipulse.example\">Physics</a><a href=\"https://health.scipulse.example\">Health</a>\
         <a href=\"https://tech.scipulse.example\">Engineering</a><a href=\"https://earth.scipulse.example\">Earth</a></div>\
         <header class=\"header-main d-flex align-items-center\"><a class=\"header-main__logo\" href=\"/\"><img src=\"/img/logo.svg\" alt=\"SciPulse\"></a>\
         <nav class=\"header-main__nav\">{nav}</nav><form class=\"header-main__search\" action=\"/search/\"><input type=\"search\" name=\"q\" placeholder=\"Search\"></form>\
         <a class=\"header-main__login\" href=\"/account/login/\">Sign in</a></header>"
    ));
    page.push_str(&format!(
        "<div class=\"container\"><div class=\"row\"><div class=\"col-lg-8 article-col\">\
         <nav class=\"breadcrumbs text-low\" aria-label=\"breadcrumb\"><a href=\"/\">Home</a> / <a href=\"/{tslug}/\">{topic}</a></nav>\
         <div class=\"article__info d-flex mb-2\"><p class=\"article__info-item text-uppercase\">{month} {day}, {year}</p><a class=\"article__info-item\" href=\"/{tslug}/\">{topic}</a></div>\
         <div class=\"article-review mb-3\"><button class=\"article-review__toggle\">Editors' notes</button><div class=\"article-review__body\"><p>{review_text}</p><ul>{review}</ul></div></div>\
         <article class=\"news-article\"><h1 class=\"text-extra-large line-low mb-2\">{title}</h1>\
         <p class=\"article-byline text-low\">by {author}, {by_org}</p>\
         <div class=\"article-tools d-flex mb-3\"><a href=\"#\" class=\"share-tw\">Tweet</a><a href=\"#\" class=\"share-fb\">Share</a><a href=\"mailto:?subject=\" class=\"share-mail\">Email</a></div>\
         <div class=\"article-main\">{text}</div>",
        tslug = l_slug(topic),
        topic = esc(topic),
        review_text = esc(N_SCI_REVIEW),
        title = esc(&s.title),
        author = esc(&s.author),
        by_org = if provided { esc(inst) } else { "SciPulse".to_string() },
    ));
    page.push_str(&format!(
        "<div class=\"article-main__explore my-4\"><p class=\"explore-title text-uppercase\">Explore further</p>\
         <a class=\"explore-link\" href=\"/news/{eslug}.html\">{explore}</a></div>\
         <div class=\"article-support p-3 mb-4\"><p>{support}</p><a class=\"btn btn-primary\" href=\"/donate/\">Donate</a> <a class=\"btn btn-outline\" href=\"/account/premium/\">Remove ads</a></div>\
         <div class=\"article-share d-flex\"><a href=\"#\">Facebook</a><a href=\"#\">X</a><a href=\"#\">Reddit</a><a href=\"#\">Email</a></div></article>\
         <section class=\"feedback mt-4\" id=\"feedback\"><h3 class=\"feedback__title\">Feedback to editors</h3><p>{feedback}</p>\
         <form class=\"feedback__form\"><label><input type=\"radio\" name=\"kind\"> Editorial or factual error</label><label><input type=\"radio\" name=\"kind\"> Question or comment</label><label><input type=\"radio\" name=\"kind\"> General feedback</label>\
         <textarea placeholder=\"Your message to the editors\"></textarea><input type=\"email\" placeholder=\"Your email (optional)\"><p class=\"text-low small\">{note}</p><button class=\"btn\">Send</button></form></section>\
         <section class=\"related-stories mt-4\"><h2 class=\"text-uppercase\">Related Stories</h2>{related}</section>\
         <section class=\"recommended mt-4\"><h2 class=\"text-uppercase\">Recommended for you</h2>{recommended}</section></div>",
        eslug = l_slug(explore),
        explore = esc(explore),
        support = esc(N_SCI_SUPPORT),
        feedback = esc(N_SCI_FEEDBACK),
        note = esc(N_SCI_EMAIL_NOTE),
    ));
    page.push_str(&format!(
        "<aside class=\"col-lg-4 rail\"><div class=\"trending mb-4\"><h3 class=\"text-uppercase\">Trending</h3><ol>{trending}</ol></div>\
         <div class=\"rail-ad mb-4\"><span class=\"text-uppercase small\">Advertisement</span><div id=\"ad-rail-1\"></div></div>\
         <div class=\"rail-newsletter p-3 mb-4\"><h3>Science in your inbox</h3><p>{news}</p><form><input type=\"email\" placeholder=\"Email address\"><button class=\"btn\">Subscribe</button></form></div>\
         <div class=\"latest\"><h3 class=\"text-uppercase\">Latest news</h3>{latest}</div></aside></div></div>",
        news = esc(c.rng.pick(N_SCI_NEWSLETTER)),
    ));
    page.push_str(&format!(
        "<footer class=\"footer-main mt-5\"><div class=\"container\"><p class=\"footer-main__about\">{about}</p>\
         <nav class=\"footer-main__links\">{links}<a href=\"/help/about/\">About us</a><a href=\"/help/contact/\">Contact</a><a href=\"/help/privacy/\">Privacy policy</a><a href=\"/help/terms/\">Terms of use</a></nav>\
         <p class=\"small\">© SciPulse Network 2007 - {year}</p></div></footer>\
         <div class=\"cookie-notice fixed-bottom\" role=\"region\" aria-label=\"Cookie notice\"><p>{cookies}</p><button class=\"btn\">OK</button></div></body></html>",
        about = esc(N_SCI_ABOUT),
        links = c.links(6, SECTIONS).join(""),
        cookies = esc(N_SCI_COOKIES),
    ));
    page
}

/// One picture of the state-media portal: style 0 is a `<figure>` with a
/// caption, style 1 the older pair of centred paragraphs (image, then
/// caption text).
fn n1_picture(rng: &mut Rng, style: usize) -> String {
    let id = rng.next() % 0xFFFF_FFFF;
    let cap = esc(rng.pick(N_ASIA_CAPTIONS));
    if style == 0 {
        format!(
            "<figure class=\"image\" style=\"display: table;\"><img src=\"//img.dailymeridian.example/images/202503/{id:08x}.jpeg\" alt=\"\" />\
             <figcaption style=\"display: table-caption; caption-side: bottom;\">{cap}</figcaption></figure>"
        )
    } else {
        format!(
            "<p style=\"text-align: center;\"><img src=\"//img.dailymeridian.example/images/202503/{id:08x}.jpeg\" border=\"0\" id=\"img-{id:08x}\" /></p>\
             <p style=\"text-align: center;\"><span style=\"color: #000080;\">{cap}</span></p>"
        )
    }
}

/// N1 (round 5): English-language edition of an Asian
/// state-run newspaper portal: XHTML-era div layout with short id/class
/// names (`lft_art`, `mai_r`), an edition/language strip, a source and
/// "Updated" info bar with share links and a WeChat QR box in prose, the
/// text in `div#Content` with pictures whose captions are centred `<p>`s
/// (or figures) among the paragraphs, sometimes a closing italic note
/// paragraph ("The author is ... views do not necessarily reflect ..."),
/// an "[Editor: ...]" line, related stories with dates, a photo strip,
/// a right column ("Most Viewed in 24 Hours", top news, specials with
/// prose descriptions, an app box in prose, an ad) and a footer with a
/// prose ownership notice and licence numbers.
fn n1_meridian(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let n = s.paragraphs.len();
    let (mnum, _, day, year) = n_date(&s.date);
    let style = c.rng.below(2);
    let section = c.rng.pick(N_ASIA_SECTIONS);
    let stamp = format!(
        "{year}-{mnum:02}-{day:02} {:02}:{:02}",
        6 + c.rng.below(16),
        c.rng.below(60)
    );
    let mid = if n >= 6 && c.rng.chance(55) {
        n / 2 - 1
    } else {
        usize::MAX
    };

    let mut content = String::new();
    if c.rng.chance(75) {
        content.push_str(&n1_picture(c.rng, style));
    }
    for (i, p) in s.paragraphs.iter().enumerate() {
        content.push_str(&format!("<p>{}</p>", c.body_paragraph(p)));
        if i == mid {
            content.push_str(&n1_picture(c.rng, style));
        }
    }
    if c.rng.chance(35) {
        content.push_str(&format!(
            "<p><em>The author is {}. The views expressed do not necessarily reflect those of Daily Meridian.</em></p>",
            esc(c.rng.pick(N_ASIA_ROLES))
        ));
    }

    let h0 = c.rng.below(N_ASIA_HEADLINES.len());
    let related: String = (0..4)
        .map(|k| {
            let h = N_ASIA_HEADLINES[(h0 + k) % N_ASIA_HEADLINES.len()];
            format!(
                "<li><a href=\"//www.dailymeridian.example/a/{year}{mnum:02}/{:02}/WS{:x}.html\" target=\"_blank\">{}</a><span>{year}-{mnum:02}-{:02}</span></li>",
                day,
                c.rng.next() % 0xFFFF_FFFF_FFFF,
                esc(h),
                1 + c.rng.below(28)
            )
        })
        .collect();
    let photos: String = N_ASIA_PHOTOS
        .iter()
        .take(4)
        .map(|t| {
            format!(
                "<li><a href=\"//www.dailymeridian.example/photo/{id:x}.html\"><img src=\"//img.dailymeridian.example/images/thumb/{id:x}.jpg\" alt=\"\" /></a><p><a href=\"//www.dailymeridian.example/photo/{id:x}.html\">{t}</a></p></li>",
                id = c.rng.next() % 0xFFFF_FFFF,
                t = esc(t)
            )
        })
        .collect();
    let most: String = (0..6)
        .map(|k| {
            let h = N_ASIA_HEADLINES[(h0 + 4 + k) % N_ASIA_HEADLINES.len()];
            format!(
                "<li><span class=\"num\">{}</span><a href=\"//www.dailymeridian.example/a/{}.html\" target=\"_blank\">{}</a></li>",
                k + 1,
                c.rng.below(9_999_999),
                esc(h)
            )
        })
        .collect();
    let top: String = (0..3)
        .map(|_| {
            let h = c.rng.pick(N_ASIA_HEADLINES);
            format!(
                "<li><a href=\"//www.dailymeridian.example/a/{id}.html\"><img src=\"//img.dailymeridian.example/images/top/{id}.jpg\" alt=\"\" /></a><a href=\"//www.dailymeridian.example/a/{id}.html\">{}</a></li>",
                esc(h),
                id = c.rng.below(9_999_999)
            )
        })
        .collect();
    let specials: String = N_ASIA_SPECIALS
        .iter()
        .map(|(t, d)| {
            format!(
                "<div class=\"sp_item\"><a href=\"//www.dailymeridian.example/specials/{slug}/\"><img src=\"//img.dailymeridian.example/specials/{slug}.jpg\" alt=\"\" /></a>\
                 <p class=\"sp_tit\"><a href=\"//www.dailymeridian.example/specials/{slug}/\">{t}</a></p><p class=\"sp_desc\">{d}</p></div>",
                slug = l_slug(t),
                t = esc(t),
                d = esc(d)
            )
        })
        .collect();
    let nav: String = N_ASIA_SECTIONS
        .iter()
        .map(|t| {
            format!(
                "<li><a href=\"//www.dailymeridian.example/{}/\" target=\"_top\">{}</a></li>",
                l_slug(t),
                esc(t)
            )
        })
        .collect();

    let mut page = format!(
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\
         <html xmlns=\"http://www.w3.org/1999/xhtml\">{}<body>",
        head(
            s,
            "Daily Meridian",
            "<meta name=\"keywords\" content=\"\" /><link href=\"//www.dailymeridian.example/css/art.css\" rel=\"stylesheet\" type=\"text/css\" />"
        )
    );
    page.push_str(&format!(
        "<div class=\"topNav\"><div class=\"topNav2_art\"><ul class=\"topNav-l\"><li><a href=\"/\">Global Edition</a></li><li><a href=\"/asia/\">Asia</a></li>\
         <li><a href=\"/cn/\">Chinese</a></li><li><a href=\"/m/\">Mobile</a></li><li><a href=\"/epaper/\">E-paper</a></li></ul>\
         <ul class=\"topNav-r\"><li><a href=\"/subscribe/\">Subscribe</a></li><li><a href=\"/newsletter/\">Newsletters</a></li><li><a href=\"/login/\">Sign in</a></li></ul></div></div>\
         <div class=\"logo_art\"><a href=\"/\"><img src=\"//www.dailymeridian.example/images/logo.png\" alt=\"Daily Meridian\" /></a>\
         <div class=\"search\"><input type=\"text\" value=\"Search\" /><a href=\"javascript:void(0)\">Go</a></div></div>\
         <div class=\"nav_art\"><ul>{nav}</ul></div>\
         <div class=\"topBar\"><div class=\"da-bre\"><a href=\"/\">Home</a> / <a href=\"/{sslug}/\">{section}</a></div></div>",
        sslug = l_slug(section),
        section = esc(section),
    ));
    page.push_str(&format!(
        "<div class=\"main_art\"><div class=\"lft_art\" id=\"lft-art\"><h1>{title}</h1>\
         <div class=\"info\"><span class=\"info_l\">By {author} | <a href=\"/\">Daily Meridian</a> | Updated: {stamp}</span>\
         <span class=\"info_r\"><a class=\"wx\" href=\"javascript:void(0)\">WeChat</a><a class=\"fb\" href=\"#\">Facebook</a><a class=\"tw\" href=\"#\">X</a><a class=\"lk\" href=\"#\">LinkedIn</a><a class=\"ml\" href=\"#\">Email</a><a class=\"more\" href=\"#\">More</a></span></div>\
         <div class=\"wx_qr\"><img src=\"//www.dailymeridian.example/images/qr-share.png\" alt=\"\" /><p>{wechat}</p></div>\
         <div id=\"Content\">{content}</div><div class=\"selectpage\"></div>\
         <div class=\"editor\">[Editor: {editor}]</div>\
         <div class=\"fenx\"><span>Share:</span><a href=\"#\">WeChat</a><a href=\"#\">Facebook</a><a href=\"#\">X</a><a href=\"#\">LinkedIn</a></div>\
         <div class=\"rel\"><div class=\"rel-tit\">Related Stories</div><ul>{related}</ul></div>\
         <div class=\"photos\"><div class=\"tit\"><a href=\"/photo/\">Photo</a></div><ul>{photos}</ul></div></div>",
        title = esc(&s.title),
        author = esc(&s.author),
        wechat = esc(N_ASIA_WECHAT),
        editor = esc(c.rng.pick(N_ASIA_EDITORS)),
    ));
    page.push_str(&format!(
        "<div class=\"mai_r\"><div class=\"mpv\"><div class=\"tit\">Most Viewed in 24 Hours</div><ol>{most}</ol></div>\
         <div class=\"topnews\"><div class=\"tit\">Top News</div><ul>{top}</ul></div>\
         <div class=\"specials\"><div class=\"tit\">Specials</div>{specials}</div>\
         <div class=\"app\"><img src=\"//www.dailymeridian.example/images/app-qr.png\" alt=\"\" /><p>{app}</p></div>\
         <div class=\"ad_r\"><a href=\"//ad.dailymeridian.example/click?{ad}\"><img src=\"//ad.dailymeridian.example/b/{ad}.jpg\" alt=\"\" /></a></div></div></div>",
        app = esc(N_ASIA_APP),
        ad = c.rng.below(99_999),
    ));
    page.push_str(&format!(
        "<div class=\"footer\"><div class=\"foot-link\"><a href=\"/about/\">About Us</a> | <a href=\"/contact/\">Contact Us</a> | <a href=\"/advertise/\">Advertise</a> | \
         <a href=\"/jobs/\">Jobs</a> | <a href=\"/sitemap/\">Site Map</a> | <a href=\"/privacy/\">Privacy Policy</a></div>\
         <div class=\"foot-copy\"><p>Copyright 1998 - {year}. All rights reserved.</p><p>{copy}</p><p>{licence}</p></div></div></body></html>",
        copy = esc(N_ASIA_COPYRIGHT),
        licence = esc(N_ASIA_LICENCE),
    ));
    page
}

/// N2 (round 5): live blog of a big newspaper site built by a
/// component framework (`dcr-` generated classes, `lb-island` custom
/// elements, `data-gu-name` regions): a consent dialog in prose, a
/// reader-funding strap, a "Live" header with a bullet standfirst of
/// prose sentences, byline with published and first-published times,
/// "Key events" list, a "show key events only" toggle with a prose
/// no-script hint, then the text split over timestamped posts of one to
/// three paragraphs (key events with a title, some with a contributor,
/// "Updated at" stamps and share buttons) interleaved with ad slots, a
/// photo-only post with caption and a newsletter signup with a prose
/// privacy notice; pagination, a most-viewed column, topic chips,
/// "Reuse this content", a closed comment thread with a prose notice and
/// reader comments, "More on this story" and a prose footer.
fn n2_liveblog(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let n = s.paragraphs.len();
    let (mnum, month, day, year) = n_date(&s.date);
    let mon = &month[..3];
    let mut entries: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    while start < n {
        let len = match c.rng.below(10) {
            0..=3 => 1,
            4..=7 => 2,
            _ => 3,
        }
        .min(n - start);
        entries.push((start, start + len));
        start += len;
    }
    let first_minute = (6 + c.rng.below(4)) * 60 + c.rng.below(60);
    let mut minute = first_minute;
    let t0 = c.rng.below(N_LIVE_TITLES.len());
    let block_c = n_dcr(c.rng);
    let head_c = n_dcr(c.rng);
    let body_c = n_dcr(c.rng);
    let p_c = n_dcr(c.rng);
    let foot_c = n_dcr(c.rng);
    let photo_after = if entries.len() >= 3 {
        c.rng.below(entries.len() - 1)
    } else {
        usize::MAX
    };
    let news_after = if entries.len() >= 5 { 3 } else { usize::MAX };
    let mut keys: Vec<(usize, &str, String)> = Vec::new();
    let mut feed = String::new();
    for (k, &(a, b)) in entries.iter().enumerate() {
        minute += 3 + c.rng.below(20);
        let id = format!("{:012x}", c.rng.next() % 0xFFFF_FFFF_FFFF);
        let key = k == 0 || c.rng.chance(30);
        feed.push_str(&format!(
            "<article id=\"block-{id}\" class=\"{block_c}\" data-gu-name=\"liveblock\" data-key-event=\"{key}\">\
             <header class=\"{head_c}\"><a href=\"?page=with:block-{id}#block-{id}\" class=\"block-time\"><time datetime=\"{year}-{mnum:02}-{day:02}T{hh:02}:{mm:02}:00.000Z\">{clock} GMT</time></a>",
            hh = (minute / 60) % 24,
            mm = minute % 60,
            clock = n_clock(minute),
        ));
        if key {
            let title = N_LIVE_TITLES[(t0 + keys.len()) % N_LIVE_TITLES.len()];
            feed.push_str(&format!(
                "<span class=\"block-badge\">Key event</span></header><h2 class=\"block-title\">{}</h2>",
                esc(title)
            ));
            keys.push((minute, title, id.clone()));
        } else {
            feed.push_str("</header>");
        }
        if k > 0 && c.rng.chance(30) {
            let who = c.rng.pick(N_LIVE_REPORTERS);
            feed.push_str(&format!(
                "<div class=\"block-contributor\"><img src=\"https://i.clarion.example/profiles/{}.png\" alt=\"\" width=\"36\" height=\"36\"><p>{}</p></div>",
                l_slug(who),
                esc(who)
            ));
        }
        feed.push_str(&format!("<div class=\"{body_c}\">"));
        for p in &s.paragraphs[a..b] {
            feed.push_str(&format!("<p class=\"{p_c}\">{}</p>", c.body_paragraph(p)));
        }
        feed.push_str(&format!("</div><footer class=\"{foot_c}\">"));
        if c.rng.chance(25) {
            feed.push_str(&format!(
                "<span class=\"block-updated\">Updated at {} GMT</span>",
                n_clock(minute + 1 + c.rng.below(30))
            ));
        }
        feed.push_str(
            "<div class=\"block-share\"><button aria-label=\"Share this post\">Share</button><button class=\"copy-link\">Copy link</button></div></footer></article>",
        );
        if k + 1 == entries.len() {
            continue;
        }
        if k == 1 || (k > 4 && k % 4 == 1) {
            feed.push_str(&format!(
                "<lb-island name=\"AdSlot\" deferuntil=\"visible\"><div class=\"ad-slot ad-slot--liveblog-inline\" data-label-show=\"true\" aria-hidden=\"true\">\
                 <p class=\"ad-slot__label\">Advertisement</p><div id=\"dfp-ad--inline{}\"></div></div></lb-island>",
                k + 1
            ));
        }
        if k == photo_after {
            minute += 1 + c.rng.below(5);
            let pid = format!("{:012x}", c.rng.next() % 0xFFFF_FFFF_FFFF);
            let photo = c.rng.pick(N_LIVE_PHOTOS);
            feed.push_str(&format!(
                "<article id=\"block-{pid}\" class=\"{block_c}\" data-gu-name=\"liveblock\" data-key-event=\"false\">\
                 <header class=\"{head_c}\"><a href=\"?page=with:block-{pid}#block-{pid}\" class=\"block-time\"><time>{clock} GMT</time></a></header>\
                 <figure class=\"block-image\"><img src=\"https://i.clarion.example/img/media/{pid}/master/2000.jpg\" alt=\"{alt}\" width=\"620\" height=\"413\">\
                 <figcaption><span class=\"caption-icon\"></span>{cap} Photograph: {credit}</figcaption></figure>\
                 <footer class=\"{foot_c}\"><div class=\"block-share\"><button aria-label=\"Share this post\">Share</button><button class=\"copy-link\">Copy link</button></div></footer></article>",
                clock = n_clock(minute),
                alt = esc(photo),
                cap = esc(photo),
                credit = esc(c.rng.pick(N_LIVE_CREDITS)),
            ));
        }
        if k == news_after {
            feed.push_str(&format!(
                "<lb-island name=\"SignUpForm\"><aside class=\"{}\" data-component=\"newsletter-signup\"><p class=\"newsletter-kicker\">Sign up to</p>\
                 <h3>Morning Clarion</h3><p>{}</p><form><label>Enter your email address<input type=\"email\"></label><button>Sign up</button></form>\
                 <p class=\"newsletter-privacy\">{}</p><p class=\"newsletter-after\">after newsletter promotion</p></aside></lb-island>",
                n_dcr(c.rng),
                esc(N_LIVE_NEWSLETTER),
                esc(N_LIVE_PRIVACY)
            ));
        }
    }

    let key_list: String = keys
        .iter()
        .rev()
        .map(|(m, t, id)| {
            format!(
                "<li><a href=\"#block-{id}\"><time>{} GMT</time><span>{}</span></a></li>",
                n_clock(*m),
                esc(t)
            )
        })
        .collect();
    let s0 = c.rng.below(N_LIVE_SUMMARY.len());
    let standfirst: String = (0..3)
        .map(|k| {
            format!(
                "<li>{}</li>",
                esc(N_LIVE_SUMMARY[(s0 + k) % N_LIVE_SUMMARY.len()])
            )
        })
        .collect();
    let section = c.rng.pick(SECTIONS);
    let second = if c.rng.chance(40) {
        format!(" and {}", esc(c.rng.pick(N_LIVE_REPORTERS)))
    } else {
        String::new()
    };
    let comment_count = 120 + c.rng.below(2400);
    let mut comments = String::new();
    let c0 = c.rng.below(N_LIVE_COMMENTS.len());
    for k in 0..3 {
        comments.push_str(&format!(
            "<li class=\"comment\"><div class=\"comment-meta\"><a class=\"comment-user\" href=\"/profile/u{}\">{}</a><time>{day} {mon} {year} {}</time></div>\
             <div class=\"comment-body\"><p>{}</p></div><div class=\"comment-actions\"><button>Reply</button><button>Report</button><span class=\"recommend-count\">{}</span></div></li>",
            c.rng.below(9_999_999),
            esc(c.rng.pick(N_LIVE_USERS)),
            n_clock(first_minute + 10 * (k + 1) + c.rng.below(200)),
            esc(N_LIVE_COMMENTS[(c0 + k) % N_LIVE_COMMENTS.len()]),
            c.rng.below(400)
        ));
    }
    let most: String = c
        .links(5, TEASERS)
        .into_iter()
        .enumerate()
        .map(|(k, l)| format!("<li><span class=\"rank\">{}</span>{l}</li>", k + 1))
        .collect();
    let chips: String = c
        .links(4, SECTIONS)
        .into_iter()
        .map(|l| format!("<li class=\"submeta__chip\">{l}</li>"))
        .collect();
    let mut more = String::new();
    for _ in 0..3 {
        let h = c.rng.pick(TEASERS);
        more.push_str(&format!(
            "<div class=\"{}\"><a href=\"/{}\"><span class=\"card-kicker\">{}</span><h3>{}</h3></a><span class=\"card-age\">{}</span></div>",
            n_dcr(c.rng),
            l_slug(h),
            esc(c.rng.pick(N_LIVE_KICKERS)),
            esc(h),
            m_ago(c.rng)
        ));
    }
    let subnav = c.nav_ul();

    let mut page = format!(
        "<!DOCTYPE html><html lang=\"en\">{}<body>",
        head(
            s,
            "The Clarion",
            "<link rel=\"amphtml\" href=\"\"><script>window.clarion={config:{page:{isLiveBlog:true}}}</script>"
        )
    );
    page.push_str(&format!(
        "<lb-island name=\"ConsentManager\" priority=\"critical\"><div class=\"{cc}\" role=\"dialog\" aria-label=\"Privacy settings\"><h2>Your privacy</h2><p>{consent}</p>\
         <button>Yes, I'm happy</button><button>Manage or reject cookies</button></div></lb-island>\
         <div class=\"{sc}\" data-component=\"support-strap\"><p>{support}</p><a href=\"/contribute?acquisitionData=header\">Support us</a></div>\
         <header data-component=\"nav\" class=\"{hc}\"><a href=\"/\" class=\"logo\" aria-label=\"The Clarion homepage\"><svg viewBox=\"0 0 300 90\"><path d=\"M0 0h300v90H0z\"></path></svg></a>\
         <nav data-component=\"pillars\"><ul><li><a href=\"/\">News</a></li><li><a href=\"/commentisfree\">Opinion</a></li><li><a href=\"/sport\">Sport</a></li><li><a href=\"/culture\">Culture</a></li><li><a href=\"/lifeandstyle\">Lifestyle</a></li></ul></nav>\
         <nav data-component=\"subnav\">{subnav}</nav></header>",
        cc = n_dcr(c.rng),
        consent = esc(N_LIVE_CONSENT),
        sc = n_dcr(c.rng),
        support = esc(N_LIVE_SUPPORT),
        hc = n_dcr(c.rng),
    ));
    page.push_str(&format!(
        "<main data-layout=\"LiveLayout\"><div class=\"{lh}\" data-gu-name=\"headline\"><div class=\"series\"><a href=\"/{sslug}\">{section}</a></div>\
         <span class=\"live-pill\"><span class=\"pulse\"></span>Live</span><h1 class=\"{h1c}\">{title}</h1></div>\
         <div data-gu-name=\"standfirst\" class=\"{sfc}\"><ul>{standfirst}<li><a href=\"/{sslug}/earlier\">Read our earlier coverage of this story</a></li></ul></div>\
         <div class=\"{grid}\"><div data-gu-name=\"meta\" class=\"{meta}\"><div class=\"byline\"><a rel=\"author\" href=\"/profile/{aslug}\">{author}</a>{second}</div>\
         <details class=\"dateline\"><summary>{day} {mon} {year} {last} GMT</summary><p>First published on {day} {mon} {year} {first} GMT</p></details>\
         <div class=\"meta-counts\"><a href=\"#comments\">{comment_count} comments</a><button>Share</button></div></div>\
         <div data-gu-name=\"key-events\" class=\"{kec}\"><details open><summary><h2>Key events</h2></summary><ul>{key_list}</ul></details></div>\
         <lb-island name=\"FilterKeyEventsToggle\"><div class=\"{fc}\"><label><input type=\"checkbox\"> Show key events only</label><p class=\"noscript-hint\">Please turn on JavaScript to use this feature</p></div></lb-island>\
         <div id=\"liveblog-body\" data-gu-name=\"body\" class=\"{bc}\"><p class=\"feed-label\">Live feed</p>{feed}\
         <nav class=\"{pc}\" aria-label=\"Live blog pagination\"><span aria-disabled=\"true\">Newest</span><span aria-disabled=\"true\">Previous</span><span>1 of 1</span><span aria-disabled=\"true\">Next</span><span aria-disabled=\"true\">Oldest</span></nav></div>\
         <aside data-gu-name=\"right-column\" class=\"{rc}\"><lb-island name=\"MostViewedRightWrapper\"><h2>Most viewed</h2><ol>{most}</ol></lb-island></aside></div>",
        lh = n_dcr(c.rng),
        sslug = l_slug(section),
        section = esc(section),
        h1c = n_dcr(c.rng),
        title = esc(&s.title),
        sfc = n_dcr(c.rng),
        grid = n_dcr(c.rng),
        meta = n_dcr(c.rng),
        aslug = l_slug(&s.author),
        author = esc(&s.author),
        last = n_clock(minute),
        first = n_clock(first_minute),
        kec = n_dcr(c.rng),
        fc = n_dcr(c.rng),
        bc = n_dcr(c.rng),
        pc = n_dcr(c.rng),
        rc = n_dcr(c.rng),
    ));
    page.push_str(&format!(
        "<section class=\"{smc}\" data-component=\"submeta\"><h2>Explore more on these topics</h2><ul>{chips}</ul>\
         <a href=\"https://syndication.clarion.example/?url={sslug}\">Reuse this content</a></section>\
         <section id=\"comments\" data-component=\"discussion\" class=\"{dc}\"><h2>Comments ({comment_count})</h2><p class=\"discussion-closed\">{closed}</p>\
         <div class=\"discussion-controls\"><label>Sort by <select><option>Oldest</option><option>Newest</option><option>Recommendations</option></select></label>\
         <label>Per page <select><option>25</option><option>50</option><option>100</option></select></label></div><ul class=\"comments\">{comments}</ul><button>View more comments</button></section>\
         <section data-component=\"more-on-this-story\" class=\"{mc}\"><h2>More on this story</h2>{more}</section></main>\
         <footer class=\"{fc}\"><p>{foot}</p><ul>{links}</ul><p>© {year} Clarion News &amp; Media Limited or its affiliated companies. All rights reserved.</p></footer></body></html>",
        smc = n_dcr(c.rng),
        sslug = l_slug(&s.title),
        dc = n_dcr(c.rng),
        closed = esc(N_LIVE_CLOSED),
        mc = n_dcr(c.rng),
        fc = n_dcr(c.rng),
        foot = esc(N_LIVE_FOOTER),
        links = c
            .links(8, SECTIONS)
            .into_iter()
            .map(|l| format!("<li>{l}</li>"))
            .collect::<String>(),
    ));
    page
}

/// The "Key figures" table of a press release.
fn n3_table(rng: &mut Rng, year: &str) -> String {
    let this: usize = year.parse().unwrap_or(2025);
    let rows: String = [
        "Revenue ($ millions)",
        "Operating income ($ millions)",
        "Customers served",
        "Employees",
    ]
    .iter()
    .map(|label| {
        let (change, dir) = m_change(rng);
        format!(
            "<tr><td class=\"prn-label\">{}</td><td class=\"prn-num\">{}</td><td class=\"prn-num\">{}</td><td class=\"prn-num {dir}\">{change}</td></tr>",
            esc(label),
            m_number(rng, 40, 4000),
            m_number(rng, 40, 4000)
        )
    })
    .collect();
    format!(
        "<div class=\"table-responsive\"><table class=\"prntbl\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\">\
         <caption>Key figures (unaudited)</caption><tr><td></td><td class=\"prn-head\">{this}</td><td class=\"prn-head\">{prev}</td><td class=\"prn-head\">Change</td></tr>{rows}</table></div>",
        prev = this.saturating_sub(1),
    )
}

/// N3 (round 5): press-release distribution site
/// (PR Newswire-like) on Bootstrap 3: a prose promo bar, navbar, release
/// header with optional subheadline, "News provided by" company, time
/// stamp and share links; the release body as sibling `<p>`s in one
/// column: an optional image with caption, a dateline paragraph, the
/// text, a "Key figures" data table in or after it, then, in the same
/// markup, bold-headed "Notes to editors", "About the company"
/// boilerplate and "Forward-looking statements" in prose, a media
/// contact block and a "SOURCE" line; after it a prose distribution
/// promo with figures, "Also from this source" cards with prose blurbs,
/// "Explore" topic links, a newsletter band and a footer with a prose
/// help line and disclaimer.
fn n3_release(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let n = s.paragraphs.len();
    let (_, month, day, year) = n_date(&s.date);
    let mon = &month[..3];
    let (company, short, about) = N_PR_COMPANIES[c.rng.below(N_PR_COMPANIES.len())];
    let site = format!("www.{}.example", short.to_lowercase());
    let cslug = l_slug(company);
    let city = c.rng.pick(N_PR_CITIES);
    let with_table = c.rng.chance(60);
    let table_at = if with_table && n >= 6 && c.rng.chance(50) {
        n / 2 - 1
    } else {
        usize::MAX
    };
    let stamp = format!(
        "{mon} {day:02}, {year}, {:02}:{:02} ET",
        6 + c.rng.below(12),
        c.rng.pick(&["00", "05", "15", "30", "45"])
    );

    let mut body = String::new();
    if c.rng.chance(55) {
        let id = c.rng.next() % 10_000_000;
        body.push_str(&format!(
            "<div class=\"image\"><a href=\"/news-releases/multimedia/{cslug}-{id}.html\"><img src=\"https://mma.lumenwire.example/prn/{id}/{short}.jpg\" alt=\"{short}\" title=\"{short}\"></a>\
             <p class=\"caption\">{cap} (Lumen Newswire photo/{company})</p></div>",
            cap = esc(&c.rng.pick(N_PR_CAPTIONS).replace("{}", short)),
        ));
    }
    body.push_str(&format!(
        "<p class=\"prntac\"><span class=\"xn-location\">{city}</span>, <span class=\"xn-chron\">{month} {day}, {year}</span> /Lumen Newswire/ --</p>"
    ));
    for (i, p) in s.paragraphs.iter().enumerate() {
        body.push_str(&format!("<p>{}</p>", c.body_paragraph(p)));
        if i == table_at {
            body.push_str(&n3_table(c.rng, &year));
        }
    }
    if with_table && table_at == usize::MAX {
        body.push_str(&n3_table(c.rng, &year));
    }
    if c.rng.chance(40) {
        body.push_str(&format!(
            "<p><b>Notes to editors</b></p><p>{}</p>",
            esc(N_PR_NOTES)
        ));
    }
    body.push_str(&format!(
        "<p><b>About {company}</b></p><p>{about} For more information, visit <a href=\"https://{site}\" rel=\"nofollow\">{site}</a>.</p>",
        company = esc(company),
        about = esc(about),
    ));
    if c.rng.chance(65) {
        body.push_str(&format!(
            "<p><b>Forward-Looking Statements</b></p><p>{}</p>",
            esc(N_PR_FLS)
        ));
    }
    let contact = c.rng.pick(N_PR_CONTACTS);
    body.push_str(&format!(
        "<p><b>Media Contact:</b><br>{contact}<br>{agency}<br>+1 {a}-555-{b:04}<br><a href=\"mailto:media@{dom}\">media@{dom}</a></p>\
         <p>SOURCE {company}</p>",
        agency = esc(c.rng.pick(N_PR_AGENCIES)),
        a = 200 + c.rng.below(700),
        b = c.rng.below(10_000),
        dom = site.trim_start_matches("www."),
        company = esc(company),
    ));

    let subtitle = if c.rng.chance(50) {
        format!(
            "<h2 class=\"subtitle\">{}</h2>",
            esc(c.rng.pick(N_PR_SUBTITLES))
        )
    } else {
        String::new()
    };
    let r0 = c.rng.below(N_PR_RELATED.len());
    let mut cards = String::new();
    for k in 0..3 {
        let (t, blurb) = N_PR_RELATED[(r0 + k) % N_PR_RELATED.len()];
        let t = t.replace("{}", short);
        let when = format!(
            "{} {:02}, {year}, {:02}:{:02} ET",
            &c.rng.pick(L_MONTHS)[..3],
            1 + c.rng.below(28),
            7 + c.rng.below(10),
            c.rng.below(60)
        );
        cards.push_str(&format!(
            "<div class=\"col-sm-4 card\"><a href=\"/news-releases/{slug}-{id}.html\"><img src=\"https://mma.lumenwire.example/thumb/{id}.jpg\" alt=\"\"></a>\
             <small>{when}</small><h3><a href=\"/news-releases/{slug}-{id}.html\">{t}</a></h3><p>{blurb}</p></div>",
            slug = l_slug(&t),
            id = 300_000_000 + c.rng.below(99_999_999),
            t = esc(&t),
            blurb = esc(&blurb.replace("{}", short)),
        ));
    }
    let topics: String = (0..5)
        .map(|k| {
            let t = N_PR_TOPICS[(r0 + 2 * k) % N_PR_TOPICS.len()];
            format!(
                "<li><a href=\"/news-releases/{}-list/\">{}</a></li>",
                l_slug(t),
                esc(t)
            )
        })
        .collect();
    let newsmenu: String = c
        .links(8, SECTIONS)
        .into_iter()
        .map(|l| format!("<li>{l}</li>"))
        .collect();

    let mut page = format!(
        "<!DOCTYPE html><html lang=\"en-US\">{}<body class=\"release-detail\">",
        head(
            s,
            "Lumen Newswire",
            "<link rel=\"stylesheet\" href=\"/css/bootstrap-3.4.1.min.css\"><meta name=\"author\" content=\"\">"
        )
    );
    page.push_str(&format!(
        "<div class=\"promo-bar text-center\"><p>{topbar}</p><a class=\"btn btn-primary btn-sm\" href=\"/account/signup/\">Get started</a></div>\
         <nav class=\"navbar navbar-default navbar-static-top\"><div class=\"container\"><div class=\"navbar-header\"><a class=\"navbar-brand\" href=\"/\">Lumen Newswire</a></div>\
         <ul class=\"nav navbar-nav\"><li class=\"dropdown\"><a href=\"/news-releases/\" class=\"dropdown-toggle\">News</a><ul class=\"dropdown-menu\">{newsmenu}</ul></li>\
         <li><a href=\"/products/\">Products</a></li><li><a href=\"/resources/\">Resources</a></li><li><a href=\"/journalists/\">Journalists</a></li><li><a href=\"/contact-us/\">Contact</a></li></ul>\
         <ul class=\"nav navbar-nav navbar-right\"><li><a href=\"/account/signup/\">Sign up</a></li><li><a href=\"/account/login/\">Log in</a></li><li><a class=\"btn btn-success\" href=\"/account/send/\">Send a release</a></li></ul></div></nav>",
        topbar = esc(N_PR_TOPBAR),
    ));
    page.push_str(&format!(
        "<header class=\"release-header container\"><div class=\"row\"><div class=\"col-sm-8 col-vcenter\"><h1>{title}</h1>{subtitle}\
         <div class=\"row\"><div class=\"col-lg-8 col-md-8 col-sm-7 swaping-class-left\"><p class=\"meta\">News provided by</p>\
         <a class=\"company-link\" href=\"/news/{cslug}/\"><strong>{company}</strong></a><p class=\"mb-no\">{stamp}</p></div>\
         <div class=\"col-sm-5 social-share\"><span class=\"share-label\">Share this article</span><ul class=\"social-links\"><li><a href=\"#\">Facebook</a></li><li><a href=\"#\">X</a></li>\
         <li><a href=\"#\">LinkedIn</a></li><li><a href=\"#\">Email</a></li><li><a href=\"javascript:window.print()\">Print</a></li></ul></div></div></div></div></header>\
         <section class=\"release-body container\"><div class=\"row\"><div class=\"col-lg-10 col-lg-offset-1\">{body}</div></div></section>",
        title = esc(&s.title),
        company = esc(company),
    ));
    page.push_str(&format!(
        "<div class=\"container\"><div class=\"row\"><div class=\"col-sm-12 promo-featured\"><h3>Want your company's news featured on Lumen Newswire?</h3><p>{promo}</p>\
         <div class=\"stats\"><span><b>8,000+</b> newsrooms</span><span><b>250k+</b> journalists</span><span><b>170</b> countries</span></div>\
         <a class=\"btn btn-primary\" href=\"/account/signup/\">Get started</a></div></div></div>\
         <section class=\"also-from-source container\"><h2>Also from this source</h2><div class=\"row\">{cards}</div></section>\
         <section class=\"explore container\"><h2>Explore</h2><p class=\"explore-sub\">More news releases in similar topics</p><ul class=\"list-inline\">{topics}</ul></section>\
         <div class=\"newsletter-band\"><div class=\"container\"><h3>Lumen Weekly</h3><p>{news}</p><form><input type=\"email\" placeholder=\"Email address\"><button class=\"btn\">Subscribe</button></form></div></div>",
        promo = esc(N_PR_PROMO),
        news = esc(N_PR_NEWSLETTER),
    ));
    page.push_str(&format!(
        "<footer class=\"footer\"><div class=\"container\"><div class=\"row\"><div class=\"col-sm-3\"><h4>Contact</h4><p>{help}</p></div>\
         <div class=\"col-sm-3\"><h4>About</h4><ul><li><a href=\"/about/\">About Lumen Newswire</a></li><li><a href=\"/careers/\">Careers</a></li><li><a href=\"/partners/\">Partners</a></li></ul></div>\
         <div class=\"col-sm-3\"><h4>My Services</h4><ul><li><a href=\"/account/releases/\">All news releases</a></li><li><a href=\"/account/\">Online member center</a></li><li><a href=\"/account/reports/\">Distribution reports</a></li></ul></div>\
         <div class=\"col-sm-3\"><h4>Global sites</h4><ul><li><a href=\"/asia/\">Asia</a></li><li><a href=\"/ca/\">Canada</a></li><li><a href=\"/eu/\">Europe</a></li><li><a href=\"/latam/\">Latin America</a></li></ul></div></div>\
         <p class=\"disclaimer\">{disclaimer}</p><p class=\"copyright\">Copyright © {year} Lumen Communications Group. All Rights Reserved.</p>\
         <ul class=\"list-inline legal\"><li><a href=\"/terms/\">Terms of Use</a></li><li><a href=\"/privacy/\">Privacy Policy</a></li><li><a href=\"/security/\">Information Security</a></li><li><a href=\"/sitemap/\">Site Map</a></li><li><a href=\"#\">Cookie Settings</a></li></ul></div></footer></body></html>",
        help = esc(N_PR_HELP),
        disclaimer = esc(N_PR_DISCLAIMER),
    ));
    page
}

// ----------------------------------------------------------------------
// Round 6 (`O*`): written without reading the extractor; scored once as
// held-out round 6.

const O_TAB_BULLETS: &[&str] = &[
    "Residents say they were given just days of warning before the decision was announced",
    "Critics have branded the plans 'a shambles' and demanded an urgent independent review",
    "Officials insist the move was necessary and say the figures will speak for themselves",
    "One furious local told how the row had left families 'in limbo' for months on end",
    "It comes after a string of similar rows sparked anger across the region last year",
    "Campaigners have now vowed to take their fight 'all the way to the top'",
    "Experts warn the true cost could be far higher than the public has been told",
];

const O_TAB_CAPTIONS: &[&str] = &[
    "Pictured: crowds gather outside the building on Tuesday morning as news of the decision spread quickly through the town",
    "The site, seen here from the air, has been at the centre of a bitter row between residents and officials for more than two years",
    "Locals told the Beacon they had been left 'completely in the dark' about the plans until the very last minute",
    "A spokesman arrives for the meeting on Wednesday, where he was met by a small group of protesters holding placards and chanting",
    "Workers were photographed at the scene late last night as the clean-up operation continued under floodlights",
    "Pictured left: a file image from 2019 showing the area before the changes were made. Right: how the same street looks today",
    "Shoppers said the mood in the town had changed 'almost overnight' after the announcement, with many fearing for their jobs",
    "The 54-year-old, pictured with his wife at a charity gala last summer, has not commented publicly on the claims",
];

const O_TAB_CREDITS: &[&str] = &[
    "SWNS",
    "Getty Images",
    "Beacon Pictures / Alamy",
    "PA Wire",
    "Facebook",
    "Reuters",
    "Kennedy News and Media",
];

const O_TAB_PUFFS: &[(&str, &str)] = &[
    (
        "Reality star reveals the VERY unusual breakfast she swears by",
        "The 31-year-old shared the routine with her two million followers, who were quick to point out one glaring problem with it.",
    ),
    (
        "Holiday chaos as thousands stranded after airport systems crash",
        "Passengers told of waiting for up to nine hours with no food or information while staff struggled to rebook flights.",
    ),
    (
        "Grandmother, 87, becomes oldest woman to complete gruelling charity trek",
        "She said she had only taken up walking after her husband died, and now hopes to inspire others her age to get outdoors.",
    ),
    (
        "Supermarket giant quietly changes recipe of best-selling biscuit",
        "Shoppers took to social media to complain that the new version tasted 'nothing like' the one they grew up with.",
    ),
    (
        "Millionaire footballer splashes out on sprawling countryside mansion",
        "The eight-bedroom property boasts a cinema room, a heated pool and stabling for six horses, according to the listing.",
    ),
    (
        "Doctors warn of surge in winter bug as hospitals brace for busiest week",
        "Health chiefs urged anyone with symptoms to stay at home and avoid visiting elderly relatives until they have recovered.",
    ),
    (
        "Inside the tiny village where every house has the same front door",
        "Residents say the quirky rule dates back more than a century, and anyone who breaks it faces a stern letter from the parish.",
    ),
];

const O_TAB_MOST_READ: &[&str] = &[
    "Pensioner's fury as council fines him for leaving bin out one day early",
    "Major retailer to close dozens of stores in blow to high streets",
    "TV presenter breaks silence after shock exit from breakfast show",
    "Motorists warned of new rule coming into force next month",
    "Heartbreak as family pet found safe after three weeks missing",
    "Seaside town named the best place to live in the country",
    "Hospital apologises after patient left waiting 40 hours in corridor",
    "Weather maps turn purple as 'snow bomb' set to hit within days",
    "Lottery winner reveals the first thing she bought with her jackpot",
];

const O_TAB_TWEETS: &[(&str, &str, &str)] = &[
    (
        "This is an absolute disgrace. Nobody asked the people who actually live here what they wanted. #notinourname",
        "Sarah J",
        "sarahj_writes",
    ),
    (
        "Just walked past and the queue is already round the block. Never seen anything like it in this town.",
        "Dave Pritchard",
        "davepritch",
    ),
    (
        "Statement from our team on today's announcement. We will be reviewing the details carefully and will say more in due course.",
        "Westbrook Council",
        "WestbrookCncl",
    ),
    (
        "Wow. Did not see that coming. Genuinely curious what happens next, because nobody seems to have a plan.",
        "Mo Rahman",
        "morahman_",
    ),
];

const O_TAB_COMMENTS: &[&str] = &[
    "Typical. They make the decision first and then pretend to ask us what we think. Same old story every single time.",
    "I don't see what all the fuss is about. Things change, and people need to get over it and move on with their lives.",
    "Who is paying for all this? We all know the answer, and it certainly won't be the people who came up with the idea.",
    "My late dad warned about exactly this twenty years ago and everybody laughed at him. Not laughing now, are they?",
    "Another day, another 'row'. Honestly, this paper could find outrage in a cup of tea if it looked hard enough.",
    "Went there last summer with the grandchildren and it was lovely. Such a shame to read this, I hope they sort it out soon.",
    "Nobody ever gets sacked for these decisions. They just move on to the next job and leave the rest of us to pick up the pieces.",
];

const O_TAB_USERS: &[(&str, &str)] = &[
    ("Brenda1956", "Leeds, United Kingdom"),
    ("TheRealGaz", "Essex, United Kingdom"),
    ("sensible_sue", "Sydney, Australia"),
    ("Northern Monkey", "Manchester, United Kingdom"),
    ("JohnnyB", "Cardiff, United Kingdom"),
    ("Patriot77", "Texas, United States"),
    ("HollyHocks", "Toronto, Canada"),
    ("Outofthebox", "Bristol, United Kingdom"),
];

const O_TAB_SPONSORED: &[(&str, &str)] = &[
    (
        "Doctors stunned: this simple kitchen habit helps you sleep through the night",
        "HealthyLivingTips",
    ),
    (
        "Homeowners in your area are switching to this new solar scheme",
        "EnergySaverUK",
    ),
    (
        "The hotel deals travel agents do not want you to find this winter",
        "TravelSecrets",
    ),
    (
        "Here's what a new walk-in shower should cost you in 2026",
        "Bathroom Quotes",
    ),
    (
        "Retirees are snapping up these stylish mobility scooters",
        "Mobility Today",
    ),
];

const O_TAB_CONSENT: &str = "We value your privacy. We and our 864 partners store and/or access information on a device, such as unique IDs in cookies, to process personal data. You may accept or manage your choices by clicking below, including your right to object where legitimate interest is used, or at any time on the privacy policy page. These choices will be signalled to our partners and will not affect browsing data.";

const O_TAB_TIP: &str = "Do you have a story? Email the news desk at tips@dailybeacon.example or call us on 0203 615 0000. We pay for stories and pictures, and you can send them to us in confidence.";

const O_TAB_UNMODERATED: &str = "The comments below have not been moderated.";

const O_TAB_VIEWS: &str = "The views expressed in the contents above are those of our users and do not necessarily reflect the views of the Daily Beacon.";

const O_TAB_RULES: &str = "By posting your comment you agree to our house rules. We may remove comments that are abusive, off topic or that break the law, and repeat offenders will lose their posting rights.";

const O_TAB_FOOTER: &str = "Published by Beacon Newspapers Ltd, part of the Daily Beacon, the Sunday Beacon and Evening Star media group. Our reporters adhere to the Editors' Code of Practice, and complaints about our journalism can be made to the independent press regulator.";

const O_FC_SPEAKERS: &[(&str, &str)] = &[
    ("Viral image", "in a Facebook post"),
    ("Instagram posts", "in an Instagram post"),
    ("Dana Ruiz", "in a campaign ad"),
    ("Carl Whitford", "in a TV interview"),
    ("TikTok posts", "in a TikTok video"),
    ("Threads post", "in a post on Threads"),
    ("Marion Alcott", "during a town hall meeting"),
];

const O_FC_CLAIMS: &[&str] = &[
    "The city secretly voted to sell its water utility to a foreign company.",
    "Says a new federal rule will ban gas stoves in all homes by the end of next year.",
    "Photo shows crowds at last weekend's rally filling the entire length of Main Street.",
    "Property taxes in the county have doubled in the last five years.",
    "Says the state's unemployment rate is now the lowest it has been in half a century.",
    "Electric cars cause more pollution over their lifetime than gasoline cars do.",
    "Says schools will be required to close on Fridays starting next term.",
    "A new law lets police fine drivers for eating or drinking behind the wheel.",
    "Says the governor cut funding for rural hospitals by 40% in his first budget.",
];

const O_FC_RATINGS: &[(&str, &str, &str)] = &[
    (
        "true",
        "True",
        "The statement is accurate and there's nothing significant missing.",
    ),
    (
        "mostly-true",
        "Mostly True",
        "The statement is accurate but needs clarification or additional information.",
    ),
    (
        "half-true",
        "Half True",
        "The statement is partially accurate but leaves out important details or takes things out of context.",
    ),
    (
        "barely-true",
        "Mostly False",
        "The statement contains an element of truth but ignores critical facts that would give a different impression.",
    ),
    ("false", "False", "The statement is not accurate."),
    (
        "pants-fire",
        "Pants on Fire",
        "The statement is not accurate and makes a ridiculous claim.",
    ),
];

const O_FC_SHORT: &[&str] = &[
    "The claim relies on a misreading of a routine public notice that was posted in January.",
    "Officials told us no such decision has been made, and the public records we reviewed support that.",
    "Experts we consulted said the figures cited leave out important context about how the data was collected.",
    "Similar claims have circulated online before and were rated false by several fact-checkers.",
    "The post shares a real photo, but it was taken at a different event several years ago.",
    "The numbers are roughly right, but they cover a longer period than the claim suggests.",
];

const O_FC_HEADLINES: &[&str] = &[
    "No, a new law doesn't let police fine you for eating while driving",
    "Fact-check: Did the county really double property taxes?",
    "Viral photo of packed rally was taken in 2019, not last weekend",
    "What we know, and don't know, about the proposed utility sale",
    "Is the unemployment rate really at a 50-year low? It depends on the measure",
    "Claims about Friday school closures misread a draft calendar",
    "Fact-checking the governor's budget claims about rural hospitals",
    "Do electric cars pollute more than gas cars? Here's what studies show",
];

const O_FC_TOPICS: &[&str] = &[
    "Health Care",
    "Taxes",
    "Elections",
    "Energy",
    "Education",
    "Transportation",
    "Economy",
    "Public Safety",
    "Facebook Fact-checks",
    "Viral image",
    "Local",
];

const O_FC_ABBR: &[&str] = &[
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
    "Dec.",
];

const O_FC_SOURCES: &[&str] = &[
    "Facebook post, {d}",
    "Interview with a spokesperson for the county clerk's office, {d}",
    "Email exchange with the state Department of Revenue, {d}",
    "City Council, \"Agenda and minutes of the regular meeting,\" {d}",
    "U.S. Bureau of Labor Statistics, \"Local Area Unemployment Statistics,\" accessed {d}",
    "The Lakeside Ledger, \"Council delays vote on utility contract,\" {d}",
    "VerityCheck, \"No, the state isn't banning gas stoves,\" Oct. 4, 2023",
    "Phone interview with Priya Raman, professor of public policy at Westbrook University, {d}",
    "State Legislature, \"House Bill 1187, as introduced,\" accessed {d}",
    "Reverse image search results, TinEye and Google Lens, accessed {d}",
];

const O_FC_BIO: &str = "covers health care, elections and viral claims for VerityCheck. Before joining the fact-checking team in 2021, they reported for daily newspapers in Ohio and Oregon, and they hold a master's degree in data journalism.";

const O_FC_DONATE: &str = "VerityCheck is part of the nonprofit Westbrook Institute for Public Information. We rely on readers like you to keep our fact-checks free for everyone. A donation in any amount helps us hold leaders accountable and push back against misinformation.";

const O_FC_NEWSLETTER: &str = "Get the week's most important fact-checks delivered to your inbox every Friday. Sign up for The Checkpoint and we'll tell you what's true, what's false and what's in between.";

const O_FC_ABOUT: &str = "VerityCheck is a fact-checking website that rates the accuracy of claims by elected officials, candidates and viral posts. It is owned by the nonprofit Westbrook Institute and is a verified signatory of the International Fact-Checking Network's code of principles.";

const O_FC_PROCESS: &str = "Every fact-check is researched by a reporter, reviewed by an editor and rated by a panel of at least three editors, who vote on the final rating. We publish our sources with every story so that readers can check our work.";

const O_FC_TIP: &str = "Have a claim you want us to check? Send it to us, along with a link or a screenshot, and our reporters will take a look.";

/// Day of the week (0 = Sunday) of a Gregorian date.
fn o_weekday(year: usize, month: usize, day: usize) -> usize {
    const T: [usize; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if month < 3 { year - 1 } else { year };
    (y + y / 4 - y / 100 + y / 400 + T[(month - 1) % 12] + day) % 7
}

const O_WEEKDAYS: &[&str] = &[
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];

/// The year of a story as a number (2025 when it cannot be read).
fn o_year(year: &str) -> usize {
    year.parse::<usize>().unwrap_or(2025).max(1900)
}

/// Text escaped for a double-quoted attribute.
fn o_attr(s: &str) -> String {
    esc(s).replace('"', "&quot;")
}

/// A random identifier of hex digits ("9f3c0a1e").
fn o_hex(rng: &mut Rng, len: usize) -> String {
    (0..len)
        .map(|_| char::from(b"0123456789abcdef"[rng.below(16)]))
        .collect()
}

/// One image block of the tabloid: one or two pictures side by side,
/// a caption paragraph in full sentences, a credit and sometimes a
/// "View gallery" button.
fn o0_images(rng: &mut Rng) -> String {
    let count = 1 + rng.below(2);
    let mut s = format!(
        "<div class=\"artSplitter mol-img-group{}\">",
        if count == 2 { " mol-img-group-2" } else { "" }
    );
    for _ in 0..count {
        let id = 80_000_000 + rng.below(9_000_000);
        s.push_str(&format!(
            "<div class=\"mol-img\"><div class=\"image-wrap\"><img id=\"i-{h}\" src=\"https://i.dailybeacon.example/1s/2026/02/{id}-0-image-a-{k}_17{id}.jpg\" \
             height=\"{ht}\" width=\"{w}\" alt=\"\" class=\"blkBorder img-share\" style=\"max-width:100%\"></div>\
             <span class=\"imageCredit\">Credit: {cr}</span></div>",
            h = o_hex(rng, 16),
            k = 1 + rng.below(40),
            ht = 300 + rng.below(400),
            w = if count == 2 { 306 } else { 634 },
            cr = esc(rng.pick(O_TAB_CREDITS)),
        ));
    }
    let cap = O_TAB_CAPTIONS[rng.below(O_TAB_CAPTIONS.len())];
    s.push_str(&format!("<p class=\"imageCaption\">{}</p>", esc(cap)));
    if rng.chance(40) {
        s.push_str(&format!(
            "<div class=\"gallery-btn\"><a href=\"#gallery-{}\"><span class=\"count\">+{}</span><span class=\"label\">View gallery</span></a></div>",
            rng.below(99_999),
            3 + rng.below(30)
        ));
    }
    s.push_str("</div>");
    s
}

/// An embedded post as the social network's script expects it.
fn o0_tweet(rng: &mut Rng) -> String {
    let (text, name, handle) = O_TAB_TWEETS[rng.below(O_TAB_TWEETS.len())];
    format!(
        "<div class=\"mol-embed mol-embed-twitter\"><blockquote class=\"twitter-tweet\" data-dnt=\"true\" data-lang=\"en\"><p lang=\"en\" dir=\"ltr\">{t}</p>&mdash; {n} (@{h}) \
         <a href=\"https://x.com/{h}/status/{id}?ref_src=twsrc%5Etfw\">February {d}, 2026</a></blockquote>\
         <script async src=\"https://platform.twitter.com/widgets.js\" charset=\"utf-8\"></script></div>",
        t = esc(text),
        n = esc(name),
        h = handle,
        id = 1_800_000_000_000_000_000u64 + rng.next() % 100_000_000_000_000_000,
        d = 1 + rng.below(27),
    )
}

/// A "MOST READ" strip of the kind tabloids drop between paragraphs.
fn o0_most_read(rng: &mut Rng, section: &str) -> String {
    let start = rng.below(O_TAB_MOST_READ.len());
    let items: String = (0..4 + rng.below(2))
        .map(|k| {
            let h = O_TAB_MOST_READ[(start + k) % O_TAB_MOST_READ.len()];
            let id = 14_000_000 + rng.below(900_000);
            format!(
                "<li class=\"mr-item\"><a href=\"/news/article-{id}/{slug}.html\"><img src=\"https://i.dailybeacon.example/1s/2026/02/{id}-thumb.jpg\" alt=\"\" width=\"154\" height=\"115\"><span class=\"mr-headline\">{h}</span></a></li>",
                slug = l_slug(h),
                h = esc(h)
            )
        })
        .collect();
    format!(
        "<div class=\"mol-most-read-inline\" data-track-module=\"most-read-inline\"><h3 class=\"mr-title\">MOST READ {}</h3><ul class=\"mr-list\">{items}</ul>\
         <a class=\"mr-prev\" href=\"#\">Previous</a><a class=\"mr-next\" href=\"#\">Next</a></div>",
        esc(&section.to_uppercase())
    )
}

/// A "RELATED ARTICLES" box with a share count under it.
fn o0_related(rng: &mut Rng, shares: usize) -> String {
    let start = rng.below(O_TAB_PUFFS.len());
    let items: String = (0..3 + rng.below(3))
        .map(|k| {
            let h = O_TAB_PUFFS[(start + k) % O_TAB_PUFFS.len()].0;
            format!(
                "<li><a href=\"/news/article-{}/{}.html\">{}</a></li>",
                14_000_000 + rng.below(900_000),
                l_slug(h),
                esc(h)
            )
        })
        .collect();
    format!(
        "<div class=\"related-carousel\" data-track-module=\"rc\"><h3>RELATED ARTICLES</h3><ul>{items}</ul>\
         <div class=\"rc-nav\"><a class=\"rc-prev\" href=\"#\">Previous</a><span class=\"rc-pages\">1</span><a class=\"rc-next\" href=\"#\">Next</a></div></div>\
         <div class=\"share-inline\"><span class=\"share-label\">Share this article</span><span class=\"share-count\"><strong>{shares}</strong> shares</span>\
         <ul class=\"social-links\"><li class=\"facebook\"><a href=\"#\">Facebook</a></li><li class=\"twitter\"><a href=\"#\">X</a></li><li class=\"whatsapp\"><a href=\"#\">WhatsApp</a></li><li class=\"email\"><a href=\"#\">Email</a></li></ul></div>"
    )
}

/// An inline video player with "Up next" titles and no prose.
fn o0_video(rng: &mut Rng) -> String {
    let id = 3_000_000 + rng.below(900_000);
    let next: String = (0..3)
        .map(|_| {
            format!(
                "<li><a href=\"/video/news/video-{}/x.html\">{}</a></li>",
                3_000_000 + rng.below(900_000),
                esc(rng.pick(O_TAB_MOST_READ))
            )
        })
        .collect();
    format!(
        "<div class=\"mol-video\" data-opts='{{\"videoId\":{id},\"autoplay\":true,\"muted\":true,\"plugins\":{{\"related\":true}}}}'>\
         <div class=\"vjs-video-container\"><video class=\"vjs-tech\" preload=\"none\" poster=\"https://i.dailybeacon.example/v/{id}.jpg\"></video>\
         <div class=\"vjs-title-bar\"><span class=\"vjs-label\">Now playing</span><span class=\"vjs-title\">{t}</span></div>\
         <div class=\"vjs-up-next\"><span>Up next</span><ul>{next}</ul></div></div></div>",
        t = esc(rng.pick(O_TAB_MOST_READ))
    )
}

/// O0 (round 6): British tabloid article page (MailOnline-like):
/// a consent dialog in prose, a masthead with a long channel menu and a
/// "trending" strip, the article container holding the headline (`h1` or
/// `h2`), a bold bullet summary of three or four sentences, a byline
/// paragraph, published/updated stamps, a share bar with share and
/// comment counts; then the paragraphs (`p.mol-para-with-font`, in older
/// pages wrapped in `<font>`) interleaved with image blocks whose
/// captions are `<p class="imageCaption">` in full sentences, "View
/// gallery" buttons, a "RELATED ARTICLES" box with a share line, an
/// embedded post, "MOST READ" strips with headlines, ad slots and a video
/// player; after the text a tip-off box in prose, a "Share or comment"
/// bar, a comment section (moderation notes, sort tabs, prose comments
/// with user, location and ratings), sponsored "From the web" links and a
/// right column of "DON'T MISS" puffs (bold headline plus a sentence of
/// prose), then a prose publisher footer.
fn o0_tabloid(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let n = s.paragraphs.len();
    let (_, mname, day, year) = n_date(&s.date);
    let hour = 6 + c.rng.below(14);
    let published = format!("{hour:02}:{:02} GMT, {day} {mname} {year}", c.rng.below(60));
    let updated = format!(
        "{:02}:{:02} GMT, {day} {mname} {year}",
        hour + 1 + c.rng.below(4),
        c.rng.below(60)
    );
    let font = c.rng.chance(35);
    let head_tag = if c.rng.chance(50) { "h1" } else { "h2" };
    let section = c
        .rng
        .pick(&["News", "Femail", "Money", "Travel", "Health", "Property"]);
    let comment_count = 20 + c.rng.below(1500);
    let shares = 10 + c.rng.below(4000);
    let article_id = 14_000_000 + c.rng.below(900_000);

    let nb = 3 + c.rng.below(2);
    let b0 = c.rng.below(O_TAB_BULLETS.len());
    let bullets: String = (0..nb)
        .map(|k| {
            format!(
                "<li class=\"mol-bullet\"><strong>{}</strong></li>",
                esc(O_TAB_BULLETS[(b0 + k) % O_TAB_BULLETS.len()])
            )
        })
        .collect();

    // Where the inserts go: after paragraph i (never after the last one).
    let related_at = if n > 3 {
        1 + c.rng.below(2)
    } else {
        usize::MAX
    };
    let tweet_at = if n >= 5 && c.rng.chance(60) {
        n / 2
    } else {
        usize::MAX
    };
    let mut body = String::new();
    if c.rng.chance(70) {
        body.push_str(&o0_images(c.rng));
    }
    for (i, p) in s.paragraphs.iter().enumerate() {
        let text = c.body_paragraph(p);
        if font {
            body.push_str(&format!(
                "<p class=\"mol-para-with-font\"><font style=\"font-size: 1.2em;\">{text}</font></p>"
            ));
        } else {
            body.push_str(&format!("<p class=\"mol-para-with-font\">{text}</p>"));
        }
        if i + 1 >= n {
            break;
        }
        if i == related_at {
            body.push_str(&o0_related(c.rng, shares));
        } else if i == tweet_at {
            body.push_str(&o0_tweet(c.rng));
        } else if i == 0 || c.rng.chance(45) {
            match c.rng.below(5) {
                0 | 1 => body.push_str(&o0_images(c.rng)),
                2 => body.push_str(&o0_most_read(c.rng, section)),
                3 => body.push_str(&format!(
                    "<div class=\"mpu_puff_wrapper\"><div class=\"adHolder\" id=\"ad-{}\"><span class=\"ad-label\">Advertisement</span></div></div>",
                    c.rng.below(99)
                )),
                _ => body.push_str(&o0_video(c.rng)),
            }
        }
    }

    // Comments.
    let nc = 3 + c.rng.below(4);
    let c0 = c.rng.below(O_TAB_COMMENTS.len());
    let mut comments = String::new();
    for k in 0..nc {
        let (user, place) = O_TAB_USERS[c.rng.below(O_TAB_USERS.len())];
        comments.push_str(&format!(
            "<div class=\"comment\" id=\"comment-{cid}\"><div class=\"comment-header\"><a class=\"user\" href=\"/registration/{cid}/profile.html\">{u}</a>, \
             <span class=\"user-location\">{pl}</span>, <span class=\"comment-time\">{ago}</span></div>\
             <p class=\"comment-body\">{txt}</p><div class=\"rating\"><a class=\"vote-up\" href=\"#\">{up}</a><a class=\"vote-down\" href=\"#\">{down}</a>\
             <a class=\"report\" href=\"#\">Report abuse</a></div></div>",
            cid = 500_000_000 + c.rng.below(99_999_999),
            u = esc(user),
            pl = esc(place),
            ago = m_ago(c.rng),
            txt = esc(O_TAB_COMMENTS[(c0 + k) % O_TAB_COMMENTS.len()]),
            up = c.rng.below(900),
            down = c.rng.below(300),
        ));
    }
    let closed = c.rng.chance(30);

    let puffs: String = {
        let start = c.rng.below(O_TAB_PUFFS.len());
        (0..5)
            .map(|k| {
                let (h, b) = O_TAB_PUFFS[(start + k) % O_TAB_PUFFS.len()];
                let id = 14_000_000 + c.rng.below(900_000);
                format!(
                    "<li class=\"puff-item\"><a href=\"/tvshowbiz/article-{id}/{slug}.html\"><img src=\"https://i.dailybeacon.example/1s/2026/02/{id}-puff.jpg\" alt=\"\" width=\"636\" height=\"382\">\
                     <span class=\"pufftext\"><strong>{h}</strong> {b}</span></a></li>",
                    slug = l_slug(h),
                    h = esc(h),
                    b = esc(b)
                )
            })
            .collect()
    };
    let sponsored: String = O_TAB_SPONSORED
        .iter()
        .map(|(h, src)| {
            format!(
                "<div class=\"ob-dynamic-rec-container\"><a class=\"ob-dynamic-rec-link\" href=\"https://paid.outbrain.example/network/redir?p={}\" rel=\"nofollow\">\
                 <img class=\"ob-rec-image\" src=\"https://images.outbrain.example/Imaginarium/{}.jpg\" alt=\"\"><span class=\"ob-rec-text\">{}</span><span class=\"ob-rec-source\">{}</span></a></div>",
                c.rng.below(9_999_999),
                o_hex(c.rng, 12),
                esc(h),
                esc(src)
            )
        })
        .collect();
    let channels: String = [
        "Home",
        "News",
        "Royals",
        "U.S.",
        "Sport",
        "TV&amp;Showbiz",
        "Femail",
        "Health",
        "Science",
        "Money",
        "Travel",
        "Podcasts",
        "Shopping",
        "Puzzles",
    ]
    .iter()
    .map(|t| format!("<li><a href=\"/{}/index.html\">{t}</a></li>", l_slug(t)))
    .collect();
    let tr0 = c.rng.below(9);
    let trending: String = (0..6)
        .map(|k| {
            let t = [
                "Winter storm",
                "Royal news",
                "Cost of living",
                "Premier League",
                "Strictly",
                "Energy bills",
                "Hosepipe ban",
                "Train strikes",
                "House prices",
            ][(tr0 + k) % 9];
            format!("<li><a href=\"/topics/{}\">{t}</a></li>", l_slug(t))
        })
        .collect();

    let mut page = format!(
        "<!DOCTYPE html><html lang=\"en-GB\">{}<body class=\"mol-desktop\">",
        head(
            s,
            "Daily Beacon Online",
            &format!(
                "<meta name=\"description\" content=\"{}\"><link rel=\"canonical\" href=\"https://www.dailybeacon.example/news/article-{article_id}/{}.html\">\
                 <script>window.PageCriteria = window.PageCriteria || {{}}; PageCriteria.articleId = {article_id}; PageCriteria.channel = \"{}\";</script>",
                esc(O_TAB_BULLETS[b0]),
                l_slug(&s.title),
                l_slug(section)
            )
        )
    );
    page.push_str(&format!(
        "<div id=\"mol-fe-cmp\" class=\"cmp-dialog\" role=\"dialog\"><div class=\"cmp-inner\"><h2>Your privacy</h2><p>{}</p>\
         <button class=\"cmp-accept\">Got it</button><button class=\"cmp-options\">More options</button></div></div>",
        esc(O_TAB_CONSENT)
    ));
    page.push_str(&format!(
        "<div id=\"page-container\"><div class=\"page-header\"><div class=\"masthead\"><a class=\"logo\" href=\"/\"><img src=\"/logo.svg\" alt=\"Daily Beacon\"></a>\
         <div class=\"masthead-right\"><a href=\"/registration/login.html\">Login</a><a href=\"/search\">Search</a></div></div>\
         <nav class=\"nav-primary\"><ul>{channels}</ul></nav><div class=\"nav-secondary\"><span>Latest Headlines</span><ul>{trending}</ul></div></div>"
    ));
    page.push_str(&format!(
        "<div class=\"alpha\" id=\"content\"><div class=\"article-text wide heading-tag-switch\" id=\"js-article-text\" itemprop=\"articleBody\">\
         <{head_tag}>{title}</{head_tag}><ul class=\"mol-bullets-with-font\">{bullets}</ul>\
         <p class=\"author-section byline-plain\">By <a class=\"author\" href=\"/profile/{aslug}\" rel=\"nofollow\">{author}</a> For Daily Beacon Online</p>\
         <p class=\"byline-section\"><span class=\"article-timestamp article-timestamp-published\"><span class=\"article-timestamp-label\">Published:</span> \
         <time datetime=\"{date}T{hour:02}:00:00+0000\">{published}</time></span> | <span class=\"article-timestamp article-timestamp-updated\">\
         <span class=\"article-timestamp-label\">Updated:</span> <time>{updated}</time></span></p>\
         <div class=\"social-share-top\"><ul class=\"social-links\"><li class=\"facebook\"><a href=\"#\">Facebook</a></li><li class=\"twitter\"><a href=\"#\">X</a></li>\
         <li class=\"whatsapp\"><a href=\"#\">WhatsApp</a></li><li class=\"email\"><a href=\"#\">Email</a></li></ul>\
         <div class=\"share-count\"><strong>{shares}</strong> shares</div><a class=\"comments-count\" href=\"#comments\"><strong>{comment_count}</strong> View comments</a></div>\
         {body}\
         <div class=\"mol-factbox story-tip\"><p>{tip}</p></div>\
         <div class=\"article-share-bottom\"><h3 class=\"social-headline\">Share or comment on this article:</h3>\
         <div class=\"share-count\"><strong>{shares}</strong> shares</div><ul class=\"social-links\"><li class=\"facebook\"><a href=\"#\">Facebook</a></li>\
         <li class=\"twitter\"><a href=\"#\">X</a></li><li class=\"whatsapp\"><a href=\"#\">WhatsApp</a></li></ul></div></div>",
        title = esc(&s.title),
        aslug = l_slug(&s.author),
        author = esc(&s.author),
        date = s.date,
        tip = esc(O_TAB_TIP),
    ));
    page.push_str(&format!(
        "<div id=\"reader-comments\" class=\"reader-comments\" data-article-id=\"{article_id}\"><a name=\"comments\"></a>\
         <div class=\"rc-header\"><h3>Comments <span class=\"count\">{comment_count}</span></h3><p class=\"rc-sub\">Share what you think</p></div>\
         <p class=\"rc-notice\">{notice}</p>\
         <div class=\"rc-tabs\"><a class=\"selected\" href=\"#\">Newest</a><a href=\"#\">Oldest</a><a href=\"#\">Best rated</a><a href=\"#\">Worst rated</a></div>\
         <div class=\"rc-list\">{comments}</div><a class=\"rc-more\" href=\"#\">View all</a>\
         <p class=\"rc-views\">{views}</p><p class=\"rc-rules\">{rules}</p></div>",
        notice = if closed {
            "We are no longer accepting comments on this article.".to_string()
        } else {
            esc(O_TAB_UNMODERATED)
        },
        views = esc(O_TAB_VIEWS),
        rules = esc(O_TAB_RULES),
    ));
    page.push_str(&format!(
        "<div class=\"outbrain-wrapper\"><div class=\"ob-widget-header\">From the web <span class=\"ob-label\">Sponsored</span></div>{sponsored}</div></div>\
         <div class=\"beta\" id=\"sidebar\"><div class=\"mpu\"><span class=\"ad-label\">Advertisement</span><div id=\"ad-mpu-{}\"></div></div>\
         <div class=\"puff\"><h3 class=\"puff-title\">DON'T MISS</h3><ul class=\"puff-list\">{puffs}</ul></div>{}</div></div>",
        c.rng.below(99),
        o0_most_read(c.rng, "NEWS")
    ));
    page.push_str(&format!(
        "<div class=\"footer\"><ul class=\"footer-links\"><li><a href=\"/home/contactus/index.html\">Contact us</a></li><li><a href=\"/complaints\">How to complain</a></li>\
         <li><a href=\"/leadership\">Leadership Team</a></li><li><a href=\"/advertise\">Advertise with us</a></li><li><a href=\"/terms\">Terms</a></li>\
         <li><a href=\"/privacy\">Privacy policy &amp; cookies</a></li></ul><p class=\"footer-about\">{}</p>\
         <p class=\"copyright\">&copy; Beacon Newspapers Ltd {year}</p></div></body></html>",
        esc(O_TAB_FOOTER)
    ));
    page
}

/// AP-style date ("Feb. 11, 2026").
fn o1_ap_date(month: usize, day: usize, year: &str) -> String {
    format!("{} {day}, {year}", O_FC_ABBR[(month + 11) % 12])
}

/// A statement card of the fact-check site: speaker, where the claim was
/// made, the claim as a link and the rating meter.
fn o1_statement(rng: &mut Rng, size: &str, claim: &str, when: &str) -> (String, usize) {
    let (who, how) = O_FC_SPEAKERS[rng.below(O_FC_SPEAKERS.len())];
    let r = rng.below(O_FC_RATINGS.len());
    let (slug, label, _) = O_FC_RATINGS[r];
    let card = format!(
        "<div class=\"m-statement m-statement--{size}\"><div class=\"m-statement__author\"><div class=\"m-statement__avatar\"><img class=\"c-image__thumb\" src=\"/media/mugs/{ws}.jpg\" alt=\"\"></div>\
         <div class=\"m-statement__meta\"><a class=\"m-statement__name\" href=\"/personalities/{ws}/\" title=\"{who}\">{who}</a>\
         <div class=\"m-statement__desc\">stated on {when} {how}:</div></div></div>\
         <div class=\"m-statement__content\"><div class=\"m-statement__quote\"><a href=\"/factchecks/2026/feb/{cs}/\">{claim}</a></div>\
         <div class=\"m-statement__meter\"><div class=\"c-image\"><picture><img src=\"/static/meter/meter-{slug}.jpg\" alt=\"{slug}\" class=\"c-image__original\" width=\"226\" height=\"170\"></picture></div></div></div>\
         <div class=\"m-statement__ruling\" hidden>{label}</div></div>",
        ws = l_slug(who),
        who = esc(who),
        how = esc(how),
        cs = l_slug(claim),
        claim = esc(claim),
    );
    (card, r)
}

/// O1 (round 6): fact-checking site (PolitiFact-like): a
/// ClaimReview JSON-LD block, a donation strip, a header with a menu of
/// rating pages and topics, topic tags, a statement card (speaker, "stated
/// on ... in a Facebook post:", the claim sentence, a rating meter image),
/// the headline and byline, an "If your time is short" box of full
/// sentences, share links, then the paragraphs in `article.m-textblock`
/// with a screenshot figure, a "RELATED:" link paragraph and a "Featured
/// fact-check" card (another claim sentence) among them; after the text a
/// rating explainer box, "Our sources" as a list of `<p>`s, a process
/// note, an author card with a prose bio, a tip line, the "Latest
/// fact-checks" list of statement cards, a newsletter box and a donation
/// appeal in prose, a "Browse the meter" list and a prose footer.
fn o1_factcheck(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let n = s.paragraphs.len();
    let (mnum, _, day, year) = n_date(&s.date);
    let claim_day = if day > 2 {
        day - 1 - c.rng.below(2)
    } else {
        day
    };
    let when = format!("{} {claim_day}, {year}", L_MONTHS[mnum - 1]);
    let ap = o1_ap_date(mnum, day, &year);
    let when_published = format!("{} {day}, {year}", L_MONTHS[mnum - 1]);
    let claim = c.rng.pick(O_FC_CLAIMS);
    let (statement, r) = o1_statement(c.rng, "is-large", claim, &when);
    let (rslug, rlabel, rmeaning) = O_FC_RATINGS[r];
    let t0 = c.rng.below(O_FC_TOPICS.len());
    let tags: String = (0..2 + c.rng.below(3))
        .map(|k| {
            let t = O_FC_TOPICS[(t0 + k) % O_FC_TOPICS.len()];
            format!(
                "<li class=\"m-list__item\"><a href=\"/issues/{}/\" class=\"c-tag\" title=\"{t}\"><span>{t}</span></a></li>",
                l_slug(t)
            )
        })
        .collect();
    let short = if c.rng.chance(80) {
        let k0 = c.rng.below(O_FC_SHORT.len());
        let items: String = (0..2 + c.rng.below(2))
            .map(|k| {
                format!(
                    "<li><p>{}</p></li>",
                    esc(O_FC_SHORT[(k0 + k) % O_FC_SHORT.len()])
                )
            })
            .collect();
        format!(
            "<div class=\"short-on-time\"><h4>If Your Time is short</h4><ul>{items}</ul><a class=\"c-button\" href=\"#sources\">See the sources for this fact-check</a></div>"
        )
    } else {
        String::new()
    };

    // The text, with inserts after some paragraphs (never after the last).
    let shot_at = if c.rng.chance(70) { 0 } else { usize::MAX };
    let related_at = if n >= 4 {
        1 + c.rng.below(n - 2)
    } else {
        usize::MAX
    };
    let featured_at = if n >= 6 && c.rng.chance(60) {
        (related_at + 2).min(n - 2)
    } else {
        usize::MAX
    };
    let mut body = String::new();
    for (i, p) in s.paragraphs.iter().enumerate() {
        body.push_str(&format!("<p>{}</p>", c.body_paragraph(p)));
        if i + 1 >= n {
            break;
        }
        if i == shot_at {
            let platform = c
                .rng
                .pick(&["Facebook", "Instagram", "X", "TikTok", "Threads"]);
            body.push_str(&format!(
                "<div class=\"artembed\"><figure class=\"m-textblock__figure\"><img src=\"/media/images/screencapture_{}.png\" alt=\"\" width=\"{}\" height=\"{}\">\
                 <figcaption>(Screenshot from {platform})</figcaption></figure></div>",
                o_hex(c.rng, 10),
                400 + c.rng.below(300),
                300 + c.rng.below(300)
            ));
        }
        if i == related_at {
            let h = c.rng.pick(O_FC_HEADLINES);
            body.push_str(&format!(
                "<p><strong>RELATED:</strong> <a href=\"/article/2026/jan/{}/{}/\">{}</a></p>",
                1 + c.rng.below(28),
                l_slug(h),
                esc(h)
            ));
        }
        if i == featured_at {
            let other = c.rng.pick(O_FC_CLAIMS);
            let when = format!(
                "{} {}, {year}",
                L_MONTHS[(mnum + 10) % 12],
                1 + c.rng.below(28)
            );
            let (card, _) = o1_statement(c.rng, "is-xsmall", other, &when);
            body.push_str(&format!(
                "<div class=\"m-callout m-callout--featured\"><div class=\"m-callout__header\"><h4>Featured Fact-check</h4></div>\
                 <div class=\"m-callout__body\">{card}</div></div>"
            ));
        }
    }

    let sources: String = {
        let k0 = c.rng.below(O_FC_SOURCES.len());
        (0..4 + c.rng.below(4))
            .map(|k| {
                let src = O_FC_SOURCES[(k0 + k) % O_FC_SOURCES.len()].replace("{d}", &ap);
                if c.rng.chance(50) {
                    format!(
                        "<p><a href=\"https://example.org/src/{}\" target=\"_blank\">{}</a></p>",
                        c.rng.below(999_999),
                        esc(&src)
                    )
                } else {
                    format!("<p>{}</p>", esc(&src))
                }
            })
            .collect()
    };
    let latest: String = (0..4)
        .map(|_| {
            let other = c.rng.pick(O_FC_CLAIMS);
            let d = format!("February {}, {year}", 1 + c.rng.below(27));
            let (card, _) = o1_statement(c.rng, "is-small", other, &d);
            format!("<li class=\"o-listicle__item\"><article>{card}<footer class=\"m-statement__footer\">By VerityCheck staff &bull; {d}</footer></article></li>")
        })
        .collect();
    let meter: String = O_FC_RATINGS
        .iter()
        .map(|(slug, label, _)| {
            format!(
                "<li><a href=\"/factchecks/list/?ruling={slug}\"><img src=\"/static/meter/tom_ruling_{slug}.png\" alt=\"{slug}\"><span>{label}</span></a></li>"
            )
        })
        .collect();
    let menu: String = [
        "Latest Fact-checks",
        "Campaigns",
        "Elections",
        "Candidates",
        "Promise Trackers",
        "Who pays for VerityCheck?",
        "Our process",
        "Corrections",
        "About us",
        "Donate",
    ]
    .iter()
    .map(|t| {
        format!(
            "<li class=\"o-menu__item\"><a href=\"/{}/\">{}</a></li>",
            l_slug(t),
            esc(t)
        )
    })
    .collect();
    let json = format!(
        "{{\"@context\":\"https://schema.org\",\"@type\":\"ClaimReview\",\"datePublished\":\"{date}\",\"url\":\"https://www.veritycheck.example/factchecks/{year}/{slug}/\",\
         \"claimReviewed\":\"{claim}\",\"author\":{{\"@type\":\"Organization\",\"name\":\"VerityCheck\"}},\
         \"reviewRating\":{{\"@type\":\"Rating\",\"ratingValue\":{rv},\"bestRating\":6,\"worstRating\":1,\"alternateName\":\"{rlabel}\"}},\
         \"itemReviewed\":{{\"@type\":\"Claim\",\"datePublished\":\"{date}\",\"appearance\":[{{\"@type\":\"CreativeWork\",\"url\":\"https://example.org/post/{pid}\"}}]}}}}",
        date = s.date,
        slug = l_slug(&s.title),
        claim = l_json(claim),
        rv = 6 - r,
        pid = c.rng.below(99_999_999),
    );
    let bio_first = if c.rng.chance(50) {
        format!("{} ", esc(&s.author))
    } else {
        "This reporter ".to_string()
    };

    let mut page = format!(
        "<!DOCTYPE html><html lang=\"en\" class=\"no-js\">{}<body class=\"is-factcheck\">",
        head(
            s,
            "VerityCheck",
            &format!("<script type=\"application/ld+json\">{json}</script>")
        )
    );
    page.push_str(&format!(
        "<div class=\"c-strip c-strip--donate\"><p>Truth matters. <a href=\"/donate/\">Support independent fact-checking</a> with a gift today.</p></div>\
         <header class=\"o-header\"><div class=\"o-header__brand\"><a href=\"/\"><img src=\"/static/images/veritycheck-logo.svg\" alt=\"VerityCheck\"></a></div>\
         <nav class=\"o-header__nav\"><ul class=\"o-menu\">{menu}</ul></nav><form class=\"o-header__search\" action=\"/search/\"><input type=\"search\" name=\"q\" placeholder=\"Search\"></form></header>"
    ));
    page.push_str(&format!(
        "<main class=\"o-main\"><section class=\"o-pick\"><div class=\"m-list m-list--horizontal\"><ul class=\"m-list__list\">{tags}</ul></div>\
         {statement}</section>\
         <section class=\"t-row\"><div class=\"t-row__center\"><div class=\"m-author\"><div class=\"m-author__avatar\"><img src=\"/media/staff/{aslug}.jpg\" alt=\"\"></div>\
         <div class=\"m-author__content copy-xs u-color--chateau\"><a href=\"/staff/{aslug}/\">{author}</a> <span class=\"m-author__date\">{fulldate}</span></div></div>\
         <h1 class=\"c-title c-title--subline\">{title}</h1>{short}\
         <div class=\"m-social\"><span>Share</span><a class=\"m-social__link m-social__link--facebook\" href=\"#\">Facebook</a><a class=\"m-social__link m-social__link--x\" href=\"#\">X</a>\
         <a class=\"m-social__link m-social__link--email\" href=\"#\">Email</a><a class=\"m-social__link m-social__link--stf\" href=\"#\">Share the Facts</a></div>\
         <article class=\"m-textblock\">{body}</article>\
         <div class=\"m-rating-explainer\"><div class=\"m-rating-explainer__meter\"><img src=\"/static/meter/meter-{rslug}.jpg\" alt=\"{rslug}\"></div>\
         <p class=\"m-rating-explainer__text\"><strong>{rupper}</strong> &ndash; {rmeaning}</p><a href=\"/article/2018/feb/12/principles-veritycheck/\">Click here for more on the six VerityCheck ratings and how we select facts to check.</a></div>\
         <section id=\"sources\" class=\"m-superbox\"><div class=\"m-superbox__header\"><h3 class=\"m-superbox__title\">Our Sources</h3></div>\
         <div class=\"m-superbox__content\"><article>{sources}</article></div></section>\
         <div class=\"m-process\"><h4>How we fact-check</h4><p>{process}</p></div>\
         <div class=\"m-author-bio\"><div class=\"m-author-bio__avatar\"><img src=\"/media/staff/{aslug}.jpg\" alt=\"\"></div><div class=\"m-author-bio__content\">\
         <h4><a href=\"/staff/{aslug}/\">{author}</a></h4><p>{bio_first}{bio}</p><a href=\"/staff/{aslug}/\">Read more by {author}</a></div></div>\
         <div class=\"m-tip\"><p>{tip}</p><a class=\"c-button\" href=\"/tips/\">Send us a claim</a></div></div>\
         <aside class=\"t-row__right\"><div class=\"m-ad\"><span class=\"m-ad__label\">Advertisement</span><div id=\"dfp-rr-{ad}\"></div></div>\
         <section class=\"o-listicle\"><h3 class=\"o-listicle__title\">Latest Fact-checks</h3><ul>{latest}</ul><a href=\"/factchecks/\">See more fact-checks</a></section>\
         <div class=\"m-newsletter\"><h3>The Checkpoint</h3><p>{news}</p><form><input type=\"email\" placeholder=\"Email address\"><button>Sign up</button></form></div>\
         <div class=\"m-donate\"><h3>Support VerityCheck</h3><p>{donate}</p><a class=\"c-button\" href=\"/donate/\">Donate now</a></div>\
         <div class=\"m-meter-list\"><h3>Browse the Fact-Meter</h3><ul>{meter}</ul></div></aside></section></main>",
        aslug = l_slug(&s.author),
        author = esc(&s.author),
        fulldate = when_published,
        title = esc(&s.title),
        rupper = rlabel.to_uppercase(),
        rmeaning = esc(rmeaning),
        process = esc(O_FC_PROCESS),
        bio = esc(O_FC_BIO),
        tip = esc(O_FC_TIP),
        ad = c.rng.below(999),
        news = esc(O_FC_NEWSLETTER),
        donate = esc(O_FC_DONATE),
    ));
    page.push_str(&format!(
        "<footer class=\"o-footer\"><div class=\"o-footer__brand\"><img src=\"/static/images/veritycheck-logo-white.svg\" alt=\"VerityCheck\"></div>\
         <p class=\"o-footer__about\">{}</p><ul class=\"o-footer__links\"><li><a href=\"/about/\">About us</a></li><li><a href=\"/staff/\">Staff</a></li>\
         <li><a href=\"/corrections/\">Corrections and updates</a></li><li><a href=\"/funding/\">Who pays for VerityCheck?</a></li><li><a href=\"/privacy/\">Privacy</a></li>\
         <li><a href=\"/terms/\">Terms and conditions</a></li></ul><p class=\"o-footer__copy\">&copy; {year} VerityCheck. All Rights Reserved.</p></footer></body></html>",
        esc(O_FC_ABOUT)
    ));
    page
}

const O_WIKI_CAPTIONS: &[&str] = &[
    "File photo of the area where the events described took place. Image: Hallward Pike.",
    "The building pictured in 2019, several years before the events reported here. Image: Ostrander.",
    "A map showing the location of the region within the country.",
    "Officials at a press briefing earlier this year (file photo). Image: Government press office.",
    "The town centre seen from the north, with the council offices on the left. Image: Mirela K.",
    "Protesters gathered near the site in a previous demonstration in 2023. Image: Tobin Ashe.",
];

const O_WIKI_RELATED: &[&str] = &[
    "City council approves new budget after lengthy debate",
    "Regional transport authority announces fare freeze",
    "Floods cause widespread damage across the river valley",
    "National statistics office reports rise in housing starts",
    "Union and employers reach agreement after three-week strike",
    "Electoral commission publishes new constituency boundaries",
    "University researchers report progress on battery storage",
    "Health ministry extends winter vaccination programme",
];

const O_WIKI_SOURCES: &[(&str, &str, &str)] = &[
    (
        "Nadia Brook",
        "Officials confirm details of plan",
        "The Lakeside Ledger",
    ),
    ("", "Statement on today's announcement", "Westbrook Council"),
    (
        "Tom Avery",
        "What the decision means for residents",
        "Harbor City Times",
    ),
    (
        "Priya Raman",
        "Analysis: a turning point for the region",
        "Capitol Wire",
    ),
    ("", "Press release", "Department of Transport"),
    (
        "Lena Ortiz",
        "Critics question cost and timing",
        "Midland Business Journal",
    ),
    (
        "Staff",
        "Live updates: reaction and background",
        "Northern Broadcasting",
    ),
];

const O_WIKI_LANGS: &[&str] = &[
    "العربية",
    "Català",
    "Čeština",
    "Deutsch",
    "Español",
    "Esperanto",
    "فارسی",
    "Français",
    "עברית",
    "Italiano",
    "日本語",
    "한국어",
    "Nederlands",
    "Polski",
    "Português",
    "Русский",
    "Shqip",
    "Srpski",
    "Suomi",
    "Svenska",
    "Türkçe",
    "Українська",
    "中文",
];

const O_WIKI_NOTICE: &str = "OpenNews is written entirely by volunteers. If something happened in your community this week, you can report it too: the newsroom will help you through your first article, from finding sources to getting it reviewed.";

const O_WIKI_ARCHIVED: &str = "This page is archived and can no longer be edited by the public. Articles on OpenNews describe events as they were understood when the article was published, and are not updated to reflect later developments. Found an error? Leave a note on the talk page with your correction and an administrator will review it; because of the archiving policy, only spelling, grammar and formatting fixes will be made. Some of the sources and links listed above may no longer be available.";

const O_WIKI_ORIGINAL: &str = "This article features first-hand journalism by OpenNews contributors. See the collaboration page for notes on how the reporting was done and for the reporter's contact with sources.";

const O_WIKI_LICENSE: &str = "All text created after September 25, 2005 is available under the terms of the Creative Commons Attribution 2.5 License, unless otherwise noted. Images and other media may be subject to different terms.";

/// Wiki-style inline links on a few capitalised words of an escaped
/// paragraph (the text itself is unchanged).
fn o2_wikify(rng: &mut Rng, escaped: &str) -> String {
    let words: Vec<&str> = escaped.split(' ').collect();
    let mut out = String::new();
    let mut links = 0;
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let core = w.trim_end_matches(|ch: char| !ch.is_ascii_alphanumeric());
        let tail = &w[core.len()..];
        let linkable = i > 0
            && links < 2
            && core.len() >= 4
            && core
                .chars()
                .next()
                .is_some_and(|ch| ch.is_ascii_uppercase())
            && core
                .chars()
                .all(|ch| ch.is_ascii_alphanumeric() || ch == '-');
        if linkable && rng.chance(30) {
            links += 1;
            if rng.chance(50) {
                out.push_str(&format!(
                    "<a href=\"https://en.wikipedia.org/wiki/{core}\" class=\"extiw\" title=\"w:{core}\">{core}</a>{tail}"
                ));
            } else {
                out.push_str(&format!(
                    "<a href=\"/wiki/Category:{core}\" title=\"Category:{core}\">{core}</a>{tail}"
                ));
            }
        } else {
            out.push_str(w);
        }
    }
    out
}

/// A thumbnail of the wiki: the current `figure` markup or the older
/// `div.thumb` markup, with a caption in prose.
fn o2_thumb(rng: &mut Rng, modern: bool) -> String {
    let file = format!(
        "{}_{}.jpg",
        rng.pick(&[
            "Town_hall",
            "Harbour_view",
            "Council_chamber",
            "Main_street",
            "Region_map",
            "Press_briefing"
        ]),
        2015 + rng.below(11)
    );
    let cap = esc(rng.pick(O_WIKI_CAPTIONS));
    let h = o_hex(rng, 2);
    if modern {
        format!(
            "<figure class=\"mw-default-size\" typeof=\"mw:File/Thumb\"><a href=\"/wiki/File:{file}\" class=\"mw-file-description\">\
             <img src=\"//upload.opennews.example/thumb/{a}/{h}/{file}/250px-{file}\" decoding=\"async\" width=\"250\" height=\"{ht}\" class=\"mw-file-element\"></a>\
             <figcaption>{cap}</figcaption></figure>",
            a = &h[..1],
            ht = 160 + rng.below(120),
        )
    } else {
        format!(
            "<div class=\"thumb tright\"><div class=\"thumbinner\" style=\"width:252px;\"><a href=\"/wiki/File:{file}\" class=\"image\">\
             <img alt=\"\" src=\"//upload.opennews.example/thumb/{a}/{h}/{file}/250px-{file}\" width=\"250\" height=\"{ht}\" class=\"thumbimage\"></a>\
             <div class=\"thumbcaption\"><div class=\"magnify\"><a href=\"/wiki/File:{file}\" class=\"internal\" title=\"Enlarge\"></a></div>{cap}</div></div></div>",
            a = &h[..1],
            ht = 160 + rng.below(120),
        )
    }
}

/// A section heading with an edit link, in the current or older markup.
fn o2_heading(modern: bool, title: &str) -> String {
    let id = title.replace(' ', "_");
    if modern {
        format!(
            "<div class=\"mw-heading mw-heading2\"><h2 id=\"{id}\">{title}</h2><span class=\"mw-editsection\"><span class=\"mw-editsection-bracket\">[</span>\
             <a href=\"/w/index.php?action=edit&amp;section=1\" title=\"Edit section: {title}\">edit</a><span class=\"mw-editsection-bracket\">]</span></span></div>"
        )
    } else {
        format!(
            "<h2><span class=\"mw-headline\" id=\"{id}\">{title}</span><span class=\"mw-editsection\"><span class=\"mw-editsection-bracket\">[</span>\
             <a href=\"/w/index.php?action=edit&amp;section=1\" title=\"Edit section: {title}\">edit</a><span class=\"mw-editsection-bracket\">]</span></span></h2>"
        )
    }
}

/// O2 (round 6): citizen-journalism wiki (Wikinews-like) on
/// MediaWiki with a Vector skin: `RLCONF` script configuration, a header
/// with search and account links, a central notice banner in prose, a
/// side menu (navigation, contribute, tools, print/export, other
/// projects, a long list of other languages), the page title, tabs
/// (article, collaborate, read, edit, history), "From OpenNews, the free
/// news source you can write!", then `div.mw-parser-output` holding a
/// floated "related news" infobox table and a sister-project box, a date
/// line paragraph (weekday, month, day, year), thumbnails with prose
/// captions (new `figure` or old `div.thumb` markup) and the paragraphs
/// with wiki links; after them "Related news" and "Sources" sections
/// (edit links, citation lists), a "Have an opinion on this story?" box,
/// sometimes an original-reporting notice, a share box, an archive
/// notice in prose, categories and "Retrieved from"; a footer with the
/// last-edited line and a licence in prose.
fn o2_wiki(s: &Story, rng: &mut Rng) -> String {
    let n = s.paragraphs.len();
    let (mnum, mname, day, year) = n_date(&s.date);
    let weekday = O_WEEKDAYS[o_weekday(o_year(&year), mnum, day)];
    let modern = rng.chance(60);
    let page_title = s.title.replace(' ', "_");
    let page_id = 2_000_000 + rng.below(999_999);
    let rev_id = 4_000_000 + rng.below(999_999);

    let r0 = rng.below(O_WIKI_RELATED.len());
    let infobox_items: String = (0..3 + rng.below(3))
        .map(|k| {
            let h = O_WIKI_RELATED[(r0 + k) % O_WIKI_RELATED.len()];
            format!(
                "<li><span class=\"date\">{} {}, {}</span> <a href=\"/wiki/{}\" title=\"{h}\">{h}</a></li>",
                L_MONTHS[rng.below(12)],
                1 + rng.below(28),
                o_year(&year) - 1 - rng.below(2),
                h.replace(' ', "_"),
            )
        })
        .collect();
    let topic = s
        .title
        .split_whitespace()
        .find(|w| w.len() > 4 && w.chars().next().is_some_and(|ch| ch.is_ascii_uppercase()))
        .unwrap_or("News")
        .trim_end_matches(|ch: char| !ch.is_ascii_alphanumeric())
        .to_string();
    let infobox = format!(
        "<table class=\"metadata plainlinks infobox-related\" style=\"float:right; clear:right; width:230px; margin:0 0 1em 1em; border:1px solid #aaa;\">\
         <tbody><tr><th style=\"background:#e0e0e0;\">Related news</th></tr><tr><td><ul>{infobox_items}</ul></td></tr></tbody></table>\
         <div class=\"noprint sisterproject\" style=\"float:right; clear:right; width:230px; border:1px solid #aaa;\"><div><img alt=\"\" src=\"//upload.opennews.example/Wikipedia-logo.png\" width=\"40\" height=\"40\">\
         <b>Wikipedia</b> has more about this subject:</div><div><a href=\"https://en.wikipedia.org/wiki/{t}\" class=\"extiw\"><b>{t}</b></a></div></div>",
        t = o_attr(&topic),
    );
    let date_line = format!(
        "<p><strong class=\"published\"><span id=\"publishDate\" class=\"value-title\" title=\"{}\"></span>{weekday}, {mname} {day}, {year}</strong></p>",
        s.date
    );

    let mut content = String::new();
    let infobox_first = rng.chance(70);
    if infobox_first {
        content.push_str(&infobox);
        content.push_str(&date_line);
    } else {
        content.push_str(&date_line);
        content.push_str(&infobox);
    }
    let thumb_at = if n >= 4 && rng.chance(50) {
        1 + rng.below(n - 2)
    } else {
        usize::MAX
    };
    if rng.chance(75) {
        content.push_str(&o2_thumb(rng, modern));
    }
    for (i, p) in s.paragraphs.iter().enumerate() {
        let linked = o2_wikify(rng, &esc(p));
        content.push_str(&format!("<p>{linked}</p>\n"));
        if i == thumb_at {
            content.push_str(&o2_thumb(rng, modern));
        }
    }
    let related: String = (0..2 + rng.below(3))
        .map(|k| {
            let h = O_WIKI_RELATED[(r0 + 3 + k) % O_WIKI_RELATED.len()];
            format!(
                "<li><a href=\"/wiki/{}\" title=\"{h}\">{h}</a></li>",
                h.replace(' ', "_")
            )
        })
        .collect();
    let s0 = rng.below(O_WIKI_SOURCES.len());
    let sources: String = (0..2 + rng.below(4))
        .map(|k| {
            let (who, title, publ) = O_WIKI_SOURCES[(s0 + k) % O_WIKI_SOURCES.len()];
            let author = if who.is_empty() {
                String::new()
            } else {
                format!("{who}. ")
            };
            format!(
                "<li><span class=\"sourceTemplate\">{author}\"<a rel=\"nofollow\" class=\"external text\" href=\"https://news.example/{}/{}\">{title}</a>\" &mdash; <i>{publ}</i>, {mname} {}, {year}</span></li>",
                l_slug(publ),
                rng.below(999_999),
                day.saturating_sub(rng.below(2)).max(1),
            )
        })
        .collect();
    content.push_str(&o2_heading(modern, "Related news"));
    content.push_str(&format!("<ul>{related}</ul>"));
    content.push_str(&o2_heading(modern, "Sources"));
    content.push_str(&format!("<ul>{sources}</ul>"));
    content.push_str(
        "<table class=\"plainlinks\" style=\"width:100%; border:1px solid #c0c0c0; background:#f9f9f9;\"><tbody><tr><td style=\"width:48px;\">\
         <img alt=\"\" src=\"//upload.opennews.example/Opinion.svg.png\" width=\"40\" height=\"40\"></td>\
         <td><span style=\"font-size:120%;\">Have an opinion on this story? <b><a href=\"/wiki/Comments:Article\">Share it!</a></b></span></td></tr></tbody></table>",
    );
    if rng.chance(40) {
        content.push_str(&format!(
            "<div class=\"original-reporting\" style=\"border:1px solid #a3b0bf; background:#f5faff; padding:4px;\"><img alt=\"\" src=\"//upload.opennews.example/Notepad_icon.png\" width=\"30\" height=\"30\"> {}</div>",
            esc(O_WIKI_ORIGINAL)
        ));
    }
    content.push_str(
        "<div class=\"sharethis noprint\"><b>Share this:</b> <a href=\"#\" class=\"external\">Facebook</a> &middot; <a href=\"#\" class=\"external\">X</a> &middot; \
         <a href=\"#\" class=\"external\">Reddit</a> &middot; <a href=\"#\" class=\"external\">LinkedIn</a> &middot; <a href=\"#\" class=\"external\">Email</a></div>",
    );
    content.push_str(&format!(
        "<table class=\"archived-notice\" style=\"width:100%; border:1px solid #aaa; background:#fbfbfb;\"><tbody><tr><td><img alt=\"\" src=\"//upload.opennews.example/Padlock.png\" width=\"40\" height=\"40\"></td>\
         <td>{}</td></tr></tbody></table>",
        esc(O_WIKI_ARCHIVED)
    ));

    let cats: String = [
        mname.to_string(),
        format!("{mname} {day}, {year}"),
        topic.clone(),
        rng.pick(&[
            "Politics and conflicts",
            "Economy and business",
            "Environment",
            "Transport",
            "Local only",
        ])
        .to_string(),
        "Archived".to_string(),
        "Published".to_string(),
    ]
    .iter()
    .map(|t| {
        format!(
            "<li><a href=\"/wiki/Category:{}\" title=\"Category:{t}\">{t}</a></li>",
            o_attr(&t.replace(' ', "_")),
            t = o_attr(t)
        )
    })
    .collect();

    let portal = |id: &str, title: &str, items: &[&str]| -> String {
        let lis: String = items
            .iter()
            .map(|t| {
                format!(
                    "<li class=\"mw-list-item\"><a href=\"/wiki/{}\"><span>{t}</span></a></li>",
                    t.replace(' ', "_")
                )
            })
            .collect();
        format!(
            "<div class=\"vector-menu mw-portlet mw-portlet-{id}\" id=\"p-{id}\"><div class=\"vector-menu-heading\">{title}</div>\
             <div class=\"vector-menu-content\"><ul class=\"vector-menu-content-list\">{lis}</ul></div></div>"
        )
    };
    let langs: String = O_WIKI_LANGS
        .iter()
        .take(10 + rng.below(O_WIKI_LANGS.len() - 10))
        .map(|l| format!("<li class=\"interlanguage-link\"><a href=\"#\" class=\"interlanguage-link-target\"><span>{l}</span></a></li>"))
        .collect();
    let menu = format!(
        "{}{}{}{}{}<div class=\"vector-menu mw-portlet mw-portlet-lang\" id=\"p-lang\"><div class=\"vector-menu-heading\">In other languages</div><ul>{langs}</ul></div>",
        portal(
            "navigation",
            "Navigation",
            &[
                "Main page",
                "Latest news",
                "Browse by topic",
                "Random article",
                "Write an article",
                "Donate"
            ]
        ),
        portal(
            "contribute",
            "Contribute",
            &[
                "Help",
                "Newsroom",
                "Water cooler",
                "Recent changes",
                "Style guide",
                "Contact us"
            ]
        ),
        portal(
            "tb",
            "Tools",
            &[
                "What links here",
                "Related changes",
                "Upload file",
                "Special pages",
                "Permanent link",
                "Page information",
                "Cite this page"
            ]
        ),
        portal(
            "coll-print_export",
            "Print/export",
            &["Download as PDF", "Printable version"]
        ),
        portal(
            "wikibase-otherprojects",
            "In other projects",
            &["Wikimedia Commons", "Wikipedia", "Wikiquote"]
        ),
    );

    let rlconf = format!(
        "RLCONF={{\"wgBreakFrames\":false,\"wgSeparatorTransformTable\":[\"\",\"\"],\"wgDigitTransformTable\":[\"\",\"\"],\"wgDefaultDateFormat\":\"mdy\",\
         \"wgMonthNames\":[\"\",\"January\",\"February\",\"March\",\"April\",\"May\",\"June\",\"July\",\"August\",\"September\",\"October\",\"November\",\"December\"],\
         \"wgRequestId\":\"{req}\",\"wgCanonicalNamespace\":\"\",\"wgCanonicalSpecialPageName\":false,\"wgNamespaceNumber\":0,\"wgPageName\":\"{pn}\",\"wgTitle\":\"{tt}\",\
         \"wgCurRevisionId\":{rev_id},\"wgRevisionId\":{rev_id},\"wgArticleId\":{page_id},\"wgIsArticle\":true,\"wgIsRedirect\":false,\"wgAction\":\"view\",\
         \"wgUserName\":null,\"wgUserGroups\":[\"*\"],\"wgCategories\":[\"{mname}\",\"Archived\",\"Published\"],\"wgPageContentLanguage\":\"en\",\"wgPageContentModel\":\"wikitext\",\
         \"wgRelevantPageName\":\"{pn}\",\"wgRelevantArticleId\":{page_id},\"wgIsProbablyEditable\":false,\"wgRestrictionEdit\":[\"sysop\"],\"wgRestrictionMove\":[\"sysop\"]}};\
         RLSTATE={{\"ext.globalCssJs.user.styles\":\"ready\",\"site.styles\":\"ready\",\"user.styles\":\"ready\",\"skins.vector.styles\":\"ready\",\"ext.dismissableSiteNotice.styles\":\"ready\"}};\
         RLPAGEMODULES=[\"site\",\"mediawiki.page.ready\",\"skins.vector.js\",\"ext.centralNotice.geoIP\",\"ext.dismissableSiteNotice\",\"ext.urlShortener.toolbar\"];",
        req = o_hex(rng, 24),
        pn = l_json(&page_title),
        tt = l_json(&s.title),
    );

    let mut page = format!(
        "<!DOCTYPE html><html class=\"client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled\" lang=\"en\" dir=\"ltr\">{}\
         <body class=\"skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-{pid} rootpage-{pid} skin-vector-2022 action-view\">",
        head(
            s,
            "OpenNews",
            &format!(
                "<script>document.documentElement.className=\"client-js\";{rlconf}</script><link rel=\"stylesheet\" href=\"/w/load.php?lang=en&amp;modules=site.styles&amp;only=styles&amp;skin=vector-2022\">"
            ),
        ),
        pid = l_slug(&page_title),
    );
    page.push_str(&format!(
        "<a class=\"mw-jump-link\" href=\"#bodyContent\">Jump to content</a><div class=\"vector-header-container\"><header class=\"vector-header mw-header\">\
         <div class=\"vector-header-start\"><nav class=\"vector-main-menu-landmark\" aria-label=\"Site\"><div id=\"vector-main-menu-dropdown\" class=\"vector-dropdown\">\
         <label class=\"vector-dropdown-label\">Main menu</label><div class=\"vector-dropdown-content\"><div id=\"vector-main-menu\" class=\"vector-main-menu vector-pinnable-element\">{menu}</div></div></div></nav>\
         <a href=\"/wiki/Main_Page\" class=\"mw-logo\"><img class=\"mw-logo-icon\" src=\"/static/images/icons/opennews.svg\" alt=\"\" width=\"50\" height=\"50\"><span class=\"mw-logo-container\">OpenNews</span></a></div>\
         <div class=\"vector-header-end\"><div id=\"p-search\" class=\"vector-search-box\"><form action=\"/w/index.php\" id=\"searchform\"><input type=\"search\" name=\"search\" placeholder=\"Search OpenNews\">\
         <input type=\"submit\" value=\"Search\"></form></div><nav class=\"vector-user-links\"><ul><li><a href=\"/w/index.php?title=Special:CreateAccount\">Create account</a></li>\
         <li><a href=\"/w/index.php?title=Special:UserLogin\">Log in</a></li></ul></nav></div></header></div>"
    ));
    page.push_str(&format!(
        "<div class=\"mw-page-container\"><div class=\"mw-page-container-inner\"><div class=\"mw-content-container\"><main id=\"content\" class=\"mw-body\">\
         <div id=\"siteNotice\"><div id=\"centralNotice\"><div class=\"cn-banner\" style=\"border:1px solid #ccc; padding:6px;\"><span class=\"cn-close\">[dismiss]</span>{notice}</div></div></div>\
         <header class=\"mw-body-header vector-page-titlebar\"><h1 id=\"firstHeading\" class=\"firstHeading mw-first-heading\"><span class=\"mw-page-title-main\">{title}</span></h1></header>\
         <div class=\"vector-page-toolbar\"><nav aria-label=\"Namespaces\"><ul><li class=\"selected\"><a href=\"/wiki/{pt}\">Article</a></li><li><a href=\"/wiki/Talk:{pt}\">Collaborate</a></li></ul></nav>\
         <nav aria-label=\"Views\"><ul><li class=\"selected\"><a href=\"/wiki/{pt}\">Read</a></li><li><a href=\"/w/index.php?title={pt}&amp;action=edit\">View source</a></li>\
         <li><a href=\"/w/index.php?title={pt}&amp;action=history\">View history</a></li></ul></nav></div>\
         <div id=\"bodyContent\" class=\"vector-body\"><div id=\"siteSub\" class=\"noprint\">From OpenNews, the free news source you can write!</div>\
         <div id=\"contentSub\"><div id=\"mw-content-subtitle\"></div></div>\
         <div id=\"mw-content-text\" class=\"mw-body-content\"><div class=\"mw-content-ltr mw-parser-output\" lang=\"en\" dir=\"ltr\">{content}</div>\
         <noscript><img src=\"/wiki/Special:CentralAutoLogin/start?type=1x1\" alt=\"\" width=\"1\" height=\"1\"></noscript>\
         <div class=\"printfooter\" data-nosnippet=\"\">Retrieved from \"<a dir=\"ltr\" href=\"https://en.opennews.example/w/index.php?title={pt}&amp;oldid={rev_id}\">https://en.opennews.example/w/index.php?title={pt}&amp;oldid={rev_id}</a>\"</div></div>\
         <div id=\"catlinks\" class=\"catlinks\" data-mw=\"interface\"><div id=\"mw-normal-catlinks\" class=\"mw-normal-catlinks\"><a href=\"/wiki/Special:Categories\">Categories</a>: <ul>{cats}</ul></div></div>\
         </div></main></div>",
        notice = esc(O_WIKI_NOTICE),
        title = esc(&s.title),
        pt = o_attr(&page_title),
    ));
    page.push_str(&format!(
        "<div class=\"mw-footer-container\"><footer id=\"footer\" class=\"mw-footer\"><ul id=\"footer-info\">\
         <li id=\"footer-info-lastmod\"> This page was last edited on {ed} {em} {ey}, at {hh:02}:{mm:02}.</li>\
         <li id=\"footer-info-copyright\">{lic}</li></ul>\
         <ul id=\"footer-places\"><li><a href=\"/privacy\">Privacy policy</a></li><li><a href=\"/wiki/OpenNews:About\">About OpenNews</a></li>\
         <li><a href=\"/wiki/OpenNews:General_disclaimer\">Disclaimers</a></li><li><a href=\"/wiki/Code_of_Conduct\">Code of Conduct</a></li>\
         <li><a href=\"/mobile\">Mobile view</a></li><li><a href=\"/developers\">Developers</a></li><li><a href=\"/stats\">Statistics</a></li><li><a href=\"/cookies\">Cookie statement</a></li></ul>\
         <ul id=\"footer-icons\"><li><img src=\"/static/images/footer/poweredby_mediawiki.svg\" alt=\"Powered by MediaWiki\" width=\"88\" height=\"31\"></li></ul></footer></div></div></div>\
         <script>(RLQ=window.RLQ||[]).push(function(){{mw.config.set({{\"wgBackendResponseTime\":{rt},\"wgPageParseReport\":{{\"limitreport\":{{\"cputime\":\"0.0{rt}\",\"walltime\":\"0.{rt}\"}}}}}});}});</script></body></html>",
        ed = 1 + rng.below(28),
        em = L_MONTHS[mnum % 12],
        ey = o_year(&year) + usize::from(mnum == 12),
        hh = rng.below(24),
        mm = rng.below(60),
        lic = esc(O_WIKI_LICENSE),
        rt = 100 + rng.below(800),
    ));
    page
}

const O_SYN_PARTNERS: &[&str] = &[
    "The Lakeside Ledger",
    "Capitol Wire",
    "Harbor City Times",
    "Midland Business Journal",
    "Northern Broadcasting",
    "The Valley Courier",
];

const O_SYN_SUMMARIES: &[&str] = &[
    "The measure passed narrowly after a late-night session, but opponents say they will challenge it in court before it takes effect next spring.",
    "Forecasters said the system could drop up to a foot of snow on higher ground, and several school districts have already announced early closures.",
    "The company said the layoffs would mostly affect its marketing and recruiting teams, and that affected staff would receive at least three months of pay.",
    "Shoppers have been hunting for bargains since the sale started, and some of the most popular items have already sold out in several sizes.",
    "Researchers followed more than 20,000 adults for a decade and found the effect held even after they accounted for diet, income and exercise.",
    "The couple, who met on the set of a period drama, confirmed the news in a joint statement and asked for privacy for their family.",
    "Mortgage applications rose for a second straight week as buyers rushed to lock in rates before an expected increase later this month.",
    "The coach said the team had shown enough in the second half to believe it can still reach the playoffs, despite a difficult run of injuries.",
];

const O_SYN_TRENDING: &[&str] = &[
    "Powerball jackpot",
    "Winter storm warning",
    "Mortgage rates",
    "Flu symptoms",
    "Stock market today",
    "NASA launch",
    "Gas prices",
    "Grammy nominations",
    "Social Security payments",
    "Super Bowl odds",
    "Recalled salad kits",
    "Northern lights forecast",
];

const O_SYN_DEALS: &[&str] = &[
    "These bestselling wireless earbuds are down to their lowest price of the season, and more than 40,000 shoppers have given them a perfect rating.",
    "This cordless vacuum is 45% off today, and reviewers say it picks up pet hair better than models that cost three times as much.",
    "The cozy fleece jacket that shoppers call 'the warmest thing I own' is on sale in every color for a limited time.",
];

const O_SYN_COMMENTS: &[&str] = &[
    "Interesting that the article never mentions who actually voted for this. Names matter, and voters have long memories.",
    "I live about ten minutes from there and nobody I know had heard a thing about it until today. Says a lot about how this was handled.",
    "People are so quick to complain, but nothing will ever change if we keep saying no to every single proposal that comes along.",
    "The headline is misleading. Read the whole thing before you get angry, the details are buried halfway down the page.",
    "Same thing happened in my town five years ago. The promises sounded great and the bill ended up landing on taxpayers anyway.",
    "Good to see some actual reporting on this instead of the usual outrage. More of this, please.",
];

const O_SYN_USERS: &[&str] = &[
    "Jim",
    "Karen L",
    "Observer",
    "M. Delgado",
    "Chris",
    "TruthSeeker",
    "Anne P.",
    "Bob from Ohio",
];

const O_SYN_AI_NOTE: &str = "Horizon uses AI to generate key takeaways from this article. They may not always match what's in the article, so reporting mistakes helps us improve the experience.";

const O_SYN_CONSENT: &str = "Horizon is part of the Horizon family of brands. When you use our sites and apps, we use cookies to provide our sites and apps to you, to authenticate users, to apply security measures, and to prevent spam and abuse. If you select 'Accept all', we and our partners will also store and access information on your device to measure your use of our sites and to show personalised ads and content.";

const O_SYN_COMMUNITY: &str = "Our goal is to create a safe and engaging place for users to connect over interests and passions. In order to improve our community experience, we are temporarily suspending article commenting on some stories.";

/// A sentence of a paragraph, as an AI summary would restate it (only
/// sentences of 8 to 40 words, never the whole paragraph).
fn o3_takeaway(p: &str) -> Option<String> {
    let sentence = l_pull_sentence(p)?;
    // A summary restates, it does not copy whole paragraphs: a one-sentence
    // paragraph is cut at its first comma.
    let cut = if words(&sentence) + 2 >= words(p) {
        let head = sentence.split(", ").next().unwrap_or_default().to_string();
        if words(&head) < 6 || words(&head) + 2 >= words(p) {
            return None;
        }
        head
    } else {
        sentence
    };
    Some(format!("{cut}."))
}

/// One item of the recommended stream: provider, headline, a prose
/// summary and an age.
fn o3_stream_item(rng: &mut Rng, k: usize) -> String {
    let h = TEASERS[(k * 5) % TEASERS.len()];
    let id = o_hex(rng, 8);
    format!(
        "<li class=\"stream-item js-stream-content\" data-uuid=\"{id}-{a}\"><div class=\"Cf\"><div class=\"Fl(start) Mend(14px)\"><img src=\"https://s.horizon.example/ny/api/res/1.2/{id}/w_220_h_123.jpg\" alt=\"\"></div>\
         <div class=\"Ov(h)\"><div class=\"C(#959595) Fz(11px)\"><span>{p}</span><span> &bull; {ago}</span></div>\
         <h3 class=\"Mb(5px)\"><a class=\"js-content-viewer\" href=\"/news/{slug}-{a}.html\">{h}</a></h3>\
         <p class=\"Fz(14px) Lh(19px) C(#5b636a) M(0)\">{sum}</p></div></div></li>",
        a = rng.below(999_999_999),
        p = esc(rng.pick(O_SYN_PARTNERS)),
        ago = m_ago(rng),
        slug = l_slug(h),
        h = esc(h),
        sum = esc(O_SYN_SUMMARIES[k % O_SYN_SUMMARIES.len()]),
    )
}

/// O3 (round 6): news portal page of a syndicated story
/// (Yahoo-News-like): a consent dialog in prose, a portal bar (mail,
/// news, finance, sport...), a section menu, then the article container
/// (`caas-*` classes): partner logo, headline, author and time with
/// reading time, share buttons, sometimes "In this article" ticker chips,
/// sometimes a "Key takeaways" box of AI-written sentences taken from the
/// text with a prose disclaimer, a lead figure with a prose caption and
/// credit, the paragraphs in `div.caas-body` with ad slots and, in some
/// pages, a "Story continues" button after the first few, a partner's
/// "Read more" link paragraph, and at the end a partner line ("Read the
/// original article on ..." or an italic republication note) and
/// sometimes a partner "More from" list; then a conversation module
/// (prose guidelines, prose comments with names and votes), a recommended
/// stream of stories with prose summaries, a right rail (trending list,
/// market quotes, weather, shopping deals in prose, ads) and a footer; the
/// article markup is repeated in a JSON state script.
fn o3_syndicated(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let n = s.paragraphs.len();
    let (mnum, _, day, year) = n_date(&s.date);
    let wd = O_WEEKDAYS[o_weekday(o_year(&year), mnum, day)];
    let partner = c.rng.pick(O_SYN_PARTNERS);
    let pslug = l_slug(partner);
    let uuid = format!(
        "{}-{}-{}-{}-{}",
        o_hex(c.rng, 8),
        o_hex(c.rng, 4),
        o_hex(c.rng, 4),
        o_hex(c.rng, 4),
        o_hex(c.rng, 12)
    );
    let stamp = format!(
        "{}, {} {day}, {year} at {}",
        &wd[..3],
        L_MONTHS[mnum - 1],
        m_clock(c.rng)
    );
    let continue_at = if n >= 5 && c.rng.chance(60) {
        2 + c.rng.below(2)
    } else {
        usize::MAX
    };
    let ad_at = if n >= 3 {
        1 + c.rng.below(n - 2)
    } else {
        usize::MAX
    };
    let readmore_at = if n >= 6 && c.rng.chance(50) {
        n - 3
    } else {
        usize::MAX
    };

    // Body (kept without inserts for the JSON state as well).
    let mut body = String::new();
    let mut plain = String::new();
    for (i, p) in s.paragraphs.iter().enumerate() {
        let text = c.body_paragraph(p);
        body.push_str(&format!("<p>{text}</p>"));
        plain.push_str(&format!("<p>{text}</p>"));
        if i + 1 >= n {
            break;
        }
        if i == ad_at {
            body.push_str(&format!(
                "<div class=\"caas-da\"><div class=\"sda-INARTICLE\" id=\"sda-INARTICLE-{}\"><span class=\"ad-label\">Advertisement</span></div></div>",
                c.rng.below(9)
            ));
        }
        if i == readmore_at {
            let h = c.rng.pick(TEASERS);
            body.push_str(&format!(
                "<p><strong>Read more:</strong> <a href=\"https://www.{pslug}.example/{}/\" rel=\"nofollow noopener\" target=\"_blank\">{}</a></p>",
                l_slug(h),
                esc(h)
            ));
        }
        if i + 1 == continue_at {
            body.push_str(
                "<div class=\"caas-readmore caas-readmore-collapse\"><button class=\"link caas-button collapse-button\" aria-label=\"Story continues\" title=\"Story continues\">Story continues</button></div>",
            );
        }
    }
    match c.rng.below(3) {
        0 => body.push_str(&format!(
            "<p><a href=\"https://www.{pslug}.example/\" rel=\"nofollow noopener\" target=\"_blank\">Read the original article on {}</a></p>",
            esc(partner)
        )),
        1 => body.push_str(&format!(
            "<p><em>This story was originally published by {} and is republished here with permission.</em></p>",
            esc(partner)
        )),
        _ => {}
    }
    if c.rng.chance(40) {
        let items: String = (0..3)
            .map(|_| {
                let h = c.rng.pick(TEASERS);
                format!(
                    "<li><a href=\"https://www.{pslug}.example/{}/\" rel=\"nofollow noopener\">{}</a></li>",
                    l_slug(h),
                    esc(h)
                )
            })
            .collect();
        body.push_str(&format!(
            "<div class=\"caas-partner-more\"><p><strong>More from {}:</strong></p><ul>{items}</ul></div>",
            esc(partner)
        ));
    }

    let tickers = if c.rng.chance(40) {
        let chips: String = (0..1 + c.rng.below(3))
            .map(|_| {
                let (name, sym) = M_COMPANIES[c.rng.below(M_COMPANIES.len())];
                let (chg, dir) = m_change(c.rng);
                format!(
                    "<li class=\"caas-xray-pill\"><a href=\"https://finance.horizon.example/quote/{sym}\" title=\"{name}\"><span class=\"symbol\">{sym}</span>\
                     <span class=\"caas-xray-pill-change {dir}\">{chg}</span></a></li>"
                )
            })
            .collect();
        format!(
            "<div class=\"caas-xray-wrapper\"><div class=\"caas-xray-title\">In this article:</div><ul class=\"caas-xray-pills\">{chips}</ul></div>"
        )
    } else {
        String::new()
    };
    let takeaways: Vec<String> = s
        .paragraphs
        .iter()
        .step_by(2)
        .filter_map(|p| o3_takeaway(p))
        .take(3)
        .collect();
    let summary = if takeaways.len() >= 2 && c.rng.chance(55) {
        let items: String = takeaways
            .iter()
            .map(|t| format!("<li>{}</li>", esc(t)))
            .collect();
        format!(
            "<div class=\"caas-summary\" data-component=\"ai-summary\"><h2 class=\"caas-summary-title\">Key takeaways</h2><ul>{items}</ul>\
             <p class=\"caas-summary-disclaimer\">{}</p><button class=\"caas-summary-feedback\">Report an issue</button></div>",
            esc(O_SYN_AI_NOTE)
        )
    } else {
        String::new()
    };
    let figure = if c.rng.chance(70) {
        format!(
            "<figure class=\"caas-figure\"><div class=\"caas-figure-with-pb\"><img class=\"caas-img\" src=\"https://s.horizon.example/ny/api/res/1.2/{}/w_960_h_540.jpg\" alt=\"\"></div>\
             <figcaption class=\"caas-caption\"><span class=\"caas-caption-text\">{}</span> <span class=\"caas-caption-credit\">({} via {})</span></figcaption></figure>",
            o_hex(c.rng, 20),
            esc(c.rng.pick(O_TAB_CAPTIONS)),
            c.rng
                .pick(&["Getty Images", "AP Photo", "Reuters", "Courtesy photo"]),
            esc(partner),
        )
    } else {
        String::new()
    };

    let nc = 2 + c.rng.below(4);
    let c0 = c.rng.below(O_SYN_COMMENTS.len());
    let mut convo = String::new();
    for k in 0..nc {
        convo.push_str(&format!(
            "<li class=\"spcv_list-item\"><article class=\"spcv_message\"><header><span class=\"spcv_username\">{u}</span> <time class=\"spcv_time\">{ago}</time></header>\
             <div class=\"spcv_message-text\"><p>{t}</p></div><footer><button class=\"spcv_reply\">Reply</button>\
             <span class=\"spcv_likes\">{l}</span><span class=\"spcv_dislikes\">{d}</span></footer></article></li>",
            u = esc(c.rng.pick(O_SYN_USERS)),
            ago = m_ago(c.rng),
            t = esc(O_SYN_COMMENTS[(c0 + k) % O_SYN_COMMENTS.len()]),
            l = c.rng.below(400),
            d = c.rng.below(90),
        ));
    }
    let st0 = c.rng.below(TEASERS.len());
    let stream: String = (0..6 + c.rng.below(2))
        .map(|k| o3_stream_item(c.rng, st0 + k))
        .collect();
    let t0 = c.rng.below(O_SYN_TRENDING.len());
    let trending: String = (0..10)
        .map(|k| {
            let t = O_SYN_TRENDING[(t0 + k) % O_SYN_TRENDING.len()];
            format!(
                "<li><span class=\"rank\">{}</span><a href=\"/search?p={}\">{}</a></li>",
                k + 1,
                l_slug(t),
                esc(t)
            )
        })
        .collect();
    let quotes: String = [
        ("S&P 500", 4_500, 6_500),
        ("Dow 30", 36_000, 45_000),
        ("Nasdaq", 14_000, 21_000),
        ("Russell 2000", 1_900, 2_500),
        ("Crude Oil", 60, 90),
        ("Gold", 2_000, 3_000),
    ]
    .iter()
    .map(|(name, lo, hi)| {
            let (chg, dir) = m_change(c.rng);
            format!(
                "<tr><td><a href=\"https://finance.horizon.example/quote/{}\">{}</a></td><td>{}</td><td class=\"{dir}\">{chg}</td></tr>",
                l_slug(name),
                esc(name),
                m_number(c.rng, *lo, *hi)
            )
        })
        .collect();
    let deals: String = O_SYN_DEALS
        .iter()
        .map(|d| {
            format!(
                "<li><a href=\"/shopping/deal-{}\"><img src=\"https://s.horizon.example/shop/{}.jpg\" alt=\"\"><p>{}</p></a></li>",
                c.rng.below(99_999),
                o_hex(c.rng, 10),
                esc(d)
            )
        })
        .collect();
    let city = c.rng.pick(&[
        "Columbus",
        "Sacramento",
        "Portland",
        "Albany",
        "Boise",
        "Raleigh",
    ]);
    let temp = 20 + c.rng.below(60);
    let portal_bar: String = [
        "Home",
        "Mail",
        "News",
        "Finance",
        "Sports",
        "Entertainment",
        "Weather",
        "Life",
        "Shopping",
        "Games",
        "Search",
        "More...",
    ]
    .iter()
    .map(|t| {
        format!(
            "<li><a href=\"https://{}.horizon.example/\">{t}</a></li>",
            l_slug(t)
        )
    })
    .collect();
    let news_menu: String = [
        "US",
        "World",
        "Politics",
        "Health",
        "Science",
        "Climate change",
        "Originals",
        "The 360",
        "Newsletters",
        "Photos",
        "Videos",
    ]
    .iter()
    .map(|t| format!("<li><a href=\"/{}/\">{t}</a></li>", l_slug(t)))
    .collect();
    let state = format!(
        "window.__CAAS_STATE__={{\"context\":{{\"site\":\"news\",\"lang\":\"en-US\",\"region\":\"US\"}},\"articles\":{{\"{uuid}\":{{\"uuid\":\"{uuid}\",\"title\":\"{t}\",\
         \"provider\":{{\"name\":\"{pn}\",\"url\":\"https://www.{pslug}.example/\"}},\"author\":\"{a}\",\"publishDate\":\"{date}T{hh:02}:{mm:02}:00.000Z\",\"markup\":\"{m}\",\
         \"readTime\":{rt},\"commentsAllowed\":true}}}}}};",
        t = l_json(&s.title),
        pn = l_json(partner),
        a = l_json(&s.author),
        date = s.date,
        hh = c.rng.below(24),
        mm = c.rng.below(60),
        m = l_json(&plain),
        rt = l_minutes(s),
    );

    let mut page = format!(
        "<!DOCTYPE html><html id=\"atomic\" class=\"NoJs desktop\" lang=\"en-US\">{}<body class=\"news-article\">",
        head(
            s,
            "Horizon News",
            &format!(
                "<link rel=\"canonical\" href=\"https://www.{pslug}.example/news/{}/\"><meta name=\"oath:guce:consent-host\" content=\"guce.horizon.example\">",
                l_slug(&s.title)
            )
        )
    );
    page.push_str(&format!(
        "<div id=\"consent-page\" class=\"consent-overlay\" role=\"dialog\"><div class=\"con-wizard\"><h2>Horizon is part of the Horizon family of brands</h2><p>{}</p>\
         <form method=\"post\"><button class=\"btn accept-all\" name=\"agree\" value=\"agree\">Accept all</button><button class=\"btn reject-all\" name=\"reject\" value=\"reject\">Reject all</button>\
         <a class=\"btn secondary\" href=\"/manage-settings\">Manage privacy settings</a></form></div></div>",
        esc(O_SYN_CONSENT)
    ));
    page.push_str(&format!(
        "<div id=\"module-header\"><div class=\"_yb_portal\"><ul class=\"_yb_portal_list\">{portal_bar}</ul></div>\
         <div class=\"_yb_main\"><a class=\"_yb_logo\" href=\"https://news.horizon.example/\"><img src=\"/logo-news.svg\" alt=\"Horizon News\"></a>\
         <form class=\"_yb_search\" action=\"https://search.horizon.example/search\"><input type=\"text\" name=\"p\" placeholder=\"Search the web\"><button>Search</button></form>\
         <div class=\"_yb_profile\"><a href=\"https://login.horizon.example/\">Sign in</a></div></div>\
         <nav class=\"_yb_nav\"><ul>{news_menu}</ul></nav></div>"
    ));
    page.push_str(&format!(
        "<div id=\"render-target-default\"><div class=\"Pos(r) Mx(a) W(1280px)\"><div class=\"Fl(start) W(800px)\" id=\"Col1-0-ContentCanvas\">\
         <article class=\"caas-container\" id=\"caas-art-{uuid}\" data-uuid=\"{uuid}\" itemscope itemtype=\"https://schema.org/NewsArticle\">\
         <div class=\"caas-content-wrapper\"><div class=\"caas-logo\"><a href=\"https://www.{pslug}.example/\" rel=\"nofollow noopener\" target=\"_blank\">\
         <img class=\"caas-img\" src=\"https://s.horizon.example/cv/apiv2/partner/{pslug}.png\" alt=\"{pe}\" height=\"24\"></a></div>\
         <header class=\"caas-title-wrapper\"><h1 data-test-locator=\"headline\">{title}</h1></header>\
         <div class=\"caas-attr\"><div class=\"caas-attr-meta\"><div class=\"caas-attr-item-author\"><span class=\"caas-author-byline-collapse\">{author}</span></div>\
         <div class=\"caas-attr-time-style\"><time datetime=\"{date}\">{stamp}</time><span class=\"caas-attr-mins-read\">&middot; {mins} min read</span></div></div>\
         <div class=\"caas-share-buttons\"><ul><li><button class=\"link caas-share-btn\" data-type=\"facebook\">Facebook</button></li><li><button class=\"link caas-share-btn\" data-type=\"twitter\">X</button></li>\
         <li><button class=\"link caas-share-btn\" data-type=\"email\">Email</button></li><li><button class=\"link caas-share-btn\" data-type=\"link\">Copy link</button></li></ul></div></div>\
         {tickers}{summary}{figure}<div class=\"caas-body\">{body}</div>\
         <div class=\"caas-body-footer\"><a class=\"caas-terms\" href=\"https://legal.horizon.example/terms\">Terms</a> and <a href=\"https://legal.horizon.example/privacy\">Privacy Policy</a> \
         <a href=\"https://legal.horizon.example/dashboard\">Privacy Dashboard</a> <a href=\"/about-ads\">About Our Ads</a></div></div></article>",
        pe = esc(partner),
        title = esc(&s.title),
        author = esc(&s.author),
        date = s.date,
        mins = l_minutes(s),
    ));
    page.push_str(&format!(
        "<div id=\"spot-im-root\" data-spot-im-module-default-area=\"conversation\"><div class=\"spcv_conversation\"><header class=\"spcv_header\">\
         <h2>Conversations <span class=\"spcv_count\">{cn}</span></h2><p class=\"spcv_guidelines\">{community}</p><a href=\"/community-guidelines\">Community guidelines</a></header>\
         <div class=\"spcv_sort\"><button class=\"selected\">Best</button><button>Newest</button><button>Oldest</button></div><ul class=\"spcv_list\">{convo}</ul>\
         <button class=\"spcv_load-more\">Show more comments</button></div></div>\
         <div id=\"Col1-1-Stream\"><h2 class=\"stream-title\">Recommended Stories</h2><ul class=\"stream-items\">{stream}</ul></div></div>",
        cn = 10 + c.rng.below(3000),
        community = esc(O_SYN_COMMUNITY),
    ));
    page.push_str(&format!(
        "<div class=\"Fl(end) W(300px)\" id=\"Col2-0-Rail\"><div class=\"sda-LREC\" id=\"sda-LREC-{ad}\"><span class=\"ad-label\">Advertisement</span></div>\
         <div class=\"trending-now\"><h3>Trending Now</h3><ol>{trending}</ol></div>\
         <div class=\"weather-module\"><a href=\"https://weather.horizon.example/\"><span class=\"city\">{city}</span><span class=\"temp\">{temp}&deg;F</span>\
         <span class=\"cond\">{cond}</span><span class=\"hilo\">H: {hi}&deg; L: {lo}&deg;</span></a></div>\
         <div class=\"finance-module\"><h3>Markets</h3><table><tbody>{quotes}</tbody></table></div>\
         <div class=\"shopping-module\"><h3>Horizon Shopping</h3><ul>{deals}</ul><p class=\"disclosure\">Horizon may earn commission from links in this module.</p></div>\
         <div class=\"sda-LREC2\"><span class=\"ad-label\">Advertisement</span></div></div></div></div>",
        ad = c.rng.below(9),
        cond = c.rng.pick(&["Cloudy", "Sunny", "Light snow", "Rain", "Partly cloudy"]),
        hi = temp + 3 + c.rng.below(8),
        lo = temp.saturating_sub(5 + c.rng.below(10)),
    ));
    page.push_str(&format!(
        "<footer id=\"module-footer\"><ul><li><a href=\"https://legal.horizon.example/terms\">Terms and Privacy Policy</a></li><li><a href=\"https://legal.horizon.example/dashboard\">Privacy Dashboard</a></li>\
         <li><a href=\"/about-ads\">About Our Ads</a></li><li><a href=\"/help\">Help</a></li><li><a href=\"/feedback\">Feedback</a></li></ul>\
         <p>&copy; {year} Horizon. All rights reserved.</p></footer><script>{state}</script></body></html>"
    ));
    page
}

// ---------------------------------------------------------------------
// Round 7 (`P*`): written without reading the extractor; scored once as
// held-out round 7.
// ---------------------------------------------------------------------

const P_SPORT_TEAMS: &[(&str, &str)] = &[
    ("Northfield Rovers", "NOR"),
    ("Castleton United", "CAS"),
    ("Harbour City", "HAR"),
    ("Ashby Athletic", "ASH"),
    ("Kingsmere Town", "KIN"),
    ("Wexley Wanderers", "WEX"),
    ("Redbridge Albion", "RED"),
    ("Port Elms FC", "POR"),
];

const P_SPORT_SURNAMES: &[&str] = &[
    "Okafor",
    "Brennan",
    "Lindqvist",
    "Marchetti",
    "Duarte",
    "Hollis",
    "Kowalczyk",
    "Mensah",
    "Fairbairn",
    "Sato",
    "Delacroix",
    "Abara",
    "Quinlan",
    "Petrov",
    "Ruiz",
    "Whitcombe",
    "N'Diaye",
    "Halloran",
    "Bergstrom",
    "Ellery",
    "Tavares",
    "Moyo",
    "Castell",
    "Yilmaz",
];

const P_SPORT_INITIALS: &[&str] = &["J", "M", "K", "D", "L", "A", "T", "S", "R", "C"];

const P_SPORT_RATINGS: &[&str] = &[
    "Commanded his area well and made two sharp saves before the break, though he will wonder about the second goal.",
    "Solid rather than spectacular at the back, and his long diagonal passes opened up the pitch more than once.",
    "Tireless down the right and delivered the cross that should have brought an equaliser in stoppage time.",
    "Won almost every header but was booked for a clumsy challenge and spent the second half on a tightrope.",
    "Ran the midfield for long spells and was unlucky to see a curling effort tipped over the bar.",
    "Quiet for an hour, then came alive once the game opened up and had a hand in the decisive move.",
    "Struggled to cope with the pace of the opposing winger and was replaced shortly after the hour mark.",
    "Led the line with real intelligence, holding the ball up and bringing others into play all afternoon.",
    "Looked sharp on his return from injury and should have scored when clean through just before half-time.",
    "Never stopped running, but his final ball let him down too often when the team needed something extra.",
    "A composed display from the youngster, who looked entirely at home on the big stage.",
    "Made an immediate impact off the bench and forced a fine save with his first touch of the ball.",
];

const P_SPORT_EVENTS: &[&str] = &[
    "Goal",
    "Yellow card",
    "Substitution",
    "Goal",
    "Yellow card",
    "VAR check: no penalty",
];

const P_SPORT_CONSENT: &str = "We use cookies to give you the best online experience. Some are essential for the site to work; others help us understand how you use it, personalise the content and adverts you see and let you share on social media. Please let us know if you agree to all of these cookies.";

const P_SPORT_VOTE: &str = "Who was your player of the match? Pick your standout performer from either side and see how your choice compares with other readers once voting closes at full-time plus one hour.";

const P_SPORT_INVOLVED: &str = "Have your say on today's game. Send us your thoughts on the performance, the tactics and the officiating using the hashtag for your club, and the best comments may feature in our weekend round-up.";

const P_SPORT_APP: &str = "Get the latest scores, push alerts for every goal and the best video clips from around the grounds with the Sportline app, free on iOS and Android.";

const P_SPORT_FOOTER: &str = "Sportline is not responsible for the content of external sites. Fixtures and data are provided under licence and remain the property of the league and its partners; they may not be reproduced without permission.";

const P_SPORT_VIDEOS: &[&str] = &[
    "Highlights: all the goals and the big moments from the match",
    "Watch: the manager's reaction after the final whistle",
    "Analysis: how the game was won in midfield",
];

const P_SPORT_MOST_READ: &[&str] = &[
    "Transfer gossip: midfielder's agent in talks over summer move",
    "The fixtures that will decide the title race, ranked",
    "Manager insists he has the backing of the board despite defeat",
    "Cup draw: holders handed trip to fourth-tier opposition",
    "Why the new substitution rule could change late-game tactics",
    "Injury update: striker faces six weeks out with hamstring tear",
    "Women's league attendances break record for third season in a row",
];

/// A player name ("K. Okafor").
fn p0_player(rng: &mut Rng) -> String {
    format!(
        "{}. {}",
        rng.pick(P_SPORT_INITIALS),
        rng.pick(P_SPORT_SURNAMES)
    )
}

/// One team's line-up: starting eleven with shirt numbers, cards and
/// substitutions, then the unused substitutes.
fn p0_lineup(rng: &mut Rng, team: &str, formation: &str) -> String {
    let mut xi = String::new();
    for k in 0..11 {
        let num = if k == 0 { 1 } else { 2 + rng.below(30) };
        let mut extra = String::new();
        if rng.chance(15) {
            extra.push_str(&format!(
                " <span class=\"sp-card sp-card--yellow\" title=\"Booked\">{}'</span>",
                10 + rng.below(80)
            ));
        }
        if k > 0 && rng.chance(25) {
            extra.push_str(&format!(
                " <span class=\"sp-sub\">Substituted for {} at {}'</span>",
                p0_player(rng),
                55 + rng.below(35)
            ));
        }
        xi.push_str(&format!(
            "<li class=\"sp-lineup__player\"><span class=\"sp-lineup__number\">{num}</span> <span class=\"sp-lineup__name\">{}</span>{extra}</li>",
            p0_player(rng)
        ));
    }
    let subs: String = (0..5 + rng.below(4))
        .map(|_| {
            format!(
                "<li><span class=\"sp-lineup__number\">{}</span> {}</li>",
                12 + rng.below(30),
                p0_player(rng)
            )
        })
        .collect();
    format!(
        "<div class=\"sp-lineup\"><h3 class=\"sp-lineup__team\">{t}</h3><p class=\"sp-lineup__formation\">Formation {formation}</p>\
         <ol class=\"sp-lineup__list\">{xi}</ol><h4>Substitutes not used</h4><ul class=\"sp-lineup__subs\">{subs}</ul></div>",
        t = esc(team)
    )
}

/// One team's player ratings: name, mark out of ten and a one-sentence
/// verdict.
fn p0_ratings(rng: &mut Rng, team: &str, n: usize, r0: usize) -> String {
    let items: String = (0..n)
        .map(|k| {
            format!(
                "<li class=\"rating\"><div class=\"rating__head\"><strong class=\"rating__name\">{}</strong> <span class=\"rating__score\">{}</span></div>\
                 <p class=\"rating__verdict\">{}</p></li>",
                p0_player(rng),
                5 + rng.below(5),
                esc(P_SPORT_RATINGS[(r0 + k * 5) % P_SPORT_RATINGS.len()])
            )
        })
        .collect();
    format!(
        "<section class=\"ratings-team\"><h3>{}</h3><ul class=\"ratings-list\">{items}</ul></section>",
        esc(team)
    )
}

/// P0 (round 7): football match report on a national sports
/// site (BBC-Sport/ESPN-like): a cookie dialog in prose, a sport
/// navigation bar with a sub-menu, a scoreboard widget (teams, score,
/// half-time score, scorers with minutes, venue, attendance, referee)
/// and report/live/line-ups/stats tabs above the headline; byline with
/// role and venue, a lead picture with caption and credit, then the
/// paragraphs (plain `<p>` or text-block wrappers) with an "as it
/// happened" link line, a highlights video, an ad and a
/// player-of-the-match vote box in prose among them; after the text a
/// key-events timeline, player ratings for both sides (mark plus a
/// one-sentence verdict each), line-ups as ordered lists, a match-stats
/// table, a prose "get involved" box, other results and a league-table
/// excerpt in the rail, "most read", an app promo and a prose footer.
fn p0_match(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let n = s.paragraphs.len();
    let (mnum, mname, day, year) = n_date(&s.date);
    let wd = O_WEEKDAYS[o_weekday(o_year(&year), mnum, day)];
    let hi = c.rng.below(P_SPORT_TEAMS.len());
    let ai = (hi + 1 + c.rng.below(P_SPORT_TEAMS.len() - 1)) % P_SPORT_TEAMS.len();
    let (home, hcode) = P_SPORT_TEAMS[hi];
    let (away, acode) = P_SPORT_TEAMS[ai];
    let hg = c.rng.below(4);
    let ag = c.rng.below(3);
    let venue = c.rng.pick(&[
        "Mill Lane",
        "The Riverside Stadium",
        "Kingsmere Park",
        "Harbour Road",
        "St Aldhelm's Ground",
    ]);
    let scorers = |rng: &mut Rng, goals: usize| -> String {
        let mut minutes: Vec<usize> = (0..goals).map(|_| 2 + rng.below(88)).collect();
        minutes.sort_unstable();
        minutes
            .iter()
            .map(|m| {
                format!(
                    "<li class=\"sp-scorer\">{} <span class=\"sp-minute\">{m}'</span></li>",
                    p0_player(rng)
                )
            })
            .collect()
    };
    let hscorers = scorers(c.rng, hg);
    let ascorers = scorers(c.rng, ag);
    let wrapped = c.rng.chance(50);
    let live_at = if n >= 3 { c.rng.below(2) } else { usize::MAX };
    let video_at = if n >= 4 {
        1 + c.rng.below(n - 2)
    } else {
        usize::MAX
    };
    let ad_at = if n >= 5 { n / 2 } else { usize::MAX };
    let vote_at = if n >= 6 && c.rng.chance(60) {
        n - 2
    } else {
        usize::MAX
    };

    let mut body = String::new();
    for (i, p) in s.paragraphs.iter().enumerate() {
        let t = c.body_paragraph(p);
        if wrapped {
            body.push_str(&format!(
                "<div class=\"ssrcss-{} RichTextContainer\" data-component=\"text-block\"><p class=\"ssrcss-{} Paragraph\">{t}</p></div>",
                o_hex(c.rng, 6),
                o_hex(c.rng, 6)
            ));
        } else {
            body.push_str(&format!("<p class=\"sp-story-body__p\">{t}</p>"));
        }
        if i + 1 >= n {
            break;
        }
        if i == live_at {
            body.push_str(&format!(
                "<p class=\"sp-story-body__link\"><a href=\"/sport/football/live/{}\"><b>As it happened:</b> {} v {} reaction and updates</a></p>",
                c.rng.below(99_999_999),
                esc(home),
                esc(away)
            ));
        }
        if i == video_at {
            body.push_str(&format!(
                "<figure class=\"sp-media-player\" data-component=\"video-block\"><div class=\"sp-media-player__placeholder\"><img src=\"https://ichef.sportline.example/images/{}.jpg\" alt=\"\">\
                 <button class=\"sp-media-player__play\"><span>Play</span><span class=\"visually-hidden\">Video</span>, <span>{}</span>, Duration {}:{:02}</button></div>\
                 <figcaption><span class=\"visually-hidden\">Video caption: </span>{}</figcaption></figure>",
                o_hex(c.rng, 12),
                esc(c.rng.pick(P_SPORT_VIDEOS)),
                1 + c.rng.below(4),
                c.rng.below(60),
                esc(c.rng.pick(P_SPORT_VIDEOS))
            ));
        }
        if i == ad_at {
            body.push_str(&format!(
                "<div class=\"ad-slot ad-slot--mpu\" id=\"mpu-{}\" data-ad=\"mid\"><span class=\"ad-slot__label\">Advertisement</span></div>",
                c.rng.below(9)
            ));
        }
        if i == vote_at {
            let opts: String = (0..4)
                .map(|k| {
                    format!(
                        "<li><label><input type=\"radio\" name=\"potm\" value=\"{k}\"> {}</label></li>",
                        p0_player(c.rng)
                    )
                })
                .collect();
            body.push_str(&format!(
                "<aside class=\"sp-vote\"><h2 class=\"sp-vote__title\">Player of the match</h2><p class=\"sp-vote__intro\">{}</p><ul>{opts}</ul><button>Vote now</button></aside>",
                esc(P_SPORT_VOTE)
            ));
        }
    }

    let mut events: Vec<(usize, String)> = (0..6 + c.rng.below(5))
        .map(|_| {
            let min = 1 + c.rng.below(94);
            let kind = c.rng.pick(P_SPORT_EVENTS);
            let team = if c.rng.chance(50) { home } else { away };
            (
                min,
                format!(
                    "<span class=\"sp-event__type\">{kind}</span> <span class=\"sp-event__team\">{}</span> <span class=\"sp-event__player\">{}</span>",
                    esc(team),
                    p0_player(c.rng)
                ),
            )
        })
        .collect();
    events.sort_by_key(|e| e.0);
    let timeline: String = events
        .iter()
        .map(|(m, e)| {
            format!("<li class=\"sp-event\"><span class=\"sp-event__minute\">{m}'</span> {e}</li>")
        })
        .collect();
    let formations = ["4-3-3", "4-2-3-1", "3-5-2", "4-4-2", "5-3-2"];
    let hf = formations[c.rng.below(formations.len())];
    let af = formations[c.rng.below(formations.len())];
    let lineups = format!(
        "{}{}",
        p0_lineup(c.rng, home, hf),
        p0_lineup(c.rng, away, af)
    );
    let nr = 4 + c.rng.below(3);
    let r0 = c.rng.below(P_SPORT_RATINGS.len());
    let ratings = format!(
        "{}{}",
        p0_ratings(c.rng, home, nr, r0),
        p0_ratings(c.rng, away, nr, r0 + 5 * nr)
    );
    let hp = 35 + c.rng.below(31);
    let stats: String = [
        ("Possession", format!("{hp}%"), format!("{}%", 100 - hp)),
        (
            "Shots",
            (4 + c.rng.below(15)).to_string(),
            (4 + c.rng.below(15)).to_string(),
        ),
        (
            "Shots on target",
            (1 + c.rng.below(7)).to_string(),
            (1 + c.rng.below(7)).to_string(),
        ),
        (
            "Corners",
            c.rng.below(11).to_string(),
            c.rng.below(11).to_string(),
        ),
        (
            "Fouls",
            (5 + c.rng.below(12)).to_string(),
            (5 + c.rng.below(12)).to_string(),
        ),
        (
            "Expected goals (xG)",
            format!("{}.{}", c.rng.below(3), c.rng.below(10)),
            format!("{}.{}", c.rng.below(3), c.rng.below(10)),
        ),
    ]
    .iter()
    .map(|(k, h, a)| {
        format!(
            "<tr><td class=\"sp-stats__home\">{h}</td><th scope=\"row\">{k}</th><td class=\"sp-stats__away\">{a}</td></tr>"
        )
    })
    .collect();
    let results: String = (0..5)
        .map(|_| {
            let x = c.rng.below(P_SPORT_TEAMS.len());
            let y = (x + 1 + c.rng.below(P_SPORT_TEAMS.len() - 1)) % P_SPORT_TEAMS.len();
            format!(
                "<li class=\"sp-result\"><span>{}</span> <b>{} - {}</b> <span>{}</span> <abbr title=\"Full time\">FT</abbr></li>",
                esc(P_SPORT_TEAMS[x].0),
                c.rng.below(4),
                c.rng.below(4),
                esc(P_SPORT_TEAMS[y].0)
            )
        })
        .collect();
    let table: String = (0..6)
        .map(|k| {
            let t = P_SPORT_TEAMS[(hi + k * 3) % P_SPORT_TEAMS.len()].0;
            let pl = 20 + c.rng.below(5);
            format!(
                "<tr><td>{}</td><td class=\"team\">{}</td><td>{pl}</td><td>{:+}</td><td><b>{}</b></td></tr>",
                k + 1,
                esc(t),
                20i64 - (k as i64) * 6 + c.rng.below(5) as i64,
                55 - k * 4 - c.rng.below(3)
            )
        })
        .collect();
    let mr0 = c.rng.below(P_SPORT_MOST_READ.len());
    let most_read: String = (0..5)
        .map(|k| {
            let h = P_SPORT_MOST_READ[(mr0 + k) % P_SPORT_MOST_READ.len()];
            format!(
                "<li class=\"most-read__item\"><span class=\"most-read__rank\">{}</span><a href=\"/sport/football/{}\">{}</a></li>",
                k + 1,
                c.rng.below(99_999_999),
                esc(h)
            )
        })
        .collect();
    let sports: String = [
        "Home",
        "Football",
        "Cricket",
        "Formula 1",
        "Rugby U",
        "Rugby L",
        "Tennis",
        "Golf",
        "Athletics",
        "Cycling",
        "Boxing",
        "Snooker",
        "All Sport",
    ]
    .iter()
    .map(|t| format!("<li><a href=\"/sport/{}\">{t}</a></li>", l_slug(t)))
    .collect();
    let sub: String = [
        "Scores & Fixtures",
        "Tables",
        "Gossip",
        "Transfers",
        "Leagues & Cups",
        "Women's Football",
        "My Club",
        "Podcasts",
    ]
    .iter()
    .map(|t| {
        format!(
            "<li><a href=\"/sport/football/{}\">{}</a></li>",
            l_slug(t),
            esc(t)
        )
    })
    .collect();
    let role = c.rng.pick(&[
        "Football reporter",
        "Chief football writer",
        "Sports correspondent",
    ]);
    let attendance = m_number(c.rng, 8_000, 52_000);
    let attendance = attendance.split('.').next().unwrap_or("").to_string();
    let referee = p0_player(c.rng);
    let kickoff = format!(
        "{}:{:02}",
        12 + c.rng.below(8),
        [0, 15, 30, 45][c.rng.below(4)]
    );
    let caption = format!(
        "{} celebrates with team-mates during the {} match at {}",
        p0_player(c.rng),
        c.rng.pick(&["league", "cup", "derby"]),
        venue
    );
    let credit = c
        .rng
        .pick(&["Getty Images", "PA Media", "Reuters", "Shutterstock"]);

    let mut page = format!(
        "<!DOCTYPE html><html lang=\"en-GB\" class=\"no-js\">{}<body class=\"sp-body sp-football\">",
        head(
            s,
            "Sportline",
            &format!(
                "<meta name=\"sp:match\" content=\"{hcode}-{acode}-{}\"><link rel=\"canonical\" href=\"https://www.sportline.example/sport/football/{}\">",
                s.date,
                c.rng.below(99_999_999)
            )
        )
    );
    page.push_str(&format!(
        "<div id=\"cookie-prompt\" class=\"cookie-banner\" role=\"region\" aria-label=\"Cookies on Sportline\"><h2>Let us know you agree to cookies</h2><p>{}</p>\
         <button class=\"cookie-banner__accept\">Yes, I agree</button><a class=\"cookie-banner__settings\" href=\"/usingthesite/cookies/\">No, take me to settings</a></div>",
        esc(P_SPORT_CONSENT)
    ));
    page.push_str(&format!(
        "<header class=\"sp-masthead\"><a class=\"sp-logo\" href=\"/sport\">Sportline</a><nav class=\"sp-nav\" aria-label=\"Sport\"><ul>{sports}</ul></nav>\
         <nav class=\"sp-subnav\" aria-label=\"Football\"><ul>{sub}</ul></nav></header>"
    ));
    page.push_str(&format!(
        "<main id=\"main-content\" class=\"sp-main\"><section class=\"sp-fixture\" data-state=\"post-event\" aria-label=\"Match summary\">\
         <div class=\"sp-fixture__competition\"><a href=\"/sport/football/premier-division\">Premier Division</a></div>\
         <div class=\"sp-fixture__teams\"><div class=\"sp-fixture__team sp-fixture__team--home\"><span class=\"sp-fixture__name\"><abbr title=\"{home}\">{hcode}</abbr><span class=\"sp-fixture__full\">{home}</span></span>\
         <span class=\"sp-fixture__score\">{hg}</span><ul class=\"sp-fixture__scorers\">{hscorers}</ul></div>\
         <div class=\"sp-fixture__status\"><span class=\"sp-fixture__ft\">FT</span><span class=\"sp-fixture__ht\">HT {hh}-{ah}</span></div>\
         <div class=\"sp-fixture__team sp-fixture__team--away\"><span class=\"sp-fixture__name\"><abbr title=\"{away}\">{acode}</abbr><span class=\"sp-fixture__full\">{away}</span></span>\
         <span class=\"sp-fixture__score\">{ag}</span><ul class=\"sp-fixture__scorers\">{ascorers}</ul></div></div>\
         <dl class=\"sp-fixture__info\"><dt>Venue</dt><dd>{venue}</dd><dt>Attendance</dt><dd>{attendance}</dd><dt>Referee</dt><dd>{referee}</dd><dt>Kick-off</dt><dd>{wd} {day} {mname} {year}, {kickoff}</dd></dl></section>\
         <nav class=\"sp-tabs\"><ul><li class=\"sp-tabs__item--active\"><a href=\"#report\">Report</a></li><li><a href=\"/live\">Live</a></li><li><a href=\"#line-ups\">Line-ups</a></li>\
         <li><a href=\"#match-stats\">Stats</a></li><li><a href=\"/h2h\">Head-to-head</a></li><li><a href=\"/table\">Table</a></li></ul></nav>",
        home = esc(home),
        away = esc(away),
        hh = hg.min(1 + c.rng.below(2)),
        ah = ag.min(c.rng.below(2)),
    ));
    page.push_str(&format!(
        "<div class=\"sp-layout\"><article id=\"report\" class=\"sp-article\"><header class=\"sp-article__header\"><h1 id=\"main-heading\" class=\"sp-article__headline\">{title}</h1>\
         <div class=\"sp-byline\"><span class=\"sp-byline__name\">By {author}</span><span class=\"sp-byline__role\">{role} at {venue}</span></div>\
         <time class=\"sp-article__time\" datetime=\"{date}\">{day} {mname} {year}</time>\
         <div class=\"sp-share\"><button>Share</button><button>Save</button></div></header>\
         <figure class=\"sp-lead-image\"><img src=\"https://ichef.sportline.example/images/{img}.jpg\" alt=\"\" width=\"976\" height=\"549\">\
         <span class=\"sp-lead-image__copyright\">{credit}</span><figcaption>{cap}</figcaption></figure>\
         <div class=\"sp-story-body\">{body}</div>\
         <section class=\"sp-timeline\"><h2>Key events</h2><ol>{timeline}</ol></section>\
         <section class=\"sp-ratings\" id=\"player-ratings\"><h2>Player ratings</h2><p class=\"sp-ratings__note\">Marks out of 10.</p>{ratings}</section>\
         <section class=\"sp-lineups\" id=\"line-ups\"><h2>Line-ups</h2>{lineups}</section>\
         <section class=\"sp-stats\" id=\"match-stats\"><h2>Match stats</h2><table class=\"sp-stats__table\"><thead><tr><th>{hcode}</th><th></th><th>{acode}</th></tr></thead><tbody>{stats}</tbody></table></section>\
         <aside class=\"sp-get-involved\"><h2>Get involved</h2><p>{involved}</p></aside></article>",
        title = esc(&s.title),
        author = esc(&s.author),
        date = s.date,
        img = o_hex(c.rng, 16),
        cap = esc(&caption),
        involved = esc(P_SPORT_INVOLVED),
    ));
    page.push_str(&format!(
        "<aside class=\"sp-rail\"><div class=\"ad-slot ad-slot--rail\"><span class=\"ad-slot__label\">Advertisement</span></div>\
         <section class=\"sp-results\"><h2>Around the grounds</h2><ul>{results}</ul><a href=\"/sport/football/scores-fixtures\">All scores</a></section>\
         <section class=\"sp-table\"><h2>Premier Division table</h2><table><thead><tr><th>Pos</th><th>Team</th><th>P</th><th>GD</th><th>Pts</th></tr></thead><tbody>{table}</tbody></table>\
         <a href=\"/sport/football/tables\">View full table</a></section>\
         <section class=\"most-read\"><h2>Most read</h2><ol>{most_read}</ol></section></aside></div></main>"
    ));
    page.push_str(&format!(
        "<footer class=\"sp-footer\"><div class=\"sp-app-promo\"><p>{}</p><a href=\"/app\">Download the app</a></div>\
         <ul class=\"sp-footer__links\"><li><a href=\"/terms\">Terms of Use</a></li><li><a href=\"/about\">About Sportline</a></li><li><a href=\"/privacy\">Privacy Policy</a></li>\
         <li><a href=\"/cookies\">Cookies</a></li><li><a href=\"/accessibility\">Accessibility Help</a></li><li><a href=\"/contact\">Contact Sportline</a></li></ul>\
         <p class=\"sp-footer__legal\">{}</p><p>&copy; {year} Sportline Media.</p></footer></body></html>",
        esc(P_SPORT_APP),
        esc(P_SPORT_FOOTER)
    ));
    page
}

const P_DE_TOWNS: &[&str] = &[
    "Bad Lindenau",
    "Oberkirchheim",
    "Rheinfelden-Nord",
    "Waldsassen",
    "Mittelbrunn",
    "Neustadt am Steg",
    "Hohenfurt",
    "Eichstetten",
    "Kleinwalden",
    "Altmühlbach",
];

const P_DE_KICKERS: &[&str] = &[
    "Town council",
    "Transport",
    "Housing shortage",
    "District court",
    "Budget dispute",
    "Local economy",
    "Schools",
    "Energy transition",
];

const P_DE_INTROS: &[&str] = &[
    "It was a long evening in the council chamber, and by the end of it the mood was anything but conciliatory. What the decision means for residents, and what happens next.",
    "For months the plans were discussed behind closed doors. Now the figures are on the table, and they are causing a stir well beyond the town limits.",
    "The district has been waiting for an answer for years. Whether the new proposal really solves the problem is still an open question, as a closer look shows.",
    "Supporters speak of a breakthrough, opponents of a missed opportunity. Our reporter has looked at what is really behind the announcement.",
];

const P_DE_ALSO_READ: &[&str] = &[
    "Construction site chaos: why the bypass will not open before autumn",
    "Bakery on the market square closes after 87 years",
    "District hospital: these wards are to be merged",
    "Fire brigade gets new equipment hall after long wait",
    "Property tax: what homeowners in the district will pay from January",
    "Wolf sighting near the reservoir confirmed by authorities",
    "Christmas market: new location and longer opening hours",
    "Rail replacement buses between the two stations for six weeks",
];

const P_DE_CARD_BLURBS: &[&str] = &[
    "The owners say rising energy costs and the search for staff have finally made the decision for them.",
    "The district administrator promised a solution by the summer, but the contractors have already warned of further delays.",
    "Residents had collected more than 2,000 signatures; now the committee has to deal with the petition again.",
    "The police are asking witnesses who noticed anything unusual on Sunday evening to come forward.",
    "For many clubs in the region the new rules mean more paperwork, but also a chance of extra funding.",
];

const P_DE_CAPTIONS: &[&str] = &[
    "The town hall in the evening light: the council met here until late on Tuesday.",
    "Construction work on the site has been at a standstill since the spring.",
    "Many residents followed the debate in the packed public gallery.",
    "View over the old town from the church tower.",
];

const P_DE_PHOTOGRAPHERS: &[&str] = &[
    "Photo: Anna Vogt",
    "Photo: dpa/Frank Weber",
    "Photo: Kurier archive",
    "Photo: picture alliance/Jens Brandt",
];

const P_DE_CONSENT: &str = "We and our up to 190 partners use cookies and similar technologies to store and access information on your device, to measure the use of our offer and to display personalised advertising. With 'Accept' you agree to this use; you can revoke your consent at any time in the privacy centre. Alternatively, you can use our website without advertising tracking with a Kurier Pure subscription.";

const P_DE_PAYWALL: &str = "Read on with K+: all Plus articles of the Rheinischer Kurier on the website and in the app, the daily e-paper from 5 a.m. and exclusive newsletters from your local newsroom. The first month costs only 0.99 euros, after that 9.99 euros a month, cancellable monthly.";

const P_DE_PAYWALL_LOGIN: &str = "Already a subscriber? Log in here. Print subscribers read K+ at no extra charge; simply activate your access once with your customer number.";

const P_DE_NEWSLETTER: &str = "Every weekday at 6 a.m.: the most important news from your region, compiled by our local editors. Subscribe to the Kurier morning briefing free of charge and start the day well informed.";

const P_DE_COMMENTS_OFF: &str = "The comment function has been deactivated for this article. We ask for your understanding: on topics that attract a large number of abusive posts, our moderators cannot guarantee a respectful discussion.";

const P_DE_IMPRINT: &str = "Rheinischer Kurier GmbH & Co. KG, Kaiserstraße 14, 56068 Koblenz. Managing directors: Petra Hahn, Martin Scholz. Register court Koblenz HRA 4471. Responsible for content according to Section 18 (2) of the Media State Treaty: the editor-in-chief.";

const P_DE_TEXT_NOTE: &str = "All rights reserved. Reproduction only with the permission of Rheinischer Kurier. Texts and pictures may not be used to train artificial intelligence.";

/// One "Also read" inline teaser box (a headline, sometimes a K+ badge).
fn p1_also_read(rng: &mut Rng, style: usize) -> String {
    let h = rng.pick(P_DE_ALSO_READ);
    let plus = if rng.chance(50) {
        "<span class=\"plus-badge\" aria-label=\"K+ article\">K+</span> "
    } else {
        ""
    };
    let url = format!(
        "/region/{}-{}.html",
        l_slug(h),
        70_000_000 + rng.below(9_999_999)
    );
    if style == 0 {
        format!(
            "<aside class=\"inline-teaser\" data-type=\"also-read\"><span class=\"inline-teaser__label\">Also read</span> \
             <a class=\"inline-teaser__link\" href=\"{url}\">{plus}{}</a></aside>",
            esc(h)
        )
    } else {
        format!(
            "<p class=\"text-element text-element--teaser\"><strong>Also read:</strong> <a href=\"{url}\">{plus}{}</a></p>",
            esc(h)
        )
    }
}

/// One labelled ad slot ("Anzeige").
fn p1_ad(rng: &mut Rng, kind: &str) -> String {
    format!(
        "<div class=\"ad ad--{kind}\" id=\"ad-{kind}-{}\" data-ad-label=\"Anzeige\"><div class=\"ad__label\">Anzeige</div><div class=\"ad__slot\"></div></div>",
        rng.below(9)
    )
}

/// P1 (round 7): German regional newspaper in an English
/// edition of its layout: a consent-or-pay dialog in prose, a service
/// bar (e-paper, weather, obituaries), a masthead with a local-edition
/// menu, labelled "Anzeige" ad slots, a breadcrumb, then a "K+" Plus
/// article: kicker, headline, bold intro of two sentences, author and
/// "reading time", a lead picture with caption and photo credit; the
/// first one to three paragraphs are open, the rest sit in the page but
/// are hidden by CSS behind a paywall offer box in prose (full text in
/// the HTML, so it is all ground truth); "Also read" teaser boxes and
/// ads among the paragraphs, a "More on the topic" keyword list, a
/// prose note that comments are switched off, a newsletter box, "More
/// from the region" cards with prose blurbs, a classifieds strip and a
/// footer with a prose imprint; the article data also sits in a
/// `dataLayer` script.
fn p1_plus(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let n = s.paragraphs.len();
    let (mnum, _, day, year) = n_date(&s.date);
    let town = c.rng.pick(P_DE_TOWNS);
    let kicker = c.rng.pick(P_DE_KICKERS);
    let locked = c.rng.chance(80);
    let open = (1 + c.rng.below(3)).min(n.saturating_sub(1)).max(1);
    let hide_style = c.rng.below(3);
    let teaser_style = c.rng.below(2);
    let also_at: Vec<usize> = if n >= 4 {
        vec![open + c.rng.below(2), n - 2]
    } else {
        vec![0]
    };
    let ad_at = if n >= 5 { n / 2 + 1 } else { usize::MAX };
    let article_id = 70_000_000 + c.rng.below(9_999_999);
    let hour = 6 + c.rng.below(15);
    let minute = c.rng.below(60);
    let stamp = format!("{day:02}.{mnum:02}.{year}, {hour:02}:{minute:02}");

    let mut open_part = String::new();
    let mut locked_part = String::new();
    for (i, p) in s.paragraphs.iter().enumerate() {
        let t = c.body_paragraph(p);
        let target = if locked && i >= open {
            &mut locked_part
        } else {
            &mut open_part
        };
        target.push_str(&format!("<p class=\"text-element\">{t}</p>"));
        if i + 1 >= n {
            break;
        }
        if also_at.contains(&i) {
            target.push_str(&p1_also_read(c.rng, teaser_style));
        }
        if i == ad_at {
            target.push_str(&p1_ad(c.rng, "content"));
        }
    }
    let paywall = if locked {
        format!(
            "<div class=\"paywall\" id=\"paywall\" data-paywall-type=\"plus\"><div class=\"paywall__fade\"></div><div class=\"paywall__box\">\
             <span class=\"plus-badge plus-badge--large\">K+</span><h2 class=\"paywall__title\">Want to know how it goes on?</h2>\
             <p class=\"paywall__text\">{}</p><a class=\"button button--primary\" href=\"/abo/plus?ref=paywall-{article_id}\">Try K+ for 0.99 euros</a>\
             <p class=\"paywall__login\">{}</p><a class=\"button button--secondary\" href=\"/login?ref={article_id}\">Log in</a></div></div>",
            esc(P_DE_PAYWALL),
            esc(P_DE_PAYWALL_LOGIN)
        )
    } else {
        String::new()
    };
    let locked_html = if locked {
        match hide_style {
            0 => format!(
                "<div class=\"article-body article-body--locked\" data-paywall-content=\"true\">{locked_part}</div>"
            ),
            1 => format!(
                "<div class=\"paid-content\" style=\"display:none\" aria-hidden=\"true\">{locked_part}</div>"
            ),
            _ => format!("<section class=\"article-rest\" hidden>{locked_part}</section>"),
        }
    } else {
        String::new()
    };
    let topics: String = (0..4 + c.rng.below(3))
        .map(|k| {
            let t = if k == 0 {
                town.to_string()
            } else {
                c.rng
                    .pick(&[
                        "Town council",
                        "Local politics",
                        "Traffic",
                        "Construction",
                        "Rhineland",
                        "Budget",
                        "Schools",
                        "Police report",
                    ])
                    .to_string()
            };
            format!(
                "<li><a class=\"tag\" href=\"/thema/{}\">{}</a></li>",
                l_slug(&t),
                esc(&t)
            )
        })
        .collect();
    let cards: String = (0..4 + c.rng.below(3))
        .map(|k| {
            let h = P_DE_ALSO_READ[(article_id + k * 3) % P_DE_ALSO_READ.len()];
            let plus = if c.rng.chance(45) {
                "<span class=\"plus-badge\">K+</span>"
            } else {
                ""
            };
            format!(
                "<article class=\"teaser teaser--small\"><a href=\"/region/{}-{}.html\"><figure class=\"teaser__image\"><img src=\"https://img.kurier.example/{}.jpg\" alt=\"\" loading=\"lazy\"></figure>\
                 <div class=\"teaser__text\"><span class=\"teaser__kicker\">{plus}{}</span><h3 class=\"teaser__headline\">{}</h3><p class=\"teaser__intro\">{}</p></div></a></article>",
                l_slug(h),
                c.rng.below(9_999_999),
                o_hex(c.rng, 10),
                esc(c.rng.pick(P_DE_TOWNS)),
                esc(h),
                esc(c.rng.pick(P_DE_CARD_BLURBS))
            )
        })
        .collect();
    let editions: String = P_DE_TOWNS
        .iter()
        .map(|t| format!("<li><a href=\"/region/{}\">{}</a></li>", l_slug(t), esc(t)))
        .collect();
    let ressorts: String = [
        "Region", "Politics", "Economy", "Sport", "Culture", "Panorama", "Guide", "Video",
        "Podcasts", "K+",
    ]
    .iter()
    .map(|t| format!("<li><a href=\"/{}\">{}</a></li>", l_slug(t), esc(t)))
    .collect();
    let classifieds: String = [
        ("Obituaries", "Notices, condolences and memorial pages"),
        ("Jobs", "Vacancies from employers in the region"),
        ("Property", "Flats and houses for rent and sale"),
        ("Marketplace", "Private classified ads"),
    ]
    .iter()
    .map(|(t, d)| {
        format!(
            "<li><a href=\"https://anzeigen.kurier.example/{}\"><strong>{t}</strong> <span>{d}</span></a></li>",
            l_slug(t)
        )
    })
    .collect();
    let datalayer = format!(
        "window.dataLayer=window.dataLayer||[];dataLayer.push({{\"page\":{{\"type\":\"article\",\"id\":\"{article_id}\",\"paid\":{locked},\"ressort\":\"region/{}\",\
         \"title\":\"{}\",\"author\":\"{}\",\"published\":\"{}T{hour:02}:{minute:02}:00+01:00\",\"words\":{}}}}});",
        l_slug(town),
        l_json(&s.title),
        l_json(&s.author),
        s.date,
        s.paragraphs.iter().map(|p| words(p)).sum::<usize>()
    );
    let css = match hide_style {
        0 => {
            ".article-body--locked{display:none!important}.paywall__fade{height:120px;background:linear-gradient(transparent,#fff)}"
        }
        _ => ".paywall__fade{height:120px;background:linear-gradient(transparent,#fff)}",
    };

    let mut page = format!(
        "<!DOCTYPE html><html lang=\"en\" data-tenant=\"kurier\">{}<body class=\"page page--article{}\">",
        head(
            s,
            "Rheinischer Kurier",
            &format!(
                "<style>{css}</style><meta name=\"robots\" content=\"max-snippet:-1\"><meta property=\"article:content_tier\" content=\"{}\"><script>{datalayer}</script>",
                if locked { "locked" } else { "free" }
            )
        ),
        if locked { " page--paid" } else { "" }
    );
    page.push_str(&format!(
        "<div id=\"sp_message_container\" class=\"cmp-layer\" role=\"dialog\" aria-modal=\"true\"><div class=\"cmp-layer__inner\"><h2>Your privacy is important to us</h2>\
         <p>{}</p><div class=\"cmp-layer__buttons\"><button class=\"cmp-accept\">Accept</button><a class=\"cmp-pur\" href=\"/abo/pur\">Subscribe to Kurier Pure</a></div>\
         <a href=\"/datenschutz\">Privacy policy</a> | <a href=\"/impressum\">Imprint</a></div></div>",
        esc(P_DE_CONSENT)
    ));
    page.push_str(&format!(
        "<div class=\"service-bar\"><ul><li><a href=\"/epaper\">E-Paper</a></li><li><a href=\"/wetter\">Weather: {}&deg;C</a></li>\
         <li><a href=\"https://trauer.kurier.example/\">Obituaries</a></li><li><a href=\"/abo\">Subscribe</a></li><li><a href=\"/login\">Log in</a></li></ul></div>\
         {}<header class=\"masthead\"><a class=\"masthead__logo\" href=\"/\">Rheinischer Kurier</a>\
         <nav class=\"main-nav\"><ul>{ressorts}</ul></nav><nav class=\"region-nav\"><span>Your region:</span><ul>{editions}</ul></nav></header>",
        c.rng.below(25),
        p1_ad(c.rng, "leaderboard")
    ));
    page.push_str(&format!(
        "<div class=\"page__content\"><nav class=\"breadcrumb\" aria-label=\"Breadcrumb\"><ol><li><a href=\"/\">Home</a></li><li><a href=\"/region\">Region</a></li>\
         <li><a href=\"/region/{tslug}\">{town}</a></li><li aria-current=\"page\">{kicker}</li></ol></nav>\
         <main class=\"article-layout\"><article class=\"article{paidcls}\" data-article-id=\"{article_id}\">\
         <header class=\"article-header\"><p class=\"article-header__kicker\">{plus}<span>{kicker}</span></p><h1 class=\"article-header__headline\">{title}</h1>\
         <p class=\"article-header__intro\"><strong>{intro}</strong></p>\
         <div class=\"article-header__meta\"><span class=\"author\">By <a href=\"/autor/{aslug}\">{author}</a></span>\
         <time datetime=\"{date}T{hour:02}:{minute:02}:00+01:00\">{stamp}</time><span class=\"reading-time\">Reading time: {mins} min</span></div>\
         <div class=\"share\"><button>Share</button><button>Bookmark</button><a href=\"/print/{article_id}\">Print</a></div></header>\
         <figure class=\"article-image\"><picture><img src=\"https://img.kurier.example/{img}.jpg\" alt=\"\" width=\"1200\" height=\"675\"></picture>\
         <figcaption><span class=\"caption\">{cap}</span> <span class=\"credit\">{credit}</span></figcaption></figure>\
         <div class=\"article-body\">{open_part}</div>{paywall}{locked_html}",
        tslug = l_slug(town),
        town = esc(town),
        kicker = esc(kicker),
        paidcls = if locked { " article--plus" } else { "" },
        plus = if locked || c.rng.chance(30) {
            "<span class=\"plus-badge\" aria-label=\"K+ article\">K+</span>"
        } else {
            ""
        },
        title = esc(&s.title),
        intro = esc(c.rng.pick(P_DE_INTROS)),
        aslug = l_slug(&s.author),
        author = esc(&s.author),
        date = s.date,
        mins = l_minutes(s),
        img = o_hex(c.rng, 12),
        cap = esc(c.rng.pick(P_DE_CAPTIONS)),
        credit = esc(c.rng.pick(P_DE_PHOTOGRAPHERS)),
    ));
    page.push_str(&format!(
        "<footer class=\"article-footer\"><p class=\"article-footer__copyright\">{}</p>\
         <section class=\"topics\"><h2>More on the topic</h2><ul>{topics}</ul></section>\
         <div class=\"comments-closed\"><h2>Comments</h2><p>{}</p></div></footer></article>",
        esc(P_DE_TEXT_NOTE),
        esc(P_DE_COMMENTS_OFF)
    ));
    page.push_str(&format!(
        "<aside class=\"sidebar\">{}<div class=\"newsletter-box\"><h3>Kurier morning briefing</h3><p>{}</p><form><input type=\"email\" placeholder=\"Your e-mail address\"><button>Subscribe</button></form></div>{}</aside></main>\
         <section class=\"more-region\"><h2>More from {}</h2><div class=\"teaser-grid\">{cards}</div></section>\
         <section class=\"classifieds\"><h2>Ads and services</h2><ul>{classifieds}</ul></section></div>",
        p1_ad(c.rng, "rectangle"),
        esc(P_DE_NEWSLETTER),
        p1_ad(c.rng, "skyscraper"),
        esc(town)
    ));
    page.push_str(&format!(
        "<footer class=\"site-footer\"><ul class=\"site-footer__links\"><li><a href=\"/impressum\">Imprint</a></li><li><a href=\"/datenschutz\">Privacy</a></li>\
         <li><a href=\"/agb\">Terms</a></li><li><a href=\"/kontakt\">Contact</a></li><li><a href=\"/mediadaten\">Advertise</a></li><li><a href=\"#\" onclick=\"__cmp('showUi')\">Privacy settings</a></li></ul>\
         <p class=\"site-footer__imprint\">{}</p><p>&copy; {year} Rheinischer Kurier</p></footer></body></html>",
        esc(P_DE_IMPRINT)
    ));
    page
}

const P_BLOG_NAMES: &[(&str, &str)] = &[
    (
        "Notes from the County Line",
        "A retired newspaperman's running commentary on local politics, zoning fights, school boards and the occasional pie contest. Opinions are my own and usually unpopular.",
    ),
    (
        "The Valley Ledger",
        "Independent reporting and commentary on the towns of the upper valley since 2009. No ads, no sponsors, just a stubborn belief that somebody ought to be taking notes at these meetings.",
    ),
    (
        "Harbour Watch",
        "Keeping an eye on the port authority, city hall and whatever else washes up on the waterfront. Tips are always welcome, and so are corrections.",
    ),
];

const P_BLOG_ABOUT: &[&str] = &[
    "I spent thirty-one years as a reporter and editor at the daily paper before it was sold and the newsroom moved two counties away. These days I cover the meetings nobody else has time for, fish when the weather allows and argue with my neighbours about parking.",
    "Former teacher, current gadfly. I started this blog after the third consecutive budget hearing at which not a single journalist showed up. I read the documents so you do not have to, and I try very hard to get the facts right.",
];

const P_BLOG_LABELS: &[&str] = &[
    "city council",
    "budget",
    "schools",
    "zoning",
    "transport",
    "elections",
    "port authority",
    "history",
    "weather",
    "housing",
    "water",
    "letters",
];

const P_BLOG_POPULAR: &[(&str, &str)] = &[
    (
        "What the sewer bond really costs you",
        "Everybody agrees the pipes are old. Fewer people have read the repayment schedule, which stretches out to 2054 and assumes interest rates that nobody at the meeting could explain...",
    ),
    (
        "A short history of the Mill Street bridge",
        "The bridge was supposed to be temporary when it went up in 1938. Eighty-seven years and four resurfacing contracts later, it is still carrying the school buses every morning...",
    ),
    (
        "Why I am not running for the school board",
        "Several readers have asked, some of them kindly, whether I would put my name forward this year. The short answer is no, and the longer answer involves my wife, my blood pressure and...",
    ),
    (
        "Ten questions the candidates should answer",
        "Forums are fine, but the format rewards slogans. Here are the questions I would ask if anyone handed me the microphone, starting with where the money for the new fire station is coming from...",
    ),
];

const P_BLOG_BLOGROLL: &[(&str, &str)] = &[
    (
        "The Downriver Dispatch",
        "Planning commission punts on the warehouse again",
    ),
    (
        "Statehouse Scrawl",
        "The session's last week, by the numbers",
    ),
    (
        "Old Photos of the Valley",
        "Main Street, looking north, around 1952",
    ),
    ("Precinct 9 Notes", "Turnout maps from the special election"),
    (
        "Dr. Lin's Garden Journal",
        "Frost came early this year and the tomatoes know it",
    ),
];

const P_BLOG_COMMENTS: &[&str] = &[
    "Thank you for going to these meetings so the rest of us don't have to. I read the minutes afterwards and they left out half of what you describe here, which tells you something.",
    "I think you are being a little unfair to the council this time. They inherited this mess from the last lot, and at least they are talking about it in public now.",
    "My late father used to say the same thing about the water board forty years ago. Some things never change, and apparently the paperwork is one of them.",
    "Does anyone know whether there will be another public hearing before the final vote? I would like to speak but I work nights and the notice on the city website is out of date.",
    "Excellent post. I shared it with our neighbourhood association and we are going to invite someone from the planning office to our next meeting to explain the figures.",
    "You buried the most important point in the middle. If the state money does not come through, who pays? Nobody at the meeting wanted to answer that question.",
    "Long-time reader, first-time commenter. Your piece on the bridge last spring was the reason I started paying attention to any of this, so keep it up.",
];

const P_BLOG_REPLIES: &[&str] = &[
    "Fair point, and I should have made that clearer. I will add an update once the clerk sends me the revised figures, which she promised for the end of the week.",
    "As far as I can tell there will be one more hearing, probably in early spring. I will post the date here as soon as it is on the agenda.",
    "I agree with you about the middle part. Old habits: we were taught to put the drama at the top and the numbers further down, and I never quite unlearned it.",
    "Thanks for reading, and for the kind words. It is good to know somebody besides my sister makes it to the end of these posts.",
];

const P_BLOG_COMMENTERS: &[&str] = &[
    "Anonymous",
    "Margaret H.",
    "RiverRat57",
    "Tom Okonkwo",
    "Unknown",
    "Janice from Ward 3",
    "D. Pruitt",
    "valleyvoter",
];

const P_BLOG_COMMENT_NOTE: &str = "Comments are moderated because of spam. Please use your real name if you can, keep it civil and stay on topic. I will not publish personal attacks on private citizens, though elected officials are fair game within reason.";

const P_BLOG_DISCLAIMER: &str = "Everything on this blog is my own reporting and opinion and does not represent any employer, past or present. If I get something wrong, tell me and I will correct it in the post with a note.";

/// One Blogger comment with its nested replies.
fn p2_comment(
    rng: &mut Rng,
    id: &mut usize,
    text: &str,
    author: &str,
    replies: &[(String, bool)],
) -> String {
    *id += 1;
    let cid = format!("c{}{}", 7_000_000_000_usize + rng.below(999_999_999), *id);
    let when = format!(
        "{} {}, 2026 at {}",
        L_MONTHS[rng.below(3)],
        1 + rng.below(28),
        m_clock(rng)
    );
    let mut rs = String::new();
    for (t, by_owner) in replies {
        *id += 1;
        let when = format!(
            "{} {}, 2026 at {}",
            L_MONTHS[rng.below(3)],
            1 + rng.below(28),
            m_clock(rng)
        );
        let who = if *by_owner {
            author.to_string()
        } else {
            rng.pick(P_BLOG_COMMENTERS).to_string()
        };
        rs.push_str(&format!(
            "<li class=\"comment\" id=\"c{}{}\"><div class=\"avatar-image-container\"><img src=\"//resources.blogblog.example/img/blank.gif\" alt=\"\"></div>\
             <div class=\"comment-block\"><div class=\"comment-header\"><cite class=\"user{}\"><a href=\"https://www.blogger.example/profile/{}\" rel=\"nofollow\">{}</a></cite>\
             <span class=\"icon user{}\"></span><span class=\"datetime secondary-text\"><a rel=\"nofollow\" href=\"#c{}\">{}</a></span></div>\
             <p class=\"comment-content\">{}</p><span class=\"comment-actions secondary-text\"><span class=\"item-control blog-admin pid-{}\"><a href=\"/delete-comment.g\">Delete</a></span></span></div></li>",
            7_000_000_000_usize + rng.below(999_999_999),
            *id,
            if *by_owner { " blog-author" } else { "" },
            rng.below(99_999_999),
            esc(&who),
            if *by_owner { " blog-author" } else { "" },
            *id,
            when,
            esc(t),
            rng.below(9_999)
        ));
    }
    let replies_html = if replies.is_empty() {
        String::new()
    } else {
        format!(
            "<div class=\"comment-replies\"><div class=\"comment-thread inline-thread\"><span class=\"thread-toggle thread-expanded\"><span class=\"thread-arrow\"></span><span class=\"thread-count\"><a target=\"_self\">Replies</a></span></span>\
             <ol class=\"thread-chrome thread-expanded\">{rs}</ol><div class=\"continue\"><a class=\"comment-reply\" target=\"_self\">Reply</a></div></div></div>"
        )
    };
    format!(
        "<li class=\"comment\" id=\"{cid}\"><div class=\"avatar-image-container\"><img src=\"//resources.blogblog.example/img/blank.gif\" alt=\"\"></div>\
         <div class=\"comment-block\"><div class=\"comment-header\"><cite class=\"user\">{who}</cite><span class=\"icon user\"></span>\
         <span class=\"datetime secondary-text\"><a rel=\"nofollow\" href=\"#{cid}\">{when}</a></span></div><p class=\"comment-content\">{t}</p>\
         <span class=\"comment-actions secondary-text\"><a class=\"comment-reply\" target=\"_self\" data-comment-id=\"{cid}\">Reply</a>\
         <span class=\"item-control blog-admin\"><a href=\"/delete-comment.g\">Delete</a></span></span></div>{replies_html}</li>",
        who = esc(rng.pick(P_BLOG_COMMENTERS)),
        t = esc(text),
    )
}

/// P2 (round 7): a one-person local news blog on a hosted
/// blogging platform (Blogger "Simple"/"Awesome Inc." theme): the
/// platform navbar iframe, the blog title and a prose description in the
/// header, a date header, the post title, then `div.post-body` holding
/// the text in one of the editor's three shapes (text nodes separated by
/// `<br /><br />`, one `<div>` per paragraph with `<div><br /></div>`
/// spacers, or justified `<p>`s with font `<span>`s), with a centred
/// `separator` image or a caption table (`td.tr-caption`) among them;
/// the post footer ("Posted by ... at ...", share links, "Labels:",
/// reactions), "Newer Post / Older Post / Home", a prose moderation note,
/// threaded comments (full sentences, replies nested, some from the blog
/// author) and the comment form; a sidebar of widgets ("About Me" with a
/// prose profile, popular posts with prose snippets, a blog list with
/// latest posts, labels with counts, the blog archive tree, a prose
/// disclaimer), and the theme attribution.
fn p2_blogger(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let n = s.paragraphs.len();
    let (mnum, mname, day, year) = n_date(&s.date);
    let wd = O_WEEKDAYS[o_weekday(o_year(&year), mnum, day)];
    let (blog, desc) = P_BLOG_NAMES[c.rng.below(P_BLOG_NAMES.len())];
    let bslug = l_slug(blog).replace('-', "");
    let shape = c.rng.below(3);
    let img_at = if n >= 3 {
        c.rng.below(n - 1)
    } else {
        usize::MAX
    };
    let post_id = format!("{}", 1_000_000_000_000_usize + c.rng.below(999_999_999));
    let time = m_clock(c.rng);

    let image = |rng: &mut Rng| -> String {
        let src = format!(
            "https://blogger.googleusercontent.com/img/b/R29vZ2xl/{}/s640/IMG_{}.JPG",
            o_hex(rng, 24),
            1000 + rng.below(8999)
        );
        if rng.chance(50) {
            format!(
                "<div class=\"separator\" style=\"clear: both; text-align: center;\"><a href=\"{src}\" style=\"margin-left: 1em; margin-right: 1em;\">\
                 <img border=\"0\" data-original-height=\"960\" data-original-width=\"1280\" height=\"300\" src=\"{src}\" width=\"400\"></a></div>"
            )
        } else {
            format!(
                "<table align=\"center\" cellpadding=\"0\" cellspacing=\"0\" class=\"tr-caption-container\" style=\"margin-left: auto; margin-right: auto;\"><tbody>\
                 <tr><td style=\"text-align: center;\"><a href=\"{src}\" style=\"margin-left: auto; margin-right: auto;\"><img border=\"0\" height=\"300\" src=\"{src}\" width=\"400\"></a></td></tr>\
                 <tr><td class=\"tr-caption\" style=\"text-align: center;\">{}</td></tr></tbody></table>",
                esc(rng.pick(&[
                    "The view from the back row of the council chamber on Tuesday night. (My photo, apologies for the quality.)",
                    "The site as it looked last weekend. Not much has changed since my last visit in the autumn.",
                    "A copy of the agenda, with my notes in the margin. Click to enlarge.",
                ]))
            )
        }
    };
    let font = c.rng.pick(&[
        "georgia, serif",
        "arial, helvetica, sans-serif",
        "verdana, sans-serif",
    ]);
    let mut post = String::new();
    for (i, p) in s.paragraphs.iter().enumerate() {
        let t = c.body_paragraph(p);
        let last = i + 1 >= n;
        match shape {
            0 => {
                post.push_str(&t);
                if !last {
                    post.push_str("<br />\n<br />\n");
                }
            }
            1 => {
                post.push_str(&format!("<div>{t}</div>"));
                if !last {
                    post.push_str("<div><br /></div>");
                }
            }
            _ => post.push_str(&format!(
                "<p style=\"text-align: justify;\"><span style=\"font-family: {font};\">{t}</span></p>"
            )),
        }
        if i == img_at {
            post.push_str(&image(c.rng));
            if shape == 0 {
                post.push_str("<br />\n");
            }
        }
    }

    let labels: Vec<&str> = {
        let k0 = c.rng.below(P_BLOG_LABELS.len());
        (0..2 + c.rng.below(3))
            .map(|k| P_BLOG_LABELS[(k0 + k * 5) % P_BLOG_LABELS.len()])
            .collect()
    };
    let label_links: Vec<String> = labels
        .iter()
        .map(|l| {
            format!(
                "<a href=\"https://{bslug}.blogspot.example/search/label/{}\" rel=\"tag\">{}</a>",
                l.replace(' ', "%20"),
                esc(l)
            )
        })
        .collect();
    let mut cid = 0;
    let nc = c.rng.below(6);
    let c0 = c.rng.below(P_BLOG_COMMENTS.len());
    let mut thread = String::new();
    for k in 0..nc {
        let mut replies: Vec<(String, bool)> = Vec::new();
        if c.rng.chance(45) {
            replies.push((
                P_BLOG_REPLIES[(c0 + k) % P_BLOG_REPLIES.len()].to_string(),
                true,
            ));
            if c.rng.chance(40) {
                replies.push((
                    P_BLOG_COMMENTS[(c0 + k + 3) % P_BLOG_COMMENTS.len()].to_string(),
                    false,
                ));
            }
        }
        thread.push_str(&p2_comment(
            c.rng,
            &mut cid,
            P_BLOG_COMMENTS[(c0 + k) % P_BLOG_COMMENTS.len()],
            &s.author,
            &replies,
        ));
    }
    let comment_count = cid;
    let comments = format!(
        "<div class=\"comments threaded\" id=\"comments\"><a name=\"comments\"></a><h4>{}</h4><div class=\"comments-content\">\
         <div id=\"comment-holder\"><div class=\"comment-thread toplevel-thread\"><ol id=\"top-ra\">{thread}</ol></div></div>\
         <div class=\"comment-footer\"><div class=\"comment-form\"><a name=\"comment-form\"></a><h4 id=\"comment-post-message\">Post a Comment</h4><p>{}</p>\
         <a href=\"https://www.blogger.example/comment/frame/{post_id}\" id=\"comment-editor-src\"></a><iframe allowtransparency=\"true\" class=\"blogger-iframe-colorize blogger-comment-from-post\" frameborder=\"0\" height=\"410px\" id=\"comment-editor\" name=\"comment-editor\" src=\"\" width=\"100%\"></iframe></div></div></div></div>",
        match comment_count {
            0 => "No comments:".to_string(),
            1 => "1 comment:".to_string(),
            k => format!("{k} comments:"),
        },
        esc(P_BLOG_COMMENT_NOTE)
    );
    let about = c.rng.pick(P_BLOG_ABOUT);
    let p0 = c.rng.below(P_BLOG_POPULAR.len());
    let popular: String = (0..3)
        .map(|k| {
            let (h, snip) = P_BLOG_POPULAR[(p0 + k) % P_BLOG_POPULAR.len()];
            format!(
                "<li><div class=\"item-content\"><div class=\"item-thumbnail\"><a href=\"/2025/{:02}/{}.html\"><img alt=\"\" height=\"72\" src=\"https://blogger.googleusercontent.com/img/{}/w72-h72-p-k-no-nu/x.jpg\" width=\"72\"></a></div>\
                 <div class=\"item-title\"><a href=\"/2025/{:02}/{}.html\">{}</a></div><div class=\"item-snippet\">{}</div></div><div style=\"clear: both;\"></div></li>",
                1 + k,
                l_slug(h),
                o_hex(c.rng, 16),
                1 + k,
                l_slug(h),
                esc(h),
                esc(snip)
            )
        })
        .collect();
    let blogroll: String = P_BLOG_BLOGROLL
        .iter()
        .map(|(b, post)| {
            format!(
                "<li><div class=\"blog-icon\"><img height=\"16\" src=\"https://lh3.googleusercontent.com/blogger_img_proxy/{}\" width=\"16\"></div>\
                 <div class=\"blog-content\"><div class=\"blog-title\"><a href=\"https://{}.blogspot.example/\" target=\"_blank\">{}</a></div>\
                 <div class=\"item-content\"><span class=\"item-title\"><a href=\"https://{}.blogspot.example/post\" target=\"_blank\">{}</a></span>\
                 <div class=\"item-time\">{}</div></div></div><div style=\"clear: both;\"></div></li>",
                o_hex(c.rng, 20),
                l_slug(b).replace('-', ""),
                esc(b),
                l_slug(b).replace('-', ""),
                esc(post),
                c.rng.pick(&["2 hours ago", "1 day ago", "3 days ago", "1 week ago", "2 weeks ago"])
            )
        })
        .collect();
    let label_cloud: String = P_BLOG_LABELS
        .iter()
        .map(|l| {
            format!(
                "<li><a dir=\"ltr\" href=\"https://{bslug}.blogspot.example/search/label/{}\">{}</a><span dir=\"ltr\">({})</span></li>",
                l.replace(' ', "%20"),
                esc(l),
                1 + c.rng.below(80)
            )
        })
        .collect();
    let yr = o_year(&year);
    let mut archive = String::from("<ul class=\"hierarchy\">");
    for y in (yr.saturating_sub(3)..=yr).rev() {
        if y == yr {
            let months: String = (1..=mnum)
                .rev()
                .map(|m| {
                    format!(
                        "<li class=\"archivedate{}\"><a class=\"toggle\" href=\"javascript:void(0)\"><span class=\"zippy\">{}</span></a>\
                         <a class=\"post-count-link\" href=\"https://{bslug}.blogspot.example/{y}/{m:02}/\">{}</a> <span class=\"post-count\" dir=\"ltr\">({})</span></li>",
                        if m == mnum { " expanded" } else { " collapsed" },
                        if m == mnum { "▼&nbsp;" } else { "►&nbsp;" },
                        L_MONTHS[m - 1],
                        1 + c.rng.below(9)
                    )
                })
                .collect();
            archive.push_str(&format!(
                "<li class=\"archivedate expanded\"><a class=\"toggle\" href=\"javascript:void(0)\"><span class=\"zippy toggle-open\">▼&nbsp;</span></a>\
                 <a class=\"post-count-link\" href=\"https://{bslug}.blogspot.example/{y}/\">{y}</a> <span class=\"post-count\" dir=\"ltr\">({})</span><ul class=\"hierarchy\">{months}</ul></li>",
                5 + c.rng.below(30)
            ));
        } else {
            archive.push_str(&format!(
                "<li class=\"archivedate collapsed\"><a class=\"toggle\" href=\"javascript:void(0)\"><span class=\"zippy\">►&nbsp;</span></a>\
                 <a class=\"post-count-link\" href=\"https://{bslug}.blogspot.example/{y}/\">{y}</a> <span class=\"post-count\" dir=\"ltr\">({})</span></li>",
                20 + c.rng.below(60)
            ));
        }
    }
    archive.push_str("</ul>");
    let reactions: String = ["useful", "infuriating", "more please"]
        .iter()
        .map(|r| {
            format!(
                "<span class=\"reaction-buttons\"><input type=\"checkbox\"> {r} ({})</span> ",
                c.rng.below(20)
            )
        })
        .collect();

    let mut page = format!(
        "<!DOCTYPE html><html class=\"v2\" dir=\"ltr\" xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:b=\"http://www.google.com/2005/gml/b\" xmlns:data=\"http://www.google.com/2005/gml/data\" xmlns:expr=\"http://www.google.com/2005/gml/expr\">{}\
         <body class=\"loading variant-simplysimple\">",
        head(
            s,
            blog,
            &format!(
                "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"{be} - Atom\" href=\"https://{bslug}.blogspot.example/feeds/posts/default\">\
                 <link rel=\"service.post\" type=\"application/atom+xml\" href=\"https://www.blogger.example/feeds/{post_id}/posts/default\">\
                 <script type=\"text/javascript\">(function(){{var a=window,b=\"blogger\";a._WidgetManager=a._WidgetManager||{{}};a._WidgetManager._Init('//www.blogger.example/rearrange?blogID={post_id}','//{bslug}.blogspot.example/','{post_id}');}})();</script>",
                be = esc(blog)
            )
        )
    );
    page.push_str(&format!(
        "<div class=\"navbar section\" id=\"navbar\" name=\"Navbar\"><div class=\"widget Navbar\" data-version=\"1\" id=\"Navbar1\"><script type=\"text/javascript\">function setAttributeOnload(object, attribute, val){{}}</script>\
         <div id=\"navbar-iframe-container\"></div><iframe src=\"https://www.blogger.example/navbar/{post_id}?po={post_id}&amp;origin=https://{bslug}.blogspot.example\" title=\"Blogger Navigation and Search\" height=\"30px\" width=\"100%\" frameborder=\"0\"></iframe></div></div>\
         <div class=\"body-fauxcolumns\"><div class=\"fauxcolumn-outer body-fauxcolumn-outer\"><div class=\"cap-top\"><div class=\"cap-left\"></div><div class=\"cap-right\"></div></div></div></div>\
         <div class=\"content\"><div class=\"content-outer\"><header><div class=\"header-outer\"><div class=\"header-inner\"><div class=\"header section\" id=\"header\" name=\"Header\">\
         <div class=\"widget Header\" data-version=\"1\" id=\"Header1\"><div id=\"header-inner\"><div class=\"titlewrapper\"><h1 class=\"title\"><a href=\"https://{bslug}.blogspot.example/\">{be}</a></h1></div>\
         <div class=\"descriptionwrapper\"><p class=\"description\"><span>{de}</span></p></div></div></div></div></div></div></header>\
         <div class=\"tabs-outer\"><div class=\"tabs section\" id=\"crosscol\"><div class=\"widget PageList\" id=\"PageList1\"><div class=\"widget-content\"><ul>\
         <li><a href=\"https://{bslug}.blogspot.example/\">Home</a></li><li><a href=\"/p/about.html\">About this blog</a></li><li><a href=\"/p/documents.html\">Meeting documents</a></li><li><a href=\"/p/contact.html\">Send a tip</a></li></ul></div></div></div></div>",
        be = esc(blog),
        de = esc(desc)
    ));
    page.push_str(&format!(
        "<div class=\"main-outer\"><div class=\"main-inner columns-2\"><div class=\"columns-inner\"><div class=\"column-center-outer\"><div class=\"column-center-inner\">\
         <div class=\"main section\" id=\"main\" name=\"Main\"><div class=\"widget Blog\" data-version=\"1\" id=\"Blog1\"><div class=\"blog-posts hfeed\">\
         <div class=\"date-outer\"><h2 class=\"date-header\"><span>{wd}, {mname} {day}, {year}</span></h2><div class=\"date-posts\"><div class=\"post-outer\">\
         <div class=\"post hentry uncustomized-post-template\" itemprop=\"blogPost\" itemscope=\"itemscope\" itemtype=\"http://schema.org/BlogPosting\">\
         <meta content=\"{post_id}\" itemprop=\"postId\"><a name=\"{post_id}\"></a><h3 class=\"post-title entry-title\" itemprop=\"name\">{title}</h3>\
         <div class=\"post-header\"><div class=\"post-header-line-1\"></div></div>\
         <div class=\"post-body entry-content\" id=\"post-body-{post_id}\" itemprop=\"description articleBody\">{post}\n<div style=\"clear: both;\"></div></div>\
         <div class=\"post-footer\"><div class=\"post-footer-line post-footer-line-1\"><span class=\"post-author vcard\">Posted by <span class=\"fn\" itemprop=\"author\" itemscope=\"itemscope\" itemtype=\"http://schema.org/Person\">\
         <a class=\"g-profile\" href=\"https://www.blogger.example/profile/{prof}\" rel=\"author\" title=\"author profile\"><span itemprop=\"name\">{author}</span></a></span></span>\
         <span class=\"post-timestamp\"> at <meta content=\"https://{bslug}.blogspot.example/{year}/{mnum:02}/{slug}.html\" itemprop=\"url\"><a class=\"timestamp-link\" href=\"https://{bslug}.blogspot.example/{year}/{mnum:02}/{slug}.html\" rel=\"bookmark\" title=\"permanent link\">\
         <abbr class=\"published\" itemprop=\"datePublished\" title=\"{date}T12:00:00-05:00\">{time}</abbr></a></span>\
         <span class=\"post-comment-link\"><a class=\"comment-link\" href=\"#comment-form\">{cc}</a></span>\
         <span class=\"post-icons\"><span class=\"item-control blog-admin pid-{prof}\"><a href=\"https://www.blogger.example/post-edit.g?blogID={post_id}\" title=\"Edit Post\"><img alt=\"\" class=\"icon-action\" height=\"18\" src=\"https://resources.blogblog.example/img/icon18_edit_allbkg.gif\" width=\"18\"></a></span></span>\
         <div class=\"post-share-buttons goog-inline-block\"><a class=\"goog-inline-block share-button sb-email\" href=\"#\" target=\"_blank\" title=\"Email This\"><span class=\"share-button-link-text\">Email This</span></a>\
         <a class=\"goog-inline-block share-button sb-blog\" href=\"#\" target=\"_blank\" title=\"BlogThis!\"><span class=\"share-button-link-text\">BlogThis!</span></a>\
         <a class=\"goog-inline-block share-button sb-twitter\" href=\"#\" target=\"_blank\" title=\"Share to X\"><span class=\"share-button-link-text\">Share to X</span></a>\
         <a class=\"goog-inline-block share-button sb-facebook\" href=\"#\" target=\"_blank\" title=\"Share to Facebook\"><span class=\"share-button-link-text\">Share to Facebook</span></a>\
         <a class=\"goog-inline-block share-button sb-pinterest\" href=\"#\" target=\"_blank\" title=\"Share to Pinterest\"><span class=\"share-button-link-text\">Share to Pinterest</span></a></div></div>\
         <div class=\"post-footer-line post-footer-line-2\"><span class=\"post-labels\">Labels: {labels}</span></div>\
         <div class=\"post-footer-line post-footer-line-3\"><span class=\"reaction-buttons\">Reactions: </span>{reactions}</div></div></div>\
         {comments}</div></div></div></div>\
         <div class=\"blog-pager\" id=\"blog-pager\"><span id=\"blog-pager-newer-link\"><a class=\"blog-pager-newer-link\" href=\"https://{bslug}.blogspot.example/{year}/{mnum:02}/newer.html\" title=\"Newer Post\">Newer Post</a></span>\
         <span id=\"blog-pager-older-link\"><a class=\"blog-pager-older-link\" href=\"https://{bslug}.blogspot.example/{year}/{mnum:02}/older.html\" title=\"Older Post\">Older Post</a></span>\
         <a class=\"home-link\" href=\"https://{bslug}.blogspot.example/\">Home</a></div><div class=\"clear\"></div>\
         <div class=\"post-feeds\"><div class=\"feed-links\">Subscribe to: <a class=\"feed-link\" href=\"https://{bslug}.blogspot.example/feeds/{post_id}/comments/default\" target=\"_blank\" type=\"application/atom+xml\">Post Comments (Atom)</a></div></div></div></div></div></div>",
        title = esc(&s.title),
        prof = c.rng.below(99_999_999),
        author = esc(&s.author),
        slug = l_slug(&s.title),
        date = s.date,
        cc = match comment_count {
            0 => "No comments:".to_string(),
            1 => "1 comment:".to_string(),
            k => format!("{k} comments:"),
        },
        labels = label_links.join(",\n"),
    ));
    page.push_str(&format!(
        "<div class=\"column-right-outer\"><div class=\"column-right-inner\"><aside><div class=\"sidebar section\" id=\"sidebar-right-1\">\
         <div class=\"widget BlogSearch\" data-version=\"1\" id=\"BlogSearch1\"><h2 class=\"title\">Search This Blog</h2><div class=\"widget-content\"><form action=\"https://{bslug}.blogspot.example/search\"><input type=\"text\" name=\"q\"><input type=\"submit\" value=\"Search\"></form></div></div>\
         <div class=\"widget Profile\" data-version=\"1\" id=\"Profile1\"><h2>About Me</h2><div class=\"widget-content\"><a href=\"https://www.blogger.example/profile/{prof}\"><img alt=\"My photo\" class=\"profile-img\" height=\"80\" src=\"//blogger.googleusercontent.com/img/b/{ph}/s80/me.jpg\" width=\"60\"></a>\
         <dl class=\"profile-datablock\"><dt class=\"profile-data\"><a class=\"profile-name-link g-profile\" href=\"https://www.blogger.example/profile/{prof}\" rel=\"author\">{author}</a></dt><dd class=\"profile-textblock\">{about}</dd></dl>\
         <a class=\"profile-link\" href=\"https://www.blogger.example/profile/{prof}\" rel=\"author\">View my complete profile</a><div class=\"clear\"></div></div></div>\
         <div class=\"widget PopularPosts\" data-version=\"1\" id=\"PopularPosts1\"><h2>Popular Posts</h2><div class=\"widget-content popular-posts\"><ul>{popular}</ul><div class=\"clear\"></div></div></div>\
         <div class=\"widget BlogList\" data-version=\"1\" id=\"BlogList1\"><h2 class=\"title\">Blogs I read</h2><div class=\"widget-content\"><div class=\"blog-list-container\" id=\"BlogList1_container\"><ul id=\"BlogList1_blogs\">{blogroll}</ul><div class=\"clear\"></div></div></div></div>\
         <div class=\"widget Label\" data-version=\"1\" id=\"Label1\"><h2>Labels</h2><div class=\"widget-content list-label-widget-content\"><ul>{label_cloud}</ul><div class=\"clear\"></div></div></div>\
         <div class=\"widget BlogArchive\" data-version=\"1\" id=\"BlogArchive1\"><h2>Blog Archive</h2><div class=\"widget-content\"><div id=\"ArchiveList\"><div id=\"BlogArchive1_ArchiveList\">{archive}</div></div><div class=\"clear\"></div></div></div>\
         <div class=\"widget Text\" data-version=\"1\" id=\"Text1\"><h2 class=\"title\">The fine print</h2><div class=\"widget-content\">{disc}</div><div class=\"clear\"></div></div>\
         <div class=\"widget ReportAbuse\" data-version=\"1\" id=\"ReportAbuse1\"><h3 class=\"title\"><a class=\"report_abuse\" href=\"https://www.blogger.example/go/report-abuse\" rel=\"noopener nofollow\" target=\"_blank\">Report Abuse</a></h3></div>\
         </div></aside></div></div></div></div></div>\
         <footer><div class=\"footer-outer\"><div class=\"footer-inner\"><div class=\"foot section\" id=\"footer-3\"><div class=\"widget Attribution\" data-version=\"1\" id=\"Attribution1\">\
         <div class=\"widget-content\" style=\"text-align: center;\">Simple theme. Theme images by <a href=\"http://www.istockphoto.example/\" target=\"_blank\">luoman</a>. Powered by <a href=\"https://www.blogger.example\" target=\"_blank\">Blogger</a>.</div></div></div></div></div></footer>\
         </div></div><script type=\"text/javascript\" src=\"https://www.blogger.example/static/v1/widgets/{wj}-widgets.js\"></script>\
         <script type=\"text/javascript\">window['__wavt'] = 'AOuZoY{wj}';_WidgetManager._Init('//www.blogger.example/rearrange?blogID={post_id}');_WidgetManager._SetDataContext([{{'name': 'blog', 'data': {{'blogId': '{post_id}', 'title': '{bj}', 'pageType': 'item', 'postId': '{post_id}'}}}}]);</script></body></html>",
        prof = c.rng.below(99_999_999),
        ph = o_hex(c.rng, 20),
        author = esc(&s.author),
        about = esc(about),
        disc = esc(P_BLOG_DISCLAIMER),
        wj = c.rng.below(9_999_999),
        bj = l_json(blog).replace('\'', "\\'"),
    ));
    page
}

const P_LAW_COURTS: &[(&str, &str)] = &[
    (
        "U.S. District Court for the Northern District of Illinois",
        "N.D. Ill.",
    ),
    (
        "U.S. District Court for the Southern District of New York",
        "S.D.N.Y.",
    ),
    ("U.S. Court of Appeals for the Ninth Circuit", "9th Cir."),
    ("Delaware Court of Chancery", "Del. Ch."),
    ("U.S. District Court for the District of Columbia", "D.D.C."),
    (
        "U.S. Bankruptcy Court for the District of New Jersey",
        "Bankr. D.N.J.",
    ),
];

const P_LAW_PARTIES: &[&str] = &[
    "Harlow Logistics Inc.",
    "Meridian Water Authority",
    "Castellan Foods LLC",
    "Brightline Health Partners",
    "the City of Fairmont",
    "Vantage Mutual Insurance Co.",
    "Orchard Valley School District",
    "Northgate Capital Management LP",
];

const P_LAW_JUDGES: &[&str] = &[
    "U.S. District Judge Eleanor M. Whitcomb",
    "U.S. District Judge Rafael Ortega",
    "Chief Judge Miriam Castellanos",
    "Vice Chancellor Thomas Greer",
    "U.S. Bankruptcy Judge Kenneth Lau",
];

const P_LAW_NATURES: &[&str] = &[
    "Contract: Other",
    "Civil Rights: Other",
    "Securities/Commodities",
    "Other Statutory Actions",
    "Environmental Matters",
    "Antitrust",
];

const P_LAW_PRACTICE: &[&str] = &[
    "Appellate",
    "Banking",
    "Bankruptcy",
    "Class Action",
    "Competition",
    "Employment",
    "Energy",
    "Environmental",
    "Government Contracts",
    "Health",
    "Insurance",
    "Intellectual Property",
    "Product Liability",
    "Public Policy",
    "Securities",
    "Tax",
    "White Collar",
];

const P_LAW_DOC_PARAS: &[&str] = &[
    "Plaintiffs, by and through their undersigned counsel, bring this action on behalf of themselves and all others similarly situated, and allege as follows upon personal knowledge as to themselves and their own acts, and upon information and belief as to all other matters.",
    "This Court has subject-matter jurisdiction over this action pursuant to 28 U.S.C. § 1331 because the claims arise under the laws of the United States, and supplemental jurisdiction over the state-law claims pursuant to 28 U.S.C. § 1367.",
    "Venue is proper in this District under 28 U.S.C. § 1391(b) because a substantial part of the events or omissions giving rise to the claims occurred here, and because Defendant transacts business and maintains its principal place of business within this District.",
    "Before the Court is Defendant's motion to dismiss the amended complaint for failure to state a claim under Federal Rule of Civil Procedure 12(b)(6). For the reasons set forth below, the motion is granted in part and denied in part.",
    "To survive a motion to dismiss, a complaint must contain sufficient factual matter, accepted as true, to state a claim to relief that is plausible on its face. The Court accepts the well-pleaded allegations as true and draws all reasonable inferences in the plaintiff's favor.",
    "Defendant argues that the claims are barred by the applicable statute of limitations. But the limitations period does not begin to run until the plaintiff knew or should have known of the injury, and that question cannot be resolved on the pleadings alone.",
    "Accordingly, it is hereby ORDERED that the motion is GRANTED as to Counts III and IV, which are dismissed without prejudice, and DENIED in all other respects. Plaintiffs may file a second amended complaint within twenty-one days of the date of this order.",
    "WHEREFORE, Plaintiffs respectfully request that the Court enter judgment in their favor, award compensatory and punitive damages in an amount to be determined at trial, and grant such other and further relief as the Court deems just and proper.",
];

const P_LAW_RELATED: &[(&str, &str)] = &[
    (
        "Judge trims investor suit over delayed warehouse automation project",
        "The court found that several statements about the project's timeline were forward-looking and protected, but allowed claims over last year's earnings call to proceed.",
    ),
    (
        "Water utility agrees to $14M deal to end rate-overcharge class action",
        "The settlement, which still needs court approval, would resolve claims brought on behalf of roughly 90,000 residential customers across three counties.",
    ),
    (
        "Appeals panel revives whistleblower claims against hospital operator",
        "A divided panel said the lower court applied the wrong standard when it tossed the former billing manager's retaliation claims at summary judgment.",
    ),
    (
        "Food distributor must face antitrust suit from independent grocers",
        "The judge rejected the argument that the grocers lacked standing, saying they plausibly alleged they paid inflated prices as direct purchasers.",
    ),
    (
        "School district can't shake parents' records-access lawsuit",
        "The ruling allows the parents to seek discovery on how the district handled more than 300 public-records requests over a two-year period.",
    ),
];

const P_LAW_JOBS: &[&str] = &[
    "Litigation Associate (3-6 years), Chicago",
    "Senior Counsel, Regulatory Affairs, Washington, D.C.",
    "Bankruptcy Paralegal, Newark",
    "Appellate Staff Attorney, San Francisco",
];

const P_LAW_PAYWALL: &str = "Docket Daily provides breaking legal news and analysis on the cases, rulings and deals that matter to your practice. Start a free trial to read every story, set up alerts for your clients and competitors, and get access to court filings, dockets and our litigation analytics.";

const P_LAW_NEWSLETTER: &str = "Stay ahead of the rulings that move your practice. Our daily newsletters deliver the day's most important litigation news to your inbox before the courts open, sorted by practice area and jurisdiction.";

const P_LAW_DISCLAIMER: &str = "The content of Docket Daily is provided for general information only and does not constitute legal advice. Reading this site does not create an attorney-client relationship. Court documents are reproduced from public dockets and may contain errors introduced by optical character recognition.";

const P_LAW_CORRECTIONS: &str = "Docket Daily is committed to accuracy. If you believe a story contains an error, contact our corrections desk, and an editor will review it and publish any correction at the foot of the article.";

const P_LAW_COOKIES: &str = "We use cookies and related technologies to operate this site, to remember your preferences and subscriptions, and to analyse traffic. Some cookies are set by third-party services that appear on our pages. You can manage your preferences at any time from the link in the footer.";

/// The embedded court-document viewer: a toolbar, then one or two pages
/// of the filing's text (numbered paragraphs of legal prose) with page
/// footers.
fn p3_document(rng: &mut Rng, caption: &str, docket: &str, doc_no: usize) -> String {
    let pages = 1 + rng.below(2);
    let total = 8 + rng.below(40);
    let d0 = rng.below(P_LAW_DOC_PARAS.len());
    let mut text = String::new();
    let mut num = 1 + rng.below(4);
    for pg in 0..pages {
        let mut paras = String::new();
        for k in 0..2 + rng.below(3) {
            paras.push_str(&format!(
                "<p class=\"doc-text__para\"><span class=\"doc-text__num\">{num}.</span> {}</p>",
                esc(P_LAW_DOC_PARAS[(d0 + pg * 3 + k) % P_LAW_DOC_PARAS.len()])
            ));
            num += 1;
        }
        text.push_str(&format!(
            "<div class=\"doc-page\" data-page=\"{p}\"><div class=\"doc-page__header\">Case {docket} Document {doc_no} Filed {}/{:02}/25 Page {p} of {total}</div>\
             <div class=\"doc-text\">{paras}</div><div class=\"doc-page__footer\">{p}</div></div>",
            1 + rng.below(12),
            1 + rng.below(28),
            p = pg + 1,
        ));
    }
    format!(
        "<figure class=\"document-embed\" data-doc-id=\"{}\"><div class=\"document-embed__toolbar\"><span class=\"document-embed__title\">{}</span>\
         <span class=\"document-embed__pages\">{total} pages</span><a class=\"document-embed__download\" href=\"/documents/{}.pdf\">Download PDF</a>\
         <button class=\"document-embed__expand\">Full screen</button></div><div class=\"document-embed__viewer\" tabindex=\"0\">{text}</div>\
         <figcaption class=\"document-embed__caption\">Source: court records. Text extracted automatically from the PDF and may contain errors.</figcaption></figure>",
        rng.below(9_999_999),
        esc(caption),
        o_hex(rng, 16)
    )
}

/// P3 (round 7): subscription legal-news site (Law360- or
/// Courthouse-News-like): a cookie notice in prose, a masthead with a
/// long practice-area menu and a trial/sign-in bar, then a two-column
/// article: section label, headline, byline with time, share and
/// print/alert tools, a "Case information" card (case title, court,
/// docket number, judge, nature of suit, filing date) above the text or
/// in the rail; the paragraphs with an embedded court-document viewer
/// (one or two pages of the filing's numbered legal prose) and an ad
/// among them; after the text a "Counsel" block of full sentences about
/// who represents whom, an "--Editing by" line, a "Related" box with
/// prose summaries, related documents, a prose paywall/trial promo for
/// non-subscribers, a newsletter box, a corrections note; a rail with
/// "Most read", a prose trial pitch and legal job listings, and a footer
/// with a prose disclaimer.
fn p3_legal(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let n = s.paragraphs.len();
    let (_mnum, mname, day, year) = n_date(&s.date);
    let (court, court_abbr) = P_LAW_COURTS[c.rng.below(P_LAW_COURTS.len())];
    let pi = c.rng.below(P_LAW_PARTIES.len());
    let di = (pi + 1 + c.rng.below(P_LAW_PARTIES.len() - 1)) % P_LAW_PARTIES.len();
    let plaintiff = P_LAW_PARTIES[pi];
    let defendant = P_LAW_PARTIES[di];
    let cap_first = |x: &str| -> String {
        let mut ch = x.chars();
        match ch.next() {
            Some(f) => f.to_uppercase().collect::<String>() + ch.as_str(),
            None => String::new(),
        }
    };
    let case_title = format!("{} v. {}", cap_first(plaintiff), cap_first(defendant));
    let docket = format!(
        "{}:{}-cv-{:05}",
        1 + c.rng.below(3),
        year.get(2..4).unwrap_or("25"),
        c.rng.below(99_999)
    );
    let judge = c.rng.pick(P_LAW_JUDGES);
    let doc_no = 10 + c.rng.below(200);
    let doc_kind = c.rng.pick(&[
        "Read the complaint",
        "Read the opinion",
        "Read the order",
        "Read the motion to dismiss",
    ]);
    let doc_at = if n >= 3 { 1 + c.rng.below(n - 2) } else { 0 };
    let ad_at = if n >= 5 {
        (doc_at + 2).min(n - 2)
    } else {
        usize::MAX
    };
    let section = c.rng.pick(&[
        "Litigation",
        "Courts",
        "Class Action",
        "Appellate",
        "Securities",
    ]);
    let card_in_rail = c.rng.chance(50);
    let article_id = 1_800_000 + c.rng.below(199_999);

    let mut body = String::new();
    for (i, p) in s.paragraphs.iter().enumerate() {
        body.push_str(&format!("<p>{}</p>", c.body_paragraph(p)));
        if i + 1 >= n {
            break;
        }
        if i == doc_at {
            body.push_str(&p3_document(c.rng, doc_kind, &docket, doc_no));
        }
        if i == ad_at {
            body.push_str(&format!(
                "<div class=\"ad ad--in-content\" id=\"div-gpt-ad-{}\"><p class=\"ad__label\">Advertisement</p></div>",
                c.rng.below(999_999)
            ));
        }
    }

    let firms = [
        "Kessler Brandt LLP",
        "Ostrow & Vance PC",
        "Whitfield Marsh LLP",
        "Delgado Rhee LLP",
        "Carrow Lindqvist PLLC",
    ];
    let f0 = c.rng.below(firms.len());
    let counsel = format!(
        "<section class=\"article-counsel\"><h2>Counsel</h2><p>{p} is represented by {a1} and {a2} of {f1}.</p>\
         <p>{d} is represented by {a3} of {f2}.</p><p>The case is {ct}, case number {docket}, in the {court}.</p></section>",
        p = esc(&cap_first(plaintiff)),
        d = esc(&cap_first(defendant)),
        a1 = p3_name(c.rng),
        a2 = p3_name(c.rng),
        a3 = p3_name(c.rng),
        f1 = firms[f0],
        f2 = firms[(f0 + 2) % firms.len()],
        ct = esc(&case_title),
        court = esc(court),
    );
    let editing = format!(
        "<p class=\"article-credit\"><em>--Additional reporting by {}. Editing by {}.</em></p>",
        p3_name(c.rng),
        p3_name(c.rng)
    );
    let card = format!(
        "<aside class=\"case-card\"><h2 class=\"case-card__title\">Case information</h2><dl class=\"case-card__list\">\
         <dt>Case title</dt><dd><a href=\"/cases/{cid}\">{ct}</a></dd><dt>Court</dt><dd>{court}</dd><dt>Case number</dt><dd>{docket}</dd>\
         <dt>Judge</dt><dd>{judge}</dd><dt>Nature of suit</dt><dd>{nature}</dd><dt>Date filed</dt><dd>{fm}/{fd}/{fy}</dd></dl>\
         <a class=\"case-card__link\" href=\"/cases/{cid}/docket\">View full docket</a> <a class=\"case-card__alert\" href=\"/alerts/new?case={cid}\">Track this case</a></aside>",
        cid = o_hex(c.rng, 10),
        ct = esc(&case_title),
        court = esc(court),
        judge = esc(judge),
        nature = esc(c.rng.pick(P_LAW_NATURES)),
        fm = 1 + c.rng.below(12),
        fd = 1 + c.rng.below(28),
        fy = o_year(&year).saturating_sub(1 + c.rng.below(2)),
    );
    let r0 = c.rng.below(P_LAW_RELATED.len());
    let related: String = (0..3)
        .map(|k| {
            let (h, sum) = P_LAW_RELATED[(r0 + k) % P_LAW_RELATED.len()];
            format!(
                "<li class=\"related__item\"><a href=\"/articles/{}/{}\">{}</a><p class=\"related__summary\">{}</p><span class=\"related__date\">{} {}, {year}</span></li>",
                1_700_000 + c.rng.below(99_999),
                l_slug(h),
                esc(h),
                esc(sum),
                &mname[..3],
                1 + c.rng.below(28)
            )
        })
        .collect();
    let docs: String = ["Complaint", "Motion to dismiss", "Opinion and order", "Docket report"]
        .iter()
        .take(2 + c.rng.below(3))
        .map(|d| {
            format!(
                "<li><a href=\"/documents/{}.pdf\">{d}</a> <span class=\"doc-meta\">PDF, {} pages</span></li>",
                o_hex(c.rng, 12),
                3 + c.rng.below(60)
            )
        })
        .collect();
    let most_read: String = (0..5)
        .map(|k| {
            let h = P_LAW_RELATED[(r0 + 3 + k) % P_LAW_RELATED.len()].0;
            format!(
                "<li><span class=\"rank\">{}</span> <a href=\"/articles/{}\">{}</a></li>",
                k + 1,
                1_700_000 + c.rng.below(99_999),
                esc(h)
            )
        })
        .collect();
    let jobs: String = P_LAW_JOBS
        .iter()
        .map(|j| {
            format!(
                "<li><a href=\"https://jobs.docketdaily.example/{}\">{}</a> <span class=\"job__posted\">Posted {} days ago</span></li>",
                l_slug(j),
                esc(j),
                1 + c.rng.below(20)
            )
        })
        .collect();
    let practice: String = P_LAW_PRACTICE
        .iter()
        .map(|p| format!("<li><a href=\"/{}\">{}</a></li>", l_slug(p), esc(p)))
        .collect();
    let ld = format!(
        "<script type=\"application/ld+json\">{{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"{}\",\"datePublished\":\"{}\",\
         \"author\":{{\"@type\":\"Person\",\"name\":\"{}\"}},\"isAccessibleForFree\":false,\"hasPart\":{{\"@type\":\"WebPageElement\",\"isAccessibleForFree\":false,\"cssSelector\":\".article-body\"}}}}</script>",
        l_json(&s.title),
        s.date,
        l_json(&s.author)
    );
    let time = m_clock(c.rng);

    let mut page = format!(
        "<!DOCTYPE html><html lang=\"en\">{}<body class=\"article-page\" data-article-id=\"{article_id}\">",
        head(s, "Docket Daily", &ld)
    );
    page.push_str(&format!(
        "<div class=\"cookie-notice\" role=\"dialog\" aria-live=\"polite\"><p>{}</p><button class=\"cookie-notice__ok\">OK</button><a href=\"/privacy#cookies\">Cookie settings</a></div>\
         <div class=\"trial-bar\"><span>Try Docket Daily free for 7 days.</span> <a href=\"/trial\">Start free trial</a> <a href=\"/signin\">Sign in</a></div>\
         <header class=\"masthead\"><a class=\"masthead__logo\" href=\"/\">Docket Daily</a><form class=\"masthead__search\" action=\"/search\"><input name=\"q\" placeholder=\"Search news, cases and firms\"></form>\
         <nav class=\"masthead__sections\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/latest\">Latest News</a></li><li><a href=\"/courts\">Courts</a></li><li><a href=\"/firms\">Law Firms</a></li>\
         <li><a href=\"/in-depth\">In-Depth</a></li><li><a href=\"/trials\">Trials</a></li><li><a href=\"/newsletters\">Newsletters</a></li></ul></nav>\
         <nav class=\"masthead__practice\" aria-label=\"Practice areas\"><span>Practice areas</span><ul>{practice}</ul></nav></header>",
        esc(P_LAW_COOKIES)
    ));
    page.push_str(&format!(
        "<div class=\"layout\"><main class=\"layout__main\"><article class=\"article\"><header class=\"article__header\"><div class=\"article__section\"><a href=\"/{sslug}\">{section}</a></div>\
         <h1 class=\"article__headline\">{title}</h1><div class=\"article__byline\">By <a href=\"/authors/{aslug}\">{author}</a> <span class=\"article__dateline\">&middot; {mname} {day}, {year}, {time} EST</span></div>\
         <div class=\"article__tools\"><button>Share</button><a href=\"/articles/{article_id}/print\">Print</a><a href=\"/alerts?article={article_id}\">Create alert</a><button>Save</button><button>Listen</button></div></header>\
         {card_top}<div class=\"article-body\" id=\"article-body\">{body}{editing}</div>{counsel}\
         <section class=\"related\"><h2>Related</h2><ul>{related}</ul></section>\
         <section class=\"related-documents\"><h2>Documents in this story</h2><ul>{docs}</ul></section>\
         <section class=\"trial-promo\"><h2>Get the full picture</h2><p>{pay}</p><a class=\"btn\" href=\"/trial\">Start your free trial</a></section>\
         <section class=\"newsletter-signup\"><h2>Litigation Daily</h2><p>{news}</p><form><input type=\"email\" placeholder=\"Work email\"><button>Sign up</button></form></section>\
         <p class=\"corrections-note\">{corr}</p></article></main>",
        sslug = l_slug(section),
        title = esc(&s.title),
        aslug = l_slug(&s.author),
        author = esc(&s.author),
        card_top = if card_in_rail { "" } else { card.as_str() },
        pay = esc(P_LAW_PAYWALL),
        news = esc(P_LAW_NEWSLETTER),
        corr = esc(P_LAW_CORRECTIONS),
    ));
    page.push_str(&format!(
        "<aside class=\"layout__rail\">{card_rail}<div class=\"ad ad--rail\"><p class=\"ad__label\">Advertisement</p></div>\
         <section class=\"most-read\"><h2>Most Read</h2><ol>{most_read}</ol></section>\
         <section class=\"rail-trial\"><h2>Stay informed</h2><p>{pitch}</p><a href=\"/trial\">Try it free</a></section>\
         <section class=\"rail-jobs\"><h2>Legal jobs</h2><ul>{jobs}</ul><a href=\"https://jobs.docketdaily.example/\">See all jobs</a></section></aside></div>",
        card_rail = if card_in_rail { card.as_str() } else { "" },
        pitch = esc("Track the courts, judges and firms you care about. Subscribers get real-time alerts when new filings land on the dockets they follow."),
    ));
    page.push_str(&format!(
        "<footer class=\"site-footer\"><ul><li><a href=\"/about\">About</a></li><li><a href=\"/contact\">Contact Us</a></li><li><a href=\"/legal\">Terms of Service</a></li>\
         <li><a href=\"/privacy\">Privacy Policy</a></li><li><a href=\"/cookies\">Cookie Settings</a></li><li><a href=\"/sitemap\">Site Map</a></li></ul>\
         <p class=\"site-footer__disclaimer\">{}</p><p>&copy; {year} Docket Daily Media, Inc. All rights reserved.</p><p class=\"court-ref\">Court: {court_abbr}</p></footer></body></html>",
        esc(P_LAW_DISCLAIMER)
    ));
    page
}

/// A name for credit and counsel lines ("Dana K. Whitcombe").
fn p3_name(rng: &mut Rng) -> String {
    format!(
        "{} {}. {}",
        rng.pick(&[
            "Dana", "Marcus", "Priya", "Owen", "Lucia", "Samuel", "Grace", "Anil", "Helen",
            "Victor",
        ]),
        rng.pick(P_SPORT_INITIALS),
        rng.pick(P_SPORT_SURNAMES)
    )
}

const Q_IN_SECTIONS: &[&str] = &[
    "India",
    "World",
    "Business",
    "Tech",
    "Cricket",
    "Sports",
    "Entertainment",
    "Cities",
    "Lifestyle",
    "Astrology",
    "Education",
    "Auto",
    "Web Stories",
    "Photos",
    "Videos",
    "ePaper",
];

const Q_IN_CITIES: &[&str] = &[
    "Delhi",
    "Mumbai",
    "Bengaluru",
    "Hyderabad",
    "Chennai",
    "Kolkata",
    "Pune",
    "Ahmedabad",
    "Lucknow",
    "Jaipur",
    "Chandigarh",
    "Bhopal",
    "Patna",
    "Kochi",
];

const Q_IN_LANGUAGES: &[&str] = &[
    "\u{0939}\u{093f}\u{0928}\u{094d}\u{0926}\u{0940}",
    "\u{092e}\u{0930}\u{093e}\u{0920}\u{0940}",
    "\u{09ac}\u{09be}\u{0982}\u{09b2}\u{09be}",
    "\u{0ba4}\u{0bae}\u{0bbf}\u{0bb4}\u{0bcd}",
    "\u{0c24}\u{0c46}\u{0c32}\u{0c41}\u{0c17}\u{0c41}",
];

const Q_IN_ALSO_READ: &[&str] = &[
    "Gold rate today: Yellow metal slips for third straight session, check prices in your city",
    "Monsoon likely to hit Kerala coast two days early, says weather office",
    "Sensex, Nifty open higher as IT stocks rally; rupee gains 12 paise against dollar",
    "Government extends deadline for linking PAN with Aadhaar; here is how to check your status",
    "Metro phase 3: Commuters to get four new stations by December, says corporation",
    "Cabinet approves new scheme for small traders; what it means for you",
    "Opposition walks out of assembly over water-sharing row",
    "IPL auction: Franchises spend big on uncapped fast bowlers",
    "Railways to run 120 special trains for the festive season; full list here",
    "Heatwave alert: Schools in five districts to close early this week",
];

const Q_IN_CAPTIONS: &[&str] = &[
    "Representative image",
    "Representative image (Photo: PTI)",
    "File photo (Image: ANI)",
    "Image used for representational purposes only. (Photo: Reuters)",
    "Representative image. (Getty Images)",
    "The image has been used for representational purposes. (File)",
];

const Q_IN_TAILS: &[&str] = &[
    "(With inputs from agencies)",
    "(With inputs from PTI)",
    "(With inputs from ANI and IANS)",
    "(Except for the headline, this story has not been edited by Bharat Chronicle staff and is published from a syndicated feed.)",
];

const Q_IN_SEO: &[&str] = &[
    "Catch all the Business News, Breaking News, Market News, Latest News Updates and Live Updates on Bharat Chronicle. Download the Bharat Chronicle App to get daily market updates and live business news.",
    "Get the latest India news, world news, cricket scores and entertainment updates on Bharat Chronicle. Stay informed with breaking news alerts and in-depth analysis from across the country.",
    "Stay ahead with the latest news from your city, India and the world. Read more stories like this, watch videos and browse photo galleries only on Bharat Chronicle, your trusted source of news since 1952.",
];

const Q_IN_GOOGLE_NEWS: &[&str] = &[
    "Follow Bharat Chronicle on Google News and stay updated with the latest headlines from India and around the world.",
    "Stay updated with the latest news: click here to follow us on Google News and WhatsApp for instant alerts.",
    "Add Bharat Chronicle as a preferred source on Google and never miss an important update.",
];

const Q_IN_TRENDING: &[&str] = &[
    "IPL 2026",
    "Budget 2026",
    "Gold Rate Today",
    "Weather Today",
    "Stock Market Live",
    "Petrol Price Today",
    "Horoscope Today",
    "Bank Holidays",
    "Lottery Result",
    "Board Exam Results",
    "Monsoon Update",
    "Silver Rate Today",
];

const Q_IN_COMMENTERS: &[&str] = &[
    "Rakesh Sharma, Delhi",
    "Anita Iyer, Chennai",
    "Suresh K, Bengaluru",
    "Farhan Q., Hyderabad",
    "Deepak Verma, Lucknow",
    "Meena Joshi, Pune",
    "True Indian",
    "Concerned Citizen",
];

const Q_IN_COMMENTS: &[&str] = &[
    "Every year we hear the same announcements and every year the common man is left waiting. Let us see whether anything changes on the ground this time.",
    "Very balanced report. The government should take note of the concerns raised by the people who are actually affected instead of only listening to officials.",
    "Why is nobody talking about the cost? Ultimately the taxpayer will pay for all of this, and there is no accountability once the ribbon has been cut.",
    "Good move, but implementation is the real test. Our local office still has not updated its records from the last scheme, so I am not very hopeful.",
    "Media should ask tough questions instead of just printing press releases. The facts given in the second half of the story need to be verified independently.",
    "Proud of this achievement. Those who are always criticising should appreciate when something good happens for the country.",
];

const Q_IN_PHOTOSTORIES: &[&str] = &[
    "10 stunning hill stations to visit before the summer rush",
    "Best street food lanes in Old Delhi, ranked by our readers",
    "Bollywood couples who had dreamy winter weddings",
    "7 superfoods nutritionists swear by for better sleep",
    "From Goa to Gokarna: quiet beaches you have not heard of",
    "Most expensive players at this year's cricket auction",
];

const Q_IN_SPONSORED: &[(&str, &str)] = &[
    (
        "Doctors in Delhi surprised by this simple morning habit",
        "Thousands of people over 40 have started doing this before breakfast, and the results are said to be remarkable. Find out what it is.",
    ),
    (
        "Retire in 2030? Here is how much you need to invest monthly",
        "A simple calculator shows how a disciplined investment plan can build a retirement corpus faster than most people expect.",
    ),
    (
        "New 3BHK homes near the airport from just Rs 89 lakh",
        "Limited units available with flexible payment plans and possession within two years. Book a site visit this weekend.",
    ),
    (
        "This hearing aid is invisible and costs less than you think",
        "Audiologists say the new generation of devices fits completely inside the ear canal. See the offer available in your city.",
    ),
];

const Q_IN_COMMENT_RULES: &str = "Comments are moderated and will be published only if they adhere to our community guidelines. Abusive, communal, obscene or defamatory remarks will be removed, and repeat offenders will be blocked from commenting.";

const Q_IN_FOOTER: &str = "Bharat Chronicle is one of India's most widely read English news platforms, bringing readers breaking news, in-depth analysis and live coverage of politics, business, sport and entertainment from more than forty cities. Copyright 2026 Chronicle Media Private Limited. All rights reserved. Reproduction in whole or in part without written permission is prohibited.";

const Q_IN_APP: &str = "Read the latest news in English, Hindi and six other languages on the Bharat Chronicle app. Get personalised alerts for your city, live cricket scores and the daily e-paper on your phone.";

/// An ad slot of the Indian portal, labelled as the ad server expects.
fn q0_ad(rng: &mut Rng, style: usize) -> String {
    let id = 1_000_000 + rng.below(8_999_999);
    match style {
        0 => format!(
            "<div class=\"ad-slot ad-inarticle\" data-ad-unit=\"/2345/BC_Web/Article_ATF_{}\"><span class=\"ad-label\">Advertisement</span><div id=\"div-gpt-ad-{id}-0\" style=\"min-height:250px\"></div></div>",
            rng.below(9)
        ),
        1 => format!(
            "<div class=\"ins_instory_dv_cont\"><div class=\"ins_instory_dv_caption\">Advertisement</div><div class=\"ins_instory_dv\" id=\"adslot{id}\"></div><div class=\"ins_instory_dv_caption sp-ad\">Story continues below Advertisement</div></div>"
        ),
        _ => format!(
            "<div class=\"ad ad--inline\" data-slot=\"mid-{}\"><p class=\"ad__label\">ADVERTISEMENT</p><div class=\"ad__inner\" id=\"gpt-{id}\"></div></div>",
            rng.below(9)
        ),
    }
}

/// An inline "Also Read" link in the portal's three markups.
fn q0_also_read(rng: &mut Rng, style: usize) -> String {
    let h = rng.pick(Q_IN_ALSO_READ);
    let url = format!(
        "/india/{}/articleshow/{}.cms",
        l_slug(h),
        100_000_000 + rng.below(899_999_999)
    );
    match style {
        0 => format!(
            "<div class=\"also-read-box\"><span class=\"also-read-label\">Also read</span><a href=\"{url}\">{}</a></div>",
            esc(h)
        ),
        1 => format!(
            "<p><b>Also Read | </b><a href=\"{url}\" target=\"_blank\">{}</a></p>",
            esc(h)
        ),
        _ => format!(
            "<p class=\"story__also\"><strong>READ MORE:</strong> <a href=\"{url}\">{}</a></p>",
            esc(h)
        ),
    }
}

/// Q0 (round 8): English-language news portal of the Indian
/// subcontinent (Times-of-India/NDTV/Dawn-like), very dense with ads: a
/// breaking-news ticker, edition and language switch, a long section menu
/// with a city menu, a leaderboard ad, a breadcrumb, headline, a
/// "Synopsis" box that restates a sentence of the text, byline with
/// "Updated ... IST", a "Listen" button and a Google News follow button,
/// a lead image captioned "Representative image"; the text in one of
/// three markups (text nodes split by `<br/><br/>` with ad divs, `<p>`s
/// with "Advertisement / Story continues below Advertisement" slots, or
/// `div.story__content` paragraphs) with "Also Read" links, an embedded
/// post and a "Follow us on Google News" line inside the text container,
/// a "(With inputs from agencies)" tail and a "Catch all the ... News"
/// SEO paragraph; then trending-topic tags, a prose comment section with
/// moderation rules, "Top stories", photo stories, sponsored links with
/// prose blurbs, an app promo and a prose footer.
fn q0_desiportal(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let n = s.paragraphs.len();
    let (mnum, mname, day, year) = n_date(&s.date);
    let style = c.rng.below(3);
    let city = c.rng.pick(Q_IN_CITIES);
    let section = c.rng.pick(&["India", "Business", "Cities", "World"]);
    let article_id = 100_000_000 + c.rng.below(899_999_999);
    let hour = 8 + c.rng.below(14);
    let minute = c.rng.below(60);
    let ad_every = 1 + c.rng.below(2);
    let also_at: Vec<usize> = (0..n.saturating_sub(1))
        .filter(|i| i % 3 == 1 && c.rng.chance(70))
        .collect();
    let google_at = if n > 3 { 1 + c.rng.below(n - 2) } else { n };
    let tweet_at = if n > 4 && c.rng.chance(40) {
        n / 2
    } else {
        usize::MAX
    };
    let tail = c.rng.pick(Q_IN_TAILS);
    let seo = c.rng.pick(Q_IN_SEO);
    let seo_inside = c.rng.chance(60);
    let gnews = c.rng.pick(Q_IN_GOOGLE_NEWS);

    // The text with its inserts.
    let mut body = String::new();
    for (i, p) in s.paragraphs.iter().enumerate() {
        let t = c.body_paragraph(p);
        match style {
            0 => {
                body.push_str(&t);
                if i + 1 < n {
                    body.push_str("<br/><br/>");
                }
            }
            1 => body.push_str(&format!("<p>{t}</p>")),
            _ => body.push_str(&format!("<p class=\"story__text\">{t}</p>")),
        }
        if i + 1 >= n {
            break;
        }
        if also_at.contains(&i) {
            body.push_str(&q0_also_read(c.rng, style));
        }
        if i % ad_every == 0 {
            body.push_str(&q0_ad(c.rng, style));
        }
        if i == google_at {
            body.push_str(&match style {
                0 => format!(
                    "<div class=\"follow-gn\"><a href=\"https://news.google.com/publications/CAAqBwgKMLb{}\" rel=\"nofollow\"><img src=\"/img/google-news.svg\" alt=\"\"> {}</a></div>",
                    o_hex(c.rng, 6),
                    esc(gnews)
                ),
                _ => format!(
                    "<p class=\"gnews-line\"><em><a href=\"https://news.google.com/publications/CAAqBwgKMLb{}\">{}</a></em></p>",
                    o_hex(c.rng, 6),
                    esc(gnews)
                ),
            });
        }
        if i == tweet_at {
            body.push_str(&format!(
                "<blockquote class=\"twitter-tweet\" data-lang=\"en\"><p lang=\"en\" dir=\"ltr\">{}</p>&mdash; {} (@{}) <a href=\"https://twitter.com/x/status/{}\">{} {day}, {year}</a></blockquote><script async src=\"https://platform.twitter.com/widgets.js\"></script>",
                esc(c.rng.pick(&[
                    "Visuals from the spot where officials reviewed the arrangements this morning. More details awaited.",
                    "Update: the authorities have said the matter will be reviewed again next week. Full statement below.",
                    "We are closely monitoring the situation and will share further updates as they become available.",
                ])),
                esc(c.rng.pick(&["ANI", "Press Trust of India", "IANS", "DD News"])),
                c.rng.pick(&["ANI", "PTI_News", "ians_india", "DDNewslive"]),
                1_700_000_000_000_000_000u64 + c.rng.next() % 100_000_000_000_000_000,
                mname
            ));
        }
    }
    let tail_html = match style {
        0 => format!("<br/><br/>{}", esc(tail)),
        1 => format!("<p><i>{}</i></p>", esc(tail)),
        _ => format!("<p class=\"story__text\"><em>{}</em></p>", esc(tail)),
    };
    let seo_html = format!("<p class=\"seo-text\">{}</p>", esc(seo));
    let body_html = match style {
        0 => format!(
            "<div class=\"_s30J clearfix\" data-articlebody=\"1\">{body}{tail_html}</div>{}",
            if seo_inside {
                seo_html.clone()
            } else {
                String::new()
            }
        ),
        1 => format!(
            "<div class=\"Art-exp_wr\" id=\"ignorediv\"><div class=\"Art-exp_cn\"><div class=\"sp-cn ins_storybody\" id=\"ins_storybody\">{body}{tail_html}{}</div></div></div>",
            if seo_inside {
                seo_html.clone()
            } else {
                String::new()
            }
        ),
        _ => format!(
            "<div class=\"story__content overflow-hidden text-4 sm:text-4.5 pt-1 mt-1\">{body}{tail_html}{}</div>",
            if seo_inside {
                seo_html.clone()
            } else {
                String::new()
            }
        ),
    };

    let synopsis = l_pull_sentence(&s.paragraphs[0])
        .filter(|x| words(x) + 3 < words(&s.paragraphs[0]))
        .map(|x| {
            format!(
                "<div class=\"synopsis\"><h2 class=\"synopsis__title\">Synopsis</h2><div class=\"synopsis__text\">{}.</div></div>",
                esc(&x)
            )
        })
        .unwrap_or_default();
    let sections: String = Q_IN_SECTIONS
        .iter()
        .map(|t| format!("<li><a href=\"/{}\">{}</a></li>", l_slug(t), esc(t)))
        .collect();
    let cities: String = Q_IN_CITIES
        .iter()
        .map(|t| format!("<li><a href=\"/city/{}\">{}</a></li>", l_slug(t), esc(t)))
        .collect();
    let langs: String = Q_IN_LANGUAGES
        .iter()
        .enumerate()
        .map(|(k, t)| format!("<a href=\"https://lang{k}.bharatchronicle.example/\">{t}</a>"))
        .collect();
    let ticker: String = (0..4 + c.rng.below(3))
        .map(|_| {
            let h = c.rng.pick(Q_IN_ALSO_READ);
            format!(
                "<li><a href=\"/breaking/{}\">{}</a></li>",
                l_slug(h),
                esc(h)
            )
        })
        .collect();
    let trending: String = (0..6 + c.rng.below(5))
        .map(|k| {
            let t = Q_IN_TRENDING[(article_id + k * 5) % Q_IN_TRENDING.len()];
            format!(
                "<a class=\"trend-tag\" href=\"/topic/{}\">{}</a>",
                l_slug(t),
                esc(t)
            )
        })
        .collect();
    let ncom = 2 + c.rng.below(4);
    let comments: String = (0..ncom)
        .map(|k| {
            format!(
                "<li class=\"cmt\"><div class=\"cmt__user\"><span class=\"avatar\">{}</span><b>{}</b><span class=\"cmt__time\">{} {}</span></div>\
                 <div class=\"cmt__text\">{}</div><div class=\"cmt__actions\"><button>Up Vote {}</button><button>Down Vote {}</button><button>Reply</button></div></li>",
                Q_IN_COMMENTERS[(article_id + k) % Q_IN_COMMENTERS.len()]
                    .chars()
                    .next()
                    .unwrap_or('R'),
                esc(Q_IN_COMMENTERS[(article_id + k) % Q_IN_COMMENTERS.len()]),
                1 + c.rng.below(23),
                if c.rng.chance(50) { "hours ago" } else { "mins ago" },
                esc(Q_IN_COMMENTS[(article_id / 7 + k) % Q_IN_COMMENTS.len()]),
                c.rng.below(200),
                c.rng.below(60)
            )
        })
        .collect();
    let top_stories: String = (0..6)
        .map(|k| {
            let h = Q_IN_ALSO_READ[(article_id / 3 + k) % Q_IN_ALSO_READ.len()];
            format!(
                "<li><a href=\"/india/{}/articleshow/{}.cms\"><img src=\"/thumb/{}.jpg\" alt=\"\"><span>{}</span></a></li>",
                l_slug(h),
                c.rng.below(999_999_999),
                o_hex(c.rng, 8),
                esc(h)
            )
        })
        .collect();
    let photos: String = Q_IN_PHOTOSTORIES
        .iter()
        .map(|h| {
            format!(
                "<li><a href=\"/photostory/{}\"><img src=\"/ps/{}.jpg\" alt=\"\"><figcaption>{}</figcaption></a></li>",
                l_slug(h),
                o_hex(c.rng, 8),
                esc(h)
            )
        })
        .collect();
    let sponsored: String = Q_IN_SPONSORED
        .iter()
        .map(|(h, b)| {
            format!(
                "<div class=\"videoCube trc_spotlight_item\"><a href=\"https://popup.taboola.example/{}\"><img src=\"/tb/{}.jpg\" alt=\"\"><span class=\"video-label\">{}</span>\
                 <span class=\"video-description\">{}</span><span class=\"branding\">Sponsored | {}</span></a></div>",
                l_slug(h),
                o_hex(c.rng, 8),
                esc(h),
                esc(b),
                esc(c.rng.pick(&["HealthyLiving", "WealthWise", "Prime Realty", "HearClear"]))
            )
        })
        .collect();
    let ld = format!(
        "<script type=\"application/ld+json\">{{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"{}\",\"description\":\"{}\",\
         \"datePublished\":\"{}T{hour:02}:{minute:02}:00+05:30\",\"author\":[{{\"@type\":\"Person\",\"name\":\"{}\"}}],\"publisher\":{{\"@type\":\"Organization\",\"name\":\"Bharat Chronicle\"}},\
         \"articleSection\":\"{section}\",\"keywords\":\"{}\"}}</script>",
        l_json(&s.title),
        l_json(&s.paragraphs[0].chars().take(150).collect::<String>()),
        s.date,
        l_json(&s.author),
        l_json(&Q_IN_TRENDING[..4].join(","))
    );
    let listen = if c.rng.chance(50) {
        "<button class=\"listen-btn\" aria-label=\"Listen to this article\"><svg viewBox=\"0 0 24 24\"><use href=\"#i1\"/></svg> Listen to this article</button>"
    } else {
        ""
    };

    let mut page = format!(
        "<!DOCTYPE html><html lang=\"en\">{}<body class=\"article-page\">",
        head(s, "Bharat Chronicle", &ld)
    );
    page.push_str(&format!(
        "<div class=\"breaking-ticker\"><span class=\"breaking-ticker__label\">BREAKING</span><ul class=\"marquee\">{ticker}</ul></div>\
         <div class=\"top-strip\"><div class=\"edition\">Edition: <select><option>IN</option><option>US</option><option>UK</option><option>GCC</option></select></div>\
         <div class=\"langs\">{langs}</div><div class=\"date-today\">{weekday}, {mname} {day}, {year}</div><a class=\"epaper\" href=\"/epaper\">E-Paper</a><a class=\"signin\" href=\"/login\">Sign In</a></div>\
         <header class=\"site-header\"><a class=\"logo\" href=\"/\"><img src=\"/logo.svg\" alt=\"Bharat Chronicle\"></a>\
         <nav class=\"main-nav\"><ul>{sections}</ul></nav><nav class=\"city-nav\"><span>Cities:</span><ul>{cities}</ul></nav></header>",
        weekday = O_WEEKDAYS[o_weekday(o_year(&year), mnum, day)],
    ));
    page.push_str(&q0_ad(c.rng, 0));
    page.push_str(&format!(
        "<div class=\"container\"><div class=\"breadcrumb\"><a href=\"/\">News</a> &raquo; <a href=\"/{sslug}\">{section} News</a> &raquo; <a href=\"/city/{cslug}\">{city}</a> &raquo; <span>{t}</span></div>\
         <div class=\"row\"><div class=\"col-main\"><article class=\"artMain\" data-msid=\"{article_id}\"><h1 class=\"artTitle\">{t}</h1>{synopsis}\
         <div class=\"byline\"><span class=\"author\"><a href=\"/author/{aslug}\">{author}</a> / {desk}</span><span class=\"time\">Updated: {mname_short} {day}, {year}, {hour:02}:{minute:02} IST</span>\
         {listen}<a class=\"gn-follow\" href=\"https://news.google.com/publications/x\">Follow Us <img src=\"/img/gn.svg\" alt=\"Google News\"></a>\
         <div class=\"share\"><a href=\"https://wa.me/?text=x\">WhatsApp</a><a href=\"https://facebook.com/sharer\">Facebook</a><a href=\"https://x.com/intent\">X</a><span class=\"cmt-count\">{cc} Comments</span></div></div>\
         <figure class=\"leadimg\"><img src=\"https://static.bharatchronicle.example/photo/msid-{article_id},imgsize-{sz}/{img}.jpg\" alt=\"{alt}\" width=\"1200\" height=\"900\"><figcaption>{cap}</figcaption></figure>",
        sslug = l_slug(section),
        cslug = l_slug(city),
        city = esc(city),
        t = esc(&s.title),
        aslug = l_slug(&s.author),
        author = esc(&s.author),
        desk = c.rng.pick(&["TNN", "BC News Desk", "Agencies", "Edited by: Web Desk"]),
        mname_short = &mname[..3],
        cc = ncom,
        sz = c.rng.below(200_000),
        img = l_slug(&s.title),
        alt = o_attr(&s.title),
        cap = esc(c.rng.pick(Q_IN_CAPTIONS)),
    ));
    page.push_str(&body_html);
    if !seo_inside {
        page.push_str(&seo_html);
    }
    page.push_str(&format!(
        "<div class=\"trending-topics\"><h3>Trending Topics</h3>{trending}</div>\
         <div class=\"art-end-share\"><span>Share this story:</span><a href=\"#\">WhatsApp</a><a href=\"#\">Telegram</a><a href=\"#\">Copy link</a></div></article>\
         {ad}<section class=\"comments\" id=\"comments\"><h3>Readers' Comments ({ncom})</h3><p class=\"cmt-rules\">{rules}</p>\
         <div class=\"cmt-form\"><textarea placeholder=\"Share your views\"></textarea><button>Post comment</button></div><ul class=\"cmt-list\">{comments}</ul>\
         <a class=\"cmt-more\" href=\"/comments/{article_id}\">View all comments</a></section>\
         <section class=\"photostories\"><h3>Photostories</h3><ul>{photos}</ul></section>\
         <section class=\"taboola\" id=\"taboola-below-article\"><h3>You May Like</h3><div class=\"trc_rbox\">{sponsored}</div><span class=\"trc-attr\">Promoted Links by Taboola</span></section></div>",
        ad = q0_ad(c.rng, 2),
        rules = esc(Q_IN_COMMENT_RULES),
    ));
    page.push_str(&format!(
        "<aside class=\"col-rhs\">{}<div class=\"top-stories\"><h3>Top Stories</h3><ul>{top_stories}</ul></div>{}\
         <div class=\"app-promo\"><h4>Download the app</h4><p>{}</p><a href=\"https://play.google.com/x\">Google Play</a><a href=\"https://apps.apple.com/x\">App Store</a></div></aside></div></div>",
        q0_ad(c.rng, 2),
        q0_ad(c.rng, 0),
        esc(Q_IN_APP)
    ));
    page.push_str(&format!(
        "<footer class=\"site-footer\"><div class=\"footer-links\"><a href=\"/about\">About Us</a><a href=\"/contact\">Contact Us</a><a href=\"/advertise\">Advertise with Us</a>\
         <a href=\"/privacy\">Privacy Policy</a><a href=\"/terms\">Terms of Use</a><a href=\"/grievance\">Grievance Redressal</a><a href=\"/sitemap\">Sitemap</a></div>\
         <div class=\"footer-cities\">{cities2}</div><p class=\"footer-about\">{}</p></footer>\
         <div class=\"sticky-bottom-ad\"><span>Advertisement</span><div id=\"div-gpt-ad-sticky\"></div><button aria-label=\"Close ad\">&times;</button></div></body></html>",
        esc(Q_IN_FOOTER),
        cities2 = Q_IN_CITIES
            .iter()
            .map(|t| format!("<a href=\"/city/{}\">{} News</a>", l_slug(t), esc(t)))
            .collect::<String>()
    ));
    let _ = mnum;
    page
}

const Q_CR_COINS: &[(&str, &str, usize, usize)] = &[
    ("Bitcoin", "BTC", 88_000, 104_000),
    ("Ethereum", "ETH", 2_900, 3_900),
    ("Solana", "SOL", 140, 240),
    ("XRP", "XRP", 1, 3),
    ("BNB", "BNB", 560, 720),
    ("Dogecoin", "DOGE", 0, 1),
    ("Cardano", "ADA", 0, 2),
    ("Avalanche", "AVAX", 22, 48),
    ("Chainlink", "LINK", 12, 28),
    ("Toncoin", "TON", 3, 7),
    ("Polkadot", "DOT", 4, 9),
    ("Litecoin", "LTC", 70, 130),
];

const Q_CR_NAV: &[&str] = &[
    "Markets",
    "Finance",
    "Tech",
    "Policy",
    "Business",
    "Web3",
    "Opinion",
    "Research",
    "Prices",
    "Indices",
    "Data",
    "Podcasts",
    "Videos",
    "Events",
    "Newsletters",
];

const Q_CR_READ_MORE: &[&str] = &[
    "Bitcoin ETFs Log Third Straight Week of Outflows as Basis Trade Unwinds",
    "Stablecoin Supply Hits Record as Treasury Yields Slide",
    "Ether Options Traders Pile Into Bullish Bets Ahead of Network Upgrade",
    "Regulators Signal Softer Stance on Crypto Custody Rules",
    "Miners Sell Reserves as Hashprice Drops to Multi-Year Low",
    "Solana Memecoin Frenzy Cools as On-Chain Volumes Halve",
    "Tokenized Treasury Funds Cross $8B in Assets Under Management",
    "Exchange Reserves Fall to Lowest Level Since 2018, Data Shows",
];

const Q_CR_CARD_BLURBS: &[&str] = &[
    "The move comes as institutional demand for spot products cools and traders rotate into shorter-dated derivatives.",
    "Analysts say the data point to renewed appetite for on-chain dollars as yields on traditional savings accounts fall.",
    "Funding rates across major venues turned positive for the first time in three weeks, suggesting leverage is creeping back.",
    "The proposal would give state-chartered banks a clearer path to holding digital assets on behalf of their clients.",
    "Smaller operators are under the most pressure after the latest difficulty adjustment pushed costs above revenue.",
    "Developers say the slowdown is healthy after months of speculative launches that strained validators and wallets.",
];

const Q_CR_DISCLOSURE: &str = "Disclosure: The leader in news and information on cryptocurrency, digital assets and the future of money, Ledgerline is a media outlet that strives for the highest journalistic standards and abides by a strict set of editorial policies. Ledgerline is part of Northgate Holdings, which has interests in a range of digital asset businesses. Ledgerline journalists may receive equity-based awards as part of their compensation, and are subject to a policy that restricts their trading in assets they cover.";

const Q_CR_AI_NOTE: &str = "Parts of this article were generated with the assistance of AI tools and reviewed by our editorial team to ensure accuracy and adherence to our standards. For more information, see our full AI policy.";

const Q_CR_NOT_ADVICE: &str = "The views and opinions expressed here are for informational purposes only and do not constitute financial, investment or other advice. Cryptocurrencies are volatile, and you could lose all of the money you invest. Always do your own research before making any investment decision.";

const Q_CR_SPONSORED: &str = "This is a sponsored placement. Ledgerline does not endorse and is not responsible for any content, accuracy, quality, advertising, products or other materials promoted in this box. Readers should do their own research before taking any action related to the company.";

const Q_CR_BIOS: &[(&str, &str)] = &[
    (
        "is a markets reporter based in London who covers derivatives, exchange flows and the macro forces moving digital assets. She previously covered foreign exchange for a financial newswire.",
        "holds BTC and ETH below the company's disclosure threshold of $1,000.",
    ),
    (
        "covers policy and regulation from Washington. Before joining the newsroom he spent five years reporting on banking supervision and the Federal Reserve.",
        "does not hold any cryptocurrency.",
    ),
    (
        "is a senior reporter covering decentralized finance, stablecoins and tokenization. He has written about crypto since 2017 and holds a master's degree in financial economics.",
        "holds SOL above the company's disclosure threshold of $1,000.",
    ),
];

const Q_CR_EDITORS: &[&str] = &[
    "Stephen Alpert",
    "Parikshit Malhotra",
    "Oliver Knight",
    "Dana Whitfield",
    "Sheldon Reback",
];

const Q_CR_NEWSLETTER: &[(&str, &str)] = &[
    (
        "The Node",
        "The biggest crypto news and ideas of the day, delivered to your inbox every weekday afternoon.",
    ),
    (
        "Daily Debrief",
        "Start every day with the top news stories right now, plus original features, a podcast, videos and more.",
    ),
    (
        "Crypto Long & Short",
        "Get the best insights on crypto markets for institutional investors, every Sunday.",
    ),
];

const Q_CR_CHART_CAPTIONS: &[&str] = &[
    "Bitcoin's daily chart shows prices holding above the 50-day moving average after last week's pullback.",
    "The ether-bitcoin ratio has fallen to its lowest level in four years.",
    "Open interest in perpetual futures has climbed steadily since the start of the month.",
    "Stablecoin market capitalization by issuer over the past twelve months.",
];

const Q_CR_FOOTER: &str = "Ledgerline is an independent operating subsidiary of Northgate Holdings, with an editorial committee that has been formed to protect the independence of its journalism. Please note that our privacy policy, terms of use, cookies and do not sell my personal information policies have been updated.";

/// The price ticker strip: coin, price and 24-hour change.
fn q1_ticker(rng: &mut Rng, k0: usize, n: usize) -> String {
    (0..n)
        .map(|k| {
            let (name, sym, lo, hi) = Q_CR_COINS[(k0 + k) % Q_CR_COINS.len()];
            let (ch, dir) = m_change(rng);
            format!(
                "<a class=\"ticker-item\" href=\"/price/{}\"><span class=\"ticker-sym\">{sym}</span><span class=\"ticker-name\">{name}</span>\
                 <span class=\"ticker-price\">${}</span><span class=\"ticker-chg ticker-chg--{dir}\">{ch}</span></a>",
                l_slug(name),
                m_number(rng, lo, hi)
            )
        })
        .collect()
}

/// A one-sentence takeaway of a paragraph (never the whole paragraph).
fn q1_takeaway(p: &str) -> Option<String> {
    o3_takeaway(p)
}

/// Q1 (round 8): crypto/fintech news site
/// (CoinDesk/Decrypt-like) on a React app: a consent banner in prose, a
/// live price ticker strip, a header with a long menu and "Prices"
/// dropdown, a sponsored-placement strip with a prose disclaimer in some
/// pages, headline and a one-sentence dek, byline with "Edited by" and
/// published/updated times, a "What to know" box of sentences restated
/// from the text (or none), a lead image with a credit; the text in one
/// of two markups with a TradingView embed (copyright link), a chart
/// figure with a prose caption, "Read more:" link paragraphs and an
/// inline price card among the paragraphs; after it a "Disclosure" box, an
/// AI-assistance note and a not-advice disclaimer in prose, tags, an
/// "About the author" card with a prose bio and holdings line, "More For
/// You" cards with prose blurbs, a newsletter box, a rail with a prices
/// table and "Latest Crypto News", a prose footer and a flight-data
/// script repeating the text.
fn q1_crypto(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let n = s.paragraphs.len();
    let (_, mname, day, year) = n_date(&s.date);
    let style = c.rng.below(2);
    let k0 = c.rng.below(Q_CR_COINS.len());
    let coin = Q_CR_COINS[k0];
    let editor = c.rng.pick(Q_CR_EDITORS);
    let bio = Q_CR_BIOS[c.rng.below(Q_CR_BIOS.len())];
    let article_id = o_hex(c.rng, 12);
    let hour = c.rng.below(24);
    let minute = c.rng.below(60);
    let stamp = format!(
        "{} {day}, {year}, {}:{minute:02} {} UTC",
        &mname[..3],
        if hour.is_multiple_of(12) {
            12
        } else {
            hour % 12
        },
        if hour < 12 { "a.m." } else { "p.m." }
    );
    let updated = format!(
        "{} {day}, {year}, {}:{:02} p.m. UTC",
        &mname[..3],
        1 + c.rng.below(11),
        c.rng.below(60)
    );
    let tv_at = if n >= 3 { 1 + c.rng.below(n - 2) } else { 0 };
    let chart_at = if n >= 5 && c.rng.chance(60) {
        n - 2
    } else {
        usize::MAX
    };
    let read_more_at: Vec<usize> = (0..n.saturating_sub(1))
        .filter(|i| (i + 1) % 3 == 0 && c.rng.chance(75))
        .collect();
    let price_card_at = if n >= 4 && c.rng.chance(50) {
        0
    } else {
        usize::MAX
    };
    let sponsored = c.rng.chance(35);
    let ai_note = c.rng.chance(50);
    let takeaway_style = c.rng.below(3);

    let mut body = String::new();
    for (i, p) in s.paragraphs.iter().enumerate() {
        let t = c.body_paragraph(p);
        if style == 0 {
            body.push_str(&format!(
                "<div data-submodule-name=\"composer-content\" class=\"document-body font-body-lg\"><p>{t}</p></div>"
            ));
        } else {
            body.push_str(&format!("<p>{t}</p>"));
        }
        if i + 1 >= n {
            break;
        }
        if i == tv_at {
            body.push_str(&format!(
                "<div class=\"tradingview-widget-container\" style=\"height:420px\"><div id=\"tradingview_{}\"></div>\
                 <div class=\"tradingview-widget-copyright\"><a href=\"https://www.tradingview.com/symbols/{sym}USD/\" rel=\"noopener nofollow\" target=\"_blank\"><span class=\"blue-text\">{sym}USD chart</span></a> by TradingView</div>\
                 <script type=\"text/javascript\" src=\"https://s3.tradingview.com/tv.js\"></script><script type=\"text/javascript\">new TradingView.widget({{\"autosize\":true,\"symbol\":\"COINBASE:{sym}USD\",\"interval\":\"D\",\"timezone\":\"Etc/UTC\",\"theme\":\"light\",\"style\":\"1\",\"locale\":\"en\",\"container_id\":\"tradingview_{}\"}});</script></div>",
                o_hex(c.rng, 5),
                o_hex(c.rng, 5),
                sym = coin.1
            ));
        }
        if i == chart_at {
            body.push_str(&format!(
                "<figure class=\"article-chart\"><img src=\"https://cdn.ledgerline.example/charts/{}.png\" alt=\"Chart\" loading=\"lazy\"><figcaption><span>{}</span> <span class=\"credit\">({})</span></figcaption></figure>",
                o_hex(c.rng, 10),
                esc(c.rng.pick(Q_CR_CHART_CAPTIONS)),
                c.rng.pick(&["TradingView", "Glassnode", "Ledgerline Data", "Velo"])
            ));
        }
        if read_more_at.contains(&i) {
            let h = c.rng.pick(Q_CR_READ_MORE);
            let link = format!(
                "<strong>Read more:</strong> <a href=\"/markets/{year}/{}\">{}</a>",
                l_slug(h),
                esc(h)
            );
            body.push_str(&if style == 0 {
                format!(
                    "<div data-submodule-name=\"composer-content\" class=\"document-body font-body-lg\"><p>{link}</p></div>"
                )
            } else {
                format!("<p class=\"read-more\"><em>{link}</em></p>")
            });
        }
        if i == price_card_at {
            let (ch, dir) = m_change(c.rng);
            body.push_str(&format!(
                "<div class=\"price-widget\"><img src=\"/icons/{sym}.svg\" alt=\"\"><span class=\"pw-name\">{name}</span><span class=\"pw-sym\">{sym}</span>\
                 <span class=\"pw-price\">${}</span><span class=\"pw-chg {dir}\">{ch}</span><span class=\"pw-period\">24h</span><a href=\"/price/{}\">View chart</a></div>",
                m_number(c.rng, coin.2, coin.3),
                l_slug(coin.0),
                sym = coin.1,
                name = coin.0
            ));
        }
        if i == n / 2 && n >= 6 {
            body.push_str(&format!(
                "<div class=\"ad-wrapper\" data-ad=\"incontent\"><span class=\"ad-label\">Advertisement</span><div id=\"ad-incontent-{}\"></div></div>",
                c.rng.below(9)
            ));
        }
    }
    let body_html = if style == 0 {
        format!(
            "<div class=\"article-content-wrapper\" data-article-id=\"{article_id}\">{body}</div>"
        )
    } else {
        format!("<div class=\"post-content prose\" id=\"article-body\">{body}</div>")
    };

    let takeaways: Vec<String> = [0, n / 2, n - 1]
        .iter()
        .filter_map(|&k| q1_takeaway(&s.paragraphs[k]))
        .collect();
    let takeaway_box = if takeaway_style == 2 || takeaways.len() < 2 {
        String::new()
    } else {
        let title = if takeaway_style == 0 {
            "What to know:"
        } else {
            "Key takeaways"
        };
        format!(
            "<div class=\"key-takeaways\"><h2>{title}</h2><ul>{}</ul></div>",
            takeaways
                .iter()
                .map(|t| format!("<li>{}</li>", esc(t)))
                .collect::<String>()
        )
    };
    let nav: String = Q_CR_NAV
        .iter()
        .map(|t| format!("<li><a href=\"/{}\">{}</a></li>", l_slug(t), esc(t)))
        .collect();
    let prices_menu: String = Q_CR_COINS
        .iter()
        .map(|(name, sym, _, _)| {
            format!(
                "<li><a href=\"/price/{}\">{name} <span>{sym}</span></a></li>",
                l_slug(name)
            )
        })
        .collect();
    let ticker = q1_ticker(c.rng, k0, 10);
    let prices_rows: String = (0..8)
        .map(|k| {
            let (name, sym, lo, hi) = Q_CR_COINS[k];
            let (ch, dir) = m_change(c.rng);
            format!(
                "<tr><td>{}</td><td><a href=\"/price/{}\">{name}</a> <span>{sym}</span></td><td>${}</td><td class=\"{dir}\">{ch}</td></tr>",
                k + 1,
                l_slug(name),
                m_number(c.rng, lo, hi)
            )
        })
        .collect();
    let latest: String = (0..6)
        .map(|k| {
            let h = Q_CR_READ_MORE[(k + k0) % Q_CR_READ_MORE.len()];
            format!(
                "<li><time>{}</time><a href=\"/news/{}\">{}</a></li>",
                m_ago(c.rng),
                l_slug(h),
                esc(h)
            )
        })
        .collect();
    let cards: String = (0..4)
        .map(|k| {
            let h = Q_CR_READ_MORE[(k * 3 + k0 + 1) % Q_CR_READ_MORE.len()];
            format!(
                "<div class=\"more-card\"><a href=\"/markets/{year}/{}\"><img src=\"/img/{}.jpg\" alt=\"\"><span class=\"card-cat\">{}</span><h3>{}</h3><p>{}</p><span class=\"card-date\">{} {}, {year}</span></a></div>",
                l_slug(h),
                o_hex(c.rng, 8),
                c.rng.pick(&["Markets", "Policy", "Finance", "Tech"]),
                esc(h),
                esc(Q_CR_CARD_BLURBS[(k + k0) % Q_CR_CARD_BLURBS.len()]),
                &mname[..3],
                1 + c.rng.below(28)
            )
        })
        .collect();
    let tags: String = [coin.0, "Markets", "Trading", "Regulation", "ETFs"]
        .iter()
        .take(3 + c.rng.below(3))
        .map(|t| {
            format!(
                "<a class=\"tag\" href=\"/tag/{}\">{}</a>",
                l_slug(t),
                esc(t)
            )
        })
        .collect();
    let (nl_name, nl_text) = Q_CR_NEWSLETTER[c.rng.below(Q_CR_NEWSLETTER.len())];
    let flight: String = s
        .paragraphs
        .iter()
        .map(|p| {
            format!(
                "{{\\\"type\\\":\\\"paragraph\\\",\\\"text\\\":\\\"{}\\\"}},",
                l_json(&l_json(p))
            )
        })
        .collect();
    let author_first = s.author.split(' ').next().unwrap_or("The author");

    let mut page = format!(
        "<!DOCTYPE html><html lang=\"en\">{}<body class=\"bg-white font-sans\">",
        head(
            s,
            "Ledgerline",
            &format!(
                "<meta name=\"description\" content=\"{}\"><link rel=\"preconnect\" href=\"https://s3.tradingview.com\">",
                o_attr(&s.paragraphs[0].chars().take(140).collect::<String>())
            )
        )
    );
    page.push_str(&format!(
        "<div id=\"onetrust-banner-sdk\" role=\"region\" aria-label=\"Cookie banner\"><div class=\"ot-sdk-container\"><p id=\"onetrust-policy-text\">{}</p>\
         <button id=\"onetrust-accept-btn-handler\">Accept All Cookies</button><button id=\"onetrust-pc-btn-handler\">Cookies Settings</button></div></div>",
        esc(COOKIE_TEXT[2])
    ));
    page.push_str(&format!(
        "<div class=\"price-ticker overflow-hidden\" data-testid=\"price-ticker\"><div class=\"ticker-track animate-marquee\">{ticker}</div></div>\
         <header class=\"site-header sticky top-0\"><a class=\"logo\" href=\"/\" aria-label=\"Ledgerline home\"><svg viewBox=\"0 0 120 24\"><use href=\"#i2\"/></svg></a>\
         <nav aria-label=\"Main\"><ul class=\"flex gap-4\">{nav}</ul></nav><div class=\"dropdown\" data-menu=\"prices\"><button>Prices</button><ul>{prices_menu}</ul></div>\
         <button class=\"search\" aria-label=\"Search\"></button><a class=\"btn-sub\" href=\"/newsletters\">Subscribe</a></header>"
    ));
    if sponsored {
        page.push_str(&format!(
            "<div class=\"sponsored-strip\"><span class=\"badge\">Sponsored</span><a href=\"https://partner.example/launch\">Trade perpetuals with up to 50x leverage and zero maker fees on NovaX.</a><p class=\"sponsored-disclaimer\">{}</p></div>",
            esc(Q_CR_SPONSORED)
        ));
    }
    page.push_str(&format!(
        "<main class=\"container grid grid-cols-12\"><article class=\"col-span-8\"><div class=\"article-header\"><a class=\"category\" href=\"/markets\">{cat}</a>\
         <h1 class=\"font-headline-lg\">{t}</h1><h2 class=\"dek font-body-lg text-charcoal-600\">{dek}</h2>\
         <div class=\"byline\"><span>By <a href=\"/author/{aslug}\">{author}</a></span><span class=\"editor\">| Edited by {editor}</span>\
         <div class=\"timestamps\"><span>Updated {updated}</span><span>Published {stamp}</span></div>\
         <div class=\"share-row\"><button aria-label=\"Share on X\"></button><button aria-label=\"Share on LinkedIn\"></button><button aria-label=\"Copy link\"></button><button>Listen ({mins} min)</button></div></div></div>\
         {takeaway_box}<figure class=\"lead-image\"><img src=\"https://cdn.ledgerline.example/{img}.jpg\" alt=\"\" width=\"1440\" height=\"810\"><figcaption>({credit})</figcaption></figure>{body_html}",
        cat = c.rng.pick(&["Markets", "Policy", "Finance", "Tech"]),
        t = esc(&s.title),
        dek = esc(c.rng.pick(&[
            "Traders are weighing the news against a backdrop of thinning liquidity and shifting rate expectations.",
            "The development adds to a busy week for digital-asset markets, where volatility has picked up sharply.",
            "Market participants say the coming days will show whether the move has staying power.",
        ])),
        aslug = l_slug(&s.author),
        author = esc(&s.author),
        mins = l_minutes(s),
        img = o_hex(c.rng, 16),
        credit = esc(c.rng.pick(&[
            "Ledgerline Studio / Midjourney",
            "Getty Images",
            "Unsplash",
            "Modified by Ledgerline"
        ])),
    ));
    page.push_str(&format!(
        "<div class=\"disclosure-box border p-4\"><h3>Disclosure &amp; Polices</h3><p>{}</p></div>{}\
         <p class=\"disclaimer text-sm\"><em>{}</em></p><div class=\"tags\">{tags}</div>\
         <div class=\"author-card\"><img src=\"/authors/{aslug}.jpg\" alt=\"\"><div><h3>About the author</h3><a class=\"author-name\" href=\"/author/{aslug}\">{author}</a>\
         <p>{author} {}</p><p class=\"holdings\">{first} {}</p><a href=\"https://x.com/{aslug}\">X (Twitter)</a></div></div></article>",
        esc(Q_CR_DISCLOSURE),
        if ai_note {
            format!("<div class=\"ai-note\"><p>{}</p></div>", esc(Q_CR_AI_NOTE))
        } else {
            String::new()
        },
        esc(Q_CR_NOT_ADVICE),
        esc(bio.0),
        esc(bio.1),
        aslug = l_slug(&s.author),
        author = esc(&s.author),
        first = esc(author_first),
    ));
    page.push_str(&format!(
        "<aside class=\"col-span-4 rail\"><div class=\"rail-prices\"><h3>Top Assets</h3><table><thead><tr><th>#</th><th>Name</th><th>Price</th><th>24H</th></tr></thead><tbody>{prices_rows}</tbody></table><a href=\"/prices\">View all prices</a></div>\
         <div class=\"ad-wrapper\"><span class=\"ad-label\">Advertisement</span><div id=\"ad-rail-1\"></div></div>\
         <div class=\"latest\"><h3>Latest Crypto News</h3><ul>{latest}</ul></div></aside></main>\
         <section class=\"more-for-you container\"><h2>More For You</h2><div class=\"grid grid-cols-4\">{cards}</div></section>\
         <section class=\"newsletter-signup\"><h3>{}</h3><p>{}</p><form><input type=\"email\" placeholder=\"Enter your email\"><button>Sign Up</button></form>\
         <p class=\"fine-print\">By signing up, you will receive emails about Ledgerline products and you agree to our terms of use and privacy policy.</p></section>",
        esc(nl_name),
        esc(nl_text)
    ));
    page.push_str(&format!(
        "<footer class=\"site-footer\"><div class=\"footer-cols\"><ul><li><a href=\"/about\">About</a></li><li><a href=\"/masthead\">Masthead</a></li><li><a href=\"/careers\">Careers</a></li>\
         <li><a href=\"/ethics\">Ethics Policy</a></li><li><a href=\"/contact\">Contact</a></li><li><a href=\"/accessibility\">Accessibility</a></li><li><a href=\"/advertise\">Advertise</a></li></ul></div>\
         <p class=\"footer-note\">{}</p><p>&copy;{year} Ledgerline. All rights reserved.</p></footer>\
         <script>self.__next_f=self.__next_f||[];self.__next_f.push([1,\"7:[\\\"$\\\",\\\"article\\\",null,{{\\\"id\\\":\\\"{article_id}\\\",\\\"body\\\":[{flight}{{}}]}}]\"])</script></body></html>",
        esc(Q_CR_FOOTER)
    ));
    page
}

const Q_POD_SHOWS: &[(&str, &str)] = &[
    (
        "The Briefing Room",
        "A daily news podcast from the Northern Courier newsroom. Every weekday morning our reporters take you inside one story that matters, in about twenty-five minutes.",
    ),
    (
        "Signal & Noise",
        "Twice a week, two veteran correspondents cut through the headlines to explain what is really going on in politics, business and the world, and why it matters to you.",
    ),
    (
        "Local Matters",
        "The podcast about the decisions made in council chambers, courtrooms and classrooms near you. Hosted by the reporters who sat through the meetings so you did not have to.",
    ),
];

const Q_POD_HOSTS: &[&str] = &[
    "Maya Okonjo",
    "Daniel Ferreira",
    "Priya Natarajan",
    "Tom Hallett",
    "Ines Carvalho",
];

const Q_POD_CHAPTERS: &[&str] = &[
    "Introduction",
    "How we got here",
    "What the documents show",
    "The view from the ground",
    "Sponsor break",
    "Who pays, and how much",
    "What happens next",
    "Listener question",
    "Credits",
];

const Q_POD_SPONSORS: &[&str] = &[
    "This episode is brought to you by Northwind Mattress. Sleep cooler and wake up refreshed with a mattress designed by engineers, not salespeople. Go to northwind.example/briefing and use code BRIEFING for 20 percent off your first order.",
    "Support for this podcast comes from Ledgerly, the accounting software that small businesses actually enjoy using. Send invoices, track expenses and run payroll in one place. Start a free 30-day trial at ledgerly.example/podcast.",
    "This show is supported by Fernway Meal Kits. Fresh ingredients and chef-designed recipes delivered to your door every week. New customers get their first box free when they sign up at fernway.example/listen.",
    "Today's episode is sponsored by Harbourline Bank. Open a high-yield savings account in minutes, with no monthly fees and no minimum balance. Terms apply, and the bank is a member of the deposit insurance scheme.",
];

const Q_POD_GUEST_BIOS: &[&str] = &[
    "a correspondent who has covered the story since it began and spent the last month reporting from the region.",
    "a professor of public policy whose research focuses on infrastructure finance and local government.",
    "a former regulator who now advises companies on compliance and writes a weekly newsletter about the industry.",
    "an investigative reporter on the data desk, who obtained the documents discussed in this episode.",
];

const Q_POD_OTHER_EPISODES: &[(&str, &str)] = &[
    (
        "Inside the race to rebuild the grid",
        "Utilities say they need to double their spending on transmission lines within a decade. We follow one project from the planning office to the protest camp and ask who ends up paying the bill.",
    ),
    (
        "The town that voted to close its only school",
        "After years of falling enrolment, residents made a painful choice. Our reporter spent a week there to understand what a community loses when its school bell stops ringing.",
    ),
    (
        "Why your groceries still cost so much",
        "Inflation has cooled, but prices at the checkout have not come down. An economist explains where the money is going and why it may take years for shoppers to feel relief.",
    ),
    (
        "A mailbag episode: your questions answered",
        "We asked for your questions about the election and you sent hundreds. Our politics team answers the most common ones, from recounts to the rules on early voting.",
    ),
    (
        "The long fight over a river",
        "Farmers, cities and tribes all have claims on the same water. As the reservoir drops to a record low, negotiators are running out of time to strike a deal.",
    ),
];

const Q_POD_REVIEWS: &[(&str, &str)] = &[
    (
        "Part of my morning routine",
        "I listen to this every day on my commute and it is the only news show that explains things without shouting. The hosts clearly do their homework and the guests are always well chosen.",
    ),
    (
        "Great reporting, too many ads",
        "The journalism is excellent and I learn something every episode, but lately the sponsor breaks have gotten longer. Still five stars for the content itself.",
    ),
    (
        "Calm and thorough",
        "A rare podcast that trusts its listeners with complexity. I especially appreciate the episodes where they go back and follow up on earlier stories.",
    ),
];

const Q_POD_CREDITS: &str = "This episode was produced by Lena Cho and Marcus Webb, with help from Aisha Raman. It was edited by Paul Grady, with original music by Theo Lindqvist. Our fact-checker is Hana Moreau, and the show was mixed by Jonah Beck. Special thanks to the Northern Courier audio team.";

const Q_POD_TRANSCRIPT_NOTE: &str = "Transcripts are produced on a rush deadline using a combination of speech recognition software and human transcribers, and may contain errors. Please check the corresponding audio before quoting in print.";

const Q_POD_ADCHOICES: &str =
    "Learn more about your ad choices. Visit podcastchoices.example/adchoices";

const Q_POD_SUPPORT: &str = "Our podcasts are free to everyone, but they are not free to make. If you value this reporting, please consider subscribing to the Northern Courier, which gives you unlimited access to our journalism and supports the people who produce this show.";

const Q_POD_PLATFORMS: &[&str] = &[
    "Apple Podcasts",
    "Spotify",
    "YouTube Music",
    "Amazon Music",
    "Pocket Casts",
    "Overcast",
    "RSS",
];

/// Q2 (round 8): podcast episode page of a newspaper's
/// audio section: a cookie bar in prose, a site header with an "Audio"
/// sub-menu, a show header (artwork, show name, a prose show
/// description, "Follow" and subscribe links to Apple Podcasts, Spotify
/// and others), the episode title, number, date and duration, an audio
/// player (play button, scrubber, speed, download, share), then the
/// episode write-up as the text (plain `<p>`s, a clamped description
/// with a "Show more" button, or a rich-text block that also holds
/// "Advertising inquiries" and ad-choices lines after the text); after
/// it a timestamped chapters list, guests with one-sentence bios,
/// sponsor reads in prose, prose credits, a "Read the transcript" note
/// with a prose disclaimer, a support appeal, "More episodes" with prose
/// summaries, listener reviews in prose, a newsletter box and a footer;
/// a `PodcastEpisode` JSON-LD block repeats the first paragraph.
fn q2_podcast(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let (_, mname, day, year) = n_date(&s.date);
    let show_k = c.rng.below(Q_POD_SHOWS.len());
    let (show, show_desc) = Q_POD_SHOWS[show_k];
    let host = c.rng.pick(Q_POD_HOSTS);
    let ep = 120 + c.rng.below(700);
    let total_min = 18 + c.rng.below(40);
    let secs = c.rng.below(60);
    let style = c.rng.below(3);
    let show_slug = l_slug(show);
    let ep_slug = l_slug(&s.title);

    let mut notes = String::new();
    for p in &s.paragraphs {
        let t = c.body_paragraph(p);
        notes.push_str(&format!("<p>{t}</p>"));
    }
    let sponsor_count = 1 + c.rng.below(3);
    let sponsors: String = (0..sponsor_count)
        .map(|k| {
            format!(
                "<li><p>{}</p></li>",
                esc(Q_POD_SPONSORS[(ep + k) % Q_POD_SPONSORS.len()])
            )
        })
        .collect();
    let notes_html = match style {
        0 => format!(
            "<section class=\"episode-notes\" aria-label=\"Episode notes\"><h2 class=\"visually-hidden\">Episode notes</h2>{notes}</section>"
        ),
        1 => format!(
            "<div class=\"episode-description\"><div class=\"episode-description__text line-clamp-6\" id=\"desc-{ep}\">{notes}</div>\
             <button class=\"episode-description__toggle\" aria-controls=\"desc-{ep}\" aria-expanded=\"false\">Show more</button></div>"
        ),
        _ => format!(
            "<div class=\"rich-text episode-body\" data-block=\"show-notes\">{notes}<p><br></p><p>Advertising inquiries: <a href=\"https://advertising.example/{show_slug}\">https://advertising.example/{show_slug}</a></p>\
             <p>{}</p></div>",
            esc(Q_POD_ADCHOICES)
        ),
    };
    let mut minute = 0usize;
    let nchap = 4 + c.rng.below(4);
    let chapters: String = (0..nchap)
        .map(|k| {
            let title = if k == 0 {
                "Introduction"
            } else if k + 1 == nchap {
                "Credits"
            } else {
                Q_POD_CHAPTERS[1 + (ep + k) % (Q_POD_CHAPTERS.len() - 2)]
            };
            let sec = c.rng.below(60);
            let li = format!(
                "<li><a class=\"chapter-link\" href=\"#t={}\" data-seek=\"{}\"><span class=\"chapter-time\">{:02}:{:02}</span></a> <span class=\"chapter-title\">{}</span></li>",
                minute * 60 + sec,
                minute * 60 + sec,
                minute,
                sec,
                esc(title)
            );
            minute += 2 + c.rng.below(total_min / nchap + 1);
            li
        })
        .collect();
    let nguests = 1 + c.rng.below(2);
    let guests: String = (0..nguests)
        .map(|k| {
            let name = Q_POD_HOSTS[(show_k + k + 2) % Q_POD_HOSTS.len()];
            format!(
                "<li class=\"guest\"><img src=\"/people/{}.jpg\" alt=\"\"><p><strong>{}</strong>, {}</p></li>",
                l_slug(name),
                esc(name),
                esc(Q_POD_GUEST_BIOS[(ep + k) % Q_POD_GUEST_BIOS.len()])
            )
        })
        .collect();
    let platforms: String = Q_POD_PLATFORMS
        .iter()
        .map(|p| {
            format!(
                "<li><a class=\"subscribe-link\" href=\"https://{}.example/{show_slug}\"><img src=\"/badges/{}.svg\" alt=\"\"> <span>{}</span></a></li>",
                l_slug(p),
                l_slug(p),
                esc(p)
            )
        })
        .collect();
    let more: String = (0..4)
        .map(|k| {
            let (h, d) = Q_POD_OTHER_EPISODES[(ep + k) % Q_POD_OTHER_EPISODES.len()];
            format!(
                "<li class=\"episode-card\"><a href=\"/podcasts/{show_slug}/{}\"><img src=\"/art/{}.jpg\" alt=\"\"><h3>{}</h3></a><p class=\"episode-card__summary\">{}</p>\
                 <div class=\"episode-card__meta\"><span>{} {}</span> &middot; <span>{} min</span><button aria-label=\"Play episode\">Play</button></div></li>",
                l_slug(h),
                o_hex(c.rng, 8),
                esc(h),
                esc(d),
                &mname[..3],
                1 + c.rng.below(28),
                15 + c.rng.below(40)
            )
        })
        .collect();
    let reviews: String = Q_POD_REVIEWS
        .iter()
        .map(|(h, b)| {
            format!(
                "<div class=\"review\"><div class=\"stars\" aria-label=\"{} out of 5 stars\">{}</div><h4>{}</h4><p>{}</p><span class=\"review-author\">{}</span></div>",
                4 + c.rng.below(2),
                "&#9733;".repeat(4),
                esc(h),
                esc(b),
                esc(c.rng.pick(&["commuter_kate", "J. Alvarez", "newsjunkie88", "Robin in Leeds", "mkt_watcher"]))
            )
        })
        .collect();
    let sponsor_block = format!(
        "<section class=\"episode-sponsors\"><h2>Sponsors</h2><ul>{sponsors}</ul></section>"
    );
    let sponsor_first = c.rng.chance(30);
    let ld = format!(
        "<script type=\"application/ld+json\">{{\"@context\":\"https://schema.org\",\"@type\":\"PodcastEpisode\",\"name\":\"{}\",\"episodeNumber\":{ep},\
         \"datePublished\":\"{}\",\"timeRequired\":\"PT{total_min}M{secs}S\",\"description\":\"{}\",\"partOfSeries\":{{\"@type\":\"PodcastSeries\",\"name\":\"{}\"}},\
         \"associatedMedia\":{{\"@type\":\"MediaObject\",\"contentUrl\":\"https://audio.courier.example/{show_slug}/{ep}.mp3\"}}}}</script>",
        l_json(&s.title),
        s.date,
        l_json(&s.paragraphs[0]),
        l_json(show)
    );

    let mut page = format!(
        "<!DOCTYPE html><html lang=\"en\">{}<body class=\"audio-page podcast-episode\">",
        head(s, "Northern Courier", &ld)
    );
    page.push_str(&format!(
        "<div class=\"cookie-bar\" role=\"dialog\"><p>{}</p><button>Accept</button><button>Manage preferences</button></div>\
         <header class=\"site-header\"><a class=\"brand\" href=\"/\">Northern Courier</a>{}\
         <nav class=\"sub-nav\" aria-label=\"Audio\"><ul><li><a href=\"/podcasts\">All podcasts</a></li><li><a href=\"/podcasts/{show_slug}\">{}</a></li>\
         <li><a href=\"/podcasts/newest\">Newest episodes</a></li><li><a href=\"/audio-articles\">Audio articles</a></li><li><a href=\"/podcasts/how-to-listen\">How to listen</a></li></ul></nav></header>",
        esc(c.rng.pick(COOKIE_TEXT)),
        c.nav_ul(),
        esc(show)
    ));
    page.push_str(&format!(
        "<main id=\"main\"><div class=\"show-header\"><img class=\"show-art\" src=\"/art/{show_slug}-3000.jpg\" alt=\"{show_attr} artwork\"><div class=\"show-header__info\">\
         <a class=\"show-title\" href=\"/podcasts/{show_slug}\">{show_e}</a><p class=\"show-description\">{show_desc}</p><p class=\"show-hosts\">Hosted by {host}</p>\
         <button class=\"follow-btn\">Follow</button><ul class=\"subscribe-links\" aria-label=\"Listen on\">{platforms}</ul></div></div>\
         <article class=\"episode\" data-episode=\"{ep}\"><header class=\"episode-header\"><span class=\"episode-number\">Episode {ep}</span>\
         <h1 class=\"episode-title\">{t}</h1><div class=\"episode-meta\"><time datetime=\"{date}\">{mname} {day}, {year}</time> &middot; <span>{total_min} min</span></div></header>\
         <div class=\"audio-player\" data-src=\"https://audio.courier.example/{show_slug}/{ep}.mp3\"><button class=\"play\" aria-label=\"Play\">&#9654;</button>\
         <button aria-label=\"Back 15 seconds\">15</button><div class=\"scrubber\"><span class=\"elapsed\">00:00</span><input type=\"range\" min=\"0\" max=\"{dur}\" value=\"0\"><span class=\"duration\">{total_min}:{secs:02}</span></div>\
         <button aria-label=\"Forward 30 seconds\">30</button><button class=\"speed\">1x</button><a class=\"download\" href=\"https://audio.courier.example/{show_slug}/{ep}.mp3\" download>Download</a>\
         <button class=\"share\">Share</button><audio preload=\"none\" src=\"https://audio.courier.example/{show_slug}/{ep}.mp3\"></audio></div>",
        show_attr = o_attr(show),
        show_e = esc(show),
        show_desc = esc(show_desc),
        host = esc(host),
        t = esc(&s.title),
        date = s.date,
        dur = total_min * 60 + secs,
    ));
    if sponsor_first {
        page.push_str(&sponsor_block);
    }
    page.push_str(&notes_html);
    page.push_str(&format!(
        "<section class=\"episode-chapters\"><h2>In this episode</h2><ol class=\"chapters\">{chapters}</ol></section>\
         <section class=\"episode-guests\"><h2>Guests</h2><ul>{guests}</ul></section>"
    ));
    if !sponsor_first {
        page.push_str(&sponsor_block);
    }
    page.push_str(&format!(
        "<section class=\"episode-credits\"><h2>Credits</h2><p>{}</p></section>\
         <section class=\"episode-transcript\"><h2>Transcript</h2><a class=\"btn\" href=\"/podcasts/{show_slug}/{ep_slug}/transcript\">Read the transcript</a><p class=\"transcript-note\">{}</p></section>\
         <div class=\"support-box\"><h3>Support this show</h3><p>{}</p><a class=\"btn\" href=\"/subscribe?src=podcast\">Subscribe</a></div></article>",
        esc(Q_POD_CREDITS),
        esc(Q_POD_TRANSCRIPT_NOTE),
        esc(Q_POD_SUPPORT)
    ));
    page.push_str(&format!(
        "<section class=\"more-episodes\"><h2>More episodes of {}</h2><ul>{more}</ul><a href=\"/podcasts/{show_slug}/all\">See all episodes</a></section>\
         <section class=\"ratings\"><h2>Ratings &amp; Reviews</h2><div class=\"rating-summary\"><span class=\"rating-value\">4.{}</span> out of 5 <span>({} ratings)</span></div>{reviews}</section>\
         <div class=\"newsletter\"><h3>Get the Courier audio newsletter</h3><p>{}</p><form><input type=\"email\" placeholder=\"Email address\"><button>Sign up</button></form></div></main>",
        esc(show),
        c.rng.below(10),
        1_000 + c.rng.below(40_000),
        esc(NEWSLETTER_TEXT[c.rng.below(NEWSLETTER_TEXT.len())])
    ));
    page.push_str(&format!(
        "<footer class=\"site-footer\"><ul><li><a href=\"/about\">About us</a></li><li><a href=\"/podcasts/faq\">Podcast FAQ</a></li><li><a href=\"/privacy\">Privacy</a></li><li><a href=\"/terms\">Terms</a></li></ul><p>{}</p></footer>\
         <div class=\"mini-player\" hidden><span class=\"mini-player__title\">{}</span><button>Play</button></div></body></html>",
        esc(FOOTER_TEXT[0]),
        esc(&s.title)
    ));
    page
}

const Q_RD_SUBS: &[(&str, &str)] = &[
    (
        "worldnews",
        "A place for major news from around the world, excluding US-internal news. Please read the rules before posting or commenting.",
    ),
    (
        "news",
        "The place for news articles about current events in the United States and the rest of the world. Discuss it all here.",
    ),
    (
        "localnews_cascadia",
        "News, politics and everyday life in the towns and cities of the Pacific Northwest. Original reporting and local sources are encouraged.",
    ),
    (
        "Economics",
        "News and discussion about economics, for everyone from students to professionals. Low-effort posts and memes will be removed.",
    ),
];

const Q_RD_RULES: &[(&str, &str)] = &[
    (
        "Articles must be recent",
        "Submissions must be from the last seven days. Older stories will be removed unless there has been a significant new development.",
    ),
    (
        "No editorialized titles",
        "Use the original headline of the article, or a direct quote from it. Do not add your own commentary to the title.",
    ),
    (
        "Be civil",
        "Personal attacks, slurs and bigotry of any kind are not allowed. Attack the argument, not the person making it.",
    ),
    (
        "No paywall bypass links",
        "Posting the full text of an article is allowed for accessibility, but links to paywall bypass services are not.",
    ),
    (
        "No spam or self-promotion",
        "Accounts that mainly submit links to the same site will be banned. Bots and AI-generated comments are not welcome.",
    ),
];

const Q_RD_USERS: &[&str] = &[
    "throwaway_pdx_2291",
    "Kettle_of_Fish",
    "ActualEconomist",
    "quietharbor",
    "Mr_Gristle",
    "notthatdave",
    "FernAndFlint",
    "Sad_Tangerine_4410",
    "obscure_reference",
    "pinecone_jones",
    "LowTideHighHopes",
    "Wanderer-of-Wards",
];

const Q_RD_COMMENTS: &[&str] = &[
    "The part nobody seems to be talking about is the timeline. Every project like this gets announced with a firm date and then quietly slips by two or three years once the contracts are signed.",
    "I actually work adjacent to this field and the numbers in the article are roughly right, though the cost estimate is the optimistic one. The real figure depends on financing that has not been arranged yet.",
    "Thanks for posting the text, the site wanted me to make an account just to read the first paragraph.",
    "This is one of those stories where both sides have a point and the headline makes it sound far more dramatic than it is.",
    "Genuinely good news for once. I will take it.",
    "Can someone explain why this needed a vote at all? I thought the decision had already been made last year.",
    "My uncle was on the committee that looked at this ten years ago. They recommended almost exactly the same thing and the report sat in a drawer until last month.",
    "Hot take but I think people are underestimating how much this will cost ordinary residents. Somebody always pays, and it is rarely the people who announced it.",
];

const Q_RD_REPLIES: &[&str] = &[
    "That has been my experience too. The announcement is the easy part; the hard part is the five years of permits that follow.",
    "It was decided in principle, but the funding still had to be approved separately. The article explains it about halfway down.",
    "Source? Not saying you are wrong, I just have not seen that figure anywhere else.",
    "This is the way.",
    "Honestly the comments here are more informative than most of the coverage I have read about it.",
    "Agreed. I would like to see the full report rather than a summary of a summary.",
];

const Q_RD_AUTOMOD: &str = "Users often report submissions from this site for being paywalled. If you post the text of an article, please make sure it is the full text and that you include a link to the original. Comments that are off-topic, uncivil or that attack other users will be removed, and repeat offenders banned.";

const Q_RD_BOT: &str = "I am a bot, and this action was performed automatically. Please contact the moderators of this subreddit if you have any questions or concerns.";

const Q_RD_RECOMMENDED: &[&str] = &[
    "City approves plan to turn old rail yard into housing and a park",
    "Central bank holds rates steady but signals cuts later this year",
    "Wildfire season expected to start early after dry winter, forecasters say",
    "Union and transit agency reach tentative deal, averting strike",
    "Researchers find microplastics in every sample taken from the bay",
    "Country's largest airline orders 60 new narrow-body jets",
];

const Q_RD_FOOTER: &str = "Use of this site constitutes acceptance of our User Agreement and Privacy Policy. Rendered by PID 21377 on r2-app at 2026-02-12 09:14:52 running 1a2b3c4 country code: US.";

/// One comment of the new (web-components) markup with its replies.
fn q3_comment_new(rng: &mut Rng, depth: usize, k: usize, replies: &str) -> String {
    let user = Q_RD_USERS[(k * 5 + depth) % Q_RD_USERS.len()];
    let text = if depth == 0 {
        Q_RD_COMMENTS[k % Q_RD_COMMENTS.len()]
    } else {
        Q_RD_REPLIES[k % Q_RD_REPLIES.len()]
    };
    let id = o_hex(rng, 7);
    let second = if depth == 0 && rng.chance(25) {
        format!("<p>{}</p>", esc(Q_RD_REPLIES[(k + 3) % Q_RD_REPLIES.len()]))
    } else {
        String::new()
    };
    format!(
        "<shreddit-comment author=\"{user}\" thingid=\"t1_{id}\" depth=\"{depth}\" permalink=\"/r/x/comments/abc/comment/{id}/\" score=\"{score}\">\
         <div slot=\"commentAvatar\"><faceplate-img src=\"/avatars/{id}.png\" alt=\"\"></faceplate-img></div>\
         <div slot=\"commentMeta\" class=\"flex items-center\"><faceplate-hovercard><a href=\"/user/{user}/\" class=\"font-bold\">{user}</a></faceplate-hovercard>\
         {flair}<span class=\"created-separator\">&bull;</span><faceplate-timeago><time>{h}h ago</time></faceplate-timeago></div>\
         <div slot=\"comment\" id=\"t1_{id}-comment-rtjson-content\" class=\"md text-14\"><p>{}</p>{second}</div>\
         <shreddit-comment-action-row slot=\"actionRow\" score=\"{score}\"><button aria-label=\"Upvote\"></button><faceplate-number number=\"{score}\">{score}</faceplate-number>\
         <button aria-label=\"Downvote\"></button><button>Reply</button><button>Award</button><button>Share</button></shreddit-comment-action-row>{replies}</shreddit-comment>",
        esc(text),
        score = rng.below(2_400),
        h = 1 + rng.below(20),
        flair = if rng.chance(20) {
            "<span class=\"flair\">Top 1% Commenter</span>"
        } else {
            ""
        },
    )
}

/// One comment of the old (`div.thing`) markup with its replies.
fn q3_comment_old(rng: &mut Rng, depth: usize, k: usize, replies: &str) -> String {
    let user = Q_RD_USERS[(k * 5 + depth) % Q_RD_USERS.len()];
    let text = if depth == 0 {
        Q_RD_COMMENTS[k % Q_RD_COMMENTS.len()]
    } else {
        Q_RD_REPLIES[k % Q_RD_REPLIES.len()]
    };
    let id = o_hex(rng, 7);
    format!(
        "<div class=\" thing id-t1_{id} noncollapsed comment \" id=\"thing_t1_{id}\" data-author=\"{user}\" data-type=\"comment\"><p class=\"parent\"><a name=\"{id}\"></a></p>\
         <div class=\"midcol unvoted\"><div class=\"arrow up login-required\" role=\"button\" aria-label=\"upvote\"></div><div class=\"arrow down login-required\" role=\"button\" aria-label=\"downvote\"></div></div>\
         <div class=\"entry unvoted\"><p class=\"tagline\"><a href=\"javascript:void(0)\" class=\"expand\">[&ndash;]</a><a href=\"/user/{user}\" class=\"author may-blank\">{user}</a> \
         <span class=\"score unvoted\">{score} points</span> <time class=\"live-timestamp\">{h} hours ago</time></p>\
         <form class=\"usertext warn-on-unload\" id=\"form-t1_{id}\"><input type=\"hidden\" name=\"thing_id\" value=\"t1_{id}\"><div class=\"usertext-body may-blank-within md-container \"><div class=\"md\"><p>{}</p></div></div></form>\
         <ul class=\"flat-list buttons\"><li class=\"first\"><a href=\"/r/x/comments/abc/_/{id}/\" class=\"bylink\">permalink</a></li><li><a href=\"javascript:void(0)\">embed</a></li><li><a href=\"javascript:void(0)\">save</a></li>\
         <li><a href=\"javascript:void(0)\">report</a></li><li><a href=\"javascript:void(0)\">reply</a></li></ul></div>\
         <div class=\"child\">{}</div><div class=\"clearleft\"></div></div>",
        esc(text),
        if replies.is_empty() {
            String::new()
        } else {
            format!("<div class=\"sitetable listing\">{replies}</div>")
        },
        score = rng.below(2_400),
        h = 1 + rng.below(20),
    )
}

/// Q3 (round 8): discussion-forum thread (Reddit-like)
/// whose self post carries the article text, in the current
/// web-components markup (`shreddit-post`, `shreddit-comment`,
/// `faceplate-*`) or the old `div.thing` markup: a cookie banner in
/// prose, a top bar (search, "Get App", "Log In"), a left community
/// menu, the post header (subreddit, user, age, flair), the title, a
/// link card to the source article, the text in the post's `div.md`
/// (in some pages inside one `<blockquote>`, as pasted quotes are), a
/// vote/comment/share bar; then a pinned AutoModerator comment in prose
/// and a comment tree of full-sentence comments with nested replies,
/// votes and action rows; a sidebar "About community" with a prose
/// description and member counts, numbered rules with prose
/// explanations, moderators, "More posts you may like" and a prose
/// footer line.
#[allow(clippy::format_in_format_args)] // one page skeleton per markup generation
fn q3_thread(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let (_, mname, day, year) = n_date(&s.date);
    let old = c.rng.chance(40);
    let quoted = c.rng.chance(25);
    let (sub, sub_desc) = Q_RD_SUBS[c.rng.below(Q_RD_SUBS.len())];
    let poster = c.rng.pick(Q_RD_USERS);
    let post_id = o_hex(c.rng, 7);
    let slug: String = l_slug(&s.title).chars().take(50).collect();
    let score = 200 + c.rng.below(40_000);
    let ncomments = 40 + c.rng.below(900);
    let domain = c.rng.pick(&[
        "cascadiadaily.example",
        "northerncourier.example",
        "valleyledger.example",
        "metrotimes.example",
    ]);
    let src_url = format!("https://{domain}/{year}/{}", l_slug(&s.title));
    let hours = 1 + c.rng.below(22);

    let mut body: String = s
        .paragraphs
        .iter()
        .map(|p| format!("<p>{}</p>", c.body_paragraph(p)))
        .collect();
    if quoted {
        body = format!("<blockquote>{body}</blockquote>");
    }

    // Comment tree: top-level comments, some with one or two replies,
    // a few replies with a reply of their own.
    let ntop = 4 + c.rng.below(5);
    let mut tree = String::new();
    for k in 0..ntop {
        let nrep = if c.rng.chance(60) {
            1 + c.rng.below(2)
        } else {
            0
        };
        let mut replies = String::new();
        for r in 0..nrep {
            let deeper = if c.rng.chance(30) {
                if old {
                    q3_comment_old(c.rng, 2, k + r + 4, "")
                } else {
                    q3_comment_new(c.rng, 2, k + r + 4, "")
                }
            } else {
                String::new()
            };
            replies.push_str(&if old {
                q3_comment_old(c.rng, 1, k + r, &deeper)
            } else {
                q3_comment_new(c.rng, 1, k + r, &deeper)
            });
        }
        tree.push_str(&if old {
            q3_comment_old(c.rng, 0, k, &replies)
        } else {
            q3_comment_new(c.rng, 0, k, &replies)
        });
    }
    let rules_new: String = Q_RD_RULES
        .iter()
        .enumerate()
        .map(|(k, (h, d))| {
            format!(
                "<details class=\"rule\"><summary><span class=\"rule-num\">{}</span> <span>{}</span></summary><div class=\"md\"><p>{}</p></div></details>",
                k + 1,
                esc(h),
                esc(d)
            )
        })
        .collect();
    let rules_old: String = Q_RD_RULES
        .iter()
        .enumerate()
        .map(|(k, (h, d))| {
            format!(
                "<li><p><strong>{}. {}</strong></p><p>{}</p></li>",
                k + 1,
                esc(h),
                esc(d)
            )
        })
        .collect();
    let mods: String = (0..4)
        .map(|k| {
            let u = Q_RD_USERS[(k * 3 + 1) % Q_RD_USERS.len()];
            format!("<li><a href=\"/user/{u}\">u/{u}</a></li>")
        })
        .collect();
    let recommended: String = (0..5)
        .map(|k| {
            let h = Q_RD_RECOMMENDED[(k + hours) % Q_RD_RECOMMENDED.len()];
            format!(
                "<li class=\"rec-post\"><a href=\"/r/{sub}/comments/{}/{}/\"><span class=\"rec-sub\">r/{sub}</span> &bull; <span>{}h ago</span><h3>{}</h3>\
                 <span class=\"rec-meta\">{} upvotes &middot; {} comments</span></a></li>",
                o_hex(c.rng, 7),
                l_slug(h),
                1 + c.rng.below(23),
                esc(h),
                100 + c.rng.below(30_000),
                10 + c.rng.below(900)
            )
        })
        .collect();
    let members = format!("{}.{}M", 1 + c.rng.below(40), c.rng.below(10));
    let online = 1_000 + c.rng.below(30_000);
    let communities: String = Q_RD_SUBS
        .iter()
        .map(|(x, _)| format!("<li><a href=\"/r/{x}/\">r/{x}</a></li>"))
        .collect();
    let automod_id = o_hex(c.rng, 7);
    let cookie = esc(c.rng.pick(COOKIE_TEXT));
    let flair = c
        .rng
        .pick(&["Europe", "Politics", "Business", "Local", "Environment"]);

    let mut page = format!(
        "<!DOCTYPE html><html lang=\"en-US\" class=\"theme-beta\">{}<body class=\"v2\">",
        head(
            s,
            &format!("r/{sub}"),
            &format!(
                "<meta property=\"og:url\" content=\"https://www.threads.example/r/{sub}/comments/{post_id}/{slug}/\"><script id=\"data\">window.___r={{\"posts\":{{\"t3_{post_id}\":{{\"title\":\"{}\",\"score\":{score},\"numComments\":{ncomments}}}}}}};</script>",
                l_json(&s.title)
            )
        )
    );
    if old {
        page.push_str(&format!(
            "<div id=\"header\" role=\"banner\"><div id=\"sr-header-area\"><div class=\"sr-list\"><ul class=\"flat-list sr-bar hover\"><li><a href=\"/r/popular/\">popular</a></li><li><a href=\"/r/all/\">all</a></li><li><a href=\"/r/random/\">random</a></li></ul>\
             <ul class=\"flat-list sr-bar hover\">{communities}</ul></div></div><div id=\"header-bottom-left\"><a href=\"/\" id=\"header-img\" class=\"default-header\">threads</a>\
             <span class=\"hover pagename redditname\"><a href=\"/r/{sub}/\">{sub}</a></span><ul class=\"tabmenu\"><li class=\"selected\"><a href=\"#\">comments</a></li><li><a href=\"#\">other discussions</a></li></ul></div>\
             <div id=\"header-bottom-right\"><span class=\"user\">Want to join? <a href=\"/login\">Log in or sign up</a> in seconds.</span></div></div>\
             <div class=\"side\"><div class=\"spacer\"><form action=\"/search\" id=\"search\"><input type=\"text\" name=\"q\" placeholder=\"search\"></form></div>\
             <div class=\"spacer\"><div class=\"linkinfo\"><div class=\"date\"><span>this post was submitted on </span><time>{day} {mabbr} {year}</time></div><div class=\"score\"><span class=\"number\">{score}</span> points</div></div></div>\
             <div class=\"spacer\"><div class=\"titlebox\"><h1 class=\"hover redditname\"><a href=\"/r/{sub}/\">{sub}</a></h1><span class=\"subscribers\"><span class=\"number\">{members}</span> readers</span>\
             <span class=\"users-online\"><span class=\"number\">{online}</span> users here now</span><form class=\"usertext\"><div class=\"usertext-body\"><div class=\"md\"><p>{desc}</p><h3>Rules</h3><ol>{rules_old}</ol></div></div></form>\
             <div class=\"bottom\">a community for {age} years</div></div></div><div class=\"spacer\"><div class=\"sidecontentbox\"><h1>MODERATORS</h1><ul class=\"content\">{mods}</ul></div></div></div>\
             <a name=\"content\"></a><div class=\"content\" role=\"main\"><div class=\"sitetable linklisting\" id=\"siteTable_t3_{post_id}\">\
             <div class=\" thing id-t3_{post_id} linkflair self link \" data-author=\"{poster}\" data-subreddit=\"{sub}\" data-url=\"{src_url}\"><p class=\"parent\"></p><span class=\"rank\"></span>\
             <div class=\"midcol unvoted\"><div class=\"arrow up login-required\" role=\"button\"></div><div class=\"score unvoted\">{score}</div><div class=\"arrow down login-required\" role=\"button\"></div></div>\
             <div class=\"entry unvoted\"><div class=\"top-matter\"><p class=\"title\"><a class=\"title may-blank\" href=\"/r/{sub}/comments/{post_id}/{slug}/\">{t}</a> \
             <span class=\"linkflairlabel\">{flair}</span> <span class=\"domain\">(<a href=\"/r/{sub}/\">self.{sub}</a>)</span></p>\
             <p class=\"tagline\">submitted <time>{hours} hours ago</time> by <a href=\"/user/{poster}\" class=\"author\">{poster}</a></p></div>\
             <div class=\"expando\"><form class=\"usertext warn-on-unload\"><div class=\"usertext-body may-blank-within md-container \"><div class=\"md\">{body}<p>Source: <a href=\"{src_url}\">{src_url}</a></p></div></div></form></div>\
             <ul class=\"flat-list buttons\"><li class=\"first\"><a href=\"#\" class=\"bylink comments\">{ncomments} comments</a></li><li><a href=\"#\">share</a></li><li><a href=\"#\">save</a></li><li><a href=\"#\">hide</a></li><li><a href=\"#\">report</a></li></ul></div></div></div>\
             <div class=\"commentarea\"><div class=\"panestack-title\"><span class=\"title\">all {ncomments} comments</span></div><div class=\"menuarea\"><span>sorted by: </span><a href=\"#\">best</a></div>\
             <div class=\"sitetable nestedlisting\">{automod}{tree}</div></div></div>\
             <div class=\"footer-parent\"><div class=\"footer\"><ul class=\"flat-list\"><li><a href=\"/help/useragreement\">User Agreement</a></li><li><a href=\"/help/privacypolicy\">Privacy Policy</a></li></ul><p class=\"bottommenu\">{footer}</p></div></div>",
            mabbr = &mname[..3],
            desc = esc(sub_desc),
            age = 5 + c.rng.below(14),
            t = esc(&s.title),
            automod = format!(
                "<div class=\" thing id-t1_{automod_id} stickied comment \" data-author=\"AutoModerator\"><div class=\"entry unvoted\"><p class=\"tagline\"><a href=\"/user/AutoModerator\" class=\"author moderator\">AutoModerator</a> <span class=\"stickied-tagline\">[M]</span> <time>{hours} hours ago</time></p>\
                 <form class=\"usertext\"><div class=\"usertext-body\"><div class=\"md\"><p>{}</p><hr><p><em>{}</em></p></div></div></form></div></div>",
                esc(Q_RD_AUTOMOD),
                esc(Q_RD_BOT)
            ),
            footer = esc(Q_RD_FOOTER),
        ));
        page.push_str(&format!(
            "<div class=\"cookie-infobar\"><p>{cookie}</p><button>close</button></div></body></html>"
        ));
    } else {
        page.push_str(&format!(
            "<shreddit-app pagetype=\"post_detail\" routename=\"post_page\"><reddit-header-large><header class=\"v2 flex items-center\"><a href=\"/\" aria-label=\"Home\"><faceplate-img src=\"/logo.svg\"></faceplate-img></a>\
             <reddit-search-large><faceplate-search-input placeholder=\"Search in r/{sub}\"></faceplate-search-input></reddit-search-large>\
             <a class=\"button-secondary\" href=\"/app\">Get App</a><a class=\"button-primary\" href=\"/login\">Log In</a><button aria-label=\"Open settings menu\"></button></header></reddit-header-large>\
             <flex-left-nav-container><nav aria-label=\"Primary\"><faceplate-tracker><ul><li><a href=\"/\">Home</a></li><li><a href=\"/r/popular/\">Popular</a></li><li><a href=\"/explore/\">Explore</a></li><li><a href=\"/r/all/\">All</a></li></ul>\
             <details open><summary>RECENT</summary><ul>{communities}</ul></details><details open><summary>RESOURCES</summary><ul><li><a href=\"/about\">About</a></li><li><a href=\"/advertise\">Advertise</a></li>\
             <li><a href=\"/help\">Help</a></li><li><a href=\"/blog\">Blog</a></li><li><a href=\"/careers\">Careers</a></li><li><a href=\"/press\">Press</a></li></ul></details></faceplate-tracker></nav></flex-left-nav-container>\
             <div class=\"main-container\"><main id=\"main-content\"><shreddit-post id=\"t3_{post_id}\" post-title=\"{tattr}\" author=\"{poster}\" subreddit-prefixed-name=\"r/{sub}\" score=\"{score}\" comment-count=\"{ncomments}\" content-href=\"{src_url}\" post-type=\"text\" created-timestamp=\"{date}T{hh:02}:{mm:02}:00.000000+0000\">\
             <div slot=\"credit-bar\" class=\"flex items-center\"><a href=\"/r/{sub}/\" class=\"font-bold\"><faceplate-img src=\"/icons/{sub}.png\"></faceplate-img> r/{sub}</a><span>&bull;</span><faceplate-timeago><time>{hours} hr. ago</time></faceplate-timeago>\
             <faceplate-hovercard><a href=\"/user/{poster}/\">{poster}</a></faceplate-hovercard><button class=\"join\">Join</button></div>\
             <h1 slot=\"title\" id=\"post-title-t3_{post_id}\">{t}</h1><shreddit-post-flair slot=\"post-flair\"><a href=\"/r/{sub}/?f=flair_name\"><span class=\"flair-content\">{flair}</span></a></shreddit-post-flair>\
             <a slot=\"post-media-container\" class=\"post-link\" href=\"{src_url}\" rel=\"noopener nofollow ugc\"><span>{domain}</span><faceplate-img src=\"/thumbs/{post_id}.jpg\"></faceplate-img></a>\
             <div slot=\"text-body\"><div class=\"text-neutral-content\"><div class=\"md max-h-[337px] overflow-hidden\" id=\"t3_{post_id}-post-rtjson-content\" property=\"schema:articleBody\">{body}</div></div></div>\
             <shreddit-post-action-row slot=\"actions\"><button aria-label=\"Upvote\"></button><faceplate-number number=\"{score}\">{score}</faceplate-number><button aria-label=\"Downvote\"></button>\
             <a href=\"#comments\">{ncomments} comments</a><shreddit-post-share-button>Share</shreddit-post-share-button><award-button>Award</award-button></shreddit-post-action-row></shreddit-post>\
             <shreddit-ad-post class=\"promotedlink\"><span class=\"promoted-label\">Promoted</span><a href=\"https://ads.example/click\">Switch to a business account with no monthly fees and earn 4% on your balance.</a></shreddit-ad-post>\
             <comment-body-header><span>Sort by:</span><button>Best</button><faceplate-search-input placeholder=\"Search Comments\"></faceplate-search-input></comment-body-header>\
             <shreddit-comment-tree id=\"comment-tree\" post-id=\"t3_{post_id}\" totalcomments=\"{ncomments}\">{automod}{tree}</shreddit-comment-tree>\
             <faceplate-partial loading=\"action\"><button>View more comments</button></faceplate-partial></main>",
            tattr = o_attr(&s.title),
            date = s.date,
            hh = c.rng.below(24),
            mm = c.rng.below(60),
            t = esc(&s.title),
            automod = format!(
                "<shreddit-comment author=\"AutoModerator\" thingid=\"t1_{automod_id}\" depth=\"0\" stickied=\"true\"><div slot=\"commentMeta\"><a href=\"/user/AutoModerator/\">AutoModerator</a><span class=\"mod-tag\">MOD</span><span>&bull;</span><time>{hours}h ago</time><span>Stickied comment</span></div>\
                 <div slot=\"comment\" class=\"md\"><p>{}</p><hr><p><em>{}</em></p></div><shreddit-comment-action-row slot=\"actionRow\"><button>Reply</button><button>Share</button></shreddit-comment-action-row></shreddit-comment>",
                esc(Q_RD_AUTOMOD),
                esc(Q_RD_BOT)
            ),
        ));
        page.push_str(&format!(
            "<aside id=\"right-sidebar-container\"><div id=\"subreddit-right-rail\"><h2>r/{sub}</h2><p class=\"community-description\">{desc}</p>\
             <div class=\"stats\"><div><faceplate-number>{members}</faceplate-number> <span>Members</span></div><div><faceplate-number>{online}</faceplate-number> <span>Online</span></div></div>\
             <div class=\"created\">Created {cm} {cd}, {cy}</div><div class=\"rules-widget\"><h2>r/{sub} Rules</h2>{rules_new}</div>\
             <div class=\"moderators-widget\"><h2>Moderators</h2><ul>{mods}</ul><a href=\"/message/compose?to=r/{sub}\">Message Mods</a></div></div>\
             <div class=\"related-posts\"><h2>More posts you may like</h2><ul>{recommended}</ul></div>\
             <div class=\"legal-links\"><a href=\"/rules\">Reddit Rules</a> <a href=\"/privacy\">Privacy Policy</a> <a href=\"/useragreement\">User Agreement</a><p>{footer}</p></div></aside></div></shreddit-app>\
             <div id=\"cookie-banner\" role=\"dialog\"><p>{cookie}</p><button>Accept all</button><button>Reject optional cookies</button></div></body></html>",
            desc = esc(sub_desc),
            cm = c.rng.pick(L_MONTHS),
            cd = 1 + c.rng.below(28),
            cy = 2008 + c.rng.below(10),
            footer = esc(Q_RD_FOOTER),
        ));
    }
    page
}

const R_AU_NAV: &[&str] = &[
    "Network",
    "Sydney",
    "NSW",
    "Politics",
    "Federal",
    "Business",
    "Companies",
    "Markets",
    "The Economy",
    "World",
    "National",
    "Property",
    "Culture",
    "Lifestyle",
    "Health & Wellness",
    "Sport",
    "NRL",
    "AFL",
    "Cricket",
    "Good Weekend",
    "Traveller",
    "Good Food",
    "Money",
    "Opinion",
    "Technology",
    "Environment",
    "Education",
    "Crime",
    "Puzzles",
    "Today's Paper",
];

const R_CA_NAV: &[&str] = &[
    "News",
    "Local News",
    "Canada",
    "World",
    "Politics",
    "Business",
    "Energy",
    "Real Estate",
    "Opinion",
    "Columnists",
    "Letters",
    "Sports",
    "Hockey",
    "Football",
    "Curling",
    "Arts",
    "Life",
    "Health",
    "Food",
    "Driving",
    "Healthing",
    "Obituaries",
    "Classifieds",
    "Puzzles",
    "ePaper",
    "Newsletters",
];

const R_AU_READ_MORE: &[(&str, &str)] = &[
    (
        "Rents climb again as vacancy rate hits new low",
        "Tenants in the inner suburbs are now paying almost a fifth more than they did two years ago, new figures show.",
    ),
    (
        "Why the Reserve Bank is in no hurry to move",
        "Economists say the board wants to see two more quarters of data before it changes course on interest rates.",
    ),
    (
        "Light rail extension delayed by another year",
        "The transport minister blamed contractor disputes and wet weather for the latest setback to the project.",
    ),
    (
        "Inside the fight over the harbourside tower",
        "Residents have lodged more than 900 objections to the 42-storey development, which the council will consider next month.",
    ),
    (
        "Hospital waiting lists at their longest in a decade",
        "Nearly 12,000 patients waited longer than clinically recommended for elective surgery in the last quarter.",
    ),
    (
        "The suburbs where first-home buyers still have a chance",
        "A new analysis of sales data finds a handful of pockets where the median price remains below the stamp duty threshold.",
    ),
    (
        "Heatwave warning issued as temperatures tip 40 degrees",
        "Authorities have urged people to check on elderly neighbours and to avoid strenuous activity in the middle of the day.",
    ),
    (
        "Union and government reach deal on teachers' pay",
        "The agreement ends months of industrial action and will see classroom teachers receive a 12 per cent rise over three years.",
    ),
];

const R_AU_NEWSLETTERS: &[(&str, &str)] = &[
    (
        "Start the day with a summary of the day's most important and interesting stories, analysis and insights.",
        "Sign up for our Morning Edition newsletter",
    ),
    (
        "Get a note directly from our foreign correspondents on what's making headlines around the world.",
        "Sign up for the weekly What in the World newsletter",
    ),
    (
        "The Business Briefing newsletter delivers major stories, exclusive coverage and expert opinion.",
        "Sign up to get it every weekday morning",
    ),
    (
        "Cut through the noise of federal politics with news, views and expert analysis from our Canberra bureau.",
        "Subscribers can sign up to our weekly Inside Politics newsletter",
    ),
];

const R_AU_CAPTIONS: &[&str] = &[
    "Commuters cross the intersection outside Central Station during the morning peak on Thursday.",
    "The site has been fenced off since work stopped late last year, and neighbours say nobody has been back since.",
    "The minister speaking to the media at Parliament House on Wednesday afternoon.",
    "Locals have campaigned for years for the upgrade, which was first promised before the 2019 election.",
    "A view across the western suburbs, where most of the new housing is planned to go.",
];

const R_AU_PHOTOGRAPHERS: &[&str] = &[
    "Louisa Brenner",
    "Marcus Teoh",
    "Gemma Fairlie",
    "Daniel Okoro",
    "AAP",
    "Getty Images",
];

const R_AU_ROLES: &[&str] = &[
    "is a state political reporter at the Harbour Herald.",
    "is an urban affairs reporter covering transport, planning and the growth of the city.",
    "is the Herald's economics correspondent, based in the Canberra press gallery.",
    "is a senior reporter with the investigations team. Contact her securely on Signal.",
    "is a health reporter. He previously covered courts and crime for regional mastheads in Victoria and Queensland.",
];

const R_AU_PARTNERS: &[(&str, &str)] = &[
    (
        "Ten winter escapes within three hours of the city",
        "From misty mountain lodges to quiet coastal towns, these getaways are worth the drive. Sponsored by Destination North.",
    ),
    (
        "How one family cut their power bill in half",
        "Solar panels were only part of the story. Brought to you by Brightside Energy.",
    ),
    (
        "The retirement question most Australians get wrong",
        "Advisers say the biggest mistake is leaving the conversation about super until the last five years of work. Paid content from Harbourline Super.",
    ),
];

const R_AU_AUDIO_NOTE: &str = "This audio is generated by an artificial intelligence voice. Some names and words may be mispronounced, and we are working to improve it.";

const R_AU_SAVE_NOTE: &str = "Log in, register or subscribe to save articles for later. Saved articles stay on your list across all your devices for as long as you remain a subscriber.";

const R_AU_ACK: &str = "We acknowledge the Traditional Custodians of the lands on which we live and work, and pay our respects to Elders past and present. Aboriginal and Torres Strait Islander readers are advised that this site may contain the images and names of people who have died.";

const R_AU_FOOTER: &str = "The Harbour Herald is published by Southern Cross Media Publishing Pty Ltd. Copyright 2026. Our journalism is produced under the code of conduct of the Australian Press Council, which you can contact if you have concerns about our coverage that we have not resolved.";

const R_AU_LICENSE: &str = "License this article";

const R_CA_AD_FALLBACK: &str =
    "This advertisement has not loaded yet, but your article continues below.";

const R_CA_SUBSCRIBE: &[&str] = &[
    "Enjoy the latest local, national and international news, with exclusive articles from our columnists and critics.",
    "Read our daily puzzles, including the crossword, and the full e-paper edition on any device.",
    "Get unlimited online access to articles from every newspaper in our network with a single account.",
    "Support local journalism and the reporters who cover your city council, schools and sports teams.",
];

const R_CA_SIGNUP: &str = "Sign up to receive daily headline news from the Prairie Sentinel, a division of Northway Media Inc. It arrives before seven every morning and takes about five minutes to read.";

const R_CA_SIGNUP_LEGAL: &str = "By clicking on the sign up button you consent to receive the above newsletter from Northway Media Inc. You may unsubscribe any time by clicking on the unsubscribe link at the bottom of our emails.";

const R_CA_SIGNUP_THANKS: &str = "Thanks for signing up! A welcome email is on its way. If you do not see it within a few minutes, please check your junk folder.";

const R_CA_COMMENT_POLICY: &str = "Northway Media is committed to maintaining a lively but civil forum for discussion and encourages all readers to share their views on our articles. Comments may take up to an hour for moderation before appearing on the site, and we ask you to keep them relevant and respectful.";

const R_CA_FOOTER: &str = "The Prairie Sentinel is a division of Northway Media Network Inc. All rights reserved. Unauthorized distribution, transmission or republication of this content is strictly prohibited. This website uses cookies to personalize your content (including ads), and allows us to analyze our traffic.";

const R_CA_COMMENTS: &[&str] = &[
    "Another year, another announcement, and the potholes on my street are still the size of bathtubs. I will believe it when I see the trucks.",
    "Good to see this finally get some coverage. Anyone who drives the ring road at rush hour could have told them this years ago.",
    "I would like to know who is paying for this. The article mentions the province but not how much the city is on the hook for.",
    "Say what you want about council, but at least this time they held public sessions before the vote instead of after.",
];

/// The audio widget of the metro site: play button, duration and a
/// prose note about the synthetic voice.
fn r0_audio(rng: &mut Rng, minutes: usize) -> String {
    format!(
        "<div class=\"{}\" data-testid=\"audio-player\"><button aria-label=\"Play\" class=\"{}\"><svg viewBox=\"0 0 24 24\"><use href=\"#play\"/></svg></button>\
         <div><span>Listen to this article</span><span class=\"{}\">{minutes} min</span></div>\
         <details><summary>About this audio</summary><p>{}</p></details></div>",
        rng.hashed(),
        rng.hashed(),
        rng.hashed(),
        esc(R_AU_AUDIO_NOTE)
    )
}

/// An inline "Read more" story card with a one-sentence standfirst.
fn r0_read_more(rng: &mut Rng, k: usize) -> String {
    let (h, d) = R_AU_READ_MORE[k % R_AU_READ_MORE.len()];
    format!(
        "<aside class=\"{}\" data-testid=\"inline-story\"><span class=\"{}\">Read more</span><a href=\"/national/nsw/{}-20260{}-p5{}.html\">\
         <img src=\"/img/{}.jpg\" alt=\"\" loading=\"lazy\"><h4>{}</h4><p>{}</p></a></aside>",
        rng.hashed(),
        rng.hashed(),
        l_slug(h),
        1 + rng.below(9),
        o_hex(rng, 5),
        o_hex(rng, 10),
        esc(h),
        esc(d)
    )
}

/// R0 (round 9): metro newspaper on a headless CMS, in one of
/// two house styles. Style 0 is an Australian masthead (Nine-like): a
/// privacy notice, a network strip and a long section menu, section
/// label, headline, standfirst, byline with "Updated"/"first published"
/// times, Save/Share/text-size tools with a prose saving note, a "Listen
/// to this article" widget with a prose note about the AI voice, a lead
/// picture with caption and credit; the paragraphs as bare `<p>`s in a
/// `data-testid="body-content"` block with "Advertisement" slots every
/// few paragraphs, "Read more" inline story cards (headline plus a
/// one-sentence standfirst) and a closing italic newsletter-signup
/// paragraph in the same block; then "License this article", topic
/// links, an author card with a prose role, "From our partners" in prose,
/// a numbered "Most Viewed" rail, an Acknowledgement of Country and a
/// prose footer. Style 1 is a Canadian chain paper (Postmedia-like): the
/// paragraphs sit in `article-content__content-group` sections each
/// opening with a hidden "Article content" label, separated by numbered
/// "Advertisement N" groups with a prose "has not loaded yet" fallback,
/// a "Recommended from Editorial" carousel with standfirsts and a
/// newsletter signup with prose consent and thank-you texts inside the
/// article; "Share this Story", a subscription offer in prose, a comment
/// section with a prose policy and comments, "Trending" and a prose
/// footer. Both carry the article HTML in an `INITIAL_STATE` script.
fn r0_metro(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let n = s.paragraphs.len();
    let (_, mname, day, year) = n_date(&s.date);
    let style = c.rng.below(2);
    let k0 = c.rng.below(R_AU_READ_MORE.len());
    let minutes = l_minutes(s);
    let section = c.rng.pick(&[
        "Politics",
        "National",
        "Business",
        "Property",
        "Environment",
    ]);
    let mut raw = String::new();
    for p in &s.paragraphs {
        raw.push_str(&format!("<p>{}</p>", esc(p)));
    }
    let state = format!(
        "<script>window.INITIAL_STATE = {{\"page\":{{\"type\":\"article\",\"section\":\"{}\"}},\"article\":{{\"headline\":\"{}\",\"byline\":\"{}\",\"wordCount\":{},\"body\":\"{}\",\"paywall\":{{\"metered\":true,\"limit\":{}}}}}}};</script>",
        l_json(section),
        l_json(&s.title),
        l_json(&s.author),
        s.paragraphs.iter().map(|p| words(p)).sum::<usize>(),
        l_json(&raw),
        3 + c.rng.below(4)
    );
    let nav_src = if style == 0 { R_AU_NAV } else { R_CA_NAV };
    let nav: String = nav_src
        .iter()
        .map(|x| format!("<li><a href=\"/{}\">{}</a></li>", l_slug(x), esc(x)))
        .collect();
    let pg = format!(
        "<!DOCTYPE html><html lang=\"en-{}\">{}<body>",
        if style == 0 { "AU" } else { "CA" },
        head(
            s,
            if style == 0 {
                "The Harbour Herald"
            } else {
                "Prairie Sentinel"
            },
            &state
        )
    );
    let mut page = pg;
    if style == 0 {
        let mut body = String::new();
        let mut cards = 0usize;
        let mut ads = 0usize;
        for (i, p) in s.paragraphs.iter().enumerate() {
            body.push_str(&format!("<p>{}</p>", c.body_paragraph(p)));
            if i + 1 == n {
                break;
            }
            if i % 3 == 1 {
                ads += 1;
                body.push_str(&format!(
                    "<div class=\"{}\" data-testid=\"ad\"><div class=\"{}\">Advertisement</div><div id=\"adspot-300x250-pos-{ads}\" class=\"adslot\"></div></div>",
                    c.rng.hashed(),
                    c.rng.hashed()
                ));
            } else if (i == 2 || i == 6) && (cards == 0 || c.rng.chance(60)) {
                body.push_str(&r0_read_more(c.rng, k0 + cards));
                cards += 1;
            }
        }
        if c.rng.chance(85) {
            let (lead, link) = R_AU_NEWSLETTERS[c.rng.below(R_AU_NEWSLETTERS.len())];
            body.push_str(&format!(
                "<p><em>{} <a href=\"/newsletters\">{}</a>.</em></p>",
                esc(lead),
                esc(link)
            ));
        }
        let photographer = c.rng.pick(R_AU_PHOTOGRAPHERS);
        let popular: String = (0..10)
            .map(|k| {
                let h = if k % 2 == 0 {
                    R_AU_READ_MORE[(k0 + k + 3) % R_AU_READ_MORE.len()].0
                } else {
                    TEASERS[(k0 + k) % TEASERS.len()]
                };
                format!(
                    "<li><span class=\"num\">{}</span><a href=\"/national/{}.html\">{}</a></li>",
                    k + 1,
                    l_slug(h),
                    esc(h)
                )
            })
            .collect();
        let partners: String = R_AU_PARTNERS
            .iter()
            .map(|(h, d)| {
                format!(
                    "<li><a href=\"https://partners.example/{}\"><h5>{}</h5><p>{}</p></a></li>",
                    l_slug(h),
                    esc(h),
                    esc(d)
                )
            })
            .collect();
        let first_pub = 5 + c.rng.below(5);
        page.push_str(&format!(
            "<div class=\"{}\" role=\"dialog\"><p>We've updated our privacy policy. It explains how we collect, use and share your information and the choices you have about it.</p><button>OK</button></div>\
             <div class=\"{}\"><ul class=\"network\"><li><a href=\"https://harbourherald.example\">The Harbour Herald</a></li><li><a href=\"https://bayage.example\">The Bay Age</a></li><li><a href=\"https://capitaltimes.example\">Capital Times</a></li><li><a href=\"https://traveller.example\">Traveller</a></li><li><a href=\"https://goodfood.example\">Good Food</a></li></ul></div>\
             <header class=\"{}\"><a href=\"/\" aria-label=\"The Harbour Herald\"><svg viewBox=\"0 0 300 40\"><use href=\"#logo\"/></svg></a>\
             <a class=\"subscribe\" href=\"/subscribe\">Subscribe</a><a href=\"/login\">Log in</a><button aria-label=\"Search\">Search</button>\
             <nav aria-label=\"Sections\"><ul>{nav}</ul></nav></header>",
            c.rng.hashed(),
            c.rng.hashed(),
            c.rng.hashed()
        ));
        page.push_str(&format!(
            "<div id=\"content\" class=\"{wrap}\"><main><article data-testid=\"article\"><header class=\"{hd}\">\
             <div class=\"{kick}\"><a href=\"/{sslug}\">{section}</a></div><h1 data-testid=\"headline\">{t}</h1>\
             <p data-testid=\"standfirst\" class=\"{sf}\">{dek}</p>\
             <div class=\"{by}\" data-testid=\"byline\"><img src=\"/authors/{aslug}.png\" alt=\"\"><span>By <a href=\"/by/{aslug}\">{a}</a></span>\
             <span><time datetime=\"{date}T{h}:{m:02}+11:00\">Updated {mname} {day}, {year} &mdash; {h12}.{m:02}pm</time>, first published at {first_pub}.{m2:02}am</span></div>\
             <div class=\"{tools}\" data-testid=\"article-tools\"><button aria-label=\"Save this article for later\">Save</button>\
             <div role=\"tooltip\" class=\"{tip}\"><p>{save}</p></div><button aria-label=\"Share\">Share</button>\
             <button aria-label=\"Normal text size\">A</button><button aria-label=\"Larger text size\">A</button><button aria-label=\"Very large text size\">A</button>\
             <button class=\"gift\">Gift this article</button></div>{audio}\
             <figure class=\"{fig}\"><picture><img src=\"/img/{imgid}.jpg\" alt=\"\"></picture><figcaption><span>{cap}</span><cite>Credit: {photographer}</cite></figcaption></figure></header>\
             <section data-testid=\"body-content\" class=\"{bodyc}\">{body}</section>\
             <footer class=\"{foot}\"><a class=\"licence\" href=\"https://licensing.example/?id={imgid}\">{lic}</a>\
             <ul class=\"topics\"><li><a href=\"/topic/{sslug}\">{section}</a></li><li><a href=\"/topic/state-politics\">State politics</a></li><li><a href=\"/topic/cost-of-living\">Cost of living</a></li></ul>\
             <div class=\"{card}\" data-testid=\"author-card\"><img src=\"/authors/{aslug}.png\" alt=\"\"><p><a href=\"/by/{aslug}\">{a}</a> {role}</p>\
             <p>Connect via <a href=\"https://x.example/{aslug}\">X</a> or <a href=\"mailto:{aslug}@harbourherald.example\">email</a>.</p></div></footer></article>\
             <section class=\"{part}\"><h3>From our partners</h3><ul>{partners}</ul></section></main>\
             <aside class=\"{rail}\"><h2>Most Viewed in National</h2><ol>{popular}</ol>\
             <div data-testid=\"ad\" class=\"{adr}\"><div>Advertisement</div><div id=\"adspot-300x600-pos-1\"></div></div></aside></div>",
            wrap = c.rng.hashed(),
            hd = c.rng.hashed(),
            kick = c.rng.hashed(),
            sslug = l_slug(section),
            t = esc(&s.title),
            sf = c.rng.hashed(),
            dek = esc(c.rng.pick(L_STANDFIRSTS)),
            by = c.rng.hashed(),
            aslug = l_slug(&s.author),
            a = esc(&s.author),
            date = s.date,
            h = 12 + c.rng.below(10),
            m = c.rng.below(60),
            h12 = 1 + c.rng.below(9),
            m2 = c.rng.below(60),
            tools = c.rng.hashed(),
            tip = c.rng.hashed(),
            save = esc(R_AU_SAVE_NOTE),
            audio = r0_audio(c.rng, minutes),
            fig = c.rng.hashed(),
            imgid = o_hex(c.rng, 12),
            cap = esc(c.rng.pick(R_AU_CAPTIONS)),
            bodyc = c.rng.hashed(),
            foot = c.rng.hashed(),
            lic = R_AU_LICENSE,
            card = c.rng.hashed(),
            role = esc(c.rng.pick(R_AU_ROLES)),
            part = c.rng.hashed(),
            rail = c.rng.hashed(),
            adr = c.rng.hashed(),
        ));
        page.push_str(&format!(
            "<footer class=\"{}\"><nav><ul><li><a href=\"/about\">About us</a></li><li><a href=\"/contact\">Contact us</a></li><li><a href=\"/privacy\">Privacy policy</a></li>\
             <li><a href=\"/conditions\">Conditions of use</a></li><li><a href=\"/editorial-policy\">Editorial policy</a></li><li><a href=\"/sitemap\">Sitemap</a></li></ul></nav>\
             <p class=\"ack\">{}</p><p>{}</p></footer></body></html>",
            c.rng.hashed(),
            esc(R_AU_ACK),
            esc(R_AU_FOOTER)
        ));
        return page;
    }
    // Style 1: Canadian chain paper.
    let mut body = String::new();
    let mut i = 0usize;
    let mut group = 0usize;
    while i < n {
        let take = (1 + c.rng.below(3)).min(n - i);
        body.push_str(
            "<section class=\"article-content__content-group article-content__content-group--story\"><span class=\"visually-hidden\">Article content</span>",
        );
        for p in &s.paragraphs[i..i + take] {
            body.push_str(&format!("<p>{}</p>", c.body_paragraph(p)));
        }
        body.push_str("</section>");
        i += take;
        if i >= n {
            break;
        }
        group += 1;
        body.push_str(&format!(
            "<div class=\"article-content__ad-group\"><div class=\"ad__section-border\"><div class=\"ad__inner\"><div class=\"ad__container\">\
             <div class=\"ad__label\">Advertisement {}</div><div id=\"gpt-dsk-tab-article-inbodyx{group}\" class=\"ad__unit\"></div>\
             <p class=\"ad__fallback\">{}</p><span class=\"ad__continue\">Story continues below</span></div></div></div></div>",
            group + 1,
            esc(R_CA_AD_FALLBACK)
        ));
        if group == 1 {
            let recs: String = (0..3)
                .map(|k| {
                    let (h, d) = R_AU_READ_MORE[(k0 + k) % R_AU_READ_MORE.len()];
                    format!(
                        "<li class=\"article-card\"><a href=\"/news/local-news/{}\"><img src=\"/wp-content/uploads/{}.jpg\" alt=\"\"><h3 class=\"article-card__headline\">{}</h3></a><p class=\"article-card__excerpt\">{}</p></li>",
                        l_slug(h),
                        o_hex(c.rng, 8),
                        esc(h),
                        esc(d)
                    )
                })
                .collect();
            body.push_str(&format!(
                "<div class=\"widget-carousel\" data-widget=\"recommended\"><h2 class=\"widget-heading\">Recommended from Editorial</h2><ul>{recs}</ul>\
                 <button aria-label=\"Previous\">&lsaquo;</button><button aria-label=\"Next\">&rsaquo;</button></div>"
            ));
        } else if group == 2 {
            body.push_str(&format!(
                "<div class=\"newsletter-embed\" data-list=\"headline-news\"><h3>Sentinel Headline News</h3><p>{}</p>\
                 <form><input type=\"email\" placeholder=\"Email address\"><button>Sign up</button></form><p class=\"newsletter-embed__legal\">{}</p>\
                 <div class=\"newsletter-embed__success\" hidden><p>{}</p></div>\
                 <div class=\"newsletter-embed__error\" hidden><p>There was an error, please provide a valid email address.</p></div></div>",
                esc(R_CA_SIGNUP),
                esc(R_CA_SIGNUP_LEGAL),
                esc(R_CA_SIGNUP_THANKS)
            ));
        }
    }
    let subs: String = R_CA_SUBSCRIBE
        .iter()
        .map(|x| format!("<li>{}</li>", esc(x)))
        .collect();
    let ncom = 2 + c.rng.below(3);
    let comments: String = (0..ncom)
        .map(|k| {
            format!(
                "<li class=\"comment\"><div class=\"comment__author\">{}</div><time>{} hours ago</time><p>{}</p><button>Reply</button><button>Like</button></li>",
                esc(L_NAMES[(k0 + k) % L_NAMES.len()]),
                1 + c.rng.below(20),
                esc(R_CA_COMMENTS[(k0 + k) % R_CA_COMMENTS.len()])
            )
        })
        .collect();
    let trending: String = (0..8)
        .map(|k| {
            let h = if k % 2 == 1 {
                R_AU_READ_MORE[(k0 + k + 4) % R_AU_READ_MORE.len()].0
            } else {
                TEASERS[(k0 + 3 * k) % TEASERS.len()]
            };
            format!(
                "<li class=\"trending__item\"><span class=\"trending__number\">{}</span><a href=\"/news/{}\">{}</a></li>",
                k + 1,
                l_slug(h),
                esc(h)
            )
        })
        .collect();
    page.push_str(&format!(
        "<div id=\"onetrust-banner\" role=\"dialog\"><p>{}</p><button>Accept All Cookies</button><button>Cookie Settings</button></div>\
         <header class=\"header\"><a class=\"header__logo\" href=\"/\">Prairie Sentinel</a><a class=\"header__subscribe\" href=\"/subscribe\">Subscribe</a><a href=\"/sign-in\">Sign In</a>\
         <nav class=\"header__nav\"><ul>{nav}</ul></nav></header>\
         <main id=\"main-content\"><article class=\"article\"><header class=\"article-header\"><div class=\"article-header__tags\"><a href=\"/category/{sslug}\">{section}</a></div>\
         <h1 class=\"article-title\">{t}</h1><p class=\"article-subtitle\">{dek}</p>\
         <div class=\"article-header__detail\"><span class=\"article-header__detail__texts\">Author of the article: <a href=\"/author/{aslug}\">{a}</a></span>\
         <span>Published {mon} {day}, {year}</span> &bull; <span>Last updated {ago} hours ago</span> &bull; <span>{minutes} minute read</span>\
         <a href=\"#comments\" class=\"article-header__comments\">Join the conversation</a></div>\
         <div class=\"article-header__image\"><img src=\"/wp-content/uploads/{img}.jpg\" alt=\"\"><p class=\"article-header__image__caption\">{cap} Photo by {ph} /Prairie Sentinel</p></div>\
         <div class=\"share-tools\"><button>Share</button><button>Save</button><button aria-label=\"Listen to this article\">Listen</button></div></header>\
         <div class=\"article-content\" data-article-id=\"{img}\">{body}</div>\
         <div class=\"article-share\"><h3>Share this Story : {t}</h3><ul><li>Facebook</li><li>X</li><li>LinkedIn</li><li>Reddit</li><li>Email</li><li>Text Message</li></ul></div>\
         <div class=\"article-tags\"><span>Trending</span><a href=\"/tag/city-council\">City Council</a><a href=\"/tag/infrastructure\">Infrastructure</a></div></article>\
         <section class=\"paywall-offer\"><h2>Subscribe now to read the latest news in your city and across Canada.</h2><ul>{subs}</ul><a class=\"button\" href=\"/subscribe\">Subscribe now</a></section>\
         <section id=\"comments\" class=\"comments\"><h2>Comments</h2><p class=\"comments__policy\">{policy}</p><p>You must be logged in to join the discussion or read more comments.</p>\
         <a href=\"/sign-in\">Create an Account</a> <a href=\"/sign-in\">Sign in</a><ul>{comments}</ul></section></main>\
         <aside class=\"sidebar\"><div class=\"ad__label\">Advertisement 1</div><div id=\"gpt-bigbox\"></div><section class=\"trending\"><h2>Trending</h2><ol>{trending}</ol></section></aside>\
         <footer class=\"footer\"><ul><li><a href=\"/about\">About Us</a></li><li><a href=\"/contact\">Contact</a></li><li><a href=\"/privacy\">Privacy Policy</a></li><li><a href=\"/terms\">Terms of Use</a></li>\
         <li><a href=\"/accessibility\">Accessibility</a></li></ul><p>{footer}</p></footer></body></html>",
        esc(c.rng.pick(COOKIE_TEXT)),
        sslug = l_slug(section),
        t = esc(&s.title),
        dek = esc(c.rng.pick(L_STANDFIRSTS)),
        aslug = l_slug(&s.author),
        a = esc(&s.author),
        mon = &mname[..3],
        ago = 1 + c.rng.below(20),
        img = o_hex(c.rng, 10),
        cap = esc(c.rng.pick(R_AU_CAPTIONS)),
        ph = esc(c.rng.pick(R_AU_PHOTOGRAPHERS)),
        policy = esc(R_CA_COMMENT_POLICY),
        footer = esc(R_CA_FOOTER),
    ));
    page
}

const R_INV_SERIES: &[(&str, &[(&str, &str)])] = &[
    (
        "Backlogged",
        &[
            (
                "The Inspections That Never Happened",
                "State records show thousands of required safety inspections were skipped as the agency lost a third of its staff.",
            ),
            (
                "Warnings From Inside",
                "Employees raised alarms about the backlog for years. Their memos were filed away.",
            ),
            (
                "What Lawmakers Knew",
                "Budget hearings reveal that legislators were told about the shortfall and chose not to act.",
            ),
        ],
    ),
    (
        "Paid to Wait",
        &[
            (
                "The Contract",
                "A single vendor won a no-bid deal worth $240 million and then missed nearly every deadline in it.",
            ),
            (
                "The Fallout",
                "Families who depended on the program describe months without help while the company kept collecting payments.",
            ),
            (
                "The Response",
                "After our reporting, the state auditor opened a review and two lawmakers called for hearings.",
            ),
        ],
    ),
];

const R_INV_EDITOR_NOTES: &[&str] = &[
    "This article is a collaboration between The Civic Record and the Lakeshore Gazette, which is a member of our Local Reporting Network. Sign up for Dispatches to get stories like this one as soon as they are published.",
    "This story is part of a continuing investigation. It was co-published with Channel 9 Investigates, whose reporters contributed interviews and footage, and it draws on records obtained over eighteen months.",
    "This story contains descriptions of injuries that some readers may find distressing. The names of several people have been withheld at their request because they fear retaliation from their employers.",
];

const R_INV_CHAPTERS: &[&str] = &[
    "The Warning",
    "A System Stretched Thin",
    "Nobody Was Counting",
    "The Paper Trail",
    "Promises and Delays",
    "What Comes Next",
];

const R_INV_DOCS: &[(&str, &str)] = &[
    (
        "Per our discussion on Tuesday, the department will not pursue further review of the complaints referenced above until funding for the next fiscal year has been finalized. Staff should log new complaints but take no action on them in the interim.",
        "An excerpt from a 2021 internal memo, obtained by The Civic Record through a public records request. Highlighting added.",
    ),
    (
        "The current staffing level is insufficient to meet the statutory inspection schedule. At present rates, the backlog will exceed 4,000 facilities by the end of the biennium, and the division cannot guarantee that high-risk sites will be prioritized.",
        "From a 2022 staffing assessment prepared for agency leadership and never made public.",
    ),
    (
        "Contractor shall use commercially reasonable efforts to meet the milestones set forth in Exhibit B. Failure to meet any milestone shall not constitute a material breach of this Agreement, provided Contractor submits a written remediation plan.",
        "A clause from the contract between the state and the vendor. Legal experts said such language is unusually favorable to the contractor.",
    ),
    (
        "Please do not put any of this in writing going forward. If there are concerns about the numbers, raise them with me directly and we will discuss them in person before anything is circulated.",
        "An email from a deputy director to staff in March 2023, released in response to a lawsuit.",
    ),
    (
        "Respondent denies each and every allegation contained in Paragraphs 12 through 31 of the Complaint and further states that any delays were the result of circumstances beyond its control, including a statewide labor shortage.",
        "From the agency's answer to a complaint filed in county court.",
    ),
];

const R_INV_CAPTIONS: &[&str] = &[
    "Dana Whitfield at her home outside the capital. She said her warnings about the backlog went unanswered for years.",
    "Boxes of unprocessed case files in a storage room at the agency's regional office, photographed in January.",
    "The state office building where the division has been based since 2009. Several floors now sit mostly empty.",
    "Residents attend a public hearing on the program in November, where many waited hours to speak.",
];

const R_INV_GRAPHICS: &[(&str, &str)] = &[
    (
        "Inspections fell as the backlog grew",
        "Note: Fiscal years end June 30. Figures for 2025 are preliminary. Source: State Department of Labor records obtained by The Civic Record.",
    ),
    (
        "Payments kept flowing after deadlines were missed",
        "Note: Includes change orders. Source: State comptroller payment data, 2019 to 2025.",
    ),
];

const R_INV_TIP: &str = "Do you have information about how the agency handles complaints, or have you been affected by the delays described in this story? We want to hear from you. Contact our reporters by email, or reach them securely on Signal at 555-0134. We will not publish anything you tell us without your permission.";

const R_INV_DISPATCH: &str = "The Civic Record is a nonprofit newsroom that investigates abuses of power. Sign up for Dispatches, our weekly newsletter, to receive our biggest stories as soon as they are published.";

const R_INV_HOW: &[&str] = &[
    "To examine how the agency handled complaints, reporters obtained more than 14,000 pages of records through public records requests, reviewed court filings in 23 counties and interviewed more than 80 people, including current and former employees, lawmakers and the families of workers.",
    "Several people spoke on the condition of anonymity because they were not authorized to discuss internal matters or feared retaliation. The Civic Record verified their accounts with documents, and shared detailed findings with the agency and the contractor before publication.",
];

const R_INV_METHOD: &str = "About the data: We built a database of every inspection recorded by the division from 2015 through 2024, matching facility identifiers across three record systems. We counted an inspection as overdue when it was not completed within the window set by state law. We excluded facilities that closed during the period. Two independent statisticians reviewed our methods, and the agency did not dispute our figures.";

const R_INV_CORRECTION: &str = "Correction, Feb. 14, 2026: An earlier version of this story misstated the year in which the agency adopted its current complaint policy. It was 2019, not 2018.";

const R_INV_CREDITS: &[&str] = &[
    "Mollie Sutherland contributed research. Design and development by Lena Park. Graphics by Omar Haddad.",
    "Additional reporting by Chris Alvarado. Photo editing by Grace Lindqvist. Copy editing by Peter Kim.",
];

const R_INV_BIOS: &[&str] = &[
    "is a reporter for The Civic Record covering labor and workplace safety. She previously worked at a regional daily, where her reporting on nursing homes led to two state laws.",
    "is a data reporter at The Civic Record. Before joining the newsroom he built public-records tools for a civic technology group and taught statistics at a community college.",
    "is a reporter with The Civic Record's Local Reporting Network, working with newsrooms in the Midwest on investigations into state government.",
];

const R_INV_REPUBLISH: &str = "You may republish this story for free, online or in print, under our Creative Commons license, as long as you credit The Civic Record and do not edit the piece beyond small changes for style or length. Photographs and graphics are not included in the license.";

const R_INV_ABOUT: &str = "The Civic Record is an independent, nonprofit newsroom that produces investigative journalism in the public interest. Our work is funded by readers and foundations, and we do not accept money from the people and institutions we cover. Donations are tax-deductible to the extent allowed by law.";

const R_INV_LATEST: &[&str] = &[
    "A Hospital Chain Sued Thousands of Patients. Then It Changed Its Policy.",
    "How a Small-Town Sheriff Kept His Job After Three Investigations",
    "The Water Utility Knew About the Lead for a Decade",
    "Inside the Private Prison Contract That Paid for Empty Beds",
    "States Promised to Fix Their Foster Care Systems. Most Have Not.",
];

/// R1 (round 9): long-form investigation of a nonprofit
/// newsroom (ProPublica-like): a donation strip in prose, a header with
/// menu and search, a series label, headline, prose dek, a multi-author
/// byline with photography credit and date, a series navigator listing
/// the parts with one-sentence descriptions, an italic "Editor's note"
/// box above the text, a "Contents" list of chapter titles and a sticky
/// progress bar naming the current chapter; the text split into two to
/// four `<section>` chapters separated by ornamental breaks (no visible
/// headings), with quoted document excerpts (blockquotes of memo and
/// contract prose with a caption), a photo with a long caption and
/// credit, a data graphic with title and a prose note/source, sometimes a
/// pull quote, a prose newsletter box and a prose tip box among the
/// paragraphs; after the text a correction notice, "How We Reported This
/// Story" in prose, a methodology box, credit lines, author bios,
/// a republishing box in prose, "More from this series" and "Latest
/// stories", and a prose footer about the organization.
fn r1_investigation(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let n = s.paragraphs.len();
    let (_, mname, day, year) = n_date(&s.date);
    let (series, parts) = R_INV_SERIES[c.rng.below(R_INV_SERIES.len())];
    let part = c.rng.below(parts.len());
    let nch = (2 + c.rng.below(3)).min(n.max(1)).max(1);
    let ch0 = c.rng.below(R_INV_CHAPTERS.len());
    let d0 = c.rng.below(R_INV_DOCS.len());
    let co = c.rng.pick(&[
        "Sam Whitaker",
        "Leila Navarro",
        "Jordan Blake",
        "Ruth Okonkwo",
    ]);
    let photog = c.rng.pick(&["Ana Ruiz", "Ben Tolliver", "Keisha Grant"]);
    // Chapter boundaries: paragraph indexes where each chapter starts.
    let mut starts: Vec<usize> = (0..nch).map(|k| k * n / nch).collect();
    starts.dedup();
    let chapter_of = |i: usize, st: &[usize]| st.iter().rposition(|&x| x <= i).unwrap_or(0);
    let mut body = String::new();
    let mut docs = 0usize;
    let mut extras_done = [false; 5];
    for (i, p) in s.paragraphs.iter().enumerate() {
        if starts.contains(&i) {
            let k = chapter_of(i, &starts);
            if k > 0 {
                body.push_str("</section><div class=\"section-break\" role=\"separator\" aria-hidden=\"true\"><span class=\"ornament\"></span></div>");
            }
            body.push_str(&format!(
                "<section class=\"chapter\" id=\"chapter-{}\" data-chapter-title=\"{}\">",
                k + 1,
                o_attr(R_INV_CHAPTERS[(ch0 + k) % R_INV_CHAPTERS.len()])
            ));
        }
        let drop = if i == 0 { " class=\"dropcap\"" } else { "" };
        body.push_str(&format!("<p{drop}>{}</p>", c.body_paragraph(p)));
        if i + 1 == n || starts.contains(&(i + 1)) {
            continue;
        }
        let slot = c.rng.below(8);
        if i >= 1 && slot < 2 && docs < 2 {
            let (q, cap) = R_INV_DOCS[(d0 + docs) % R_INV_DOCS.len()];
            docs += 1;
            body.push_str(&format!(
                "<figure class=\"document-excerpt\"><blockquote class=\"document\"><p>{}</p></blockquote>\
                 <figcaption>{} <a href=\"https://documents.civicrecord.example/{}\">Read the document.</a></figcaption></figure>",
                esc(q),
                esc(cap),
                o_hex(c.rng, 8)
            ));
        } else if slot == 2 && !extras_done[0] {
            extras_done[0] = true;
            body.push_str(&format!(
                "<figure class=\"photo photo--wide\"><img src=\"/images/{}.jpg\" alt=\"\"><figcaption><span class=\"caption\">{}</span> <span class=\"credit\">{} for The Civic Record</span></figcaption></figure>",
                o_hex(c.rng, 10),
                esc(c.rng.pick(R_INV_CAPTIONS)),
                esc(photog)
            ));
        } else if slot == 3 && !extras_done[1] {
            extras_done[1] = true;
            let (gt, gn) = R_INV_GRAPHICS[c.rng.below(R_INV_GRAPHICS.len())];
            let bars: String = (0..8)
                .map(|k| {
                    format!(
                        "<rect x=\"{}\" y=\"{}\" width=\"30\" height=\"{}\"/><text x=\"{}\" y=\"215\">{}</text>",
                        10 + k * 40,
                        200 - (40 + c.rng.below(150)),
                        40 + c.rng.below(150),
                        10 + k * 40,
                        2017 + k
                    )
                })
                .collect();
            body.push_str(&format!(
                "<figure class=\"graphic\"><div class=\"graphic__title\">{}</div><div class=\"graphic__subtitle\">Share of required inspections completed each year</div>\
                 <svg viewBox=\"0 0 330 220\" role=\"img\" aria-label=\"Bar chart\">{bars}</svg><figcaption class=\"graphic__note\">{}</figcaption></figure>",
                esc(gt),
                esc(gn)
            ));
        } else if slot == 4 && !extras_done[2] {
            extras_done[2] = true;
            body.push_str(&format!(
                "<aside class=\"newsletter-callout\"><h4>Dispatches</h4><p>{}</p><form><input type=\"email\" placeholder=\"Your email\"><button>Sign up</button></form></aside>",
                esc(R_INV_DISPATCH)
            ));
        } else if slot == 5 && !extras_done[3] {
            extras_done[3] = true;
            body.push_str(&format!(
                "<aside class=\"tip-box\"><h4>Help Us Report on This</h4><p>{}</p><a href=\"/tips\">Send us a tip</a></aside>",
                esc(R_INV_TIP)
            ));
        } else if slot == 6
            && !extras_done[4]
            && let Some(q) = l_pull_sentence(p)
            && words(&q) + 3 < words(p)
        {
            extras_done[4] = true;
            body.push_str(&format!(
                "<aside class=\"pull-quote\" aria-hidden=\"true\"><p>&ldquo;{}&rdquo;</p></aside>",
                esc(&q)
            ));
        }
    }
    body.push_str("</section>");

    let toc: String = (0..starts.len())
        .map(|k| {
            format!(
                "<li><a href=\"#chapter-{}\">{}</a></li>",
                k + 1,
                esc(R_INV_CHAPTERS[(ch0 + k) % R_INV_CHAPTERS.len()])
            )
        })
        .collect();
    let series_nav: String = parts
        .iter()
        .enumerate()
        .map(|(k, (h, d))| {
            let cur = if k == part {
                " aria-current=\"page\""
            } else {
                ""
            };
            format!(
                "<li{cur}><span class=\"series-part\">Part {}</span><a href=\"/article/{}\">{}</a><p>{}</p></li>",
                k + 1,
                l_slug(h),
                esc(h),
                esc(d)
            )
        })
        .collect();
    let more_series: String = parts
        .iter()
        .enumerate()
        .filter(|(k, _)| *k != part)
        .map(|(_, (h, d))| {
            format!(
                "<div class=\"story-card\"><a href=\"/article/{}\"><h3>{}</h3></a><p class=\"dek\">{}</p></div>",
                l_slug(h),
                esc(h),
                esc(d)
            )
        })
        .collect();
    let latest: String = R_INV_LATEST
        .iter()
        .map(|h| format!("<li><a href=\"/article/{}\">{}</a></li>", l_slug(h), esc(h)))
        .collect();
    let bio_n = if c.rng.chance(50) { 2 } else { 1 };
    let b0 = c.rng.below(R_INV_BIOS.len());
    let bios: String = (0..bio_n)
        .map(|k| {
            let name = if k == 0 { s.author.as_str() } else { co };
            format!(
                "<div class=\"author-bio\"><img src=\"/people/{}.jpg\" alt=\"\"><p><strong>{}</strong> {}</p><ul><li><a href=\"mailto:{}@civicrecord.example\">Email</a></li><li>Signal: 555-01{:02}</li></ul></div>",
                l_slug(name),
                esc(name),
                esc(R_INV_BIOS[(b0 + k) % R_INV_BIOS.len()]),
                l_slug(name),
                c.rng.below(100)
            )
        })
        .collect();
    let byline = if bio_n == 2 {
        format!(
            "by <a href=\"/people/{}\">{}</a> and <a href=\"/people/{}\">{}</a>, photography by {}",
            l_slug(&s.author),
            esc(&s.author),
            l_slug(co),
            esc(co),
            esc(photog)
        )
    } else {
        format!(
            "by <a href=\"/people/{}\">{}</a>, photography by {} for The Civic Record",
            l_slug(&s.author),
            esc(&s.author),
            esc(photog)
        )
    };
    let note_top = c.rng.chance(75);
    let note = format!(
        "<aside class=\"editors-note\"><p><em><strong>Editor's note:</strong> {}</em></p></aside>",
        esc(c.rng.pick(R_INV_EDITOR_NOTES))
    );
    let correction = if c.rng.chance(35) {
        format!(
            "<div class=\"correction\"><p>{}</p></div>",
            esc(R_INV_CORRECTION)
        )
    } else {
        String::new()
    };
    let ld = format!(
        "<script type=\"application/ld+json\">{{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"{}\",\"isPartOf\":{{\"@type\":\"CreativeWorkSeries\",\"name\":\"{}\"}},\"author\":[{{\"@type\":\"Person\",\"name\":\"{}\"}}],\"isAccessibleForFree\":true,\"license\":\"https://creativecommons.org/licenses/by-nc-nd/3.0/\"}}</script>",
        l_json(&s.title),
        l_json(series),
        l_json(&s.author)
    );

    let mut page = format!(
        "<!DOCTYPE html><html lang=\"en\" class=\"article-longform\">{}<body class=\"article series-{}\">",
        head(s, "The Civic Record", &ld),
        l_slug(series)
    );
    page.push_str(&format!(
        "<a class=\"skip-link\" href=\"#main\">Skip to content</a>\
         <div class=\"donate-strip\"><p>The Civic Record is supported by readers. Our investigations are free to read and free to republish. <a href=\"/donate\">Donate now</a></p></div>\
         <header class=\"site-header\"><a class=\"logo\" href=\"/\">The Civic Record</a><button class=\"menu-toggle\">Menu</button>\
         <nav class=\"site-nav\"><ul><li><a href=\"/topics/politics\">Politics</a></li><li><a href=\"/topics/criminal-justice\">Criminal Justice</a></li>\
         <li><a href=\"/topics/health-care\">Health Care</a></li><li><a href=\"/topics/education\">Education</a></li><li><a href=\"/topics/environment\">Environment</a></li>\
         <li><a href=\"/topics/labor\">Labor</a></li><li><a href=\"/topics/business\">Business</a></li><li><a href=\"/local\">Local Reporting Network</a></li>\
         <li><a href=\"/series\">Series</a></li><li><a href=\"/data\">Data</a></li><li><a href=\"/newsletters\">Newsletters</a></li></ul></nav>\
         <form role=\"search\"><input type=\"search\" placeholder=\"Search\"></form><a class=\"btn-donate\" href=\"/donate\">Donate</a></header>\
         <div class=\"progress-bar\" aria-hidden=\"true\"><span class=\"progress-bar__series\">{series}</span><span class=\"progress-bar__chapter\">{ch}</span><div class=\"progress-bar__fill\" style=\"width:0%\"></div></div>",
        series = esc(series),
        ch = esc(R_INV_CHAPTERS[ch0]),
    ));
    page.push_str(&format!(
        "<main id=\"main\"><article class=\"story\"><header class=\"story-header\"><p class=\"series-label\"><a href=\"/series/{sslug}\">{series}</a> <span>Part {pn} of {pt}</span></p>\
         <h1 class=\"story-title\">{t}</h1><p class=\"dek\">{dek}</p>\
         <p class=\"byline\">{byline}</p><p class=\"timestamp\"><time datetime=\"{date}T10:00:00Z\">{mname} {day}, {year}, 5 a.m. EST</time></p>\
         <div class=\"share-tools\"><a href=\"#\">Facebook</a><a href=\"#\">X</a><a href=\"#\">Email</a><button class=\"republish-btn\">Republish</button></div></header>\
         <figure class=\"lead-art\"><img src=\"/images/{img}.jpg\" alt=\"\"><figcaption><span class=\"caption\">{cap}</span> <span class=\"credit\">{photog} for The Civic Record</span></figcaption></figure>\
         <nav class=\"series-nav\" aria-label=\"Series\"><h2>{series}: The Series</h2><ol>{series_nav}</ol></nav>",
        sslug = l_slug(series),
        series = esc(series),
        pn = part + 1,
        pt = parts.len(),
        t = esc(&s.title),
        dek = esc(c.rng.pick(L_STANDFIRSTS)),
        date = s.date,
        img = o_hex(c.rng, 10),
        cap = esc(c.rng.pick(R_INV_CAPTIONS)),
        photog = esc(photog),
    ));
    if note_top {
        page.push_str(&note);
    }
    page.push_str(&format!(
        "<nav class=\"toc\" aria-label=\"Contents\"><h2>Contents</h2><ol>{toc}</ol></nav><div class=\"story-body\">{body}</div>"
    ));
    if !note_top {
        page.push_str(&note);
    }
    let credits: String = R_INV_CREDITS
        .iter()
        .take(1 + c.rng.below(2))
        .map(|x| format!("<p>{}</p>", esc(x)))
        .collect();
    page.push_str(&format!(
        "{correction}<section class=\"how-we-reported\"><h2>How We Reported This Story</h2><p>{}</p><p>{}</p></section>\
         <aside class=\"methodology\"><h3>Methodology</h3><p>{}</p><a href=\"/methodology/{}\">Read our full methodology</a> <a href=\"https://github.example/civicrecord/{}\">Download the data</a></aside>\
         <div class=\"credits\">{credits}</div><section class=\"authors\"><h2>About the Reporters</h2>{bios}</section>\
         <aside class=\"republish\" id=\"republish\"><h2>Republish This Story for Free</h2><p>{}</p><button>Copy HTML</button></aside></article>\
         <section class=\"more-series\"><h2>More From {}</h2>{more_series}</section>\
         <section class=\"latest\"><h2>Latest Stories From The Civic Record</h2><ul>{latest}</ul></section></main>",
        esc(R_INV_HOW[0]),
        esc(R_INV_HOW[1]),
        esc(R_INV_METHOD),
        l_slug(series),
        l_slug(series),
        esc(R_INV_REPUBLISH),
        esc(series)
    ));
    page.push_str(&format!(
        "<div class=\"newsletter-modal\" role=\"dialog\" hidden><h2>Get Dispatches</h2><p>{}</p><form><input type=\"email\"><button>Subscribe</button></form></div>\
         <footer class=\"site-footer\"><p>{}</p><ul><li><a href=\"/about\">About Us</a></li><li><a href=\"/staff\">Staff</a></li><li><a href=\"/jobs\">Jobs</a></li>\
         <li><a href=\"/code-of-ethics\">Code of Ethics</a></li><li><a href=\"/corrections\">Corrections</a></li><li><a href=\"/privacy\">Privacy Policy</a></li>\
         <li><a href=\"/republishing\">Steal Our Stories</a></li></ul><p>&copy; {year} The Civic Record. All rights reserved.</p></footer></body></html>",
        esc(R_INV_DISPATCH),
        esc(R_INV_ABOUT)
    ));
    page
}

const R_CB_TOPNAV: &[&str] = &[
    "Products",
    "Solutions",
    "Pricing",
    "Documentation",
    "Learn",
    "Partner Network",
    "Marketplace",
    "Customer Enablement",
    "Events",
    "Explore More",
];

const R_CB_BLOGS: &[&str] = &[
    "News Blog",
    "Architecture Blog",
    "Public Sector Blog",
    "Industries Blog",
    "Sustainability Blog",
    "Partner Network Blog",
    "Startups Blog",
    "Security Blog",
];

const R_CB_TREE: &[(&str, &[&str])] = &[
    (
        "Analytics",
        &["Data Lakes", "Streaming", "Business Intelligence"],
    ),
    (
        "Compute",
        &["Containers", "Serverless", "High Performance Computing"],
    ),
    ("Databases", &["Relational", "NoSQL", "Caching"]),
    (
        "Artificial Intelligence",
        &["Generative AI", "Machine Learning", "Responsible AI"],
    ),
    (
        "Industries",
        &[
            "Public Sector",
            "Financial Services",
            "Healthcare",
            "Transportation",
        ],
    ),
    (
        "Security, Identity & Compliance",
        &["Identity", "Threat Detection"],
    ),
    ("Customer Stories", &[]),
    ("Announcements", &[]),
    ("Sustainability", &[]),
];

const R_CB_PRODUCTS: &[(&str, &str)] = &[
    (
        "Stratus Edge Compute",
        "Run low-latency workloads in more than 40 metro locations with the same tools and APIs you already use in the cloud.",
    ),
    (
        "Stratus Data Exchange",
        "Find, subscribe to and use third-party data sets in minutes, with billing and entitlements handled for you.",
    ),
    (
        "Stratus Carbon Insights",
        "Track the estimated emissions of your cloud usage by service and region, and see how they change as you optimise.",
    ),
    (
        "Stratus Assist",
        "A generative AI assistant for your business that answers questions, summarises documents and drafts content using your own data.",
    ),
    (
        "Stratus Fleet Manager",
        "Monitor vehicles, vessels and equipment in real time, and predict maintenance needs before they cause downtime.",
    ),
];

const R_CB_RELATED: &[(&str, &str)] = &[
    (
        "How regional transit agencies are modernising fare collection",
        "In this post, we look at how three agencies moved their ticketing systems to the cloud, what they learned along the way and the results they have seen in the first year.",
    ),
    (
        "Announcing new sustainability commitments for our data centres",
        "Today we are sharing our progress toward matching all of the electricity used by our operations with renewable energy, and the next steps we are taking to reduce water use.",
    ),
    (
        "Building resilient public services with multi-region architectures",
        "Government organisations need systems that stay available during outages and disasters. This post walks through patterns our customers use to keep critical services running.",
    ),
    (
        "Customer story: a shipping company cuts fuel costs with predictive analytics",
        "By combining sensor data from its fleet with weather forecasts, the company reduced fuel consumption by eight percent across its busiest routes in just six months.",
    ),
    (
        "What's new for startups this quarter",
        "From expanded credits to new technical workshops, here is a roundup of the programmes and resources available to early-stage founders building on our platform.",
    ),
    (
        "Five lessons from migrating a national archive",
        "Moving 30 petabytes of historical records is not just a technical challenge. The archive's chief technology officer shares what worked, what did not and what she would do differently.",
    ),
];

const R_CB_AUTHORS: &[(&str, &str, &str)] = &[
    (
        "Priya Raman",
        "Principal Solutions Architect",
        "Priya Raman is a Principal Solutions Architect at Stratus who works with transportation and logistics customers to design scalable, secure systems. Outside of work she enjoys sailing and restoring old bicycles.",
    ),
    (
        "Marcus Bell",
        "Senior Product Marketing Manager",
        "Marcus Bell leads product marketing for Stratus industry solutions. He has spent fifteen years helping companies tell the story of complex technology, and he lives in Seattle with his family and two very loud dogs.",
    ),
    (
        "Hannah Okafor",
        "Head of Public Sector Partnerships",
        "Hannah Okafor heads partnerships with government agencies and nonprofits in Europe. Before joining Stratus she worked for a decade in the civil service, most recently as a digital transformation lead.",
    ),
    (
        "Diego Fernández",
        "Developer Advocate",
        "Diego Fernández is a Developer Advocate who helps builders get the most out of Stratus services. You can find him speaking at community events and answering questions on the developer forums.",
    ),
];

const R_CB_RESOURCES: &[&str] = &[
    "Getting started guide",
    "Product documentation",
    "Pricing overview",
    "Customer case studies",
    "Solution architecture library",
    "Webinar: Planning your migration",
    "Stratus Skill Builder courses",
    "Contact sales",
];

const R_CB_NOTES: &[&str] = &[
    "Note: Product names and features mentioned in this post may not be available in every region. Check the regional services list for current availability.",
    "Want to learn more? Join us at Stratus Summit in your city this spring for keynotes, hands-on labs and sessions led by the customers featured on this blog.",
];

const R_CB_COOKIE: &str = "We use essential cookies and similar tools that are necessary to provide our site and services. We use performance cookies to collect anonymous statistics so that we can understand how customers use our site and make improvements. Essential cookies cannot be deactivated, but you can choose Customise or Decline to decline performance cookies.";

const R_CB_COOKIE_CATS: &[(&str, &str)] = &[
    (
        "Essential",
        "Essential cookies are necessary to provide our site and services and cannot be deactivated. They are usually set in response to your actions on the site, such as setting your privacy preferences, signing in or filling in forms.",
    ),
    (
        "Performance",
        "Performance cookies provide anonymous statistics about how customers navigate our site so we can improve site experience and performance. Approved third parties may perform analytics on our behalf.",
    ),
    (
        "Functional",
        "Functional cookies help us provide useful site features, remember your preferences and display relevant content. Approved third parties may set these cookies to provide certain site features.",
    ),
    (
        "Advertising",
        "Advertising cookies may be set through our site by us or our advertising partners and help us deliver relevant marketing content. If you do not allow these cookies, you will experience less relevant advertising.",
    ),
];

const R_CB_LEGAL: &str = "Stratus is an equal opportunity employer: minority, women, disability, veteran, gender identity, sexual orientation and age. Copyright 2026, Stratus Cloud Services, Inc. or its affiliates. All rights reserved.";

const R_CB_FEEDBACK: &str = "Your feedback helps us improve this blog. Tell us what you found useful, what was missing or which topics you would like us to cover next.";

const R_CB_COMMENTS: &str = "Comments on this post are moderated by the blog team. For questions about your account, billing or service limits, please contact Stratus Support, where our engineers can help you faster.";

const R_CB_LANGS: &[&str] = &[
    "English",
    "Deutsch",
    "Español",
    "Français",
    "Italiano",
    "Português",
    "日本語",
    "한국어",
    "中文 (简体)",
];

/// A product callout card of the company blog: eyebrow, product name, a
/// one-sentence pitch and a link.
fn r2_callout(rng: &mut Rng, k: usize) -> String {
    let (name, pitch) = R_CB_PRODUCTS[k % R_CB_PRODUCTS.len()];
    format!(
        "<div class=\"product-callout\" data-product=\"{}\"><img class=\"product-callout__icon\" src=\"/icons/{}.svg\" alt=\"\">\
         <div class=\"product-callout__body\"><span class=\"eyebrow\">{}</span><h4>{}</h4><p>{}</p>\
         <a class=\"btn btn--secondary\" href=\"/products/{}/?trk={}\">Learn more</a></div></div>",
        l_slug(name),
        l_slug(name),
        rng.pick(&["Featured product", "Product spotlight", "Try it"]),
        esc(name),
        esc(pitch),
        l_slug(name),
        o_hex(rng, 8)
    )
}

/// R2 (round 9): company blog post of a cloud provider
/// (AWS/Microsoft-blog-like), in two layouts: a cookie banner in prose
/// with a "Customise" dialog describing each cookie category in prose, a
/// global navigation bar (products, pricing, language switcher, sign in),
/// the blog's own bar (blog list, categories, "Follow"), a left
/// category tree with nested lists and counts (or collapsible
/// `<details>`); the post header (headline, "by ... on ... in ..."
/// categories, permalink, comments, share), author avatars with job
/// titles above the text in layout 1; the paragraphs in
/// `section.blog-post-content` (layout 0) or `div.entry-content`
/// (layout 1) with product callout cards (name plus a one-sentence
/// pitch), an architecture figure with a caption and a prose note box
/// among them; after the text author cards with avatar, job title and a
/// prose bio, a "TAGS:" row, a "Resources" link list, a "Related posts"
/// carousel of cards with prose excerpts, a feedback widget in prose, a
/// moderated-comments note, a prose sign-up call to action and a footer
/// of link columns with prose legal lines; a `__BLOG_DATA__` script
/// repeats the text.
fn r2_corpblog(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let n = s.paragraphs.len();
    let (_, mname, day, year) = n_date(&s.date);
    let layout = c.rng.below(2);
    let blog = c.rng.pick(R_CB_BLOGS);
    let p0 = c.rng.below(R_CB_PRODUCTS.len());
    let a0 = c.rng.below(R_CB_AUTHORS.len());
    let nauth = 1 + c.rng.below(3);
    let authors: Vec<(&str, &str, &str)> = (0..nauth)
        .map(|k| R_CB_AUTHORS[(a0 + k) % R_CB_AUTHORS.len()])
        .collect();
    let cats: Vec<&str> = (0..2)
        .map(|k| R_CB_TREE[(p0 + 3 * k) % R_CB_TREE.len()].0)
        .collect();
    let mut body = String::new();
    let mut callouts = 0usize;
    let fig_at = 1 + c.rng.below(n.max(2) - 1);
    for (i, p) in s.paragraphs.iter().enumerate() {
        body.push_str(&format!("<p>{}</p>", c.body_paragraph(p)));
        if i + 1 == n {
            break;
        }
        if (i == 1 || i == 5) && callouts < 2 && (callouts == 0 || c.rng.chance(50)) {
            body.push_str(&r2_callout(c.rng, p0 + callouts));
            callouts += 1;
        } else if i == fig_at {
            body.push_str(&format!(
                "<figure class=\"wp-caption aligncenter\" id=\"attachment_{}\"><img src=\"/blogs/wp-content/uploads/2026/{:02}/{}.png\" alt=\"Architecture diagram\" width=\"1200\" height=\"640\">\
                 <figcaption class=\"wp-caption-text\">Figure 1: {}</figcaption></figure>",
                c.rng.below(900_000),
                1 + c.rng.below(12),
                o_hex(c.rng, 10),
                esc(c.rng.pick(&[
                    "High-level architecture of the solution described in this post",
                    "How data flows from field devices to the analytics dashboard",
                    "The migration timeline agreed with the customer's operations team",
                ]))
            ));
        } else if i == 3 && c.rng.chance(50) {
            body.push_str(&format!(
                "<div class=\"alert alert-info\" role=\"note\"><p>{}</p></div>",
                esc(c.rng.pick(R_CB_NOTES))
            ));
        }
    }
    let mut raw = String::new();
    for p in &s.paragraphs {
        raw.push_str(&format!("<p>{}</p>", esc(p)));
    }
    let data = format!(
        "<script id=\"__BLOG_DATA__\" type=\"application/json\">{{\"post\":{{\"id\":{},\"title\":\"{}\",\"blog\":\"{}\",\"content\":\"{}\",\"categories\":[\"{}\",\"{}\"]}}}}</script>",
        10_000 + c.rng.below(90_000),
        l_json(&s.title),
        l_json(blog),
        l_json(&raw),
        l_json(cats[0]),
        l_json(cats[1])
    );
    let cookie_cats: String = R_CB_COOKIE_CATS
        .iter()
        .map(|(h, d)| {
            format!(
                "<div class=\"cookie-cat\"><label><input type=\"checkbox\"{}> {}</label><p>{}</p></div>",
                if *h == "Essential" { " checked disabled" } else { "" },
                esc(h),
                esc(d)
            )
        })
        .collect();
    let topnav: String = R_CB_TOPNAV
        .iter()
        .map(|x| {
            format!(
                "<li class=\"gn-item\"><button aria-expanded=\"false\">{}</button></li>",
                esc(x)
            )
        })
        .collect();
    let langs: String = R_CB_LANGS
        .iter()
        .map(|x| format!("<li><a href=\"#\">{x}</a></li>"))
        .collect();
    let blogs: String = R_CB_BLOGS
        .iter()
        .map(|x| format!("<li><a href=\"/blogs/{}/\">{}</a></li>", l_slug(x), esc(x)))
        .collect();
    let tree: String = R_CB_TREE
        .iter()
        .map(|(top, subs)| {
            let count = 20 + c.rng.below(400);
            let inner: String = subs
                .iter()
                .map(|x| {
                    format!(
                        "<li><a href=\"/blogs/category/{}/\">{}</a> <span class=\"count\">({})</span></li>",
                        l_slug(x),
                        esc(x),
                        5 + c.rng.below(120)
                    )
                })
                .collect();
            let inner = if subs.is_empty() {
                String::new()
            } else {
                format!("<ul class=\"children\">{inner}</ul>")
            };
            if layout == 0 {
                format!(
                    "<li class=\"cat-item\"><a href=\"/blogs/category/{}/\">{}</a> <span class=\"count\">({count})</span>{inner}</li>",
                    l_slug(top),
                    esc(top)
                )
            } else {
                format!(
                    "<li><details><summary>{} ({count})</summary>{inner}</details></li>",
                    esc(top)
                )
            }
        })
        .collect();
    let author_links: Vec<String> = authors
        .iter()
        .map(|(nm, _, _)| {
            format!(
                "<span property=\"author\" typeof=\"Person\"><a href=\"/blogs/authors/{}/\">{}</a></span>",
                l_slug(nm),
                esc(nm)
            )
        })
        .collect();
    let author_cards: String = authors
        .iter()
        .map(|(nm, role, bio)| {
            format!(
                "<div class=\"blog-author-box\"><img class=\"avatar\" src=\"/blogs/authors/{}.jpg\" alt=\"{}\" width=\"96\" height=\"96\">\
                 <h3 class=\"lb-h4\">{}</h3><p class=\"author-title\">{}</p><p>{}</p></div>",
                l_slug(nm),
                o_attr(nm),
                esc(nm),
                esc(role),
                esc(bio)
            )
        })
        .collect();
    let avatars: String = authors
        .iter()
        .map(|(nm, role, _)| {
            format!(
                "<li class=\"author-chip\"><img class=\"avatar\" src=\"/blogs/authors/{}.jpg\" alt=\"\" width=\"40\" height=\"40\"><span class=\"author-chip__name\">{}</span><span class=\"author-chip__title\">{}</span></li>",
                l_slug(nm),
                esc(nm),
                esc(role)
            )
        })
        .collect();
    let r0 = c.rng.below(R_CB_RELATED.len());
    let related: String = (0..4)
        .map(|k| {
            let (h, d) = R_CB_RELATED[(r0 + k) % R_CB_RELATED.len()];
            format!(
                "<li class=\"carousel__slide\"><article class=\"related-card\"><a href=\"/blogs/{}/\"><img src=\"/blogs/thumbs/{}.jpg\" alt=\"\"><h3>{}</h3></a>\
                 <time>{} {}, {}</time><p class=\"related-card__excerpt\">{}</p></article></li>",
                l_slug(h),
                o_hex(c.rng, 8),
                esc(h),
                1 + c.rng.below(28),
                &mname[..3].to_uppercase(),
                year,
                esc(d)
            )
        })
        .collect();
    let resources: String = R_CB_RESOURCES
        .iter()
        .take(4 + c.rng.below(4))
        .map(|x| {
            format!(
                "<li><a href=\"/resources/{}/\">{}</a></li>",
                l_slug(x),
                esc(x)
            )
        })
        .collect();
    let tags: Vec<String> = cats
        .iter()
        .chain(["Announcements", "Customer Solutions"].iter())
        .map(|x| {
            format!(
                "<a href=\"/blogs/tag/{}/\" rel=\"tag\">{}</a>",
                l_slug(x),
                esc(x)
            )
        })
        .collect();
    let cat_links: Vec<String> = cats
        .iter()
        .map(|x| {
            format!(
                "<span property=\"articleSection\"><a href=\"/blogs/category/{}/\">{}</a></span>",
                l_slug(x),
                esc(x)
            )
        })
        .collect();
    let post_meta = format!(
        "<footer class=\"blog-post-meta\">by {} | on <time property=\"datePublished\" datetime=\"{}\">{:02} {} {}</time> | in {} | \
         <a href=\"/blogs/{}/{}/\">Permalink</a> | <a href=\"#comments\"><i class=\"icon-comment\"></i> Comments</a> | \
         <a href=\"#\" class=\"share-toggle\">Share</a></footer>",
        author_links.join(", "),
        s.date,
        day,
        mname[..3].to_uppercase(),
        year,
        cat_links.join(", "),
        l_slug(blog),
        l_slug(&s.title)
    );
    let footer_cols: String = [
        (
            "Learn",
            &[
                "What Is Cloud Computing?",
                "What Is Generative AI?",
                "Cloud Security",
                "What's New",
                "Blogs",
                "Press Releases",
            ][..],
        ),
        (
            "Resources",
            &[
                "Getting Started",
                "Training",
                "Certification",
                "Architecture Center",
                "Analyst Reports",
                "Events",
            ][..],
        ),
        (
            "Developers",
            &[
                "Developer Center",
                "SDKs & Tools",
                "Command Line Interface",
                "Open Source",
            ][..],
        ),
        (
            "Help",
            &[
                "Contact Us",
                "Support Center",
                "Knowledge Center",
                "Legal",
                "Careers",
            ][..],
        ),
    ]
    .iter()
    .map(|(h, xs)| {
        let li: String = xs
            .iter()
            .map(|x| format!("<li><a href=\"/{}/\">{}</a></li>", l_slug(x), esc(x)))
            .collect();
        format!("<div class=\"footer-col\"><h4>{h}</h4><ul>{li}</ul></div>")
    })
    .collect();

    let mut page = format!(
        "<!DOCTYPE html><html lang=\"en-US\">{}<body class=\"single single-post blog-{}\">",
        head(s, &format!("Stratus {blog}"), &data),
        l_slug(blog)
    );
    page.push_str(&format!(
        "<a class=\"skip\" href=\"#content\">Skip to Main Content</a>\
         <div id=\"cookie-banner\" role=\"region\" aria-label=\"Cookie banner\"><h2>Select your cookie preferences</h2><p>{}</p>\
         <button>Accept</button><button>Decline</button><button>Customise</button></div>\
         <div id=\"cookie-customise\" role=\"dialog\" hidden><h2>Customise cookie preferences</h2>{cookie_cats}<button>Save preferences</button></div>\
         <header class=\"global-nav\"><a class=\"gn-logo\" href=\"/\">Stratus</a><ul class=\"gn-items\">{topnav}</ul>\
         <div class=\"gn-utility\"><a href=\"/contact-us/\">Contact us</a><a href=\"/support/\">Support</a>\
         <div class=\"lang-switch\"><button>English</button><ul>{langs}</ul></div><a href=\"/console/\">My Account</a>\
         <a class=\"btn-primary\" href=\"/signup/\">Create an Account</a></div></header>\
         <nav class=\"blog-nav\"><a class=\"blog-title\" href=\"/blogs/{bslug}/\">Stratus {blog}</a><ul class=\"blog-menu\"><li><button>Blog Home</button></li>\
         <li><button>Category</button><ul>{blogs}</ul></li><li><button>Edition</button></li><li><button>Follow</button>\
         <ul><li><a href=\"/blogs/{bslug}/feed/\">RSS Feed</a></li><li><a href=\"/newsletter/\">Email Updates</a></li></ul></li></ul></nav>",
        esc(R_CB_COOKIE),
        bslug = l_slug(blog),
        blog = esc(blog),
    ));
    let sidebar = format!(
        "<aside class=\"blog-sidebar\"><h2>Categories</h2><ul class=\"category-tree\">{tree}</ul>\
         <div class=\"sidebar-cta\"><h3>Stay up to date</h3><p>Get the latest posts from the {blog} delivered to your inbox once a week. No spam, and you can unsubscribe at any time.</p><a href=\"/newsletter/\">Subscribe</a></div></aside>",
        blog = esc(blog)
    );
    let header = format!(
        "<header class=\"blog-post-header\"><h1 class=\"lb-h2 blog-post-title\" property=\"name headline\">{}</h1>{post_meta}</header>",
        esc(&s.title)
    );
    let share = "<div class=\"blog-share-dialog\" hidden><ul><li><a href=\"#\">Share on LinkedIn</a></li><li><a href=\"#\">Share on X</a></li><li><a href=\"#\">Share on Facebook</a></li><li><a href=\"#\">Email</a></li></ul></div>";
    let content = if layout == 0 {
        format!(
            "<article class=\"blog-post\" vocab=\"https://schema.org/\" typeof=\"TechArticle\">{header}{share}\
             <section class=\"blog-post-content lb-rtxt\" property=\"articleBody\">{body}</section>\
             <div class=\"blog-author-boxes\">{author_cards}</div><footer class=\"blog-post-footer\"><span class=\"blog-tags\">TAGS: {}</span></footer></article>",
            tags.join(", ")
        )
    } else {
        format!(
            "<article class=\"post type-post status-publish\"><div class=\"entry-header\">{header}<ul class=\"author-chips\">{avatars}</ul>{share}</div>\
             <div class=\"entry-content\">{body}</div><div class=\"post-tags\"><span>TAGS:</span> {}</div>\
             <section class=\"about-authors\"><h2>About the authors</h2>{author_cards}</section></article>",
            tags.join(" ")
        )
    };
    page.push_str(&format!(
        "<div id=\"content\" class=\"blog-layout\">{sidebar}<main class=\"blog-main\">{content}\
         <section class=\"resources\"><h2>Resources</h2><ul>{resources}</ul></section>\
         <section class=\"related-posts carousel\"><h2>Related posts</h2><button aria-label=\"Previous slide\">&lsaquo;</button><ul class=\"carousel__track\">{related}</ul><button aria-label=\"Next slide\">&rsaquo;</button></section>\
         <div class=\"feedback-widget\"><h3>Was this post helpful?</h3><button>Yes</button><button>No</button><p>{}</p></div>\
         <section id=\"comments\" class=\"comments\"><h2>Comments</h2><p>{}</p><button class=\"load-comments\">View Comments</button></section></main></div>\
         <section class=\"cta-band\"><h2>Ready to get started?</h2><p>Create a free account and get access to more than 100 products, including a free tier that lets you try many services at no cost for twelve months.</p><a class=\"btn-primary\" href=\"/signup/\">Create a free account</a></section>",
        esc(R_CB_FEEDBACK),
        esc(R_CB_COMMENTS)
    ));
    page.push_str(&format!(
        "<footer class=\"site-footer\"><div class=\"footer-cols\">{footer_cols}</div><div class=\"footer-legal\"><ul><li><a href=\"/privacy/\">Privacy</a></li><li>|</li>\
         <li><a href=\"/accessibility/\">Accessibility</a></li><li>|</li><li><a href=\"/terms/\">Site Terms</a></li><li>|</li><li><a href=\"#\">Cookie Preferences</a></li></ul>\
         <p>{}</p></div></footer></body></html>",
        esc(R_CB_LEGAL)
    ));
    page
}

const R_SH_NAV: &[&str] = &[
    "Film",
    "TV",
    "What to Watch",
    "Music",
    "Docs",
    "Tech",
    "Global",
    "Awards Circuit",
    "Box Office",
    "Theater",
    "Video",
    "Podcasts",
    "Events",
    "Marquee Pro",
];

const R_SH_MUST_READ: &[(&str, &str)] = &[
    (
        "The Oscars' Best Picture Race Just Got a Lot More Interesting",
        "A surprise guild win has scrambled the predictions, and voters still have two weeks to change their minds.",
    ),
    (
        "Streaming Giant Cuts Original Film Budget by a Third",
        "Executives told producers the company will make fewer movies next year and spend more on each one.",
    ),
    (
        "Inside the Fight to Save the Last Drive-In Theaters",
        "Owners say rising land prices, not streaming, are the biggest threat to a business that has survived seventy years.",
    ),
    (
        "Why Every Studio Wants a Video Game Adaptation Now",
        "After three hits in a row, game rights have become the hottest property in town, with bidding wars to match.",
    ),
    (
        "Festival Lineup Announced With a Record Number of Debut Directors",
        "Programmers said first-time filmmakers make up nearly half of the competition slate this year.",
    ),
    (
        "Late-Night Host Signs Deal to Stay Through 2029",
        "The extension ends months of speculation about the future of the network's longest-running talk show.",
    ),
];

const R_SH_SLIDES: &[&str] = &[
    "Guests arrive on the red carpet at the premiere on Tuesday night.",
    "The cast poses for photographers before the screening at the Egyptian Theatre.",
    "The director speaks with reporters after the film's world premiere.",
    "Fans gathered outside the venue hours before the stars arrived.",
    "A scene from the series, which returns for its third season this spring.",
    "The producers accept the award for outstanding limited series.",
];

const R_SH_CREDITS: &[&str] = &[
    "Courtesy of Netflix",
    "Getty Images",
    "Marquee/Shutterstock",
    "Courtesy Everett Collection",
    "Invision/AP",
];

const R_SH_BRANDS: &[(&str, &str)] = &[
    (
        "Spin Cycle",
        "The band's first tour in a decade sold out in minutes, and now fans are angry about resale prices climbing past a thousand dollars.",
    ),
    (
        "Runway Daily",
        "The designer's debut collection for the house was a quiet rethink of its archive, and buyers were impressed.",
    ),
    (
        "Courtside Ledger",
        "League owners are weighing a new media deal that could reshape how fans watch games on their phones.",
    ),
    (
        "Screen Scene",
        "Here is everything coming to streaming services this week, from prestige dramas to reality shows.",
    ),
];

const R_SH_NEWSLETTER: &str = "Get the latest entertainment news, reviews and box-office analysis delivered to your inbox every morning. Choose from breaking news alerts, awards coverage and our weekly TV guide.";

const R_SH_NEWSLETTER_LEGAL: &str = "By providing your information, you agree to our Terms of Use and our Privacy Policy. We use vendors that may also process your information to help provide our services. This site is protected by reCAPTCHA Enterprise.";

const R_SH_FOOTER: &str = "Marquee is a part of Northlight Media Corporation. Copyright 2026 Marquee Media, LLC. All rights reserved. Our sites may earn a commission when you buy through links on them, and some of our stories include affiliate links.";

const R_SH_COOKIE: &str = "We and our partners use cookies and similar technologies to store and access information on your device for personalised ads and content, ad and content measurement, audience research and service development. Click Accept to consent, or manage your choices, including your right to object where legitimate interest is used.";

const R_SH_VIDEO: &[&str] = &[
    "The Stars of the Season's Biggest Drama on Their Final Episode",
    "Directors on Directors: A Conversation About Making Movies for Theaters",
    "Red Carpet Interviews From Last Night's Premiere",
];

/// An opening tag for a declarative shadow root in one of three
/// renderings: the standard `shadowrootmode` attribute, the older
/// non-standard `shadowroot` attribute, or none at all (0, 1, 2).
fn r3_shadow(mode: usize, inner: &str) -> String {
    match mode {
        0 => format!("<template shadowrootmode=\"open\">{inner}</template>"),
        1 => format!("<template shadowroot=\"open\">{inner}</template>"),
        _ => String::new(),
    }
}

/// R3 (round 9): entertainment trade site (Variety-like)
/// built from web components with declarative shadow DOM: every block is
/// a custom element (`mq-header`, `mq-article`, `mq-ad`, `mq-gallery`,
/// `mq-must-read`, `mq-newsletter`...) whose server-rendered shadow root
/// sits in a `<template shadowrootmode="open">` (in some pages the older
/// `shadowroot` attribute, in others no shadow root at all) and holds
/// styles, labels ("Advertisement", "Must Read", "View Gallery"), share
/// buttons and `<slot>`s; the light DOM holds the slotted kicker, headline,
/// dek (`h2` or `p`), byline and date, a lead image with a prose caption
/// and credit, and, in the default slot, the paragraphs interleaved with
/// ad elements, a slideshow embed whose slides carry prose captions,
/// "Must Read" boxes (headline plus a sentence) and a "Related" list;
/// after the article a newsletter element whose shadow root carries a
/// prose pitch and legal note, a related video, "More From Our Brands"
/// with prose blurbs, a numbered "Most Popular" list, a consent dialog in
/// prose and a prose footer; a JSON script repeats the text.
fn r3_components(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let n = s.paragraphs.len();
    let (_, mname, day, year) = n_date(&s.date);
    let mode = match c.rng.below(10) {
        0..=6 => 0,
        7 | 8 => 1,
        _ => 2,
    };
    let m0 = c.rng.below(R_SH_MUST_READ.len());
    let section = c.rng.pick(&["Film", "TV", "Music", "Biz", "Global"]);
    let css = ":host{display:block;contain:content}.label{font:600 11px/1 var(--mq-sans);letter-spacing:.1em;text-transform:uppercase}";
    let ad_shadow = r3_shadow(
        mode,
        &format!(
            "<style>{css}</style><div class=\"ad-wrap\"><span class=\"label\">Advertisement</span><slot></slot></div>"
        ),
    );
    let mut body = String::new();
    let mut ads = 0usize;
    let mut gallery = false;
    let mut musts = 0usize;
    for (i, p) in s.paragraphs.iter().enumerate() {
        body.push_str(&format!("<p>{}</p>", c.body_paragraph(p)));
        if i + 1 == n {
            break;
        }
        let r = c.rng.below(6);
        if i % 3 == 0 && r < 3 {
            ads += 1;
            body.push_str(&format!(
                "<mq-ad slot-id=\"mid-article{ads}\" sizes=\"300x250,728x90\">{ad_shadow}<div id=\"gpt-mid-article{ads}\"></div></mq-ad>"
            ));
        } else if !gallery && i >= 1 && r == 3 {
            gallery = true;
            let ns = 3 + c.rng.below(4);
            let total = ns + 10 + c.rng.below(30);
            let g_shadow = r3_shadow(
                mode,
                &format!(
                    "<style>{css}</style><div class=\"gallery\"><div class=\"gallery__head\"><span class=\"label\">View Gallery</span><span class=\"gallery__count\">{total} Images</span></div>\
                     <button part=\"prev\" aria-label=\"Previous\">&lsaquo;</button><div class=\"gallery__track\"><slot></slot></div><button part=\"next\" aria-label=\"Next\">&rsaquo;</button></div>"
                ),
            );
            let g0 = c.rng.below(R_SH_SLIDES.len());
            let slides: String = (0..ns)
                .map(|k| {
                    format!(
                        "<figure class=\"slide\"{}><img src=\"/wp-content/uploads/2026/{}.jpg\" alt=\"\" loading=\"lazy\"><figcaption><span class=\"caption\">{}</span> <span class=\"credit\">{}</span></figcaption></figure>",
                        if k == 0 { "" } else { " hidden" },
                        o_hex(c.rng, 10),
                        esc(R_SH_SLIDES[(g0 + k) % R_SH_SLIDES.len()]),
                        esc(c.rng.pick(R_SH_CREDITS))
                    )
                })
                .collect();
            body.push_str(&format!(
                "<mq-gallery gallery-id=\"{}\" data-title=\"{}\">{g_shadow}{slides}</mq-gallery>",
                c.rng.below(1_000_000),
                o_attr(&s.title)
            ));
        } else if musts < 2 && r >= 4 {
            let (h, d) = R_SH_MUST_READ[(m0 + musts) % R_SH_MUST_READ.len()];
            musts += 1;
            let mr_shadow = r3_shadow(
                mode,
                &format!(
                    "<style>{css}</style><aside class=\"must-read\"><span class=\"label\">Must Read</span><slot name=\"item\"></slot></aside>"
                ),
            );
            let with_dek = c.rng.chance(60);
            body.push_str(&format!(
                "<mq-must-read>{mr_shadow}<a slot=\"item\" href=\"/2026/{}/news/{}-{}/\"><img src=\"/thumbs/{}.jpg\" alt=\"\"><span class=\"mr-headline\">{}</span>{}</a></mq-must-read>",
                l_slug(section),
                l_slug(h),
                1_230_000 + c.rng.below(9_000),
                o_hex(c.rng, 8),
                esc(h),
                if with_dek {
                    format!("<span class=\"mr-dek\">{}</span>", esc(d))
                } else {
                    String::new()
                }
            ));
        } else if i == 2 && c.rng.chance(50) {
            let related: String = (0..3)
                .map(|k| {
                    let h = R_SH_MUST_READ[(m0 + 3 + k) % R_SH_MUST_READ.len()].0;
                    format!(
                        "<li><a href=\"/related/{}/\">{}</a></li>",
                        l_slug(h),
                        esc(h)
                    )
                })
                .collect();
            let rel_shadow = r3_shadow(
                mode,
                &format!(
                    "<style>{css}</style><div class=\"related\"><span class=\"label\">Related Stories</span><slot></slot></div>"
                ),
            );
            body.push_str(&format!(
                "<mq-related-stories>{rel_shadow}<ul>{related}</ul></mq-related-stories>"
            ));
        }
    }

    let article_shadow = r3_shadow(
        mode,
        &format!(
            "<style>{css}.body ::slotted(p){{margin:0 0 1.2em}}</style><div class=\"kicker\"><slot name=\"kicker\"></slot></div>\
             <slot name=\"headline\"></slot><slot name=\"dek\"></slot><div class=\"meta\"><slot name=\"byline\"></slot> <slot name=\"date\"></slot></div>\
             <div class=\"share\" part=\"share\"><button aria-label=\"Share on Facebook\">Facebook</button><button aria-label=\"Share on X\">X</button>\
             <button aria-label=\"Share on Reddit\">Reddit</button><button aria-label=\"Share on LinkedIn\">LinkedIn</button><button aria-label=\"Email\">Email</button>\
             <button aria-label=\"Comments\">Comments</button><button class=\"gift\">Gift this story</button></div>\
             <div class=\"lead\"><slot name=\"lead\"></slot></div><div class=\"body\"><slot></slot></div><footer><slot name=\"tags\"></slot></footer>"
        ),
    );
    let img_shadow = r3_shadow(
        mode,
        "<figure><slot name=\"img\"></slot><figcaption><slot name=\"caption\"></slot> <span class=\"credit\">Credit: <slot name=\"credit\"></slot></span></figcaption></figure>",
    );
    let nav: String = R_SH_NAV
        .iter()
        .map(|x| format!("<li><a href=\"/c/{}/\">{}</a></li>", l_slug(x), esc(x)))
        .collect();
    let header_shadow = r3_shadow(
        mode,
        &format!(
            "<style>{css}</style><header part=\"header\"><a class=\"logo\" href=\"/\"><slot name=\"logo\"></slot></a><nav><ul>{nav}</ul></nav>\
             <a class=\"subscribe\" href=\"/subscribe/\">Subscribe</a><a href=\"/login/\">Log In</a><button aria-label=\"Search\">Search</button></header>"
        ),
    );
    let dek_text = esc(c.rng.pick(L_STANDFIRSTS));
    let dek = if c.rng.chance(50) {
        format!("<h2 slot=\"dek\" class=\"dek\">{dek_text}</h2>")
    } else {
        format!("<p slot=\"dek\" class=\"dek\">{dek_text}</p>")
    };
    let nl_shadow = r3_shadow(
        mode,
        &format!(
            "<style>{css}</style><div class=\"newsletter\"><h3>Sign Up for Marquee Newsletters</h3><p>{}</p><slot name=\"form\"></slot><p class=\"legal\">{}</p></div>",
            esc(R_SH_NEWSLETTER),
            esc(R_SH_NEWSLETTER_LEGAL)
        ),
    );
    let nl_fallback = if mode == 0 {
        String::new()
    } else {
        format!(
            "<p class=\"newsletter-fallback\">{}</p>",
            esc(R_SH_NEWSLETTER)
        )
    };
    let brands: String = R_SH_BRANDS
        .iter()
        .map(|(b, d)| {
            format!(
                "<li><span class=\"brand\">{}</span><a href=\"https://{}.example/\"><p>{}</p></a></li>",
                esc(b),
                l_slug(b),
                esc(d)
            )
        })
        .collect();
    let popular: String = (0..8)
        .map(|k| {
            let h = if k % 2 == 0 {
                R_SH_MUST_READ[(m0 + k) % R_SH_MUST_READ.len()].0
            } else {
                TEASERS[(m0 + k) % TEASERS.len()]
            };
            format!(
                "<li><span class=\"rank\">{}</span><a href=\"/popular/{}/\">{}</a></li>",
                k + 1,
                l_slug(h),
                esc(h)
            )
        })
        .collect();
    let must_cards: String = (0..4)
        .map(|k| {
            let (h, d) = R_SH_MUST_READ[(m0 + 2 + k) % R_SH_MUST_READ.len()];
            format!(
                "<mq-card><a href=\"/must-read/{}/\"><img src=\"/thumbs/{}.jpg\" alt=\"\"><h3>{}</h3></a><p>{}</p></mq-card>",
                l_slug(h),
                o_hex(c.rng, 8),
                esc(h),
                esc(d)
            )
        })
        .collect();
    let mut raw = String::new();
    for p in &s.paragraphs {
        raw.push_str(&format!("<p>{}</p>", esc(p)));
    }
    let data = format!(
        "<script type=\"application/json\" id=\"mq-post-data\">{{\"id\":{},\"type\":\"post\",\"vertical\":\"{}\",\"title\":\"{}\",\"content\":{{\"rendered\":\"{}\"}},\"author\":\"{}\"}}</script>\
         <script type=\"module\" src=\"/assets/components.{}.js\"></script>",
        1_230_000 + c.rng.below(9_000),
        l_json(section),
        l_json(&s.title),
        l_json(&raw),
        l_json(&s.author),
        o_hex(c.rng, 8)
    );
    let video = c.rng.pick(R_SH_VIDEO);
    let mut page = format!(
        "<!DOCTYPE html><html lang=\"en\">{}<body class=\"mq-body\">",
        head(s, "Marquee", &data)
    );
    page.push_str(&format!(
        "<mq-header sticky>{header_shadow}<span slot=\"logo\">Marquee</span></mq-header>\
         <mq-ad slot-id=\"leaderboard\">{ad_shadow}<div id=\"gpt-leaderboard\"></div></mq-ad>\
         <main><mq-article post-id=\"{pid}\" vertical=\"{vert}\">{article_shadow}\
         <a slot=\"kicker\" href=\"/c/{vslug}/\">{vert}</a><h1 slot=\"headline\">{t}</h1>{dek}\
         <div slot=\"byline\">By <a href=\"/author/{aslug}/\">{a}</a></div><time slot=\"date\" datetime=\"{date}T16:30:00-08:00\">{mname} {day}, {year} 4:30pm PT</time>\
         <mq-image slot=\"lead\">{img_shadow}<img slot=\"img\" src=\"/wp-content/uploads/2026/{img}.jpg\" alt=\"\"><span slot=\"caption\">{cap}</span><span slot=\"credit\">{credit}</span></mq-image>\
         {body}\
         <div slot=\"tags\" class=\"tags\"><span>Read More About:</span> <a href=\"/t/box-office/\">Box Office</a> <a href=\"/t/streaming/\">Streaming</a> <a href=\"/t/{vslug}/\">{vert}</a></div></mq-article>",
        pid = 1_230_000 + c.rng.below(9_000),
        vert = esc(section),
        vslug = l_slug(section),
        t = esc(&s.title),
        aslug = l_slug(&s.author),
        a = esc(&s.author),
        date = s.date,
        img = o_hex(c.rng, 10),
        cap = esc(c.rng.pick(R_SH_SLIDES)),
        credit = esc(c.rng.pick(R_SH_CREDITS)),
    ));
    page.push_str(&format!(
        "<mq-newsletter list=\"daily\">{nl_shadow}{nl_fallback}<form slot=\"form\"><input type=\"email\" placeholder=\"Enter your email\"><button>Sign Up</button></form></mq-newsletter>\
         <mq-video-player video-id=\"{}\"><div class=\"video-title\"><span>Related Video</span> <h3>{}</h3></div><button aria-label=\"Play video\">Play</button></mq-video-player>\
         <section class=\"must-read-grid\"><h2>Must Read</h2>{must_cards}</section>\
         <section class=\"brands\"><h2>More From Our Brands</h2><ul>{brands}</ul></section></main>\
         <aside class=\"rail\"><mq-ad slot-id=\"right-rail\">{ad_shadow}<div id=\"gpt-rr\"></div></mq-ad><section class=\"most-popular\"><h2>Most Popular</h2><ol>{popular}</ol></section></aside>\
         <footer class=\"mq-footer\"><ul><li><a href=\"/about/\">About Us</a></li><li><a href=\"/advertise/\">Advertise</a></li><li><a href=\"/privacy/\">Privacy Policy</a></li>\
         <li><a href=\"/terms/\">Terms of Use</a></li><li><a href=\"/accessibility/\">Accessibility</a></li><li><a href=\"#\">Your Privacy Choices</a></li></ul><p>{}</p></footer>\
         <div class=\"consent-dialog\" role=\"dialog\" aria-modal=\"true\"><p>{}</p><button>Accept</button><button>Manage choices</button></div></body></html>",
        o_hex(c.rng, 8),
        esc(video),
        esc(R_SH_FOOTER),
        esc(R_SH_COOKIE)
    ));
    page
}

const S_AC_EDITIONS: &[&str] = &[
    "Africa",
    "Australia",
    "Brasil",
    "Canada",
    "Canada (français)",
    "España",
    "Europe",
    "France",
    "Global Perspectives",
    "Indonesia",
    "New Zealand",
    "United Kingdom",
    "United States",
];

const S_AC_SECTIONS: &[&str] = &[
    "Arts + Culture",
    "Business + Economy",
    "Cities",
    "Education",
    "Environment",
    "Health",
    "Politics + Society",
    "Science",
    "Technology",
    "Podcasts",
    "Quizzes",
    "In French",
];

const S_AC_ROLES: &[&str] = &[
    "Associate Professor of Public Policy, University of Eastmoor",
    "Senior Lecturer in Urban Planning, Kingsbridge University",
    "Professor of Economics, Halvorsen School of Business",
    "Research Fellow, Centre for Regional Studies, Portland Bay University",
    "PhD Candidate in Political Science, University of Westerly",
    "Director, Institute for Health Systems Research, Marrow College",
];

const S_AC_DISCLOSURES: &[&str] = &[
    "does not work for, consult, own shares in or receive funding from any company or organisation that would benefit from this article, and has disclosed no relevant affiliations beyond their academic appointment.",
    "receives funding from the National Research Council and the Harwood Foundation. She has previously advised the state transport department on a paid basis.",
    "is a member of the Labour Party and has served on an advisory panel for the regional water authority. He receives funding from the European Research Council.",
    "has received research grants from the Department of Health. The views expressed here are his own and do not represent those of his employer.",
];

const S_AC_PARTNERS: &[&str] = &[
    "University of Eastmoor provides funding as a member of The Dialogue UK.",
    "Kingsbridge University provides funding as a founding partner of The Dialogue AU.",
    "Marrow College provides support as a hosting partner of The Dialogue US.",
    "The Harwood Foundation provides funding to support our science coverage.",
];

const S_AC_RELATED: &[(&str, &str)] = &[
    (
        "Why rent caps keep coming back, even though economists dislike them",
        "The evidence on rent control is more mixed than the textbooks suggest, and tenants' groups know it.",
    ),
    (
        "Regional hospitals are closing maternity wards. Here is what the data says happens next",
        "Travel times to give birth have doubled in parts of the country, with measurable effects on outcomes for mothers and babies.",
    ),
    (
        "Four myths about the four-day week, tested against the trial results",
        "Productivity held up in most firms that tried it, but the gains were uneven and depended heavily on how the change was managed.",
    ),
    (
        "What a century of flood records tells us about the next big one",
        "Historical gauges show the biggest floods are getting bigger, and our building rules have not caught up.",
    ),
    (
        "Councils are quietly becoming energy companies. Is that a good idea?",
        "Municipal power schemes can cut bills, but they also move financial risk onto ratepayers who never voted for it.",
    ),
];

const S_AC_CAPTIONS: &[&str] = &[
    "Demonstrators outside the parliament building last month.",
    "Commuters wait for a delayed service at the central interchange.",
    "The proposal has divided residents of the inner suburbs.",
    "Officials inspect the site ahead of the announcement.",
];

const S_AC_CREDITS: &[&str] = &[
    "Shutterstock",
    "AAP Image/Dan Peled",
    "Getty Images",
    "Wikimedia Commons, CC BY-SA",
    "AP Photo/Jon Elswick",
];

const S_AC_COMMENTS: &[&str] = &[
    "Thank you for a clear and balanced piece. I would add that the smaller councils simply do not have the staff to implement any of this, whatever the funding formula says.",
    "The author glosses over the international evidence, which points in rather a different direction. I would be interested to see a response that engages with the Scandinavian studies.",
    "As someone who worked in this sector for twenty years, I can confirm the problem described here is real, and it has been getting worse since well before the pandemic.",
    "Good article, but the headline overstates the conclusion. The research shows a correlation and the piece is careful to say so; the title is not.",
];

const S_AC_EVENTS: &[&str] = &[
    "Public lecture: The future of the regional city — Eastmoor, 14 May",
    "Panel: Housing, debt and the next generation — online",
    "Workshop: Writing for a general audience — Kingsbridge, 2 June",
];

const S_AC_JOBS: &[&str] = &[
    "Lecturer in Environmental Law",
    "Research Officer, Centre for Social Policy",
    "Head of School, Engineering and Built Environment",
    "Postdoctoral Fellow in Health Economics",
];

const S_AC_LICENCE: &str = "We believe in the free flow of information. Republish our articles for free, online or in print, under a Creative Commons licence.";

const S_AC_REPUBLISH_RULES: &str = "You can republish this article online or in print under our Creative Commons licence. You may not edit or shorten the text, you must attribute the article to The Dialogue and the author, and you must include the author's institution. If you republish online, please keep the hyperlinks in the text and the page view counter below.";

const S_AC_NEWSLETTER: &str = "Get the best of our academics' writing every weekday morning. Our editors pick the articles that help you make sense of the news, and there is never any advertising in your inbox.";

const S_AC_DONATE: &str = "The Dialogue is a nonprofit newsroom. Every article is written by a researcher and edited by a journalist, and we rely on readers like you to keep our analysis free for everyone. Please give what you can.";

const S_AC_COOKIE: &str = "We use cookies to help us understand how people use our site and to improve your experience. Some cookies are set by third-party services that appear on our pages. You can choose which cookies to allow; essential cookies cannot be turned off.";

const S_AC_FOOTER: &str = "The Dialogue is an independent source of news and views from the academic and research community, delivered direct to the public. Our team of professional editors works with university and research institute experts to unlock their knowledge for use by the wider public. Copyright 2010–2026, The Dialogue Media Group Ltd.";

const S_TT_PROGRAMS: &[&str] = &[
    "Economic Studies",
    "Governance Studies",
    "Foreign Policy",
    "Metropolitan Policy Program",
    "Center on Health Policy",
];

const S_TT_NOTES: &[&str] = &[
    "Authors' calculations from the Census Bureau's Annual Survey of Public Employment and Payroll, 2015–2024.",
    "See, for example, the working paper series of the Federal Reserve Bank of the Ninth District, which summarises the earlier literature.",
    "Figures are in constant 2024 dollars, deflated with the personal consumption expenditures price index.",
    "The survey was fielded online between October and December; the margin of error is plus or minus 2.8 percentage points.",
    "Interview with a senior budget official, conducted on background by the authors.",
];

const S_TT_DISCLOSURE: &str = "The Institution is a nonprofit organization devoted to independent research and policy solutions. Its mission is to conduct high-quality, independent research and, based on that research, to provide innovative, practical recommendations for policymakers and the public. The conclusions and recommendations of any publication are solely those of its author(s), and do not reflect the views of the Institution, its management, or its other scholars.";

const S_TT_ACK: &str = "The authors thank colleagues at the Center for comments on an earlier draft, and research assistants for help with the data. Any remaining errors are their own. The authors did not receive financial support from any firm or person for this article, and they are not currently officers, directors or board members of any organization with a financial or political interest in it.";

/// The republish dialog of the academic site: licence prose, rules and
/// a textarea holding the article's own HTML code (escaped, hidden).
fn s0_republish(s: &Story, author: &str, role: &str) -> String {
    let mut code = format!(
        "<h1>{}</h1>\n<span><a href=\"https://thedialogue.example/profiles/{}\">{}</a>, <em>{}</em></span>\n",
        esc(&s.title),
        l_slug(author),
        esc(author),
        esc(role)
    );
    for p in &s.paragraphs {
        code.push_str(&format!("<p>{}</p>\n", esc(p)));
    }
    code.push_str("<p>This article is republished from <a href=\"https://thedialogue.example\">The Dialogue</a> under a Creative Commons license.</p>\n<img src=\"https://counter.thedialogue.example/content/1.gif\" alt=\"The Dialogue\" width=\"1\" height=\"1\" />");
    format!(
        "<div class=\"republish-modal\" id=\"republish-modal\" role=\"dialog\" aria-hidden=\"true\" hidden><h2>Republish this article</h2>\
         <p>{}</p><ul class=\"tabs\"><li class=\"active\">Article text (HTML)</li><li>Plain text</li><li>WordPress</li></ul>\
         <label for=\"republish-code\">Copy this HTML into your CMS</label><textarea id=\"republish-code\" readonly rows=\"12\">{}</textarea>\
         <button class=\"copy\">Copy to clipboard</button><p class=\"small\">Please do not change the text. Questions about republishing? Contact our republishing team.</p></div>",
        esc(S_AC_REPUBLISH_RULES),
        esc(&code)
    )
}

/// S0 (round 10): academic commentary page in one of two
/// house styles. Style 0 is an academic-news site (The Conversation-like):
/// a cookie banner in prose, an edition switcher, a section menu and a
/// tagline, the topic, headline, a prose standfirst, one or two authors
/// with their university roles, published/updated times, a share and
/// "Republish this article" bar, a lead image with caption and credit;
/// the paragraphs (plain or with inline links) with captioned figures,
/// "Read more:" link paragraphs and a newsletter box among them; after the
/// text topic chips, a side column with the authors' disclosure statements
/// in prose, partner lines and logos, a Creative Commons note, events and
/// jobs, "You might also like" cards with prose blurbs, reader comments,
/// a donation appeal, a republish dialog whose textarea holds the article
/// HTML, and a prose footer. Style 1 is a think-tank commentary
/// (Brookings-like): program label, headline, authors with titles, an
/// "Expert brief" lead box of sentences, the paragraphs, "Acknowledgements
/// and disclosures" in prose, numbered footnotes in prose, "Related
/// content" with prose summaries, an institutional disclosure paragraph
/// and a footer.
fn s0_commentary(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let (_, mname, day, year) = n_date(&s.date);
    let style = c.rng.below(2);
    let role = c.rng.pick(S_AC_ROLES);
    let coauthor = if c.rng.chance(40) {
        Some(c.rng.pick(&[
            "Helen Marchetti",
            "Kwame Asante",
            "Ingrid Solberg",
            "Tomás Reyes",
        ]))
    } else {
        None
    };
    let role2 = c.rng.pick(S_AC_ROLES);
    let r0 = c.rng.below(S_AC_RELATED.len());
    let ld = format!(
        "<script type=\"application/ld+json\">{{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"{}\",\"author\":[{{\"@type\":\"Person\",\"name\":\"{}\",\"jobTitle\":\"{}\"}}],\"datePublished\":\"{}T{:02}:{:02}:00Z\",\"license\":\"https://creativecommons.org/licenses/by-nd/4.0/\",\"description\":\"{}\"}}</script>",
        l_json(&s.title),
        l_json(&s.author),
        l_json(role),
        s.date,
        c.rng.below(24),
        c.rng.below(60),
        l_json(c.rng.pick(L_STANDFIRSTS))
    );
    if style == 1 {
        return s0_thinktank(s, c.rng, role, coauthor, role2, &ld);
    }
    let site = "The Dialogue";
    let editions: String = S_AC_EDITIONS
        .iter()
        .map(|e| {
            format!(
                "<li><a href=\"/{}\" lang=\"en\">{}</a></li>",
                l_slug(e),
                esc(e)
            )
        })
        .collect();
    let sections: String = S_AC_SECTIONS
        .iter()
        .map(|e| format!("<li><a href=\"/{}\">{}</a></li>", l_slug(e), esc(e)))
        .collect();
    let topic = c.rng.pick(S_AC_SECTIONS);
    let mut body = String::new();
    let n = s.paragraphs.len();
    let mut figs = 0;
    let mut readmore = 0;
    let mut news_done = false;
    for (i, p) in s.paragraphs.iter().enumerate() {
        let text = if c.rng.chance(50) {
            c.body_paragraph(p)
        } else {
            esc(p)
        };
        body.push_str(&format!("<p>{text}</p>"));
        if i + 1 == n {
            break;
        }
        match c.rng.below(7) {
            0 if figs < 2 => {
                figs += 1;
                body.push_str(&format!(
                    "<figure class=\"align-center\"><img alt=\"\" src=\"https://images.thedialogue.example/files/{}/original/file-{}.jpg?ixlib=rb-4.1.0&amp;q=45&amp;auto=format&amp;w=754&amp;fit=clip\">\
                     <figcaption><span class=\"caption\">{}</span> <span class=\"attribution\"><a class=\"source\" href=\"#\">{}</a></span></figcaption></figure>",
                    c.rng.below(900_000),
                    c.rng.below(900_000),
                    esc(c.rng.pick(S_AC_CAPTIONS)),
                    esc(c.rng.pick(S_AC_CREDITS))
                ));
            }
            1 if readmore < 2 => {
                let (h, _) = S_AC_RELATED[(r0 + readmore + 2) % S_AC_RELATED.len()];
                readmore += 1;
                body.push_str(&format!(
                    "<p><em><strong>Read more: <a href=\"https://thedialogue.example/{}-{}\">{}</a></strong></em></p>",
                    l_slug(h),
                    c.rng.below(300_000),
                    esc(h)
                ));
            }
            2 if !news_done && i >= 2 => {
                news_done = true;
                body.push_str(&format!(
                    "<div class=\"newsletter-inline\" data-component=\"newsletter-signup\"><h3>Don't have time to read about this every day?</h3><p>{}</p>\
                     <form><label>Email address<input type=\"email\"></label><button>Get our newsletter</button></form></div>",
                    esc(S_AC_NEWSLETTER)
                ));
            }
            _ => {}
        }
    }
    let authors_head = {
        let mut a = format!(
            "<li class=\"author\"><a href=\"/profiles/{}\" class=\"author-name\">{}</a><span class=\"role\">{}</span></li>",
            l_slug(&s.author),
            esc(&s.author),
            esc(role)
        );
        if let Some(co) = coauthor {
            a.push_str(&format!(
                "<li class=\"author\"><a href=\"/profiles/{}\" class=\"author-name\">{}</a><span class=\"role\">{}</span></li>",
                l_slug(co),
                esc(co),
                esc(role2)
            ));
        }
        a
    };
    let d0 = c.rng.below(S_AC_DISCLOSURES.len());
    let mut disclosure = format!("<p>{} {}</p>", esc(&s.author), esc(S_AC_DISCLOSURES[d0]));
    if let Some(co) = coauthor {
        disclosure.push_str(&format!(
            "<p>{} {}</p>",
            esc(co),
            esc(S_AC_DISCLOSURES[(d0 + 1) % S_AC_DISCLOSURES.len()])
        ));
    }
    let p0 = c.rng.below(S_AC_PARTNERS.len());
    let partners: String = (0..1 + c.rng.below(2))
        .map(|k| {
            format!(
                "<p>{}</p>",
                esc(S_AC_PARTNERS[(p0 + k) % S_AC_PARTNERS.len()])
            )
        })
        .collect();
    let logos: String = (0..3 + c.rng.below(3))
        .map(|k| {
            format!(
                "<li><a href=\"/institutions/{k}\"><img src=\"https://cdn.thedialogue.example/logos/{}.png\" alt=\"{}\"></a></li>",
                o_hex(c.rng, 6),
                esc(c.rng.pick(&["University of Eastmoor", "Kingsbridge University", "Marrow College", "Harwood Foundation", "Portland Bay University"]))
            )
        })
        .collect();
    let related: String = (0..3 + c.rng.below(2))
        .map(|k| {
            let (h, b) = S_AC_RELATED[(r0 + k) % S_AC_RELATED.len()];
            format!(
                "<article class=\"related-card\"><a href=\"/{}-{}\"><img src=\"/thumbs/{}.jpg\" alt=\"\"><h3>{}</h3></a><p>{}</p></article>",
                l_slug(h),
                c.rng.below(300_000),
                o_hex(c.rng, 8),
                esc(h),
                esc(b)
            )
        })
        .collect();
    let comments = if c.rng.chance(60) {
        let k0 = c.rng.below(S_AC_COMMENTS.len());
        let items: String = (0..2 + c.rng.below(3))
            .map(|k| {
                format!(
                    "<li class=\"comment\"><div class=\"comment-meta\"><a href=\"/profiles/{}\">{}</a> <time>{} days ago</time></div><div class=\"comment-body\"><p>{}</p></div><a href=\"#\" class=\"reply\">Reply</a> <a href=\"#\" class=\"like\">Like</a></li>",
                    k,
                    esc(L_NAMES[(k0 + k * 3) % L_NAMES.len()]),
                    1 + c.rng.below(5),
                    esc(S_AC_COMMENTS[(k0 + k) % S_AC_COMMENTS.len()])
                )
            })
            .collect();
        format!(
            "<section id=\"comments\" class=\"comments\"><h2>Comments</h2><p class=\"comments-closed\">Comments are closed for this article. Thank you to everyone who took part.</p><ol>{items}</ol></section>"
        )
    } else {
        "<section id=\"comments\" class=\"comments\"><h2>Comments</h2><p class=\"comments-closed\">Comments on this article are now closed.</p></section>".to_string()
    };
    let events: String = S_AC_EVENTS
        .iter()
        .map(|e| {
            format!(
                "<li><a href=\"/events/{}\">{}</a></li>",
                c.rng.below(90_000),
                esc(e)
            )
        })
        .collect();
    let jobs: String = S_AC_JOBS
        .iter()
        .take(2 + c.rng.below(3))
        .map(|e| {
            format!(
                "<li><a href=\"/jobs/{}\">{}</a></li>",
                c.rng.below(90_000),
                esc(e)
            )
        })
        .collect();
    let tags: String = (0..3 + c.rng.below(4))
        .map(|_| {
            let t = c.rng.pick(SECTIONS);
            format!(
                "<li class=\"topic-list-item\"><a href=\"/topics/{}\">{}</a></li>",
                l_slug(t),
                esc(t)
            )
        })
        .collect();
    let updated = if c.rng.chance(35) {
        format!(
            "<time class=\"updated\" datetime=\"{}T{:02}:10:00Z\">Updated: {mname} {day}, {year} {}</time>",
            s.date,
            c.rng.below(24),
            m_clock(c.rng)
        )
    } else {
        String::new()
    };
    let mut page = format!(
        "<!DOCTYPE html><html lang=\"en-GB\">{}<body class=\"articles show\">",
        head(s, site, &ld)
    );
    page.push_str(&format!(
        "<div id=\"cookie-banner\" class=\"cookie-consent\" role=\"region\" aria-label=\"Cookie consent\"><p>{}</p><button>Accept all cookies</button><button>Only essential</button><a href=\"/privacy\">Cookie settings</a></div>\
         <header class=\"site-header\"><div class=\"edition-switcher\"><button aria-expanded=\"false\">Edition: {}</button><ul class=\"editions\">{editions}</ul></div>\
         <a class=\"logo\" href=\"/\"><img src=\"/logo.svg\" alt=\"{site}\"></a><p class=\"tagline\">Academic rigour, journalistic flair</p>\
         <ul class=\"utility\"><li><a href=\"/donate\">Donate</a></li><li><a href=\"/newsletters\">Get newsletter</a></li><li><a href=\"/become-an-author\">Become an author</a></li><li><a href=\"/sign_up\">Sign up as a reader</a></li><li><a href=\"/sign_in\">Sign in</a></li></ul>\
         <form class=\"search\" role=\"search\"><input type=\"search\" placeholder=\"Search analysis, research, academics…\"></form>\
         <nav class=\"sections\"><ul>{sections}</ul></nav></header>",
        esc(S_AC_COOKIE),
        esc(c.rng.pick(S_AC_EDITIONS))
    ));
    page.push_str(&format!(
        "<main id=\"main\"><article class=\"article\" data-id=\"{aid}\"><header class=\"article-header\"><div class=\"topic\"><a href=\"/topics/{tslug}\">{topic}</a></div>\
         <h1 class=\"entry-title\">{t}</h1><div class=\"standfirst\"><p>{dek}</p></div>\
         <ul class=\"authors\">{authors_head}</ul><div class=\"timestamps\"><time class=\"published\" datetime=\"{date}T06:00:00Z\">Published: {mname} {day}, {year} {clock} GMT</time>{updated}</div>\
         <div class=\"share-and-republish\"><ul class=\"share\"><li><a href=\"#\">Email</a></li><li><a href=\"#\">X (Twitter)</a></li><li><a href=\"#\">Facebook</a></li><li><a href=\"#\">LinkedIn</a></li><li><a href=\"#\">WhatsApp</a></li><li><a href=\"#\">Messenger</a></li></ul>\
         <button class=\"republish-button\" data-target=\"#republish-modal\">Republish this article</button></div></header>\
         <figure class=\"lead-image\"><img alt=\"\" src=\"https://images.thedialogue.example/files/{img}/original/lead.jpg\"><figcaption><span class=\"caption\">{cap}</span> <span class=\"attribution\">{credit}</span></figcaption></figure>\
         <div class=\"grid-ten large-grid-nine grid-last content-body content entry-content instapaper_body inline-promos\" itemprop=\"articleBody\">{body}</div>",
        aid = c.rng.below(300_000),
        tslug = l_slug(topic),
        topic = esc(topic),
        t = esc(&s.title),
        dek = esc(c.rng.pick(L_STANDFIRSTS)),
        date = s.date,
        clock = m_clock(c.rng),
        img = c.rng.below(900_000),
        cap = esc(c.rng.pick(S_AC_CAPTIONS)),
        credit = esc(c.rng.pick(S_AC_CREDITS)),
    ));
    page.push_str(&format!(
        "<footer class=\"article-footer\"><ul class=\"topic-list\">{tags}</ul></footer>\
         <aside class=\"article-sidebar\"><section class=\"authors-disclosure\"><h2>Authors</h2><ul>{authors_head}</ul><h3>Disclosure statement</h3>{disclosure}</section>\
         <section class=\"partners\"><h3>Partners</h3>{partners}<ul class=\"partner-logos\">{logos}</ul><a href=\"/partners\">View all partners</a></section>\
         <section class=\"cc-licence\"><img src=\"/cc-by-nd.svg\" alt=\"Creative Commons\"><p>{}</p><button class=\"republish-button\">Republish this article</button></section>\
         <section class=\"events\"><h3>Events</h3><ul>{events}</ul><a href=\"/events\">More events</a></section>\
         <section class=\"jobs\"><h3>Jobs</h3><ul>{jobs}</ul><a href=\"/jobs\">More jobs</a></section></aside></article>\
         <section class=\"related\"><h2>You might also like</h2>{related}</section>{comments}\
         <section class=\"donate-appeal\"><h2>Support evidence-based journalism</h2><p>{}</p><a class=\"button\" href=\"/donate\">Donate now</a></section></main>",
        esc(S_AC_LICENCE),
        esc(S_AC_DONATE)
    ));
    page.push_str(&s0_republish(s, &s.author, role));
    page.push_str(&format!(
        "<footer class=\"site-footer\"><p>{}</p><ul><li><a href=\"/who-we-are\">Who we are</a></li><li><a href=\"/our-charter\">Our charter</a></li><li><a href=\"/team\">Our team</a></li>\
         <li><a href=\"/partners\">Partners and funders</a></li><li><a href=\"/republishing-guidelines\">Republishing guidelines</a></li><li><a href=\"/privacy\">Privacy policy</a></li>\
         <li><a href=\"/terms\">Terms and conditions</a></li><li><a href=\"/corrections\">Corrections</a></li><li><a href=\"/contact\">Contact us</a></li></ul></footer>\
         <script>window.dataLayer=window.dataLayer||[];dataLayer.push({{\"event\":\"article_view\",\"articleId\":\"{}\",\"authors\":\"{}\"}});</script></body></html>",
        esc(S_AC_FOOTER),
        c.rng.below(300_000),
        l_json(&s.author)
    ));
    page
}

/// Style 1 of S0: the think-tank commentary page.
fn s0_thinktank(
    s: &Story,
    rng: &mut Rng,
    role: &str,
    coauthor: Option<&str>,
    role2: &str,
    ld: &str,
) -> String {
    let mut c = Chrome { rng };
    let (_, mname, day, year) = n_date(&s.date);
    let program = c.rng.pick(S_TT_PROGRAMS);
    let site = "The Halvorsen Institution";
    let mut authors = format!(
        "<div class=\"author-card\"><img src=\"/experts/{}.jpg\" alt=\"\"><a href=\"/experts/{}\">{}</a><p class=\"title\">{}</p><a href=\"https://x.example/{}\">@{}</a></div>",
        l_slug(&s.author),
        l_slug(&s.author),
        esc(&s.author),
        esc(role),
        l_slug(&s.author),
        l_slug(&s.author)
    );
    if let Some(co) = coauthor {
        authors.push_str(&format!(
            "<div class=\"author-card\"><img src=\"/experts/{}.jpg\" alt=\"\"><a href=\"/experts/{}\">{}</a><p class=\"title\">{}</p></div>",
            l_slug(co),
            l_slug(co),
            esc(co),
            esc(role2)
        ));
    }
    let brief: String = s
        .paragraphs
        .iter()
        .filter_map(|p| o3_takeaway(p))
        .take(3)
        .map(|t| format!("<li>{}</li>", esc(&t)))
        .collect();
    let brief = if brief.is_empty() {
        String::new()
    } else {
        format!("<div class=\"expert-brief\"><h2>Expert brief</h2><ul>{brief}</ul></div>")
    };
    let body: String = s
        .paragraphs
        .iter()
        .map(|p| {
            if c.rng.chance(30) {
                format!(
                    "<p class=\"wp-block-paragraph\">{}</p>",
                    c.body_paragraph(p)
                )
            } else {
                format!("<p>{}</p>", esc(p))
            }
        })
        .collect();
    let n0 = c.rng.below(S_TT_NOTES.len());
    let notes: String = (0..2 + c.rng.below(3))
        .map(|k| {
            format!(
                "<li id=\"footnote-{}\"><p>{}</p></li>",
                k + 1,
                esc(S_TT_NOTES[(n0 + k) % S_TT_NOTES.len()])
            )
        })
        .collect();
    let r0 = c.rng.below(S_AC_RELATED.len());
    let related: String = (0..3)
        .map(|k| {
            let (h, b) = S_AC_RELATED[(r0 + k) % S_AC_RELATED.len()];
            format!(
                "<article class=\"related-content\"><span class=\"type\">{}</span><a href=\"/articles/{}\"><h3>{}</h3></a><p>{}</p><span class=\"date\">{} {}, {year}</span></article>",
                c.rng.pick(&["Commentary", "Research", "Podcast", "Report"]),
                l_slug(h),
                esc(h),
                esc(b),
                c.rng.pick(L_MONTHS),
                1 + c.rng.below(28)
            )
        })
        .collect();
    let menu: String = [
        "Topics",
        "Regions",
        "Experts",
        "Research Programs",
        "Events",
        "Podcasts",
        "Newsletters",
        "About Us",
        "Support Us",
    ]
    .iter()
    .map(|x| {
        let sub: String = (0..4 + c.rng.below(6))
            .map(|_| {
                let t = c.rng.pick(S_TT_PROGRAMS);
                format!("<li><a href=\"/{}\">{}</a></li>", l_slug(t), esc(t))
            })
            .collect();
        format!(
            "<li class=\"menu-item\"><button>{x}</button><ul class=\"sub-menu\">{sub}</ul></li>"
        )
    })
    .collect();
    let ack_first = c.rng.chance(50);
    let ack = format!(
        "<section class=\"acknowledgements\"><button class=\"accordion\" aria-expanded=\"false\">Acknowledgements and disclosures</button><div class=\"accordion-body\"><p>{}</p></div></section>",
        esc(S_TT_ACK)
    );
    let notes = format!(
        "<section class=\"footnotes\"><button class=\"accordion\" aria-expanded=\"false\">Footnotes</button><ol class=\"accordion-body\">{notes}</ol></section>"
    );
    let (first, second) = if ack_first {
        (&ack, &notes)
    } else {
        (&notes, &ack)
    };
    let mut page = format!(
        "<!DOCTYPE html><html lang=\"en-US\">{}<body class=\"single single-article\">",
        head(s, site, ld)
    );
    page.push_str(&format!(
        "<div class=\"top-banner\"><p>Our 2026 annual report is out: read how independent research shaped policy debates this year.</p></div>\
         <header class=\"header\"><a href=\"/\" class=\"logo\">{site}</a><nav class=\"primary\"><ul>{menu}</ul></nav><a class=\"btn\" href=\"/support\">Donate</a><button class=\"search-toggle\">Search</button></header>\
         <main><article class=\"article-commentary\"><div class=\"article-header\"><a class=\"eyebrow\" href=\"/programs/{pslug}\">Commentary</a> <span class=\"program\">{program}</span>\
         <h1>{t}</h1><div class=\"date\"><time datetime=\"{date}\">{mname} {day}, {year}</time></div><div class=\"authors\">{authors}</div>\
         <ul class=\"tools\"><li><a href=\"#\">Share</a></li><li><a href=\"#\">Print</a></li><li><a href=\"#\">Download PDF</a></li><li><a href=\"#\">Cite</a></li></ul></div>\
         {brief}<div class=\"article-content\">{body}</div>{first}{second}\
         <div class=\"topics\"><span>Related Topics</span><a href=\"/topics/{pslug}\">{program}</a> <a href=\"/topics/state-local\">State &amp; Local Finance</a></div></article>\
         <section class=\"related\"><h2>Related Content</h2>{related}</section>\
         <section class=\"newsletter\"><h2>Get the latest from {site}</h2><p>Sign up for our weekly newsletter for the latest research, commentary and events from our scholars, delivered on Fridays.</p><form><input type=\"email\"><button>Sign Up</button></form></section></main>\
         <footer class=\"footer\"><p>{disc}</p><p>&copy; {year} {site}. 1775 Harbor Avenue NW, Washington, DC 20036.</p></footer></body></html>",
        pslug = l_slug(program),
        program = esc(program),
        t = esc(&s.title),
        date = s.date,
        disc = esc(S_TT_DISCLOSURE),
    ));
    page
}

const S_GOV_LANGS: &[&str] = &[
    "Español",
    "Français",
    "中文",
    "Tiếng Việt",
    "العربية",
    "Tagalog",
    "Русский",
    "Português",
    "한국어",
    "Polski",
    "Kreyòl ayisyen",
    "Soomaali",
];

const S_GOV_MENU: &[(&str, &[&str])] = &[
    (
        "Residents",
        &[
            "Garbage and recycling",
            "Parking and permits",
            "Property taxes",
            "Water and sewer",
            "Recreation programs",
            "Libraries",
            "Housing assistance",
            "Animal services",
        ],
    ),
    (
        "Business",
        &[
            "Business licences",
            "Bids and tenders",
            "Zoning and land use",
            "Building permits",
            "Economic development",
            "Film permits",
        ],
    ),
    (
        "Visitors",
        &[
            "Things to do",
            "Events calendar",
            "Parks and trails",
            "Getting around",
            "Accessibility services",
        ],
    ),
    (
        "City Hall",
        &[
            "Mayor and Council",
            "Council meetings and agendas",
            "Departments",
            "Budget and finance",
            "Elections",
            "Jobs at the City",
            "Open data",
            "News and media",
        ],
    ),
    (
        "Services & Payments",
        &[
            "Pay a ticket",
            "Pay your water bill",
            "Report a problem (311)",
            "Apply for a permit",
            "Request public records",
        ],
    ),
];

const S_GOV_ALERTS: &[&str] = &[
    "Service alert: City offices are closed Monday for the statutory holiday. Garbage and recycling collection will be delayed by one day all week.",
    "Winter parking ban in effect from 11 p.m. tonight until 7 a.m. Vehicles left on snow routes may be ticketed and towed at the owner's expense.",
    "Boil-water advisory lifted for the Northgate neighbourhood. Residents no longer need to boil tap water before drinking it.",
];

const S_GOV_QUICK_FACTS: &[&str] = &[
    "The City has invested more than $42 million in the program since it began in 2019.",
    "Residents can find the full council report, including staff recommendations, on the City's agenda portal.",
    "The next public information session takes place at the Civic Centre on the second Tuesday of the month.",
    "Applications are accepted online or in person at any Service Centre during regular business hours.",
    "About 18,000 households are expected to be eligible in the first year.",
];

const S_GOV_QUOTES: &[(&str, &str)] = &[
    (
        "This is about making sure every neighbourhood gets the services it pays for, and I am proud that council came together to get it done.",
        "Mayor Andrea Kowalczyk",
    ),
    (
        "Staff have worked closely with residents and community groups for more than a year to shape this plan, and their input is reflected throughout.",
        "Deputy City Manager Robert Ng",
    ),
    (
        "We heard clearly that people want more frequent updates, and we will report back to council every quarter on our progress.",
        "Councillor Fatima Haddad, Ward 4",
    ),
];

const S_GOV_LINKS: &[&str] = &[
    "Council report and staff recommendation (PDF)",
    "Program eligibility and how to apply",
    "Frequently asked questions",
    "Interactive project map",
    "Previous news release on this topic",
];

const S_GOV_HELPFUL: &str = "Thank you for your feedback. You will not receive a reply. Please do not include personal information such as your telephone number, email address, account numbers or health details in this form.";

const S_GOV_REPORT: &str = "Did you find a mistake, a broken link or outdated information on this page? Let the web team know so we can fix it. For service requests, call 311 or use the online service request form instead.";

const S_GOV_LAND: &str = "The City of Riverton is located on the traditional territory of the Anishinaabe Algonquin Nation, whose presence here reaches back to time immemorial. We are grateful to work and live on this land.";

const S_GOV_ABOUT: &str = "City Hall, 110 Laurier Avenue West, Riverton. Service counters are open Monday to Friday, 8:30 a.m. to 4:30 p.m. Call 311 for non-emergency services at any hour; for emergencies, always call 911.";

const S_GOV_READSPEAKER: &str = "Listen to this page using ReadSpeaker. The text will be read aloud, and the words are highlighted as they are spoken.";

/// S1 (round 10): a city government's news-release page
/// in one of three CMS flavours (a federal-style design system with `wb-`
/// and `gc-` classes, a Drupal city site with `field--name-*` containers,
/// or a hosted municipal CMS "News Flash" module with a "Return to full
/// list" link and RSS/notify/print tools): skip links, an official-site
/// banner, an accessibility toolbar (text size, contrast, a ReadSpeaker
/// "Listen" button with a prose note), a language switcher with a dozen
/// languages, a prose service alert, a mega menu, search, a breadcrumb, a
/// left "News and media" menu; the headline, "From:" office, release type
/// and a separate dateline paragraph, then the paragraphs; after them
/// "Quick facts" bullets in full sentences, "Quotes" with attributions,
/// "Associated links", a "Contacts" block, "Share this page", a "Was this
/// page helpful?" form with prose privacy text, "Report a problem" in
/// prose, "Date modified", and a footer with a prose address and land
/// acknowledgement; a JSON analytics object names the page.
fn s1_cityhall(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let (month, mname, day, year) = n_date(&s.date);
    let flavour = c.rng.below(3);
    let city = "City of Riverton";
    let office = c.rng.pick(&[
        "Office of the Mayor",
        "Public Works and Environmental Services",
        "Planning, Real Estate and Economic Development",
        "Community and Social Services",
        "Transportation Services",
    ]);
    let rtype = c.rng.pick(&[
        "News release",
        "Media advisory",
        "Statement",
        "Public service announcement",
    ]);
    let langs: String = S_GOV_LANGS
        .iter()
        .enumerate()
        .map(|(k, l)| {
            format!(
                "<li><a href=\"?lang={k}\" lang=\"x-{k}\">{}</a></li>",
                esc(l)
            )
        })
        .collect();
    let menu: String = S_GOV_MENU
        .iter()
        .map(|(h, items)| {
            let sub: String = items
                .iter()
                .map(|x| format!("<li><a href=\"/{}\">{}</a></li>", l_slug(x), esc(x)))
                .collect();
            format!("<li class=\"menu-item\"><a href=\"/{}\">{}</a><ul class=\"submenu\">{sub}</ul></li>", l_slug(h), esc(h))
        })
        .collect();
    let side: String = [
        "News releases",
        "Media advisories",
        "Statements",
        "Public notices",
        "Speeches",
        "Photo gallery",
        "Media contacts",
        "Social media directory",
    ]
    .iter()
    .enumerate()
    .map(|(k, x)| {
        let cur = if k == 0 {
            " class=\"active\" aria-current=\"page\""
        } else {
            ""
        };
        format!("<li{cur}><a href=\"/news/{}\">{x}</a></li>", l_slug(x))
    })
    .collect();
    let dateline = format!(
        "{mname} {day}, {year} &ndash; Riverton, Ontario &ndash; {}",
        esc(office)
    );
    let body: String = s
        .paragraphs
        .iter()
        .map(|p| {
            if flavour == 2 && c.rng.chance(40) {
                format!("<p><span style=\"font-size: 12pt;\">{}</span></p>", esc(p))
            } else {
                format!("<p>{}</p>", c.body_paragraph(p))
            }
        })
        .collect();
    let f0 = c.rng.below(S_GOV_QUICK_FACTS.len());
    let facts: String = (0..2 + c.rng.below(3))
        .map(|k| {
            format!(
                "<li>{}</li>",
                esc(S_GOV_QUICK_FACTS[(f0 + k) % S_GOV_QUICK_FACTS.len()])
            )
        })
        .collect();
    let q0 = c.rng.below(S_GOV_QUOTES.len());
    let quotes: String = (0..1 + c.rng.below(2))
        .map(|k| {
            let (q, who) = S_GOV_QUOTES[(q0 + k) % S_GOV_QUOTES.len()];
            format!(
                "<blockquote class=\"quote\"><p>&ldquo;{}&rdquo;</p><p class=\"attribution\">&ndash; {}</p></blockquote>",
                esc(q),
                esc(who)
            )
        })
        .collect();
    let links: String = S_GOV_LINKS
        .iter()
        .take(2 + c.rng.below(3))
        .map(|x| {
            format!(
                "<li><a href=\"/documents/{}\">{}</a></li>",
                l_slug(x),
                esc(x)
            )
        })
        .collect();
    let contact_name = c.rng.pick(&[
        "Media Relations",
        "Communications Office",
        "Public Information Office",
    ]);
    let contacts = format!(
        "<p><strong>Media contact</strong><br>{}<br>{}<br>Telephone: 613-555-{:04}<br>Email: <a href=\"mailto:media@riverton.example.ca\">media@riverton.example.ca</a></p>\
         <p><strong>Public inquiries</strong><br>Call 311 (TTY: 613-555-0100) or visit a Client Service Centre.</p>",
        esc(contact_name),
        esc(city),
        c.rng.below(10_000)
    );
    let share = "<div class=\"share-page\"><h2>Share this page</h2><ul><li><a href=\"#\">Facebook</a></li><li><a href=\"#\">X</a></li><li><a href=\"#\">LinkedIn</a></li><li><a href=\"#\">Email</a></li><li><a href=\"#\">Copy link</a></li></ul></div>";
    let helpful = format!(
        "<section class=\"page-feedback\" aria-labelledby=\"pf-h\"><h2 id=\"pf-h\">Was this page helpful?</h2><form><button name=\"helpful\" value=\"yes\">Yes</button><button name=\"helpful\" value=\"no\">No</button>\
         <div class=\"pf-followup\" hidden><label for=\"pf-text\">What were you looking for? (maximum 300 characters)</label><textarea id=\"pf-text\" maxlength=\"300\"></textarea><button type=\"submit\">Submit</button></div></form><p class=\"pf-note\">{}</p></section>\
         <details class=\"report-problem\"><summary>Report a problem or mistake on this page</summary><p>{}</p><form><label><input type=\"checkbox\">Something is broken</label><label><input type=\"checkbox\">Spelling or grammar mistake</label><label><input type=\"checkbox\">Information is outdated or wrong</label><button>Submit</button></form></details>",
        esc(S_GOV_HELPFUL),
        esc(S_GOV_REPORT)
    );
    let modified = format!(
        "<dl class=\"date-modified\"><dt>Date modified:</dt><dd><time property=\"dateModified\">{year}-{month:02}-{:02}</time></dd></dl>",
        (day + c.rng.below(3)).min(28)
    );
    let toolbar = format!(
        "<div class=\"a11y-toolbar\" role=\"toolbar\" aria-label=\"Accessibility tools\"><span>Text size:</span><button aria-label=\"Decrease text size\">A-</button><button aria-label=\"Default text size\">A</button><button aria-label=\"Increase text size\">A+</button>\
         <button class=\"contrast\" aria-pressed=\"false\">High contrast</button><div id=\"readspeaker_button1\" class=\"rs_skip rsbtn\"><a rel=\"nofollow\" class=\"rsbtn_play\" title=\"{}\" href=\"//app-na.readspeaker.example/cgi-bin/rsent?customerid=9999&amp;lang=en_ca&amp;readid=main-content\"><span class=\"rsbtn_left\"><span class=\"rsbtn_text\"><span>Listen</span></span></span></a></div>\
         <button onclick=\"window.print()\">Print</button></div>",
        o_attr(S_GOV_READSPEAKER)
    );
    let analytics = format!(
        "<script>window.utag_data={{\"page_type\":\"news_release\",\"page_name\":\"{}\",\"department\":\"{}\",\"language\":\"en\",\"release_date\":\"{}\",\"site_section\":\"news\"}};</script>",
        l_json(&s.title),
        l_json(office),
        s.date
    );
    let alert = if c.rng.chance(70) {
        format!(
            "<div class=\"alert alert-warning\" role=\"alert\"><p>{}</p><a href=\"/alerts\">All service alerts</a><button aria-label=\"Dismiss\">&times;</button></div>",
            esc(c.rng.pick(S_GOV_ALERTS))
        )
    } else {
        String::new()
    };
    let breadcrumb = "<nav class=\"breadcrumb\" aria-label=\"Breadcrumb\"><ol><li><a href=\"/\">Home</a></li><li><a href=\"/city-hall\">City Hall</a></li><li><a href=\"/news\">News and media</a></li><li><a href=\"/news/news-releases\">News releases</a></li></ol></nav>";
    let footer = format!(
        "<footer class=\"site-footer\"><div class=\"footer-cols\"><section><h2>About the City</h2><ul><li><a href=\"/mayor\">Mayor and Council</a></li><li><a href=\"/departments\">Departments</a></li><li><a href=\"/careers\">Careers</a></li><li><a href=\"/open-data\">Open data</a></li></ul></section>\
         <section><h2>Contact us</h2><p>{}</p></section><section><h2>Stay connected</h2><ul><li><a href=\"#\">Facebook</a></li><li><a href=\"#\">Instagram</a></li><li><a href=\"#\">YouTube</a></li><li><a href=\"/subscribe\">Email updates</a></li></ul></section></div>\
         <p class=\"land\">{}</p><ul class=\"legal\"><li><a href=\"/accessibility\">Accessibility</a></li><li><a href=\"/privacy\">Privacy</a></li><li><a href=\"/terms\">Terms of use</a></li><li><a href=\"/sitemap\">Site map</a></li></ul><p>&copy; {year} {city}</p></footer>",
        esc(S_GOV_ABOUT),
        esc(S_GOV_LAND)
    );
    let search = "<form class=\"site-search\" role=\"search\" action=\"/search\"><label for=\"q\" class=\"visually-hidden\">Search riverton.example.ca</label><input id=\"q\" name=\"q\" type=\"search\" placeholder=\"Search riverton.example.ca\"><button>Search</button></form>";
    let mut page = format!(
        "<!DOCTYPE html><html lang=\"en\" dir=\"ltr\">{}<body class=\"page-node-type-news-release\">",
        head(s, city, &analytics)
    );
    match flavour {
        0 => {
            page.push_str(&format!(
                "<nav><ul id=\"wb-tphp\"><li class=\"wb-slc\"><a class=\"wb-sl\" href=\"#wb-cont\">Skip to main content</a></li><li class=\"wb-slc\"><a class=\"wb-sl\" href=\"#wb-info\">Skip to \"About the City\"</a></li></ul></nav>\
                 <header><div id=\"wb-bnr\" class=\"container\"><section id=\"wb-lng\"><h2 class=\"wb-inv\">Language selection</h2><ul class=\"list-inline\">{langs}</ul></section>\
                 <div class=\"brand\"><a href=\"/\"><img src=\"/logo.svg\" alt=\"{city}\"></a></div><section id=\"wb-srch\"><h2>Search</h2>{search}</section></div>\
                 <div class=\"gc-official\"><p>An official website of the {city}</p></div>{toolbar}{alert}\
                 <nav class=\"gcweb-menu\"><h2 class=\"wb-inv\">Menu</h2><ul role=\"menu\">{menu}</ul></nav>{breadcrumb}</header>\
                 <div class=\"container\"><div class=\"row\"><nav class=\"col-md-3 wb-sec\"><h2>News and media</h2><ul class=\"list-group\">{side}</ul></nav>\
                 <main property=\"mainContentOfPage\" class=\"col-md-9\" typeof=\"WebPageElement\"><h1 property=\"name\" id=\"wb-cont\">{t}</h1>\
                 <p class=\"gc-byline\"><strong>From: <a href=\"/{oslug}\">{o}</a></strong></p><p class=\"release-type\"><strong>{rtype}</strong></p>\
                 <p class=\"dateline\">{dateline}</p><div class=\"mwsgeneric-base-html parbase section\">{body}</div>\
                 <h2>Quick facts</h2><ul class=\"quick-facts\">{facts}</ul><h2>Quotes</h2>{quotes}<h2>Associated links</h2><ul>{links}</ul>\
                 <h2>Contacts</h2><div class=\"contacts\">{contacts}</div>{share}<div class=\"pagedetails\">{helpful}{modified}</div></main></div></div>",
                t = esc(&s.title),
                oslug = l_slug(office),
                o = esc(office),
            ));
        }
        1 => {
            page.push_str(&format!(
                "<a href=\"#main-content\" class=\"visually-hidden focusable skip-link\">Skip to main content</a>\
                 <div class=\"region region-top\">{toolbar}<div class=\"language-switcher\"><button aria-expanded=\"false\">Translate</button><ul class=\"links\">{langs}</ul><p class=\"translate-disclaimer\">Translations are provided by an automated service and may not be accurate. The English version is the official version.</p></div></div>\
                 {alert}<header class=\"site-header\"><a href=\"/\" class=\"site-logo\" rel=\"home\"><img src=\"/themes/riverton/logo.svg\" alt=\"Home\"></a>{search}\
                 <nav class=\"main-menu\" aria-label=\"Main\"><ul class=\"menu menu--main\">{menu}</ul></nav></header>\
                 <div class=\"region region-breadcrumb\">{breadcrumb}</div><div class=\"layout-container\"><aside class=\"layout-sidebar-first\"><nav class=\"menu--section\"><h2>News and media</h2><ul class=\"menu\">{side}</ul></nav></aside>\
                 <main id=\"main-content\" class=\"layout-content\"><div class=\"block-page-title-block\"><h1 class=\"page-title\"><span class=\"field field--name-title\">{t}</span></h1></div>\
                 <article class=\"node node--type-news-release node--view-mode-full\"><div class=\"field field--name-field-release-type\">{rtype}</div>\
                 <div class=\"field field--name-field-department\"><div class=\"field__label\">From</div><div class=\"field__item\">{o}</div></div>\
                 <div class=\"field field--name-field-release-date\"><time datetime=\"{date}T12:00:00Z\">{mname} {day}, {year}</time></div>\
                 <div class=\"clearfix text-formatted field field--name-body field--type-text-with-summary field__item\"><p class=\"dateline\"><strong>{dateline}</strong></p>{body}</div>\
                 <div class=\"field field--name-field-quick-facts\"><h2>Quick facts</h2><ul>{facts}</ul></div><div class=\"field field--name-field-quotes\"><h2>Quotes</h2>{quotes}</div>\
                 <div class=\"field field--name-field-related-links\"><h2>Associated links</h2><ul>{links}</ul></div>\
                 <div class=\"field field--name-field-contact\"><h2>Contact</h2>{contacts}</div></article>{share}{helpful}{modified}</main></div>",
                t = esc(&s.title),
                o = esc(office),
                date = s.date,
            ));
        }
        _ => {
            page.push_str(&format!(
                "<div id=\"skipToContentLinks\"><a href=\"#contentarea\" class=\"skipToContentLink\">Skip to Main Content</a></div>\
                 <div id=\"divTranslate\"><select id=\"google_translate_element\" aria-label=\"Select Language\"><option>Select Language</option>{opts}</select><span>Powered by Google Translate</span></div>\
                 {toolbar}{alert}<div id=\"outer-wrap\"><header id=\"banner\"><a href=\"/\" id=\"logo\"><img src=\"/ImageRepository/Document?documentID=1\" alt=\"{city} Home Page\"></a>{search}\
                 <nav id=\"mainNav\"><ul class=\"nav\">{menu}</ul></nav></header><div id=\"bodyWrapper\">{breadcrumb}\
                 <div id=\"contentarea\" class=\"moduleContentNew\"><div id=\"newsFlashTools\"><a href=\"/RSSFeed.aspx?ModID=1&amp;CID=All-newsflash.xml\">RSS</a> <a href=\"/list.aspx\">Notify Me&reg;</a> <a href=\"#\" onclick=\"window.print();\">Print</a></div>\
                 <a href=\"/CivicAlerts.aspx\" class=\"return\">Return to full list &gt;&gt;</a><div class=\"news_flash_detail\"><h1 class=\"detailTitle\">{t}</h1>\
                 <div class=\"date\">Post Date: {month:02}/{day:02}/{year} {clock}</div><div class=\"category\">Category: {rtype} &middot; {o}</div>\
                 <div class=\"fr-view\"><p><strong>{dateline}</strong></p>{body}<p><strong>Quick facts</strong></p><ul>{facts}</ul>{quotes}\
                 <p><strong>Associated links</strong></p><ul>{links}</ul><p><strong>Contacts</strong></p>{contacts}</div></div>\
                 <nav class=\"sideNav\"><h3>Other News in News and media</h3><ul>{side}</ul><a href=\"/CivicAlerts.aspx\">View All</a></nav>{share}{helpful}{modified}</div></div></div>",
                opts = S_GOV_LANGS.iter().map(|l| format!("<option>{}</option>", esc(l))).collect::<String>(),
                t = esc(&s.title),
                o = esc(office),
                clock = m_clock(c.rng),
            ));
        }
    }
    page.push_str(&footer);
    page.push_str("<script src=\"/js/readspeaker.js\" async></script></body></html>");
    page
}

const S_PR_PAPERS: &[(&str, &str)] = &[
    ("The Riverton Daily Courier", "couriernews.example.com"),
    ("The Lakeshore Examiner", "lakeshoreexaminer.example.com"),
    ("Tri-County Ledger", "tricountyledger.example.com"),
];

const S_PR_NOTICE: &str = "This copy is for your personal, non-commercial use only. To order presentation-ready copies of this content for distribution to colleagues, clients or customers, or inquire about permissions and licensing, please contact our reprints desk or visit our licensing website.";

const S_PR_COPYRIGHT: &str = "Copyright owned or licensed by the publisher. All rights reserved. Republication or redistribution of this content, including by framing or similar means, is expressly prohibited without the prior written consent of the publisher.";

const S_EP_OTHER: &[(&str, &str)] = &[
    (
        "Library branch hours extended for exam season",
        "Three branches will stay open until 10 p.m. on weeknights through the end of the month, the library board said.",
    ),
    (
        "Obituary: Harold Beaumont, 91, ran the corner hardware store for half a century",
        "Generations of residents remember him for his patience with first-time homeowners and his habit of lending tools for free.",
    ),
    (
        "Youth orchestra heads to national finals",
        "The 46 young musicians have raised most of the money for the trip through bake sales and a winter concert.",
    ),
    (
        "Road work to close Maple Street bridge for two weekends",
        "Detours will be posted, and transit routes 4 and 11 will use the Elm Street crossing while crews repave the deck.",
    ),
    (
        "Letters: readers weigh in on the school board budget",
        "Several writers argue that the cuts to music programs are shortsighted, while others say the board had little choice.",
    ),
];

const S_EP_LANGS: &[&str] = &[
    "Arabic",
    "Chinese",
    "Dutch",
    "French",
    "German",
    "Hindi",
    "Italian",
    "Japanese",
    "Korean",
    "Portuguese",
    "Russian",
    "Spanish",
    "Turkish",
    "Ukrainian",
];

const S_EP_FOOTER: &str = "Printed and distributed by NewsStand Digital. Copyright and protected by applicable law. The text view of this article was generated from the printed page and may contain recognition errors; the page image is the authoritative version.";

const S_EP_TRIAL: &str = "Your free access ends in 3 days. Subscribe to keep reading every page of today's paper, plus 7,000 newspapers and magazines from 120 countries, with one account on all your devices.";

/// S2 (round 10): a newspaper article in a reading view
/// with little chrome, in one of two kinds. Kind 0 is the
/// "print this article" page: a print stylesheet, a screen-only toolbar
/// (print, close, text size, email), the paper's logo and printed-from
/// line, section and page references, headline, subhead in some pages,
/// byline and date, sometimes a photo with caption, the paragraphs in a
/// plain container (some pages with `<br><br>` between `div` paragraphs),
/// then a URL line, a prose reprint notice and a prose copyright line
/// repeated in a print footer. Kind 1 is an e-paper text view
/// (PressReader-like): an app toolbar (issue picker, listen, translate
/// with a language list, share, print), issue and page line, a page
/// thumbnail strip, the headline, an upper-case byline paragraph and a
/// role line, the paragraphs with a "Please see ..., A6" jump line in some
/// pages, "Other articles on this page" with prose first lines, a prose
/// trial banner and footer, and a JSON reader state.
fn s2_printview(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let (_, mname, day, year) = n_date(&s.date);
    let (paper, domain) = S_PR_PAPERS[c.rng.below(S_PR_PAPERS.len())];
    let section = c.rng.pick(&[
        "Local",
        "Business",
        "Politics",
        "Region",
        "Front Page",
        "Nation & World",
    ]);
    let pageref = format!("{}{}", c.rng.pick(&["A", "B", "C"]), 1 + c.rng.below(12));
    let slug = l_slug(&s.title);
    let url = format!(
        "https://www.{domain}/{}/{year}/{slug}-{}",
        l_slug(section),
        c.rng.below(9_000_000)
    );
    if c.rng.chance(50) {
        let layout = c.rng.below(2);
        let body: String = if layout == 0 {
            s.paragraphs
                .iter()
                .map(|p| format!("<p>{}</p>", c.body_paragraph(p)))
                .collect()
        } else {
            s.paragraphs
                .iter()
                .map(|p| format!("<div class=\"para\">{}</div><br><br>", esc(p)))
                .collect()
        };
        let sub = if c.rng.chance(50) {
            format!(
                "<h2 class=\"subhead\">{}</h2>",
                esc(c.rng.pick(L_STANDFIRSTS))
            )
        } else {
            String::new()
        };
        let photo = if c.rng.chance(50) {
            format!(
                "<div class=\"print-photo\"><img src=\"https://www.{domain}/resources/images/{}.jpg?w=400\" alt=\"\"><p class=\"print-caption\">{} <span class=\"credit\">({} / {paper})</span></p></div>",
                o_hex(c.rng, 12),
                esc(c.rng.pick(CAPTIONS)),
                esc(c
                    .rng
                    .pick(&["Staff photo", "File photo", "Submitted photo"]))
            )
        } else {
            String::new()
        };
        let printed = format!("{}:{:02}", 1 + c.rng.below(12), c.rng.below(60));
        let mut page = format!(
            "<!DOCTYPE html><html lang=\"en\">{}<body class=\"print-view\" onload=\"setTimeout(function(){{window.print()}},800)\">",
            head(
                s,
                paper,
                "<style media=\"print\">.no-print{display:none}@page{margin:1.5cm}</style><meta name=\"robots\" content=\"noindex\">"
            )
        );
        page.push_str(&format!(
            "<div class=\"no-print print-toolbar\"><a href=\"javascript:window.print()\">Print this page</a> | <a href=\"javascript:window.close()\">Close window</a> | <span>Text size:</span> <a href=\"#\">A</a> <a href=\"#\">A+</a> <a href=\"#\">A++</a> | <a href=\"mailto:?subject={slug}\">Email</a>\
             <p>Printing tips: choose \"Portrait\" orientation and turn off headers and footers in your browser's print dialog for the best result.</p></div>\
             <table class=\"print-header\" width=\"100%\"><tr><td><img src=\"https://www.{domain}/static/logo-print.png\" alt=\"{paper}\"></td><td align=\"right\">Printed from {domain} on {mname} {day}, {year} at {printed}</td></tr></table><hr>\
             <div class=\"print-article\"><div class=\"section-line\">{section} &middot; Page {pageref}</div><h1>{t}</h1>{sub}\
             <div class=\"byline\">By {a}, {paper}</div><div class=\"dateline\">Published {mname} {day}, {year}</div>{photo}\
             <div class=\"print-body\">{body}</div></div><hr>\
             <div class=\"print-url\">URL: <a href=\"{url}\">{url}</a></div><p class=\"print-notice\">{notice}</p>\
             <div class=\"print-footer\"><p>&copy; {year} {paper}. {copy}</p></div>\
             <script>var printMeta={{\"id\":\"{id}\",\"section\":\"{sj}\",\"words\":{w}}};</script></body></html>",
            t = esc(&s.title),
            a = esc(&s.author),
            notice = esc(S_PR_NOTICE),
            copy = esc(S_PR_COPYRIGHT),
            id = o_hex(c.rng, 16),
            sj = l_json(section),
            w = s.paragraphs.iter().map(|p| words(p)).sum::<usize>(),
        ));
        return page;
    }
    // E-paper text view.
    let n = s.paragraphs.len();
    let jump_at = if n >= 4 && c.rng.chance(50) {
        Some(n / 2)
    } else {
        None
    };
    let jump_word = s
        .title
        .split_whitespace()
        .find(|w| w.len() > 4)
        .unwrap_or("STORY")
        .trim_matches(|ch: char| !ch.is_alphanumeric())
        .to_uppercase();
    let mut body = String::new();
    for (i, p) in s.paragraphs.iter().enumerate() {
        if Some(i) == jump_at {
            body.push_str(&format!(
                "<p class=\"jump\">Please see {}, {}{}</p>",
                esc(&jump_word),
                &pageref[..1],
                6 + c.rng.below(6)
            ));
        }
        body.push_str(&format!("<p>{}</p>", esc(p)));
    }
    let thumbs: String = (1..=12 + c.rng.below(12))
        .map(|k| {
            let cur = if k == 4 { " aria-current=\"page\"" } else { "" };
            format!(
                "<li{cur}><a href=\"#page-{k}\"><img src=\"https://i.newsstand.example/thumbnail?page={k}&amp;issue={}\" alt=\"\"><span>{}{k}</span></a></li>",
                o_hex(c.rng, 10),
                &pageref[..1]
            )
        })
        .collect();
    let o0 = c.rng.below(S_EP_OTHER.len());
    let others: String = (0..2 + c.rng.below(3))
        .map(|k| {
            let (h, b) = S_EP_OTHER[(o0 + k) % S_EP_OTHER.len()];
            format!(
                "<li class=\"toc-article\"><a href=\"/article/{}\"><h3>{}</h3><p>{}</p></a></li>",
                c.rng.below(900_000_000),
                esc(h),
                esc(b)
            )
        })
        .collect();
    let langs: String = S_EP_LANGS
        .iter()
        .map(|l| format!("<li><button data-lang=\"{}\">{l}</button></li>", l_slug(l)))
        .collect();
    let role = c.rng.pick(&[
        "Staff Writer",
        "Courier Staff",
        "Special to the Courier",
        "The Associated Press",
    ]);
    let state = format!(
        "<script id=\"reader-state\" type=\"application/json\">{{\"issue\":{{\"title\":\"{}\",\"date\":\"{}\",\"pages\":24}},\"article\":{{\"id\":\"{}\",\"page\":\"{pageref}\",\"title\":\"{}\",\"byline\":\"{}\",\"textLength\":{}}},\"user\":{{\"trial\":true,\"daysLeft\":3}}}}</script>",
        l_json(paper),
        s.date,
        o_hex(c.rng, 24),
        l_json(&s.title),
        l_json(&s.author),
        s.paragraphs.iter().map(|p| p.len()).sum::<usize>()
    );
    let mut page = format!(
        "<!DOCTYPE html><html lang=\"en\">{}<body class=\"reader text-view\">",
        head(s, &format!("{paper} | NewsStand"), &state)
    );
    page.push_str(&format!(
        "<div class=\"trial-banner\" role=\"status\"><p>{trial}</p><a href=\"/subscribe\">Subscribe</a></div>\
         <header class=\"app-toolbar\"><a class=\"logo\" href=\"/\">NewsStand</a><button class=\"issue-picker\">{paper} &middot; {mname} {day}, {year}</button>\
         <nav class=\"view-toggle\"><button>Page view</button><button aria-pressed=\"true\">Text view</button></nav>\
         <ul class=\"tools\"><li><button>Listen</button></li><li class=\"translate\"><button aria-expanded=\"false\">Translate</button><ul class=\"lang-menu\">{langs}</ul></li>\
         <li><button>Bookmark</button></li><li><button>Share</button></li><li><button>Print</button></li><li><button>Text size</button></li></ul>\
         <a class=\"account\" href=\"/account\">Sign in</a></header>\
         <nav class=\"page-strip\" aria-label=\"Pages\"><ol>{thumbs}</ol></nav>\
         <main class=\"article-pane\"><div class=\"issue-line\">{paper} &middot; {mname} {day}, {year} &middot; {section} &middot; Page {pageref}</div>\
         <article class=\"art\" data-art-id=\"{aid}\"><h1 class=\"art-title\">{t}</h1><p class=\"art-byline\">BY {au}</p><p class=\"art-role\">{role}</p>\
         <div class=\"art-text\">{body}</div></article>\
         <section class=\"on-this-page\"><h2>Other articles on this page</h2><ul>{others}</ul></section></main>\
         <footer class=\"reader-footer\"><p>{foot}</p><ul><li><a href=\"/terms\">Terms of use</a></li><li><a href=\"/privacy\">Privacy</a></li><li><a href=\"/help\">Help</a></li></ul></footer></body></html>",
        trial = esc(S_EP_TRIAL),
        aid = o_hex(c.rng, 12),
        t = esc(&s.title),
        au = esc(&s.author.to_uppercase()),
        foot = esc(S_EP_FOOTER),
    ));
    page
}

const S_MED_REVIEWERS: &[&str] = &[
    "Dr. Priya Natarajan, MD, MPH",
    "Dr. Samuel Ortiz, PharmD",
    "Dr. Elaine Whitford, PhD, RN",
    "Dr. Jonah Feld, MD, FACP",
    "Dr. Amara Nwosu, MD",
];

const S_MED_FACTCHECKERS: &[&str] = &[
    "Hannah Greer",
    "Luis Ocampo",
    "Ruth Adebayo",
    "Ken Ishikawa",
];

const S_MED_NAV: &[&str] = &[
    "Health Conditions",
    "Health Products",
    "Discover",
    "Tools",
    "Connect",
    "Mental Health",
    "Nutrition",
    "Sleep",
    "Heart Health",
    "Diabetes",
    "Cancer",
    "Fitness",
    "Women's Health",
    "Men's Health",
    "Aging",
];

const S_MED_CAPTIONS: &[&str] = &[
    "Experts say changes in daily routine can have a measurable effect on long-term health.",
    "Researchers followed participants for more than a decade to track their outcomes.",
    "Doctors recommend talking to a healthcare professional before making major changes.",
    "New findings add to a growing body of evidence on the topic.",
];

const S_MED_PHOTO_CREDITS: &[&str] = &[
    "Getty Images",
    "Stocksy United",
    "Westend61/Getty Images",
    "Design by Vanessa Kirk; photography by Alto Images",
];

const S_MED_RELATED: &[(&str, &str)] = &[
    (
        "What to know about high blood pressure in your 30s",
        "Hypertension is increasingly common in younger adults, and many people do not know they have it until a routine checkup.",
    ),
    (
        "Can walking after meals lower blood sugar?",
        "Even a 10-minute stroll after eating may blunt the rise in glucose, according to several small trials.",
    ),
    (
        "How much sleep do you really need as you get older?",
        "Sleep needs change across the lifespan, but experts say most adults still need at least seven hours a night.",
    ),
    (
        "Ultra-processed foods and heart health: what the latest studies show",
        "Large observational studies link diets high in ultra-processed foods with a greater risk of cardiovascular disease.",
    ),
    (
        "Is intermittent fasting safe for people with diabetes?",
        "Some people may benefit, but anyone taking insulin or certain medications should plan changes with their doctor.",
    ),
];

const S_MED_SOURCES: &[&str] = &[
    "Abrams T, et al. (2025). Long-term outcomes in a prospective community cohort. Journal of Clinical Epidemiology.",
    "Centers for Disease Control and Prevention. (2024). Adult obesity facts.",
    "Li H, et al. (2024). Physical activity and all-cause mortality: a meta-analysis. The Lancet Public Health.",
    "National Institute on Aging. (2025). Sleep and older adults.",
    "Morrison K, et al. (2026). Dietary patterns and cardiovascular risk. JAMA Network Open.",
    "World Health Organization. (2024). Noncommunicable diseases fact sheet.",
];

const S_MED_HOW_REVIEWED: &str = "Our experts continually monitor the health and wellness space, and we update our articles when new information becomes available. Every news story is checked by a medical reviewer and a fact checker before publication.";

const S_MED_SOURCING: &str = "We have strict sourcing guidelines and rely on peer-reviewed studies, academic research institutions, and medical journals and associations. We only use quality, credible sources to ensure content accuracy and integrity. You can learn more about how we ensure our content is accurate and current by reading our editorial policy.";

const S_MED_VETTED: &str = "How we vetted this: the brands and products mentioned on this page were reviewed by our medical integrity team, which checks that they meet our standards for business practices, legal and regulatory compliance, and the quality of the evidence behind their health claims. We may receive a commission when you buy through links on this page.";

const S_MED_DISCLAIMER: &str = "Our website services, content and products are for informational purposes only. We do not provide medical advice, diagnosis or treatment. Always seek the advice of your physician or another qualified health provider with any questions you may have regarding a medical condition.";

const S_MED_NEWSLETTER: &str = "Get our Wellness Wire newsletter for the latest health research, practical tips and expert advice, delivered twice a week. Your privacy is important to us, and you can unsubscribe at any time.";

const S_MED_COOKIE: &str = "We and our partners use cookies and similar technologies to run this site, to personalize content and ads, to provide social media features and to analyze our traffic. Health-related browsing data is never sold. You can manage your choices at any time.";

const S_MED_FOOTER: &str = "Vitalis Media is a health information publisher. Copyright 2026 Vitalis Media LLC, a Redwood Health company. All rights reserved.";

const S_MED_ADS: &[&str] = &[
    "Advertisement",
    "ADVERTISEMENT",
    "Advertisement - Continue reading below",
];

/// One "Related coverage" / "Read this next" card of the health site.
fn s3_card(rng: &mut Rng, k: usize, blurb: bool) -> String {
    let (h, b) = S_MED_RELATED[k % S_MED_RELATED.len()];
    let b = if blurb {
        format!("<p class=\"{}\">{}</p>", rng.hashed(), esc(b))
    } else {
        String::new()
    };
    format!(
        "<li class=\"{}\"><a href=\"/health-news/{}\"><img src=\"/hlcmsresource/images/{}.jpg\" alt=\"\"><span>{}</span></a>{b}</li>",
        rng.hashed(),
        l_slug(h),
        o_hex(rng, 10),
        esc(h)
    )
}

/// S3 (round 10): health-news article on a consumer
/// medical site (Healthline/Medical-News-Today-like) in one of two
/// markups (hashed CSS-in-JS classes, or `article-body` with
/// "Share on Pinterest" image labels): a consent dialog in prose, a long
/// condition menu, the headline, "Written by ... on ... — Fact checked by
/// ...", a "Medically reviewed by" box, a lead image with a prose caption
/// and credit, a "Key takeaways" box of sentences restated from the
/// text or of generic sentences, then the paragraphs with labelled ad
/// slots, a "Related coverage" card list in prose and in some pages a
/// product callout with a "How we vetted this" note among them; after the
/// text "How we reviewed this article" with a prose statement, a
/// "Sources" list, a version history, a "Was this article helpful?"
/// widget, "Read this next" cards with prose blurbs, a newsletter box in
/// prose, a prose medical disclaimer and footer, and a
/// `__PRELOADED_STATE__` script repeating the paragraphs as HTML.
fn s3_health(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let (_, mname, day, year) = n_date(&s.date);
    let markup = c.rng.below(2);
    let reviewer = c.rng.pick(S_MED_REVIEWERS);
    let checker = c.rng.pick(S_MED_FACTCHECKERS);
    let site = "Vitalis Health";
    let k0 = c.rng.below(S_MED_RELATED.len());
    let n = s.paragraphs.len();
    let take: Vec<String> = s
        .paragraphs
        .iter()
        .filter_map(|p| o3_takeaway(p))
        .take(3)
        .collect();
    let takeaways: String = if take.len() >= 2 && c.rng.chance(70) {
        take.iter()
            .map(|t| format!("<li>{}</li>", esc(t)))
            .collect()
    } else {
        [
            "Researchers found an association, but the study does not show cause and effect.",
            "Experts say the results need to be confirmed in larger and more diverse groups of people.",
            "Anyone with concerns should speak with a doctor before changing their treatment.",
        ]
        .iter()
        .map(|t| format!("<li>{t}</li>"))
        .collect()
    };
    let mut body = String::new();
    let mut ads = 0;
    let mut related_done = false;
    let mut vetted_done = false;
    for (i, p) in s.paragraphs.iter().enumerate() {
        let text = c.body_paragraph(p);
        if markup == 0 {
            body.push_str(&format!("<p class=\"{}\">{text}</p>", c.rng.hashed()));
        } else {
            body.push_str(&format!("<p>{text}</p>"));
        }
        if i + 1 == n {
            break;
        }
        match c.rng.below(6) {
            0 | 1 if ads < 3 => {
                ads += 1;
                body.push_str(&format!(
                    "<div class=\"ad-slot ad-inline\" data-ad-unit=\"/1234/vitalis/news/inline{ads}\"><span class=\"ad-label\">{}</span><div id=\"dfp-inline-{ads}\" style=\"min-height:250px\"></div></div>",
                    c.rng.pick(S_MED_ADS)
                ));
            }
            2 if !related_done && i >= 1 => {
                related_done = true;
                let cards: String = (0..2 + c.rng.below(2))
                    .map(|k| s3_card(c.rng, k0 + k, true))
                    .collect();
                body.push_str(&format!(
                    "<aside class=\"related-coverage\"><h2>Related coverage</h2><ul>{cards}</ul></aside>"
                ));
            }
            3 if !vetted_done && i >= 2 && c.rng.chance(60) => {
                vetted_done = true;
                body.push_str(&format!(
                    "<div class=\"product-callout\"><span class=\"label\">Our pick</span><h3>Omega Balance Daily Supplement</h3><p>A third-party-tested fish oil with 1,000 mg of EPA and DHA per serving, chosen for its clear labelling and purity certification.</p>\
                     <a class=\"btn\" rel=\"sponsored\" href=\"https://shop.example/omega?ref=vitalis\">Shop now at Retailer</a><details class=\"vetted\"><summary>How we vetted this</summary><p>{}</p></details></div>",
                    esc(S_MED_VETTED)
                ));
            }
            _ => {}
        }
    }
    let s0 = c.rng.below(S_MED_SOURCES.len());
    let sources: String = (0..3 + c.rng.below(3))
        .map(|k| {
            format!(
                "<li>{}</li>",
                esc(S_MED_SOURCES[(s0 + k) % S_MED_SOURCES.len()])
            )
        })
        .collect();
    let next: String = (0..3).map(|k| s3_card(c.rng, k0 + 2 + k, true)).collect();
    let nav: String = S_MED_NAV
        .iter()
        .map(|x| {
            let sub: String = (0..3 + c.rng.below(5))
                .map(|_| {
                    let t = c.rng.pick(S_MED_NAV);
                    format!("<li><a href=\"/{}\">{}</a></li>", l_slug(t), esc(t))
                })
                .collect();
            format!(
                "<li><a href=\"/{}\">{}</a><ul>{sub}</ul></li>",
                l_slug(x),
                esc(x)
            )
        })
        .collect();
    let state_html: String = s
        .paragraphs
        .iter()
        .map(|p| format!("<p>{}</p>", esc(p)))
        .collect();
    let state = format!(
        "<script>window.__PRELOADED_STATE__={{\"article\":{{\"id\":{},\"title\":\"{}\",\"reviewer\":\"{}\",\"body\":\"{}\",\"ads\":{{\"enabled\":true,\"slots\":{}}}}}}};</script>",
        c.rng.below(999_999),
        l_json(&s.title),
        l_json(reviewer),
        l_json(&state_html),
        ads
    );
    let written = format!(
        "Written by <a href=\"/authors/{}\">{}</a> on {mname} {day}, {year} &mdash; Fact checked by <a href=\"/reviewers/{}\">{}</a>",
        l_slug(&s.author),
        esc(&s.author),
        l_slug(checker),
        esc(checker)
    );
    let reviewed_box = format!(
        "<div class=\"medical-review\"><img src=\"/reviewers/{}.jpg\" alt=\"\"><p>Medically reviewed by <a href=\"/reviewers/{}\">{}</a> &mdash; Written by {} &mdash; Updated on {mname} {day}, {year}</p></div>",
        l_slug(reviewer),
        l_slug(reviewer),
        esc(reviewer),
        esc(&s.author)
    );
    let cap = esc(c.rng.pick(S_MED_CAPTIONS));
    let credit = esc(c.rng.pick(S_MED_PHOTO_CREDITS));
    let lead = if markup == 0 {
        format!(
            "<figure class=\"{}\"><img src=\"/hlcmsresource/images/news/{}.jpg\" alt=\"\"><figcaption><span>{cap}</span> <span class=\"credit\">{credit}</span></figcaption></figure>",
            c.rng.hashed(),
            o_hex(c.rng, 12)
        )
    } else {
        format!(
            "<figure class=\"article-image\"><a class=\"pin-it\" href=\"https://pinterest.example/pin/create\">Share on Pinterest</a><img src=\"/content/images/articles/{}/{}.jpg\" alt=\"\"><figcaption>{cap} {credit}</figcaption></figure>",
            c.rng.below(400_000),
            o_hex(c.rng, 8)
        )
    };
    let versions: String = (0..1 + c.rng.below(3))
        .map(|k| {
            format!(
                "<li><time>{} {}, {year}</time> <span>{}</span></li>",
                c.rng.pick(L_MONTHS),
                1 + c.rng.below(28),
                if k == 0 {
                    format!("Written by {}", esc(&s.author))
                } else {
                    format!(
                        "Edited by {}; medically reviewed by {}",
                        esc(checker),
                        esc(reviewer)
                    )
                }
            )
        })
        .collect();
    let keybox_class = if markup == 0 {
        c.rng.hashed()
    } else {
        "key-takeaways".into()
    };
    let key_box = format!(
        "<section class=\"{keybox_class}\"><h2>Key takeaways</h2><ul>{takeaways}</ul></section>"
    );
    let mut page = format!(
        "<!DOCTYPE html><html lang=\"en\">{}<body>",
        head(s, site, &state)
    );
    page.push_str(&format!(
        "<div id=\"onetrust-banner-sdk\" role=\"dialog\" aria-label=\"Privacy\"><p>{}</p><button>Accept All Cookies</button><button>Reject All</button><button>Cookie Settings</button></div>\
         <header class=\"{}\"><a href=\"/\" class=\"logo\">{site}</a><nav aria-label=\"Main\"><ul class=\"mega\">{nav}</ul></nav><button>Search</button><a href=\"/newsletter\">Subscribe</a></header>\
         <nav class=\"breadcrumb\"><a href=\"/\">Home</a> &rsaquo; <a href=\"/health-news\">Health News</a></nav>",
        esc(S_MED_COOKIE),
        c.rng.hashed()
    ));
    let after = format!(
        "<section class=\"how-reviewed\"><h2>How we reviewed this article:</h2><p>{how}</p><details open><summary>Sources</summary><p>{sourcing}</p><ul class=\"sources\">{sources}</ul></details>\
         <details><summary>Share this article</summary><ul><li><a href=\"#\">Facebook</a></li><li><a href=\"#\">Pinterest</a></li><li><a href=\"#\">Email</a></li></ul></details>\
         <details><summary>Version history</summary><ul>{versions}</ul></details></section>\
         <div class=\"helpful-widget\"><span>Was this article helpful?</span><button aria-label=\"Yes\">&#128077;</button><button aria-label=\"No\">&#128078;</button></div>",
        how = esc(S_MED_HOW_REVIEWED),
        sourcing = esc(S_MED_SOURCING),
    );
    if markup == 0 {
        page.push_str(&format!(
            "<main class=\"{}\"><article class=\"{}\"><div class=\"{}\"><span class=\"eyebrow\">Health News</span><h1>{t}</h1><div class=\"byline\">{written}</div>{reviewed_box}</div>\
             {lead}{key_box}<div class=\"{}\">{body}</div>{after}</article>",
            c.rng.hashed(),
            c.rng.hashed(),
            c.rng.hashed(),
            c.rng.hashed(),
            t = esc(&s.title),
        ));
    } else {
        page.push_str(&format!(
            "<main id=\"main\"><article class=\"article\"><header class=\"article-header\"><h1>{t}</h1>{reviewed_box}<div class=\"byline\">{written}</div></header>\
             {key_box}{lead}<div class=\"article-body css-z468a2\">{body}</div>{after}</article>",
            t = esc(&s.title),
        ));
    }
    page.push_str(&format!(
        "<section class=\"read-next\"><h2>Read this next</h2><ul>{next}</ul></section>\
         <aside class=\"newsletter\"><h2>Wellness Wire</h2><p>{}</p><form><input type=\"email\" placeholder=\"Enter your email\"><button>Sign up</button></form></aside></main>\
         <footer class=\"site-footer\"><ul><li><a href=\"/about\">About Us</a></li><li><a href=\"/contact\">Contact Us</a></li><li><a href=\"/privacy\">Privacy Policy</a></li><li><a href=\"/privacy-settings\">Privacy Settings</a></li>\
         <li><a href=\"/advertising\">Advertising Policy</a></li><li><a href=\"/health-topics\">Health Topics</a></li><li><a href=\"/medical-affairs\">Medical Affairs</a></li><li><a href=\"/content-integrity\">Content Integrity</a></li><li><a href=\"/newsletters\">Newsletters</a></li></ul>\
         <p class=\"disclaimer\">{}</p><p>{}</p></footer></body></html>",
        esc(S_MED_NEWSLETTER),
        esc(S_MED_DISCLAIMER),
        esc(S_MED_FOOTER)
    ));
    page
}

const U_ARC_COLLECTED: &[&str] = &[
    "Collection: Regional News Crawl. Pages in this collection were gathered by an automated crawl of local and regional newspaper websites, started in 2012 after several long-running papers closed and took their online archives with them.",
    "Collection: Archive Team. A volunteer group of archivists that saves copies of websites at risk of disappearing, so that the record of what was published does not vanish with the servers that hosted it.",
    "Collection: Save Page Now. This page was captured on request by a visitor to the archive, who asked for a copy of the address to be preserved as it appeared at that moment.",
];

const U_ARC_DONATE: &str = "The archive is a non-profit library of millions of free books, films, recordings and saved web pages. We do not sell your data or run advertising. If the archive has been useful to you today, please consider chipping in so that it stays free for everyone.";

const U_ARC_RELATED: &[(&str, &str)] = &[
    (
        "Harbor district plan heads back to planning board",
        "The revised proposal trims two stories from the tallest building and adds a public walkway along the water, but neighbors say traffic concerns remain unanswered.",
    ),
    (
        "Volunteer fire company marks 100 years of service",
        "Members past and present gathered at the station on Saturday for a pancake breakfast, a parade of restored engines and the unveiling of a plaque honoring its founders.",
    ),
    (
        "School board approves later start times for high schools",
        "Classes at both high schools will begin at 8:30 a.m. next fall, a change supporters said would help students sleep and opponents warned would complicate bus schedules.",
    ),
    (
        "Downtown merchants brace for months of road work",
        "The state transportation department says the sewer and paving project on Main Street will last through October, with one lane open to traffic at all times.",
    ),
    (
        "Library expands hours after budget vote",
        "The main branch will stay open until 9 p.m. on weeknights and open on Sunday afternoons for the first time in eight years.",
    ),
];

const U_ARC_EVENTS: &[&str] = &[
    "Saturday, 9 a.m. to noon: The Friends of the Library hold their spring book sale in the community room. Hardcovers are a dollar and paperbacks are fifty cents, with all proceeds going to children's programs.",
    "Sunday, 2 p.m.: The historical society presents a slide talk on the shipyards that once lined the harbor, followed by light refreshments. Admission is free, though donations are welcome.",
    "Tuesday, 7 p.m.: The garden club meets at the senior center to plan the summer plant sale. New members are encouraged to attend and to bring seedlings to swap.",
    "Thursday, 6:30 p.m.: A free workshop on home energy audits will be held at town hall. Residents can learn which state rebates are available and how to apply for them.",
];

const U_ARC_FOOTER: &str = "The Harbor Gazette has served the towns of the south shore since 1887. Our newsroom covers local government, schools, business, sports and the people who make this community what it is. Letters to the editor and news tips are always welcome.";

const U_ARC_COMMENT_RULES: &str = "Comments are the opinions of readers and not of the Harbor Gazette. Please keep the discussion civil and on topic; comments that contain personal attacks, profanity or advertising will be removed, and repeat offenders will be blocked.";

/// An opening tag of the archived page: with its class in a Wayback
/// capture (`flat == false`), with an inline style and no class in a
/// flattened archive.today capture.
fn u0_open(flat: bool, tag: &str, class: &str, style: &str) -> String {
    if flat {
        format!("<{tag} style=\"{style}\">")
    } else {
        format!("<{tag} class=\"{class}\">")
    }
}

/// U0 (round 11): a 2010s local newspaper article seen through
/// a web archive, in one of two kinds. Kind 0 is a Wayback-Machine-style
/// playback: rewrite scripts in the head, a toolbar insertion (visible,
/// or hidden until its script runs) with a URL box, capture count and
/// timespan, a month/year calendar, a prose donation appeal, an "About
/// this capture" panel with a prose collection note, and archive comments
/// after `</html>`; every link of the page rewritten to `/web/<stamp>/`.
/// Kind 1 is an archive.today-style flattened snapshot: a header table
/// ("archived ... UTC", "Saved from", snapshot links, share/download/
/// report links), a hidden share box, then the page with no classes and
/// inline styles everywhere. The archived page itself: masthead with a
/// date line and weather, a section menu, a lead photo with caption and
/// credit, headline, byline, the paragraphs (`<p>` or `<div>`) with a
/// floated "Related" link box and an "Advertisement" slot among them,
/// a "Posted in" line, email/print/share links, "Related stories" with
/// prose blurbs, comments with a prose policy, a right column ("Most
/// emailed", weather, a community calendar in prose, a print-edition
/// offer) and a prose footer.
fn u0_archived(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let flat = c.rng.chance(50);
    let (month, mname, day, year) = n_date(&s.date);
    let y = o_year(&year);
    let (hh, mm, ss) = (c.rng.below(24), c.rng.below(60), c.rng.below(60));
    let stamp = format!("{y:04}{month:02}{day:02}{hh:02}{mm:02}{ss:02}");
    let host = "www.harborgazette.example";
    let code = o_hex(c.rng, 5);
    let art_id = o_hex(c.rng, 8);
    let slug = l_slug(&s.title);
    let orig = format!("http://{host}/news/local/{slug}/article_{art_id}.html");
    let url = |path: &str| -> String {
        if flat {
            format!("https://archive.ph/o/{code}/http://{host}{path}")
        } else {
            format!("/web/{stamp}/http://{host}{path}")
        }
    };
    let img = |path: &str| -> String {
        if flat {
            format!(
                "https://archive.ph/{code}/{}.jpg",
                path.len() * 7919 % 100_000
            )
        } else {
            format!("/web/{stamp}im_/http://{host}{path}")
        }
    };
    let short = &mname[..3];
    let div_paras = flat && c.rng.chance(50);
    let n = s.paragraphs.len();
    let ad_at = 1 + c.rng.below(n.max(2) - 1);
    let rel_at = if n > 3 {
        c.rng.below(n - 2)
    } else {
        usize::MAX
    };
    let mut body = String::new();
    for (i, p) in s.paragraphs.iter().enumerate() {
        let t = c.body_paragraph(p);
        if div_paras {
            body.push_str(&format!(
                "<div style=\"margin:0px 0px 14px;font-family:Georgia,serif;font-size:15px;line-height:22px;color:rgb(34, 34, 34);\">{t}</div>"
            ));
        } else if flat {
            body.push_str(&format!(
                "<p style=\"margin:0px 0px 14px;font-family:Georgia,serif;font-size:15px;line-height:22px;\">{t}</p>"
            ));
        } else {
            body.push_str(&format!("<p>{t}</p>\n"));
        }
        if i == rel_at {
            let links: String = (0..3)
                .map(|_| {
                    let (h, _) = U_ARC_RELATED[c.rng.below(U_ARC_RELATED.len())];
                    format!(
                        "<li><a href=\"{}\">{}</a></li>",
                        url(&format!("/news/local/{}.html", l_slug(h))),
                        esc(h)
                    )
                })
                .collect();
            body.push_str(&format!(
                "{}<h4>Related</h4><ul>{links}</ul></div>",
                u0_open(
                    flat,
                    "div",
                    "inline-related fr",
                    "float:right;width:200px;margin:0px 0px 10px 15px;padding:8px;border:1px solid rgb(204, 204, 204);"
                )
            ));
        }
        if i + 1 == ad_at && i + 1 < n {
            body.push_str(&format!(
                "{}<span>Advertisement</span><a href=\"{}\"><img src=\"{}\" width=\"300\" height=\"250\"></a></div>",
                u0_open(
                    flat,
                    "div",
                    "ad ad-300x250",
                    "text-align:center;margin:10px 0px;font-size:10px;color:rgb(153, 153, 153);"
                ),
                url("/adclick/ad_300.php"),
                img("/ads/house/subscribe_300x250.gif")
            ));
        }
    }
    let sections = [
        "Home",
        "News",
        "Local",
        "Obituaries",
        "Sports",
        "Business",
        "Opinion",
        "Lifestyle",
        "Entertainment",
        "Classifieds",
        "Jobs",
        "Autos",
        "Real Estate",
        "Contact Us",
    ];
    let menu: String = sections
        .iter()
        .map(|x| {
            format!(
                "<li><a href=\"{}\">{x}</a></li>",
                url(&format!("/{}/", l_slug(x)))
            )
        })
        .collect();
    let r0 = c.rng.below(U_ARC_RELATED.len());
    let related: String = (0..3)
        .map(|k| {
            let (h, b) = U_ARC_RELATED[(r0 + k) % U_ARC_RELATED.len()];
            format!(
                "<li><a href=\"{}\">{}</a><p>{}</p></li>",
                url(&format!("/news/local/{}.html", l_slug(h))),
                esc(h),
                esc(b)
            )
        })
        .collect();
    let ncom = 2 + c.rng.below(4);
    let comments: String = (0..ncom)
        .map(|k| {
            let text = if k % 2 == 0 {
                c.rng.pick(COMMENTS)
            } else {
                c.rng.pick(L_COMMENTS)
            };
            format!(
                "<li>{}<b>{}</b> wrote on {short} {}, {y}:</div><p>{}</p><a href=\"{}\">Report abuse</a></li>",
                u0_open(flat, "div", "comment-meta", "font-size:11px;color:rgb(102, 102, 102);"),
                c.rng.pick(&["harborwatcher", "JimK", "southshore_mom", "taxpayer1954", "R. Delgado", "oldsalt"]),
                (day + k).min(28),
                esc(text),
                url("/report-abuse/")
            )
        })
        .collect();
    let most: String = (0..5)
        .map(|_| {
            let t = c.rng.pick(TEASERS);
            format!(
                "<li><a href=\"{}\">{}</a></li>",
                url(&format!("/news/{}.html", l_slug(t))),
                esc(t)
            )
        })
        .collect();
    let e0 = c.rng.below(U_ARC_EVENTS.len());
    let events: String = (0..2 + c.rng.below(2))
        .map(|k| {
            format!(
                "<p>{}</p>",
                esc(U_ARC_EVENTS[(e0 + k) % U_ARC_EVENTS.len()])
            )
        })
        .collect();
    let temp = 40 + c.rng.below(45);
    let cap = esc(c.rng.pick(CAPTIONS));
    let photog = c.rng.pick(&[
        "Staff photo by Dan Mercer",
        "Photo by Ellen Price / Harbor Gazette",
        "Submitted photo",
    ]);
    let page_inner = format!(
        "{wrap}{mast}<a href=\"{home}\"><img src=\"{logo}\" alt=\"The Harbor Gazette\"></a>\
         <span>{weekday}, {mname} {day}, {y}</span> <span>{temp}&deg;F Partly cloudy</span> <a href=\"{subs}\">Subscribe</a> | <a href=\"{login}\">Log in</a></div>\
         {navo}<ul>{menu}</ul></div>\
         {colo}{arto}<h1>{title}</h1>{bylo}By <a href=\"{authu}\">{author}</a> | Posted: {weekday}, {mname} {day}, {y} {h12}:{mm:02} {ampm}</div>\
         {figo}<img src=\"{photo}\" width=\"460\"><p>{cap}</p><span>{photog}</span></div>\
         {bodyo}{body}</div>\
         {tago}Posted in <a href=\"{local}\">Local News</a> on {weekday}, {mname} {day}, {y} {h12}:{mm:02} {ampm}. Updated: {h12}:{mm2:02} {ampm}.</div>\
         {toolo}<a href=\"{email}\">Email</a> | <a href=\"{print}\">Print</a> | <a href=\"{fb}\">Facebook</a> | <a href=\"{tw}\">Twitter</a> | <a href=\"{rep}\">Reprints</a></div>\
         {relo}<h3>Related Stories</h3><ul>{related}</ul></div>\
         {como}<h3>Comments ({ncom})</h3><p>{rules}</p><ol>{comments}</ol><p>You must be <a href=\"{login}\">logged in</a> to post a comment.</p></div></div>\
         {railo}<div><h3>Most Emailed</h3><ol>{most}</ol></div>\
         <div><h3>Weather</h3><p>Today: Partly cloudy, high {temp}. Tonight: Chance of showers, low {low}.</p></div>\
         <div><h3>Community Calendar</h3>{events}<a href=\"{cal}\">Submit an event</a></div>\
         <div><h3>Home Delivery</h3><p>Get the Harbor Gazette delivered to your door seven days a week and enjoy unlimited access to our website and e-edition. New subscribers save 50 percent for the first three months.</p></div></div></div>\
         {footo}<p>{footer}</p><p>&copy; Copyright {y}, The Harbor Gazette, 45 Wharf Street, Port Ellis. Powered by <a href=\"{cms}\">Town Press Online</a>.</p></div></div>",
        wrap = u0_open(
            flat,
            "div",
            "wrapper",
            "width:980px;margin:0px auto;background-color:rgb(255, 255, 255);"
        ),
        mast = u0_open(
            flat,
            "div",
            "header",
            "height:110px;border-bottom:3px solid rgb(0, 51, 102);"
        ),
        home = url("/"),
        logo = img("/images/logo_gazette.gif"),
        weekday = O_WEEKDAYS[o_weekday(y, month, day)],
        subs = url("/subscribe/"),
        login = url("/users/login/"),
        navo = u0_open(
            flat,
            "div",
            "nav",
            "background-color:rgb(0, 51, 102);color:rgb(255, 255, 255);font-size:12px;"
        ),
        colo = u0_open(flat, "div", "content", "overflow:hidden;"),
        arto = u0_open(
            flat,
            "div",
            "article left-col",
            "float:left;width:640px;padding:10px;"
        ),
        title = esc(&s.title),
        bylo = u0_open(
            flat,
            "div",
            "byline",
            "font-size:12px;color:rgb(102, 102, 102);margin:5px 0px 10px;"
        ),
        authu = url(&format!("/users/profile/{}/", l_slug(&s.author))),
        author = esc(&s.author),
        h12 = 1 + hh % 12,
        ampm = if hh < 12 { "am" } else { "pm" },
        mm2 = (mm + 17) % 60,
        figo = u0_open(
            flat,
            "div",
            "photo",
            "margin:0px 0px 12px;font-size:11px;color:rgb(85, 85, 85);"
        ),
        photo = img(&format!("/content/tncms/assets/{art_id}.image.jpg")),
        bodyo = u0_open(flat, "div", "entry", "font-size:15px;"),
        tago = u0_open(
            flat,
            "div",
            "posted",
            "font-size:11px;color:rgb(102, 102, 102);clear:both;"
        ),
        local = url("/news/local/"),
        toolo = u0_open(flat, "div", "tools", "margin:8px 0px;font-size:12px;"),
        email = url("/email/"),
        print = url(&format!(
            "/news/local/{slug}/article_{art_id}.html?mode=print"
        )),
        fb = url("/share/facebook/"),
        tw = url("/share/twitter/"),
        rep = url("/reprints/"),
        relo = u0_open(
            flat,
            "div",
            "related-stories",
            "border-top:1px solid rgb(204, 204, 204);margin-top:15px;"
        ),
        como = u0_open(flat, "div", "comments", "margin-top:20px;font-size:13px;"),
        rules = esc(U_ARC_COMMENT_RULES),
        railo = u0_open(
            flat,
            "div",
            "right-col",
            "float:right;width:300px;padding:10px;"
        ),
        low = temp.saturating_sub(12),
        cal = url("/calendar/submit/"),
        footo = u0_open(
            flat,
            "div",
            "footer",
            "clear:both;padding:15px;font-size:11px;background-color:rgb(238, 238, 238);"
        ),
        footer = esc(U_ARC_FOOTER),
        cms = url("/about/"),
    );
    let captures = 3 + c.rng.below(240);
    let last_year = y + 1 + c.rng.below(5);
    if flat {
        let head_extra = format!(
            "<meta name=\"robots\" content=\"index,noarchive\"><link rel=\"canonical\" href=\"https://archive.ph/{code}\"><meta property=\"og:url\" content=\"https://archive.ph/{code}\">"
        );
        format!(
            "<!DOCTYPE html><html>{head}<body style=\"margin:0px;background-color:rgb(238, 238, 238);\">\
             <center><div id=\"HEADER\" style=\"background-color:rgb(255, 255, 255);border-bottom:1px solid rgb(170, 170, 170);\"><table style=\"width:1028px;font-size:10px;\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\"><tr>\
             <td style=\"width:130px;\"><a href=\"https://archive.ph/\" style=\"font-size:18px;color:rgb(23, 134, 68);\">archive.today</a><br>webpage capture</td>\
             <td><table><tr><td>Saved from</td><td><input type=\"text\" readonly value=\"{orig_attr}\" style=\"width:600px;\"></td><td><a href=\"https://archive.ph/search/?q={host}\">search</a></td></tr>\
             <tr><td></td><td>no other snapshots from this url</td><td></td></tr></table></td>\
             <td style=\"text-align:right;\">{day} {short} {y} {hh:02}:{mm:02}:{ss:02} UTC<br><a href=\"https://archive.ph/{host}\">All snapshots</a> from host <a href=\"https://archive.ph/{host}\">{host}</a></td></tr>\
             <tr><td></td><td><a href=\"https://archive.ph/{code}\" style=\"font-weight:bold;\">Webpage</a> <a href=\"https://archive.ph/{code}/image\">Screenshot</a></td>\
             <td style=\"text-align:right;\"><a href=\"#\">share</a> <a href=\"https://archive.ph/download/{code}.zip\">download .zip</a> <a href=\"https://archive.ph/{code}/report\">report bug or abuse</a> <a href=\"https://buymeacoffee.example/archive\">Buy me a coffee</a></td></tr></table></div>\
             <div id=\"DIVSHARE\" style=\"display:none;\"><table><tr><td>short link</td><td><input value=\"https://archive.ph/{code}\"></td></tr><tr><td>long link</td><td><input value=\"https://archive.ph/{y}.{month:02}.{day:02}-{hh:02}{mm:02}{ss:02}/{orig_attr}\"></td></tr><tr><td>html code</td><td><textarea>&lt;a href=\"https://archive.ph/{code}\"&gt;&lt;img src=\"https://archive.ph/{code}/scr.png\"&gt;&lt;/a&gt;</textarea></td></tr></table></div>\
             <div id=\"SOLID\" style=\"position:relative;width:1028px;\"><div style=\"text-align:left;\"><div id=\"CONTENT\" style=\"position:relative;font-family:Arial,sans-serif;\">{page_inner}</div></div></div></center></body></html>",
            head = head(s, "The Harbor Gazette", &head_extra),
            orig_attr = o_attr(&orig),
        )
    } else {
        let epoch = 1_500_000_000 + c.rng.below(200_000_000);
        let head_extra = format!(
            "<script src=\"//archive.org/includes/athena.js\" type=\"text/javascript\"></script>\
             <script type=\"text/javascript\">window.addEventListener('DOMContentLoaded',function(){{var v=archive_analytics.values;v.service='wb';v.server_name='wwwb-app{}.us.archive.org';v.server_ms={};archive_analytics.send_pageview({{}});}});</script>\
             <script type=\"text/javascript\" src=\"/_static/js/bundle-playback.js?v=t1Bf4PY4\" charset=\"utf-8\"></script>\
             <script type=\"text/javascript\" src=\"/_static/js/wombat.js?v=txqj7nKC\" charset=\"utf-8\"></script>\
             <script>window.RufflePlayer=window.RufflePlayer||{{}};window.RufflePlayer.config={{\"autoplay\":\"on\",\"unmuteOverlay\":\"hidden\"}};</script>\
             <script type=\"text/javascript\">__wm.init(\"https://web.archive.org/web\");__wm.wombat(\"{orig}\",\"{stamp}\",\"https://web.archive.org/\",\"web\",\"/_static/\",\"{epoch}\");</script>\
             <link rel=\"stylesheet\" type=\"text/css\" href=\"/_static/css/banner-styles.css?v=S1zqJCYt\"><link rel=\"stylesheet\" type=\"text/css\" href=\"/_static/css/iconochive.css?v=3PDvdIFv\">\
             <!-- End Wayback Rewrite JS Include -->",
            200 + c.rng.below(100),
            100 + c.rng.below(900)
        );
        let hidden = c.rng.chance(50);
        let months: String = [-1i32, 0, 1]
            .iter()
            .map(|d| {
                let m = ((month as i32 - 1 + d).rem_euclid(12)) as usize;
                let label = &L_MONTHS[m][..3].to_uppercase();
                if *d == 0 {
                    format!("<td class=\"c\" title=\"{day} {short} {y}\"><div class=\"s\">{label}</div><div class=\"d\">{day}</div></td>")
                } else {
                    format!("<td class=\"b\"><a href=\"/web/{y}{:02}01000000*/{orig}\">{label}</a></td>", m + 1)
                }
            })
            .collect();
        let collected = esc(c.rng.pick(U_ARC_COLLECTED));
        let toolbar = format!(
            "<!-- BEGIN WAYBACK TOOLBAR INSERTION --><script>__wm.rw(0);</script>\
             <div id=\"wm-ipp-base\" lang=\"en\" style=\"{disp}direction:ltr;\"><div id=\"wm-ipp\" style=\"position:fixed;left:0;top:0;right:0;\">\
             <div id=\"donato\" style=\"position:relative;width:100%;\"><div id=\"donato-base\"><p class=\"donate-text\">{donate}</p><a href=\"https://archive.org/donate/?origin=wbwww-TopBanner\">Donate</a></div></div>\
             <div style=\"position:fixed;left:0;top:0;right:0;\" id=\"wm-ipp-inside\"><div id=\"wm-toolbar\" style=\"position:relative;display:flex;flex-flow:row nowrap;justify-content:space-between;\">\
             <div id=\"wm-logo\" style=\"width:110px;\"><a href=\"/web/\" title=\"Wayback Machine home page\"><img src=\"/_static/images/toolbar/wayback-toolbar-logo-200.png\" alt=\"Wayback Machine\" width=\"110\" height=\"39\"></a></div>\
             <div class=\"c\"><form target=\"_top\" method=\"get\" action=\"/web/submit\" name=\"wmtb\" id=\"wmtb\"><input type=\"text\" name=\"url\" id=\"wmtbURL\" value=\"{orig}\" onfocus=\"this.focus();this.select();\"><input type=\"hidden\" name=\"type\" value=\"replay\"><input type=\"hidden\" name=\"date\" value=\"{stamp}\"><input type=\"submit\" value=\"Go\"></form>\
             <div class=\"n\"><a class=\"t\" href=\"/web/{stamp}*/{orig}\" title=\"See a list of every capture for this URL\">{captures} captures</a><div class=\"r\" title=\"Timespan for captures of this URL\">{day:02} {short} {y} - {d2:02} {short2} {last_year}</div></div>\
             <table class=\"cal\"><tr>{months}</tr><tr><td class=\"y\">{yp}</td><td class=\"y\"><b>{y}</b></td><td class=\"y\">{yn}</td></tr></table>\
             <div id=\"wm-btns\"><a href=\"#\" id=\"wm-expand\" title=\"Show/hide capture details\">About this capture</a> <a href=\"https://archive.org/account/login\">Log in</a> <a href=\"#\" id=\"wm-tb-close\" title=\"Close the toolbar\">Close</a> <a href=\"https://help.archive.org/\" title=\"Get some help using the Wayback Machine\">Help</a></div></div></div>\
             <div id=\"wm-capinfo\" style=\"border-top:1px solid #777;\"><div id=\"wm-capinfo-collected-by\"><div class=\"wm-title\">COLLECTED BY</div><p>{collected}</p></div>\
             <div id=\"wm-capinfo-timestamps\"><div class=\"wm-title\">TIMESTAMPS</div><p>The Wayback Machine - http://web.archive.org/web/{stamp}/{orig}</p></div></div></div></div></div>\
             <div id=\"wm-ipp-print\">The Wayback Machine - https://web.archive.org/web/{stamp}/{orig}</div>\
             <script type=\"text/javascript\">__wm.bt(700,27,25,2,\"web\",\"{orig}\",\"{stamp}\",1996,\"/_static/\",[\"/_static/css/banner-styles.css?v=S1zqJCYt\"],false);__wm.rw(1);</script>\
             <!-- END WAYBACK TOOLBAR INSERTION -->",
            disp = if hidden { "display:none;" } else { "" },
            donate = esc(U_ARC_DONATE),
            d2 = 1 + c.rng.below(28),
            short2 = &c.rng.pick(L_MONTHS)[..3],
            yp = y - 1,
            yn = y + 1,
        );
        format!(
            "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\"><html xmlns=\"http://www.w3.org/1999/xhtml\">{head}<body>{toolbar}{page_inner}</body></html>\
             <!--\n     FILE ARCHIVED ON {hh:02}:{mm:02}:{ss:02} {short} {day:02}, {y} AND RETRIEVED FROM THE\n     INTERNET ARCHIVE ON 09:14:52 Jan 07, {ry}.\n     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.\n\n     ALL OTHER CONTENT MAY ALSO BE PROTECTED BY COPYRIGHT (17 U.S.C.\n     SECTION 108(a)(3)).\n-->\
             <!--\nplayback timings (ms):\n  captures_list: {t1}.{t2}\n  exclusion.robots: 0.{t2}\n  esindex: 0.011\n  load_resource: {t3}.4\n-->",
            head = head(s, "The Harbor Gazette", &head_extra),
            t1 = c.rng.below(900),
            t2 = c.rng.below(10),
            t3 = c.rng.below(400),
            ry = last_year + 1,
        )
    }
}

/// `(newsletter, publisher, editor, mailing address)`.
const U_MAIL_BRANDS: &[(&str, &str, &str, &str)] = &[
    (
        "The Morning Tide",
        "The Harbor Gazette",
        "Celia Ward",
        "45 Wharf Street, Port Ellis, ME 04102",
    ),
    (
        "Cold Chain Weekly",
        "Freightline Media",
        "Tomasz Ruiz",
        "1200 Commerce Park Drive, Suite 310, Columbus, OH 43215",
    ),
    (
        "The Civic Ledger",
        "Metro Civic News",
        "Andrea Okafor",
        "PO Box 8812, Sacramento, CA 95818",
    ),
];

const U_MAIL_INTROS: &[&str] = &[
    "Good morning, and thanks for opening today's edition. We lead with a story our reporters have been following for weeks, then round up the rest of the news you need before your first coffee goes cold.",
    "Hello again. It has been a busy few days, so we have kept the extras short this time. Our main story is below, followed by a quick tour of everything else worth your attention this week.",
    "Welcome back to the newsletter. If a friend forwarded this to you, hello, and you can sign up at the bottom of the page. Today's lead story comes first, as always, and the weekend reading list is at the end.",
];

const U_MAIL_PREHEADERS: &[&str] = &[
    "Plus: a new ferry timetable, the week's best reads and one very patient heron.",
    "Also inside: three numbers that explain the budget, and a correction we owe you.",
    "Your five-minute briefing, with a quiz at the end that only two readers aced last week.",
];

/// `(sponsor, pitch)`.
const U_MAIL_SPONSORS: &[(&str, &str)] = &[
    (
        "Brightwater Credit Union",
        "Buying your first home should not feel like a puzzle. Brightwater Credit Union's mortgage advisers walk you through every step, from pre-approval to closing day, and members get a discount on closing costs through the end of the month.",
    ),
    (
        "Coldfront Sensors",
        "Every degree matters when your cargo is perishable. Coldfront's wireless sensors report temperature and humidity from every pallet in real time, so your team hears about a failing reefer unit before the customer does. Book a demo this week and get three months of monitoring free.",
    ),
    (
        "Ledgerly",
        "Small nonprofits spend too many evenings reconciling spreadsheets. Ledgerly connects your bank, your donation platform and your grant reports in one place, and it is free for organizations with budgets under $250,000.",
    ),
];

/// `(headline, blurb)` of the "In other news" list.
const U_MAIL_BRIEFS: &[(&str, &str)] = &[
    (
        "Bridge inspections finish early",
        "State engineers completed their review of the four river crossings two weeks ahead of schedule and found no structural problems, though two bridges need new expansion joints.",
    ),
    (
        "Port volumes dip again",
        "Container traffic fell for the third straight month as importers worked through stockpiles built up last year, according to figures released by the port authority on Monday.",
    ),
    (
        "Council delays vote on short-term rentals",
        "Members asked staff for more data on how many units are rented full time before deciding whether to cap permits in the downtown neighborhoods.",
    ),
    (
        "Hospital opens new urgent care clinic",
        "The clinic on Route 9 will be open from 8 a.m. to 8 p.m. every day and is meant to take pressure off the emergency department, which has seen record waits this winter.",
    ),
    (
        "Warehouse workers ratify contract",
        "The three-year agreement raises hourly pay by 14 percent over its term and adds a heat-safety plan that the union had sought since a walkout two summers ago.",
    ),
    (
        "Library card sign-ups hit a record",
        "More than 2,300 residents registered for cards in the first quarter, driven in part by the new tool-lending collection and the return of evening story times.",
    ),
];

const U_MAIL_NUMBERS: &[(&str, &str)] = &[
    (
        "1,284",
        "The number of public comments the planning board received on the harbor plan, more than on any proposal in the past decade.",
    ),
    (
        "38%",
        "The share of shipments that arrived late at regional distribution centers last quarter, up from 29 percent a year earlier.",
    ),
    (
        "$4.2 million",
        "The amount left unspent in last year's road repair budget, which the council now wants to move into sidewalk projects.",
    ),
];

const U_MAIL_ONE_MORE: &[&str] = &[
    "One more thing: a great blue heron has spent eleven straight mornings standing on the same piling at the town dock, and regulars at the coffee cart have started leaving it a name on the chalkboard. The current favorite is Gerald.",
    "One more thing: last week we asked for your favorite diner breakfast and more than four hundred of you wrote back. The clear winner was the corned beef hash at a place we will not name, because we would like to keep getting a table.",
    "One more thing: we made an error in Tuesday's edition, where we said the new bus route starts in June. It starts in July. We regret the mix-up and thank the sharp-eyed reader who caught it.",
];

const U_MAIL_REFERRAL: &str = "Enjoying the newsletter? Share it with a friend using your personal link below. Refer three friends and we will send you our tote bag; refer ten and you get a year of the print edition on us. You currently have 0 referrals.";

const U_MAIL_WHY: &str = "You are receiving this email because you signed up for our newsletter on our website or at one of our events. We send it on weekday mornings and never share your address with advertisers.";

const U_MAIL_LANGS: &[&str] = &[
    "English",
    "Arabic",
    "Chinese",
    "Dutch",
    "French",
    "German",
    "Greek",
    "Hebrew",
    "Hindi",
    "Italian",
    "Japanese",
    "Korean",
    "Norwegian",
    "Polish",
    "Portuguese",
    "Romanian",
    "Russian",
    "Spanish",
    "Swedish",
    "Thai",
    "Turkish",
    "Vietnamese",
];

/// One row of the e-mail layout: a `<tr><td>` block (or the newer
/// builder's `div` section), with its class and inline style.
fn u1_row(builder: usize, class: &str, style: &str, inner: &str) -> String {
    if builder == 0 {
        format!(
            "<table border=\"0\" cellpadding=\"0\" cellspacing=\"0\" width=\"100%\" class=\"mcn{class}Block\" style=\"min-width:100%;\"><tbody class=\"mcn{class}BlockOuter\"><tr><td valign=\"top\" class=\"mcn{class}BlockInner\" style=\"padding-top:9px;\">\
             <table align=\"left\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\" style=\"max-width:100%;min-width:100%;\" width=\"100%\" class=\"mcn{class}ContentContainer\"><tbody><tr>\
             <td valign=\"top\" class=\"mcn{class}Content\" style=\"{style}\">{inner}</td></tr></tbody></table></td></tr></tbody></table>"
        )
    } else {
        format!(
            "<tr><td class=\"email-section section-{}\" align=\"left\" style=\"{style}\"><div class=\"block block-{}\">{inner}</div></td></tr>",
            class.to_lowercase(),
            class.to_lowercase()
        )
    }
}

/// U1 (round 11): the web archive copy of an e-mail newsletter
/// ("view this email in your browser" page of a Mailchimp-like service,
/// or the newer builder's table markup): an archive bar (subscribe,
/// past issues, a translate menu with a long language list, RSS) or a
/// web-version bar with a prose subscribe pitch, a hidden preheader, a
/// "view in browser" row with issue number and date, the logo, an
/// editor's greeting in prose with a signature, a "Together with"
/// sponsor line, the story label, headline and byline, then the text in
/// one or two text blocks (`<p>`s with inline styles, or one cell of
/// text separated by `<br><br>`) with a "Presented by" sponsor block of
/// prose between them in some issues; after it "Read on the website"
/// and share buttons, "In other news" items (bold headline plus a
/// sentence of prose), a "Number of the day", a prose "One more thing",
/// a referral box in prose, a feedback row, and a footer with copyright,
/// a prose note on why you get the e-mail, the mailing address,
/// preference/unsubscribe links and the service badge.
fn u1_mailarchive(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let builder = c.rng.below(2);
    let (month, mname, day, year) = n_date(&s.date);
    let y = o_year(&year);
    let (name, publisher, editor, address) = U_MAIL_BRANDS[c.rng.below(U_MAIL_BRANDS.len())];
    let (sponsor, pitch) = U_MAIL_SPONSORS[c.rng.below(U_MAIL_SPONSORS.len())];
    let issue = 100 + c.rng.below(900);
    let weekday = O_WEEKDAYS[o_weekday(y, month, day)];
    let text_style = "color:#202020;font-family:Georgia,Times,'Times New Roman',serif;font-size:17px;line-height:150%;text-align:left;padding:0px 18px 9px 18px;";
    let br_mode = c.rng.chance(35);
    let n = s.paragraphs.len();
    let split = if n >= 4 && c.rng.chance(60) {
        2 + c.rng.below(n - 3)
    } else {
        n
    };
    let render = |c: &mut Chrome<'_>, ps: &[String]| -> String {
        if br_mode {
            ps.iter()
                .map(|p| c.body_paragraph(p))
                .collect::<Vec<_>>()
                .join("<br>\n<br>\n")
        } else {
            ps.iter()
                .map(|p| {
                    format!(
                        "<p style=\"margin:10px 0;padding:0;mso-line-height-rule:exactly;color:#202020;font-family:Georgia,Times,'Times New Roman',serif;font-size:17px;line-height:150%;text-align:left;\">{}</p>",
                        c.body_paragraph(p)
                    )
                })
                .collect()
        }
    };
    let first = render(&mut c, &s.paragraphs[..split]);
    let second = render(&mut c, &s.paragraphs[split..]);
    let mut rows = String::new();
    rows.push_str(&u1_row(
        builder,
        "Text",
        "padding:9px 18px;font-size:11px;color:#656565;",
        &format!(
            "<a href=\"https://mailarchive.example/?u=7d{}&amp;id={}\" target=\"_blank\">View this email in your browser</a> &middot; Issue #{issue} &middot; {weekday}, {mname} {day}, {y}",
            o_hex(c.rng, 10),
            o_hex(c.rng, 10)
        ),
    ));
    rows.push_str(&u1_row(
        builder,
        "Image",
        "padding:0 9px;text-align:center;",
        &format!(
            "<img align=\"center\" alt=\"{}\" src=\"https://cdn.mailarchive.example/images/{}.png\" width=\"564\" style=\"max-width:1200px;padding-bottom:0;display:inline !important;vertical-align:bottom;\" class=\"mcnImage\">",
            o_attr(name),
            o_hex(c.rng, 24)
        ),
    ));
    rows.push_str(&u1_row(
        builder,
        "Text",
        text_style,
        &format!(
            "<p style=\"margin:10px 0;\">{}</p><p style=\"margin:10px 0;\">&mdash; {}, editor</p>",
            esc(c.rng.pick(U_MAIL_INTROS)),
            esc(editor)
        ),
    ));
    if c.rng.chance(60) {
        rows.push_str(&u1_row(
            builder,
            "Text",
            "padding:0 18px;font-size:12px;color:#888888;text-transform:uppercase;",
            &format!(
                "Together with <a href=\"https://click.mailarchive.example/{}\">{}</a>",
                o_hex(c.rng, 12),
                esc(sponsor)
            ),
        ));
    }
    rows.push_str(&u1_row(
        builder,
        "Divider",
        "padding:18px;",
        "<table border=\"0\" cellpadding=\"0\" cellspacing=\"0\" width=\"100%\" style=\"min-width:100%;border-top:2px solid #EAEAEA;\"><tbody><tr><td><span></span></td></tr></tbody></table>",
    ));
    let heading = if builder == 0 {
        format!(
            "<h4 style=\"margin:0;color:#c0392b;font-size:12px;letter-spacing:2px;\">{}</h4><h1 style=\"margin:6px 0;font-size:28px;line-height:125%;\">{}</h1><p style=\"margin:0;color:#656565;font-size:13px;\">By {} &middot; {} min read</p>",
            c.rng
                .pick(&["TOP STORY", "THE BIG STORY", "TODAY'S LEAD", "IN DEPTH"]),
            esc(&s.title),
            esc(&s.author),
            l_minutes(s)
        )
    } else {
        format!(
            "<div style=\"color:#c0392b;font-size:12px;letter-spacing:2px;\"><strong>{}</strong></div><div style=\"font-size:28px;line-height:125%;font-weight:bold;\">{}</div><div style=\"color:#656565;font-size:13px;\">By {} &middot; {} min read</div>",
            c.rng
                .pick(&["TOP STORY", "THE BIG STORY", "TODAY'S LEAD", "IN DEPTH"]),
            esc(&s.title),
            esc(&s.author),
            l_minutes(s)
        )
    };
    rows.push_str(&u1_row(builder, "Text", text_style, &heading));
    rows.push_str(&u1_row(builder, "Text", text_style, &first));
    if !second.is_empty() {
        rows.push_str(&u1_row(
            builder,
            "Boxed",
            "border:1px solid #d8d8d8;background-color:#f7f5ef;padding:18px;font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:150%;",
            &format!(
                "<span style=\"font-size:11px;letter-spacing:1px;color:#888;\">PRESENTED BY {}</span><p style=\"margin:8px 0;\">{}</p><a href=\"https://click.mailarchive.example/{}\" style=\"display:inline-block;padding:10px 16px;background:#1a5c8a;color:#ffffff;text-decoration:none;\">Learn more</a>",
                esc(&sponsor.to_uppercase()),
                esc(pitch),
                o_hex(c.rng, 12)
            ),
        ));
        rows.push_str(&u1_row(builder, "Text", text_style, &second));
    }
    rows.push_str(&u1_row(
        builder,
        "Button",
        "padding:0 18px 18px;text-align:center;",
        &format!(
            "<a class=\"mcnButton\" title=\"Read on the website\" href=\"https://{}.example/news/{}\" target=\"_blank\" style=\"font-weight:bold;letter-spacing:normal;line-height:100%;text-align:center;text-decoration:none;color:#FFFFFF;background-color:#1a5c8a;padding:14px 22px;display:inline-block;\">Read on the website</a>",
            l_slug(publisher),
            l_slug(&s.title)
        ),
    ));
    rows.push_str(&u1_row(
        builder,
        "Share",
        "padding:9px;text-align:center;",
        "<a href=\"https://facebook.example/sharer\">Share</a> &nbsp; <a href=\"https://x.example/intent/post\">Post</a> &nbsp; <a href=\"https://linkedin.example/share\">Share</a> &nbsp; <a href=\"mailto:?subject=Worth%20reading\">Forward</a>",
    ));
    let b0 = c.rng.below(U_MAIL_BRIEFS.len());
    let briefs: String = (0..4 + c.rng.below(2))
        .map(|k| {
            let (h, b) = U_MAIL_BRIEFS[(b0 + k) % U_MAIL_BRIEFS.len()];
            if builder == 0 {
                format!(
                    "<p style=\"margin:10px 0;\"><strong>{}.</strong> {} <a href=\"https://click.mailarchive.example/{}\">More.</a></p>",
                    esc(h),
                    esc(b),
                    o_hex(c.rng, 8)
                )
            } else {
                format!(
                    "<li style=\"margin-bottom:10px;\"><strong>{}:</strong> {}</li>",
                    esc(h),
                    esc(b)
                )
            }
        })
        .collect();
    let briefs = if builder == 0 {
        format!("<h2 style=\"font-size:20px;\">In other news</h2>{briefs}")
    } else {
        format!("<h2 style=\"font-size:20px;\">In other news</h2><ul>{briefs}</ul>")
    };
    rows.push_str(&u1_row(builder, "Text", text_style, &briefs));
    let (num, why) = U_MAIL_NUMBERS[c.rng.below(U_MAIL_NUMBERS.len())];
    rows.push_str(&u1_row(
        builder,
        "Boxed",
        "background-color:#eef4f8;padding:18px;font-family:Helvetica,Arial,sans-serif;",
        &format!(
            "<h3 style=\"margin:0;font-size:13px;letter-spacing:2px;\">NUMBER OF THE DAY</h3><div style=\"font-size:36px;font-weight:bold;\">{}</div><p style=\"margin:6px 0;\">{}</p>",
            esc(num),
            esc(why)
        ),
    ));
    rows.push_str(&u1_row(
        builder,
        "Text",
        text_style,
        &format!(
            "<p style=\"margin:10px 0;\">{}</p>",
            esc(c.rng.pick(U_MAIL_ONE_MORE))
        ),
    ));
    rows.push_str(&u1_row(
        builder,
        "Boxed",
        "border:2px dashed #1a5c8a;padding:18px;font-family:Helvetica,Arial,sans-serif;font-size:14px;",
        &format!(
            "<p style=\"margin:0 0 8px;\">{}</p><a href=\"https://refer.mailarchive.example/{}\">https://refer.mailarchive.example/{}</a>",
            esc(U_MAIL_REFERRAL),
            o_hex(c.rng, 10),
            o_hex(c.rng, 10)
        ),
    ));
    rows.push_str(&u1_row(
        builder,
        "Text",
        "padding:9px 18px;text-align:center;font-size:14px;",
        "How was today's newsletter? <a href=\"https://mailarchive.example/poll?r=3\">Loved it</a> &middot; <a href=\"https://mailarchive.example/poll?r=2\">It was fine</a> &middot; <a href=\"https://mailarchive.example/poll?r=1\">Not for me</a>",
    ));
    let footer = format!(
        "<em>Copyright &copy; {y} {pub_}, All rights reserved.</em><br><br>{why}<br><br><strong>Our mailing address is:</strong><br>{pub_}<br>{addr}<br><br><a href=\"https://mailarchive.example/vcard\">Add us to your address book</a><br><br>\
         Want to change how you receive these emails?<br>You can <a href=\"https://mailarchive.example/profile\">update your preferences</a> or <a href=\"https://mailarchive.example/unsubscribe\">unsubscribe from this list</a>.<br><br>\
         <a href=\"https://mailservice.example/?utm_source=freemium_newsletter\"><img src=\"https://cdn.mailservice.example/monkey_rewards/intuit-mc-rewards-text-dark.png\" alt=\"Email Marketing Powered by Mailservice\" width=\"139\" height=\"54\"></a>",
        pub_ = esc(publisher),
        why = esc(U_MAIL_WHY),
        addr = esc(address),
    );
    rows.push_str(&u1_row(
        builder,
        "Footer",
        "padding:18px;color:#656565;font-family:Helvetica,Arial,sans-serif;font-size:12px;line-height:150%;text-align:center;",
        &footer,
    ));
    let pre = format!(
        "<span class=\"mcnPreviewText\" style=\"display:none;font-size:0px;line-height:0px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;visibility:hidden;mso-hide:all;\">{}</span>",
        esc(c.rng.pick(U_MAIL_PREHEADERS))
    );
    let style = "<style type=\"text/css\">p{margin:10px 0;padding:0;}table{border-collapse:collapse;}h1,h2,h3,h4{display:block;margin:0;padding:0;}img,a img{border:0;height:auto;outline:none;text-decoration:none;}body,#bodyTable,#bodyCell{height:100%;margin:0;padding:0;width:100%;}#outlook a{padding:0;}.ReadMsgBody{width:100%;}.ExternalClass{width:100%;}.mcnPreviewText{display:none !important;}@media only screen and (max-width:480px){.mcnTextContent,.mcnBoxedTextContentColumn{padding-right:18px !important;padding-left:18px !important;}.mcnImage{width:100% !important;}}</style>";
    let bar = if builder == 0 {
        let langs: String = U_MAIL_LANGS
            .iter()
            .map(|l| {
                format!(
                    "<li><a href=\"https://translate.example/?sl=auto&amp;tl={}\">{l}</a></li>",
                    &l[..2].to_lowercase()
                )
            })
            .collect();
        format!(
            "<script type=\"text/javascript\">var $j=jQuery.noConflict();$j(function(){{$j('#awesomebar .trans').hover(function(){{$j(this).find('ul').toggle();}});}});</script>\
             <div id=\"awesomewrap\"><div id=\"awesomebar\"><ul class=\"nav\"><li><a href=\"https://mailarchive.example/subscribe?u=7d\" title=\"Subscribe to {n_attr}\">Subscribe</a></li>\
             <li><a href=\"https://mailarchive.example/home/?u=7d\" title=\"View past issues\">Past Issues</a></li><li class=\"trans\"><a href=\"#\">Translate</a><ul>{langs}</ul></li>\
             <li><a href=\"https://mailarchive.example/feed?u=7d\" title=\"RSS\">RSS</a></li></ul></div></div>",
            n_attr = o_attr(name)
        )
    } else {
        format!(
            "<header class=\"web-header\"><a href=\"/\" class=\"brand\">{n}</a><nav><a href=\"/archive\">Posts</a> <a href=\"/subscribe\">Subscribe</a> <a href=\"/login\">Login</a></nav></header>\
             <section class=\"web-subscribe\"><p>Join more than 40,000 readers who start their day with {n}. It is free, it takes five minutes to read, and you can unsubscribe whenever you like.</p><form><input type=\"email\" placeholder=\"Enter your email\"><button>Subscribe</button></form></section>",
            n = esc(name)
        )
    };
    let outer = if builder == 0 {
        format!(
            "<center><table align=\"center\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\" height=\"100%\" width=\"100%\" id=\"bodyTable\"><tr><td align=\"center\" valign=\"top\" id=\"bodyCell\">\
             <table border=\"0\" cellpadding=\"0\" cellspacing=\"0\" width=\"100%\" class=\"templateContainer\" style=\"max-width:600px;\"><tr><td valign=\"top\" id=\"templateBody\">{rows}</td></tr></table></td></tr></table></center>"
        )
    } else {
        format!(
            "<div class=\"email-wrapper\" style=\"background:#f4f4f4;\"><table role=\"presentation\" width=\"600\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" class=\"email-container\" style=\"margin:0 auto;background:#ffffff;\"><tbody>{rows}</tbody></table></div>"
        )
    };
    format!(
        "<!doctype html><html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\">{head}<body>{pre}{bar}{outer}</body></html>",
        head = head(s, name, style),
    )
}

const U_PRO_COOKIE: &str = "Workwise and third parties use essential and non-essential cookies to provide, secure, analyse and improve our services, and to show you relevant ads, including professional and job ads, on and off Workwise. Select Accept to consent or Reject to decline non-essential cookies. You can update your choices at any time in your settings.";

const U_PRO_JOIN: &str = "By clicking Continue to join or sign in, you agree to the Workwise User Agreement, Privacy Policy and Cookie Policy.";

const U_PRO_HEADLINES: &[&str] = &[
    "Communications Director | Former newspaper reporter | Helping public agencies explain what they do",
    "Senior Analyst at Northgate Advisory | Infrastructure, transport and public finance",
    "Editor, writer and media trainer. Twenty years in regional newsrooms, now teaching the next generation.",
    "Head of Policy at the Coastal Business Council",
];

/// `(name, headline)` of commenters.
const U_PRO_PEOPLE: &[(&str, &str)] = &[
    ("Rebecca Thornton", "Partner at Thornton & Vale LLP"),
    (
        "Daniel Osei",
        "Operations Manager | Logistics | Lean Six Sigma",
    ),
    ("Maria Castellanos", "City Planner at Harbor County"),
    ("Kevin Liu", "Founder, Brightline Analytics"),
    ("Priya Natarajan", "Public affairs consultant"),
    (
        "Tom Brennan",
        "Retired superintendent, still learning every day",
    ),
];

const U_PRO_COMMENTS: &[&str] = &[
    "Thanks for laying this out so clearly. I shared it with our leadership team this morning because it answers several of the questions we have been going around in circles on for months.",
    "Really useful summary. The part that worries me is the timeline: in my experience these projects always take twice as long as the first estimate, and nobody budgets for that.",
    "Congratulations to everyone involved. It is not often that you see this many organisations pulling in the same direction, and I hope the momentum lasts.",
    "I would add one thing to this: the people closest to the work were barely consulted, and that usually shows up later as problems nobody saw coming.",
    "Great piece. Would love to hear your thoughts on how smaller firms can take part, since most of the funding seems designed for much larger players.",
    "This matches what we are seeing on the ground. Demand is there, but the approvals process is still the bottleneck, and that is where the attention should go next.",
];

const U_PRO_MORE: &[&str] = &[
    "Five lessons from a year of explaining budgets to the public",
    "What newsrooms taught me about writing for busy executives",
    "Why the next decade of infrastructure will be decided locally",
    "The meeting that changed how our team handles bad news",
    "Hiring for curiosity: notes from twenty interviews",
    "How to read a council agenda in ten minutes",
];

const U_PRO_TOPICS: &[&str] = &[
    "Sales",
    "Marketing",
    "IT Services",
    "Business Administration",
    "HR Management",
    "Engineering",
    "Soft Skills",
    "Project Management",
    "Public Relations",
    "Finance",
    "Consulting",
    "Logistics",
    "Education",
    "Healthcare",
    "Government Administration",
    "Nonprofit Management",
    "Leadership",
    "Career Development",
    "Data Analysis",
    "Real Estate",
    "Construction",
    "Writing",
    "Economics",
    "Urban Planning",
];

const U_PRO_COLLAB: &str = "Explore collaborative articles: we are unlocking community knowledge in a new way. Experts add insights directly into each article, which was started with the help of AI, so that the answers reflect practical experience rather than theory alone.";

/// One reader comment on the professional-network article.
fn u2_comment(rng: &mut Rng, k: usize) -> String {
    let (name, role) = U_PRO_PEOPLE[k % U_PRO_PEOPLE.len()];
    format!(
        "<section class=\"comment\" data-id=\"urn:li:comment:{}\"><a class=\"comment__avatar\" href=\"/in/{}\"><img alt=\"{}\" src=\"/dms/image/profile-{}.jpg\"></a>\
         <div class=\"comment__body\"><div class=\"comment__header\"><a class=\"comment__author\" href=\"/in/{}\">{}</a><p class=\"comment__author-headline\">{}</p><span class=\"comment__duration-since\">{}mo</span></div>\
         <p class=\"comment__text\">{}</p><div class=\"comment__actions\"><button>Like</button><button>Reply</button><span class=\"comment__reactions-count\">{} Reactions</span></div></div></section>",
        rng.next() % 1_000_000_000,
        l_slug(name),
        o_attr(name),
        o_hex(rng, 8),
        l_slug(name),
        esc(name),
        esc(role),
        1 + rng.below(11),
        esc(U_PRO_COMMENTS[(k * 5 + rng.below(3)) % U_PRO_COMMENTS.len()]),
        1 + rng.below(40)
    )
}

/// U2 (round 11): an article published on a professional
/// social network (LinkedIn-Pulse-like), as a signed-out visitor sees
/// it: a cookie banner in prose, a top bar (articles, people, learning,
/// jobs, games, "Join now", "Sign in"), a cover image, the headline, an
/// author card (name, a one-line professional headline, follower count,
/// "Published ...", "Follow"), then the paragraphs in
/// `div.article-main__content` (bare `<p>`s, or one text-block wrapper
/// per paragraph with `<span>`s) with inline image blocks carrying prose
/// captions; after the text "Report this article", reaction and comment
/// counts, Like/Comment/Share buttons, comments (author, headline, age,
/// a prose comment, reaction count), "See more comments" and a prose
/// sign-in prompt, "More articles by ..." cards, "Explore topics" with a
/// long topic list, a right rail ("Others also viewed", "Explore
/// content categories", a prose collaborative-articles note), a sign-in
/// modal with prose terms, a footer with a language list, and JSON-LD
/// repeating the article body.
fn u2_pulse(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let (_, mname, day, year) = n_date(&s.date);
    let style = c.rng.below(2);
    let author_headline = c.rng.pick(U_PRO_HEADLINES);
    let followers = 200 + c.rng.below(20_000);
    let reactions = 10 + c.rng.below(900);
    let ncom = 2 + c.rng.below(4);
    let slug = l_slug(&s.title);
    let art_id = 7_000_000_000_000u64 + c.rng.next() % 1_000_000_000_000;
    let n = s.paragraphs.len();
    let img_at = if n > 3 {
        1 + c.rng.below(n - 2)
    } else {
        usize::MAX
    };
    let mut body = String::new();
    for (i, p) in s.paragraphs.iter().enumerate() {
        let t = c.body_paragraph(p);
        if style == 0 {
            body.push_str(&format!("<p>{t}</p>"));
        } else {
            body.push_str(&format!(
                "<div class=\"article-main__text-block\" data-test-id=\"publishing-text-block\"><p><span>{t}</span></p></div>"
            ));
        }
        if i == img_at {
            body.push_str(&format!(
                "<div class=\"article-main__image-block\" data-test-id=\"publishing-image-block\"><figure><img src=\"/dms/image/article-inline_image-{}.jpg\" alt=\"\" loading=\"lazy\"><figcaption>{}</figcaption></figure></div>",
                o_hex(c.rng, 12),
                esc(c.rng.pick(CAPTIONS))
            ));
        }
    }
    let comments: String = (0..ncom)
        .map(|k| {
            let off = c.rng.below(3);
            u2_comment(c.rng, k + off)
        })
        .collect();
    let m0 = c.rng.below(U_PRO_MORE.len());
    let more: String = (0..4)
        .map(|k| {
            let t = U_PRO_MORE[(m0 + k) % U_PRO_MORE.len()];
            format!(
                "<li class=\"more-articles__card\"><a href=\"/pulse/{}-{}\"><img src=\"/dms/image/cover-{}.jpg\" alt=\"\"><h3>{}</h3><p class=\"more-articles__date\">{} {}, {}</p><p class=\"more-articles__counts\">{} reactions &middot; {} comments</p></a></li>",
                l_slug(t),
                o_hex(c.rng, 4),
                o_hex(c.rng, 8),
                esc(t),
                c.rng.pick(L_MONTHS),
                1 + c.rng.below(28),
                year,
                c.rng.below(300),
                c.rng.below(40)
            )
        })
        .collect();
    let others: String = (0..5)
        .map(|_| {
            let t = c.rng.pick(TEASERS);
            let (who, _) = U_PRO_PEOPLE[c.rng.below(U_PRO_PEOPLE.len())];
            format!(
                "<li><a href=\"/pulse/{}-{}\"><h3>{}</h3><p>{}</p><p>{} {}</p></a></li>",
                l_slug(t),
                o_hex(c.rng, 4),
                esc(t),
                esc(who),
                c.rng.below(12) + 1,
                c.rng.pick(&["months ago", "weeks ago", "days ago"])
            )
        })
        .collect();
    let topics: String = U_PRO_TOPICS
        .iter()
        .map(|t| format!("<li><a href=\"/pulse/topics/{}\">{t}</a></li>", l_slug(t)))
        .collect();
    let cats: String = (0..10)
        .map(|_| {
            let t = c.rng.pick(U_PRO_TOPICS);
            format!("<li><a href=\"/top-content/{}\">{t}</a></li>", l_slug(t))
        })
        .collect();
    let langs: String = [
        "العربية (Arabic)",
        "Čeština (Czech)",
        "Dansk (Danish)",
        "Deutsch (German)",
        "English (English)",
        "Español (Spanish)",
        "Français (French)",
        "हिंदी (Hindi)",
        "Bahasa Indonesia (Indonesian)",
        "Italiano (Italian)",
        "日本語 (Japanese)",
        "한국어 (Korean)",
        "Nederlands (Dutch)",
        "Polski (Polish)",
        "Português (Portuguese)",
        "Svenska (Swedish)",
        "Türkçe (Turkish)",
        "简体中文 (Chinese (Simplified))",
    ]
    .iter()
    .map(|l| format!("<li><button>{l}</button></li>"))
    .collect();
    let plain: Vec<String> = s.paragraphs.iter().map(|p| l_json(p)).collect();
    let ld = format!(
        "<script type=\"application/ld+json\">{{\"@context\":\"http://schema.org\",\"@type\":\"Article\",\"name\":\"{t}\",\"headline\":\"{t}\",\"author\":{{\"@type\":\"Person\",\"name\":\"{a}\",\"url\":\"https://www.workwise.example/in/{aslug}\"}},\"datePublished\":\"{d}T{h:02}:{m:02}:00.000+00:00\",\"articleBody\":\"{body}\",\"interactionStatistic\":[{{\"@type\":\"InteractionCounter\",\"interactionType\":\"http://schema.org/LikeAction\",\"userInteractionCount\":{reactions}}},{{\"@type\":\"InteractionCounter\",\"interactionType\":\"http://schema.org/CommentAction\",\"userInteractionCount\":{ncom}}}]}}</script>",
        t = l_json(&s.title),
        a = l_json(&s.author),
        aslug = l_slug(&s.author),
        d = s.date,
        h = c.rng.below(24),
        m = c.rng.below(60),
        body = plain.join("\\n\\n"),
    );
    let head_extra = format!(
        "<meta name=\"litmsProfileName\" content=\"public-site-frontend\"><meta name=\"pageKey\" content=\"d_flagship2_pulse_read\"><link rel=\"canonical\" href=\"https://www.workwise.example/pulse/{slug}-{}\">{ld}",
        o_hex(c.rng, 4)
    );
    format!(
        "<!DOCTYPE html><html lang=\"en\">{head}<body dir=\"ltr\" class=\"overflow-hidden\">\
         <div id=\"artdeco-global-alert-container\"><section class=\"artdeco-global-alert\" role=\"dialog\" aria-label=\"Cookie consent\"><p class=\"artdeco-global-alert__content\">{cookie} <a href=\"/legal/cookie-policy\">Learn more in our Cookie Policy.</a></p><button>Accept</button><button>Reject</button></section></div>\
         <header class=\"nav-header\"><nav class=\"nav\" aria-label=\"Primary\"><a class=\"nav__logo-link\" href=\"/\">Workwise</a>\
         <ul class=\"top-nav-menu\"><li><a href=\"/pulse/topics/home/\">Articles</a></li><li><a href=\"/pub/dir/+/+\">People</a></li><li><a href=\"/learning/search\">Learning</a></li><li><a href=\"/jobs/search\">Jobs</a></li><li><a href=\"/games\">Games</a></li><li><a href=\"/app\">Get the app</a></li></ul>\
         <div class=\"nav__cta-container\"><a class=\"nav__button-tertiary\" href=\"/signup\">Join now</a><a class=\"nav__button-secondary\" href=\"/login\">Sign in</a></div></nav></header>\
         <main class=\"main\" id=\"main-content\" role=\"main\"><section class=\"core-rail\"><article class=\"article-main relative\">\
         <figure class=\"cover-img\"><img class=\"cover-img__image\" src=\"/dms/image/article-cover_image-shrink_720_1280-{cov}.jpg\" alt=\"\"></figure>\
         <h1 class=\"article-title\">{title}</h1>\
         <div class=\"publisher-author-card\"><a href=\"/in/{aslug}\"><img src=\"/dms/image/profile-displayphoto-{cov}.jpg\" alt=\"{aattr}\"></a><div class=\"base-main-card__info\"><h3 class=\"base-main-card__title\">{author}</h3>\
         <h4 class=\"base-main-card__subtitle\">{ahead}</h4><p class=\"base-main-card__metadata\">{followers_fmt} followers</p></div>\
         <button class=\"public-post-author-card__follow-button\">+ Follow</button></div>\
         <div class=\"base-main-card__metadata\"><time>Published {mname} {day}, {year}</time></div>\
         <div class=\"article-main__content\" data-test-id=\"article-content-blocks\">{body}</div>\
         <a class=\"report-article\" href=\"/uas/login?session_redirect=report\">Report this article</a>\
         <div class=\"social-action-counts\"><span class=\"social-counts-reactions\">{reactions}</span><a class=\"social-counts-comments\" href=\"#comments\">{ncom} Comments</a></div>\
         <div class=\"social-action-bar\"><button>Like</button><button>Comment</button><button>Share</button></div>\
         <section class=\"comments\" id=\"comments\"><h2 class=\"visually-hidden\">Comments</h2>{comments}<a class=\"see-more-comments\" href=\"/login\">See more comments</a>\
         <p class=\"comments__signin-prompt\">To view or add a comment, <a href=\"/login\">sign in</a></p></section></article>\
         <section class=\"more-articles\"><h2>More articles by {author}</h2><ul>{more}</ul><a href=\"/in/{aslug}/recent-activity/articles/\">See all articles</a></section>\
         <section class=\"explore-topics\"><h2>Explore topics</h2><ul>{topics}</ul><a href=\"/pulse/topics/home/\">Show more</a></section></section>\
         <aside class=\"right-rail\"><section class=\"aside-section-container\"><h2>Others also viewed</h2><ul>{others}</ul></section>\
         <section class=\"aside-section-container\"><h2>Explore content categories</h2><ul>{cats}</ul></section>\
         <section class=\"collab-articles\"><p>{collab}</p><a href=\"/advice\">Explore more</a></section></aside></main>\
         <div class=\"contextual-sign-in-modal\" role=\"dialog\" aria-hidden=\"true\"><h2>Sign in to view more content</h2><p>Create your free account or sign in to continue your search</p>\
         <form><label>Email or phone</label><input type=\"text\"><label>Password</label><input type=\"password\"><button>Sign in</button></form><p class=\"join-terms\">{join}</p><p>New to Workwise? <a href=\"/signup\">Join now</a></p></div>\
         <footer class=\"li-footer\"><ul class=\"li-footer__list\"><li>&copy; {year}</li><li><a href=\"/about\">About</a></li><li><a href=\"/accessibility\">Accessibility</a></li><li><a href=\"/legal/user-agreement\">User Agreement</a></li>\
         <li><a href=\"/legal/privacy-policy\">Privacy Policy</a></li><li><a href=\"/legal/cookie-policy\">Cookie Policy</a></li><li><a href=\"/legal/copyright-policy\">Copyright Policy</a></li><li><a href=\"/brand\">Brand Policy</a></li>\
         <li><a href=\"/psettings/guest-controls\">Guest Controls</a></li><li><a href=\"/legal/professional-community-policies\">Community Guidelines</a></li><li class=\"language-selector\"><button>Language</button><ul>{langs}</ul></li></ul></footer>\
         <code id=\"i18n_sign_in_modal\" style=\"display:none\"><!--\"Sign in to see who you already know at Workwise\"--></code>\
         <script src=\"https://static.workwise.example/sc/h/frontend-{art_id}.js\" async></script></body></html>",
        head = head(s, "Workwise", &head_extra),
        cookie = esc(U_PRO_COOKIE),
        cov = o_hex(c.rng, 16),
        title = esc(&s.title),
        aslug = l_slug(&s.author),
        aattr = o_attr(&s.author),
        author = esc(&s.author),
        ahead = esc(author_headline),
        followers_fmt = if followers >= 1000 {
            format!("{},{:03}", followers / 1000, followers % 1000)
        } else {
            followers.to_string()
        },
        collab = esc(U_PRO_COLLAB),
        join = esc(U_PRO_JOIN),
    )
}

const U_OBIT_COOKIE: &str = "We use cookies to make this site work, to remember your guest book entries and to measure how our pages are used. With your permission we and our partners also use cookies to show you flowers, trees and other memorial products that may interest you.";

/// `(name, address, phone, description)`.
const U_OBIT_HOMES: &[(&str, &str, &str, &str)] = &[
    (
        "Whitcomb & Sons Funeral Home",
        "212 Elm Street, Port Ellis",
        "(207) 555-0148",
        "Family owned and operated since 1948, Whitcomb & Sons has served the families of the south shore through four generations, offering traditional services, cremation and pre-planning in a warm and dignified setting.",
    ),
    (
        "Riverside Memorial Chapel",
        "90 River Road, Millbrook",
        "(207) 555-0177",
        "Riverside Memorial Chapel offers personalized funeral and celebration-of-life services, a reception hall for gatherings after the service, and grief support groups that meet on the first Tuesday of every month.",
    ),
    (
        "Hartley-Brown Funeral Service",
        "15 Church Street, Eastbury",
        "(207) 555-0102",
        "Since 1926 Hartley-Brown has helped families honor the lives of those they love. Our licensed directors can arrange services at our chapel, at your place of worship or at graveside.",
    ),
];

const U_OBIT_GUESTBOOK: &[&str] = &[
    "We were so sorry to hear this news. We have many happy memories of summers on the lake together and of the laughter that always seemed to follow wherever the family went. Our thoughts and prayers are with all of you.",
    "I worked alongside the family for nearly fifteen years and never once saw anything but kindness and patience toward everyone who came through the door. Please accept my deepest sympathy.",
    "Sending love and strength from all of us on Maple Avenue. The neighborhood will not be the same, and we will miss the friendly waves from the front porch every evening.",
    "What a wonderful life, and what a generous heart. Our family will always be grateful for the help we received when we first moved to town and knew no one at all.",
    "My condolences to the whole family. I was a student many years ago and still think about the encouragement I was given when I needed it most. It made a difference in my life.",
    "Holding you all close in our hearts during this difficult time. May the many wonderful memories you shared bring you comfort in the days and weeks ahead.",
    "So sorry for your loss. I will always remember the Christmas concerts at the church and the cookies that appeared every year without fail. Rest in peace, dear friend.",
    "Our whole bowling league sends its sympathy. Tuesday nights will not be the same without the jokes and the terrible puns, which we secretly loved.",
];

const U_OBIT_SIGNERS: &[&str] = &[
    "Margaret O., Port Ellis, Maine",
    "The Delaney Family",
    "Robert and Susan Pike, Millbrook, Maine",
    "Linda Tran, Boston, Massachusetts",
    "Coworkers at Harbor Savings Bank",
    "Jim McAllister, Eastbury, Maine",
    "Carol Whitfield, Sarasota, Florida",
];

const U_OBIT_TREES: &str = "Plant a memorial tree in honor of your loved one. Each tree is planted in a national forest that is recovering from wildfire or disease, and the family receives a certificate telling them who planted it and where.";

const U_OBIT_FLOWERS: &str = "Show your support by sending flowers to the family or to the service. Arrangements are hand-delivered by a local florist, and you can include a personal message of sympathy.";

const U_OBIT_SUGGEST: &[&str] = &[
    "Our thoughts are with you and your family during this difficult time.",
    "May your memories bring you peace and comfort.",
    "With deepest sympathy to the entire family.",
    "Thinking of you and sending love.",
];

/// `(name, age, town, note)` of other obituaries in the area.
const U_OBIT_OTHERS: &[(&str, &str, &str)] = &[
    (
        "Eleanor R. Bishop",
        "Port Ellis",
        "A longtime nurse at Harbor General who loved gardening, crossword puzzles and her eleven grandchildren.",
    ),
    (
        "Walter J. Kowalski",
        "Millbrook",
        "A Navy veteran and retired machinist who coached Little League for more than thirty years.",
    ),
    (
        "Dorothy \"Dot\" Farnsworth",
        "Eastbury",
        "A church organist and piano teacher whose students performed at her ninetieth birthday party.",
    ),
    (
        "Francis Xavier Moreau",
        "Port Ellis",
        "A lobsterman for five decades who knew every ledge and channel in the bay by heart.",
    ),
    (
        "Anita Lopes",
        "South Harbor",
        "A school bus driver remembered by generations of children for her birthday songs.",
    ),
];

const U_OBIT_ADVICE: &[(&str, &str)] = &[
    (
        "What to write in a sympathy card",
        "Short and sincere is best. Our guide offers examples for friends, coworkers and family members, and explains what to avoid saying.",
    ),
    (
        "How to write an obituary",
        "A step-by-step guide to telling a loved one's life story, from the basic facts to the details that make it personal.",
    ),
    (
        "Funeral etiquette: what to wear and when to arrive",
        "Customs vary, but a few simple rules will help you feel comfortable and show respect for the family.",
    ),
];

const U_OBIT_DISCLAIMER: &str = "Obituaries are written and submitted by families and funeral homes. Guest book entries are posted by visitors and are reviewed for appropriateness before they appear. The newspaper is not responsible for the accuracy of submitted content.";

/// U3 (round 11): an obituary on a local newspaper's
/// obituary site (run by a memorial partner, Legacy-like): a consent
/// banner in prose, the paper's and partner's header with a long menu
/// (search, place an obituary, funeral homes, sympathy advice, send
/// flowers) and a town list, a breadcrumb, the headline with a photo,
/// a "Published by ... from ... to ..." line and action buttons (sign
/// guest book, send flowers, plant trees, share); the text as `<p>`s,
/// as one block of text separated by `<br><br>` (as funeral homes
/// submit it), or as one `<div>` per paragraph, with an ad after it;
/// then a services box (visitation, funeral, burial, with places and
/// times), a funeral-home card with a prose description, a sponsored
/// flowers box in prose with product cards, a memorial-trees box in
/// prose, the guest book (entry count, prose condolences with signer,
/// place and date, candles, "Report"), suggested-message chips, a
/// sign-the-guest-book form, "Obituaries in the area" with one-sentence
/// notes, grief-advice articles with prose blurbs, a prose disclaimer
/// footer and a JSON state blob with the guest book.
fn u3_obituary(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let (month, mname, day, year) = n_date(&s.date);
    let y = o_year(&year);
    let shape = c.rng.below(3);
    let (home, home_addr, home_phone, home_desc) = U_OBIT_HOMES[c.rng.below(U_OBIT_HOMES.len())];
    let paper = c.rng.pick(&[
        "The Harbor Gazette",
        "The Valley Herald",
        "Millbrook Sentinel",
    ]);
    let town = c
        .rng
        .pick(&["Port Ellis", "Millbrook", "Eastbury", "South Harbor"]);
    let obit_id = 200_000_000 + c.rng.below(99_999_999);
    let body = match shape {
        0 => s
            .paragraphs
            .iter()
            .map(|p| format!("<p>{}</p>", c.body_paragraph(p)))
            .collect::<String>(),
        1 => s
            .paragraphs
            .iter()
            .map(|p| c.body_paragraph(p))
            .collect::<Vec<_>>()
            .join("<br><br>"),
        _ => s
            .paragraphs
            .iter()
            .map(|p| format!("<div class=\"obit-para\">{}</div>", c.body_paragraph(p)))
            .collect::<String>(),
    };
    let weekday = O_WEEKDAYS[o_weekday(y, month, day)];
    let d_vis = (day + 2).min(28);
    let d_fun = (day + 3).min(28);
    let services = format!(
        "<section class=\"obit-events\"><h2>Services</h2>\
         <div class=\"event\"><h3>Visitation</h3><p>{mname} {d_vis}, {y}</p><p>4:00 p.m. - 7:00 p.m.</p><p>{home}<br>{home_addr}</p><a href=\"#\">Get directions</a></div>\
         <div class=\"event\"><h3>Funeral Service</h3><p>{mname} {d_fun}, {y}</p><p>11:00 a.m.</p><p>St. Brendan's Church<br>8 Chapel Hill Road, {town}</p><a href=\"#\">Get directions</a></div>\
         <div class=\"event\"><h3>Burial</h3><p>Following the service</p><p>Evergreen Cemetery, {town}</p></div></section>",
        home = esc(home),
        home_addr = esc(home_addr),
    );
    let ng = 3 + c.rng.below(5);
    let g0 = c.rng.below(U_OBIT_GUESTBOOK.len());
    let mut entries = String::new();
    let mut state_entries = Vec::new();
    for k in 0..ng {
        let text = U_OBIT_GUESTBOOK[(g0 + k) % U_OBIT_GUESTBOOK.len()];
        let who = c.rng.pick(U_OBIT_SIGNERS);
        let when = format!("{} {}, {y}", mname, (day + 1 + k / 2).min(28));
        let candle = c.rng.chance(40);
        entries.push_str(&format!(
            "<li class=\"guestbook-entry\" id=\"entry-{}\">{}<p class=\"entry-text\">{}</p><p class=\"entry-author\">{}</p><time>{when}</time> <a class=\"report\" href=\"/guestbook/report\">Report</a></li>",
            1000 + k,
            if candle {
                "<span class=\"candle\" aria-label=\"Lit a candle\"><img src=\"/images/candle.svg\" alt=\"\"></span>"
            } else {
                ""
            },
            esc(text),
            esc(who)
        ));
        state_entries.push(format!(
            "{{\"id\":{},\"text\":\"{}\",\"signer\":\"{}\",\"candle\":{candle}}}",
            1000 + k,
            l_json(text),
            l_json(who)
        ));
    }
    let chips: String = U_OBIT_SUGGEST
        .iter()
        .map(|x| format!("<button class=\"chip\">{}</button>", esc(x)))
        .collect();
    let o0 = c.rng.below(U_OBIT_OTHERS.len());
    let others: String = (0..4)
        .map(|k| {
            let (nm, tn, note) = U_OBIT_OTHERS[(o0 + k) % U_OBIT_OTHERS.len()];
            format!(
                "<li><a href=\"/us/obituaries/{}/name/{}-obituary?id={}\"><img src=\"/photos/{}.jpg\" alt=\"\"><h3>{}</h3></a><p class=\"obit-place\">{}, {} {}, {y}</p><p>{}</p></li>",
                l_slug(paper),
                l_slug(nm),
                obit_id + 17 * (k + 1),
                o_hex(c.rng, 10),
                esc(nm),
                esc(tn),
                c.rng.pick(L_MONTHS),
                1 + c.rng.below(28),
                esc(note)
            )
        })
        .collect();
    let advice: String = U_OBIT_ADVICE
        .iter()
        .map(|(h, b)| {
            format!(
                "<article class=\"advice-card\"><a href=\"/news/funeral-etiquette/{}\"><h3>{}</h3></a><p>{}</p></article>",
                l_slug(h),
                esc(h),
                esc(b)
            )
        })
        .collect();
    let towns: String = [
        "Port Ellis",
        "Millbrook",
        "Eastbury",
        "South Harbor",
        "North Harbor",
        "Cedar Falls",
        "Westbrook",
        "Bay View",
        "Kingsport",
        "Lyman",
        "Hollis",
        "Fairmont",
    ]
    .iter()
    .map(|t| {
        format!(
            "<li><a href=\"/us/obituaries/local/{}\">{t}</a></li>",
            l_slug(t)
        )
    })
    .collect();
    let flowers: String = [
        ("Peaceful White Lilies Basket", "$89.99"),
        ("Sympathy Standing Spray", "$159.99"),
        ("Garden of Serenity Bouquet", "$74.99"),
    ]
    .iter()
    .map(|(nm, price)| {
        format!(
            "<li class=\"product\"><img src=\"/flowers/{}.jpg\" alt=\"\"><span class=\"name\">{nm}</span> <span class=\"price\">{price}</span></li>",
            l_slug(nm)
        )
    })
    .collect();
    let text_class = match shape {
        0 => "obit-text",
        1 => "ObituaryText",
        _ => "obituary-body",
    };
    let ad = format!(
        "<div class=\"ad-wrapper\"><span class=\"ad-label\">{}</span><div id=\"div-gpt-ad-obit-{}\" style=\"min-height:250px\"></div></div>",
        c.rng.pick(&["Advertisement", "ADVERTISEMENT", "Sponsored"]),
        c.rng.below(9)
    );
    let state = format!(
        "<script>window.__INITIAL_DATA__={{\"obituary\":{{\"id\":{obit_id},\"name\":\"{}\",\"publishedBy\":\"{}\",\"funeralHome\":\"{}\",\"guestbook\":{{\"count\":{ng},\"entries\":[{}]}},\"flowersEnabled\":true,\"treesEnabled\":true}}}};</script>",
        l_json(&s.title),
        l_json(paper),
        l_json(home),
        state_entries.join(",")
    );
    format!(
        "<!DOCTYPE html><html lang=\"en\">{head}<body class=\"obituary-page\">\
         <div id=\"consent-banner\" role=\"dialog\"><p>{cookie}</p><button>Accept all</button><button>Manage preferences</button></div>\
         <header class=\"site-header\"><div class=\"partner-bar\"><a href=\"https://{pslug}.example/\">{paper}</a> <span>Obituaries powered by</span> <a href=\"/\">Remembering</a></div>\
         <nav class=\"obit-nav\"><ul><li><a href=\"/us/obituaries/{pslug}/browse\">Browse Obituaries</a></li><li><a href=\"/search\">Search Obituaries</a></li><li><a href=\"/place-an-obituary\">Place an Obituary</a></li>\
         <li><a href=\"/funeral-homes\">Funeral Homes</a></li><li><a href=\"/news/funeral-etiquette\">Sympathy &amp; Grief Advice</a></li><li><a href=\"/flowers\">Send Flowers</a></li><li><a href=\"/memorial-trees\">Plant Trees</a></li>\
         <li class=\"towns\"><span>Local obituaries</span><ul>{towns}</ul></li></ul></nav><form class=\"search\"><input type=\"text\" placeholder=\"First name\"><input type=\"text\" placeholder=\"Last name\"><button>Search</button></form></header>\
         <nav class=\"breadcrumb\"><a href=\"/us/obituaries\">Obituaries</a> &gt; <a href=\"/us/obituaries/{pslug}/browse\">{paper}</a> &gt; <span>{title}</span></nav>\
         <main><article class=\"obituary\" itemscope itemtype=\"https://schema.org/Article\"><header class=\"obit-header\">\
         <img class=\"obit-photo\" src=\"/photos/obit-{obit_id}.jpg\" alt=\"{tattr}\"><h1 itemprop=\"headline\">{title}</h1>\
         <p class=\"obit-published\">Published by {paper} from {weekday}, {mname} {day}, {y} to {mname} {d_vis}, {y}.</p>\
         <div class=\"obit-actions\"><a class=\"btn\" href=\"#guestbook\">Sign Guest Book</a><a class=\"btn\" href=\"/flowers?obit={obit_id}\">Send Flowers</a><a class=\"btn\" href=\"/memorial-trees?obit={obit_id}\">Plant Trees</a><button>Share</button></div></header>\
         <div class=\"{text_class}\" itemprop=\"articleBody\">{body}</div>{ad}\
         <p class=\"obit-link\">To send flowers to the family or plant a tree in memory, please visit our <a href=\"/flowers?obit={obit_id}\">floral store</a>.</p>\
         {services}\
         <section class=\"funeral-home-card\"><h2>Arrangements under the direction of</h2><h3>{home}</h3><p>{home_addr}</p><p>{home_phone}</p><p class=\"fh-description\">{home_desc}</p><a href=\"/funeral-homes/{hslug}\">View funeral home</a></section>\
         <section class=\"sponsored-flowers\"><span class=\"sponsored-label\">Sponsored by Remembering Florist Network</span><h2>Sympathy flowers</h2><p>{flowers_pitch}</p><ul>{flowers}</ul></section>\
         <section class=\"memorial-trees\"><h2>Memorial trees</h2><p>{trees}</p><a href=\"/memorial-trees?obit={obit_id}\">Plant trees</a></section>\
         <section class=\"guestbook\" id=\"guestbook\"><h2>Guest Book</h2><p class=\"count\">{ng} Entries</p><ol>{entries}</ol><button class=\"load-more\">Load more entries</button>\
         <div class=\"guestbook-form\"><h3>Sign the Guest Book</h3><p>Not sure what to say?</p><div class=\"chips\">{chips}</div><textarea placeholder=\"Share a memory or offer condolences\"></textarea><input type=\"text\" placeholder=\"Your name\"><input type=\"text\" placeholder=\"City, state\"><button>Post</button></div></section></article>\
         <aside class=\"rail\"><section class=\"obits-nearby\"><h2>Obituaries in the {town} area</h2><ul>{others}</ul></section>\
         <section class=\"advice\"><h2>Sympathy &amp; grief advice</h2>{advice}</section></aside></main>\
         <footer class=\"site-footer\"><p>{disclaimer}</p><ul><li><a href=\"/about\">About</a></li><li><a href=\"/contact\">Contact Us</a></li><li><a href=\"/privacy\">Privacy Policy</a></li><li><a href=\"/terms\">Terms of Use</a></li><li><a href=\"/do-not-sell\">Do Not Sell or Share My Personal Information</a></li></ul>\
         <p>&copy; {y} Remembering, Inc. and {paper}. All rights reserved.</p></footer></body></html>",
        head = head(s, &format!("{paper} Obituaries"), &state),
        cookie = esc(U_OBIT_COOKIE),
        pslug = l_slug(paper),
        title = esc(&s.title),
        tattr = o_attr(&s.title),
        home = esc(home),
        home_addr = esc(home_addr),
        hslug = l_slug(home),
        home_desc = esc(home_desc),
        flowers_pitch = esc(U_OBIT_FLOWERS),
        trees = esc(U_OBIT_TREES),
        disclaimer = esc(U_OBIT_DISCLAIMER),
    )
}

/// `(name, held_out, template)`.
/// A count with a thousands separator ("12,408").
fn v_thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

const V_FOOD_COOKIE: &str = "We and our advertising partners use cookies and similar technologies to keep this site free, to remember your saved recipes and to show you ads that are more relevant to you. You can accept all cookies, reject the ones that are not strictly necessary, or choose category by category in the settings.";

const V_FOOD_TAGLINES: &[&str] = &[
    "Easy weeknight dinners and cozy weekend baking, tested in a real home kitchen.",
    "Simple, seasonal recipes for busy families who still want to eat well.",
    "From-scratch comfort food without the fuss, one skillet at a time.",
];

const V_FOOD_MENU: &[&str] = &[
    "Breakfast",
    "Appetizers",
    "Soups & Stews",
    "Salads",
    "Main Dishes",
    "Chicken",
    "Beef",
    "Pasta",
    "Vegetarian",
    "Slow Cooker",
    "Instant Pot",
    "Air Fryer",
    "Desserts",
    "Cookies",
    "Cakes",
    "Bread",
    "Holiday",
    "Meal Prep",
];

const V_FOOD_DISCLOSURE: &str = "This post may contain affiliate links, which means I may earn a small commission at no extra cost to you if you buy through them. As an Amazon Associate I earn from qualifying purchases. Please read my disclosure policy for details.";

const V_FOOD_RECIPES: &[&str] = &[
    "One-Pan Lemon Herb Chicken and Potatoes",
    "Brown Butter Skillet Cornbread",
    "Creamy Roasted Tomato Soup",
    "Slow Cooker Beef Ragu",
    "Crispy Air Fryer Chickpeas",
    "Overnight Cinnamon Rolls",
    "Sheet Pan Gnocchi with Sausage and Peppers",
    "Five-Ingredient Peanut Butter Oat Bars",
];

const V_FOOD_LOVE: &[&str] = &[
    "It comes together in one pan, so there is hardly any washing up at the end of the night.",
    "Every ingredient is easy to find at an ordinary grocery store, even in a small town.",
    "It keeps well in the fridge for up to four days and tastes even better the next day.",
    "Kids and grown-ups both love it, and it is easy to adapt for picky eaters.",
    "You can make most of it ahead of time, which makes it perfect for busy weeknights.",
    "It is naturally gluten-free, so everyone at the table can have a second helping.",
];

const V_FOOD_TIPS: &[&str] = &[
    "Pat everything completely dry before it goes into the pan. Moisture is the enemy of a golden crust, and an extra minute with a paper towel makes a real difference.",
    "Do not crowd the baking sheet. If the pieces are touching they will steam instead of roast, so use two sheets if you are doubling the recipe.",
    "Weigh your flour if you can. A cup of flour can vary by as much as thirty grams depending on how you scoop it, which is enough to make the batter dry.",
];

const V_FOOD_FAQ: &[(&str, &str)] = &[
    (
        "Can I make this ahead of time?",
        "Yes. Prepare everything up to the final step, cover it tightly and keep it in the refrigerator for up to two days. Let it come to room temperature for thirty minutes before you bake it.",
    ),
    (
        "Can I freeze the leftovers?",
        "Absolutely. Cool the leftovers completely, then transfer them to freezer-safe containers and freeze for up to three months. Thaw overnight in the fridge and reheat gently.",
    ),
    (
        "What can I use instead of butter?",
        "A good olive oil works well in most cases, although the flavor will be a little less rich. Plant-based butter sticks are the closest substitute if you need the recipe to be dairy-free.",
    ),
    (
        "Why did mine turn out dry?",
        "Ovens vary a lot, so start checking about ten minutes before the time in the recipe card. An inexpensive oven thermometer is the easiest way to find out whether yours runs hot.",
    ),
];

/// `(amount, unit, ingredient)`.
const V_FOOD_INGREDIENTS: &[(&str, &str, &str)] = &[
    ("2", "tablespoons", "olive oil"),
    ("1", "large", "yellow onion, diced"),
    ("3", "cloves", "garlic, minced"),
    ("1 1/2", "pounds", "baby potatoes, halved"),
    ("2", "teaspoons", "dried oregano"),
    ("1", "teaspoon", "smoked paprika"),
    ("1", "cup", "chicken broth"),
    ("1/2", "cup", "grated Parmesan cheese"),
    ("2", "tablespoons", "fresh lemon juice"),
    ("1/4", "cup", "chopped fresh parsley"),
    ("1", "teaspoon", "kosher salt"),
    ("1/2", "teaspoon", "freshly ground black pepper"),
];

const V_FOOD_STEPS: &[&str] = &[
    "Preheat the oven to 425°F (220°C) and line a large rimmed baking sheet with parchment paper.",
    "Heat the olive oil in a large skillet over medium heat. Add the onion and cook, stirring often, until soft and golden, about 6 to 8 minutes.",
    "Stir in the garlic, oregano and paprika and cook for another minute, until fragrant. Do not let the garlic brown or it will taste bitter.",
    "Add the potatoes and the broth, scrape up any browned bits from the bottom of the pan and bring everything to a gentle simmer.",
    "Transfer the mixture to the prepared baking sheet, spread it into an even layer and roast for 25 to 30 minutes, turning once halfway through.",
    "Sprinkle with the Parmesan and return to the oven for 5 minutes, until the cheese has melted and the edges are crisp.",
    "Finish with the lemon juice, parsley, salt and pepper. Taste, adjust the seasoning and serve warm.",
];

const V_FOOD_NOTES: &[&str] = &[
    "Storage: keep leftovers in an airtight container in the refrigerator for up to four days. Reheat in a hot oven rather than the microwave so the edges stay crisp.",
    "Substitutions: sweet potatoes work well here, but cut them slightly larger because they cook faster than ordinary potatoes.",
    "To make it vegetarian, use vegetable broth and a Parmesan-style cheese made without animal rennet.",
];

const V_FOOD_DESCS: &[&str] = &[
    "Golden, crispy and bright with lemon, this is the easy dinner I make when I have no energy left but still want something that tastes like a treat.",
    "A cozy, make-ahead favorite with simple pantry ingredients and big flavor, ready in under an hour.",
];

const V_FOOD_CAPTIONS: &[&str] = &[
    "The onions should be soft and deeply golden before you add anything else to the pan.",
    "Spread everything out in a single layer so it roasts instead of steaming.",
    "Leftovers packed for lunch the next day, which is honestly my favorite way to eat this.",
    "A sprinkle of fresh herbs at the end makes it look (and taste) like restaurant food.",
];

/// `(name, comment)`.
const V_FOOD_COMMENTS: &[(&str, &str)] = &[
    (
        "Jenna",
        "Made this last night for my family of five and there was not a single bite left. I added a handful of spinach at the end and it worked perfectly. This is going into the regular rotation for sure!",
    ),
    (
        "Mark T.",
        "Followed the recipe exactly except that I used chicken thighs instead of breasts. Took about ten minutes longer in my oven but it was delicious. My wife asked me to print the recipe so we do not lose it.",
    ),
    (
        "Priya",
        "Can this be made in an air fryer instead? My oven is broken at the moment and I really want to try it this week.",
    ),
    (
        "Deb from Ohio",
        "I have tried a lot of versions of this over the years and this is the one I keep coming back to. The tip about drying everything first really makes the difference.",
    ),
    (
        "Carlos",
        "Good flavor but I found it a little salty with the broth I used. Next time I will use a low-sodium one and add salt at the end to taste.",
    ),
];

const V_FOOD_REPLIES: &[&str] = &[
    "Thank you so much for taking the time to leave a review! I love the idea of adding spinach, I am going to try that next time.",
    "Yes, you can! Cook it in batches at 400°F for about 15 minutes, shaking the basket halfway through. Let me know how it turns out.",
    "Great tip about the low-sodium broth, thanks for sharing. Brands really do vary a lot, so tasting at the end is always a good idea.",
];

const V_FOOD_BIO: &str = "Hi, I'm the cook, photographer and dishwasher behind this little corner of the internet. I share easy, tested recipes for real life, the kind of food my family actually eats on a Tuesday night. I'm so glad you're here!";

const V_FOOD_NEWSLETTER: &str = "Join more than 250,000 home cooks and get my newest recipes, meal plans and kitchen tips delivered to your inbox every week. It's free, and you can unsubscribe at any time.";

const V_FOOD_FOOTER: &str = "All photographs and content on this site are copyright protected. Please do not use my images without prior permission. If you want to republish a recipe, please rewrite it in your own words and link back to the original post.";

const V_FOOD_SHARE: &str = "Did you make this recipe? Leave a star rating and a comment below, and tag me on Instagram so I can see your creation!";

/// One ad slot of the food blog's ad network (Raptive-like or
/// Mediavine-like); some carry a label.
fn v0_ad(rng: &mut Rng, net: usize, k: usize) -> String {
    let label = if rng.chance(50) {
        format!(
            "<span class=\"ad-label\">{}</span>",
            rng.pick(&[
                "Advertisement",
                "ADVERTISEMENT",
                "Ad",
                "Content continues below"
            ])
        )
    } else {
        String::new()
    };
    if net == 0 {
        format!(
            "<div class=\"adthrive-ad adthrive-content adthrive-content-{k} adthrive-ad-cls\" data-google-query-id=\"{}\" style=\"min-height:250px\">{label}<div id=\"google_ads_iframe_/18190176/AdThrive_Content_{k}/{}_0__container__\"></div></div>",
            o_hex(rng, 20),
            o_hex(rng, 24)
        )
    } else {
        format!(
            "<div class=\"mv-ad-box\" data-slotname=\"content_{k}_btf\">{label}<div id=\"content_{k}_wrapper\" class=\"adunitwrapper content_btf_wrapper\"><div id=\"content_{k}\" class=\"adunit\"></div></div></div>"
        )
    }
}

/// Stars as the rating widgets draw them.
fn v_stars(n: usize) -> String {
    let n = n.min(5);
    format!("{}{}", "★".repeat(n), "☆".repeat(5 - n))
}

/// V0 (round 12): a food blog post with a recipe card (a
/// WordPress recipe site on a Genesis/Feast-like theme), the story as the
/// "intro" the blogger writes above the recipe: a consent banner in
/// prose, a header with the site tagline in prose and a long recipe menu,
/// a breadcrumb, the title, "By ... · Published ... · Updated ..." with
/// comment count and star rating, "Jump to Recipe"/"Print Recipe"
/// buttons, an affiliate disclosure in prose; the paragraphs (plain
/// `<p>`s, Google-Docs-pasted `<p><span style>`s, or Gutenberg paragraphs)
/// with ad-network slots every two paragraphs, process photos with
/// Pinterest "Save" buttons and prose captions, a "Why you'll love this"
/// list of sentences and a "Pro tip" box among them; after the text a
/// FAQ with prose answers, then the recipe card (WP-Recipe-Maker-like or
/// Tasty-like: a prose description, times, servings, equipment,
/// ingredients, instructions in full sentences, prose notes, nutrition,
/// a prose "tag me" call), an author box with a prose bio, "You may also
/// like", rated comments with the author's replies, the comment form, a
/// sidebar (about me, newsletter in prose, popular recipes), a floating
/// video player, a prose copyright footer and Recipe JSON-LD.
fn v0_recipe(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let (_, mname, day, year) = n_date(&s.date);
    let pstyle = c.rng.below(3);
    let net = c.rng.below(2);
    let card = c.rng.below(2);
    let site = c
        .rng
        .pick(&["Skillet & Crumb", "The Weeknight Table", "Butter and Basil"]);
    let recipe = c.rng.pick(V_FOOD_RECIPES);
    let votes = 20 + c.rng.below(900);
    let ncom = 3 + c.rng.below(3);
    let rating = format!("4.{}", 5 + c.rng.below(5));
    let post_id = 10_000 + c.rng.below(90_000);
    let n = s.paragraphs.len();
    let love_at = if n > 2 {
        c.rng.below(n - 1)
    } else {
        usize::MAX
    };
    let tip_at = if n > 3 {
        1 + c.rng.below(n - 2)
    } else {
        usize::MAX
    };
    let mut body = String::new();
    let mut ads = 0;
    for (i, p) in s.paragraphs.iter().enumerate() {
        let t = c.body_paragraph(p);
        match pstyle {
            0 => body.push_str(&format!("<p>{t}</p>\n")),
            1 => body.push_str(&format!(
                "<p><span style=\"font-weight: 400;\">{t}</span></p>\n"
            )),
            _ => body.push_str(&format!(
                "<!-- wp:paragraph -->\n<p>{t}</p>\n<!-- /wp:paragraph -->\n"
            )),
        }
        if i % 2 == 1 && i + 1 < n {
            ads += 1;
            body.push_str(&v0_ad(c.rng, net, ads));
        }
        if i == love_at {
            let k0 = c.rng.below(V_FOOD_LOVE.len());
            let items: String = (0..4)
                .map(|k| {
                    format!(
                        "<li>{}</li>",
                        esc(V_FOOD_LOVE[(k0 + k) % V_FOOD_LOVE.len()])
                    )
                })
                .collect();
            body.push_str(&format!(
                "<div class=\"wp-block-group why-love\"><p class=\"why-love__title\"><strong>Why you'll love this recipe</strong></p><ul class=\"wp-block-list\">{items}</ul></div>"
            ));
        }
        if i == tip_at {
            body.push_str(&format!(
                "<div class=\"wp-block-group is-style-tip-box\"><p><strong>Pro tip:</strong> {}</p></div>",
                esc(c.rng.pick(V_FOOD_TIPS))
            ));
        }
        if i % 3 == 0 && i + 1 < n {
            let cap = if c.rng.chance(60) {
                format!(
                    "<figcaption class=\"wp-element-caption\">{}</figcaption>",
                    esc(c.rng.pick(V_FOOD_CAPTIONS))
                )
            } else {
                String::new()
            };
            body.push_str(&format!(
                "<figure class=\"wp-block-image size-full\"><div class=\"tasty-pins-image\"><img decoding=\"async\" src=\"/wp-content/uploads/{year}/{:02}/{}-{}.jpg\" alt=\"{}\" data-pin-nopin=\"false\"><a class=\"pin-it-button\" href=\"https://pinterest.example/pin/create\">Save</a></div>{cap}</figure>",
                1 + c.rng.below(12),
                l_slug(recipe),
                1 + i,
                o_attr(recipe)
            ));
        }
    }
    let faq: String = {
        let k0 = c.rng.below(V_FOOD_FAQ.len());
        (0..3)
            .map(|k| {
                let (q, a) = V_FOOD_FAQ[(k0 + k) % V_FOOD_FAQ.len()];
                format!(
                    "<div class=\"rank-math-list-item\"><h3 class=\"rank-math-question\">{}</h3><div class=\"rank-math-answer\"><p>{}</p></div></div>",
                    esc(q),
                    esc(a)
                )
            })
            .collect()
    };
    let ningr = 7 + c.rng.below(V_FOOD_INGREDIENTS.len() - 6);
    let nstep = 4 + c.rng.below(V_FOOD_STEPS.len() - 3);
    let (prep, cook) = (10 + 5 * c.rng.below(4), 20 + 5 * c.rng.below(8));
    let servings = 4 + 2 * c.rng.below(3);
    let cal = 250 + c.rng.below(400);
    let ingr_html: String = V_FOOD_INGREDIENTS[..ningr]
        .iter()
        .map(|(a, u, name)| {
            if card == 0 {
                format!(
                    "<li class=\"wprm-recipe-ingredient\"><span class=\"wprm-recipe-ingredient-amount\">{a}</span> <span class=\"wprm-recipe-ingredient-unit\">{u}</span> <span class=\"wprm-recipe-ingredient-name\">{}</span></li>",
                    esc(name)
                )
            } else {
                format!(
                    "<li data-tr-ingredient-checkbox=\"\"><span data-amount=\"{a}\">{a}</span> {u} {}</li>",
                    esc(name)
                )
            }
        })
        .collect();
    let steps_html: String = V_FOOD_STEPS[..nstep]
        .iter()
        .enumerate()
        .map(|(k, st)| {
            if card == 0 {
                format!(
                    "<li id=\"wprm-recipe-{post_id}-step-0-{k}\" class=\"wprm-recipe-instruction\"><div class=\"wprm-recipe-instruction-text\">{}</div></li>",
                    esc(st)
                )
            } else {
                format!("<li id=\"instruction-step-{}\">{}</li>", k + 1, esc(st))
            }
        })
        .collect();
    let notes: String = V_FOOD_NOTES
        .iter()
        .take(1 + c.rng.below(V_FOOD_NOTES.len()))
        .map(|t| format!("<p>{}</p>", esc(t)))
        .collect();
    let desc = esc(c.rng.pick(V_FOOD_DESCS));
    let recipe_card = if card == 0 {
        format!(
            "<div id=\"recipe\"></div><div id=\"wprm-recipe-container-{post_id}\" class=\"wprm-recipe-container\" data-recipe-id=\"{post_id}\"><div class=\"wprm-recipe wprm-recipe-template-custom\">\
             <div class=\"wprm-recipe-image\"><img src=\"/wp-content/uploads/{year}/recipe-card-{post_id}.jpg\" alt=\"\"></div>\
             <h2 class=\"wprm-recipe-name wprm-block-text-bold\">{r}</h2>\
             <div class=\"wprm-recipe-rating\"><span class=\"wprm-rating-stars\">{stars}</span> <span class=\"wprm-recipe-rating-details\"><span class=\"wprm-recipe-rating-average\">{rating}</span> from <span class=\"wprm-recipe-rating-count\">{votes}</span> votes</span></div>\
             <div class=\"wprm-recipe-summary wprm-block-text-normal\"><span style=\"display: block;\">{desc}</span></div>\
             <div class=\"wprm-recipe-buttons\"><a href=\"/wprm_print/{post_id}\" class=\"wprm-recipe-print\">Print Recipe</a> <a href=\"#\" class=\"wprm-recipe-pin\">Pin Recipe</a> <a href=\"#\" class=\"wprm-recipe-add-to-collection\">Save to collection</a></div>\
             <div class=\"wprm-recipe-times-container\"><div class=\"wprm-recipe-block-container\"><span class=\"wprm-recipe-details-label\">Prep Time</span> <span class=\"wprm-recipe-details\">{prep}</span> <span class=\"wprm-recipe-details-unit\">minutes</span></div>\
             <div class=\"wprm-recipe-block-container\"><span class=\"wprm-recipe-details-label\">Cook Time</span> <span class=\"wprm-recipe-details\">{cook}</span> <span class=\"wprm-recipe-details-unit\">minutes</span></div>\
             <div class=\"wprm-recipe-block-container\"><span class=\"wprm-recipe-details-label\">Total Time</span> <span class=\"wprm-recipe-details\">{total}</span> <span class=\"wprm-recipe-details-unit\">minutes</span></div></div>\
             <div class=\"wprm-recipe-tag-container\"><span class=\"wprm-recipe-details-label\">Course</span> Dinner, Main Course</div><div class=\"wprm-recipe-tag-container\"><span class=\"wprm-recipe-details-label\">Cuisine</span> American, Mediterranean</div>\
             <div class=\"wprm-recipe-servings-container\"><span class=\"wprm-recipe-details-label\">Servings</span> <span class=\"wprm-recipe-servings\">{servings}</span> people</div>\
             <div class=\"wprm-recipe-equipment-container\"><h3 class=\"wprm-recipe-header\">Equipment</h3><ul><li>Large rimmed baking sheet</li><li>12-inch skillet</li><li>Parchment paper</li></ul></div>\
             <div class=\"wprm-recipe-ingredients-container\"><h3 class=\"wprm-recipe-header\">Ingredients</h3><div class=\"wprm-unit-conversion-container\"><a href=\"#\">US Customary</a> - <a href=\"#\">Metric</a></div><ul class=\"wprm-recipe-ingredients\">{ingr_html}</ul></div>\
             <div class=\"wprm-recipe-instructions-container\"><h3 class=\"wprm-recipe-header\">Instructions</h3><ul class=\"wprm-recipe-instructions\">{steps_html}</ul></div>\
             <div class=\"wprm-recipe-notes-container\"><h3 class=\"wprm-recipe-header\">Notes</h3><div class=\"wprm-recipe-notes\">{notes}</div></div>\
             <div class=\"wprm-nutrition-label-container\"><h3 class=\"wprm-recipe-header\">Nutrition</h3><span class=\"wprm-nutrition-label-text-nutrition-container\">Calories: {cal}kcal | Carbohydrates: {carb}g | Protein: {prot}g | Fat: {fat}g | Sodium: {sod}mg | Fiber: {fib}g</span></div>\
             <div class=\"wprm-call-to-action\"><span class=\"wprm-call-to-action-header\">Tried this recipe?</span> <span class=\"wprm-call-to-action-text\">{share}</span></div></div></div>",
            r = esc(recipe),
            stars = v_stars(5),
            total = prep + cook,
            carb = 10 + c.rng.below(50),
            prot = 5 + c.rng.below(40),
            fat = 5 + c.rng.below(30),
            sod = 200 + c.rng.below(900),
            fib = 1 + c.rng.below(9),
            share = esc(V_FOOD_SHARE),
        )
    } else {
        format!(
            "<span id=\"tasty-recipes-{post_id}-jump-target\"></span><div id=\"tasty-recipes-{post_id}\" class=\"tasty-recipes tasty-recipes-{post_id} tasty-recipes-display\"><div class=\"tasty-recipes-entry-header\">\
             <div class=\"tasty-recipes-image\"><img src=\"/wp-content/uploads/{year}/recipe-card-{post_id}.jpg\" alt=\"\"></div>\
             <h2 class=\"tasty-recipes-title\">{r}</h2><div class=\"tasty-recipes-rating\"><span class=\"tasty-recipes-ratings-buttons\">{stars}</span><p><span class=\"rating-label\"><span class=\"average\">{rating}</span> from <span class=\"count\">{votes}</span> reviews</span></p></div>\
             <div class=\"tasty-recipes-details\"><ul><li class=\"author\"><span class=\"tasty-recipes-label\">Author:</span> {author}</li><li class=\"prep-time\"><span class=\"tasty-recipes-label\">Prep Time:</span> {prep} minutes</li>\
             <li class=\"cook-time\"><span class=\"tasty-recipes-label\">Cook Time:</span> {cook} minutes</li><li class=\"total-time\"><span class=\"tasty-recipes-label\">Total Time:</span> {total} minutes</li>\
             <li class=\"yield\"><span class=\"tasty-recipes-label\">Yield:</span> {servings} servings</li><li class=\"category\"><span class=\"tasty-recipes-label\">Category:</span> Dinner</li><li class=\"method\"><span class=\"tasty-recipes-label\">Method:</span> Oven</li></ul></div>\
             <div class=\"tasty-recipes-buttons\"><a class=\"button tasty-recipes-print-button\" href=\"/tasty-recipes/print/{post_id}\">Print Recipe</a> <a class=\"button tasty-recipes-pin-button\" href=\"#\">Pin Recipe</a></div></div>\
             <div class=\"tasty-recipes-entry-content\"><div class=\"tasty-recipes-description\"><h3>Description</h3><div class=\"tasty-recipes-description-body\"><p>{desc}</p></div></div>\
             <div class=\"tasty-recipes-ingredients\"><div class=\"tasty-recipes-ingredients-header\"><h3>Ingredients</h3><div class=\"tasty-recipes-scale-container\"><span>Scale</span><button>1x</button><button>2x</button><button>3x</button></div></div><div class=\"tasty-recipes-ingredients-body\"><ul>{ingr_html}</ul></div></div>\
             <div class=\"tasty-recipes-instructions\"><div class=\"tasty-recipes-instructions-header\"><h3>Instructions</h3><div class=\"tasty-recipes-cook-mode\"><input type=\"checkbox\"><label>Cook Mode</label><small>Prevent your screen from going dark</small></div></div><div class=\"tasty-recipes-instructions-body\"><ol>{steps_html}</ol></div></div>\
             <div class=\"tasty-recipes-notes\"><h3>Notes</h3><div class=\"tasty-recipes-notes-body\">{notes}</div></div>\
             <div class=\"tasty-recipes-nutrition\"><h3>Nutrition</h3><ul><li><span class=\"tasty-recipes-label\">Serving Size:</span> 1 serving</li><li><span class=\"tasty-recipes-label\">Calories:</span> {cal}</li><li><span class=\"tasty-recipes-label\">Sodium:</span> {sod}mg</li><li><span class=\"tasty-recipes-label\">Protein:</span> {prot}g</li></ul></div></div>\
             <footer class=\"tasty-recipes-entry-footer\"><div class=\"tasty-recipes-footer-content\"><h3>Did you make this recipe?</h3><p>{share}</p></div></footer></div>",
            r = esc(recipe),
            stars = v_stars(5),
            author = esc(&s.author),
            total = prep + cook,
            sod = 200 + c.rng.below(900),
            prot = 5 + c.rng.below(40),
            share = esc(V_FOOD_SHARE),
        )
    };
    let c0 = c.rng.below(V_FOOD_COMMENTS.len());
    let mut comments = String::new();
    for k in 0..ncom {
        let (who, text) = V_FOOD_COMMENTS[(c0 + k) % V_FOOD_COMMENTS.len()];
        let stars = 3 + c.rng.below(3);
        let reply = if c.rng.chance(50) {
            format!(
                "<ul class=\"children\"><li class=\"comment byuser bypostauthor\"><article class=\"comment-body\"><footer class=\"comment-meta\"><div class=\"comment-author vcard\"><b class=\"fn\">{a}</b> <span class=\"says\">says:</span></div><div class=\"comment-metadata\"><time>{mname} {d}, {year}</time></div></footer><div class=\"comment-content\"><p>{r}</p></div><div class=\"reply\"><a class=\"comment-reply-link\" href=\"#\">Reply</a></div></article></li></ul>",
                a = esc(&s.author),
                d = (day + 1 + k).min(28),
                r = esc(c.rng.pick(V_FOOD_REPLIES)),
            )
        } else {
            String::new()
        };
        comments.push_str(&format!(
            "<li id=\"comment-{id}\" class=\"comment even thread-even depth-1\"><article class=\"comment-body\"><footer class=\"comment-meta\"><div class=\"comment-author vcard\"><img alt=\"\" src=\"/avatar/{h}.png\" class=\"avatar\"><b class=\"fn\">{who}</b> <span class=\"says\">says:</span></div>\
             <div class=\"comment-metadata\"><a href=\"#comment-{id}\"><time>{mname} {d}, {year} at {hh}:{mm:02} {ampm}</time></a></div></footer>\
             <div class=\"wprm-comment-rating\"><span class=\"screen-reader-text\">{stars} stars</span>{st}</div><div class=\"comment-content\"><p>{text}</p></div>\
             <div class=\"reply\"><a rel=\"nofollow\" class=\"comment-reply-link\" href=\"#respond\">Reply</a></div></article>{reply}</li>",
            id = 100_000 + c.rng.below(900_000),
            h = o_hex(c.rng, 12),
            who = esc(who),
            d = (day + k).min(28),
            hh = 1 + c.rng.below(12),
            mm = c.rng.below(60),
            ampm = c.rng.pick(&["am", "pm"]),
            st = v_stars(stars),
            text = esc(text),
        ));
    }
    let also: String = (0..4)
        .map(|_| {
            let r = c.rng.pick(V_FOOD_RECIPES);
            format!(
                "<article class=\"entry entry-grid\"><a class=\"entry-image-link\" href=\"/{}/\"><img src=\"/wp-content/uploads/{}.jpg\" alt=\"\"></a><h3 class=\"entry-title\"><a href=\"/{}/\">{}</a></h3></article>",
                l_slug(r),
                o_hex(c.rng, 10),
                l_slug(r),
                esc(r)
            )
        })
        .collect();
    let popular: String = (0..5)
        .map(|_| {
            let r = c.rng.pick(V_FOOD_RECIPES);
            format!(
                "<li><a href=\"/{}/\"><img src=\"/wp-content/uploads/sq-{}.jpg\" alt=\"\"><span>{}</span></a></li>",
                l_slug(r),
                o_hex(c.rng, 8),
                esc(r)
            )
        })
        .collect();
    let menu: String = V_FOOD_MENU
        .iter()
        .map(|m| {
            format!(
                "<li class=\"menu-item\"><a href=\"/category/{}/\">{}</a></li>",
                l_slug(m),
                esc(m)
            )
        })
        .collect();
    let steps_json: Vec<String> = V_FOOD_STEPS[..nstep]
        .iter()
        .map(|st| format!("{{\"@type\":\"HowToStep\",\"text\":\"{}\"}}", l_json(st)))
        .collect();
    let ingr_json: Vec<String> = V_FOOD_INGREDIENTS[..ningr]
        .iter()
        .map(|(a, u, name)| format!("\"{a} {u} {}\"", l_json(name)))
        .collect();
    let ld = format!(
        "<script type=\"application/ld+json\" class=\"yoast-schema-graph\">{{\"@context\":\"https://schema.org\",\"@graph\":[{{\"@type\":\"Article\",\"headline\":\"{t}\",\"author\":{{\"name\":\"{a}\"}},\"datePublished\":\"{d}\",\"wordCount\":{wc},\"commentCount\":{ncom}}},{{\"@type\":\"Recipe\",\"name\":\"{r}\",\"description\":\"{desc}\",\"prepTime\":\"PT{prep}M\",\"cookTime\":\"PT{cook}M\",\"recipeYield\":\"{servings}\",\"recipeIngredient\":[{ij}],\"recipeInstructions\":[{sj}],\"aggregateRating\":{{\"@type\":\"AggregateRating\",\"ratingValue\":\"{rating}\",\"ratingCount\":\"{votes}\"}}}}]}}</script>",
        t = l_json(&s.title),
        a = l_json(&s.author),
        d = s.date,
        wc = s.paragraphs.iter().map(|p| words(p)).sum::<usize>(),
        r = l_json(recipe),
        desc = l_json(c.rng.pick(V_FOOD_DESCS)),
        ij = ingr_json.join(","),
        sj = steps_json.join(","),
    );
    let player = if c.rng.chance(70) {
        format!(
            "<div class=\"adthrive-player-position adthrive-collapse-mobile\"><div class=\"adthrive-player-title\">{}</div><button class=\"adthrive-player-close\" aria-label=\"Close\">×</button><div id=\"cls-video-container-{}\" class=\"adthrive-video-player\"><video muted playsinline></video></div></div>",
            esc(&format!("Watch: how to make {recipe}")),
            o_hex(c.rng, 8)
        )
    } else {
        String::new()
    };
    let updated = (day + 3 + c.rng.below(10)).min(28);
    format!(
        "<!DOCTYPE html><html lang=\"en-US\">{head}<body class=\"wp-singular post-template-default single single-post postid-{post_id} feast-plugin content-sidebar\">\
         <div id=\"cmp-banner\" class=\"cmp-consent\" role=\"dialog\" aria-label=\"Privacy\"><p>{cookie}</p><button>Accept all</button><button>Reject all</button><button>Cookie settings</button></div>\
         <div class=\"site-container\"><ul class=\"genesis-skip-link\"><li><a href=\"#genesis-content\" class=\"screen-reader-shortcut\">Skip to primary navigation</a></li></ul>\
         <header class=\"site-header\"><div class=\"wrap\"><div class=\"title-area\"><p class=\"site-title\"><a href=\"/\">{site}</a></p><p class=\"site-description\">{tagline}</p></div>\
         <nav class=\"nav-primary\" aria-label=\"Main\"><ul id=\"menu-primary\" class=\"menu genesis-nav-menu\"><li class=\"menu-item menu-item-has-children\"><a href=\"/recipes/\">Recipes</a><ul class=\"sub-menu\">{menu}</ul></li><li class=\"menu-item\"><a href=\"/about/\">About</a></li><li class=\"menu-item\"><a href=\"/cookbook/\">Cookbook</a></li><li class=\"menu-item\"><a href=\"/shop/\">Shop</a></li><li class=\"menu-item\"><a href=\"/contact/\">Contact</a></li><li class=\"menu-item search\"><a href=\"/?s=\">Search</a></li></ul></nav></div></header>\
         <div class=\"site-inner\"><div class=\"content-sidebar-wrap\"><main class=\"content\" id=\"genesis-content\">\
         <p id=\"breadcrumbs\"><span><a href=\"/\">Home</a> » <a href=\"/recipes/\">Recipes</a> » <a href=\"/category/main-dishes/\">Main Dishes</a></span></p>\
         <article class=\"post-{post_id} post type-post status-publish entry\"><header class=\"entry-header\"><h1 class=\"entry-title\">{title}</h1>\
         <p class=\"entry-meta\">By <span class=\"entry-author\"><a href=\"/about/\" class=\"entry-author-link\"><span class=\"entry-author-name\">{author}</span></a></span> · Published: <time class=\"entry-time\">{mname} {day}, {year}</time> · Updated: <time class=\"entry-modified-time\">{mname} {updated}, {year}</time> · <span class=\"entry-comments-link\"><a href=\"#comments\">{ncom} Comments</a></span></p>\
         <div class=\"wprm-recipe-snippet\"><a href=\"#recipe\" class=\"wprm-recipe-jump wprm-block-text-normal\">Jump to Recipe</a> <a href=\"/wprm_print/{post_id}\" class=\"wprm-recipe-print\">Print Recipe</a> <span class=\"wprm-recipe-rating\">{stars} {rating} from {votes} votes</span></div></header>\
         <div class=\"entry-content\"><p class=\"disclosure\"><em>{disclosure}</em></p>\n{body}\
         <h2 class=\"wp-block-heading\">Frequently asked questions</h2><div id=\"rank-math-faq\" class=\"rank-math-block\"><div class=\"rank-math-list\">{faq}</div></div>\
         {recipe_card}</div>\
         <footer class=\"entry-footer\"><p class=\"entry-meta\"><span class=\"entry-categories\">Filed Under: <a href=\"/category/main-dishes/\">Main Dishes</a>, <a href=\"/category/weeknight/\">Weeknight</a></span></p></footer></article>\
         <section class=\"author-box\"><img src=\"/wp-content/uploads/author.jpg\" alt=\"\" class=\"avatar\"><h4 class=\"author-box-title\">About {author}</h4><div class=\"author-box-content\"><p>{bio}</p></div></section>\
         <section class=\"related-posts\"><h2>You may also like</h2><div class=\"entries\">{also}</div></section>\
         <div class=\"entry-comments\" id=\"comments\"><h3>Comments</h3><ol class=\"comment-list\">{comments}</ol></div>\
         <div id=\"respond\" class=\"comment-respond\"><h3 id=\"reply-title\" class=\"comment-reply-title\">Leave a comment</h3><form id=\"commentform\" class=\"comment-form\"><p class=\"comment-notes\">Your email address will not be published. Required fields are marked *</p>\
         <div class=\"comment-form-wprm-rating\"><label>Recipe Rating</label><span>{empty}</span></div><p class=\"comment-form-comment\"><label for=\"comment\">Comment *</label><textarea id=\"comment\" name=\"comment\"></textarea></p>\
         <p class=\"comment-form-author\"><label>Name *</label><input type=\"text\"></p><p class=\"comment-form-email\"><label>Email *</label><input type=\"email\"></p><p class=\"form-submit\"><input type=\"submit\" value=\"Post Comment\"></p></form></div></main>\
         <aside class=\"sidebar sidebar-primary widget-area\"><section class=\"widget\"><div class=\"widget-wrap\"><img src=\"/wp-content/uploads/about.jpg\" alt=\"\"><h3 class=\"widgettitle\">Welcome!</h3><p>{bio}</p><a href=\"/about/\">Learn more about me</a></div></section>\
         <section class=\"widget enews-widget\"><div class=\"widget-wrap\"><div class=\"enews\"><h3 class=\"widgettitle\">Free recipes by email</h3><p>{news}</p><form><input type=\"email\" placeholder=\"Your email address\"><input type=\"submit\" value=\"Subscribe\"></form></div></div></section>\
         <section class=\"widget\"><div class=\"widget-wrap\"><h3 class=\"widgettitle\">Popular recipes</h3><ul class=\"popular-posts\">{popular}</ul></div></section>\
         <div class=\"adthrive-sidebar adthrive-ad\"><span class=\"ad-label\">Advertisement</span></div></aside></div></div>\
         <footer class=\"site-footer\"><div class=\"wrap\"><p>{foot}</p><p>{disclosure}</p><p>Copyright © {year} {site} · <a href=\"/privacy-policy/\">Privacy Policy</a> · <a href=\"/accessibility/\">Accessibility</a> · <a href=\"#\" class=\"cmp-revoke\">Cookie Settings</a></p></div></footer></div>\
         {player}<div class=\"adthrive-footer adthrive-sticky\"><button class=\"adthrive-close\">×</button></div></body></html>",
        head = head(s, site, &ld),
        cookie = esc(V_FOOD_COOKIE),
        tagline = esc(c.rng.pick(V_FOOD_TAGLINES)),
        title = esc(&s.title),
        author = esc(&s.author),
        stars = v_stars(5),
        disclosure = esc(V_FOOD_DISCLOSURE),
        bio = esc(V_FOOD_BIO),
        empty = v_stars(0),
        news = esc(V_FOOD_NEWSLETTER),
        foot = esc(V_FOOD_FOOTER),
    )
}

const V_REV_COOKIE: &str = "We use cookies and similar technologies to run this site, to remember your settings, to measure which reviews are read and to show personalised advertising. Some of our partners process your data on the basis of legitimate interest, which you can object to in the vendor list. You can change your choices at any time from the Privacy link in the footer.";

const V_REV_DISCLOSURE: &str = "When you purchase through links on our site, we may earn an affiliate commission. Retailers do not see or approve our reviews before publication, and our scores are never for sale.";

/// `(product, category, price)`.
const V_REV_PRODUCTS: &[(&str, &str, &str)] = &[
    ("Aurel Pods Pro 3", "Wireless earbuds", "$249"),
    ("Nimbus Book Air 14", "Laptop", "$1,099"),
    ("Kestrel Trail 2 GPS watch", "Smartwatch", "$399"),
    ("Halden Sense robot vacuum", "Robot vacuum", "$549"),
    ("Vireo Phone 9", "Smartphone", "$799"),
    ("Lumo Frame 4K", "Projector", "$1,299"),
];

const V_REV_GOOD: &[&str] = &[
    "Battery life comfortably lasts two full days of heavy use.",
    "The build quality feels far more expensive than the price suggests.",
    "Setup takes less than five minutes and needs no account.",
    "The display is bright enough to read outdoors at midday.",
    "Software updates are promised for seven years.",
    "It is noticeably lighter than last year's model.",
];

const V_REV_BAD: &[&str] = &[
    "The companion app pushes a subscription at every turn.",
    "Charging is slow compared with its main rivals.",
    "There is no headphone jack and no adapter in the box.",
    "The speakers distort at high volume.",
    "Several useful features are locked to one ecosystem.",
];

const V_REV_VERDICTS: &[&str] = &[
    "A thoughtful upgrade that fixes most of what annoyed us about the original, but the price makes it hard to recommend over last year's model, which is now heavily discounted.",
    "If you want the best all-rounder in this category and can live with the subscription nags, this is the one to buy. Everyone else should wait for a sale.",
    "Excellent hardware held back by software that still feels unfinished. It is good today and could be great after a few updates, but buy it for what it does now.",
];

const V_REV_TRUST: &str = "Why you can trust us: our reviewers spend hours testing every product and service we review, so you can be sure you are buying the best. We test in real homes and offices, compare each product against its closest rivals and re-test when firmware updates change how it behaves.";

const V_REV_HOWTEST: &str = "How we test: every device in this category goes through the same set of lab benchmarks and at least two weeks of everyday use by a member of our reviews team. Battery figures come from a standard rundown test at fixed brightness, and we buy many of the products we review at retail so that we see what customers see.";

const V_REV_AGREE: &[&str] = &[
    "Every smart device now requires you to agree to a series of terms and conditions before you can use it, contracts that no one actually reads. To use this product you must accept the manufacturer's terms of service and privacy policy, and optionally agree to share diagnostic data and usage analytics.",
    "Setting it up also requires a free account with the manufacturer, and the app asks for location access, which you can decline without losing any core features.",
];

const V_REV_BUY_IF: &[&str] = &[
    "You want the longest battery life you can get at this price.",
    "You already own other devices from the same maker and want them to work together.",
    "You care more about comfort than about the last bit of sound quality.",
];

const V_REV_DONT_IF: &[&str] = &[
    "You are on a tight budget, because last year's model does nearly as much for far less.",
    "You dislike subscriptions, since several features sit behind a monthly fee.",
    "You need fast charging for a busy day of travel.",
];

const V_REV_RETAILERS: &[&str] = &["Amazon", "Best Buy", "Walmart", "Target", "B&H Photo"];

const V_REV_MORE: &[(&str, &str)] = &[
    (
        "The best noise-canceling headphones we have tested this year",
        "We spent three months commuting, flying and working with a dozen pairs to find the ones worth your money at every budget.",
    ),
    (
        "This budget laptop embarrasses machines twice its price",
        "It is not perfect, but a great screen and a keyboard you will enjoy typing on make it the easiest recommendation we have made in ages.",
    ),
    (
        "Hands-on: the folding phone that finally fixes the crease",
        "We spent an afternoon with the new model and came away impressed by the hinge, less so by the battery.",
    ),
    (
        "Smart rings are getting good. Should you buy one yet?",
        "Sleep tracking has improved dramatically, but the subscription question is still unresolved for most of the big brands.",
    ),
    (
        "Our favorite robot vacuum just dropped to its lowest price ever",
        "The deal is available at several retailers through the weekend and includes the self-emptying base.",
    ),
];

const V_REV_BIO: &str = "is a senior reviewer who has covered consumer technology for more than a decade. She tests phones, wearables and audio gear, and she still keeps a drawer of old MP3 players that she refuses to throw away.";

const V_REV_NEWSLETTER: &str = "Get the best deals, reviews and buying advice delivered to your inbox twice a week. By submitting your information you agree to the Terms and Privacy Policy and are aged 16 or over.";

const V_REV_FOOTER: &str = "Gadgetry is part of Northline Media, an international media group and leading digital publisher. All prices were correct at the time of publishing, and we may receive a commission when you buy through links in our reviews. © Northline Media Inc., 10 Hanover Square, New York, NY 10005.";

/// A Tailwind-style utility class list drawn from a few variants.
fn v_tw(rng: &mut Rng, base: &str) -> String {
    let extra = rng.pick(&[
        "",
        " md:px-0",
        " lg:max-w-[680px]",
        " dark:text-gray-100",
        " text-pretty",
        " mx-auto",
    ]);
    format!("{base}{extra}")
}

/// The "Today's best deals" price widget of the review site.
fn v1_deals(rng: &mut Rng, product: &str, price: &str) -> String {
    let n = 2 + rng.below(3);
    let r0 = rng.below(V_REV_RETAILERS.len());
    let rows: String = (0..n)
        .map(|k| {
            let shop = V_REV_RETAILERS[(r0 + k) % V_REV_RETAILERS.len()];
            format!(
                "<li class=\"flex items-center justify-between border-b py-2\"><img class=\"h-6\" src=\"/merchants/{}.svg\" alt=\"{}\"><span class=\"font-bold\">{price}</span><a class=\"rounded bg-blue-600 px-3 py-1 text-white\" href=\"https://go.redirect.example/{}\" rel=\"sponsored nofollow\">View at {}</a></li>",
                l_slug(shop),
                o_attr(shop),
                o_hex(rng, 10),
                esc(shop)
            )
        })
        .collect();
    format!(
        "<div class=\"hawk-widget my-8 rounded-lg border p-4\" data-widget-type=\"price\" data-model-name=\"{}\"><p class=\"text-sm font-semibold uppercase\">Today's best {} deals</p><ul>{rows}</ul><p class=\"text-xs text-gray-500\">Prices checked every 30 minutes. We may earn a commission.</p></div>",
        o_attr(product),
        esc(product)
    )
}

/// V1 (round 12): a consumer-tech product review (The
/// Verge/Tom's-Guide-like) on a Tailwind/Astro site, with utility class
/// lists everywhere and `astro-island` elements: a consent banner in
/// prose, a header with a long menu and a deals strip, an affiliate
/// disclosure in prose, "Review" kicker, headline, a one-sentence dek,
/// byline with "Reviewed" date, a hero image with a credit; a scorecard
/// (score, prose verdict, "The Good"/"The Bad" sentence lists, retailer
/// buttons) either above the text or after the second paragraph, a
/// prose "Why you can trust us" box; the paragraphs with price widgets,
/// a captioned photo gallery, a prose "Agree to continue" box and an ad
/// among them; after the text a spec table, "Buy it if/Don't buy it if"
/// sentence lists, a prose "How we test" note, the author card with a
/// prose bio, "More reviews" with prose blurbs, a comment prompt, a
/// "Most popular" rail, a newsletter box in prose, a prose footer, and
/// Product/Review JSON-LD with the review body.
fn v1_review(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let (_, mname, day, year) = n_date(&s.date);
    let (product, category, price) = V_REV_PRODUCTS[c.rng.below(V_REV_PRODUCTS.len())];
    let score = 5 + c.rng.below(5);
    let card_above = c.rng.chance(50);
    let wrap = c.rng.below(2);
    let n = s.paragraphs.len();
    let deals_at = if n > 2 {
        1 + c.rng.below(n - 1)
    } else {
        usize::MAX
    };
    let gallery_at = if n > 4 {
        2 + c.rng.below(n - 3)
    } else {
        usize::MAX
    };
    let agree_at = if n > 5 { n - 2 } else { usize::MAX };
    let g0 = c.rng.below(V_REV_GOOD.len());
    let b0 = c.rng.below(V_REV_BAD.len());
    let good: String = (0..3)
        .map(|k| format!("<li>{}</li>", esc(V_REV_GOOD[(g0 + k) % V_REV_GOOD.len()])))
        .collect();
    let bad: String = (0..2 + c.rng.below(2))
        .map(|k| format!("<li>{}</li>", esc(V_REV_BAD[(b0 + k) % V_REV_BAD.len()])))
        .collect();
    let verdict = esc(c.rng.pick(V_REV_VERDICTS));
    let shops: String = (0..2)
        .map(|k| {
            let shop = V_REV_RETAILERS[(k + g0) % V_REV_RETAILERS.len()];
            format!(
                "<a class=\"inline-flex rounded-full bg-black px-4 py-2 text-sm text-white\" href=\"https://go.redirect.example/{}\" rel=\"sponsored\">{price} at {}</a>",
                o_hex(c.rng, 10),
                esc(shop)
            )
        })
        .collect();
    let scorecard = format!(
        "<aside class=\"{cls}\" data-component=\"scorecard\"><div class=\"flex items-baseline gap-2\"><span class=\"text-6xl font-black\">{score}</span><span class=\"text-sm\">Gadgetry Score</span></div>\
         <p class=\"font-bold\">{p}</p><p class=\"text-base leading-snug\">{verdict}</p>\
         <div class=\"grid grid-cols-2 gap-4\"><div><p class=\"text-xs font-bold uppercase text-green-700\">The Good</p><ul class=\"list-disc pl-4\">{good}</ul></div>\
         <div><p class=\"text-xs font-bold uppercase text-red-700\">The Bad</p><ul class=\"list-disc pl-4\">{bad}</ul></div></div>\
         <div class=\"mt-4 flex gap-2\">{shops}</div><p class=\"mt-2 text-xs text-gray-500\">How we rate: our scores are based on testing against the best products in each category.</p></aside>",
        cls = v_tw(c.rng, "my-8 rounded-xl border-2 border-black p-6"),
        p = esc(product),
    );
    let pclass = v_tw(c.rng, "mb-6 text-lg leading-8 font-serif");
    let mut body = String::new();
    if card_above {
        body.push_str(&scorecard);
    }
    for (i, p) in s.paragraphs.iter().enumerate() {
        let t = c.body_paragraph(p);
        if wrap == 0 {
            body.push_str(&format!("<p class=\"{pclass}\">{t}</p>"));
        } else {
            body.push_str(&format!(
                "<div class=\"duet--article--article-body-component\"><p class=\"{pclass}\">{t}</p></div>"
            ));
        }
        if i == 1 && !card_above {
            body.push_str(&scorecard);
        }
        if i == deals_at {
            body.push_str(&format!(
                "<astro-island uid=\"{}\" component-url=\"/_astro/PriceWidget.{}.js\" client=\"visible\" props=\"{{&quot;model&quot;:[0,&quot;{}&quot;]}}\">{}</astro-island>",
                o_hex(c.rng, 6),
                o_hex(c.rng, 8),
                o_attr(product),
                v1_deals(c.rng, product, price)
            ));
        }
        if i == gallery_at {
            let k0 = c.rng.below(CAPTIONS.len());
            let figs: String = (0..3)
                .map(|k| {
                    format!(
                        "<figure class=\"shrink-0 w-full snap-center\"><img src=\"/uploads/{}.jpg\" alt=\"\" loading=\"lazy\"><figcaption class=\"text-sm text-gray-600\">{} <cite class=\"not-italic\">Photo: Gadgetry</cite></figcaption></figure>",
                        o_hex(c.rng, 12),
                        esc(CAPTIONS[(k0 + k) % CAPTIONS.len()])
                    )
                })
                .collect();
            body.push_str(&format!(
                "<div class=\"my-10 flex overflow-x-auto snap-x\" role=\"region\" aria-label=\"Gallery\"><span class=\"sr-only\">1 of 3</span>{figs}<button aria-label=\"Previous\">‹</button><button aria-label=\"Next\">›</button></div>"
            ));
        }
        if i == agree_at {
            let items: String = V_REV_AGREE
                .iter()
                .map(|t| format!("<p class=\"text-sm\">{}</p>", esc(t)))
                .collect();
            body.push_str(&format!(
                "<aside class=\"my-8 border-l-4 border-yellow-400 bg-yellow-50 p-4\"><p class=\"font-bold uppercase\">Agree to continue: {}</p>{items}</aside>",
                esc(product)
            ));
        }
        if i == n / 2 {
            body.push_str(&format!(
                "<div class=\"ad-slot my-8 min-h-[250px] text-center\" data-slot=\"inarticle-{}\"><span class=\"text-[10px] uppercase tracking-widest text-gray-400\">{}</span></div>",
                i,
                c.rng.pick(&["Advertisement", "Ad", "Sponsored"])
            ));
        }
    }
    let specs: String = [
        ("Price", price.to_string()),
        ("Category", category.to_string()),
        ("Dimensions", format!("{} x {} x {} mm", 40 + c.rng.below(200), 30 + c.rng.below(150), 5 + c.rng.below(30))),
        ("Weight", format!("{} g", 40 + c.rng.below(1500))),
        ("Battery", format!("{} mAh", 500 + c.rng.below(5000))),
        ("Connectivity", "Wi-Fi 6E, Bluetooth 5.4, USB-C".to_string()),
        ("Colors", "Black, Silver, Sage".to_string()),
    ]
    .iter()
    .map(|(k, v)| format!("<tr class=\"border-b\"><th class=\"py-2 text-left font-semibold\">{k}</th><td class=\"py-2\">{}</td></tr>", esc(v)))
    .collect();
    let buy_if: String = V_REV_BUY_IF
        .iter()
        .map(|t| format!("<li>✅ {}</li>", esc(t)))
        .collect();
    let dont_if: String = V_REV_DONT_IF
        .iter()
        .map(|t| format!("<li>❌ {}</li>", esc(t)))
        .collect();
    let m0 = c.rng.below(V_REV_MORE.len());
    let more: String = (0..4)
        .map(|k| {
            let (h, b) = V_REV_MORE[(m0 + k) % V_REV_MORE.len()];
            format!(
                "<article class=\"group flex gap-4 border-b py-4\"><img class=\"h-24 w-32 object-cover\" src=\"/uploads/{}.jpg\" alt=\"\"><div><a class=\"text-lg font-bold group-hover:underline\" href=\"/reviews/{}\">{}</a><p class=\"text-sm text-gray-600\">{}</p><span class=\"text-xs\">{} {}</span></div></article>",
                o_hex(c.rng, 10),
                l_slug(h),
                esc(h),
                esc(b),
                c.rng.pick(L_MONTHS),
                1 + c.rng.below(28)
            )
        })
        .collect();
    let popular: String = (0..5)
        .map(|k| {
            let (h, _) = V_REV_MORE[(m0 + k + 2) % V_REV_MORE.len()];
            format!(
                "<li class=\"flex gap-3 py-2\"><span class=\"text-2xl font-black text-gray-300\">{}</span><a href=\"/news/{}\">{}</a></li>",
                k + 1,
                l_slug(h),
                esc(h)
            )
        })
        .collect();
    let menu: String = [
        "Reviews",
        "Best picks",
        "Phones",
        "Laptops",
        "Audio",
        "TVs",
        "Smart Home",
        "Wearables",
        "Gaming",
        "Cameras",
        "Science",
        "Entertainment",
        "Deals",
        "Coupons",
        "Podcasts",
        "Video",
    ]
    .iter()
    .map(|m| {
        format!(
            "<li><a class=\"px-3 py-2 hover:underline\" href=\"/{}\">{m}</a></li>",
            l_slug(m)
        )
    })
    .collect();
    let plain: Vec<String> = s.paragraphs.iter().map(|p| l_json(p)).collect();
    let ld = format!(
        "<script type=\"application/ld+json\">{{\"@context\":\"https://schema.org\",\"@type\":\"Product\",\"name\":\"{pn}\",\"category\":\"{cat}\",\"review\":{{\"@type\":\"Review\",\"name\":\"{t}\",\"author\":{{\"@type\":\"Person\",\"name\":\"{a}\"}},\"datePublished\":\"{d}\",\"reviewRating\":{{\"@type\":\"Rating\",\"ratingValue\":{score},\"bestRating\":10}},\"positiveNotes\":{{\"@type\":\"ItemList\",\"itemListElement\":[]}},\"reviewBody\":\"{rb}\"}}}}</script>",
        pn = l_json(product),
        cat = l_json(category),
        t = l_json(&s.title),
        a = l_json(&s.author),
        d = s.date,
        rb = plain.join(" "),
    );
    let deals_strip: String = (0..3)
        .map(|_| {
            let (p, _, pr) = V_REV_PRODUCTS[c.rng.below(V_REV_PRODUCTS.len())];
            format!(
                "<a class=\"mr-6 whitespace-nowrap\" href=\"/deals/{}\">{} now {pr}</a>",
                l_slug(p),
                esc(p)
            )
        })
        .collect();
    let dek = c.rng.pick(&[
        "A confident step forward, with one frustrating catch.",
        "Better in almost every way, and priced to match.",
        "The rare sequel that is worth the upgrade.",
        "Great hardware, uneven software, and a price that will not budge.",
    ]);
    format!(
        "<!DOCTYPE html><html lang=\"en\" class=\"scroll-smooth\">{head}<body class=\"bg-white font-sans text-gray-900 antialiased\">\
         <div id=\"consent-root\" class=\"fixed inset-x-0 bottom-0 z-50 bg-white p-6 shadow-2xl\" role=\"dialog\" aria-modal=\"true\"><p class=\"text-sm\">{cookie}</p><div class=\"mt-3 flex gap-2\"><button class=\"rounded bg-black px-4 py-2 text-white\">Accept all</button><button class=\"rounded border px-4 py-2\">Reject all</button><button class=\"underline\">Manage options</button></div></div>\
         <header class=\"sticky top-0 z-40 border-b bg-white\"><div class=\"mx-auto flex max-w-7xl items-center justify-between px-4 py-3\"><a href=\"/\" class=\"text-2xl font-black tracking-tight\">Gadgetry</a><nav aria-label=\"Main\"><ul class=\"hidden gap-1 lg:flex\">{menu}</ul></nav><a class=\"rounded-full bg-red-600 px-4 py-2 text-white\" href=\"/subscribe\">Subscribe</a><button aria-label=\"Search\">🔍</button></div>\
         <div class=\"overflow-x-auto bg-gray-100 px-4 py-1 text-sm\"><span class=\"mr-4 font-bold\">Hot deals:</span>{deals_strip}</div></header>\
         <main id=\"content\" class=\"mx-auto grid max-w-7xl grid-cols-12 gap-8 px-4\"><article class=\"col-span-12 lg:col-span-8\">\
         <p class=\"mt-6 text-xs italic text-gray-500\">{disc}</p>\
         <div class=\"mt-4\"><a class=\"text-sm font-bold uppercase text-red-600\" href=\"/reviews\">Review</a> <span class=\"text-sm\">/ {cat}</span></div>\
         <h1 class=\"{h1cls}\">{title}</h1><p class=\"mt-3 text-xl text-gray-600\">{dek}</p>\
         <div class=\"mt-4 flex items-center gap-3 text-sm\"><img class=\"h-10 w-10 rounded-full\" src=\"/authors/{aslug}.jpg\" alt=\"\"><div><span>By <a class=\"font-bold\" href=\"/authors/{aslug}\">{author}</a></span><br><span>Reviewed <time datetime=\"{d}\">{mname} {day}, {year}</time></span></div>\
         <div class=\"ml-auto flex gap-2\"><button aria-label=\"Share\">Share</button><a href=\"#comments\">💬 {ncom}</a></div></div>\
         <figure class=\"-mx-4 mt-6 md:mx-0\"><img class=\"w-full\" src=\"/uploads/hero-{hero}.jpg\" alt=\"\"><figcaption class=\"mt-1 text-xs text-gray-500\">Photo by {author} / Gadgetry</figcaption></figure>\
         <div class=\"my-6 rounded bg-gray-50 p-4 text-sm\"><p>{trust}</p></div>\
         <div class=\"{bodycls}\" id=\"article-body\">{body}</div>\
         <section class=\"mt-10\"><p class=\"text-xl font-bold\">{p} specs</p><table class=\"w-full text-sm\"><tbody>{specs}</tbody></table></section>\
         <section class=\"mt-10 grid gap-6 md:grid-cols-2\"><div><p class=\"text-lg font-bold\">Buy it if...</p><ul class=\"space-y-2\">{buy_if}</ul></div><div><p class=\"text-lg font-bold\">Don't buy it if...</p><ul class=\"space-y-2\">{dont_if}</ul></div></section>\
         <div class=\"mt-8 border-t pt-4 text-sm text-gray-600\"><p>{howtest}</p></div>\
         <div class=\"mt-8 flex gap-4 rounded-lg bg-gray-50 p-4\"><img class=\"h-16 w-16 rounded-full\" src=\"/authors/{aslug}.jpg\" alt=\"\"><div><a class=\"font-bold\" href=\"/authors/{aslug}\">{author}</a><p class=\"text-sm\">{author} {bio}</p></div></div>\
         <div id=\"comments\" class=\"mt-8\"><button class=\"w-full rounded border py-3\">Comments ({ncom})</button><p class=\"mt-2 text-xs\">Sign in to join the conversation. Comments are moderated and may take a few minutes to appear.</p></div>\
         <section class=\"mt-10\"><h2 class=\"text-2xl font-black\">More reviews</h2>{more}</section></article>\
         <aside class=\"col-span-12 lg:col-span-4\"><div class=\"sticky top-24\"><div class=\"ad-slot min-h-[600px]\"><span class=\"text-[10px] uppercase\">Advertisement</span></div>\
         <section class=\"mt-8\"><h2 class=\"text-lg font-black uppercase\">Most popular</h2><ol>{popular}</ol></section>\
         <section class=\"mt-8 rounded-lg bg-black p-6 text-white\"><p class=\"text-xl font-bold\">Get the Gadgetry newsletter</p><p class=\"text-sm\">{news}</p><form class=\"mt-3\"><input type=\"email\" placeholder=\"Your email address\"><button>Sign me up</button></form></section></div></aside></main>\
         <footer class=\"mt-16 bg-gray-900 px-4 py-10 text-sm text-gray-300\"><ul class=\"flex flex-wrap gap-4\"><li><a href=\"/about\">About us</a></li><li><a href=\"/contact\">Contact</a></li><li><a href=\"/ethics\">Ethics statement</a></li><li><a href=\"/how-we-test\">How we test</a></li><li><a href=\"/privacy\">Privacy</a></li><li><a href=\"/terms\">Terms</a></li><li><a href=\"/accessibility\">Accessibility</a></li><li><a href=\"/careers\">Careers</a></li></ul><p class=\"mt-4\">{foot}</p></footer>\
         <script type=\"module\" src=\"/_astro/hoisted.{js}.js\"></script></body></html>",
        head = head(s, "Gadgetry", &ld),
        cookie = esc(V_REV_COOKIE),
        disc = esc(V_REV_DISCLOSURE),
        cat = esc(category),
        h1cls = v_tw(c.rng, "mt-2 text-4xl font-black leading-tight md:text-5xl"),
        title = esc(&s.title),
        aslug = l_slug(&s.author),
        author = esc(&s.author),
        d = s.date,
        ncom = 3 + c.rng.below(300),
        hero = o_hex(c.rng, 12),
        trust = esc(V_REV_TRUST),
        bodycls = v_tw(c.rng, "prose prose-lg max-w-none"),
        p = esc(product),
        howtest = esc(V_REV_HOWTEST),
        bio = esc(V_REV_BIO),
        news = esc(V_REV_NEWSLETTER),
        foot = esc(V_REV_FOOTER),
        js = o_hex(c.rng, 8),
    )
}

const V_SCR_DEKS: &[&str] = &[
    "We mapped a decade of records, flew over the site and spoke to dozens of people to understand how it happened, and what comes next.",
    "An interactive look at the numbers behind the decision, and at the people who will live with its consequences.",
    "Scroll through the data to see how a slow change became impossible to ignore.",
];

const V_SCR_MOTION: &str = "This story contains animated graphics. If you prefer reduced motion, turn on the setting on your device and the graphics will appear as still images, or use the button below to pause all animations.";

const V_SCR_LISTEN: &str = "Listen to this story. Audio is generated by an automated voice and may mispronounce some names.";

/// Short labels a graphics tool places over a chart.
const V_SCR_LABELS: &[&str] = &[
    "2015",
    "2019",
    "2024",
    "Peak",
    "Median",
    "Projected",
    "Before the change",
    "After",
    "Each dot is one site",
    "Share of total, in percent",
    "Millions of dollars",
];

/// Longer annotations the graphics desk writes beside a chart.
const V_SCR_ANNOTATIONS: &[&str] = &[
    "Costs rose fastest in the two years after the rules were loosened.",
    "Most of the growth came from a handful of large operators.",
    "The gap narrowed briefly during the pandemic before widening again.",
    "Sites in red were inspected fewer than three times in ten years.",
];

const V_SCR_NOTES: &[&str] = &[
    "Note: Figures are adjusted for inflation and shown in 2024 dollars. Years without complete records are omitted. Source: state budget filings and agency annual reports.",
    "Note: Data for the most recent year is preliminary and may be revised. Source: federal statistics office, analysis by the graphics desk.",
];

const V_SCR_METHOD: &[&str] = &[
    "To build the map and the charts in this story, reporters obtained records covering every year since 2012 through public records requests, then cleaned and matched them against federal databases. Where records disagreed we used the most recent filing and confirmed figures with the agency.",
    "Satellite imagery was provided by a commercial imaging company and processed by the graphics desk. Aerial photographs were taken from a chartered plane in the spring. The full data set and the code used to analyze it are available on our public repository.",
];

const V_SCR_ROLES: &[&str] = &[
    "Reporting",
    "Graphics and development",
    "Photography",
    "Editing",
    "Design",
    "Data analysis",
    "Copy editing",
];

const V_SCR_NAMES: &[&str] = &[
    "Lena Marsh",
    "Tomás Ribeiro",
    "Hana Okafor",
    "Will Petrossian",
    "Ada Lindqvist",
    "Sam Whitaker",
    "Ruth Aldana",
    "Kenji Moore",
];

const V_SCR_MORE: &[(&str, &str)] = &[
    (
        "Watch a city disappear under a rising tide",
        "Our 3D model shows what the waterfront would look like under three sea-level scenarios, block by block.",
    ),
    (
        "How the heat builds up inside a parked bus",
        "We placed sensors in a school bus for a summer and recorded what the children riding it would feel.",
    ),
    (
        "Every wildfire in the state since 1950, in one map",
        "The fires are getting bigger, and they are burning closer to where people live.",
    ),
];

const V_SCR_CORRECTION: &str = "An earlier version of one chart in this story showed the wrong scale on its vertical axis. The chart has been corrected; the figures in the text were not affected.";

const V_SCR_NEWSLETTER: &str = "Get our visual stories first. Sign up for the graphics newsletter and we will send you our latest maps, charts and interactive features once a month, with a note from the team on how we made them.";

const V_SCR_FOOTER: &str = "The Ledger Daily is an independent newspaper published since 1889. Our visual journalism team combines reporting, data analysis, design and code to explain the news. Reproduction of graphics requires permission.";

/// The sticky graphic of one scroll section: an inline SVG chart with
/// labels drawn as text, positioned `<p>` labels of the kind ai2html
/// emits, an annotation and a note.
fn v2_graphic(rng: &mut Rng, k: usize, svelte: &str) -> String {
    let bars: String = (0..8)
        .map(|i| {
            let h = 20 + rng.below(160);
            format!(
                "<rect x=\"{}\" y=\"{}\" width=\"30\" height=\"{h}\" fill=\"#c44\"></rect>",
                20 + i * 40,
                200 - h
            )
        })
        .collect();
    let labels: String = (0..3 + rng.below(3))
        .map(|_| {
            format!(
                "<p class=\"g-pstyle{} {svelte}\" style=\"top:{}%;left:{}%;position:absolute\">{}</p>",
                rng.below(4),
                rng.below(90),
                rng.below(90),
                esc(rng.pick(V_SCR_LABELS))
            )
        })
        .collect();
    format!(
        "<div class=\"sticky-graphic {svelte}\" aria-hidden=\"false\"><div class=\"g-artboard {svelte}\" data-min-width=\"320\" id=\"g-chart-{k}\">\
         <svg viewBox=\"0 0 340 220\" role=\"img\" aria-label=\"Chart\"><g class=\"axis\"><text x=\"0\" y=\"215\">{l1}</text><text x=\"300\" y=\"215\">{l2}</text></g>{bars}</svg>\
         <div class=\"g-labels\">{labels}</div><p class=\"g-annotation {svelte}\">{ann}</p></div>\
         <p class=\"chart-note {svelte}\">{note}</p></div>",
        l1 = esc(rng.pick(V_SCR_LABELS)),
        l2 = esc(rng.pick(V_SCR_LABELS)),
        ann = esc(rng.pick(V_SCR_ANNOTATIONS)),
        note = esc(rng.pick(V_SCR_NOTES)),
    )
}

/// V2 (round 12): an immersive scrollytelling feature of a
/// newspaper's graphics desk, built with SvelteKit (`svelte-` hashed
/// classes, a hydration script carrying the story copy as ArchieML-like
/// blocks): a slim header with a progress bar, a full-screen hero with
/// the headline over a looping video, a prose dek, a byline with
/// "Graphics by" names, a prose reduced-motion notice and a "Listen"
/// button with a prose note; then the text in alternating shapes:
/// plain prose blocks of `<p>`s, and scroll sections where each
/// paragraph sits in its own `.step` card beside a sticky graphic (an SVG
/// chart with axis text, positioned `<p>` labels, a prose annotation and
/// a source note), with spacer steps, full-bleed photos with prose
/// captions and credits, and sometimes a pull quote repeating a sentence;
/// after the text a correction note, "About this story" methodology in
/// prose, a credits list, "More visual stories" with prose blurbs, a
/// newsletter box in prose and a prose footer; a `<noscript>` fallback
/// says the graphics need JavaScript.
fn v2_scrolly(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let (_, mname, day, year) = n_date(&s.date);
    let sv = format!("svelte-{}", o_hex(c.rng, 6));
    let step_cls = c.rng.pick(&["step", "scroll-step", "scrolly__step"]);
    let n = s.paragraphs.len();
    // Split the paragraphs into blocks: prose blocks and scroll sections.
    let mut blocks: Vec<(bool, usize, usize)> = Vec::new();
    let mut i = 0;
    let mut scroll = c.rng.chance(40);
    while i < n {
        let len = (1 + c.rng.below(3)).min(n - i);
        blocks.push((scroll, i, i + len));
        i += len;
        scroll = !scroll;
    }
    let quote_at = if n > 3 && c.rng.chance(60) {
        Some(1 + c.rng.below(n - 2))
    } else {
        None
    };
    let mut body = String::new();
    let mut copy_json: Vec<String> = Vec::new();
    for (bi, &(is_scroll, a, b)) in blocks.iter().enumerate() {
        if is_scroll {
            let graphic = v2_graphic(c.rng, bi, &sv);
            let mut steps = String::new();
            for p in &s.paragraphs[a..b] {
                steps.push_str(&format!(
                    "<div class=\"{step_cls} {sv}\" data-step=\"{}\"><div class=\"step-card {sv}\"><p class=\"{sv}\">{}</p></div></div>",
                    o_hex(c.rng, 4),
                    c.body_paragraph(p)
                ));
                copy_json.push(format!("{{\"type\":\"step\",\"value\":\"{}\"}}", l_json(p)));
            }
            steps.push_str(&format!(
                "<div class=\"{step_cls} spacer {sv}\" aria-hidden=\"true\"></div>"
            ));
            body.push_str(&format!(
                "<section class=\"scrolly {sv}\" id=\"scrolly-{bi}\"><div class=\"graphic-container {sv}\">{graphic}</div><div class=\"steps {sv}\">{steps}</div></section>"
            ));
        } else {
            let mut ps = String::new();
            for (j, p) in s.paragraphs[a..b].iter().enumerate() {
                ps.push_str(&format!("<p class=\"{sv}\">{}</p>", c.body_paragraph(p)));
                copy_json.push(format!("{{\"type\":\"text\",\"value\":\"{}\"}}", l_json(p)));
                // A pull quote repeats one sentence, never a whole paragraph.
                if quote_at == Some(a + j)
                    && let Some(q) = l_pull_sentence(p)
                    && words(&q) + 5 < words(p)
                {
                    ps.push_str(&format!(
                        "<blockquote class=\"pullquote {sv}\"><p class=\"{sv}\">“{}”</p></blockquote>",
                        esc(&q)
                    ));
                }
            }
            body.push_str(&format!("<div class=\"prose {sv}\">{ps}</div>"));
            if c.rng.chance(50) {
                body.push_str(&format!(
                    "<figure class=\"full-bleed {sv}\"><picture><source srcset=\"/graphics/{y}/{h}-1600.webp\" type=\"image/webp\"><img src=\"/graphics/{y}/{h}-1600.jpg\" alt=\"\" loading=\"lazy\"></picture><figcaption class=\"{sv}\"><span class=\"caption\">{cap}</span> <span class=\"credit\">{who} for The Ledger Daily</span></figcaption></figure>",
                    y = year,
                    h = o_hex(c.rng, 10),
                    cap = esc(c.rng.pick(CAPTIONS)),
                    who = esc(c.rng.pick(V_SCR_NAMES)),
                ));
            }
        }
    }
    let r0 = c.rng.below(V_SCR_NAMES.len());
    let credits: String = V_SCR_ROLES
        .iter()
        .enumerate()
        .map(|(k, role)| {
            format!(
                "<li class=\"{sv}\"><span class=\"role\">{role}:</span> {}</li>",
                esc(V_SCR_NAMES[(r0 + k) % V_SCR_NAMES.len()])
            )
        })
        .collect();
    let method: String = V_SCR_METHOD
        .iter()
        .map(|t| format!("<p class=\"{sv}\">{}</p>", esc(t)))
        .collect();
    let more: String = V_SCR_MORE
        .iter()
        .map(|(h, b)| {
            format!(
                "<a class=\"promo {sv}\" href=\"/interactive/{year}/{}\"><img src=\"/graphics/promo-{}.jpg\" alt=\"\"><span class=\"promo-hed\">{}</span><span class=\"promo-dek\">{}</span></a>",
                l_slug(h),
                o_hex(c.rng, 8),
                esc(h),
                esc(b)
            )
        })
        .collect();
    let gfx = format!(
        "{} and {}",
        V_SCR_NAMES[(r0 + 1) % V_SCR_NAMES.len()],
        V_SCR_NAMES[(r0 + 5) % V_SCR_NAMES.len()]
    );
    let correction = if c.rng.chance(40) {
        format!(
            "<p class=\"correction {sv}\"><strong>Correction:</strong> {}</p>",
            esc(V_SCR_CORRECTION)
        )
    } else {
        String::new()
    };
    let data_script = format!(
        "<script>__sveltekit_{h} = {{ base: new URL(\".\", location).pathname.slice(0, -1), env: {{}} }}; const data = [null,{{\"type\":\"data\",\"data\":{{\"meta\":{{\"hed\":\"{t}\",\"byline\":\"{a}\",\"pub\":\"{d}\"}},\"copy\":[{copy}]}}}}];</script>",
        h = o_hex(c.rng, 6),
        t = l_json(&s.title),
        a = l_json(&s.author),
        d = s.date,
        copy = copy_json.join(","),
    );
    let style = format!(
        "<style>.sticky-graphic.{sv}{{position:sticky;top:0;height:100vh}}.step.{sv}{{min-height:90vh}}.g-pstyle0{{font:12px sans-serif}}</style>"
    );
    format!(
        "<!DOCTYPE html><html lang=\"en\">{head}<body data-sveltekit-preload-data=\"hover\"><div style=\"display: contents\">\
         <header class=\"slim-header {sv}\"><a class=\"logo {sv}\" href=\"/\">The Ledger Daily</a><nav class=\"{sv}\"><a href=\"/interactive\">Graphics</a> <a href=\"/subscribe\">Subscribe</a> <a href=\"/login\">Log in</a></nav>\
         <div class=\"progress {sv}\" role=\"progressbar\" aria-valuenow=\"0\"><div class=\"progress-fill {sv}\" style=\"width:0%\"></div></div></header>\
         <main id=\"main\" class=\"{sv}\"><div class=\"hero {sv}\"><video autoplay muted loop playsinline poster=\"/graphics/{year}/hero.jpg\"><source src=\"/graphics/{year}/hero.mp4\" type=\"video/mp4\"></video>\
         <div class=\"hero-text {sv}\"><p class=\"kicker {sv}\">{kicker}</p><h1 class=\"{sv}\">{title}</h1><p class=\"dek {sv}\">{dek}</p></div>\
         <p class=\"scroll-cue {sv}\" aria-hidden=\"true\">Scroll to continue ↓</p></div>\
         <div class=\"byline-block {sv}\"><p class=\"byline {sv}\">By <a href=\"/by/{aslug}\">{author}</a> · Graphics by {gfx}</p><p class=\"dateline {sv}\"><time datetime=\"{d}\">{mname} {day}, {year}</time></p>\
         <div class=\"tools {sv}\"><button class=\"listen {sv}\">▶ Listen ({mins} min)</button><span class=\"listen-note {sv}\">{listen}</span><button class=\"share {sv}\">Share</button><button class=\"gift {sv}\">Gift this article</button></div>\
         <p class=\"motion-note {sv}\">{motion}</p><button class=\"pause-motion {sv}\">Pause animations</button></div>\
         <noscript><p>The graphics in this story require JavaScript. Please enable it in your browser settings to see the full interactive version.</p></noscript>\
         <article class=\"story {sv}\">{body}</article>\
         <div class=\"after-story {sv}\">{correction}<section class=\"methodology {sv}\"><h2 class=\"{sv}\">About this story</h2>{method}</section>\
         <section class=\"credits {sv}\"><h2 class=\"{sv}\">Credits</h2><ul class=\"{sv}\">{credits}</ul><p class=\"{sv}\">Additional production by the design and engineering teams. Editing by the national desk.</p></section>\
         <section class=\"more {sv}\"><h2 class=\"{sv}\">More visual stories</h2><div class=\"promos {sv}\">{more}</div></section>\
         <aside class=\"newsletter {sv}\"><h2 class=\"{sv}\">Visual stories, in your inbox</h2><p class=\"{sv}\">{news}</p><form class=\"{sv}\"><input type=\"email\" placeholder=\"Email address\"><button>Sign up</button></form></aside></div></main>\
         <footer class=\"site-footer {sv}\"><p class=\"{sv}\">{foot}</p><ul class=\"{sv}\"><li><a href=\"/about\">About</a></li><li><a href=\"/contact\">Contact</a></li><li><a href=\"/privacy\">Privacy</a></li><li><a href=\"/terms\">Terms of Service</a></li></ul><p class=\"{sv}\">© {year} The Ledger Daily</p></footer>\
         {data_script}</div></body></html>",
        head = head(s, "The Ledger Daily", &style),
        kicker = c.rng.pick(&[
            "Visual Investigation",
            "The Graphics Desk",
            "Interactive",
            "Special Report"
        ]),
        title = esc(&s.title),
        dek = esc(c.rng.pick(V_SCR_DEKS)),
        aslug = l_slug(&s.author),
        author = esc(&s.author),
        d = s.date,
        mins = 3 + s.paragraphs.iter().map(|p| words(p)).sum::<usize>() / 200,
        listen = esc(V_SCR_LISTEN),
        motion = esc(V_SCR_MOTION),
        news = esc(V_SCR_NEWSLETTER),
        foot = esc(V_SCR_FOOTER),
    )
}

const V_JNL_COOKIE: &str = "Your privacy, your choice. We use essential cookies to make sure the site can function. We also use optional cookies for advertising, personalisation of content, usage analysis, and social media. By accepting optional cookies, you consent to the processing of your personal data, including transfers to third parties, some of which may be located outside your country.";

const V_JNL_STANDFIRSTS: &[&str] = &[
    "A long-running field study offers a rare look at how a complex system responds when one of its parts changes abruptly. The findings challenge a widely held assumption and raise questions for policymakers.",
    "New measurements taken over more than a decade suggest that a familiar pattern has a less familiar cause. The work points to a mechanism that has been overlooked until now.",
    "An analysis of records from hundreds of sites reveals a consistent trend that earlier, smaller studies had missed, with implications well beyond the region studied.",
];

/// `(figure title, caption)`.
const V_JNL_FIGURES: &[(&str, &str)] = &[
    (
        "A shift in the balance between two competing processes.",
        "a, Before the change, gains and losses roughly cancel each other out over a typical year. b, Afterwards the losses dominate, and the system moves steadily towards a new state. Arrows indicate the direction of net flow; shading shows the range across the sites studied.",
    ),
    (
        "Long-term records from the study area.",
        "Annual means for the period covered by the study (points) with a fitted trend (line) and its 95% confidence interval (shading). The vertical dashed line marks the year in which the policy took effect.",
    ),
    (
        "Proposed mechanism.",
        "The authors suggest that a small initial disturbance is amplified through a feedback loop (red) that had previously been assumed to be weak. Grey arrows show pathways that are unaffected.",
    ),
];

const V_JNL_SURNAMES: &[&str] = &[
    "Andersen",
    "Baptiste",
    "Chen",
    "Delacroix",
    "Eriksson",
    "Fujimoto",
    "García",
    "Hoffmann",
    "Iyer",
    "Jensen",
    "Kowalczyk",
    "Lindgren",
    "Mbeki",
    "Nakamura",
    "Okonkwo",
    "Petrov",
];

const V_JNL_TITLES: &[&str] = &[
    "Long-term changes in regional transport emissions",
    "Feedbacks between infrastructure investment and local labour markets",
    "A global assessment of coastal vulnerability under multiple scenarios",
    "Drivers of variability in municipal energy demand",
    "Public finance and the adoption of low-carbon technologies",
    "Observational constraints on a widely used model parameter",
    "Spatial patterns of household adaptation to extreme weather",
    "Cost trajectories of battery storage in the power sector",
];

const V_JNL_JOURNALS: &[&str] = &[
    "Terra",
    "Nat. Energy",
    "Science",
    "Proc. Natl Acad. Sci. USA",
    "Nat. Sustain.",
    "Environ. Res. Lett.",
    "Joule",
];

const V_JNL_AFFILS: &[&str] = &[
    "Department of Geography, University of Northbridge, Northbridge, UK.",
    "Institute for Environmental Studies, Vrije Hogeschool, Amsterdam, the Netherlands.",
    "School of Public Policy, Pacific State University, Portland, OR, USA.",
    "Centre for Energy Systems, Technical University of Aarlund, Aarlund, Denmark.",
];

const V_JNL_ACCESS: &str = "Access Terra and 54 other Terra Portfolio journals. Get Terra+, our best-value online-access subscription, or subscribe to this journal to receive 51 print issues and online access. Prices may be subject to local taxes which are calculated during checkout.";

const V_JNL_RIGHTS: &str = "Reprints and permissions information is available online. Halcyon Scientific or its licensor (e.g. a society or other partner) holds exclusive rights to this article under a publishing agreement with the author(s) or other rightsholder(s); author self-archiving of the accepted manuscript version of this article is solely governed by the terms of such publishing agreement and applicable law.";

const V_JNL_COMMENTS: &str = "By submitting a comment you agree to abide by our Terms and Community Guidelines. If you find something abusive or that does not comply with our terms or guidelines please flag it as inappropriate.";

const V_JNL_BRIEFING: &str = "Sign up for the Terra Briefing newsletter — what matters in science, free to your inbox daily. Get the most important science stories of the day, free in your inbox.";

const V_JNL_FOOTER: &str = "Terra is a weekly international journal publishing the finest peer-reviewed research in all fields of science and technology on the basis of its originality, importance, interdisciplinary interest, timeliness, accessibility, elegance and surprising conclusions.";

const V_JNL_SUBJECTS: &[&str] = &[
    "Energy policy",
    "Environmental economics",
    "Climate-change mitigation",
    "Geography",
    "Socioeconomic scenarios",
    "Transportation",
];

/// One reference of the reference list, numbered from 1.
fn v3_reference(rng: &mut Rng, k: usize) -> String {
    let na = 1 + rng.below(3);
    let authors: Vec<String> = (0..na)
        .map(|_| {
            format!(
                "{}, {}.",
                rng.pick(V_JNL_SURNAMES),
                char::from(b'A' + rng.below(26) as u8)
            )
        })
        .collect();
    let etal = if rng.chance(40) { " et al." } else { "" };
    let year = 1998 + rng.below(27);
    let first = 100 + rng.below(800);
    let last = first + 1 + rng.below(12);
    let doi = format!("10.{}/{}", 1000 + rng.below(9000), o_hex(rng, 10));
    format!(
        "<li class=\"c-article-references__item js-c-reading-companion-references-item\" data-counter=\"{k}.\"><p class=\"c-article-references__text\" id=\"ref-CR{k}\">{}{etal} {}. <i>{}</i> <b>{}</b>, {first}–{last} ({year}).</p>\
         <p class=\"c-article-references__links u-hide-print\"><a data-track-action=\"article reference\" href=\"https://doi.org/{doi}\">Article</a> <a href=\"https://scholar.example/scholar_lookup?title={}\">Google Scholar</a></p></li>",
        authors.join(", "),
        esc(rng.pick(V_JNL_TITLES)),
        esc(rng.pick(V_JNL_JOURNALS)),
        1 + rng.below(600),
        l_slug(rng.pick(V_JNL_TITLES)),
    )
}

/// V3 (round 12): a "News & Views" commentary on a
/// scholarly journal's website (Nature-like, `c-article-*` classes):
/// `citation_*` meta tags and a data layer, a consent dialog in prose, a
/// journal header ("View all journals", search, log in), a menu
/// ("Explore content", "About the journal", "Publish with us"), a
/// breadcrumb, the article type, "Published:" date, the title, the author
/// list with affiliation links, the journal citation line, "Cite this
/// article", access and citation metrics, a prose standfirst (not part of
/// the text); then the paragraphs in `div.c-article-body` (in some pages
/// inside a `section` whose heading is visually hidden) with figures whose
/// titles and prose captions sit between paragraphs, and in some pages an
/// access box in prose cutting in before the body; after it the
/// "References" list of citations with links, affiliations, "Ethics
/// declarations" ("Competing interests" in prose), "Rights and
/// permissions" in prose, "About this article" with a cite-as block, DOI
/// and subject chips, "This article is cited by" entries, "Comments" with
/// a prose policy, a "Related articles" rail, a briefing signup
/// in prose and a footer with a prose journal description.
fn v3_journal(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let (_, mname, day, year) = n_date(&s.date);
    let vol = 500 + c.rng.below(150);
    let issue = 7000 + c.rng.below(1000);
    let page0 = 100 + c.rng.below(800);
    let npages = 1 + c.rng.below(3);
    let doi = format!(
        "10.1038/d41586-{}-{:05}-{}",
        &year[2..],
        c.rng.below(99_999),
        c.rng.below(10)
    );
    let hidden_section = c.rng.chance(50);
    let paywalled = c.rng.chance(35);
    let accesses = 800 + c.rng.below(30_000);
    let altmetric = 5 + c.rng.below(400);
    // A second author now and then, with affiliations.
    let coauthor = if c.rng.chance(50) {
        Some(format!(
            "{} {}",
            c.rng
                .pick(&["Maria", "Jonas", "Aiko", "Daniel", "Fatima", "Erik"]),
            c.rng.pick(V_JNL_SURNAMES)
        ))
    } else {
        None
    };
    let mut authors = vec![s.author.clone()];
    if let Some(a) = &coauthor {
        authors.push(a.clone());
    }
    let a0 = c.rng.below(V_JNL_AFFILS.len());
    let author_list: String = authors
        .iter()
        .enumerate()
        .map(|(k, a)| {
            format!(
                "<li class=\"c-article-author-list__item\"><a data-test=\"author-name\" data-track-action=\"open author\" href=\"#auth-{a_slug}\">{an}</a><sup class=\"u-js-hide\"><a href=\"#Aff{k1}\">{k1}</a></sup>{sep}</li>",
                a_slug = l_slug(a),
                an = esc(a),
                k1 = k + 1,
                sep = if k + 1 < authors.len() { " &amp; " } else { "" },
            )
        })
        .collect();
    let n = s.paragraphs.len();
    let nfig = if n > 3 { 1 + c.rng.below(2) } else { 0 };
    let f0 = c.rng.below(V_JNL_FIGURES.len());
    let fig_after: Vec<usize> = (0..nfig).map(|k| (k + 1) * n / (nfig + 1)).collect();
    let mut paras = String::new();
    let mut fig_no = 0;
    for (i, p) in s.paragraphs.iter().enumerate() {
        paras.push_str(&format!("<p>{}</p>", c.body_paragraph(p)));
        if fig_after.contains(&(i + 1)) && i + 1 < n {
            fig_no += 1;
            let (ft, fc) = V_JNL_FIGURES[(f0 + fig_no) % V_JNL_FIGURES.len()];
            paras.push_str(&format!(
                "<div class=\"c-article-section__figure js-c-reading-companion-figures-item\" data-test=\"figure\" data-container-section=\"figure\" id=\"figure-{fig_no}\"><figure>\
                 <figcaption><b id=\"Fig{fig_no}\" class=\"c-article-section__figure-caption\" data-test=\"figure-caption-text\">Figure {fig_no} | {ft}</b></figcaption>\
                 <div class=\"c-article-section__figure-content\"><div class=\"c-article-section__figure-item\"><a class=\"c-article-section__figure-link\" href=\"/articles/{slug}/figures/{fig_no}\"><picture><img src=\"https://media.halcyonsci.example/lw685/{h}.png\" alt=\"figure {fig_no}\" loading=\"lazy\"></picture></a></div>\
                 <div class=\"c-article-section__figure-description\" data-test=\"bottom-caption\" id=\"figure-{fig_no}-desc\"><p>{fc}</p></div></div>\
                 <div class=\"u-text-right u-hide-print\"><a class=\"c-article__pill-button\" href=\"/articles/{slug}/figures/{fig_no}\" rel=\"nofollow\"><span>Full size image</span></a></div></figure></div>",
                ft = esc(ft),
                fc = esc(fc),
                slug = doi.rsplit('/').next().unwrap_or(""),
                h = o_hex(c.rng, 16),
            ));
        }
    }
    let body = if hidden_section {
        format!(
            "<section data-title=\"Main\" lang=\"en\"><div class=\"c-article-section\" id=\"Sec1-section\"><h2 class=\"c-article-section__title js-section-title js-c-reading-companion-sections-item u-visually-hidden\" id=\"Sec1\">Main</h2><div class=\"c-article-section__content\" id=\"Sec1-content\">{paras}</div></div></section>"
        )
    } else {
        format!("<div class=\"c-article-section__content\">{paras}</div>")
    };
    let access = if paywalled {
        format!(
            "<div class=\"c-article-access-provider\"><p class=\"c-article-access-provider__text\">Access through your institution</p><a class=\"c-article-access-provider__button\" href=\"/institutional-login\">Log in via your institution</a></div>\
             <div class=\"c-terra-box c-terra-box--side\" data-test=\"access-options\"><h2 class=\"c-terra-box__title\">Access options</h2><p>{}</p><ul><li><span class=\"c-terra-box__price\">$29.99</span> / 30 days</li><li><span class=\"c-terra-box__price\">$199.00</span> per year, only $3.90 per issue</li></ul><a href=\"/subscribe\">Subscribe to this journal</a> <a href=\"/rent\">Rent or buy this article</a></div>",
            esc(V_JNL_ACCESS)
        )
    } else {
        String::new()
    };
    let nref = 3 + c.rng.below(10);
    let refs: String = (1..=nref).map(|k| v3_reference(c.rng, k)).collect();
    let affils: String = authors
        .iter()
        .enumerate()
        .map(|(k, a)| {
            format!(
                "<li id=\"Aff{k1}\"><p class=\"c-article-author-affiliation__address\">{aff}</p><p class=\"c-article-author-affiliation__authors-list\">{an}</p></li>",
                k1 = k + 1,
                aff = esc(V_JNL_AFFILS[(a0 + k) % V_JNL_AFFILS.len()]),
                an = esc(a),
            )
        })
        .collect();
    let subjects: String = (0..3)
        .map(|_| {
            let t = c.rng.pick(V_JNL_SUBJECTS);
            format!("<li class=\"c-article-subject-list__subject\"><a href=\"/subjects/{}\" data-track=\"click\">{}</a></li>", l_slug(t), esc(t))
        })
        .collect();
    let cited: String = (0..c.rng.below(3))
        .map(|_| {
            format!(
                "<li class=\"app-article-list-row__item\"><h3 class=\"c-article-item__title\"><a href=\"https://doi.org/10.{}/{}\">{}</a></h3><ul class=\"c-author-list\"><li>{} et al.</li></ul><p class=\"c-article-item__meta\"><span>{}</span> ({})</p></li>",
                1000 + c.rng.below(9000),
                o_hex(c.rng, 8),
                esc(c.rng.pick(V_JNL_TITLES)),
                esc(c.rng.pick(V_JNL_SURNAMES)),
                esc(c.rng.pick(V_JNL_JOURNALS)),
                year
            )
        })
        .collect();
    let cited = if cited.is_empty() {
        String::new()
    } else {
        format!(
            "<section aria-labelledby=\"citeas\"><h2 class=\"c-article-section__title\" id=\"citeas\">This article is cited by</h2><ul class=\"app-article-list-row\">{cited}</ul></section>"
        )
    };
    let related: String = (0..4)
        .map(|_| {
            let t = c.rng.pick(V_JNL_TITLES);
            format!(
                "<li class=\"c-article-related-articles__item\"><article class=\"u-full-height c-card c-card--flush\"><div class=\"c-card__body\"><h3 class=\"c-card__title\"><a class=\"c-card__link\" href=\"/articles/s41586-0{}\">{}</a></h3><ul class=\"c-author-list\"><li>{}</li><li>{}</li></ul><span class=\"c-meta__type\">{}</span></div></article></li>",
                c.rng.below(1_000_000),
                esc(t),
                esc(c.rng.pick(V_JNL_SURNAMES)),
                esc(c.rng.pick(V_JNL_SURNAMES)),
                c.rng.pick(&["Article", "News & Views", "Perspective", "Research Briefing"])
            )
        })
        .collect();
    let cite_authors: Vec<String> = authors
        .iter()
        .map(|a| {
            let mut parts = a.split_whitespace().rev();
            let last = parts.next().unwrap_or("");
            let first = parts
                .next_back()
                .and_then(|f| f.chars().next())
                .map(|ch| format!(", {ch}."))
                .unwrap_or_default();
            format!("{last}{first}")
        })
        .collect();
    let pages = format!("{page0}–{}", page0 + npages);
    let meta = format!(
        "<meta name=\"citation_journal_title\" content=\"Terra\"><meta name=\"citation_publisher\" content=\"Terra Publishing Group UK\"><meta name=\"citation_title\" content=\"{t}\"><meta name=\"citation_volume\" content=\"{vol}\"><meta name=\"citation_issue\" content=\"{issue}\"><meta name=\"citation_publication_date\" content=\"{yd}\"><meta name=\"citation_firstpage\" content=\"{page0}\"><meta name=\"citation_doi\" content=\"{doi}\"><meta name=\"citation_author\" content=\"{a}\"><meta name=\"dc.type\" content=\"News And Views\">\
         <script>window.dataLayer = [{{\"content\":{{\"category\":{{\"contentType\":\"news and views\",\"legacy\":{{\"webtrendsPrimaryArticleType\":\"news\",\"webtrendsSubjectTerms\":\"{subj}\",\"webtrendsContentCategory\":null}}}},\"article\":{{\"doi\":\"{doi}\"}},\"attributes\":{{\"cms\":null,\"deliveryPlatform\":\"oscar\",\"copyright\":{{\"open\":false,\"legacy\":{{\"webtrendsLicenceType\":null}}}}}},\"contentInfo\":{{\"authors\":[\"{a}\"],\"publishedAt\":{ts},\"publishedAtString\":\"{d}\",\"title\":\"{tj}\",\"type\":\"NewsAndViews\"}},\"journal\":{{\"pcode\":\"terra\",\"title\":\"terra\",\"volume\":\"{vol}\",\"issue\":\"{issue}\"}}}},\"page\":{{\"category\":{{\"pageType\":\"article\"}},\"attributes\":{{\"template\":\"mosaic\",\"featureFlags\":[{{\"name\":\"terra-onwards-journey\",\"active\":false}}]}}}},\"privacy\":{{}},\"version\":\"1.0.0\"}}];</script>",
        t = o_attr(&s.title),
        yd = s.date.replace('-', "/"),
        a = o_attr(&s.author),
        subj = l_json(V_JNL_SUBJECTS[a0 % V_JNL_SUBJECTS.len()]),
        ts = 1_700_000_000u64 + c.rng.next() % 100_000_000,
        d = s.date,
        tj = l_json(&s.title),
    );
    let menu: String = [
        "Research articles", "News", "Opinion", "Research Analysis", "Careers", "Books & Culture",
        "Podcasts", "Videos", "Current issue", "Browse issues", "Collections", "Subjects",
    ]
    .iter()
    .map(|m| format!("<li class=\"c-header__item\"><a class=\"c-header__link\" href=\"/terra/{}\">{m}</a></li>", l_slug(m)))
    .collect();
    let footer_cols: String = [
        ("About Terra Portfolio", &["About us", "Press releases", "Press office", "Contact us"][..]),
        ("Discover content", &["Journals A-Z", "Articles by subject", "protocols.io", "Terra Index"][..]),
        ("Publishing policies", &["Terra portfolio policies", "Open access"][..]),
        ("Author & Researcher services", &["Reprints & permissions", "Research data", "Language editing", "Scientific editing", "Terra Masterclasses", "Research Solutions"][..]),
        ("Libraries & institutions", &["Librarian service & tools", "Librarian portal", "Open research", "Recommend to library"][..]),
    ]
    .iter()
    .map(|(h, items)| {
        let lis: String = items
            .iter()
            .map(|t| format!("<li class=\"c-footer__item\"><a class=\"c-footer__link\" href=\"/{}\">{}</a></li>", l_slug(t), esc(t)))
            .collect();
        format!("<div class=\"c-footer__group\"><h3 class=\"c-footer__heading\">{}</h3><ul class=\"c-footer__list\">{lis}</ul></div>", esc(h))
    })
    .collect();
    format!(
        "<!DOCTYPE html><html lang=\"en\" class=\"grade-c\">{head}<body class=\"article-page\">\
         <div class=\"cc-banner\" data-cc-banner=\"\" role=\"dialog\" aria-labelledby=\"cc-title\"><div class=\"cc-banner__content\"><h2 id=\"cc-title\" class=\"cc-banner__title\">Your privacy, your choice</h2><p>{cookie}</p><p>You can find further information in our <a href=\"/privacy\">privacy policy</a>.</p></div><div class=\"cc-banner__footer\"><button class=\"cc-button\">Accept all cookies</button><button class=\"cc-button\">Reject optional cookies</button><button class=\"cc-button cc-button--link\">Manage preferences</button></div></div>\
         <div class=\"u-visually-hidden\" aria-live=\"polite\"></div><a class=\"c-skip-link\" href=\"#content\">Skip to main content</a>\
         <div class=\"c-ad c-ad--728x90\"><div class=\"c-ad__inner\"><p class=\"c-ad__label\">Advertisement</p><div id=\"div-gpt-ad-top-1\" class=\"div-gpt-ad advert leaderboard js-ad text-center hide-print grade-c-hide\" data-ad-type=\"top\"></div></div></div>\
         <header class=\"c-header\" id=\"header\" data-header=\"\"><div class=\"c-header__row\"><div class=\"c-header__container\"><div class=\"c-header__split\"><div class=\"c-header__logo-container\"><a href=\"/\" data-track=\"click\" data-track-action=\"home\"><img src=\"/static/images/logos/terra-brand-logo.svg\" alt=\"Terra\"></a></div>\
         <ul class=\"c-header__menu c-header__menu--global\"><li class=\"c-header__item c-header__item--pipe\"><a class=\"c-header__link\" href=\"https://www.terra.example/siteindex\">View all journals</a></li><li class=\"c-header__item\"><a class=\"c-header__link\" href=\"#search-menu\">Search</a></li><li class=\"c-header__item\"><a class=\"c-header__link\" href=\"/login\">Log in</a></li></ul></div></div></div>\
         <div class=\"c-header__row\"><div class=\"c-header__container\"><ul class=\"c-header__menu\"><li class=\"c-header__item c-header__item--dropdown-menu\"><a class=\"c-header__link\" href=\"#explore\">Explore content</a><ul class=\"c-header__dropdown\">{menu}</ul></li>\
         <li class=\"c-header__item c-header__item--dropdown-menu\"><a class=\"c-header__link\" href=\"#about-the-journal\">About the journal</a></li><li class=\"c-header__item c-header__item--dropdown-menu\"><a class=\"c-header__link\" href=\"#publish-with-us\">Publish with us</a></li></ul>\
         <ul class=\"c-header__menu c-header__menu--tools\"><li class=\"c-header__item\"><a class=\"c-header__link\" href=\"/my-account/alerts/subscribe-journal\">Sign up for alerts</a></li><li class=\"c-header__item\"><a class=\"c-header__link\" href=\"/terra.rss\">RSS feed</a></li></ul></div></div></header>\
         <nav class=\"u-mb-16\" aria-label=\"breadcrumbs\"><ol class=\"c-breadcrumbs\"><li class=\"c-breadcrumbs__item\"><a class=\"c-breadcrumbs__link\" href=\"/\">terra</a></li><li class=\"c-breadcrumbs__item\"><a class=\"c-breadcrumbs__link\" href=\"/terra/articles?type=news-and-views\">news &amp; views</a></li><li class=\"c-breadcrumbs__item\">article</li></ol></nav>\
         <div class=\"u-container u-mt-32 u-mb-32 u-clearfix\" id=\"content\" data-component=\"article-container\"><main class=\"c-article-main-column u-float-left js-main-column\" data-track-component=\"article body\">\
         <article lang=\"en\"><div class=\"c-article-header\"><header><ul class=\"c-article-identifiers\" data-test=\"article-identifier\"><li class=\"c-article-identifiers__item\" data-test=\"article-category\">News &amp; Views</li><li class=\"c-article-identifiers__item\">Published: <time datetime=\"{d}\">{day} {mname} {year}</time></li></ul>\
         <h1 class=\"c-article-title\" data-test=\"article-title\" data-article-title=\"\">{title}</h1>\
         <ul class=\"c-article-author-list c-article-author-list--short\" data-test=\"authors-list\">{author_list}</ul>\
         <p class=\"c-article-info-details\" data-container-section=\"info\"><a data-test=\"journal-link\" href=\"/\"><i data-test=\"journal-title\">Terra</i></a> <b data-test=\"journal-volume\"><span class=\"u-visually-hidden\">volume</span> {vol}</b>, <span class=\"u-visually-hidden\">pages </span>{pages} ({year})<a href=\"#citeas\" class=\"c-article-info-details__cite-as u-hide-print\" data-track-action=\"cite this article\">Cite this article</a></p>\
         <div class=\"c-article-metrics-bar__wrapper u-clear-both\"><ul class=\"c-article-metrics-bar u-list-reset\"><li class=\"c-article-metrics-bar__item\"><p class=\"c-article-metrics-bar__count\">{acc} <span class=\"c-article-metrics-bar__label\">Accesses</span></p></li><li class=\"c-article-metrics-bar__item\"><p class=\"c-article-metrics-bar__count\">{altmetric} <span class=\"c-article-metrics-bar__label\">Altmetric</span></p></li><li class=\"c-article-metrics-bar__item\"><p class=\"c-article-metrics-bar__details\"><a href=\"/articles/metrics\" rel=\"nofollow\">Metrics <span class=\"u-visually-hidden\">details</span></a></p></li></ul></div>\
         <div class=\"c-article-teaser-text\" data-test=\"article-teaser\"><p>{standfirst}</p></div></header></div>\
         {access}<div class=\"c-article-body main-content\" data-article-body=\"true\" data-track-component=\"article body\">{body}</div>\
         <div class=\"c-ad c-ad--300x250 u-hide-print\"><div class=\"c-ad__inner\"><p class=\"c-ad__label\">Advertisement</p><div id=\"div-gpt-ad-middle-2\" class=\"div-gpt-ad\"></div></div></div>\
         <section aria-labelledby=\"Bib1\" data-title=\"References\"><div class=\"c-article-section\" id=\"Bib1-section\"><h2 class=\"c-article-section__title\" id=\"Bib1\">References</h2><div class=\"c-article-section__content\" id=\"Bib1-content\"><div data-container-section=\"references\"><ol class=\"c-article-references\" data-track-component=\"outbound reference\">{refs}</ol>\
         <p class=\"c-article-references__download u-hide-print\"><a data-track=\"click\" href=\"/citation-references.ris\" rel=\"nofollow\">Download references</a></p></div></div></div></section>\
         <section data-title=\"Author information\"><div class=\"c-article-section\" id=\"author-information-section\"><h2 class=\"c-article-section__title\" id=\"author-information\">Author information</h2><div class=\"c-article-section__content\" id=\"author-information-content\"><h3 class=\"c-article__sub-heading\" id=\"affiliations\">Authors and Affiliations</h3><ol class=\"c-article-author-affiliation__list\">{affils}</ol>\
         <h3 class=\"c-article__sub-heading\" id=\"corresponding-author\">Corresponding author</h3><p id=\"corresponding-author-list\">Correspondence to <a id=\"corresp-c1\" href=\"mailto:{aslug}@example.edu\">{author}</a>.</p></div></div></section>\
         <section data-title=\"Ethics declarations\"><div class=\"c-article-section\" id=\"ethics-section\"><h2 class=\"c-article-section__title\" id=\"ethics\">Ethics declarations</h2><div class=\"c-article-section__content\" id=\"ethics-content\"><h3 class=\"c-article__sub-heading\" id=\"FPar1\">Competing interests</h3><p>The authors declare no competing interests.</p></div></div></section>\
         <section data-title=\"Rights and permissions\"><div class=\"c-article-section\" id=\"rightslink-section\"><h2 class=\"c-article-section__title\" id=\"rightslink\">Rights and permissions</h2><div class=\"c-article-section__content\" id=\"rightslink-content\"><p>{rights}</p><p class=\"c-article-rights\"><a data-track=\"click\" href=\"https://s100.copyright.example/AppDispatchServlet\">Reprints and permissions</a></p></div></div></section>\
         <section aria-labelledby=\"article-info\" data-title=\"About this article\"><div class=\"c-article-section\" id=\"article-info-section\"><h2 class=\"c-article-section__title\" id=\"article-info\">About this article</h2><div class=\"c-article-section__content\" id=\"article-info-content\"><div class=\"c-bibliographic-information\">\
         <div class=\"c-bibliographic-information__column\"><h3 class=\"c-article__sub-heading\" id=\"citeas\">Cite this article</h3><p class=\"c-bibliographic-information__citation\">{cite_authors} {title}. <i>Terra</i> <b>{vol}</b>, {pages} ({year}). https://doi.org/{doi}</p>\
         <h3 class=\"c-bibliographic-information__download-citation u-mb-8 u-mt-16 u-hide-print\">Download citation<a data-test=\"citation-link\" href=\"/citation.ris\" rel=\"nofollow\">.RIS</a></h3>\
         <ul class=\"c-bibliographic-information__list\" data-test=\"publication-history\"><li class=\"c-bibliographic-information__list-item\"><p>Published<span class=\"u-hide\">: </span><span class=\"c-bibliographic-information__value\"><time datetime=\"{d}\">{day} {mname} {year}</time></span></p></li>\
         <li class=\"c-bibliographic-information__list-item\"><p>Issue Date<span class=\"u-hide\">: </span><span class=\"c-bibliographic-information__value\">{mname} {year}</span></p></li>\
         <li class=\"c-bibliographic-information__list-item c-bibliographic-information__list-item--full-width\"><p><abbr title=\"Digital Object Identifier\">DOI</abbr><span class=\"u-hide\">: </span><span class=\"c-bibliographic-information__value\">https://doi.org/{doi}</span></p></li></ul>\
         <div data-component=\"share-box\"><div class=\"c-article-share-box u-display-none\" hidden><h3 class=\"c-article__sub-heading\">Share this article</h3><p class=\"c-article-share-box__description\">Anyone you share the following link with will be able to read this content:</p><button class=\"js-get-share-url c-article-share-box__button\" type=\"button\">Get shareable link</button><p class=\"js-c-article-share-box__no-sharelink-info c-article-share-box__no-sharelink-info\">Sorry, a shareable link is not currently available for this article.</p><p class=\"c-article-share-box__additional-info\">Provided by the Halcyon Scientific SharedIt content-sharing initiative</p></div></div>\
         <h3 class=\"c-article__sub-heading\">Subjects</h3><ul class=\"c-article-subject-list\">{subjects}</ul></div></div></div></div></section>\
         {cited}\
         <section id=\"article-comments-section\" class=\"c-article-section\"><h2 class=\"c-article-section__title\">Comments</h2><p class=\"c-article-section__content\">{comments_note}</p><div id=\"comments-mount\"></div></section></article></main>\
         <aside class=\"c-article-extras u-hide-print\" aria-label=\"Article navigation\" data-component-reading-companion=\"\"><div class=\"c-ad c-ad--300x250\"><div class=\"c-ad__inner\"><p class=\"c-ad__label\">Advertisement</p><div id=\"div-gpt-ad-right-2\" class=\"div-gpt-ad\"></div></div></div>\
         <div class=\"c-reading-companion\"><div class=\"c-reading-companion__sticky\"><ul class=\"c-reading-companion__tabs\"><li><button>Sections</button></li><li><button>Figures</button></li><li><button>References</button></li></ul></div></div>\
         <section class=\"c-article-related-articles\"><h2 class=\"c-article-related-articles__title\">Related Articles</h2><ul class=\"c-article-related-articles__list\">{related}</ul></section></aside></div>\
         <div class=\"c-site-messages message u-hide u-hide-print c-site-messages--terra-briefing\" data-component-id=\"terra-briefing-banner\"><div class=\"c-site-messages__banner-large\"><div class=\"c-site-messages__form-container\"><div class=\"grid grid-12 last\"><div class=\"grid grid-4\"><img alt=\"Terra Briefing\" src=\"/static/images/logos/terra-briefing-logo.svg\"></div><div class=\"grid grid-4\"><p class=\"c-site-messages--terra-briefing__strapline extra-tight-line-height\">{briefing}</p></div>\
         <div class=\"grid grid-4 last\"><form action=\"/briefing/signup/formfeedback\" method=\"post\"><label class=\"terra-briefing-banner__email-label\" for=\"banner-EmailAddressInput\">Email address</label><input type=\"email\" id=\"banner-EmailAddressInput\"><button type=\"submit\">Sign up</button><label><input type=\"checkbox\" required> I agree my information will be processed in accordance with the <em>Terra</em> and Halcyon Scientific Limited <a href=\"/info/privacy\">Privacy Policy</a>.</label></form></div></div></div></div></div>\
         <footer class=\"composite-layer\"><div class=\"u-mt-16 u-mb-16\"><div class=\"u-container\"><div class=\"u-display-flex u-flex-wrap u-justify-content-space-between\"><p class=\"c-meta u-ma-0 u-flex-shrink\"><span class=\"c-meta__item\">Terra (<i>Terra</i>)</span> <span class=\"c-meta__item\"><abbr title=\"International Standard Serial Number\">ISSN</abbr> <span itemprop=\"onlineIssn\">1476-4687</span> (online)</span></p></div></div></div>\
         <div class=\"c-footer\"><div class=\"u-container\"><p class=\"c-footer__description\">{foot}</p><div class=\"c-footer__header\">{footer_cols}</div></div>\
         <div class=\"c-corporate-footer\"><div class=\"u-container\"><img src=\"/static/images/logos/sn-logo-white.svg\" alt=\"Halcyon Scientific\"><p class=\"c-corporate-footer__legal\" data-test=\"copyright\">© {year} Halcyon Scientific Limited</p></div></div></div></footer></body></html>",
        head = head(s, "Terra", &meta),
        cookie = esc(V_JNL_COOKIE),
        d = s.date,
        title = esc(&s.title),
        acc = v_thousands(accesses),
        standfirst = esc(c.rng.pick(V_JNL_STANDFIRSTS)),
        aslug = l_slug(&s.author),
        author = esc(&s.author),
        rights = esc(V_JNL_RIGHTS),
        cite_authors = esc(&cite_authors.join(" & ")),
        comments_note = esc(V_JNL_COMMENTS),
        briefing = esc(V_JNL_BRIEFING),
        foot = esc(V_JNL_FOOTER),
    )
}

const W_TRADE_SECTORS: &[&str] = &[
    "Tankers",
    "Dry bulk",
    "Containers",
    "Gas carriers",
    "Shipbuilding",
    "Ports and logistics",
    "Finance",
    "Insurance",
    "Regulation",
    "Decarbonisation",
    "Technology",
    "Offshore",
    "Cruise and ferry",
    "People",
    "Opinion",
    "Podcasts",
    "Market data",
    "Events",
    "Awards",
    "Whitepapers",
    "Jobs",
];

const W_TRADE_INDICES: &[(&str, usize)] = &[
    ("Dry Index", 1400),
    ("Capesize 5TC", 18_000),
    ("Panamax 4TC", 12_000),
    ("VLCC TD3C WS", 45),
    ("Container Composite", 2100),
    ("LNG spot Atlantic", 60_000),
    ("VLSFO Singapore", 560),
    ("Newbuild Price Index", 180),
];

const W_TRADE_HEADLINES: &[&str] = &[
    "Owners hold out for higher rates as Atlantic tonnage tightens",
    "Yard order books stretch into 2029 as dual-fuel demand climbs",
    "Charterers push back on new emissions surcharges",
    "Port congestion eases on the East Coast but backlog remains in the Gulf",
    "Insurers raise premiums for vessels transiting high-risk waters",
    "Mid-sized operator agrees merger with Nordic rival",
    "Classification society approves first ammonia bunkering procedure",
    "Analysts cut second-half forecasts for the product tanker market",
];

const W_TRADE_BLURBS: &[&str] = &[
    "Brokers say fixtures concluded this week point to a firmer market heading into the autumn, although rates remain below last year's peak.",
    "The order takes the company's fleet renewal programme to 14 ships and is backed by a loan from a group of export credit agencies.",
    "Industry groups warned that the new rules could add several hundred dollars to the cost of a single container moved on the busiest lanes.",
    "Executives told investors on a call that they expect the deal to close in the first quarter, subject to approval by competition authorities.",
    "The regulator said it would publish a consultation paper before the end of the year and invited responses from owners, managers and crew unions.",
    "Market watchers attribute the slide to weaker Chinese steel output and an unusually large number of ships coming out of dry dock.",
];

const W_TRADE_JOBS: &[(&str, &str, &str)] = &[
    (
        "Senior Chartering Manager",
        "Singapore",
        "Competitive salary and relocation package",
    ),
    (
        "Technical Superintendent, LNG",
        "Athens",
        "Attractive package with annual bonus",
    ),
    (
        "Head of Marine Insurance Claims",
        "London",
        "Excellent benefits, hybrid working",
    ),
    (
        "Port Operations Analyst",
        "Rotterdam",
        "Permanent role, relocation support available",
    ),
    (
        "Fleet Decarbonisation Lead",
        "Copenhagen",
        "Negotiable, depending on experience",
    ),
];

const W_TRADE_EVENTS: &[(&str, &str, &str)] = &[
    (
        "Decarbonisation Forum",
        "Rotterdam",
        "A day of panels on fuel choices, carbon pricing and retrofit finance, with speakers from owners, charterers and the banks that fund them.",
    ),
    (
        "Tanker Outlook Breakfast",
        "Singapore",
        "Our market editors and a panel of brokers discuss where rates are heading and what the sanctions picture means for trading patterns.",
    ),
    (
        "Ship Finance Awards Dinner",
        "London",
        "The industry's annual celebration of the deals, lenders and advisers that shaped the year, hosted in the City with guests from 30 countries.",
    ),
    (
        "Ports of the Future Webinar",
        "Online",
        "Terminal operators explain how automation and shore power are changing the economics of a port call, followed by audience questions.",
    ),
];

const W_TRADE_CAPTIONS: &[&str] = &[
    "A loaded bulk carrier leaves the anchorage at dawn. The vessel is not connected to the companies mentioned in this article.",
    "Container stacks at a terminal in northern Europe, where dwell times have risen for the third month running.",
    "An LNG carrier under construction at a shipyard in South Korea earlier this year.",
    "Tugs assist a product tanker into berth during a busy morning shift.",
];

const W_TRADE_FACTS: &[&str] = &[
    "The global fleet carries more than 80% of world trade by volume.",
    "Average newbuilding lead times now exceed three years at the largest yards.",
    "Around 40% of ships on order can run on an alternative fuel.",
    "Emissions rules in Europe cover half of voyage emissions into and out of the bloc.",
    "Secondhand prices for five-year-old tonnage are near a 15-year high.",
];

const W_TRADE_CONSENT: &str = "We use cookies to operate this website, to remember your login and preferences, and with your permission to analyse how our content is used and to show you relevant advertising from our sponsors and events partners. You can accept all cookies or manage your choices at any time from the link in the footer.";

const W_TRADE_METER: &str = "You have read 2 of your 3 free articles this month. Register for free to keep reading, or subscribe for unlimited access to our news, analysis and market data.";

const W_TRADE_NEWSLETTER: &str = "Get the morning briefing that the shipping industry reads first. Our editors send the overnight fixtures, the biggest deals and the regulatory changes you need to know about before the markets open in London.";

const W_TRADE_WEBINAR: &str = "Join our senior editors and a panel of chartering executives for a live discussion of the freight outlook for the rest of the year. Registration is free for subscribers, and a recording will be sent to everyone who signs up.";

const W_TRADE_SPONSORED: &str = "Partner content: how a mid-sized tanker owner cut its fuel bill by 11% with weather routing and hull monitoring. This content was produced by our commercial team in partnership with a technology supplier and was not written by our journalists.";

const W_TRADE_BIO: &str = "is a senior correspondent covering ship finance, tankers and the companies that own them. Before joining the title in 2019 she reported on commodities and energy markets from Oslo and Singapore.";

const W_TRADE_ABOUT: &str = "Harbour & Freight is the independent daily news service for the international shipping, ports and logistics industries. Our correspondents in London, Athens, Oslo, Singapore, Shanghai and Houston report on the deals, the markets and the people that move world trade.";

const W_TRADE_LEGAL: &str = "All material on this site is subject to copyright. Subscribers may share individual articles with colleagues for internal use, but systematic copying or redistribution requires a corporate licence. Market data is provided for information only and should not be relied upon for trading decisions.";

/// W0 (held out, round 13): a subscription B2B trade-press title for
/// shipping and logistics (Lloyd's List-, TradeWinds- or Splash-like):
/// a consent dialog in prose, a top bar (subscribe, log in, events,
/// jobs, advertise), a long sector menu, a freight-index ticker strip
/// (index names, values, changes), a registration meter in prose
/// (before the article in some pages, a fixed bottom bar in others), a
/// breadcrumb, a sector label and a "Premium" badge, the headline, a
/// prose standfirst (not part of the text), the byline with role,
/// published and updated times, a share bar, a hero image with a prose
/// caption and credit; the paragraphs as bare `<p>`s, as classed `<p>`s
/// or each inside a `div.text-block`, with an MPU ad slot, a "Read
/// more" box of related headlines and in some pages a "Key facts" aside
/// in full sentences between them; then topic tags, an author box with
/// a prose bio, a partner-content box in prose, a webinar promo in
/// prose, "Most read" and "Related articles" with prose blurbs, a jobs
/// widget, an events list with prose descriptions, a newsletter signup
/// in prose, a footer with a prose "about" text and legal notice, and a
/// preloaded JSON state blob with the article's metadata and teasers.
fn w0_tradepress(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let (_, mname, day, year) = n_date(&s.date);
    let n = s.paragraphs.len();
    let sector = c.rng.pick(W_TRADE_SECTORS);
    let premium = c.rng.chance(60);
    let meter_top = c.rng.chance(50);
    let pstyle = c.rng.below(3);
    let art_id = 1_100_000 + c.rng.below(900_000);
    let hour = 5 + c.rng.below(12);
    let minute = c.rng.below(60);
    let menu: String = W_TRADE_SECTORS
        .iter()
        .map(|x| {
            format!(
                "<li class=\"main-nav__item\"><a class=\"main-nav__link\" href=\"/sectors/{}\">{}</a></li>",
                l_slug(x),
                esc(x)
            )
        })
        .collect();
    let ticker: String = W_TRADE_INDICES
        .iter()
        .map(|(name, base)| {
            let v = base * (85 + c.rng.below(30)) / 100;
            let (chg, dir) = m_change(c.rng);
            format!(
                "<li class=\"ticker__item ticker__item--{dir}\"><span class=\"ticker__name\">{}</span> <span class=\"ticker__value\">{}</span> <span class=\"ticker__change\">{chg}</span></li>",
                esc(name),
                v_thousands(v)
            )
        })
        .collect();
    let meter = format!(
        "<div class=\"reg-meter{}\" role=\"region\" aria-label=\"Free article allowance\"><p>{}</p><a class=\"btn btn--primary\" href=\"/register\">Register free</a> <a class=\"btn\" href=\"/subscribe\">Subscribe</a></div>",
        if meter_top { "" } else { " reg-meter--fixed" },
        esc(W_TRADE_METER)
    );
    let ad = format!(
        "<div class=\"ad-slot ad-slot--mpu\" data-ad-unit=\"/2231/hf/article/mpu{}\"><span class=\"ad-slot__label\">{}</span><div id=\"gpt-mpu-{}\"></div></div>",
        1 + c.rng.below(3),
        c.rng.pick(&["Advertisement", "ADVERTISEMENT", "Sponsored"]),
        o_hex(c.rng, 6)
    );
    let h0 = c.rng.below(W_TRADE_HEADLINES.len());
    let read_more: String = (0..3)
        .map(|k| {
            let h = W_TRADE_HEADLINES[(h0 + k) % W_TRADE_HEADLINES.len()];
            format!(
                "<li><a href=\"/{}/{}\">{}</a></li>",
                l_slug(h),
                art_id - 300 - k * 17,
                esc(h)
            )
        })
        .collect();
    let read_more = format!(
        "<aside class=\"inline-related\"><h4 class=\"inline-related__title\">Read more</h4><ul>{read_more}</ul></aside>"
    );
    let f0 = c.rng.below(W_TRADE_FACTS.len());
    let facts: String = (0..3)
        .map(|k| {
            format!(
                "<li>{}</li>",
                esc(W_TRADE_FACTS[(f0 + k) % W_TRADE_FACTS.len()])
            )
        })
        .collect();
    let facts = format!(
        "<aside class=\"factbox\"><h4 class=\"factbox__title\">Key facts</h4><ul class=\"factbox__list\">{facts}</ul></aside>"
    );
    let show_facts = n > 3 && c.rng.chance(60);
    let ad_at = 2.min(n.saturating_sub(1)).max(1);
    let rm_at = (n / 2).max(1);
    let facts_at = n.saturating_sub(2).max(1);
    let mut body = String::new();
    for (i, p) in s.paragraphs.iter().enumerate() {
        let inner = c.body_paragraph(p);
        body.push_str(&match pstyle {
            0 => format!("<p>{inner}</p>"),
            1 => {
                format!("<p class=\"article-body__paragraph\" data-para-index=\"{i}\">{inner}</p>")
            }
            _ => format!("<div class=\"text-block\"><p>{inner}</p></div>"),
        });
        if i + 1 < n {
            if i + 1 == ad_at {
                body.push_str(&ad);
            }
            if i + 1 == rm_at {
                body.push_str(&read_more);
            }
            if show_facts && i + 1 == facts_at {
                body.push_str(&facts);
            }
        }
    }
    let tags: String = (0..3 + c.rng.below(3))
        .map(|_| {
            let t = c.rng.pick(W_TRADE_SECTORS);
            format!(
                "<li><a class=\"tag\" href=\"/topics/{}\">{}</a></li>",
                l_slug(t),
                esc(t)
            )
        })
        .collect();
    let b0 = c.rng.below(W_TRADE_BLURBS.len());
    let related: String = (0..4)
        .map(|k| {
            let h = W_TRADE_HEADLINES[(h0 + 3 + k) % W_TRADE_HEADLINES.len()];
            format!(
                "<article class=\"card\"><a href=\"/{}/{}\"><img src=\"/img/{}.jpg\" alt=\"\"><h3 class=\"card__title\">{}</h3></a><p class=\"card__summary\">{}</p><span class=\"card__meta\">{} {} {year}</span></article>",
                l_slug(h),
                art_id - 40 - k,
                o_hex(c.rng, 12),
                esc(h),
                esc(W_TRADE_BLURBS[(b0 + k) % W_TRADE_BLURBS.len()]),
                day,
                &mname[..3]
            )
        })
        .collect();
    let most_read: String = (0..5)
        .map(|k| {
            let h = W_TRADE_HEADLINES[(h0 + 5 + k) % W_TRADE_HEADLINES.len()];
            format!(
                "<li class=\"most-read__item\"><span class=\"most-read__rank\">{}</span><a href=\"/{}\">{}</a></li>",
                k + 1,
                l_slug(h),
                esc(h)
            )
        })
        .collect();
    let j0 = c.rng.below(W_TRADE_JOBS.len());
    let jobs: String = (0..3)
        .map(|k| {
            let (t, place, pay) = W_TRADE_JOBS[(j0 + k) % W_TRADE_JOBS.len()];
            format!(
                "<li class=\"job\"><a href=\"/jobs/{}\">{}</a><span class=\"job__location\">{}</span><span class=\"job__salary\">{}</span></li>",
                l_slug(t),
                esc(t),
                esc(place),
                esc(pay)
            )
        })
        .collect();
    let e0 = c.rng.below(W_TRADE_EVENTS.len());
    let events: String = (0..2)
        .map(|k| {
            let (t, place, d) = W_TRADE_EVENTS[(e0 + k) % W_TRADE_EVENTS.len()];
            format!(
                "<li class=\"event-card\"><h4><a href=\"/events/{}\">{}</a></h4><p class=\"event-card__where\">{}, {} {}</p><p class=\"event-card__desc\">{}</p></li>",
                l_slug(t),
                esc(t),
                esc(place),
                c.rng.pick(L_MONTHS),
                1 + c.rng.below(28),
                esc(d)
            )
        })
        .collect();
    let teasers: String = (0..6)
        .map(|k| {
            let h = W_TRADE_HEADLINES[(h0 + k) % W_TRADE_HEADLINES.len()];
            format!(
                "{{\"id\":{},\"headline\":\"{}\",\"premium\":{}}},",
                art_id - k * 31,
                l_json(h),
                k % 2 == 0
            )
        })
        .collect();
    let state = format!(
        "<script>window.__PRELOADED_STATE__={{\"article\":{{\"id\":{art_id},\"headline\":\"{}\",\"author\":\"{}\",\"sector\":\"{}\",\"premium\":{premium},\"wordCount\":{}}},\"teasers\":[{teasers}{{}}],\"user\":{{\"loggedIn\":false,\"meter\":{{\"read\":2,\"limit\":3}}}}}};</script>",
        l_json(&s.title),
        l_json(&s.author),
        l_json(sector),
        s.paragraphs.iter().map(|p| words(p)).sum::<usize>()
    );
    let credit = c.rng.pick(&[
        "Shutterstock",
        "Getty Images",
        "Company handout",
        "Harbour & Freight",
    ]);
    let meta = format!(
        "<meta name=\"description\" content=\"{}\"><link rel=\"canonical\" href=\"https://www.harbourfreight.example/{}/{}/{art_id}.article\">",
        o_attr(c.rng.pick(W_TRADE_BLURBS)),
        l_slug(sector),
        l_slug(&s.title)
    );
    format!(
        "<!DOCTYPE html><html lang=\"en-GB\">{head}<body class=\"page-article sector-{sector_slug}\">\
         <div id=\"consent\" class=\"consent-dialog\" role=\"dialog\" aria-modal=\"true\"><h2>Your privacy</h2><p>{consent}</p><button>Accept all</button><button>Manage choices</button></div>\
         <div class=\"top-bar\"><ul class=\"top-bar__links\"><li><a href=\"/subscribe\">Subscribe</a></li><li><a href=\"/login\">Log in</a></li><li><a href=\"/events\">Events</a></li><li><a href=\"/jobs\">Jobs</a></li><li><a href=\"/advertise\">Advertise</a></li><li><a href=\"/market-data\">Market data</a></li></ul></div>\
         <header class=\"masthead\"><a class=\"masthead__logo\" href=\"/\"><img src=\"/static/logo.svg\" alt=\"Harbour &amp; Freight\"></a><form class=\"masthead__search\" action=\"/search\"><input type=\"search\" placeholder=\"Search news, companies, vessels\"><button>Search</button></form></header>\
         <nav class=\"main-nav\" aria-label=\"Sectors\"><ul class=\"main-nav__list\">{menu}</ul></nav>\
         <div class=\"ticker\" aria-label=\"Market indices\"><span class=\"ticker__label\">Markets</span><ul class=\"ticker__list\">{ticker}</ul><a class=\"ticker__more\" href=\"/market-data\">All market data</a></div>\
         {meter_top_html}\
         <main id=\"main\" class=\"layout layout--article\"><div class=\"layout__main\"><article class=\"article\" data-article-id=\"{art_id}\">\
         <ol class=\"breadcrumb\"><li><a href=\"/\">Home</a></li><li><a href=\"/sectors/{sector_slug}\">{sector_e}</a></li></ol>\
         <header class=\"article-header\"><span class=\"article-header__sector\">{sector_e}</span>{badge}<h1 class=\"article-header__headline\">{title}</h1>\
         <p class=\"article-header__standfirst\">{standfirst}</p>\
         <div class=\"byline\"><img class=\"byline__avatar\" src=\"/authors/{aslug}.jpg\" alt=\"\"><span class=\"byline__name\"><a href=\"/authors/{aslug}\">{author}</a></span><span class=\"byline__role\">{role}</span>\
         <time class=\"byline__published\" datetime=\"{d}T{hour:02}:{minute:02}:00Z\">Published {day} {mname} {year}, {hour:02}:{minute:02} GMT</time><span class=\"byline__updated\">Updated {day} {mname} {year}</span></div>\
         <ul class=\"share-bar\"><li><a href=\"#\">LinkedIn</a></li><li><a href=\"#\">X</a></li><li><a href=\"#\">Email</a></li><li><button>Save article</button></li><li><button>Print</button></li></ul></header>\
         <figure class=\"hero\"><img src=\"/img/{img}.jpg\" alt=\"\"><figcaption><span class=\"hero__caption\">{caption}</span> <span class=\"hero__credit\">Source: {credit}</span></figcaption></figure>\
         <div class=\"article-body\" data-paywall=\"{premium}\">{body}</div>\
         <footer class=\"article-footer\"><h4>Topics</h4><ul class=\"tags\">{tags}</ul>\
         <div class=\"author-box\"><img src=\"/authors/{aslug}.jpg\" alt=\"\"><div><h4><a href=\"/authors/{aslug}\">{author}</a></h4><p>{author} {bio}</p><a href=\"/authors/{aslug}\">More articles by this author</a></div></div></footer></article>\
         <section class=\"partner-box\"><span class=\"partner-box__label\">Partner content</span><p>{sponsored}</p><a href=\"/partner/fuel-efficiency\">Read the case study</a></section>\
         <section class=\"webinar-promo\"><h3>Live webinar: The freight outlook</h3><p>{webinar}</p><a class=\"btn\" href=\"/webinars/outlook\">Register now</a></section>\
         <section class=\"related\"><h2>Related articles</h2><div class=\"card-grid\">{related}</div></section></div>\
         <aside class=\"layout__rail\"><div class=\"ad-slot ad-slot--halfpage\"><span class=\"ad-slot__label\">Advertisement</span><div id=\"gpt-hp\"></div></div>\
         <section class=\"most-read\"><h3>Most read</h3><ol>{most_read}</ol></section>\
         <section class=\"jobs-widget\"><h3>Latest jobs</h3><ul>{jobs}</ul><a href=\"/jobs\">Browse all maritime jobs</a></section>\
         <section class=\"events-widget\"><h3>Upcoming events</h3><ul>{events}</ul></section></aside></main>\
         <section class=\"newsletter-signup\"><h2>The Morning Briefing</h2><p>{newsletter}</p><form><input type=\"email\" placeholder=\"Work email\"><button>Sign up</button></form></section>\
         {meter_bottom_html}\
         <footer class=\"site-footer\"><p class=\"site-footer__about\">{about}</p><ul class=\"site-footer__links\"><li><a href=\"/about\">About us</a></li><li><a href=\"/contact\">Contact</a></li><li><a href=\"/terms\">Terms and conditions</a></li><li><a href=\"/privacy\">Privacy policy</a></li><li><a href=\"/cookies\">Cookie settings</a></li><li><a href=\"/licensing\">Corporate licences</a></li></ul>\
         <p class=\"site-footer__legal\">{legal}</p><p class=\"site-footer__copy\">© {year} Harbour &amp; Freight Media Ltd. Registered in England and Wales.</p></footer>{state}</body></html>",
        head = head(s, "Harbour & Freight", &meta),
        sector_slug = l_slug(sector),
        sector_e = esc(sector),
        consent = esc(W_TRADE_CONSENT),
        meter_top_html = if meter_top { meter.as_str() } else { "" },
        meter_bottom_html = if meter_top { "" } else { meter.as_str() },
        badge = if premium {
            "<span class=\"badge badge--premium\">Premium</span>"
        } else {
            ""
        },
        title = esc(&s.title),
        standfirst = esc(c.rng.pick(W_TRADE_BLURBS)),
        aslug = l_slug(&s.author),
        author = esc(&s.author),
        role = c.rng.pick(&[
            "Senior correspondent",
            "Markets reporter",
            "Asia editor",
            "Finance editor"
        ]),
        d = s.date,
        img = o_hex(c.rng, 12),
        caption = esc(c.rng.pick(W_TRADE_CAPTIONS)),
        bio = esc(W_TRADE_BIO),
        sponsored = esc(W_TRADE_SPONSORED),
        webinar = esc(W_TRADE_WEBINAR),
        newsletter = esc(W_TRADE_NEWSLETTER),
        about = esc(W_TRADE_ABOUT),
        legal = esc(W_TRADE_LEGAL),
    )
}

const W_MAG_SECTIONS: &[&str] = &[
    "Leaders",
    "Letters",
    "By Invitation",
    "Briefing",
    "United States",
    "The Americas",
    "Asia",
    "China",
    "Middle East & Africa",
    "Europe",
    "Britain",
    "International",
    "Business",
    "Finance & economics",
    "Science & technology",
    "Culture",
    "Obituary",
    "Graphic detail",
    "Economic & financial indicators",
];

const W_MAG_COLUMNS: &[&str] = &[
    "Bartleby",
    "Free exchange",
    "Lexington",
    "Charlemagne",
    "Schumpeter",
    "Banyan",
    "Bagehot",
    "Chaguan",
];

const W_MAG_RUBRICS: &[&str] = &[
    "The reasons are more mundane than the conspiracy theorists would have you believe",
    "A boring fix for an exciting problem may be the best on offer",
    "Politicians promise a revolution. Voters would settle for competence",
    "The numbers look better than they did a year ago, but not by much",
    "Why the obvious answer is probably the wrong one",
];

const W_MAG_MORE: &[(&str, &str)] = &[
    (
        "Why central bankers are losing sleep over bond markets",
        "Rising term premiums are making life awkward for governments with large debts",
    ),
    (
        "The surprising resilience of the world's small shipbuilders",
        "Consolidation was supposed to finish them off. It has not",
    ),
    (
        "How to think about the next commodity super-cycle",
        "Investors should be wary of stories that are too neat",
    ),
    (
        "The strange economics of airport lounges",
        "Everyone wants in, which is exactly the problem",
    ),
    (
        "Is the four-day week here to stay?",
        "Early trials look promising, but they were run by enthusiasts",
    ),
    (
        "Europe's pension funds are discovering infrastructure",
        "Returns are steady. Liquidity is another matter",
    ),
];

const W_MAG_CHARTS: &[(&str, &str, &str)] = &[
    (
        "Slow going",
        "Annual growth in output per hour worked, %",
        "Sources: national statistics; The Ledger",
    ),
    ("Rising tide", "Government debt, % of GDP", "Source: IMF"),
    (
        "Off the boil",
        "Consumer prices, % change on a year earlier",
        "Sources: Haver Analytics; The Ledger",
    ),
    (
        "Borrowed time",
        "Ten-year bond yields, %",
        "Source: LSEG Datastream",
    ),
];

const W_MAG_CONSENT: &str = "We and our partners use cookies and similar technologies to give you the best possible experience on our site, to measure your use of it and to serve advertising that is relevant to you. Some of these are strictly necessary; for the others we need your consent, which you can withdraw at any time from the privacy settings.";

const W_MAG_AUDIO: &str = "Enjoy more audio and podcasts on iOS or Android.";

const W_MAG_NEWSLETTER: &str = "Stay informed with our weekly newsletter. Every Friday our editors pick the most important stories of the week, explain why they matter and point you to what you may have missed.";

const W_MAG_SUBSCRIBE: &str = "Subscribers to The Ledger can sign up to our new Opinion newsletter, which brings together the best of our leaders, columns, guest essays and reader correspondence.";

const W_MAG_FOOTER: &str = "Published since 1871, The Ledger takes part in a severe contest between intelligence, which presses forward, and an unworthy, timid ignorance obstructing our progress. Our correspondents are not named in the paper because what they write is the work of many hands and a collective voice.";

const W_MAG_REUSE: &str = "The Trust Project. Reuse this content. To license our journalism for your publication, newsletter or course pack, please visit our licensing and reprints page.";

/// W1 (held out, round 13): an article on the site of an
/// international weekly news magazine (The Economist-like) built as a
/// Next.js app: a consent dialog in prose, a masthead with "Weekly
/// edition", "The world in brief", search, subscribe and log in, a
/// menu of print sections and columns, the article header (section
/// link and column name as fly title, headline, a prose rubric that is
/// not part of the text), a lead image with a credit, a date and
/// dateline line with reading time, in some pages a "Listen to this
/// story" audio player with a prose app note, save/share/gift buttons;
/// the paragraphs as classed `<p>`s or `<p data-component>`s, the first
/// with its opening words in small capitals, with in-article ad slots
/// and in some pages a chart figure (title, subtitle, source) between
/// them; then a print-edition note ("This article appeared in ... under
/// the headline ..."), "Explore more" topic links, a reuse/licensing
/// note in prose, "More from <section>" cards with prose rubrics, a
/// newsletter box and a subscriber promo in prose, a long footer with a
/// prose mission statement, and a `__NEXT_DATA__` blob that carries the
/// article's full body as JSON.
fn w1_weekly(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let (month, mname, day, year) = n_date(&s.date);
    let n = s.paragraphs.len();
    let section = c.rng.pick(W_MAG_SECTIONS);
    let column = if c.rng.chance(50) {
        Some(c.rng.pick(W_MAG_COLUMNS))
    } else {
        None
    };
    let audio = c.rng.chance(60);
    let chart = n > 3 && c.rng.chance(55);
    let pclass = c.rng.below(2);
    let dateline = c.rng.pick(&[
        "LONDON",
        "WASHINGTON, DC",
        "BERLIN",
        "SINGAPORE",
        "NAIROBI",
        "SÃO PAULO",
    ]);
    let ordinal = match day {
        1 | 21 | 31 => "st",
        2 | 22 => "nd",
        3 | 23 => "rd",
        _ => "th",
    };
    let menu: String = W_MAG_SECTIONS
        .iter()
        .map(|x| {
            format!(
                "<li class=\"css-menu-item\"><a href=\"/{}\">{}</a></li>",
                l_slug(x),
                esc(x)
            )
        })
        .collect();
    let columns: String = W_MAG_COLUMNS
        .iter()
        .map(|x| format!("<li><a href=\"/{}\">{}</a></li>", l_slug(x), esc(x)))
        .collect();
    let pcls = c.rng.hashed();
    let chart_at = n / 2;
    let ad_at = 3.min(n.saturating_sub(1)).max(1);
    let (ct, csub, csrc) = W_MAG_CHARTS[c.rng.below(W_MAG_CHARTS.len())];
    let mut body = String::new();
    for (i, p) in s.paragraphs.iter().enumerate() {
        let inner = if i == 0 {
            // Small capitals for the opening words, as the print edition does.
            let e = esc(p);
            let mut it = e.splitn(4, ' ');
            let first: Vec<&str> = it.by_ref().take(3).collect();
            let rest = it.next();
            match rest {
                Some(r) if first.len() == 3 => {
                    format!("<span data-caps=\"initial\">{}</span> {r}", first.join(" "))
                }
                _ => e.clone(),
            }
        } else {
            c.body_paragraph(p)
        };
        if pclass == 0 {
            body.push_str(&format!(
                "<p class=\"article__body-text {pcls}\">{inner}</p>"
            ));
        } else {
            body.push_str(&format!(
                "<p data-component=\"paragraph\" class=\"{pcls}\">{inner}</p>"
            ));
        }
        if i + 1 < n {
            if i + 1 == ad_at {
                body.push_str(&format!(
                    "<div class=\"adComponent_advert__{}\"><div class=\"adComponent_incontent\"><span class=\"adComponent_label\">Advertisement</span><div id=\"econ-{}\"></div></div></div>",
                    o_hex(c.rng, 5),
                    1 + c.rng.below(4)
                ));
            }
            if chart && i + 1 == chart_at {
                body.push_str(&format!(
                    "<figure class=\"css-chart {}\"><div class=\"chart__header\"><h3 class=\"chart__title\">{}</h3><p class=\"chart__subtitle\">{}</p></div><img src=\"/content-assets/images/{year}{month:02}{day:02}_FNC{}.png\" alt=\"Chart: {}\" width=\"608\"><figcaption class=\"chart__source\">{}</figcaption></figure>",
                    c.rng.hashed(),
                    esc(ct),
                    esc(csub),
                    c.rng.below(999),
                    o_attr(csub),
                    esc(csrc)
                ));
            }
        }
    }
    let next_body: String = s
        .paragraphs
        .iter()
        .map(|p| format!("{{\"type\":\"tag\",\"name\":\"p\",\"children\":[{{\"type\":\"text\",\"data\":\"{}\"}}]}}", l_json(p)))
        .collect::<Vec<_>>()
        .join(",");
    let next_data = format!(
        "<script id=\"__NEXT_DATA__\" type=\"application/json\">{{\"props\":{{\"pageProps\":{{\"content\":{{\"headline\":\"{}\",\"section\":\"{}\",\"datePublished\":\"{}T09:00:00Z\",\"text\":[{next_body}],\"print\":{{\"headline\":\"{}\"}}}}}}}},\"page\":\"/[...slug]\",\"buildId\":\"{}\"}}</script>",
        l_json(&s.title),
        l_json(section),
        s.date,
        l_json(&s.title),
        o_hex(c.rng, 20)
    );
    let m0 = c.rng.below(W_MAG_MORE.len());
    let more: String = (0..4)
        .map(|k| {
            let (h, r) = W_MAG_MORE[(m0 + k) % W_MAG_MORE.len()];
            format!(
                "<div class=\"teaser {}\"><a href=\"/{}/{year}/{month:02}/{:02}/{}\"><img src=\"/img/{}.jpg\" alt=\"\"><h3 class=\"teaser__headline\">{}</h3></a><p class=\"teaser__rubric\">{}</p></div>",
                c.rng.hashed(),
                l_slug(section),
                1 + c.rng.below(28),
                l_slug(h),
                o_hex(c.rng, 10),
                esc(h),
                esc(r)
            )
        })
        .collect();
    let topics: String = (0..2 + c.rng.below(3))
        .map(|_| {
            let t = c.rng.pick(&[
                "Economy",
                "Finance",
                "Politics",
                "Technology",
                "United States",
                "Europe",
                "Climate change",
                "Trade",
            ]);
            format!(
                "<a class=\"topic-link\" href=\"/topics/{}\">{}</a>",
                l_slug(t),
                esc(t)
            )
        })
        .collect();
    let footer_cols: String = ["The Ledger", "The Ledger Group", "Subscribe", "Help"]
        .iter()
        .map(|h| {
            let links: String = (0..6)
                .map(|_| {
                    let l = c.rng.pick(&[
                        "About",
                        "Advertise",
                        "Press centre",
                        "Careers",
                        "Reprints",
                        "Events",
                        "Store",
                        "Newsletters",
                        "Contact us",
                        "Accessibility",
                        "Modern slavery statement",
                        "Sitemap",
                    ]);
                    format!("<li><a href=\"/{}\">{}</a></li>", l_slug(l), l)
                })
                .collect();
            format!("<div class=\"footer-col\"><h4>{h}</h4><ul>{links}</ul></div>")
        })
        .collect();
    let fly = match column {
        Some(col) => format!(
            "<span class=\"flytitle\"><a href=\"/{}\">{}</a> | <a href=\"/{}\">{}</a></span>",
            l_slug(section),
            esc(section),
            l_slug(col),
            esc(col)
        ),
        None => format!(
            "<span class=\"flytitle\"><a href=\"/{}\">{}</a></span>",
            l_slug(section),
            esc(section)
        ),
    };
    let audio_html = if audio {
        format!(
            "<div class=\"audio-player {}\"><button aria-label=\"Play\">Listen to this story</button><span class=\"audio-player__time\">{}:{:02}</span><p class=\"audio-player__note\">{}</p></div>",
            c.rng.hashed(),
            3 + c.rng.below(8),
            c.rng.below(60),
            esc(W_MAG_AUDIO)
        )
    } else {
        String::new()
    };
    let print_head = c.rng.pick(W_MAG_RUBRICS);
    format!(
        "<!DOCTYPE html><html lang=\"en\">{head}<body><div id=\"__next\">\
         <div class=\"consent-overlay\" role=\"dialog\" aria-label=\"Privacy\"><div class=\"consent-overlay__box\"><h2>We value your privacy</h2><p>{consent}</p><button>Accept all</button><button>Reject all</button><button>Manage preferences</button></div></div>\
         <header class=\"{h1c}\"><a class=\"skip\" href=\"#content\">Skip to content</a><div class=\"masthead\"><a href=\"/\" aria-label=\"The Ledger\"><svg viewBox=\"0 0 100 40\"><use href=\"#logo\"/></svg></a>\
         <nav class=\"masthead__nav\"><a href=\"/weeklyedition\">Weekly edition</a><a href=\"/the-world-in-brief\">The world in brief</a><a href=\"/search\">Search</a><a class=\"btn-subscribe\" href=\"/subscribe\">Subscribe</a><a href=\"/login\">Log in</a></nav></div>\
         <div class=\"menu-drawer\" hidden><h3>Sections</h3><ul>{menu}</ul><h3>Columns</h3><ul>{columns}</ul><h3>More</h3><ul><li><a href=\"/podcasts\">Podcasts</a></li><li><a href=\"/films\">Films</a></li><li><a href=\"/newsletters\">Newsletters</a></li><li><a href=\"/1843\">1843 magazine</a></li></ul></div></header>\
         <main id=\"content\" role=\"main\"><article class=\"article {ac}\" id=\"new-article-template\">\
         <section class=\"article__header\">{fly}<h1 class=\"article__headline\">{title}</h1><h2 class=\"article__description\">{rubric}</h2></section>\
         <figure class=\"article__lead-image\"><img src=\"/content-assets/images/{year}{month:02}{day:02}_{img}.jpg\" alt=\"\"><figcaption class=\"image-credit\">{credit}</figcaption></figure>\
         <div class=\"article__dateline\"><time datetime=\"{d}T09:00:00Z\">{mabbr} {day}{ordinal} {year}</time><span class=\"article__location\">{dateline}</span><span class=\"article__readtime\">{mins} min read</span></div>\
         {audio_html}<div class=\"article__actions\"><button>Save</button><button>Share</button><button>Give</button></div>\
         <section class=\"article__body\" data-body-id=\"cp2\">{body}</section>\
         <p class=\"article__print-note\">This article appeared in the {section_e} section of the print edition under the headline \"{print_head}\"</p>\
         <div class=\"article__topics\"><h3>Explore more</h3>{topics}</div>\
         <p class=\"article__reuse\">{reuse}</p></article>\
         <section class=\"more-from\"><h2>More from {section_e}</h2><div class=\"more-from__grid\">{more}</div></section>\
         <aside class=\"newsletter-promo\"><h3>Stay informed</h3><p>{newsletter}</p><a href=\"/newsletters\">Sign up</a></aside>\
         <aside class=\"subscriber-promo\"><h3>Subscriber only | Opinion newsletter</h3><p>{subscribe}</p></aside></main>\
         <footer class=\"site-footer\"><div class=\"site-footer__cols\">{footer_cols}</div><p class=\"site-footer__mission\">{foot}</p><p class=\"site-footer__copy\">Copyright © The Ledger Newspaper Limited {year}. All rights reserved.</p></footer></div>{next_data}</body></html>",
        head = head(
            s,
            "The Ledger",
            "<meta name=\"robots\" content=\"max-image-preview:large\">"
        ),
        consent = esc(W_MAG_CONSENT),
        h1c = c.rng.hashed(),
        ac = c.rng.hashed(),
        title = esc(&s.title),
        rubric = esc(c.rng.pick(W_MAG_RUBRICS)),
        img = o_hex(c.rng, 6),
        credit = c.rng.pick(&[
            "Illustration: Mariana Costa",
            "Photograph: Getty Images",
            "Illustration: Ken Aoki",
            "Photograph: Reuters"
        ]),
        d = s.date,
        mabbr = &mname[..3],
        mins = l_minutes(s),
        section_e = esc(section),
        print_head = esc(print_head),
        reuse = esc(W_MAG_REUSE),
        newsletter = esc(W_MAG_NEWSLETTER),
        subscribe = esc(W_MAG_SUBSCRIBE),
        foot = esc(W_MAG_FOOTER),
    )
}

const W_SNO_NAV: &[&str] = &[
    "News",
    "Campus",
    "City",
    "Sports",
    "Arts & Entertainment",
    "Opinion",
    "Editorials",
    "Letters to the Editor",
    "Features",
    "Science & Tech",
    "Multimedia",
    "Photo galleries",
    "Podcasts",
    "Print Editions",
    "Special Issues",
    "About",
    "Staff",
    "Advertise",
    "Submit a Tip",
    "Donate",
];

const W_SNO_HEADLINES: &[&str] = &[
    "Student senate approves budget after three-hour debate",
    "Women's soccer advances to conference semifinal on late goal",
    "Dining hall workers rally for higher wages outside the union",
    "Review: the spring musical is an ambitious, uneven delight",
    "Library extends weekend hours during finals season",
    "Opinion: the new parking permits punish commuter students",
    "Campus police report rise in bike thefts near residence halls",
    "Alumni donation funds new scholarship for first-generation students",
];

const W_SNO_STAFF: &[(&str, &str, &str)] = &[
    (
        "Maya Thornton",
        "News Editor",
        "Maya Thornton is a junior studying political science and journalism. She has covered the student senate since her first year and spent last summer interning at a daily newspaper in her hometown. When she is not in the newsroom, she is probably training for her next half-marathon.",
    ),
    (
        "Ethan Osei",
        "Staff Writer",
        "Ethan Osei is a sophomore majoring in economics with a minor in data science. He joined the Chronicle as a copy editor and now writes about university finances and student government. He also hosts a weekly show on the campus radio station.",
    ),
    (
        "Lucia Ferrante",
        "Photo Editor",
        "Lucia Ferrante is a senior studying art and design. Her photographs have appeared in two regional exhibitions, and she leads the Chronicle's photo desk, training new photographers every semester.",
    ),
    (
        "Daniel Park",
        "Editor-in-Chief",
        "Daniel Park is a senior double-majoring in English and history. He has worked at the Chronicle for four years, as a sports reporter, managing editor and now editor-in-chief, and he plans to pursue a career in investigative reporting.",
    ),
];

const W_SNO_COMMENTS: &[(&str, &str)] = &[
    (
        "Class of '89",
        "It is encouraging to see the paper holding the administration to account on this. When I was a student, nobody would have asked these questions, let alone printed the answers.",
    ),
    (
        "concerned parent",
        "My daughter lives in one of the affected halls and we heard nothing about this from the university. Thank you for reporting it, and please keep following up.",
    ),
    (
        "Jordan K.",
        "As a member of the senate I want to clarify that the vote was not unanimous, and several of us raised concerns about the timeline that are not mentioned here.",
    ),
    (
        "grad student",
        "Would love to see a follow-up on how this affects graduate assistants, who were not consulted at all and who are often the ones doing the actual work.",
    ),
];

const W_SNO_DONATE: &str = "Your donation will support the student journalists of Lakeshore State University. Your contribution will allow us to purchase equipment, cover our annual website hosting costs and send our reporters to regional conferences, where they learn from working professionals.";

const W_SNO_POLICY: &str = "The Campus Chronicle intends for this area to be used to foster healthy, thought-provoking discussion. Comments are expected to adhere to our standards and to be respectful and constructive. We do not permit the use of profanity, foul language, personal attacks or the use of language that might be interpreted as libelous. Comments are reviewed and must be approved by a moderator to ensure that they meet these standards.";

const W_SNO_ABOUT: &str = "The Campus Chronicle is the independent, student-run newspaper of Lakeshore State University, published online daily and in print every Thursday during the academic year. Opinions expressed in the Chronicle are those of the authors and do not necessarily reflect those of the university, its faculty or its students.";

const W_SNO_CAPTIONS: &[&str] = &[
    "Students gather outside the administration building on Tuesday afternoon.",
    "Members of the student senate listen to public comment during the weekly meeting in the union ballroom.",
    "The renovated reading room on the third floor of the main library, photographed last week.",
    "Fans cheer from the student section during the second half of Saturday's game.",
];

const W_SNO_INSTAGRAM: &[&str] = &[
    "Our print edition is on the stands now! Pick up a copy in the union, the library or any residence hall lobby.",
    "We are hiring photographers and copy editors for the spring semester. No experience needed, just curiosity.",
    "Congratulations to our staff on six awards at this year's state college press conference.",
];

/// W2 (held out, round 13): a student newspaper on a hosted
/// WordPress theme for school publications (SNO FLEX-like): a WordPress
/// head, a school masthead with a tagline, a long menu of sections, a
/// "Breaking news" ticker, the category label, headline and a prose
/// deck (not part of the text), "sno-story-byline" with writer and
/// position, the date, a featured photo with a prose caption and a
/// photographer credit; the paragraphs in `#sno-story-body-content` as
/// plain `<p>`s, as `<p class="p1"><span class="s1">` pasted from a word
/// processor, or as `<p style>`s, with a pull quote aside and a
/// "Related stories" box between them in some pages; then a donation box
/// in prose with a progress bar, "About the Contributors" with staff
/// photos, positions and prose bios, a comment policy in prose, comments
/// in prose and a comment form, and a sidebar ("Top Stories", "Most
/// Recent", a scores widget, a print-edition promo, an Instagram feed
/// with prose captions) placed before or after the story in source
/// order, and a footer with a prose note about the paper.
fn w2_student(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let (_, mname, day, year) = n_date(&s.date);
    let n = s.paragraphs.len();
    let pstyle = c.rng.below(3);
    let sidebar_first = c.rng.chance(40);
    let pull = if n > 3 && c.rng.chance(50) {
        s.paragraphs
            .get(1)
            .and_then(|p| l_pull_sentence(p).filter(|q| words(q) + 3 < words(p)))
    } else {
        None
    };
    let related_box = n > 2 && c.rng.chance(50);
    let category = c
        .rng
        .pick(&["News", "Campus", "City", "Features", "Science & Tech"]);
    let post_id = 40_000 + c.rng.below(20_000);
    let menu: String = W_SNO_NAV
        .iter()
        .map(|x| {
            format!(
                "<li id=\"menu-item-{}\" class=\"menu-item menu-item-type-taxonomy menu-item-object-category\"><a href=\"/category/{}/\">{}</a></li>",
                100 + c.rng.below(900),
                l_slug(x),
                esc(x)
            )
        })
        .collect();
    let h0 = c.rng.below(W_SNO_HEADLINES.len());
    let ticker: String = (0..4)
        .map(|k| {
            let h = W_SNO_HEADLINES[(h0 + k) % W_SNO_HEADLINES.len()];
            format!(
                "<li class=\"sno-breaking-item\"><a href=\"/{}/{}/\">{}</a></li>",
                l_slug(h),
                post_id - k,
                esc(h)
            )
        })
        .collect();
    let w = W_SNO_STAFF[c.rng.below(W_SNO_STAFF.len())];
    let photog = W_SNO_STAFF[c.rng.below(W_SNO_STAFF.len())];
    let mut body = String::new();
    let pull_at = 2;
    let rel_at = n.saturating_sub(1);
    for (i, p) in s.paragraphs.iter().enumerate() {
        let inner = c.body_paragraph(p);
        body.push_str(&match pstyle {
            0 => format!("<p>{inner}</p>"),
            1 => format!("<p class=\"p1\"><span class=\"s1\">{inner}</span></p>"),
            _ => format!("<p style=\"font-weight: 400;\"><span style=\"font-weight: 400;\">{inner}</span></p>"),
        });
        if i + 1 < n {
            if let Some(q) = &pull
                && i + 1 == pull_at
            {
                body.push_str(&format!(
                    "<div class=\"pullquote sno-pq-{}\"><p class=\"pullquote-text\">“{}”</p><p class=\"pullquote-speaker\">— {}</p></div>",
                    c.rng.pick(&["left", "right", "center"]),
                    esc(q),
                    esc(c.rng.pick(&["Student senate president", "University spokesperson", "Sophomore resident", "Head coach"]))
                ));
            }
            if related_box && i + 1 == rel_at {
                let items: String = (0..3)
                    .map(|k| {
                        let h = W_SNO_HEADLINES[(h0 + 4 + k) % W_SNO_HEADLINES.len()];
                        format!("<li><a href=\"/{}/\">{}</a></li>", l_slug(h), esc(h))
                    })
                    .collect();
                body.push_str(&format!(
                    "<div class=\"sno-related-stories\"><h4 class=\"sno-related-title\">Related Stories</h4><ul>{items}</ul></div>"
                ));
            }
        }
    }
    let contributors: String = [w, photog]
        .iter()
        .enumerate()
        .filter(|(k, x)| *k == 0 || x.0 != w.0)
        .map(|(_, &(nm, pos, bio))| {
            format!(
                "<div class=\"sno-story-writer-info\"><img class=\"staffpic\" src=\"/wp-content/uploads/staff/{}.jpg\" alt=\"Photo of {nm_e}\"><div class=\"staff-info\"><h4><a href=\"/staff_name/{}/\">{nm_e}</a>, {}</h4><p>{}</p></div></div>",
                l_slug(nm),
                l_slug(nm),
                esc(pos),
                esc(bio),
                nm_e = esc(nm),
            )
        })
        .collect();
    let nc = 1 + c.rng.below(3);
    let c0 = c.rng.below(W_SNO_COMMENTS.len());
    let comments: String = (0..nc)
        .map(|k| {
            let (who, text) = W_SNO_COMMENTS[(c0 + k) % W_SNO_COMMENTS.len()];
            format!(
                "<li class=\"comment even thread-even depth-1\" id=\"comment-{}\"><div class=\"comment-body\"><div class=\"comment-author vcard\"><cite class=\"fn\">{}</cite> <span class=\"says\">says:</span></div><div class=\"comment-meta commentmetadata\"><a href=\"#comment\">{} {}, {year} at {}:{:02} pm</a></div><p>{}</p><div class=\"reply\"><a class=\"comment-reply-link\" href=\"#respond\">Reply</a></div></div></li>",
                9000 + c.rng.below(999),
                esc(who),
                mname,
                (day + k).min(28),
                1 + c.rng.below(11),
                c.rng.below(60),
                esc(text)
            )
        })
        .collect();
    let recent: String = (0..5)
        .map(|k| {
            let h = W_SNO_HEADLINES[(h0 + 2 + k) % W_SNO_HEADLINES.len()];
            format!(
                "<div class=\"sno-widget-story\"><a href=\"/{}/\"><img src=\"/wp-content/uploads/{year}/{}.jpg\" alt=\"\"></a><h5 class=\"sno-widget-headline\"><a href=\"/{}/\">{}</a></h5><span class=\"time-wrapper\">{} {}, {year}</span></div>",
                l_slug(h),
                o_hex(c.rng, 8),
                l_slug(h),
                esc(h),
                mname,
                (day + 27 - k) % 28 + 1
            )
        })
        .collect();
    let top: String = (0..4)
        .map(|k| {
            let h = W_SNO_HEADLINES[(h0 + 5 + k) % W_SNO_HEADLINES.len()];
            format!("<li><a href=\"/{}/\">{}</a></li>", l_slug(h), esc(h))
        })
        .collect();
    let scores: String = (0..3)
        .map(|_| {
            let sport = c.rng.pick(&[
                "Men's basketball",
                "Women's soccer",
                "Volleyball",
                "Baseball",
                "Softball",
            ]);
            let opp = c.rng.pick(&[
                "Northfield",
                "St. Anselm",
                "Cedar Valley",
                "Riverside Tech",
                "Hollins",
            ]);
            format!(
                "<tr><td>{}</td><td>vs. {}</td><td class=\"score\">{}-{}</td><td>{}</td></tr>",
                esc(sport),
                esc(opp),
                c.rng.below(90),
                c.rng.below(90),
                c.rng.pick(&["W", "L", "Final"])
            )
        })
        .collect();
    let insta: String = W_SNO_INSTAGRAM
        .iter()
        .map(|x| format!("<div class=\"sbi_item\"><img src=\"/ig/{}.jpg\" alt=\"\"><p class=\"sbi_caption\">{}</p></div>", o_hex(c.rng, 8), esc(x)))
        .collect();
    let sidebar = format!(
        "<div id=\"sno-sidebar\" class=\"sno-sidebar widget-area\"><div class=\"widget sno-top-stories\"><h3 class=\"widgettitle\">Top Stories</h3><ol>{top}</ol></div>\
         <div class=\"widget sno-ad\"><span class=\"sno-ad-label\">Advertisement</span><a href=\"/advertise/\"><img src=\"/wp-content/uploads/ads/{}.png\" alt=\"Advertise with the Chronicle\"></a></div>\
         <div class=\"widget sno-recent\"><h3 class=\"widgettitle\">Most Recent</h3>{recent}</div>\
         <div class=\"widget sno-scores\"><h3 class=\"widgettitle\">Scoreboard</h3><table>{scores}</table></div>\
         <div class=\"widget sno-print\"><h3 class=\"widgettitle\">Print Edition</h3><p>Read this week's print edition online, page by page, or find a copy at one of 30 pickup locations on campus.</p><a href=\"/print-editions/\">Browse the archive</a></div>\
         <div class=\"widget sbi\"><h3 class=\"widgettitle\">Follow us on Instagram</h3>{insta}</div></div>",
        o_hex(c.rng, 8)
    );
    let story = format!(
        "<div id=\"sno-main-content\" class=\"sno-story-page\"><article id=\"post-{post_id}\" class=\"post-{post_id} post type-post status-publish format-standard has-post-thumbnail category-{cat_slug}\">\
         <div class=\"sno-story-category\"><a href=\"/category/{cat_slug}/\">{cat_e}</a></div><h1 class=\"sno-story-headline\">{title}</h1><div class=\"sno-story-deck\">{deck}</div>\
         <div class=\"sno-story-byline\"><span class=\"byline-name\"><a href=\"/staff_name/{wslug}/\">{wname}</a>, <span class=\"byline-position\">{wpos}</span></span><span class=\"sno-story-date\"><span class=\"time-wrapper\">{mname} {day}, {year}</span></span></div>\
         <div class=\"sno-story-photo-area\"><div class=\"photowrap\"><img src=\"/wp-content/uploads/{year}/{img}.jpg\" alt=\"\"></div><div class=\"photo-credit\"><a href=\"/staff_name/{pslug}/\">{pname}</a>, {ppos}</div><div class=\"sno-caption\">{caption}</div></div>\
         <div class=\"sno-share-icons\"><a href=\"#\">Facebook</a><a href=\"#\">X</a><a href=\"#\">Email</a><a href=\"#\">Print</a></div>\
         <span id=\"sno-story-body-content\">{body}</span>\
         <div class=\"sno-donate-box\"><h3>Donate to The Campus Chronicle</h3><p>{donate}</p><div class=\"sno-donate-progress\"><span class=\"raised\">${raised} raised</span> <span class=\"goal\">of $5,000 goal</span><div class=\"bar\" style=\"width:{pct}%\"></div></div><a class=\"sno-donate-button\" href=\"/donate/\">Donate</a></div>\
         <div class=\"sno-story-about-writers\"><h3>About the Contributors</h3>{contributors}</div>\
         <div id=\"comments\" class=\"comments-area\"><h3 class=\"comments-title\">Comments ({nc})</h3><p class=\"comment-policy\">{policy}</p><ol class=\"commentlist\">{comments}</ol>\
         <div id=\"respond\" class=\"comment-respond\"><h3 id=\"reply-title\">Leave a Comment</h3><form id=\"commentform\"><p class=\"comment-notes\">Your email address will not be published. Required fields are marked *</p><textarea name=\"comment\"></textarea><input name=\"author\" placeholder=\"Name *\"><input name=\"email\" placeholder=\"Email *\"><input type=\"submit\" value=\"Submit\"></form></div></div></article></div>",
        cat_slug = l_slug(category),
        cat_e = esc(category),
        title = esc(&s.title),
        deck = esc(c.rng.pick(L_STANDFIRSTS)),
        wslug = l_slug(w.0),
        wname = esc(w.0),
        wpos = esc(w.1),
        img = o_hex(c.rng, 10),
        pslug = l_slug(photog.0),
        pname = esc(photog.0),
        ppos = esc(photog.1),
        caption = esc(c.rng.pick(W_SNO_CAPTIONS)),
        donate = esc(W_SNO_DONATE),
        raised = v_thousands(200 + c.rng.below(4000)),
        pct = 5 + c.rng.below(80),
        policy = esc(W_SNO_POLICY),
    );
    let (first, second) = if sidebar_first {
        (sidebar.as_str(), story.as_str())
    } else {
        (story.as_str(), sidebar.as_str())
    };
    format!(
        "<!DOCTYPE html><html lang=\"en-US\">{head}<body class=\"post-template-default single single-post postid-{post_id} single-format-standard\">\
         <div id=\"wrap\" class=\"sno-wrap\"><header id=\"header\" class=\"sno-header\"><div class=\"header-top\"><a href=\"/\"><img src=\"/wp-content/uploads/banner.png\" alt=\"The Campus Chronicle\"></a><p class=\"site-tagline\">The student voice of Lakeshore State University since 1921</p>\
         <form role=\"search\" class=\"searchform\"><input type=\"text\" placeholder=\"Search this site\"><button>Submit Search</button></form></div>\
         <nav id=\"sno-main-nav\"><ul id=\"menu-main\" class=\"sno-menu\">{menu}</ul></nav>\
         <div class=\"sno-breaking-news\"><span class=\"breaking-label\">Breaking News</span><ul>{ticker}</ul></div></header>\
         <div id=\"content\" class=\"sno-content\">{first}{second}</div>\
         <footer id=\"footer\" class=\"sno-footer\"><p class=\"footer-about\">{about}</p><div class=\"footer-links\"><a href=\"/about/\">About</a> <a href=\"/staff/\">Staff</a> <a href=\"/policies/\">Editorial policies</a> <a href=\"/corrections/\">Corrections</a> <a href=\"/contact/\">Contact</a></div>\
         <p class=\"footer-credit\">© {year} • Privacy Policy • FLEX Pro WordPress Theme by SNO • <a href=\"/wp-login.php\">Log in</a></p></footer></div>\
         <script type=\"text/javascript\" id=\"sno-story-js-extra\">var snoStory = {{\"postID\":\"{post_id}\",\"ajaxurl\":\"/wp-admin/admin-ajax.php\",\"headline\":\"{title_json}\"}};</script></body></html>",
        head = head(
            s,
            "The Campus Chronicle",
            "<link rel=\"stylesheet\" id=\"sno-style-css\" href=\"/wp-content/themes/flex-pro/style.css?ver=8.4\" media=\"all\"><link rel=\"https://api.w.org/\" href=\"/wp-json/\">"
        ),
        about = esc(W_SNO_ABOUT),
        title_json = l_json(&s.title),
    )
}

const W_LOCAL_TOWNS: &[&str] = &[
    "Ashford",
    "Bellmore",
    "Brookhaven",
    "Cedar Grove",
    "Clifton Park",
    "Dover Plains",
    "East Hampton",
    "Fair Lawn",
    "Glen Ridge",
    "Greenport",
    "Hillsdale",
    "Huntington",
    "Kinderhook",
    "Lake Grove",
    "Laurel Hollow",
    "Lindenhurst",
    "Maple Shade",
    "Merrick",
    "Millburn",
    "Montclair",
    "New Paltz",
    "North Haven",
    "Oyster Bay",
    "Pine Bush",
    "Port Jefferson",
    "Ridgewood",
    "Riverhead",
    "Rockville Centre",
    "Sag Harbor",
    "Scarsdale",
    "Southold",
    "Stony Point",
    "Summit",
    "Tarrytown",
    "Valley Stream",
    "Wantagh",
    "West Orange",
    "Woodbury",
];

const W_LOCAL_REPLIES: &[&str] = &[
    "Finally some movement on this. I have been going to those meetings for two years and it felt like nobody was listening to the people who actually live on that street.",
    "Does anybody know if there will be another public hearing before the final vote? I work evenings and could not make the last one.",
    "Thanks for posting this. I would never have known otherwise; the town website still has last year's schedule on it.",
    "I am all for it as long as they fix the drainage first. Every time it rains the corner by the school turns into a lake.",
    "We moved here for the quiet and I hope that does not change, but I understand the town has to do something about taxes.",
];

const W_LOCAL_NAMES: &[(&str, &str)] = &[
    ("Karen D.", "Neighbor"),
    ("Mike Sorrentino", "Neighbor"),
    ("Lisa Yamamoto", "Local business owner"),
    ("Bob H.", "Neighbor"),
    ("Denise Carter", "Neighbor"),
];

const W_LOCAL_EVENTS: &[(&str, &str)] = &[
    (
        "Spring plant sale at the community garden",
        "Volunteers will sell seedlings, perennials and herbs grown in the garden's greenhouse, with proceeds going to the youth gardening program.",
    ),
    (
        "Library book club: monthly meeting",
        "This month the group discusses a new novel set on the North Fork. Newcomers are welcome, and coffee and cookies will be provided.",
    ),
    (
        "Fire department pancake breakfast",
        "Come meet the volunteers who keep the town safe, tour the trucks and enjoy a hot breakfast. Tickets are sold at the door.",
    ),
    (
        "Free blood pressure screening",
        "Nurses from the county health department will offer free screenings at the senior center. No appointment is needed.",
    ),
];

const W_LOCAL_CLASSIFIEDS: &[&str] = &[
    "Experienced house cleaner has openings on Tuesdays and Fridays. References available, reasonable rates, fully insured.",
    "Garage sale this Saturday from 8 to 2: furniture, children's clothes, tools and a working snowblower. Rain date Sunday.",
    "Math and science tutor, retired high school teacher, now booking spring sessions for middle and high school students.",
];

const W_LOCAL_NEWSLETTER: &str = "Find out what's happening in your town with free, real-time updates from Townline. Sign up for our daily newsletter and breaking news alerts, delivered straight to your inbox.";

const W_LOCAL_RULES: &str = "The rules of replying: be respectful. This is a space for friendly local discussion, and no racist, discriminatory, vulgar or threatening language will be tolerated. Be transparent: use your real name and back up your claims. Keep it local and relevant, and do not use replies to advertise your business.";

const W_LOCAL_POST_PROMPT: &str = "Have something to share with your neighbors? Post an announcement, a local event or a classified listing, and it will appear on your town's Townline page within minutes.";

const W_LOCAL_FOOTER: &str = "Townline is a network of more than 1,200 hyperlocal news sites serving towns and neighborhoods across the country. Our local editors cover the government meetings, school boards, police blotters and small businesses that larger outlets overlook.";

/// W3 (held out, round 13): an article on a network of hyperlocal
/// news sites (Patch-like), built as a React app with hashed module
/// classes: a town picker with a long list of nearby towns, a
/// newsletter signup in prose, a "Local news" menu, the topic label,
/// headline, a "Townline Staff" byline with a verified badge, "Posted"
/// and "Updated" times, Thank/Reply/Share buttons with counts, a lead
/// image with a prose caption; the paragraphs as `<p>`s in a hashed
/// `div` (in some pages each paragraph wrapped in its own block `div`),
/// with an ad slot and a prose "Find out what's happening" newsletter
/// insert between them; then topic chips, "The rules of replying" in
/// prose, replies with names, roles and Thank/Reply counts, a "post to
/// your neighbors" prompt in prose, "More from Townline" cards with
/// prose blurbs, a local events calendar and classifieds in full
/// sentences, "Nearby Townlines" links and a footer with a prose note,
/// and a `__NEXT_DATA__` blob with the article's metadata and replies.
fn w3_hyperlocal(s: &Story, rng: &mut Rng) -> String {
    let mut c = Chrome { rng };
    let (month, mname, day, year) = n_date(&s.date);
    let y = o_year(&year);
    let weekday = O_WEEKDAYS[o_weekday(y, month, day)];
    let n = s.paragraphs.len();
    let town = c.rng.pick(W_LOCAL_TOWNS);
    let wrapped = c.rng.chance(45);
    let mod_hash = o_hex(c.rng, 5);
    let topic = c.rng.pick(&[
        "Politics & Government",
        "Schools",
        "Business",
        "Traffic & Transit",
        "Police & Fire",
        "Community Corner",
        "Weather",
    ]);
    let towns: String = W_LOCAL_TOWNS
        .iter()
        .map(|t| {
            format!(
                "<li><a href=\"/new-york/{}\">{}, NY</a></li>",
                l_slug(t),
                esc(t)
            )
        })
        .collect();
    let ins_at = 2.min(n.saturating_sub(1)).max(1);
    let ad_at = (n * 2 / 3).max(1);
    let mut body = String::new();
    for (i, p) in s.paragraphs.iter().enumerate() {
        let inner = c.body_paragraph(p);
        if wrapped {
            body.push_str(&format!(
                "<div class=\"styles_Block__{mod_hash} styles_Block--text\"><p>{inner}</p></div>"
            ));
        } else {
            body.push_str(&format!("<p>{inner}</p>"));
        }
        if i + 1 < n {
            if i + 1 == ins_at {
                body.push_str(&format!(
                    "<div class=\"styles_NewsletterInsert__{mod_hash}\"><p class=\"styles_NewsletterInsert__text\">{}</p><form><input type=\"email\" placeholder=\"Enter your email\"><button>Subscribe</button></form></div>",
                    esc(W_LOCAL_NEWSLETTER)
                ));
            }
            if i + 1 == ad_at && ad_at != ins_at {
                body.push_str(&format!(
                    "<div class=\"styles_AdSlot__{mod_hash}\" data-slot=\"inline-{}\"><span class=\"styles_AdLabel\">Advertisement</span><div id=\"ad-inline-{}\"></div></div>",
                    i,
                    o_hex(c.rng, 6)
                ));
            }
        }
    }
    let nr = 2 + c.rng.below(3);
    let r0 = c.rng.below(W_LOCAL_REPLIES.len());
    let mut replies = String::new();
    let mut replies_json = Vec::new();
    for k in 0..nr {
        let text = W_LOCAL_REPLIES[(r0 + k) % W_LOCAL_REPLIES.len()];
        let (who, role) = W_LOCAL_NAMES[(r0 + 2 * k) % W_LOCAL_NAMES.len()];
        let thanks = c.rng.below(40);
        replies.push_str(&format!(
            "<li class=\"styles_Reply__{mod_hash}\"><div class=\"styles_ReplyHeader\"><img src=\"/avatars/{}.png\" alt=\"\"><span class=\"styles_ReplyAuthor\">{}</span><span class=\"styles_ReplyRole\">{}</span><time>{}h</time></div><p class=\"styles_ReplyBody\">{}</p><div class=\"styles_ReplyActions\"><button>Thank ({thanks})</button><button>Reply</button><button>Report</button></div></li>",
            o_hex(c.rng, 6),
            esc(who),
            esc(role),
            1 + c.rng.below(20),
            esc(text)
        ));
        replies_json.push(format!(
            "{{\"author\":\"{}\",\"body\":\"{}\",\"thanks\":{thanks}}}",
            l_json(who),
            l_json(text)
        ));
    }
    let more: String = (0..4)
        .map(|k| {
            let h = TEASERS[(r0 + k * 3) % TEASERS.len()];
            format!(
                "<article class=\"styles_Card__{mod_hash}\"><a href=\"/new-york/{}/{}\"><img src=\"/img/{}.jpg\" alt=\"\"><h3>{}</h3></a><p>{}</p><span class=\"styles_CardTown\">{}, NY</span></article>",
                l_slug(town),
                l_slug(h),
                o_hex(c.rng, 10),
                esc(h),
                esc(TEASER_BLURBS[(r0 + k) % TEASER_BLURBS.len()]),
                esc(c.rng.pick(W_LOCAL_TOWNS))
            )
        })
        .collect();
    let events: String = W_LOCAL_EVENTS
        .iter()
        .map(|(t, d)| {
            format!(
                "<li class=\"styles_Event\"><div class=\"styles_EventDate\"><span>{}</span><span>{}</span></div><div><h4><a href=\"/calendar/{}\">{}</a></h4><p>{}</p></div></li>",
                &mname[..3].to_uppercase(),
                (day + 1 + c.rng.below(20)).min(28),
                l_slug(t),
                esc(t),
                esc(d)
            )
        })
        .collect();
    let classifieds: String = W_LOCAL_CLASSIFIEDS
        .iter()
        .map(|x| format!("<li class=\"styles_Classified\"><p>{}</p><a href=\"/classifieds/{}\">View listing</a></li>", esc(x), c.rng.below(99_999)))
        .collect();
    let nearby: String = (0..10)
        .map(|_| {
            let t = c.rng.pick(W_LOCAL_TOWNS);
            format!(
                "<li><a href=\"/new-york/{}\">{} Townline</a></li>",
                l_slug(t),
                esc(t)
            )
        })
        .collect();
    let chips: String = (0..3)
        .map(|_| {
            let t = c.rng.pick(&[
                "Local News",
                "Town Board",
                "Taxes",
                "Schools",
                "Roads",
                "Development",
                "Community",
            ]);
            format!(
                "<a class=\"styles_Chip__{mod_hash}\" href=\"/topics/{}\">{}</a>",
                l_slug(t),
                esc(t)
            )
        })
        .collect();
    let hour = 6 + c.rng.below(12);
    let minute = c.rng.below(60);
    let (h12, ampm) = if hour >= 12 {
        (if hour == 12 { 12 } else { hour - 12 }, "pm")
    } else {
        (hour, "am")
    };
    let next_data = format!(
        "<script id=\"__NEXT_DATA__\" type=\"application/json\">{{\"props\":{{\"pageProps\":{{\"article\":{{\"id\":{},\"title\":\"{}\",\"author\":\"{}\",\"town\":\"{}\",\"topic\":\"{}\",\"publishedAt\":\"{}T{hour:02}:{minute:02}:00-05:00\",\"replies\":[{}]}},\"patchId\":{}}}}},\"page\":\"/[state]/[patch]/[slug]\",\"buildId\":\"{}\"}}</script>",
        30_000_000 + c.rng.below(999_999),
        l_json(&s.title),
        l_json(&s.author),
        l_json(town),
        l_json(topic),
        s.date,
        replies_json.join(","),
        1000 + c.rng.below(900),
        o_hex(c.rng, 16)
    );
    format!(
        "<!DOCTYPE html><html lang=\"en\">{head}<body><div id=\"__next\">\
         <header class=\"styles_Header__{mod_hash}\"><a href=\"/\" class=\"styles_Logo\">Townline</a><div class=\"styles_TownPicker__{mod_hash}\"><button aria-expanded=\"false\">{town_e}, NY</button><ul class=\"styles_TownList\" hidden>{towns}</ul></div>\
         <nav class=\"styles_Nav__{mod_hash}\"><a href=\"/new-york/{town_slug}\">Local News</a><a href=\"/new-york/{town_slug}/calendar\">Calendar</a><a href=\"/new-york/{town_slug}/classifieds\">Classifieds</a><a href=\"/new-york/{town_slug}/real-estate\">Real Estate</a><a href=\"/new-york/{town_slug}/obituaries\">Obituaries</a><a href=\"/compose\">Post</a><a href=\"/login\">Log in</a></nav>\
         <div class=\"styles_HeaderNewsletter\"><p>{newsletter}</p><button>Subscribe</button></div></header>\
         <main class=\"styles_Main__{mod_hash}\"><article class=\"styles_Article__{mod_hash}\"><div class=\"styles_Kicker\"><a href=\"/new-york/{town_slug}/topics/{topic_slug}\">{topic_e}</a></div><h1 class=\"styles_Title__{mod_hash}\">{title}</h1>\
         <div class=\"styles_Byline__{mod_hash}\"><img src=\"/avatars/staff.png\" alt=\"\"><div><a href=\"/users/{aslug}\">{author}</a>, <span>Townline Staff</span> <img class=\"styles_Verified\" src=\"/icons/verified.svg\" alt=\"Verified Townline Staff Badge\"><div class=\"styles_Time\">Posted {wd_abbr}, {mabbr} {day}, {year} at {h12}:{minute:02} {ampm} ET</div><div class=\"styles_Time\">Updated {wd_abbr}, {mabbr} {day}, {year} at {h12u}:{minute:02} {ampm} ET</div></div></div>\
         <div class=\"styles_Actions__{mod_hash}\"><button>Thank ({thank_n})</button><button>Reply ({nr})</button><button>Share</button></div>\
         <figure class=\"styles_Lead\"><img src=\"/img/{img}.jpg\" alt=\"\"><figcaption>{caption} <span class=\"styles_Credit\">(Townline file photo)</span></figcaption></figure>\
         <div class=\"styles_HTMLContent__{mod_hash}\">{body}</div>\
         <div class=\"styles_Chips\">{chips}</div></article>\
         <section class=\"styles_Replies__{mod_hash}\"><h2>Replies ({nr})</h2><div class=\"styles_Rules\"><p>{rules}</p></div><form><textarea placeholder=\"Write a reply...\"></textarea><button>Post reply</button></form><ul>{replies}</ul></section>\
         <section class=\"styles_PostPrompt\"><h3>Share with your neighbors</h3><p>{prompt}</p><a href=\"/compose\">Post something</a></section>\
         <section class=\"styles_MoreFrom\"><h2>More from {town_e} Townline</h2>{more}</section>\
         <aside class=\"styles_Rail__{mod_hash}\"><div class=\"styles_AdSlot__{mod_hash}\"><span class=\"styles_AdLabel\">Advertisement</span><div id=\"ad-rail\"></div></div>\
         <section><h3>Local Events</h3><ul>{events}</ul><a href=\"/new-york/{town_slug}/calendar\">See all events</a></section>\
         <section><h3>Classifieds</h3><ul>{classifieds}</ul></section></aside></main>\
         <footer class=\"styles_Footer__{mod_hash}\"><section><h3>Nearby Townlines</h3><ul>{nearby}</ul></section><p>{foot}</p><ul class=\"styles_FooterLinks\"><li><a href=\"/about\">About Townline</a></li><li><a href=\"/careers\">Careers</a></li><li><a href=\"/advertise\">Advertise</a></li><li><a href=\"/terms\">Terms of Use</a></li><li><a href=\"/privacy\">Privacy Policy</a></li><li><a href=\"/do-not-sell\">Do Not Sell or Share My Personal Information</a></li></ul><p>© {year} Townline Media, Inc. All rights reserved.</p></footer></div>{next_data}</body></html>",
        head = head(s, "Townline", ""),
        town_e = esc(town),
        town_slug = l_slug(town),
        newsletter = esc(W_LOCAL_NEWSLETTER),
        topic_slug = l_slug(topic),
        topic_e = esc(topic),
        title = esc(&s.title),
        aslug = l_slug(&s.author),
        author = esc(&s.author),
        wd_abbr = &weekday[..3],
        mabbr = &mname[..3],
        h12u = if h12 == 12 { 1 } else { h12 + 1 },
        thank_n = c.rng.below(60),
        img = o_hex(c.rng, 10),
        caption = esc(c.rng.pick(CAPTIONS)),
        rules = esc(W_LOCAL_RULES),
        prompt = esc(W_LOCAL_POST_PROMPT),
        foot = esc(W_LOCAL_FOOTER),
    )
}

pub const TEMPLATES: &[(&str, bool, Template)] = &[
    ("T0-semantic", false, t0_semantic),
    ("T1-blog", false, t1_blog),
    ("T2-wire-br", false, t2_wire_br),
    ("T3-magazine", false, t3_magazine),
    ("T4-grid", false, t4_grid),
    ("T5-portal", false, t5_portal),
    ("H0-hashed", false, h0_hashed),
    ("H1-tables", false, h1_tables),
    ("H2-amp", false, h2_amp),
    ("H3-blog", false, h3_blog),
    ("G0-newsletter", false, g0_newsletter),
    ("G1-components", false, g1_components),
    ("G2-press", false, g2_press),
    ("G3-embeds", false, g3_embeds),
    ("G4-spans", false, g4_spans),
    ("K0-components", false, k0_components),
    ("K1-conversation", false, k1_conversation),
    ("K2-oldcms", false, k2_oldcms),
    ("K3-blocks", false, k3_blocks),
    ("L0-nextjs", false, l0_nextjs),
    ("L1-gutenberg", false, l1_gutenberg),
    ("L2-longread", false, l2_longread),
    ("L3-regional", false, l3_regional),
    ("M0-wire", false, m0_wire),
    ("M1-broadcast", false, m1_broadcast),
    ("M2-markets", false, m2_markets),
    ("M3-station", false, m3_station),
    ("N0-science", false, n0_science),
    ("N1-meridian", false, n1_meridian),
    ("N2-liveblog", false, n2_liveblog),
    ("N3-release", false, n3_release),
    ("O0-tabloid", false, o0_tabloid),
    ("O1-factcheck", false, o1_factcheck),
    ("O2-wiki", false, o2_wiki),
    ("O3-syndicated", false, o3_syndicated),
    ("P0-match", false, p0_match),
    ("P1-plus", false, p1_plus),
    ("P2-blogger", false, p2_blogger),
    ("P3-legal", false, p3_legal),
    ("Q0-desiportal", false, q0_desiportal),
    ("Q1-crypto", false, q1_crypto),
    ("Q2-podcast", false, q2_podcast),
    ("Q3-thread", false, q3_thread),
    ("R0-metro", false, r0_metro),
    ("R1-investigation", false, r1_investigation),
    ("R2-corpblog", false, r2_corpblog),
    ("R3-components", false, r3_components),
    ("S0-commentary", false, s0_commentary),
    ("S1-cityhall", false, s1_cityhall),
    ("S2-printview", false, s2_printview),
    ("S3-health", false, s3_health),
    ("U0-archived", false, u0_archived),
    ("U1-mailarchive", false, u1_mailarchive),
    ("U2-pulse", false, u2_pulse),
    ("U3-obituary", false, u3_obituary),
    ("V0-recipe", false, v0_recipe),
    ("V1-review", false, v1_review),
    ("V2-scrolly", false, v2_scrolly),
    ("V3-journal", false, v3_journal),
    ("W0-tradepress", true, w0_tradepress),
    ("W1-weekly", true, w1_weekly),
    ("W2-student", true, w2_student),
    ("W3-hyperlocal", true, w3_hyperlocal),
];

/// What makes real pages heavy but carries no text: an inline JSON state
/// blob, inline CSS, an SVG sprite, many meta and preload tags (for the
/// head); a mega menu and a footer link farm (for the body). Sizes are
/// drawn so pages average roughly 100 KB, in line with the HTML weight of
/// news article pages.
fn page_weight(rng: &mut Rng) -> (String, String, String) {
    let mut head = String::new();
    for i in 0..(15 + rng.below(25)) {
        head.push_str(&format!(
            "<link rel=\"preload\" as=\"script\" href=\"/_static/chunks/{}-{i}.js\"><meta name=\"x-cfg-{i}\" content=\"{}\">",
            rng.next() % 1_000_000,
            rng.next()
        ));
    }
    head.push_str("<style>");
    for i in 0..(150 + rng.below(450)) {
        head.push_str(&format!(
            ".c{i}-{:x}{{margin:{}px;padding:0 {}px;display:flex;color:#{:06x}}}",
            rng.next() % 65_536,
            rng.below(40),
            rng.below(40),
            rng.next() % 0xFF_FFFF
        ));
    }
    head.push_str("</style><script id=\"__STATE__\" type=\"application/json\">{\"props\":[");
    for i in 0..(300 + rng.below(1200)) {
        head.push_str(&format!(
            "{{\"id\":{i},\"k\":\"{:x}\",\"url\":\"/story/{}\",\"flags\":[{},{}],\"html\":\"<div class=\\\"x\\\">{}</div>\"}},",
            rng.next(),
            rng.next() % 100_000,
            rng.below(9),
            rng.below(9),
            rng.pick(TEASERS)
        ));
    }
    head.push_str("{}]}</script><script>(function(w,d){w.dataLayer=w.dataLayer||[];for(var i=0;i<10;i++){w.dataLayer.push({e:i<5?'a':'b'})}})(window,document);</script>");
    let mut sprite = String::from("<svg style=\"display:none\">");
    for i in 0..(10 + rng.below(30)) {
        sprite.push_str(&format!(
            "<symbol id=\"i{i}\" viewBox=\"0 0 24 24\"><path d=\"M{} {}l{} {}h{}v{}z\"/></symbol>",
            rng.below(24),
            rng.below(24),
            rng.below(9),
            rng.below(9),
            rng.below(9),
            rng.below(9)
        ));
    }
    sprite.push_str("</svg>");
    let menu_class = rng.hashed();
    let mut top = format!("{sprite}<div class=\"{menu_class}\">");
    for col in 0..(6 + rng.below(8)) {
        top.push_str(&format!(
            "<div class=\"{}\"><span>{}</span><ul>",
            rng.hashed(),
            SECTIONS[col % SECTIONS.len()]
        ));
        for _ in 0..(8 + rng.below(10)) {
            top.push_str(&format!(
                "<li><a href=\"/s/{}\" data-track=\"{}\">{}</a></li>",
                rng.next() % 100_000,
                rng.next() % 1000,
                rng.pick(SECTIONS)
            ));
        }
        top.push_str("</ul></div>");
    }
    top.push_str("</div>");
    let mut bottom = format!("<div class=\"{}\"><ul>", rng.hashed());
    for _ in 0..(30 + rng.below(40)) {
        bottom.push_str(&format!(
            "<li><a href=\"/l/{}\">{}</a></li>",
            rng.next() % 100_000,
            rng.pick(SECTIONS)
        ));
    }
    bottom.push_str("</ul></div><script src=\"/_static/app.js\" async></script>");
    (head, top, bottom)
}

/// Insert `what` right after the first `<tag ...>` (or before `</tag>`
/// when `before_close`).
fn inject(html: &mut String, tag: &str, what: &str, before_close: bool) {
    if before_close {
        if let Some(i) = html.rfind(&format!("</{tag}>")) {
            html.insert_str(i, what);
        }
    } else if let Some(i) = html.find(&format!("<{tag}"))
        && let Some(j) = html[i..].find('>')
    {
        html.insert_str(i + j + 1, what);
    }
}

/// Every story in every template; `heavy` adds the text-free page weight
/// (scripts, styles, menus) that real pages carry.
pub fn build_pages(stories: &[Story], heavy: bool) -> Vec<Page> {
    let mut pages = Vec::new();
    for (si, story) in stories.iter().enumerate() {
        for (ti, (name, held_out, template)) in TEMPLATES.iter().enumerate() {
            let mut rng = Rng::new((si as u64) << 16 | ti as u64);
            let mut html = template(story, &mut rng);
            if heavy {
                let (head, top, bottom) = page_weight(&mut rng);
                inject(&mut html, "head", &head, false);
                inject(&mut html, "body", &top, false);
                inject(&mut html, "body", &bottom, true);
            }
            pages.push(Page {
                name: format!("{si:03}-{name}"),
                template: name,
                held_out: *held_out,
                story: si,
                html,
                truth: story.paragraphs.join("\n\n"),
            });
        }
    }
    pages
}

/// Render one story with one of the development (not held-out) templates
/// (for dedup experiments).
pub fn render(story: &Story, template: usize, seed: u64) -> String {
    let dev: Vec<&(&str, bool, Template)> = TEMPLATES.iter().filter(|t| !t.1).collect();
    let (_, _, t) = dev[template % dev.len()];
    let mut rng = Rng::new(seed);
    t(story, &mut rng)
}
