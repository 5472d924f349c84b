package graphview

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"github.com/policygraph/policygraph/style"
)

// layoutEdges places and colours every edge line; lines entirely outside
// the view are hidden.
func (r *renderer) layoutEdges(size fyne.Size) {
	v := r.v
	primary := theme.Color(theme.ColorNamePrimary)
	for i, e := range v.scene.Edges {
		l := r.edges[i]
		a, b := v.toScreen(v.scene.Pos[e.From]), v.toScreen(v.scene.Pos[e.To])
		if offscreen(a, b, size) {
			l.Hide()
			continue
		}
		l.Show()
		l.Position1, l.Position2 = a, b
		l.StrokeColor, l.StrokeWidth = r.edgeLook(e.Key(), e.From, e.To, primary)
		l.Refresh()
	}
}

// edgeLook returns an edge's colour and width: selected and marked edges
// and those of the selected node stand out.
func (r *renderer) edgeLook(key, from, to string, primary color.Color) (color.Color, float32) {
	v := r.v
	w := float32(style.EdgeWidth) * max(1, min(v.zoom, 2))
	switch {
	case key == v.selEdge:
		return primary, w + 2.5
	case key == v.hoverE:
		return primary, w + 1
	case v.marked[from] && v.marked[to]:
		return primary, w + 2
	case from == v.selected || to == v.selected:
		return primary, w + 0.5
	}
	return style.EdgeColor, w
}

// offscreen reports whether the segment a-b lies entirely on one side
// outside the view.
func offscreen(a, b fyne.Position, size fyne.Size) bool {
	return (a.X < 0 && b.X < 0) || (a.Y < 0 && b.Y < 0) ||
		(a.X > size.Width && b.X > size.Width) || (a.Y > size.Height && b.Y > size.Height)
}

// layoutNodes places every node's shape, label, pin mark and badge.
func (r *renderer) layoutNodes(size fyne.Size) {
	v := r.v
	fg := theme.Color(theme.ColorNameForeground)
	scales := r.labelScales(size)
	for i, n := range v.scene.Nodes {
		o := r.nodes[i]
		c := v.toScreen(v.scene.Pos[n.ID])
		rad := max(v.radius(i)*v.zoom, 2)
		lab := v.labelSize(i)
		if c.X+lab.Width*v.zoom/2 < 0 || c.X-lab.Width*v.zoom/2 > size.Width || c.Y+rad+lab.Height*v.zoom < 0 || c.Y-rad > size.Height {
			o.hide()
			continue
		}
		st := style.ForType(n.Type)
		r.placeShape(o.shape, c, rad, n.ID, st)
		r.placeLabel(o, c, rad, lab, scales[i], st, fg)
		r.placePin(o.pin, c, rad, v.scene.Pinned[n.ID], fg)
		r.placeBadge(o, c, rad, v.scene.More[n.ID])
	}
}

func (o nodeObj) hide() {
	o.shape.Hide()
	o.halo.Hide()
	o.label.Hide()
	o.pin.Hide()
	o.badge.Hide()
	o.badgeText.Hide()
}

// placeShape moves and resizes a node's shape and sets its outline: the
// selected node gets a thick outline in the theme's primary colour.
func (r *renderer) placeShape(obj fyne.CanvasObject, c fyne.Position, rad float32, id string, st style.TypeStyle) {
	stroke, width := color.Color(st.Stroke), float32(1)
	if id == r.v.selected {
		stroke, width = theme.Color(theme.ColorNamePrimary), 3
	} else if id == r.v.hover || r.v.marked[id] {
		stroke, width = theme.Color(theme.ColorNamePrimary), 2
	}
	switch s := obj.(type) {
	case *canvas.Circle:
		s.StrokeColor, s.StrokeWidth = stroke, width
	case *canvas.Rectangle:
		s.StrokeColor, s.StrokeWidth = stroke, width
		s.CornerRadius = st.Shape.CornerRadius(rad)
	case *canvas.Polygon:
		s.StrokeColor, s.StrokeWidth = stroke, width
	}
	obj.Move(fyne.NewPos(c.X-rad, c.Y-rad))
	obj.Resize(fyne.NewSize(2*rad, 2*rad))
	obj.Show()
	obj.Refresh()
}

// placeLabel puts the label under the shape, drawn at scale (0 hides
// it, see labelScales), on a translucent halo that keeps it readable
// across edges.
func (r *renderer) placeLabel(o nodeObj, c fyne.Position, rad float32, lab fyne.Size, scale float32, st style.TypeStyle, fg color.Color) {
	v := r.v
	t := o.label
	if scale == 0 {
		t.Hide()
		o.halo.Hide()
		return
	}
	t.TextSize = st.FontSize * scale
	t.Color = fg
	pos := fyne.NewPos(c.X-lab.Width*scale/2, c.Y+rad+labelGap*v.zoom)
	box := fyne.NewSize(lab.Width*scale, lab.Height*scale)
	t.Move(pos)
	t.Resize(box)
	o.halo.FillColor = withAlpha(theme.Color(theme.ColorNameBackground), 0xC8)
	o.halo.Move(pos.SubtractXY(2, 0))
	o.halo.Resize(box.AddWidthHeight(4, 0))
	o.halo.Show()
	o.halo.Refresh()
	t.Show()
	t.Refresh()
}

