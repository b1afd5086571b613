//! Native checks that keep the knowledge base whole: every role has every dimension, every
//! citation resolves, levels fit their scales, the ladder is complete, and no text is empty,
//! a placeholder or out of bounds. Each failure names the item and the file to fix.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use pm_compass::content::KNOWLEDGE;
use pm_compass::model::knowledge::{Citation, Knowledge, Side, Track, Verdict};
use pm_compass::model::matrix::VerdictTally;

fn k() -> &'static Knowledge {
    &KNOWLEDGE
}

fn is_url_safe_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

fn assert_unique_slugs<'a>(kind: &str, slugs: impl IntoIterator<Item = &'a str>) {
    let mut seen = HashSet::new();
    for slug in slugs {
        assert!(
            is_url_safe_slug(slug),
            "{kind} slug “{slug}” is not lowercase-words-with-dashes"
        );
        assert!(seen.insert(slug), "{kind} slug “{slug}” appears twice");
    }
}

#[test]
fn slugs_are_unique_and_url_safe() {
    assert_unique_slugs("source", k().sources.iter().map(|s| s.id));
    assert_unique_slugs("role", k().roles.iter().map(|r| r.slug));
    assert_unique_slugs("theme", k().themes.iter().map(|t| t.slug));
    assert_unique_slugs("dimension", k().dimensions.iter().map(|d| d.slug));
    assert!(
        k().source("editorial").is_none(),
        "“editorial” is reserved for our own content and cannot be a source id"
    );
}

#[test]
fn the_five_articles_are_sources_and_each_is_cited() {
    assert_eq!(
        k().sources.len(),
        5,
        "src/content/sources.toml lists the five articles"
    );
    let cited: HashSet<&str> = all_citations()
        .into_iter()
        .filter_map(|(_, citation)| match citation {
            Citation::Source(id) => Some(id),
            Citation::Editorial => None,
        })
        .collect();
    for source in k().sources {
        assert!(
            cited.contains(source.id),
            "nothing cites the article “{}”",
            source.full_title()
        );
    }
}

#[test]
fn the_roles_the_app_promises_are_there_on_the_right_side() {
    let expected = [
        ("pm", Side::Management),
        ("senior-pm", Side::Management),
        ("principal-pm", Side::Management),
        ("group-pm", Side::Leadership),
        ("director-pm", Side::Leadership),
        ("head-of-product", Side::Leadership),
        ("vp-product", Side::Leadership),
        ("cpo", Side::Leadership),
        ("ceo", Side::Outside),
        ("project-manager", Side::Outside),
    ];
    for (slug, side) in expected {
        let role = k()
            .role(slug)
            .unwrap_or_else(|| panic!("roles.toml has no role “{slug}”"));
        assert_eq!(role.side, side, "role “{slug}” is on the wrong side");
    }
    for role in k().roles {
        assert!(
            role.short_name.chars().count() <= 12,
            "role “{}”: short_name over 12 characters",
            role.slug
        );
        assert!(
            !role.also_known_as.is_empty(),
            "role “{}” lists no other titles",
            role.slug
        );
    }
}

#[test]
fn dimensions_cover_every_axis_in_themes() {
    assert!(k().dimensions.len() >= 14, "at least 14 dimensions");
    for dimension in k().dimensions {
        assert!(
            k().theme(dimension.theme).is_some(),
            "dimension “{}” is in the unknown theme “{}”",
            dimension.slug,
            dimension.theme
        );
        assert!(
            (3..=6).contains(&dimension.levels.len()),
            "dimension “{}” needs a scale of 3 to 6 levels",
            dimension.slug
        );
        assert!(
            dimension.question.ends_with('?'),
            "the question of “{}” is not a question",
            dimension.slug
        );
    }
    for theme in k().themes {
        assert!(
            k().dimensions_in(theme.slug).next().is_some(),
            "theme “{}” has no dimension",
            theme.slug
        );
    }
    for axis in [
        "scope",
        "decisions",
        "strategy",
        "planning",
        "budget",
        "hiring",
        "power",
        "accountability",
        "stakeholders",
        "performance",
        "time-horizon",
        "team",
        "representing",
        "replacement",
        "skills",
    ] {
        assert!(
            k().dimension(axis).is_some(),
            "dimensions.toml has no “{axis}”"
        );
    }
}

