// Package synth generates deterministic, report-like graphs for layout
// benchmarks, tests and comparisons with other layout tools.
//
// A generated graph has communities of very different sizes (one per
// report area); each has a few hubs (policies, organisations) with towns,
// projects, enterprises and indicators around them, so degrees follow a
// rough power law, as in the graphs the extractor produces. Label boxes
// have the size of CJK labels of typical length for the node's type.
package synth

import (
	"math"
	"math/rand/v2"

	"github.com/policygraph/policygraph/layout"
)

// Group indices of generated nodes, in the order of Names.
const (
	Policy = iota
	Organisation
	Town
	Project
	Enterprise
	Indicator
)

// Names gives the entity type of each group index.
var Names = []string{"policy", "organisation", "town", "project", "enterprise", "indicator"}

// Label box geometry in layout units: one CJK character is CharW wide,
// a label is BoxH tall, and Pad is added to the width for the marker.
const (
	CharW = 12.0
	BoxH  = 16.0
	Pad   = 14.0
)

// memberKind is a leaf group with its share of a community's non-hub
// nodes and the range of its label lengths in characters.
type memberKind struct {
	group      int
	share      float64
	minC, maxC int
}

// members lists, per leaf group, its share of a community's non-hub nodes
// and the range of its label lengths in characters.
var members = []memberKind{
	{Town, 0.35, 3, 5},
	{Project, 0.35, 6, 14},
	{Enterprise, 0.2, 6, 12},
	{Indicator, 0.1, 4, 9},
}

// builder accumulates a graph while keeping edges unique.
type builder struct {
	rng    *rand.Rand
	g      layout.Graph
	seen   map[[2]int]bool
	hubs   [][]int  // per community, its hub nodes
	span   [][2]int // per community, its first node and size
	commOf []int
}

// Clustered returns a graph of n nodes and round(1.5·n) edges (fewer only
// when n is too small to hold them), the same for the same n and seed. It
// takes O(n) expected time.
func Clustered(n int, seed uint64) layout.Graph {
	b := &builder{rng: rand.New(rand.NewPCG(seed, 0x5eed)), seen: map[[2]int]bool{}}
	b.g = layout.Graph{N: n, Sizes: make([]layout.Size, n), Groups: make([]int, n)}
	b.commOf = make([]int, n)
	wantEdges := min(3*n/2, n*(n-1)/2)
	next := 0
	for _, size := range communitySizes(n, b.rng) {
		b.community(next, size)
		next += size
	}
	b.bridgeCommunities()
	b.extraEdges(wantEdges)
	return b.shuffled()
}

// communitySizes splits n into community sizes drawn from a Pareto
// distribution (minimum 12, shape 1.5, mean about 35) capped at 300, the
// size of one report's entity set; the last may be smaller.
func communitySizes(n int, rng *rand.Rand) []int {
	var sizes []int
	for left := n; left > 0; {
		s := int(math.Min(300, 12/math.Pow(1-rng.Float64(), 1/1.5)))
		s = min(s, left)
		if left-s < 4 {
			s = left
		}
		sizes = append(sizes, s)
		left -= s
	}
	return sizes
}

// community adds nodes first..first+size-1: hubs chained together, and
// every other member tied to one hub chosen with probability falling off
// with the hub's rank, which makes a few large stars.
func (b *builder) community(first, size int) {
	c := len(b.hubs)
	nh := max(1, size/12)
	hubs := make([]int, nh)
	for h := range hubs {
		v := first + h
		hubs[h] = v
		group := Policy
		if b.rng.Float64() < 0.2 {
			group = Organisation
		}
		b.node(v, c, group, 4+b.rng.IntN(9))
		if h > 0 {
			b.edge(v, hubs[b.rng.IntN(h)])
		}
	}
	b.hubs = append(b.hubs, hubs)
	b.span = append(b.span, [2]int{first, size})
	for v := first + nh; v < first+size; v++ {
		m := b.pickMember()
		b.node(v, c, m.group, m.minC+b.rng.IntN(m.maxC-m.minC+1))
		b.edge(v, hubs[b.zipf(nh)])
	}
}

// pickMember draws a leaf group by its share.
func (b *builder) pickMember() (m memberKind) {
	r := b.rng.Float64()
	for _, m = range members {
		if r < m.share {
			return m
		}
		r -= m.share
	}
	return m
}

// zipf draws an index in [0, n) with probability proportional to 1/(i+1).
func (b *builder) zipf(n int) int {
	var total float64
	for i := 0; i < n; i++ {
		total += 1 / float64(i+1)
	}
	r := b.rng.Float64() * total
	for i := 0; i < n; i++ {
		r -= 1 / float64(i+1)
		if r < 0 {
			return i
		}
	}
	return n - 1
}

// node sets node v's community, group and label box for chars characters.
func (b *builder) node(v, community, group, chars int) {
	b.commOf[v] = community
	b.g.Groups[v] = group
	b.g.Sizes[v] = layout.Size{W: float64(chars)*CharW + Pad, H: BoxH}
}

// edge adds u-v unless it is a loop or already present, and reports
// whether it added it.
func (b *builder) edge(u, v int) bool {
	if u == v {
		return false
	}
	key := [2]int{min(u, v), max(u, v)}
	if b.seen[key] {
		return false
	}
	b.seen[key] = true
	b.g.Edges = append(b.g.Edges, layout.Edge{U: u, V: v})
	return true
}

// bridgeCommunities joins each community's first hub to a hub of an
// earlier community, so the whole graph is connected.
func (b *builder) bridgeCommunities() {
	for c := 1; c < len(b.hubs); c++ {
		other := b.hubs[b.rng.IntN(c)]
		b.edge(b.hubs[c][0], other[b.rng.IntN(len(other))])
	}
}

// extraEdges adds edges until there are want of them: nine in ten inside
// a community, from a random member to an endpoint of an existing edge
// (preferential attachment), the rest from a random node to a hub of a
// community picked the same way.
func (b *builder) extraEdges(want int) {
	for tries := 0; len(b.g.Edges) < want && tries < 100*want; tries++ {
		e := b.g.Edges[b.rng.IntN(len(b.g.Edges))]
		v := e.U
		if b.rng.IntN(2) == 0 {
			v = e.V
		}
		c := b.commOf[v]
		if b.rng.Float64() < 0.9 {
			b.edge(b.span[c][0]+b.rng.IntN(b.span[c][1]), v)
			continue
		}
		if u := b.rng.IntN(b.g.N); b.commOf[u] != c {
			b.edge(u, b.hubs[c][b.rng.IntN(len(b.hubs[c]))])
		}
	}
}

// shuffled renumbers the nodes at random so that node order carries no
// hint of the community structure.
func (b *builder) shuffled() layout.Graph {
	n := b.g.N
	perm := b.rng.Perm(n)
	out := layout.Graph{N: n, Sizes: make([]layout.Size, n), Groups: make([]int, n), Edges: make([]layout.Edge, len(b.g.Edges))}
	for old, v := range perm {
		out.Sizes[v], out.Groups[v] = b.g.Sizes[old], b.g.Groups[old]
	}
	for i, e := range b.g.Edges {
		out.Edges[i] = layout.Edge{U: perm[e.U], V: perm[e.V]}
	}
	return out
}
