package export

import (
	"math"
	"strconv"

	"github.com/policygraph/policygraph/style"
)

// Badge geometry, in scene units: the space around "+N" inside the badge,
// and where the badge sits on its node (as on the canvas: its left edge
// badgeShiftX outer radii right of the centre, its top badgeRise of its
// height above the shape).
const (
	badgePadX   = 5.0
	badgePadY   = 1.0
	badgeShiftX = 0.6
	badgeRise   = 0.6
	pillArcs    = 8 // segments per rounded end
)

// badgeText returns "+N" for a node with hidden neighbours, or "".
func badgeText(hidden int) string {
	if hidden <= 0 {
		return ""
	}
	return "+" + strconv.Itoa(hidden)
}

// badgeSize returns the width and height of the badge that reads s.
func badgeSize(fs *fontSet, s string) (w, h float64) {
	return fs.width(s, style.BadgeFontSize) + 2*badgePadX, fs.lineHeight(style.BadgeFontSize) + 2*badgePadY
}

// nodeBadge returns the "+N" badge of marker m, hidden neighbours left
// out, at the marker's upper right as the canvas draws it. Its Box is the
// badge's pill.
func nodeBadge(fs *fontSet, m marker, hidden int) drawnText {
	s := badgeText(hidden)
	w, h := badgeSize(fs, s)
	R := float64(m.Style.Shape.OuterRadius(float32(m.R)))
	left, top := m.X+badgeShiftX*R, m.Y-R-badgeRise*h
	t := textAt(fs, s, style.BadgeFontSize, left+w/2, top+badgePadY, style.BadgeText, badgeLabel)
	t.Box = rect{left, top, left + w, top + h}
	return t
}

// pill returns the outline of box r with fully rounded left and right
// ends.
func pill(r rect) [][2]float64 {
	rad := min(r.H(), r.W()) / 2
	cy := (r.MinY + r.MaxY) / 2
	pts := make([][2]float64, 0, 2*(pillArcs+1))
	for _, end := range [2]struct{ cx, from float64 }{{r.MaxX - rad, -math.Pi / 2}, {r.MinX + rad, math.Pi / 2}} {
		for i := 0; i <= pillArcs; i++ {
			a := end.from + math.Pi*float64(i)/pillArcs
			pts = append(pts, [2]float64{end.cx + rad*math.Cos(a), cy + rad*math.Sin(a)})
		}
	}
	return pts
}
