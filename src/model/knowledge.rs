//! The knowledge base's types and the questions views ask of it: roles, dimensions, the cell
//! where they meet, the mini-CEO debate, the ladder, the self-assessment, and the articles every
//! claim cites.
//! The data itself is written in `src/content/*.toml` and compiled in by `build.rs`.

pub use crate::model::source::{Source, SourceKind, Stance};

/// Where a claim comes from: an article, or our own editorial content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Citation {
    Source(&'static str),
    Editorial,
}

/// The distinction the articles draw between managing a product and leading product work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// Product management: one product, hands-on.
    Management,
    /// Product leadership: several products, people and long-term strategy.
    Leadership,
    /// Not a product role: the CEO, and the project manager.
    Outside,
}

impl Side {
    pub fn label(self) -> &'static str {
        match self {
            Side::Management => "Product management",
            Side::Leadership => "Product leadership",
            Side::Outside => "Outside product",
        }
    }
}

#[derive(Debug)]
pub struct Role {
    pub slug: &'static str,
    pub name: &'static str,
    pub short_name: &'static str,
    pub side: Side,
    pub summary: &'static str,
    pub also_known_as: &'static [&'static str],
    pub sources: &'static [Citation],
}

#[derive(Debug)]
pub struct Theme {
    pub slug: &'static str,
    pub name: &'static str,
}

#[derive(Debug)]
pub struct Dimension {
    pub slug: &'static str,
    pub name: &'static str,
    pub theme: &'static str,
    /// The one-line question the dimension answers.
    pub question: &'static str,
    /// The dimension's own ordinal scale, lowest first.
    pub levels: &'static [&'static str],
}

impl Dimension {
    /// The name of a level of the dimension's scale; empty for a level past its end.
    pub fn level_name(&self, level: u8) -> &'static str {
        self.levels
            .get(usize::from(level))
            .copied()
            .unwrap_or_default()
    }
}

/// What one role looks like on one dimension.
#[derive(Debug)]
pub struct Cell {
    pub role: &'static str,
    pub dimension: &'static str,
    /// Index into the dimension's `levels`.
    pub level: u8,
    pub summary: &'static str,
    pub detail: &'static str,
    /// What `summary` and `detail` say comes from these: articles only, or editorial alone.
    pub sources: &'static [Citation],
    /// Our own reading beside what the articles say, shown apart from it and marked as ours.
    pub editorial: Option<&'static str>,
}

/// How well "a product manager is a mini-CEO" holds on one dimension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Holds,
    Partly,
    Breaks,
}

impl Verdict {
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Holds => "Holds",
            Verdict::Partly => "Partly holds",
            Verdict::Breaks => "Breaks",
        }
    }
}

#[derive(Debug)]
pub struct Argument {
    pub text: &'static str,
    pub sources: &'static [Citation],
    /// Our own reading beside the argument, shown apart from it and marked as ours.
    pub editorial: Option<&'static str>,
}

#[derive(Debug)]
pub struct Debate {
    pub dimension: &'static str,
    pub verdict: Verdict,
    pub case_for: Argument,
    pub case_against: Argument,
}

/// Which branch of the ladder a rung is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Track {
    /// Before the fork: every product manager starts here.
    Shared,
    /// The individual-contributor branch (Principal PM).
    Individual,
    /// The people-management branch, up to Chief Product Officer.
    Management,
}

#[derive(Debug)]
pub struct Rung {
    pub role: &'static str,
    pub track: Track,
    pub scope: &'static str,
    pub horizon: &'static str,
    pub team: &'static str,
    pub decisions: &'static str,
    pub learn_next: &'static [Entry],
    pub pitfalls: &'static [Entry],
    pub sources: &'static [Citation],
}

/// A move from one rung to another.
#[derive(Debug, PartialEq, Eq)]
pub struct Step {
    pub from: &'static str,
    pub to: &'static str,
    pub changes: &'static [Entry],
    pub advice: &'static [Entry],
    pub sources: &'static [Citation],
}

/// One question of the self-assessment "How CEO-like is your product role?": the person places
/// their own job on one dimension's scale.
#[derive(Debug)]
pub struct Question {
    /// The dimension the question asks about; its `levels` are the scale being answered on.
    pub dimension: &'static str,
    /// The question put to the person, in the second person.
    pub ask: &'static str,
    /// One first-person answer per level of the dimension, lowest first: choosing the answer at
    /// index `i` places the person at level `i`.
    pub answers: &'static [&'static str],
    /// A line that helps choose between levels that are easy to confuse.
    pub hint: Option<&'static str>,
}

