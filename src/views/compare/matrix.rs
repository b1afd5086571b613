//! The matrix itself: a real table of dimensions (rows, grouped by theme, pinned first) against
//! roles (columns), each cell showing its level and summary and opening into the full
//! explanation; arrow keys move between cells, Enter opens one, Escape closes it.
//!
//! When the person asks for it and has finished the self-assessment, a private "My role" column
//! comes first, built from their latest answers. It lives only in this browser: the cell opened
//! in it is kept on this page, never in the link, and the link never says the column is there.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::Apply;
use crate::components::assessment_store::use_assessment;
use crate::components::note_editor::NoteEditor;
use crate::components::notes_store::{use_notes, NotesStore};
use crate::components::sources_line::SourcesLine;
use crate::content::KNOWLEDGE;
use crate::model::assessment::{Answers, AssessmentDoc, AssessmentResult};
use crate::model::compare::{CompareState, Opened, VERDICT_KEY};
use crate::model::knowledge::{Dimension, Verdict};
use crate::model::matrix::MatrixRows;
use crate::model::notes::Target;
use crate::platform::document;

/// The id of a cell's button: `cell-budget-ceo`, `cell-budget-verdict`.
pub fn cell_id(opened: Opened) -> String {
    match opened {
        Opened::Cell { dimension, role } => format!("cell-{dimension}-{role}"),
        Opened::Verdict { dimension } => format!("cell-{dimension}-{VERDICT_KEY}"),
    }
}

fn detail_id(dimension: &str) -> String {
    format!("detail-{dimension}")
}

/// The `cell-…` and `detail-…` suffix of the "My role" column. Never in a link.
const MINE_KEY: &str = "mine";

fn mine_detail_id(dimension: &str) -> String {
    format!("detail-{dimension}-{MINE_KEY}")
}

/// The answers the "My role" column is built from, when it is shown: the person asked for it
/// and has a finished assessment.
pub(super) fn shown_mine(doc: &AssessmentDoc) -> Option<&Answers> {
    doc.my_role().filter(|_| doc.in_matrix)
}

/// A cell of the matrix: one whose opening goes in the link, or one of "My role".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Spot {
    Shared(Opened),
    Mine(&'static str),
}

impl Spot {
    /// The id of the cell's button: `cell-budget-ceo`, `cell-budget-verdict`, `cell-budget-mine`.
    fn id(self) -> String {
        match self {
            Spot::Shared(opened) => cell_id(opened),
            Spot::Mine(dimension) => format!("cell-{dimension}-{MINE_KEY}"),
        }
    }
}

/// The cells on show, row by row, for moving around with the arrow keys.
type Grid = Vec<Vec<Spot>>;

