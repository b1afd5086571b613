//! The result of the self-assessment: the mini-CEO index and what it means, the role the answers
//! sit closest to, the accountability finding, the chart and table, and the side of the
//! articles' argument that speaks to each answer. One's own result adds taking it again, the
//! matrix, sharing, export, print and history; a shared one is read-only.

use std::rc::Rc;

use leptos::prelude::*;

use crate::components::assessment_store::use_assessment;
use crate::components::link::use_link;
use crate::components::print_sheet::{PrintButton, PrintedFrom};
use crate::components::share_link::ShareLink;
use crate::components::sources_line::{our_reading, SourcesLine};
use crate::content::KNOWLEDGE;
use crate::model::assessment::result::{index_of_role, Applies, DimensionResult, CEO, PM};
use crate::model::assessment::{result_markdown, Answers, AssessmentDoc, AssessmentResult};
use crate::model::compare::{CompareState, HistoryEntry};
use crate::model::{AssessState, View, ViewState};
use crate::platform::{document, files};

use super::chart::ResultChart;
use super::history::History;
use super::HEADING;

/// Whose result is shown: the words change, the figures do not.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Whose {
    Mine,
    Shared,
}

impl Whose {
    fn word(self) -> &'static str {
        match self {
            Whose::Mine => "Your",
            Whose::Shared => "Their",
        }
    }
}

/// The person's latest result, with everything they can do with it.
#[component]
pub fn OwnResult() -> impl IntoView {
    let store = use_assessment();
    let latest = Memo::new(move |_| store.doc.with(|doc| doc.latest().cloned()));
    view! {
        {move || latest.get().map(|snapshot| {
            let taken = document::date_time(snapshot.taken_ms);
            let answers = snapshot.answers.clone();
            view! {
                <div class="result">
                    <h2 class="result-heading" id="result-heading">"Your result"</h2>
                    <p class="result-when">{format!("From the assessment you finished on {taken}.")}</p>
                    <OwnActions answers=answers.clone() taken=taken.clone()/>
                    <ResultBody answers=answers.clone() whose=Whose::Mine/>
                    <History/>
                    <PrintedFrom/>
                </div>
            }
        })}
    }
}

/// A result someone shared: read-only, with a way to take the assessment oneself.
#[component]
pub fn SharedResult(answers: Answers) -> impl IntoView {
    let link = use_link();
    let take = move |_| {
        link.go(
            ViewState {
                view: View::Assess,
                assess: AssessState::default(),
                ..ViewState::default()
            },
            HistoryEntry::Push,
        );
    };
    let markdown = {
        let answers = answers.clone();
        move |_| {
            let text = result_markdown(&answers, "from a shared link");
            files::download("pm-compass-shared-result.md", "text/markdown", &text);
        }
    };
    view! {
        <div class="result is-shared">
            <h2 class="result-heading" id="result-heading">"A shared result"</h2>
            <p class="shared-note">
                "Someone shared their answers to this self-assessment with you. This is their \
                 result, read-only: nothing of it is saved in your browser, and the link holds \
                 only their answers."
            </p>
            <div class="result-actions">
                <button type="button" class="button is-primary" on:click=take>
                    "Take the assessment yourself"
                </button>
                <button type="button" class="button" on:click=markdown>"Download as Markdown"</button>
                <PrintButton/>
            </div>
            <ResultBody answers=answers whose=Whose::Shared/>
            <PrintedFrom/>
        </div>
    }
}

/// Take it again, see it in the matrix, download, print.
#[component]
fn OwnActions(answers: Answers, taken: String) -> impl IntoView {
    let store = use_assessment();
    let link = use_link();
    let again = move |_| {
        store.change(AssessmentDoc::started);
        document::focus_heading_after_render("view-heading".into());
    };
    let closest = AssessmentResult::of(&answers)
        .closest
        .map(|closest| closest.role.slug);
    let in_matrix = move |_| {
        store.change(|doc| doc.with_in_matrix(true));
        // Beside the role the answers sit closest to, and the CEO.
        let first = closest.filter(|slug| *slug != CEO).unwrap_or(PM);
        let compare = CompareState {
            roles: vec![first, CEO],
            ..CompareState::default()
        };
        link.go(
            ViewState {
                view: View::Compare,
                compare,
                ..ViewState::default()
            },
            HistoryEntry::Push,
        );
    };
    let sharing = RwSignal::new(false);
    let markdown = {
        let answers = answers.clone();
        move |_| {
            let text = result_markdown(&answers, &taken);
            files::download("pm-compass-my-role.md", "text/markdown", &text);
        }
    };
    view! {
        <div class="result-actions">
            <button type="button" class="button is-primary" on:click=again>"Take it again"</button>
            <button type="button" class="button" on:click=in_matrix>"See my role in the matrix"</button>
            <button
                type="button"
                class="button"
                aria-expanded=move || if sharing.get() { "true" } else { "false" }
                on:click=move |_| sharing.update(|open| *open = !*open)
            >
                "Share my result"
            </button>
            <button type="button" class="button" on:click=markdown>"Download as Markdown"</button>
            <PrintButton/>
        </div>
        {move || sharing.get().then(|| view! { <ShareResult answers=answers.clone()/> })}
    }
}