#[test]
fn every_role_has_every_dimension() {
    let mut missing = Vec::new();
    for role in k().roles {
        for dimension in k().dimensions {
            if k().cell(role.slug, dimension.slug).is_none() {
                missing.push(format!(
                    "src/content/cells/{}.toml has no [{}]",
                    role.slug, dimension.slug
                ));
            }
        }
    }
    assert!(missing.is_empty(), "missing cells:\n{}", missing.join("\n"));
}

#[test]
fn every_cell_belongs_to_a_known_role_and_dimension_once() {
    let mut seen = HashSet::new();
    for cell in k().cells {
        assert!(
            k().role(cell.role).is_some(),
            "cells for the unknown role “{}”",
            cell.role
        );
        assert!(
            k().dimension(cell.dimension).is_some(),
            "src/content/cells/{}.toml: unknown dimension [{}]",
            cell.role,
            cell.dimension
        );
        assert!(
            seen.insert((cell.role, cell.dimension)),
            "two cells for {} × {}",
            cell.role,
            cell.dimension
        );
    }
}

#[test]
fn levels_are_on_their_dimensions_scales() {
    for cell in k().cells {
        let Some(dimension) = k().dimension(cell.dimension) else {
            continue;
        };
        assert!(
            usize::from(cell.level) < dimension.levels.len(),
            "src/content/cells/{}.toml [{}]: level {} is off a scale of {}",
            cell.role,
            cell.dimension,
            cell.level,
            dimension.levels.len()
        );
    }
}

/// Climbing the ladder never takes authority, scope or reach away.
#[test]
fn levels_never_fall_along_the_ladder() {
    let chains: [&[&str]; 2] = [
        &[
            "pm",
            "senior-pm",
            "group-pm",
            "director-pm",
            "head-of-product",
            "vp-product",
            "cpo",
            "ceo",
        ],
        &["pm", "senior-pm", "principal-pm"],
    ];
    for chain in chains {
        for pair in chain.windows(2) {
            for dimension in k().dimensions {
                let (Some(lower), Some(upper)) = (
                    k().cell(pair[0], dimension.slug),
                    k().cell(pair[1], dimension.slug),
                ) else {
                    continue;
                };
                assert!(
                    lower.level <= upper.level,
                    "[{}]: {} is at level {} but {} above it is at {}",
                    dimension.slug,
                    pair[0],
                    lower.level,
                    pair[1],
                    upper.level
                );
            }
        }
    }
}

/// A promotion is more than a new title: every step of the ladder moves at least two dimensions.
#[test]
fn every_step_up_the_ladder_changes_something() {
    let name = |slug: &'static str| k().role(slug).map_or(slug, |role| role.name);
    for step in k().steps {
        let differing: Vec<&str> = k()
            .dimensions
            .iter()
            .filter(|dimension| {
                match (
                    k().cell(step.from, dimension.slug),
                    k().cell(step.to, dimension.slug),
                ) {
                    (Some(from), Some(to)) => from.level != to.level,
                    _ => false,
                }
            })
            .map(|dimension| dimension.slug)
            .collect();
        assert!(
            differing.len() >= 2,
            "the step {} → {} changes only {} dimension(s) {:?}: set the cells so at least 2 differ",
            name(step.from),
            name(step.to),
            differing.len(),
            differing
        );
    }
}

#[test]
fn the_ceo_is_at_the_top_of_every_scale() {
    for dimension in k().dimensions {
        let cell = k().cell("ceo", dimension.slug).expect("CEO cells exist");
        assert_eq!(
            usize::from(cell.level),
            dimension.levels.len() - 1,
            "[{}]: the CEO is the reference point and sits at the top",
            dimension.slug
        );
    }
}

