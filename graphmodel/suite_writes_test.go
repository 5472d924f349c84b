package graphmodel

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/extract"
	"github.com/policygraph/policygraph/resources"
)

func testReimport(t *testing.T, s *Store) {
	ctx := context.Background()
	importAll(t, s, dongchangfu(t))
	before, err := s.QuadCount(ctx)
	if err != nil || before == 0 {
		t.Fatalf("QuadCount = %d, %v", before, err)
	}
	importAll(t, s, dongchangfu(t))
	if after, _ := s.QuadCount(ctx); after != before {
		t.Errorf("re-import changed the quad count: %d -> %d", before, after)
	}
	if ms, _ := s.Mentions(ctx, tangyi); len(ms) != strings.Count(string(resources.Report), "堂邑镇") {
		t.Errorf("re-import duplicated mentions: %d", len(ms))
	}
	changed := dongchangfu(t)
	changed.Relations = slices.DeleteFunc(changed.Relations, func(r extract.Relation) bool { return r.Subject == tangyi })
	importAll(t, s, changed)
	if edges, _ := s.Edges(ctx, tangyi); len(edges) != 0 {
		t.Errorf("relation dropped from the document survived re-import: %+v", edges)
	}
	if after, _ := s.QuadCount(ctx); after >= before {
		t.Errorf("quad count %d after dropping a relation, was %d", after, before)
	}
}

func testRemoveDocument(t *testing.T, s *Store) {
	ctx := context.Background()
	importAll(t, s, dongchangfu(t))
	alone, _ := s.QuadCount(ctx)
	importAll(t, s, fuping(t))
	if err := s.RemoveDocument(ctx, docFP); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.QuadCount(ctx); n != alone {
		t.Errorf("after removing the second document: %d quads, want %d", n, alone)
	}
	if _, err := s.Node(ctx, regionFP); !errors.Is(err, ErrNotFound) {
		t.Errorf("removed document's region still there: %v", err)
	}
	if n, err := s.Node(ctx, quanyu); err != nil || n.Degree != 1 {
		t.Errorf("shared policy after removal = %+v, %v; want degree 1", n, err)
	}
	if err := s.RemoveDocument(ctx, docFP); !errors.Is(err, ErrNotFound) {
		t.Errorf("second removal error = %v, want ErrNotFound", err)
	}
	if err := s.RemoveDocument(ctx, docDCF); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.QuadCount(ctx); n != 0 {
		t.Errorf("%d quads left after removing every document", n)
	}
	if nodes, _ := s.Nodes(ctx, nil); len(nodes) != 0 {
		t.Errorf("nodes left: %v", ids(nodes))
	}
}

func testSharedEntity(t *testing.T, s *Store) {
	ctx := context.Background()
	importAll(t, s, dongchangfu(t), fuping(t))
	n, err := s.Node(ctx, quanyu)
	if err != nil || n.Degree != 2 {
		t.Fatalf("shared policy = %+v, %v; want degree 2", n, err)
	}
	ms, _ := s.Mentions(ctx, quanyu)
	docs := map[string]int{}
	for _, m := range ms {
		docs[m.Doc]++
	}
	if docs[docDCF] != 1 || docs[docFP] != 1 {
		t.Errorf("mentions per document = %v, want one in each", docs)
	}
	if found, _ := s.Find(ctx, "省级全域旅游示范区"); len(found) != 1 {
		t.Errorf("Find of the shared policy = %v, want one node", ids(found))
	}
}

func testStatus(t *testing.T, s *Store) {
	ctx := context.Background()
	importAll(t, s, dongchangfu(t))
	n, err := s.Node(ctx, jizheng)
	if err != nil || n.Degree != 0 {
		t.Fatalf("project = %+v, %v; status must not count as an edge", n, err)
	}
	sub, _ := s.Neighbors(ctx, jizheng, 2, Filter{})
	if len(sub.Nodes) != 1 || len(sub.Edges) != 0 {
		t.Errorf("Neighbors of the project = %v, %v; want it alone", ids(sub.Nodes), sub.Edges)
	}
	edges, _ := s.Edges(ctx, jizheng)
	if len(edges) != 1 || edges[0].Status != "顺利建成通车" || edges[0].To != "" ||
		edges[0].Predicate != extract.PredCompleted || len(edges[0].Evidence) != 1 {
		t.Errorf("status edges = %+v", edges)
	}
	if nodes, _ := s.Nodes(ctx, nil); len(nodes) != 16 {
		t.Errorf("%d nodes, want 16: a status phrase is no node", len(nodes))
	}
}
