//! The questions of the self-assessment: a short start, then one question a screen or all on one
//! page, with progress always in view. Every choice is saved the moment it is made, so a reload
//! continues where the person was.

mod card;
mod pace;

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::assessment_store::use_assessment;
use crate::components::keyed::keyed_slugs;
use crate::content::KNOWLEDGE;
use crate::model::assessment::{Answer, AssessmentDoc, CannotFinish, Pace, Progress};
use crate::platform::{document, events};

use card::QuestionCard;
use pace::PaceChoice;

/// The id of a question's heading, where focus lands when the person moves to it.
pub fn ask_id(index: usize) -> String {
    KNOWLEDGE
        .questions
        .get(index)
        .map(|question| format!("ask-{}", question.dimension))
        .unwrap_or_default()
}

/// The id of the alert said when finishing is not possible yet.
const ALERT_ID: &str = "assess-error";

#[component]
pub fn Questions() -> impl IntoView {
    let store = use_assessment();
    let started = Memo::new(move |_| store.doc.with(|doc| doc.draft.is_some()));
    view! {
        <div class="assess-q">
            {move || {
                if started.get() {
                    view! { <Taking/> }.into_any()
                } else {
                    view! { <Intro/> }.into_any()
                }
            }}
        </div>
    }
}

/// Before the first question: what to expect, how to see the questions, and Start.
#[component]
fn Intro() -> impl IntoView {
    let store = use_assessment();
    let count = KNOWLEDGE.questions.len();
    let start = move |_| {
        store.change(AssessmentDoc::started);
        let at = store
            .doc
            .with_untracked(|doc| doc.draft.as_ref().map_or(0, |draft| draft.at));
        document::focus_after_render(ask_id(at), false);
    };
    view! {
        <section class="assess-intro" aria-labelledby="assess-intro-heading">
            <h2 id="assess-intro-heading">"Before you start"</h2>
            <ul class="assess-facts">
                <li>
                    <strong>{format!("{count} questions, about five minutes.")}</strong>
                    " They ask about the job you do from week to week, whatever your title says."
                </li>
                <li>
                    <strong>"Any question can be skipped."</strong>
                    " One you cannot or would rather not answer is left out of your result."
                </li>
                <li>
                    <strong>"Saved as you go, and only here."</strong>
                    " Each answer is kept in this browser as soon as you choose it, so you can \
                     stop and come back. Nothing is sent anywhere."
                </li>
            </ul>
            <PaceChoice legend="How would you like to see the questions?" with_notes=true/>
            <button type="button" id="assess-start" class="button is-primary is-large" on:click=start>
                "Start"
            </button>
        </section>
    }
}

