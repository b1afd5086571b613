//! The short answer above the matrix: the question in a few words, two or three cited sentences
//! for the roles, theme and organisation chosen, the verdict tally, and what the verdicts mean.

use leptos::prelude::*;

use crate::content::KNOWLEDGE;
use crate::model::answer::{answer, Answer};
use crate::model::compare::CompareState;
use crate::model::knowledge::{Citation, Verdict};
use crate::model::matrix::VerdictTally;
use crate::platform::document;

use super::context_lens::SELECT_ID;
use super::matrix::verdict_class;

/// What each verdict means, as the legend under the tally says it.
const MEANINGS: [(Verdict, &str); 3] = [
    (Verdict::Holds, "the jobs match"),
    (Verdict::Partly, "alike in part"),
    (Verdict::Breaks, "a CEO has means a PM lacks"),
];

#[component]
pub fn ShortAnswer(compare: Memo<CompareState>) -> impl IntoView {
    // Only what the answer reads: opening a cell, pinning a row or "Only differences" leave it be.
    let answered = Memo::new(move |_| {
        compare.with(|c| {
            answer(&CompareState {
                roles: c.roles.clone(),
                theme: c.theme,
                context: c.context,
                ..CompareState::default()
            })
        })
    });
    let verdicts = Memo::new(move |_| compare.with(CompareState::shows_verdicts));
    let no_context = Memo::new(move |_| compare.with(|c| c.context.is_none()));
    let expanded = RwSignal::new(false);
    view! {
        <section class="short-answer" aria-labelledby="answer-heading">
            <h2 id="answer-heading">
                <span class="answer-question">"Is a product manager a mini-CEO? "</span>
                <span class="answer-headline">{move || answered.with(|a| a.headline.clone())}</span>
            </h2>
            {move || answered.with(|answer| claims(answer, expanded))}
            <p class="verdict-summary" aria-live="polite">
                {move || compare.with(|c| {
                    if c.shows_verdicts() {
                        let tally = VerdictTally::for_theme_in(c.context, c.theme);
                        format!("{}{}", super::tally_scope(c), tally.sentence())
                    } else {
                        "Show Product Manager and CEO side by side to see where the mini-CEO \
                         analogy holds."
                            .to_string()
                    }
                })}
            </p>
            <Show when=move || verdicts.get()>
                <ul class="verdict-legend" aria-label="What the verdicts mean">
                    {MEANINGS.iter().map(|(verdict, meaning)| view! {
                        <li>
                            <span class=format!("verdict-chip {}", verdict_class(*verdict))>
                                {verdict.label()}
                            </span>
                            " "{*meaning}
                        </li>
                    }).collect_view()}
                </ul>
            </Show>
            <Show when=move || no_context.get()>
                <button
                    type="button"
                    class="link-button answer-lens"
                    on:click=|_| {
                        document::focus(SELECT_ID);
                    }
                >
                    "Read it for an organisation"
                </button>
            </Show>
        </section>
    }
}

/// The answer's sentences, each followed by the numbers of the articles it rests on. On a phone
/// they fold under a "Why?" button (the CSS hides one or the other by width), so the matrix still
/// starts on the first screen.
fn claims(answer: &Answer, expanded: RwSignal<bool>) -> impl IntoView {
    let count = answer.claims.len();
    let items = answer
        .claims
        .iter()
        .map(|claim| {
            let text = claim.text.clone();
            let refs = refs(&claim.sources);
            view! { <li>{text}" "<span class="claim-sources">{refs}</span></li> }
        })
        .collect_view();
    view! {
        <button
            type="button"
            class="link-button answer-why"
            aria-expanded=move || if expanded.get() { "true" } else { "false" }
            aria-controls=CLAIMS_ID
            on:click=move |_| expanded.update(|open| *open = !*open)
        >
            {move || if expanded.get() {
                "Hide the reasons".to_string()
            } else {
                format!("Why? {count} reasons")
            }}
        </button>
        <ul class="answer-claims" id=CLAIMS_ID class:is-expanded=move || expanded.get()>
            {items}
        </ul>
    }
}

/// The id of the list of the answer's sentences.
const CLAIMS_ID: &str = "answer-claims";

/// A citation's number in "The articles behind this" (1 for the first article), each a button
/// that brings that article's card into view; our own reading as "ours".
fn refs(citations: &[Citation]) -> impl IntoView {
    citations
        .iter()
        .map(|citation| match citation {
            Citation::Source(id) => {
                let at = KNOWLEDGE.sources.iter().position(|source| source.id == *id);
                let number = at.map_or(0, |at| at + 1);
                // The title alone (a subtitle is the card's to show).
                let title = at.map_or("", |at| KNOWLEDGE.sources[at].title);
                let card = super::source_card_id(id);
                view! {
                    <button
                        type="button"
                        class="cite-ref"
                        title=title
                        aria-label=format!("Source {number}: {title}")
                        on:click=move |_| document::focus_after_render(card.clone(), true)
                    >
                        {number}
                    </button>
                }
                .into_any()
            }
            Citation::Editorial => {
                view! { <span class="cite-ours">"our reading"</span> }.into_any()
            }
        })
        .collect_view()
}
