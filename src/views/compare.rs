//! The Compare screen: roles side by side across the dimensions of the job.

use leptos::prelude::*;

use crate::components::view_intro::ViewIntro;

pub const HEADING: &str = "Compare roles";

#[component]
pub fn CompareView() -> impl IntoView {
    view! {
        <section class="view view-compare" aria-labelledby="view-heading">
            <ViewIntro
                heading=HEADING
                lede="Set a product manager beside a CEO, or beside any rung above it, and see \
                      dimension by dimension where the “mini-CEO” label fits and where it falls apart."
                coming_next="A matrix of roles against scope, strategy, budget, hiring power and \
                             accountability, with a verdict on the analogy for each row and a link \
                             that opens the exact comparison you are looking at."
            />
        </section>
    }
}
