"""Layouts for the site's two pictures: the network of actors who appear together, and the
timeline of briefings by date. Drawn as static inline SVG by ``site_templates/partials/
briefings-network.html`` and ``briefings-timeline.html``; this module only computes positions.

Pure and deterministic: the same input gives the same layout (and so byte-identical SVG). Inputs
are sorted before anything else, so neither their order nor hash seeds matter; there is no
randomness; coordinates are rounded to 0.1 unit.

Coordinates are SVG user units in a ``0 0 width height`` viewBox; the partials draw it at 100% of
the content width, so the defaults are chosen to stay legible on a phone (a 600-unit-wide
picture on a 360-pixel screen keeps 13-unit labels at about 8 px, and it grows with the screen).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

__all__ = [
    "NetworkEdge",
    "NetworkLayout",
    "NetworkNode",
    "PlacedNode",
    "PlacedTimelineItem",
    "TimelineItem",
    "TimelineLayout",
    "TimelineTick",
    "network_layout",
    "timeline_layout",
]

FONT = 13.0
"""Label font size in user units (the partials use the same)."""
CHAR_W = 0.6 * FONT
"""Estimated average glyph width, for label boxes."""
MAX_LABEL = 20
"""Labels longer than this are shortened with an ellipsis (the full one is in the tooltip)."""
ALWAYS_LABELLED = 10
"""The heaviest nodes keep their label even where it overlaps; lighter ones whose label finds no
free place are drawn without (their name is in the tooltip)."""


Rect = tuple[float, float, float, float]
"""(left, top, right, bottom)."""


def _r(v: float) -> float:
    return round(v, 1) + 0.0  # + 0.0 turns -0.0 into 0.0


def shorten(label: str, limit: int = MAX_LABEL) -> str:
    label = " ".join(label.split())
    return label if len(label) <= limit else label[: max(1, limit - 1)].rstrip() + "…"


def _css_token(kind: str) -> str:
    return re.sub(r"[^a-z0-9-]+", "-", kind.lower()).strip("-") or "other"


# --------------------------------------------------------------------------------------------
# Network
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NetworkNode:
    id: str
    label: str
    kind: str
    """``person``, ``organization``, ``place`` (any other value is drawn in a neutral colour)."""
    weight: int
    """Importance, e.g. the number of briefings naming the actor: sets the node's size."""
    url: str
    """The href of the actor page, as the page drawing the picture must write it."""
    title: str = ""
    """Hover text; default ``label · kind``."""


@dataclass(frozen=True)
class PlacedNode:
    id: str
    label: str
    """The label as drawn (shortened; "" when there was no room: tooltip only)."""
    title: str
    """Hover text (the full label)."""
    kind: str
    weight: int
    url: str
    x: float
    y: float
    r: float
    label_x: float
    label_y: float
    anchor: str
    """SVG ``text-anchor``: ``start``, ``middle`` or ``end``."""
    css_class: str
    """``briefings-node briefings-node--<kind>`` (plus ``briefings-node--focus``)."""
    focus: bool = False


@dataclass(frozen=True)
class NetworkEdge:
    source: str
    target: str
    weight: int
    x1: float
    y1: float
    x2: float
    y2: float
    width: float
    title: str
    css_class: str = "briefings-edge"
    """Plus ``briefings-edge--focus`` on edges of the focus actor, ``briefings-edge--weak`` on
    edges drawn faint (not the focus actor's; not among either end's strongest three)."""


@dataclass(frozen=True)
class NetworkLayout:
    width: int
    height: int
    nodes: tuple[PlacedNode, ...]
    """Heaviest first (the partial draws them in reverse, so heavy nodes end on top)."""
    edges: tuple[NetworkEdge, ...]
    focus: str | None
    omitted: int = 0
    """Nodes left out by ``max_nodes``."""

    @property
    def view_box(self) -> str:
        return f"0 0 {self.width} {self.height}"


