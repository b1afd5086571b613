//! The context lens: the Organisation select among the toolbar's filters (which kind of
//! organisation the comparison is read for), and under the toolbar what that organisation looks
//! like and how many verdicts and levels it changes.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::Apply;
use crate::components::sources_line::SourcesLine;
use crate::content::KNOWLEDGE;
use crate::model::compare::CompareState;
use crate::model::context::Context;

/// The id of the Organisation select.
pub(super) const SELECT_ID: &str = "context-lens";
/// The id of what the chosen organisation changes, which describes the select.
const ABOUT_ID: &str = "context-lens-about";

/// The Organisation select: "Typical (any)" or one of the contexts of `contexts.toml`.
#[component]
pub fn ContextSelect(compare: Memo<CompareState>, apply: Apply) -> impl IntoView {
    let context = Memo::new(move |_| compare.with(|c| c.context));
    let set_context = move |event: web_sys::Event| {
        let slug = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlSelectElement>().ok())
            .map(|select| select.value())
            .unwrap_or_default();
        let context = (!slug.is_empty()).then_some(slug.as_str());
        apply.run(compare.with_untracked(|c| c.with_context(context)));
    };
    view! {
        <label class="filter">
            <span>"Organisation"</span>
            <select
                id=SELECT_ID
                aria-describedby=ABOUT_ID
                on:change=set_context
                prop:value=move || context.get().unwrap_or_default()
            >
                <option value="" selected=move || context.get().is_none()>"Typical (any)"</option>
                {KNOWLEDGE.contexts.iter().map(|choice| {
                    let slug = choice.slug;
                    view! {
                        <option value=slug selected=move || context.get() == Some(slug)>
                            {choice.name}
                        </option>
                    }
                }).collect_view()}
            </select>
        </label>
    }
}

/// Under the toolbar: with an organisation chosen, how many verdicts and levels it changes and,
/// one click away, what it looks like and where that comes from; with none, what the lens is for
/// (on wide screens only: a phone keeps the matrix on its first screen).
#[component]
pub fn ContextAbout(compare: Memo<CompareState>) -> impl IntoView {
    let chosen = Memo::new(move |_| {
        compare.with(|c| {
            c.context
                .and_then(|slug| KNOWLEDGE.context(slug))
                .map(|c| c.slug)
        })
    });
    view! {
        <div class="context-about" id=ABOUT_ID aria-live="polite">
            {move || match chosen.get().and_then(|slug| KNOWLEDGE.context(slug)) {
                Some(context) => about(context).into_any(),
                None => view! {
                    <p class="context-hint">
                        "The articles agree the answer depends on the organisation: choose one \
                         under “Organisation” to see where the verdicts and levels move."
                    </p>
                }
                .into_any(),
            }}
        </div>
    }
}

/// What a chosen organisation changes, what it looks like, and where that comes from.
fn about(context: &'static Context) -> impl IntoView {
    view! {
        <p class="context-count">{context.changes_sentence()}</p>
        <details class="context-details">
            <summary>{format!("What “{}” means here", context.name)}</summary>
            <p class="context-summary">{context.summary}</p>
            <SourcesLine citations=context.sources/>
        </details>
    }
}
