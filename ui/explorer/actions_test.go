package explorer

import (
	"reflect"
	"sort"
	"testing"

	"fyne.io/fyne/v2"
)

const hub = "policy/和美乡村"

func onCanvas(e *Explorer) []string {
	ids := e.view.Scene().IDs()
	sort.Strings(ids)
	return ids
}

func mustFocus(t *testing.T, e *Explorer, id string) {
	t.Helper()
	if err := e.Focus(id); err != nil {
		t.Fatal(err)
	}
}

func TestExpandHonoursTheCap(t *testing.T) {
	e := newTestExplorer(t)
	mustFocus(t, e, hub)
	s := e.view.Scene()
	// The hub has hubSize villages and 堂邑镇: 46 neighbours.
	if got := len(s.Nodes); got != DefaultCap+1 {
		t.Fatalf("%d nodes after focusing the hub, want the cap %d plus the hub", got, DefaultCap)
	}
	if got, want := s.More[hub], hubSize+1-DefaultCap; got != want {
		t.Errorf("badge shows +%d, want +%d", got, want)
	}
	if err := e.More(hub); err != nil {
		t.Fatal(err)
	}
	s = e.view.Scene()
	if got := len(s.Nodes); got != hubSize+2 {
		t.Errorf("%d nodes after +more, want all %d", got, hubSize+2)
	}
	if s.More[hub] != 0 {
		t.Errorf("badge still shows +%d", s.More[hub])
	}
}

func TestExpandKeepsExistingNodesInPlace(t *testing.T) {
	e := newTestExplorer(t)
	mustFocus(t, e, "town/堂邑镇")
	before := e.view.Positions()
	if err := e.Expand("policy/齐鲁样板"); err != nil {
		t.Fatal(err)
	}
	if err := e.Expand(hub); err != nil {
		t.Fatal(err)
	}
	after := e.view.Positions()
	if len(after) <= len(before) {
		t.Fatalf("expansion added nothing: %d -> %d nodes", len(before), len(after))
	}
	for id, p := range before {
		if after[id] != p {
			t.Errorf("%s moved from %v to %v", id, p, after[id])
		}
	}
	// The new nodes found places clear of every other node's box.
	boxes := e.view.LabelBoxes()
	for id, p := range after {
		if _, old := before[id]; old {
			continue
		}
		for other, q := range after {
			if other == id {
				continue
			}
			a, b := boxes[id], boxes[other]
			if abs32(p.X-q.X) < (a.Width+b.Width)/2 && abs32(p.Y-q.Y) < (a.Height+b.Height)/2 {
				t.Errorf("new node %s at %v overlaps %s at %v", id, p, other, q)
			}
		}
	}
}

func abs32(x float32) float32 { return max(x, -x) }

func TestDoubleTapExpands(t *testing.T) {
	e := newTestExplorer(t)
	mustFocus(t, e, "town/郑家镇")
	n := len(e.view.Scene().Nodes)
	mustFocus(t, e, "town/堂邑镇")
	p, _ := e.view.ScreenPos(hub)
	e.view.DoubleTapped(&fyne.PointEvent{Position: p})
	if got := len(e.view.Scene().Nodes); got <= n+2 {
		t.Errorf("double tap on the hub left %d nodes on the canvas", got)
	}
}

func TestUndoRedo(t *testing.T) {
	e := newTestExplorer(t)
	var states [][]string
	step := func(f func()) {
		f()
		states = append(states, onCanvas(e))
	}
	states = append(states, onCanvas(e))
	step(func() { mustFocus(t, e, "town/堂邑镇") })
	step(func() { _ = e.Expand(hub) })
	step(func() { e.Hide("town/堂邑镇") })
	step(func() { e.TogglePin(hub) })
	if !e.view.Scene().Pinned[hub] {
		t.Fatal("pin did not pin")
	}
	for i := len(states) - 2; i >= 0; i-- {
		e.Undo()
		if got := onCanvas(e); !reflect.DeepEqual(got, states[i]) {
			t.Fatalf("undo to step %d: canvas %v, want %v", i, got, states[i])
		}
	}
	if e.view.Scene().Pinned[hub] {
		t.Error("pin survived undo")
	}
	for i := 1; i < len(states); i++ {
		e.Redo()
		if got := onCanvas(e); !reflect.DeepEqual(got, states[i]) {
			t.Fatalf("redo to step %d: canvas %v, want %v", i, got, states[i])
		}
	}
	if !e.view.Scene().Pinned[hub] {
		t.Error("redo did not restore the pin")
	}
}

