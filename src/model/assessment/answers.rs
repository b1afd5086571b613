//! A person's answers to the self-assessment: for each question a level on its dimension's own
//! scale, a skip, or nothing yet; and how answers travel in a link (`answers=budget.2,hiring.1`).

use crate::content::KNOWLEDGE;
use crate::model::knowledge::Question;
use crate::model::view_state::{LinkProblem, Listed};

/// What a person said to one question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    /// An index into the dimension's `levels` (0 = the first).
    Level(u8),
    Skipped,
}

/// Answers by question. Only questions the knowledge base asks get in, only with levels on their
/// scale, and they are kept in the order the questions are asked.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Answers {
    given: Vec<(&'static str, Answer)>,
}

/// How far through the questions a person is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub answered: usize,
    pub skipped: usize,
    pub total: usize,
}

impl Progress {
    /// Questions answered or skipped.
    pub fn done(&self) -> usize {
        self.answered + self.skipped
    }

    /// "5 of 12 answered, 1 skipped".
    pub fn sentence(&self) -> String {
        let skipped = match self.skipped {
            0 => String::new(),
            n => format!(", {n} skipped"),
        };
        format!("{} of {} answered{skipped}", self.answered, self.total)
    }
}

/// The question asked about a dimension, and its place in the order.
fn question_index(dimension: &str) -> Option<(usize, &'static Question)> {
    KNOWLEDGE
        .questions
        .iter()
        .enumerate()
        .find(|(_, question)| question.dimension == dimension)
}

/// How many levels a question's scale has.
pub fn scale_len(dimension: &str) -> usize {
    KNOWLEDGE
        .dimension(dimension)
        .map_or(0, |dimension| dimension.levels.len())
}

impl Answers {
    pub fn new() -> Answers {
        Answers::default()
    }

    pub fn get(&self, dimension: &str) -> Option<Answer> {
        self.given
            .iter()
            .find(|(slug, _)| *slug == dimension)
            .map(|(_, answer)| *answer)
    }

    /// The level chosen on a dimension; `None` when skipped or not answered.
    pub fn level(&self, dimension: &str) -> Option<u8> {
        match self.get(dimension) {
            Some(Answer::Level(level)) => Some(level),
            _ => None,
        }
    }

    /// These answers with `answer` given to the question on `dimension`; `None` when no question
    /// asks about it or the level is not on its scale.
    pub fn with(&self, dimension: &str, answer: Answer) -> Option<Answers> {
        let (_, question) = question_index(dimension)?;
        if let Answer::Level(level) = answer {
            if usize::from(level) >= scale_len(question.dimension) {
                return None;
            }
        }
        let mut next = self.clone();
        next.given.retain(|(slug, _)| *slug != question.dimension);
        next.given.push((question.dimension, answer));
        next.in_question_order();
        Some(next)
    }

    /// These answers with the question on `dimension` open again.
    pub fn without(&self, dimension: &str) -> Answers {
        let mut next = self.clone();
        next.given.retain(|(slug, _)| *slug != dimension);
        next
    }

    /// Every answer and skip, in question order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, Answer)> + '_ {
        self.given.iter().copied()
    }

    /// The dimensions answered with a level, and the level, in question order.
    pub fn levels(&self) -> impl Iterator<Item = (&'static str, u8)> + '_ {
        self.given.iter().filter_map(|(slug, answer)| match answer {
            Answer::Level(level) => Some((*slug, *level)),
            Answer::Skipped => None,
        })
    }

    pub fn progress(&self) -> Progress {
        let answered = self.levels().count();
        Progress {
            answered,
            skipped: self.given.len() - answered,
            total: KNOWLEDGE.questions.len(),
        }
    }

    /// No question has a level yet (skips do not count).
    pub fn has_no_levels(&self) -> bool {
        self.levels().next().is_none()
    }

    /// The place in the order of the first question neither answered nor skipped.
    pub fn first_open(&self) -> Option<usize> {
        KNOWLEDGE
            .questions
            .iter()
            .position(|question| self.get(question.dimension).is_none())
    }

    /// These answers with every open question counted as skipped: what finishing keeps.
    pub fn with_open_skipped(&self) -> Answers {
        let mut next = self.clone();
        for question in KNOWLEDGE.questions {
            if next.get(question.dimension).is_none() {
                next.given.push((question.dimension, Answer::Skipped));
            }
        }
        next.in_question_order();
        next
    }

    fn in_question_order(&mut self) {
        self.given
            .sort_by_key(|(slug, _)| question_index(slug).map(|(index, _)| index));
    }

    /// The value of `answers=` in a link: each answered dimension and its level counted from 1
    /// (`budget.2` is the second level), skips left out.
    pub fn to_link_value(&self) -> String {
        self.levels()
            .map(|(slug, level)| format!("{slug}.{}", u32::from(level) + 1))
            .collect::<Vec<_>>()
            .join(",")
    }

    /// Reads `answers=` from a link, dropping what cannot be used and saying so.
    pub fn read_link(value: &str, problems: &mut Vec<LinkProblem>) -> Answers {
        let mut answers = Answers::new();
        for item in value
            .split(',')
            .map(str::trim)
            .filter(|item| !item.is_empty())
        {
            let parsed = item.split_once('.').and_then(|(slug, level)| {
                let (_, question) = question_index(slug.trim())?;
                let level: u8 = level.trim().parse().ok()?;
                let level = level.checked_sub(1)?;
                Some((question.dimension, level))
            });
            match parsed {
                Some((slug, _)) if answers.get(slug).is_some() => {
                    problems.push(LinkProblem::Twice(Listed::Answer(slug)))
                }
                Some((slug, level)) => match answers.with(slug, Answer::Level(level)) {
                    Some(next) => answers = next,
                    None => problems.push(LinkProblem::BadAnswer(item.into())),
                },
                None => problems.push(LinkProblem::BadAnswer(item.into())),
            }
        }
        answers
    }
}
