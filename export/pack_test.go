package export

import (
	"math"
	"testing"

	"github.com/policygraph/policygraph/layout"
)

func TestComponents(t *testing.T) {
	tests := map[string]struct {
		n     int
		edges []layout.Edge
		want  [][]int
	}{
		"none":      {0, nil, nil},
		"isolated":  {3, nil, [][]int{{0}, {1}, {2}}},
		"chain":     {3, []layout.Edge{{U: 2, V: 1}, {U: 1, V: 0}}, [][]int{{0, 1, 2}}},
		"two parts": {5, []layout.Edge{{U: 0, V: 3}, {U: 1, V: 4}, {U: 4, V: 2}}, [][]int{{0, 3}, {1, 2, 4}}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got := components(tc.n, tc.edges)
			if len(got) != len(tc.want) {
				t.Fatalf("%v, want %v", got, tc.want)
			}
			for i := range got {
				if !equalInts(got[i], tc.want[i]) {
					t.Errorf("component %d = %v, want %v", i, got[i], tc.want[i])
				}
			}
		})
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestPackComponents spreads a star and ten isolated nodes far apart, as
// a force layout can, and checks that packing keeps each component's
// shape, separates the components and leaves a compact picture.
func TestPackComponents(t *testing.T) {
	g := layout.Graph{N: 16}
	pos := make([]layout.Point, g.N)
	g.Sizes = make([]layout.Size, g.N)
	for i := range g.Sizes {
		g.Sizes[i] = layout.Size{W: 80, H: 40}
	}
	for i := 1; i <= 5; i++ {
		g.Edges = append(g.Edges, layout.Edge{U: 0, V: i})
		a := float64(i) * 2 * math.Pi / 5
		pos[i] = layout.Point{X: 150 * math.Cos(a), Y: 150 * math.Sin(a)}
	}
	for i := 6; i < g.N; i++ {
		pos[i] = layout.Point{X: float64(i) * 5000, Y: float64(i%3) * -7000}
	}
	out := packComponents(g, pos)
	for i := 1; i <= 5; i++ {
		dx, dy := out[i].X-out[0].X, out[i].Y-out[0].Y
		if math.Abs(dx-(pos[i].X-pos[0].X)) > 1e-9 || math.Abs(dy-(pos[i].Y-pos[0].Y)) > 1e-9 {
			t.Errorf("node %d moved within its component", i)
		}
	}
	comps := components(g.N, g.Edges)
	boxes := make([]rect, len(comps))
	area := 0.0
	all := emptyRect
	for c, members := range comps {
		boxes[c] = emptyRect
		for _, i := range members {
			boxes[c] = boxes[c].union(centredBox(out[i].X, out[i].Y, g.Sizes[i].W, g.Sizes[i].H))
		}
		area += boxes[c].W() * boxes[c].H()
		all = all.union(boxes[c])
	}
	for a := range boxes {
		for b := range a {
			if boxes[a].overlaps(boxes[b]) {
				t.Errorf("components %d and %d overlap: %v %v", a, b, boxes[a], boxes[b])
			}
		}
	}
	if all.W()*all.H() > 3*area {
		t.Errorf("packed picture %.0f×%.0f is more than three times the components' area %.0f", all.W(), all.H(), area)
	}
}