func TestUndoRestoresPositionsAfterDrag(t *testing.T) {
	e := newTestExplorer(t)
	mustFocus(t, e, "town/堂邑镇")
	before := e.view.Positions()
	p, _ := e.view.ScreenPos("town/堂邑镇")
	e.view.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: p.Add(fyne.NewPos(40, 0))}, Dragged: fyne.NewDelta(40, 0)})
	e.view.DragEnd()
	if e.view.Positions()["town/堂邑镇"] == before["town/堂邑镇"] {
		t.Fatal("drag did not move the node")
	}
	e.Undo()
	if got := e.view.Positions(); !reflect.DeepEqual(got, before) {
		t.Errorf("undo after drag: positions %v, want %v", got, before)
	}
}

func TestCollapse(t *testing.T) {
	e := newTestExplorer(t)
	mustFocus(t, e, hub)
	e.Collapse(hub)
	if got := onCanvas(e); !reflect.DeepEqual(got, []string{hub}) {
		t.Errorf("after collapse the canvas holds %v", got)
	}
}

func TestBackForward(t *testing.T) {
	e := newTestExplorer(t)
	mustFocus(t, e, "town/堂邑镇")
	mustFocus(t, e, "town/郑家镇")
	e.Select(hub)
	e.Back()
	if got := e.view.Selected(); got != "town/郑家镇" {
		t.Fatalf("back selects %q, want 郑家镇", got)
	}
	e.Back()
	if got := e.details.shown; got != "town/堂邑镇" {
		t.Fatalf("second back shows %q, want 堂邑镇", got)
	}
	e.Forward()
	if got := e.view.Selected(); got != "town/郑家镇" {
		t.Errorf("forward selects %q, want 郑家镇", got)
	}
}

func TestShortestPathMarksNodes(t *testing.T) {
	e := newTestExplorer(t)
	if err := e.ShowPath("town/郑家镇", "town/堂邑镇"); err == nil {
		t.Error("path between unconnected towns did not fail")
	}
	if err := e.ShowPath("town/堂邑镇", "town/示范村03"); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"town/堂邑镇", hub, "town/示范村03"} {
		if !e.view.Scene().Has(id) {
			t.Errorf("%s missing from the path on the canvas", id)
		}
	}
}

func TestArrangeIsUndoable(t *testing.T) {
	tests := map[string]func(*Explorer){
		"radial":  (*Explorer).RadialLayout,
		"grouped": (*Explorer).GroupedLayout,
		"rings":   (*Explorer).ToggleRings,
	}
	for name, arrange := range tests {
		t.Run(name, func(t *testing.T) {
			e := newTestExplorer(t)
			mustFocus(t, e, hub)
			e.Select(hub)
			before := e.view.Positions()
			arrange(e)
			after := e.view.Positions()
			if reflect.DeepEqual(before, after) {
				t.Fatal("layout moved nothing")
			}
			e.Undo()
			if got := e.view.Positions(); !reflect.DeepEqual(got, before) {
				t.Error("undo did not restore the positions")
			}
		})
	}
}

func TestToggleRingsChecksTheMenu(t *testing.T) {
	e := newTestExplorer(t)
	mustFocus(t, e, hub)
	for _, want := range []bool{true, false} {
		e.ToggleRings()
		if e.layout.rings != want || e.ringsItem.Checked != want {
			t.Errorf("rings %v, menu checked %v; want both %v", e.layout.rings, e.ringsItem.Checked, want)
		}
	}
}

func TestSecondPageStaysNearTheHub(t *testing.T) {
	e := newTestExplorer(t)
	mustFocus(t, e, hub)
	if err := e.More(hub); err != nil {
		t.Fatal(err)
	}
	h := e.view.Positions()[hub]
	for id, p := range e.view.Positions() {
		if d := p.Subtract(h); d.X*d.X+d.Y*d.Y > 1500*1500 {
			t.Errorf("%s flung to %v, hub at %v", id, p, h)
		}
	}
}