#[test]
fn every_dimension_has_a_fair_debate() {
    for dimension in k().dimensions {
        let debate = k()
            .debate(dimension.slug)
            .unwrap_or_else(|| panic!("debate.toml has no [{}]", dimension.slug));
        assert!(!debate.case_for.sources.is_empty() && !debate.case_against.sources.is_empty());
    }
    for debate in k().debates {
        assert!(
            k().dimension(debate.dimension).is_some(),
            "debate.toml: unknown [{}]",
            debate.dimension
        );
    }
    let tally = VerdictTally::for_theme(None);
    assert_eq!(tally.total(), k().dimensions.len());
    assert!(
        tally.holds + tally.partly > 0 && tally.breaks > 0,
        "the verdicts show both sides of the argument"
    );
}

#[test]
fn the_ladder_runs_from_product_manager_to_chief_product_officer() {
    let rungs: Vec<&str> = k().rungs.iter().map(|r| r.role).collect();
    assert_eq!(
        rungs.first(),
        Some(&"pm"),
        "the ladder starts at Product Manager"
    );
    assert_eq!(
        rungs.last(),
        Some(&"cpo"),
        "the ladder ends at Chief Product Officer"
    );
    for required in [
        "senior-pm",
        "principal-pm",
        "group-pm",
        "director-pm",
        "head-of-product",
        "vp-product",
    ] {
        assert!(
            rungs.contains(&required),
            "ladder.toml has no rung for “{required}”"
        );
    }
    for not_a_rung in ["ceo", "project-manager"] {
        assert!(
            !rungs.contains(&not_a_rung),
            "“{not_a_rung}” is not a rung of the ladder"
        );
    }
    assert_unique_slugs("rung", rungs.iter().copied());
    for rung in k().rungs {
        assert!(
            k().role(rung.role).is_some(),
            "ladder.toml: rung for the unknown role “{}”",
            rung.role
        );
        assert!(
            (2..=5).contains(&rung.learn_next.len()),
            "rung “{}”: 2 to 5 things to learn",
            rung.role
        );
        assert!(
            (2..=4).contains(&rung.pitfalls.len()),
            "rung “{}”: 2 to 4 pitfalls",
            rung.role
        );
    }
    // The shared rungs come first; the fork follows them.
    let first_branch = k()
        .rungs
        .iter()
        .position(|r| r.track != Track::Shared)
        .unwrap();
    assert!(k().rungs[first_branch..]
        .iter()
        .all(|r| r.track != Track::Shared));
    assert_eq!(k().rung("principal-pm").unwrap().track, Track::Individual);
    assert_eq!(k().rung("cpo").unwrap().track, Track::Management);
}

#[test]
fn every_step_joins_two_rungs_and_every_rung_can_be_reached_and_left() {
    for step in k().steps {
        assert!(
            k().rung(step.from).is_some(),
            "ladder.toml: step from the unknown rung “{}”",
            step.from
        );
        assert!(
            k().rung(step.to).is_some(),
            "ladder.toml: step to the unknown rung “{}”",
            step.to
        );
        assert!(
            (2..=5).contains(&step.changes.len()),
            "step {}→{}: 2 to 5 changes",
            step.from,
            step.to
        );
        assert!(
            (2..=5).contains(&step.advice.len()),
            "step {}→{}: 2 to 5 pieces of advice",
            step.from,
            step.to
        );
    }
    for rung in k().rungs {
        if rung.role != "pm" {
            assert!(
                k().steps.iter().any(|s| s.to == rung.role),
                "no step leads to “{}”",
                rung.role
            );
        }
        if rung.role != "cpo" {
            assert!(
                k().steps.iter().any(|s| s.from == rung.role),
                "no step leads on from “{}”",
                rung.role
            );
        }
    }
    for (from, to) in [("senior-pm", "principal-pm"), ("senior-pm", "group-pm")] {
        assert!(
            k().step(from, to).is_some(),
            "the fork after Senior PM needs the step {from}→{to}"
        );
    }
}

