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
    (Verdict::Breaks, "a CEO has means a product manager lacks"),
];

/// How many sentences an answer can have: the list keeps this many places, each shown or hidden.
const MOST_CLAIMS: usize = 3;

#[component]
pub fn ShortAnswer(compare: Memo<CompareState>) -> impl IntoView {
    // Only what the answer reads: opening a cell, pinning a row or "Only differences" neither
    // work the answer out again nor draw it.
    let read = Memo::new(move |_| {
        compare.with(|c| CompareState {
            roles: c.roles.clone(),
            theme: c.theme,
            context: c.context,
            ..CompareState::default()
        })
    });
    let answered = Memo::new(move |_| read.with(answer));
    let verdicts = Memo::new(move |_| compare.with(CompareState::shows_verdicts));
    let no_context = Memo::new(move |_| compare.with(|c| c.context.is_none()));
    let expanded = RwSignal::new(false);
    let count = Memo::new(move |_| answered.with(|a| a.claims.len()));
    view! {
        <section class="short-answer" aria-labelledby="answer-heading">
            <h2 id="answer-heading">
                <span class="answer-question">"Is a product manager a mini-CEO? "</span>
                <span class="answer-headline">{move || answered.with(|a| a.headline.clone())}</span>
            </h2>
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
                    format!("Why? {} reasons", count.get())
                }}
            </button>
            <ul class="answer-claims" id=CLAIMS_ID class:is-expanded=move || expanded.get()>
                {(0..MOST_CLAIMS).map(|index| claim(answered, index)).collect_view()}
            </ul>
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
                            <span class="visually-hidden">": "</span>" "{*meaning}
                        </li>
                    }).collect_view()}
                </ul>
            </Show>
            <button
                type="button"
                class="link-button answer-lens"
                hidden=move || !no_context.get()
                on:click=|_| {
                    document::focus(SELECT_ID);
                }
            >
                "Read it for an organisation"
            </button>
        </section>
    }
}

/// The id of the list of the answer's sentences.
const CLAIMS_ID: &str = "answer-claims";

/// The place of the answer's sentence number `index`: its text, then the numbers of the articles
/// it rests on. A place stays in the page when its sentence or a citation goes, hidden, so a new
/// answer writes texts and `hidden` attributes, not elements. On a phone the sentences fold under
/// "Why?" (the CSS shows one or the other by width), so the matrix still starts on screen.
fn claim(answered: Memo<Answer>, index: usize) -> impl IntoView {
    let text = Memo::new(move |_| answered.with(|a| a.claims.get(index).map(|c| c.text.clone())));
    let cites = move |citation: Citation| {
        Memo::new(move |_| {
            answered.with(|a| {
                a.claims
                    .get(index)
                    .is_some_and(|c| c.sources.contains(&citation))
            })
        })
    };
    let refs = KNOWLEDGE
        .sources
        .iter()
        .enumerate()
        .map(|(at, source)| {
            let shown = cites(Citation::Source(source.id));
            let number = at + 1;
            // The title alone (a subtitle is the card's to show).
            let title = source.title;
            let card = super::source_card_id(source.id);
            view! {
                <button
                    type="button"
                    class="cite-ref"
                    hidden=move || !shown.get()
                    title=title
                    aria-label=format!("Source {number}: {title}")
                    on:click=move |_| document::focus_after_render(card.clone(), true)
                >
                    {number}
                </button>
            }
        })
        .collect_view();
    let ours = cites(Citation::Editorial);
    view! {
        <li hidden=move || text.with(Option::is_none)>
            {move || text.get().unwrap_or_default()}" "
            <span class="claim-sources">
                {refs}
                <span class="cite-ours" hidden=move || !ours.get()>"our reading"</span>
            </span>
        </li>
    }
}
