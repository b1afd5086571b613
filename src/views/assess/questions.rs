//! The questions of the self-assessment, one a screen or all on one page, with progress.

use leptos::prelude::*;

#[component]
pub fn Questions() -> impl IntoView {
    view! { <p>"Questions come here."</p> }
}
