package graphmodel

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/cayleygraph/quad"
)

// index is the in-memory view of the entity table: names, aliases, types,
// degrees and search keys, plus the distinct relation edges. It is built
// lazily by one scan of the store and dropped by every write.
type index struct {
	nodes  map[string]*entry   // by entity id
	sorted []*entry            // by degree desc, then name, then id
	byName map[string][]*entry // exact name or alias
	edges  []edgeKey           // distinct relation edges between entities
	titles map[string]string   // document id -> title
	paths  pathGraph           // built on the first ShortestPath
}

// entry is one entity and its search keys.
type entry struct {
	node Node
	keys []string // per name and alias: lower-cased text, full pinyin, initials
}

// edgeKey is a relation edge without its evidence.
type edgeKey struct{ from, pred, to string }

// invalidate drops the index after a write.
func (s *Store) invalidate() {
	s.mu.Lock()
	s.idx = nil
	s.mu.Unlock()
}

// index returns the current index, building it on first use.
func (s *Store) index(ctx context.Context) (*index, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.idx != nil {
		return s.idx, nil
	}
	idx, err := s.buildIndex(ctx)
	if err != nil {
		return nil, fmt.Errorf("index %s: %w", s.spec, err)
	}
	s.idx = idx
	return idx, nil
}

// buildIndex scans every quad once. Complexity O(Q) store reads plus
// O(N log N) to sort N entities.
func (s *Store) buildIndex(ctx context.Context) (*index, error) {
	idx := &index{
		nodes:  make(map[string]*entry),
		byName: make(map[string][]*entry),
		titles: make(map[string]string),
	}
	edges := make(map[edgeKey]bool)
	get := func(id string) *entry {
		e := idx.nodes[id]
		if e == nil {
			e = &entry{node: Node{ID: id}}
			idx.nodes[id] = e
		}
		return e
	}
	err := s.eachQuad(ctx, func(q quad.Quad) {
		if d, ok := docID(q.Subject); ok && q.Predicate == predTitle {
			idx.titles[d] = stringOf(q.Object)
			return
		}
		id, ok := entityID(q.Subject)
		if !ok {
			return
		}
		idx.addFact(get(id), q, edges)
	})
	if err != nil {
		return nil, err
	}
	idx.finish(edges)
	return idx, nil
}

// addFact records one quad whose subject is an entity.
func (idx *index) addFact(e *entry, q quad.Quad, edges map[edgeKey]bool) {
	switch q.Predicate {
	case predType:
		if t, ok := typeName(q.Object); ok {
			e.node.Type = t
		}
	case predName:
		e.node.Name = stringOf(q.Object)
	case predPlace:
		e.node.Place = stringOf(q.Object)
	case predAlias:
		if a := stringOf(q.Object); !slices.Contains(e.node.Aliases, a) {
			e.node.Aliases = append(e.node.Aliases, a)
		}
	default:
		pred, isRel := relationName(q.Predicate)
		to, isEntity := entityID(q.Object)
		if isRel && isEntity {
			edges[edgeKey{e.node.ID, pred, to}] = true
		}
	}
}

// finish computes degrees, drops ids that only appear as edge ends of
// removed entities, and builds the name and order tables.
func (idx *index) finish(edges map[edgeKey]bool) {
	for k := range edges {
		from, to := idx.nodes[k.from], idx.nodes[k.to]
		if from == nil || to == nil || from.node.Name == "" || to.node.Name == "" {
			continue
		}
		idx.edges = append(idx.edges, k)
		from.node.Degree++
		if k.to != k.from {
			to.node.Degree++
		}
	}
	slices.SortFunc(idx.edges, compareEdgeKeys)
	for id, e := range idx.nodes {
		if e.node.Name == "" {
			delete(idx.nodes, id)
			continue
		}
		slices.Sort(e.node.Aliases)
		e.keys = searchKeys(e.node.Name, e.node.Aliases)
		idx.sorted = append(idx.sorted, e)
		for _, n := range append([]string{e.node.Name}, e.node.Aliases...) {
			idx.byName[n] = append(idx.byName[n], e)
		}
	}
	slices.SortFunc(idx.sorted, compareEntries)
	for _, es := range idx.byName {
		slices.SortFunc(es, compareEntries)
	}
}

// eachQuad calls fn for every quad in the store.
func (s *Store) eachQuad(ctx context.Context, fn func(quad.Quad)) error {
	it := s.qs.QuadsAllIterator().Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := s.qs.Quad(it.Result())
		if err != nil {
			return err
		}
		fn(q)
	}
	return it.Err()
}

func stringOf(v quad.Value) string {
	if s, ok := v.(quad.String); ok {
		return string(s)
	}
	return ""
}

// compareEntries orders by degree desc, then name, then id.
func compareEntries(a, b *entry) int {
	return compareNodes(a.node, b.node)
}

func compareNodes(a, b Node) int {
	if c := cmp.Compare(b.Degree, a.Degree); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Name, b.Name); c != 0 {
		return c
	}
	return cmp.Compare(a.ID, b.ID)
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
