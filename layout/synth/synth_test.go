package synth_test

import (
	"slices"
	"testing"

	"github.com/policygraph/policygraph/layout"
	"github.com/policygraph/policygraph/layout/synth"
)

func TestClustered(t *testing.T) {
	for name, n := range map[string]int{"tiny": 3, "small": 50, "1k": 1000, "10k": 10000} {
		t.Run(name, func(t *testing.T) {
			g := synth.Clustered(n, 1)
			if err := g.Validate(); err != nil {
				t.Fatal(err)
			}
			want := min(3*n/2, n*(n-1)/2)
			if g.N != n || len(g.Edges) > want || len(g.Edges) < want*9/10 {
				t.Fatalf("%d nodes, %d edges; want %d nodes, about %d edges", g.N, len(g.Edges), n, want)
			}
			seen := map[[2]int]bool{}
			for _, e := range g.Edges {
				k := [2]int{min(e.U, e.V), max(e.U, e.V)}
				if e.U == e.V || seen[k] {
					t.Fatalf("loop or repeated edge %v", e)
				}
				seen[k] = true
			}
			if c := components(g.N, g.Edges); c != 1 {
				t.Fatalf("%d connected components, want 1", c)
			}
			if !slices.Equal(synth.Clustered(n, 1).Edges, g.Edges) {
				t.Fatal("same seed gave other edges")
			}
		})
	}
}

func TestClusteredHubs(t *testing.T) {
	g := synth.Clustered(2000, 4)
	deg := make([]int, g.N)
	for _, e := range g.Edges {
		deg[e.U]++
		deg[e.V]++
	}
	slices.Sort(deg)
	if top, median := deg[len(deg)-1], deg[len(deg)/2]; top < 20*median {
		t.Fatalf("largest degree %d, median %d: want hubs", top, median)
	}
	if slices.Equal(synth.Clustered(2000, 5).Edges, g.Edges) {
		t.Fatal("another seed gave the same edges")
	}
}

// components counts connected components with union-find.
func components(n int, edges []layout.Edge) int {
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	find := func(v int) int {
		for parent[v] != v {
			parent[v] = parent[parent[v]]
			v = parent[v]
		}
		return v
	}
	count := n
	for _, e := range edges {
		if a, b := find(e.U), find(e.V); a != b {
			parent[a] = b
			count--
		}
	}
	return count
}