#[component]
pub fn Matrix(compare: Memo<CompareState>, apply: Apply) -> impl IntoView {
    // The one cell in the tab order (a roving tab stop): the last one used, or the first.
    let active = StoredValue::new(None::<Spot>);
    let grid = StoredValue::new(Grid::new());
    let notes = use_notes();
    let store = use_assessment();
    let mine = Memo::new(move |_| store.doc.with(|doc| shown_mine(doc).cloned()));
    // The "My role" cell opened, on this page only.
    let mine_open = RwSignal::new(None::<&'static str>);
    // Hiding the column closes its cell, so showing it again starts closed.
    Effect::new(move || {
        if mine.with(Option::is_none) && mine_open.get_untracked().is_some() {
            mine_open.set(None);
        }
    });

    // A link that opens a cell brings it into view, focused, once the table is drawn.
    if let Some(opened) = compare.with_untracked(|c| c.open) {
        document::focus_after_render(cell_id(opened), true);
    }

    let on_keydown = move |event: web_sys::KeyboardEvent| {
        let target = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok());
        let Some(current) = target.as_ref().and_then(|element| {
            let id = element.id();
            grid.with_value(|grid| grid.iter().flatten().copied().find(|spot| spot.id() == id))
        }) else {
            if event.key() == "Escape" {
                // Within My role's explanation, Escape closes that; elsewhere the shared one.
                let in_mine = target
                    .and_then(|element| element.closest(".mine-detail").ok().flatten())
                    .is_some();
                if in_mine {
                    close_mine(mine_open);
                } else {
                    close(compare, apply);
                }
            }
            return;
        };
        let next = grid.with_value(|grid| neighbour(grid, current, &event.key()));
        match (event.key().as_str(), next) {
            ("Escape", _) => match current {
                Spot::Mine(_) if mine_open.get_untracked().is_some() => close_mine(mine_open),
                _ => close(compare, apply),
            },
            (_, Some(next)) => {
                event.prevent_default();
                active.set_value(Some(next));
                document::move_tab_stop(&current.id(), &next.id());
            }
            _ => {}
        }
    };

    view! {
        <p class="matrix-hint" id="matrix-hint">
            "Open a cell for the full explanation and its sources. With a keyboard, arrow keys move \
             between cells, Enter opens one and Escape closes it."
        </p>
        <div class="matrix-scroll">
            {move || compare.with(|state| mine.with(|answers| {
                let rows = MatrixRows::for_state_with(state, answers.as_ref());
                let columns = columns(state, answers.is_some());
                let cells: Grid = rows
                    .all()
                    .map(|dimension| columns.iter().map(|column| column.spot(dimension.slug)).collect())
                    .collect();
                let tab_stop = active
                    .get_value()
                    .filter(|a| cells.iter().flatten().any(|o| o == a))
                    .or_else(|| cells.first().and_then(|row| row.first()).copied());
                grid.set_value(cells);
                let result = answers.as_ref().map(AssessmentResult::of);
                let table = Table {
                    state,
                    columns: &columns,
                    tab_stop,
                    compare,
                    apply,
                    active,
                    notes,
                    mine: result.as_ref(),
                    mine_open: mine_open.get().filter(|_| answers.is_some()),
                    mine_signal: mine_open,
                };
                view! {
                    <table class="matrix" on:keydown=on_keydown aria-describedby="matrix-hint">
                        <caption>{caption(state, answers.is_some())}</caption>
                        <thead>
                            <tr>
                                <th scope="col" class="corner">"Dimension"</th>
                                {columns.iter().map(|column| column.header()).collect_view()}
                            </tr>
                        </thead>
                        {(!rows.pinned.is_empty()).then(|| table.group("Pinned", &rows.pinned))}
                        {rows.groups.iter().map(|group| table.group(group.theme.name, &group.rows)).collect_view()}
                    </table>
                }
            }))}
        </div>
    }
}

fn close(compare: Memo<CompareState>, apply: Apply) {
    if let Some(opened) = compare.with_untracked(|c| c.open) {
        apply.run(compare.with_untracked(CompareState::closed));
        document::focus_after_render(cell_id(opened), false);
    }
}

/// Closes My role's opened cell and puts focus back on it.
fn close_mine(mine_open: RwSignal<Option<&'static str>>) {
    if let Some(dimension) = mine_open.get_untracked() {
        mine_open.set(None);
        document::focus_after_render(Spot::Mine(dimension).id(), false);
    }
}

/// The cell an arrow key (or Home, End) leads to from `current`.
fn neighbour(grid: &Grid, current: Spot, key: &str) -> Option<Spot> {
    let (row, column) = grid
        .iter()
        .enumerate()
        .find_map(|(r, cells)| cells.iter().position(|o| *o == current).map(|c| (r, c)))?;
    let (row, column) = match key {
        "ArrowRight" => (row, column + 1),
        "ArrowLeft" => (row, column.checked_sub(1)?),
        "ArrowDown" => (row + 1, column),
        "ArrowUp" => (row.checked_sub(1)?, column),
        "Home" => (row, 0),
        "End" => (row, grid[row].len().checked_sub(1)?),
        _ => return None,
    };
    grid.get(row)?.get(column).copied()
}

/// A column of the matrix: the person's own role, a role, or the mini-CEO verdict.
#[derive(Clone, Copy)]
enum Column {
    Mine,
    Role(&'static str),
    Verdict,
}

impl Column {
    fn spot(self, dimension: &'static str) -> Spot {
        match self {
            Column::Mine => Spot::Mine(dimension),
            Column::Role(role) => Spot::Shared(Opened::Cell { dimension, role }),
            Column::Verdict => Spot::Shared(Opened::Verdict { dimension }),
        }
    }

