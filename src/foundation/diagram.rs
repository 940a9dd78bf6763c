//! The SVG drawing of one variant. Boxes sit on a 3×3 grid set in the data; arrows run
//! between box edges, side by side when two join the same boxes. Coordinates are whole
//! numbers so no float formatting code is pulled into the wasm.

use dispute_model::text::wrap;
use dispute_model::variants::{compare, dropped, Change};
use dispute_model::{Flow, Node, Variant};
use leptos::prelude::*;

use super::{baseline, kind_word};
use crate::{use_nav, DATA};

const BOX_W: i32 = 220;
const BOX_H: i32 = 64;
const COL: i32 = 300;
const ROW: i32 = 140;
/// Label width in columns (see `dispute_model::text::wrap`) that fits a box at 14px.
const LABEL_COLUMNS: usize = 28;
const LINE_HEIGHT: i32 = 17;
const MARGIN: i32 = 20;
/// Space between parallel arrows joining the same two boxes.
const PARALLEL: i32 = 18;

fn centre(n: &Node) -> (i32, i32) {
    (MARGIN + n.column as i32 * COL + BOX_W / 2, MARGIN + n.row as i32 * ROW + BOX_H / 2)
}

/// The arrow from box `a` to box `b`, moved sideways by `offset`, cut at the box edges.
fn arrow(a: &Node, b: &Node, offset: i32) -> (i32, i32, i32, i32) {
    let ((ax, ay), (bx, by)) = (centre(a), centre(b));
    let (dx, dy) = ((bx - ax) as f32, (by - ay) as f32);
    let len = (dx * dx + dy * dy).sqrt().max(1.0);
    // Perpendicular unit vector, for side-by-side arrows.
    let (px, py) = (-dy / len * offset as f32, dx / len * offset as f32);
    // How far along the centre line each box edge is (plus a small gap).
    let hw = (BOX_W / 2 + 6) as f32;
    let hh = (BOX_H / 2 + 6) as f32;
    let t = (hw / dx.abs().max(0.001)).min(hh / dy.abs().max(0.001));
    let (sx, sy) = (ax as f32 + dx * t + px, ay as f32 + dy * t + py);
    let (ex, ey) = (bx as f32 - dx * t + px, by as f32 - dy * t + py);
    (sx as i32, sy as i32, ex as i32, ey as i32)
}

/// The sideways offset of each flow, so arrows that join the same boxes do not overlap.
fn offsets(flows: &[&Flow]) -> Vec<i32> {
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
            sign * (k * 2 - (n - 1)) * PARALLEL / 2
        })
        .collect()
}

#[component]
pub fn Diagram(variant: &'static Variant) -> impl IntoView {
    let nav = use_nav();
    let (s, lang) = (nav.s, nav.lang);
    let compared = compare(variant, baseline());
    let gone = dropped(variant, baseline());
    let all: Vec<&Flow> = compared.iter().map(|(f, _)| *f).chain(gone.iter().copied()).collect();
    let offs = offsets(&all);
    let used = |n: &Node| all.iter().any(|f| f.from == n.id || f.to == n.id);
    let rows = DATA.foundation.nodes.iter().map(|n| n.row as i32).max().unwrap_or(0) + 1;
    let height = MARGIN * 2 + (rows - 1) * ROW + BOX_H;
    let width = MARGIN * 2 + 2 * COL + BOX_W;

    let arrows = all
        .iter()
        .zip(offs)
        .enumerate()
        .filter_map(|(i, (f, off))| {
            let (a, b) = (DATA.node(&f.from)?, DATA.node(&f.to)?);
            let (x1, y1, x2, y2) = arrow(a, b, off);
            let state = match compared.get(i) {
                Some((_, Change::Added)) if variant.id != baseline().id => "added",
                Some(_) => "kept",
                None => "dropped",
            };
            let kind = kind_word(s, f.kind);
            // The arrow's state is written out, not only styled, so it never rests on color.
            let label = match state {
                "added" => format!("{kind} ({})", s.new_here),
                "dropped" => format!("{kind} ({})", s.dropped_here),
                _ => kind.to_string(),
            };
            Some(view! {
                <g class=format!("arrow arrow-{kind} arrow-{state}")>
                    <line x1=x1 y1=y1 x2=x2 y2=y2 marker-end=format!("url(#head-{state})")/>
                    <text x=(x1 + x2) / 2 y=(y1 + y2) / 2 - 6 text-anchor="middle">{label}</text>
                </g>
            })
        })
        .collect_view();

    let boxes = DATA
        .foundation
        .nodes
        .iter()
        .map(|n| {
            let (x, y) = (MARGIN + n.column as i32 * COL, MARGIN + n.row as i32 * ROW);
            let class = if used(n) { "box" } else { "box idle" };
            let lines = wrap(n.label.get(lang), LABEL_COLUMNS);
            // Centre the block of lines vertically in the box; 5px puts the baseline mid-glyph.
            let first = y + BOX_H / 2 + 5 - (lines.len() as i32 - 1) * LINE_HEIGHT / 2;
            let cx = x + BOX_W / 2;
            view! {
                <g class=class>
                    <rect x=x y=y width=BOX_W height=BOX_H rx="6"/>
                    <text text-anchor="middle">
                        {lines
                            .into_iter()
                            .enumerate()
                            .map(|(i, line)| view! { <tspan x=cx y=first + i as i32 * LINE_HEIGHT>{line}</tspan> })
                            .collect_view()}
                    </text>
                </g>
            }
        })
        .collect_view();

    view! {
        <figure class="diagram">
            <svg
                viewBox=format!("0 0 {width} {height}")
                role="img"
                aria-labelledby="diagram-title"
                aria-describedby="diagram-description"
            >
                <title id="diagram-title">{s.diagram_label} ": " {variant.name.get(lang)}</title>
                <defs>
                    {["kept", "added", "dropped"].map(|state| view! {
                        <marker id=format!("head-{state}") class=format!("head head-{state}") viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                            <path d="M0,0 L10,5 L0,10 z"/>
                        </marker>
                    })}
                </defs>
                {boxes}
                {arrows}
            </svg>
        </figure>
    }
}
