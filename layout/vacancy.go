package layout

import (
	"math"
	"slices"
)

// escapeRays is the number of directions, evenly spaced, in which
// relocate looks for a free place for a box.
const escapeRays = 16

// relocate moves every node marked moving (by overlapped) to the
// nearest free place, one node at a time, so that afterwards no box
// overlaps another unless both are pinned. Of two free nodes that
// overlap, the one farther from the centroid moves, as it has room
// outward. Each move looks at the boxes within a radius that doubles
// until a place is found, so it takes O(b·escapeRays) time for the b
// boxes within that radius.
func (s *sweep) relocate(moving []bool) {
	cells := make([][]int32, s.cols*s.rows)
	for i, p := range s.pos {
		if !moving[i] {
			cells[s.cellIndex(p)] = append(cells[s.cellIndex(p)], int32(i))
		}
	}
	var near []int32
	for i := range s.pos {
		if moving[i] {
			s.pos[i], near = s.vacancy(i, cells, near)
			c := s.cellIndex(s.pos[i])
			cells[c] = append(cells[c], int32(i))
		}
	}
}

// cellIndex returns the index of the grid cell holding p.
func (s *sweep) cellIndex(p Point) int {
	cx, cy := s.cell(p)
	return cy*s.cols + cx
}

// overlapped builds the grid and marks, for every overlapping pair with a
// free node, one free node of the pair: the free one, or the one farther
// from the centroid. The nodes left unmarked overlap no other unmarked
// node, except two pinned ones. It returns the marks and their number.
func (s *sweep) overlapped() ([]bool, int) {
	c := centroid(s.pos)
	moving := make([]bool, len(s.pos))
	count := 0
	s.index()
	s.pairs(func(i, j int) {
		fi, fj := s.free(i), s.free(j)
		if (!fi && !fj) || moving[i] || moving[j] || !s.overlap(i, j) {
			return
		}
		far := j
		if !fj || (fi && dist2(s.pos[i], c) > dist2(s.pos[j], c)) {
			far = i
		}
		moving[far] = true
		count++
	})
	return moving, count
}

// vacancy returns the nearest point to node i's position, along one of
// escapeRays directions, where its box overlaps none of the boxes in
// cells. It searches within a radius of one cell, doubling it until a
// place lies within it; near is scratch space, returned for reuse.
func (s *sweep) vacancy(i int, cells [][]int32, near []int32) (Point, []int32) {
	p := s.pos[i]
	for r := math.Max(s.cw, s.ch); ; r *= 2 {
		near = s.gather(p, r, cells, near[:0])
		if q, ok := s.escape(i, near, r); ok {
			return q, near
		}
	}
}

// gather appends to near the nodes in cells whose boxes may overlap node
// i's box once it is moved at most r from p: those in the cells within
// r plus one cell of p.
func (s *sweep) gather(p Point, r float64, cells [][]int32, near []int32) []int32 {
	x0, y0 := s.cell(Point{p.X - r - s.cw, p.Y - r - s.ch})
	x1, y1 := s.cell(Point{p.X + r + s.cw, p.Y + r + s.ch})
	for y := y0; y <= y1; y++ {
		for x := x0; x <= x1; x++ {
			near = append(near, cells[y*s.cols+x]...)
		}
	}
	return near
}

// escape returns the nearest point, along one of escapeRays directions
// and at most limit from node i's position, where its box overlaps none
// of the boxes of near, and whether there is one.
func (s *sweep) escape(i int, near []int32, limit float64) (Point, bool) {
	p := s.pos[i]
	best, bestT := p, math.Inf(1)
	var spans [][2]float64
	for r := 0; r < escapeRays && bestT > 0; r++ {
		a := 2 * math.Pi * float64(r) / escapeRays
		ux, uy := math.Cos(a), math.Sin(a)
		spans = s.blocked(i, near, ux, uy, min(bestT, limit), spans[:0])
		if t := firstGap(spans); t < bestT {
			bestT, best = t, Point{p.X + t*ux, p.Y + t*uy}
		}
	}
	return best, bestT <= limit
}

// blocked appends to spans the open intervals of t in [0, limit) for
// which node i's box, moved to pos[i] + t·(ux, uy), overlaps the box of a
// node of near. It takes O(len(near)) time.
func (s *sweep) blocked(i int, near []int32, ux, uy, limit float64, spans [][2]float64) [][2]float64 {
	p := s.pos[i]
	for _, j := range near {
		q := s.pos[j]
		hx := (s.boxes[i].W+s.boxes[j].W)/2 + s.margin
		hy := (s.boxes[i].H+s.boxes[j].H)/2 + s.margin
		x0, x1 := slab(q.X-p.X, ux, hx)
		y0, y1 := slab(q.Y-p.Y, uy, hy)
		lo, hi := max(x0, y0, 0), min(x1, y1)
		if lo < hi && lo < limit {
			spans = append(spans, [2]float64{lo, hi})
		}
	}
	return spans
}

// slab returns the interval of t for which |t·u - d| < h: where a point
// moving at speed u along an axis lies within h of a point d ahead.
func slab(d, u, h float64) (float64, float64) {
	if math.Abs(u) < 1e-9 {
		if math.Abs(d) < h {
			return math.Inf(-1), math.Inf(1)
		}
		return 0, 0
	}
	t0, t1 := (d-h)/u, (d+h)/u
	return min(t0, t1), max(t0, t1)
}

// firstGap returns the smallest t >= 0 in no interval of spans (sorting
// them in place), plus a little slack so that the boxes only touch.
func firstGap(spans [][2]float64) float64 {
	slices.SortFunc(spans, func(a, b [2]float64) int {
		switch {
		case a[0] < b[0]:
			return -1
		case a[0] > b[0]:
			return 1
		}
		return 0
	})
	const slack = 1e-3
	t := 0.0
	for _, sp := range spans {
		if sp[0] > t {
			break
		}
		t = max(t, sp[1]+slack)
	}
	return t
}

// centroid returns the mean of pos, which must not be empty.
func centroid(pos []Point) Point {
	var c Point
	for _, p := range pos {
		c.X += p.X
		c.Y += p.Y
	}
	return Point{c.X / float64(len(pos)), c.Y / float64(len(pos))}
}

// dist2 returns the squared distance between a and b.
func dist2(a, b Point) float64 {
	dx, dy := a.X-b.X, a.Y-b.Y
	return dx*dx + dy*dy
}
