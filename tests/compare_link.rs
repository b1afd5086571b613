//! Native tests of the comparison: how each choice changes it, which rows it shows, and how it
//! travels in a link, with property tests for the round trip and for arbitrary input.
#![cfg(not(target_arch = "wasm32"))]

mod states;

use pm_compass::content::KNOWLEDGE;
use pm_compass::model::compare::{CompareState, HistoryEntry, Opened, MAX_ROLES};
use pm_compass::model::link_repair::Mending;
use pm_compass::model::matrix::{levels_equal, MatrixRows, VerdictTally};
use pm_compass::model::{LinkProblem, Listed, ParsedLink, View, ViewState};
use proptest::prelude::*;

fn parse(query: &str) -> ParsedLink {
    ParsedLink::parse(query)
}

fn compare_of(query: &str) -> CompareState {
    parse(query).state.compare
}

#[test]
fn opens_on_product_manager_versus_ceo() {
    let state = compare_of("");
    assert_eq!(state.roles, ["pm", "ceo"]);
    assert!(state.shows_verdicts());
    assert_eq!(state.theme, None);
    assert!(!state.only_differences);
}

#[test]
fn the_issue_example_link_reads_whole() {
    let parsed = parse("?view=compare&roles=pm,ceo&theme=authority&diff=1&open=budget.ceo");
    assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
    let state = parsed.state.compare;
    assert_eq!(state.roles, ["pm", "ceo"]);
    assert_eq!(state.theme, Some("authority"));
    assert!(state.only_differences);
    assert_eq!(
        state.open,
        Some(Opened::Cell {
            dimension: "budget",
            role: "ceo"
        })
    );
}

#[test]
fn links_are_readable_and_versioned() {
    let (state, _) = CompareState::default().with_role_added("cpo").unwrap();
    let (state, _) = state.with_theme(Some("authority"));
    let (state, _) = state.with_only_differences(true);
    let (state, _) = state.with_pin_toggled("hiring").unwrap();
    let (state, _) = state.with_toggled_open(Opened::Verdict {
        dimension: "budget",
    });
    let link = ViewState {
        view: View::Compare,
        compare: state,
        ..ViewState::default()
    }
    .to_query();
    assert_eq!(
        link,
        "view=compare&roles=pm,ceo,cpo&theme=authority&diff=1&pin=hiring&open=budget.verdict&v=1"
    );
}

#[test]
fn adding_and_removing_roles_add_history_entries_and_respect_the_limits() {
    let state = CompareState::default();
    let (state, entry) = state.with_role_added("cpo").unwrap();
    assert_eq!(entry, HistoryEntry::Push);
    let (state, _) = state.with_role_added("vp-product").unwrap();
    assert_eq!(state.roles.len(), MAX_ROLES);
    assert!(
        state.with_role_added("director-pm").is_none(),
        "no fifth role"
    );
    assert!(state.with_role_added("cpo").is_none(), "no role twice");
    assert!(state.with_role_added("nobody").is_none(), "no unknown role");
    assert!(!state.addable_roles().contains(&"cpo"));
    assert_eq!(
        state.addable_roles().len(),
        KNOWLEDGE.roles.len() - MAX_ROLES
    );

    let (state, entry) = state.with_role_removed("pm").unwrap();
    assert_eq!(entry, HistoryEntry::Push);
    assert_eq!(state.roles, ["ceo", "cpo", "vp-product"]);
    assert!(!state.shows_verdicts());
    let (state, _) = state.with_role_removed("ceo").unwrap();
    assert!(
        state.with_role_removed("cpo").is_none(),
        "never fewer than two"
    );
}

#[test]
fn moving_a_role_swaps_neighbours_and_replaces_the_history_entry() {
    let (state, _) = CompareState::default().with_role_added("cpo").unwrap();
    let (moved, entry) = state.with_role_moved("cpo", -1).unwrap();
    assert_eq!(moved.roles, ["pm", "cpo", "ceo"]);
    assert_eq!(entry, HistoryEntry::Replace);
    assert!(
        state.with_role_moved("pm", -1).is_none(),
        "the first column cannot move left"
    );
    assert!(
        state.with_role_moved("cpo", 1).is_none(),
        "the last column cannot move right"
    );
}