def network_layout(
    nodes: Sequence[NetworkNode],
    edges: Sequence[tuple[str, str, int]],
    width: int = 600,
    height: int = 480,
    focus: str | None = None,
    max_nodes: int = 40,
) -> NetworkLayout:
    """Place the heaviest ``max_nodes`` nodes (the focus one always kept).

    With a ``focus`` (an actor page), the focus actor sits at the centre, the actors it appears
    with on a ring around it (most shared first, clockwise from the top) and any others on an
    outer ring. Without one (the whole site), a force-directed layout (Fruchterman-Reingold from
    a fixed start, fixed number of steps) pulls actors who appear together close.
    ``edges`` are (id, id, weight); unknown ids, self-loops and non-positive weights are dropped,
    duplicates (in either direction) summed.
    """
    unique: dict[str, NetworkNode] = {}
    for n in sorted(nodes, key=lambda n: (-n.weight, n.id, n.label, n.url)):
        unique.setdefault(n.id, n)
    ranked = list(unique.values())
    if focus is not None and focus not in unique:
        focus = None
    if focus is not None:
        ranked.sort(key=lambda n: n.id != focus)  # stable: focus first, then by weight
    kept = ranked[: max(0, max_nodes)]
    if focus is not None and kept and kept[0].id != focus:
        kept = [unique[focus], *kept[:-1]]
    omitted = len(ranked) - len(kept)
    ids = {n.id for n in kept}
    merged: dict[tuple[str, str], int] = {}
    for a, b, w in edges:
        if a == b or a not in ids or b not in ids or w <= 0:
            continue
        key = (a, b) if a < b else (b, a)
        merged[key] = merged.get(key, 0) + w
    pairs = sorted(merged.items())
    if not kept:
        return NetworkLayout(width, height, (), (), focus, omitted)

    wmax = max(max(n.weight for n in kept), 1)
    radius = {n.id: 5.0 + 12.0 * math.sqrt(max(n.weight, 0) / wmax) for n in kept}
    if focus is not None:
        radius[focus] = max(radius[focus], 16.0)
    margin_x = min(MAX_LABEL * CHAR_W / 2 + 4, width / 4)
    margin_y = min(20.0 + 1.5 * FONT, height / 4)
    box = (margin_x, margin_y, width - margin_x, height - margin_y)
    if focus is not None:
        strong = {key for key, _ in pairs if focus in key}
        pos = _radial(kept, pairs, focus, box)
    else:
        strong = _backbone(kept, pairs)
        pos = _fit(_force(kept, [p for p in pairs if p[0] in strong]), box)

    placed_labels: list[Rect] = []
    circles = [(pos[n.id][0], pos[n.id][1], radius[n.id]) for n in kept]
    placed: list[PlacedNode] = []
    for rank, n in enumerate(kept):
        x, y = pos[n.id]
        label = shorten(n.label)
        lx, ly, anchor, rect, cost = _place_label(
            label, x, y, radius[n.id], placed_labels, circles, width, height
        )
        if cost > 0 and rank >= ALWAYS_LABELLED:
            label = ""  # no room: the tooltip carries the name
        else:
            placed_labels.append(rect)
        kind = _css_token(n.kind)
        css = f"briefings-node briefings-node--{kind}" + (
            " briefings-node--focus" if n.id == focus else ""
        )
        placed.append(
            PlacedNode(
                id=n.id,
                label=label,
                title=n.title or f"{n.label} · {n.kind}",
                kind=n.kind,
                weight=n.weight,
                url=n.url,
                x=_r(x),
                y=_r(y),
                r=_r(radius[n.id]),
                label_x=_r(lx),
                label_y=_r(ly),
                anchor=anchor,
                css_class=css,
                focus=n.id == focus,
            )
        )
    emax = max((w for _, w in pairs), default=1)
    out_edges = []
    for (a, b), w in pairs:
        out_edges.append(
            NetworkEdge(
                source=a,
                target=b,
                weight=w,
                x1=_r(pos[a][0]),
                y1=_r(pos[a][1]),
                x2=_r(pos[b][0]),
                y2=_r(pos[b][1]),
                width=_r(1.0 + 4.0 * w / emax),
                title=f"{unique[a].label} — {unique[b].label} ({w})",
                css_class="briefings-edge"
                + (" briefings-edge--focus" if focus in (a, b) else "")
                + ("" if (a, b) in strong else " briefings-edge--weak"),
            )
        )
    return NetworkLayout(width, height, tuple(placed), tuple(out_edges), focus, omitted)


