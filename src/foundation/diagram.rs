//! The SVG drawing of one variant. Boxes sit on a 3×3 grid set in the data; arrows run
//! between box edges, side by side when two join the same boxes. Coordinates are written as
//! whole numbers, so the markup stays short and the same from build to build.
//!
//! Each variant is drawn twice, wide and narrow, and the stylesheet shows the one that fits
//! the screen: the page is pre-rendered without knowing the reader's screen, and it must not
//! change its drawing when the wasm takes over.

use leptos::prelude::*;
use model::variants::{compare, dropped, Change};
use model::wrap::wrap;
use model::{Flow, Node, Variant};

use super::arrows::{baseline, kind_class, kind_word};
use crate::DATA;
use browser::strings::Strings;
use browser::use_page;

/// The drawing's measures. Text in an SVG shrinks with it, so a phone gets its own
/// narrow layout with narrow boxes and more lines, rather than a scaled-down wide one; each is
/// sized so that its text is at least 12 px where it is shown (the wide drawing at most
/// 52rem wide, the narrow one in a 390 px phone's column).
#[derive(Clone, Copy, PartialEq)]
struct Layout {
    /// Names the layout in class names and element ids.
    name: &'static str,
    margin: i32,
    box_w: i32,
    box_h: i32,
    col: i32,
    row: i32,
    /// Label width in columns (see `model::wrap::wrap`) that fits a box.
    label_columns: usize,
    line_height: i32,
    font: i32,
    /// Arrow labels: their width in columns and their line height.
    arrow_columns: usize,
    arrow_line: i32,
    /// Space between parallel arrows joining the same two boxes.
    parallel: i32,
    /// Arrow labels name the change in full on wide screens, in one word on narrow ones.
    short_labels: bool,
}

const WIDE: Layout = Layout {
    name: "wide",
    margin: 12,
    box_w: 200,
    box_h: 80,
    col: 330,
    row: 170,
    label_columns: 20,
    line_height: 17,
    font: 14,
    arrow_columns: 14,
    arrow_line: 17,
    parallel: 18,
    short_labels: false,
};
const NARROW: Layout = Layout {
    name: "narrow",
    margin: 6,
    box_w: 88,
    box_h: 108,
    col: 143,
    row: 180,
    label_columns: 11,
    line_height: 16,
    font: 13,
    arrow_columns: 8,
    arrow_line: 16,
    parallel: 14,
    short_labels: true,
};

/// A rectangle of the drawing: a box, or the space a label takes.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Rect {
    x: f32,
    y: f32,
    w: f32,
    h: f32,
}

impl Rect {
    fn grown(self, by: f32) -> Rect {
        Rect {
            x: self.x - by,
            y: self.y - by,
            w: self.w + 2.0 * by,
            h: self.h + 2.0 * by,
        }
    }
    fn overlaps(&self, o: &Rect) -> bool {
        self.x < o.x + o.w && o.x < self.x + self.w && self.y < o.y + o.h && o.y < self.y + self.h
    }
    fn contains(&self, (x, y): (f32, f32)) -> bool {
        x >= self.x && x <= self.x + self.w && y >= self.y && y <= self.y + self.h
    }
    fn inside(&self, o: &Rect) -> bool {
        self.x >= o.x && self.y >= o.y && self.x + self.w <= o.x + o.w && self.y + self.h <= o.y + o.h
    }
    /// Whether the segment from `a` to `b` crosses or touches the rectangle.
    fn meets(&self, a: (f32, f32), b: (f32, f32)) -> bool {
        if self.contains(a) || self.contains(b) {
            return true;
        }
        let corners = [
            (self.x, self.y),
            (self.x + self.w, self.y),
            (self.x + self.w, self.y + self.h),
            (self.x, self.y + self.h),
        ];
        (0..4).any(|i| segments_cross(a, b, corners[i], corners[(i + 1) % 4]))
    }
}

fn segments_cross(p1: (f32, f32), p2: (f32, f32), q1: (f32, f32), q2: (f32, f32)) -> bool {
    let side = |a: (f32, f32), b: (f32, f32), c: (f32, f32)| (b.0 - a.0) * (c.1 - a.1) - (b.1 - a.1) * (c.0 - a.0);
    let (d1, d2) = (side(q1, q2, p1), side(q1, q2, p2));
    let (d3, d4) = (side(p1, p2, q1), side(p1, p2, q2));
    d1 * d2 <= 0.0 && d3 * d4 <= 0.0
}