    fn header(self) -> impl IntoView {
        match self {
            Column::Mine => view! {
                <th scope="col" class="mine-column">
                    <span class="column-name">"My role"</span>
                    <span class="column-side">"Private · from your answers"</span>
                </th>
            }
            .into_any(),
            Column::Role(slug) => {
                let role = KNOWLEDGE.role(slug);
                view! {
                    <th scope="col">
                        <span class="column-name">{role.map(|r| r.name).unwrap_or(slug)}</span>
                        <span class="column-side">{role.map(|r| r.side.label())}</span>
                    </th>
                }
                .into_any()
            }
            Column::Verdict => view! {
                <th scope="col" class="verdict-column">
                    <span class="column-name">"Mini-CEO?"</span>
                    <span class="column-side">"Does the analogy hold"</span>
                </th>
            }
            .into_any(),
        }
    }

    /// The short label a cell carries in the stacked phone layout, where headers are hidden.
    fn label(self) -> &'static str {
        match self {
            Column::Mine => "My role",
            Column::Role(slug) => KNOWLEDGE.role(slug).map(|r| r.short_name).unwrap_or(slug),
            Column::Verdict => "Mini-CEO?",
        }
    }
}

fn columns(state: &CompareState, with_mine: bool) -> Vec<Column> {
    let mut columns: Vec<Column> = with_mine.then_some(Column::Mine).into_iter().collect();
    columns.extend(state.roles.iter().map(|slug| Column::Role(slug)));
    if state.shows_verdicts() {
        columns.push(Column::Verdict);
    }
    columns
}

/// "Product Manager compared with CEO", "Product Manager, CPO and CEO compared"; with the
/// "My role" column, ", and my role" after either.
fn caption(state: &CompareState, with_mine: bool) -> String {
    let names: Vec<&str> = state
        .roles
        .iter()
        .filter_map(|slug| KNOWLEDGE.role(slug))
        .map(|role| role.name)
        .collect();
    let roles = match names.as_slice() {
        [a, b] => format!("{a} compared with {b}"),
        [init @ .., last] => format!("{} and {last} compared", init.join(", ")),
        [] => String::new(),
    };
    if with_mine {
        format!("{roles}, and my role")
    } else {
        roles
    }
}

/// What drawing the rows needs.
struct Table<'a> {
    state: &'a CompareState,
    columns: &'a [Column],
    tab_stop: Option<Spot>,
    compare: Memo<CompareState>,
    apply: Apply,
    active: StoredValue<Option<Spot>>,
    notes: NotesStore,
    /// What the person's answers come to, when the "My role" column is shown.
    mine: Option<&'a AssessmentResult>,
    /// The dimension whose "My role" cell is open.
    mine_open: Option<&'static str>,
    mine_signal: RwSignal<Option<&'static str>>,
}

