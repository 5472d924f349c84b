package layout_test

import (
	"context"
	"testing"

	"github.com/policygraph/policygraph/layout"
	"github.com/policygraph/policygraph/layout/synth"
)

func TestRemoveOverlapsOnLayout(t *testing.T) {
	for name, margin := range map[string]float64{"touching": 0, "margin 4": 4} {
		t.Run(name, func(t *testing.T) {
			g := synth.Clustered(200, 3)
			pos, _, err := layout.Layout(context.Background(), g, layout.Options{Seed: 1})
			if err != nil {
				t.Fatal(err)
			}
			if i, _ := overlapping(pos, g.Sizes, margin); i < 0 {
				t.Fatal("the force layout alone has no overlaps: the test would prove nothing")
			}
			out, passes := layout.RemoveOverlaps(pos, g.Sizes, nil, margin)
			if i, j := overlapping(out, g.Sizes, margin); i >= 0 {
				t.Fatalf("after %d passes boxes %d %v and %d %v overlap", passes, i, out[i], j, out[j])
			}
			var moved float64
			for i := range pos {
				moved += dist(pos[i], out[i])
			}
			if mean := moved / float64(len(pos)); mean > 200 {
				t.Errorf("nodes moved %.0f on average: the layout lost its shape", mean)
			}
		})
	}
}

func TestRemoveOverlapsCases(t *testing.T) {
	box := layout.Size{W: 100, H: 20}
	tests := map[string]struct {
		pos    []layout.Point
		pinned []bool
	}{
		"coincident":         {[]layout.Point{{0, 0}, {0, 0}, {0, 0}}, nil},
		"row":                {[]layout.Point{{0, 0}, {10, 0}, {20, 0}, {30, 0}}, nil},
		"pinned stays":       {[]layout.Point{{0, 0}, {5, 5}}, []bool{true, false}},
		"crowd":              {crowd(60), nil},
		"pinned among crowd": {crowd(30), pinFirst(30)},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			boxes := make([]layout.Size, len(tc.pos))
			for i := range boxes {
				boxes[i] = box
			}
			out, _ := layout.RemoveOverlaps(tc.pos, boxes, tc.pinned, 2)
			if i, j := overlapping(out, boxes, 2); i >= 0 {
				t.Fatalf("boxes %d %v and %d %v overlap", i, out[i], j, out[j])
			}
			for i := range tc.pinned {
				if tc.pinned[i] && out[i] != tc.pos[i] {
					t.Errorf("pinned node %d moved to %v", i, out[i])
				}
			}
		})
	}
}

// crowd returns n points packed into a small square.
func crowd(n int) []layout.Point {
	p := make([]layout.Point, n)
	for i := range p {
		p[i] = layout.Point{X: float64(i%5) * 3, Y: float64(i/5) * 2}
	}
	return p
}

// pinFirst pins the first of n nodes.
func pinFirst(n int) []bool {
	p := make([]bool, n)
	p[0] = true
	return p
}
