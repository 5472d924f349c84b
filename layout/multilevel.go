package layout

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
)

// refineStep is the initial step length, in edge lengths, on every level
// finer than the coarsest: the prolonged layout is already close, so the
// refinement starts cool.
const refineStep = 0.3

// ringStart is how far, as a share of the way, the finest level of a
// Layout with GroupRings starts each node toward its ring: the coarse
// levels know nothing of types, and without the head start the pull
// needs three times the iterations on 10,000 nodes.
const ringStart = 0.5

// Stats describes a Layout run.
type Stats struct {
	Levels     int   // levels in the multilevel hierarchy (1: not coarsened)
	Iterations []int // force iterations per level, coarsest first
	Converged  bool  // whether the finest level converged
	Passes     int   // overlap removal passes, 0 when not asked for
}

// Total returns the number of force iterations over all levels.
func (s Stats) Total() int {
	t := 0
	for _, it := range s.Iterations {
		t += it
	}
	return t
}

// Layout runs a force-directed layout of g to convergence and returns the
// positions. Without initial positions it is multilevel: it coarsens the
// graph by collapsing stars and independent-set clusters, lays out the
// coarsest graph, then spreads each cluster over its members and refines
// level by level. With g.Pos set it refines those positions. With
// o.RemoveOverlaps it then separates the label boxes.
//
// Each iteration takes O(N log N + E) time; levels shrink geometrically, so
// a run costs about the iterations of the finest level, typically 50 to
// 300. It returns ctx.Err() if ctx ends first, or an error wrapping
// ErrBadGraph for an inconsistent g.
func Layout(ctx context.Context, g Graph, o Options) ([]Point, Stats, error) {
	if err := g.Validate(); err != nil {
		return nil, Stats{}, err
	}
	o = o.withDefaults()
	var st Stats
	var pos []Point
	var err error
	if g.Pos != nil || g.N <= minCoarse {
		pos, err = refineGiven(ctx, g, o, &st)
	} else {
		pos, err = multilevel(ctx, g, o, &st)
	}
	if err != nil {
		return nil, st, fmt.Errorf("layout of %d nodes: %w", g.N, err)
	}
	if o.RemoveOverlaps && g.Sizes != nil {
		pos, st.Passes = RemoveOverlaps(pos, g.Sizes, g.Pinned, o.OverlapMargin)
	}
	return pos, st, nil
}

// refineGiven runs a single-level simulation from g's own start.
func refineGiven(ctx context.Context, g Graph, o Options, st *Stats) ([]Point, error) {
	f, err := NewForce(g, o)
	if err != nil {
		return nil, err
	}
	err = f.Run(ctx)
	st.Levels, st.Iterations, st.Converged = 1, []int{f.Iterations()}, f.Converged()
	return f.Positions(), err
}

// multilevel lays out the coarsest level from a random start and refines
// every finer level from the positions of the one above it.
func multilevel(ctx context.Context, g Graph, o Options, st *Stats) ([]Point, error) {
	fine := level{n: g.N, mass: make([]float64, g.N), springs: unitWeights(g.Edges)}
	for i := range fine.mass {
		fine.mass[i] = 1
	}
	levels := hierarchy(fine)
	rng := rand.New(rand.NewPCG(o.Seed, 0x243f6a8885a308d3))
	st.Levels = len(levels)
	var pos []Point
	for li := len(levels) - 1; li >= 0; li-- {
		lg := Graph{N: levels[li].n, Pos: pos}
		if li == 0 {
			lg.Pinned, lg.Groups = g.Pinned, g.Groups
		}
		f := &Force{opt: o, k: o.EdgeLength, rng: rng}
		f.load(lg, levels[li].mass, levels[li].springs)
		if pos == nil {
			f.scatter()
		} else {
			f.setStep(refineStep * f.k)
		}
		f.centre()
		if li == 0 {
			f.rings = newRings(f)
			if f.rings != nil {
				f.towardRings(ringStart)
			}
		}
		err := f.Run(ctx)
		st.Iterations = append(st.Iterations, f.Iterations())
		st.Converged = f.Converged()
		if err != nil {
			return nil, err
		}
		pos = f.Positions()
		if li > 0 {
			pos = prolong(&levels[li-1], pos, o.EdgeLength, rng)
		}
	}
	return pos, nil
}

// prolong places the nodes of the finer level fine from the positions of
// the coarser one: each cluster's centre stays on the cluster's position
// and the other members go to random points around it, within one edge
// length. It takes O(N) time.
func prolong(fine *level, coarse []Point, k float64, rng *rand.Rand) []Point {
	pos := make([]Point, fine.n)
	for v := range pos {
		p := coarse[fine.parent[v]]
		if !fine.centre[v] {
			a := rng.Float64() * 2 * math.Pi
			r := k * (0.2 + 0.8*rng.Float64())
			p.X += r * math.Cos(a)
			p.Y += r * math.Sin(a)
		}
		pos[v] = p
	}
	return pos
}
