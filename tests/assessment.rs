//! Native tests of the self-assessment "How CEO-like is your product role?": which answers are
//! taken, how they travel in a link, what they come to (placement, the side of the argument, the
//! mini-CEO index, the closest role, the accountability gap), the snapshots kept in this browser
//! and their stored form, how answers moved between two snapshots, and the Markdown export.
#![cfg(not(target_arch = "wasm32"))]

mod states;

use pm_compass::content::KNOWLEDGE;
use pm_compass::model::assessment::answers::scale_len;
use pm_compass::model::assessment::doc::{ASSESSMENT_VERSION, MAX_SNAPSHOTS};
use pm_compass::model::assessment::result::{index_of_role, role_answers, Applies, CEO, PM};
use pm_compass::model::assessment::{
    movements, result_markdown, Answer, Answers, AssessmentDoc, AssessmentResult, CannotFinish,
    Draft, Pace, Placement, Snapshot,
};
use pm_compass::model::{LinkProblem, Listed};
use proptest::prelude::*;
use serde_json::{json, Value};

use Answer::{Level, Skipped};

/// 2024-06-10 06:13:20 UTC, in milliseconds.
const T: f64 = 1_718_000_000_000.0;

/// The questions' dimensions, in the order they are asked.
fn question_order() -> Vec<&'static str> {
    KNOWLEDGE
        .questions
        .iter()
        .map(|question| question.dimension)
        .collect()
}

/// Answers built from pairs, each of which must be taken.
fn answers(pairs: &[(&str, Answer)]) -> Answers {
    pairs
        .iter()
        .fold(Answers::new(), |answers, (slug, answer)| {
            answers
                .with(slug, *answer)
                .unwrap_or_else(|| panic!("{slug} {answer:?} was refused"))
        })
}

fn slugs(answers: &Answers) -> Vec<&'static str> {
    answers.iter().map(|(slug, _)| slug).collect()
}

fn level_name(dimension: &str, level: u8) -> &'static str {
    KNOWLEDGE.level_name(dimension, level).unwrap()
}

fn cell_level(role: &str, dimension: &str) -> u8 {
    KNOWLEDGE.cell(role, dimension).unwrap().level
}

fn read_link(value: &str) -> (Answers, Vec<LinkProblem>) {
    let mut problems = Vec::new();
    let answers = Answers::read_link(value, &mut problems);
    (answers, problems)
}

/// The management ladder, bottom to top, then the CEO.
const CLIMB: [&str; 8] = [
    "pm",
    "senior-pm",
    "group-pm",
    "director-pm",
    "head-of-product",
    "vp-product",
    "cpo",
    "ceo",
];

// ---------------------------------------------------------------------------------------------
// Answers

#[test]
fn the_assessment_asks_twelve_questions_each_on_its_dimensions_scale() {
    assert_eq!(KNOWLEDGE.questions.len(), 12);
    assert_eq!(
        question_order(),
        [
            "decisions",
            "budget",
            "hiring",
            "power",
            "strategy",
            "planning",
            "scope",
            "performance",
            "accountability",
            "replacement",
            "stakeholders",
            "representing"
        ]
    );
    for question in KNOWLEDGE.questions {
        assert_eq!(
            scale_len(question.dimension),
            question.answers.len(),
            "{}: one answer per level",
            question.dimension
        );
    }
    assert_eq!(scale_len("nope"), 0);
}

#[test]
fn answers_go_only_to_questions_the_assessment_asks() {
    let none = Answers::new();
    for question in KNOWLEDGE.questions {
        assert!(none.with(question.dimension, Level(0)).is_some());
        assert!(none.with(question.dimension, Skipped).is_some());
    }
    // Dimensions of the matrix with no question, unknown ones, and near misses.
    for dimension in [
        "team",
        "skills",
        "time-horizon",
        "nope",
        "",
        "Budget",
        " budget",
    ] {
        assert_eq!(none.with(dimension, Level(0)), None, "{dimension:?}");
        assert_eq!(none.with(dimension, Skipped), None, "{dimension:?}");
    }
}

#[test]
fn a_level_must_be_on_its_own_questions_scale() {
    for question in KNOWLEDGE.questions {
        let top = u8::try_from(scale_len(question.dimension) - 1).unwrap();
        let none = Answers::new();
        assert_eq!(
            none.with(question.dimension, Level(top))
                .and_then(|a| a.level(question.dimension)),
            Some(top)
        );
        assert_eq!(none.with(question.dimension, Level(top + 1)), None);
        assert_eq!(none.with(question.dimension, Level(u8::MAX)), None);
    }
    // Scales differ in length: strategy has five levels, budget four.
    assert!(Answers::new().with("strategy", Level(4)).is_some());
    assert!(Answers::new().with("budget", Level(4)).is_none());
    // A refused answer leaves the answers as they were.
    let given = answers(&[("budget", Level(2))]);
    assert_eq!(given.with("budget", Level(9)), None);
    assert_eq!(given.level("budget"), Some(2));
}

#[test]
fn answers_keep_question_order_whatever_order_they_are_given_in() {
    let mut order = question_order();
    order.reverse();
    let backwards = order
        .iter()
        .fold(Answers::new(), |a, slug| a.with(slug, Level(0)).unwrap());
    assert_eq!(slugs(&backwards), question_order());

    let scattered = answers(&[
        ("representing", Level(1)),
        ("budget", Skipped),
        ("scope", Level(3)),
        ("decisions", Level(0)),
    ]);
    assert_eq!(
        slugs(&scattered),
        ["decisions", "budget", "scope", "representing"]
    );
    assert_eq!(
        scattered.levels().collect::<Vec<_>>(),
        [("decisions", 0), ("scope", 3), ("representing", 1)]
    );
    // The same answers given in another order are the same answers.
    let other = answers(&[
        ("decisions", Level(0)),
        ("scope", Level(3)),
        ("budget", Skipped),
        ("representing", Level(1)),
    ]);
    assert_eq!(scattered, other);
}

#[test]
fn answering_again_replaces_the_answer_in_its_place() {
    let given = answers(&[
        ("decisions", Level(0)),
        ("budget", Level(1)),
        ("power", Level(2)),
    ]);
    let changed = given.with("budget", Skipped).unwrap();
    assert_eq!(slugs(&changed), ["decisions", "budget", "power"]);
    assert_eq!(changed.get("budget"), Some(Skipped));
    assert_eq!(changed.level("budget"), None);
    let back = changed.with("budget", Level(3)).unwrap();
    assert_eq!(back.get("budget"), Some(Level(3)));
    assert_eq!(back.iter().count(), 3);
}

#[test]
fn without_opens_a_question_again() {
    let given = answers(&[("decisions", Level(0)), ("budget", Skipped)]);
    let opened = given.without("budget");
    assert_eq!(opened.get("budget"), None);
    assert_eq!(slugs(&opened), ["decisions"]);
    assert_eq!(opened.without("decisions"), Answers::new());
    // Opening a question that is open, or that is not asked, changes nothing.
    assert_eq!(given.without("scope"), given);
    assert_eq!(given.without("team"), given);
    assert_eq!(given.without("nope"), given);
}