#[test]
fn removing_a_role_closes_its_open_cell_and_the_verdicts() {
    let (state, _) = CompareState::default().with_toggled_open(Opened::Cell {
        dimension: "budget",
        role: "ceo",
    });
    let (state, _) = state.with_role_added("cpo").unwrap();
    let (state, _) = state.with_role_removed("ceo").unwrap();
    assert_eq!(state.open, None);

    let (state, _) = CompareState::default().with_toggled_open(Opened::Verdict {
        dimension: "hiring",
    });
    let (state, _) = state.with_role_added("cpo").unwrap();
    let (state, _) = state.with_role_removed("pm").unwrap();
    assert_eq!(
        state.open, None,
        "no verdicts without Product Manager and CEO"
    );
}

#[test]
fn opening_twice_closes() {
    let cell = Opened::Cell {
        dimension: "scope",
        role: "pm",
    };
    let (open, entry) = CompareState::default().with_toggled_open(cell);
    assert_eq!(open.open, Some(cell));
    assert_eq!(entry, HistoryEntry::Replace);
    assert_eq!(open.with_toggled_open(cell).0.open, None);
    assert_eq!(open.closed().0.open, None);
}

#[test]
fn rows_follow_the_theme_filter_and_pins_come_first() {
    let all = MatrixRows::for_state(&CompareState::default());
    assert_eq!(all.all().count(), KNOWLEDGE.dimensions.len());
    assert_eq!(all.groups.len(), KNOWLEDGE.themes.len());

    let (state, _) = CompareState::default().with_theme(Some("authority"));
    let (state, _) = state.with_pin_toggled("scope").unwrap();
    let rows = MatrixRows::for_state(&state);
    let slugs: Vec<&str> = rows.all().map(|d| d.slug).collect();
    assert_eq!(
        slugs[0], "scope",
        "a pinned row stays on show outside the theme"
    );
    let authority: Vec<&str> = KNOWLEDGE
        .dimensions_in("authority")
        .map(|d| d.slug)
        .collect();
    assert_eq!(&slugs[1..], authority.as_slice());
    assert_eq!(rows.groups.len(), 1);

    let (unpinned, _) = state.with_pin_toggled("scope").unwrap();
    assert!(unpinned.pinned.is_empty());
}

#[test]
fn only_differences_hides_equal_rows_and_counts_them() {
    // Head of Product and VP of Product sit at the same level on most dimensions.
    let state = compare_of("roles=head-of-product,vp-product&diff=1");
    let rows = MatrixRows::for_state(&state);
    let equal = KNOWLEDGE
        .dimensions
        .iter()
        .filter(|d| levels_equal(&state.roles, d.slug))
        .count();
    assert!(equal > 0, "the content has equal rows for this pair");
    assert_eq!(rows.hidden_as_equal, equal);
    assert_eq!(rows.all().count(), KNOWLEDGE.dimensions.len() - equal);
    for dimension in rows.all() {
        assert!(!levels_equal(&state.roles, dimension.slug));
    }
}

#[test]
fn an_open_cell_keeps_its_row_on_show() {
    let equal = KNOWLEDGE
        .dimensions
        .iter()
        .find(|d| levels_equal(&["head-of-product", "vp-product"], d.slug))
        .unwrap();
    let state = compare_of(&format!(
        "roles=head-of-product,vp-product&diff=1&open={}.vp-product",
        equal.slug
    ));
    assert!(MatrixRows::for_state(&state)
        .all()
        .any(|d| d.slug == equal.slug));
}

#[test]
fn the_verdict_tally_counts_every_dimension_or_a_theme() {
    let all = VerdictTally::for_theme(None);
    assert_eq!(all.total(), KNOWLEDGE.dimensions.len());
    let authority = VerdictTally::for_theme(Some("authority"));
    assert_eq!(
        authority.total(),
        KNOWLEDGE.dimensions_in("authority").count()
    );
    assert!(all.sentence().starts_with("The mini-CEO analogy holds on "));
    assert!(all
        .sentence()
        .contains(&format!("of {} dimensions", all.total())));
}

