package graphmodel

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/cayleygraph/quad"
)

// index is the in-memory view of the entity graph: names, aliases, types,
// degrees, search keys and the relation edges between entities (without
// evidence). Every click asks it (search, ordering by degree, adjacency),
// so it is built lazily from the store and dropped by every write; evidence,
// mentions, indicators and texts are always read from the store.
type index struct {
	nodes  map[string]*entry    // by entity id
	sorted []*entry             // by degree desc, then name, then id
	byName map[string][]*entry  // exact name or alias
	edges  []edgeKey            // distinct relation edges between entities, sorted
	adj    map[string][]edgeKey // edges touching each entity, sorted
	titles map[string]string    // document id -> title
	paths  pathGraph            // built on the first ShortestPath
}

// entry is one entity and its search keys.
type entry struct {
	node Node
	keys []searchKey // per name and alias: lower-cased text, full pinyin, initials
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

// buildIndex walks from the documents to the entities they describe and
// reads each entity's own quads (attributes and outgoing relations).
// Complexity O(D + N·q) store reads for D documents and N entities with q
// quads each, plus O(N log N + E log E) to sort.
func (s *Store) buildIndex(ctx context.Context) (*index, error) {
	idx := &index{
		nodes:  make(map[string]*entry),
		byName: make(map[string][]*entry),
		adj:    make(map[string][]edgeKey),
		titles: make(map[string]string),
	}
	entities, err := s.describedEntities(ctx, idx.titles)
	if err != nil {
		return nil, err
	}
	edges := make(map[edgeKey]bool)
	for _, E := range entities {
		id, _ := entityID(E)
		e := &entry{node: Node{ID: id}}
		idx.nodes[id] = e
		qs, err := s.quadsAt(ctx, quad.Subject, E)
		if err != nil {
			return nil, err
		}
		for _, q := range qs {
			idx.addFact(e, q, edges)
		}
	}
	idx.finish(edges)
	return idx, nil
}

// describedEntities returns the entities the documents describe, and
// records each document's title.
func (s *Store) describedEntities(ctx context.Context, titles map[string]string) ([]quad.Value, error) {
	docs, err := s.documentIRIs(ctx)
	if err != nil {
		return nil, err
	}
	seen := make(map[quad.Value]bool)
	var entities []quad.Value
	for _, D := range docs {
		d, _ := docID(D)
		qs, err := s.quadsAt(ctx, quad.Subject, D)
		if err != nil {
			return nil, err
		}
		for _, q := range qs {
			switch {
			case q.Predicate == predTitle:
				titles[d] = stringOf(q.Object)
			case q.Predicate == predDescribes && !seen[q.Object]:
				seen[q.Object] = true
				entities = append(entities, q.Object)
			}
		}
	}
	return entities, nil
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

// finish computes degrees and adjacency, drops edges to entities without a
// name (not described by any document), and builds the name and order
// tables.
func (idx *index) finish(edges map[edgeKey]bool) {
	for k := range edges {
		from, to := idx.nodes[k.from], idx.nodes[k.to]
		if from == nil || to == nil || from.node.Name == "" || to.node.Name == "" {
			continue
		}
		idx.edges = append(idx.edges, k)
		idx.adj[k.from] = append(idx.adj[k.from], k)
		from.node.Degree++
		if k.to != k.from {
			idx.adj[k.to] = append(idx.adj[k.to], k)
			to.node.Degree++
		}
	}
	slices.SortFunc(idx.edges, compareEdgeKeys)
	for _, ks := range idx.adj {
		slices.SortFunc(ks, compareEdgeKeys)
	}
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
