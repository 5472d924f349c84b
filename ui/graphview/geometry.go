package graphview

import (
	"fyne.io/fyne/v2"

	"github.com/policygraph/policygraph/style"
)

// labelGap is the space in world units between a shape and its label.
const labelGap = style.LabelGap

// labelSize returns the size in world units (zoom 1) of node i's label,
// measuring each label once per scene revision. O(1) amortised.
func (v *View) labelSize(i int) fyne.Size {
	if v.labelRev != v.revision || len(v.labels) != len(v.scene.Nodes) {
		v.labels = make([]fyne.Size, len(v.scene.Nodes))
		v.labelRev = v.revision
	}
	if v.labels[i].Width == 0 {
		n := v.scene.Nodes[i]
		v.labels[i] = fyne.MeasureText(n.Name, style.ForType(n.Type).FontSize, fyne.TextStyle{})
	}
	return v.labels[i]
}

// radius returns node i's outer radius in world units.
func (v *View) radius(i int) float32 {
	st := style.ForType(v.scene.Nodes[i].Type)
	return st.Shape.OuterRadius(st.Radius)
}

// nodeBox returns the world-space box of node i's shape and label.
func (v *View) nodeBox(i int) (fyne.Position, fyne.Position) {
	p := v.scene.Pos[v.scene.Nodes[i].ID]
	r := v.radius(i)
	l := v.labelSize(i)
	half := max(r, l.Width/2)
	return fyne.NewPos(p.X-half, p.Y-r), fyne.NewPos(p.X+half, p.Y+r+labelGap+l.Height)
}

// worldBounds returns the box around every node and label.
func (v *View) worldBounds() (fyne.Position, fyne.Position) {
	lo, hi := v.nodeBox(0)
	for i := 1; i < len(v.scene.Nodes); i++ {
		a, b := v.nodeBox(i)
		lo = fyne.NewPos(min(lo.X, a.X), min(lo.Y, a.Y))
		hi = fyne.NewPos(max(hi.X, b.X), max(hi.Y, b.Y))
	}
	return lo, hi
}

// LabelBoxes returns, per node id, the width and height in world units of
// a box centred on the node that holds its shape and its label (which
// hangs below the shape), for a layout that keeps boxes apart.
func (v *View) LabelBoxes() map[string]fyne.Size {
	out := make(map[string]fyne.Size, len(v.scene.Nodes))
	for i, n := range v.scene.Nodes {
		r := v.radius(i)
		l := v.labelSize(i)
		out[n.ID] = fyne.NewSize(max(2*r, l.Width), 2*(r+labelGap+l.Height))
	}
	return out
}
