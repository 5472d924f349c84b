package graphmodel

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/extract"
	"github.com/policygraph/policygraph/resources"
)

// TestDocumentsOfTwoPlaces imports the bundled report and the same text
// told of another county, through the real extractor: towns and
// indicators stay apart per county, policies merge, indicator rows keep
// their document, place and year, and removing one document leaves the
// store as the other alone made it.
func TestDocumentsOfTwoPlaces(t *testing.T) {
	ctx := context.Background()
	text := string(resources.Report)
	a, err := extract.Text("a.txt", text, "utf-8")
	if err != nil {
		t.Fatal(err)
	}
	b, err := extract.Text("b.txt", strings.ReplaceAll(text, "东昌府", "阜平"), "utf-8")
	if err != nil {
		t.Fatal(err)
	}
	if a.Documents[0].Place != "东昌府区" || b.Documents[0].Place != "阜平区" {
		t.Fatalf("places %q and %q", a.Documents[0].Place, b.Documents[0].Place)
	}
	s := openTempBolt(t)
	importAll(t, s, a)
	alone, _ := s.QuadCount(ctx)
	importAll(t, s, b)

	towns, _ := s.Find(ctx, "堂邑镇")
	if places := nodePlaces(towns); !slices.Equal(places, []string{"东昌府区", "阜平区"}) {
		t.Errorf("堂邑镇 nodes in %v, want one per county", places)
	}
	checkPoliciesMerged(t, s, a, b)
	checkIndicatorRows(t, s, a.Documents[0].ID, "东昌府区")
	checkIndicatorRows(t, s, b.Documents[0].ID, "阜平区")

	if err := s.RemoveDocument(ctx, b.Documents[0].ID); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.QuadCount(ctx); n != alone {
		t.Errorf("%d quads after removing the second document, %d before importing it", n, alone)
	}
	if towns, _ := s.Find(ctx, "堂邑镇"); len(towns) != 1 || towns[0].Place != "东昌府区" {
		t.Errorf("堂邑镇 after the removal: %+v", towns)
	}
}

func nodePlaces(nodes []Node) []string {
	var out []string
	for _, n := range nodes {
		out = append(out, n.Place)
	}
	slices.Sort(out)
	return out
}

// checkPoliciesMerged checks that every policy of a is one node whose
// mentions come from both documents.
func checkPoliciesMerged(t *testing.T, s *Store, a, b *extract.Result) {
	t.Helper()
	ctx := context.Background()
	checked := 0
	for _, e := range a.Entities {
		if e.Type != extract.TypePolicy || len(e.Mentions) == 0 || strings.Contains(e.Name, "东昌府") {
			continue
		}
		found, _ := s.Find(ctx, e.Name)
		found = slices.DeleteFunc(found, func(n Node) bool { return n.Type != extract.TypePolicy || n.Name != e.Name })
		ms, _ := s.Mentions(ctx, e.ID)
		docs := make(map[string]bool)
		for _, m := range ms {
			docs[m.Doc] = true
		}
		if len(found) != 1 || !docs[a.Documents[0].ID] || !docs[b.Documents[0].ID] {
			t.Errorf("policy %s: %d nodes, mentioned in %v; want one node in both documents", e.Name, len(found), docs)
		}
		checked++
	}
	if checked == 0 {
		t.Fatal("the extractor found no policy")
	}
}

// checkIndicatorRows checks that the document's indicator values sit on
// its place's indicators, with their document and a year.
func checkIndicatorRows(t *testing.T, s *Store, doc, place string) {
	t.Helper()
	rows, err := s.Indicators(context.Background(), extract.EntityID(extract.TypeRegion, place, place))
	if err != nil || len(rows) == 0 {
		t.Fatalf("Indicators(%s) = %d rows, %v", place, len(rows), err)
	}
	for _, r := range rows {
		if r.Place != place || r.Evidence.Doc != doc || r.Year == 0 || !strings.HasPrefix(r.Entity, "indicator/"+place+"/") {
			t.Errorf("row of %s: %+v", place, r)
			break
		}
	}
}
