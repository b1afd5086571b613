//! Native checks that a reader can check every source: the known addresses exactly as given and
//! no guessed ones, publishers named only where the article names them, and our own title for
//! the untitled post marked as ours.
#![cfg(not(target_arch = "wasm32"))]

use pm_compass::content::KNOWLEDGE;
use pm_compass::model::knowledge::{Citation, Source};
use pm_compass::model::source::{OUR_TITLE_MARK, OUR_TITLE_SHORT};

fn source(id: &str) -> &'static Source {
    KNOWLEDGE
        .source(id)
        .unwrap_or_else(|| panic!("sources.toml has no source “{id}”"))
}

/// The public addresses the issue gives, and no others.
const KNOWN: [(&str, &str); 3] = [
    (
        "fantasy",
        "https://www.angelstanev.com/p/the-mini-ceo-fantasy-a-title-that",
    ),
    ("mini-ceos", "https://productrocket.ch/mini-ceo"),
    ("leadership", "https://productleadership.com/?p=86286"),
];

#[test]
fn the_three_known_addresses_are_exactly_as_given() {
    for (id, url) in KNOWN {
        assert_eq!(source(id).url, Some(url), "sources.toml “{id}” url");
    }
}

#[test]
fn no_source_without_a_known_address_has_one() {
    for source in KNOWLEDGE.sources {
        if !KNOWN.iter().any(|(id, _)| *id == source.id) {
            assert_eq!(
                source.url, None,
                "sources.toml “{}”: its address is not known, so it gives none",
                source.id
            );
            assert!(source.credit().contains("we know no public address"));
        }
    }
}

#[test]
fn every_address_is_an_https_url_on_a_named_host() {
    for source in KNOWLEDGE.sources {
        let Some(url) = source.url else { continue };
        let id = source.id;
        assert!(url.starts_with("https://"), "“{id}”: {url} is not https");
        assert!(
            !url.contains(char::is_whitespace),
            "“{id}”: {url} has a space"
        );
        let site = source.site().unwrap();
        assert!(
            site.contains('.') && !site.contains(['/', '?', ':']),
            "“{id}”: the host of {url} reads as “{site}”"
        );
        assert_eq!(Some(&url["https://".len()..]), source.address());
    }
    assert_eq!(source("fantasy").site(), Some("angelstanev.com"));
    assert_eq!(source("leadership").site(), Some("productleadership.com"));
}

#[test]
fn a_publisher_is_named_only_where_the_article_names_one() {
    assert_eq!(source("mini-ceos").by, Some("Product Rocket"));
    assert_eq!(
        source("leadership").by,
        Some("Institute of Product Leadership")
    );
    for id in ["differences", "fantasy", "ceo-of-product"] {
        assert_eq!(source(id).by, None, "“{id}” names no publisher or author");
    }
}

#[test]
fn a_card_says_who_publishes_and_where_or_that_it_is_not_known() {
    assert_eq!(
        source("mini-ceos").credit(),
        "By Product Rocket, at productrocket.ch/mini-ceo"
    );
    assert_eq!(
        source("leadership").credit(),
        "By Institute of Product Leadership, at productleadership.com/?p=86286"
    );
    assert_eq!(
        source("fantasy").credit(),
        "The text names no author or publisher; it is at \
         www.angelstanev.com/p/the-mini-ceo-fantasy-a-title-that"
    );
    assert_eq!(
        source("differences").credit(),
        "The text names no author or publisher, and we know no public address for it"
    );
}

#[test]
fn a_sources_line_credits_the_publisher_else_the_site_else_nobody() {
    assert_eq!(source("mini-ceos").short_credit(), Some("Product Rocket"));
    assert_eq!(source("fantasy").short_credit(), Some("angelstanev.com"));
    assert_eq!(source("differences").short_credit(), None);
    assert_eq!(source("ceo-of-product").short_credit(), None);
}

#[test]
fn the_untitled_post_has_a_descriptive_title_marked_as_ours() {
    let untitled: Vec<&Source> = KNOWLEDGE.sources.iter().filter(|s| s.untitled).collect();
    assert_eq!(untitled.len(), 1, "one article has no title of its own");
    let post = untitled[0];
    assert_eq!(post.id, "ceo-of-product");
    let lower = post.title.to_lowercase();
    assert!(
        post.title.split_whitespace().count() >= 4
            && !lower.contains("untitled")
            && lower.contains("ceo")
            && lower.contains("product"),
        "“{}” does not describe the post",
        post.title
    );
    assert!(OUR_TITLE_MARK.starts_with(OUR_TITLE_SHORT));
    assert_eq!(
        post.cited_title(),
        format!("{} (our title)", post.title),
        "cited under a claim, the title is marked as ours"
    );
    assert_eq!(
        KNOWLEDGE.cite(&[Citation::Source("ceo-of-product")]),
        [format!("{} (our title)", post.title)]
    );
    for titled in KNOWLEDGE.sources.iter().filter(|s| !s.untitled) {
        assert_eq!(titled.cited_title(), titled.full_title());
    }
}
