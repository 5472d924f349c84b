package export

import (
	"math"
	"sort"

	"github.com/policygraph/policygraph/layout"
)

// legalise returns positions near pos at which no two boxes (centred on
// the positions, margin apart) overlap, with the picture first scaled so
// that the boxes fill about targetDensity of it. It is the row
// legalisation used for standard cells in chip placement (Abacus,
// Spindler et al. 2008): the boxes are taken from left to right, each one
// goes to the row of height max(H)+margin that moves it least, and within
// a row boxes that would overlap are merged into clusters placed where
// their members' summed squared displacement is least. Wide CJK labels
// thus stay on their own line of text, and the result never overlaps and
// never needs a global spread. It takes O(N log N + N·rowsTried) time.
func legalise(pos []layout.Point, sizes []layout.Size, margin float64) []layout.Point {
	n := len(pos)
	if n < 2 {
		return append([]layout.Point(nil), pos...)
	}
	scaled := spreadTo(pos, sizes, margin, targetDensity)
	rowH := 0.0
	for _, s := range sizes {
		rowH = max(rowH, s.H+margin)
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		return scaled[order[a]].X-sizes[order[a]].W/2 < scaled[order[b]].X-sizes[order[b]].W/2
	})
	rows := map[int]*row{}
	for _, i := range order {
		c := cellAt(scaled[i], sizes[i], margin)
		r := bestRow(rows, c, scaled[i].Y, rowH)
		if rows[r] == nil {
			rows[r] = &row{}
		}
		rows[r].add(c, i)
	}
	out := make([]layout.Point, n)
	for r, rw := range rows {
		for _, cl := range rw.clusters {
			x := cl.x
			for _, i := range cl.cells {
				out[i] = layout.Point{X: x + (sizes[i].W+margin)/2, Y: float64(r) * rowH}
				x += sizes[i].W + margin
			}
		}
	}
	return out
}

// bestRow returns the row, among the maxRowSearch nearest to y, where
// cell c would end up closest to where it wants to be: the squared
// vertical move to the row plus the squared horizontal push within it.
func bestRow(rows map[int]*row, c cell, y, rowH float64) int {
	home := int(math.Round(y / rowH))
	best, bestCost := home, math.Inf(1)
	for d := 0; d <= maxRowSearch; d++ {
		if dy := float64(d-1) * rowH; d > 0 && dy*dy >= bestCost {
			break
		}
		for _, r := range []int{home - d, home + d} {
			dy := float64(r)*rowH - y
			if cost := rows[r].trial(c) + dy*dy; cost < bestCost {
				best, bestCost = r, cost
			}
			if d == 0 {
				break
			}
		}
	}
	return best
}

// Legalisation tuning: the share of the picture the boxes fill after
// scaling, and how many rows above and below a box's own are tried.
const (
	targetDensity = 0.45
	maxRowSearch  = 8
)

// cell is a box to place in a row: its wanted left edge and its width
// including the margin.
type cell struct{ x, w float64 }

func cellAt(p layout.Point, s layout.Size, margin float64) cell {
	return cell{x: p.X - (s.W+margin)/2, w: s.W + margin}
}

// cluster is a run of abutting cells in a row, placed at x, the left
// edge that minimises the sum of its cells' squared displacements: with
// e cells, q = Σ (wanted x − offset in the cluster) and x = q/e.
type cluster struct {
	x, e, q, w float64
	cells      []int
}

// row is one line of boxes, its clusters from left to right.
type row struct{ clusters []cluster }

// merge returns the cluster that cell c forms with the clusters of r it
// would push into, and how many of r's last clusters that swallows. It
// leaves r unchanged.
func (r *row) merge(c cell) (cluster, int) {
	next := cluster{e: 1, q: c.x, w: c.w}
	k := len(r.clusters)
	for ; k > 0; k-- {
		last := r.clusters[k-1]
		if last.x+last.w <= next.q/next.e {
			break
		}
		next = cluster{e: last.e + next.e, q: last.q + next.q - next.e*last.w, w: last.w + next.w}
	}
	next.x = next.q / next.e
	return next, len(r.clusters) - k
}

// trial returns the squared horizontal displacement of cell c if it were
// added to r (0 for an absent row).
func (r *row) trial(c cell) float64 {
	if r == nil {
		return 0
	}
	next, _ := r.merge(c)
	d := next.x + next.w - c.w - c.x
	return d * d
}

// add places cell c (box id) in r for good.
func (r *row) add(c cell, id int) {
	next, swallowed := r.merge(c)
	keep := len(r.clusters) - swallowed
	for _, old := range r.clusters[keep:] {
		next.cells = append(next.cells, old.cells...)
	}
	next.cells = append(next.cells, id)
	r.clusters = append(r.clusters[:keep], next)
}

// spreadTo scales positions about their centroid so that the boxes fill
// about density of their bounding box; it never shrinks.
func spreadTo(pos []layout.Point, sizes []layout.Size, margin, density float64) []layout.Point {
	var area, cx, cy float64
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for i, p := range pos {
		area += (sizes[i].W + margin) * (sizes[i].H + margin)
		cx += p.X / float64(len(pos))
		cy += p.Y / float64(len(pos))
		minX, minY, maxX, maxY = min(minX, p.X), min(minY, p.Y), max(maxX, p.X), max(maxY, p.Y)
	}
	s := 1.0
	if span := (maxX - minX) * (maxY - minY); span > 0 {
		s = max(1, math.Sqrt(area/density/span))
	}
	out := make([]layout.Point, len(pos))
	for i, p := range pos {
		out[i] = layout.Point{X: cx + (p.X-cx)*s, Y: cy + (p.Y-cy)*s}
	}
	return out
}
