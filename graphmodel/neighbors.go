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
// read. Complexity O(Σ d log d) over the degrees d of the expanded nodes.
func (s *Store) Neighbors(ctx context.Context, id string, depth int, f Filter) (Subgraph, error) {
	idx, err := s.index(ctx)
	if err != nil {
		return Subgraph{}, err
	}
	if idx.nodes[id] == nil {
		return Subgraph{}, fmt.Errorf("neighbors of %s: %w", id, ErrNotFound)
	}
	in := map[string]bool{id: true}
	frontier := []string{id}
	seenEdges := make(map[edgeKey]bool)
	expanded := make(map[string][]string)
	for level := 0; level < depth && len(frontier) > 0; level++ {
		var next []string
		for _, x := range frontier {
			nbrs, edges := idx.neighbours(x, f)
			expanded[x] = nbrs
			for _, k := range edges {
				seenEdges[k] = true
			}
			next = append(next, addNew(nbrs, in, f.Limit)...)
		}
		frontier = next
	}
	sub := idx.subgraph(id, in, seenEdges)
	for x, nbrs := range expanded {
		if n := countMissing(nbrs, in); n > 0 {
			sub.Hidden[x] = n
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
	if idx.nodes[id] == nil {
		return Subgraph{}, fmt.Errorf("expand %s: %w", id, ErrNotFound)
	}
	nbrs, edges := idx.neighbours(id, f)
	page := capped(nbrs[min(max(offset, 0), len(nbrs)):], f.Limit)
	in := map[string]bool{id: true}
	for _, y := range page {
		in[y] = true
	}
	seen := make(map[edgeKey]bool, len(edges))
	for _, k := range edges {
		seen[k] = true
	}
	sub := idx.subgraph(id, in, seen)
	if rest := len(nbrs) - max(offset, 0) - len(page); rest > 0 {
		sub.Hidden[id] = rest
	}
	return sub, nil
}

// neighbours returns x's distinct neighbours that pass f, by degree desc
// then name, and the edges that lead to them.
func (idx *index) neighbours(x string, f Filter) ([]string, []edgeKey) {
	var edges []edgeKey
	var nodes []*entry
	seen := make(map[string]bool)
	for _, k := range idx.adj[x] {
		y := idx.nodes[k.other(x)]
		if !typeAllowed(y.node.Type, f.Types) || !predicateAllowed(k.pred, f.Predicates) {
			continue
		}
		edges = append(edges, k)
		if y.node.ID != x && !seen[y.node.ID] {
			seen[y.node.ID] = true
			nodes = append(nodes, y)
		}
	}
	slices.SortFunc(nodes, compareEntries)
	ids := make([]string, len(nodes))
	for i, e := range nodes {
		ids[i] = e.node.ID
	}
	return ids, edges
}

// subgraph assembles the nodes in set (start first, then by degree desc
// and name) and the edges among them.
func (idx *index) subgraph(start string, set map[string]bool, edges map[edgeKey]bool) Subgraph {
	sub := Subgraph{Hidden: make(map[string]int)}
	var rest []*entry
	for id := range set {
		if id != start {
			rest = append(rest, idx.nodes[id])
		}
	}
	slices.SortFunc(rest, compareEntries)
	sub.Nodes = append(sub.Nodes, idx.nodes[start].copyNode())
	for _, e := range rest {
		sub.Nodes = append(sub.Nodes, e.copyNode())
	}
	keys := make([]edgeKey, 0, len(edges))
	for k := range edges {
		if set[k.from] && set[k.to] {
			keys = append(keys, k)
		}
	}
	slices.SortFunc(keys, compareEdgeKeys)
	for _, k := range keys {
		sub.Edges = append(sub.Edges, k.edge())
	}
	return sub
}

// addNew adds to set up to limit ids (0 = all) not in it yet and returns
// them.
func addNew(ids []string, set map[string]bool, limit int) []string {
	var added []string
	for _, id := range ids {
		if limit > 0 && len(added) == limit {
			break
		}
		if !set[id] {
			set[id] = true
			added = append(added, id)
		}
	}
	return added
}

func capped(ids []string, limit int) []string {
	if limit > 0 && len(ids) > limit {
		return ids[:limit]
	}
	return ids
}

func countMissing(ids []string, set map[string]bool) int {
	n := 0
	for _, id := range ids {
		if !set[id] {
			n++
		}
	}
	return n
}

func predicateAllowed(p string, preds []string) bool {
	return len(preds) == 0 || slices.Contains(preds, p)
}