/// Every citation in the knowledge base, with where it stands.
fn all_citations() -> Vec<(String, Citation)> {
    citation_lists()
        .into_iter()
        .flat_map(|(place, citations)| citations.iter().map(move |c| (place.clone(), *c)))
        .collect()
}

/// Every list of citations in the knowledge base, with the item it cites for.
fn citation_lists() -> Vec<(String, &'static [Citation])> {
    let mut all = Vec::new();
    let mut add = |place: String, citations: &'static [Citation]| {
        assert!(
            !citations.is_empty(),
            "{place} cites nothing: name an article or \"editorial\""
        );
        all.push((place, citations));
    };
    for role in k().roles {
        add(format!("roles.toml “{}”", role.slug), role.sources);
    }
    for cell in k().cells {
        add(
            format!("cells/{}.toml [{}]", cell.role, cell.dimension),
            cell.sources,
        );
    }
    for debate in k().debates {
        add(
            format!("debate.toml [{}.for]", debate.dimension),
            debate.case_for.sources,
        );
        add(
            format!("debate.toml [{}.against]", debate.dimension),
            debate.case_against.sources,
        );
    }
    for rung in k().rungs {
        let place = format!("ladder.toml rung “{}”", rung.role);
        add(place.clone(), rung.sources);
        for entry in rung.learn_next.iter().chain(rung.pitfalls) {
            if let Some(sources) = entry.sources {
                add(format!("{place} entry “{}”", entry.text), sources);
            }
        }
    }
    for step in k().steps {
        let place = format!("ladder.toml step {}→{}", step.from, step.to);
        add(place.clone(), step.sources);
        for entry in step.changes.iter().chain(step.advice) {
            if let Some(sources) = entry.sources {
                add(format!("{place} entry “{}”", entry.text), sources);
            }
        }
    }
    add(
        "assessment.toml [accountability_gap]".into(),
        k().accountability_gap.sources,
    );
    for context in k().contexts {
        let place = format!("contexts.toml “{}”", context.slug);
        add(place.clone(), context.sources);
        for change in context.verdicts {
            add(
                format!("{place} verdict on {}", change.dimension),
                change.sources,
            );
        }
        for change in context.cells {
            add(
                format!("{place} cell {} × {}", change.role, change.dimension),
                change.sources,
            );
        }
    }
    all
}

/// A reader must be able to tell our own words from an article's: an item that cites an
/// article cites only articles, and our reading beside it goes in its `editorial` field or in a
/// list entry of its own.
#[test]
fn no_item_mixes_our_reading_with_an_articles_citation() {
    for (place, citations) in citation_lists() {
        let ours = citations.contains(&Citation::Editorial);
        let articles = citations.iter().any(|c| matches!(c, Citation::Source(_)));
        assert!(
            !(ours && articles),
            "{place} cites articles and \"editorial\" at once: move our reading to its \
             `editorial` field (cells, debate) or to an entry of its own (ladder lists)"
        );
    }
}

/// Each side of every verdict rests on at least one article, or says it is ours alone.
#[test]
fn every_verdicts_for_and_against_cite_an_article_or_are_editorial() {
    for debate in k().debates {
        for (side, argument) in [("for", &debate.case_for), ("against", &debate.case_against)] {
            assert!(
                !argument.sources.is_empty(),
                "debate.toml [{}.{side}] cites nothing",
                debate.dimension
            );
        }
    }
}

#[test]
fn every_claim_cites_a_source_that_exists() {
    for (place, citation) in all_citations() {
        if let Citation::Source(id) = citation {
            assert!(
                k().source(id).is_some(),
                "{place} cites the unknown source “{id}”"
            );
        }
    }
}

