package graphview

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/policygraph/policygraph/graphmodel"
)

// Zoom limits of the canvas.
const (
	MinZoom = 0.05
	MaxZoom = 4
)

// View is the graph canvas widget. Create it with NewView; call its
// methods on the UI goroutine.
type View struct {
	widget.BaseWidget

	scene    *Scene
	zoom     float32
	offset   fyne.Position // screen position of the world origin
	selected string        // selected node id
	selEdge  string        // selected edge key
	hover    string        // hovered node id
	hoverE   string        // hovered edge key
	marked   map[string]bool
	dragging dragState
	revision int // bumped whenever the scene's content changes
	labels   []fyne.Size
	labelRev int

	// OnSelect is called with the id of a tapped node, or "" when the
	// background is tapped.
	OnSelect func(id string)
	// OnSelectEdge is called with a tapped edge.
	OnSelectEdge func(e graphmodel.Edge)
	// OnExpand is called when a node is double-tapped.
	OnExpand func(id string)
	// OnMore is called when a node's "+N more" badge is tapped.
	OnMore func(id string)
	// OnMenu is called on a secondary tap of a node, at a position
	// relative to the view.
	OnMenu func(id string, at fyne.Position)
	// OnEdit is called with the scene as it was before the user changed
	// it directly on the canvas (dragging a node pins it), so that the
	// change can be undone.
	OnEdit func(label string, before *Scene)
}

var _ fyne.Widget = (*View)(nil)

// NewView returns an empty canvas.
func NewView() *View {
	v := &View{scene: NewScene(), zoom: 1, marked: map[string]bool{}}
	v.ExtendBaseWidget(v)
	return v
}

// CreateRenderer implements fyne.Widget.
func (v *View) CreateRenderer() fyne.WidgetRenderer {
	return newRenderer(v)
}

// MinSize keeps the canvas usable in a split.
func (v *View) MinSize() fyne.Size { return fyne.NewSize(200, 150) }

// Scene returns a copy of what the canvas shows, for undo snapshots.
func (v *View) Scene() *Scene { return v.scene.Clone() }

// SetScene replaces what the canvas shows. The view keeps s: pass a clone
// if the caller goes on changing it. A selection that is no longer on the
// scene is cleared.
func (v *View) SetScene(s *Scene) {
	v.scene = s
	if !s.Has(v.selected) {
		v.selected = ""
	}
	if !v.hasEdge(v.selEdge) {
		v.selEdge = ""
	}
	v.hover, v.hoverE = "", ""
	v.revision++
	v.Refresh()
}

// Selected returns the selected node id, or "".
func (v *View) Selected() string { return v.selected }

// Select marks node id as selected (or clears the selection for "")
// without calling OnSelect.
func (v *View) Select(id string) {
	v.selected = id
	v.selEdge = ""
	v.Refresh()
}

// SelectEdge marks the edge with this key (graphmodel.Edge.Key) as
// selected without calling OnSelectEdge.
func (v *View) SelectEdge(key string) {
	v.selEdge = key
	v.selected = ""
	v.Refresh()
}

// Mark highlights a set of nodes and the edges among them, e.g. a path;
// nil clears the marks.
func (v *View) Mark(ids []string) {
	v.marked = map[string]bool{}
	for _, id := range ids {
		v.marked[id] = true
	}
	v.Refresh()
}

// Zoom returns the current zoom factor.
func (v *View) Zoom() float32 { return v.zoom }

// ZoomBy multiplies the zoom by f around the centre of the view.
func (v *View) ZoomBy(f float32) {
	s := v.Size()
	v.zoomAt(fyne.NewPos(s.Width/2, s.Height/2), f)
}

// zoomAt multiplies the zoom by f keeping the world point under p fixed.
func (v *View) zoomAt(p fyne.Position, f float32) {
	z := clamp(v.zoom*f, MinZoom, MaxZoom)
	w := v.toWorld(p)
	v.zoom = z
	v.offset = fyne.NewPos(p.X-w.X*z, p.Y-w.Y*z)
	v.Refresh()
}

// CenterOn moves the view so that node id is in the middle, keeping the
// zoom. Unknown ids are ignored.
func (v *View) CenterOn(id string) {
	p, ok := v.scene.Pos[id]
	if !ok {
		return
	}
	s := v.Size()
	v.offset = fyne.NewPos(s.Width/2-p.X*v.zoom, s.Height/2-p.Y*v.zoom)
	v.Refresh()
}

// Fit zooms and pans so that every node and label is in view.
func (v *View) Fit() {
	if len(v.scene.Nodes) == 0 {
		return
	}
	minP, maxP := v.worldBounds()
	s := v.Size()
	const margin = 24
	w := max(maxP.X-minP.X, 1)
	h := max(maxP.Y-minP.Y, 1)
	z := min((s.Width-2*margin)/w, (s.Height-2*margin)/h)
	v.zoom = clamp(z, MinZoom, 1.5)
	cx, cy := (minP.X+maxP.X)/2, (minP.Y+maxP.Y)/2
	v.offset = fyne.NewPos(s.Width/2-cx*v.zoom, s.Height/2-cy*v.zoom)
	v.Refresh()
}

// Positions returns a copy of every node's world position.
func (v *View) Positions() map[string]fyne.Position {
	out := make(map[string]fyne.Position, len(v.scene.Pos))
	for k, p := range v.scene.Pos {
		out[k] = p
	}
	return out
}

// SetPositions moves nodes to new world positions (e.g. a layout step)
// without counting as a change of content. Pinned nodes keep their place,
// so a layout still running cannot take a node from under the pointer.
func (v *View) SetPositions(pos map[string]fyne.Position) {
	for id, p := range pos {
		if v.scene.Has(id) && !v.scene.Pinned[id] {
			v.scene.Pos[id] = p
		}
	}
	v.Refresh()
}

// ScreenPos returns where node id is drawn, relative to the view.
func (v *View) ScreenPos(id string) (fyne.Position, bool) {
	p, ok := v.scene.Pos[id]
	if !ok {
		return fyne.Position{}, false
	}
	return v.toScreen(p), true
}

func (v *View) toScreen(w fyne.Position) fyne.Position {
	return fyne.NewPos(w.X*v.zoom+v.offset.X, w.Y*v.zoom+v.offset.Y)
}

func (v *View) toWorld(p fyne.Position) fyne.Position {
	return fyne.NewPos((p.X-v.offset.X)/v.zoom, (p.Y-v.offset.Y)/v.zoom)
}

func (v *View) hasEdge(key string) bool {
	if key == "" {
		return false
	}
	for _, e := range v.scene.Edges {
		if e.Key() == key {
			return true
		}
	}
	return false
}

func clamp(x, lo, hi float32) float32 {
	return max(lo, min(hi, x))
}
