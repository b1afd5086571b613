//! The result as a Markdown document to keep or send: the index and what it means, the
//! accountability finding, each answer beside the typical PM and the CEO, and the argument from
//! the articles that applies to it, cited by title.

use std::fmt::Write;

use crate::content::KNOWLEDGE;

use super::answers::Answers;
use super::result::{Applies, AssessmentResult};

/// The result of `answers`, taken on `date` (as the person reads dates), as Markdown.
pub fn result_markdown(answers: &Answers, date: &str) -> String {
    let result = AssessmentResult::of(answers);
    let mut out = String::new();
    let _ = writeln!(out, "# How CEO-like is my product role?\n");
    let _ = writeln!(out, "Self-assessment taken {date}, made with PM Compass.\n");
    match result.index {
        Some(index) => {
            let _ = writeln!(
                out,
                "## Mini-CEO index: {} of 100 ({})\n\n{}\n",
                index.value,
                index.band(),
                index.how()
            );
        }
        None => {
            let _ = writeln!(out, "No question was answered, so there is no index.\n");
        }
    }
    if let Some(closest) = &result.closest {
        let _ = writeln!(
            out,
            "The answers sit closest to a typical **{}**.\n",
            closest.role.name
        );
    }
    if let Some(gap) = &result.gap {
        let why = &KNOWLEDGE.accountability_gap;
        let _ = writeln!(
            out,
            "## I answer for more than I control\n\n{}\n\n{} ({})\n",
            gap.sentence(),
            why.why,
            KNOWLEDGE.cite(why.sources).join("; ")
        );
    }
    let _ = writeln!(out, "## My answers\n");
    let _ = writeln!(
        out,
        "| Dimension | My answer | Typical PM | CEO | Where I stand |"
    );
    let _ = writeln!(out, "|---|---|---|---|---|");
    for row in &result.rows {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            row.dimension.name,
            row.level_name(),
            row.dimension.level_name(row.pm),
            row.dimension.level_name(row.ceo),
            row.placement()
                .map_or("Skipped", |placement| placement.label())
        );
    }
    let _ = writeln!(out, "\n## What the articles say about my answers\n");
    for row in result.rows.iter().filter(|row| row.level.is_some()) {
        let _ = writeln!(out, "### {}: {}\n", row.dimension.name, row.level_name());
        if let Some(placement) = row.placement() {
            let _ = writeln!(out, "{}\n", placement.reading());
        }
        if row.short_of_need {
            let _ = writeln!(out, "This is less say than what I answer for needs.\n");
        }
        for (side, argument) in row.arguments() {
            let heading = match side {
                Applies::For => "The case for the analogy",
                _ => "The case against the analogy",
            };
            let _ = writeln!(
                out,
                "**{heading}:** {}\n\n_Sources: {}_\n",
                argument.text,
                KNOWLEDGE.cite(argument.sources).join("; ")
            );
            if let Some(ours) = argument.editorial {
                let _ = writeln!(out, "_Our reading (editorial):_ {ours}\n");
            }
        }
    }
    out
}
