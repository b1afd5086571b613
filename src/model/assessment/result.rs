//! What a set of answers comes to: where each answer sits between a typical product manager and
//! a CEO, which side of the articles' argument applies to it, the mini-CEO index, the role the
//! answers sit closest to, and whether the person answers for more than they control.

use crate::content::KNOWLEDGE;
use crate::model::compare::DEFAULT_ROLES;
use crate::model::knowledge::{Argument, Dimension, Question, Role};
use crate::model::view_state::join_words;

use super::answers::{Answer, Answers};

/// The two roles every answer is placed between.
pub const PM: &str = DEFAULT_ROLES[0];
pub const CEO: &str = DEFAULT_ROLES[1];

/// Where an answer sits against the typical Product Manager's and the CEO's levels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    BelowPm,
    AtPm,
    Between,
    AtCeo,
}

impl Placement {
    fn of(level: u8, pm: u8, ceo: u8) -> Placement {
        if level >= ceo {
            Placement::AtCeo
        } else if level > pm {
            Placement::Between
        } else if level == pm {
            Placement::AtPm
        } else {
            Placement::BelowPm
        }
    }

    /// A short label for tables and the chart.
    pub fn label(self) -> &'static str {
        match self {
            Placement::BelowPm => "Below a typical PM",
            Placement::AtPm => "Like a typical PM",
            Placement::Between => "Between PM and CEO",
            Placement::AtCeo => "Like a CEO",
        }
    }

    /// Which side of the debate speaks to an answer placed here.
    pub fn applies(self) -> Applies {
        match self {
            Placement::BelowPm | Placement::AtPm => Applies::Against,
            Placement::Between => Applies::Both,
            Placement::AtCeo => Applies::For,
        }
    }

    /// Why that side applies, in a sentence (our own reading, not the articles').
    pub fn reading(self) -> &'static str {
        match self {
            Placement::BelowPm => {
                "You hold less here than a typical product manager, so the case against the \
                 analogy applies to you with even more force."
            }
            Placement::AtPm => {
                "Here your job matches a typical product manager's, so the case against the \
                 analogy is the one that describes you."
            }
            Placement::Between => {
                "You hold more here than a typical product manager and less than a CEO: each side \
                 of the argument is partly true of you."
            }
            Placement::AtCeo => {
                "Here your job matches a CEO's, so the case for the analogy describes you."
            }
        }
    }
}

/// The side of the articles' argument that speaks to an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Applies {
    For,
    Against,
    Both,
}

/// One question's line of the result.
#[derive(Debug)]
pub struct DimensionResult {
    pub dimension: &'static Dimension,
    pub question: &'static Question,
    /// The level chosen; `None` when the question was skipped or left open.
    pub level: Option<u8>,
    /// The typical Product Manager's and the CEO's levels.
    pub pm: u8,
    pub ceo: u8,
    /// Control dimensions only: the answer is below the say the person's broadest
    /// accountability needs.
    pub short_of_need: bool,
}

impl DimensionResult {
    pub fn placement(&self) -> Option<Placement> {
        self.level
            .map(|level| Placement::of(level, self.pm, self.ceo))
    }

    /// How far the answer is from the typical PM (0) towards the CEO (1), kept within that span.
    pub fn position(&self) -> Option<f64> {
        let level = f64::from(self.level?);
        let (pm, ceo) = (f64::from(self.pm), f64::from(self.ceo));
        if ceo <= pm {
            return None;
        }
        Some(((level - pm) / (ceo - pm)).clamp(0.0, 1.0))
    }

    /// The chosen level's name, or "Skipped".
    pub fn level_name(&self) -> &'static str {
        self.level
            .map_or("Skipped", |level| self.dimension.level_name(level))
    }

    /// The articles' arguments that speak to the answer, for first (the case for the analogy
    /// before the case against when both apply).
    pub fn arguments(&self) -> Vec<(Applies, &'static Argument)> {
        let (Some(placement), Some(debate)) =
            (self.placement(), KNOWLEDGE.debate(self.dimension.slug))
        else {
            return Vec::new();
        };
        match placement.applies() {
            Applies::For => vec![(Applies::For, &debate.case_for)],
            Applies::Against => vec![(Applies::Against, &debate.case_against)],
            Applies::Both => vec![
                (Applies::For, &debate.case_for),
                (Applies::Against, &debate.case_against),
            ],
        }
    }
}

