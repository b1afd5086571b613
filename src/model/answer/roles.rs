//! The short answer for roles other than Product Manager beside a CEO: how each of the next two
//! roles stands against the first on the dimensions on show, with the widest steps named.

use super::{cited, count, named, Answer, Claim};
use crate::content::KNOWLEDGE;
use crate::model::compare::CompareState;
use crate::model::knowledge::{Citation, Dimension};

/// The answer for a comparison without both Product Manager and CEO: one sentence for each of
/// the next two roles set against the first, cited by the cells where they differ.
pub(super) fn roles_answer(state: &CompareState, dimensions: &[&'static Dimension]) -> Answer {
    let level = |role: &str, dimension: &str| KNOWLEDGE.level_in(state.context, role, dimension);
    let name = |role: &'static str| KNOWLEDGE.role(role).map_or(role, |role| role.name);
    let Some((&first, others)) = state.roles.split_first() else {
        return Answer {
            headline: String::new(),
            claims: Vec::new(),
        };
    };
    let mut claims = Vec::new();
    for &other in others.iter().take(2) {
        let (mut above, mut below, mut level_with) = (Vec::new(), Vec::new(), 0);
        for dimension in dimensions {
            match (level(first, dimension.slug), level(other, dimension.slug)) {
                (Some(a), Some(b)) if b > a => above.push((b - a, *dimension)),
                (Some(a), Some(b)) if b < a => below.push((a - b, *dimension)),
                (Some(_), Some(_)) => level_with += 1,
                _ => {}
            }
        }
        // The widest gaps first, then the page's order (gaps are a few levels at most: no sort,
        // whose code would cost the wasm more than this loop).
        let most = above.iter().map(|(gap, _)| *gap).max().unwrap_or(0);
        let widest: Vec<&'static Dimension> = (1..=most)
            .rev()
            .flat_map(|gap| {
                above
                    .iter()
                    .filter(move |(g, _)| *g == gap)
                    .map(|(_, d)| *d)
            })
            .collect();
        let mut text = format!(
            "{} is above {} on {} of {}, level on {}",
            name(other),
            name(first),
            above.len(),
            count(dimensions.len(), "dimension"),
            level_with
        );
        if !below.is_empty() {
            text.push_str(&format!(" and below on {}", below.len()));
        }
        if widest.is_empty() {
            text.push('.');
        } else {
            text.push_str(&format!("; the widest steps are {}.", named(&widest)));
        }
        // The cells where the two differ back the claim: their articles, or, where every one
        // of them is our own reading, the editorial mark alone.
        let differing = above
            .iter()
            .chain(&below)
            .map(|(_, dimension)| dimension.slug);
        let cells: Vec<Citation> = differing
            .flat_map(|dimension| {
                [first, other]
                    .into_iter()
                    .filter_map(move |role| KNOWLEDGE.cell(role, dimension))
                    .flat_map(|cell| cell.sources.iter().copied())
            })
            .collect();
        let articles: Vec<Citation> = cells
            .iter()
            .copied()
            .filter(|citation| *citation != Citation::Editorial)
            .collect();
        claims.push(Claim {
            text,
            sources: if articles.is_empty() {
                vec![Citation::Editorial]
            } else {
                cited(articles)
            },
        });
    }
    let headline = if state.roles.contains(&"ceo") {
        "How close each role comes to a CEO."
    } else {
        "How these roles differ."
    };
    Answer {
        headline: headline.to_string(),
        claims,
    }
}
