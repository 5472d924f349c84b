package explorer

import (
	"testing"

	"github.com/policygraph/policygraph/graphmodel"
	"github.com/policygraph/policygraph/ui/graphview"
	"github.com/policygraph/policygraph/ui/internal/golden"
)

// assertGolden compares a capture of the window with testdata/name,
// rewriting it first with -update.
func assertGolden(t *testing.T, e *Explorer, name string) {
	t.Helper()
	golden.Assert(t, name, e.Window().Canvas().Capture())
}

// ringPlace puts the canvas nodes on rings around centre with the
// scene's own placement, so that the graph captures test drawing and not
// the layout engine, which has tests of its own.
func ringPlace(e *Explorer, centre string) {
	s := e.view.Scene()
	n, _ := s.Node(centre)
	nodes := []graphmodel.Node{n}
	for _, m := range s.Nodes {
		if m.ID != centre {
			nodes = append(nodes, m)
		}
	}
	fresh := graphview.NewScene()
	fresh.Merge(graphmodel.Subgraph{Nodes: nodes}, "")
	e.view.SetPositions(fresh.Pos)
	e.view.Fit()
}

func TestGoldenViews(t *testing.T) {
	tests := map[string]struct {
		setup func(t *testing.T, e *Explorer)
	}{
		"graph": {setup: func(t *testing.T, e *Explorer) {
			mustFocus(t, e, "town/堂邑镇")
			if err := e.Expand(hub); err != nil {
				t.Fatal(err)
			}
			ringPlace(e, hub)
			e.Select(hub)
		}},
		"graph_dark": {setup: func(t *testing.T, e *Explorer) {
			e.toggleTheme()
			mustFocus(t, e, "town/堂邑镇")
			ringPlace(e, "town/堂邑镇")
			e.Select("town/堂邑镇")
		}},
		"matrix": {setup: func(t *testing.T, e *Explorer) {
			e.tabs.SelectIndex(1)
		}},
		"indicators": {setup: func(t *testing.T, e *Explorer) {
			e.tabs.SelectIndex(2)
		}},
		"documents": {setup: func(t *testing.T, e *Explorer) {
			e.tabs.SelectIndex(3)
			e.docs.list.Select(0)
		}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			e := newTestExplorer(t)
			tc.setup(t, e)
			assertGolden(t, e, name+".png")
		})
	}
}
