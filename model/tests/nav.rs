//! The address: every place a link can name is recognised, and the notices for links that
//! name nothing repeat only a short, readable part of them.
#![cfg(feature = "load")]

use model::error::report;
use model::load::project_data_dir;
use model::nav::{shorten, Card, Place, Section, Settings, ECHO_CHARS, LISTED_IGNORED};
use model::{Dataset, Skeleton};

fn data() -> Dataset {
    project_data_dir().load_valid().map_err(|e| report(&e)).unwrap().data
}

#[test]
fn the_corrections_log_is_a_known_place_under_sources() {
    let data = data();
    assert_eq!(Place::parse("#corrections", &Skeleton::from(&data)), Place::Corrections);
    assert_eq!(
        Place::parse("corrections", &Skeleton::from(&data)).section(),
        Some(Section::Sources)
    );
}

#[test]
fn each_report_and_each_variant_is_a_known_place() {
    let data = data();
    for s in data.sources.iter() {
        let place = Place::parse(&format!("#{}", Card::Source.anchor(&s.id)), &Skeleton::from(&data));
        assert_eq!(place, Place::Card(Card::Source, s.id.to_string()));
        assert_eq!(place.section(), Some(Section::Sources));
    }
    for v in data.foundation.variants.iter() {
        let place = Place::parse(&format!("#variant-{}", v.id), &Skeleton::from(&data));
        assert!(place.is_card(Card::Variant, &v.id), "{place:?}");
        assert_eq!(place.section(), Some(Section::Foundation));
    }
    // Ids that do not exist stay unknown, so the page can say so.
    assert_eq!(
        Place::parse("#source-third-report", &Skeleton::from(&data)),
        Place::Unknown("source-third-report".into())
    );
    assert_eq!(
        Place::parse("#variant-", &Skeleton::from(&data)),
        Place::Unknown("variant-".into())
    );
}

#[test]
fn a_huge_unknown_fragment_is_echoed_short() {
    let data = data();
    let fragment = format!("#{}", "x".repeat(100_000));
    let Place::Unknown(shown) = Place::parse(&fragment, &Skeleton::from(&data)) else {
        panic!("should be unknown")
    };
    assert_eq!(shown.chars().count(), ECHO_CHARS);
    assert!(shown.ends_with('…'));
    assert!(shown.starts_with("xxxx"));
    // A short one is shown whole, and cutting never splits a character.
    assert_eq!(
        Place::parse("#nowhere", &Skeleton::from(&data)),
        Place::Unknown("nowhere".into())
    );
    let long_kana = "あ".repeat(200);
    assert_eq!(shorten(&long_kana).chars().count(), ECHO_CHARS);
}

#[test]
fn a_repeated_unknown_parameter_is_listed_once() {
    let data = data();
    let query = format!("?{}", vec!["utm=x"; 2_000].join("&"));
    let (settings, ignored) = Settings::parse(&query, &Skeleton::from(&data));
    assert_eq!(settings, Settings::default());
    assert_eq!((ignored.listed.len(), ignored.more), (1, 0));
    let first = &ignored.listed[0];
    assert_eq!(
        (first.name.as_str(), first.value.as_str(), first.times),
        ("utm", "x", 2_000)
    );
}

#[test]
fn long_parameter_names_and_values_are_echoed_short() {
    let data = data();
    let long = "y".repeat(5_000);
    let (_, ignored) = Settings::parse(
        &format!("?{long}={long}&{long}=again&by=party&by=sideways"),
        &Skeleton::from(&data),
    );
    assert_eq!(ignored.listed.len(), 2, "{ignored:?}");
    let first = &ignored.listed[0];
    assert_eq!(first.times, 2);
    for shown in [&first.name, &first.value] {
        assert_eq!(shown.chars().count(), ECHO_CHARS);
        assert!(shown.ends_with('…'));
    }
    assert_eq!(
        (
            ignored.listed[1].name.as_str(),
            ignored.listed[1].value.as_str(),
            ignored.listed[1].times
        ),
        ("by", "sideways", 1)
    );
}

