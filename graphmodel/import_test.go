package graphmodel

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/policygraph/policygraph/extract"
)

// merged combines fixtures the way extract.Merge does: one Result, entities
// with the same id merged.
func merged(rs ...*extract.Result) *extract.Result {
	out := &extract.Result{}
	at := make(map[string]int)
	for _, r := range rs {
		out.Documents = append(out.Documents, r.Documents...)
		out.Relations = append(out.Relations, r.Relations...)
		out.Indicators = append(out.Indicators, r.Indicators...)
		for _, e := range r.Entities {
			if i, ok := at[e.ID]; ok {
				out.Entities[i].Mentions = append(out.Entities[i].Mentions, e.Mentions...)
				continue
			}
			at[e.ID] = len(out.Entities)
			out.Entities = append(out.Entities, e)
		}
	}
	return out
}

func TestImportMultiDocumentResult(t *testing.T) {
	ctx := context.Background()
	s, err := OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var calls [][2]int
	err = s.ImportProgress(ctx, merged(dongchangfu(t), fuping(t)), func(done, total int) {
		calls = append(calls, [2]int{done, total})
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := [][2]int{{1, 2}, {2, 2}}; !slices.Equal(calls, want) {
		t.Errorf("progress calls = %v, want %v", calls, want)
	}
	docs, _ := s.Documents(ctx)
	if len(docs) != 2 || docs[0].Entities != 16 || docs[1].Entities != 3 {
		t.Errorf("documents = %+v; each document must describe only its own entities", docs)
	}
	if err := s.RemoveDocument(ctx, docDCF); err != nil {
		t.Fatal(err)
	}
	ms, _ := s.Mentions(ctx, quanyu)
	if len(ms) != 1 || ms[0].Doc != docFP {
		t.Errorf("shared policy's mentions after removing one document = %+v", ms)
	}
	if _, err := s.Node(ctx, tangyi); !errors.Is(err, ErrNotFound) {
		t.Errorf("town of the removed document: %v, want ErrNotFound", err)
	}
}

func TestImportErrors(t *testing.T) {
	s, err := OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	noID := dongchangfu(t)
	noID.Documents[0].ID = ""
	tests := map[string]struct {
		ctx  context.Context
		r    *extract.Result
		want error
	}{
		"cancelled":      {cancelled, dongchangfu(t), context.Canceled},
		"no document id": {context.Background(), noID, errNoDocumentID},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if err := s.Import(tc.ctx, tc.r); !errors.Is(err, tc.want) {
				t.Errorf("Import error = %v, want %v", err, tc.want)
			}
			if n, _ := s.QuadCount(context.Background()); n != 0 {
				t.Errorf("%d quads written by a failed import", n)
			}
		})
	}
}

func TestEntityFromID(t *testing.T) {
	tests := map[string]extract.Entity{
		"region/东昌府区":      {ID: "region/东昌府区", Type: "region", Name: "东昌府区"},
		"town/东昌府区/堂邑镇":    {ID: "town/东昌府区/堂邑镇", Type: "town", Name: "堂邑镇", Place: "东昌府区"},
		"policy/省级全域旅游示范区": {ID: "policy/省级全域旅游示范区", Type: "policy", Name: "省级全域旅游示范区"},
	}
	for id, want := range tests {
		t.Run(id, func(t *testing.T) {
			got := entityFromID(id)
			if got.ID != want.ID || got.Type != want.Type || got.Name != want.Name || got.Place != want.Place {
				t.Errorf("entityFromID(%s) = %+v, want %+v", id, got, want)
			}
		})
	}
}

// TestRelationToUnlistedEntity checks that an id a relation names but the
// Result does not list still becomes a node, typed and named from the id.
func TestRelationToUnlistedEntity(t *testing.T) {
	ctx := context.Background()
	s, err := OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	r := dongchangfu(t)
	r.Entities = slices.DeleteFunc(r.Entities, func(e extract.Entity) bool { return e.ID == regionDCF })
	importAll(t, s, r)
	n, err := s.Node(ctx, regionDCF)
	if err != nil || n.Type != extract.TypeRegion || n.Name != "东昌府区" || n.Degree != 3 {
		t.Errorf("unlisted region = %+v, %v", n, err)
	}
}