/// How wide a line of label text is drawn, at most: CJK glyphs and Hangul a full em, Latin
/// letters a generous 0.62 em (DejaVu Sans, the widest common sans-serif, averages 0.6), and
/// a tenth more in bold, so a label placed by this measure never runs into what it was kept
/// clear of.
fn text_width(line: &str, font: i32, bold: bool) -> f32 {
    // A line's trailing space (see `lines_of`) is not drawn.
    let em: f32 = line
        .trim_end()
        .chars()
        .map(|c| match c {
            ' ' => 0.33,
            '(' | ')' | '.' | ',' | 'i' | 'l' | 'j' | 't' | 'f' | 'r' => 0.42,
            'm' | 'w' | 'M' | 'W' => 0.92,
            c if c.is_ascii_uppercase() => 0.74,
            c if c.is_ascii() => 0.62,
            '\u{2000}'..='\u{206f}' => 0.5,
            _ => 1.0,
        })
        .sum();
    em * font as f32 * if bold { 1.12 } else { 1.0 }
}

impl Layout {
    fn origin(&self, n: &Node) -> (i32, i32) {
        (
            self.margin + n.column as i32 * self.col,
            self.margin + n.row as i32 * self.row,
        )
    }

    fn centre(&self, n: &Node) -> (i32, i32) {
        let (x, y) = self.origin(n);
        (x + self.box_w / 2, y + self.box_h / 2)
    }

    fn rect(&self, n: &Node) -> Rect {
        let (x, y) = self.origin(n);
        Rect {
            x: x as f32,
            y: y as f32,
            w: self.box_w as f32,
            h: self.box_h as f32,
        }
    }

    fn size(&self) -> (i32, i32) {
        let rows = DATA.foundation.nodes.iter().map(|n| n.row as i32).max().unwrap_or(0) + 1;
        let cols = DATA.foundation.nodes.iter().map(|n| n.column as i32).max().unwrap_or(0) + 1;
        (
            self.margin * 2 + (cols - 1) * self.col + self.box_w,
            self.margin * 2 + (rows - 1) * self.row + self.box_h,
        )
    }

    /// The arrow from box `a` to box `b`, moved sideways by `offset`, cut at the box edges.
    fn arrow(&self, a: &Node, b: &Node, offset: i32) -> (i32, i32, i32, i32) {
        let ((ax, ay), (bx, by)) = (self.centre(a), self.centre(b));
        let (dx, dy) = ((bx - ax) as f32, (by - ay) as f32);
        let len = (dx * dx + dy * dy).sqrt().max(1.0);
        // Perpendicular unit vector, for side-by-side arrows.
        let (px, py) = (-dy / len * offset as f32, dx / len * offset as f32);
        // How far along the centre line each box edge is (plus a small gap).
        let hw = (self.box_w / 2 + 5) as f32;
        let hh = (self.box_h / 2 + 5) as f32;
        let t = (hw / dx.abs().max(0.001)).min(hh / dy.abs().max(0.001));
        let (sx, sy) = (ax as f32 + dx * t + px, ay as f32 + dy * t + py);
        let (ex, ey) = (bx as f32 - dx * t + px, by as f32 - dy * t + py);
        (sx as i32, sy as i32, ex as i32, ey as i32)
    }
}

/// An arrow as `place_labels` sees it: its line's two ends (x1, y1, x2, y2), its label's
/// lines, and whether the label is bold.
type ArrowLine = ((i32, i32, i32, i32), Vec<String>, bool);

