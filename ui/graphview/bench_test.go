package graphview

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/policygraph/policygraph/extract"
	"github.com/policygraph/policygraph/graphmodel"
	"github.com/policygraph/policygraph/ui/uitheme"
)

// bigScene returns a scene of n nodes of every type in a grid, each
// joined to the next and to a hub every 20 nodes, about 1.5n edges.
func bigScene(n int) *Scene {
	sub := graphmodel.Subgraph{}
	for i := 0; i < n; i++ {
		sub.Nodes = append(sub.Nodes, graphmodel.Node{
			ID:   fmt.Sprint(i),
			Type: extract.Types[i%len(extract.Types)],
			Name: fmt.Sprintf("节点%d号", i),
		})
		if i > 0 {
			sub.Edges = append(sub.Edges, graphmodel.Edge{From: fmt.Sprint(i - 1), To: fmt.Sprint(i), Predicate: "part_of"})
		}
		if i%2 == 0 && i >= 20 {
			sub.Edges = append(sub.Edges, graphmodel.Edge{From: fmt.Sprint(i), To: fmt.Sprint(i / 20), Predicate: "supports"})
		}
	}
	s := NewScene()
	s.Merge(sub, "")
	for i := 0; i < n; i++ {
		s.Pos[fmt.Sprint(i)] = fyne.NewPos(float32(i%50)*60, float32(i/50)*50)
	}
	return s
}

// BenchmarkRedraw2000 measures one full redraw of 2,000 visible nodes:
// building every canvas object and placing it.
func BenchmarkRedraw2000(b *testing.B) {
	a := test.NewTempApp(b)
	a.Settings().SetTheme(uitheme.Light())
	v := NewView()
	w := test.NewWindow(v)
	defer w.Close()
	w.Resize(fyne.NewSize(1280, 800))
	v.SetScene(bigScene(2000))
	v.Fit()
	r := test.WidgetRenderer(v).(*renderer)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v.revision++
		r.Refresh()
	}
}

// BenchmarkPan2000 measures one pan step (placing every object again
// without rebuilding) with 2,000 visible nodes.
func BenchmarkPan2000(b *testing.B) {
	a := test.NewTempApp(b)
	a.Settings().SetTheme(uitheme.Light())
	v := NewView()
	w := test.NewWindow(v)
	defer w.Close()
	w.Resize(fyne.NewSize(1280, 800))
	v.SetScene(bigScene(2000))
	v.Fit()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(5, 5)}, Dragged: fyne.NewDelta(1, 0)})
	}
}
