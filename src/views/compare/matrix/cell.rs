//! A cell of the matrix and its column: the level and summary of a role, the mini-CEO verdict,
//! or the person's own answer; a button that opens its explanation, with its note mark.

use leptos::prelude::*;

use super::grid::{Spot, MINE_KEY};
use super::Parts;
use crate::components::note_mark::note_mark;
use crate::content::KNOWLEDGE;
use crate::model::assessment::AssessmentResult;
use crate::model::compare::{CompareState, Opened, VERDICT_KEY};
use crate::model::knowledge::{Dimension, Verdict};
use crate::model::notes::Target;
use crate::platform::document;

use super::context_cell::{moving_role_cell, moving_verdict_cell};
use super::detail::{detail_id, mine_detail_id};

/// A column of the matrix: the person's own role, a role (its slug), or the mini-CEO verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum Column {
    Mine,
    Role(&'static str),
    Verdict,
}

/// The columns of a comparison, left to right: "My role" when shown, the roles, the verdict
/// when Product Manager and CEO are both there.
pub(super) fn columns(state: &CompareState, with_mine: bool) -> Vec<Column> {
    let mut columns: Vec<Column> = with_mine.then_some(Column::Mine).into_iter().collect();
    columns.extend(state.roles.iter().map(|slug| Column::Role(slug)));
    if state.shows_verdicts() {
        columns.push(Column::Verdict);
    }
    columns
}

impl Column {
    /// The column's key in keyed lists: `mine`, the role's slug, or `verdict` (no role has
    /// either slug: both are reserved in links).
    pub(super) fn key(self) -> &'static str {
        match self {
            Column::Mine => MINE_KEY,
            Column::Role(slug) => slug,
            Column::Verdict => VERDICT_KEY,
        }
    }

    /// The column of a key from `key`.
    pub(super) fn from_key(key: &'static str) -> Column {
        match key {
            MINE_KEY => Column::Mine,
            VERDICT_KEY => Column::Verdict,
            slug => Column::Role(slug),
        }
    }

    pub(super) fn spot(self, dimension: &'static str) -> Spot {
        match self {
            Column::Mine => Spot::Mine(dimension),
            Column::Role(role) => Spot::Shared(Opened::Cell { dimension, role }),
            Column::Verdict => Spot::Shared(Opened::Verdict { dimension }),
        }
    }

    pub(super) fn header(self) -> impl IntoView {
        let (class, name, side) = match self {
            Column::Mine => ("mine-column", "My role", "Private · from your answers"),
            Column::Role(slug) => {
                let role = KNOWLEDGE.role(slug);
                let name = role.map(|r| r.name).unwrap_or(slug);
                ("", name, role.map(|r| r.side.label()).unwrap_or_default())
            }
            Column::Verdict => ("verdict-column", "Mini-CEO?", "Does the analogy hold"),
        };
        view! {
            <th scope="col" class=(!class.is_empty()).then_some(class)>
                <span class="column-name">{name}</span>
                <span class="column-side">{side}</span>
            </th>
        }
    }

    /// The short label a cell carries in the stacked phone layout, where headers are hidden.
    fn label(self) -> &'static str {
        match self {
            Column::Mine => "My role",
            Column::Role(slug) => KNOWLEDGE.role(slug).map(|r| r.short_name).unwrap_or(slug),
            Column::Verdict => "Mini-CEO?",
        }
    }
}

/// When the matrix is stacked as cards, one per role, under each dimension (style/compare.css).
pub(super) const STACKED: &str = "(max-width: 44rem)";

