package explorer

import (
	"math"

	"github.com/policygraph/policygraph/layout"
)

// nudgePasses bounds the passes of nudge.
const nudgePasses = 150

// nudge pushes overlapping label boxes apart, moving only free boxes: a
// free box leaves a pinned one by the whole overlap, two free boxes share
// it. Unlike a global spread it never moves a box further than its
// overlaps, so an expansion beside pinned nodes stays in the picture. It
// reports whether no overlap is left. A pass takes O(N·b) time, b the
// boxes in the neighbouring grid cells.
func nudge(pos []layout.Point, boxes []layout.Size, pinned []bool, margin float64) ([]layout.Point, bool) {
	out := append([]layout.Point(nil), pos...)
	cell := margin
	for _, b := range boxes {
		cell = max(cell, b.W+margin, b.H+margin)
	}
	for pass := 0; pass < nudgePasses; pass++ {
		if pushApart(out, boxes, pinned, margin, grid(out, cell)) == 0 {
			return out, true
		}
	}
	return out, false
}

// grid buckets box indices by cell.
func grid(pos []layout.Point, cell float64) map[[2]int][]int {
	g := make(map[[2]int][]int, len(pos))
	for i, p := range pos {
		k := [2]int{int(math.Floor(p.X / cell)), int(math.Floor(p.Y / cell))}
		g[k] = append(g[k], i)
	}
	return g
}

// pushApart makes one pass over the overlapping pairs and returns how
// many it moved.
func pushApart(pos []layout.Point, boxes []layout.Size, pinned []bool, margin float64, g map[[2]int][]int) int {
	moved := 0
	for k, members := range g {
		for _, i := range members {
			for dx := -1; dx <= 1; dx++ {
				for dy := -1; dy <= 1; dy++ {
					for _, j := range g[[2]int{k[0] + dx, k[1] + dy}] {
						if j > i && separate(pos, boxes, pinned, margin, i, j) {
							moved++
						}
					}
				}
			}
		}
	}
	return moved
}

// separate pushes boxes i and j apart along the axis that needs the
// smaller move and reports whether they overlapped and could move.
func separate(pos []layout.Point, boxes []layout.Size, pinned []bool, margin float64, i, j int) bool {
	dx, dy := pos[j].X-pos[i].X, pos[j].Y-pos[i].Y
	ox := (boxes[i].W+boxes[j].W)/2 + margin - math.Abs(dx)
	oy := (boxes[i].H+boxes[j].H)/2 + margin - math.Abs(dy)
	fi, fj := !pinned[i], !pinned[j]
	if ox <= 0 || oy <= 0 || (!fi && !fj) {
		return false
	}
	var mx, my float64
	if ox < oy {
		mx = direction(dx, i, j) * ox
	} else {
		my = direction(dy, i, j) * oy
	}
	switch {
	case fi && fj:
		pos[i].X, pos[i].Y = pos[i].X-mx/2, pos[i].Y-my/2
		pos[j].X, pos[j].Y = pos[j].X+mx/2, pos[j].Y+my/2
	case fi:
		pos[i].X, pos[i].Y = pos[i].X-mx, pos[i].Y-my
	default:
		pos[j].X, pos[j].Y = pos[j].X+mx, pos[j].Y+my
	}
	return true
}

// direction is the sign of d, with a deterministic choice for d == 0.
func direction(d float64, i, j int) float64 {
	switch {
	case d > 0:
		return 1
	case d < 0:
		return -1
	case (i+j)%2 == 0:
		return 1
	}
	return -1
}
