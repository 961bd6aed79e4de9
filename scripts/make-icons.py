"""Draws Rapport's toolbar icon (two overlapping speech bubbles on blue) as PNGs in public/icon/. No dependencies."""
import struct
import zlib

BLUE = (31, 78, 121, 255)
WHITE = (255, 255, 255, 255)
AMBER = (245, 183, 0, 255)
CLEAR = (0, 0, 0, 0)


def pixel(x: float, y: float) -> tuple:
    # unit square coordinates, 0..1
    r = 0.18
    cx, cy = min(max(x, r), 1 - r), min(max(y, r), 1 - r)
    if (x - cx) ** 2 + (y - cy) ** 2 > r * r:
        return CLEAR
    if (x - 0.42) ** 2 + (y - 0.42) ** 2 < 0.22 ** 2 or (0.25 < x < 0.36 and 0.55 < y < 0.75 and y - 0.55 < (0.36 - x) * 1.8):
        return WHITE
    if (x - 0.64) ** 2 + (y - 0.62) ** 2 < 0.17 ** 2:
        return AMBER
    return BLUE


def png(size: int) -> bytes:
    rows = b""
    for j in range(size):
        rows += b"\x00"
        for i in range(size):
            samples = [pixel((i + dx) / size, (j + dy) / size) for dx in (0.25, 0.75) for dy in (0.25, 0.75)]
            rows += bytes(sum(s[c] for s in samples) // 4 for c in range(4))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


for size in (16, 32, 48, 128):
    with open(f"public/icon/{size}.png", "wb") as f:
        f.write(png(size))
