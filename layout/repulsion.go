package layout

import "math"

// walk is the scratch space of one goroutine computing repulsion.
type walk struct {
	stack []int32
	far   []body     // cells that act as one body on the whole leaf
	near  [][2]int32 // body ranges that act body by body
}

// leafRepulsion computes the Barnes-Hut repulsion on every body of leaf
// cell l and writes it to fx, fy at the bodies' ids. The force on body i
// is the sum over other bodies j of m_i·m_j·k³/d² along p_i - p_j; the
// inverse-square law keeps repulsion local, so nodes on the rim are not
// flung outward by the mass of the whole picture (the peripheral effect
// of a 1/d law). A cell counts as one body when its width is below theta
// times its distance from the leaf's bounding box; the leaf's bodies
// share that one walk. A walk visits O(log n) cells for evenly spread
// bodies.
func (t *quadTree) leafRepulsion(l int32, theta2, k float64, w *walk, fx, fy []float64) {
	t.interactions(l, theta2, w)
	k3 := k * k * k
	leaf := &t.cells[l]
	for i := leaf.start; i < leaf.end; i++ {
		b := &t.bodies[i]
		var sx, sy float64
		for _, c := range w.far {
			dx, dy := b.x-c.x, b.y-c.y
			d2 := dx*dx + dy*dy
			s := c.m * k3 / (d2 * math.Sqrt(d2))
			sx += dx * s
			sy += dy * s
		}
		for _, r := range w.near {
			for j := r[0]; j < r[1]; j++ {
				if j == i {
					continue
				}
				o := &t.bodies[j]
				dx, dy := b.x-o.x, b.y-o.y
				d2 := dx*dx + dy*dy
				if d2 < 1e-12*k*k {
					dx, dy, d2 = nudge(b.id, o.id, k)
				}
				s := o.m * k3 / (d2 * math.Sqrt(d2))
				sx += dx * s
				sy += dy * s
			}
		}
		fx[b.id], fy[b.id] = sx*b.m, sy*b.m
	}
}

// interactions fills w.far and w.near for leaf l: the cells far enough
// from every body of the leaf to count as one body, and the body ranges of
// the leaves too close for that (the leaf itself among them). A cell that
// contains the leaf is always opened: with Theta above 1/√2 its centre of
// mass can pass the distance test, and the leaf's bodies would then never
// push each other apart.
func (t *quadTree) interactions(l int32, theta2 float64, w *walk) {
	leaf := &t.cells[l]
	first := &t.bodies[leaf.start]
	minX, minY, maxX, maxY := first.x, first.y, first.x, first.y
	for _, b := range t.bodies[leaf.start+1 : leaf.end] {
		minX, maxX = min(minX, b.x), max(maxX, b.x)
		minY, maxY = min(minY, b.y), max(maxY, b.y)
	}
	w.far, w.near = w.far[:0], w.near[:0]
	w.stack = append(w.stack[:0], 0)
	for len(w.stack) > 0 {
		ci := w.stack[len(w.stack)-1]
		w.stack = w.stack[:len(w.stack)-1]
		c := &t.cells[ci]
		dx := gap(c.mx, minX, maxX)
		dy := gap(c.my, minY, maxY)
		inside := c.start <= leaf.start && leaf.end <= c.end
		switch {
		case !inside && c.width2 < theta2*(dx*dx+dy*dy):
			w.far = append(w.far, body{c.mx, c.my, c.mass, ci})
		case c.first < 0:
			w.near = append(w.near, [2]int32{c.start, c.end})
		default:
			for k := c.first; k < c.first+c.count; k++ {
				w.stack = append(w.stack, k)
			}
		}
	}
}

// nudge gives two coincident bodies a small, deterministic separation so
// that they push each other apart instead of dividing by zero.
func nudge(i, j int32, k float64) (dx, dy, d2 float64) {
	a := float64((uint64(i)*7919+uint64(j)*104729)%360) * math.Pi / 180
	d := 1e-3 * k
	if i < j {
		d = -d
	}
	return d * math.Cos(a), d * math.Sin(a), d * d
}

// gap returns how far v lies outside [lo, hi], 0 inside.
func gap(v, lo, hi float64) float64 {
	if v < lo {
		return lo - v
	}
	if v > hi {
		return v - hi
	}
	return 0
}