/// Every text of the knowledge base, with where it stands and its allowed length in characters.
fn all_texts() -> Vec<(String, &'static str, std::ops::RangeInclusive<usize>)> {
    let mut all = Vec::new();
    for s in k().sources {
        all.push((format!("sources.toml “{}” title", s.id), s.title, 3..=120));
        all.push((
            format!("sources.toml “{}” summary", s.id),
            s.summary,
            40..=300,
        ));
        if let Some(about) = s.about {
            all.push((format!("sources.toml “{}” about", s.id), about, 40..=240));
        }
    }
    for r in k().roles {
        all.push((format!("roles.toml “{}” name", r.slug), r.name, 2..=60));
        all.push((
            format!("roles.toml “{}” summary", r.slug),
            r.summary,
            40..=180,
        ));
        for alias in r.also_known_as {
            all.push((
                format!("roles.toml “{}” also_known_as", r.slug),
                *alias,
                2..=60,
            ));
        }
    }
    for t in k().themes {
        all.push((
            format!("dimensions.toml theme “{}”", t.slug),
            t.name,
            3..=40,
        ));
    }
    for d in k().dimensions {
        all.push((format!("dimensions.toml “{}” name", d.slug), d.name, 3..=60));
        all.push((
            format!("dimensions.toml “{}” question", d.slug),
            d.question,
            10..=80,
        ));
        for level in d.levels {
            all.push((
                format!("dimensions.toml “{}” level", d.slug),
                *level,
                3..=40,
            ));
        }
    }
    for c in k().cells {
        let place = format!("cells/{}.toml [{}]", c.role, c.dimension);
        all.push((format!("{place} summary"), c.summary, 20..=140));
        all.push((format!("{place} detail"), c.detail, 200..=700));
        if let Some(ours) = c.editorial {
            all.push((format!("{place} editorial"), ours, 40..=400));
        }
    }
    for d in k().debates {
        all.push((
            format!("debate.toml [{}.for]", d.dimension),
            d.case_for.text,
            80..=400,
        ));
        all.push((
            format!("debate.toml [{}.against]", d.dimension),
            d.case_against.text,
            80..=400,
        ));
        for (side, argument) in [("for", &d.case_for), ("against", &d.case_against)] {
            if let Some(ours) = argument.editorial {
                all.push((
                    format!("debate.toml [{}.{side}] editorial", d.dimension),
                    ours,
                    40..=400,
                ));
            }
        }
    }
    all.push((
        "ladder.toml head_of_product_note".into(),
        k().head_of_product_note,
        40..=300,
    ));
    for r in k().rungs {
        let place = format!("ladder.toml rung “{}”", r.role);
        for (field, text) in [
            ("scope", r.scope),
            ("horizon", r.horizon),
            ("team", r.team),
            ("decisions", r.decisions),
        ] {
            all.push((format!("{place} {field}"), text, 40..=300));
        }
        for item in r.learn_next.iter().chain(r.pitfalls) {
            all.push((format!("{place} list item"), item.text, 20..=200));
        }
    }
    for s in k().steps {
        for item in s.changes.iter().chain(s.advice) {
            all.push((
                format!("ladder.toml step {}→{} item", s.from, s.to),
                item.text,
                20..=200,
            ));
        }
    }
    for c in k().contexts {
        let place = format!("contexts.toml “{}”", c.slug);
        all.push((format!("{place} name"), c.name, 3..=40));
        all.push((format!("{place} summary"), c.summary, 40..=300));
        for change in c.verdicts {
            all.push((
                format!("{place} verdict on {} why", change.dimension),
                change.why,
                40..=300,
            ));
        }
        for change in c.cells {
            all.push((
                format!("{place} cell {} × {} why", change.role, change.dimension),
                change.why,
                40..=300,
            ));
        }
    }
    all.extend(assessment_texts());
    all
}

