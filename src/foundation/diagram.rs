//! The SVG drawing of one variant. Boxes sit on a 3×3 grid set in the data; arrows run
//! between box edges, side by side when two join the same boxes. Coordinates are whole
//! numbers so no float formatting code is pulled into the wasm.
//!
//! Each variant is drawn twice, wide and narrow, and the stylesheet shows the one that fits
//! the screen: the page is pre-rendered without knowing the reader's screen, and it must not
//! change its drawing when the wasm takes over.

use dispute_model::wrap::wrap;
use dispute_model::variants::{compare, dropped, Change};
use dispute_model::{Flow, Node, Variant};
use leptos::prelude::*;

use super::arrows::{baseline, kind_class, kind_word};
use crate::DATA;
use explainer::use_nav;

/// The drawing's measures. Text in an SVG shrinks with it, so a phone gets its own
/// narrow layout with small boxes and more lines, rather than a scaled-down wide one.
#[derive(Clone, Copy, PartialEq)]
struct Layout {
    /// Names the layout in class names and element ids.
    name: &'static str,
    box_w: i32,
    box_h: i32,
    col: i32,
    row: i32,
    /// Label width in columns (see `dispute_model::wrap::wrap`) that fits a box.
    label_columns: usize,
    line_height: i32,
    font: i32,
    /// Space between parallel arrows joining the same two boxes.
    parallel: i32,
    /// Arrow labels name the change in full on wide screens, in one word on narrow ones.
    short_labels: bool,
}

const MARGIN: i32 = 12;
const WIDE: Layout = Layout { name: "wide", box_w: 220, box_h: 64, col: 300, row: 140, label_columns: 22, line_height: 17, font: 14, parallel: 18, short_labels: false };
const NARROW: Layout = Layout { name: "narrow", box_w: 92, box_h: 84, col: 124, row: 140, label_columns: 12, line_height: 14, font: 11, parallel: 14, short_labels: true };
impl Layout {
    fn origin(&self, n: &Node) -> (i32, i32) {
        (MARGIN + n.column as i32 * self.col, MARGIN + n.row as i32 * self.row)
    }

    fn centre(&self, n: &Node) -> (i32, i32) {
        let (x, y) = self.origin(n);
        (x + self.box_w / 2, y + self.box_h / 2)
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

/// The sideways offset of each flow, so arrows that join the same boxes do not overlap.
fn offsets(flows: &[&Flow], parallel: i32) -> Vec<i32> {
    flows
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let same_pair = |g: &&&Flow| (g.from == f.from && g.to == f.to) || (g.from == f.to && g.to == f.from);
            let siblings: Vec<usize> =
                flows.iter().enumerate().filter(|(_, g)| same_pair(g)).map(|(j, _)| j).collect();
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
            <Drawing variant=variant layout=WIDE described_by=described_by.clone()/>
            <Drawing variant=variant layout=NARROW described_by=described_by/>
        </figure>
    }
}

#[component]
fn Drawing(variant: &'static Variant, layout: Layout, described_by: String) -> impl IntoView {
    let nav = use_nav();
    let s = nav.s;
    let l = layout;
    let compared = compare(variant, baseline());
    let gone = dropped(variant, baseline());
    let all: Vec<&Flow> = compared.iter().map(|(f, _)| *f).chain(gone.iter().copied()).collect();
    let offs = offsets(&all, l.parallel);
    let used = |n: &Node| all.iter().any(|f| f.from == n.id || f.to == n.id);
    let rows = DATA.foundation.nodes.iter().map(|n| n.row as i32).max().unwrap_or(0) + 1;
    let height = MARGIN * 2 + (rows - 1) * l.row + l.box_h;
    let width = MARGIN * 2 + 2 * l.col + l.box_w;
    // Three variants, two layouts each, on one page: every id names both.
    let ids = format!("variant-{}-{}", variant.id, l.name);
    let title_id = format!("{ids}-title");

    let arrows = all
        .iter()
        .zip(offs)
        .enumerate()
        .filter_map(|(i, (f, off))| {
            let (a, b) = (DATA.node(&f.from)?, DATA.node(&f.to)?);
            let (x1, y1, x2, y2) = l.arrow(a, b, off);
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
            Some(view! {
                <g class=format!("arrow arrow-{} arrow-{state}", kind_class(f.kind))>
                    <line x1=x1 y1=y1 x2=x2 y2=y2 marker-end=format!("url(#{ids}-head-{state})")/>
                    <text x=(x1 + x2) / 2 y=(y1 + y2) / 2 - 5 text-anchor="middle" font-size=l.font - 1>{label}</text>
                </g>
            })
        })
        .collect_view();

    let boxes = DATA
        .foundation
        .nodes
        .iter()
        .map(|n| {
            let (x, y) = l.origin(n);
            let class = if used(n) { "box" } else { "box idle" };
            let lines = wrap(nav.t(&n.label), l.label_columns);
            // Centre the block of lines vertically in the box; a third of the font size
            // puts the baseline mid-glyph.
            let first = y + l.box_h / 2 + l.font / 3 - (lines.len() as i32 - 1) * l.line_height / 2;
            let cx = x + l.box_w / 2;
            view! {
                <g class=class>
                    <rect x=x y=y width=l.box_w height=l.box_h rx="6"/>
                    <text text-anchor="middle" font-size=l.font>
                        {lines
                            .into_iter()
                            .enumerate()
                            .map(|(i, line)| view! { <tspan x=cx y=first + i as i32 * l.line_height>{line}</tspan> })
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
            <title id=title_id.clone()>{s.diagram_label} ": " {nav.t(&variant.name)}</title>
            <defs>
                {["kept", "added", "dropped"].map(|state| view! {
                    <marker id=format!("{ids}-head-{state}") class=format!("head head-{state}") viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                        <path d="M0,0 L10,5 L0,10 z"/>
                    </marker>
                })}
            </defs>
            {boxes}
            {arrows}
        </svg>
    }
}