/// The result itself, the same for one's own and a shared one.
#[component]
fn ResultBody(answers: Answers, whose: Whose) -> impl IntoView {
    let result = Rc::new(AssessmentResult::of(&answers));
    let word = whose.word();
    let index = result.index.map(|index| {
        let closest = result.closest.as_ref().map(|closest| closest.role.name);
        view! {
            <section class="index-block" aria-labelledby="index-heading">
                <h3 id="index-heading">"Mini-CEO index"</h3>
                <p class="index-figure">
                    <span class="index-value">{index.value}</span>
                    <span class="index-of">" of 100"</span>
                    <span class="index-band">{index.band()}</span>
                </p>
                <p class="index-how">{index.how()}</p>
                {closest.map(|name| view! {
                    <p class="index-closest">
                        {format!("{word} answers sit closest to a typical ")}<strong>{name}</strong>"."
                    </p>
                })}
                <details class="index-roles">
                    <summary>"How the roles of the matrix score"</summary>
                    <ul>
                        {KNOWLEDGE.roles.iter().filter_map(|role| {
                            let index = index_of_role(role.slug)?;
                            Some(view! { <li>{format!("{}: {}", role.name, index.value)}</li> })
                        }).collect_view()}
                    </ul>
                </details>
            </section>
        }
    });
    let gap = result.gap.as_ref().map(|gap| {
        let why = &KNOWLEDGE.accountability_gap;
        view! {
            <section class="gap-finding" aria-labelledby="gap-heading">
                <h3 id="gap-heading">{match whose {
                    Whose::Mine => "You answer for more than you control",
                    Whose::Shared => "Answering for more than they control",
                }}</h3>
                <p>{gap.sentence()}</p>
                <p>{why.why}</p>
                <SourcesLine citations=why.sources/>
            </section>
        }
    });
    let arguments = result
        .rows
        .iter()
        .filter(|row| row.level.is_some())
        .map(argument_block)
        .collect_view();
    view! {
        {match index {
            Some(index) => index.into_any(),
            None => view! { <p>"No question was answered, so there is no index."</p> }.into_any(),
        }}
        {gap}
        <ResultChart result=result.clone() whose=word/>
        <section class="result-arguments" aria-labelledby="arguments-heading">
            <h3 id="arguments-heading">"What the articles say about each answer"</h3>
            {arguments}
        </section>
    }
}

fn argument_block(row: &DimensionResult) -> impl IntoView {
    let placement = row.placement();
    view! {
        <article class="answer-argument" class:is-short=row.short_of_need>
            <h4>{format!("{}: {}", row.dimension.name, row.level_name())}</h4>
            {placement.map(|placement| view! {
                <p class="answer-placement">
                    <span class="placement-chip">{placement.label()}</span>
                    " "{placement.reading()}
                </p>
            })}
            {row.short_of_need.then(|| view! {
                <p class="answer-short">"This is less say than what you answer for needs."</p>
            })}
            {row.arguments().into_iter().map(|(side, argument)| view! {
                <div class="answer-side" class:is-for=side == Applies::For>
                    <h5>{match side {
                        Applies::For => "The case for the analogy",
                        _ => "The case against the analogy",
                    }}</h5>
                    <p>{argument.text}</p>
                    <SourcesLine citations=argument.sources/>
                    {our_reading(argument.editorial)}
                </div>
            }).collect_view()}
        </article>
    }
}

/// "Share my result": says what the link holds before making it.
#[component]
fn ShareResult(answers: Answers) -> impl IntoView {
    let made = RwSignal::new(false);
    let query = ViewState {
        view: View::Assess,
        assess: AssessState {
            shared: Some(answers),
        },
        ..ViewState::default()
    }
    .to_query();
    let url = Signal::derive(move || document::url_with_query(&query));
    let title = Signal::derive(|| format!("My result: {HEADING}"));
    view! {
        <section class="share-result" aria-labelledby="share-result-heading">
            <h3 id="share-result-heading">"Share your result"</h3>
            <p>
                "A link to your result holds only your answers to the questions: not your notes, \
                 not when you answered, not your earlier results. Anyone who opens it sees this \
                 result, read-only."
            </p>
            {move || if made.get() {
                view! {
                    <div class="share-result-link">
                        <label for="result-link">"Link to your result"</label>
                        <input id="result-link" type="text" readonly value=url/>
                        <ShareLink title=title url=url/>
                    </div>
                }.into_any()
            } else {
                view! {
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| {
                            made.set(true);
                            document::focus_after_render("result-link".into(), false);
                        }
                    >
                        "Make the link"
                    </button>
                }.into_any()
            }}
        </section>
    }
}
