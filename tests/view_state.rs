//! Native tests of the link codec: which view a query string opens, what is ignored and said,
//! and that no input, however broken, makes it fail.
#![cfg(not(target_arch = "wasm32"))]

use pm_compass::model::query::{decode_component, encode_component, split_pairs, PairError};
use pm_compass::model::view_state::MAX_QUERY_BYTES;
use pm_compass::model::{LinkProblem, ParsedLink, View, ViewState};

fn view_of(query: &str) -> View {
    ParsedLink::parse(query).state.view
}

#[test]
fn empty_query_opens_compare_without_notice() {
    for query in ["", "?", "&&", "?&"] {
        let parsed = ParsedLink::parse(query);
        assert_eq!(parsed.state.view, View::Compare, "{query:?}");
        assert!(parsed.problems.is_empty(), "{query:?}");
        assert_eq!(parsed.notice(), None);
    }
}

#[test]
fn each_view_opens_from_its_slug() {
    assert_eq!(view_of("view=compare"), View::Compare);
    assert_eq!(view_of("?view=ladder"), View::Ladder);
    assert_eq!(view_of("view=notes"), View::Notes);
}

#[test]
fn every_view_round_trips_through_its_link() {
    for view in View::ALL {
        let query = ViewState::query_for(view);
        let parsed = ParsedLink::parse(&query);
        assert_eq!(
            parsed.state,
            ViewState {
                view,
                ..ViewState::default()
            },
            "{query}"
        );
        assert!(parsed.problems.is_empty(), "{query}");
    }
}

#[test]
fn links_are_readable() {
    assert_eq!(ViewState::query_for(View::Ladder), "view=ladder&v=1");
    assert_eq!(
        ViewState::default().to_query(),
        "view=compare&roles=pm,ceo&v=1"
    );
}

#[test]
fn slugs_are_unique_and_url_safe() {
    let slugs: Vec<_> = View::ALL.iter().map(|view| view.slug()).collect();
    for (i, slug) in slugs.iter().enumerate() {
        assert!(!slugs[i + 1..].contains(slug), "{slug} repeats");
        assert_eq!(encode_component(slug), *slug, "{slug} needs escaping");
    }
}

#[test]
fn unknown_view_falls_back_and_is_named() {
    let parsed = ParsedLink::parse("view=boss");
    assert_eq!(parsed.state.view, View::Compare);
    assert_eq!(
        parsed.problems,
        vec![LinkProblem::UnknownView("boss".into())]
    );
    assert_eq!(
        parsed.notice().unwrap(),
        "This link had the unknown view “boss”, which we ignored. Showing Compare instead."
    );
}

#[test]
fn view_slugs_are_exact() {
    for query in ["view=Ladder", "view=ladders", "view=lad"] {
        assert_eq!(view_of(query), View::Compare, "{query}");
        assert_eq!(ParsedLink::parse(query).problems.len(), 1, "{query}");
    }
    // Surrounding spaces, as pasted from a chat, are forgiven.
    assert_eq!(view_of("view=+ladder+"), View::Ladder);
}

#[test]
fn empty_view_is_a_problem() {
    let parsed = ParsedLink::parse("view=");
    assert_eq!(parsed.state.view, View::Compare);
    assert!(parsed.notice().unwrap().contains("an empty view name"));
}

#[test]
fn unknown_settings_are_ignored_but_the_view_is_kept() {
    let parsed = ParsedLink::parse("view=notes&utm_source=mail&flag");
    assert_eq!(parsed.state.view, View::Notes);
    assert_eq!(
        parsed.problems,
        vec![
            LinkProblem::UnknownSetting("utm_source".into()),
            LinkProblem::UnknownSetting("flag".into()),
        ]
    );
    let notice = parsed.notice().unwrap();
    assert!(
        notice.contains("“utm_source” and the unknown setting “flag”"),
        "{notice}"
    );
    assert!(notice.ends_with("which we ignored."), "{notice}");
}

#[test]
fn a_repeated_view_keeps_the_first() {
    let parsed = ParsedLink::parse("view=ladder&view=notes");
    assert_eq!(parsed.state.view, View::Ladder);
    assert_eq!(parsed.problems, vec![LinkProblem::Repeated("view".into())]);
}

