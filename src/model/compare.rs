//! The comparison a person is looking at: which roles in which order, the organisation it is
//! read for, the theme filter, the "only differences" switch, pinned rows and the open cell; how
//! each choice changes it, and how it is read from and written to a link. Only slugs from the
//! knowledge base get in.

use crate::content::KNOWLEDGE;

use super::view_state::{LinkFields, LinkProblem, Listed};

/// The roles a comparison opens on.
pub const DEFAULT_ROLES: [&str; 2] = ["pm", "ceo"];
pub const MIN_ROLES: usize = 2;
pub const MAX_ROLES: usize = 4;
/// The `open=` suffix for a row's mini-CEO verdict rather than a role's cell.
pub const VERDICT_KEY: &str = "verdict";

/// What is opened in the matrix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Opened {
    /// A role's cell on a dimension.
    Cell {
        dimension: &'static str,
        role: &'static str,
    },
    /// The mini-CEO verdict of a dimension (shown when Product Manager and CEO are both there).
    Verdict { dimension: &'static str },
}

impl Opened {
    pub fn dimension(self) -> &'static str {
        match self {
            Opened::Cell { dimension, .. } | Opened::Verdict { dimension } => dimension,
        }
    }

    /// The value of `open=` in a link: `budget.ceo` or `budget.verdict`.
    pub fn to_link_value(self) -> String {
        match self {
            Opened::Cell { dimension, role } => format!("{dimension}.{role}"),
            Opened::Verdict { dimension } => format!("{dimension}.{VERDICT_KEY}"),
        }
    }
}

/// Whether a change adds a history entry (Back undoes it) or replaces the current one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryEntry {
    Push,
    Replace,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct CompareState {
    /// Two to four distinct role slugs, in column order.
    pub roles: Vec<&'static str>,
    /// The organisation the comparison is read for (a context's slug), or the typical reading.
    pub context: Option<&'static str>,
    /// The theme whose rows are shown, or every theme.
    pub theme: Option<&'static str>,
    /// Hide rows where every shown role is at the same level.
    pub only_differences: bool,
    /// Dimensions pinned to the top, in the order they were pinned.
    pub pinned: Vec<&'static str>,
    pub open: Option<Opened>,
}

impl Default for CompareState {
    fn default() -> Self {
        CompareState {
            roles: DEFAULT_ROLES.to_vec(),
            context: None,
            theme: None,
            only_differences: false,
            pinned: Vec::new(),
            open: None,
        }
    }
}

impl CompareState {
    /// Product Manager and CEO are both shown, so each row can carry the mini-CEO verdict.
    pub fn shows_verdicts(&self) -> bool {
        DEFAULT_ROLES.iter().all(|slug| self.roles.contains(slug))
    }

    pub fn can_add_role(&self) -> bool {
        self.roles.len() < MAX_ROLES
    }

    pub fn can_remove_role(&self) -> bool {
        self.roles.len() > MIN_ROLES
    }