/// Where each arrow's label goes: beside its line, clear of every box, every line and every
/// label placed before it, inside the drawing. Tried along the line from its middle outwards,
/// on either side; `None` for a label no place fits (the native tests refuse any).
fn place_labels(l: &Layout, lines: &[ArrowLine]) -> Vec<Option<Rect>> {
    let (width, height) = l.size();
    let bounds = Rect {
        x: 0.0,
        y: 0.0,
        w: width as f32,
        h: height as f32,
    };
    let boxes: Vec<Rect> = DATA.foundation.nodes.iter().map(|n| l.rect(n).grown(4.0)).collect();
    let mut placed: Vec<Rect> = Vec::new();
    lines
        .iter()
        .map(|&((x1, y1, x2, y2), ref text, bold)| {
            let (a, b) = ((x1 as f32, y1 as f32), (x2 as f32, y2 as f32));
            let (dx, dy) = (b.0 - a.0, b.1 - a.1);
            let len = (dx * dx + dy * dy).sqrt().max(1.0);
            let (nx, ny) = (-dy / len, dx / len);
            let w = text.iter().map(|t| text_width(t, l.font, bold)).fold(0.0, f32::max);
            let h = (text.len() as i32 * l.arrow_line) as f32;
            // From the line to the label's centre: just clear of the line, whatever its slant.
            let clear = nx.abs() * w / 2.0 + ny.abs() * h / 2.0 + 5.0;
            // First the side that faces the drawing's middle, where there is room.
            let inward = if (bounds.w / 2.0 - (a.0 + b.0) / 2.0) * nx + (bounds.h / 2.0 - (a.1 + b.1) / 2.0) * ny >= 0.0
            {
                1.0
            } else {
                -1.0
            };
            let spot = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82]
                .iter()
                .flat_map(|&t| [(t, inward), (t, -inward)])
                .find_map(|(t, side)| {
                    let (cx, cy) = (a.0 + dx * t + side * nx * clear, a.1 + dy * t + side * ny * clear);
                    let r = Rect {
                        x: cx - w / 2.0,
                        y: cy - h / 2.0,
                        w,
                        h,
                    };
                    let ok = r.inside(&bounds)
                        && !boxes.iter().any(|bx| bx.overlaps(&r))
                        && !placed.iter().any(|p| p.grown(3.0).overlaps(&r))
                        && !lines.iter().any(|&((p1, q1, p2, q2), _, _)| {
                            r.grown(3.0).meets((p1 as f32, q1 as f32), (p2 as f32, q2 as f32))
                        });
                    ok.then_some(r)
                });
            if let Some(r) = spot {
                placed.push(r);
            }
            spot
        })
        .collect()
}

/// The sideways offset of each flow, so arrows that join the same boxes do not overlap.
fn offsets(flows: &[&Flow], parallel: i32) -> Vec<i32> {
    flows
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let same_pair = |g: &&&Flow| (g.from == f.from && g.to == f.to) || (g.from == f.to && g.to == f.from);
            let siblings: Vec<usize> = flows
                .iter()
                .enumerate()
                .filter(|(_, g)| same_pair(g))
                .map(|(j, _)| j)
                .collect();
            let k = siblings.iter().position(|&j| j == i).unwrap_or(0) as i32;
            let n = siblings.len() as i32;
            // Arrows pointing the other way are already on the other side of the line.
            let sign = if f.from < f.to { 1 } else { -1 };
            sign * (k * 2 - (n - 1)) * parallel / 2
        })
        .collect()
}

/// The variant's drawing in both layouts; the stylesheet switches at 40rem.
#[component]
pub fn Diagram(
    variant: &'static Variant,
    /// The id of the list that says in words what the drawing shows.
    described_by: String,
) -> impl IntoView {
    view! {
        <figure class="diagram">
            <Drawing variant=variant layout=WIDE described_by=described_by.clone() />
            <Drawing variant=variant layout=NARROW described_by=described_by />
            <Legend variant=variant />
        </figure>
    }
}

