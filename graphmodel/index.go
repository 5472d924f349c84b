package graphmodel

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sync"
)

// index is the in-memory view of the entity graph: names, aliases, types,
// places, degrees, search keys and the relation edges between entities
// (without evidence), and the documents. Every click asks it (search,
// ordering by degree, adjacency), so it is built lazily from the
// documents' contents tables and dropped by every write; evidence,
// mentions and indicator values are read from the entities' facts records.
type index struct {
	nodes   map[string]*entry    // by entity id
	sorted  []*entry             // by degree desc, then name, then id
	byName  map[string][]*entry  // exact name or alias
	edges   []edgeKey            // distinct relation edges between entities, sorted; an edge's position is its number
	ends    [][2]*entry          // the entries at both ends of each edge
	edgeSet map[edgeKey]bool     // the edges, for lookups
	titles  map[string]string    // document id -> title
	docs    map[string]*docEntry // by document id
	paths   pathGraph            // built on the first ShortestPath
	marks   markPool             // node sets for neighbourhood queries

	textMu    sync.Mutex
	texts     map[string]string // document texts read so far
	textBytes int
}

// docEntry is one document: its description and the entities it
// describes.
type docEntry struct {
	info     DocInfo
	entities []string
}

// entry is one entity, its place in the index's order, its neighbours
// and its search keys.
type entry struct {
	node  Node
	rank  int    // position in index.sorted
	links []link // neighbours with the edge to each, by neighbour rank, then edge number
	keys  []searchKey
}

// link is one edge from an entry to a neighbour.
type link struct {
	to   *entry
	edge int
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

// buildIndex reads every document's properties and contents table.
// Complexity O(D) store reads for D documents, O(L) for the L lines of
// their tables, plus O(N log N + E log E) to sort N entities and E edges.
func (s *Store) buildIndex(ctx context.Context) (*index, error) {
	idx := &index{
		nodes:   make(map[string]*entry),
		byName:  make(map[string][]*entry),
		edgeSet: make(map[edgeKey]bool),
		titles:  make(map[string]string),
		docs:    make(map[string]*docEntry),
	}
	docs, err := s.documentIRIs(ctx)
	if err != nil {
		return nil, err
	}
	edges := make(map[edgeKey]bool)
	for _, D := range docs {
		id, _ := docID(D)
		p, err := s.propsOf(ctx, D, predTitle, predPath, predPlace, predGenre, predReviewYear,
			predPlanYear, predDate, predRelations, predIndicators, predContents)
		if err != nil {
			return nil, err
		}
		d := &docEntry{info: DocInfo{ID: id, Title: p.str(predTitle), Path: p.str(predPath),
			Place: p.str(predPlace), Genre: p.str(predGenre), ReviewYear: p.int(predReviewYear),
			PlanYear: p.int(predPlanYear), Date: p.str(predDate),
			Relations: p.int(predRelations), Indicators: p.int(predIndicators)}}
		idx.readContents(d, p.str(predContents), edges)
		d.info.Entities = len(d.entities)
		idx.docs[id] = d
		idx.titles[id] = d.info.Title
	}
	idx.finish(edges)
	return idx, nil
}

// readContents adds a document's entities to the index, and its edges to
// edges. Attributes merge over documents: the last non-empty type, name
// and place win, aliases add up.
func (idx *index) readContents(d *docEntry, contents string, edges map[edgeKey]bool) {
	eachLine(contents, func(l []string) {
		switch l[0] {
		case lineEntity:
			id := field(l, 1)
			e := idx.nodes[id]
			if e == nil {
				e = &entry{node: Node{ID: id}}
				idx.nodes[id] = e
			}
			d.entities = append(d.entities, id)
			e.node.Type = cmp.Or(field(l, 2), e.node.Type)
			e.node.Name = cmp.Or(field(l, 3), e.node.Name)
			e.node.Place = cmp.Or(field(l, 4), e.node.Place)
			for _, a := range l[min(5, len(l)):] {
				if !slices.Contains(e.node.Aliases, a) {
					e.node.Aliases = append(e.node.Aliases, a)
				}
			}
		case lineEdge:
			edges[edgeKey{field(l, 1), field(l, 2), field(l, 3)}] = true
		}
	})
}