    /// Roles not yet shown, in knowledge-base order: what the "add a role" picker offers.
    pub fn addable_roles(&self) -> Vec<&'static str> {
        KNOWLEDGE
            .roles
            .iter()
            .map(|role| role.slug)
            .filter(|slug| !self.roles.contains(slug))
            .collect()
    }

    pub fn with_role_added(&self, slug: &str) -> Option<(CompareState, HistoryEntry)> {
        let role = KNOWLEDGE.role(slug)?.slug;
        if !self.can_add_role() || self.roles.contains(&role) {
            return None;
        }
        let mut next = self.clone();
        next.roles.push(role);
        Some((next, HistoryEntry::Push))
    }

    pub fn with_role_removed(&self, slug: &str) -> Option<(CompareState, HistoryEntry)> {
        if !self.can_remove_role() || !self.roles.contains(&slug) {
            return None;
        }
        let mut next = self.clone();
        next.roles.retain(|role| *role != slug);
        next.keep_open_valid();
        Some((next, HistoryEntry::Push))
    }

    /// Moves a role one column left (`-1`) or right (`1`); at an edge nothing changes.
    pub fn with_role_moved(&self, slug: &str, by: isize) -> Option<(CompareState, HistoryEntry)> {
        let from = self.roles.iter().position(|role| *role == slug)?;
        let to = from.checked_add_signed(by)?;
        if to >= self.roles.len() {
            return None;
        }
        let mut next = self.clone();
        next.roles.swap(from, to);
        Some((next, HistoryEntry::Replace))
    }

    pub fn with_theme(&self, theme: Option<&str>) -> (CompareState, HistoryEntry) {
        let mut next = self.clone();
        next.theme = theme
            .and_then(|slug| KNOWLEDGE.theme(slug))
            .map(|theme| theme.slug);
        (next, HistoryEntry::Replace)
    }

    /// Reads the comparison for a context (`None` or an unknown slug: the typical reading).
    pub fn with_context(&self, context: Option<&str>) -> (CompareState, HistoryEntry) {
        let mut next = self.clone();
        next.context = context
            .and_then(|slug| KNOWLEDGE.context(slug))
            .map(|context| context.slug);
        (next, HistoryEntry::Replace)
    }

    pub fn with_only_differences(&self, on: bool) -> (CompareState, HistoryEntry) {
        let mut next = self.clone();
        next.only_differences = on;
        (next, HistoryEntry::Replace)
    }

    pub fn with_pin_toggled(&self, dimension: &str) -> Option<(CompareState, HistoryEntry)> {
        let dimension = KNOWLEDGE.dimension(dimension)?.slug;
        let mut next = self.clone();
        if next.pinned.contains(&dimension) {
            next.pinned.retain(|pinned| *pinned != dimension);
        } else {
            next.pinned.push(dimension);
        }
        Some((next, HistoryEntry::Replace))
    }

    /// Opens a cell or verdict; opening what is already open closes it.
    pub fn with_toggled_open(&self, opened: Opened) -> (CompareState, HistoryEntry) {
        let mut next = self.clone();
        next.open = (self.open != Some(opened)).then_some(opened);
        next.keep_open_valid();
        (next, HistoryEntry::Replace)
    }

    pub fn closed(&self) -> (CompareState, HistoryEntry) {
        let mut next = self.clone();
        next.open = None;
        (next, HistoryEntry::Replace)
    }

    /// Whether what is opened is still on show: its role is a column, or verdicts are shown.
    fn open_is_valid(&self, opened: Opened) -> bool {
        match opened {
            Opened::Cell { role, .. } => self.roles.contains(&role),
            Opened::Verdict { .. } => self.shows_verdicts(),
        }
    }

    fn keep_open_valid(&mut self) {
        if self.open.is_some_and(|opened| !self.open_is_valid(opened)) {
            self.open = None;
        }
    }

    /// The link pairs for this comparison, defaults left out.
    pub fn link_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = vec![("roles", self.roles.join(","))];
        if let Some(context) = self.context {
            pairs.push(("org", context.to_string()));
        }
        if let Some(theme) = self.theme {
            pairs.push(("theme", theme.to_string()));
        }
        if self.only_differences {
            pairs.push(("diff", "1".to_string()));
        }
        if !self.pinned.is_empty() {
            pairs.push(("pin", self.pinned.join(",")));
        }
        if let Some(opened) = self.open {
            pairs.push(("open", opened.to_link_value()));
        }
        pairs
    }

    /// Reads the comparison from a link's fields, dropping what cannot be used and saying so.
    pub fn read(fields: &mut LinkFields, problems: &mut Vec<LinkProblem>) -> CompareState {
        let mut state = CompareState::default();
        if let Some(value) = fields.take("roles") {
            state.roles = read_roles(&value, problems);
        }
        if let Some(value) = fields.take("org") {
            match KNOWLEDGE.context(value.trim()) {
                Some(context) => state.context = Some(context.slug),
                None if value.trim() == "any" => {}
                None => problems.push(LinkProblem::UnknownContext(value)),
            }
        }
        if let Some(value) = fields.take("theme") {
            match KNOWLEDGE.theme(value.trim()) {
                Some(theme) => state.theme = Some(theme.slug),
                None if value.trim() == "all" => {}
                None => problems.push(LinkProblem::UnknownTheme(value)),
            }
        }
        if let Some(value) = fields.take("diff") {
            match value.trim() {
                "1" => state.only_differences = true,
                "0" => {}
                _ => problems.push(LinkProblem::BadSwitch { key: "diff", value }),
            }
        }
        if let Some(value) = fields.take("pin") {
            for slug in list(&value) {
                match KNOWLEDGE.dimension(slug) {
                    Some(dimension) if !state.pinned.contains(&dimension.slug) => {
                        state.pinned.push(dimension.slug)
                    }
                    Some(dimension) => {
                        problems.push(LinkProblem::Twice(Listed::Pin(dimension.slug)))
                    }
                    None => problems.push(LinkProblem::UnknownDimension(slug.into())),
                }
            }
        }
        if let Some(value) = fields.take("open") {
            match read_opened(value.trim()).filter(|opened| state.open_is_valid(*opened)) {
                Some(opened) => state.open = Some(opened),
                None => problems.push(LinkProblem::NotOnShow(value)),
            }
        }
        state
    }
}

/// The non-empty items of a comma-separated value.
fn list(value: &str) -> impl Iterator<Item = &str> {
    value
        .split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty())
}

fn read_roles(value: &str, problems: &mut Vec<LinkProblem>) -> Vec<&'static str> {
    let mut roles: Vec<&'static str> = Vec::new();
    for slug in list(value) {
        match KNOWLEDGE.role(slug) {
            Some(role) if roles.contains(&role.slug) => {
                problems.push(LinkProblem::Twice(Listed::Role(role.slug)))
            }
            Some(role) => roles.push(role.slug),
            None => problems.push(LinkProblem::UnknownRole(slug.into())),
        }
    }
    if roles.len() > MAX_ROLES {
        problems.push(LinkProblem::TooManyRoles(roles.len()));
        roles.truncate(MAX_ROLES);
    }
    if roles.len() < MIN_ROLES {
        let mut added = Vec::new();
        for slug in DEFAULT_ROLES {
            if roles.len() < MIN_ROLES && !roles.contains(&slug) {
                roles.push(slug);
                added.push(slug);
            }
        }
        problems.push(LinkProblem::TooFewRoles { added });
    }
    roles
}

fn read_opened(value: &str) -> Option<Opened> {
    let (dimension, target) = value.split_once('.')?;
    let dimension = KNOWLEDGE.dimension(dimension)?.slug;
    if target == VERDICT_KEY {
        return Some(Opened::Verdict { dimension });
    }
    let role = KNOWLEDGE.role(target)?.slug;
    Some(Opened::Cell { dimension, role })
}
