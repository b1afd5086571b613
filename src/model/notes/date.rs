//! Calendar dates in UTC from millisecond timestamps, by arithmetic alone (no date library):
//! the proleptic Gregorian calendar, as JavaScript's `Date` counts it.

use super::note::Millis;

const MS_PER_DAY: u64 = 86_400_000;

/// The UTC day of a moment, as `YYYY-MM-DD`.
pub fn utc_date(at: Millis) -> String {
    let (year, month, day) = civil_from_days(at / MS_PER_DAY);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Year, month (1 to 12) and day (1 to 31) of a day counted from 1970-01-01. Howard Hinnant's
/// `civil_from_days`, for days on or after the epoch.
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    // Count from 0000-03-01, so that a leap day ends its year.
    let z = days + 719_468;
    let era = z / 146_097;
    let day_of_era = z % 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    };
    let year = year_of_era + era * 400 + u64::from(month <= 2);
    (year, month, day)
}
