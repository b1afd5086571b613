//! The cells that some organisation of the context lens changes: a role's level and a
//! dimension's verdict that follow the lens in place. Choosing an organisation toggles their
//! level steps, rewrites their texts and adds the “Differs here” mark; nothing is drawn anew.

use leptos::prelude::*;

use super::cell::verdict_class;
use crate::content::KNOWLEDGE;
use crate::model::context::{LevelChange, VerdictChange, CHANGED_MARK};
use crate::model::knowledge::{Cell, Dimension, Verdict};

/// A role's cell that some organisation changes: its level read for the chosen organisation,
/// marked when it differs, with the typical summary kept and labelled as typical.
pub(super) fn moving_role_cell(
    context: Memo<Option<&'static str>>,
    role: &'static str,
    dimension: &'static Dimension,
    cell: &'static Cell,
) -> impl IntoView {
    let change: Memo<Option<&'static LevelChange>> = Memo::new(move |_| {
        context
            .get()
            .and_then(|slug| KNOWLEDGE.context(slug))
            .and_then(|context| context.cell_change(role, dimension.slug))
    });
    let level = Memo::new(move |_| change.get().map_or(cell.level, |change| change.level));
    let changed = Memo::new(move |_| change.get().is_some());
    let steps = dimension.levels.len();
    view! {
        <span class="level-chip">
            <span class="level-bar" aria-hidden="true">
                {(0..steps).map(|step| view! {
                    <span class="level-step" class:is-filled=move || step <= usize::from(level.get())></span>
                }).collect_view()}
            </span>
            <span class="level-name">{move || dimension.level_name(level.get())}</span>
            <span class="visually-hidden">
                {move || format!(", level {} of {steps}. ", usize::from(level.get()) + 1)}
            </span>
        </span>
        {move || changed.get().then(changed_mark)}
        <span class="cell-summary">
            {move || changed.get().then(|| view! { <span class="cell-typical">"Typically: "</span> })}
            {cell.summary}
        </span>
    }
}

/// A dimension's verdict that some organisation changes, read for the chosen organisation and
/// marked when it differs.
pub(super) fn moving_verdict_cell(
    context: Memo<Option<&'static str>>,
    dimension: &'static Dimension,
    typical: Verdict,
) -> impl IntoView {
    let change: Memo<Option<&'static VerdictChange>> = Memo::new(move |_| {
        context
            .get()
            .and_then(|slug| KNOWLEDGE.context(slug))
            .and_then(|context| context.verdict_change(dimension.slug))
    });
    let verdict = Memo::new(move |_| change.get().map_or(typical, |change| change.verdict));
    let changed = Memo::new(move |_| change.get().is_some());
    view! {
        <span class=move || format!("verdict-chip {}", verdict_class(verdict.get()))>
            {move || verdict.get().label()}
        </span>
        {move || changed.get().then(changed_mark)}
    }
}

/// The mark on a cell or verdict that the chosen organisation changes.
fn changed_mark() -> impl IntoView {
    view! { <span class="context-mark">{CHANGED_MARK}</span> }
}
