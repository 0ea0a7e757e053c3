"""Graphs: deterministic network and timeline layouts, and the SVG partials that draw them."""

from __future__ import annotations

import random
import xml.etree.ElementTree as etree
from pathlib import Path

import jinja2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefings.graphs import (
    NetworkLayout,
    NetworkNode,
    TimelineItem,
    TimelineLayout,
    network_layout,
    parse_date,
    shorten,
    timeline_layout,
)

ROOT = Path(__file__).resolve().parent.parent
SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"
KINDS = ("person", "organization", "place")


def make_nodes(n: int) -> list[NetworkNode]:
    return [
        NetworkNode(f"a{i:02d}", f"Actor {i}", KINDS[i % 3], (i * 37) % 13 + 1, f"../a{i:02d}/")
        for i in range(n)
    ]


def make_edges(n: int) -> list[tuple[str, str, int]]:
    edges = [(f"a{i:02d}", f"a{(i * 7 + 3) % n:02d}", i % 4 + 1) for i in range(n)]
    return edges + [("a00", f"a{i:02d}", 2) for i in range(1, min(n, 10))]


def render(template: str, **context: object) -> str:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(ROOT / "site_templates"))
    return env.get_template(template).render(**context)


# --------------------------------------------------------------------------------------------
# Network layout
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("focus", [None, "a05"])
def test_network_is_deterministic_whatever_the_input_order(focus: str | None) -> None:
    nodes, edges = make_nodes(30), make_edges(30)
    first = network_layout(nodes, edges, focus=focus)
    rng = random.Random(7)
    for _ in range(3):
        shuffled_nodes, shuffled_edges = nodes[:], [(b, a, w) for a, b, w in edges]
        rng.shuffle(shuffled_nodes)
        rng.shuffle(shuffled_edges)
        assert network_layout(shuffled_nodes, shuffled_edges, focus=focus) == first
    html = render("partials/briefings-network.html", briefings_network=first)
    again = render(
        "partials/briefings-network.html",
        briefings_network=network_layout(nodes, edges, focus=focus),
    )
    assert html == again


def inside(layout: NetworkLayout) -> None:
    for n in layout.nodes:
        assert n.r <= n.x <= layout.width - n.r, n
        assert n.r <= n.y <= layout.height - n.r, n
        if n.label:
            assert 0 <= n.label_y <= layout.height
            assert 0 <= n.label_x <= layout.width
    for e in layout.edges:
        for x, y in ((e.x1, e.y1), (e.x2, e.y2)):
            assert 0 <= x <= layout.width and 0 <= y <= layout.height


@settings(max_examples=40, deadline=None)
@given(
    n=st.integers(min_value=1, max_value=45),
    width=st.integers(min_value=200, max_value=900),
    height=st.integers(min_value=200, max_value=700),
    focus=st.booleans(),
)
def test_every_node_is_inside_the_viewbox(n: int, width: int, height: int, focus: bool) -> None:
    layout = network_layout(
        make_nodes(n), make_edges(n), width=width, height=height, focus="a00" if focus else None
    )
    assert layout.view_box == f"0 0 {width} {height}"
    assert len(layout.nodes) == min(n, 40)
    inside(layout)


def test_focus_is_at_the_centre_and_its_co_actors_around_it() -> None:
    layout = network_layout(make_nodes(20), make_edges(20), width=600, height=480, focus="a07")
    by_id = {n.id: n for n in layout.nodes}
    centre = by_id["a07"]
    assert (centre.x, centre.y) == (300.0, 240.0)
    assert centre.focus and "briefings-node--focus" in centre.css_class
    assert sum(n.focus for n in layout.nodes) == 1
    assert all(
        "briefings-edge--focus" in e.css_class
        for e in layout.edges
        if "a07" in (e.source, e.target)
    )
    # the actors it appears with are nearer than the others
    linked = {
        e.target if e.source == "a07" else e.source
        for e in layout.edges
        if "a07" in (e.source, e.target)
    }

    def dist(n: object) -> float:
        return float((n.x - centre.x) ** 2 + (n.y - centre.y) ** 2) ** 0.5  # type: ignore[attr-defined]

    assert linked
    near = max(dist(by_id[i]) for i in linked)
    far = [dist(n) for n in layout.nodes if n.id not in linked and n.id != "a07"]
    assert all(d > near for d in far)


def test_unknown_focus_falls_back_to_the_whole_network() -> None:
    layout = network_layout(make_nodes(5), make_edges(5), focus="nobody")
    assert layout.focus is None and not any(n.focus for n in layout.nodes)


