//! Native tests of links mangled on their way: what chat apps, mail clients, social networks and
//! the sentence around a link do to it, and that the app still opens the view it was meant for.
#![cfg(not(target_arch = "wasm32"))]

mod states;

use pm_compass::model::link_repair::{is_tracking_key, with_escaped_fragment, Mending};
use pm_compass::model::query::encode_component;
use pm_compass::model::view_state::REPAIRED_SENTENCE;
use pm_compass::model::{LinkProblem, ParsedLink, View, ViewState};
use proptest::prelude::*;

fn parse(query: &str) -> ParsedLink {
    ParsedLink::parse(query)
}

/// The state a canonical link gives, read cleanly.
fn state_of(canonical: &str) -> ViewState {
    let parsed = parse(canonical);
    assert!(
        parsed.problems.is_empty(),
        "{canonical}: {:?}",
        parsed.problems
    );
    parsed.state
}

#[test]
fn tracking_parameters_are_dropped_without_a_word() {
    let parsed = parse(
        "?view=ladder&from=pm&to=vp-product&v=1&fbclid=IwAR0abc&utm_source=newsletter&gclid=Cj0K",
    );
    assert_eq!(
        parsed.state,
        state_of("view=ladder&from=pm&to=vp-product&v=1")
    );
    assert_eq!(parsed.notice(), None);
    assert_eq!(parsed.mending, Mending::Tidied);
    assert!(parsed.needs_rewrite(), "the address loses them");
    for key in [
        "utm_campaign",
        "UTM_Medium",
        "mc_eid",
        "_hsenc",
        "igshid",
        "si",
        "msclkid",
    ] {
        assert!(is_tracking_key(key), "{key}");
    }
    for key in [
        "view", "roles", "theme", "diff", "pin", "open", "from", "to", "answers", "v",
    ] {
        assert!(!is_tracking_key(key), "{key} is one of ours");
    }
}

#[test]
fn damage_inside_a_tracking_value_goes_with_it() {
    // A chat app's line break and dash at the end, inside a click id the app drops anyway.
    let parsed = parse("?view=ladder&v=1&fbclid=__0a_a0A_aa%0A-");
    assert_eq!(parsed.state, state_of("view=ladder&v=1"));
    assert!(parsed.problems.is_empty());
    assert_eq!(parsed.notice(), None);
}

#[test]
fn escaped_ampersands_open_the_view_they_were_meant_for() {
    let parsed = parse("?view=compare&amp;roles=pm,ceo,cpo&amp;theme=authority&amp;diff=1&amp;v=1");
    assert_eq!(
        parsed.state,
        state_of("view=compare&roles=pm,ceo,cpo&theme=authority&diff=1&v=1")
    );
    assert_eq!(parsed.notice().as_deref(), Some(REPAIRED_SENTENCE));
    // Escaped twice over, as when a message is quoted in a reply.
    let twice = parse("?view=compare&amp;amp;roles=pm,cpo&amp;amp;v=1");
    assert_eq!(twice.state, state_of("view=compare&roles=pm,cpo&v=1"));
}

#[test]
fn ampersands_escaped_as_numbers_are_put_back_from_the_fragment() {
    // `?view=compare&#38;roles=pm,cpo&#38;v=1`: the browser cuts the query at the `#`.
    for escape in ["#38;", "#038;", "#x26;"] {
        let fragment = format!("{escape}roles=pm,cpo&{escape}diff=1&{escape}v=1");
        let query = with_escaped_fragment("?view=compare&", &fragment);
        let parsed = parse(&query);
        assert_eq!(
            parsed.state,
            state_of("view=compare&roles=pm,cpo&diff=1&v=1"),
            "{query}"
        );
        assert_eq!(parsed.notice().as_deref(), Some(REPAIRED_SENTENCE));
    }
    // Any other fragment is not the query's.
    assert_eq!(
        with_escaped_fragment("?view=ladder&v=1", "#main"),
        "?view=ladder&v=1"
    );
    assert_eq!(
        with_escaped_fragment("?view=ladder&", "#top"),
        "?view=ladder&"
    );
    assert_eq!(with_escaped_fragment("", ""), "");
}

