//! Which rows the comparison shows, in what order: pinned rows first, then each theme's rows,
//! less those hidden by the theme filter or by "only differences"; and the verdict tally.
//!
//! With the private "My role" column shown, "only differences" weighs the person's own answer
//! too: a row is hidden only when every role and the answer are at one level. A question skipped,
//! or a dimension the self-assessment does not ask about, gives no level to weigh, so such a row
//! is judged on the roles alone, as if the column were not there.

use crate::content::KNOWLEDGE;
use crate::model::assessment::Answers;
use crate::model::compare::CompareState;
use crate::model::knowledge::{Dimension, Theme, Verdict};

/// A theme and its rows on show.
#[derive(Debug)]
pub struct RowGroup {
    pub theme: &'static Theme,
    pub rows: Vec<&'static Dimension>,
}

/// The rows of the matrix for a comparison.
#[derive(Debug)]
pub struct MatrixRows {
    /// Pinned rows, in pin order. They stay on show whatever the filters say.
    pub pinned: Vec<&'static Dimension>,
    /// Unpinned rows on show, grouped by theme; themes with no row on show are left out.
    pub groups: Vec<RowGroup>,
    /// Rows of the chosen theme hidden because every shown role (and my answer, when the
    /// "My role" column is shown and has a level there) is at the same level.
    pub hidden_as_equal: usize,
}

impl MatrixRows {
    /// The rows for a comparison of roles alone.
    pub fn for_state(state: &CompareState) -> MatrixRows {
        MatrixRows::for_state_with(state, None)
    }

    /// The rows for a comparison with the "My role" column built from `mine` (`None`: no such
    /// column). Only "only differences" is affected: see `levels_equal_with`.
    pub fn for_state_with(state: &CompareState, mine: Option<&Answers>) -> MatrixRows {
        let mut hidden_as_equal = 0;
        let pinned = state
            .pinned
            .iter()
            .filter_map(|slug| KNOWLEDGE.dimension(slug))
            .collect();
        let groups = KNOWLEDGE
            .themes
            .iter()
            .filter(|theme| state.theme.is_none_or(|chosen| chosen == theme.slug))
            .map(|theme| {
                let rows = KNOWLEDGE
                    .dimensions_in(theme.slug)
                    .filter(|dimension| !state.pinned.contains(&dimension.slug))
                    .filter(|dimension| {
                        let opened_here = state
                            .open
                            .is_some_and(|opened| opened.dimension() == dimension.slug);
                        let hide = state.only_differences
                            && !opened_here
                            && levels_equal_for(
                                state.context,
                                &state.roles,
                                dimension.slug,
                                mine.and_then(|answers| answers.level(dimension.slug)),
                            );
                        hidden_as_equal += usize::from(hide);
                        !hide
                    })
                    .collect();
                RowGroup { theme, rows }
            })
            .filter(|group: &RowGroup| !group.rows.is_empty())
            .collect();
        MatrixRows {
            pinned,
            groups,
            hidden_as_equal,
        }
    }

    /// Every row on show, top to bottom.
    pub fn all(&self) -> impl Iterator<Item = &'static Dimension> + '_ {
        self.pinned
            .iter()
            .chain(self.groups.iter().flat_map(|group| group.rows.iter()))
            .copied()
    }
}

/// Every role is at the same level on a dimension (a missing cell counts as different), in
/// the typical reading.
pub fn levels_equal(roles: &[&str], dimension: &str) -> bool {
    levels_equal_for(None, roles, dimension, None)
}

/// Every role and my own level, when there is one, are at the same level on a dimension, in
/// the typical reading. With no level of mine (no column, a skipped question, a dimension not
/// asked about) this is `levels_equal`: there is nothing of mine to differ.
pub fn levels_equal_with(roles: &[&str], dimension: &str, mine: Option<u8>) -> bool {
    levels_equal_for(None, roles, dimension, mine)
}

/// `levels_equal_with`, with the roles' levels read for a context (`None`: the typical
/// reading). My own level is my answer, whatever the context.
pub fn levels_equal_for(
    context: Option<&str>,
    roles: &[&str],
    dimension: &str,
    mine: Option<u8>,
) -> bool {
    let mut levels = roles
        .iter()
        .map(|role| KNOWLEDGE.level_in(context, role, dimension));
    let Some(first) = levels.next() else {
        return true;
    };
    first.is_some() && levels.all(|level| level == first) && mine.is_none_or(|m| first == Some(m))
}

/// How the mini-CEO analogy fares on a set of dimensions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct VerdictTally {
    pub holds: usize,
    pub partly: usize,
    pub breaks: usize,
}

impl VerdictTally {
    /// The tally over the dimensions of a theme, or over all of them, in the typical reading.
    pub fn for_theme(theme: Option<&str>) -> VerdictTally {
        VerdictTally::for_theme_in(None, theme)
    }

    /// The tally over the dimensions of a theme, or over all of them, read for a context.
    pub fn for_theme_in(context: Option<&str>, theme: Option<&str>) -> VerdictTally {
        let mut tally = VerdictTally::default();
        for dimension in KNOWLEDGE
            .dimensions
            .iter()
            .filter(|dimension| theme.is_none_or(|theme| theme == dimension.theme))
        {
            match KNOWLEDGE.verdict_in(context, dimension.slug) {
                Some(Verdict::Holds) => tally.holds += 1,
                Some(Verdict::Partly) => tally.partly += 1,
                Some(Verdict::Breaks) => tally.breaks += 1,
                None => {}
            }
        }
        tally
    }

    pub fn total(&self) -> usize {
        self.holds + self.partly + self.breaks
    }

    /// "The mini-CEO analogy holds on 2 of 18 dimensions, partly holds on 7 and breaks on 9."; of
    /// a single dimension, what the analogy does on it: "The mini-CEO analogy partly holds on
    /// this theme's one dimension."
    pub fn sentence(&self) -> String {
        if self.total() == 1 {
            let verdict = if self.holds == 1 {
                "holds"
            } else if self.partly == 1 {
                "partly holds"
            } else {
                "breaks"
            };
            return format!("The mini-CEO analogy {verdict} on this theme's one dimension.");
        }
        format!(
            "The mini-CEO analogy holds on {} of {} dimensions, partly holds on {} and breaks on {}.",
            self.holds,
            self.total(),
            self.partly,
            self.breaks
        )
    }
}
