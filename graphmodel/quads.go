package graphmodel

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/cayleygraph/quad"
)

// Quads returns the store's own quads for a subgraph, for N-Quads export:
// each node's attributes, status relations, mentions and indicator
// observations; each edge's relation quads and statements; and the nodes
// of the documents involved (with their text, describing only the
// subgraph's entities). Importing them into an empty store and asking
// Quads again with the same subgraph gives the same quads. Sorted by
// subject, predicate, object, label.
func (s *Store) Quads(ctx context.Context, sub Subgraph) ([]quad.Quad, error) {
	c := &quadCollector{s: s, nodes: make(map[string]bool), edges: make(map[edgeKey]bool),
		seen: make(map[quad.Quad]bool), docs: make(map[quad.Value]bool)}
	for _, n := range sub.Nodes {
		c.nodes[n.ID] = true
	}
	for _, e := range sub.Edges {
		c.edges[edgeKey{e.From, e.Predicate, e.To}] = true
	}
	for _, n := range sub.Nodes {
		if err := c.node(ctx, n.ID); err != nil {
			return nil, fmt.Errorf("quads of %s: %w", n.ID, err)
		}
	}
	if err := c.documents(ctx); err != nil {
		return nil, fmt.Errorf("quads: %w", err)
	}
	slices.SortFunc(c.out, compareQuads)
	return c.out, nil
}

type quadCollector struct {
	s     *Store
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

// node collects an entity's own quads and those of the statements,
// mentions and observations that point at it.
func (c *quadCollector) node(ctx context.Context, id string) error {
	E := EntityIRI(id)
	own, err := c.s.quadsAt(ctx, quad.Subject, E)
	if err != nil {
		return err
	}
	for _, q := range own {
		if c.keepEntityQuad(id, q) {
			c.add(q)
		}
	}
	pointers, err := c.s.pointersTo(ctx, E, predEntity, predIndicator, predSubject)
	if err != nil {
		return err
	}
	for _, n := range pointers {
		if err := c.pointer(ctx, n); err != nil {
			return err
		}
	}
	return nil
}

// keepEntityQuad keeps attributes, status relations and relation quads of
// the subgraph's edges.
func (c *quadCollector) keepEntityQuad(id string, q quad.Quad) bool {
	pred, isRel := relationName(q.Predicate)
	if !isRel {
		return true
	}
	to, isEntity := entityID(q.Object)
	return !isEntity || c.edges[edgeKey{id, pred, to}]
}

// pointer collects a mention, observation or statement node if it belongs
// to the subgraph, keeping only its references to the subgraph's entities.
func (c *quadCollector) pointer(ctx context.Context, v quad.Value) error {
	qs, err := c.s.quadsAt(ctx, quad.Subject, v)
	if err != nil {
		return err
	}
	if !c.wanted(qs) {
		return nil
	}
	for _, q := range qs {
		if q.Predicate == predEntity {
			if id, _ := entityID(q.Object); !c.nodes[id] {
				continue
			}
		}
		c.add(q)
	}
	return nil
}

// wanted keeps every mention, the observations of the subgraph's
// indicators, and the statements of its edges and of its nodes' statuses.
func (c *quadCollector) wanted(qs []quad.Quad) bool {
	var from, pred, to, indicator string
	classes := make(map[quad.Value]bool, 2)
	status := false
	for _, q := range qs {
		switch q.Predicate {
		case predType:
			classes[q.Object] = true
		case predSubject:
			from, _ = entityID(q.Object)
		case predPredicate:
			pred, _ = relationName(q.Object)
		case predObject:
			to, _ = entityID(q.Object)
		case predIndicator:
			indicator, _ = entityID(q.Object)
		case predStatus:
			status = true
		}
	}
	switch {
	case classes[classMention]:
		return true
	case classes[classObservation] && c.nodes[indicator]:
		return true
	case classes[classStatement]:
		return status || c.edges[edgeKey{from, pred, to}]
	}
	return false
}

// documents collects the nodes of the documents labelling collected quads.
func (c *quadCollector) documents(ctx context.Context) error {
	docs := make([]quad.Value, 0, len(c.docs))
	for d := range c.docs {
		docs = append(docs, d)
	}
	for _, D := range docs {
		qs, err := c.s.quadsAt(ctx, quad.Subject, D)
		if err != nil {
			return err
		}
		for _, q := range qs {
			if q.Predicate == predDescribes {
				if id, _ := entityID(q.Object); !c.nodes[id] {
					continue
				}
			}
			c.add(q)
		}
	}
	return nil
}

func compareQuads(a, b quad.Quad) int {
	for _, d := range quad.Directions {
		if c := cmp.Compare(quad.StringOf(a.Get(d)), quad.StringOf(b.Get(d))); c != 0 {
			return c
		}
	}
	return 0
}