#[test]
fn broken_percent_encoding_is_reported_not_guessed() {
    for query in ["view=lad%zzer", "view=%", "view=%4", "%ZZ=1", "view=%C3%28"] {
        let parsed = ParsedLink::parse(query);
        assert_eq!(parsed.state.view, View::Compare, "{query}");
        assert_eq!(parsed.problems, vec![LinkProblem::Unreadable], "{query}");
    }
    // Well-formed escapes are read.
    assert_eq!(view_of("view=%6Cadder"), View::Ladder);
}

#[test]
fn many_problems_make_one_short_line() {
    let query = (0..50)
        .map(|i| format!("k{i}=v"))
        .collect::<Vec<_>>()
        .join("&");
    let parsed = ParsedLink::parse(&format!("{query}&a=%zz&b=%zz"));
    assert_eq!(parsed.problems.len(), 51, "broken pairs are counted once");
    let notice = parsed.notice().unwrap();
    assert!(notice.contains("and 48 more"), "{notice}");
    assert!(!notice.contains('\n'));
    assert!(notice.len() < 200, "{notice}");
}

#[test]
fn quoted_garbage_is_cut_short_and_stripped_of_control_characters() {
    let long = "x".repeat(500);
    let notice = ParsedLink::parse(&format!("view={long}")).notice().unwrap();
    assert!(
        notice.contains(&format!("“{}…”", "x".repeat(23))),
        "{notice}"
    );
    let notice = ParsedLink::parse("view=a%0Ab%1B").notice().unwrap();
    assert!(notice.contains("“ab”"), "{notice}");
}

#[test]
fn an_oversized_link_is_ignored_whole() {
    let query = format!("view=ladder&pad={}", "a".repeat(40_000));
    let parsed = ParsedLink::parse(&query);
    assert_eq!(parsed.state.view, View::Compare);
    assert_eq!(
        parsed.problems,
        vec![LinkProblem::TooLong { bytes: query.len() }]
    );
    assert!(query.len() > MAX_QUERY_BYTES);
}

#[test]
fn arbitrary_bytes_never_panic_and_give_a_valid_view() {
    // A small deterministic generator: every run checks the same 20,000 strings.
    let alphabet: Vec<char> = "view=ladder&notes%zZ09+?#é☃\u{0}\u{7f} /=&%%"
        .chars()
        .collect();
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..20_000 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let len = (seed % 40) as usize;
        let query: String = (0..len)
            .map(|i| alphabet[((seed >> (i % 58)) as usize + i * 7) % alphabet.len()])
            .collect();
        let parsed = ParsedLink::parse(&query);
        assert!(View::ALL.contains(&parsed.state.view));
        assert_eq!(parsed.notice().is_some(), !parsed.problems.is_empty());
        // The corrected link is always clean.
        assert!(ParsedLink::parse(&parsed.state.to_query())
            .problems
            .is_empty());
    }
}

#[test]
fn components_decode_strictly() {
    assert_eq!(decode_component("a+b%20c").as_deref(), Ok("a b c"));
    assert_eq!(decode_component("%E2%98%83").as_deref(), Ok("☃"));
    assert_eq!(decode_component("%"), Err(PairError::BrokenEscape));
    assert_eq!(decode_component("%g1"), Err(PairError::BrokenEscape));
    assert_eq!(decode_component("%FF"), Err(PairError::NotUtf8));
}

#[test]
fn components_round_trip() {
    for text in ["", "plain", "a b&c=d", "100%", "é☃", "pm,ceo", "+-_.~"] {
        assert_eq!(
            decode_component(&encode_component(text)).as_deref(),
            Ok(text)
        );
    }
}

#[test]
fn pairs_split_on_ampersand_and_first_equals() {
    let pairs = split_pairs("?a=1&&b=x=y&c");
    let keys: Vec<_> = pairs.iter().map(|p| p.key.clone().unwrap()).collect();
    let values: Vec<_> = pairs.iter().map(|p| p.value.clone().unwrap()).collect();
    assert_eq!(keys, ["a", "b", "c"]);
    assert_eq!(values, ["1", "x=y", ""]);
}
