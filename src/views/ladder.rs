//! The Ladder screen: the climb from Product Manager to Chief Product Officer.

use leptos::prelude::*;

use crate::components::view_intro::ViewIntro;

pub const HEADING: &str = "The career ladder";

#[component]
pub fn LadderView() -> impl IntoView {
    view! {
        <section class="view view-ladder" aria-labelledby="view-heading">
            <ViewIntro
                heading=HEADING
                lede="Follow the path from Product Manager through Director, Head of Product and VP \
                      of Product to Chief Product Officer, and see what each step asks of you."
                coming_next="Every rung with its scope, team and decisions; what changes between two \
                             rungs; and a private checklist for the step you are working towards."
            />
        </section>
    }
}
