//! The explanation under a row: of a role's cell or the mini-CEO verdict (in the link), or of
//! the person's own "My role" cell (on this page only); and closing them.

use leptos::prelude::*;

use super::cell::verdict_class;
use super::grid::{cell_id, Spot, MINE_KEY};
use super::Parts;
use crate::components::note_editor::NoteEditor;
use crate::components::sources_line::{our_reading, SourcesLine};
use crate::content::KNOWLEDGE;
use crate::model::assessment::AssessmentResult;
use crate::model::compare::{CompareState, Opened};
use crate::model::context::Context;
use crate::model::knowledge::{Citation, Dimension};
use crate::model::notes::Target;
use crate::platform::document;

/// The id of a row's explanation: `detail-budget`.
pub(super) fn detail_id(dimension: &str) -> String {
    format!("detail-{dimension}")
}

/// The id of a row's "My role" explanation: `detail-budget-mine`.
pub(super) fn mine_detail_id(dimension: &str) -> String {
    format!("detail-{dimension}-{MINE_KEY}")
}

/// Closes the cell opened in the link and puts focus back on it.
pub(super) fn close(parts: Parts) {
    if let Some(opened) = parts.open.get_untracked() {
        parts
            .apply
            .run(parts.compare.with_untracked(CompareState::closed));
        document::focus_after_render(cell_id(opened), false);
    }
}

/// Closes My role's opened cell and puts focus back on it.
pub(super) fn close_mine(parts: Parts) {
    if let Some(dimension) = parts.mine_open.get_untracked() {
        parts.mine_open.set(None);
        document::focus_after_render(Spot::Mine(dimension).id(), false);
    }
}

/// The explanation of the cell opened in the link: a role's level with the reasons and sources,
/// or both sides of the mini-CEO debate; and the person's note on it.
pub(super) fn detail_row(parts: Parts, opened: Opened) -> impl IntoView {
    let dimension = KNOWLEDGE.dimension(opened.dimension());
    let dimension_name = dimension.map(|d| d.name).unwrap_or_default();
    let body = match opened {
        Opened::Cell { dimension: slug, role } => {
            let role_name = KNOWLEDGE.role(role).map(|r| r.name).unwrap_or(role);
            KNOWLEDGE.cell(role, slug).map(|cell| {
                let level = KNOWLEDGE.level_name(slug, cell.level).unwrap_or_default();
                let steps = dimension.map(|d| d.levels.len()).unwrap_or_default();
                view! {
                    <h3>{format!("{role_name}: {dimension_name}")}</h3>
                    {context_reading(parts, move |context| {
                        context.cell_change(role, slug).map(|change| {
                            let level = KNOWLEDGE.level_name(slug, change.level).unwrap_or_default();
                            let place = format!("{level} (level {} of {steps})", usize::from(change.level) + 1);
                            (view! { <p class="detail-level">{place}</p> }.into_any(), change.why, change.sources)
                        })
                    })}
                    <p class="detail-level">
                        {format!("{level} (level {} of {steps})", usize::from(cell.level) + 1)}
                    </p>
                    <p class="detail-summary">{cell.summary}</p>
                    <p>{cell.detail}</p>
                    <SourcesLine citations=cell.sources/>
                    {our_reading(cell.editorial)}
                    <NoteEditor target=Target::cell(role, slug) about=format!("{role_name} × {dimension_name}")/>
                }
                .into_any()
            })
        }
        Opened::Verdict { dimension: slug } => KNOWLEDGE.debate(slug).map(|debate| {
            view! {
                <h3>{format!("{dimension_name}: is a product manager a mini-CEO?")}</h3>
                {context_reading(parts, move |context| {
                    context.verdict_change(slug).map(|change| {
                        let chip = view! {
                            <p class=format!("verdict-chip {}", verdict_class(change.verdict))>{change.verdict.label()}</p>
                        };
                        (chip.into_any(), change.why, change.sources)
                    })
                })}
                <p class=format!("verdict-chip {}", verdict_class(debate.verdict))>{debate.verdict.label()}</p>
                <div class="debate">
                    <div class="debate-side">
                        <h4>"The case for"</h4>
                        <p>{debate.case_for.text}</p>
                        <SourcesLine citations=debate.case_for.sources/>
                        {our_reading(debate.case_for.editorial)}
                    </div>
                    <div class="debate-side">
                        <h4>"The case against"</h4>
                        <p>{debate.case_against.text}</p>
                        <SourcesLine citations=debate.case_against.sources/>
                        {our_reading(debate.case_against.editorial)}
                    </div>
                </div>
                <NoteEditor target=Target::dimension(slug) about=dimension_name.to_string()/>
            }
            .into_any()
        }),
    };
    view! {
        <tr class="detail-row">
            <td colspan=move || parts.span() id=detail_id(opened.dimension()) tabindex="-1">
                <div class="detail">
                    {body}
                    <button type="button" class="button" on:click=move |_| close(parts)>
                        "Close"
                    </button>
                </div>
            </td>
        </tr>
    }
}