#[test]
fn progress_counts_answers_and_skips_out_of_every_question() {
    let none = Answers::new();
    let progress = none.progress();
    assert_eq!(
        (progress.answered, progress.skipped, progress.total),
        (0, 0, 12)
    );
    assert_eq!(progress.done(), 0);
    assert_eq!(progress.sentence(), "0 of 12 answered");
    assert!(none.has_no_levels());

    let some = answers(&[
        ("budget", Level(2)),
        ("scope", Skipped),
        ("power", Level(0)),
        ("strategy", Level(4)),
        ("hiring", Level(1)),
        ("decisions", Level(1)),
    ]);
    let progress = some.progress();
    assert_eq!(
        (progress.answered, progress.skipped, progress.total),
        (5, 1, 12)
    );
    assert_eq!(progress.done(), 6);
    assert_eq!(progress.sentence(), "5 of 12 answered, 1 skipped");

    let skips = answers(&[("scope", Skipped), ("budget", Skipped)]);
    assert_eq!(skips.progress().sentence(), "0 of 12 answered, 2 skipped");
    assert!(skips.has_no_levels(), "skips are not levels");
    assert!(!some.has_no_levels());
}

#[test]
fn first_open_is_the_first_question_neither_answered_nor_skipped() {
    assert_eq!(Answers::new().first_open(), Some(0));
    assert_eq!(answers(&[("budget", Level(1))]).first_open(), Some(0));
    let started = answers(&[("decisions", Level(1))]);
    assert_eq!(started.first_open(), Some(1));
    // A skip counts as done.
    let skipped = started.with("budget", Skipped).unwrap();
    assert_eq!(skipped.first_open(), Some(2));
    // A gap further back is found before later open questions.
    let gap = question_order()
        .into_iter()
        .filter(|slug| *slug != "performance")
        .fold(Answers::new(), |a, slug| a.with(slug, Level(0)).unwrap());
    assert_eq!(gap.first_open(), Some(7));
    assert_eq!(gap.with("performance", Skipped).unwrap().first_open(), None);
}

#[test]
fn finishing_counts_open_questions_as_skipped() {
    let given = answers(&[("scope", Level(3)), ("budget", Level(2))]);
    let finished = given.with_open_skipped();
    assert_eq!(slugs(&finished), question_order());
    assert_eq!(finished.get("budget"), Some(Level(2)));
    assert_eq!(finished.get("scope"), Some(Level(3)));
    assert_eq!(finished.get("decisions"), Some(Skipped));
    assert_eq!(finished.get("representing"), Some(Skipped));
    let progress = finished.progress();
    assert_eq!((progress.answered, progress.skipped), (2, 10));
    assert_eq!(finished.first_open(), None);
    // Nothing left to skip the second time.
    assert_eq!(finished.with_open_skipped(), finished);
    assert_eq!(
        Answers::new().with_open_skipped().progress().skipped,
        KNOWLEDGE.questions.len()
    );
}

// ---------------------------------------------------------------------------------------------
// Answers in a link

#[test]
fn the_link_value_counts_levels_from_one_and_leaves_skips_out() {
    let given = answers(&[
        ("representing", Level(3)),
        ("scope", Skipped),
        ("budget", Level(2)),
        ("decisions", Level(0)),
    ]);
    assert_eq!(given.to_link_value(), "decisions.1,budget.3,representing.4");
    assert_eq!(Answers::new().to_link_value(), "");
    assert_eq!(answers(&[("scope", Skipped)]).to_link_value(), "");
    assert_eq!(
        answers(&[("strategy", Level(4))]).to_link_value(),
        "strategy.5"
    );
}

#[test]
fn a_link_value_reads_back_as_the_answers_it_came_from() {
    let given = answers(&[
        ("decisions", Level(0)),
        ("budget", Level(2)),
        ("strategy", Level(4)),
        ("representing", Level(3)),
    ]);
    let (read, problems) = read_link(&given.to_link_value());
    assert_eq!(read, given);
    assert!(problems.is_empty(), "{problems:?}");
    // Any order, with spaces and stray commas as pasted from a chat, reads the same.
    let (read, problems) = read_link(" representing.4 ,, strategy . 5,budget.3,decisions.1,");
    assert_eq!(read, given);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(read_link(""), (Answers::new(), vec![]));
}

#[test]
fn a_tampered_answer_is_named_and_the_good_ones_are_kept() {
    let junk = "x".repeat(3000);
    let cases = [
        "budget.0",
        "budget.5",
        "budget.9",
        "strategy.6",
        "budget.x",
        "budget.",
        "budget",
        ".2",
        "nope.2",
        "team.2",
        "skills.1",
        "time-horizon.1",
        "Budget.2",
        "budget.-1",
        "budget.256",
        "budget.99999999999999999999",
        "budget.2.1",
        junk.as_str(),
    ];
    for bad in cases {
        let (read, problems) = read_link(&format!("scope.2,{bad},hiring.4"));
        assert_eq!(
            read,
            answers(&[("hiring", Level(3)), ("scope", Level(1))]),
            "{bad}"
        );
        assert_eq!(problems, vec![LinkProblem::BadAnswer(bad.into())], "{bad}");
    }
}

#[test]
fn a_dimension_given_twice_keeps_the_first() {
    let (read, problems) = read_link("budget.2,scope.1,budget.4");
    assert_eq!(read, answers(&[("budget", Level(1)), ("scope", Level(0))]));
    assert_eq!(problems, vec![LinkProblem::Twice(Listed::Answer("budget"))]);
    assert_eq!(
        problems[0].sentence(),
        "This link answers P&L and budget twice; the first answer is used."
    );
    // A bad first answer does not stop a good second one.
    let (read, problems) = read_link("budget.9,budget.4");
    assert_eq!(read, answers(&[("budget", Level(3))]));
    assert_eq!(problems, vec![LinkProblem::BadAnswer("budget.9".into())]);
}

// ---------------------------------------------------------------------------------------------
// Result: the index

#[test]
fn the_typical_pm_scores_0_and_the_ceo_100() {
    let pm = index_of_role(PM).unwrap();
    assert_eq!(pm.value, 0);
    assert_eq!((pm.counted, pm.total), (12, 12));
    assert_eq!(pm.band(), "A product manager's reach");
    let ceo = index_of_role(CEO).unwrap();
    assert_eq!(ceo.value, 100);
    assert_eq!(ceo.band(), "Close to a CEO");
    let director = index_of_role("director-pm").unwrap().value;
    assert!(0 < director && director < 100, "{director}");
}

#[test]
fn a_roles_own_answers_cover_every_question() {
    for role in KNOWLEDGE.roles {
        let given = role_answers(role.slug);
        assert_eq!(slugs(&given), question_order(), "{}", role.slug);
        for (slug, level) in given.levels() {
            assert_eq!(level, cell_level(role.slug, slug));
        }
    }
    assert_eq!(role_answers("nobody"), Answers::new());
    assert_eq!(index_of_role("nobody"), None);
}

#[test]
fn the_index_never_falls_on_the_way_up_the_management_ladder() {
    for slug in CLIMB {
        assert!(KNOWLEDGE.role(slug).is_some(), "{slug} is a role");
    }
    let values: Vec<u8> = CLIMB
        .iter()
        .map(|slug| index_of_role(slug).unwrap().value)
        .collect();
    for (pair, roles) in values.windows(2).zip(CLIMB.windows(2)) {
        assert!(
            pair[0] <= pair[1],
            "{} ({}) scores above {} ({}): {values:?}",
            roles[0],
            pair[0],
            roles[1],
            pair[1]
        );
    }
    assert_eq!(values.first(), Some(&0));
    assert_eq!(values.last(), Some(&100));
    // The rungs that take on people and portfolios move it; a Senior PM's job is a PM's on
    // every question asked (the two differ on horizon, bets, autonomy and coaching, which the
    // assessment does not ask about).
    assert_eq!(values[0], values[1], "pm and senior-pm");
    assert!(values[1] < values[2], "group-pm is past senior-pm");
    assert!(values[2] < values[3], "director-pm is past group-pm");
    assert!(values[3] < values[4], "head-of-product is past director-pm");
    assert!(values[6] < values[7], "the CEO is past the CPO");
}

