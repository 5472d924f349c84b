package graphview

import (
	"math"
	"sort"

	"fyne.io/fyne/v2"

	"github.com/policygraph/policygraph/style"
)

// smallLabelPx is the text size, in screen pixels, of the labels still
// shown when the zoom makes labels smaller than minLabelPx.
const smallLabelPx = 9

// labelCell is the cell size, in screen pixels, of the grid that finds
// placed labels near a new one; labelSpace is the least horizontal space
// between two labels, so that neighbours do not read as one.
const (
	labelCell  = 64
	labelSpace = 4
)

// labelScales returns, per node, the scale its label is drawn at (text
// size = the type's font size × scale), or 0 to hide it. A label is drawn
// at the zoom's size, or at smallLabelPx where that would be smaller
// than minLabelPx (hiding them all leaves a zoomed-out picture without a
// word). Labels are placed in order of importance (the selected, hovered
// and marked nodes first, then by degree) and one that would cover a
// label placed before it is left out, so text never piles up where
// nodes crowd. Nodes off screen get no label. It takes O(n log n) time
// for the n nodes on screen.
func (r *renderer) labelScales(size fyne.Size) []float32 {
	v := r.v
	scales := make([]float32, len(v.scene.Nodes))
	var cand []int
	for i, n := range v.scene.Nodes {
		st := style.ForType(n.Type)
		scale := v.zoom
		if st.FontSize*v.zoom < minLabelPx {
			scale = smallLabelPx / st.FontSize
		}
		if onScreen(r.labelRect(i, scale), size) {
			scales[i] = scale
			cand = append(cand, i)
		}
	}
	sort.SliceStable(cand, func(a, b int) bool { return r.labelRank(cand[a]) > r.labelRank(cand[b]) })
	placed := labelGrid{}
	for _, i := range cand {
		b := r.labelRect(i, scales[i])
		b.X, b.Width = b.X-labelSpace/2, b.Width+labelSpace
		if r.emphasised(i) || !placed.hits(b) {
			placed.add(b)
			continue
		}
		scales[i] = 0
	}
	return scales
}

// labelRect returns the screen box of node i's label drawn at scale.
func (r *renderer) labelRect(i int, scale float32) rect {
	v := r.v
	c := v.toScreen(v.scene.Pos[v.scene.Nodes[i].ID])
	rad := max(v.radius(i)*v.zoom, 2)
	lab := v.labelSize(i)
	return rect{fyne.NewPos(c.X-lab.Width*scale/2, c.Y+rad+labelGap*v.zoom), fyne.NewSize(lab.Width*scale, lab.Height*scale)}
}

// onScreen reports whether b meets the view of the given size.
func onScreen(b rect, size fyne.Size) bool {
	return b.X+b.Width >= 0 && b.X <= size.Width && b.Y+b.Height >= 0 && b.Y <= size.Height
}

// emphasised reports whether node i is selected, hovered or marked.
func (r *renderer) emphasised(i int) bool {
	id := r.v.scene.Nodes[i].ID
	return id == r.v.selected || id == r.v.hover || r.v.marked[id]
}

// labelRank orders labels: emphasised nodes first, then by degree.
func (r *renderer) labelRank(i int) int {
	if r.emphasised(i) {
		return math.MaxInt
	}
	return r.v.scene.Nodes[i].Degree
}

// labelGrid holds placed label boxes by grid cell.
type labelGrid map[[2]int][]rect

// cells calls f with every cell b touches.
func (g labelGrid) cells(b rect, f func(k [2]int)) {
	x0, y0 := int(math.Floor(float64(b.X/labelCell))), int(math.Floor(float64(b.Y/labelCell)))
	x1, y1 := int(math.Floor(float64((b.X+b.Width)/labelCell))), int(math.Floor(float64((b.Y+b.Height)/labelCell)))
	for x := x0; x <= x1; x++ {
		for y := y0; y <= y1; y++ {
			f([2]int{x, y})
		}
	}
}

// add records b.
func (g labelGrid) add(b rect) {
	g.cells(b, func(k [2]int) { g[k] = append(g[k], b) })
}

// hits reports whether b overlaps a recorded box.
func (g labelGrid) hits(b rect) bool {
	hit := false
	g.cells(b, func(k [2]int) {
		for _, o := range g[k] {
			hit = hit || b.overlaps(o)
		}
	})
	return hit
}