def test_max_nodes_keeps_the_heaviest_and_the_focus() -> None:
    nodes = make_nodes(30)
    heaviest = sorted(nodes, key=lambda n: (-n.weight, n.id))[:8]
    layout = network_layout(nodes, make_edges(30), max_nodes=8)
    assert [n.id for n in layout.nodes] == [n.id for n in heaviest]
    assert layout.omitted == 22
    kept = {n.id for n in layout.nodes}
    assert all(e.source in kept and e.target in kept for e in layout.edges)
    light = min(nodes, key=lambda n: (n.weight, n.id)).id
    focused = network_layout(nodes, make_edges(30), max_nodes=8, focus=light)
    assert [n.id for n in focused.nodes] == [light] + [n.id for n in heaviest[:7]]


def test_size_and_colour_class_follow_weight_and_kind() -> None:
    nodes = [
        NetworkNode("big", "Big", "person", 10, "b/"),
        NetworkNode("small", "Small", "organization", 1, "s/"),
        NetworkNode("odd", "Odd", "Weird Kind!", 5, "o/"),
    ]
    layout = network_layout(nodes, [("big", "small", 1)])
    by_id = {n.id: n for n in layout.nodes}
    assert by_id["big"].r > by_id["odd"].r > by_id["small"].r
    assert by_id["big"].css_class == "briefings-node briefings-node--person"
    assert by_id["small"].css_class == "briefings-node briefings-node--organization"
    assert by_id["odd"].css_class == "briefings-node briefings-node--weird-kind"


def test_edges_are_merged_and_bad_ones_dropped() -> None:
    nodes = make_nodes(3)
    edges = [
        ("a00", "a01", 2),
        ("a01", "a00", 3),
        ("a00", "a00", 5),
        ("a00", "zz", 1),
        ("a01", "a02", 0),
    ]
    layout = network_layout(nodes, edges)
    assert [(e.source, e.target, e.weight) for e in layout.edges] == [("a00", "a01", 5)]


def test_empty_network() -> None:
    layout = network_layout([], [])
    assert layout.nodes == () and layout.edges == ()
    assert render("partials/briefings-network.html", briefings_network=layout).strip() == ""
    assert render("partials/briefings-network.html").strip() == ""


def test_labels_mostly_do_not_overlap() -> None:
    layout = network_layout(make_nodes(40), make_edges(40))
    boxes = []
    for n in layout.nodes:
        if not n.label:
            continue
        w = len(n.label) * 13 * 0.6
        left = n.label_x - (w / 2 if n.anchor == "middle" else 0 if n.anchor == "start" else w)
        boxes.append((left, n.label_y - 10, left + w, n.label_y + 2))
    overlaps = sum(
        1
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
    )
    assert len(boxes) >= 10
    assert overlaps <= 3


def test_shorten() -> None:
    assert shorten("Short") == "Short"
    assert shorten("A  very\nlong name of an organization", 12) == "A very long…"
    assert len(shorten("x" * 100)) == 20


# --------------------------------------------------------------------------------------------
# Network partial
# --------------------------------------------------------------------------------------------

HOSTILE = '<script>alert("x")</script> & "quoted"'


def test_network_partial_draws_links_titles_and_escapes() -> None:
    nodes = [
        NetworkNode("evil", HOSTILE, "person", 5, 'x" onclick="alert(1)'),
        NetworkNode("ok", "Fine", "place", 3, "../ok/"),
    ]
    html = render(
        "partials/briefings-network.html",
        briefings_network=network_layout(nodes, [("evil", "ok", 2)], max_nodes=40),
    )
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &#34;quoted&#34;" in html
    assert 'onclick="' not in html
    svg = etree.fromstring(html[html.index("<svg") : html.index("</svg>") + 6])
    assert svg.get("width") == "100%" and svg.get("viewBox") == "0 0 600 480"
    links = svg.findall(f".//{SVG}a")
    assert [a.get(f"{XLINK}href") for a in links] == ["../ok/", 'x" onclick="alert(1)']
    titles = [a.find(f"{SVG}title") for a in links]
    assert titles[1] is not None and titles[1].text == f"{HOSTILE} · person"
    assert all(a.find(f"{SVG}circle") is not None for a in links)
    assert len(svg.findall(f".//{SVG}line")) == 1
    assert "http" not in html.replace("http://www.w3.org/2000/svg", "").replace(
        "http://www.w3.org/1999/xlink", ""
    )
    assert "var(--md-" in html


