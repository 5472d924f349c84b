package graphview

import (
	"image/color"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"github.com/policygraph/policygraph/style"
)

// Drawing thresholds, in screen pixels.
const (
	minLabelPx  = 7  // labels smaller than this are drawn at smallLabelPx, where there is room
	badgeSize   = 11 // text size of the "+N" badge, not scaled with zoom
	maxEdgeTag  = 60 // predicate tags drawn at once at most
	maxNodeTags = 12 // the selected node's edges are tagged up to this many
)

// nodeObj is the drawing of one node.
type nodeObj struct {
	shape     fyne.CanvasObject
	halo      *canvas.Rectangle
	label     *canvas.Text
	badge     *canvas.Rectangle
	badgeText *canvas.Text
	pin       *canvas.Circle
}

// edgeTag is a predicate label drawn at an edge's midpoint.
type edgeTag struct {
	bg   *canvas.Rectangle
	text *canvas.Text
}

// renderer draws a View. It rebuilds its objects when the scene's
// content changes (View.revision) and only moves them on pan and zoom.
type renderer struct {
	v        *View
	bg       *canvas.Rectangle
	edges    []*canvas.Line
	nodes    []nodeObj
	tags     []edgeTag
	objects  []fyne.CanvasObject
	revision int
}

var _ fyne.WidgetRenderer = (*renderer)(nil)

func newRenderer(v *View) *renderer {
	r := &renderer{v: v, bg: canvas.NewRectangle(color.Transparent), revision: -1}
	r.rebuild()
	return r
}

// rebuild creates one set of canvas objects per edge and node. O(n + m).
func (r *renderer) rebuild() {
	s := r.v.scene
	r.edges = make([]*canvas.Line, len(s.Edges))
	for i := range s.Edges {
		r.edges[i] = canvas.NewLine(style.EdgeColor)
	}
	r.nodes = make([]nodeObj, len(s.Nodes))
	for i, n := range s.Nodes {
		r.nodes[i] = newNodeObj(n.Name, style.ForType(n.Type))
	}
	r.tags = make([]edgeTag, maxEdgeTag)
	for i := range r.tags {
		r.tags[i] = edgeTag{bg: canvas.NewRectangle(color.Transparent), text: canvas.NewText("", style.EdgeLabel)}
		r.tags[i].bg.CornerRadius = 3
	}
	r.objects = r.objects[:0]
	r.objects = append(r.objects, r.bg)
	for _, l := range r.edges {
		r.objects = append(r.objects, l)
	}
	for _, n := range r.nodes {
		r.objects = append(r.objects, n.shape, n.halo, n.label, n.pin)
	}
	for _, t := range r.tags {
		r.objects = append(r.objects, t.bg, t.text)
	}
	for _, n := range r.nodes {
		r.objects = append(r.objects, n.badge, n.badgeText)
	}
	r.revision = r.v.revision
}

// newNodeObj creates the shape, label, badge and pin mark of a node.
func newNodeObj(name string, st style.TypeStyle) nodeObj {
	o := nodeObj{
		shape:     newShape(st),
		halo:      canvas.NewRectangle(color.Transparent),
		label:     canvas.NewText(name, theme.Color(theme.ColorNameForeground)),
		badge:     canvas.NewRectangle(theme.Color(theme.ColorNamePrimary)),
		badgeText: canvas.NewText("", theme.Color(theme.ColorNameForegroundOnPrimary)),
		pin:       canvas.NewCircle(theme.Color(theme.ColorNameForeground)),
	}
	o.label.TextSize = st.FontSize
	o.halo.CornerRadius = 3
	o.badge.CornerRadius = 7
	o.badgeText.TextSize = badgeSize
	o.badgeText.TextStyle.Bold = true
	return o
}

// newShape returns the canvas primitive for a type's shape.
func newShape(st style.TypeStyle) fyne.CanvasObject {
	switch {
	case st.Shape == style.Circle:
		c := canvas.NewCircle(st.Fill)
		c.StrokeColor, c.StrokeWidth = st.Stroke, 1
		return c
	case st.Shape.Sides() == 0:
		rect := canvas.NewRectangle(st.Fill)
		rect.StrokeColor, rect.StrokeWidth = st.Stroke, 1
		return rect
	default:
		p := canvas.NewPolygon(uint(st.Shape.Sides()), st.Fill)
		p.Angle = st.Shape.Angle()
		p.StrokeColor, p.StrokeWidth = st.Stroke, 1
		return p
	}
}

// Layout places every object for the current pan and zoom.
func (r *renderer) Layout(size fyne.Size) {
	r.bg.Resize(size)
	r.layoutEdges(size)
	r.layoutNodes(size)
	r.layoutTags()
}

// MinSize implements fyne.WidgetRenderer.
func (r *renderer) MinSize() fyne.Size { return r.v.MinSize() }

// Objects implements fyne.WidgetRenderer.
func (r *renderer) Objects() []fyne.CanvasObject { return r.objects }

// Destroy implements fyne.WidgetRenderer.
func (r *renderer) Destroy() {}

// Refresh rebuilds the objects if the scene changed, then restyles and
// places them.
func (r *renderer) Refresh() {
	if r.revision != r.v.revision {
		r.rebuild()
	}
	r.Layout(r.v.Size())
	canvas.Refresh(r.v)
}

// badgeText returns the "+N" text for a node, or "" when nothing is left.
func badgeLabel(more int) string {
	if more <= 0 {
		return ""
	}
	return "+" + strconv.Itoa(more)
}
