package layout_test

import (
	"context"
	"math"
	"slices"
	"testing"

	"github.com/policygraph/policygraph/layout"
	"github.com/policygraph/policygraph/layout/synth"
)

// testRings puts policies and organisations in the middle, towns on the
// rim and the other types between.
var testRings = []float64{
	synth.Policy: 0, synth.Organisation: 0, synth.Town: 1,
	synth.Project: 0.5, synth.Enterprise: 0.5, synth.Indicator: 0.5,
}

// radii returns each node's distance from the centroid of pos divided by
// the layout's radius R (√2 times the RMS distance).
func radii(pos []layout.Point) []float64 {
	var c layout.Point
	for _, p := range pos {
		c.X += p.X / float64(len(pos))
		c.Y += p.Y / float64(len(pos))
	}
	r := make([]float64, len(pos))
	var ss float64
	for i, p := range pos {
		r[i] = dist(p, c)
		ss += r[i] * r[i]
	}
	big := math.Sqrt(2 * ss / float64(len(pos)))
	for i := range r {
		r[i] /= big
	}
	return r
}

// ringOrder measures how well radii follow the rings: the share of node
// pairs with different targets whose radii are in the targets' order,
// and the mean radius of the nodes of each distinct target, innermost
// target first.
func ringOrder(groups []int, pos []layout.Point, rings []float64) (float64, []float64) {
	r := radii(pos)
	var agree, pairs float64
	for i := range r {
		for j := range r {
			if rings[groups[i]] < rings[groups[j]] {
				pairs++
				if r[i] < r[j] {
					agree++
				}
			}
		}
	}
	targets := slices.Clone(rings)
	slices.Sort(targets)
	targets = slices.Compact(targets)
	sum, count := make([]float64, len(targets)), make([]float64, len(targets))
	for i := range r {
		k := slices.Index(targets, rings[groups[i]])
		sum[k] += r[i]
		count[k]++
	}
	for k := range sum {
		sum[k] /= count[k]
	}
	return agree / pairs, sum
}

// runner lays a graph out and reports whether the layout converged.
type runner func(layout.Graph, layout.Options) ([]layout.Point, bool, error)

// forceRun lays g out with a single-level Force from a random start.
func forceRun(g layout.Graph, o layout.Options) ([]layout.Point, bool, error) {
	f, err := layout.NewForce(g, o)
	if err != nil {
		return nil, false, err
	}
	err = f.Run(context.Background())
	return f.Positions(), f.Converged(), err
}

// multilevel lays g out with Layout.
func multilevel(g layout.Graph, o layout.Options) ([]layout.Point, bool, error) {
	pos, st, err := layout.Layout(context.Background(), g, o)
	return pos, st.Converged, err
}

func TestGroupRings(t *testing.T) {
	tests := map[string]struct {
		g   layout.Graph
		run runner
	}{
		"Layout, 60 nodes":   {synth.Clustered(60, 3), multilevel},
		"Layout, 1000 nodes": {synth.Clustered(1000, 3), multilevel},
		"Force, 200 nodes":   {synth.Clustered(200, 3), forceRun},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			plain, _, err := tc.run(tc.g, layout.Options{Seed: 1})
			if err != nil {
				t.Fatal(err)
			}
			ringed, converged, err := tc.run(tc.g, layout.Options{Seed: 1, GroupRings: testRings})
			if err != nil || !converged {
				t.Fatalf("converged %v, err %v", converged, err)
			}
			before, _ := ringOrder(tc.g.Groups, plain, testRings)
			after, means := ringOrder(tc.g.Groups, ringed, testRings)
			t.Logf("pairs in ring order: %.2f without rings, %.2f with; mean radius per ring %.2f", before, after, means)
			if before > 0.7 || after < 0.9 {
				t.Errorf("pairs in ring order: %.2f without rings, %.2f with; want at most 0.7 and at least 0.9", before, after)
			}
			for k := 1; k < len(means); k++ {
				if means[k] < means[k-1]+0.1 {
					t.Errorf("mean radius per ring %.2f: want each ring at least 0.1 R outside the one before", means)
				}
			}
		})
	}
}

// hub returns the node with the most edges.
func hub(g layout.Graph) int {
	degree := make([]int, g.N)
	for _, e := range g.Edges {
		degree[e.U]++
		degree[e.V]++
	}
	return slices.Index(degree, slices.Max(degree))
}

// expandGroups lays g out with a Force, then gives node parent count new
// neighbours of each of groups, runs to convergence again and returns
// the positions and the index of the first new node.
func expandGroups(t *testing.T, g layout.Graph, o layout.Options, parent, count int, groups []int) ([]layout.Point, int) {
	t.Helper()
	f, err := layout.NewForce(g, o)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	var nodes []layout.NewNode
	var edges []layout.Edge
	for _, gr := range groups {
		for c := 0; c < count; c++ {
			edges = append(edges, layout.Edge{U: parent, V: g.N + len(nodes)})
			nodes = append(nodes, layout.NewNode{Parent: parent, Group: gr})
		}
	}
	first, err := f.AddNodes(nodes, edges)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Run(context.Background()); err != nil || !f.Converged() {
		t.Fatalf("expansion: converged %v, err %v", f.Converged(), err)
	}
	return f.Positions(), first
}

func TestGroupRingsAddNodes(t *testing.T) {
	g := synth.Clustered(200, 3)
	parent := hub(g)
	tests := map[string]struct {
		rings  []float64
		minGap float64 // least mean radius of the new towns minus that of the new policies
		maxGap float64
	}{
		"without rings": {nil, -0.15, 0.15},
		"with rings":    {testRings, 0.3, 2},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			pos, first := expandGroups(t, g, layout.Options{Seed: 1, GroupRings: tc.rings}, parent, 8, []int{synth.Policy, synth.Town})
			r := radii(pos)
			var policies, towns float64
			for k := 0; k < 8; k++ {
				policies += r[first+k] / 8
				towns += r[first+8+k] / 8
			}
			t.Logf("new policies at %.2f R, new towns at %.2f R, their parent at %.2f R", policies, towns, r[parent])
			if gap := towns - policies; gap < tc.minGap || gap > tc.maxGap {
				t.Errorf("new towns %.2f R farther out than new policies, want %.2f to %.2f", gap, tc.minGap, tc.maxGap)
			}
		})
	}
}

func TestGroupRingsOff(t *testing.T) {
	g := synth.Clustered(150, 2)
	plain, _, err := layout.Layout(context.Background(), g, layout.Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string][]float64{
		"empty":        {},
		"all negative": {-1, -1, -1, -1, -1, -1},
		"not finite":   {math.NaN(), math.Inf(1), math.NaN(), math.Inf(1), math.NaN(), math.NaN()},
		"absent group": {-1, -1, -1, -1, -1, -1, 0.5},
	}
	for name, rings := range tests {
		t.Run(name, func(t *testing.T) {
			pos, _, err := layout.Layout(context.Background(), g, layout.Options{Seed: 1, GroupRings: rings})
			if err != nil {
				t.Fatal(err)
			}
			for i := range pos {
				if pos[i] != plain[i] {
					t.Fatalf("node %d at %v, without rings at %v", i, pos[i], plain[i])
				}
			}
		})
	}
}
