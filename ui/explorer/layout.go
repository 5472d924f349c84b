package explorer

import (
	"context"
	"slices"
	"time"

	"fyne.io/fyne/v2"

	"github.com/policygraph/policygraph/extract"
	"github.com/policygraph/policygraph/layout"
	"github.com/policygraph/policygraph/ui/graphview"
)

// Animation pacing: a few iterations per frame, for a brief animation
// after which the layout finishes at once.
const (
	stepsPerFrame = 4
	frameDelay    = 33 * time.Millisecond
	maxFrames     = 45
	overlapMargin = 12
)

// animator runs the force layout for the canvas off the UI goroutine and
// hands positions back through fyne.Do. Only the UI goroutine calls its
// methods.
type animator struct {
	view    *graphview.View
	animate bool
	rings   bool // pull each entity type to its own ring (typeRings)
	cancel  context.CancelFunc
	gen     int // bumped by stop, so that late frames are dropped
}

func newAnimator(v *graphview.View, animate bool) *animator {
	return &animator{view: v, animate: animate}
}

// stop abandons a running layout.
func (a *animator) stop() {
	a.gen++
	if a.cancel != nil {
		a.cancel()
		a.cancel = nil
	}
}

// run lays out s and then calls settled (if not nil) on the UI
// goroutine. When free is nil every unpinned node may move; otherwise
// only the nodes in free do and the others stay put, which is how an
// expansion keeps the picture the analyst already knows.
func (a *animator) run(s *graphview.Scene, free []string, settled func()) {
	a.stop()
	lg, ids := layoutGraph(s, a.view.LabelBoxes(), free)
	f, err := layout.NewForce(lg, layoutOptions(a.rings))
	if err != nil {
		fyne.LogError("layout", err)
		return
	}
	if !a.animate {
		_ = f.Run(context.Background())
		a.view.SetPositions(finish(f, lg, ids))
		if settled != nil {
			settled()
		}
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	a.cancel = cancel
	go a.loop(ctx, f, lg, ids, a.gen, settled)
}

// loop animates a few steps per frame, then finishes the layout.
func (a *animator) loop(ctx context.Context, f *layout.Force, lg layout.Graph, ids []string, gen int, settled func()) {
	for frame := 0; frame < maxFrames; frame++ {
		if ctx.Err() != nil {
			return
		}
		done := f.Step(stepsPerFrame)
		a.apply(gen, toScreen(f.Positions(), ids), nil)
		if done {
			break
		}
		time.Sleep(frameDelay)
	}
	if f.Run(ctx) != nil {
		return
	}
	a.apply(gen, finish(f, lg, ids), settled)
}

// apply moves the canvas nodes on the UI goroutine, then calls then,
// unless the layout was stopped since.
func (a *animator) apply(gen int, pos map[string]fyne.Position, then func()) {
	fyne.Do(func() {
		if gen != a.gen {
			return
		}
		a.view.SetPositions(pos)
		if then != nil {
			then()
		}
	})
}

// typeRings is the ring of each entity type (indexed as extract.Types)
// for the ring layout, as a fraction of the component's radius:
// programmes and the district in the middle, organisations close to
// them, enterprises, projects and indicators half-way, towns on the rim.
var typeRings = []float64{1, 0.75, 0.75, 0.45, 0.45, 0.75, 0}

// layoutOptions are the force parameters for the canvas: springs a bit
// longer than a CJK label, a fixed seed so the same graph always looks
// the same, and with rings each entity type pulled to its ring.
func layoutOptions(rings bool) layout.Options {
	o := layout.Options{Seed: 1, EdgeLength: 110}
	if rings {
		o.GroupRings = typeRings
	}
	return o
}

// layoutGraph turns the scene into the layout's input: indices in scene
// order, label boxes, type groups, positions, and the nodes that must
// not move. O(nodes + edges).
func layoutGraph(s *graphview.Scene, boxes map[string]fyne.Size, free []string) (layout.Graph, []string) {
	ids := s.IDs()
	index := make(map[string]int, len(ids))
	for i, id := range ids {
		index[id] = i
	}
	movable := map[string]bool{}
	for _, id := range free {
		movable[id] = true
	}
	g := layout.Graph{
		N:      len(ids),
		Sizes:  make([]layout.Size, len(ids)),
		Groups: make([]int, len(ids)),
		Pinned: make([]bool, len(ids)),
		Pos:    make([]layout.Point, len(ids)),
	}
	for i, n := range s.Nodes {
		b := boxes[n.ID]
		g.Sizes[i] = layout.Size{W: float64(b.Width), H: float64(b.Height)}
		g.Groups[i] = max(slices.Index(extract.Types, n.Type), 0)
		g.Pinned[i] = s.Pinned[n.ID] || (free != nil && !movable[n.ID])
		p := s.Pos[n.ID]
		g.Pos[i] = layout.Point{X: float64(p.X), Y: float64(p.Y)}
	}
	for _, e := range s.Edges {
		g.Edges = append(g.Edges, layout.Edge{U: index[e.From], V: index[e.To]})
	}
	return g, ids
}

// finish removes label overlaps from the converged positions, moving
// only the nodes the layout moved: after an expansion the nodes already
// on the canvas are pinned (as are the ones the analyst pinned), so the
// picture stays as it was and only the new nodes find clear places. If
// removal would spread the picture out of all proportion, the converged
// positions stand.
func finish(f *layout.Force, g layout.Graph, ids []string) map[string]fyne.Position {
	settled := f.Positions()
	pos, _ := layout.RemoveOverlaps(settled, g.Sizes, g.Pinned, overlapMargin)
	if extent(pos) > maxSpread*extent(settled)+4*overlapMargin {
		pos = settled
	}
	return toScreen(pos, ids)
}

// maxSpread is how much overlap removal may grow the picture.
const maxSpread = 2

// extent returns the larger side of the box around the points.
func extent(pos []layout.Point) float64 {
	if len(pos) == 0 {
		return 0
	}
	lo, hi := pos[0], pos[0]
	for _, p := range pos[1:] {
		lo = layout.Point{X: min(lo.X, p.X), Y: min(lo.Y, p.Y)}
		hi = layout.Point{X: max(hi.X, p.X), Y: max(hi.Y, p.Y)}
	}
	return max(hi.X-lo.X, hi.Y-lo.Y)
}

// toScreen converts layout points to canvas world positions by id.
func toScreen(pos []layout.Point, ids []string) map[string]fyne.Position {
	out := make(map[string]fyne.Position, len(ids))
	for i, id := range ids {
		out[id] = fyne.NewPos(float32(pos[i].X), float32(pos[i].Y))
	}
	return out
}

// arrange places the canvas nodes with a one-shot layout (radial or
// grouped) as one undoable step, keeping pinned nodes where they are.
func (e *Explorer) arrange(label string, place func(layout.Graph, map[string]int) ([]layout.Point, error)) {
	before := e.view.Scene()
	if len(before.Nodes) == 0 {
		return
	}
	e.layout.stop()
	lg, ids := layoutGraph(before, e.view.LabelBoxes(), nil)
	index := make(map[string]int, len(ids))
	for i, id := range ids {
		index[id] = i
	}
	pos, err := place(lg, index)
	if err != nil {
		e.report(err)
		return
	}
	pos, _ = layout.RemoveOverlaps(pos, lg.Sizes, lg.Pinned, overlapMargin)
	e.undo.Record(label, before)
	e.view.SetPositions(toScreen(pos, ids))
	e.view.Fit()
	e.tools.refresh()
	e.setStatus(label)
}

// ToggleRings switches the ring layout (each entity type on its own ring:
// programmes in the middle, towns on the rim) on or off and lays the
// canvas out again, as one undoable step.
func (e *Explorer) ToggleRings() {
	e.layout.rings = !e.layout.rings
	e.ringsItem.Checked = e.layout.rings
	e.win.MainMenu().Refresh()
	label := "按类型分环布局"
	if !e.layout.rings {
		label = "取消分环布局"
	}
	e.relayout(label)
}

// RadialLayout puts the selected node (or the first one) in the middle
// and the others on rings by hop distance.
func (e *Explorer) RadialLayout() {
	e.arrange("径向布局", func(g layout.Graph, index map[string]int) ([]layout.Point, error) {
		centre := 0
		if i, ok := index[e.view.Selected()]; ok {
			centre = i
		}
		return layout.Radial(g, centre, 0)
	})
}

// GroupedLayout puts each entity type in its own block.
func (e *Explorer) GroupedLayout() {
	e.arrange("按类型分组布局", func(g layout.Graph, _ map[string]int) ([]layout.Point, error) {
		return layout.Grouped(g, 0)
	})
}
