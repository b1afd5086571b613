//! The opening of a view: its heading and what it is for.

use leptos::prelude::*;

#[component]
pub fn ViewIntro(heading: &'static str, lede: &'static str) -> impl IntoView {
    view! {
        <div class="view-intro">
            <h1 id="view-heading" tabindex="-1">{heading}</h1>
            <p class="lede">{lede}</p>
        </div>
    }
}
