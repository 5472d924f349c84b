package layout

import (
	"cmp"
	"slices"
)

// Coarsening stops when a level has at most minCoarse nodes, or when a
// level would keep more than maxShrink of its parent's nodes (the graph no
// longer coarsens well, e.g. many isolated nodes).
const (
	minCoarse = 32
	maxShrink = 0.8
	maxLevels = 30
)

// level is one graph of the multilevel hierarchy. For every level but the
// coarsest, parent maps each node to its node on the next coarser level
// and centre marks the node that stood for its cluster there.
type level struct {
	n       int
	mass    []float64
	springs []spring
	parent  []int
	centre  []bool
}

// hierarchy builds the levels from the finest (first) to the coarsest
// (last). Each level takes O(N log N + E) time, and levels shrink
// geometrically, so the whole hierarchy takes O(N log N + E).
func hierarchy(fine level) []level {
	levels := []level{fine}
	for len(levels) < maxLevels {
		cur := &levels[len(levels)-1]
		if cur.n <= minCoarse {
			break
		}
		coarse, ok := coarsen(cur)
		if !ok {
			break
		}
		levels = append(levels, coarse)
	}
	return levels
}

// coarsen collapses l into clusters around the nodes of a maximal
// independent set, chosen heaviest first so that a hub swallows its whole
// star in one level. Every other node joins its lightest neighbouring
// centre. It sets l.parent and l.centre and returns the coarser level, or
// false when that would not shrink the graph enough.
func coarsen(l *level) (level, bool) {
	off, adj := springAdjacency(l.n, l.springs)
	order := make([]int, l.n)
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Compare(off[b+1]-off[b], off[a+1]-off[a])
	})
	parent := make([]int, l.n)
	centre := make([]bool, l.n)
	blocked := make([]bool, l.n)
	var c level
	for _, v := range order {
		if blocked[v] {
			continue
		}
		parent[v], centre[v], blocked[v] = c.n, true, true
		c.mass = append(c.mass, l.mass[v])
		c.n++
		for _, u := range adj[off[v]:off[v+1]] {
			blocked[u] = true
		}
	}
	if float64(c.n) > maxShrink*float64(l.n) {
		return level{}, false
	}
	for v := 0; v < l.n; v++ {
		if centre[v] {
			continue
		}
		best := -1
		for _, u := range adj[off[v]:off[v+1]] {
			if centre[u] && (best < 0 || c.mass[parent[u]] < c.mass[best]) {
				best = parent[u]
			}
		}
		parent[v] = best
		c.mass[best] += l.mass[v]
	}
	c.springs = mergeSprings(parent, l.springs)
	l.parent, l.centre = parent, centre
	return c, true
}

// mergeSprings maps springs onto clusters, dropping those inside a cluster
// and summing the weights of those between the same pair, in first-seen
// order so the result is deterministic. It takes O(E) expected time.
func mergeSprings(parent []int, springs []spring) []spring {
	index := make(map[[2]int]int, len(springs))
	var out []spring
	for _, s := range springs {
		u, v := parent[s.u], parent[s.v]
		if u == v {
			continue
		}
		key := [2]int{min(u, v), max(u, v)}
		if i, ok := index[key]; ok {
			out[i].w += s.w
			continue
		}
		index[key] = len(out)
		out = append(out, spring{key[0], key[1], s.w})
	}
	return out
}

// springAdjacency is adjacency for springs.
func springAdjacency(n int, springs []spring) (off, adj []int) {
	edges := make([]Edge, len(springs))
	for i, s := range springs {
		edges[i] = Edge{s.u, s.v}
	}
	return adjacency(n, edges)
}
