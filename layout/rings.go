package layout

import "math"

// rings pulls the nodes of each group toward a circle around the centre
// of their connected component (Options.GroupRings).
type rings struct {
	frac   []float64 // per node: target radius as a fraction of its component's radius, or -1
	comp   []int     // per node: its connected component
	radius []float64 // per component: its radius when the rings were set up
	cx, cy []float64 // per component: its centroid, updated every iteration
	count  []float64 // per component: its number of nodes
}

// minRingNodes is the smallest component whose nodes are pulled to rings:
// in a smaller one every node is next to the centre anyway.
const minRingNodes = 3

// newRings sets up the ring targets for the nodes of f from their groups,
// or returns nil when Options.GroupRings asks for none. Each component's
// radius R is √2 times the RMS distance of its nodes from its centroid
// (the radius of a uniform disc with that spread), at least one edge
// length. It takes O(N + E) time.
func newRings(f *Force) *rings {
	r := &rings{frac: make([]float64, len(f.x))}
	set := false
	for i := range r.frac {
		r.frac[i] = -1
		if g := f.groups[i]; g < len(f.opt.GroupRings) && finite(f.opt.GroupRings[g]) && f.opt.GroupRings[g] >= 0 {
			r.frac[i] = f.opt.GroupRings[g]
			set = true
		}
	}
	if !set {
		return nil
	}
	var nc int
	r.comp, nc = components(len(f.x), f.springs)
	r.radius, r.cx, r.cy, r.count = make([]float64, nc), make([]float64, nc), make([]float64, nc), make([]float64, nc)
	r.centres(f.x, f.y)
	for i, c := range r.comp {
		dx, dy := f.x[i]-r.cx[c], f.y[i]-r.cy[c]
		r.radius[c] += dx*dx + dy*dy
	}
	for c := range r.radius {
		r.radius[c] = math.Max(math.Sqrt(2*r.radius[c]/r.count[c]), f.k)
	}
	return r
}

// centres sets each component's centroid, O(N).
func (r *rings) centres(x, y []float64) {
	for c := range r.cx {
		r.cx[c], r.cy[c], r.count[c] = 0, 0, 0
	}
	for i, c := range r.comp {
		r.cx[c] += x[i]
		r.cy[c] += y[i]
		r.count[c]++
	}
	for c := range r.cx {
		r.cx[c] /= r.count[c]
		r.cy[c] /= r.count[c]
	}
}

// pullRings adds the ring forces to fx, fy: each node is tied to the
// nearest point of its ring by a spring of zero rest length that pulls
// like an edge (d²/K), (1 + degree)·RingPull times as strong, so that a
// hub drags its star along rather than staying put. It takes O(N) time.
func (f *Force) pullRings() {
	r := f.rings
	r.centres(f.x, f.y)
	for i, frac := range r.frac {
		c := r.comp[i]
		if frac < 0 || r.count[c] < minRingNodes {
			continue
		}
		dx, dy := f.x[i]-r.cx[c], f.y[i]-r.cy[c]
		d := math.Hypot(dx, dy)
		if d == 0 {
			continue
		}
		e := d - frac*r.radius[c]
		s := f.opt.RingPull * (1 + f.wdeg[i]) * e * math.Abs(e) / (f.k * d)
		f.fx[i] -= dx * s
		f.fy[i] -= dy * s
	}
}

// components labels the connected components of n nodes joined by
// springs, 0 upward in order of their first node, and returns the labels
// and their number. It takes O(N + E) time.
func components(n int, springs []spring) ([]int, int) {
	off, adj := springAdjacency(n, springs)
	comp := make([]int, n)
	for i := range comp {
		comp[i] = -1
	}
	next := 0
	var stack []int
	for s := range comp {
		if comp[s] >= 0 {
			continue
		}
		comp[s] = next
		stack = append(stack[:0], s)
		for len(stack) > 0 {
			v := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			for _, u := range adj[off[v]:off[v+1]] {
				if comp[u] < 0 {
					comp[u] = next
					stack = append(stack, u)
				}
			}
		}
		next++
	}
	return comp, next
}

// towardRings moves every free node with a ring the share alpha of the
// way toward it, along its ray from its component's centroid, O(N).
func (f *Force) towardRings(alpha float64) {
	r := f.rings
	for i, frac := range r.frac {
		c := r.comp[i]
		if frac < 0 || r.count[c] < minRingNodes || f.mob[i] == 0 {
			continue
		}
		dx, dy := f.x[i]-r.cx[c], f.y[i]-r.cy[c]
		d := math.Hypot(dx, dy)
		if d == 0 {
			continue
		}
		s := 1 + alpha*(frac*r.radius[c]-d)/d
		f.x[i], f.y[i] = r.cx[c]+dx*s, r.cy[c]+dy*s
	}
}