fn problems_of(query: &str) -> Vec<LinkProblem> {
    parse(query).problems
}

#[test]
fn bad_roles_are_dropped_and_the_gap_filled() {
    let parsed = parse("roles=pm,boss,pm");
    assert_eq!(parsed.state.compare.roles, ["pm", "ceo"]);
    assert_eq!(
        parsed.problems,
        vec![
            LinkProblem::UnknownRole("boss".into()),
            LinkProblem::Twice(Listed::Role("pm")),
            LinkProblem::TooFewRoles { added: vec!["ceo"] }
        ]
    );
    assert_eq!(
        parsed.notice().unwrap(),
        "This link names a role the app does not have (“boss”); it is left out. \
         Product Manager is in this link twice; it is shown once. \
         This link has only one role to compare, so CEO is added beside it."
    );
    assert_eq!(compare_of("roles=ceo").roles, ["ceo", "pm"]);
    assert_eq!(compare_of("roles=").roles, ["pm", "ceo"]);
    assert_eq!(problems_of("roles="), vec![LinkProblem::Empty("roles")]);
    assert_eq!(compare_of("roles=,,,").roles, ["pm", "ceo"]);
}

#[test]
fn more_than_four_roles_keep_the_first_four() {
    let parsed = parse("roles=pm,senior-pm,group-pm,director-pm,cpo,ceo");
    assert_eq!(
        parsed.state.compare.roles,
        ["pm", "senior-pm", "group-pm", "director-pm"]
    );
    assert_eq!(parsed.problems, vec![LinkProblem::TooManyRoles(6)]);
    let notice = parsed.notice().unwrap();
    assert_eq!(
        notice,
        "This link lists 6 roles, and a comparison holds four: the first four are shown."
    );
    assert!(!notice.contains("ignored"), "{notice}");
}

#[test]
fn fewer_than_two_roles_say_which_are_added() {
    let parsed = parse("roles=cpo");
    assert_eq!(parsed.state.compare.roles, ["cpo", "pm"]);
    assert_eq!(
        parsed.problems,
        vec![LinkProblem::TooFewRoles { added: vec!["pm"] }]
    );
    assert_eq!(
        parsed.notice().unwrap(),
        "This link has only one role to compare, so Product Manager is added beside it."
    );
    let parsed = parse("roles=boss");
    assert_eq!(parsed.state.compare.roles, ["pm", "ceo"]);
    assert_eq!(
        parsed.notice().unwrap(),
        "This link names a role the app does not have (“boss”); it is left out. \
         This link has no role to compare, so Product Manager and CEO are shown."
    );
    assert_eq!(
        parse("roles=").notice().unwrap(),
        "This link leaves the roles empty, so Product Manager and CEO are compared."
    );
}

#[test]
fn bad_settings_fall_back_one_by_one() {
    let parsed = parse("roles=pm,cpo&theme=money&diff=yes&pin=budget,nope,budget&open=budget.ceo");
    let state = &parsed.state.compare;
    assert_eq!(state.roles, ["pm", "cpo"], "good parts are kept");
    assert_eq!(state.theme, None);
    assert!(!state.only_differences);
    assert_eq!(state.pinned, ["budget"]);
    assert_eq!(state.open, None, "the CEO is not in this comparison");
    assert_eq!(
        parsed.problems,
        vec![
            LinkProblem::UnknownTheme("money".into()),
            LinkProblem::BadSwitch {
                key: "diff",
                value: "yes".into()
            },
            LinkProblem::UnknownDimension("nope".into()),
            LinkProblem::Twice(Listed::Pin("budget")),
            LinkProblem::NotOnShow("budget.ceo".into()),
        ]
    );
    assert_eq!(
        parsed.notice().unwrap(),
        "This link names a theme the app does not have (“money”), so all themes are shown. \
         This link sets “Only differences” to “yes”, which is neither on (1) nor off (0), \
         so it is off. \
         This link pins a row the app does not have (“nope”); it is left out. \
         This link pins P&L and budget twice; it is pinned once. \
         This link opens P&L and budget for CEO, who is not in this comparison, \
         so no cell is open."
    );
    assert_eq!(
        parsed.problems[3].sentence(),
        "This link pins P&L and budget twice; it is pinned once."
    );
    assert_eq!(
        parsed.problems[4].sentence(),
        "This link opens P&L and budget for CEO, who is not in this comparison, \
         so no cell is open."
    );
    // Four problems: the fourth is named too, never counted as "1 more problem".
    let parsed = parse("roles=pm,cpo&theme=money&diff=yes&pin=nope&open=budget.ceo");
    let notice = parsed.notice().unwrap();
    assert!(
        notice.ends_with(
            "This link opens P&L and budget for CEO, who is not in this comparison, \
             so no cell is open."
        ),
        "{notice}"
    );
    assert!(!notice.contains("more problem"), "{notice}");
}

