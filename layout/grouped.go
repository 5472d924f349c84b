package layout

import (
	"cmp"
	"math"
	"slices"
)

// Grouped places the nodes of each group in a block of rows, blocks side by
// side from left to right in group order, gap (default 80) layout units
// apart. Within a block, nodes with more edges come first (top left), so
// hubs stand out; each block is about as wide as it is tall. Boxes never
// overlap. It takes O(N log N + E) time.
func Grouped(g Graph, gap float64) ([]Point, error) {
	if err := g.Validate(); err != nil {
		return nil, err
	}
	if gap <= 0 {
		gap = 80
	}
	degree := make([]int, g.N)
	for _, e := range g.Edges {
		degree[e.U]++
		degree[e.V]++
	}
	groups := map[int][]int{}
	var ids []int
	for v := 0; v < g.N; v++ {
		gr := g.group(v)
		if len(groups[gr]) == 0 {
			ids = append(ids, gr)
		}
		groups[gr] = append(groups[gr], v)
	}
	slices.Sort(ids)
	pos := make([]Point, g.N)
	left := 0.0
	for _, gr := range ids {
		members := groups[gr]
		slices.SortStableFunc(members, func(a, b int) int { return cmp.Compare(degree[b], degree[a]) })
		left += block(g, members, pos, left, gap) + 2*gap
	}
	centreAt(pos, 0, 0)
	return pos, nil
}

// block lays members out in rows starting at x = left, y = 0, and returns
// the block's width. Rows wrap at the width of a square of the members'
// total box area, spacing boxes gap/4 apart.
func block(g Graph, members []int, pos []Point, left, gap float64) float64 {
	space := gap / 4
	area := 0.0
	for _, v := range members {
		s := g.size(v)
		area += (s.W + space) * (s.H + space)
	}
	wrap := math.Max(math.Sqrt(area), 1)
	x, y, rowH, width := 0.0, 0.0, 0.0, 0.0
	for _, v := range members {
		s := g.size(v)
		if x > 0 && x+s.W > wrap {
			x, y, rowH = 0, y+rowH+space, 0
		}
		pos[v] = Point{left + x + s.W/2, y + s.H/2}
		x += s.W + space
		rowH = math.Max(rowH, s.H)
		width = math.Max(width, x-space)
	}
	return width
}

// centreAt shifts pos so that its bounding box is centred on (cx, cy).
func centreAt(pos []Point, cx, cy float64) {
	if len(pos) == 0 {
		return
	}
	minX, minY, maxX, maxY := pos[0].X, pos[0].Y, pos[0].X, pos[0].Y
	for _, p := range pos {
		minX, maxX = math.Min(minX, p.X), math.Max(maxX, p.X)
		minY, maxY = math.Min(minY, p.Y), math.Max(maxY, p.Y)
	}
	dx, dy := cx-(minX+maxX)/2, cy-(minY+maxY)/2
	for i := range pos {
		pos[i].X += dx
		pos[i].Y += dy
	}
}
