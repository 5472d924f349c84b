package layout

import (
	"errors"
	"fmt"
	"math"
)

// ErrBadGraph reports a Graph whose fields disagree with each other, such as
// an edge naming a node that does not exist or a slice of the wrong length.
var ErrBadGraph = errors.New("layout: bad graph")

// Point is a position in layout units. The canvas and export choose how many
// pixels a layout unit is; label boxes (Size) are given in the same units.
type Point struct{ X, Y float64 }

// Size is the width and height of a node's drawn box (marker plus label),
// centred on the node's position.
type Size struct{ W, H float64 }

// Edge joins nodes U and V by index. Self loops and repeated edges are
// allowed and simply add spring force.
type Edge struct{ U, V int }

// Graph is the input of every layout. Only N and Edges are required; the
// other slices are either nil or have exactly N entries.
type Graph struct {
	N      int     // number of nodes, indexed 0..N-1
	Edges  []Edge  // undirected springs
	Sizes  []Size  // label boxes; nil means every node is a point
	Groups []int   // type or cluster index per node (>= 0); nil means one group
	Pinned []bool  // pinned nodes never move; nil means none
	Pos    []Point // initial positions; nil means the layout places nodes itself
}

// Validate reports, wrapped in ErrBadGraph, the first inconsistency in g.
// It takes O(N + len(Edges)) time.
func (g *Graph) Validate() error {
	if g.N < 0 {
		return fmt.Errorf("%w: negative node count %d", ErrBadGraph, g.N)
	}
	for name, l := range map[string]int{"Sizes": len(g.Sizes), "Groups": len(g.Groups), "Pinned": len(g.Pinned), "Pos": len(g.Pos)} {
		if l != 0 && l != g.N {
			return fmt.Errorf("%w: %s has %d entries for %d nodes", ErrBadGraph, name, l, g.N)
		}
	}
	for i, e := range g.Edges {
		if e.U < 0 || e.U >= g.N || e.V < 0 || e.V >= g.N {
			return fmt.Errorf("%w: edge %d (%d-%d) outside 0..%d", ErrBadGraph, i, e.U, e.V, g.N-1)
		}
	}
	for i, gr := range g.Groups {
		if gr < 0 {
			return fmt.Errorf("%w: node %d has negative group %d", ErrBadGraph, i, gr)
		}
	}
	for i, p := range g.Pos {
		if !finite(p.X) || !finite(p.Y) {
			return fmt.Errorf("%w: node %d has position %v", ErrBadGraph, i, p)
		}
	}
	return nil
}

// group returns node i's group, 0 when the graph has none.
func (g *Graph) group(i int) int {
	if g.Groups == nil {
		return 0
	}
	return g.Groups[i]
}

// size returns node i's box, the zero Size when the graph has none.
func (g *Graph) size(i int) Size {
	if g.Sizes == nil {
		return Size{}
	}
	return g.Sizes[i]
}

// adjacency returns each node's neighbours (self loops dropped, repeats
// kept) in compressed form: the neighbours of i are adj[off[i]:off[i+1]].
// It takes O(N + len(Edges)) time.
func adjacency(n int, edges []Edge) (off, adj []int) {
	off = make([]int, n+1)
	for _, e := range edges {
		if e.U != e.V {
			off[e.U+1]++
			off[e.V+1]++
		}
	}
	for i := 0; i < n; i++ {
		off[i+1] += off[i]
	}
	adj = make([]int, off[n])
	fill := make([]int, n)
	copy(fill, off[:n])
	for _, e := range edges {
		if e.U != e.V {
			adj[fill[e.U]] = e.V
			fill[e.U]++
			adj[fill[e.V]] = e.U
			fill[e.V]++
		}
	}
	return off, adj
}

func finite(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }
