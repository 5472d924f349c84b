package export

import (
	"context"
	"fmt"

	"github.com/policygraph/policygraph/extract"
	"github.com/policygraph/policygraph/graphmodel"
	"github.com/policygraph/policygraph/layout"
	"github.com/policygraph/policygraph/style"
)

// overlapMargin is the space layout leaves between node boxes.
const overlapMargin = 4

// place returns the marker centre of every node of sub: opt.Positions
// where given, and otherwise a force-directed layout run to convergence
// whose label boxes are then separated. Without any given position the
// connected components are packed side by side and the boxes separated by
// legalise, which keeps large graphs compact; with some, layout.Layout
// refines the free nodes around the pinned ones and removes overlaps
// itself. It takes the time of layout.Layout,
// O(|V| log |V| + |E|) per iteration.
func place(fs *fontSet, sub graphmodel.Subgraph, opt Options) (map[string]point, error) {
	pos := make(map[string]point, len(sub.Nodes))
	for _, n := range sub.Nodes {
		if p, ok := opt.Positions[n.ID]; ok {
			pos[n.ID] = point{p[0], p[1]}
		}
	}
	if len(pos) == len(sub.Nodes) {
		return pos, nil
	}
	g, offsets := layoutGraph(fs, sub, pos)
	pinned := len(pos) > 0
	out, _, err := layout.Layout(context.Background(), g, layout.Options{
		Seed: opt.Seed, RemoveOverlaps: pinned, OverlapMargin: overlapMargin,
	})
	if err != nil {
		return nil, fmt.Errorf("export layout: %w", err)
	}
	if !pinned {
		out = legalise(packComponents(g, out), g.Sizes, overlapMargin)
	}
	for i, n := range sub.Nodes {
		pos[n.ID] = point{out[i].X, out[i].Y - offsets[i]}
	}
	return pos, nil
}

// layoutGraph converts sub to a layout graph whose boxes cover each node's
// shape and label. Nodes with a position are pinned there and the others
// start at the centroid of their placed neighbours (or of all placed
// nodes); with no positions at all layout places every node itself.
// offsets[i] is how far node i's box centre lies below its marker centre.
func layoutGraph(fs *fontSet, sub graphmodel.Subgraph, pos map[string]point) (layout.Graph, []float64) {
	n := len(sub.Nodes)
	index := make(map[string]int, n)
	g := layout.Graph{N: n, Sizes: make([]layout.Size, n), Groups: make([]int, n)}
	offsets := make([]float64, n)
	for i, node := range sub.Nodes {
		index[node.ID] = i
		w, h, off := nodeBox(fs, node, sub.Hidden[node.ID])
		g.Sizes[i] = layout.Size{W: w, H: h}
		g.Groups[i] = typeGroup(node.Type)
		offsets[i] = off
	}
	for _, e := range sub.Edges {
		u, ok1 := index[e.From]
		v, ok2 := index[e.To]
		if ok1 && ok2 && u != v {
			g.Edges = append(g.Edges, layout.Edge{U: u, V: v})
		}
	}
	if len(pos) > 0 {
		g.Pinned = make([]bool, n)
		g.Pos = startPositions(sub, g, pos, offsets)
		for i, node := range sub.Nodes {
			_, g.Pinned[i] = pos[node.ID]
		}
	}
	return g, offsets
}

// startPositions returns box centres: the given marker centres moved by
// their offsets, and for the other nodes the centroid of their placed
// neighbours, spread a little by index so that no two coincide.
func startPositions(sub graphmodel.Subgraph, g layout.Graph, pos map[string]point, offsets []float64) []layout.Point {
	start := make([]layout.Point, g.N)
	var cx, cy float64
	for i, node := range sub.Nodes {
		if p, ok := pos[node.ID]; ok {
			start[i] = layout.Point{X: p.X, Y: p.Y + offsets[i]}
			cx += p.X / float64(len(pos))
			cy += p.Y / float64(len(pos))
		}
	}
	sum := make([]layout.Point, g.N)
	count := make([]int, g.N)
	for _, e := range g.Edges {
		for _, pair := range [2][2]int{{e.U, e.V}, {e.V, e.U}} {
			if _, ok := pos[sub.Nodes[pair[1]].ID]; ok {
				sum[pair[0]].X += start[pair[1]].X
				sum[pair[0]].Y += start[pair[1]].Y
				count[pair[0]]++
			}
		}
	}
	for i, node := range sub.Nodes {
		if _, ok := pos[node.ID]; ok {
			continue
		}
		p := layout.Point{X: cx, Y: cy}
		if count[i] > 0 {
			p = layout.Point{X: sum[i].X / float64(count[i]), Y: sum[i].Y / float64(count[i])}
		}
		start[i] = layout.Point{X: p.X + float64(i%7-3)*7, Y: p.Y + float64(i%5-2)*7}
	}
	return start
}

// nodeBox returns the width and height of the box around a node's shape,
// its "+N" badge when hidden > 0 and the label below, and how far the box
// centre lies below the shape centre. The box is centred horizontally on
// the shape.
func nodeBox(fs *fontSet, n graphmodel.Node, hidden int) (w, h, offset float64) {
	st := style.ForType(n.Type)
	R := float64(st.Shape.OuterRadius(st.Radius))
	size := float64(st.FontSize)
	w = max(2*R, fs.width(n.Name, size)+2*labelPadX)
	h = 2*R + style.LabelGap + fs.lineHeight(size)
	rise := 0.0 // how far the badge reaches above the shape
	if s := badgeText(hidden); s != "" {
		bw, bh := badgeSize(fs, s)
		w = max(w, 2*(badgeShiftX*R+bw))
		rise = badgeRise * bh
	}
	return w, h + rise, (h-rise)/2 - R
}

// typeGroup returns the layout group of an entity type: its index in
// extract.Types, or one past the end for unknown types.
func typeGroup(typ string) int {
	for i, t := range extract.Types {
		if t == typ {
			return i
		}
	}
	return len(extract.Types)
}
