package layout_test

import (
	"math"
	"testing"

	"github.com/policygraph/policygraph/layout"
)

// overlapping returns the first pair of boxes that overlap by more than
// a rounding error, or -1, -1.
func overlapping(pos []layout.Point, boxes []layout.Size, margin float64) (int, int) {
	const eps = 1e-6
	for i := range pos {
		for j := i + 1; j < len(pos); j++ {
			ox := (boxes[i].W+boxes[j].W)/2 + margin - math.Abs(pos[i].X-pos[j].X)
			oy := (boxes[i].H+boxes[j].H)/2 + margin - math.Abs(pos[i].Y-pos[j].Y)
			if ox > eps && oy > eps {
				return i, j
			}
		}
	}
	return -1, -1
}

// dist returns the distance between two points.
func dist(a, b layout.Point) float64 { return math.Hypot(a.X-b.X, a.Y-b.Y) }

// checkFinite fails t if a position is NaN or infinite.
func checkFinite(t *testing.T, pos []layout.Point) {
	t.Helper()
	for i, p := range pos {
		if math.IsNaN(p.X) || math.IsNaN(p.Y) || math.IsInf(p.X, 0) || math.IsInf(p.Y, 0) {
			t.Fatalf("node %d at %v", i, p)
		}
	}
}

// overlappingFree is overlapping for pairs with at least one free node:
// two pinned boxes may overlap.
func overlappingFree(pos []layout.Point, boxes []layout.Size, pinned []bool, margin float64) (int, int) {
	const eps = 1e-6
	for i := range pos {
		for j := i + 1; j < len(pos); j++ {
			if pinned[i] && pinned[j] {
				continue
			}
			ox := (boxes[i].W+boxes[j].W)/2 + margin - math.Abs(pos[i].X-pos[j].X)
			oy := (boxes[i].H+boxes[j].H)/2 + margin - math.Abs(pos[i].Y-pos[j].Y)
			if ox > eps && oy > eps {
				return i, j
			}
		}
	}
	return -1, -1
}

// extent returns the larger side of the bounding box of the boxes
// centred on pos.
func extent(pos []layout.Point, boxes []layout.Size) float64 {
	lo := layout.Point{X: math.Inf(1), Y: math.Inf(1)}
	hi := layout.Point{X: math.Inf(-1), Y: math.Inf(-1)}
	for i, p := range pos {
		lo = layout.Point{X: min(lo.X, p.X-boxes[i].W/2), Y: min(lo.Y, p.Y-boxes[i].H/2)}
		hi = layout.Point{X: max(hi.X, p.X+boxes[i].W/2), Y: max(hi.Y, p.Y+boxes[i].H/2)}
	}
	return max(hi.X-lo.X, hi.Y-lo.Y)
}
