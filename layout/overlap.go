package layout

import (
	"math"
	"slices"
)

// Overlap removal gives up on local pushes and spreads the whole picture by
// spreadFactor after every pushRounds passes that still found overlaps, and
// stops after maxPasses passes in all. With pinned nodes it spreads at
// most pinnedSpreads times (so the picture grows at most 1.15^8 ≈ 3
// times) and relocates the free nodes still overlapping as soon as they
// are at most relocateMin, or one in relocateShare of all nodes, or no
// fewer than at the last check.
const (
	pushRounds    = 10
	spreadFactor  = 1.15
	maxPasses     = 2000
	pinnedSpreads = 8
	relocateMin   = 64
	relocateShare = 4
)

// RemoveOverlaps returns positions near pos at which no two boxes (centred
// on the positions, margin apart) overlap, and the number of passes it
// took. Each pass finds overlapping pairs with a uniform grid whose cells
// are as large as the largest box, and pushes each pair apart along the
// axis that needs the shorter move, so wide CJK labels mostly stack
// vertically and the picture keeps its shape. When local pushes stall,
// it spreads the free nodes away from their centroid, which always ends
// in no overlap for distinct positions and no pinned nodes.
//
// Pinned nodes (pinned may be nil) do not move; two pinned boxes may
// still overlap. Spreading alone fails around them: a free node caged
// among pinned boxes near the centroid barely moves while every other
// node is flung outward. So with pinned nodes it spreads only while that
// clearly helps, then moves each free node still overlapping, one by
// one, to the nearest place clear of every other box (along one of 16
// directions), which counts as one more pass.
//
// A pass takes O(N·b) time, b the number of boxes near a box; most
// layouts need a few dozen passes. Relocating a node takes O(b) time for
// the b boxes within the distance it moves.
func RemoveOverlaps(pos []Point, boxes []Size, pinned []bool, margin float64) ([]Point, int) {
	out := make([]Point, len(pos))
	copy(out, pos)
	if len(out) < 2 {
		return out, 0
	}
	s := sweep{pos: out, boxes: boxes, pinned: pinned, margin: margin, last: len(out) + 1}
	pins := slices.Contains(pinned, true)
	for pass := 1; pass <= maxPasses; pass++ {
		if s.pass() == 0 {
			return out, pass
		}
		if pins && (pass == 1 || pass%pushRounds == 0) && s.settled() {
			return out, pass + 1
		}
		if pass%pushRounds == 0 {
			s.spread()
		}
	}
	return out, maxPasses
}

// settled relocates the free nodes that still overlap, and reports that
// it did, unless spreading still clearly helps: they are more than
// relocateMin and one in relocateShare of all nodes, fewer than at the
// last check, and the picture has spread fewer than pinnedSpreads times.
func (s *sweep) settled() bool {
	moving, count := s.overlapped()
	if count > max(relocateMin, len(s.pos)/relocateShare) && count < s.last && s.spreads < pinnedSpreads {
		s.last = count
		return false
	}
	s.relocate(moving)
	return true
}

// sweep holds the state of an overlap removal.
type sweep struct {
	pos        []Point
	boxes      []Size
	pinned     []bool
	margin     float64
	cw, ch     float64 // cell size: at least the largest box plus margin
	x0, y0     float64 // grid origin
	cols, rows int
	start      []int32 // nodes of cell c are items[start[c]:start[c+1]]
	items      []int32
	spreads    int // spreads so far
	last       int // free nodes overlapping at the last check (settled)
}

// free reports whether node i may move.
func (s *sweep) free(i int) bool { return s.pinned == nil || !s.pinned[i] }

// pass pushes every overlapping pair apart once and returns how many
// overlapping pairs it found that it could move.
func (s *sweep) pass() int {
	s.index()
	found := 0
	s.pairs(func(i, j int) {
		if s.push(i, j) {
			found++
		}
	})
	return found
}

// pairs calls visit(i, j), i < j, for every pair of nodes in the same or
// neighbouring cells of the grid that index last built: every pair whose
// boxes overlapped then.
func (s *sweep) pairs(visit func(i, j int)) {
	for i := range s.pos {
		cx, cy := s.cell(s.pos[i])
		for x := max(cx-1, 0); x <= min(cx+1, s.cols-1); x++ {
			for y := max(cy-1, 0); y <= min(cy+1, s.rows-1); y++ {
				c := y*s.cols + x
				for _, j := range s.items[s.start[c]:s.start[c+1]] {
					if int(j) > i {
						visit(i, int(j))
					}
				}
			}
		}
	}
}

