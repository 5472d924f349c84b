package export

import (
	"math"
	"sort"

	"github.com/policygraph/policygraph/layout"
)

// packGap is the space left between packed components, in scene units.
const packGap = 24

// packComponents moves the connected components of g, laid out at pos
// (box centres), next to each other: a force layout lets components drift
// apart, which would leave most of an image empty. Components keep their
// shapes and are packed, tallest first, into shelves about as wide as a
// 4:3 picture of their total area needs (as Graphviz's pack does). A
// graph with one component is returned as it is. It takes
// O(N + E + C log C) time for C components.
func packComponents(g layout.Graph, pos []layout.Point) []layout.Point {
	comps := components(g.N, g.Edges)
	if len(comps) < 2 {
		return pos
	}
	boxes := make([]rect, len(comps))
	area, widest := 0.0, 0.0
	for c, members := range comps {
		b := emptyRect
		for _, i := range members {
			b = b.union(centredBox(pos[i].X, pos[i].Y, g.Sizes[i].W, g.Sizes[i].H))
		}
		boxes[c] = b
		area += (b.W() + packGap) * (b.H() + packGap)
		widest = max(widest, b.W())
	}
	order := make([]int, len(comps))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return boxes[order[a]].H() > boxes[order[b]].H() })
	width := max(widest, math.Sqrt(area*4/3))
	out := make([]layout.Point, len(pos))
	x, y, shelf := 0.0, 0.0, 0.0
	for _, c := range order {
		b := boxes[c]
		if x > 0 && x+b.W() > width {
			x, y, shelf = 0, y+shelf+packGap, 0
		}
		for _, i := range comps[c] {
			out[i] = layout.Point{X: pos[i].X - b.MinX + x, Y: pos[i].Y - b.MinY + y}
		}
		x += b.W() + packGap
		shelf = max(shelf, b.H())
	}
	return out
}

// components returns the node indices of each connected component, in
// order of their smallest node. It takes O(N + E) time.
func components(n int, edges []layout.Edge) [][]int {
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for _, e := range edges {
		a, b := find(e.U), find(e.V)
		if a != b {
			parent[max(a, b)] = min(a, b)
		}
	}
	index := map[int]int{}
	var out [][]int
	for i := 0; i < n; i++ {
		r := find(i)
		c, ok := index[r]
		if !ok {
			c = len(out)
			index[r] = c
			out = append(out, nil)
		}
		out[c] = append(out[c], i)
	}
	return out
}
