//! What the address bar holds: which view is open and that view's state, read from a query
//! string that may be garbage, and written back as a canonical, versioned link.

use super::assessment::Answers;
use super::compare::CompareState;
use super::ladder_state::LadderState;
use super::query::{join_pairs, split_pairs};

/// Longest query string the app will read. Longer links are ignored whole, with a notice:
/// no real view needs this much, and parsing megabytes of garbage would stall the page.
pub const MAX_QUERY_BYTES: usize = 4096;

/// The link format this build writes (`v=`). Links without `v` are read as this version;
/// links from a newer version are read as far as they can be, with a notice.
pub const LINK_VERSION: u32 = 1;

/// Longest piece of a bad link quoted back to the person in a notice.
const MAX_QUOTE_CHARS: usize = 24;

/// The screens of the app, in navigation order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    #[default]
    Compare,
    Ladder,
    /// The self-assessment "How CEO-like is your product role?".
    Assess,
    Notes,
}

impl View {
    pub const ALL: [View; 4] = [View::Compare, View::Ladder, View::Assess, View::Notes];

    /// The value of `view=` in a link.
    pub fn slug(self) -> &'static str {
        match self {
            View::Compare => "compare",
            View::Ladder => "ladder",
            View::Assess => "assess",
            View::Notes => "notes",
        }
    }

    /// The name shown in the navigation.
    pub fn label(self) -> &'static str {
        match self {
            View::Compare => "Compare",
            View::Ladder => "Ladder",
            View::Assess => "My role",
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
    /// The comparison; written to the link only while Compare is the view.
    pub compare: CompareState,
    /// The chosen rung or pair; written to the link only while Ladder is the view.
    pub ladder: LadderState,
    /// A shared assessment result; written to the link only while Assess is the view.
    pub assess: AssessState,
}

/// What a link to the self-assessment carries: nothing for one's own, or the answers of a
/// result someone shared (only the answers: no dates, notes or history).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct AssessState {
    pub shared: Option<Answers>,
}

impl AssessState {
    pub fn link_pairs(&self) -> Vec<(&'static str, String)> {
        // Skips are not written, so answers with no level would make an empty `answers=`,
        // which reads back as a problem: such a state links to one's own assessment.
        self.shared
            .iter()
            .filter(|answers| !answers.has_no_levels())
            .map(|answers| ("answers", answers.to_link_value()))
            .collect()
    }

    /// Reads shared answers; a link whose answers are all unusable opens one's own assessment.
    pub fn read(fields: &mut LinkFields, problems: &mut Vec<LinkProblem>) -> AssessState {
        let shared = fields
            .take("answers")
            .map(|value| Answers::read_link(&value, problems))
            .filter(|answers| !answers.has_no_levels());
        AssessState { shared }
    }
}

impl ViewState {
    /// The canonical query string for this state, without the leading `?`.
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<(&str, String)> = vec![("view", self.view.slug().to_string())];
        match self.view {
            View::Compare => pairs.extend(self.compare.link_pairs()),
            View::Ladder => pairs.extend(self.ladder.link_pairs()),
            View::Assess => pairs.extend(self.assess.link_pairs()),
            View::Notes => {}
        }
        pairs.push(("v", LINK_VERSION.to_string()));
        join_pairs(pairs.iter().map(|(key, value)| (*key, value.as_str())))
    }

    /// The query string for opening `view` as a fresh link.
    pub fn query_for(view: View) -> String {
        ViewState {
            view,
            ..ViewState::default()
        }
        .to_query()
    }
}

/// One part of a link that was ignored, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkProblem {
    /// The whole query was longer than [`MAX_QUERY_BYTES`].
    TooLong {
        bytes: usize,
    },
    /// A key or value had broken percent-encoding or was not UTF-8.
    Unreadable,
    /// `view=` named no view we have.
    UnknownView(String),
    /// A key the app does not know.
    UnknownSetting(String),
    /// A key given more than once; the first one was used.
    Repeated(String),
    /// A key with nothing after `=`.
    Empty(&'static str),
    /// `v=` from a later version of the app.
    NewerFormat(String),
    /// `v=` that is not a version number.
    UnknownFormat(String),
    UnknownRole(String),
    /// `from=` or `to=` naming no rung of the ladder.
    UnknownRung(String),
    /// A role or dimension listed twice; the repeat was dropped.
    Twice(String),
    /// More than four roles; the first four were kept.
    TooManyRoles(usize),
    /// Fewer than two roles; the defaults filled the gap.
    TooFewRoles,
    UnknownTheme(String),
    UnknownDimension(String),
    /// A switch that is not `0` or `1`.
    BadSwitch {
        key: &'static str,
        value: String,
    },
    /// `open=` naming a cell that is not in the comparison.
    NotOnShow(String),
    /// An item of `answers=` that is not a question's dimension and a level on its scale.
    BadAnswer(String),
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
            LinkProblem::Empty(key) => format!("an empty “{key}”"),
            LinkProblem::NewerFormat(version) => {
                format!(
                    "parts from a newer version of the app (v{})",
                    quote(version)
                )
            }
            LinkProblem::UnknownFormat(version) => {
                format!("the unknown link format “{}”", quote(version))
            }
            LinkProblem::UnknownRole(slug) => format!("the unknown role “{}”", quote(slug)),
            LinkProblem::UnknownRung(slug) => {
                format!("“{}”, not a rung of the ladder", quote(slug))
            }
            LinkProblem::Twice(slug) => format!("“{}” twice", quote(slug)),
            LinkProblem::TooManyRoles(count) => {
                format!("{count} roles where four fit (the first four are shown)")
            }
            LinkProblem::TooFewRoles => "fewer than two roles to compare".to_string(),
            LinkProblem::UnknownTheme(slug) => format!("the unknown theme “{}”", quote(slug)),
            LinkProblem::UnknownDimension(slug) => {
                format!("the unknown dimension “{}”", quote(slug))
            }
            LinkProblem::BadSwitch { key, value } => {
                format!("the switch “{key}={}” (not 0 or 1)", quote(value))
            }
            LinkProblem::NotOnShow(value) => {
                format!("a cell “{}” that is not in the comparison", quote(value))
            }
            LinkProblem::BadAnswer(value) => {
                format!("the answer “{}”, which fits no question", quote(value))
            }
        }
    }
}

