package layout

import "math"

// leafSize is the most bodies a quadtree leaf holds. Forces are computed
// per leaf: the leaf's bodies share one tree walk, so larger leaves mean
// fewer walks but more exact pairs.
const leafSize = 8

// maxDepth bounds subdivision so that coincident bodies end in one leaf.
const maxDepth = 48

// body is a node as the tree stores it, in tree order.
type body struct {
	x, y, m float64
	id      int32
}

// cell is one square of the quadtree. Its bodies are bodies[start:end]; a
// cell with first < 0 is a leaf, otherwise its children are cells
// first..first+count-1 (empty quadrants are not stored).
type cell struct {
	mx, my, mass float64 // centre of mass and total mass
	width2       float64 // squared side length, for the opening test
	start, end   int32
	first, count int32
}

// quadTree is a Barnes-Hut tree. Building sorts the bodies so that every
// cell's bodies are contiguous, and stores cells in depth-first order, so
// walks touch memory mostly in order. The zero value is ready to build.
type quadTree struct {
	cells  []cell
	bodies []body
	leaves []int32 // leaf cells in depth-first order
}

// build rebuilds the tree over the bodies (x[i], y[i]) of mass m[i] in
// O(n log n) time (O(n·maxDepth) at worst, for tightly clustered points).
// It starts from the previous build's order, in which bodies that moved
// little are already in place, so partitioning swaps few of them. The
// number of bodies must not change between builds unless it rebuilds
// from scratch (it does when the count differs).
func (t *quadTree) build(x, y, m []float64) {
	n := len(x)
	t.cells, t.leaves = t.cells[:0], t.leaves[:0]
	if len(t.bodies) != n {
		t.bodies = make([]body, n)
		for i := range t.bodies {
			t.bodies[i].id = int32(i)
		}
	}
	if n == 0 {
		return
	}
	minX, minY, maxX, maxY := x[0], y[0], x[0], y[0]
	for k := range t.bodies {
		b := &t.bodies[k]
		b.x, b.y, b.m = x[b.id], y[b.id], m[b.id]
		minX, maxX = math.Min(minX, b.x), math.Max(maxX, b.x)
		minY, maxY = math.Min(minY, b.y), math.Max(maxY, b.y)
	}
	half := math.Max(maxX-minX, maxY-minY)/2 + 1e-9
	t.cells = append(t.cells, cell{})
	t.split(0, 0, int32(n), (minX+maxX)/2, (minY+maxY)/2, half, 0)
}

// split fills cell c with bodies[start:end], which lie in the square of
// centre (cx, cy) and half side half, subdividing while it holds more than
// leafSize bodies.
func (t *quadTree) split(c int32, start, end int32, cx, cy, half float64, depth int) {
	var mx, my, mass float64
	for _, b := range t.bodies[start:end] {
		mx += b.x * b.m
		my += b.y * b.m
		mass += b.m
	}
	t.cells[c] = cell{mx: mx / mass, my: my / mass, mass: mass, width2: 4 * half * half, start: start, end: end, first: -1}
	if end-start <= leafSize || depth >= maxDepth {
		t.leaves = append(t.leaves, c)
		return
	}
	bounds := t.partition(start, end, cx, cy)
	first := int32(len(t.cells))
	var count int32
	for q := 0; q < 4; q++ {
		if bounds[q+1] > bounds[q] {
			t.cells = append(t.cells, cell{})
			count++
		}
	}
	t.cells[c].first, t.cells[c].count = first, count
	h := half / 2
	child := first
	for q := 0; q < 4; q++ {
		if bounds[q+1] == bounds[q] {
			continue
		}
		qx, qy := cx-h, cy-h
		if q&1 != 0 {
			qx = cx + h
		}
		if q&2 != 0 {
			qy = cy + h
		}
		t.split(child, bounds[q], bounds[q+1], qx, qy, h, depth+1)
		child++
	}
}

// partition reorders bodies[start:end] by quadrant around (cx, cy) and
// returns the five boundaries of the four quadrant runs, O(end-start).
func (t *quadTree) partition(start, end int32, cx, cy float64) [5]int32 {
	quad := func(b *body) int {
		q := 0
		if b.x >= cx {
			q |= 1
		}
		if b.y >= cy {
			q |= 2
		}
		return q
	}
	var counts [4]int32
	for i := start; i < end; i++ {
		counts[quad(&t.bodies[i])]++
	}
	var bounds [5]int32
	bounds[0] = start
	for q := 0; q < 4; q++ {
		bounds[q+1] = bounds[q] + counts[q]
	}
	next := [4]int32{bounds[0], bounds[1], bounds[2], bounds[3]}
	for q := 0; q < 4; q++ {
		for next[q] < bounds[q+1] {
			dest := quad(&t.bodies[next[q]])
			if dest != q {
				t.bodies[next[q]], t.bodies[next[dest]] = t.bodies[next[dest]], t.bodies[next[q]]
			}
			next[dest]++
		}
	}
	return bounds
}
