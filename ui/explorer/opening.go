package explorer

import (
	"fmt"
	"slices"

	"github.com/policygraph/policygraph/extract"
	"github.com/policygraph/policygraph/graphmodel"
)

// openingCap is the most neighbours the opening view shows around the
// best connected entity: enough for a district's towns and programmes.
const openingCap = 2 * DefaultCap

// focusTop opens an empty canvas on the best connected entity (usually
// the district) so that the window starts on something.
func (e *Explorer) focusTop() {
	if len(e.view.Scene().Nodes) > 0 {
		return
	}
	nodes, err := e.st.Nodes(e.ctx, nil)
	if err != nil || len(nodes) == 0 {
		e.report(err)
		return
	}
	e.report(e.Open(nodes[0].ID))
}

// Open puts node id on the canvas with its neighbours other than
// indicators (towns, enterprises, projects, programmes, organisations:
// the entities that say what a place is doing), up to openingCap, fitted
// to the view. A district's indicators run to hundreds and would bury the
// rest; they stay behind the node's "+N" badge and in the indicators view.
// Without such neighbours it focuses id like Focus.
func (e *Explorer) Open(id string) error {
	n, err := e.st.Node(e.ctx, id)
	if err != nil {
		return fmt.Errorf("open %s: %w", id, err)
	}
	f := e.filter()
	f.Types, f.Limit = withoutIndicators(f.Types), openingCap
	if len(f.Types) == 0 {
		return e.focusThen(id, e.view.Fit)
	}
	sub, err := e.st.Expand(e.ctx, id, f, 0)
	if err != nil {
		return fmt.Errorf("open %s: %w", id, err)
	}
	if len(sub.Nodes) <= 1 || e.view.Scene().Has(id) {
		return e.focusThen(id, e.view.Fit)
	}
	before := e.view.Scene()
	s := before.Clone()
	s.Merge(graphmodel.Subgraph{Nodes: []graphmodel.Node{n}}, "")
	s.Merge(sub, id)
	if err := e.finishPage(s, id); err != nil {
		return err
	}
	e.commit("打开 "+n.Name, before, s, e.view.Fit)
	e.Select(id)
	e.tabs.SelectIndex(0)
	return nil
}

// withoutIndicators returns the checked types (nil: all) less indicators.
func withoutIndicators(types []string) []string {
	if types == nil {
		types = extract.Types
	}
	return slices.DeleteFunc(slices.Clone(types), func(t string) bool { return t == extract.TypeIndicator })
}