/// What each kind of line and each state of an arrow looks like, for the kinds and states
/// this variant's drawing has: the dashes tell the kinds apart (never color alone), and the
/// words say it too.
#[component]
fn Legend(variant: &'static Variant) -> impl IntoView {
    let s = use_page().s;
    let arrows = arrows_of(variant, WIDE, s);
    let mut kinds: Vec<(&'static str, model::FlowKind)> = Vec::new();
    for f in variant.flows.iter().chain(dropped(variant, baseline())) {
        if !kinds.iter().any(|(_, k)| *k == f.kind) {
            kinds.push((kind_class(f.kind), f.kind));
        }
    }
    let states: Vec<(&'static str, &'static str)> = [("added", s.new_here), ("dropped", s.dropped_here)]
        .into_iter()
        .filter(|(state, _)| arrows.iter().any(|a| a.state == *state))
        .collect();
    let sample = |class: String| {
        view! {
            <svg class=class width="40" height="12" viewBox="0 0 40 12" aria-hidden="true">
                <line x1="0" y1="6" x2="40" y2="6" />
            </svg>
        }
    };
    view! {
        <figcaption class="legend">
            <ul>
                {kinds
                    .into_iter()
                    .map(|(class, kind)| {
                        view! { <li>{sample(format!("arrow arrow-{class} arrow-kept"))} {kind_word(s, kind)}</li> }
                    })
                    .collect_view()}
                {states
                    .into_iter()
                    .map(|(state, words)| {
                        view! { <li>{sample(format!("arrow arrow-money arrow-{state}"))} {words}</li> }
                    })
                    .collect_view()}
            </ul>
        </figcaption>
    }
}

#[component]
fn Drawing(variant: &'static Variant, layout: Layout, described_by: String) -> impl IntoView {
    let here = use_page();
    let s = here.s;
    let l = layout;
    let arrows = arrows_of(variant, l, s);
    let spots = place_labels(
        &l,
        &arrows
            .iter()
            .map(|a| (a.line, a.label.clone(), a.state == "added"))
            .collect::<Vec<_>>(),
    );
    let used = |n: &Node| arrows.iter().any(|a| a.from == n.id || a.to == n.id);
    let (width, height) = l.size();
    // Three variants, two layouts each, on one page: every id names both.
    let ids = format!("variant-{}-{}", variant.id, l.name);
    let title_id = format!("{ids}-title");

    let boxes = DATA
        .foundation
        .nodes
        .iter()
        .map(|n| {
            let (x, y) = l.origin(n);
            let class = if used(n) { "box" } else { "box idle" };
            let lines = lines_of(here.t(&n.label), l.label_columns);
            // Centre the block of lines vertically in the box; a third of the font size
            // puts the baseline mid-glyph.
            let first = y + l.box_h / 2 + l.font / 3 - (lines.len() as i32 - 1) * l.line_height / 2;
            let cx = x + l.box_w / 2;
            view! {
                <g class=class>
                    <rect x=x y=y width=l.box_w height=l.box_h rx="6" />
                    <text text-anchor="middle" font-size=l.font>
                        {lines
                            .into_iter()
                            .enumerate()
                            .map(|(i, line)| {
                                view! {
                                    <tspan x=cx y=first + i as i32 * l.line_height>
                                        {line}
                                    </tspan>
                                }
                            })
                            .collect_view()}
                    </text>
                </g>
            }
        })
        .collect_view();

    let arrow_views = arrows
        .into_iter()
        .zip(spots)
        .map(|(a, spot)| {
            let (x1, y1, x2, y2) = a.line;
            // A label no place fits (the tests refuse any) sits at the middle of its line.
            let r = spot.unwrap_or(Rect {
                x: (x1 + x2) as f32 / 2.0,
                y: (y1 + y2) as f32 / 2.0,
                w: 0.0,
                h: 0.0,
            });
            let cx = (r.x + r.w / 2.0) as i32;
            // The first baseline: a line's height down, less the descent.
            let top = r.y as i32 + l.arrow_line - (l.arrow_line - l.font) / 2 - 3;
            view! {
                <g class=format!("arrow arrow-{} arrow-{}", a.kind, a.state)>
                    <line x1=x1 y1=y1 x2=x2 y2=y2 marker-end=format!("url(#{ids}-head-{})", a.state) />
                    <text text-anchor="middle" font-size=l.font>
                        {a
                            .label
                            .into_iter()
                            .enumerate()
                            .map(|(i, line)| {
                                view! {
                                    <tspan x=cx y=top + i as i32 * l.arrow_line>
                                        {line}
                                    </tspan>
                                }
                            })
                            .collect_view()}
                    </text>
                </g>
            }
        })
        .collect_view();

    view! {
        <svg
            class=format!("diagram-{}", l.name)
            viewBox=format!("0 0 {width} {height}")
            role="img"
            aria-labelledby=title_id.clone()
            aria-describedby=described_by
        >
            <title id=title_id.clone()>{s.diagram_label} {s.colon} {here.t(&variant.name)}</title>
            <defs>
                {["kept", "added", "dropped"]
                    .map(|state| {
                        view! {
                            <marker
                                id=format!("{ids}-head-{state}")
                                class=format!("head head-{state}")
                                viewBox="0 0 10 10"
                                refX="9"
                                refY="5"
                                markerWidth="7"
                                markerHeight="7"
                                orient="auto-start-reverse"
                            >
                                <path d="M0,0 L10,5 L0,10 z" />
                            </marker>
                        }
                    })}
            </defs>
            {boxes}
            {arrow_views}
        </svg>
    }
}

/// `text` wrapped to `columns` (see `wrap`), each line keeping the space that followed it, so
/// the drawing's words read whole to a screen reader and in a copy ("The Japanese government",
/// not "The Japanesegovernment").
fn lines_of(text: &str, columns: usize) -> Vec<String> {
    let lines = wrap(text, columns);
    lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let end = line.as_ptr() as usize - text.as_ptr() as usize + line.len();
            if i + 1 < lines.len() && text[end..].starts_with(' ') {
                format!("{line} ")
            } else {
                line.to_string()
            }
        })
        .collect()
}

