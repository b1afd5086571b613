//! Native tests of the private "My role" column in the comparison: how "only differences" weighs
//! the person's own answers. A row is hidden only when every role and the answer are at one level;
//! a skipped question or a dimension the self-assessment does not ask about gives no level, and
//! such a row is judged on the roles alone.
#![cfg(not(target_arch = "wasm32"))]

use pm_compass::content::KNOWLEDGE;
use pm_compass::model::assessment::{Answer, Answers};
use pm_compass::model::compare::CompareState;
use pm_compass::model::matrix::{levels_equal, levels_equal_with, MatrixRows};
use pm_compass::model::ParsedLink;

fn compare_of(query: &str) -> CompareState {
    ParsedLink::parse(query).state.compare
}

fn level_of(role: &str, dimension: &str) -> u8 {
    KNOWLEDGE.cell(role, dimension).unwrap().level
}

fn asked(dimension: &str) -> bool {
    KNOWLEDGE.question(dimension).is_some()
}

fn shown(rows: &MatrixRows) -> Vec<&'static str> {
    rows.all().map(|dimension| dimension.slug).collect()
}

/// CPO and CEO are level on some dimensions asked about and some not, and differ on others.
const PAIR: &str = "roles=cpo,ceo&diff=1";

fn equal_rows(state: &CompareState) -> Vec<&'static str> {
    KNOWLEDGE
        .dimensions
        .iter()
        .filter(|d| levels_equal(&state.roles, d.slug))
        .map(|d| d.slug)
        .collect()
}

/// Answers at the first role's level on every question.
fn answers_matching(state: &CompareState) -> Answers {
    KNOWLEDGE
        .questions
        .iter()
        .fold(Answers::new(), |answers, question| {
            let level = level_of(state.roles[0], question.dimension);
            answers
                .with(question.dimension, Answer::Level(level))
                .unwrap()
        })
}

/// A level on the dimension's scale other than `level`.
fn other_level(dimension: &str, level: u8) -> u8 {
    if level == 0 { 1 } else { level - 1 }
        .min(KNOWLEDGE.dimension(dimension).unwrap().levels.len() as u8 - 1)
}

#[test]
fn without_my_role_the_rows_are_as_before() {
    for query in [
        PAIR,
        "roles=cpo,ceo&diff=1",
        "roles=pm,ceo&diff=1&theme=authority",
        "roles=pm,cpo,ceo",
    ] {
        let state = compare_of(query);
        let before = MatrixRows::for_state(&state);
        let with_none = MatrixRows::for_state_with(&state, None);
        assert_eq!(shown(&before), shown(&with_none), "{query}");
        assert_eq!(before.hidden_as_equal, with_none.hidden_as_equal, "{query}");
    }
}

#[test]
fn the_content_has_the_rows_these_tests_need() {
    let state = compare_of(PAIR);
    let equal = equal_rows(&state);
    assert!(
        equal.iter().any(|slug| asked(slug)),
        "an asked dimension where the pair is level"
    );
    assert!(
        equal.iter().any(|slug| !asked(slug)),
        "a dimension not asked about where the pair is level"
    );
    assert!(
        KNOWLEDGE
            .dimensions
            .iter()
            .any(|d| asked(d.slug) && !levels_equal(&state.roles, d.slug)),
        "an asked dimension where the pair differs"
    );
}

#[test]
fn answers_at_the_roles_level_hide_the_same_rows() {
    let state = compare_of(PAIR);
    let mine = answers_matching(&state);
    let rows = MatrixRows::for_state_with(&state, Some(&mine));
    let before = MatrixRows::for_state(&state);
    assert_eq!(shown(&rows), shown(&before));
    assert_eq!(rows.hidden_as_equal, equal_rows(&state).len());
}

#[test]
fn an_answer_off_the_roles_level_shows_its_row() {
    let state = compare_of(PAIR);
    let equal = equal_rows(&state);
    let slug = *equal.iter().find(|slug| asked(slug)).unwrap();
    let roles_level = level_of(state.roles[0], slug);
    let mine = answers_matching(&state)
        .with(slug, Answer::Level(other_level(slug, roles_level)))
        .unwrap();

    let rows = MatrixRows::for_state_with(&state, Some(&mine));
    assert!(
        shown(&rows).contains(&slug),
        "{slug}: my answer differs from the roles"
    );
    assert_eq!(rows.hidden_as_equal, equal.len() - 1);
    // The row is still hidden without the column.
    assert!(!shown(&MatrixRows::for_state(&state)).contains(&slug));
}

