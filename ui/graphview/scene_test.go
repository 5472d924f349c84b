package graphview

import (
	"reflect"
	"testing"

	"github.com/policygraph/policygraph/graphmodel"
)

func TestMergeKeepsExistingPositions(t *testing.T) {
	s := NewScene()
	s.Merge(star("p", 3, 0), "")
	before := s.Clone()
	added := s.Merge(graphmodel.Subgraph{
		Nodes: []graphmodel.Node{{ID: "p-0", Type: "town", Name: "x"}, {ID: "q", Type: "project", Name: "新项目"}},
		Edges: []graphmodel.Edge{{From: "q", To: "p-0", Predicate: "located_in"}, {From: "p-0", To: "p", Predicate: "selected_for"}},
	}, "p-0")
	if !reflect.DeepEqual(added, []string{"q"}) {
		t.Fatalf("added = %v, want [q]", added)
	}
	for id, p := range before.Pos {
		if s.Pos[id] != p {
			t.Errorf("%s moved from %v to %v", id, p, s.Pos[id])
		}
	}
	if len(s.Edges) != 4 {
		t.Errorf("edges = %d, want 4 (duplicate not added)", len(s.Edges))
	}
	parent, child := s.Pos["p-0"], s.Pos["q"]
	if d := parent.Subtract(child); d.X*d.X+d.Y*d.Y > 2*ringGap*ringGap {
		t.Errorf("new node at %v is far from its parent at %v", child, parent)
	}
}

func TestMergeRecordsHidden(t *testing.T) {
	s := NewScene()
	s.Merge(star("p", 2, 7), "")
	if s.More["p"] != 7 {
		t.Errorf("More[p] = %d, want 7", s.More["p"])
	}
}

func TestAddEdgesSkipsMissingEndpoints(t *testing.T) {
	s := NewScene()
	s.Merge(star("p", 1, 0), "")
	s.AddEdges([]graphmodel.Edge{{From: "p", To: "elsewhere", Predicate: "supports"}})
	if len(s.Edges) != 1 {
		t.Errorf("edges = %d, want 1", len(s.Edges))
	}
}

func TestRemove(t *testing.T) {
	s := NewScene()
	s.Merge(star("p", 3, 0), "")
	s.Pinned["p-1"] = true
	s.Remove("p-1")
	if s.Has("p-1") || s.Pinned["p-1"] {
		t.Error("p-1 still on the scene")
	}
	if len(s.Nodes) != 3 || len(s.Edges) != 2 {
		t.Errorf("nodes %d edges %d, want 3 and 2", len(s.Nodes), len(s.Edges))
	}
}

func TestLeaves(t *testing.T) {
	tests := map[string]struct {
		extra  []graphmodel.Edge
		pinned string
		want   []string
	}{
		"all leaves":     {want: []string{"p-0", "p-1", "p-2"}},
		"shared node":    {extra: []graphmodel.Edge{{From: "p-0", To: "p-1", Predicate: "part_of"}}, want: []string{"p-2"}},
		"pinned kept":    {pinned: "p-2", want: []string{"p-0", "p-1"}},
		"parallel edges": {extra: []graphmodel.Edge{{From: "p", To: "p-0", Predicate: "supports"}}, want: []string{"p-0", "p-1", "p-2"}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			s := NewScene()
			s.Merge(star("p", 3, 0), "")
			s.AddEdges(tc.extra)
			if tc.pinned != "" {
				s.Pinned[tc.pinned] = true
			}
			if got := s.Leaves("p"); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Leaves = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestCloneIsIndependent(t *testing.T) {
	s := NewScene()
	s.Merge(star("p", 2, 1), "")
	c := s.Clone()
	c.Remove("p-0")
	c.Pinned["p"] = true
	c.More["p"] = 9
	if !s.Has("p-0") || s.Pinned["p"] || s.More["p"] != 1 || len(s.Edges) != 2 {
		t.Error("changing the clone changed the original")
	}
}
