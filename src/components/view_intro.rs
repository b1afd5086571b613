//! The opening of a view: its heading, what it is for, and what it will hold next.

use leptos::prelude::*;

#[component]
pub fn ViewIntro(
    heading: &'static str,
    lede: &'static str,
    #[prop(optional)] coming_next: Option<&'static str>,
) -> impl IntoView {
    view! {
        <div class="view-intro">
            <h1 id="view-heading" tabindex="-1">{heading}</h1>
            <p class="lede">{lede}</p>
        </div>
        {coming_next.map(|text| view! {
            <aside class="coming-next" aria-label="Coming next">
                <p class="coming-next-label">"Coming next"</p>
                <p>{text}</p>
            </aside>
        })}
    }
}