#[test]
fn empty_and_repeated_comparison_settings_are_named_in_the_page_s_words() {
    for (query, said) in [
        (
            "theme=",
            "This link leaves the theme filter empty, so all themes are shown.",
        ),
        (
            "diff=",
            "This link leaves “Only differences” empty, so it is off.",
        ),
        (
            "pin=",
            "This link leaves the pinned rows empty, so no row is pinned.",
        ),
        (
            "open=",
            "This link leaves the open cell empty, so no cell is open.",
        ),
        (
            "diff=1&diff=0",
            "This link gives “Only differences” more than once; the first is used.",
        ),
        (
            "roles=pm,cpo&roles=ceo",
            "This link gives the roles more than once; the first is used.",
        ),
    ] {
        assert_eq!(parse(query).notice().as_deref(), Some(said), "{query}");
    }
}

#[test]
fn verdicts_open_only_with_product_manager_and_ceo() {
    assert_eq!(
        compare_of("open=hiring.verdict").open,
        Some(Opened::Verdict {
            dimension: "hiring"
        })
    );
    assert_eq!(compare_of("roles=pm,cpo&open=hiring.verdict").open, None);
    for bad in [
        "hiring",
        "hiring.",
        ".ceo",
        "hiring.boss",
        "nope.ceo",
        "hiring.ceo.x",
    ] {
        // Not last in the link, where a `.` would be read as the end of a sentence.
        assert_eq!(
            problems_of(&format!("open={bad}&v=1")),
            vec![LinkProblem::NotOnShow(bad.into())],
            "{bad}"
        );
    }
    assert_eq!(
        parse("roles=pm,cpo&open=budget.verdict").notice().unwrap(),
        "This link opens the mini-CEO verdict on P&L and budget, which is shown only when \
         Product Manager and CEO are both compared, so nothing is open."
    );
    assert_eq!(
        parse("open=hiring.boss").notice().unwrap(),
        "This link opens a cell the app does not have (“hiring.boss”), so no cell is open."
    );
}

/// The words of a notice, with quotes and punctuation taken off, to look for slugs among.
fn words_of(notice: &str) -> Vec<&str> {
    notice
        .split(|c: char| c.is_whitespace() || "“”(),;:".contains(c))
        .map(|word| word.trim_end_matches('.'))
        .filter(|word| !word.is_empty())
        .collect()
}

#[test]
fn notices_name_what_the_page_names_never_a_slug() {
    let cases = [
        "roles=pm,pm,ceo",
        "roles=pm,ceo&pin=hiring,hiring",
        "roles=pm,ceo&open=budget.cpo",
        "roles=pm,cpo&open=budget.verdict",
        "roles=pm,senior-pm,group-pm,director-pm,cpo",
        "roles=cpo",
        "roles=",
        "view=ladder&from=pm&to=pm",
        "view=ladder&from=ceo",
        "view=assess&answers=budget.2,budget.3",
        "view=assess&answers=team.2",
    ];
    for query in cases {
        let notice = parse(query).notice().unwrap();
        assert!(!notice.contains('“'), "nothing needs quoting: {notice}");
        assert!(!notice.contains("budget.cpo"), "{notice}");
        assert!(!notice.contains("ignored"), "{notice}");
        for word in words_of(&notice) {
            assert!(
                KNOWLEDGE.role(word).is_none(),
                "the role slug {word:?} in: {notice}"
            );
            assert!(!word.contains('.'), "a link value {word:?} in: {notice}");
        }
    }
    assert_eq!(
        parse("roles=pm,pm,ceo").notice().unwrap(),
        "Product Manager is in this link twice; it is shown once."
    );
    assert_eq!(
        parse("roles=pm,ceo&pin=hiring,hiring").notice().unwrap(),
        "This link pins Hiring and firing twice; it is pinned once."
    );
    assert_eq!(
        parse("roles=pm,ceo&open=budget.cpo").notice().unwrap(),
        "This link opens P&L and budget for Chief Product Officer, who is not in this \
         comparison, so no cell is open."
    );
}

