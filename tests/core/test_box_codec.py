"""Page boxes are stored compact: bounded error, emptiness kept, at most 8 bytes a
character, and the 16-byte float32 form of older project files still read."""

from __future__ import annotations

import random
import sys
from array import array

import pytest

from annotator.core.geometry import (
    DEFLATED,
    EMPTY_BOX,
    HEADER,
    PLAIN,
    Box,
    compact_boxes,
    decode_boxes,
    encode_boxes,
    is_empty,
    line_rects,
)

A4 = (595.0, 842.0)
LARGEST = (14400.0, 14400.0)  # 200 inches, the largest page PDF allows


def legacy_blob(boxes: list[Box]) -> bytes:
    """The form of project files before schema 6: four float32 a box, little-endian."""
    flat = array("f", [value for box in boxes for value in box])
    if sys.byteorder != "little":
        flat.byteswap()
    return flat.tobytes()


def text_page(width: float, height: float, seed: int = 1) -> list[Box]:
    """Lines of glyphs of varied widths, an empty box for each line break."""
    rng = random.Random(seed)
    boxes: list[Box] = []
    size = height / 80
    top = size * 4
    while top + size < height - size * 4:
        x = width * 0.08
        while x < width * 0.9:
            advance = size * rng.uniform(0.25, 0.7)
            boxes.append((x, top, x + advance, top + size * 1.2))
            x += advance
        boxes.append(EMPTY_BOX)
        top += size * 1.4
    return boxes


def worst_error(boxes: list[Box], decoded: list[Box]) -> float:
    assert len(decoded) == len(boxes)
    return max(
        abs(a - b)
        for box, back in zip(boxes, decoded, strict=True)
        for a, b in zip(box, back, strict=True)
    )


@pytest.mark.parametrize(("page", "bound"), [(A4, 0.0065), (LARGEST, 0.11)])
def test_the_error_stays_within_a_65536th_of_the_page(page, bound) -> None:
    boxes = text_page(*page)
    decoded = decode_boxes(encode_boxes(boxes))
    assert worst_error(boxes, decoded) <= bound
    assert max(page) / 131070 <= bound  # the stated bound: half a step of the span
    rng = random.Random(3)  # scattered boxes over the whole page, not only text lines
    scattered = []
    for _ in range(2000):
        x, y = rng.uniform(0, page[0] - 20), rng.uniform(0, page[1] - 20)
        scattered.append((x, y, x + rng.uniform(1, 20), y + rng.uniform(1, 20)))
    assert worst_error(scattered, decode_boxes(encode_boxes(scattered))) <= bound


def test_empty_boxes_stay_empty_and_drawn_ones_stay_drawn() -> None:
    boxes = [
        (100.0, 200.0, 100.004, 200.004),  # narrower than a step: still a box
        EMPTY_BOX,
        (595.0 - 0.001, 10.0, 595.0, 12.0),  # at the far end of the span
        (300.0, 300.0, 300.0, 310.0),  # no width: empty
        (20.0, 40.0, 10.0, 50.0),  # reversed: empty
        (0.0, 0.0, 842.0, 842.0),
    ]
    decoded = decode_boxes(encode_boxes(boxes))
    assert [is_empty(box) for box in decoded] == [is_empty(box) for box in boxes]
    assert decoded[1] == EMPTY_BOX  # exactly zeros, as the page view and exports expect
    assert worst_error(boxes, decoded) <= 842 / 65535  # one step for boxes narrower than one
    assert line_rects(decoded, 0, 1)[0][2] > line_rects(decoded, 0, 1)[0][0]


def test_negative_and_uniform_coordinates_round_trip() -> None:
    boxes = [(-30.5, -12.0, -10.25, -2.0), (5.0, 5.0, 9.0, 9.0)]
    assert worst_error(boxes, decode_boxes(encode_boxes(boxes))) <= 40 / 131070 + 1e-9
    same = [(7.0, 7.0, 7.0, 7.0)] * 3
    assert worst_error(same, decode_boxes(encode_boxes(same))) <= 1e-9


def test_a_character_takes_at_most_8_bytes_whatever_the_boxes() -> None:
    rng = random.Random(5)
    noise = [tuple(rng.uniform(0, 800) for _ in range(4)) for _ in range(3000)]
    for boxes in (noise, text_page(*A4), [EMPTY_BOX], [(1.0, 2.0, 3.0, 4.0)]):
        blob = encode_boxes(boxes)
        assert len(blob) <= HEADER.size + 8 * len(boxes)
        assert len(blob) % 2 == 1
        assert len(decode_boxes(blob)) == len(boxes)
    page = text_page(*A4)
    assert len(encode_boxes(page)) < 3 * len(page)  # running text deflates to ~2 bytes
    assert encode_boxes(page)[0] == DEFLATED and encode_boxes(noise)[0] == PLAIN
    assert worst_error(noise, decode_boxes(encode_boxes(noise))) <= 800 / 131070 + 1e-9
    assert encode_boxes([]) == b"" and decode_boxes(b"") == []


def test_both_forms_are_read_and_told_apart() -> None:
    boxes = text_page(*A4)[:400]
    old = legacy_blob(boxes)
    assert len(old) == 16 * len(boxes)
    float32 = array("f", [value for box in boxes for value in box]).tolist()
    assert [v for box in decode_boxes(old) for v in box] == float32  # read as written
    new = compact_boxes(old)
    assert len(new) % 2 == 1 and len(new) < len(old) / 4
    assert worst_error(decode_boxes(old), decode_boxes(new)) <= 842 / 131070
    assert compact_boxes(new) is new  # already compact: left alone
    assert compact_boxes(b"") == b""
    for damaged in (old[:-4], new[:10], new[:-3] + b"\0", b"\x07" + new[1:]):
        with pytest.raises(ValueError):
            decode_boxes(damaged)


def test_coordinates_that_are_not_numbers_are_refused() -> None:
    for bad in (float("nan"), float("inf")):
        with pytest.raises(ValueError, match="finite"):
            encode_boxes([(1.0, 2.0, 3.0, 4.0), (1.0, bad, 3.0, 4.0)])
    with pytest.raises(ValueError, match="finite"):
        compact_boxes(legacy_blob([(float("nan"), 0.0, 1.0, 1.0)]))
