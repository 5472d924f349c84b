package graphmodel

import (
	"context"
	"slices"
	"testing"

	"github.com/policygraph/policygraph/extract"
)

// opener opens a fresh, empty store for one subtest and closes it when the
// subtest ends.
type opener func(t *testing.T) *Store

// runStoreSuite runs the same assertions against a backend.
func runStoreSuite(t *testing.T, open opener) {
	tests := map[string]func(t *testing.T, s *Store){
		"node and find":           testNodeAndFind,
		"search":                  testSearch,
		"nodes and type counts":   testNodesAndTypeCounts,
		"neighbors":               testNeighbors,
		"expand pages":            testExpand,
		"edges with evidence":     testEdges,
		"edges among":             testEdgesAmong,
		"mentions":                testMentions,
		"matrix":                  testMatrix,
		"indicators":              testIndicators,
		"shortest path":           testShortestPath,
		"documents":               testDocuments,
		"document text and spans": testDocumentSpans,
		"reimport":                testReimport,
		"remove document":         testRemoveDocument,
		"shared entity":           testSharedEntity,
		"quads round trip":        testQuadsRoundTrip,
		"status is no node":       testStatus,
	}
	for name, test := range tests {
		t.Run(name, func(t *testing.T) { test(t, open(t)) })
	}
}

// importAll imports the fixtures into s.
func importAll(t *testing.T, s *Store, results ...*extract.Result) {
	t.Helper()
	for _, r := range results {
		if err := s.Import(context.Background(), r); err != nil {
			t.Fatalf("import: %v", err)
		}
	}
}

func ids(nodes []Node) []string {
	out := make([]string, len(nodes))
	for i, n := range nodes {
		out[i] = n.ID
	}
	return out
}

func nodesEqual(a, b Node) bool {
	return a.ID == b.ID && a.Type == b.Type && a.Name == b.Name && a.Place == b.Place &&
		a.Degree == b.Degree && slices.Equal(a.Aliases, b.Aliases)
}

// assertEdgesInside checks that every edge joins two nodes of the subgraph.
func assertEdgesInside(t *testing.T, sub Subgraph) {
	t.Helper()
	in := make(map[string]bool)
	for _, n := range sub.Nodes {
		in[n.ID] = true
	}
	for _, e := range sub.Edges {
		if !in[e.From] || !in[e.To] {
			t.Errorf("edge %s -%s-> %s leaves the subgraph", e.From, e.Predicate, e.To)
		}
	}
}
