//! One question as a group of radio buttons: the question as its legend, the hint tied to it,
//! one full-width card per answer with the level it stands for, and a way to skip it.

use leptos::prelude::*;

use crate::components::assessment_store::use_assessment;
use crate::content::KNOWLEDGE;
use crate::model::assessment::Answer;

use super::ask_id;

#[component]
pub fn QuestionCard(index: usize) -> impl IntoView {
    let store = use_assessment();
    let Some(question) = KNOWLEDGE.questions.get(index) else {
        return ().into_any();
    };
    let total = KNOWLEDGE.questions.len();
    let slug = question.dimension;
    let levels: &'static [&'static str] = KNOWLEDGE
        .dimension(slug)
        .map_or(&[], |dimension| dimension.levels);
    let answer = Memo::new(move |_| {
        store
            .doc
            .with(|doc| doc.draft.as_ref().and_then(|draft| draft.answers.get(slug)))
    });
    let skipped = move || answer.get() == Some(Answer::Skipped);
    let hint_id = format!("hint-{slug}");
    let skip_id = format!("skip-{slug}");
    let skip_note_id = format!("skipped-{slug}");
    let toggle_skip = move |_| {
        if answer.get_untracked() == Some(Answer::Skipped) {
            store.change(|doc| doc.cleared(slug));
        } else {
            store.try_change(|doc| doc.answered(slug, Answer::Skipped));
        }
    };

    let options = question
        .answers
        .iter()
        .enumerate()
        .map(|(level, text)| {
            let id = format!("answer-{slug}-{level}");
            let label_for = id.clone();
            let value = u8::try_from(level).unwrap_or(u8::MAX);
            let choose = move |_| {
                store.try_change(|doc| doc.answered(slug, Answer::Level(value)));
            };
            view! {
                <label class="option" for=label_for>
                    <input
                        type="radio"
                        id=id
                        name=format!("answer-{slug}")
                        value=level.to_string()
                        prop:checked=move || answer.get() == Some(Answer::Level(value))
                        on:change=choose
                    />
                    <span class="option-body">
                        <span class="option-text">{*text}</span>
                        <span class="option-level">{levels.get(level).copied()}</span>
                    </span>
                </label>
            }
        })
        .collect_view();

    view! {
        <fieldset
            class="question"
            id=format!("question-{slug}")
            class:is-skipped=skipped
            aria-describedby=question.hint.map(|_| hint_id.clone())
        >
            <legend class="question-legend">
                <h3 class="question-ask" id=ask_id(index) tabindex="-1">
                    <span class="question-step">{format!("Question {} of {total}", index + 1)}</span>
                    <span class="question-text">{question.ask}</span>
                </h3>
            </legend>
            {question.hint.map(|hint| view! { <p class="question-hint" id=hint_id.clone()>{hint}</p> })}
            <div class="question-options">{options}</div>
            <div class="question-foot">
                <button
                    type="button"
                    id=skip_id
                    class="button skip-button"
                    aria-pressed=move || if skipped() { "true" } else { "false" }
                    aria-describedby=skip_note_id.clone()
                    on:click=toggle_skip
                >
                    "Skip this question"
                </button>
                <p class="question-skipped" id=skip_note_id>
                    {move || skipped().then(|| view! {
                        <strong class="skipped-badge">"Skipped"</strong>
                        " Choose an answer to count it after all."
                    })}
                </p>
            </div>
        </fieldset>
    }
    .into_any()
}
