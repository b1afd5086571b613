//! The matrix: a real table of dimensions (rows, grouped by theme, pinned first) against roles
//! (columns). Every part follows its own narrow memo of the link, and groups, rows and columns
//! are keyed lists, so an action writes only what it changes: cells, explanations and the
//! keyboard grid are in the modules below.
//!
//! When the person asks for it and has finished the self-assessment, a private "My role" column
//! comes first, built from their latest answers. It lives only in this browser: the cell opened
//! in it is kept on this page, never in the link, and the link never says the column is there.

mod cell;
mod context_cell;
mod detail;
mod grid;
mod parts;

pub use grid::cell_id;

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::Apply;
use crate::components::keyed::keyed_slugs;
use crate::content::KNOWLEDGE;
use crate::model::assessment::{Answers, AssessmentDoc};
use crate::model::compare::{CompareState, Opened};
use crate::platform::{document, sticky};

pub(in crate::views::compare) use cell::verdict_class;
use cell::{cell, Column};
use detail::{close, close_mine, detail_row, mine_detail_row};
use grid::Spot;
use parts::Parts;

/// The answers the "My role" column is built from, when it is shown: the person asked for it
/// and has a finished assessment.
pub(super) fn shown_mine(doc: &AssessmentDoc) -> Option<&Answers> {
    doc.my_role().filter(|_| doc.in_matrix)
}

/// Once the table is drawn, brings an open cell into view, focused; stacked on a phone, where the
/// explanation comes after every card of the row, its explanation.
pub fn bring_into_view(opened: Opened) {
    if document::media_matches(cell::STACKED) {
        document::skip_to_after_render(detail::detail_id(opened.dimension()));
    } else {
        document::focus_after_render(cell_id(opened), true);
    }
}

#[component]
pub fn Matrix(compare: Memo<CompareState>, apply: Apply) -> impl IntoView {
    let parts = Parts::new(compare, apply);
    // Hiding the column closes its cell, so showing it again starts closed.
    Effect::new(move || {
        if parts.mine.with(Option::is_none) && parts.mine_open.get_untracked().is_some() {
            parts.mine_open.set(None);
        }
    });
    // A link that opens a cell brings it into view, focused, once the table is drawn; stacked
    // on a phone, where the explanation comes after every card of the row, the explanation.
    if let Some(opened) = compare.with_untracked(|c| c.open) {
        bring_into_view(opened);
    }
    let roles = Memo::new(move |_| compare.with(|state| state.roles.clone()));
    let group_keys = Signal::derive(move || {
        parts
            .groups
            .with(|groups| groups.iter().map(|group| group.key).collect())
    });
    let caption = move || roles.with(|roles| caption(roles, parts.mine.with(Option::is_some)));

    view! {
        <p class="matrix-hint" id="matrix-hint">
            "Open a cell for why, with sources. Pin keeps a row on top through any filter. "
            <span class="keyboard-hint">
                "With a keyboard, arrow keys move between cells and each row's Pin button, Enter \
                 opens a cell and Escape closes it."
            </span>
        </p>
        <div class="matrix-scroll">
            <table
                class="matrix"
                aria-describedby="matrix-hint"
                on:keydown=move |event| on_keydown(parts, event)
                on:focusin=|event| {
                    let table = event.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
                    let focused = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
                    if let (Some(table), Some(focused)) = (table, focused) {
                        sticky::keep_clear_of_sticky(&table, &focused);
                    }
                }
            >
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="corner">"Dimension"</th>
                        {keyed_slugs(parts.column_keys(), Arc::new(|key| Column::from_key(key).header().into_any()))}
                    </tr>
                </thead>
                {keyed_slugs(group_keys, Arc::new(move |key| row_group(parts, key).into_any()))}
            </table>
        </div>
    }
}

/// Arrow keys, Home and End move between cells; Escape closes the open explanation.
fn on_keydown(parts: Parts, event: web_sys::KeyboardEvent) {
    let target = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok());
    let current = target
        .as_ref()
        .and_then(|element| grid::spot_with_id(&parts.grid(), &element.id()));
    let Some(current) = current else {
        if event.key() == "Escape" {
            // Within My role's explanation, Escape closes that; elsewhere the shared one.
            let in_mine = target
                .and_then(|element| element.closest(".mine-detail").ok().flatten())
                .is_some();
            if in_mine {
                close_mine(parts);
            } else {
                close(parts);
            }
        }
        return;
    };
    let next = grid::neighbour(&parts.grid(), current, &event.key());
    match (event.key().as_str(), next) {
        ("Escape", _) => match current {
            Spot::Mine(_) if parts.mine_open.get_untracked().is_some() => close_mine(parts),
            _ => close(parts),
        },
        (_, Some(next)) => {
            event.prevent_default();
            // The tab stop follows (two attributes); focus moves now, with the key, and the
            // table's `focusin` brings the cell into full view at once (sticky::keep_clear_of_sticky).
            parts.active.set(Some(next));
            document::focus_in_place(&next.id());
        }
        // At the grid's edge focus stays, and so does the page: an arrow there would otherwise
        // scroll the window (smoothly, in Chromium) from under the focused cell.
        ("ArrowRight" | "ArrowLeft" | "ArrowDown" | "ArrowUp" | "Home" | "End", None) => {
            event.prevent_default();
        }
        _ => {}
    }
}