#[test]
fn punctuation_after_a_link_is_not_part_of_it() {
    for tail in [
        ").",
        ".",
        ",",
        "!",
        "?",
        ";",
        ":",
        ")",
        "]",
        ">",
        "'",
        "\"",
        "*",
        "_",
        "...",
        "%22",
        "%E2%80%9D",
        "%E2%80%99",
        "%C2%BB",
        "%3E",
        "%29.",
        "&",
        "&amp;",
        "%20",
        "%0A",
    ] {
        let parsed = parse(&format!("?view=ladder&from=pm&to=cpo&v=1{tail}"));
        assert_eq!(
            parsed.state,
            state_of("view=ladder&from=pm&to=cpo&v=1"),
            "{tail}"
        );
        assert_eq!(parsed.notice(), None, "{tail}");
    }
    let opened = parse("?view=compare&roles=pm,ceo&open=budget.ceo).");
    assert_eq!(
        opened.state,
        state_of("view=compare&roles=pm,ceo&open=budget.ceo")
    );
}

#[test]
fn a_query_encoded_whole_is_unwrapped() {
    let canonical = "view=compare&roles=pm,cpo,ceo&open=budget.ceo&v=1";
    let whole = encode_component(canonical);
    assert!(!whole.contains('='));
    let parsed = parse(&format!("?{whole}"));
    assert_eq!(parsed.state, state_of(canonical));
    assert_eq!(parsed.notice().as_deref(), Some(REPAIRED_SENTENCE));
    // Only the tail encoded, after the first `=`.
    let tail = format!("view={}", encode_component("compare&roles=pm,cpo&v=1"));
    assert_eq!(
        parse(&tail).state,
        state_of("view=compare&roles=pm,cpo&v=1")
    );
}

#[test]
fn quoted_printable_equals_signs_are_read_as_equals_signs() {
    let parsed = parse("?view=3Dladder&from=3Dpm&to=3Dcpo&v=3D1");
    assert_eq!(parsed.state, state_of("view=ladder&from=pm&to=cpo&v=1"));
    assert_eq!(parsed.notice().as_deref(), Some(REPAIRED_SENTENCE));
    // With a soft line break, a `=` at the end of a mail's line.
    let broken = parse("?view=3Dladder&from=3Dpm&to=3Dc=%0D%0Apo&v=3D1");
    assert_eq!(broken.state, parsed.state);
    // A link with a real `=` left alone is not guessed at.
    assert!(!parse("?view=3Dladder&from=pm").problems.is_empty());
}

#[test]
fn line_breaks_and_invisible_characters_inside_a_link_are_taken_out() {
    let parsed = parse("?view=compare&roles=pm,c%0Aeo,cp%E2%80%8Bo&v=1");
    assert_eq!(parsed.state, state_of("view=compare&roles=pm,ceo,cpo&v=1"));
    assert_eq!(parsed.notice().as_deref(), Some(REPAIRED_SENTENCE));
}

#[test]
fn a_second_query_added_by_a_tool_is_read_as_part_of_the_first() {
    let parsed = parse("?view=ladder&from=pm&v=1?utm_source=slack&utm_medium=chat");
    assert_eq!(parsed.state, state_of("view=ladder&from=pm&v=1"));
    assert!(parsed.problems.is_empty());
}

#[test]
fn a_link_that_really_lost_something_still_says_what() {
    let parsed = parse("?view=ladder&from=pm&to=nobody&v=1).");
    assert_eq!(parsed.problems, [LinkProblem::UnknownRung("nobody".into())]);
    assert!(parsed
        .notice()
        .is_some_and(|notice| notice.contains("“nobody”") && !notice.contains("1).")));
    let amp = parse("?view=compare&amp;roles=pm,zebra&amp;v=1");
    let notice = amp.notice().unwrap();
    assert!(notice.starts_with(REPAIRED_SENTENCE), "{notice}");
    assert!(notice.contains("“zebra”"), "{notice}");
    let unknown = parse("?view=compare&colour=blue&utm_source=x&v=1");
    assert_eq!(
        unknown.problems,
        [LinkProblem::UnknownSetting("colour".into())]
    );
}