impl Table<'_> {
    fn group(&self, name: &'static str, rows: &[&'static Dimension]) -> impl IntoView {
        view! {
            <tbody>
                // The theme heads the rows of its group (a rowgroup), not any columns.
                <tr class="theme-row">
                    <th scope="rowgroup" colspan=self.columns.len() + 1>{name}</th>
                </tr>
                {rows.iter().map(|dimension| self.row(dimension)).collect_view()}
            </tbody>
        }
    }

    fn row(&self, dimension: &'static Dimension) -> impl IntoView {
        let (compare, apply) = (self.compare, self.apply);
        let pinned = self.state.pinned.contains(&dimension.slug);
        let pin_id = format!("pin-{}", dimension.slug);
        let open_here = self.state.open.filter(|o| o.dimension() == dimension.slug);
        let mine_open_here = self.mine.filter(|_| self.mine_open == Some(dimension.slug));
        let span = self.columns.len() + 1;
        let mine_signal = self.mine_signal;
        view! {
            <tr class="dimension-row" class:is-open=open_here.is_some() || mine_open_here.is_some()>
                <th scope="row">
                    <span class="dimension-name">{dimension.name}</span>
                    <span class="dimension-question">{dimension.question}</span>
                    <button
                        type="button"
                        id=pin_id.clone()
                        class="pin-button"
                        aria-pressed=if pinned { "true" } else { "false" }
                        aria-label=format!("Pin {} to the top", dimension.name)
                        on:click=move |_| {
                            if let Some(change) = compare.with_untracked(|c| c.with_pin_toggled(dimension.slug)) {
                                apply.run(change);
                                document::focus_after_render(pin_id.clone(), true);
                            }
                        }
                    >
                        // The name stays "Pin …" (visible text within it, for voice control);
                        // aria-pressed, the filled style and a tick say that it is pinned.
                        "Pin"
                        <span class="pressed-mark" aria-hidden="true">" ✓"</span>
                    </button>
                </th>
                {self.columns.iter().map(|column| self.cell(dimension, *column)).collect_view()}
            </tr>
            {mine_open_here.map(|result| mine_detail_row(dimension, result, span, mine_signal))}
            {open_here.map(|opened| detail_row(opened, span, compare, apply))}
        }
    }

    fn cell(&self, dimension: &'static Dimension, column: Column) -> impl IntoView {
        let spot = column.spot(dimension.slug);
        let id = spot.id();
        let (compare, apply, active, mine_signal) =
            (self.compare, self.apply, self.active, self.mine_signal);
        let (is_open, controls) = match spot {
            Spot::Shared(opened) => (self.state.open == Some(opened), detail_id(dimension.slug)),
            Spot::Mine(slug) => (self.mine_open == Some(slug), mine_detail_id(dimension.slug)),
        };
        let on_click = {
            let id = id.clone();
            move |_| {
                active.set_value(Some(spot));
                match spot {
                    Spot::Shared(opened) => {
                        apply.run(compare.with_untracked(|c| c.with_toggled_open(opened)))
                    }
                    // My role's open cell stays on this page: the link does not change.
                    Spot::Mine(slug) => mine_signal.update(|open| {
                        *open = (*open != Some(slug)).then_some(slug);
                    }),
                }
                document::focus_after_render(id.clone(), false);
            }
        };
        let content = match column {
            Column::Mine => mine_cell(dimension, self.mine).into_any(),
            Column::Role(role) => role_cell(role, dimension).into_any(),
            Column::Verdict => verdict_cell(dimension).into_any(),
        };
        let note = match spot {
            Spot::Shared(opened) => Some(note_mark(self.notes, note_target(opened))),
            Spot::Mine(_) => None,
        };
        view! {
            <td
                class:verdict-cell=matches!(column, Column::Verdict)
                class:mine-cell=matches!(column, Column::Mine)
            >
                <button
                    type="button"
                    id=id
                    class="cell"
                    class:is-open=is_open
                    tabindex=if self.tab_stop == Some(spot) { 0 } else { -1 }
                    aria-expanded=if is_open { "true" } else { "false" }
                    aria-controls=is_open.then_some(controls)
                    on:click=on_click
                >
                    <span class="cell-label">{column.label()}</span>
                    {content}
                    {note}
                </button>
            </td>
        }
    }
}

/// A level as a bar of steps and its name, "level N of M" for screen readers.
fn level_chip(dimension: &'static Dimension, level: u8) -> impl IntoView {
    let steps = dimension.levels.len();
    let name = dimension.level_name(level);
    let level = usize::from(level);
    view! {
        <span class="level-chip">
            <span class="level-bar" aria-hidden="true">
                {(0..steps).map(|step| view! {
                    <span class="level-step" class:is-filled=step <= level></span>
                }).collect_view()}
            </span>
            <span class="level-name">{name}</span>
            <span class="visually-hidden">{format!(", level {} of {steps}. ", level + 1)}</span>
        </span>
    }
}

fn role_cell(role: &'static str, dimension: &'static Dimension) -> impl IntoView {
    let Some(cell) = KNOWLEDGE.cell(role, dimension.slug) else {
        return view! { <span class="cell-summary">"Not described yet."</span> }.into_any();
    };
    view! {
        {level_chip(dimension, cell.level)}
        <span class="cell-summary">{cell.summary}</span>
    }
    .into_any()
}

/// The person's answer on a dimension: its level and where it sits between a typical PM and a
/// CEO; or that the question was skipped, or is not one the self-assessment asks.
fn mine_cell(dimension: &'static Dimension, result: Option<&AssessmentResult>) -> impl IntoView {
    let row = result.and_then(|result| result.row(dimension.slug));
    match row.and_then(|row| Some((row.level?, row.placement()?))) {
        Some((level, placement)) => view! {
            {level_chip(dimension, level)}
            <span class="cell-summary mine-placement">{placement.label()}</span>
        }
        .into_any(),
        None => {
            let text = if row.is_some() {
                "Skipped"
            } else {
                "Not asked"
            };
            view! { <span class="cell-summary mine-none">{text}</span> }.into_any()
        }
    }
}

