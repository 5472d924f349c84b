package graphmodel

import (
	"cmp"
	"context"
	"fmt"
	"slices"
)

// Node returns the entity with the given id, or ErrNotFound.
func (s *Store) Node(ctx context.Context, id string) (Node, error) {
	idx, err := s.index(ctx)
	if err != nil {
		return Node{}, err
	}
	e := idx.nodes[id]
	if e == nil {
		return Node{}, fmt.Errorf("node %s: %w", id, ErrNotFound)
	}
	return e.copyNode(), nil
}

// Find returns the entities whose name or an alias is exactly name, by
// degree desc, then name.
func (s *Store) Find(ctx context.Context, name string) ([]Node, error) {
	idx, err := s.index(ctx)
	if err != nil {
		return nil, err
	}
	return copyNodes(idx.byName[name], nil), nil
}

// Search finds entities by 汉字 substring or by pinyin, full (tangyizhen)
// or initials (tyz), in names and aliases. Results rank exact > prefix >
// substring, then by degree desc and name; types filters (nil = all);
// limit caps the result (0 = no cap). Complexity O(N·K) for N entities
// with K keys each.
func (s *Store) Search(ctx context.Context, query string, types []string, limit int) ([]Node, error) {
	idx, err := s.index(ctx)
	if err != nil {
		return nil, err
	}
	q := normalizeQuery(query)
	if q == "" {
		return nil, nil
	}
	type hit struct {
		e    *entry
		rank int
	}
	var hits []hit
	for _, e := range idx.sorted {
		if !typeAllowed(e.node.Type, types) {
			continue
		}
		if r := matchRank(q, e.keys); r > 0 {
			hits = append(hits, hit{e, r})
		}
	}
	slices.SortStableFunc(hits, func(a, b hit) int { return cmp.Compare(b.rank, a.rank) })
	if limit > 0 && len(hits) > limit {
		hits = hits[:limit]
	}
	out := make([]Node, len(hits))
	for i, h := range hits {
		out[i] = h.e.copyNode()
	}
	return out, nil
}

// Nodes returns every entity of the given types (nil = all), by degree
// desc, then name.
func (s *Store) Nodes(ctx context.Context, types []string) ([]Node, error) {
	idx, err := s.index(ctx)
	if err != nil {
		return nil, err
	}
	return copyNodes(idx.sorted, types), nil
}

// TypeCounts returns the number of entities per type.
func (s *Store) TypeCounts(ctx context.Context) (map[string]int, error) {
	idx, err := s.index(ctx)
	if err != nil {
		return nil, err
	}
	counts := make(map[string]int)
	for _, e := range idx.sorted {
		counts[e.node.Type]++
	}
	return counts, nil
}

func copyNodes(es []*entry, types []string) []Node {
	out := make([]Node, 0, len(es))
	for _, e := range es {
		if typeAllowed(e.node.Type, types) {
			out = append(out, e.copyNode())
		}
	}
	return out
}

func typeAllowed(t string, types []string) bool {
	return len(types) == 0 || slices.Contains(types, t)
}
