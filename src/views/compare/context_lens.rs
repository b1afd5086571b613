//! The context lens above the matrix: which kind of organisation the comparison is read for,
//! what that organisation looks like, and how many verdicts and levels it changes.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::Apply;
use crate::components::sources_line::SourcesLine;
use crate::content::KNOWLEDGE;
use crate::model::compare::CompareState;
use crate::model::context::Context;

/// The id of the Organisation select.
pub const SELECT_ID: &str = "context-lens";

#[component]
pub fn ContextLens(compare: Memo<CompareState>, apply: Apply) -> impl IntoView {
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
    let chosen = move || context.get().and_then(|slug| KNOWLEDGE.context(slug));
    view! {
        <div class="context-lens">
            <label class="filter">
                <span>"Organisation"</span>
                <select
                    id=SELECT_ID
                    aria-describedby="context-lens-about"
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
            <div class="context-about" id="context-lens-about" aria-live="polite">
                {move || match chosen() {
                    Some(context) => about(context).into_any(),
                    None => view! {
                        <p class="context-hint">
                            "The articles agree the answer depends on the organisation: choose \
                             one to see where the verdicts and levels move."
                        </p>
                    }
                    .into_any(),
                }}
            </div>
        </div>
    }
}

/// What a chosen organisation looks like, how much it changes, and where that comes from.
fn about(context: &'static Context) -> impl IntoView {
    view! {
        <p class="context-summary">{context.summary}</p>
        <p class="context-count">{context.changes_sentence()}</p>
        <SourcesLine citations=context.sources/>
    }
}
