package layout

import (
	"fmt"
	"math"
)

// NewNode describes a node that AddNodes appends to a simulation.
type NewNode struct {
	Parent int  // node to start next to (an existing one or an earlier new one); -1 for none
	Pinned bool // never moves
	Group  int  // type or cluster index (>= 0), as in Graph.Groups
}

// AddNodes appends nodes after the existing ones, and edges, which may join
// any nodes old or new, and returns the index of the first new node. New
// nodes start one edge length from their parent, fanned out on the side
// away from the parent's other neighbours, so an expansion grows outward.
// Nodes that were there before move at only Settle times their normal
// rate from now on (until Reheat), so the picture the analyst knows stays
// in place while the new nodes find theirs; nodes more than two edges
// away from the expansion do not move at all. With Options.GroupRings
// each new node is pulled to its Group's ring, and every component's
// radius is measured again. It takes O(N + E) time and returns an error
// wrapping ErrBadGraph, changing nothing, if a parent or an edge names a
// node that does not exist or a group is negative.
func (f *Force) AddNodes(nodes []NewNode, edges []Edge) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	start := len(f.x)
	if err := checkNew(start, nodes, edges); err != nil {
		return 0, err
	}
	f.settle(nodes, edges)
	for _, nn := range nodes {
		f.x, f.y, f.m = append(f.x, 0), append(f.y, 0), append(f.m, 1)
		f.rate, f.pinned, f.groups = append(f.rate, 1), append(f.pinned, nn.Pinned), append(f.groups, nn.Group)
		f.mob, f.eta, f.grav = append(f.mob, 0), append(f.eta, 0), append(f.grav, 0)
		f.fx, f.fy, f.wdeg = append(f.fx, 0), append(f.fy, 0), append(f.wdeg, 0)
		f.mob[len(f.mob)-1] = f.mobility(len(f.mob) - 1)
	}
	for _, e := range edges {
		f.springs = append(f.springs, spring{e.U, e.V, 1})
		if e.U != e.V {
			f.wdeg[e.U]++
			f.wdeg[e.V]++
		}
	}
	for i := range f.x {
		f.tune(i)
	}
	f.placeNew(start, nodes)
	f.rings = newRings(f)
	f.wake(refineStep * f.k)
	return start, nil
}

// checkNew validates an AddNodes call on a simulation of n nodes.
func checkNew(n int, nodes []NewNode, edges []Edge) error {
	for k, nn := range nodes {
		if nn.Parent < -1 || nn.Parent >= n+k {
			return fmt.Errorf("%w: new node %d has parent %d, not an earlier node", ErrBadGraph, n+k, nn.Parent)
		}
		if nn.Group < 0 {
			return fmt.Errorf("%w: new node %d has negative group %d", ErrBadGraph, n+k, nn.Group)
		}
	}
	total := n + len(nodes)
	for i, e := range edges {
		if e.U < 0 || e.U >= total || e.V < 0 || e.V >= total {
			return fmt.Errorf("%w: new edge %d (%d-%d) outside 0..%d", ErrBadGraph, i, e.U, e.V, total-1)
		}
	}
	return nil
}

// placeNew puts new nodes start.. next to their parents: the children of
// one parent share an arc centred on the direction away from the
// parent's placed neighbours (or from the centre), one edge length out.
func (f *Force) placeNew(start int, nodes []NewNode) {
	off, adj := springAdjacency(len(f.x), f.springs)
	children := map[int]int{}
	for _, nn := range nodes {
		children[nn.Parent]++
	}
	seen := map[int]int{}
	for k, nn := range nodes {
		i := start + k
		p := nn.Parent
		if p < 0 {
			f.x[i], f.y[i] = f.scatterPoint()
			continue
		}
		base := f.awayFrom(p, start, adj[off[p]:off[p+1]])
		count := children[p]
		spread := math.Min(2*math.Pi/float64(count), 0.6)
		a := base + spread*(float64(seen[p])-float64(count-1)/2) + 0.1*(f.rng.Float64()-0.5)
		seen[p]++
		r := f.k * (1 + 0.2*f.rng.Float64())
		f.x[i], f.y[i] = f.x[p]+r*math.Cos(a), f.y[p]+r*math.Sin(a)
	}
}