/// One way of handling a link on its way, with what it needs to be applied.
#[derive(Clone, Debug)]
struct Mangling {
    /// Tracking pairs added, each at a pair boundary (an index into the link's pairs).
    tracking: Vec<(usize, &'static str, String)>,
    /// The query percent-encoded whole (`Some(true)`), or only after its first `=`.
    encoded_whole: Option<bool>,
    /// The values' commas and dots percent-encoded twice.
    double_encoded: bool,
    /// A tracker's own `?utm_source=…` appended without seeing the first `?`.
    second_query: bool,
    /// Each `&` escaped as `&amp;`, once or twice.
    amp: Option<bool>,
    /// Every `=` written `=3D`, as a mail shown raw.
    quoted_printable: bool,
    /// Line breaks, spaces and invisible characters put in at these places.
    strays: Vec<(usize, &'static str)>,
    /// What the sentence around the link added at its end.
    tail: Option<&'static str>,
}

impl Mangling {
    /// The mangled link, and whether the link's own structure was changed (so that it reads with
    /// the "repaired" line) rather than only added to (tracking, a tail: read without a word).
    fn apply(&self, canonical: &str) -> (String, bool) {
        let mut pairs: Vec<String> = canonical.split('&').map(str::to_string).collect();
        let mut structural = false;
        if self.double_encoded {
            for pair in &mut pairs {
                if let Some((key, value)) = pair.split_once('=') {
                    let twice = value.replace(',', "%252C").replace('.', "%252E");
                    structural |= twice != value;
                    *pair = format!("{key}={twice}");
                }
            }
        }
        for (at, key, value) in &self.tracking {
            pairs.insert(at % (pairs.len() + 1), format!("{key}={value}"));
        }
        let mut link = pairs.join("&");
        let before = link.clone();
        match self.encoded_whole {
            Some(true) => link = encode_component(&link),
            Some(false) => {
                if let Some((head, rest)) = link.split_once('=') {
                    link = format!("{head}={}", encode_component(rest));
                }
            }
            None => {}
        }
        if self.second_query {
            link.push_str("?utm_source=chat&utm_medium=social");
        }
        match self.amp {
            Some(false) => link = link.replace('&', "&amp;"),
            Some(true) => link = link.replace('&', "&amp;amp;"),
            None => {}
        }
        if self.quoted_printable {
            link = link.replace('=', "=3D");
        }
        let values: Vec<&str> = self.tracking.iter().map(|(_, _, v)| v.as_str()).collect();
        let mut places: Vec<usize> = stray_places(&link, &values);
        for (at, stray) in &self.strays {
            // A link of tracking parameters alone has nowhere else to take one.
            let Some(&place) = places.get(at % places.len().max(1)) else {
                continue;
            };
            link.insert_str(place, stray);
            places = stray_places(&link, &values);
        }
        structural |= link != before;
        if let Some(tail) = self.tail {
            link.push_str(tail);
        }
        (format!("?{link}"), structural)
    }
}

/// Where a stray character can go: anywhere but inside a `%XX` escape, and not in or against a
/// tracking parameter's value (`tracking`): the app drops those without a word, and a stray
/// there goes with them, so nothing would be left to repair.
fn stray_places(link: &str, tracking: &[&str]) -> Vec<usize> {
    let bytes = link.as_bytes();
    let in_tracking = |i: usize| {
        tracking.iter().any(|value| {
            link.match_indices(value).any(|(start, _)| {
                let after_equals = link[..start].ends_with('=') || link[..start].ends_with("3D");
                after_equals && (start..=start + value.len()).contains(&i)
            })
        })
    };
    // Not at the very end, where it is one more thing after the link, read without a word.
    (0..bytes.len())
        .filter(|&i| {
            let back = |by: usize, byte: u8| i >= by && bytes[i - by] == byte;
            // Nor inside a mail's `=3D`, which its encoder never splits.
            // nor between the escapes of one character (`%E2%80%8B`).
            let between_escapes = back(3, b'%') && bytes.get(i) == Some(&b'%');
            let inside_escape = back(1, b'%') || back(2, b'%') || between_escapes;
            let inside_mail_equals = back(1, b'=') || (back(2, b'=') && back(1, b'3'));
            !inside_escape && !inside_mail_equals && !in_tracking(i)
        })
        .collect()
}

fn any_mangling() -> impl Strategy<Value = Mangling> {
    let tracking_key = prop::sample::select(vec![
        "utm_source",
        "utm_medium",
        "utm_campaign",
        "UTM_Content",
        "fbclid",
        "gclid",
        "mc_cid",
        "mc_eid",
        "igshid",
        "_hsenc",
        "_hsmi",
        "si",
        "msclkid",
        "ttclid",
        "ref_src",
    ]);
    let stray = prop::sample::select(vec![
        "%0A",
        "%0D%0A",
        "%20",
        "+",
        "%09",
        "%E2%80%8B",
        "%C2%AD",
        "%EF%BB%BF",
    ]);
    let tail = prop::sample::select(vec![
        ").",
        ".",
        ",",
        ")",
        "!",
        "?",
        ";",
        ":",
        "'",
        "\"",
        ">",
        "]",
        "*",
        "_",
        "...",
        "%22",
        "%E2%80%9D",
        "%E2%80%99",
        "%3E",
        "%29.",
        "&",
        "&amp;",
        "%20",
        "%0A",
        "%E2%80%A6",
    ]);
    (
        proptest::collection::vec((0usize..8, tracking_key, "[A-Za-z0-9_-]{1,16}"), 0..3),
        proptest::option::of(any::<bool>()),
        any::<bool>(),
        any::<bool>(),
        proptest::option::of(any::<bool>()),
        any::<bool>(),
        proptest::collection::vec((any::<usize>(), stray), 0..3),
        proptest::option::of(tail),
    )
        .prop_map(
            |(
                tracking,
                encoded_whole,
                double_encoded,
                second_query,
                amp,
                quoted_printable,
                strays,
                tail,
            )| {
                Mangling {
                    tracking,
                    encoded_whole,
                    double_encoded,
                    second_query,
                    amp,
                    quoted_printable,
                    strays,
                    tail,
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn a_mangled_link_opens_the_state_it_was_made_for(
        state in states::any_view_state(),
        mangling in any_mangling(),
    ) {
        let canonical = state.to_query();
        let (mangled, structural) = mangling.apply(&canonical);
        let parsed = parse(&mangled);
        prop_assert_eq!(&parsed.state, &state, "{} read from {}", canonical, mangled);
        prop_assert!(parsed.problems.is_empty(), "{:?} from {}", parsed.problems, mangled);
        let expected = structural.then(|| REPAIRED_SENTENCE.to_string());
        prop_assert_eq!(parsed.notice(), expected, "{}", mangled);
        prop_assert_eq!(parsed.needs_rewrite(), mangled != format!("?{canonical}"));
    }

    #[test]
    fn a_canonical_link_needs_no_mending(state in states::any_view_state()) {
        let parsed = parse(&state.to_query());
        prop_assert_eq!(parsed.mending, Mending::None);
        prop_assert!(!parsed.needs_rewrite());
        prop_assert_eq!(parsed.state, state);
    }

    #[test]
    fn reading_any_string_is_idempotent(query in ".{0,200}") {
        check_idempotent(&query)?;
    }

    #[test]
    fn reading_any_link_shaped_string_is_idempotent(
        query in "\\??((amp;|%26|&|\\?|%3D|=3D|%0A|%20|%25|[=.,)\"]|view|compare|ladder|assess|notes|roles|pm|ceo|cpo|from|to|open|budget|answers|theme|diff|pin|v|1|utm_source|fbclid){0,40})"
    ) {
        check_idempotent(&query)?;
    }
}

/// The corrected link, read again, gives the same state with nothing to say or mend.
fn check_idempotent(query: &str) -> Result<(), TestCaseError> {
    let parsed = parse(query);
    prop_assert!(View::ALL.contains(&parsed.state.view));
    let corrected = parsed.state.to_query();
    let again = parse(&corrected);
    prop_assert_eq!(&again.state, &parsed.state, "{} then {}", query, corrected);
    prop_assert!(again.problems.is_empty(), "{:?}", again.problems);
    prop_assert_eq!(again.mending, Mending::None);
    prop_assert_eq!(again.notice(), None);
    Ok(())
}
