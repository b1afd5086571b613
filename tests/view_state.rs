//! Native tests of the link codec: which view a query string opens, what is ignored and said,
//! and that no input, however broken, makes it fail.
#![cfg(not(target_arch = "wasm32"))]

mod states;

use pm_compass::model::link_repair::Mending;
use pm_compass::model::query::{decode_component, encode_component, split_pairs, PairError};
use pm_compass::model::view_state::MAX_QUERY_BYTES;
use pm_compass::model::{LinkProblem, Listed, ParsedLink, View, ViewState};

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
        "This link opens a view the app does not have (“boss”). Showing Compare instead."
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
    assert_eq!(
        parsed.notice().unwrap(),
        "This link does not say which view to open. Showing Compare instead."
    );
}

#[test]
fn unknown_settings_are_ignored_but_the_view_is_kept() {
    let parsed = ParsedLink::parse("view=notes&colour=blue&flag");
    assert_eq!(parsed.state.view, View::Notes);
    assert_eq!(
        parsed.problems,
        vec![
            LinkProblem::UnknownSetting("colour".into()),
            LinkProblem::UnknownSetting("flag".into()),
        ]
    );
    assert_eq!(
        parsed.notice().unwrap(),
        "This link has settings the app does not know (“colour” and “flag”); they are left out."
    );
}

#[test]
fn a_repeated_view_keeps_the_first() {
    let parsed = ParsedLink::parse("view=ladder&view=notes");
    assert_eq!(parsed.state.view, View::Ladder);
    assert_eq!(parsed.problems, vec![LinkProblem::Repeated("view".into())]);
    assert_eq!(
        parsed.notice().unwrap(),
        "This link gives the view more than once; the first is used."
    );
}

#[test]
fn a_repeat_is_named_only_for_a_setting_that_is_read() {
    // An unknown setting is named once, as unknown.
    let parsed = ParsedLink::parse("view=notes&x=1&x=2");
    assert_eq!(
        parsed.problems,
        vec![LinkProblem::UnknownSetting("x".into())]
    );
    // Another view's settings are dropped without a word, repeated or not.
    assert!(ParsedLink::parse("view=notes&roles=pm&roles=ceo")
        .problems
        .is_empty());
    assert_eq!(
        ParsedLink::parse("view=ladder&from=pm&from=cpo")
            .notice()
            .unwrap(),
        "This link gives one of the rungs more than once; the first is used."
    );
    assert_eq!(
        ParsedLink::parse("v=1&v=1").notice().unwrap(),
        "This link gives the link's version more than once; the first is used."
    );
}

#[test]
fn version_problems_say_how_the_link_is_read() {
    assert_eq!(
        ParsedLink::parse("v=99").notice().unwrap(),
        "This link comes from a newer version of the app (version 99), so only the parts \
         this version knows are used."
    );
    assert_eq!(
        ParsedLink::parse("v=x").notice().unwrap(),
        "This link's version (“x”) is not one the app knows, so it is read as the current \
         version."
    );
    assert_eq!(
        ParsedLink::parse("v=").notice().unwrap(),
        "This link leaves its version empty, so it is read as the current version."
    );
}