/// The first value of each key of a link, for the parts of the state to take what they read.
#[derive(Debug, Default)]
pub struct LinkFields {
    pairs: Vec<(String, String)>,
}

impl LinkFields {
    /// Takes a key's value out of the fields (empty values were already dropped).
    pub fn take(&mut self, key: &str) -> Option<String> {
        let index = self.pairs.iter().position(|(k, _)| k == key)?;
        Some(self.pairs.remove(index).1)
    }

    /// Removes every key that has an empty value, noting each as a problem.
    fn drop_empty(&mut self, problems: &mut Vec<LinkProblem>) {
        for key in KNOWN_KEYS {
            if let Some(index) = self
                .pairs
                .iter()
                .position(|(k, v)| k == key && v.trim().is_empty())
            {
                self.pairs.remove(index);
                problems.push(match key {
                    "view" => LinkProblem::UnknownView(String::new()),
                    _ => LinkProblem::Empty(key),
                });
            }
        }
    }
}

/// Every key some part of the state reads.
const KNOWN_KEYS: [&str; 10] = [
    "view", "v", "roles", "theme", "diff", "pin", "open", "from", "to", "answers",
];
/// Keys that only the comparison reads.
const COMPARE_KEYS: [&str; 5] = ["roles", "theme", "diff", "pin", "open"];
/// Keys that only the ladder reads.
const LADDER_KEYS: [&str; 2] = ["from", "to"];
/// Keys that only the self-assessment reads.
const ASSESS_KEYS: [&str; 1] = ["answers"];

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
        let mut problems = Vec::new();
        let mut state = ViewState::default();
        if query.len() > MAX_QUERY_BYTES {
            problems.push(LinkProblem::TooLong { bytes: query.len() });
            return ParsedLink { state, problems };
        }
        let mut fields = LinkFields::default();
        for pair in split_pairs(query) {
            let (Ok(key), Ok(value)) = (pair.key, pair.value) else {
                problems.push(LinkProblem::Unreadable);
                continue;
            };
            if fields.pairs.iter().any(|(k, _)| *k == key) {
                problems.push(LinkProblem::Repeated(key));
            } else {
                fields.pairs.push((key, value));
            }
        }
        fields.drop_empty(&mut problems);

        if let Some(version) = fields.take("v") {
            match version.trim().parse::<u32>() {
                Ok(v) if v <= LINK_VERSION => {}
                Ok(_) => problems.push(LinkProblem::NewerFormat(version)),
                Err(_) => problems.push(LinkProblem::UnknownFormat(version)),
            }
        }
        if let Some(name) = fields.take("view") {
            match View::from_slug(name.trim()) {
                Some(view) => state.view = view,
                None => problems.push(LinkProblem::UnknownView(name)),
            }
        }
        // Each view reads its own settings; another view's are dropped without a word.
        if state.view == View::Compare {
            state.compare = CompareState::read(&mut fields, &mut problems);
        }
        if state.view == View::Ladder {
            state.ladder = LadderState::read(&mut fields, &mut problems);
        }
        if state.view == View::Assess {
            state.assess = AssessState::read(&mut fields, &mut problems);
        }
        for key in COMPARE_KEYS.iter().chain(&LADDER_KEYS).chain(&ASSESS_KEYS) {
            fields.take(key);
        }
        for (key, _) in fields.pairs {
            problems.push(LinkProblem::UnknownSetting(key));
        }
        // A link with fifty broken pairs gets one line, not fifty.
        let mut unique: Vec<LinkProblem> = Vec::with_capacity(problems.len());
        for problem in problems {
            if !unique.contains(&problem) {
                unique.push(problem);
            }
        }
        ParsedLink {
            state,
            problems: unique,
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
        // Say which view is shown when the link's own view could not be used.
        let view_lost = self.problems.iter().any(|problem| {
            matches!(
                problem,
                LinkProblem::TooLong { .. } | LinkProblem::UnknownView(_)
            )
        });
        let shown = if view_lost {
            format!(" Showing {} instead.", self.state.view.label())
        } else {
            String::new()
        };
        Some(format!(
            "This link had {}, which we ignored.{shown}",
            join_words(&parts)
        ))
    }
}

/// "a", "a and b", "a, b and c".
pub(crate) fn join_words(parts: &[String]) -> String {
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
