package graphmodel

import (
	"bytes"
	"context"
	"slices"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/policygraph/policygraph/extract"
	"github.com/policygraph/policygraph/resources"
)

// TestExtractorOutputInvariants imports the extractor's real output for the
// bundled report and checks what must hold whatever the extractor finds:
// every entity is a node, every relation an edge carrying its evidence at
// its offsets, every mention a span, and re-import and removal are exact.
func TestExtractorOutputInvariants(t *testing.T) {
	ctx := context.Background()
	r, err := extract.Text(resources.ReportName, string(resources.Report), "utf-8")
	if err != nil {
		t.Fatal(err)
	}
	s := openTempBolt(t)
	importAll(t, s, r)
	text := string(resources.Report)

	counts, _ := s.TypeCounts(ctx)
	total := 0
	for _, n := range counts {
		total += n
	}
	if total < len(r.Entities) {
		t.Errorf("%d nodes for %d entities", total, len(r.Entities))
	}
	for _, e := range r.Entities {
		if n, err := s.Node(ctx, e.ID); err != nil || n.Name != e.Name || n.Type != e.Type {
			t.Errorf("entity %s: node %+v, %v", e.ID, n, err)
		}
	}
	checkRelations(t, s, r, text)

	mentions := make(map[Span]bool)
	for _, e := range r.Entities {
		for _, m := range e.Mentions {
			mentions[Span{Entity: e.ID, Type: e.Type, Name: e.Name, Start: m.Start, End: m.End}] = true
		}
	}
	spans, err := s.DocumentSpans(ctx, r.Documents[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, sp := range spans {
		delete(mentions, sp)
	}
	if len(mentions) != 0 {
		t.Errorf("%d mentions are no span, e.g. %v", len(mentions), anyKey(mentions))
	}

	checkWholeGraphRoundTrip(t, s)

	before, _ := s.QuadCount(ctx)
	importAll(t, s, r)
	if after, _ := s.QuadCount(ctx); after != before {
		t.Errorf("re-import: %d -> %d quads", before, after)
	}
	if err := s.RemoveDocument(ctx, r.Documents[0].ID); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.QuadCount(ctx); n != 0 {
		t.Errorf("%d quads left after removing the only document", n)
	}
}

// checkRelations finds each entity relation among its subject's edges,
// with its evidence sentence at its offsets.
func checkRelations(t *testing.T, s *Store, r *extract.Result, text string) {
	t.Helper()
	for _, rel := range r.Relations {
		if text[rel.Start:rel.End] != rel.Evidence {
			t.Fatalf("extractor evidence not at its offsets: %+v", rel)
		}
		edges, err := s.Edges(context.Background(), rel.Subject)
		if err != nil {
			t.Errorf("relation %+v: %v", rel, err)
			continue
		}
		if !hasEvidence(edges, rel) {
			t.Errorf("relation %s %s %s: evidence %q not on its edge", rel.Subject, rel.Predicate, rel.Object, rel.Evidence)
		}
	}
}

// checkWholeGraphRoundTrip exports every node and edge as N-Quads and
// imports them into an empty store: it must hold exactly the same quads.
func checkWholeGraphRoundTrip(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	nodes, err := s.Nodes(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	edges, err := s.EdgesAmong(ctx, ids(nodes))
	if err != nil {
		t.Fatal(err)
	}
	quads, err := s.Quads(ctx, Subgraph{Nodes: nodes, Edges: edges})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	w := nquads.NewWriter(&buf)
	if _, err := quad.Copy(w, quad.NewReader(quads)); err != nil || w.Close() != nil {
		t.Fatalf("write N-Quads: %v", err)
	}
	read, err := quad.ReadAll(nquads.NewReader(&buf, false))
	if err != nil {
		t.Fatalf("read N-Quads back: %v", err)
	}
	fresh, err := OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	if err := fresh.ImportQuads(ctx, read); err != nil {
		t.Fatal(err)
	}
	want, _ := s.QuadCount(ctx)
	if got, _ := fresh.QuadCount(ctx); got != want || int64(len(quads)) != want {
		t.Errorf("whole graph: store %d quads, exported %d, re-imported %d", want, len(quads), got)
	}
	again, _ := fresh.Quads(ctx, Subgraph{Nodes: nodes, Edges: edges})
	if !slices.Equal(again, quads) {
		t.Errorf("re-imported store exports %d quads differing from the %d exported", len(again), len(quads))
	}
}

func hasEvidence(edges []Edge, rel extract.Relation) bool {
	for _, e := range edges {
		match := e.From == rel.Subject && e.Predicate == rel.Predicate
		if extract.IsStatus(rel.Predicate) {
			match = match && e.Status == rel.Object
		} else {
			match = match && e.To == rel.Object
		}
		for _, ev := range e.Evidence {
			if match && ev.Sentence == rel.Evidence && ev.Start == rel.Start && ev.End == rel.End {
				return true
			}
		}
	}
	return false
}

func anyKey[K comparable](m map[K]bool) K {
	var zero K
	for k := range m {
		return k
	}
	return zero
}