def _radial(
    kept: list[NetworkNode],
    pairs: list[tuple[tuple[str, str], int]],
    focus: str,
    box: tuple[float, float, float, float],
) -> dict[str, tuple[float, float]]:
    x0, y0, x1, y1 = box
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    rx, ry = (x1 - x0) / 2, (y1 - y0) / 2
    shared = {}
    for (a, b), w in pairs:
        if focus in (a, b):
            shared[b if a == focus else a] = w
    order = {n.id: i for i, n in enumerate(kept)}
    inner = sorted((i for i in shared), key=lambda i: (-shared[i], order[i]))
    outer = [n.id for n in kept if n.id != focus and n.id not in shared]
    pos = {focus: (cx, cy)}
    ring1 = 0.62 if outer else 0.9
    stagger = len(inner) > 12
    for i, node_id in enumerate(inner):
        angle = -math.pi / 2 + 2 * math.pi * i / len(inner)
        f = ring1 * (0.85 if stagger and i % 2 else 1.0)
        pos[node_id] = (cx + rx * f * math.cos(angle), cy + ry * f * math.sin(angle))
    for i, node_id in enumerate(outer):
        angle = -math.pi / 2 + 2 * math.pi * (i + 0.5) / len(outer)
        pos[node_id] = (cx + rx * math.cos(angle), cy + ry * math.sin(angle))
    return pos


def _backbone(
    kept: list[NetworkNode], pairs: list[tuple[tuple[str, str], int]], per_node: int = 3
) -> set[tuple[str, str]]:
    """Each node's ``per_node`` strongest edges: co-appearance networks are nearly cliques (every
    actor of a briefing is linked to every other), which a spring layout would crush into a ball;
    laying out the backbone keeps the structure readable. The other edges are drawn faint."""
    strongest: dict[str, list[tuple[int, str, tuple[str, str]]]] = {n.id: [] for n in kept}
    for (a, b), w in pairs:
        strongest[a].append((-w, b, (a, b)))
        strongest[b].append((-w, a, (a, b)))
    out: set[tuple[str, str]] = set()
    for node_id in sorted(strongest):
        out.update(key for _, _, key in sorted(strongest[node_id])[:per_node])
    return out


def _force(
    kept: list[NetworkNode], pairs: list[tuple[tuple[str, str], int]], steps: int = 200
) -> dict[str, tuple[float, float]]:
    """Fruchterman-Reingold in a unit square, from points on a golden-angle spiral (heaviest in
    the middle). Repulsion acts only within a few ideal distances and a weak gravity pulls every
    node to the centre, so separate groups sit side by side instead of drifting to the corners."""
    n = len(kept)
    if n == 1:
        return {kept[0].id: (0.5, 0.5)}
    index = {node.id: i for i, node in enumerate(kept)}
    golden = math.pi * (3 - math.sqrt(5))
    xs = [0.5 + 0.45 * math.sqrt((i + 0.5) / n) * math.cos(i * golden) for i in range(n)]
    ys = [0.5 + 0.45 * math.sqrt((i + 0.5) / n) * math.sin(i * golden) for i in range(n)]
    emax = max((w for _, w in pairs), default=1)
    springs = [(index[a], index[b], 0.5 + 0.5 * w / emax) for (a, b), w in pairs]
    k = math.sqrt(1.0 / n)
    reach2 = (3 * k) ** 2
    gravity = 0.3 * k
    for step in range(steps):
        temp = 0.08 * (1 - step / steps) + 0.002
        dx = [0.0] * n
        dy = [0.0] * n
        for i in range(n):
            for j in range(i + 1, n):
                ddx, ddy = xs[i] - xs[j], ys[i] - ys[j]
                d2 = ddx * ddx + ddy * ddy
                if d2 > reach2:
                    continue
                if d2 < 1e-9:
                    ddx, ddy, d2 = 1e-3 * (1 + (i % 3)), 1e-3 * (1 + (j % 3)), 2e-6
                f = k * k / d2
                dx[i] += ddx * f
                dy[i] += ddy * f
                dx[j] -= ddx * f
                dy[j] -= ddy * f
        for i, j, s in springs:
            ddx, ddy = xs[i] - xs[j], ys[i] - ys[j]
            d = math.sqrt(ddx * ddx + ddy * ddy) or 1e-6
            f = d * s / k
            dx[i] -= ddx * f
            dy[i] -= ddy * f
            dx[j] += ddx * f
            dy[j] += ddy * f
        for i in range(n):
            dx[i] += (0.5 - xs[i]) * gravity
            dy[i] += (0.5 - ys[i]) * gravity
            d = math.sqrt(dx[i] * dx[i] + dy[i] * dy[i])
            if d > 0:
                move = min(d, temp)
                xs[i] += dx[i] / d * move
                ys[i] += dy[i] / d * move
    return {node.id: (xs[i], ys[i]) for i, node in enumerate(kept)}