#[test]
fn skipped_questions_are_left_out_of_the_index_and_said_so() {
    let all = index_of_role("director-pm").unwrap();
    assert!(!all.how().contains("left out"), "{}", all.how());
    assert!(all.how().contains("the 12 questions answered"));

    // The director's decisions and budget match a typical PM's: skipping them raises the
    // average, as it would not if a skip counted as 0.
    let skipped = role_answers("director-pm")
        .with("decisions", Skipped)
        .unwrap()
        .with("budget", Skipped)
        .unwrap();
    let index = AssessmentResult::of(&skipped).index.unwrap();
    assert_eq!((index.counted, index.total), (10, 12));
    assert!(index.value > all.value, "{} > {}", index.value, all.value);
    assert!(index.how().contains("the 10 questions answered"));
    assert!(
        index.how().ends_with(" 2 skipped questions are left out."),
        "{}",
        index.how()
    );

    let one = role_answers(CEO).with("scope", Skipped).unwrap();
    let index = AssessmentResult::of(&one).index.unwrap();
    assert_eq!(
        index.value, 100,
        "the CEO's other answers still sit at the CEO"
    );
    assert!(index.how().ends_with(" One skipped question is left out."));

    // A single answer reads as one question, not "1 questions".
    let single = AssessmentResult::of(&answers(&[("budget", Level(2))]))
        .index
        .unwrap();
    assert_eq!((single.value, single.counted), (50, 1));
    assert!(
        single.how().contains("the one question answered"),
        "{}",
        single.how()
    );
}

#[test]
fn no_answer_means_no_index_and_no_finding() {
    for given in [Answers::new(), Answers::new().with_open_skipped()] {
        let result = AssessmentResult::of(&given);
        assert!(result.index.is_none());
        assert!(result.closest.is_none());
        assert!(result.gap.is_none());
        assert_eq!(result.rows.len(), 12);
        for row in &result.rows {
            assert_eq!(row.level, None);
            assert_eq!(row.placement(), None);
            assert_eq!(row.position(), None);
            assert_eq!(row.level_name(), "Skipped");
            assert!(row.arguments().is_empty());
            assert!(!row.short_of_need);
        }
    }
}

#[test]
fn an_answer_below_a_typical_pm_counts_as_zero() {
    // A typical PM looks after one product; "A project" is below that.
    let below = role_answers(PM).with("scope", Level(0)).unwrap();
    let result = AssessmentResult::of(&below);
    let scope = result.row("scope").unwrap();
    assert_eq!(scope.placement(), Some(Placement::BelowPm));
    assert_eq!(scope.position(), Some(0.0));
    assert_eq!(result.index.unwrap().value, 0);
    // Below the PM weighs the same as at the PM: nothing is subtracted.
    let at = AssessmentResult::of(&role_answers(CEO).with("budget", Level(1)).unwrap());
    let under = AssessmentResult::of(&role_answers(CEO).with("budget", Level(0)).unwrap());
    assert_eq!(at.index.unwrap().value, under.index.unwrap().value);
    assert_eq!(at.index.unwrap().value, 92);
    // The project manager sits below the PM on most questions and still scores at least 0.
    let project = index_of_role("project-manager").unwrap();
    assert!(project.value < 15, "{}", project.value);
}

// ---------------------------------------------------------------------------------------------
// Result: each answer and the argument that applies to it

#[test]
fn each_level_is_placed_between_the_typical_pm_and_the_ceo() {
    // Budget: a typical PM has "Influence only" (1), a CEO "Formal" (3).
    assert_eq!(
        (cell_level(PM, "budget"), cell_level(CEO, "budget")),
        (1, 3)
    );
    let debate = KNOWLEDGE.debate("budget").unwrap();
    let expected = [
        (
            0,
            Placement::BelowPm,
            0.0,
            vec![(Applies::Against, debate.case_against.text)],
        ),
        (
            1,
            Placement::AtPm,
            0.0,
            vec![(Applies::Against, debate.case_against.text)],
        ),
        (
            2,
            Placement::Between,
            0.5,
            vec![
                (Applies::For, debate.case_for.text),
                (Applies::Against, debate.case_against.text),
            ],
        ),
        (
            3,
            Placement::AtCeo,
            1.0,
            vec![(Applies::For, debate.case_for.text)],
        ),
    ];
    for (level, placement, position, arguments) in expected {
        let result = AssessmentResult::of(&answers(&[("budget", Level(level))]));
        let row = result.row("budget").unwrap();
        assert_eq!((row.pm, row.ceo), (1, 3));
        assert_eq!(row.placement(), Some(placement), "level {level}");
        assert_eq!(row.position(), Some(position), "level {level}");
        assert_eq!(row.level_name(), level_name("budget", level));
        let got: Vec<(Applies, &str)> = row
            .arguments()
            .into_iter()
            .map(|(side, argument)| (side, argument.text))
            .collect();
        assert_eq!(got, arguments, "level {level}");
    }
}

#[test]
fn placements_say_which_side_of_the_debate_applies() {
    assert_eq!(Placement::BelowPm.applies(), Applies::Against);
    assert_eq!(Placement::AtPm.applies(), Applies::Against);
    assert_eq!(Placement::Between.applies(), Applies::Both);
    assert_eq!(Placement::AtCeo.applies(), Applies::For);
    let all = [
        Placement::BelowPm,
        Placement::AtPm,
        Placement::Between,
        Placement::AtCeo,
    ];
    for (i, placement) in all.iter().enumerate() {
        assert!(!placement.label().is_empty());
        assert!(placement.reading().ends_with('.'));
        for other in &all[i + 1..] {
            assert_ne!(placement.label(), other.label());
            assert_ne!(placement.reading(), other.reading());
        }
    }
    assert!(Placement::AtCeo.reading().contains("case for"));
    assert!(Placement::AtPm.reading().contains("case against"));
}

#[test]
fn a_longer_scale_has_more_room_between() {
    // Strategy runs over five levels: a typical PM shapes one product (1), a CEO sets the
    // company's (4).
    let row_at = |level| {
        let result = AssessmentResult::of(&answers(&[("strategy", Level(level))]));
        let row = result.row("strategy").unwrap();
        (row.placement().unwrap(), row.position().unwrap())
    };
    assert_eq!(row_at(0), (Placement::BelowPm, 0.0));
    assert_eq!(row_at(1), (Placement::AtPm, 0.0));
    assert_eq!(row_at(2).0, Placement::Between);
    assert!((row_at(2).1 - 1.0 / 3.0).abs() < 1e-9);
    assert_eq!(row_at(3).0, Placement::Between);
    assert_eq!(row_at(4), (Placement::AtCeo, 1.0));
}

