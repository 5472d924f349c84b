package explorer

import (
	"math"
	"testing"

	"github.com/policygraph/policygraph/layout"
)

// overlaps counts pairs of boxes closer than margin on both axes.
func overlaps(pos []layout.Point, boxes []layout.Size, margin float64) int {
	n := 0
	for i := range pos {
		for j := i + 1; j < len(pos); j++ {
			if math.Abs(pos[i].X-pos[j].X) < (boxes[i].W+boxes[j].W)/2+margin-1e-9 &&
				math.Abs(pos[i].Y-pos[j].Y) < (boxes[i].H+boxes[j].H)/2+margin-1e-9 {
				n++
			}
		}
	}
	return n
}

func pt(x, y float64) layout.Point { return layout.Point{X: x, Y: y} }

func TestNudge(t *testing.T) {
	box := layout.Size{W: 80, H: 40}
	tests := map[string]struct {
		pos    []layout.Point
		pinned []bool
	}{
		"two free":       {pos: []layout.Point{pt(0, 0), pt(10, 5)}, pinned: []bool{false, false}},
		"free on pinned": {pos: []layout.Point{pt(0, 0), pt(10, 5)}, pinned: []bool{true, false}},
		"same spot":      {pos: []layout.Point{pt(0, 0), pt(0, 0), pt(0, 0)}, pinned: []bool{false, false, false}},
		"row of pinned":  {pos: []layout.Point{pt(0, 0), pt(84, 0), pt(168, 0), pt(80, 5), pt(90, -3)}, pinned: []bool{true, true, true, false, false}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			boxes := make([]layout.Size, len(tc.pos))
			for i := range boxes {
				boxes[i] = box
			}
			got, ok := nudge(tc.pos, boxes, tc.pinned, 4)
			if !ok || overlaps(got, boxes, 4) != 0 {
				t.Fatalf("overlaps left: %v", got)
			}
			for i, p := range tc.pos {
				if tc.pinned[i] && got[i] != p {
					t.Errorf("pinned box %d moved from %v to %v", i, p, got[i])
				}
				if d := math.Hypot(got[i].X-p.X, got[i].Y-p.Y); d > 500 {
					t.Errorf("box %d flung %v away", i, d)
				}
			}
		})
	}
}