// awayFrom returns the angle pointing from node p away from the mean of
// its neighbours among the nodes before start (those already laid out),
// or away from the centre when it has none.
func (f *Force) awayFrom(p, start int, nbrs []int) float64 {
	var sx, sy float64
	count := 0
	for _, u := range nbrs {
		if u < start {
			sx += f.x[u]
			sy += f.y[u]
			count++
		}
	}
	ox, oy := f.cx, f.cy
	if count > 0 {
		ox, oy = sx/float64(count), sy/float64(count)
	}
	dx, dy := f.x[p]-ox, f.y[p]-oy
	if dx == 0 && dy == 0 {
		return f.rng.Float64() * 2 * math.Pi
	}
	return math.Atan2(dy, dx)
}

// scatterPoint returns a random point on the disc the current layout
// roughly covers.
func (f *Force) scatterPoint() (float64, float64) {
	r := f.k * math.Sqrt(float64(len(f.x))) / 2
	a := f.rng.Float64() * 2 * math.Pi
	d := r * math.Sqrt(f.rng.Float64())
	return f.cx + d*math.Cos(a), f.cy + d*math.Sin(a)
}

// settleHops is how far, in edges, from the nodes an expansion touches
// the existing nodes may still move (slowly); farther ones stay put.
const settleHops = 2

// settle slows down the existing nodes before an expansion: those within
// settleHops of a new node's parent or of an existing end of a new edge
// move at Settle times their rate, the others not at all, so the part of
// the picture the expansion does not touch stays exactly where it was.
// It takes O(N + E) time.
func (f *Force) settle(nodes []NewNode, edges []Edge) {
	n := len(f.x)
	hops := make([]int, n)
	for i := range hops {
		hops[i] = -1
	}
	var queue []int
	touch := func(v int) {
		if v >= 0 && v < n && hops[v] < 0 {
			hops[v] = 0
			queue = append(queue, v)
		}
	}
	for _, nn := range nodes {
		touch(nn.Parent)
	}
	for _, e := range edges {
		touch(e.U)
		touch(e.V)
	}
	off, adj := springAdjacency(n, f.springs)
	for head := 0; head < len(queue); head++ {
		v := queue[head]
		for _, u := range adj[off[v]:off[v+1]] {
			if hops[u] < 0 && hops[v] < settleHops {
				hops[u] = hops[v] + 1
				queue = append(queue, u)
			}
		}
	}
	for i := range f.rate {
		f.rate[i] = 0
		if hops[i] >= 0 {
			f.rate[i] = f.opt.Settle
		}
		f.mob[i] = f.mobility(i)
	}
}

// mobility returns how freely node i moves: 0 when pinned, else its rate.
func (f *Force) mobility(i int) float64 {
	if f.pinned[i] {
		return 0
	}
	return f.rate[i]
}

// wake makes the simulation run again with a step length of at least s.
func (f *Force) wake(s float64) {
	f.setStep(math.Max(f.stepLen, s))
	f.done, f.progress, f.energy0 = false, 0, 0
}

// Pin fixes node i where it is; it still pushes and pulls the others.
// It panics if i is out of range.
func (f *Force) Pin(i int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.pinned[i] = true
	f.mob[i] = f.mobility(i)
}

// Unpin lets node i move again and wakes the simulation.
func (f *Force) Unpin(i int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.pinned[i] = false
	f.mob[i] = f.mobility(i)
	f.wake(0.1 * f.k)
}

// SetPosition moves node i to p, e.g. while the analyst drags it (pin it
// too, so the simulation does not pull it back), and wakes the simulation
// so its neighbours follow.
func (f *Force) SetPosition(i int, p Point) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.x[i], f.y[i] = p.X, p.Y
	f.wake(0.1 * f.k)
}

// Reheat lets every unpinned node move freely again and restarts the
// cooling from one edge length, for a fresh relayout of the whole graph.
func (f *Force) Reheat() {
	f.mu.Lock()
	defer f.mu.Unlock()
	for i := range f.rate {
		f.rate[i] = 1
		f.mob[i] = f.mobility(i)
	}
	f.wake(f.k)
}