#[test]
fn every_question_has_a_debate_to_quote() {
    for role in [PM, CEO, "director-pm"] {
        let result = AssessmentResult::of(&role_answers(role));
        assert_eq!(result.rows.len(), 12);
        let rows: Vec<&str> = result.rows.iter().map(|row| row.dimension.slug).collect();
        assert_eq!(rows, question_order());
        for row in &result.rows {
            assert_eq!(row.question.dimension, row.dimension.slug);
            assert!(
                !row.arguments().is_empty(),
                "{role} on {}: no argument",
                row.dimension.slug
            );
        }
    }
    // The PM's own answers sit at the PM: the case against everywhere; the CEO's, the case for.
    for row in AssessmentResult::of(&role_answers(PM)).rows {
        assert_eq!(
            row.placement(),
            Some(Placement::AtPm),
            "{}",
            row.dimension.slug
        );
    }
    for row in AssessmentResult::of(&role_answers(CEO)).rows {
        assert_eq!(
            row.placement(),
            Some(Placement::AtCeo),
            "{}",
            row.dimension.slug
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Result: the closest role

#[test]
fn a_roles_own_answers_sit_closest_to_that_role() {
    for role in [
        PM,
        CEO,
        "director-pm",
        "group-pm",
        "principal-pm",
        "cpo",
        "project-manager",
    ] {
        let closest = AssessmentResult::of(&role_answers(role)).closest.unwrap();
        assert_eq!(closest.role.slug, role);
        assert_eq!(closest.distance, 0.0);
    }
    // Roles that answer alike on every question name the first of them: a Senior PM's answers
    // are a PM's.
    for role in KNOWLEDGE.roles {
        let given = role_answers(role.slug);
        let closest = AssessmentResult::of(&given).closest.unwrap();
        assert_eq!(closest.distance, 0.0, "{}", role.slug);
        assert_eq!(role_answers(closest.role.slug), given, "{}", role.slug);
    }
}

#[test]
fn the_closest_role_is_judged_on_the_questions_answered() {
    // Only "Formal" budget: the CEO and the CPO both hold it; the CPO is listed first.
    let closest = AssessmentResult::of(&answers(&[("budget", Level(3))]))
        .closest
        .unwrap();
    assert_eq!(closest.distance, 0.0);
    assert_eq!(cell_level(closest.role.slug, "budget"), 3);
    // Near a director's answers with one off by a step: still the director.
    let near = role_answers("director-pm")
        .with("scope", Level(1))
        .unwrap()
        .with("budget", Skipped)
        .unwrap();
    let closest = AssessmentResult::of(&near).closest.unwrap();
    assert_eq!(closest.role.slug, "director-pm");
    assert!(closest.distance > 0.0);
}

// ---------------------------------------------------------------------------------------------
// Result: answering for more than one controls

#[test]
fn a_typical_pm_answers_for_more_than_they_control() {
    let result = AssessmentResult::of(&role_answers(PM));
    let gap = result.gap.as_ref().expect("the PM's answers show the gap");
    let (dimension, level) = gap.answers_for;
    assert_eq!(dimension.slug, "accountability");
    assert_eq!(level_name(dimension.slug, level), "One product's outcomes");
    assert_eq!(gap.needs, 2);
    let short: Vec<(&str, &str)> = gap
        .short
        .iter()
        .map(|(dimension, level)| (dimension.slug, level_name(dimension.slug, *level)))
        .collect();
    assert_eq!(
        short,
        [
            ("decisions", "Features and priorities"),
            ("budget", "Influence only"),
            ("hiring", "Influence only"),
            ("power", "Influence only"),
        ]
    );
    let flagged: Vec<&str> = result
        .rows
        .iter()
        .filter(|row| row.short_of_need)
        .map(|row| row.dimension.slug)
        .collect();
    assert_eq!(flagged, ["decisions", "budget", "hiring", "power"]);

    let sentence = gap.sentence();
    assert!(
        sentence.starts_with("On accountability the answer is"),
        "{sentence}"
    );
    assert!(
        sentence.contains("On accountability the answer is “One product's outcomes”"),
        "{sentence}"
    );
    assert!(
        sentence.contains(
            "decision rights (features and priorities), P&L and budget (influence only), \
             hiring and firing (influence only) and positional power (influence only)."
        ),
        "{sentence}"
    );
}

#[test]
fn roles_whose_say_matches_what_they_answer_for_show_no_gap() {
    for role in [CEO, "project-manager"] {
        let result = AssessmentResult::of(&role_answers(role));
        assert!(result.gap.is_none(), "{role}");
        assert!(result.rows.iter().all(|row| !row.short_of_need), "{role}");
    }
}

#[test]
fn the_gap_is_measured_against_the_broadest_thing_answered_for() {
    let gap_data = &KNOWLEDGE.accountability_gap;
    assert_eq!(gap_data.needs.len(), 4);
    for slug in gap_data.answerable {
        assert_eq!(scale_len(slug), gap_data.needs.len(), "{slug}");
    }

    // Judged on company results (3) needs formal say (3): "Shared" budget falls short, and the
    // control questions left open are not counted against the person.
    let given = answers(&[
        ("accountability", Level(1)),
        ("performance", Level(3)),
        ("budget", Level(2)),
        ("hiring", Level(3)),
        ("power", Skipped),
    ]);
    let result = AssessmentResult::of(&given);
    let gap = result.gap.as_ref().unwrap();
    assert_eq!(gap.answers_for.0.slug, "performance");
    assert_eq!(gap.answers_for.1, 3);
    assert_eq!(gap.needs, 3);
    let short: Vec<&str> = gap.short.iter().map(|(d, _)| d.slug).collect();
    assert_eq!(short, ["budget"]);
    assert!(result.row("budget").unwrap().short_of_need);
    assert!(!result.row("hiring").unwrap().short_of_need);
    assert!(!result.row("power").unwrap().short_of_need);

    // A director answers for a portfolio (needs 2) with a PM's decisions and budget.
    let director = AssessmentResult::of(&role_answers("director-pm"));
    let gap = director.gap.unwrap();
    assert_eq!(gap.needs, 2);
    let short: Vec<&str> = gap.short.iter().map(|(d, _)| d.slug).collect();
    assert_eq!(short, ["decisions", "budget"]);

    // Nothing answered for, or no control answered: no finding.
    assert!(AssessmentResult::of(&answers(&[("budget", Level(0))]))
        .gap
        .is_none());
    assert!(
        AssessmentResult::of(&answers(&[("accountability", Level(3))]))
            .gap
            .is_none()
    );
    // Answering for a project's delivery needs nothing.
    assert!(AssessmentResult::of(&answers(&[
        ("accountability", Level(0)),
        ("budget", Level(0)),
    ]))
    .gap
    .is_none());
}

// ---------------------------------------------------------------------------------------------
// Doc: the assessment in progress and the snapshots

fn finished_with(doc: &AssessmentDoc, given: &Answers, now: f64) -> AssessmentDoc {
    let doc = given.iter().fold(doc.started(), |doc, (slug, answer)| {
        doc.answered(slug, answer).unwrap()
    });
    doc.finished(now).unwrap()
}

#[test]
fn starting_fresh_opens_an_empty_assessment_at_the_first_question() {
    let doc = AssessmentDoc::default().started();
    assert_eq!(
        doc.draft,
        Some(Draft {
            answers: Answers::new(),
            at: 0
        })
    );
    assert!(doc.snapshots.is_empty());
    assert_eq!(doc.latest(), None);
    assert_eq!(doc.my_role(), None);
}

#[test]
fn taking_it_again_starts_from_the_last_answers() {
    let first = answers(&[("budget", Level(2)), ("scope", Level(1))]);
    let doc = finished_with(&AssessmentDoc::default(), &first, T);
    assert_eq!(doc.draft, None);
    assert_eq!(doc.my_role(), Some(&first.with_open_skipped()));
    let again = doc.started();
    let draft = again.draft.as_ref().unwrap();
    assert_eq!(draft.answers, first.with_open_skipped());
    assert_eq!(draft.at, 0);
    // An assessment under way is kept, not reset.
    let under_way = again.answered("budget", Level(3)).unwrap().at(4, 12);
    assert_eq!(under_way.started(), under_way);
}

#[test]
fn answering_clearing_and_moving_change_only_the_draft() {
    let doc = AssessmentDoc::default().started();
    let doc = doc.answered("budget", Level(2)).unwrap();
    let doc = doc.answered("decisions", Skipped).unwrap();
    assert_eq!(
        doc.draft.as_ref().unwrap().answers,
        answers(&[("decisions", Skipped), ("budget", Level(2))])
    );
    // Answers the questions cannot take are refused.
    assert_eq!(doc.answered("team", Level(1)), None);
    assert_eq!(doc.answered("budget", Level(4)), None);
    let cleared = doc.cleared("budget");
    assert_eq!(
        cleared.draft.as_ref().unwrap().answers,
        answers(&[("decisions", Skipped)])
    );
    // Moving stays within the questions.
    assert_eq!(doc.at(3, 12).draft.unwrap().at, 3);
    assert_eq!(doc.at(40, 12).draft.unwrap().at, 11);
    assert_eq!(doc.at(5, 0).draft.unwrap().at, 0);
    // Without an assessment under way, clearing and moving do nothing; answering starts one.
    let idle = AssessmentDoc::default();
    assert_eq!(idle.cleared("budget"), idle);
    assert_eq!(idle.at(3, 12), idle);
    let begun = idle.answered("budget", Level(1)).unwrap();
    assert_eq!(
        begun.draft.unwrap().answers,
        answers(&[("budget", Level(1))])
    );
}

#[test]
fn finishing_needs_an_assessment_with_an_answer() {
    assert_eq!(
        AssessmentDoc::default().finished(T),
        Err(CannotFinish::NotStarted)
    );
    let empty = AssessmentDoc::default().started();
    assert_eq!(empty.finished(T), Err(CannotFinish::NothingAnswered));
    let skips = empty
        .answered("budget", Skipped)
        .unwrap()
        .answered("scope", Skipped)
        .unwrap();
    assert_eq!(skips.finished(T), Err(CannotFinish::NothingAnswered));
}

#[test]
fn finishing_keeps_a_snapshot_with_open_questions_skipped() {
    let doc = AssessmentDoc::default()
        .started()
        .answered("budget", Level(2))
        .unwrap()
        .answered("scope", Skipped)
        .unwrap()
        .at(5, 12);
    let done = doc.finished(T).unwrap();
    assert_eq!(done.draft, None);
    assert_eq!(done.snapshots.len(), 1);
    let snapshot = done.latest().unwrap();
    assert_eq!(snapshot.taken_ms, T);
    assert_eq!(snapshot.answers.progress().answered, 1);
    assert_eq!(snapshot.answers.progress().skipped, 11);
    assert_eq!(snapshot.answers.first_open(), None);
    assert_eq!(snapshot.answers.get("budget"), Some(Level(2)));
}

#[test]
fn snapshot_times_always_increase() {
    let given = answers(&[("budget", Level(2))]);
    let mut doc = AssessmentDoc::default();
    // The same clock reading, and a clock that went back.
    for now in [T, T, T, T - 60_000.0, T + 10.0] {
        doc = finished_with(&doc, &given, now);
    }
    let times: Vec<f64> = doc.snapshots.iter().map(|s| s.taken_ms).collect();
    assert_eq!(times, [T, T + 1.0, T + 2.0, T + 3.0, T + 10.0]);
}

#[test]
fn the_oldest_snapshot_goes_when_the_cap_is_reached() {
    let given = answers(&[("budget", Level(2))]);
    let mut doc = AssessmentDoc::default();
    for i in 0..MAX_SNAPSHOTS {
        doc = finished_with(&doc, &given, T + i as f64 * 1000.0);
    }
    assert_eq!(doc.snapshots.len(), MAX_SNAPSHOTS);
    assert_eq!(doc.snapshots[0].taken_ms, T);
    let doc = finished_with(&doc, &answers(&[("budget", Level(3))]), T + 1e9);
    assert_eq!(doc.snapshots.len(), MAX_SNAPSHOTS);
    assert_eq!(doc.snapshots[0].taken_ms, T + 1000.0, "the oldest went");
    assert_eq!(doc.latest().unwrap().taken_ms, T + 1e9);
    assert_eq!(doc.my_role().unwrap().level("budget"), Some(3));
}

#[test]
fn a_deleted_snapshot_comes_back_in_its_place() {
    let mut doc = AssessmentDoc::default();
    for (i, level) in [0u8, 1, 2, 3].into_iter().enumerate() {
        doc = finished_with(&doc, &answers(&[("budget", Level(level))]), T + i as f64);
    }
    let middle = doc.snapshots[1].clone();
    let without = doc.without_snapshot(middle.taken_ms);
    assert_eq!(without.snapshots.len(), 3);
    assert!(!without.snapshots.contains(&middle));
    // Undo puts it back where it was.
    assert_eq!(without.with_snapshot(middle.clone()), doc);
    // Putting back one that is there does not make two.
    assert_eq!(doc.with_snapshot(middle), doc);
    // Deleting one that is not there changes nothing.
    assert_eq!(doc.without_snapshot(T - 5.0), doc);
    // Deleting the latest makes the one before it "my role".
    let latest = doc.latest().unwrap().taken_ms;
    assert_eq!(
        doc.without_snapshot(latest)
            .my_role()
            .unwrap()
            .level("budget"),
        Some(2)
    );
}

#[test]
fn preferences_and_abandoning_leave_the_rest_alone() {
    let doc = finished_with(
        &AssessmentDoc::default(),
        &answers(&[("budget", Level(1))]),
        T,
    )
    .started()
    .answered("scope", Level(2))
    .unwrap();
    let gone = doc.abandoned();
    assert_eq!(gone.draft, None);
    assert_eq!(gone.snapshots, doc.snapshots);
    let shown = doc.with_in_matrix(true).with_pace(Pace::AllOnOnePage);
    assert!(shown.in_matrix);
    assert_eq!(shown.pace, Pace::AllOnOnePage);
    assert_eq!(shown.draft, doc.draft);
    assert_eq!(shown.snapshots, doc.snapshots);
    assert_eq!(AssessmentDoc::default().pace, Pace::OneAtATime);
}

// ---------------------------------------------------------------------------------------------
// Doc: the stored form

fn busy_doc() -> AssessmentDoc {
    let doc = finished_with(
        &AssessmentDoc::default(),
        &answers(&[("budget", Level(2)), ("scope", Skipped)]),
        T,
    );
    let doc = finished_with(&doc, &role_answers("director-pm"), T + 86_400_000.0);
    doc.started()
        .answered("strategy", Level(4))
        .unwrap()
        .cleared("decisions")
        .at(6, 12)
        .with_in_matrix(true)
        .with_pace(Pace::AllOnOnePage)
}

#[test]
fn the_stored_form_reads_back_as_it_was() {
    for doc in [
        AssessmentDoc::default(),
        AssessmentDoc::default().started(),
        busy_doc(),
    ] {
        let stored = doc.to_stored();
        assert_eq!(AssessmentDoc::from_stored(&stored), Ok(doc), "{stored}");
    }
}

#[test]
fn the_stored_form_is_plain_json_with_a_version() {
    let doc = finished_with(
        &AssessmentDoc::default(),
        &answers(&[("budget", Level(2)), ("scope", Skipped)]),
        T,
    );
    let value: Value = serde_json::from_str(&doc.to_stored()).unwrap();
    assert_eq!(value["version"], json!(ASSESSMENT_VERSION));
    assert_eq!(value["draft"], Value::Null);
    assert_eq!(value["snapshots"][0]["taken"], json!(T));
    let stored = &value["snapshots"][0]["answers"];
    assert_eq!(stored["budget"], json!(2));
    assert_eq!(stored["scope"], json!("skip"));
    assert_eq!(
        stored["decisions"],
        json!("skip"),
        "open questions were skipped"
    );
    assert_eq!(value["in_matrix"], json!(false));
    assert_eq!(value["all_on_one_page"], json!(false));
}

#[test]
fn text_that_is_not_the_stored_form_is_an_error_in_plain_words() {
    let cases = [
        ("", "not valid JSON"),
        ("not json", "not valid JSON"),
        ("{\"version\":1", "not valid JSON"),
        ("null", "does not say which format"),
        ("[]", "does not say which format"),
        ("{}", "does not say which format"),
        ("{\"snapshots\":[]}", "does not say which format"),
        ("{\"version\":\"1\"}", "does not say which format"),
        ("{\"version\":-1}", "does not say which format"),
        ("{\"version\":2}", "newer version of the app (format 2)"),
        ("{\"version\":99999}", "newer version of the app"),
        (
            "{\"version\":1,\"snapshots\":\"many\"}",
            "not in the expected shape",
        ),
        ("{\"version\":1,\"draft\":[]}", "not in the expected shape"),
        (
            "{\"version\":1,\"in_matrix\":\"yes\"}",
            "not in the expected shape",
        ),
    ];
    for (raw, words) in cases {
        let error = AssessmentDoc::from_stored(raw).expect_err(raw);
        assert!(error.starts_with("it "), "{raw}: {error}");
        assert!(error.contains(words), "{raw}: {error}");
        assert!(!error.contains('\n'), "{raw}: {error}");
    }
}

#[test]
fn a_stored_form_with_only_a_version_is_an_empty_doc() {
    for raw in [
        "{\"version\":1}",
        "{\"version\":0}",
        "{\"version\":1,\"draft\":null,\"snapshots\":[],\"later\":true}",
    ] {
        assert_eq!(
            AssessmentDoc::from_stored(raw),
            Ok(AssessmentDoc::default()),
            "{raw}"
        );
    }
}

#[test]
fn what_no_longer_fits_the_questions_is_dropped() {
    let raw = json!({
        "version": 1,
        "draft": {
            "answers": {
                "budget": 3, "team": 2, "nope": 1, "hiring": 4, "power": -1,
                "scope": 2.5, "strategy": "high", "planning": null, "decisions": 300,
                "performance": "skip", "representing": "SKIP"
            },
            "at": 3
        },
        "snapshots": [
            // Kept: one usable answer among unusable ones.
            {"taken": T + 2.0, "answers": {"budget": 2, "skills": 1, "hiring": 9}},
            // Dropped: nothing usable left, only skips, or nothing at all.
            {"taken": T + 3.0, "answers": {"team": 1, "budget": 7}},
            {"taken": T + 4.0, "answers": {"budget": "skip"}},
            {"taken": T + 5.0, "answers": {}},
            // Dropped: no time, or one JSON wrote for NaN or infinity.
            {"taken": null, "answers": {"budget": 1}},
            {"answers": {"budget": 1}},
            // Kept, and put first: the stored order is not trusted.
            {"taken": T, "answers": {"scope": 0, "budget": "skip"}},
        ],
    });
    let doc = AssessmentDoc::from_stored(&raw.to_string()).unwrap();
    let draft = doc.draft.unwrap();
    assert_eq!(
        draft.answers,
        answers(&[("budget", Level(3)), ("performance", Skipped)])
    );
    assert_eq!(draft.at, 3);
    assert_eq!(
        doc.snapshots,
        [
            Snapshot {
                taken_ms: T,
                answers: answers(&[("budget", Skipped), ("scope", Level(0))]),
            },
            Snapshot {
                taken_ms: T + 2.0,
                answers: answers(&[("budget", Level(2))]),
            },
        ]
    );
}

#[test]
fn stored_snapshots_get_unique_times_and_the_cap() {
    let many: Vec<Value> = (0..MAX_SNAPSHOTS + 20)
        .rev()
        .map(|i| json!({"taken": T + i as f64, "answers": {"budget": i % 4}}))
        .chain([json!({"taken": T + 50.0, "answers": {"budget": 3}})])
        .collect();
    let raw = json!({"version": 1, "snapshots": many}).to_string();
    let doc = AssessmentDoc::from_stored(&raw).unwrap();
    assert_eq!(doc.snapshots.len(), MAX_SNAPSHOTS);
    let times: Vec<f64> = doc.snapshots.iter().map(|s| s.taken_ms).collect();
    assert!(times.windows(2).all(|pair| pair[0] < pair[1]), "{times:?}");
    assert_eq!(times[0], T + 20.0, "the newest are kept");
    assert_eq!(*times.last().unwrap(), T + (MAX_SNAPSHOTS + 19) as f64);
}

#[test]
fn a_stored_question_number_past_the_last_question_is_brought_back() {
    let raw = json!({"version": 1, "draft": {"answers": {}, "at": 1_000_000}}).to_string();
    let doc = AssessmentDoc::from_stored(&raw).unwrap();
    assert_eq!(doc.draft.unwrap().at, KNOWLEDGE.questions.len() - 1);
}

#[test]
fn a_time_that_is_not_a_number_costs_only_its_snapshot() {
    // serde_json writes NaN as null: what this build could write, it can read.
    let mut doc = finished_with(
        &AssessmentDoc::default(),
        &answers(&[("budget", Level(1))]),
        T,
    );
    doc.snapshots.push(Snapshot {
        taken_ms: f64::NAN,
        answers: answers(&[("budget", Level(2))]),
    });
    let read = AssessmentDoc::from_stored(&doc.to_stored()).unwrap();
    assert_eq!(read.snapshots.len(), 1);
    assert_eq!(read.snapshots[0].taken_ms, T);
}

// ---------------------------------------------------------------------------------------------
// History

#[test]
fn movements_list_only_changed_questions_in_question_order() {
    let moved = movements(&role_answers(PM), &role_answers("director-pm"));
    let changed: Vec<&str> = moved.iter().map(|m| m.dimension.slug).collect();
    assert_eq!(
        changed,
        [
            "hiring",
            "power",
            "strategy",
            "planning",
            "scope",
            "performance",
            "accountability",
            "replacement",
            "stakeholders",
            "representing"
        ]
    );
    for movement in &moved {
        assert_eq!(
            movement.went_up(),
            Some(true),
            "{}",
            movement.dimension.slug
        );
        assert_eq!(movement.before, Some(Level(1)));
    }
    let hiring = &moved[0];
    assert_eq!(hiring.name(hiring.before), "Influence only");
    assert_eq!(hiring.name(hiring.after), "Shared");

    let back = movements(&role_answers("director-pm"), &role_answers(PM));
    assert_eq!(back.len(), moved.len());
    assert!(back.iter().all(|m| m.went_up() == Some(false)));

    assert!(movements(&role_answers(CEO), &role_answers(CEO)).is_empty());
    assert!(movements(&Answers::new(), &Answers::new()).is_empty());
}

#[test]
fn a_skip_and_a_level_are_a_movement_but_a_skip_and_an_open_question_are_not() {
    let before = answers(&[
        ("decisions", Skipped),
        ("budget", Level(2)),
        ("hiring", Skipped),
        ("power", Level(1)),
    ]);
    let after = answers(&[
        ("decisions", Level(0)),
        ("budget", Skipped),
        ("power", Level(1)),
        ("strategy", Level(3)),
    ]);
    let moved = movements(&before, &after);
    let changed: Vec<(&str, Option<bool>)> = moved
        .iter()
        .map(|m| (m.dimension.slug, m.went_up()))
        .collect();
    // Hiring went from skipped to open: no change worth showing.
    assert_eq!(
        changed,
        [("decisions", None), ("budget", None), ("strategy", None)]
    );
    let decisions = &moved[0];
    assert_eq!(decisions.name(decisions.before), "Skipped");
    assert_eq!(decisions.name(decisions.after), "Delivery details");
    let budget = &moved[1];
    assert_eq!(budget.name(budget.before), "Shared");
    assert_eq!(budget.name(budget.after), "Skipped");
    // A finished assessment (open questions skipped) compares like the draft it came from.
    assert_eq!(
        movements(&before.with_open_skipped(), &after.with_open_skipped()).len(),
        3
    );
}

// ---------------------------------------------------------------------------------------------
// Markdown

#[test]
fn the_markdown_of_a_pms_answers_says_it_all() {
    let given = role_answers(PM).with("budget", Skipped).unwrap();
    let result = AssessmentResult::of(&given);
    let markdown = result_markdown(&given, "10 June 2024");
    assert!(markdown.starts_with("# How CEO-like is my product role?\n"));
    assert!(markdown.contains("Self-assessment taken 10 June 2024"));
    assert!(
        markdown.contains("## Mini-CEO index: 0 of 100 (A product manager's reach)"),
        "{markdown}"
    );
    assert!(markdown.contains(&result.index.unwrap().how()));
    assert!(markdown.contains("One skipped question is left out."));
    let pm = KNOWLEDGE.role(PM).unwrap();
    assert!(markdown.contains(&format!(
        "The answers sit closest to a typical **{}**.",
        pm.name
    )));

    // The gap, why it matters, and its sources by full title.
    let gap = result.gap.as_ref().unwrap();
    assert!(markdown.contains("## I answer for more than I control"));
    assert!(markdown.contains(&gap.sentence()));
    let why = &KNOWLEDGE.accountability_gap;
    assert!(markdown.contains(why.why));
    assert!(markdown.contains(&KNOWLEDGE.cite(why.sources).join("; ")));
    // Cited by the article's full title, as the knowledge base gives it.
    let fantasy = KNOWLEDGE
        .source("fantasy")
        .expect("the fantasy article")
        .full_title();
    assert!(markdown.contains(&fantasy));

    // One table row per question, skipped ones included.
    let rows: Vec<&str> = markdown
        .lines()
        .filter(|line| line.starts_with("| ") && !line.starts_with("| Dimension"))
        .collect();
    assert_eq!(rows.len(), KNOWLEDGE.questions.len());
    for (row, question) in rows.iter().zip(KNOWLEDGE.questions) {
        let dimension = KNOWLEDGE.dimension(question.dimension).unwrap();
        assert!(row.starts_with(&format!("| {} |", dimension.name)), "{row}");
    }
    assert!(rows.contains(&"| P&L and budget | Skipped | Influence only | Formal | Skipped |"));
    assert!(rows.contains(
        &"| Decision rights | Features and priorities | Features and priorities | The final say | Like a typical PM |"
    ));

    // A section per answered question with the argument that applies, cited by full title;
    // none for the skipped one.
    assert!(!markdown.contains("### P&L and budget"));
    for row in result.rows.iter().filter(|row| row.level.is_some()) {
        assert!(
            markdown.contains(&format!("### {}: {}", row.dimension.name, row.level_name())),
            "{}",
            row.dimension.slug
        );
        let arguments = row.arguments();
        assert_eq!(arguments.len(), 1);
        let (side, argument) = arguments[0];
        assert_eq!(side, Applies::Against);
        assert!(markdown.contains(&format!(
            "**The case against the analogy:** {}",
            argument.text
        )));
        assert!(markdown.contains(&format!(
            "_Sources: {}_",
            KNOWLEDGE.cite(argument.sources).join("; ")
        )));
    }
    assert!(!markdown.contains("**The case for the analogy:**"));
    let sections = markdown
        .lines()
        .filter(|line| line.starts_with("### "))
        .count();
    assert_eq!(sections, 11);
    let flagged = markdown
        .matches("This is less say than what I answer for needs.")
        .count();
    assert_eq!(
        flagged, 3,
        "decisions, hiring and power (budget was skipped)"
    );
}

#[test]
fn the_markdown_gives_both_sides_where_both_apply_and_no_gap_where_there_is_none() {
    let given = answers(&[("budget", Level(2)), ("scope", Level(4))]);
    let markdown = result_markdown(&given, "today");
    assert!(!markdown.contains("## I answer for more than I control"));
    let budget = KNOWLEDGE.debate("budget").unwrap();
    let section = markdown
        .split("### P&L and budget: Shared")
        .nth(1)
        .unwrap()
        .split("### ")
        .next()
        .unwrap();
    assert!(section.contains(Placement::Between.reading()));
    let for_at = section.find("**The case for the analogy:**").unwrap();
    let against_at = section.find("**The case against the analogy:**").unwrap();
    assert!(for_at < against_at, "the case for comes first");
    assert!(section.contains(budget.case_for.text));
    assert!(section.contains(budget.case_against.text));
    assert!(section.contains(&KNOWLEDGE.cite(budget.case_for.sources).join("; ")));
    let scope = markdown
        .split("### Scope of responsibility: The whole company")
        .nth(1)
        .unwrap();
    assert!(scope.contains(KNOWLEDGE.debate("scope").unwrap().case_for.text));

    let ceo = result_markdown(&role_answers(CEO), "today");
    assert!(ceo.contains("## Mini-CEO index: 100 of 100 (Close to a CEO)"));
    assert!(!ceo.contains("## I answer for more than I control"));
    assert!(!ceo.contains("This is less say"));
    assert!(ceo.contains("The answers sit closest to a typical **"));
}

#[test]
fn the_markdown_of_no_answers_says_there_is_no_index() {
    let markdown = result_markdown(&Answers::new().with_open_skipped(), "today");
    assert!(markdown.contains("No question was answered, so there is no index."));
    assert!(!markdown.contains("Mini-CEO index"));
    assert!(!markdown.contains("closest to"));
    assert!(!markdown.contains("### "));
    let skipped_rows = markdown
        .lines()
        .filter(|line| line.contains(" | Skipped | ") && line.ends_with(" | Skipped |"))
        .count();
    assert_eq!(skipped_rows, 12);
}

// ---------------------------------------------------------------------------------------------
// Properties

/// Any answers the questions can take: for each question a level, a skip, or nothing.
fn arb_answers() -> impl Strategy<Value = Answers> {
    states::any_answers()
}

fn arb_doc() -> impl Strategy<Value = AssessmentDoc> {
    let snapshot = (0u32..5_000, arb_answers()).prop_map(|(at, answers)| Snapshot {
        taken_ms: T + f64::from(at) * 1000.0,
        answers,
    });
    (
        proptest::option::of((arb_answers(), 0usize..12)),
        proptest::collection::vec(snapshot, 0..6),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(draft, snapshots, in_matrix, all_on_one_page)| {
            let mut snapshots: Vec<Snapshot> = snapshots
                .into_iter()
                .filter(|snapshot| !snapshot.answers.has_no_levels())
                .collect();
            snapshots.sort_by(|a, b| a.taken_ms.total_cmp(&b.taken_ms));
            snapshots.dedup_by(|a, b| a.taken_ms == b.taken_ms);
            AssessmentDoc {
                draft: draft.map(|(answers, at)| Draft { answers, at }),
                snapshots,
                in_matrix,
                pace: if all_on_one_page {
                    Pace::AllOnOnePage
                } else {
                    Pace::OneAtATime
                },
            }
        })
}

/// Any JSON value, a few levels deep.
fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        // Numbers that survive a trip through JSON text exactly, as times in whole
        // milliseconds do (serde_json's default parsing may miss others by a unit in the last
        // place, which would fail the second trip below for no fault of the model).
        (-(1i64 << 53)..(1i64 << 53)).prop_map(Value::from),
        (-1e15f64..1e15).prop_map(|x| Value::from(x.trunc())),
        prop_oneof![Just(2.5), Just(-0.5), Just(1e300)].prop_map(Value::from),
        (0u64..20).prop_map(Value::from),
        prop_oneof![
            Just("skip"),
            Just("budget"),
            Just("team"),
            Just(""),
            Just("version")
        ]
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 40, 6, |inner| {
        let keys = prop_oneof![
            Just("budget".to_string()),
            Just("scope".to_string()),
            Just("team".to_string()),
            Just("taken".to_string()),
            Just("answers".to_string()),
            Just("at".to_string()),
            "[a-z]{0,6}",
        ];
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
            proptest::collection::btree_map(keys, inner, 0..6)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn answers_read_back_from_their_link_value(given in arb_answers()) {
        let (read, problems) = read_link(&given.to_link_value());
        prop_assert!(problems.is_empty(), "{:?}", problems);
        let levels_only = given
            .levels()
            .fold(Answers::new(), |a, (slug, level)| a.with(slug, Level(level)).unwrap());
        prop_assert_eq!(read, levels_only);
    }

    #[test]
    fn answers_stay_in_question_order_and_count_up(given in arb_answers()) {
        let order = question_order();
        let places: Vec<usize> = given
            .iter()
            .map(|(slug, _)| order.iter().position(|s| *s == slug).unwrap())
            .collect();
        prop_assert!(places.windows(2).all(|pair| pair[0] < pair[1]));
        let progress = given.progress();
        prop_assert_eq!(progress.done(), given.iter().count());
        prop_assert_eq!(progress.total, 12);
        let finished = given.with_open_skipped();
        prop_assert_eq!(finished.progress().answered, progress.answered);
        prop_assert_eq!(finished.progress().done(), 12);
    }

    #[test]
    fn any_answers_give_a_sound_result(given in arb_answers()) {
        let result = AssessmentResult::of(&given);
        prop_assert_eq!(result.rows.len(), 12);
        match result.index {
            Some(index) => {
                prop_assert!(index.value <= 100);
                prop_assert_eq!(index.counted, given.progress().answered);
                prop_assert!(index.counted >= 1);
            }
            None => prop_assert!(given.has_no_levels()),
        }
        prop_assert_eq!(result.closest.is_some(), !given.has_no_levels());
        for row in &result.rows {
            prop_assert_eq!(row.level, given.level(row.dimension.slug));
            if let Some(position) = row.position() {
                prop_assert!((0.0..=1.0).contains(&position));
            }
            if row.short_of_need {
                prop_assert!(result.gap.is_some());
            }
        }
        if let Some(gap) = &result.gap {
            prop_assert!(!gap.short.is_empty());
            for (dimension, level) in &gap.short {
                prop_assert!(*level < gap.needs);
                prop_assert!(result.row(dimension.slug).unwrap().short_of_need);
            }
            prop_assert!(gap.sentence().starts_with("On "));
        }
        let markdown = result_markdown(&given, "today");
        prop_assert_eq!(
            markdown.lines().filter(|line| line.starts_with("### ")).count(),
            given.progress().answered
        );
    }

    #[test]
    fn movements_from_answers_to_themselves_are_none(a in arb_answers(), b in arb_answers()) {
        prop_assert!(movements(&a, &a).is_empty());
        let there = movements(&a, &b);
        let back = movements(&b, &a);
        prop_assert_eq!(there.len(), back.len());
        for (one, other) in there.iter().zip(&back) {
            prop_assert_eq!(one.dimension.slug, other.dimension.slug);
            prop_assert_eq!(one.before, other.after);
            prop_assert_eq!(one.went_up().map(|up| !up), other.went_up());
        }
    }

    #[test]
    fn the_stored_form_round_trips(doc in arb_doc()) {
        let stored = doc.to_stored();
        prop_assert_eq!(AssessmentDoc::from_stored(&stored), Ok(doc));
    }

    #[test]
    fn any_text_is_read_without_panicking(raw in "\\PC{0,200}") {
        let _ = AssessmentDoc::from_stored(&raw);
    }

    #[test]
    fn json_shaped_text_is_read_without_panicking(
        raw in "[{}\\[\\]\":,0-9a-z. eE+-]{0,120}"
    ) {
        let _ = AssessmentDoc::from_stored(&raw);
        let _ = AssessmentDoc::from_stored(&format!("{{\"version\":1,{raw}"));
    }

    #[test]
    fn any_json_in_any_field_is_read_or_refused_cleanly(
        draft in arb_json(),
        snapshots in arb_json(),
        answers_value in arb_json(),
        taken in arb_json(),
    ) {
        let raw = json!({
            "version": 1,
            "draft": draft,
            "snapshots": [snapshots, {"taken": taken, "answers": answers_value}],
        })
        .to_string();
        if let Ok(doc) = AssessmentDoc::from_stored(&raw) {
            // What was read is whole: a second trip changes nothing.
            prop_assert!(doc.snapshots.iter().all(|s| !s.answers.has_no_levels()));
            prop_assert!(doc.snapshots.iter().all(|s| s.taken_ms.is_finite()));
            prop_assert!(doc.draft.as_ref().is_none_or(|d| d.at < 12));
            prop_assert_eq!(AssessmentDoc::from_stored(&doc.to_stored()), Ok(doc));
        }
    }

    #[test]
    fn any_link_value_is_read_without_panicking(value in "\\PC{0,80}") {
        let (read, _) = read_link(&value);
        // What was read travels on cleanly.
        let (again, problems) = read_link(&read.to_link_value());
        prop_assert!(problems.is_empty());
        prop_assert_eq!(again, read);
    }
}
