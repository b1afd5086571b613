//! The controls above the matrix: the roles shown (move, remove, add), the private "My role"
//! column (or the way to the self-assessment it needs), the theme filter and the "only
//! differences" switch.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::context_lens::ContextSelect;
use super::matrix::shown_mine;
use super::Apply;
use crate::components::assessment_store::use_assessment;
use crate::components::keyed::keyed_slugs;
use crate::content::KNOWLEDGE;
use crate::model::compare::{CompareState, MAX_ROLES};
use crate::model::matrix::MatrixRows;
use crate::platform::document;

#[component]
pub fn Toolbar(compare: Memo<CompareState>, apply: Apply) -> impl IntoView {
    let select_value = |event: web_sys::Event| {
        event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlSelectElement>().ok())
            .map(|select| select.value())
            .unwrap_or_default()
    };
    let add_role = move |event: web_sys::Event| {
        let select = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlSelectElement>().ok());
        let slug = select.as_ref().map(|s| s.value()).unwrap_or_default();
        // The picker is a prompt, not a setting: back to "+ Add a role" once it has been used.
        if let Some(select) = &select {
            select.set_value("");
        }
        if let Some(change) = compare.with_untracked(|c| c.with_role_added(&slug)) {
            apply.run(change);
            // The picker is redrawn with the roles left to add; keep the person on it.
            document::focus_after_render("add-role".into(), false);
        }
    };
    let set_theme = move |event: web_sys::Event| {
        let slug = select_value(event);
        let theme = (!slug.is_empty()).then_some(slug.as_str());
        apply.run(compare.with_untracked(|c| c.with_theme(theme)));
    };
    let set_diff = move |event: web_sys::Event| {
        let on = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
            .is_some_and(|input| input.checked());
        apply.run(compare.with_untracked(|c| c.with_only_differences(on)));
    };
    // The lists of roles are keyed: another change of the comparison leaves their items be.
    let roles = Signal::derive(move || compare.with(|c| c.roles.clone()));
    let addable = Signal::derive(move || compare.with(CompareState::addable_roles));
    let full = move || compare.with(|c| !c.can_add_role());
    let theme = move || compare.with(|c| c.theme);
    let store = use_assessment();
    let has_mine = Memo::new(move |_| store.doc.with(|doc| doc.my_role().is_some()));
    let mine_shown = Memo::new(move |_| store.doc.with(|doc| shown_mine(doc).is_some()));
    // Kept with the assessment in this browser, never in the comparison or its link.
    let toggle_mine = move |_| {
        let show = !mine_shown.get_untracked();
        store.change(|doc| doc.with_in_matrix(show));
    };
    let hidden = Memo::new(move |_| {
        compare.with(|c| {
            store
                .doc
                .with(|doc| MatrixRows::for_state_with(c, shown_mine(doc)).hidden_as_equal)
        })
    });

    view! {
        <div class="toolbar">
            <div class="toolbar-roles">
                <h2 class="toolbar-label" id="roles-label">"Roles compared"</h2>
                <ol class="role-chips" aria-labelledby="roles-label">
                    {keyed_slugs(roles, Arc::new(move |slug| role_chip(slug, roles, compare, apply).into_any()))}
                </ol>
                <label class="visually-hidden" for="add-role">"Add a role"</label>
                <select id="add-role" class="add-role" disabled=full on:change=add_role>
                    <option value="" selected>
                        {move || if full() { format!("{MAX_ROLES} roles at most") } else { "+ Add a role".to_string() }}
                    </option>
                    {keyed_slugs(addable, Arc::new(|slug| {
                        KNOWLEDGE.role(slug).map(|role| view! { <option value=role.slug>{role.name}</option> }).into_any()
                    }))}
                </select>
            </div>
            <div class="toolbar-mine">
                {move || if has_mine.get() {
                    view! {
                        <button
                            type="button"
                            id="show-my-role"
                            class="mine-toggle"
                            aria-pressed=move || if mine_shown.get() { "true" } else { "false" }
                            aria-describedby="my-role-hint"
                            on:click=toggle_mine
                        >
                            "Show my role"
                            <span class="pressed-mark" aria-hidden="true">" ✓"</span>
                        </button>
                        <p class="mine-hint" id="my-role-hint">
                            "A private column from your self-assessment. It stays in this browser \
                             and is never part of the link."
                        </p>
                    }
                    .into_any()
                } else {
                    view! {
                        <a class="mine-take" id="take-assessment" href="?view=assess&v=1">
                            "Take the self-assessment to add your own role"
                        </a>
                    }
                    .into_any()
                }}
            </div>
            <div class="toolbar-filters">
                <label class="filter">
                    <span>"Theme"</span>
                    <select
                        id="theme-filter"
                        on:change=set_theme
                        prop:value=move || theme().unwrap_or_default()
                    >
                        <option value="" selected=move || theme().is_none()>"All themes"</option>
                        {KNOWLEDGE.themes.iter().map(|choice| (choice.slug, choice.name)).map(|(slug, name)| view! {
                            <option
                                value=slug
                                selected=move || theme() == Some(slug)
                            >
                                {name}
                            </option>
                        }).collect_view()}
                    </select>
                </label>
                <ContextSelect compare=compare apply=apply/>
                <label class="switch">
                    <input
                        type="checkbox"
                        role="switch"
                        id="only-differences"
                        prop:checked=move || compare.with(|c| c.only_differences)
                        on:change=set_diff
                        aria-describedby="only-differences-about"
                    />
                    <span>"Only differences"</span>
                </label>
                <span class="switch-about" id="only-differences-about">
                    "(hides rows where all are level)"
                </span>
                <p class="hidden-count" aria-live="polite">
                    {move || {
                        let on = compare.with(|c| c.only_differences);
                        let hidden = hidden.get();
                        let who = if mine_shown.get() { "the roles and my role" } else { "the roles" };
                        on.then(|| match hidden {
                            0 => format!("No rows hidden: {who} differ on every one."),
                            1 => format!("1 row hidden where {who} are level."),
                            n => format!("{n} rows hidden where {who} are level."),
                        })
                    }}
                </p>
            </div>
        </div>
    }
}

