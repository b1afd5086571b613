//! The matrix as a grid for the keyboard: each row's Pin button, then its cells; which of them
//! each arrow key (and Home, End) leads to, and the one in the tab order (a roving tab stop).

use crate::model::compare::{Opened, VERDICT_KEY};

/// The `cell-…` and `detail-…` suffix of the "My role" column. Never in a link.
pub(super) const MINE_KEY: &str = "mine";

/// A cell of the matrix: one whose opening goes in the link, or one of "My role".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum Spot {
    Shared(Opened),
    /// The "My role" cell of a dimension (its slug).
    Mine(&'static str),
    /// The Pin button heading a dimension's row (its slug): first in the row, never opened.
    Pin(&'static str),
}

impl Spot {
    /// The id of the cell's button: `cell-budget-ceo`, `cell-budget-verdict`, `cell-budget-mine`;
    /// of a Pin button, `pin-budget`.
    pub(super) fn id(self) -> String {
        match self {
            Spot::Shared(opened) => cell_id(opened),
            Spot::Mine(dimension) => format!("cell-{dimension}-{MINE_KEY}"),
            Spot::Pin(dimension) => format!("pin-{dimension}"),
        }
    }
}

/// The id of a cell's button: `cell-budget-ceo`, `cell-budget-verdict`.
pub fn cell_id(opened: Opened) -> String {
    match opened {
        Opened::Cell { dimension, role } => format!("cell-{dimension}-{role}"),
        Opened::Verdict { dimension } => format!("cell-{dimension}-{VERDICT_KEY}"),
    }
}

/// The rows on show, top to bottom, each its Pin button and then its cells left to right.
pub(super) type Grid = Vec<Vec<Spot>>;

/// The spot in the tab order: the last one used while it is on show, or else the first cell
/// (not a Pin button: the matrix is entered at its content).
pub(super) fn tab_stop(grid: &Grid, last_used: Option<Spot>) -> Option<Spot> {
    last_used
        .filter(|used| grid.iter().flatten().any(|spot| spot == used))
        .or_else(|| {
            let first_row = grid.first()?;
            first_row
                .iter()
                .find(|spot| !matches!(spot, Spot::Pin(_)))
                .or(first_row.first())
                .copied()
        })
}

/// The cell whose button has this id, if it is on show.
pub(super) fn spot_with_id(grid: &Grid, id: &str) -> Option<Spot> {
    grid.iter().flatten().copied().find(|spot| spot.id() == id)
}

/// The cell an arrow key (or Home, End) leads to from `current`; `None` at an edge or for any
/// other key.
pub(super) fn neighbour(grid: &Grid, current: Spot, key: &str) -> Option<Spot> {
    let (row, column) = grid
        .iter()
        .enumerate()
        .find_map(|(r, cells)| cells.iter().position(|o| *o == current).map(|c| (r, c)))?;
    let (row, column) = match key {
        "ArrowRight" => (row, column + 1),
        "ArrowLeft" => (row, column.checked_sub(1)?),
        "ArrowDown" => (row + 1, column),
        "ArrowUp" => (row.checked_sub(1)?, column),
        // Home goes to the row's first cell; the Pin button before it is one ArrowLeft away.
        "Home" => (
            row,
            grid[row]
                .iter()
                .position(|spot| !matches!(spot, Spot::Pin(_)))
                .unwrap_or(0),
        ),
        "End" => (row, grid[row].len().checked_sub(1)?),
        _ => return None,
    };
    grid.get(row)?.get(column).copied()
}