/// Every text of the self-assessment, as `all_texts` gives them.
fn assessment_texts() -> Vec<(String, &'static str, std::ops::RangeInclusive<usize>)> {
    let mut all = Vec::new();
    for q in k().questions {
        let place = format!("assessment.toml question “{}”", q.dimension);
        all.push((format!("{place} ask"), q.ask, 20..=140));
        for (level, answer) in q.answers.iter().enumerate() {
            all.push((format!("{place} answer {level}"), *answer, 20..=160));
        }
        if let Some(hint) = q.hint {
            all.push((format!("{place} hint"), hint, 10..=200));
        }
    }
    all
}

#[test]
fn no_text_is_empty_a_placeholder_or_out_of_bounds() {
    const PLACEHOLDERS: [&str; 6] = ["todo", "tbd", "fixme", "lorem", "xxx", "..."];
    let mut problems = Vec::new();
    for (place, text, bounds) in all_texts() {
        let chars = text.chars().count();
        if text.trim() != text || text.contains("  ") {
            problems.push(format!("{place}: stray spaces"));
        }
        let lower = text.to_lowercase();
        if let Some(word) = PLACEHOLDERS.iter().find(|p| lower.contains(*p)) {
            problems.push(format!("{place}: placeholder “{word}”"));
        }
        if !bounds.contains(&chars) {
            problems.push(format!("{place}: {chars} characters, wants {bounds:?}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Prose names an article by its title or a description, never by the id the data files use.
#[test]
fn no_text_names_an_article_by_its_internal_id() {
    let mut problems = Vec::new();
    for (place, text, _) in all_texts() {
        for source in k().sources {
            for (open, close) in [('\'', '\''), ('‘', '’'), ('“', '”'), ('"', '"')] {
                if text.contains(&format!("{open}{}{close}", source.id)) {
                    problems.push(format!("{place}: names “{}” by its id", source.id));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn citations_read_as_titles() {
    // The headline and its subtitle, as the article gives them, are cited joined by a colon.
    let fantasy = k().source("fantasy").unwrap();
    let headline = "The Mini-CEO Fantasy";
    assert_eq!(fantasy.title, headline);
    let subtitle = "A Title That Flatters Everyone Except Reality";
    assert_eq!(fantasy.full_title(), format!("{headline}: {subtitle}"));
    assert_eq!(
        k().cite(&[Citation::Source("leadership"), Citation::Editorial]),
        [
            "Product Management vs Product Leadership",
            "Editorial (our own, not from the articles)"
        ]
    );
    assert!(matches!(
        k().debate("hiring").map(|d| d.verdict),
        Some(Verdict::Breaks | Verdict::Partly)
    ));
}

#[test]
fn the_assessment_asks_10_to_15_known_dimensions_once_each() {
    let count = k().questions.len();
    assert!(
        (10..=15).contains(&count),
        "assessment.toml asks {count} questions, wants 10 to 15"
    );
    let mut seen = HashSet::new();
    for question in k().questions {
        assert!(
            k().dimension(question.dimension).is_some(),
            "assessment.toml: question on the unknown dimension “{}”",
            question.dimension
        );
        assert!(
            seen.insert(question.dimension),
            "assessment.toml asks about “{}” twice",
            question.dimension
        );
        assert!(
            k().question(question.dimension)
                .is_some_and(|found| std::ptr::eq(found, question)),
            "KNOWLEDGE.question(“{}”) does not find its question",
            question.dimension
        );
    }
    // The assessment is about authority and accountability: every dimension of those themes.
    for theme in ["authority", "accountability"] {
        for dimension in k().dimensions_in(theme) {
            assert!(
                seen.contains(dimension.slug),
                "assessment.toml has no question on “{}” (theme “{theme}”)",
                dimension.slug
            );
        }
    }
}

#[test]
fn every_assessment_question_has_one_distinct_answer_per_level() {
    let mut problems = Vec::new();
    for question in k().questions {
        let Some(dimension) = k().dimension(question.dimension) else {
            continue;
        };
        if question.answers.len() != dimension.levels.len() {
            problems.push(format!(
                "assessment.toml question “{}”: {} answers for the {} levels {:?}",
                question.dimension,
                question.answers.len(),
                dimension.levels.len(),
                dimension.levels
            ));
        }
        let mut seen = HashSet::new();
        for answer in question.answers {
            if !seen.insert(answer.to_lowercase()) {
                problems.push(format!(
                    "assessment.toml question “{}”: the answer “{answer}” appears twice",
                    question.dimension
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn assessment_questions_ask_and_answers_answer() {
    let mut problems = Vec::new();
    for question in k().questions {
        let place = format!("assessment.toml question “{}”", question.dimension);
        if !question.ask.ends_with('?') {
            problems.push(format!("{place}: ask does not end with “?”"));
        }
        for (level, answer) in question.answers.iter().enumerate() {
            if answer.ends_with('?') {
                problems.push(format!("{place}: answer {level} is itself a question"));
            }
        }
        if question.hint.is_some_and(|hint| hint.trim().is_empty()) {
            problems.push(format!("{place}: hint is empty; leave it out instead"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The assessment's wording is ours: it quotes no article's title.
#[test]
fn assessment_texts_name_no_article_by_its_full_title() {
    let mut problems = Vec::new();
    for (place, text, _) in assessment_texts() {
        let lower = text.to_lowercase();
        for source in k().sources {
            for title in std::iter::once(source.title).chain(source.subtitle) {
                if lower.contains(&title.to_lowercase()) {
                    problems.push(format!("{place}: quotes the title “{title}”"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_accountability_gap_weighs_control_against_what_is_answered_for() {
    let gap = &k().accountability_gap;
    for slug in gap.control {
        assert!(
            !gap.answerable.contains(slug),
            "assessment.toml accountability_gap: “{slug}” is in both control and answerable"
        );
    }
    for (list, slugs, theme) in [
        ("control", gap.control, "authority"),
        ("answerable", gap.answerable, "accountability"),
    ] {
        assert!(
            !slugs.is_empty(),
            "assessment.toml accountability_gap.{list} is empty"
        );
        let mut seen = HashSet::new();
        for slug in slugs {
            assert!(
                seen.insert(slug),
                "assessment.toml accountability_gap.{list} names “{slug}” twice"
            );
            let dimension = k().dimension(slug).unwrap_or_else(|| {
                panic!("assessment.toml accountability_gap.{list}: unknown dimension “{slug}”")
            });
            assert!(
                k().question(slug).is_some(),
                "assessment.toml accountability_gap.{list} names “{slug}”, which no question asks"
            );
            assert_eq!(
                dimension.theme, theme,
                "assessment.toml accountability_gap.{list} names “{slug}”, which is not in the theme “{theme}”"
            );
        }
    }
}

#[test]
fn the_accountability_gap_says_what_say_each_level_of_answering_needs() {
    let gap = &k().accountability_gap;
    for slug in gap.answerable {
        let levels = k().dimension(slug).unwrap().levels.len();
        assert_eq!(
            gap.needs.len(),
            levels,
            "assessment.toml accountability_gap.needs has {} entries, but “{slug}” has {levels} levels",
            gap.needs.len()
        );
    }
    for slug in gap.control {
        let levels = k().dimension(slug).unwrap().levels.len();
        for need in gap.needs {
            assert!(
                usize::from(*need) < levels,
                "assessment.toml accountability_gap.needs: level {need} is past the end of “{slug}”"
            );
        }
    }
    assert!(
        gap.needs.windows(2).all(|pair| pair[0] <= pair[1]),
        "answering for more never needs less say: {:?}",
        gap.needs
    );
    assert!(!gap.why.is_empty() && !gap.sources.is_empty());
}

/// `verdict` names the mini-CEO column in links (`open=budget.verdict`) and `mine` the private
/// "My role" column in the matrix: a role with either slug would be mistaken for them.
#[test]
fn no_role_takes_a_slug_the_matrix_reserves() {
    for role in k().roles {
        assert!(
            !["verdict", "mine"].contains(&role.slug),
            "roles.toml: the role slug {:?} is reserved for a column of the matrix",
            role.slug
        );
    }
}