/// Which assessment dimensions measure what a person controls and which what they answer for:
/// answering high on the second and low on the first is "held accountable for more than you
/// control".
#[derive(Debug)]
pub struct AccountabilityGap {
    /// Dimensions of authority: what the person can decide, spend, hire and command.
    pub control: &'static [&'static str],
    /// Dimensions of accountability: what the person is blamed for, how they are judged, and who
    /// would replace them.
    pub answerable: &'static [&'static str],
    /// For each level of the answerable scales, the least level on each control scale that
    /// answering at that level calls for.
    pub needs: &'static [u8],
    /// Why a shortfall matters, in a sentence or two.
    pub why: &'static str,
    pub sources: &'static [Citation],
}

/// An entry of a ladder list (what to learn, a pitfall, a change or a piece of advice).
#[derive(Debug, PartialEq, Eq)]
pub struct Entry {
    pub text: &'static str,
    /// Its own citations, where they differ from its rung's or step's; `None`: cited by those.
    pub sources: Option<&'static [Citation]>,
}

/// The whole knowledge base.
#[derive(Debug)]
pub struct Knowledge {
    pub sources: &'static [Source],
    pub roles: &'static [Role],
    pub themes: &'static [Theme],
    pub dimensions: &'static [Dimension],
    pub cells: &'static [Cell],
    pub debates: &'static [Debate],
    pub rungs: &'static [Rung],
    pub steps: &'static [Step],
    /// The self-assessment's questions, in the order they are asked.
    pub questions: &'static [Question],
    pub accountability_gap: AccountabilityGap,
    /// The organisations the Compare view can be read for (`crate::model::context`).
    pub contexts: &'static [crate::model::context::Context],
    pub head_of_product_note: &'static str,
}

impl Knowledge {
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.id == id)
    }

    pub fn role(&self, slug: &str) -> Option<&Role> {
        self.roles.iter().find(|role| role.slug == slug)
    }

    pub fn theme(&self, slug: &str) -> Option<&Theme> {
        self.themes.iter().find(|theme| theme.slug == slug)
    }

    pub fn dimension(&self, slug: &str) -> Option<&Dimension> {
        self.dimensions
            .iter()
            .find(|dimension| dimension.slug == slug)
    }

    /// The dimensions of one theme, in display order.
    pub fn dimensions_in<'a>(&'a self, theme: &'a str) -> impl Iterator<Item = &'a Dimension> {
        self.dimensions
            .iter()
            .filter(move |dimension| dimension.theme == theme)
    }

    /// Where a role meets a dimension.
    pub fn cell(&self, role: &str, dimension: &str) -> Option<&Cell> {
        self.cells
            .iter()
            .find(|cell| cell.role == role && cell.dimension == dimension)
    }

    pub fn debate(&self, dimension: &str) -> Option<&Debate> {
        self.debates
            .iter()
            .find(|debate| debate.dimension == dimension)
    }

    pub fn rung(&self, role: &str) -> Option<&Rung> {
        self.rungs.iter().find(|rung| rung.role == role)
    }

    pub fn step(&self, from: &str, to: &str) -> Option<&Step> {
        self.steps
            .iter()
            .find(|step| step.from == from && step.to == to)
    }

    /// The self-assessment's question on a dimension, if it asks one.
    pub fn question(&self, dimension: &str) -> Option<&Question> {
        self.questions
            .iter()
            .find(|question| question.dimension == dimension)
    }

    /// The name of a level of a dimension, if both exist.
    pub fn level_name(&self, dimension: &str, level: u8) -> Option<&'static str> {
        self.dimension(dimension)?
            .levels
            .get(usize::from(level))
            .copied()
    }

    /// The titles a list of citations names (a title of ours marked as ours), editorial content
    /// as "Editorial".
    pub fn cite(&self, citations: &[Citation]) -> Vec<String> {
        citations
            .iter()
            .map(|citation| match citation {
                Citation::Source(id) => self
                    .source(id)
                    .map(Source::cited_title)
                    .unwrap_or_else(|| format!("unknown source “{id}”")),
                Citation::Editorial => EDITORIAL_LABEL.to_string(),
            })
            .collect()
    }
}

/// How editorial content is credited.
pub const EDITORIAL_LABEL: &str = "Editorial (our own, not from the articles)";
