package export

import (
	"image/color"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/policygraph/policygraph/graphmodel"
	"github.com/policygraph/policygraph/style"
)

// Spacing of the picture, in scene units (pixels at scale 1).
const (
	margin          = 16.0  // around everything
	labelPadX       = 2.0   // left and right of a label's text inside its box
	blockGap        = 14.0  // between legend, graph and caption
	legendRadius    = 6.0   // nominal radius of a legend icon
	legendSpacing   = 18.0  // between legend items
	minContentWidth = 360.0 // legend and caption wrap at no less than this
)

// textKind says what a drawn text is, for renderers that treat kinds
// differently (SVG classes, label backgrounds).
type textKind int

const (
	nodeLabel textKind = iota
	edgeLabel
	legendLabel
	captionLine
	badgeLabel // "+N" on a node with neighbours left out; Box is its pill
)

// drawnText is one line of text. The text starts at X on the baseline;
// Box is the padded box around it that must lie inside the picture.
type drawnText struct {
	Text     string
	X        float64
	Baseline float64
	Size     float64
	Colour   color.NRGBA
	Box      rect
	Kind     textKind
}

// marker is a node shape (or a legend icon) of nominal radius R centred on
// (X, Y).
type marker struct {
	Style style.TypeStyle
	X, Y  float64
	R     float64
}

// box returns the box the marker's outline lies in.
func (m marker) box() rect {
	R := float64(m.Style.Shape.OuterRadius(float32(m.R)))
	return centredBox(m.X, m.Y, 2*R, 2*R)
}

// segment is an edge line between two node centres.
type segment struct{ X1, Y1, X2, Y2 float64 }

// scene is everything an image shows, in scene units, independent of the
// output format. Bounds contains every marker and text box plus a margin.
type scene struct {
	Bounds  rect
	Lines   []segment
	Markers []marker
	Texts   []drawnText
}

// point is a position in scene units.
type point struct{ X, Y float64 }

// buildScene places the markers of sub at pos (marker centres), their
// labels below them, a "+N" badge on each node sub.Hidden counts left-out
// neighbours of, edge lines and optional predicate labels, a legend
// above and the caption below. A predicate label that would cover a node,
// a node label or an earlier predicate label is left out, so hubs do not
// drown in them. Nodes without a position and edges whose ends are not
// both drawn are left out too. It takes O(|V| + |E|) time plus the length
// of the labels, given labels of similar size.
func buildScene(fs *fontSet, sub graphmodel.Subgraph, pos map[string]point, opt Options) scene {
	var sc scene
	graph := emptyRect
	taken := newBoxGrid(64)
	for _, n := range sub.Nodes {
		p, ok := pos[n.ID]
		if !ok {
			continue
		}
		m, t := nodeMarker(fs, n, p)
		sc.Markers = append(sc.Markers, m)
		sc.Texts = append(sc.Texts, t)
		graph = graph.union(m.box()).union(t.Box)
		taken.add(m.box())
		taken.add(t.Box)
		if hidden := sub.Hidden[n.ID]; hidden > 0 {
			b := nodeBadge(fs, m, hidden)
			sc.Texts = append(sc.Texts, b)
			graph = graph.union(b.Box)
			taken.add(b.Box)
		}
	}
	for _, e := range edgeLines(fs, sub.Edges, pos, opt.ShowPredicates) {
		sc.Lines = append(sc.Lines, e.seg)
		if e.label != nil && !taken.hits(e.label.Box) {
			sc.Texts = append(sc.Texts, *e.label)
			graph = graph.union(e.label.Box)
			taken.add(e.label.Box)
		}
	}
	if graph.empty() {
		graph = rect{}
	}
	sc.Bounds = sc.addFrame(fs, sub, pos, opt, graph).inset(margin)
	return sc
}

// addFrame adds the legend above the graph's bounds and the caption below
// them, and returns the bounds of everything.
func (sc *scene) addFrame(fs *fontSet, sub graphmodel.Subgraph, pos map[string]point, opt Options, graph rect) rect {
	width := max(graph.W(), minContentWidth)
	all := graph
	markers, texts := legend(fs, sub.Nodes, pos, graph.MinX, graph.MinY-blockGap, width)
	for _, m := range markers {
		all = all.union(m.box())
	}
	texts = append(texts, captionLines(fs, opt.caption(sub), graph.MinX, graph.MaxY+blockGap, width)...)
	for _, t := range texts {
		all = all.union(t.Box)
	}
	sc.Markers = append(sc.Markers, markers...)
	sc.Texts = append(sc.Texts, texts...)
	return all
}

// nodeMarker returns the marker of node n at p and its label centred
// below it.
func nodeMarker(fs *fontSet, n graphmodel.Node, p point) (marker, drawnText) {
	st := style.ForType(n.Type)
	m := marker{Style: st, X: p.X, Y: p.Y, R: float64(st.Radius)}
	top := p.Y + float64(st.Shape.OuterRadius(st.Radius)) + style.LabelGap
	t := textAt(fs, n.Name, float64(st.FontSize), p.X, top, style.LabelColor, nodeLabel)
	return m, t
}

// textAt returns a one-line text horizontally centred on cx whose box
// starts at top. Control characters (a line break in a name) become
// spaces.
func textAt(fs *fontSet, s string, size, cx, top float64, col color.NRGBA, kind textKind) drawnText {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
	w := fs.width(s, size)
	h := fs.lineHeight(size)
	return drawnText{
		Text: s, X: cx - w/2, Baseline: top + fs.ascent*size, Size: size, Colour: col, Kind: kind,
		Box: rect{cx - w/2 - labelPadX, top, cx + w/2 + labelPadX, top + h},
	}
}