// index rebuilds the grid of box centres with a counting sort: O(N) plus
// the number of cells, which it keeps within a few times N by growing
// the cells when the picture is sparse.
func (s *sweep) index() {
	s.cw, s.ch = 0, 0
	for _, b := range s.boxes {
		s.cw, s.ch = math.Max(s.cw, b.W), math.Max(s.ch, b.H)
	}
	s.cw += s.margin + 1e-6
	s.ch += s.margin + 1e-6
	minX, minY, maxX, maxY := s.pos[0].X, s.pos[0].Y, s.pos[0].X, s.pos[0].Y
	for _, p := range s.pos {
		minX, maxX = math.Min(minX, p.X), math.Max(maxX, p.X)
		minY, maxY = math.Min(minY, p.Y), math.Max(maxY, p.Y)
	}
	for (maxX-minX)/s.cw*(maxY-minY)/s.ch > float64(4*len(s.pos)) {
		s.cw, s.ch = 2*s.cw, 2*s.ch
	}
	s.x0, s.y0 = minX, minY
	s.cols, s.rows = int((maxX-minX)/s.cw)+1, int((maxY-minY)/s.ch)+1
	cells := s.cols * s.rows
	s.start = append(s.start[:0], make([]int32, cells+1)...)
	s.items = append(s.items[:0], make([]int32, len(s.pos))...)
	for _, p := range s.pos {
		cx, cy := s.cell(p)
		s.start[cy*s.cols+cx+1]++
	}
	for c := 0; c < cells; c++ {
		s.start[c+1] += s.start[c]
	}
	fill := append([]int32(nil), s.start[:cells]...)
	for i, p := range s.pos {
		cx, cy := s.cell(p)
		c := cy*s.cols + cx
		s.items[fill[c]] = int32(i)
		fill[c]++
	}
}

// cell returns the column and row of the grid cell holding p, clamped to
// the grid (nodes pushed outside it since the last index stay findable
// from the border cells).
func (s *sweep) cell(p Point) (int, int) {
	cx := int(math.Floor((p.X - s.x0) / s.cw))
	cy := int(math.Floor((p.Y - s.y0) / s.ch))
	return min(max(cx, 0), s.cols-1), min(max(cy, 0), s.rows-1)
}

// overlapAxes returns by how much boxes i and j, margin included, overlap
// along each axis; they overlap when both are positive.
func (s *sweep) overlapAxes(i, j int) (ox, oy float64) {
	dx, dy := s.pos[j].X-s.pos[i].X, s.pos[j].Y-s.pos[i].Y
	ox = (s.boxes[i].W+s.boxes[j].W)/2 + s.margin - math.Abs(dx)
	oy = (s.boxes[i].H+s.boxes[j].H)/2 + s.margin - math.Abs(dy)
	return ox, oy
}

// overlap reports whether boxes i and j, margin included, overlap.
func (s *sweep) overlap(i, j int) bool {
	ox, oy := s.overlapAxes(i, j)
	return ox > 0 && oy > 0
}

// push separates boxes i and j if they overlap and one of them is free,
// and reports whether it moved them.
func (s *sweep) push(i, j int) bool {
	fi, fj := s.free(i), s.free(j)
	if !fi && !fj {
		return false
	}
	ox, oy := s.overlapAxes(i, j)
	if ox <= 0 || oy <= 0 {
		return false
	}
	dx, dy := s.pos[j].X-s.pos[i].X, s.pos[j].Y-s.pos[i].Y
	shareI, shareJ := 0.5, 0.5
	switch {
	case !fi:
		shareI, shareJ = 0, 1
	case !fj:
		shareI, shareJ = 1, 0
	}
	const slack = 1e-3
	if ox < oy {
		d := (ox + slack) * sign(dx, i+j)
		s.pos[i].X -= d * shareI
		s.pos[j].X += d * shareJ
	} else {
		d := (oy + slack) * sign(dy, i)
		s.pos[i].Y -= d * shareI
		s.pos[j].Y += d * shareJ
	}
	return true
}

// spread moves every free node away from the centroid by spreadFactor.
func (s *sweep) spread() {
	c := centroid(s.pos)
	for i, p := range s.pos {
		if s.free(i) {
			s.pos[i] = Point{c.X + (p.X-c.X)*spreadFactor, c.Y + (p.Y-c.Y)*spreadFactor}
		}
	}
	s.spreads++
}

// sign returns the sign of d, or a deterministic choice from tie when d is
// zero, so coincident boxes still separate.
func sign(d float64, tie int) float64 {
	switch {
	case d > 0:
		return 1
	case d < 0:
		return -1
	case tie%2 == 0:
		return 1
	}
	return -1
}