// withAlpha returns c with its alpha replaced by a.
func withAlpha(c color.Color, a uint8) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = a
	return n
}

// placePin draws a small dot on the upper left of a pinned node.
func (r *renderer) placePin(p *canvas.Circle, c fyne.Position, rad float32, pinned bool, fg color.Color) {
	if !pinned {
		p.Hide()
		return
	}
	d := max(rad*0.5, 4)
	p.FillColor = fg
	p.Move(fyne.NewPos(c.X-rad-d/3, c.Y-rad-d/3))
	p.Resize(fyne.NewSize(d, d))
	p.Show()
	p.Refresh()
}

// placeBadge draws "+N" at the upper right of a node whose expansion left
// neighbours out. The badge keeps its size whatever the zoom so that it
// stays easy to hit.
func (r *renderer) placeBadge(o nodeObj, c fyne.Position, rad float32, more int) {
	text := badgeLabel(more)
	if text == "" {
		o.badge.Hide()
		o.badgeText.Hide()
		return
	}
	box := badgeBox(c, rad, text)
	o.badge.FillColor = theme.Color(theme.ColorNamePrimary)
	o.badge.Move(box.Position)
	o.badge.Resize(box.Size)
	o.badgeText.Text = text
	o.badgeText.Color = theme.Color(theme.ColorNameForegroundOnPrimary)
	ts := fyne.MeasureText(text, badgeSize, o.badgeText.TextStyle)
	o.badgeText.Move(fyne.NewPos(box.Position.X+(box.Size.Width-ts.Width)/2, box.Position.Y+(box.Size.Height-ts.Height)/2))
	o.badgeText.Resize(ts)
	o.badge.Show()
	o.badgeText.Show()
	o.badge.Refresh()
	o.badgeText.Refresh()
}

// rect is a screen rectangle.
type rect struct {
	fyne.Position
	fyne.Size
}

// overlaps reports whether b and o share interior points.
func (b rect) overlaps(o rect) bool {
	return b.X < o.X+o.Width && o.X < b.X+b.Width && b.Y < o.Y+o.Height && o.Y < b.Y+b.Height
}

func (b rect) contains(p fyne.Position) bool {
	return p.X >= b.Position.X && p.Y >= b.Position.Y && p.X <= b.Position.X+b.Size.Width && p.Y <= b.Position.Y+b.Size.Height
}

// badgeBox returns the screen box of a node's "+N" badge.
func badgeBox(c fyne.Position, rad float32, text string) rect {
	ts := fyne.MeasureText(text, badgeSize, fyne.TextStyle{Bold: true})
	w, h := ts.Width+10, ts.Height+2
	return rect{fyne.NewPos(c.X+rad*0.6, c.Y-rad-h*0.6), fyne.NewSize(w, h)}
}

// layoutTags shows the predicate of the hovered and selected edges, of
// marked edges, and of the edges of the selected node unless it has so
// many that the tags would bury the picture; at most maxEdgeTag in all.
func (r *renderer) layoutTags() {
	v := r.v
	used := 0
	selTags := v.selected != "" && r.edgeCount(v.selected) <= maxNodeTags
	bg := theme.Color(theme.ColorNameOverlayBackground)
	fg := theme.Color(theme.ColorNameForeground)
	for _, e := range v.scene.Edges {
		if used == len(r.tags) {
			break
		}
		k := e.Key()
		ofSel := selTags && (e.From == v.selected || e.To == v.selected)
		if k != v.selEdge && k != v.hoverE && !ofSel && !(v.marked[e.From] && v.marked[e.To]) {
			continue
		}
		a, b := v.toScreen(v.scene.Pos[e.From]), v.toScreen(v.scene.Pos[e.To])
		text := edgeText(e.Predicate, e.Status)
		t := r.tags[used]
		ts := fyne.MeasureText(text, style.EdgeLabelFontSize, fyne.TextStyle{})
		mid := fyne.NewPos((a.X+b.X)/2-ts.Width/2, (a.Y+b.Y)/2-ts.Height/2)
		t.text.Text, t.text.TextSize, t.text.Color = text, style.EdgeLabelFontSize, fg
		t.text.Move(mid)
		t.text.Resize(ts)
		t.bg.FillColor = bg
		t.bg.Move(fyne.NewPos(mid.X-3, mid.Y-1))
		t.bg.Resize(fyne.NewSize(ts.Width+6, ts.Height+2))
		t.bg.Show()
		t.text.Show()
		t.bg.Refresh()
		t.text.Refresh()
		used++
	}
	for _, t := range r.tags[used:] {
		t.bg.Hide()
		t.text.Hide()
	}
}

// edgeCount returns the number of edges on the scene that touch id.
func (r *renderer) edgeCount(id string) int {
	n := 0
	for _, e := range r.v.scene.Edges {
		if e.From == id || e.To == id {
			n++
		}
	}
	return n
}

// edgeText is the tag of an edge: its predicate's display name, with the
// status phrase when there is one.
func edgeText(predicate, status string) string {
	name := style.PredicateName(predicate)
	if status != "" && status != name {
		return name + "·" + status
	}
	return name
}
