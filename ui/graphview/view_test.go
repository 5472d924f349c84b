package graphview

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/policygraph/policygraph/graphmodel"
	"github.com/policygraph/policygraph/ui/internal/golden"
	"github.com/policygraph/policygraph/ui/uitheme"
)

// newTestView shows a view of a star in a 600×400 test window.
func newTestView(t *testing.T, n, more int) (*View, fyne.Window) {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(uitheme.Light())
	v := NewView()
	w := test.NewWindow(v)
	t.Cleanup(w.Close)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(600, 400))
	s := NewScene()
	s.Merge(star("p", n, more), "")
	v.SetScene(s)
	v.Fit()
	return v, w
}

func tapAt(v *View, id string) {
	p, _ := v.ScreenPos(id)
	v.Tapped(&fyne.PointEvent{Position: p})
}

func TestTapSelects(t *testing.T) {
	v, _ := newTestView(t, 4, 0)
	var got []string
	v.OnSelect = func(id string) { got = append(got, id) }
	tapAt(v, "p-2")
	v.Tapped(&fyne.PointEvent{Position: fyne.NewPos(2, 2)})
	if len(got) != 2 || got[0] != "p-2" || got[1] != "" {
		t.Fatalf("OnSelect calls = %q, want [p-2 \"\"]", got)
	}
	if v.Selected() != "" {
		t.Errorf("selection %q after background tap", v.Selected())
	}
}

func TestTapEdgeSelectsEdge(t *testing.T) {
	v, _ := newTestView(t, 1, 0)
	var got graphmodel.Edge
	v.OnSelectEdge = func(e graphmodel.Edge) { got = e }
	a, _ := v.ScreenPos("p")
	b, _ := v.ScreenPos("p-0")
	v.Tapped(&fyne.PointEvent{Position: fyne.NewPos((a.X+b.X)/2, (a.Y+b.Y)/2)})
	if got.Predicate != "selected_for" {
		t.Errorf("tapped edge = %+v", got)
	}
}

func TestDoubleTapExpands(t *testing.T) {
	v, _ := newTestView(t, 3, 0)
	expanded := ""
	v.OnExpand = func(id string) { expanded = id }
	p, _ := v.ScreenPos("p-1")
	v.DoubleTapped(&fyne.PointEvent{Position: p})
	if expanded != "p-1" {
		t.Errorf("expanded %q, want p-1", expanded)
	}
}

func TestBadgeAsksForMore(t *testing.T) {
	v, _ := newTestView(t, 3, 12)
	more := ""
	v.OnMore = func(id string) { more = id }
	c, _ := v.ScreenPos("p")
	box := badgeBox(c, v.radius(0)*v.Zoom(), "+12")
	v.Tapped(&fyne.PointEvent{Position: box.Position.Add(fyne.NewPos(box.Width/2, box.Height/2))})
	if more != "p" {
		t.Errorf("OnMore(%q), want p", more)
	}
}

func TestDragNodePins(t *testing.T) {
	v, _ := newTestView(t, 3, 0)
	var label string
	var before *Scene
	v.OnEdit = func(l string, b *Scene) { label, before = l, b }
	start, _ := v.ScreenPos("p-0")
	world := v.Positions()["p-0"]
	v.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: start.Add(fyne.NewPos(30, 0))}, Dragged: fyne.NewDelta(30, 0)})
	v.DragEnd()
	if label != "pin" || before == nil || before.Pinned["p-0"] {
		t.Fatalf("OnEdit(%q, %v): want pin with the unpinned scene", label, before)
	}
	if !v.Scene().Pinned["p-0"] {
		t.Error("dragged node is not pinned")
	}
	if got := v.Positions()["p-0"]; got.X <= world.X {
		t.Errorf("node did not move right: %v -> %v", world, got)
	}
}

func TestDragBackgroundPans(t *testing.T) {
	v, _ := newTestView(t, 3, 0)
	before, _ := v.ScreenPos("p")
	v.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(25, 25)}, Dragged: fyne.NewDelta(20, 10)})
	v.DragEnd()
	after, _ := v.ScreenPos("p")
	if after.X-before.X != 20 || after.Y-before.Y != 10 {
		t.Errorf("pan moved %v -> %v, want +20,+10", before, after)
	}
	if v.Scene().Pinned["p"] {
		t.Error("panning pinned a node")
	}
}

func TestScrollZoomsAroundPointer(t *testing.T) {
	v, _ := newTestView(t, 3, 0)
	p, _ := v.ScreenPos("p-0")
	z := v.Zoom()
	v.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: p}, Scrolled: fyne.NewDelta(0, 50)})
	if v.Zoom() <= z {
		t.Errorf("zoom %v -> %v, want larger", z, v.Zoom())
	}
	q, _ := v.ScreenPos("p-0")
	if d := q.Subtract(p); d.X*d.X+d.Y*d.Y > 0.01 {
		t.Errorf("node under the pointer moved from %v to %v", p, q)
	}
}

func TestFitShowsEveryNode(t *testing.T) {
	v, _ := newTestView(t, 30, 0)
	v.ZoomBy(3)
	v.Fit()
	size := v.Size()
	for _, id := range v.Scene().IDs() {
		p, _ := v.ScreenPos(id)
		if p.X < 0 || p.Y < 0 || p.X > size.Width || p.Y > size.Height {
			t.Errorf("%s at %v outside %v after Fit", id, p, size)
		}
	}
}

func TestSetSceneClearsStaleSelection(t *testing.T) {
	v, _ := newTestView(t, 3, 0)
	v.Select("p-1")
	s := v.Scene()
	s.Remove("p-1")
	v.SetScene(s)
	if v.Selected() != "" {
		t.Errorf("selection %q survived its node's removal", v.Selected())
	}
}

func TestCapture(t *testing.T) {
	v, w := newTestView(t, 8, 5)
	tapAt(v, "p")
	golden.Assert(t, "star.png", w.Canvas().Capture())
}

func TestHoverShowsEdgePredicate(t *testing.T) {
	v, _ := newTestView(t, 1, 0)
	a, _ := v.ScreenPos("p")
	b, _ := v.ScreenPos("p-0")
	v.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos((a.X+b.X)/2, (a.Y+b.Y)/2)}})
	r := test.WidgetRenderer(v).(*renderer)
	if !r.tags[0].text.Visible() || r.tags[0].text.Text != "入选" {
		t.Errorf("hovered edge tag %q visible %v, want 入选", r.tags[0].text.Text, r.tags[0].text.Visible())
	}
	v.MouseOut()
	if r.tags[0].text.Visible() {
		t.Error("tag still shown after the pointer left")
	}
}
