//! The matrix itself: a real table of dimensions (rows, grouped by theme, pinned first) against
//! roles (columns), each cell showing its level and summary and opening into the full
//! explanation; arrow keys move between cells, Enter opens one, Escape closes it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::Apply;
use crate::components::note_editor::NoteEditor;
use crate::components::notes_store::{use_notes, NotesStore};
use crate::components::sources_line::SourcesLine;
use crate::content::KNOWLEDGE;
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

/// The cells on show, row by row, for moving around with the arrow keys.
type Grid = Vec<Vec<Opened>>;

#[component]
pub fn Matrix(compare: Memo<CompareState>, apply: Apply) -> impl IntoView {
    // The one cell in the tab order (a roving tab stop): the last one used, or the first.
    let active = StoredValue::new(None::<Opened>);
    let grid = StoredValue::new(Grid::new());
    let notes = use_notes();

    // A link that opens a cell brings it into view, focused, once the table is drawn.
    if let Some(opened) = compare.with_untracked(|c| c.open) {
        document::focus_after_render(cell_id(opened), true);
    }

    let on_keydown = move |event: web_sys::KeyboardEvent| {
        let Some(current) = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|element| {
                let id = element.id();
                grid.with_value(|grid| grid.iter().flatten().copied().find(|o| cell_id(*o) == id))
            })
        else {
            if event.key() == "Escape" {
                close(compare, apply);
            }
            return;
        };
        let next = grid.with_value(|grid| neighbour(grid, current, &event.key()));
        match (event.key().as_str(), next) {
            ("Escape", _) => close(compare, apply),
            (_, Some(next)) => {
                event.prevent_default();
                active.set_value(Some(next));
                document::move_tab_stop(&cell_id(current), &cell_id(next));
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
            {move || compare.with(|state| {
                let rows = MatrixRows::for_state(state);
                let columns = columns(state);
                let cells: Grid = rows
                    .all()
                    .map(|dimension| columns.iter().map(|column| column.opened(dimension.slug)).collect())
                    .collect();
                let tab_stop = active
                    .get_value()
                    .filter(|a| cells.iter().flatten().any(|o| o == a))
                    .or_else(|| cells.first().and_then(|row| row.first()).copied());
                grid.set_value(cells);
                let table = Table { state, columns: &columns, tab_stop, compare, apply, active, notes };
                view! {
                    <table class="matrix" on:keydown=on_keydown aria-describedby="matrix-hint">
                        <caption>{caption(state)}</caption>
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
            })}
        </div>
    }
}

fn close(compare: Memo<CompareState>, apply: Apply) {
    if let Some(opened) = compare.with_untracked(|c| c.open) {
        apply.run(compare.with_untracked(CompareState::closed));
        document::focus_after_render(cell_id(opened), false);
    }
}

/// The cell an arrow key (or Home, End) leads to from `current`.
fn neighbour(grid: &Grid, current: Opened, key: &str) -> Option<Opened> {
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

/// A column of the matrix: a role, or the mini-CEO verdict.
#[derive(Clone, Copy)]
enum Column {
    Role(&'static str),
    Verdict,
}

impl Column {
    fn opened(self, dimension: &'static str) -> Opened {
        match self {
            Column::Role(role) => Opened::Cell { dimension, role },
            Column::Verdict => Opened::Verdict { dimension },
        }
    }

    fn header(self) -> impl IntoView {
        match self {
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
            Column::Role(slug) => KNOWLEDGE.role(slug).map(|r| r.short_name).unwrap_or(slug),
            Column::Verdict => "Mini-CEO?",
        }
    }
}

fn columns(state: &CompareState) -> Vec<Column> {
    let mut columns: Vec<Column> = state.roles.iter().map(|slug| Column::Role(slug)).collect();
    if state.shows_verdicts() {
        columns.push(Column::Verdict);
    }
    columns
}

/// "Product Manager compared with CEO", "Product Manager, CPO and CEO compared".
fn caption(state: &CompareState) -> String {
    let names: Vec<&str> = state
        .roles
        .iter()
        .filter_map(|slug| KNOWLEDGE.role(slug))
        .map(|role| role.name)
        .collect();
    match names.as_slice() {
        [a, b] => format!("{a} compared with {b}"),
        [init @ .., last] => format!("{} and {last} compared", init.join(", ")),
        [] => String::new(),
    }
}

/// What drawing the rows needs.
struct Table<'a> {
    state: &'a CompareState,
    columns: &'a [Column],
    tab_stop: Option<Opened>,
    compare: Memo<CompareState>,
    apply: Apply,
    active: StoredValue<Option<Opened>>,
    notes: NotesStore,
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
        view! {
            <tr class="dimension-row" class:is-open=open_here.is_some()>
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
            {open_here.map(|opened| detail_row(opened, self.columns.len() + 1, compare, apply))}
        }
    }

    fn cell(&self, dimension: &'static Dimension, column: Column) -> impl IntoView {
        let opened = column.opened(dimension.slug);
        let id = cell_id(opened);
        let is_open = self.state.open == Some(opened);
        let (compare, apply, active) = (self.compare, self.apply, self.active);
        let on_click = {
            let id = id.clone();
            move |_| {
                active.set_value(Some(opened));
                apply.run(compare.with_untracked(|c| c.with_toggled_open(opened)));
                document::focus_after_render(id.clone(), false);
            }
        };
        let content = match column {
            Column::Role(role) => role_cell(role, dimension).into_any(),
            Column::Verdict => verdict_cell(dimension).into_any(),
        };
        view! {
            <td class:verdict-cell=matches!(column, Column::Verdict)>
                <button
                    type="button"
                    id=id
                    class="cell"
                    class:is-open=is_open
                    tabindex=if self.tab_stop == Some(opened) { 0 } else { -1 }
                    aria-expanded=if is_open { "true" } else { "false" }
                    aria-controls=is_open.then(|| detail_id(dimension.slug))
                    on:click=on_click
                >
                    <span class="cell-label">{column.label()}</span>
                    {content}
                    {note_mark(self.notes, note_target(opened))}
                </button>
            </td>
        }
    }
}

fn role_cell(role: &'static str, dimension: &'static Dimension) -> impl IntoView {
    let Some(cell) = KNOWLEDGE.cell(role, dimension.slug) else {
        return view! { <span class="cell-summary">"Not described yet."</span> }.into_any();
    };
    let steps = dimension.levels.len();
    let level = usize::from(cell.level);
    view! {
        <span class="level-chip">
            <span class="level-bar" aria-hidden="true">
                {(0..steps).map(|step| view! {
                    <span class="level-step" class:is-filled=step <= level></span>
                }).collect_view()}
            </span>
            <span class="level-name">{dimension.levels.get(level).copied().unwrap_or_default()}</span>
            <span class="visually-hidden">{format!(", level {} of {steps}. ", level + 1)}</span>
        </span>
        <span class="cell-summary">{cell.summary}</span>
    }
    .into_any()
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
