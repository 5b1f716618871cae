"""Raster masks to polygons: every filled cell inside, every empty one outside, valid, nested."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from plugin.core.outline import class_outlines, label_outlines, mask_outline

X0, TOP, PIXEL = 100.0, 500.0, 2.0


def centres(mask: np.ndarray) -> np.ndarray:
    rows, cols = np.nonzero(mask)
    return np.column_stack([X0 + (cols + 0.5) * PIXEL, TOP - (rows + 0.5) * PIXEL])


def check_cells(polygon, mask):
    inside = centres(mask)
    outside = centres(~mask)
    if len(inside):
        assert shapely.contains_xy(polygon, inside[:, 0], inside[:, 1]).all()
    if len(outside):
        assert not shapely.intersects_xy(polygon, outside[:, 0], outside[:, 1]).any()


def test_a_block_with_a_hole_and_an_island():
    mask = np.zeros((11, 11), dtype=bool)
    mask[:, :] = True
    mask[2:9, 2:9] = False  # a hole …
    mask[4:7, 4:7] = True  # … with an island in it …
    mask[5, 5] = False  # … which has its own hole
    got = mask_outline(mask, X0, TOP, PIXEL)
    assert got.is_valid and got.geom_type == "MultiPolygon"
    assert len(got.geoms) == 2
    assert sorted(len(p.interiors) for p in got.geoms) == [1, 1]
    check_cells(got, mask)
    # Each convex corner loses 1/8 cell, each concave one gains it: 4 + 4 + 4 + 4 corners.
    cell = PIXEL * PIXEL
    want = (mask.sum() - 4 / 8 + 4 / 8 - 4 / 8 + 4 / 8) * cell
    assert got.area == pytest.approx(want)


def test_straight_runs_stay_straight_and_steps_become_diagonals():
    # A one-cell staircase: its outline has no vertical or horizontal stair steps left.
    mask = np.tril(np.ones((8, 8), dtype=bool))
    got = mask_outline(mask, 0.0, 0.0, 1.0)
    (poly,) = got.geoms
    xy = np.asarray(poly.exterior.coords)
    d = np.diff(xy, axis=0)
    diagonal = np.isclose(np.abs(d[:, 0]), np.abs(d[:, 1]))
    axis = (d == 0).any(axis=1)
    assert (diagonal | axis).all()
    # The stepped side is one 45° line, the two straight sides one segment each.
    assert len(xy) - 1 <= 8
    assert diagonal.sum() >= 1 and np.abs(d[diagonal]).max() > 5


def test_diagonal_cells_stay_apart_and_rings_never_touch():
    mask = np.array([[1, 0], [0, 1]], dtype=bool)
    got = mask_outline(mask, X0, TOP, PIXEL)
    assert got.is_valid and len(got.geoms) == 2
    assert got.geoms[0].distance(got.geoms[1]) > 0


@pytest.mark.parametrize("seed", range(40))
def test_random_classes_give_valid_nested_outlines(seed):
    rng = np.random.default_rng(seed)
    shape = tuple(rng.integers(1, 35, size=2))
    classes = rng.integers(0, 4, size=shape)
    if seed % 2:  # smoother fields too, closer to what the isochrones make
        classes = np.minimum(classes, np.roll(classes, 1, axis=0))
    levels = [0, 1, 2]
    got = class_outlines(classes, levels, X0, TOP, PIXEL)
    for k, polygon in zip(levels, got):
        assert polygon.is_valid
        check_cells(polygon, classes <= k)
    for small, large in zip(got, got[1:]):
        assert shapely.difference(small, large).area == pytest.approx(0.0, abs=1e-9)
    # Tracing one level alone gives the same outline as tracing it among others.
    alone = mask_outline(classes <= 1, X0, TOP, PIXEL)
    assert shapely.symmetric_difference(alone, got[1]).area == pytest.approx(0.0, abs=1e-9)


@pytest.mark.parametrize("seed", range(20))
def test_labels_never_overlap(seed):
    rng = np.random.default_rng(100 + seed)
    labels = rng.integers(0, 5, size=tuple(rng.integers(1, 30, size=2)))
    got = label_outlines(labels, 4, X0, TOP, PIXEL)
    assert len(got) == 4
    for value, polygon in enumerate(got, start=1):
        assert polygon.is_valid
        check_cells(polygon, labels == value)
    for a in range(4):
        for b in range(a + 1, 4):
            assert shapely.intersection(got[a], got[b]).area == pytest.approx(0.0, abs=1e-9)


def test_empty_input():
    assert mask_outline(np.zeros((3, 3), dtype=bool), X0, TOP, PIXEL).is_empty
    assert [g.is_empty for g in class_outlines(np.full((2, 2), 5), [0, 1], X0, TOP, PIXEL)] == [True, True]
    assert label_outlines(np.zeros((0, 0), dtype=int), 2, X0, TOP, PIXEL)[1].is_empty
