package layout

import "runtime"

// Options tune the force simulation and Layout. The zero value is usable:
// every zero field takes the default named in its comment.
type Options struct {
	// Seed makes the initial placement repeatable: the same graph, options
	// and seed always give the same positions.
	Seed uint64
	// EdgeLength is the natural spring length K in layout units (default 80).
	EdgeLength float64
	// Theta is the Barnes-Hut opening ratio: a cell of width w at distance
	// d counts as one body when w < Theta·d (default 1.5).
	Theta float64
	// Gravity pulls every node toward the centre with a force proportional
	// to its distance; it keeps disconnected parts together (default 0.02).
	Gravity float64
	// Tolerance sets convergence: the simulation has converged once nodes
	// move on average less than Tolerance·EdgeLength in one iteration
	// (default 0.005).
	Tolerance float64
	// MaxIterations stops a run that has not converged (default 2000 per
	// level).
	MaxIterations int
	// Settle is the rate at which nodes placed before an AddNodes, and
	// within two edges of it, keep moving afterwards, so an expansion
	// leaves the picture in place (default 0.1; 1 lets them move freely).
	Settle float64
	// RemoveOverlaps makes Layout finish with RemoveOverlaps on the label
	// boxes, with OverlapMargin layout units of space between boxes.
	RemoveOverlaps bool
	// OverlapMargin is the gap RemoveOverlaps leaves between boxes.
	OverlapMargin float64
	// GroupRings lays groups out in rings around the centre of their
	// connected component: a node of group g is pulled toward the circle
	// of radius GroupRings[g]·R, R the component's radius, so {policy: 0,
	// town: 1} puts policies in the middle and towns around them. Groups
	// past the end of the slice, or with a negative entry, feel no pull;
	// nil turns rings off. It acts on the finest level of Layout and in a
	// Force simulation.
	GroupRings []float64
	// RingPull is the strength of the GroupRings pull (default 1).
	RingPull float64
	// Workers is the number of goroutines computing forces (default
	// GOMAXPROCS). Results do not depend on it.
	Workers int
}

// withDefaults returns o with every zero field set to its default.
func (o Options) withDefaults() Options {
	if o.EdgeLength <= 0 {
		o.EdgeLength = 80
	}
	if o.Theta <= 0 {
		o.Theta = 1.5
	}
	if o.Gravity <= 0 {
		o.Gravity = 0.02
	}
	if o.Tolerance <= 0 {
		o.Tolerance = 0.005
	}
	if o.MaxIterations <= 0 {
		o.MaxIterations = 2000
	}
	if o.Settle <= 0 {
		o.Settle = 0.1
	}
	if o.RingPull <= 0 {
		o.RingPull = 1
	}
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	return o
}
