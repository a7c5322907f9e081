//! Schedule intervals: `schedule::cron_interval`, and for a cron form `next_fire_time` and
//! `due_fire_time` from a fixed time.
#![no_main]

use chrono::{DateTime, Duration, TimeZone, Utc};
use libfuzzer_sys::fuzz_target;
use meltano_api::domain::schedule::{cron_interval, due_fire_time, next_fire_time};

fuzz_target!(|data: &[u8]| {
    let Ok(interval) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(Some(cron)) = cron_interval(interval, "/interval") else {
        return;
    };
    // The cron form is itself an interval, and its own cron form.
    assert_eq!(
        cron_interval(&cron, "/interval").ok(),
        Some(Some(cron.clone())),
        "cron form of {interval:?} is not stable"
    );

    let after: DateTime<Utc> = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
    // Two days: at most 2880 firings for `* * * * *`, well under the catch-up bound.
    let now = after + Duration::days(2);
    let next = next_fire_time(&cron, after);
    if let Some(next) = next {
        assert!(
            next > after,
            "{cron}: next fire time {next} is not after {after}"
        );
    }
    let due = due_fire_time(&cron, after, now);
    if let Some(due) = due {
        assert!(
            due > after && due <= now,
            "{cron}: due {due} outside ({after}, {now}]"
        );
        let next = next.expect("a due firing implies a next one");
        assert!(next <= due, "{cron}: next {next} after due {due}");
        // Nothing fires between the due time and now.
        if let Some(following) = next_fire_time(&cron, due) {
            assert!(
                following > now,
                "{cron}: {following} fires after due {due} but before {now}"
            );
        }
    } else if let Some(next) = next {
        assert!(
            next > now,
            "{cron}: fires at {next} but nothing is due by {now}"
        );
    }
});