/// The mini-CEO index: on average, how far the answers go from a typical product manager (0)
/// to a CEO (100). Skipped questions do not count; an answer below a typical PM counts as 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MiniCeoIndex {
    pub value: u8,
    /// Answers that went into it.
    pub counted: usize,
    pub total: usize,
}

impl MiniCeoIndex {
    fn from_positions(positions: &[f64], total: usize) -> Option<MiniCeoIndex> {
        if positions.is_empty() {
            return None;
        }
        let mean = positions.iter().sum::<f64>() / positions.len() as f64;
        Some(MiniCeoIndex {
            value: (mean * 100.0).round().clamp(0.0, 100.0) as u8,
            counted: positions.len(),
            total,
        })
    }

    /// What the number means, in a few words.
    pub fn band(self) -> &'static str {
        match self.value {
            0..=14 => "A product manager's reach",
            15..=44 => "Past a typical product manager",
            45..=74 => "Much of a leader's reach",
            _ => "Close to a CEO",
        }
    }

    /// How the number was reached, in a sentence.
    pub fn how(self) -> String {
        let left_out = match self.total - self.counted {
            0 => String::new(),
            1 => " One skipped question is left out.".to_string(),
            n => format!(" {n} skipped questions are left out."),
        };
        let answered = match self.counted {
            1 => "the one question answered".to_string(),
            n => format!("the {n} questions answered"),
        };
        format!(
            "Each answer is placed on a line from where a typical product manager stands (0) to \
             where a CEO stands (100), and the index is the average of those places over \
             {answered}. An answer below a typical PM counts as 0.{left_out}"
        )
    }
}

