//! What the rows and cells of the matrix read: the groups of rows on show, the columns, the open
//! cells and the tab stop, each a narrow memo, signal or selector of its own.

use leptos::prelude::*;

use super::cell::{self, Column};
use super::grid::{self, Grid, Spot};
use super::shown_mine;
use super::Apply;
use crate::components::assessment_store::use_assessment;
use crate::components::notes_store::{use_notes, NotesStore};
use crate::model::assessment::Answers;
use crate::model::compare::{CompareState, Opened};
use crate::model::matrix::MatrixRows;

/// The key of the pinned rows' group; a theme's group is keyed by the theme's slug.
pub(super) const PINNED_KEY: &str = "";

/// A group of rows on show: its key, its heading and its dimensions' slugs, top to bottom.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct GroupOnShow {
    /// `PINNED_KEY`, or the theme's slug.
    pub(super) key: &'static str,
    pub(super) name: &'static str,
    pub(super) rows: Vec<&'static str>,
}

/// These groups' rows, row by row: the Pin button, then the cells in these columns.
pub(super) fn grid_of(groups: &[GroupOnShow], columns: &[Column]) -> Grid {
    let rows = groups.iter().flat_map(|group| group.rows.iter());
    rows.map(|&dimension| {
        std::iter::once(Spot::Pin(dimension))
            .chain(columns.iter().map(|column| column.spot(dimension)))
            .collect()
    })
    .collect()
}

fn groups_on_show(rows: &MatrixRows) -> Vec<GroupOnShow> {
    let slugs = |dimensions: &[&'static crate::model::knowledge::Dimension]| {
        dimensions.iter().map(|dimension| dimension.slug).collect()
    };
    let pinned = (!rows.pinned.is_empty()).then(|| GroupOnShow {
        key: PINNED_KEY,
        name: "Pinned",
        rows: slugs(&rows.pinned),
    });
    pinned
        .into_iter()
        .chain(rows.groups.iter().map(|group| GroupOnShow {
            key: group.theme.slug,
            name: group.theme.name,
            rows: slugs(&group.rows),
        }))
        .collect()
}

/// What the rows and cells of the matrix read, each part a narrow memo or signal of its own so
/// that it notifies only the rows and cells it concerns.
#[derive(Clone, Copy)]
pub(super) struct Parts {
    pub(super) compare: Memo<CompareState>,
    pub(super) apply: Apply,
    /// The columns, left to right.
    pub(super) columns: Memo<Vec<Column>>,
    /// The groups of rows on show, top to bottom.
    pub(super) groups: Memo<Vec<GroupOnShow>>,
    /// The organisation the comparison is read for (a context's slug).
    pub(super) context: Memo<Option<&'static str>>,
    /// The cell opened in the link.
    pub(super) open: Memo<Option<Opened>>,
    /// Whether a cell is the one opened: notifies only the cell opened and the one closed.
    pub(super) opened: StoredValue<Selector<Option<Spot>>>,
    /// The answers of the "My role" column, when it is shown.
    pub(super) mine: Memo<Option<Answers>>,
    /// The dimension whose "My role" cell is open: on this page only, never in the link.
    pub(super) mine_open: RwSignal<Option<&'static str>>,
    pub(super) mine_opened: StoredValue<Selector<Option<Spot>>>,
    /// The cell last used with a click or a key.
    pub(super) active: RwSignal<Option<Spot>>,
    /// Whether a cell is the tab stop: notifies only the cell that gains it and the one that loses it.
    pub(super) tab_stop: StoredValue<Selector<Option<Spot>>>,
    pub(super) notes: NotesStore,
}

impl Parts {
    pub(super) fn new(compare: Memo<CompareState>, apply: Apply) -> Parts {
        let store = use_assessment();
        let mine = Memo::new(move |_| store.doc.with(|doc| shown_mine(doc).cloned()));
        let columns = Memo::new(move |_| {
            let with_mine = mine.with(Option::is_some);
            compare.with(|state| cell::columns(state, with_mine))
        });
        let groups = Memo::new(move |_| {
            compare.with(|state| {
                mine.with(|answers| {
                    groups_on_show(&MatrixRows::for_state_with(state, answers.as_ref()))
                })
            })
        });
        let open = Memo::new(move |_| compare.with(|state| state.open));
        let context = Memo::new(move |_| compare.with(|state| state.context));
        let mine_open = RwSignal::new(None::<&'static str>);
        let active = RwSignal::new(None::<Spot>);
        let grid = move || groups.with(|groups| columns.with(|columns| grid_of(groups, columns)));
        Parts {
            compare,
            apply,
            columns,
            groups,
            context,
            open,
            opened: StoredValue::new(Selector::new(move || open.get().map(Spot::Shared))),
            mine,
            mine_open,
            mine_opened: StoredValue::new(Selector::new(move || mine_open.get().map(Spot::Mine))),
            active,
            tab_stop: StoredValue::new(Selector::new(move || {
                grid::tab_stop(&grid(), active.get())
            })),
            notes: use_notes(),
        }
    }

    /// Whether this cell is open (tracked: only its own changes notify).
    pub(super) fn is_open(&self, spot: Spot) -> bool {
        let selector = match spot {
            Spot::Shared(_) => self.opened,
            Spot::Mine(_) => self.mine_opened,
            Spot::Pin(_) => return false,
        };
        selector.with_value(|open| open.selected(&Some(spot)))
    }

    /// Whether this cell is open now (not tracked: for a click's handler).
    pub(super) fn is_open_untracked(&self, spot: Spot) -> bool {
        match spot {
            Spot::Shared(opened) => self.open.get_untracked() == Some(opened),
            Spot::Mine(slug) => self.mine_open.get_untracked() == Some(slug),
            Spot::Pin(_) => false,
        }
    }

    pub(super) fn is_tab_stop(&self, spot: Spot) -> bool {
        self.tab_stop.with_value(|stop| stop.selected(&Some(spot)))
    }

    /// The cells on show, row by row (not tracked: for the keyboard).
    pub(super) fn grid(&self) -> Grid {
        self.groups.with_untracked(|groups| {
            self.columns
                .with_untracked(|columns| grid_of(groups, columns))
        })
    }

    /// The columns' keys (`Column::key`), left to right, for keyed lists.
    pub(super) fn column_keys(self) -> Signal<Vec<&'static str>> {
        let columns = self.columns;
        Signal::derive(move || columns.with(|columns| columns.iter().map(|c| c.key()).collect()))
    }

    /// How many columns a full-width row spans: the dimension's and every other.
    pub(super) fn span(&self) -> usize {
        self.columns.with(Vec::len) + 1
    }
}
