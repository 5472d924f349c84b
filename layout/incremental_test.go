package layout_test

import (
	"context"
	"errors"
	"testing"

	"github.com/policygraph/policygraph/layout"
	"github.com/policygraph/policygraph/layout/synth"
)

// expand lays out g, then adds, for each of parents, count new leaves.
func expand(t *testing.T, g layout.Graph, parents []int, count int, o layout.Options) (before, after []layout.Point, first int) {
	t.Helper()
	pos, _, err := layout.Layout(context.Background(), g, o)
	if err != nil {
		t.Fatal(err)
	}
	g.Pos = pos
	f, err := layout.NewForce(g, o)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	before = f.Positions()
	var nodes []layout.NewNode
	var edges []layout.Edge
	for _, p := range parents {
		for c := 0; c < count; c++ {
			edges = append(edges, layout.Edge{U: p, V: g.N + len(nodes)})
			nodes = append(nodes, layout.NewNode{Parent: p})
		}
	}
	first, err = f.AddNodes(nodes, edges)
	if err != nil {
		t.Fatal(err)
	}
	start := f.Positions()
	for i := first; i < f.Len(); i++ {
		if d := dist(start[i], start[nodes[i-first].Parent]); d > 1.5*80 {
			t.Errorf("new node %d starts %.0f from its parent", i, d)
		}
	}
	if err := f.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if !f.Converged() {
		t.Fatalf("expansion did not converge in %d iterations", f.Iterations())
	}
	return before, f.Positions(), first
}

func TestAddNodesKeepsPicture(t *testing.T) {
	g := synth.Clustered(300, 5)
	o := layout.Options{Seed: 1}
	tests := map[string]struct {
		parents []int
		count   int
	}{
		"one node expanded":    {[]int{0}, 12},
		"three nodes expanded": {[]int{4, 40, 140}, 6},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			before, after, first := expand(t, g, tc.parents, tc.count, o)
			var sum, most float64
			for i := 0; i < first; i++ {
				d := dist(before[i], after[i])
				sum += d
				most = max(most, d)
			}
			k := 80.0
			if mean := sum / float64(first); mean > 0.1*k || most > k {
				t.Fatalf("existing nodes moved %.1f on average, %.1f at most: want under %.0f and %.0f", mean, most, 0.1*k, k)
			}
			for i := first; i < len(after); i++ {
				p := tc.parents[(i-first)/tc.count]
				if d := dist(after[i], after[p]); d > 4*k {
					t.Errorf("new node %d ended %.0f from its parent", i, d)
				}
			}
		})
	}
}

func TestAddNodesErrors(t *testing.T) {
	f, err := layout.NewForce(layout.Graph{N: 2, Edges: []layout.Edge{{0, 1}}}, layout.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]struct {
		nodes []layout.NewNode
		edges []layout.Edge
	}{
		"parent missing":    {[]layout.NewNode{{Parent: 5}}, nil},
		"parent is itself":  {[]layout.NewNode{{Parent: 2}}, nil},
		"parent too small":  {[]layout.NewNode{{Parent: -2}}, nil},
		"edge past the end": {[]layout.NewNode{{Parent: 0}}, []layout.Edge{{0, 3}}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if _, err := f.AddNodes(tc.nodes, tc.edges); !errors.Is(err, layout.ErrBadGraph) {
				t.Fatalf("err = %v, want ErrBadGraph", err)
			}
			if f.Len() != 2 {
				t.Fatalf("a failed AddNodes changed the node count to %d", f.Len())
			}
		})
	}
}

func TestPinAndDrag(t *testing.T) {
	g := synth.Clustered(150, 8)
	f, err := layout.NewForce(g, layout.Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	f.Step(50)
	drag := layout.Point{X: 5000, Y: -3000}
	f.Pin(0)
	f.SetPosition(0, drag)
	if f.Converged() {
		t.Fatal("moving a node should wake the simulation")
	}
	if err := f.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := f.Positions()[0]; got != drag {
		t.Fatalf("pinned, dragged node at %v, want %v", got, drag)
	}
	f.Unpin(0)
	f.Reheat()
	f.Step(200)
	if got := f.Positions()[0]; got == drag {
		t.Fatal("unpinned node did not move back toward the others")
	}
}
