//! The words of the bad-link notice: every problem a link had is named, those of one kind (unknown
//! settings, roles, pinned rows, answers, repeats) together in one sentence, never as "1 more problem".

use crate::content::KNOWLEDGE;

use super::link_problem::{dimension_name, quote, role_name, setting};
use super::view_state::join_words;
use super::{LinkProblem, Listed};

/// How many names one sentence lists; a link with more of one kind (a pasted flood of unknown
/// settings) gets the first ones and how many others of that kind there are.
pub const MAX_NAMED: usize = 8;

/// Kinds of problem that are said together, one sentence for all of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    UnknownSetting,
    UnknownRole,
    UnknownDimension,
    RoleTwice,
    PinTwice,
    Repeated,
    UnreadableAnswer,
    AnswerNotAsked,
    AnswerWithoutLevel,
    AnswerOffScale,
}

/// Which kind a problem is said with, and the name it is listed under; `None` for a problem
/// said in a sentence of its own.
fn listed_as(problem: &LinkProblem) -> Option<(Kind, String)> {
    let quoted = |text: &str| format!("“{}”", quote(text));
    Some(match problem {
        LinkProblem::UnknownSetting(key) if !key.is_empty() => (Kind::UnknownSetting, quoted(key)),
        LinkProblem::UnknownRole(slug) => (Kind::UnknownRole, quoted(slug)),
        LinkProblem::UnknownDimension(slug) => (Kind::UnknownDimension, quoted(slug)),
        LinkProblem::Twice(Listed::Role(slug)) => (Kind::RoleTwice, role_name(slug)),
        // Row names hold "and" themselves ("P&L and budget"): quoted, so the list reads clearly.
        LinkProblem::Twice(Listed::Pin(slug)) => {
            (Kind::PinTwice, format!("“{}”", dimension_name(slug)))
        }
        LinkProblem::Repeated(key) if key != "from" && key != "to" => {
            (Kind::Repeated, setting(key))
        }
        LinkProblem::BadAnswer(item) => return answer_listed(item.trim()),
        _ => return None,
    })
}

/// An answer that could not be used, by why (as `LinkProblem::sentence` tells them apart).
fn answer_listed(item: &str) -> Option<(Kind, String)> {
    let (slug, level) = item
        .split_once('.')
        .map_or((item, ""), |(slug, level)| (slug.trim(), level.trim()));
    let Some(dimension) = KNOWLEDGE.dimension(slug) else {
        return Some((Kind::UnreadableAnswer, format!("“{}”", quote(item))));
    };
    let name = format!("“{}”", dimension.name);
    Some(if KNOWLEDGE.question(slug).is_none() {
        (Kind::AnswerNotAsked, name)
    } else if level.is_empty() {
        (Kind::AnswerWithoutLevel, name)
    } else {
        (Kind::AnswerOffScale, format!("{name} (“{}”)", quote(level)))
    })
}

/// "“a”, “b” and “c”", or, of more than one over [`MAX_NAMED`], the first ones and how many more.
fn list(names: &[String], what: &str) -> String {
    // One more than shown is named too: "and 1 other setting" would say less in as many words.
    if names.len() <= MAX_NAMED + 1 {
        return join_words(names);
    }
    let mut shown = names[..MAX_NAMED].to_vec();
    shown.push(format!("{} other {what}", names.len() - MAX_NAMED));
    join_words(&shown)
}

/// The sentence for two or more problems of one kind.
fn group_sentence(kind: Kind, names: &[String]) -> String {
    match kind {
        Kind::UnknownSetting => format!(
            "This link has settings the app does not know ({}); they are left out.",
            list(names, "settings")
        ),
        Kind::UnknownRole => format!(
            "This link names roles the app does not have ({}); they are left out.",
            list(names, "roles")
        ),
        Kind::UnknownDimension => format!(
            "This link pins rows the app does not have ({}); they are left out.",
            list(names, "rows")
        ),
        Kind::RoleTwice => format!(
            "{} are each in this link twice; each is shown once.",
            list(names, "roles")
        ),
        Kind::PinTwice => format!(
            "This link pins {} twice; each is pinned once.",
            list(names, "rows")
        ),
        Kind::Repeated => format!(
            "This link gives {} more than once; the first of each is used.",
            list(names, "settings")
        ),
        Kind::UnreadableAnswer => format!(
            "This link has answers the app cannot read ({}); they are left out.",
            list(names, "answers")
        ),
        Kind::AnswerNotAsked => format!(
            "This link answers {}, which the self-assessment does not ask about; they are left \
             out.",
            list(names, "dimensions")
        ),
        Kind::AnswerWithoutLevel => format!(
            "This link answers {} without a level; they are left out.",
            list(names, "dimensions")
        ),
        Kind::AnswerOffScale => format!(
            "This link's answers on {} are not levels of their scales; they are left out.",
            list(names, "dimensions")
        ),
    }
}

/// One sentence for each problem, or for each kind of problem that came more than once, in the
/// order the link gave them (a kind where it first appeared). Every problem is named.
pub fn problem_sentences(problems: &[LinkProblem]) -> Vec<String> {
    // Each entry: a problem said alone, or a kind with the problems of it, in link order.
    let mut entries: Vec<(Option<Kind>, Vec<&LinkProblem>, Vec<String>)> = Vec::new();
    for problem in problems {
        match listed_as(problem) {
            Some((kind, name)) => match entries.iter_mut().find(|(k, ..)| *k == Some(kind)) {
                Some((_, members, names)) => {
                    members.push(problem);
                    names.push(name);
                }
                None => entries.push((Some(kind), vec![problem], vec![name])),
            },
            None => entries.push((None, vec![problem], Vec::new())),
        }
    }
    entries
        .into_iter()
        .map(|(kind, members, names)| match (kind, members.as_slice()) {
            (Some(kind), [_, _, ..]) => group_sentence(kind, &names),
            (_, [only, ..]) => only.sentence(),
            (_, []) => String::new(),
        })
        .collect()
}
