package graphmodel

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/policygraph/policygraph/extract"
)

// statement is one reified relation statement.
type statement struct {
	from, pred, to, status string
	ev                     Evidence
}

// Edges returns every edge touching id, with the evidence of each
// statement, sorted by From, Predicate, To. Status relations come back as
// edges with an empty To and the phrase in Status.
func (s *Store) Edges(ctx context.Context, id string) ([]Edge, error) {
	idx, err := s.index(ctx)
	if err != nil {
		return nil, err
	}
	if idx.nodes[id] == nil {
		return nil, fmt.Errorf("edges of %s: %w", id, ErrNotFound)
	}
	stmts, err := s.statementsOf(ctx, idx, id)
	if err != nil {
		return nil, fmt.Errorf("edges of %s: %w", id, err)
	}
	return groupEdges(stmts), nil
}

// EdgesAmong returns the edges whose both ends are in ids, with evidence.
// Complexity: one read of the facts records per id.
func (s *Store) EdgesAmong(ctx context.Context, ids []string) ([]Edge, error) {
	idx, err := s.index(ctx)
	if err != nil {
		return nil, err
	}
	set := make(map[string]bool, len(ids))
	for _, id := range ids {
		set[id] = true
	}
	var keep []statement
	for id := range set {
		if idx.nodes[id] == nil {
			continue
		}
		stmts, err := s.statementsOf(ctx, idx, id)
		if err != nil {
			return nil, fmt.Errorf("edges among %d nodes: %w", len(ids), err)
		}
		for _, st := range stmts {
			if st.from == id && set[st.to] {
				keep = append(keep, st)
			}
		}
	}
	return groupEdges(keep), nil
}

// statementsOf reads the statements naming id as subject or object from
// its facts records: relation statements, and indicator values as
// statements of the region's "measures" edge. A statement counts only
// when its edge is in the index (so an edge left out of an export is left
// out of a store that imports it), or for id's own statuses.
func (s *Store) statementsOf(ctx context.Context, idx *index, id string) ([]statement, error) {
	facts, src, err := s.factsAndSources(ctx, idx, id)
	if err != nil {
		return nil, err
	}
	var out []statement
	for _, f := range facts {
		for _, st := range f.statements {
			status := extract.IsStatus(st.pred)
			if (status && st.from != id) || (!status && !idx.edgeSet[edgeKey{st.from, st.pred, st.to}]) {
				continue
			}
			stmt := statement{from: st.from, pred: st.pred, to: st.to, ev: src.evidence(f.doc, st.evidence, st.section, st.year)}
			if status {
				stmt.to, stmt.status = "", st.to
			}
			out = append(out, stmt)
		}
		for _, o := range f.observations {
			k := edgeKey{o.region, extract.PredMeasures, o.indicator}
			if idx.edgeSet[k] {
				out = append(out, statement{from: k.from, pred: k.pred, to: k.to, ev: src.evidence(f.doc, o.evidence, o.section, o.year)})
			}
		}
	}
	return out, nil
}

// groupEdges merges statements of the same (From, Predicate, To, Status)
// into one Edge; edges and their evidence come out sorted.
func groupEdges(stmts []statement) []Edge {
	type key struct{ from, pred, to, status string }
	byKey := make(map[key]*Edge)
	for _, st := range stmts {
		k := key{st.from, st.pred, st.to, st.status}
		e := byKey[k]
		if e == nil {
			e = &Edge{From: st.from, To: st.to, Predicate: st.pred, Status: st.status}
			byKey[k] = e
		}
		e.Evidence = append(e.Evidence, st.ev)
	}
	out := make([]Edge, 0, len(byKey))
	for _, e := range byKey {
		slices.SortFunc(e.Evidence, compareEvidence)
		e.Evidence = slices.CompactFunc(e.Evidence, func(a, b Evidence) bool { return a == b })
		out = append(out, *e)
	}
	slices.SortFunc(out, compareEdges)
	return out
}

func compareEdges(a, b Edge) int {
	if c := cmp.Compare(a.From, b.From); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Predicate, b.Predicate); c != 0 {
		return c
	}
	if c := cmp.Compare(a.To, b.To); c != 0 {
		return c
	}
	return cmp.Compare(a.Status, b.Status)
}

func compareEvidence(a, b Evidence) int {
	if c := cmp.Compare(a.Doc, b.Doc); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Start, b.Start); c != 0 {
		return c
	}
	return cmp.Compare(a.End, b.End)
}

func (k edgeKey) edge() Edge { return Edge{From: k.from, To: k.to, Predicate: k.pred} }