/// One arrow as a layout draws it.
struct Arrow {
    from: &'static str,
    to: &'static str,
    line: (i32, i32, i32, i32),
    /// Its kind's class: money, apology, condition, request.
    kind: &'static str,
    /// kept, added (new in this variant) or dropped (in Seoul's proposal, not in this one).
    state: &'static str,
    /// Its label, in lines.
    label: Vec<String>,
}

/// The arrows of `variant` in layout `l`: its own, then those of Seoul's proposal it drops.
fn arrows_of(variant: &'static Variant, l: Layout, s: &'static Strings) -> Vec<Arrow> {
    let compared = compare(variant, baseline());
    let gone = dropped(variant, baseline());
    let all: Vec<&Flow> = compared.iter().map(|(f, _)| *f).chain(gone.iter().copied()).collect();
    let offs = offsets(&all, l.parallel);
    all.iter()
        .zip(offs)
        .enumerate()
        .filter_map(|(i, (f, off))| {
            let (a, b) = (DATA.node(&f.from)?, DATA.node(&f.to)?);
            let state = match compared.get(i) {
                Some((_, Change::Added)) if variant.id != baseline().id => "added",
                Some(_) => "kept",
                None => "dropped",
            };
            let kind = kind_word(s, f.kind);
            // The arrow's state is written out, not only styled, so it never rests on color.
            let label = match (state, l.short_labels) {
                ("added", false) => format!("{kind} ({})", s.new_here),
                ("added", true) => format!("{kind} ({})", s.new_short),
                ("dropped", false) => format!("{kind} ({})", s.dropped_here),
                ("dropped", true) => format!("{kind} ({})", s.dropped_short),
                _ => kind.to_string(),
            };
            Some(Arrow {
                from: a.id.as_ref(),
                to: b.id.as_ref(),
                line: l.arrow(a, b, off),
                kind: kind_class(f.kind),
                state,
                label: lines_of(&label, l.arrow_columns),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::Lang;

    /// Every label of every variant, in both layouts and all three languages, has a place
    /// clear of every box, line and other label.
    #[test]
    fn every_arrow_label_has_a_clear_place() {
        for lang in [Lang::En, Lang::Ja, Lang::Ko] {
            let s = browser::strings::strings(lang);
            for variant in DATA.foundation.variants.iter() {
                for l in [WIDE, NARROW] {
                    let arrows = arrows_of(variant, l, s);
                    let spots = place_labels(
                        &l,
                        &arrows
                            .iter()
                            .map(|a| (a.line, a.label.clone(), a.state == "added"))
                            .collect::<Vec<_>>(),
                    );
                    for (a, spot) in arrows.iter().zip(&spots) {
                        assert!(
                            spot.is_some(),
                            "{lang:?} {} {}: no clear place for {:?}",
                            variant.id,
                            l.name,
                            a.label
                        );
                    }
                }
            }
        }
    }

    /// Box labels fit their boxes: no line wider than the box, no more lines than it holds.
    #[test]
    fn box_labels_fit_their_boxes() {
        for lang in [Lang::En, Lang::Ja, Lang::Ko] {
            for n in DATA.foundation.nodes.iter() {
                for l in [WIDE, NARROW] {
                    let lines = lines_of(n.label.get(lang), l.label_columns);
                    for line in &lines {
                        assert!(
                            text_width(line, l.font, l.name == "wide") <= (l.box_w - 6) as f32,
                            "{lang:?} {}: {line:?} is wider than the box",
                            l.name
                        );
                    }
                    assert!(
                        lines.len() as i32 * l.line_height <= l.box_h - 8,
                        "{lang:?} {}: {lines:?} is taller than the box",
                        l.name
                    );
                }
            }
        }
    }
}
