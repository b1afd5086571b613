//! The Compare screen: chosen roles side by side across the dimensions, with the mini-CEO
//! verdict per row when Product Manager and CEO are both shown. All of it lives in the link.

mod answer;
mod context_lens;
mod hidden_open;
mod matrix;
mod toolbar;

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::assessment_store::use_assessment;
use crate::components::keyed::keyed_slugs;
use crate::components::link::use_link;
use crate::components::note_editor::NoteEditor;
use crate::components::note_mark::note_mark;
use crate::components::notes_store::use_notes;
use crate::components::outside_link::OutsideLink;
use crate::components::print_sheet::{PrintButton, PrintedFrom, PrintedNotes};
use crate::components::share_link::ShareLink;
use crate::components::view_intro::ViewIntro;
use crate::content::KNOWLEDGE;
use crate::model::compare::{CompareState, HistoryEntry};
use crate::model::knowledge::{Source, SourceKind};
use crate::model::matrix::MatrixRows;
use crate::model::notes::Target;
use crate::model::source::OUR_TITLE_MARK;
use crate::model::{View, ViewState};

use answer::ShortAnswer;
use context_lens::ContextAbout;
use hidden_open::HiddenOpenNotice;
use matrix::Matrix;
use toolbar::Toolbar;

pub const HEADING: &str = "Compare roles";

/// Changes the comparison: each control hands its new state and history entry to this.
pub type Apply = Callback<(CompareState, HistoryEntry)>;

#[component]
pub fn CompareView() -> impl IntoView {
    let link = use_link();
    let state = link.state();
    let compare = Memo::new(move |_| state.with(|state| state.compare.clone()));
    let apply: Apply = Callback::new(move |(compare, entry)| {
        link.go(
            ViewState {
                view: View::Compare,
                compare,
                ..ViewState::default()
            },
            entry,
        )
    });
    let share_title = Signal::derive(move || crate::components::shell::title_for(&state.get()));
    let print_notes = RwSignal::new(false);
    let notes = use_notes();
    let assessment = use_assessment();
    let shown_notes = Signal::derive(move || {
        let (roles, dimensions) = compare.with(|compare| {
            let rows = assessment
                .doc
                .with(|doc| MatrixRows::for_state_with(compare, matrix::shown_mine(doc)));
            let dimensions: Vec<&str> = rows.all().map(|dimension| dimension.slug).collect();
            (compare.roles.clone(), dimensions)
        });
        let roles: Vec<&str> = roles.iter().map(|role| role.as_ref()).collect();
        notes.doc.with(|doc| {
            doc.on_shown(&roles, &dimensions)
                .into_iter()
                .cloned()
                .collect()
        })
    });

    view! {
        <section class="view view-compare" aria-labelledby="view-heading">
            <ViewIntro
                heading=HEADING
                lede="Put a product manager beside a CEO, or any rung above, and see where the \
                      “mini-CEO” label fits and where it falls apart."
            />
            <ShortAnswer compare=compare/>
            <Toolbar compare=compare apply=apply/>
            <ContextAbout compare=compare/>
            <HiddenOpenNotice compare=compare apply=apply/>
            <Matrix compare=compare apply=apply/>
            <div class="view-actions">
                <ShareLink title=share_title/>
                <PrintButton with_notes=print_notes/>
            </div>
            <PrintedNotes with_notes=print_notes notes=shown_notes/>
            <RoleNotes compare=compare/>
            <SourcesList/>
            <PrintedFrom/>
        </section>
    }
}

/// What the verdict tally is counted over, before its sentence: "Functional silos, in
/// Authority: ", "In Authority: ", "Functional silos: ", or nothing for every dimension read
/// the typical way.
fn tally_scope(compare: &CompareState) -> String {
    let context = compare.context.and_then(|slug| KNOWLEDGE.context(slug));
    let theme = compare.theme.and_then(|slug| KNOWLEDGE.theme(slug));
    match (context, theme) {
        (Some(context), Some(theme)) => format!("{}, in {}: ", context.name, theme.name),
        (None, Some(theme)) => format!("In {}: ", theme.name),
        (Some(context), None) => format!("{}: ", context.name),
        (None, None) => String::new(),
    }
}

/// The id of an article's card in "The articles behind this": `source-fantasy`.
fn source_card_id(source: &str) -> String {
    format!("source-{source}")
}

/// The articles the app is built from: their stance, what they are, who publishes them (a
/// publisher that sells a related service is named as one) and where to read them. Numbered:
/// the short answer above the matrix cites an article by its number here.
#[component]
fn SourcesList() -> impl IntoView {
    view! {
        <section class="sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">"The articles behind this"</h2>
            <ol>
                {KNOWLEDGE.sources.iter().map(|source| view! {
                    <li id=source_card_id(source.id) tabindex="-1">
                        <cite>{source_title(source)}</cite>
                        {source.untitled.then(|| view! {
                            " "<span class="our-title">{format!("({OUR_TITLE_MARK})")}</span>
                        })}
                        <p class="source-credit">{source.credit()}</p>
                        <span class="stance">{source.stance.label()}</span>
                        {source.kind.map(|kind| view! {
                            <span class="source-kind" class:is-vendor=kind == SourceKind::Vendor>
                                {kind.label()}
                            </span>
                        })}
                        <p>{source.summary}</p>
                        {source.about.map(|about| view! { <p class="source-about">{about}</p> })}
                    </li>
                }).collect_view()}
            </ol>
        </section>
    }
}

/// An article's title, the subtitle in an element of its own as the knowledge base keeps it,
/// linked to the article where its address is known.
fn source_title(source: &'static Source) -> AnyView {
    let title = view! {
        {source.title}
        {source.subtitle.map(|subtitle| view! { ": "<span class="cite-subtitle">{subtitle}</span> })}
    };
    match source.url {
        Some(url) => view! { <OutsideLink href=url>{title}</OutsideLink> }.into_any(),
        None => title.into_any(),
    }
}

/// Private notes on the roles being compared, one editor each, folded away until opened.
#[component]
fn RoleNotes(compare: Memo<CompareState>) -> impl IntoView {
    // The roles alone: opening a cell or pinning a row leaves these editors be.
    let roles = Signal::derive(move || compare.with(|c| c.roles.clone()));
    let notes = use_notes();
    view! {
        <section class="role-notes" aria-labelledby="role-notes-heading">
            <h2 id="role-notes-heading">"Your notes on these roles"</h2>
            {keyed_slugs(roles, Arc::new(move |slug| KNOWLEDGE.role(slug).map(|role| view! {
                <details class="role-note">
                    <summary>{role.name}{note_mark(notes, Target::role(role.slug))}</summary>
                    <NoteEditor target=Target::role(role.slug) about=role.name.to_string()/>
                </details>
            }).into_any()))}
        </section>
    }
}