#[test]
fn a_skipped_question_does_not_count() {
    let state = compare_of(PAIR);
    let equal = equal_rows(&state);
    let slug = *equal.iter().find(|slug| asked(slug)).unwrap();
    let mine = answers_matching(&state)
        .with(slug, Answer::Skipped)
        .unwrap();
    let rows = MatrixRows::for_state_with(&state, Some(&mine));
    assert!(
        !shown(&rows).contains(&slug),
        "{slug}: skipped, judged on the roles"
    );
    assert_eq!(rows.hidden_as_equal, equal.len());

    // Answers that leave a question out entirely are read the same way.
    let rows = MatrixRows::for_state_with(&state, Some(&mine.without(slug)));
    assert!(!shown(&rows).contains(&slug));
}

#[test]
fn a_dimension_not_asked_about_is_judged_on_the_roles_alone() {
    let state = compare_of(PAIR);
    let not_asked: Vec<&str> = equal_rows(&state)
        .into_iter()
        .filter(|slug| !asked(slug))
        .collect();
    // Answers as far from the roles as they go, on every question.
    let far = KNOWLEDGE
        .questions
        .iter()
        .fold(Answers::new(), |answers, question| {
            let level = level_of(state.roles[0], question.dimension);
            answers
                .with(
                    question.dimension,
                    Answer::Level(other_level(question.dimension, level)),
                )
                .unwrap()
        });
    let rows = MatrixRows::for_state_with(&state, Some(&far));
    for slug in &not_asked {
        assert!(!shown(&rows).contains(slug), "{slug} is not asked about");
    }
    // Every asked row where the roles are level now shows; only the unasked ones stay hidden.
    assert_eq!(rows.hidden_as_equal, not_asked.len());
}

#[test]
fn rows_where_the_roles_differ_show_whatever_my_answer() {
    let state = compare_of(PAIR);
    let mine = answers_matching(&state);
    let rows = MatrixRows::for_state_with(&state, Some(&mine));
    for dimension in KNOWLEDGE.dimensions {
        if !levels_equal(&state.roles, dimension.slug) {
            assert!(shown(&rows).contains(&dimension.slug), "{}", dimension.slug);
        }
    }
}

#[test]
fn with_only_differences_off_every_row_shows() {
    let state = compare_of("roles=cpo,ceo");
    let mine = answers_matching(&state);
    let rows = MatrixRows::for_state_with(&state, Some(&mine));
    assert_eq!(rows.all().count(), KNOWLEDGE.dimensions.len());
    assert_eq!(rows.hidden_as_equal, 0);
}

#[test]
fn an_open_cell_and_a_pin_keep_their_rows_on_show() {
    let state = compare_of(PAIR);
    let equal = equal_rows(&state);
    let (first, second) = (equal[0], equal[1]);
    let state = compare_of(&format!("{PAIR}&open={first}.ceo&pin={second}"));
    let rows = MatrixRows::for_state_with(&state, Some(&answers_matching(&state)));
    assert!(shown(&rows).contains(&first));
    assert!(shown(&rows).contains(&second));
}

#[test]
fn levels_equal_with_weighs_my_level_only_when_there_is_one() {
    // Product Manager and CEO differ everywhere: my level cannot make them level.
    let differ = KNOWLEDGE
        .dimensions
        .iter()
        .find(|d| !levels_equal(&["pm", "ceo"], d.slug))
        .unwrap();
    let pm = level_of("pm", differ.slug);
    assert!(!levels_equal_with(&["pm", "ceo"], differ.slug, Some(pm)));
    assert!(!levels_equal_with(&["pm", "ceo"], differ.slug, None));

    let state = compare_of(PAIR);
    let slug = equal_rows(&state)[0];
    let level = level_of(state.roles[0], slug);
    assert!(levels_equal_with(&state.roles, slug, None));
    assert!(levels_equal_with(&state.roles, slug, Some(level)));
    assert!(!levels_equal_with(
        &state.roles,
        slug,
        Some(other_level(slug, level))
    ));
}
