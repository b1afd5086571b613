//! The result drawn: an SVG chart placing each answer on its dimension's own scale beside the
//! typical Product Manager and the CEO, and the same figures as a table beside it.

use leptos::prelude::*;

use crate::model::assessment::result::DimensionResult;
use crate::model::assessment::AssessmentResult;

/// A coordinate as SVG text, to a tenth of a unit ("12", "67.2"), with integer printing only: the
/// wasm then carries no float printing.
fn at(value: f64) -> String {
    let tenths = (value * 10.0).round() as i64;
    let (whole, tenth) = (tenths / 10, (tenths % 10).abs());
    let sign = if tenths < 0 && whole == 0 { "-" } else { "" };
    if tenth == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{tenth}")
    }
}

/// The chart's drawing box: narrow, so its text stays readable when a phone shrinks it.
const WIDTH: f64 = 360.0;
const ROW: f64 = 58.0;
const TRACK_LEFT: f64 = 12.0;
const TRACK_RIGHT: f64 = WIDTH - 12.0;

/// Where a level falls on the track of a scale with `levels` steps.
fn x_of(level: u8, levels: usize) -> f64 {
    let steps = levels.saturating_sub(1).max(1) as f64;
    TRACK_LEFT + (TRACK_RIGHT - TRACK_LEFT) * f64::from(level) / steps
}

/// The chart and its table. `whose` is "Your" or "Their".
#[component]
pub fn ResultChart(result: std::rc::Rc<AssessmentResult>, whose: &'static str) -> impl IntoView {
    let answered = result.rows.iter().filter(|row| row.level.is_some()).count();
    let summary = format!(
        "{answered} of {} answers placed on each dimension's scale, beside a typical product \
         manager and a CEO. The table beside the chart gives the same figures.",
        result.rows.len()
    );
    let height = ROW * result.rows.len() as f64 + 8.0;
    view! {
        <div class="result-figures">
            <figure class="result-chart">
                <figcaption>
                    <span class="chart-title">{format!("{whose} answers on each scale")}</span>
                    <span class="chart-legend" aria-hidden="true">
                        <span class="legend-item"><span class="legend-mark mark-you"></span>{format!(" {whose} answer")}</span>
                        <span class="legend-item"><span class="legend-mark mark-pm"></span>" Typical PM"</span>
                        <span class="legend-item"><span class="legend-mark mark-ceo"></span>" CEO"</span>
                        {result.gap.is_some().then(|| view! {
                            <span class="legend-item"><span class="legend-mark mark-short"></span>" Less say than needed"</span>
                        })}
                    </span>
                </figcaption>
                <svg
                    viewBox=format!("0 0 {} {}", at(WIDTH), at(height))
                    role="img"
                    aria-labelledby="chart-svg-title chart-svg-desc"
                    class="chart-svg"
                >
                    <title id="chart-svg-title">{format!("{whose} answers beside a typical PM and a CEO")}</title>
                    <desc id="chart-svg-desc">{summary}</desc>
                    {result.rows.iter().enumerate().map(|(index, row)| chart_row(index, row)).collect_view()}
                </svg>
            </figure>
            <ResultTable result=result whose=whose/>
        </div>
    }
}

fn chart_row(index: usize, row: &DimensionResult) -> impl IntoView {
    let top = ROW * index as f64;
    let track = top + 38.0;
    let levels = row.dimension.levels.len();
    let ticks = (0..levels)
        .map(|level| {
            let x = at(x_of(level as u8, levels));
            view! { <line class="chart-tick" x1=x.clone() x2=x y1=at(track - 5.0) y2=at(track + 5.0)/> }
        })
        .collect_view();
    let (pm_x, ceo_x) = (x_of(row.pm, levels), x_of(row.ceo, levels));
    // The level's name is in the table; the chart names the dimension only, so that every
    // label fits the narrow drawing.
    let label = match row.level {
        Some(_) => row.dimension.name.to_string(),
        None => format!("{} (skipped)", row.dimension.name),
    };
    view! {
        <g class="chart-row" class:is-short=row.short_of_need class:is-skipped=row.level.is_none()>
            <text class="chart-label" x=at(TRACK_LEFT - 4.0) y=at(top + 17.0)>{label}</text>
            <line class="chart-track" x1=at(TRACK_LEFT) x2=at(TRACK_RIGHT) y1=at(track) y2=at(track)/>
            {ticks}
            // The span a typical PM would have to cover to stand where the CEO does.
            <line class="chart-span" x1=at(pm_x) x2=at(ceo_x) y1=at(track) y2=at(track)/>
            {row.level.map(|level| {
                let x = x_of(level, levels);
                view! { <circle class="chart-you" cx=at(x) cy=at(track) r="6"/> }
            })}
            <rect class="chart-pm" x=at(pm_x - 9.0) y=at(track - 9.0) width="18" height="18"/>
            <path
                class="chart-ceo"
                d=format!("M{} {} l11 11 -11 11 -11 -11z", at(ceo_x), at(track - 11.0))
            />
        </g>
    }
}

/// The chart's figures as a table: the accessible, printable and copyable form.
#[component]
fn ResultTable(result: std::rc::Rc<AssessmentResult>, whose: &'static str) -> impl IntoView {
    view! {
        <div class="result-table-wrap">
            <table class="result-table">
                <caption>{format!("{whose} answers beside a typical product manager and a CEO")}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Dimension"</th>
                        <th scope="col">{format!("{whose} answer")}</th>
                        <th scope="col">"Typical PM"</th>
                        <th scope="col">"CEO"</th>
                        <th scope="col">"Where it stands"</th>
                    </tr>
                </thead>
                <tbody>
                    {result.rows.iter().map(|row| {
                        let levels = row.dimension.levels.len();
                        view! {
                            <tr class:is-short=row.short_of_need>
                                <th scope="row">{row.dimension.name}</th>
                                <td>
                                    {row.level_name()}
                                    {row.level.map(|level| view! {
                                        <span class="level-of">{format!(" ({} of {levels})", level + 1)}</span>
                                    })}
                                </td>
                                <td>{row.dimension.level_name(row.pm)}</td>
                                <td>{row.dimension.level_name(row.ceo)}</td>
                                <td>
                                    {row.placement().map_or("Skipped", |placement| placement.label())}
                                    {row.short_of_need.then(|| view! {
                                        <span class="short-flag">" · less say than you answer for"</span>
                                    })}
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::at;

    #[test]
    fn a_coordinate_is_written_to_a_tenth_with_integer_printing() {
        assert_eq!(at(12.0), "12");
        assert_eq!(at(67.2), "67.2");
        assert_eq!(at(347.96), "348");
        assert_eq!(at(-0.04), "0");
        assert_eq!(at(-0.5), "-0.5");
        assert_eq!(at(-11.25), "-11.3");
        // Every tenth from -50 to 1,000 reads back as itself.
        for tenths in -500..10_000 {
            let value = f64::from(tenths) / 10.0;
            let read: f64 = at(value).parse().unwrap();
            assert!(
                (read - value).abs() < 1e-9,
                "{value} was written {}",
                at(value)
            );
        }
    }
}