#[test]
fn past_ten_unknown_parameters_the_rest_are_only_counted() {
    let data = data();
    // 60,000 distinct names (a link made to freeze the page), then a repeat of a listed one
    // and a known setting.
    let names: Vec<String> = (0..60_000).map(|i| format!("p{i}={i}")).collect();
    let query = format!("?{}&p3=again&by=party", names.join("&"));
    let (settings, ignored) = Settings::parse(&query, &Skeleton::from(&data));
    assert_eq!(
        settings.to_query(),
        "?by=party",
        "a known setting after them still counts"
    );
    assert_eq!(ignored.listed.len(), LISTED_IGNORED);
    let listed: Vec<&str> = ignored.listed.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(
        listed,
        ["p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9"],
        "the first ten, in order"
    );
    assert_eq!(
        ignored.listed[3].times, 2,
        "a listed name given again is counted on its line"
    );
    assert_eq!(ignored.more, 60_000 - LISTED_IGNORED);

    // Exactly ten: nothing more to count.
    let ten: Vec<String> = (0..10).map(|i| format!("q{i}=1")).collect();
    let (_, ignored) = Settings::parse(&format!("?{}", ten.join("&")), &Skeleton::from(&data));
    assert_eq!((ignored.listed.len(), ignored.more), (10, 0));
}

#[test]
fn what_embedding_hosts_add_to_the_address_is_understood_not_reported() {
    use model::nav::{pym_child_id, wordpress_secret};
    let data = data();
    // pym.js's parameters, beside a setting of ours.
    let (settings, ignored) = Settings::parse(
        "?childId=explainer-1&initialWidth=640&parentTitle=News%20%7C%20Site&parentUrl=https%3A%2F%2Fnews.example%2Fa&by=party",
        &Skeleton::from(&data),
    );
    assert!(ignored.is_empty(), "{ignored:?}");
    assert_eq!(
        settings.to_query(),
        "?by=party",
        "host parameters are not carried into links"
    );
    assert_eq!(
        pym_child_id("?initialWidth=640&childId=explainer-1").as_deref(),
        Some("explainer-1")
    );
    assert_eq!(pym_child_id("?by=party"), None);
    // AMP's and WordPress's fragments name no place, and WordPress's keeps ours before it.
    assert_eq!(Place::parse("#amp=1", &Skeleton::from(&data)), Place::Top);
    assert_eq!(Place::parse("#?secret=a1B2c3D4e5", &Skeleton::from(&data)), Place::Top);
    assert_eq!(
        Place::parse("#gap-apology#?secret=a1B2c3D4e5", &Skeleton::from(&data)),
        Place::Card(Card::Gap, "apology".into())
    );
    assert_eq!(wordpress_secret("#gap-apology#?secret=a1B2c3D4e5"), Some("a1B2c3D4e5"));
    assert_eq!(wordpress_secret("#?secret=short"), None);
    assert_eq!(
        wordpress_secret("#?secret=a1B2c3D4e5x"),
        None,
        "a secret is exactly ten letters or digits"
    );
    assert_eq!(wordpress_secret("#?secret=a1B2c3D4e/"), None);
}

#[test]
fn the_theme_is_a_setting_kept_in_links() {
    use model::nav::Theme;
    let data = data();
    let (settings, ignored) = Settings::parse("?theme=dark", &Skeleton::from(&data));
    assert!(ignored.is_empty());
    assert_eq!(settings.theme, Some(Theme::Dark));
    assert_eq!(settings.to_query(), "?theme=dark");
    assert_eq!(Settings::parse("?theme=auto", &Skeleton::from(&data)).0.theme, None);
    assert_eq!(
        Settings::parse("?theme=sepia", &Skeleton::from(&data)).1.listed.len(),
        1,
        "an unknown theme is named and ignored"
    );
}

#[test]
fn every_actor_and_variant_setting_survives_a_link() {
    let data = data();
    let skeleton = Skeleton::from(&data);
    let actors = skeleton.timeline_actors.iter().map(|a| (Some(a.id.to_string()), None));
    let variants = skeleton.variants.iter().map(|v| (None, Some(v.id.to_string())));
    let mut checked = 0;
    for (actor, variant) in actors.chain(variants) {
        let settings = Settings {
            actor,
            variant,
            ..Settings::default()
        };
        let query = settings.to_query();
        let (back, ignored) = Settings::parse(&query, &skeleton);
        assert!(ignored.is_empty(), "{query}: {ignored:?}");
        assert_eq!(back, settings, "{query}");
        assert!(
            query.bytes().all(|b| b.is_ascii_alphanumeric() || b"?=&-".contains(&b)),
            "{query} needs no encoding"
        );
        checked += 1;
    }
    assert!(checked >= 4, "only {checked} settings checked");
}
