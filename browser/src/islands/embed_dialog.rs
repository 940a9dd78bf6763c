//! The embed code dialog: an island (see `crate::islands`) on the explainer's own page. An
//! "Embed" button beside each section (and one for the whole explainer) opens it with that
//! section chosen; the editor picks what to embed (the explainer at a glance, the whole, or
//! a section), language and theme and copies one of three snippets — our script embed
//! (sizes itself on any page), a plain iframe, or an AMP `amp-iframe` — or the link to paste
//! into WordPress or Ghost, which find the embed from it (oEmbed). Every snippet uses the
//! address the page itself was loaded from. The editor also picks the edition: always the
//! latest (the default: the site's root) or this page's edition, pinned at its permanent
//! address, `editions/<date>/` under the site's root (`scripts/publish.mjs` keeps it there).
//!
//! The buttons are plain static buttons marked `data-embed-open`; one listener on the
//! document opens the dialog for any of them, so none of them needs taking over.

use leptos::html;
use leptos::prelude::*;
use model::nav::Theme;
use model::Lang;

use crate::html::escape;
use crate::pages::{SitePage, View, COMPACT, EMBEDDABLE};
use crate::strings::{strings, LANGUAGE_NAMES};
use crate::{use_page, SKELETON};

/// Names the button's section in `data-embed-open`; the whole explainer is `explainer`.
pub const WHOLE: &str = "explainer";

/// The attribute that makes a button open the dialog, and which section it chooses.
pub const OPEN_ATTRIBUTE: &str = "data-embed-open";

/// A static button that opens the dialog with `choice` chosen (a section's id, or [`WHOLE`]).
/// The one place that writes [`OPEN_ATTRIBUTE`] (its name in the markup must equal it: a
/// native test checks).
#[component]
pub fn EmbedOpenButton(choice: &'static str, class: &'static str, children: Children) -> impl IntoView {
    view! {
        <button type="button" class=class data-embed-open=choice>
            {children()}
        </button>
    }
}

/// The class of the placeholder our host script (`public/embed.js`) looks for.
const PLACEHOLDER_CLASS: &str = "wartime-labor-explainer";

/// What the dialog's choice of embed names (`data-embed-open`, the select's values): the
/// compact embed, the whole explainer or a section.
fn chosen(name: &str) -> View {
    match name {
        COMPACT => View::Compact,
        _ => View::Embed(EMBEDDABLE.into_iter().find(|s| s.id() == name)),
    }
}

fn choice_name(view: View) -> &'static str {
    match view {
        View::Compact => COMPACT,
        View::Embed(Some(section)) => section.id(),
        View::Embed(None) | View::Page => WHOLE,
    }
}

/// The link an editor pastes into WordPress or Ghost for `page`: the explainer's own address
/// for the compact embed (what an editor would paste anyway; its oEmbed file gives the
/// compact embed), else the embed's address. Without `?theme=`: the editor finds the embed
/// from the oEmbed file, whose frame follows the reader's colors.
fn oembed_link(root: &str, page: SitePage) -> String {
    match page.view {
        View::Compact => format!("{root}{}", SitePage::page(page.lang).address()),
        _ => format!("{root}{}", page.address()),
    }
}

/// The site's root and this edition's permanent folder, from the root the page was loaded
/// at (absolute, ending in `/`): a page of an edition's copy is loaded from
/// `<site>/editions/<date>/`, whose latest is `<site>/`.
fn roots(loaded: &str, edition: &str) -> (String, String) {
    let site = loaded
        .strip_suffix('/')
        .and_then(|rest| rest.rsplit_once('/'))
        .filter(|(head, date)| head.ends_with("/editions") && is_date(date))
        .map_or(loaded, |(head, _)| &head[..head.len() - "editions".len()]);
    (site.to_string(), format!("{site}editions/{edition}/"))
}

/// Whether `s` is a date as an edition's folder is named, `YYYY-MM-DD`.
fn is_date(s: &str) -> bool {
    s.len() == 10
        && s.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        })
}

/// The three snippets for an embed at `src`, titled `title`, from a site whose root is
/// `root` (absolute, ending in `/`).
fn snippets(root: &str, src: &str, title: &str, height: u32, read_more: &str) -> [String; 3] {
    let (src, title) = (escape(src), escape(title));
    [
        format!(
            "<div class=\"{PLACEHOLDER_CLASS}\" data-src=\"{src}\" data-title=\"{title}\" data-height=\"{height}\"></div>\n<script async src=\"{}embed.js\"></script>",
            escape(root)
        ),
        format!("<iframe src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"{height}\" style=\"border:0\" loading=\"lazy\"></iframe>"),
        format!(
            "<amp-iframe src=\"{src}\" title=\"{title}\" layout=\"fixed-height\" height=\"{height}\" sandbox=\"allow-scripts allow-same-origin\" resizable frameborder=\"0\">\n  <div overflow tabindex=\"0\" role=\"button\" aria-label=\"{rm}\">{rm}</div>\n</amp-iframe>",
            rm = escape(read_more)
        ),
    ]
}

