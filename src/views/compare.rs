//! The Compare screen: roles side by side across the dimensions of the job. For now it shows
//! Product Manager beside CEO across every dimension, with the mini-CEO verdict of each row.

use leptos::prelude::*;

use crate::components::sources_line::SourcesLine;
use crate::components::view_intro::ViewIntro;
use crate::content::KNOWLEDGE;
use crate::model::knowledge::{Cell, Debate, Role};

pub const HEADING: &str = "Compare roles";

/// The pair the matrix opens on.
const DEFAULT_ROLES: [&str; 2] = ["pm", "ceo"];

#[component]
pub fn CompareView() -> impl IntoView {
    let roles: Vec<&'static Role> = DEFAULT_ROLES
        .iter()
        .filter_map(|slug| KNOWLEDGE.role(slug))
        .collect();
    let caption = roles
        .iter()
        .map(|role| role.name)
        .collect::<Vec<_>>()
        .join(" compared with ");
    let (holds, partly, breaks) = KNOWLEDGE.verdict_counts();
    let total = holds + partly + breaks;
    view! {
        <section class="view view-compare" aria-labelledby="view-heading">
            <ViewIntro
                heading=HEADING
                lede="Set a product manager beside a CEO, or beside any rung above it, and see \
                      dimension by dimension where the “mini-CEO” label fits and where it falls apart."
            />
            <p class="verdict-summary">
                {format!(
                    "The analogy holds on {holds} of {total} dimensions, partly holds on {partly} \
                     and breaks on {breaks}."
                )}
            </p>
            <div class="matrix-scroll">
                <table class="matrix">
                    <caption>{caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Dimension"</th>
                            {roles.iter().map(|role| view! { <th scope="col">{role.name}</th> }).collect_view()}
                            <th scope="col">"Mini-CEO?"</th>
                        </tr>
                    </thead>
                    {KNOWLEDGE.themes.iter().map(|theme| {
                        let roles = roles.clone();
                        view! {
                            <tbody>
                                <tr class="theme-row">
                                    <th scope="colgroup" colspan="4">{theme.name}</th>
                                </tr>
                                {KNOWLEDGE.dimensions_in(theme.slug).map(|dimension| {
                                    let verdict = KNOWLEDGE.debate(dimension.slug).map(verdict_view);
                                    view! {
                                        <tr>
                                            <th scope="row">
                                                <span class="dimension-name">{dimension.name}</span>
                                                <span class="dimension-question">{dimension.question}</span>
                                            </th>
                                            {roles.iter().map(|role| {
                                                view! { <td data-role=role.short_name>{KNOWLEDGE.cell(role.slug, dimension.slug).map(cell_view)}</td> }
                                            }).collect_view()}
                                            <td class="verdict" data-role="Mini-CEO?">{verdict}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        }
                    }).collect_view()}
                </table>
            </div>
            <SourcesList/>
        </section>
    }
}

fn cell_view(cell: &'static Cell) -> impl IntoView {
    let level = KNOWLEDGE
        .level_name(cell.dimension, cell.level)
        .unwrap_or_default();
    view! {
        <span class="level">{level}</span>
        <span class="cell-summary">{cell.summary}</span>
        <details class="more">
            <summary>"Why"</summary>
            <p>{cell.detail}</p>
            <SourcesLine citations=cell.sources/>
        </details>
    }
}

fn verdict_view(debate: &'static Debate) -> impl IntoView {
    view! {
        <span class="verdict-label">{debate.verdict.label()}</span>
        <details class="more">
            <summary>"The argument"</summary>
            <p><strong>"For the analogy: "</strong>{debate.case_for.text}</p>
            <SourcesLine citations=debate.case_for.sources/>
            <p><strong>"Against it: "</strong>{debate.case_against.text}</p>
            <SourcesLine citations=debate.case_against.sources/>
        </details>
    }
}

/// The articles the app is built from, with their stance.
#[component]
fn SourcesList() -> impl IntoView {
    view! {
        <section class="sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">"The articles behind this"</h2>
            <ul>
                {KNOWLEDGE.sources.iter().map(|source| view! {
                    <li>
                        <cite>{source.full_title()}</cite>
                        {source.untitled.then_some(" (untitled; our description)")}
                        <span class="stance">{source.stance.label()}</span>
                        <p>{source.summary}</p>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}
