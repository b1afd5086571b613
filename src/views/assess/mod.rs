//! The self-assessment screen, "How CEO-like is your product role?": one's own questions and
//! result, or, from a shared link, someone's result to read.

mod chart;
mod history;
mod questions;
mod result;

use leptos::prelude::*;

use crate::components::assessment_store::{use_assessment, AssessmentProblem, AssessmentStore};
use crate::components::link::use_link;
use crate::components::view_intro::ViewIntro;

use questions::Questions;
use result::{OwnResult, SharedResult};

pub const HEADING: &str = "How CEO-like is your product role?";

#[component]
pub fn AssessView() -> impl IntoView {
    let state = use_link().state();
    let shared = Memo::new(move |_| state.with(|state| state.assess.shared.clone()));
    let store = use_assessment();
    view! {
        <section class="view view-assess" aria-labelledby="view-heading">
            <ViewIntro
                heading=HEADING
                lede="Describe the job you actually do, one question at a time, and see where it \
                      sits between a typical product manager and a CEO, and which side of the \
                      articles' argument speaks to you. Your answers stay in this browser."
            />
            <AssessmentNotice store=store/>
            {move || match shared.get() {
                Some(answers) => view! { <SharedResult answers=answers/> }.into_any(),
                None => view! { <OwnAssessment/> }.into_any(),
            }}
        </section>
    }
}

/// The person's own assessment: the questions while one is under way (or none was ever
/// finished), otherwise the latest result.
#[component]
fn OwnAssessment() -> impl IntoView {
    let store = use_assessment();
    let taking = Memo::new(move |_| {
        store
            .doc
            .with(|doc| doc.draft.is_some() || doc.snapshots.is_empty())
    });
    move || {
        if taking.get() {
            view! { <Questions/> }.into_any()
        } else {
            view! { <OwnResult/> }.into_any()
        }
    }
}

/// What the person must know about the stored assessment.
#[component]
fn AssessmentNotice(store: AssessmentStore) -> impl IntoView {
    move || {
        store.problem.get().map(|problem| {
            let text = match problem {
                AssessmentProblem::Unreadable { reason, backup_key } => format!(
                    "Your saved assessment could not be read ({reason}). It is kept untouched \
                     under “{backup_key}” in this browser, and a new one is saved separately."
                ),
                AssessmentProblem::NotSaving => "Your answers are not being saved: this browser \
                     refuses to store them (storage full, disabled, or a private window). They \
                     stay on this page until you close it."
                    .to_string(),
            };
            view! {
                <div class="store-notice" role="alert">
                    <p>{text}</p>
                </div>
            }
        })
    }
}