/// The assessment under way: progress, the question or questions, moving and finishing.
#[component]
fn Taking() -> impl IntoView {
    let store = use_assessment();
    let total = KNOWLEDGE.questions.len();
    let pace = Memo::new(move |_| store.doc.with(|doc| doc.pace));
    let at = Memo::new(move |_| {
        store.doc.with(|doc| {
            doc.draft
                .as_ref()
                .map_or(0, |draft| draft.at.min(total.saturating_sub(1)))
        })
    });
    let progress = Memo::new(move |_| {
        store.doc.with(|doc| {
            doc.draft
                .as_ref()
                .map(|draft| draft.answers.progress())
                .unwrap_or(Progress {
                    answered: 0,
                    skipped: 0,
                    total,
                })
        })
    });
    let last = Memo::new(move |_| at.get() + 1 >= total);
    // The question on screen, by its dimension's slug: a keyed list of one, so that moving on
    // puts the next question's card in place of this one rather than rewriting it.
    let shown_question = Signal::derive(move || {
        KNOWLEDGE
            .questions
            .get(at.get())
            .map(|question| question.dimension)
            .into_iter()
            .collect::<Vec<_>>()
    });
    let retaking = Memo::new(move |_| store.doc.with(|doc| !doc.snapshots.is_empty()));
    // How many times finishing was refused: each refusal says so again.
    let refused = RwSignal::new(0_u32);

    let go = move |to: usize| {
        store.change(|doc| doc.at(to, total));
        document::focus_after_render(ask_id(to.min(total.saturating_sub(1))), false);
    };
    let finish = move |_| {
        let now = events::now() as f64;
        // Finished from what storage holds now (the store catches up first): an assessment
        // removed behind this tab's back is not written back by finishing it here.
        let mut refusal = None;
        let finished = store.try_change(|doc| {
            doc.finished(now)
                .map_err(|cannot| refusal = Some(cannot))
                .ok()
        });
        if finished {
            // The result replaces the questions: start reading it from the top.
            document::focus_after_render("view-heading".into(), false);
        } else if refusal == Some(CannotFinish::NothingAnswered) {
            refused.update(|n| *n += 1);
        }
    };
    let cancel = move |_| {
        store.change(AssessmentDoc::abandoned);
        document::focus_after_render("view-heading".into(), false);
    };

    let finish_area = move || {
        view! {
            <div class="assess-finish">
                <p class="assess-open-note" id="assess-open-note">
                    {move || open_note(progress.get())}
                </p>
                <button
                    type="button"
                    id="assess-finish"
                    class="button is-primary is-large"
                    aria-describedby="assess-open-note"
                    on:click=finish
                >
                    "See my result"
                </button>
                // In the page before anything is said in it, so that what appears is announced.
                <div class="assess-alert" id=ALERT_ID role="alert">
                    {move || {
                        let refused = refused.get();
                        (refused > 0 && progress.get().answered == 0).then(|| view! {
                            <p>"Answer at least one question to see a result."</p>
                        })
                    }}
                </div>
            </div>
        }
    };

    view! {
        <section
            class="assess-taking"
            class:is-all=move || pace.get() == Pace::AllOnOnePage
            aria-labelledby="assess-questions-heading"
        >
            <div class="assess-head">
                <h2 id="assess-questions-heading">{format!("The {total} questions")}</h2>
                {move || {
                    retaking.get().then(|| view! {
                        <div class="assess-retake">
                            <p>"Your last answers are chosen; change what has changed."</p>
                            <button type="button" id="assess-cancel" class="button" on:click=cancel>
                                "Cancel and keep my last result"
                            </button>
                        </div>
                    })
                }}
                <PaceChoice legend="Show" with_notes=false/>
            </div>
            // On one long page, this stays at the top of the screen while the questions scroll.
            <div class="assess-progress-line">
                <p class="assess-progress-text" id="assess-progress-text" role="status">
                    {move || progress.get().sentence()}
                </p>
                <progress
                    id="assess-progress"
                    aria-label="Questions answered or skipped"
                    max=total.to_string()
                    value=move || progress.get().done().to_string()
                ></progress>
            </div>
            {move || match pace.get() {
                // Moving to another question draws that question anew; the buttons and the
                // list of questions follow the move in a few attributes.
                Pace::OneAtATime => view! {
                    {keyed_slugs(shown_question, Arc::new(|slug| {
                        let index = KNOWLEDGE.questions.iter().position(|q| q.dimension == slug);
                        view! { <QuestionCard index=index.unwrap_or_default()/> }.into_any()
                    }))}
                    <div class="question-nav">
                        <button
                            type="button"
                            id="question-back"
                            class="button is-large"
                            disabled=move || at.get() == 0
                            on:click=move |_| go(at.get_untracked().saturating_sub(1))
                        >
                            <span aria-hidden="true">"← "</span>
                            "Back"
                        </button>
                        {move || (!last.get()).then(|| view! {
                            <button
                                type="button"
                                id="question-next"
                                class="button is-primary is-large"
                                on:click=move |_| go(at.get_untracked() + 1)
                            >
                                "Next"
                                <span aria-hidden="true">" →"</span>
                            </button>
                        })}
                    </div>
                    {move || last.get().then(finish_area)}
                    <Steps at=at go=go/>
                }
                .into_any(),
                Pace::AllOnOnePage => view! {
                    <div class="question-list">
                        {(0..total).map(|index| view! { <QuestionCard index=index/> }).collect_view()}
                    </div>
                    {finish_area()}
                }
                .into_any(),
            }}
        </section>
    }
}

/// Before finishing, what will happen to the questions still open.
fn open_note(progress: Progress) -> String {
    match progress.total.saturating_sub(progress.done()) {
        0 => "Every question has an answer or a skip.".to_string(),
        1 => "1 question is still open: it will count as skipped.".to_string(),
        open => format!("{open} questions are still open: they will count as skipped."),
    }
}

/// A compact list of every question, to jump to any of them, showing which are answered.
#[component]
fn Steps(at: Memo<usize>, go: impl Fn(usize) + Copy + 'static) -> impl IntoView {
    let store = use_assessment();
    view! {
        <div class="question-steps">
            <p class="question-steps-caption" id="question-steps-caption">"Go to a question"</p>
            <ol aria-labelledby="question-steps-caption">
                {KNOWLEDGE.questions.iter().enumerate().map(|(index, question)| {
                    let slug = question.dimension;
                    let answer = Memo::new(move |_| {
                        store.doc.with(|doc| doc.draft.as_ref().and_then(|draft| draft.answers.get(slug)))
                    });
                    let state = move || match answer.get() {
                        Some(Answer::Level(_)) => ", answered",
                        Some(Answer::Skipped) => ", skipped",
                        None => ", not answered yet",
                    };
                    view! {
                        <li>
                            <button
                                type="button"
                                class="step"
                                id=format!("step-{slug}")
                                class:is-answered=move || matches!(answer.get(), Some(Answer::Level(_)))
                                class:is-skipped=move || answer.get() == Some(Answer::Skipped)
                                aria-current=move || (index == at.get()).then_some("step")
                                on:click=move |_| go(index)
                            >
                                <span class="visually-hidden">"Question "</span>
                                {index + 1}
                                <span class="visually-hidden">{state}</span>
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </div>
    }
}
