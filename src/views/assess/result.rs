//! The result of the self-assessment.

use leptos::prelude::*;

use crate::model::assessment::Answers;

#[component]
pub fn OwnResult() -> impl IntoView {
    view! { <p>"Result comes here."</p> }
}

#[component]
pub fn SharedResult(answers: Answers) -> impl IntoView {
    let _ = answers;
    view! { <p>"Shared result comes here."</p> }
}