fn verdict_class(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Holds => "verdict-holds",
        Verdict::Partly => "verdict-partly",
        Verdict::Breaks => "verdict-breaks",
    }
}

fn verdict_cell(dimension: &'static Dimension) -> impl IntoView {
    KNOWLEDGE.debate(dimension.slug).map(|debate| {
        view! {
            <span class=format!("verdict-chip {}", verdict_class(debate.verdict))>
                {debate.verdict.label()}
            </span>
        }
    })
}

fn detail_row(
    opened: Opened,
    span: usize,
    compare: Memo<CompareState>,
    apply: Apply,
) -> impl IntoView {
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
                    <p class="detail-level">
                        {format!("{level} (level {} of {steps})", usize::from(cell.level) + 1)}
                    </p>
                    <p class="detail-summary">{cell.summary}</p>
                    <p>{cell.detail}</p>
                    <SourcesLine citations=cell.sources/>
                    <NoteEditor target=Target::cell(role, slug) about=format!("{role_name} × {dimension_name}")/>
                }
                .into_any()
            })
        }
        Opened::Verdict { dimension: slug } => KNOWLEDGE.debate(slug).map(|debate| {
            view! {
                <h3>{format!("{dimension_name}: is a product manager a mini-CEO?")}</h3>
                <p class=format!("verdict-chip {}", verdict_class(debate.verdict))>{debate.verdict.label()}</p>
                <div class="debate">
                    <div class="debate-side">
                        <h4>"The case for"</h4>
                        <p>{debate.case_for.text}</p>
                        <SourcesLine citations=debate.case_for.sources/>
                    </div>
                    <div class="debate-side">
                        <h4>"The case against"</h4>
                        <p>{debate.case_against.text}</p>
                        <SourcesLine citations=debate.case_against.sources/>
                    </div>
                </div>
                <NoteEditor target=Target::dimension(slug) about=dimension_name.to_string()/>
            }
            .into_any()
        }),
    };
    view! {
        <tr class="detail-row">
            <td colspan=span id=detail_id(opened.dimension())>
                <div class="detail">
                    {body}
                    <button type="button" class="button" on:click=move |_| close(compare, apply)>
                        "Close"
                    </button>
                </div>
            </td>
        </tr>
    }
}

/// The explanation of a "My role" cell: the answer given, where it sits between a typical product
/// manager and a CEO, and the way to the full result. Kept out of the link, like the column.
fn mine_detail_row(
    dimension: &'static Dimension,
    result: &AssessmentResult,
    span: usize,
    mine_open: RwSignal<Option<&'static str>>,
) -> impl IntoView {
    let steps = dimension.levels.len();
    let level_name = |level: u8| dimension.level_name(level);
    let body = match result.row(dimension.slug) {
        None => view! {
            <p>
                "The self-assessment does not ask about this dimension, so your answers say \
                 nothing about it here."
            </p>
        }
        .into_any(),
        Some(row) => {
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
    };
    view! {
        <tr class="detail-row mine-detail-row">
            <td colspan=span id=mine_detail_id(dimension.slug)>
                <div class="detail mine-detail">
                    <h3>{format!("My role: {}", dimension.name)}</h3>
                    {body}
                    <p class="mine-private">
                        "From your self-assessment, kept in this browser. It is not part of this \
                         page's link, so nobody you send the link to sees it."
                    </p>
                    <p class="mine-actions">
                        <a href="?view=assess&v=1">"See your full result"</a>
                        <button type="button" class="button" on:click=move |_| close_mine(mine_open)>
                            "Close"
                        </button>
                    </p>
                </div>
            </td>
        </tr>
    }
}

/// What a cell's note is attached to: the role's cell, or for a verdict the dimension.
fn note_target(opened: Opened) -> Target {
    match opened {
        Opened::Cell { dimension, role } => Target::cell(role, dimension),
        Opened::Verdict { dimension } => Target::dimension(dimension),
    }
}

/// The mark on an item that has a note.
pub fn note_mark(notes: NotesStore, target: Target) -> impl IntoView {
    move || {
        notes.has_note(&target).then(|| {
            view! {
                <span class="note-mark">
                    <span aria-hidden="true">"✎ note"</span>
                    <span class="visually-hidden">" (you have a note here)"</span>
                </span>
            }
        })
    }
}
