//! What the address bar holds: which view is open (and, later, that view's state),
//! read from a query string that may be garbage, and written back as a canonical link.

use super::query::{join_pairs, split_pairs};

/// Longest query string the app will read. Longer links are ignored whole, with a notice:
/// no real view needs this much, and parsing megabytes of garbage would stall the page.
pub const MAX_QUERY_BYTES: usize = 4096;

/// Longest piece of a bad link quoted back to the person in a notice.
const MAX_QUOTE_CHARS: usize = 24;

/// The three screens of the app, in navigation order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    #[default]
    Compare,
    Ladder,
    Notes,
}

impl View {
    pub const ALL: [View; 3] = [View::Compare, View::Ladder, View::Notes];

    /// The value of `view=` in a link.
    pub fn slug(self) -> &'static str {
        match self {
            View::Compare => "compare",
            View::Ladder => "ladder",
            View::Notes => "notes",
        }
    }

    /// The name shown in the navigation.
    pub fn label(self) -> &'static str {
        match self {
            View::Compare => "Compare",
            View::Ladder => "Ladder",
            View::Notes => "Notes",
        }
    }

    pub fn from_slug(slug: &str) -> Option<View> {
        View::ALL.into_iter().find(|view| view.slug() == slug)
    }
}

/// Everything a link carries. Private data (notes, markers) never goes in here.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    pub view: View,
}

impl ViewState {
    /// The canonical query string for this state, without the leading `?`.
    pub fn to_query(&self) -> String {
        join_pairs([("view", self.view.slug())])
    }

    /// The query string for opening `view` as a fresh link.
    pub fn query_for(view: View) -> String {
        ViewState { view }.to_query()
    }
}

/// One part of a link that was ignored, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkProblem {
    /// The whole query was longer than [`MAX_QUERY_BYTES`].
    TooLong { bytes: usize },
    /// A key or value had broken percent-encoding or was not UTF-8.
    Unreadable,
    /// `view=` named no view we have.
    UnknownView(String),
    /// A key the app does not know.
    UnknownSetting(String),
    /// A key given more than once; the first one was used.
    Repeated(String),
}

impl LinkProblem {
    /// A few words saying what was ignored, for the one-line notice.
    pub fn describe(&self) -> String {
        match self {
            LinkProblem::TooLong { bytes } => format!("a link of {bytes} bytes, too long to read"),
            LinkProblem::Unreadable => "characters that could not be decoded".to_string(),
            LinkProblem::UnknownView(name) if name.is_empty() => "an empty view name".to_string(),
            LinkProblem::UnknownView(name) => format!("the unknown view “{}”", quote(name)),
            LinkProblem::UnknownSetting(key) if key.is_empty() => "an unnamed setting".to_string(),
            LinkProblem::UnknownSetting(key) => format!("the unknown setting “{}”", quote(key)),
            LinkProblem::Repeated(key) => format!("a repeated “{}”", quote(key)),
        }
    }
}

/// A link as read: the nearest valid state and whatever had to be ignored to get there.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParsedLink {
    pub state: ViewState,
    pub problems: Vec<LinkProblem>,
}

impl ParsedLink {
    /// Reads a query string (with or without `?`). Never fails: what cannot be used is
    /// dropped and listed in `problems`.
    pub fn parse(query: &str) -> ParsedLink {
        let mut parsed = ParsedLink::default();
        if query.len() > MAX_QUERY_BYTES {
            parsed
                .problems
                .push(LinkProblem::TooLong { bytes: query.len() });
            return parsed;
        }
        let mut seen_view = false;
        for pair in split_pairs(query) {
            let (Ok(key), Ok(value)) = (pair.key, pair.value) else {
                parsed.note(LinkProblem::Unreadable);
                continue;
            };
            match key.as_str() {
                "view" if seen_view => parsed.note(LinkProblem::Repeated(key)),
                "view" => {
                    seen_view = true;
                    match View::from_slug(value.trim()) {
                        Some(view) => parsed.state.view = view,
                        None => parsed.note(LinkProblem::UnknownView(value)),
                    }
                }
                _ => parsed.note(LinkProblem::UnknownSetting(key)),
            }
        }
        parsed
    }

    /// Records a problem once: a link with fifty broken pairs gets one line, not fifty.
    fn note(&mut self, problem: LinkProblem) {
        if !self.problems.contains(&problem) {
            self.problems.push(problem);
        }
    }

    /// The one-line notice for a link that had problems, or `None` for a clean link.
    pub fn notice(&self) -> Option<String> {
        let (first, rest) = self.problems.split_first()?;
        let mut parts = vec![first.describe()];
        parts.extend(rest.iter().take(2).map(LinkProblem::describe));
        if rest.len() > 2 {
            parts.push(format!("{} more", rest.len() - 2));
        }
        Some(format!(
            "This link had {}, which we ignored. Showing {} instead.",
            join_words(&parts),
            self.state.view.label()
        ))
    }
}

/// "a", "a and b", "a, b and c".
fn join_words(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [only] => only.clone(),
        [init @ .., last] => format!("{} and {}", init.join(", "), last),
    }
}

/// A piece of a bad link made safe to show: control characters dropped, length capped.
fn quote(text: &str) -> String {
    let clean: String = text.chars().filter(|c| !c.is_control()).collect();
    if clean.chars().count() > MAX_QUOTE_CHARS {
        let cut: String = clean.chars().take(MAX_QUOTE_CHARS - 1).collect();
        format!("{cut}…")
    } else {
        clean
    }
}