#[test]
fn broken_percent_encoding_is_reported_not_guessed() {
    // Each followed by another setting: at a link's end, `%` or `(` would be read as
    // punctuation after it.
    for query in [
        "view=lad%zzer&v=1",
        "view=%&v=1",
        "view=%4&v=1",
        "%ZZ=1",
        "view=%C3%28&v=1",
    ] {
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
    assert_eq!(
        notice,
        "This link has characters that cannot be decoded; those parts are left out. \
         This link has settings the app does not know (“k0”, “k1”, “k2”, “k3”, “k4”, “k5”, \
         “k6”, “k7” and 42 other settings); they are left out."
    );
    assert!(!notice.contains('\n'));
    // Two sentences, one a kind, however many problems there were.
    assert!(notice.chars().count() < 300, "{notice}");
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
        assert_eq!(
            parsed.notice().is_some(),
            !parsed.problems.is_empty() || parsed.mending == Mending::Repaired
        );
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

// ---------------------------------------------------------------------------------------------
// The self-assessment in a link: `view=assess` and `answers=`.

use pm_compass::model::assessment::{Answer, Answers};
use pm_compass::model::AssessState;
use proptest::prelude::*;

fn shared(pairs: &[(&str, u8)]) -> Answers {
    pairs.iter().fold(Answers::new(), |answers, (slug, level)| {
        answers.with(slug, Answer::Level(*level)).unwrap()
    })
}

fn assess_link(answers: Option<Answers>) -> ViewState {
    ViewState {
        view: View::Assess,
        assess: AssessState { shared: answers },
        ..ViewState::default()
    }
}

#[test]
fn the_assessment_opens_as_ones_own_from_its_slug() {
    let parsed = ParsedLink::parse("view=assess");
    assert_eq!(parsed.state, assess_link(None));
    assert!(parsed.problems.is_empty());
    assert_eq!(ViewState::query_for(View::Assess), "view=assess&v=1");
    assert_eq!(View::Assess.label(), "My role");
    assert_eq!(View::from_slug("assess"), Some(View::Assess));
}

#[test]
fn a_shared_result_travels_as_its_levels_counted_from_one() {
    let state = assess_link(Some(shared(&[("decisions", 1), ("budget", 2)])));
    assert_eq!(
        state.to_query(),
        "view=assess&answers=decisions.2,budget.3&v=1"
    );
    let parsed = ParsedLink::parse("?view=assess&answers=budget.3,decisions.2&v=1");
    assert_eq!(parsed.state, state, "any order reads the same");
    assert!(parsed.problems.is_empty());
    assert_eq!(parsed.notice(), None);
    // Skips are not shared.
    let with_skip = shared(&[("budget", 2)])
        .with("scope", Answer::Skipped)
        .unwrap();
    assert_eq!(
        assess_link(Some(with_skip)).to_query(),
        "view=assess&answers=budget.3&v=1"
    );
}

#[test]
fn a_tampered_answer_is_named_and_the_rest_of_the_result_is_shown() {
    let junk = "j".repeat(600);
    let cases: [(&str, LinkProblem); 9] = [
        ("budget.0", LinkProblem::BadAnswer("budget.0".into())),
        ("budget.9", LinkProblem::BadAnswer("budget.9".into())),
        ("budget.x", LinkProblem::BadAnswer("budget.x".into())),
        ("budget", LinkProblem::BadAnswer("budget".into())),
        ("nope.2", LinkProblem::BadAnswer("nope.2".into())),
        ("team.2", LinkProblem::BadAnswer("team.2".into())),
        ("skills.1", LinkProblem::BadAnswer("skills.1".into())),
        ("scope.3", LinkProblem::Twice(Listed::Answer("scope"))),
        (junk.as_str(), LinkProblem::BadAnswer(junk.clone())),
    ];
    for (bad, problem) in cases {
        let parsed = ParsedLink::parse(&format!("view=assess&answers=scope.2,{bad},hiring.4"));
        assert_eq!(
            parsed.state,
            assess_link(Some(shared(&[("hiring", 3), ("scope", 1)]))),
            "{bad}"
        );
        assert_eq!(parsed.problems, vec![problem.clone()], "{bad}");
        let notice = parsed.notice().unwrap();
        assert_eq!(notice, problem.sentence(), "{bad}");
        assert!(!notice.contains("ignored"), "{notice}");
        assert!(notice.chars().count() < 120, "{notice}");
    }
    let notice = ParsedLink::parse("view=assess&answers=budget.1,budget.9x")
        .notice()
        .unwrap();
    assert_eq!(
        notice,
        "This link's answer on P&L and budget (“9x”) is not a level of its scale; \
         it is left out."
    );
    for (answers, said) in [
        (
            "scope.2,scope.3",
            "This link answers Scope of responsibility twice; the first answer is used.",
        ),
        (
            "scope.2,team.2",
            "This link answers Team leadership and mentoring, which the self-assessment does \
             not ask about; it is left out.",
        ),
        (
            "scope.2,budget",
            "This link answers P&L and budget without a level; it is left out.",
        ),
        (
            "scope.2,nope.2",
            "This link has an answer the app cannot read (“nope.2”); it is left out.",
        ),
    ] {
        let parsed = ParsedLink::parse(&format!("view=assess&answers={answers}"));
        assert_eq!(parsed.notice().as_deref(), Some(said), "{answers}");
    }
    let notice = ParsedLink::parse(&format!("view=assess&answers=budget.1,{junk}"))
        .notice()
        .unwrap();
    assert!(
        notice.contains(&format!("“{}…”", "j".repeat(23))),
        "{notice}"
    );
}

#[test]
fn a_link_whose_answers_are_all_bad_opens_ones_own_assessment() {
    for value in ["nope.1,team.2", "budget.0", "x", ",,,budget"] {
        let parsed = ParsedLink::parse(&format!("view=assess&answers={value}"));
        assert_eq!(parsed.state, assess_link(None), "{value}");
        assert!(!parsed.problems.is_empty(), "{value}");
        let notice = parsed.notice().unwrap();
        assert!(
            notice.contains("it is left out.") || notice.contains("they are left out."),
            "{notice}"
        );
        assert!(
            !notice.contains("Showing"),
            "the view itself was found: {notice}"
        );
    }
    // An empty value is named too.
    let parsed = ParsedLink::parse("view=assess&answers=");
    assert_eq!(parsed.state, assess_link(None));
    assert_eq!(parsed.problems, vec![LinkProblem::Empty("answers")]);
    assert_eq!(
        parsed.notice().unwrap(),
        "This link leaves the answers empty, so your own assessment is shown."
    );
    // Only separators: nothing to show, nothing to complain of.
    let parsed = ParsedLink::parse("view=assess&answers=,,&v=1");
    assert_eq!(parsed.state, assess_link(None));
    assert!(parsed.problems.is_empty());
}

#[test]
fn answers_on_another_view_are_dropped_without_a_word() {
    for view in ["compare", "ladder", "notes"] {
        let parsed = ParsedLink::parse(&format!("view={view}&answers=budget.3,nope.9"));
        assert_eq!(
            parsed.state,
            ParsedLink::parse(&format!("view={view}")).state,
            "{view}"
        );
        assert!(parsed.problems.is_empty(), "{view}: {:?}", parsed.problems);
    }
    let parsed = ParsedLink::parse("answers=budget.3");
    assert_eq!(parsed.state, ViewState::default());
    assert!(parsed.problems.is_empty());
    // And another view's link never carries them.
    let state = ViewState {
        view: View::Ladder,
        assess: AssessState {
            shared: Some(shared(&[("budget", 2)])),
        },
        ..ViewState::default()
    };
    assert!(
        !state.to_query().contains("answers"),
        "{}",
        state.to_query()
    );
}

#[test]
fn a_result_with_no_levels_links_to_ones_own_assessment() {
    for answers in [
        Answers::new(),
        Answers::new().with("budget", Answer::Skipped).unwrap(),
    ] {
        let query = assess_link(Some(answers)).to_query();
        assert_eq!(query, "view=assess&v=1");
        assert!(ParsedLink::parse(&query).problems.is_empty());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn a_shared_result_round_trips_through_its_link(answers in states::any_answers()) {
        let levels = states::levels_only(&answers);
        prop_assume!(!levels.has_no_levels());
        let state = assess_link(Some(levels));
        let parsed = ParsedLink::parse(&state.to_query());
        prop_assert_eq!(&parsed.state, &state);
        prop_assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
    }

    #[test]
    fn any_shared_answers_make_a_clean_link(answers in states::any_answers()) {
        let parsed = ParsedLink::parse(&assess_link(Some(answers.clone())).to_query());
        prop_assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
        let levels = states::levels_only(&answers);
        let expected = (!levels.has_no_levels()).then_some(levels);
        prop_assert_eq!(parsed.state, assess_link(expected));
    }

    #[test]
    fn any_answers_value_is_read_without_panicking(value in "\\PC{0,120}") {
        let query = format!("view=assess&answers={}", encode_component(&value));
        let parsed = ParsedLink::parse(&query);
        prop_assert_eq!(parsed.state.view, View::Assess);
        if let Some(shared) = &parsed.state.assess.shared {
            prop_assert!(!shared.has_no_levels());
        }
        prop_assert_eq!(parsed.notice().is_some(), !parsed.problems.is_empty() || parsed.mending == Mending::Repaired);
        prop_assert!(ParsedLink::parse(&parsed.state.to_query()).problems.is_empty());
    }

    #[test]
    fn any_query_is_read_without_panicking(
        query in "(view=assess&|answers=|[a-z.,0-9%&=+]){0,60}"
    ) {
        let parsed = ParsedLink::parse(&query);
        prop_assert!(View::ALL.contains(&parsed.state.view));
        if parsed.state.view != View::Assess {
            prop_assert_eq!(&parsed.state.assess, &AssessState::default());
        }
        let again = ParsedLink::parse(&parsed.state.to_query());
        prop_assert!(again.problems.is_empty(), "{:?}", again.problems);
        prop_assert_eq!(again.state, parsed.state);
    }
}

#[test]
fn an_empty_setting_of_another_view_is_dropped_without_a_word() {
    for query in [
        "?view=ladder&roles=&v=1",
        "?view=notes&answers=&v=1",
        "?view=assess&from=&v=1",
        "?view=compare&to=&v=1",
    ] {
        let parsed = ParsedLink::parse(query);
        assert_eq!(parsed.notice(), None, "{query}");
    }
    let parsed = ParsedLink::parse("?view=compare&roles=&v=1");
    assert!(
        parsed
            .notice()
            .is_some_and(|notice| notice.starts_with("This link leaves the roles empty")),
        "{:?}",
        parsed.notice()
    );
}
