package graphview

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/policygraph/policygraph/graphmodel"
)

var (
	_ fyne.Tappable          = (*View)(nil)
	_ fyne.DoubleTappable    = (*View)(nil)
	_ fyne.SecondaryTappable = (*View)(nil)
	_ fyne.Draggable         = (*View)(nil)
	_ fyne.Scrollable        = (*View)(nil)
	_ desktop.Hoverable      = (*View)(nil)
)

// dragState remembers what a drag started on.
type dragState struct {
	active bool
	node   string // "" when the drag pans the view
	before *Scene
}

// Tapped selects the node, badge or edge under the pointer, or clears the
// selection on the background. A tap on a "+N" badge asks for more.
func (v *View) Tapped(ev *fyne.PointEvent) {
	if id := v.badgeAt(ev.Position); id != "" {
		if v.OnMore != nil {
			v.OnMore(id)
		}
		return
	}
	if id := v.NodeAt(ev.Position); id != "" {
		v.Select(id)
		if v.OnSelect != nil {
			v.OnSelect(id)
		}
		return
	}
	if e, ok := v.EdgeAt(ev.Position); ok {
		v.SelectEdge(e.Key())
		if v.OnSelectEdge != nil {
			v.OnSelectEdge(e)
		}
		return
	}
	v.Select("")
	if v.OnSelect != nil {
		v.OnSelect("")
	}
}

// DoubleTapped asks to expand the node under the pointer.
func (v *View) DoubleTapped(ev *fyne.PointEvent) {
	id := v.NodeAt(ev.Position)
	if id == "" {
		return
	}
	v.Select(id)
	if v.OnExpand != nil {
		v.OnExpand(id)
	}
}

// TappedSecondary opens the node's context menu through OnMenu.
func (v *View) TappedSecondary(ev *fyne.PointEvent) {
	id := v.NodeAt(ev.Position)
	if id == "" || v.OnMenu == nil {
		return
	}
	v.Select(id)
	v.OnMenu(id, ev.Position)
}

// Dragged moves and pins the node the drag started on, or pans the view
// when it started on the background.
func (v *View) Dragged(ev *fyne.DragEvent) {
	if !v.dragging.active {
		start := ev.Position.Subtract(ev.Dragged)
		v.dragging = dragState{active: true, node: v.NodeAt(start)}
		if v.dragging.node != "" {
			v.dragging.before = v.scene.Clone()
		}
	}
	if id := v.dragging.node; id != "" {
		p := v.scene.Pos[id]
		v.scene.Pos[id] = fyne.NewPos(p.X+ev.Dragged.DX/v.zoom, p.Y+ev.Dragged.DY/v.zoom)
		v.scene.Pinned[id] = true
	} else {
		v.offset = v.offset.Add(ev.Dragged)
	}
	v.Refresh()
}

// DragEnd finishes a drag; moving a node is reported through OnEdit.
func (v *View) DragEnd() {
	d := v.dragging
	v.dragging = dragState{}
	if d.node != "" && v.OnEdit != nil {
		v.OnEdit("pin", d.before)
	}
}

// Scrolled zooms around the pointer.
func (v *View) Scrolled(ev *fyne.ScrollEvent) {
	f := float32(math.Exp(float64(ev.Scrolled.DY) * 0.01))
	v.zoomAt(ev.Position, f)
}

// MouseIn implements desktop.Hoverable.
func (v *View) MouseIn(ev *desktop.MouseEvent) { v.MouseMoved(ev) }

// MouseMoved highlights the node or edge under the pointer, which shows
// an edge's predicate.
func (v *View) MouseMoved(ev *desktop.MouseEvent) {
	node := v.NodeAt(ev.Position)
	edge := ""
	if node == "" {
		if e, ok := v.EdgeAt(ev.Position); ok {
			edge = e.Key()
		}
	}
	if node == v.hover && edge == v.hoverE {
		return
	}
	v.hover, v.hoverE = node, edge
	v.Refresh()
}

// MouseOut implements desktop.Hoverable.
func (v *View) MouseOut() {
	if v.hover == "" && v.hoverE == "" {
		return
	}
	v.hover, v.hoverE = "", ""
	v.Refresh()
}

// NodeAt returns the id of the node drawn at p (relative to the view), or
// "". Later nodes are drawn on top and win. O(nodes).
func (v *View) NodeAt(p fyne.Position) string {
	for i := len(v.scene.Nodes) - 1; i >= 0; i-- {
		n := v.scene.Nodes[i]
		c := v.toScreen(v.scene.Pos[n.ID])
		rad := max(v.radius(i)*v.zoom, 2) + 2
		dx, dy := p.X-c.X, p.Y-c.Y
		if dx*dx+dy*dy <= rad*rad {
			return n.ID
		}
	}
	return ""
}

// badgeAt returns the id of the node whose "+N" badge is at p, or "".
func (v *View) badgeAt(p fyne.Position) string {
	for i := len(v.scene.Nodes) - 1; i >= 0; i-- {
		n := v.scene.Nodes[i]
		text := badgeLabel(v.scene.More[n.ID])
		if text == "" {
			continue
		}
		c := v.toScreen(v.scene.Pos[n.ID])
		if badgeBox(c, max(v.radius(i)*v.zoom, 2), text).contains(p) {
			return n.ID
		}
	}
	return ""
}

// edgeHitPx is how close, in pixels, a point must be to an edge to hit it.
const edgeHitPx = 5

// EdgeAt returns the edge drawn nearest to p within a few pixels.
// O(edges).
func (v *View) EdgeAt(p fyne.Position) (graphmodel.Edge, bool) {
	best, bestD := -1, float32(edgeHitPx)
	for i, e := range v.scene.Edges {
		a, b := v.toScreen(v.scene.Pos[e.From]), v.toScreen(v.scene.Pos[e.To])
		if d := segmentDistance(p, a, b); d <= bestD {
			best, bestD = i, d
		}
	}
	if best < 0 {
		return graphmodel.Edge{}, false
	}
	return v.scene.Edges[best], true
}

// segmentDistance returns the distance from p to the segment a-b.
func segmentDistance(p, a, b fyne.Position) float32 {
	dx, dy := b.X-a.X, b.Y-a.Y
	l2 := dx*dx + dy*dy
	t := float32(0)
	if l2 > 0 {
		t = clamp(((p.X-a.X)*dx+(p.Y-a.Y)*dy)/l2, 0, 1)
	}
	qx, qy := a.X+t*dx-p.X, a.Y+t*dy-p.Y
	return float32(math.Sqrt(float64(qx*qx + qy*qy)))
}
