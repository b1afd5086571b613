//! What the address bar holds: which view is open and that view's state, read from a query
//! string that may be garbage, and written back as a canonical, versioned link.

use super::assessment::Answers;
use super::compare::CompareState;
use super::ladder_state::LadderState;
use super::link_notice::problem_sentences;
use super::link_repair::{read_pairs, Mending};
use super::query::join_pairs;

pub use super::link_problem::{LinkProblem, Listed};

/// Longest query string the app will read. Longer links are ignored whole, with a notice:
/// no real view needs this much, and parsing megabytes of garbage would stall the page.
pub const MAX_QUERY_BYTES: usize = 4096;

/// The link format this build writes (`v=`). Links without `v` are read as this version;
/// links from a newer version are read as far as they can be, with a notice.
pub const LINK_VERSION: u32 = 1;

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
const KNOWN_KEYS: [&str; 11] = [
    "view", "v", "roles", "org", "theme", "diff", "pin", "open", "from", "to", "answers",
];
/// Keys that only the comparison reads.
const COMPARE_KEYS: [&str; 6] = ["roles", "org", "theme", "diff", "pin", "open"];
/// Keys that only the ladder reads.
const LADDER_KEYS: [&str; 2] = ["from", "to"];
/// Keys that only the self-assessment reads.
const ASSESS_KEYS: [&str; 1] = ["answers"];

/// A link as read: the nearest valid state and whatever had to be ignored to get there.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParsedLink {
    pub state: ViewState,
    pub problems: Vec<LinkProblem>,
    /// What the link went through on its way here and had to be undone (see `link_repair`).
    pub mending: Mending,
}

impl ParsedLink {
    /// Reads a query string (with or without `?`). Never fails: what cannot be used is
    /// dropped and listed in `problems`.
    pub fn parse(query: &str) -> ParsedLink {
        let mut problems = Vec::new();
        let mut state = ViewState::default();
        if query.len() > MAX_QUERY_BYTES {
            problems.push(LinkProblem::TooLong { bytes: query.len() });
            return ParsedLink {
                state,
                problems,
                mending: Mending::None,
            };
        }
        let mut fields = LinkFields::default();
        let mended = read_pairs(query);
        for pair in mended.pairs {
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
        // A repeated or empty setting is worth a word only if the view on show reads it: an
        // unknown key is already named as unknown, and another view's settings are dropped
        // without a word.
        problems.retain(|problem| match problem {
            LinkProblem::Repeated(key) => is_read_by(state.view, key),
            LinkProblem::Empty(key) => is_read_by(state.view, key),
            _ => true,
        });
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
            mending: mended.mending,
        }
    }

    /// Whether the address bar should be given the state's own link: the link had problems, or
    /// had to be mended or tidied to be read.
    pub fn needs_rewrite(&self) -> bool {
        !self.problems.is_empty() || self.mending != Mending::None
    }

    /// The one-line notice for a link that had problems, or `None` for a clean link: every
    /// problem named (those of one kind in one sentence, see `link_notice`), and which view is
    /// shown when the link's own could not be used.
    pub fn notice(&self) -> Option<String> {
        let repaired = self.mending == Mending::Repaired;
        if self.problems.is_empty() && !repaired {
            return None;
        }
        let mut sentences: Vec<String> = repaired
            .then(|| REPAIRED_SENTENCE.to_string())
            .into_iter()
            .collect();
        sentences.extend(problem_sentences(&self.problems));
        let view_lost = self.problems.iter().any(|problem| {
            matches!(
                problem,
                LinkProblem::TooLong { .. } | LinkProblem::UnknownView(_)
            )
        });
        if view_lost {
            sentences.push(format!("Showing {} instead.", self.state.view.label()));
        }
        Some(sentences.join(" "))
    }
}

/// The line for a link that a chat or mail app changed and that was put back as it was meant.
pub const REPAIRED_SENTENCE: &str =
    "This link was changed by the app it came through; it has been repaired.";

/// Whether `key` is read while `view` is open: `view`, `v` and the view's own settings.
fn is_read_by(view: View, key: &str) -> bool {
    let own: &[&str] = match view {
        View::Compare => &COMPARE_KEYS,
        View::Ladder => &LADDER_KEYS,
        View::Assess => &ASSESS_KEYS,
        View::Notes => &[],
    };
    key == "view" || key == "v" || own.contains(&key)
}

/// "a", "a and b", "a, b and c".
pub(crate) fn join_words(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [only] => only.clone(),
        [init @ .., last] => format!("{} and {}", init.join(", "), last),
    }
}
