package layout

import (
	"context"
	"math"
	"math/rand/v2"
	"sync"
)

// coolRate is the factor by which the step length shrinks when the energy
// rises, and grows after stableSteps iterations of falling energy (the
// adaptive cooling of Hu's spring-electrical scheme).
const (
	coolRate    = 0.9
	stableSteps = 5
)

// spring is an edge with a weight (the number of edges it stands for).
type spring struct {
	u, v int
	w    float64
}

// Force is a spring-electrical simulation: Barnes-Hut repulsion between
// all nodes, springs along edges, gravity toward the centre, and adaptive
// cooling. Drive it with Step (a few iterations per animation frame) or
// Run (to convergence); read it with Positions.
//
// A Force is safe for concurrent use: Step and Run hold a lock for each
// iteration, so another goroutine may call Positions, Pin, SetPosition or
// AddNodes between iterations.
type Force struct {
	mu  sync.Mutex
	opt Options
	k   float64
	rng *rand.Rand

	x, y, m  []float64 // positions and masses
	mob      []float64 // how freely each node moves: 0 (pinned or frozen), Settle, or 1
	eta      []float64 // per-node gain from force to displacement
	grav     []float64 // per-node gravity coefficient
	rate     []float64 // 1, or less for nodes placed before the last AddNodes
	pinned   []bool
	springs  []spring
	wdeg     []float64
	cx, cy   float64 // centre that gravity pulls toward
	fx, fy   []float64
	groups   []int  // per node: its group (Graph.Groups, or 0)
	rings    *rings // nil unless Options.GroupRings asks for rings
	tree     quadTree
	walks    []*walk
	stepLen  float64
	energy0  float64
	progress int
	iter     int
	disp     float64
	done     bool
}

// NewForce prepares a simulation of g. Nodes without initial positions
// (g.Pos nil) are spread over a disc by a generator seeded with o.Seed;
// call Layout instead for a multilevel start on large graphs. It takes
// O(N + len(Edges)) time and returns an error wrapping ErrBadGraph if g
// is inconsistent.
func NewForce(g Graph, o Options) (*Force, error) {
	if err := g.Validate(); err != nil {
		return nil, err
	}
	o = o.withDefaults()
	f := &Force{opt: o, k: o.EdgeLength, rng: rand.New(rand.NewPCG(o.Seed, 0x9e3779b97f4a7c15))}
	masses := make([]float64, g.N)
	for i := range masses {
		masses[i] = 1
	}
	f.load(g, masses, unitWeights(g.Edges))
	if g.Pos == nil {
		f.scatter()
	}
	f.centre()
	f.rings = newRings(f)
	return f, nil
}

// unitWeights turns edges into springs of weight 1.
func unitWeights(edges []Edge) []spring {
	s := make([]spring, len(edges))
	for i, e := range edges {
		s[i] = spring{e.U, e.V, 1}
	}
	return s
}

// load copies the graph into the simulation's arrays.
func (f *Force) load(g Graph, masses []float64, springs []spring) {
	n := g.N
	f.x, f.y, f.m = make([]float64, n), make([]float64, n), masses
	f.mob, f.eta, f.grav = make([]float64, n), make([]float64, n), make([]float64, n)
	f.rate, f.pinned, f.groups = make([]float64, n), make([]bool, n), make([]int, n)
	f.fx, f.fy = make([]float64, n), make([]float64, n)
	f.springs, f.wdeg = springs, make([]float64, n)
	for i := 0; i < n; i++ {
		if g.Pos != nil {
			f.x[i], f.y[i] = g.Pos[i].X, g.Pos[i].Y
		}
		f.pinned[i] = g.Pinned != nil && g.Pinned[i]
		f.groups[i] = g.group(i)
		f.rate[i] = 1
		f.mob[i] = f.mobility(i)
	}
	for _, s := range springs {
		if s.u != s.v {
			f.wdeg[s.u] += s.w
			f.wdeg[s.v] += s.w
		}
	}
	for i := 0; i < n; i++ {
		f.tune(i)
	}
	f.setStep(f.k)
}

// setStep sets the global step length and lets every node move that far.
func (f *Force) setStep(s float64) {
	f.stepLen = s
}

// tune sets node i's gain and gravity from its degree and mass. The
// gain is a Jacobi-style preconditioner: a node held by many springs is
// stiffer, so the same force moves it less and it does not oscillate.
func (f *Force) tune(i int) {
	f.eta[i] = 0.4 / (1 + f.wdeg[i]/f.m[i])
	f.grav[i] = f.opt.Gravity * f.m[i]
}

// scatter places every node uniformly at random on a disc whose area
// grows with the total mass, O(N).
func (f *Force) scatter() {
	var mass float64
	for _, m := range f.m {
		mass += m
	}
	r := f.k * math.Sqrt(mass) / 2
	for i := range f.x {
		a := f.rng.Float64() * 2 * math.Pi
		d := r * math.Sqrt(f.rng.Float64())
		f.x[i], f.y[i] = d*math.Cos(a), d*math.Sin(a)
	}
}

// centre fixes the gravity centre at the mean of the current positions.
func (f *Force) centre() {
	f.cx, f.cy = 0, 0
	if len(f.x) == 0 {
		return
	}
	for i := range f.x {
		f.cx += f.x[i]
		f.cy += f.y[i]
	}
	f.cx /= float64(len(f.x))
	f.cy /= float64(len(f.y))
}

// Step runs up to n iterations, stopping early once converged, and reports
// whether the simulation has converged. Each iteration takes
// O(N log N + len(Edges)) time.
func (f *Force) Step(n int) bool {
	for i := 0; i < n; i++ {
		f.mu.Lock()
		if !f.done {
			f.iterate()
		}
		done := f.done
		f.mu.Unlock()
		if done {
			return true
		}
	}
	return f.Converged()
}

// Run iterates until the simulation converges, MaxIterations iterations
// have run in this call, or ctx is done; it returns
// ctx.Err() in the last case and nil otherwise. Check Converged to tell a
// converged run from one that hit MaxIterations.
func (f *Force) Run(ctx context.Context) error {
	for limit := f.opt.MaxIterations; limit > 0; limit-- {
		if err := ctx.Err(); err != nil {
			return err
		}
		if f.Step(1) {
			return nil
		}
	}
	return nil
}

// Converged reports whether the last iteration moved nodes on average by
// less than Tolerance·EdgeLength.
func (f *Force) Converged() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.done
}

// Iterations returns the number of iterations run so far.
func (f *Force) Iterations() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.iter
}

// Positions returns a copy of the current positions, O(N).
func (f *Force) Positions() []Point {
	f.mu.Lock()
	defer f.mu.Unlock()
	p := make([]Point, len(f.x))
	for i := range p {
		p[i] = Point{f.x[i], f.y[i]}
	}
	return p
}

// Len returns the number of nodes.
func (f *Force) Len() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.x)
}