def _fit(
    pos: dict[str, tuple[float, float]], box: tuple[float, float, float, float]
) -> dict[str, tuple[float, float]]:
    """Scale the points to fill the box (each axis on its own)."""
    x0, y0, x1, y1 = box
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    minx, maxx, miny, maxy = min(xs), max(xs), min(ys), max(ys)
    spanx, spany = maxx - minx, maxy - miny

    def scale(v: float, lo: float, span: float, a: float, b: float) -> float:
        return (a + b) / 2 if span < 1e-9 else a + (v - lo) / span * (b - a)

    return {
        k: (scale(x, minx, spanx, x0, x1), scale(y, miny, spany, y0, y1))
        for k, (x, y) in pos.items()
    }


def _overlap_area(a: Rect, b: Rect) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def _circle_area(rect: Rect, c: tuple[float, float, float]) -> float:
    """Overlap of a rectangle with a circle, approximated by the circle's bounding square."""
    x, y, r = c
    return _overlap_area(rect, (x - r, y - r, x + r, y + r))


def _place_label(
    label: str,
    x: float,
    y: float,
    r: float,
    placed: list[Rect],
    circles: list[tuple[float, float, float]],
    width: int,
    height: int,
) -> tuple[float, float, str, Rect, float]:
    """The candidate position (below, above, right, left, then the diagonals) whose box overlaps
    least the labels placed before and the nodes (its own too, when pushed back inside the
    picture); the first free one if any. Returns (x, y baseline, anchor, box, overlap area)."""
    w = len(label) * CHAR_W
    gap = 3.0
    below, above, mid = y + r + gap + FONT * 0.8, y - r - gap - FONT * 0.25, y + FONT * 0.3
    side = r * 0.7 + gap
    candidates = [
        (x, below, "middle"),
        (x, above, "middle"),
        (x + r + gap, mid, "start"),
        (x - r - gap, mid, "end"),
        (x + side, below, "start"),
        (x - side, below, "end"),
        (x + side, above, "start"),
        (x - side, above, "end"),
    ]
    best: tuple[float, float, str, Rect, float] | None = None
    for lx, ly, anchor in candidates:
        left = lx - w / 2 if anchor == "middle" else lx if anchor == "start" else lx - w
        left = min(max(left, 1.0), width - w - 1.0)
        lx = left + w / 2 if anchor == "middle" else left if anchor == "start" else left + w
        ly = min(max(ly, FONT), height - 2.0)
        rect = (left, ly - FONT * 0.8, left + w, ly + FONT * 0.2)
        cost = sum(_overlap_area(rect, p) for p in placed) + sum(
            _circle_area(rect, c) for c in circles
        )
        if best is None or cost < best[4]:
            best = (lx, ly, anchor, rect, cost)
        if cost == 0:
            break
    assert best is not None
    return best


# --------------------------------------------------------------------------------------------
# Timeline
# --------------------------------------------------------------------------------------------

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:$|[T\s])")


@dataclass(frozen=True)
class TimelineItem:
    date: str | None
    """ISO date (``2025-11-20``; ``2025-11`` or ``2025`` also accepted); anything else: undated."""
    title: str
    url: str


@dataclass(frozen=True)
class TimelineTick:
    x: float
    label: str
    major: bool
    """Year boundaries (and the first tick): drawn stronger, labelled with the year."""
    anchor: str = "middle"
    """SVG ``text-anchor`` of the label (the first and last ticks keep theirs inside)."""


@dataclass(frozen=True)
class PlacedTimelineItem:
    date: str
    """Normalized ISO date (``2025-11-20``)."""
    title: str
    url: str
    x: float
    y: float
    """Where the marker sits (on the axis)."""
    lane: int
    """0 = nearest the axis; the label's stem reaches up to its lane."""
    label: str
    """Shortened title drawn next to the marker ("" when no lane had room: tooltip only)."""
    label_x: float
    label_y: float
    anchor: str


@dataclass(frozen=True)
class TimelineLayout:
    width: int
    height: int
    axis_y: float
    axis_x1: float
    axis_x2: float
    ticks: tuple[TimelineTick, ...]
    items: tuple[PlacedTimelineItem, ...]
    """Dated items, oldest first."""
    undated: tuple[TimelineItem, ...]
    """Items without a usable date, by title: the partial lists them under the picture."""
    first: str | None = None
    last: str | None = None

    @property
    def view_box(self) -> str:
        return f"0 0 {self.width} {self.height}"


def parse_date(text: str | None) -> date | None:
    if not text:
        return None
    m = _DATE.match(text)
    if m is None:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None


