package graphmodel

import (
	"cmp"
	"slices"

	"github.com/policygraph/policygraph/extract"
)

// finish drops entities without a name (not described by any document)
// and the edges touching them, computes degrees, orders the entities
// (see compareNodes) and gives each its neighbours in that
// order, and builds the name table. Complexity O(N log N + E log E) for N
// entities and E edges.
func (idx *index) finish(edges map[edgeKey]bool) {
	for id, e := range idx.nodes {
		if e.node.Name == "" {
			delete(idx.nodes, id)
		}
	}
	for k := range edges {
		if idx.nodes[k.from] != nil && idx.nodes[k.to] != nil {
			idx.edges = append(idx.edges, k)
			idx.edgeSet[k] = true
		}
	}
	slices.SortFunc(idx.edges, compareEdgeKeys)
	idx.ends = make([][2]*entry, len(idx.edges))
	for i, k := range idx.edges {
		from, to := idx.nodes[k.from], idx.nodes[k.to]
		idx.ends[i] = [2]*entry{from, to}
		from.node.Degree++
		if to != from {
			to.node.Degree++
		}
	}
	idx.order()
	idx.link()
}

// order sorts the entities, numbers them and builds the name table.
func (idx *index) order() {
	for _, e := range idx.nodes {
		slices.Sort(e.node.Aliases)
		e.keys = searchKeys(e.node.Name, e.node.Aliases)
		idx.sorted = append(idx.sorted, e)
	}
	slices.SortFunc(idx.sorted, compareEntries)
	idx.marks.size = len(idx.sorted)
	for i, e := range idx.sorted {
		e.rank = i
		for _, n := range append([]string{e.node.Name}, e.node.Aliases...) {
			idx.byName[n] = append(idx.byName[n], e)
		}
	}
}

// link gives every entity its links, sorted by neighbour rank so that a
// neighbourhood needs no sorting and repeated neighbours are adjacent.
func (idx *index) link() {
	for i, ends := range idx.ends {
		from, to := ends[0], ends[1]
		from.links = append(from.links, link{to: to, edge: i})
		if to != from {
			to.links = append(to.links, link{to: from, edge: i})
		}
	}
	for _, e := range idx.sorted {
		slices.SortFunc(e.links, func(a, b link) int {
			if c := cmp.Compare(a.to.rank, b.to.rank); c != 0 {
				return c
			}
			return cmp.Compare(a.edge, b.edge)
		})
	}
}

// compareEntries orders entries as compareNodes orders their nodes.
func compareEntries(a, b *entry) int {
	return compareNodes(a.node, b.node)
}

// compareNodes orders nodes by degree, most connected first; among equally
// connected nodes, indicators come after named things, so that a capped
// expansion of a county shows its towns and programmes before the
// hundreds of statistics it reports; then by name and id.
func compareNodes(a, b Node) int {
	if c := cmp.Compare(b.Degree, a.Degree); c != 0 {
		return c
	}
	if c := cmp.Compare(isIndicator(a), isIndicator(b)); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Name, b.Name); c != 0 {
		return c
	}
	return cmp.Compare(a.ID, b.ID)
}

func isIndicator(n Node) int {
	if n.Type == extract.TypeIndicator {
		return 1
	}
	return 0
}

func compareEdgeKeys(a, b edgeKey) int {
	if c := cmp.Compare(a.from, b.from); c != 0 {
		return c
	}
	if c := cmp.Compare(a.pred, b.pred); c != 0 {
		return c
	}
	return cmp.Compare(a.to, b.to)
}

// copyNode returns a copy of the entity, safe to hand out.
func (e *entry) copyNode() Node {
	n := e.node
	n.Aliases = slices.Clone(n.Aliases)
	return n
}