# --------------------------------------------------------------------------------------------
# Timeline
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-11-20", "2025-11-20"),
        ("2025-11", "2025-11-01"),
        ("2025", "2025-01-01"),
        ("2025-11-20T10:00:00+03:00", "2025-11-20"),
        ("2025-02-30", None),
        ("20 November 2025", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_date(text: str | None, expected: str | None) -> None:
    d = parse_date(text)
    assert (d.isoformat() if d else None) == expected


def items_over(months: int, n: int = 12) -> list[TimelineItem]:
    out = []
    for i in range(n):
        m = i * months // n
        out.append(
            TimelineItem(f"{2020 + m // 12}-{m % 12 + 1:02d}-{i % 27 + 1:02d}", f"B{i}", f"b{i}/")
        )
    return out


def test_timeline_orders_places_and_sets_undated_apart() -> None:
    items = [
        TimelineItem("2025-03-10", "Later", "later/"),
        TimelineItem(None, "No date", "nd/"),
        TimelineItem("2025-01-05", "Earlier", "earlier/"),
        TimelineItem("soon", "Bad date", "bad/"),
    ]
    layout = timeline_layout(items)
    assert [i.title for i in layout.items] == ["Earlier", "Later"]
    assert [i.title for i in layout.undated] == ["Bad date", "No date"]
    assert layout.items[0].x < layout.items[1].x
    assert (layout.first, layout.last) == ("2025-01-05", "2025-03-10")
    assert all(0 <= i.x <= layout.width and 0 <= i.label_y <= layout.height for i in layout.items)
    labels = [t.label for t in layout.ticks]
    assert labels[0] == "Jan 2025" and "Feb" in labels and "Mar" in labels
    rng = random.Random(3)
    shuffled = items[:]
    rng.shuffle(shuffled)
    assert timeline_layout(shuffled) == layout


def test_timeline_uses_year_ticks_over_long_spans() -> None:
    layout = timeline_layout(items_over(60))
    assert [t.label for t in layout.ticks] == ["2020", "2021", "2022", "2023", "2024", "2025"]
    assert all(t.major for t in layout.ticks)
    months = timeline_layout(items_over(12))
    assert months.ticks[0].label == "Jan 2020" and "Jan 2021" in [t.label for t in months.ticks]
    xs = [t.x for t in months.ticks]
    assert xs == sorted(xs) and xs[0] == months.axis_x1 and xs[-1] == months.axis_x2


def test_timeline_labels_take_lanes_and_stay_inside() -> None:
    same_day = [TimelineItem("2025-05-01", f"Briefing {i}", f"b{i}/") for i in range(10)]
    layout = timeline_layout(same_day, max_lanes=4)
    lanes = [i.lane for i in layout.items if i.label]
    assert sorted(lanes) == [0, 1, 2, 3]
    assert sum(1 for i in layout.items if not i.label) == 6
    assert all(0 < i.label_y < i.y for i in layout.items if i.label)


def test_timeline_partial_escapes_and_links() -> None:
    items = [TimelineItem("2025-01-05", HOSTILE, 'a" onload="x'), TimelineItem(None, HOSTILE, "u/")]
    html = render("partials/briefings-timeline.html", briefings_timeline=timeline_layout(items))
    assert "<script>" not in html and 'onload="' not in html
    assert html.count("&lt;script&gt;") == 3  # label, tooltip, undated list
    svg = etree.fromstring(html[html.index("<svg") : html.index("</svg>") + 6])
    (link,) = svg.findall(f".//{SVG}a")
    assert link.get(f"{XLINK}href") == 'a" onload="x'
    title = link.find(f"{SVG}title")
    assert title is not None and title.text == f"2025-01-05 · {HOSTILE}"
    assert "var(--md-" in html


def test_timeline_partial_without_dates_lists_items_only() -> None:
    layout = timeline_layout([TimelineItem(None, "Only", "only/")])
    assert layout.items == () and isinstance(layout, TimelineLayout)
    html = render("partials/briefings-timeline.html", briefings_timeline=layout)
    assert "<svg" not in html and '<a href="only/">Only</a>' in html
    assert (
        render("partials/briefings-timeline.html", briefings_timeline=timeline_layout([])).strip()
        == ""
    )


def test_partials_also_read_the_short_names_set_before_the_include() -> None:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(ROOT / "site_templates"))
    page = env.from_string(
        "{% block content %}{% set network = layout %}"
        '{% include "partials/briefings-network.html" %}'
        "{% set timeline = tl %}"
        '{% include "partials/briefings-timeline.html" %}{% endblock %}'
    )
    html = page.render(
        layout=network_layout(make_nodes(3), make_edges(3)),
        tl=timeline_layout([TimelineItem("2025-01-01", "T", "t/")]),
    )
    assert html.count("<svg") == 2
