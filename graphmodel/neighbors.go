package graphmodel

import (
	"context"
	"fmt"
	"slices"
)

// Neighbors returns the k-hop neighbourhood of id, following edges in both
// directions. The start node is always included; f.Types and
// f.Predicates restrict the nodes reached and the edges followed (a node
// of another type is neither shown nor crossed); f.Limit adds at most that
// many new neighbours per expanded node, the first by degree desc then
// name, and Hidden counts each expanded node's neighbours left out of the
// result. Edges holds every edge between an expanded node and a node of
// the result, without evidence (see EdgesAmong). Nodes come out with the
// start first, then by degree desc and name. Only the in-memory index is
// read. Complexity O(Σ d + n log n + m log m) over the degrees d of the
// expanded nodes, the n nodes and the m edges of the result: neighbours
// are kept in order, so only the result is sorted.
func (s *Store) Neighbors(ctx context.Context, id string, depth int, f Filter) (Subgraph, error) {
	idx, err := s.index(ctx)
	if err != nil {
		return Subgraph{}, err
	}
	start := idx.nodes[id]
	if start == nil {
		return Subgraph{}, fmt.Errorf("neighbors of %s: %w", id, ErrNotFound)
	}
	in := idx.marks.get()
	defer idx.marks.put(in)
	in.add(start)
	frontier := []*entry{start}
	var edges []int
	type expansion struct {
		x    *entry
		nbrs []*entry
	}
	var expanded []expansion
	for level := 0; level < depth && len(frontier) > 0; level++ {
		var next []*entry
		for _, x := range frontier {
			nbrs, es := idx.neighbours(x, f)
			expanded = append(expanded, expansion{x, nbrs})
			edges = append(edges, es...)
			next = append(next, addNew(nbrs, in, f.Limit)...)
		}
		frontier = next
	}
	sub := idx.subgraph(start, in, edges)
	for _, ex := range expanded {
		if n := countMissing(ex.nbrs, in); n > 0 {
			sub.Hidden[ex.x.node.ID] = n
		}
	}
	return sub, nil
}

// Expand returns one page of id's neighbours: those at positions
// [offset, offset+f.Limit) in degree-desc-then-name order (all from offset
// when f.Limit is 0), the edges between id and them, and Hidden[id] = the
// number of neighbours after the page.
func (s *Store) Expand(ctx context.Context, id string, f Filter, offset int) (Subgraph, error) {
	idx, err := s.index(ctx)
	if err != nil {
		return Subgraph{}, err
	}
	x := idx.nodes[id]
	if x == nil {
		return Subgraph{}, fmt.Errorf("expand %s: %w", id, ErrNotFound)
	}
	nbrs, edges := idx.neighbours(x, f)
	page := capped(nbrs[min(max(offset, 0), len(nbrs)):], f.Limit)
	in := idx.marks.get()
	defer idx.marks.put(in)
	in.add(x)
	for _, y := range page {
		in.add(y)
	}
	sub := idx.subgraph(x, in, edges)
	if rest := len(nbrs) - max(offset, 0) - len(page); rest > 0 {
		sub.Hidden[id] = rest
	}
	return sub, nil
}

// neighbours returns x's distinct neighbours that pass f, by degree desc
// then name, and the numbers of the edges that lead to them. O(d) for x's
// degree d: the links are already in that order.
func (idx *index) neighbours(x *entry, f Filter) ([]*entry, []int) {
	var nodes []*entry
	var edges []int
	for _, l := range x.links {
		if !typeAllowed(l.to.node.Type, f.Types) || !predicateAllowed(idx.edges[l.edge].pred, f.Predicates) {
			continue
		}
		edges = append(edges, l.edge)
		if l.to != x && (len(nodes) == 0 || nodes[len(nodes)-1] != l.to) {
			nodes = append(nodes, l.to)
		}
	}
	return nodes, edges
}

// subgraph assembles the nodes in set (start first, then by degree desc
// and name) and those of the given edges (numbers, repeats allowed) whose
// both ends are in set.
func (idx *index) subgraph(start *entry, set *marks, edges []int) Subgraph {
	sub := Subgraph{Hidden: make(map[string]int), Nodes: make([]Node, 0, len(set.members))}
	sub.Nodes = append(sub.Nodes, start.copyNode())
	for _, e := range set.ranked(idx.sorted) {
		if e != start {
			sub.Nodes = append(sub.Nodes, e.copyNode())
		}
	}
	slices.Sort(edges)
	edges = slices.Compact(edges)
	for _, i := range edges {
		if set.has(idx.ends[i][0]) && set.has(idx.ends[i][1]) {
			sub.Edges = append(sub.Edges, idx.edges[i].edge())
		}
	}
	return sub
}

// addNew adds to set up to limit entries (0 = all) not in it yet and
// returns them.
func addNew(es []*entry, set *marks, limit int) []*entry {
	var added []*entry
	for _, e := range es {
		if limit > 0 && len(added) == limit {
			break
		}
		if set.add(e) {
			added = append(added, e)
		}
	}
	return added
}

func capped(es []*entry, limit int) []*entry {
	if limit > 0 && len(es) > limit {
		return es[:limit]
	}
	return es
}

func countMissing(es []*entry, set *marks) int {
	n := 0
	for _, e := range es {
		if !set.has(e) {
			n++
		}
	}
	return n
}

func predicateAllowed(p string, preds []string) bool {
	return len(preds) == 0 || slices.Contains(preds, p)
}
