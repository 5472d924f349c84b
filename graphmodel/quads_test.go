package graphmodel

import (
	"bytes"
	"context"
	"slices"
	"strconv"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// testQuadsRoundTrip exports a neighbourhood as N-Quads, imports the file
// into an empty store and checks that the same question gives the same
// quads and the same subgraph there.
func testQuadsRoundTrip(t *testing.T, s *Store) {
	ctx := context.Background()
	importAll(t, s, dongchangfu(t), fuping(t))
	sub, err := s.Neighbors(ctx, quanyu, 2, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	quads, err := s.Quads(ctx, sub)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	w := nquads.NewWriter(&buf)
	if _, err := quad.Copy(w, quad.NewReader(quads)); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	read, err := quad.ReadAll(nquads.NewReader(&buf, false))
	if err != nil {
		t.Fatal(err)
	}
	fresh, err := OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	if err := fresh.ImportQuads(ctx, read); err != nil {
		t.Fatal(err)
	}
	again, err := fresh.Quads(ctx, sub)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(again, quads) {
		t.Errorf("round trip changed the quads: %d -> %d", len(quads), len(again))
		for i := range min(len(again), len(quads)) {
			if again[i] != quads[i] {
				t.Errorf("first difference: %v vs %v", quads[i], again[i])
				break
			}
		}
	}
	sub2, err := fresh.Neighbors(ctx, quanyu, 2, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(ids(sub2.Nodes), ids(sub.Nodes)) || !slices.EqualFunc(sub2.Edges, sub.Edges, sameEdge) {
		t.Errorf("imported neighbourhood = %v %v, want %v %v", ids(sub2.Nodes), sub2.Edges, ids(sub.Nodes), sub.Edges)
	}
	edges, _ := fresh.Edges(ctx, regionFP)
	if len(edges) != 2 {
		t.Errorf("imported region has edges %+v, want two", edges)
	}
	for _, e := range edges {
		if len(e.Evidence) != 1 || e.Evidence[0].DocTitle != "政府工作报告" {
			t.Errorf("imported edge lost its evidence: %+v", e)
		}
	}
	if n, _ := fresh.QuadCount(ctx); n != int64(len(quads)) {
		t.Errorf("fresh store holds %d quads, imported %d", n, len(quads))
	}
}

func sameEdge(a, b Edge) bool { return a.Key() == b.Key() && a.Status == b.Status }

// TestImportQuadsCanonical imports quads spelled the way other tools write
// them (short rdf:type, typed literals) and expects the store's own form.
func TestImportQuadsCanonical(t *testing.T) {
	ctx := context.Background()
	src, err := OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	importAll(t, src, fuping(t))
	sub, _ := src.Neighbors(ctx, regionFP, 1, Filter{})
	quads, _ := src.Quads(ctx, sub)
	respelled := make([]quad.Quad, len(quads))
	for i, q := range quads {
		if q.Predicate == predType {
			q.Predicate = quad.IRI("rdf:type")
		}
		if n, ok := q.Object.(quad.Int); ok {
			q.Object = quad.TypedString{Value: quad.String(strconv.Itoa(int(n))),
				Type: "http://www.w3.org/2001/XMLSchema#integer"}
		}
		respelled[i] = q
	}
	dst, err := OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer dst.Close()
	if err := dst.ImportQuads(ctx, respelled); err != nil {
		t.Fatal(err)
	}
	again, _ := dst.Quads(ctx, sub)
	if !slices.Equal(again, quads) {
		t.Errorf("re-spelled import differs: %d quads, want %d", len(again), len(quads))
	}
	docs, _ := dst.Documents(ctx)
	if len(docs) != 1 || docs[0].ReviewYear != 2021 {
		t.Errorf("documents after re-spelled import = %+v", docs)
	}
}
