package layout_test

import (
	"errors"
	"math"
	"testing"

	"github.com/policygraph/policygraph/layout"
	"github.com/policygraph/policygraph/layout/synth"
)

// hops returns breadth-first distances from c, -1 when unreachable.
func hops(g layout.Graph, c int) []int {
	d := make([]int, g.N)
	for i := range d {
		d[i] = -1
	}
	d[c] = 0
	for changed := true; changed; {
		changed = false
		for _, e := range g.Edges {
			for _, p := range [][2]int{{e.U, e.V}, {e.V, e.U}} {
				if d[p[0]] >= 0 && (d[p[1]] < 0 || d[p[1]] > d[p[0]]+1) {
					d[p[1]] = d[p[0]] + 1
					changed = true
				}
			}
		}
	}
	return d
}

func TestRadialRings(t *testing.T) {
	tests := map[string]struct {
		g      layout.Graph
		center int
	}{
		"generated":    {synth.Clustered(300, 9), 17},
		"path":         {layout.Graph{N: 4, Edges: []layout.Edge{{0, 1}, {1, 2}, {2, 3}}}, 1},
		"disconnected": {layout.Graph{N: 5, Edges: []layout.Edge{{0, 1}, {0, 2}, {3, 4}}}, 0},
		"single":       {layout.Graph{N: 1}, 0},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			pos, err := layout.Radial(tc.g, tc.center, 80)
			if err != nil {
				t.Fatal(err)
			}
			checkFinite(t, pos)
			if pos[tc.center] != (layout.Point{}) {
				t.Fatalf("center at %v, want the origin", pos[tc.center])
			}
			d := hops(tc.g, tc.center)
			maxD := 0
			for _, h := range d {
				maxD = max(maxD, h)
			}
			for i := range d {
				if d[i] < 0 {
					d[i] = maxD + 1
				}
			}
			for i := range pos {
				for j := range pos {
					ri, rj := math.Hypot(pos[i].X, pos[i].Y), math.Hypot(pos[j].X, pos[j].Y)
					if d[i] < d[j] && ri >= rj {
						t.Fatalf("node %d (%d hops) at radius %.0f, not inside node %d (%d hops) at %.0f", i, d[i], ri, j, d[j], rj)
					}
					if d[i] == d[j] && math.Abs(ri-rj) > 1e-6 {
						t.Fatalf("nodes %d and %d both %d hops out at radii %.0f and %.0f", i, j, d[i], ri, rj)
					}
				}
			}
		})
	}
}

func TestRadialErrors(t *testing.T) {
	for name, c := range map[string]int{"negative": -1, "past the end": 3} {
		t.Run(name, func(t *testing.T) {
			if _, err := layout.Radial(layout.Graph{N: 3}, c, 0); !errors.Is(err, layout.ErrBadGraph) {
				t.Fatalf("err = %v, want ErrBadGraph", err)
			}
		})
	}
}

func TestGrouped(t *testing.T) {
	g := synth.Clustered(300, 10)
	pos, err := layout.Grouped(g, 80)
	if err != nil {
		t.Fatal(err)
	}
	if i, j := overlapping(pos, g.Sizes, 0); i >= 0 {
		t.Fatalf("boxes %d and %d overlap", i, j)
	}
	lo, hi := map[int]float64{}, map[int]float64{}
	for i, p := range pos {
		gr := g.Groups[i]
		l, r := p.X-g.Sizes[i].W/2, p.X+g.Sizes[i].W/2
		if _, ok := lo[gr]; !ok || l < lo[gr] {
			lo[gr] = l
		}
		if _, ok := hi[gr]; !ok || r > hi[gr] {
			hi[gr] = r
		}
	}
	for a := range lo {
		for b := range lo {
			if a < b && hi[a] >= lo[b] {
				t.Errorf("group %d spans [%.0f, %.0f], group %d [%.0f, %.0f]: want %d left of %d", a, lo[a], hi[a], b, lo[b], hi[b], a, b)
			}
		}
	}
}
