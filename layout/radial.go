package layout

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

// Radial places center at the origin and every other node on the ring of
// its hop distance from center, ringGap (default 80) apart at least. Each
// node gets an angular wedge shared among its breadth-first children in
// proportion to their subtrees' leaf counts, so branches stay together and
// edges rarely cross. A ring grows beyond depth·ringGap when its label
// boxes need more room. Nodes not connected to center go on one more
// ring outside the rest. It takes O(N log N + E) time; run RemoveOverlaps
// on the result if boxes may still touch.
func Radial(g Graph, center int, ringGap float64) ([]Point, error) {
	if err := g.Validate(); err != nil {
		return nil, err
	}
	if center < 0 || center >= g.N {
		return nil, fmt.Errorf("%w: center %d outside 0..%d", ErrBadGraph, center, g.N-1)
	}
	if ringGap <= 0 {
		ringGap = 80
	}
	parent, depth, order := bfsTree(g, center)
	angle := wedges(g.N, parent, order)
	return ringPositions(g, depth, angle, ringGap), nil
}

// bfsTree returns each node's breadth-first parent (-1 for center and for
// unreachable nodes), its depth (unreachable: one past the deepest), and
// the order in which nodes were reached, unreachable ones last.
func bfsTree(g Graph, center int) (parent, depth, order []int) {
	off, adj := adjacency(g.N, g.Edges)
	parent, depth = make([]int, g.N), make([]int, g.N)
	for i := range depth {
		parent[i], depth[i] = -1, -1
	}
	depth[center] = 0
	order = append(order, center)
	for head := 0; head < len(order); head++ {
		v := order[head]
		for _, u := range adj[off[v]:off[v+1]] {
			if depth[u] < 0 {
				depth[u], parent[u] = depth[v]+1, v
				order = append(order, u)
			}
		}
	}
	outer := depth[order[len(order)-1]] + 1
	for i := range depth {
		if depth[i] < 0 {
			depth[i] = outer
			order = append(order, i)
		}
	}
	return parent, depth, order
}

// wedges returns each node's angle: the middle of its wedge, where the
// root's wedge is the full circle and every node splits its own among its
// children by leaf count (a node's count is the sum of its children's). Unreachable nodes (parent -1, not first in
// order) share the full circle evenly.
func wedges(n int, parent, order []int) []float64 {
	leaves := make([]float64, n)
	for k := len(order) - 1; k >= 0; k-- {
		v := order[k]
		leaves[v] = math.Max(leaves[v], 1)
		if p := parent[v]; p >= 0 {
			leaves[p] += leaves[v]
		}
	}
	start, span, angle := make([]float64, n), make([]float64, n), make([]float64, n)
	next := make([]float64, n) // where, within its wedge, a node's next child's wedge begins
	span[order[0]] = 2 * math.Pi
	var loose []int
	for _, v := range order[1:] {
		p := parent[v]
		if p < 0 {
			loose = append(loose, v)
			continue
		}
		span[v] = span[p] * leaves[v] / leaves[p]
		start[v] = start[p] + next[p]
		next[p] += span[v]
		angle[v] = start[v] + span[v]/2
	}
	for k, v := range loose {
		angle[v] = 2 * math.Pi * (float64(k) + 0.5) / float64(len(loose))
	}
	return angle
}

// ringPositions turns depths and angles into points, choosing each ring's
// radius so that neighbouring label boxes on it have room.
func ringPositions(g Graph, depth []int, angle []float64, gap float64) []Point {
	rings := map[int][]int{}
	maxDepth := 0
	for v, d := range depth {
		rings[d] = append(rings[d], v)
		maxDepth = max(maxDepth, d)
	}
	pos := make([]Point, g.N)
	radius := 0.0
	for d := 1; d <= maxDepth; d++ {
		ring := rings[d]
		slices.SortFunc(ring, func(a, b int) int { return cmp.Compare(angle[a], angle[b]) })
		radius = math.Max(radius+gap, ringRadius(g, ring, angle, gap))
		for _, v := range ring {
			pos[v] = Point{radius * math.Cos(angle[v]), radius * math.Sin(angle[v])}
		}
	}
	return pos
}

// ringRadius returns the radius at which consecutive nodes of ring (sorted
// by angle) sit far enough apart for their boxes, never more than twice
// the radius at which the boxes would fill the ring evenly.
func ringRadius(g Graph, ring []int, angle []float64, gap float64) float64 {
	if len(ring) < 2 {
		return 0
	}
	total := 0.0
	for _, v := range ring {
		total += g.size(v).W + gap/4
	}
	limit := 2 * total / (2 * math.Pi)
	need := 0.0
	for k, v := range ring {
		u := ring[(k+1)%len(ring)]
		da := angle[u] - angle[v]
		if k == len(ring)-1 {
			da += 2 * math.Pi
		}
		width := (g.size(u).W+g.size(v).W)/2 + gap/4
		if da <= 0 {
			return limit
		}
		need = math.Max(need, width/(2*math.Sin(math.Min(da, math.Pi)/2)))
	}
	return math.Min(need, limit)
}
