//! The short answer above the matrix: "is a product manager a mini-CEO?" in two or three plain
//! sentences for the roles, theme and organisation chosen, each with the articles it rests on.

mod roles;

use crate::content::KNOWLEDGE;
use crate::model::compare::CompareState;
use crate::model::knowledge::{Argument, Citation, Debate, Dimension, Stance, Verdict};

/// One sentence of the answer and the citations behind it (articles, or editorial).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claim {
    pub text: String,
    pub sources: Vec<Citation>,
}

/// The answer for one comparison: a few words that answer the question, then its claims.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    /// "Only in part.", "Mostly not.", "Mostly, yes."; for a comparison without both PM and CEO,
    /// a few words on what the columns show.
    pub headline: String,
    /// Two or three sentences, each cited.
    pub claims: Vec<Claim>,
}

/// How many dimensions a sentence names before "and N more".
const NAMED: usize = 3;

/// The answer for `state`: with Product Manager and CEO both shown, how the mini-CEO label fares
/// on the dimensions on show (the theme's, or all) read for the chosen organisation; otherwise
/// how the chosen roles stand against each other there.
pub fn answer(state: &CompareState) -> Answer {
    let dimensions: Vec<&'static Dimension> = KNOWLEDGE
        .dimensions
        .iter()
        .filter(|dimension| state.theme.is_none_or(|theme| theme == dimension.theme))
        .collect();
    if state.shows_verdicts() {
        mini_ceo_answer(state.context, &dimensions)
    } else {
        roles::roles_answer(state, &dimensions)
    }
}

fn mini_ceo_answer(context: Option<&str>, dimensions: &[&'static Dimension]) -> Answer {
    let with = |wanted: Verdict| -> Vec<&'static Dimension> {
        dimensions
            .iter()
            .copied()
            .filter(|dimension| KNOWLEDGE.verdict_in(context, dimension.slug) == Some(wanted))
            .collect()
    };
    let (holds, partly, breaks) = (
        with(Verdict::Holds),
        with(Verdict::Partly),
        with(Verdict::Breaks),
    );
    let headline = if holds.len() * 2 > dimensions.len() {
        "Mostly, yes."
    } else if breaks.len() * 2 > dimensions.len() {
        "Mostly not."
    } else {
        "Only in part."
    };
    let mut claims = Vec::new();
    // Where it fits: where it holds, or else partly holds, with the case for it there.
    let closest = if holds.is_empty() { &partly } else { &holds };
    if !closest.is_empty() {
        let (how, more) = match (holds.len(), partly.len()) {
            (0, _) => (" at least in part", String::new()),
            (_, 0) => ("", String::new()),
            (_, p) => ("", format!(", and partly on {p} more")),
        };
        claims.push(Claim {
            text: format!(
                "It fits{how} on {} of {} ({}){more}: there a product manager does a CEO's \
                 kind of work, for one product instead of a company.",
                closest.len(),
                count(dimensions.len(), "dimension"),
                named(closest),
            ),
            sources: cited(argued(closest, |debate| &debate.case_for)),
        });
    }
    if !breaks.is_empty() {
        claims.push(Claim {
            text: format!(
                "It breaks on {}: there a CEO has means a product manager lacks.",
                named(&breaks)
            ),
            sources: cited(argued(&breaks, |debate| &debate.case_against)),
        });
    }
    claims.push(split_and_organisation(context, dimensions));
    Answer {
        headline: headline.to_string(),
        claims,
    }
}

/// The citations of one side of these dimensions' debates (`side` picks the case for or against).
fn argued<'a>(
    dimensions: &'a [&'static Dimension],
    side: fn(&'static Debate) -> &'static Argument,
) -> impl Iterator<Item = Citation> + 'a {
    dimensions
        .iter()
        .filter_map(|dimension| KNOWLEDGE.debate(dimension.slug))
        .flat_map(move |debate| side(debate).sources.iter().copied())
}

/// Where the articles split, and how much the organisation moves the verdicts.
fn split_and_organisation(context: Option<&str>, dimensions: &[&'static Dimension]) -> Claim {
    let stance = |wanted: Stance| {
        KNOWLEDGE
            .sources
            .iter()
            .filter(|source| source.stance == wanted)
            .count()
    };
    let split = format!(
        "The articles split on the label ({} for it, {} against, {} mixed)",
        stance(Stance::For),
        stance(Stance::Against),
        stance(Stance::Mixed)
    );
    let moved = |slug: &str| {
        dimensions
            .iter()
            .filter(|dimension| {
                KNOWLEDGE.verdict_in(Some(slug), dimension.slug)
                    != KNOWLEDGE.verdict_in(None, dimension.slug)
            })
            .count()
    };
    let chosen = context.and_then(|slug| KNOWLEDGE.context(slug));
    let organisation = match chosen {
        Some(chosen) => match moved(chosen.slug) {
            0 => format!(
                "; read for “{}”, no verdict here differs from the typical reading.",
                chosen.name
            ),
            n => format!(
                "; read for “{}”, {} from the typical reading.",
                chosen.name,
                count_verb(n, "verdict differs", "verdicts differ")
            ),
        },
        None => {
            let most = KNOWLEDGE
                .contexts
                .iter()
                .map(|context| (moved(context.slug), context))
                .max_by_key(|(n, _)| *n);
            match most {
                Some((n, context)) if n > 0 => format!(
                    ", and the answer depends on the organisation: read for “{}”, {}.",
                    context.name,
                    count_verb(n, "verdict moves", "verdicts move")
                ),
                _ => ", and the organisation moves none of these verdicts.".to_string(),
            }
        }
    };
    let mut sources: Vec<Citation> = KNOWLEDGE
        .sources
        .iter()
        .map(|source| Citation::Source(source.id))
        .collect();
    let lens = match chosen {
        Some(chosen) => vec![chosen],
        None => KNOWLEDGE.contexts.iter().collect(),
    };
    sources.extend(lens.iter().flat_map(|context| {
        context
            .verdicts
            .iter()
            .filter(|change| dimensions.iter().any(|d| d.slug == change.dimension))
            .flat_map(|change| change.sources.iter().copied())
    }));
    Claim {
        text: format!("{split}{organisation}"),
        sources: cited(sources),
    }
}

/// The dimensions' names as the page writes them, quoted (several hold "and" themselves):
/// "“Scope of responsibility”, “Time horizon”, “Size of the bets” and 11 more".
pub(super) fn named(dimensions: &[&'static Dimension]) -> String {
    let quoted: Vec<String> = dimensions
        .iter()
        .take(NAMED)
        .map(|d| format!("“{}”", d.name))
        .collect();
    let rest = dimensions.len().saturating_sub(NAMED);
    match (quoted.split_last(), rest) {
        (None, _) => String::new(),
        (Some((last, [])), 0) => last.clone(),
        (Some((last, before)), 0) => format!("{} and {last}", before.join(", ")),
        (Some(_), rest) => format!("{} and {rest} more", quoted.join(", ")),
    }
}

/// "1 dimension", "18 dimensions".
pub(super) fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// "1 verdict differs", "3 verdicts differ".
fn count_verb(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// Each citation once, articles in the knowledge base's order, editorial last.
pub(super) fn cited(citations: impl IntoIterator<Item = Citation>) -> Vec<Citation> {
    let found: Vec<Citation> = citations.into_iter().collect();
    let mut ordered: Vec<Citation> = KNOWLEDGE
        .sources
        .iter()
        .map(|source| Citation::Source(source.id))
        .filter(|citation| found.contains(citation))
        .collect();
    if found.contains(&Citation::Editorial) {
        ordered.push(Citation::Editorial);
    }
    ordered
}