/// How the organisation chosen in the lens reads what is opened, above the typical reading:
/// `read` gives the level or verdict there, why, and its sources, or `None` where the
/// organisation changes nothing. Follows the lens; nothing is shown without a change.
fn context_reading(
    parts: Parts,
    read: impl Fn(&'static Context) -> Option<(AnyView, &'static str, &'static [Citation])>
        + Send
        + Sync
        + 'static,
) -> impl IntoView {
    move || {
        let context = parts
            .context
            .get()
            .and_then(|slug| KNOWLEDGE.context(slug))?;
        let (place, why, sources) = read(context)?;
        Some(view! {
            <div class="context-reading">
                <h4>{format!("Organisation: {}", context.name)}</h4>
                {place}
                <p>{why}</p>
                <SourcesLine citations=sources/>
            </div>
            <h4 class="context-typical">"The typical reading"</h4>
        })
    }
}

/// The explanation of a "My role" cell: the answer given, where it sits between a typical product
/// manager and a CEO, and the way to the full result. Kept out of the link, like the column.
pub(super) fn mine_detail_row(parts: Parts, dimension: &'static Dimension) -> impl IntoView {
    let body = move || {
        parts.mine.with(|answers| {
            let result = answers.as_ref().map(AssessmentResult::of);
            mine_detail_body(dimension, result.as_ref())
        })
    };
    view! {
        <tr class="detail-row mine-detail-row">
            <td colspan=move || parts.span() id=mine_detail_id(dimension.slug) tabindex="-1">
                <div class="detail mine-detail">
                    <h3>{format!("My role: {}", dimension.name)}</h3>
                    {body}
                    <p class="mine-private">
                        "From your self-assessment, kept in this browser. It is not part of this \
                         page's link, so nobody you send the link to sees it."
                    </p>
                    <p class="mine-actions">
                        <a href="?view=assess&v=1">"See your full result"</a>
                        <button type="button" class="button" on:click=move |_| close_mine(parts)>
                            "Close"
                        </button>
                    </p>
                </div>
            </td>
        </tr>
    }
}

fn mine_detail_body(dimension: &'static Dimension, result: Option<&AssessmentResult>) -> AnyView {
    let steps = dimension.levels.len();
    let level_name = |level: u8| dimension.level_name(level);
    let Some(row) = result.and_then(|result| result.row(dimension.slug)) else {
        return view! {
            <p>
                "The self-assessment does not ask about this dimension, so your answers say \
                 nothing about it here."
            </p>
        }
        .into_any();
    };
    let typical = format!(
        "A typical product manager: {} (level {} of {steps}). A CEO: {} (level {} of {steps}).",
        level_name(row.pm),
        row.pm + 1,
        level_name(row.ceo),
        row.ceo + 1,
    );
    match (row.level, row.placement()) {
        (Some(level), Some(placement)) => {
            let said = KNOWLEDGE
                .question(dimension.slug)
                .and_then(|question| question.answers.get(usize::from(level)))
                .copied()
                .unwrap_or_default();
            view! {
                <p class="detail-level mine-level">
                    {format!("{} (level {} of {steps})", level_name(level), level + 1)}
                </p>
                <p class="detail-summary">{format!("You said: “{said}”")}</p>
                <p>{format!("{}. {}", placement.label(), placement.reading())}</p>
                <p>{typical}</p>
            }
            .into_any()
        }
        _ => view! {
            <p class="detail-summary">"You skipped this question."</p>
            <p>{typical}</p>
        }
        .into_any(),
    }
}
