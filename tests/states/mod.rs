//! Generators of valid view states for the property tests of links: every comparison, rung
//! choice and shared assessment the app can put in a link, built from the knowledge base's slugs.
#![allow(dead_code)] // Each test file uses the generators it needs.

use pm_compass::content::KNOWLEDGE;
use pm_compass::model::assessment::answers::scale_len;
use pm_compass::model::assessment::{Answer, Answers};
use pm_compass::model::compare::{CompareState, Opened, MAX_ROLES};
use pm_compass::model::ladder_state::LadderState;
use pm_compass::model::{AssessState, View, ViewState};
use proptest::prelude::*;

/// Any valid comparison.
pub fn any_compare_state() -> impl Strategy<Value = CompareState> {
    let role_count = KNOWLEDGE.roles.len();
    let dimension_count = KNOWLEDGE.dimensions.len();
    let theme_count = KNOWLEDGE.themes.len();
    let context_count = KNOWLEDGE.contexts.len();
    (
        proptest::sample::subsequence((0..role_count).collect::<Vec<_>>(), 2..=MAX_ROLES)
            .prop_shuffle(),
        proptest::option::of(0..theme_count),
        any::<bool>(),
        proptest::sample::subsequence((0..dimension_count).collect::<Vec<_>>(), 0..=4)
            .prop_shuffle(),
        proptest::option::of((0..dimension_count, 0..=MAX_ROLES)),
        proptest::option::of(0..context_count),
    )
        .prop_map(move |(roles, theme, diff, pins, open, context)| {
            let roles: Vec<&'static str> =
                roles.into_iter().map(|i| KNOWLEDGE.roles[i].slug).collect();
            let open = open.and_then(|(d, column)| {
                let dimension = KNOWLEDGE.dimensions[d].slug;
                match roles.get(column) {
                    Some(role) => Some(Opened::Cell { dimension, role }),
                    None if roles.contains(&"pm") && roles.contains(&"ceo") => {
                        Some(Opened::Verdict { dimension })
                    }
                    None => None,
                }
            });
            CompareState {
                roles,
                context: context.map(|i| KNOWLEDGE.contexts[i].slug),
                theme: theme.map(|i| KNOWLEDGE.themes[i].slug),
                only_differences: diff,
                pinned: pins
                    .into_iter()
                    .map(|i| KNOWLEDGE.dimensions[i].slug)
                    .collect(),
                open,
            }
        })
}

/// Any answers: for each question a level on its scale, a skip, or nothing.
pub fn any_answers() -> impl Strategy<Value = Answers> {
    proptest::collection::vec(proptest::option::of(0u8..8), KNOWLEDGE.questions.len()).prop_map(
        |picks| {
            KNOWLEDGE.questions.iter().zip(picks).fold(
                Answers::new(),
                |answers, (question, pick)| {
                    let Some(pick) = pick else { return answers };
                    let len = u8::try_from(scale_len(question.dimension)).unwrap();
                    let answer = match pick % (len + 1) {
                        n if n == len => Answer::Skipped,
                        n => Answer::Level(n),
                    };
                    answers.with(question.dimension, answer).unwrap()
                },
            )
        },
    )
}

/// The answers' levels alone: what a link carries of them.
pub fn levels_only(answers: &Answers) -> Answers {
    answers.levels().fold(Answers::new(), |a, (slug, level)| {
        a.with(slug, Answer::Level(level)).unwrap()
    })
}

/// Any rung, any pair of distinct rungs, or nothing chosen.
pub fn any_ladder_state() -> impl Strategy<Value = LadderState> {
    let count = KNOWLEDGE.rungs.len();
    (
        proptest::option::of(0..count),
        proptest::option::of(0..count),
    )
        .prop_map(|(from, to)| {
            let from = from.map(|i| KNOWLEDGE.rungs[i].role);
            let to = to.map(|i| KNOWLEDGE.rungs[i].role);
            match (from, to) {
                (Some(from), Some(to)) if from != to => LadderState {
                    from: Some(from),
                    to: Some(to),
                },
                (from, _) => LadderState { from, to: None },
            }
        })
}

/// Any state a link can carry, on any view, as the app would write it.
pub fn any_view_state() -> impl Strategy<Value = ViewState> {
    prop_oneof![
        any_compare_state().prop_map(|compare| ViewState {
            view: View::Compare,
            compare,
            ..ViewState::default()
        }),
        any_ladder_state().prop_map(|ladder| ViewState {
            view: View::Ladder,
            ladder,
            ..ViewState::default()
        }),
        any_answers().prop_map(|answers| {
            let levels = levels_only(&answers);
            ViewState {
                view: View::Assess,
                assess: AssessState {
                    shared: (!levels.has_no_levels()).then_some(levels),
                },
                ..ViewState::default()
            }
        }),
        Just(ViewState {
            view: View::Notes,
            ..ViewState::default()
        }),
    ]
}
