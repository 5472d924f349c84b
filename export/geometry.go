package export

import "math"

// rect is an axis-aligned box in scene units (pixels at scale 1).
type rect struct{ MinX, MinY, MaxX, MaxY float64 }

// emptyRect is the identity of union: it contains nothing.
var emptyRect = rect{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}

// union returns the smallest box containing r and o.
func (r rect) union(o rect) rect {
	return rect{min(r.MinX, o.MinX), min(r.MinY, o.MinY), max(r.MaxX, o.MaxX), max(r.MaxY, o.MaxY)}
}

// empty reports whether r contains nothing.
func (r rect) empty() bool { return r.MinX > r.MaxX || r.MinY > r.MaxY }

// inset returns r grown by d on every side.
func (r rect) inset(d float64) rect { return rect{r.MinX - d, r.MinY - d, r.MaxX + d, r.MaxY + d} }

// W returns the width of r.
func (r rect) W() float64 { return r.MaxX - r.MinX }

// H returns the height of r.
func (r rect) H() float64 { return r.MaxY - r.MinY }

// centredBox returns the box of width w and height h centred on (cx, cy).
func centredBox(cx, cy, w, h float64) rect { return rect{cx - w/2, cy - h/2, cx + w/2, cy + h/2} }

// overlaps reports whether r and o share interior points.
func (r rect) overlaps(o rect) bool {
	return r.MinX < o.MaxX && o.MinX < r.MaxX && r.MinY < o.MaxY && o.MinY < r.MaxY
}

// boxGrid finds, among the boxes added to it, one that overlaps a given
// box, in time proportional to the boxes near it.
type boxGrid struct {
	cell  float64
	cells map[[2]int][]rect
}

func newBoxGrid(cell float64) *boxGrid { return &boxGrid{cell: cell, cells: map[[2]int][]rect{}} }

// span returns the range of grid cells r covers.
func (g *boxGrid) span(r rect) (x0, y0, x1, y1 int) {
	f := func(v float64) int { return int(math.Floor(v / g.cell)) }
	return f(r.MinX), f(r.MinY), f(r.MaxX), f(r.MaxY)
}

// add records r.
func (g *boxGrid) add(r rect) {
	x0, y0, x1, y1 := g.span(r)
	for x := x0; x <= x1; x++ {
		for y := y0; y <= y1; y++ {
			g.cells[[2]int{x, y}] = append(g.cells[[2]int{x, y}], r)
		}
	}
}

// hits reports whether r overlaps a recorded box.
func (g *boxGrid) hits(r rect) bool {
	x0, y0, x1, y1 := g.span(r)
	for x := x0; x <= x1; x++ {
		for y := y0; y <= y1; y++ {
			for _, o := range g.cells[[2]int{x, y}] {
				if r.overlaps(o) {
					return true
				}
			}
		}
	}
	return false
}
