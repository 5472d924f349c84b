package layout

import "math"

// Overlap removal gives up on local pushes and spreads the whole picture by
// spreadFactor after every pushRounds passes that still found overlaps, and
// stops after maxPasses passes in all.
const (
	pushRounds   = 40
	spreadFactor = 1.15
	maxPasses    = 2000
)

// RemoveOverlaps returns positions near pos at which no two boxes (centred
// on the positions, margin apart) overlap, and the number of passes it
// took. Each pass finds overlapping pairs with a uniform grid whose cells
// are as large as the largest box, and pushes each pair apart along the
// axis that needs the shorter move, so wide CJK labels mostly stack
// vertically and the picture keeps its shape. When local pushes stall it
// spreads the free nodes away from their centroid, which always ends in
// no overlap for distinct positions. Pinned nodes (pinned may be nil) do
// not move; two pinned boxes may still overlap.
//
// A pass takes O(N·b) time, b the number of boxes near a box; most
// layouts need a few dozen passes.
func RemoveOverlaps(pos []Point, boxes []Size, pinned []bool, margin float64) ([]Point, int) {
	out := make([]Point, len(pos))
	copy(out, pos)
	if len(out) < 2 {
		return out, 0
	}
	s := sweep{pos: out, boxes: boxes, pinned: pinned, margin: margin}
	for pass := 1; pass <= maxPasses; pass++ {
		if s.pass() == 0 {
			return out, pass
		}
		if pass%pushRounds == 0 {
			s.spread()
		}
	}
	return out, maxPasses
}

// sweep holds the state of an overlap removal.
type sweep struct {
	pos    []Point
	boxes  []Size
	pinned []bool
	margin float64
	grid   map[[2]int32][]int32
	cw, ch float64
}

// free reports whether node i may move.
func (s *sweep) free(i int) bool { return s.pinned == nil || !s.pinned[i] }

// pass pushes every overlapping pair apart once and returns how many
// overlapping pairs it found that it could move.
func (s *sweep) pass() int {
	s.index()
	found := 0
	for i := range s.pos {
		c := s.cell(s.pos[i])
		for dx := int32(-1); dx <= 1; dx++ {
			for dy := int32(-1); dy <= 1; dy++ {
				for _, j := range s.grid[[2]int32{c[0] + dx, c[1] + dy}] {
					if int(j) > i && s.push(i, int(j)) {
						found++
					}
				}
			}
		}
	}
	return found
}

// index rebuilds the grid of box centres.
func (s *sweep) index() {
	s.cw, s.ch = 0, 0
	for _, b := range s.boxes {
		s.cw, s.ch = math.Max(s.cw, b.W), math.Max(s.ch, b.H)
	}
	s.cw += s.margin + 1e-6
	s.ch += s.margin + 1e-6
	if s.grid == nil {
		s.grid = make(map[[2]int32][]int32, len(s.pos))
	}
	for k, v := range s.grid {
		s.grid[k] = v[:0]
	}
	for i, p := range s.pos {
		c := s.cell(p)
		s.grid[c] = append(s.grid[c], int32(i))
	}
}

// cell returns the grid cell holding p.
func (s *sweep) cell(p Point) [2]int32 {
	return [2]int32{int32(math.Floor(p.X / s.cw)), int32(math.Floor(p.Y / s.ch))}
}

// push separates boxes i and j if they overlap and one of them is free,
// and reports whether it moved them.
func (s *sweep) push(i, j int) bool {
	fi, fj := s.free(i), s.free(j)
	if !fi && !fj {
		return false
	}
	dx, dy := s.pos[j].X-s.pos[i].X, s.pos[j].Y-s.pos[i].Y
	ox := (s.boxes[i].W+s.boxes[j].W)/2 + s.margin - math.Abs(dx)
	oy := (s.boxes[i].H+s.boxes[j].H)/2 + s.margin - math.Abs(dy)
	if ox <= 0 || oy <= 0 {
		return false
	}
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
	var cx, cy float64
	for _, p := range s.pos {
		cx += p.X
		cy += p.Y
	}
	cx /= float64(len(s.pos))
	cy /= float64(len(s.pos))
	for i, p := range s.pos {
		if s.free(i) {
			s.pos[i] = Point{cx + (p.X-cx)*spreadFactor, cy + (p.Y-cy)*spreadFactor}
		}
	}
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
