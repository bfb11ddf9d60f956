"""Server-side inline SVG charts (no scripts, no external assets)."""

from __future__ import annotations

from html import escape

PALETTE = {
    "relayed": "#2b8a3e",
    "rewritten": "#74b816",
    "held": "#f08c00",
    "rejected": "#c92a2a",
    "released": "#1971c2",
    "review_rejected": "#862e9c",
}


def stacked_bars(days: list[str], series: dict[str, list[int]], width: int = 640, height: int = 200) -> str:
    """One bar per day, stacked by series (verdict), with a legend."""
    totals = [sum(values[i] for values in series.values()) for i in range(len(days))]
    top = max(totals, default=0) or 1
    plot_h = height - 40
    step = (width - 40) / max(len(days), 1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'role="img" aria-label="messages per day by verdict" class="chart">'
    ]
    for i, day in enumerate(days):
        x = 30 + i * step
        y = plot_h + 10.0
        for name, values in series.items():
            h = values[i] / top * plot_h
            if h:
                y -= h
                parts.append(
                    f'<rect x="{x:.1f}" y="{y:.1f}" width="{step * 0.7:.1f}" '
                    f'height="{h:.1f}" fill="{PALETTE.get(name, "#868e96")}">'
                    f"<title>{escape(day)} {escape(name)}: {values[i]}</title></rect>"
                )
        parts.append(f'<text x="{x:.1f}" y="{height - 16}" font-size="9">{escape(day[5:])}</text>')
    parts.append(f'<text x="2" y="14" font-size="10">{top}</text>')
    parts.extend(_legend(list(series), height))
    parts.append("</svg>")
    return "".join(parts)


def _legend(names: list[str], height: int) -> list[str]:
    out = []
    for i, name in enumerate(names):
        x = 30 + i * 100
        out.append(
            f'<rect x="{x}" y="{height - 10}" width="8" height="8" '
            f'fill="{PALETTE.get(name, "#868e96")}"/>'
            f'<text x="{x + 11}" y="{height - 2}" font-size="9">{escape(name)}</text>'
        )
    return out


def hbars(items: list[tuple[str, int]], width: int = 420) -> str:
    """Horizontal bars for a top-N list (categories, rules)."""
    top = max((n for _, n in items), default=0) or 1
    row = 18
    height = row * max(len(items), 1) + 4
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" class="chart">'
    ]
    for i, (label, n) in enumerate(items):
        y = i * row + 2
        w = n / top * (width - 230)
        parts.append(
            f'<text x="0" y="{y + 12}" font-size="11">{escape(label[:32])}</text>'
            f'<rect x="190" y="{y + 2}" width="{w:.1f}" height="12" fill="#1971c2"/>'
            f'<text x="{194 + w:.1f}" y="{y + 12}" font-size="10">{n}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
