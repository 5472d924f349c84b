// Package layout places graph nodes in the plane for the canvas and for
// export. It is pure Go (no Fyne) and deterministic: the same graph,
// options and seed always give the same positions, on any number of cores.
//
// # API overview
//
// Input is a Graph: a node count N, Edges between node indices, and
// optional per-node label boxes (Sizes, in layout units), group indices
// (Groups, e.g. the entity type), Pinned flags and initial positions (Pos).
//
//	pos, stats, err := layout.Layout(ctx, g, layout.Options{Seed: 1, RemoveOverlaps: true})
//
// runs the force layout to convergence (multilevel when g.Pos is nil) and
// is what export uses. For the canvas, a Force simulation is driven step by
// step from a goroutine:
//
//	f, err := layout.NewForce(g, opts) // g.Pos from Layout, or nil
//	done := f.Step(5)                  // a few iterations per frame
//	pos := f.Positions()               // safe to call concurrently
//	f.Pin(i); f.SetPosition(i, p)      // the analyst drags node i
//	first, err := f.AddNodes(nodes, edges) // expansion: new nodes start
//	                                       // beside their Parent, old ones stay
//	f.Run(ctx)                         // or iterate until converged
//
// RemoveOverlaps(pos, g.Sizes, g.Pinned, margin) pushes label boxes apart
// (a CJK label is wide) until none overlap; with pinned nodes it moves the
// free boxes still overlapping to the nearest clear place instead of
// spreading the picture without end. Radial(g, center, ringGap)
// places nodes on rings by hop distance from a focused node, and
// Grouped(g, gap) puts each group in its own block. The subpackage synth
// generates report-like test graphs.
//
// # The force model
//
// Every pair of nodes repels with force m_i·m_j·K³/d² (inverse square, so
// only the neighbourhood matters and nodes on the rim are not flung out);
// each edge pulls its ends together with force d²/K; gravity pulls each
// node toward the centre with force Gravity·m·r. K is Options.EdgeLength.
// Repulsion uses a Barnes-Hut quadtree: O(N log N) per iteration instead
// of O(N²); springs and gravity cost O(N + E). Each node moves along its
// force by min(step, gain·|F|), where the gain falls with the node's
// degree so hubs do not oscillate, and the step cools adaptively as in
// Hu's scheme (sfdp): it shrinks by 0.9 whenever the total energy Σ|F|²
// rises and grows again after five falling iterations.
//
// # Convergence
//
// A simulation has converged when, in one iteration, nodes moved on
// average less than Tolerance·K (default 0.005·K). Because the step cools
// whenever the energy stops falling, every run converges; MaxIterations
// (default 2000 per level) is only a guard, and Stats and Converged tell
// which ended a run.
//
// # Multilevel
//
// Layout without initial positions coarsens the graph level by level: a
// maximal independent set, chosen by descending degree, becomes the
// coarse nodes and every other node joins a neighbouring one (so a hub and
// its whole star collapse into one node of their total mass). The coarsest
// graph (about 30 nodes) is laid out from a random start, then each level
// is spread back onto its members and refined with a cool start. Levels
// shrink geometrically, so a run costs about as much as the iterations on
// the full graph, typically 80 to 250.
//
// # Type rings
//
// Options.GroupRings gives each group (entity type) a ring: a node of
// group g is tied to the circle of radius GroupRings[g]·R around its
// connected component's centroid, R the component's radius, by a spring
// of zero rest length that pulls like an edge, (1 + degree)·RingPull
// times as strong, so a hub drags its star along. {policy: 0, town: 1,
// project: 0.65} puts policies on an inner ring, towns on the rim and
// projects between. The pull acts only on the finest level of Layout
// (coarse nodes mix types), which starts every free node half-way to its
// ring, and in a Force simulation, AddNodes included (NewNode.Group),
// which moves nodes only by the pull. It costs O(N) per iteration.
//
// # Incremental layout
//
// AddNodes appends nodes next to their parent, fanned out away from the
// parent's other neighbours. Nodes present before, within two edges of the
// expansion, move at Settle (default 0.1) times their normal rate
// afterwards, and the rest stay put, so an expansion leaves the picture
// the analyst knows in place. Reheat frees them all again.
package layout
