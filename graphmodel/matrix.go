package graphmodel

import (
	"context"
	"fmt"
	"slices"
)

// Matrix tabulates the edges between entities of rowType and colType (in
// either direction), e.g. town x policy or enterprise x project. Rows and
// columns hold only linked entities, by degree desc then name; each cell
// holds the edges of that pair with their evidence.
// Complexity: O(E) over the index's edges plus one statement scan per row.
func (s *Store) Matrix(ctx context.Context, rowType, colType string) (Matrix, error) {
	idx, err := s.index(ctx)
	if err != nil {
		return Matrix{}, err
	}
	rows, cols := make(map[string]bool), make(map[string]bool)
	for _, k := range idx.edges {
		from, to := idx.nodes[k.from].node.Type, idx.nodes[k.to].node.Type
		switch {
		case from == rowType && to == colType:
			rows[k.from], cols[k.to] = true, true
		case from == colType && to == rowType:
			rows[k.to], cols[k.from] = true, true
		}
	}
	m := Matrix{Rows: idx.sortedNodes(rows), Cols: idx.sortedNodes(cols), Cells: make(map[[2]int][]Edge)}
	colAt := make(map[string]int, len(m.Cols))
	for j, c := range m.Cols {
		colAt[c.ID] = j
	}
	for i, r := range m.Rows {
		edges, err := s.Edges(ctx, r.ID)
		if err != nil {
			return Matrix{}, fmt.Errorf("matrix %s x %s: %w", rowType, colType, err)
		}
		for _, e := range edges {
			other := e.To
			if other == r.ID {
				other = e.From
			}
			if j, ok := colAt[other]; ok && e.To != "" {
				m.Cells[[2]int{i, j}] = append(m.Cells[[2]int{i, j}], e)
			}
		}
	}
	return m, nil
}

// sortedNodes returns the nodes in set by degree desc, then name.
func (idx *index) sortedNodes(set map[string]bool) []Node {
	es := make([]*entry, 0, len(set))
	for id := range set {
		es = append(es, idx.nodes[id])
	}
	slices.SortFunc(es, compareEntries)
	out := make([]Node, len(es))
	for i, e := range es {
		out[i] = e.copyNode()
	}
	return out
}
