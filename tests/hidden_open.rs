//! Native tests of an open cell the matrix does not show: it is always said, with what hides it,
//! in the page's words, and "Show it" always brings it on show, still open.
#![cfg(not(target_arch = "wasm32"))]

mod states;

use pm_compass::content::KNOWLEDGE;
use pm_compass::model::compare::{CompareState, Opened};
use pm_compass::model::hidden_open::{hidden_open, HiddenBy};
use pm_compass::model::matrix::MatrixRows;
use pm_compass::model::ParsedLink;
use proptest::prelude::*;

fn compare(query: &str) -> CompareState {
    ParsedLink::parse(query).state.compare
}

fn on_show(state: &CompareState, dimension: &str) -> bool {
    MatrixRows::for_state(state)
        .all()
        .any(|row| row.slug == dimension)
}

#[test]
fn a_verdict_hidden_by_the_theme_filter_is_named_with_the_theme() {
    let state = compare("view=compare&roles=pm,ceo&open=budget.verdict&theme=people&v=1");
    assert_eq!(
        state.open,
        Some(Opened::Verdict {
            dimension: "budget"
        })
    );
    let hidden = hidden_open(&state, None).expect("the budget row is not among People's");
    assert!(matches!(hidden.by.as_slice(), [HiddenBy::Theme(theme)] if theme.slug == "people"));
    assert_eq!(
        hidden.sentence(),
        "The mini-CEO verdict on P&L and budget is open, but the theme filter shows People and \
         influence only."
    );
    let (shown, _) = state.with_open_shown(None);
    assert_eq!(shown.theme, None);
    assert_eq!(shown.open, state.open);
    assert!(hidden_open(&shown, None).is_none());
}

#[test]
fn a_cell_of_a_role_is_named_by_dimension_and_role() {
    let state = compare("view=compare&roles=pm,cpo&open=hiring.cpo&theme=scope&v=1");
    let hidden = hidden_open(&state, None).unwrap();
    assert_eq!(
        hidden.sentence(),
        "Hiring and firing for Chief Product Officer is open, but the theme filter shows Scope \
         and horizon only."
    );
}

#[test]
fn a_shown_open_cell_or_no_open_cell_says_nothing() {
    assert!(hidden_open(&compare("view=compare&roles=pm,ceo&v=1"), None).is_none());
    assert!(hidden_open(
        &compare("view=compare&roles=pm,ceo&open=budget.ceo&theme=authority&v=1"),
        None
    )
    .is_none());
    // A pinned row stays on show whatever the theme.
    assert!(hidden_open(
        &compare("view=compare&roles=pm,ceo&open=budget.ceo&theme=people&pin=budget&v=1"),
        None
    )
    .is_none());
}

#[test]
fn a_row_hidden_with_both_filters_on_is_brought_back_by_show_it() {
    // "Only differences" keeps the open row on show today; whatever rule hides rows, the
    // sentence and "Show it" stay right (the property below holds for every comparison).
    let mut state = compare("view=compare&roles=pm,ceo&theme=people&diff=1&v=1");
    state.open = Some(Opened::Cell {
        dimension: "budget",
        role: "ceo",
    });
    let hidden = hidden_open(&state, None).unwrap();
    assert!(hidden
        .sentence()
        .starts_with("P&L and budget for CEO is open, but "));
    let (shown, _) = state.with_open_shown(None);
    assert!(on_show(&shown, "budget"));
}

proptest! {
    /// For any comparison, with or without "My role": the open cell is either on show or said
    /// to be hidden, and "Show it" puts it on show, still open, with the same roles and pins kept.
    #[test]
    fn an_open_cell_is_on_show_or_said_and_show_it_always_shows_it(
        state in states::any_compare_state(),
        answers in proptest::option::of(states::any_answers()),
    ) {
        let mine = answers.as_ref();
        let hidden = hidden_open(&state, mine);
        let Some(opened) = state.open else {
            prop_assert!(hidden.is_none());
            return Ok(());
        };
        let rows = MatrixRows::for_state_with(&state, mine);
        let shown = rows.all().any(|row| row.slug == opened.dimension());
        prop_assert_eq!(hidden.is_none(), shown);
        if let Some(hidden) = hidden {
            let sentence = hidden.sentence();
            prop_assert!(sentence.ends_with('.') && sentence.matches(". ").count() == 0, "{}", sentence);
            // Named in the page's words, never by the link's ids.
            let name = KNOWLEDGE.dimension(opened.dimension()).unwrap().name;
            prop_assert!(sentence.contains(name), "{}", sentence);
            prop_assert!(!sentence.contains(&opened.to_link_value()), "{}", sentence);
            let (next, _) = state.with_open_shown(mine);
            prop_assert_eq!(next.open, state.open);
            prop_assert_eq!(&next.roles, &state.roles);
            prop_assert!(state.pinned.iter().all(|pin| next.pinned.contains(pin)));
            prop_assert!(hidden_open(&next, mine).is_none());
            prop_assert!(MatrixRows::for_state_with(&next, mine).all().any(|row| row.slug == opened.dimension()));
        }
    }
}
