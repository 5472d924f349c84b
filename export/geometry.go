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