/// "You answer for more than you control": the broadest thing the person answers for, the say
/// it needs, and the control answers that fall short of it.
#[derive(Debug)]
pub struct GapFinding {
    /// The answerable dimension answered highest, and its level.
    pub answers_for: (&'static Dimension, u8),
    /// The least level on each control scale that answering at that level needs.
    pub needs: u8,
    /// Control dimensions answered below `needs`, with the level given.
    pub short: Vec<(&'static Dimension, u8)>,
}

impl GapFinding {
    /// The finding in one sentence.
    pub fn sentence(&self) -> String {
        let (dimension, level) = self.answers_for;
        let answered = dimension.level_name(level);
        let short: Vec<String> = self
            .short
            .iter()
            .map(|(dimension, level)| {
                let name = dimension.level_name(*level);
                format!("{} ({})", in_sentence(dimension.name), in_sentence(name))
            })
            .collect();
        format!(
            "On {} the answer is “{answered}”, yet the say that answering for it needs is \
             missing on {}.",
            in_sentence(dimension.name),
            join_words(&short)
        )
    }
}

/// The role of the knowledge base the answers sit closest to.
#[derive(Debug)]
pub struct ClosestRole {
    pub role: &'static Role,
    /// The average gap between the answers and the role's levels, each as a share of its scale.
    pub distance: f64,
}

/// Everything the result view shows for one set of answers.
#[derive(Debug)]
pub struct AssessmentResult {
    /// One line per question, in question order.
    pub rows: Vec<DimensionResult>,
    /// `None` when no question was answered.
    pub index: Option<MiniCeoIndex>,
    pub gap: Option<GapFinding>,
    pub closest: Option<ClosestRole>,
}

impl AssessmentResult {
    pub fn of(answers: &Answers) -> AssessmentResult {
        let gap = gap_finding(answers);
        let rows: Vec<DimensionResult> = KNOWLEDGE
            .questions
            .iter()
            .filter_map(|question| {
                let dimension = KNOWLEDGE.dimension(question.dimension)?;
                let level_of = |role| KNOWLEDGE.cell(role, dimension.slug).map(|cell| cell.level);
                let level = match answers.get(dimension.slug) {
                    Some(Answer::Level(level)) => Some(level),
                    _ => None,
                };
                let short_of_need = gap.as_ref().is_some_and(|gap| {
                    gap.short
                        .iter()
                        .any(|(short, _)| short.slug == dimension.slug)
                });
                Some(DimensionResult {
                    dimension,
                    question,
                    level,
                    pm: level_of(PM)?,
                    ceo: level_of(CEO)?,
                    short_of_need,
                })
            })
            .collect();
        let positions: Vec<f64> = rows.iter().filter_map(DimensionResult::position).collect();
        AssessmentResult {
            index: MiniCeoIndex::from_positions(&positions, rows.len()),
            closest: closest_role(answers),
            gap,
            rows,
        }
    }

    pub fn row(&self, dimension: &str) -> Option<&DimensionResult> {
        self.rows.iter().find(|row| row.dimension.slug == dimension)
    }
}

/// The index a role of the knowledge base would score, answering with its own levels.
pub fn index_of_role(role: &str) -> Option<MiniCeoIndex> {
    AssessmentResult::of(&role_answers(role)).index
}

/// A role's levels, as if it had answered every question.
pub fn role_answers(role: &str) -> Answers {
    KNOWLEDGE
        .questions
        .iter()
        .fold(Answers::new(), |answers, question| {
            KNOWLEDGE
                .cell(role, question.dimension)
                .and_then(|cell| answers.with(question.dimension, Answer::Level(cell.level)))
                .unwrap_or(answers)
        })
}

fn closest_role(answers: &Answers) -> Option<ClosestRole> {
    let mut best: Option<ClosestRole> = None;
    for role in KNOWLEDGE.roles {
        let gaps: Vec<f64> = answers
            .levels()
            .filter_map(|(slug, level)| {
                let steps = KNOWLEDGE.dimension(slug)?.levels.len().checked_sub(1)?;
                let cell = KNOWLEDGE.cell(role.slug, slug)?;
                Some((f64::from(level) - f64::from(cell.level)).abs() / steps.max(1) as f64)
            })
            .collect();
        if gaps.is_empty() {
            continue;
        }
        let distance = gaps.iter().sum::<f64>() / gaps.len() as f64;
        if best
            .as_ref()
            .is_none_or(|best| distance < best.distance - 1e-9)
        {
            best = Some(ClosestRole { role, distance });
        }
    }
    best
}

fn gap_finding(answers: &Answers) -> Option<GapFinding> {
    let gap = &KNOWLEDGE.accountability_gap;
    let (slug, level) = gap
        .answerable
        .iter()
        .filter_map(|slug| Some((*slug, answers.level(slug)?)))
        // The broadest thing answered for; the first of equals.
        .fold(None, |best: Option<(&str, u8)>, (slug, level)| match best {
            Some((_, top)) if top >= level => best,
            _ => Some((slug, level)),
        })?;
    let needs = *gap.needs.get(usize::from(level))?;
    let short: Vec<(&'static Dimension, u8)> = gap
        .control
        .iter()
        .filter_map(|slug| {
            let given = answers.level(slug)?;
            (given < needs).then_some((KNOWLEDGE.dimension(slug)?, given))
        })
        .collect();
    if short.is_empty() {
        return None;
    }
    Some(GapFinding {
        answers_for: (KNOWLEDGE.dimension(slug)?, level),
        needs,
        short,
    })
}

/// A name as it reads inside a sentence: each word lowercased, except abbreviations such as
/// "P&L" or "CEO" (words with more than one capital), which would read wrong in lower case.
fn in_sentence(name: &str) -> String {
    name.split(' ')
        .map(|word| {
            if word.chars().filter(|c| c.is_uppercase()).count() > 1 {
                word.to_string()
            } else {
                word.to_lowercase()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}