/// "Product Manager compared with CEO", "Product Manager, CPO and CEO compared"; with the
/// "My role" column, ", and my role" after either.
fn caption(roles: &[&str], with_mine: bool) -> String {
    let names: Vec<&str> = roles
        .iter()
        .filter_map(|slug| KNOWLEDGE.role(slug))
        .map(|role| role.name)
        .collect();
    let roles = match names.as_slice() {
        [a, b] => format!("{a} compared with {b}"),
        [init @ .., last] => format!("{} and {last} compared", init.join(", ")),
        [] => String::new(),
    };
    if with_mine {
        format!("{roles}, and my role")
    } else {
        roles
    }
}

/// A theme's rows (or the pinned ones) under their heading, a keyed list of rows.
fn row_group(parts: Parts, key: &'static str) -> impl IntoView {
    let name = parts.groups.with_untracked(|groups| {
        groups
            .iter()
            .find(|group| group.key == key)
            .map(|group| group.name)
            .unwrap_or_default()
    });
    let rows = Signal::derive(move || {
        parts.groups.with(|groups| {
            groups
                .iter()
                .find(|group| group.key == key)
                .map(|group| group.rows.clone())
                .unwrap_or_default()
        })
    });
    view! {
        <tbody>
            // The theme heads the rows of its group (a rowgroup), not any columns.
            <tr class="theme-row">
                <th scope="rowgroup" colspan=move || parts.span()>{name}</th>
            </tr>
            {keyed_slugs(rows, Arc::new(move |slug| {
                KNOWLEDGE.dimension(slug).map(|dimension| row(parts, dimension)).into_any()
            }))}
        </tbody>
    }
}

/// A dimension's row, and under it the explanation of its open cell, when one is.
fn row(parts: Parts, dimension: &'static crate::model::knowledge::Dimension) -> impl IntoView {
    let slug = dimension.slug;
    let open_here =
        Memo::new(move |_| parts.open.get().filter(|opened| opened.dimension() == slug));
    let mine_open_here =
        move || parts.mine_open.get() == Some(slug) && parts.mine.with(Option::is_some);
    let pinned = move || parts.compare.with(|c| c.pinned.contains(&slug));
    let pin_id = format!("pin-{slug}");
    let on_pin = {
        let pin_id = pin_id.clone();
        move |_| {
            parts.active.set(Some(Spot::Pin(slug)));
            let change = parts.compare.with_untracked(|c| c.with_pin_toggled(slug));
            if let Some(change) = change {
                parts.apply.run(change);
                // The row moves to its new group, drawn anew: focus follows it there.
                document::focus_after_render(pin_id.clone(), true);
            }
        }
    };
    view! {
        <tr
            class="dimension-row"
            class:is-open=move || open_here.with(Option::is_some) || mine_open_here()
        >
            <th scope="row">
                <span class="dimension-name">{dimension.name}</span>
                <span class="dimension-question">{dimension.question}</span>
                // Shown, not read out with every cell: each cell says its level and scale
                // ("level 2 of 5") to a screen reader itself.
                <span class="dimension-scale" aria-hidden="true">{scale(dimension)}</span>
                <button
                    type="button"
                    id=pin_id
                    class="pin-button"
                    tabindex=move || if parts.is_tab_stop(Spot::Pin(slug)) { 0 } else { -1 }
                    aria-pressed=move || if pinned() { "true" } else { "false" }
                    aria-label=format!("Pin {} to the top", dimension.name)
                    on:click=on_pin
                >
                    // The name stays "Pin …" (visible text within it, for voice control);
                    // aria-pressed, the filled style and a tick say that it is pinned.
                    "Pin"
                    <span class="pressed-mark" aria-hidden="true">" ✓"</span>
                </button>
            </th>
            {keyed_slugs(parts.column_keys(), Arc::new(move |key| {
                cell(parts, dimension, Column::from_key(key)).into_any()
            }))}
        </tr>
        {move || mine_open_here().then(|| untrack(|| mine_detail_row(parts, dimension)))}
        {move || open_here.get().map(|opened| untrack(|| detail_row(parts, opened)))}
    }
}

/// A row's scale, what a cell's bars count: "Bars: 1 “A project” to 5 “The whole company”".
fn scale(dimension: &crate::model::knowledge::Dimension) -> String {
    let steps = dimension.levels.len();
    let first = dimension.levels.first().copied().unwrap_or_default();
    let last = dimension.levels.last().copied().unwrap_or_default();
    format!("Bars: 1 “{first}” to {steps} “{last}”")
}
