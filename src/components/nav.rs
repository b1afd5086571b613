//! The navigation between views: real links, so they work with a middle click, a new tab
//! or no script, while the router turns a plain click into an in-page change.

use leptos::prelude::*;

use crate::model::{View, ViewState};

/// `remembered` holds what each view last showed: its link goes back to it.
#[component]
pub fn ViewNav(current: Memo<View>, remembered: RwSignal<ViewState>) -> impl IntoView {
    view! {
        <nav class="view-nav" aria-label="Views">
            <ul>
                {View::ALL
                    .into_iter()
                    .map(|view| {
                        let href = move || {
                            let state = ViewState {
                                view,
                                ..remembered.get()
                            };
                            format!("?{}", state.to_query())
                        };
                        let is_current = move || current.get() == view;
                        view! {
                            <li>
                                <a
                                    href=href
                                    class="view-link"
                                    class:is-current=is_current
                                    aria-current=move || is_current().then_some("page")
                                >
                                    {view.label()}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
