package graphmodel

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/cayleygraph/quad"
)

// Quads returns the store's own quads for a subgraph, for N-Quads export:
// each node's facts records and status relations, each edge's relation
// quads, and the nodes of the documents involved, with their text and a
// contents table cut down to the subgraph's nodes and edges. Importing
// them into an empty store and asking Quads again with the same subgraph
// gives the same quads. Sorted by subject, predicate, object, label.
func (s *Store) Quads(ctx context.Context, sub Subgraph) ([]quad.Quad, error) {
	c := &quadCollector{nodes: make(map[string]bool), edges: make(map[edgeKey]bool),
		seen: make(map[quad.Quad]bool), docs: make(map[quad.Value]bool)}
	for _, n := range sub.Nodes {
		c.nodes[n.ID] = true
	}
	for _, e := range sub.Edges {
		c.edges[edgeKey{e.From, e.Predicate, e.To}] = true
	}
	for _, n := range sub.Nodes {
		own, err := s.quadsAt(ctx, quad.Subject, EntityIRI(n.ID))
		if err != nil {
			return nil, fmt.Errorf("quads of %s: %w", n.ID, err)
		}
		for _, q := range own {
			if c.keepEntityQuad(n.ID, q) {
				c.add(q)
			}
		}
	}
	if err := c.documents(ctx, s); err != nil {
		return nil, fmt.Errorf("quads: %w", err)
	}
	slices.SortFunc(c.out, compareQuads)
	return c.out, nil
}

type quadCollector struct {
	nodes map[string]bool
	edges map[edgeKey]bool
	seen  map[quad.Quad]bool
	docs  map[quad.Value]bool // labels met
	out   []quad.Quad
}

func (c *quadCollector) add(q quad.Quad) {
	if !c.seen[q] {
		c.seen[q] = true
		c.out = append(c.out, q)
		if q.Label != nil {
			c.docs[q.Label] = true
		}
	}
}

// keepEntityQuad keeps facts records, status relations and the relation
// quads of the subgraph's edges.
func (c *quadCollector) keepEntityQuad(id string, q quad.Quad) bool {
	pred, isRel := relationName(q.Predicate)
	if !isRel {
		return true
	}
	to, isEntity := entityID(q.Object)
	return !isEntity || c.edges[edgeKey{id, pred, to}]
}

// documents collects the nodes of the documents labelling collected quads,
// each contents table keeping only the subgraph's entities and edges.
func (c *quadCollector) documents(ctx context.Context, s *Store) error {
	docs := make([]quad.Value, 0, len(c.docs))
	for d := range c.docs {
		docs = append(docs, d)
	}
	for _, D := range docs {
		qs, err := s.quadsAt(ctx, quad.Subject, D)
		if err != nil {
			return err
		}
		for _, q := range qs {
			if rec, ok := q.Object.(quad.String); ok && q.Predicate == predContents {
				q.Object = quad.String(c.contents(string(rec)))
			}
			c.add(q)
		}
	}
	return nil
}

// contents cuts a contents table down to the subgraph's entities and
// edges, keeping the lines' order and spelling.
func (c *quadCollector) contents(table string) string {
	var w recordWriter
	eachLine(table, func(l []string) {
		switch l[0] {
		case lineEntity:
			if c.nodes[field(l, 1)] {
				w.line(l...)
			}
		case lineEdge:
			if c.edges[edgeKey{field(l, 1), field(l, 2), field(l, 3)}] {
				w.line(l...)
			}
		default:
			w.line(l...)
		}
	})
	return w.String()
}

func compareQuads(a, b quad.Quad) int {
	for _, d := range quad.Directions {
		if c := cmp.Compare(quad.StringOf(a.Get(d)), quad.StringOf(b.Get(d))); c != 0 {
			return c
		}
	}
	return 0
}