/// A cell: a button in the keyboard grid that opens (or closes) its explanation.
pub(super) fn cell(parts: Parts, dimension: &'static Dimension, column: Column) -> impl IntoView {
    let spot = column.spot(dimension.slug);
    let id = spot.id();
    let controls = match spot {
        Spot::Shared(_) => detail_id(dimension.slug),
        Spot::Mine(_) | Spot::Pin(_) => mine_detail_id(dimension.slug),
    };
    let on_click = {
        let id = id.clone();
        let controls = controls.clone();
        move |_| {
            parts.active.set(Some(spot));
            let opening = !parts.is_open_untracked(spot);
            match spot {
                Spot::Shared(opened) => parts.apply.run(
                    parts
                        .compare
                        .with_untracked(|c| c.with_toggled_open(opened)),
                ),
                // My role's open cell stays on this page: the link does not change.
                Spot::Mine(slug) => parts.mine_open.update(|open| {
                    *open = (*open != Some(slug)).then_some(slug);
                }),
                Spot::Pin(_) => {}
            }
            if opening && document::media_matches(STACKED) {
                // Stacked, the explanation comes after every card of the row, often off screen:
                // bring it to the top, focused, so the tap visibly does something.
                document::skip_to_after_render(controls.clone());
            } else {
                document::focus_after_render(id.clone(), false);
            }
        }
    };
    let content = match column {
        Column::Mine => {
            let mine = parts.mine;
            (move || {
                mine.with(|answers| {
                    mine_cell(
                        dimension,
                        answers.as_ref().map(AssessmentResult::of).as_ref(),
                    )
                })
            })
            .into_any()
        }
        Column::Role(role) => role_cell(parts.context, role, dimension).into_any(),
        Column::Verdict => verdict_cell(parts.context, dimension).into_any(),
    };
    let note = match spot {
        Spot::Shared(opened) => Some(note_mark(parts.notes, note_target(opened))),
        Spot::Mine(_) | Spot::Pin(_) => None,
    };
    view! {
        <td
            class:verdict-cell=matches!(column, Column::Verdict)
            class:mine-cell=matches!(column, Column::Mine)
        >
            <button
                type="button"
                id=id
                class="cell"
                class:is-open=move || parts.is_open(spot)
                tabindex=move || if parts.is_tab_stop(spot) { 0 } else { -1 }
                aria-expanded=move || if parts.is_open(spot) { "true" } else { "false" }
                aria-controls=move || parts.is_open(spot).then(|| controls.clone())
                on:click=on_click
            >
                <span class="cell-label">{column.label()}</span>
                {content}
                {note}
            </button>
        </td>
    }
}

/// A level as a bar of steps and its name, "level N of M" for screen readers.
fn level_chip(dimension: &'static Dimension, level: u8) -> impl IntoView {
    let steps = dimension.levels.len();
    let name = dimension.level_name(level);
    let level = usize::from(level);
    view! {
        <span class="level-chip">
            <span class="level-bar" aria-hidden="true">
                {(0..steps).map(|step| view! {
                    <span class="level-step" class:is-filled=step <= level></span>
                }).collect_view()}
            </span>
            <span class="level-name">{name}</span>
            <span class="visually-hidden">{format!(", level {} of {steps}. ", level + 1)}</span>
        </span>
    }
}

/// A role's level and summary. Only a cell that some organisation changes follows the context
/// lens (`context_cell`): the others are drawn once.
fn role_cell(
    context: Memo<Option<&'static str>>,
    role: &'static str,
    dimension: &'static Dimension,
) -> impl IntoView {
    let Some(cell) = KNOWLEDGE.cell(role, dimension.slug) else {
        return view! { <span class="cell-summary">"Not described yet."</span> }.into_any();
    };
    if KNOWLEDGE.cell_varies(role, dimension.slug) {
        return moving_role_cell(context, role, dimension, cell).into_any();
    }
    view! {
        {level_chip(dimension, cell.level)}
        <span class="cell-summary">{cell.summary}</span>
    }
    .into_any()
}

/// The person's answer on a dimension: its level and where it sits between a typical PM and a
/// CEO; or that the question was skipped, or is not one the self-assessment asks.
fn mine_cell(dimension: &'static Dimension, result: Option<&AssessmentResult>) -> impl IntoView {
    let row = result.and_then(|result| result.row(dimension.slug));
    match row.and_then(|row| Some((row.level?, row.placement()?))) {
        Some((level, placement)) => view! {
            {level_chip(dimension, level)}
            <span class="cell-summary mine-placement">{placement.label()}</span>
        }
        .into_any(),
        None => {
            let text = if row.is_some() {
                "Skipped"
            } else {
                "Not asked"
            };
            view! { <span class="cell-summary mine-none">{text}</span> }.into_any()
        }
    }
}

/// The class that colours a verdict: `verdict-holds`, `verdict-partly`, `verdict-breaks`.
pub(in crate::views::compare) fn verdict_class(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Holds => "verdict-holds",
        Verdict::Partly => "verdict-partly",
        Verdict::Breaks => "verdict-breaks",
    }
}

/// A dimension's verdict; like a role's cell, it follows the context lens only if some
/// organisation changes it.
fn verdict_cell(
    context: Memo<Option<&'static str>>,
    dimension: &'static Dimension,
) -> impl IntoView {
    let debate = KNOWLEDGE.debate(dimension.slug)?;
    if KNOWLEDGE.verdict_varies(dimension.slug) {
        return Some(moving_verdict_cell(context, dimension, debate.verdict).into_any());
    }
    let verdict = debate.verdict;
    Some(
        view! {
            <span class=format!("verdict-chip {}", verdict_class(verdict))>{verdict.label()}</span>
        }
        .into_any(),
    )
}

/// What a cell's note is attached to: the role's cell, or for a verdict the dimension.
fn note_target(opened: Opened) -> Target {
    match opened {
        Opened::Cell { dimension, role } => Target::cell(role, dimension),
        Opened::Verdict { dimension } => Target::dimension(dimension),
    }
}