/// A role's chip: its name and side, and buttons to move it left or right or to remove it. Its
/// place among the roles is read when it changes, so moving a role redraws no chip.
fn role_chip(
    slug: &'static str,
    roles: Signal<Vec<&'static str>>,
    compare: Memo<CompareState>,
    apply: Apply,
) -> impl IntoView {
    let index =
        move || roles.with(|roles| roles.iter().position(|r| *r == slug).unwrap_or_default());
    let count = move || roles.with(Vec::len);
    let name = KNOWLEDGE.role(slug).map(|role| role.name).unwrap_or(slug);
    let short_name = KNOWLEDGE
        .role(slug)
        .map(|role| role.short_name)
        .unwrap_or(slug);
    let side = KNOWLEDGE
        .role(slug)
        .map(|role| role.side.label())
        .unwrap_or_default();
    // Focus follows the moved chip's button (or its other one at an edge), or goes to the role
    // picker after a removal.
    let run = move |change: Option<_>, focus: String| {
        if let Some(change) = change {
            apply.run(change);
            document::focus_after_render(focus, false);
        }
    };
    let left_id = format!("move-left-{slug}");
    let right_id = format!("move-right-{slug}");
    view! {
        <li class="role-chip">
            // On a phone the short name shows ("Senior PM"); the full one is what is read out.
            <span class="role-chip-name">
                <span class="role-chip-full">{name}</span>
                <span class="role-chip-short" aria-hidden="true">{short_name}</span>
            </span>
            <span class="role-chip-side">{side}</span>
            <span class="role-chip-actions">
                <button
                    type="button"
                    class="icon-button"
                    id=left_id.clone()
                    aria-label=format!("Move {name} left")
                    disabled=move || index() == 0
                    on:click={
                        let (left, right) = (left_id.clone(), right_id.clone());
                        move |_| {
                            let focus = if untrack(index) == 1 { right.clone() } else { left.clone() };
                            run(compare.with_untracked(|c| c.with_role_moved(slug, -1)), focus)
                        }
                    }
                >
                    "←"
                </button>
                <button
                    type="button"
                    class="icon-button"
                    id=right_id.clone()
                    aria-label=format!("Move {name} right")
                    disabled=move || index() + 1 == count()
                    on:click={
                        let (left, right) = (left_id.clone(), right_id.clone());
                        move |_| {
                            let focus = if untrack(index) + 2 == untrack(count) { left.clone() } else { right.clone() };
                            run(compare.with_untracked(|c| c.with_role_moved(slug, 1)), focus)
                        }
                    }
                >
                    "→"
                </button>
                <button
                    type="button"
                    class="icon-button"
                    aria-label=format!("Remove {name}")
                    disabled=move || count() <= 2
                    on:click=move |_| {
                        run(compare.with_untracked(|c| c.with_role_removed(slug)), "add-role".into())
                    }
                >
                    "×"
                </button>
            </span>
        </li>
    }
}