#[test]
fn link_versions() {
    assert!(problems_of("view=compare&roles=pm,ceo&v=1").is_empty());
    assert!(
        problems_of("view=compare&roles=pm,ceo").is_empty(),
        "links without v still open"
    );
    assert_eq!(
        problems_of("v=2"),
        vec![LinkProblem::NewerFormat("2".into())]
    );
    assert_eq!(
        problems_of("v=x"),
        vec![LinkProblem::UnknownFormat("x".into())]
    );
    assert_eq!(
        compare_of("v=9&roles=pm,cpo").roles,
        ["pm", "cpo"],
        "read as far as possible"
    );
}

#[test]
fn other_views_ignore_comparison_settings_quietly() {
    let parsed = parse("view=ladder&roles=nobody&diff=maybe");
    assert_eq!(parsed.state.view, View::Ladder);
    assert!(parsed.problems.is_empty());
    assert_eq!(parsed.state.to_query(), "view=ladder&v=1");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn every_valid_comparison_round_trips_through_its_link(compare in states::any_compare_state()) {
        let state = ViewState { view: View::Compare, compare, ..ViewState::default() };
        let parsed = ParsedLink::parse(&state.to_query());
        prop_assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
        prop_assert_eq!(parsed.state, state);
    }

    #[test]
    fn any_string_gives_a_valid_state_and_a_clean_corrected_link(query in ".{0,300}") {
        check_any(&query)?;
    }

    #[test]
    fn link_shaped_garbage_gives_a_valid_state(
        query in "(view|roles|theme|diff|pin|open|v|x)=([a-z.,%0-9-]|pm|ceo|cpo|budget){0,12}(&(view|roles|theme|diff|pin|open|v)=([a-z.,%0-9-]|pm|ceo|budget|verdict){0,12}){0,6}"
    ) {
        check_any(&query)?;
    }
}

fn check_any(query: &str) -> Result<(), TestCaseError> {
    let parsed = ParsedLink::parse(query);
    let compare = &parsed.state.compare;
    prop_assert!((2..=MAX_ROLES).contains(&compare.roles.len()));
    let mut roles = compare.roles.clone();
    roles.sort_unstable();
    roles.dedup();
    prop_assert_eq!(roles.len(), compare.roles.len(), "roles are distinct");
    prop_assert_eq!(
        parsed.notice().is_some(),
        !parsed.problems.is_empty() || parsed.mending == Mending::Repaired
    );
    let corrected = ParsedLink::parse(&parsed.state.to_query());
    prop_assert!(corrected.problems.is_empty(), "{:?}", corrected.problems);
    prop_assert_eq!(corrected.state.view, parsed.state.view);
    Ok(())
}

#[test]
fn a_theme_of_one_dimension_gets_a_sentence_of_its_own() {
    let one = VerdictTally {
        holds: 0,
        partly: 1,
        breaks: 0,
    };
    assert_eq!(
        one.sentence(),
        "The mini-CEO analogy partly holds on this theme's one dimension."
    );
    assert!(!one.sentence().contains("0 of 1"));
    for theme in KNOWLEDGE.themes {
        let tally = VerdictTally::for_theme(Some(theme.slug));
        assert!(!tally.sentence().contains(" of 1 "), "{}", tally.sentence());
    }
}