def _month_start(d: date) -> date:
    return date(d.year, d.month, 1)


def _next_month(d: date) -> date:
    return date(d.year + 1, 1, 1) if d.month == 12 else date(d.year, d.month + 1, 1)


def _tick_anchor(x: float, label: str, x1: float, x2: float) -> str:
    half = len(label) * CHAR_W / 2
    if x - half < x1 - 8:
        return "start"
    if x + half > x2 + 8:
        return "end"
    return "middle"


def timeline_layout(
    items: Sequence[TimelineItem],
    width: int = 600,
    lane_height: float = 18.0,
    max_lanes: int = 6,
    label_chars: int = 24,
) -> TimelineLayout:
    """Briefings by date on a horizontal axis (month ticks over up to two years, year ticks
    beyond), each a marker with a stem up to its label; labels go to the lowest lane where they
    fit, and are left to the tooltip when ``max_lanes`` are full."""
    dated: list[tuple[date, TimelineItem]] = []
    undated: list[TimelineItem] = []
    for it in items:
        d = parse_date(it.date)
        if d is None:
            undated.append(it)
        else:
            dated.append((d, it))
    dated.sort(key=lambda p: (p[0], p[1].title, p[1].url))
    undated.sort(key=lambda i: (i.title, i.url, i.date or ""))
    pad = 12.0
    x1, x2 = pad, width - pad
    tick_area = 2 * FONT + 10
    if not dated:
        return TimelineLayout(width, 0, 0.0, x1, x2, (), (), tuple(undated))

    lo, hi = dated[0][0], dated[-1][0]
    months = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
    if months <= 24:
        start, end = _month_start(lo), _next_month(hi)
    else:
        start, end = date(lo.year, 1, 1), date(hi.year + 1, 1, 1)
    span = (end - start).days

    def xof(d: date) -> float:
        return x1 + (x2 - x1) * (d - start).days / span

    ticks: list[tuple[float, str, bool]] = []
    if months <= 24:
        per_month = (x2 - x1) / max(1, months)
        step = next((k for k in (1, 2, 3, 6) if per_month * k >= 48), 12)
        d = start
        while d <= end:
            major = d == start or d.month == 1
            label = ""
            if major:
                label = f"{MONTHS[d.month - 1]} {d.year}"
            elif (d.month - 1) % step == 0:
                label = MONTHS[d.month - 1]
            ticks.append((xof(d), label, major))
            d = _next_month(d)
    else:
        years = end.year - start.year
        step = next(s for s in (1, 2, 5, 10, 20, 50, 100, 1000) if years / s <= 12)
        for year in range(start.year, end.year + 1):
            if (year - start.year) % step == 0:
                ticks.append((xof(date(year, 1, 1)), str(year), True))

    lane_ends: list[float] = []
    placed: list[tuple[float, int, str, float, str, date, TimelineItem]] = []
    for d, it in dated:
        x = xof(d)
        label = shorten(it.title, label_chars)
        w = len(label) * CHAR_W
        anchor = "start" if x + 4 + w <= width else "end"
        left = x + 4 if anchor == "start" else x - 4 - w
        lane = next((i for i, e in enumerate(lane_ends) if e < left), len(lane_ends))
        if lane >= max_lanes:
            label, lane, lx = "", 0, x
        else:
            if lane == len(lane_ends):
                lane_ends.append(0.0)
            lane_ends[lane] = left + w + 6
            lx = x + 4 if anchor == "start" else x - 4
        placed.append((x, lane, label, lx, anchor, d, it))
    lanes = max(1, len(lane_ends))
    axis_y = 8 + FONT + lanes * lane_height
    height = math.ceil(axis_y + tick_area)
    out = tuple(
        PlacedTimelineItem(
            date=d.isoformat(),
            title=it.title,
            url=it.url,
            x=_r(x),
            y=_r(axis_y),
            lane=lane,
            label=label,
            label_x=_r(lx),
            label_y=_r(axis_y - 8 - lane * lane_height),
            anchor=anchor,
        )
        for x, lane, label, lx, anchor, d, it in placed
    )
    return TimelineLayout(
        width=width,
        height=height,
        axis_y=_r(axis_y),
        axis_x1=x1,
        axis_x2=x2,
        ticks=tuple(
            TimelineTick(_r(x), label, major, _tick_anchor(x, label, x1, x2))
            for x, label, major in ticks
        ),
        items=out,
        undated=tuple(undated),
        first=lo.isoformat(),
        last=hi.isoformat(),
    )