// edgeLine is one drawn edge with its optional predicate label.
type edgeLine struct {
	seg   segment
	label *drawnText
}

// edgeLines merges the edges between each pair of drawn nodes into one
// line, labelled (when showPredicates) with their predicates' display
// names at the midpoint. Lines come in order of first appearance.
func edgeLines(fs *fontSet, edges []graphmodel.Edge, pos map[string]point, showPredicates bool) []edgeLine {
	type pair struct{ a, b string }
	index := map[pair]int{}
	var lines []edgeLine
	var preds [][]string
	for _, e := range edges {
		p1, ok1 := pos[e.From]
		p2, ok2 := pos[e.To]
		if !ok1 || !ok2 || e.From == e.To {
			continue
		}
		k := pair{min(e.From, e.To), max(e.From, e.To)}
		i, ok := index[k]
		if !ok {
			i = len(lines)
			index[k] = i
			lines = append(lines, edgeLine{seg: segment{p1.X, p1.Y, p2.X, p2.Y}})
			preds = append(preds, nil)
		}
		preds[i] = appendUnique(preds[i], style.PredicateName(e.Predicate))
	}
	if showPredicates {
		for i := range lines {
			if len(preds[i]) == 1 && preds[i][0] == "" {
				continue
			}
			s := lines[i].seg
			size := style.EdgeLabelFontSize
			h := fs.lineHeight(size)
			t := textAt(fs, strings.Join(preds[i], "、"), size, (s.X1+s.X2)/2, (s.Y1+s.Y2)/2-h/2, style.EdgeLabel, edgeLabel)
			lines[i].label = &t
		}
	}
	return lines
}

// legend lays out one item per node type present (icon, Chinese type name,
// count) in rows no wider than width, ending at bottom, starting at left.
func legend(fs *fontSet, nodes []graphmodel.Node, pos map[string]point, left, bottom, width float64) ([]marker, []drawnText) {
	counts := map[string]int{}
	for _, n := range nodes {
		if _, ok := pos[n.ID]; ok {
			counts[n.Type]++
		}
	}
	size := style.LegendFontSize
	rowH := max(2*legendRadius, fs.lineHeight(size)) + 4
	var ms []marker
	var ts []drawnText
	x, y := 0.0, 0.0 // item position relative to the legend's top left
	for _, typ := range legendTypes(counts) {
		st := style.ForType(typ)
		text := st.Name + " " + strconv.Itoa(counts[typ])
		tw := fs.width(text, size)
		if w := 2*legendRadius + 6 + tw; x > 0 && x+w > width {
			x, y = 0, y+rowH
		}
		cy := y + rowH/2
		ms = append(ms, marker{Style: st, X: left + x + legendRadius, Y: cy, R: legendRadius})
		tx := left + x + 2*legendRadius + 6
		ts = append(ts, textAt(fs, text, size, tx+tw/2, cy-fs.lineHeight(size)/2, style.LabelColor, legendLabel))
		x += 2*legendRadius + 6 + tw + legendSpacing
	}
	top := bottom - (y + rowH)
	for i := range ms {
		ms[i].Y += top
	}
	for i := range ts {
		ts[i].Baseline += top
		ts[i].Box.MinY += top
		ts[i].Box.MaxY += top
	}
	return ms, ts
}

// legendTypes returns the types in counts in legend order: the known types
// in style order, then unknown ones alphabetically.
func legendTypes(counts map[string]int) []string {
	var out []string
	known := map[string]bool{}
	for _, st := range style.Types() {
		known[st.Type] = true
		if counts[st.Type] > 0 {
			out = append(out, st.Type)
		}
	}
	var other []string
	for t := range counts {
		if !known[t] {
			other = append(other, t)
		}
	}
	sort.Strings(other)
	return append(out, other...)
}

// captionLines wraps the caption into lines no wider than width, starting
// at (left, top).
func captionLines(fs *fontSet, caption string, left, top, width float64) []drawnText {
	size := style.LegendFontSize
	h := fs.lineHeight(size)
	var out []drawnText
	for i, line := range wrap(fs, caption, size, width) {
		w := fs.width(line, size)
		out = append(out, textAt(fs, line, size, left+w/2+labelPadX, top+float64(i)*h, style.LabelColor, captionLine))
	}
	return out
}

// wrap splits s into lines no wider than width, breaking between any two
// runes except inside a run of Latin letters and digits (a number or a
// word stays whole unless it alone is wider than width). Spaces at a
// break are dropped. It takes O(len(s)) time.
func wrap(fs *fontSet, s string, size, width float64) []string {
	if s == "" {
		return nil
	}
	var lines []string
	start, w := 0, 0.0
	brk, wAtBrk := -1, 0.0 // last break opportunity in the line and the width before it
	prev := rune(0)
	for i, r := range s {
		if i > start && !(isAlnum(prev) && isAlnum(r)) {
			brk, wAtBrk = i, w
		}
		adv := fs.info(r).advance * size
		if w+adv > width && i > start {
			cut := i
			if brk > start && isAlnum(r) {
				cut, w = brk, w-wAtBrk
			} else {
				w = 0
			}
			lines = append(lines, s[start:cut])
			start, brk = cut, -1
		}
		w += adv
		prev = r
	}
	lines = append(lines, s[start:])
	out := lines[:0]
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// isAlnum reports whether r is an ASCII letter or digit.
func isAlnum(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

// appendUnique appends s to list unless it is already there.
func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}