#[component]
pub fn EmbedDialog() -> impl IntoView {
    let here = use_page();
    let s = here.s;
    let dialog = NodeRef::<html::Dialog>::new();
    // The compact embed, the whole explainer or a section.
    let choice = RwSignal::new(View::Embed(None));
    let lang = RwSignal::new(here.lang);
    let theme = RwSignal::new(None::<Theme>);
    let copied = RwSignal::new(None::<usize>);
    // Pinned to this page's edition, or (the default) always the latest.
    let pinned = RwSignal::new(false);

    // Any "Embed" button of the page opens the dialog with its section chosen.
    Effect::new(move |_| {
        let listener = gloo_events::EventListener::new(&document(), "click", move |event| {
            use wasm_bindgen::JsCast;
            let button = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest(&format!("[{OPEN_ATTRIBUTE}]")).ok().flatten());
            let (Some(button), Some(dialog)) = (button, dialog.get_untracked()) else {
                return;
            };
            choice.set(chosen(&button.get_attribute(OPEN_ATTRIBUTE).unwrap_or_default()));
            copied.set(None);
            let _ = dialog.show_modal();
        });
        listener.forget();
    });

    let code = Memo::new(move |_| {
        let page = SitePage {
            lang: lang.get(),
            view: choice.get(),
        };
        // The site's root as this page was loaded: the snippets work wherever it is hosted.
        let loaded = window().location().href().unwrap_or_default();
        let loaded_root = web_sys::Url::new_with_base(here.page.root(), &loaded)
            .map(|u| u.href())
            .unwrap_or_default();
        let (latest, edition) = roots(&loaded_root, here.edition.date);
        let root = if pinned.get() { edition } else { latest };
        let query = theme.get().map(|t| format!("?theme={}", t.name())).unwrap_or_default();
        let src = format!("{root}{}{query}", page.address());
        // The frame's title in the embed's own language, which may not be the page's.
        let whole = SKELETON.title.get(page.lang);
        let title = match page.view {
            View::Embed(Some(sec)) => format!("{} — {whole}", strings(page.lang).section(sec)),
            _ => whole.to_string(),
        };
        let [script, iframe, amp] = snippets(&root, &src, &title, page.starting_height(), s.embed_read_more);
        [script, iframe, amp, oembed_link(&root, page)]
    });

    let copy = move |i: usize| {
        let text = code.with_untracked(|c| c[i].clone());
        let clipboard = window().navigator().clipboard();
        let _ = clipboard.write_text(&text);
        copied.set(Some(i));
    };

    let labels = [s.embed_script, s.embed_iframe, s.embed_amp, s.embed_link];
    let notes = [
        s.embed_script_note,
        s.embed_iframe_note,
        s.embed_amp_note,
        s.embed_link_note,
    ];
    let this_edition = s.embed_pinned.replace("{date}", here.edition.shown);
    view! {
        <dialog class="embed-dialog" node_ref=dialog aria-labelledby="embed-dialog-title">
            <h2 id="embed-dialog-title">{s.embed_title}</h2>
            <div class="embed-choices">
                <label>
                    {s.embed_section} " "
                    <select
                        on:change=move |ev| {
                            choice.set(chosen(&event_target_value(&ev)));
                            copied.set(None);
                        }
                        prop:value=move || choice_name(choice.get())
                    >
                        <option value=COMPACT>{s.embed_compact}</option>
                        <option value=WHOLE>{s.embed_whole}</option>
                        {EMBEDDABLE.map(|sec| view! { <option value=sec.id()>{s.section(sec)}</option> })}
                    </select>
                </label>
                <label>
                    {s.language} " "
                    <select
                        on:change=move |ev| {
                            if let Some(l) = Lang::from_tag(&event_target_value(&ev)) {
                                lang.set(l);
                                copied.set(None);
                            }
                        }
                        prop:value=move || lang.get().tag()
                    >
                        {LANGUAGE_NAMES
                            .map(|(l, name)| {
                                view! {
                                    <option value=l.tag() lang=l.tag()>
                                        {name}
                                    </option>
                                }
                            })}
                    </select>
                </label>
                <label>
                    {s.embed_edition} " "
                    <select
                        on:change=move |ev| {
                            pinned.set(event_target_value(&ev) == "pinned");
                            copied.set(None);
                        }
                        prop:value=move || if pinned.get() { "pinned" } else { "latest" }
                    >
                        <option value="latest">{s.embed_latest}</option>
                        <option value="pinned">{this_edition}</option>
                    </select>
                </label>
                <label>
                    {s.embed_theme} " "
                    <select
                        on:change=move |ev| {
                            theme
                                .set(
                                    match event_target_value(&ev).as_str() {
                                        "light" => Some(Theme::Light),
                                        "dark" => Some(Theme::Dark),
                                        _ => None,
                                    },
                                );
                            copied.set(None);
                        }
                        prop:value=move || theme.get().map_or("auto", Theme::name)
                    >
                        <option value="auto">{s.embed_theme_auto}</option>
                        <option value="light">{s.embed_theme_light}</option>
                        <option value="dark">{s.embed_theme_dark}</option>
                    </select>
                </label>
            </div>
            {(0..4)
                .map(|i| {
                    let id = format!("embed-code-{i}");
                    view! {
                        <div class="embed-snippet">
                            <label for=id.clone()>{labels[i]}</label>
                            <p class="embed-note">
                                {move || if i == 3 && pinned.get() { s.embed_link_pinned_note } else { notes[i] }}
                            </p>
                            <textarea
                                id=id
                                readonly
                                rows=if i == 3 { "1" } else { "4" }
                                spellcheck="false"
                                prop:value=move || code.with(|c| c[i].clone())
                            ></textarea>
                            <button type="button" on:click=move |_| copy(i)>
                                {s.embed_copy}
                            </button>
                            <span class="embed-copied" role="status">
                                {move || (copied.get() == Some(i)).then_some(s.embed_copied)}
                            </span>
                        </div>
                    }
                })
                .collect_view()}
            <button
                type="button"
                class="embed-close"
                on:click=move |_| {
                    if let Some(d) = dialog.get_untracked() {
                        d.close();
                    }
                }
            >
                {s.embed_close}
            </button>
        </dialog>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::nav::Section;

    #[test]
    fn the_button_carries_the_attribute_the_dialog_listens_for() {
        let html = leptos::prelude::Owner::new().with(|| {
            view! {
                <EmbedOpenButton choice="timeline" class="embed-open">
                    "Embed"
                </EmbedOpenButton>
            }
            .to_html()
        });
        assert!(html.contains(&format!(" {OPEN_ATTRIBUTE}=\"timeline\"")), "{html}");
    }

    #[test]
    fn snippets_escape_the_title_and_name_the_script_beside_the_embeds() {
        let [script, iframe, amp] = snippets(
            "https://x.example/e/",
            "https://x.example/e/embed/gaps.html",
            "Gaps — \"A\" & B",
            1400,
            "Read more",
        );
        assert!(script.contains("data-src=\"https://x.example/e/embed/gaps.html\""));
        assert!(script.contains("src=\"https://x.example/e/embed.js\""));
        assert!(script.contains("data-title=\"Gaps — &quot;A&quot; &amp; B\""));
        assert!(iframe.starts_with("<iframe src=\"https://x.example/e/embed/gaps.html\""));
        assert!(
            amp.contains("resizable")
                && amp.contains("sandbox=\"allow-scripts allow-same-origin\"")
                && amp.contains("<div overflow")
        );
    }

    #[test]
    fn an_editions_page_knows_the_sites_root_and_pins_to_its_own_folder() {
        let latest = roots("https://x.example/e/", "2026-12-03");
        assert_eq!(
            latest,
            (
                "https://x.example/e/".into(),
                "https://x.example/e/editions/2026-12-03/".into()
            )
        );
        assert_eq!(
            roots("https://x.example/e/editions/2026-11-22/", "2026-11-22"),
            (
                "https://x.example/e/".into(),
                "https://x.example/e/editions/2026-11-22/".into()
            )
        );
        // A folder merely named like one is not an edition's.
        assert_eq!(
            roots("https://x.example/editions/latest/", "2026-12-03").0,
            "https://x.example/editions/latest/"
        );
        assert_eq!(
            roots("https://x.example/2026-11-22/", "2026-12-03").0,
            "https://x.example/2026-11-22/"
        );
    }

    #[test]
    fn the_link_for_wordpress_is_the_explainers_address_for_the_compact_embed_else_the_embeds() {
        let root = "https://x.example/e/";
        assert_eq!(
            oembed_link(
                root,
                SitePage {
                    lang: Lang::Ja,
                    view: View::Compact
                }
            ),
            "https://x.example/e/ja/"
        );
        assert_eq!(
            oembed_link(
                root,
                SitePage {
                    lang: Lang::En,
                    view: View::Compact
                }
            ),
            "https://x.example/e/"
        );
        assert_eq!(
            oembed_link(
                root,
                SitePage {
                    lang: Lang::Ko,
                    view: View::Embed(Some(Section::Gaps))
                }
            ),
            "https://x.example/e/ko/embed/gaps.html"
        );
        for view in [View::Compact, View::Embed(None), View::Embed(Some(Section::Timeline))] {
            assert_eq!(chosen(choice_name(view)), view);
        }
    }
}
