package graphview

import (
	"math"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/policygraph/policygraph/style"
)

// TestLabelPlacement checks, at a readable and at a small zoom, that
// labels are drawn at the zoom's size or, when that is too small, at
// smallLabelPx; that no two drawn labels overlap; that a label is left
// out only where it would cover (or nearly touch) a drawn one; and that the best connected
// and the selected node keep theirs.
func TestLabelPlacement(t *testing.T) {
	tests := map[string]struct {
		zoom     float32
		selected string
	}{
		"readable zoom":             {zoom: 1},
		"small zoom":                {zoom: 0.3},
		"small zoom, selected leaf": {zoom: 0.3, selected: "p-37"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			v, _ := newTestView(t, 60, 0)
			s := v.Scene()
			for i := range s.Nodes {
				s.Nodes[i].Degree = 1
			}
			s.Nodes[0].Degree = 60 // the hub
			v.SetScene(s)
			v.Select(tc.selected)
			hub, _ := v.ScreenPos("p")
			v.zoomAt(hub, tc.zoom/v.Zoom())
			zoom := v.Zoom()
			r := test.WidgetRenderer(v).(*renderer)
			shown := map[int]rect{}
			for i, o := range r.nodes {
				if !o.label.Visible() {
					continue
				}
				shown[i] = rect{o.label.Position(), o.label.Size()}
				want := style.ForType(s.Nodes[i].Type).FontSize * zoom
				if want < minLabelPx {
					want = smallLabelPx
				}
				if math.Abs(float64(o.label.TextSize-want)) > 1e-3 {
					t.Errorf("label %d drawn at %v px, want %v", i, o.label.TextSize, want)
				}
			}
			if _, ok := shown[0]; !ok {
				t.Error("the hub, best connected, has no label")
			}
			if i := indexOf(s, tc.selected); i >= 0 {
				if _, ok := shown[i]; !ok {
					t.Errorf("selected %s has no label", tc.selected)
				}
			}
			for i, a := range shown {
				for j, b := range shown {
					if i < j && a.overlaps(b) {
						t.Errorf("labels %d and %d overlap: %v %v", i, j, a, b)
					}
				}
			}
			for i, o := range r.nodes {
				if _, ok := shown[i]; ok || !o.shape.Visible() {
					continue
				}
				b := r.labelRect(i, smallLabelPx/style.ForType(s.Nodes[i].Type).FontSize)
				if zoom*style.ForType(s.Nodes[i].Type).FontSize >= minLabelPx {
					b = r.labelRect(i, zoom)
				}
				b.X, b.Width = b.X-labelSpace/2, b.Width+labelSpace
				if onScreen(b, v.Size()) && !coversAny(b, shown) {
					t.Errorf("label %d left out though it covers no drawn label", i)
				}
			}
			if tc.zoom < 1 && len(shown) == len(s.Nodes) {
				t.Errorf("all %d labels drawn at zoom %g: nothing was left out", len(shown), tc.zoom)
			}
		})
	}
}

func coversAny(b rect, shown map[int]rect) bool {
	for _, o := range shown {
		if b.overlaps(o) {
			return true
		}
	}
	return false
}

func indexOf(s *Scene, id string) int {
	for i, n := range s.Nodes {
		if n.ID == id {
			return i
		}
	}
	return -1
}
