#!/usr/bin/env python3
"""Draws the Teams app icons with no dependencies beyond the standard library.

color.png   192x192: a white speech bubble with a heart on the Psychoed teal, full bleed.
outline.png  32x32: the same bubble outline and heart in white on a transparent background
            (Teams requires white and transparency only).

Run from anywhere: python3 deploy/teams/make-icons.py
"""
import os
import struct
import zlib

TEAL = (0x1F, 0x6F, 0x66)
WHITE = (0xFF, 0xFF, 0xFF)
SAMPLES = 4  # supersampling per axis, for smooth edges


def rounded_rect(x, y, left, top, right, bottom, radius):
    """True when (x, y) lies inside the rounded rectangle."""
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2 and left <= x <= right and top <= y <= bottom


def triangle(x, y, a, b, c):
    def side(p, q, r):
        return (p[0] - r[0]) * (q[1] - r[1]) - (q[0] - r[0]) * (p[1] - r[1])
    d1, d2, d3 = side((x, y), a, b), side((x, y), b, c), side((x, y), c, a)
    has_neg = d1 < 0 or d2 < 0 or d3 < 0
    has_pos = d1 > 0 or d2 > 0 or d3 > 0
    return not (has_neg and has_pos)


def bubble(x, y, inset=0.0):
    """The speech bubble in unit coordinates (0..1), optionally shrunk by inset."""
    body = rounded_rect(x, y, 0.14 + inset, 0.18 + inset, 0.86 - inset, 0.70 - inset, 0.14 - inset / 2)
    tail = triangle(x, y, (0.28 + inset, 0.66), (0.46 - inset / 2, 0.66), (0.24 + inset, 0.86 - inset * 1.5))
    return body or tail


def heart(x, y, cx=0.5, cy=0.43, size=0.17):
    u = (x - cx) / size
    v = -(y - cy) / size + 0.15
    return (u * u + v * v - 1) ** 3 - u * u * v ** 3 <= 0


def color_pixel(x, y):
    if heart(x, y):
        return TEAL
    if bubble(x, y):
        return WHITE
    return TEAL


def outline_alpha(x, y):
    ring = bubble(x, y) and not bubble(x, y, inset=0.075)
    return 1.0 if ring or heart(x, y, cy=0.46, size=0.12) else 0.0


def render(size, shade):
    """shade(x, y) gives (r, g, b, a) in 0..1 unit space; returns RGBA rows."""
    rows = []
    step = 1.0 / (size * SAMPLES)
    for py in range(size):
        row = bytearray()
        for px in range(size):
            acc = [0.0, 0.0, 0.0, 0.0]
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    x = (px * SAMPLES + sx + 0.5) * step
                    y = (py * SAMPLES + sy + 0.5) * step
                    r, g, b, a = shade(x, y)
                    acc[0] += r * a
                    acc[1] += g * a
                    acc[2] += b * a
                    acc[3] += a
            n = SAMPLES * SAMPLES
            alpha = acc[3] / n
            if alpha > 0:
                row += bytes(round(acc[i] / acc[3]) for i in range(3))
            else:
                row += bytes((255, 255, 255))
            row.append(round(alpha * 255))
        rows.append(bytes(row))
    return rows


def write_png(path, size, rows):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + row for row in rows)
    png = b"\x89PNG\r\n\x1a\n"
    png += chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))  # 8-bit RGBA
    png += chunk(b"IDAT", zlib.compress(raw, 9))
    png += chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    write_png(os.path.join(here, "color.png"), 192, render(192, lambda x, y: (*color_pixel(x, y), 1.0)))
    write_png(os.path.join(here, "outline.png"), 32, render(32, lambda x, y: (*WHITE, outline_alpha(x, y))))
    print("wrote color.png (192x192) and outline.png (32x32)")


if __name__ == "__main__":
    main()
