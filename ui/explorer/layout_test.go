package explorer

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/policygraph/policygraph/extract"
	"github.com/policygraph/policygraph/graphmodel"
	"github.com/policygraph/policygraph/layout"
	"github.com/policygraph/policygraph/ui/graphview"
	"github.com/policygraph/policygraph/ui/uitheme"
)

// bigScene returns a laid-out scene of n nodes in hubs of 20, with about
// 1.5n edges, on a view in a test window.
func bigScene(b *testing.B, n int) (*graphview.Scene, *graphview.View) {
	a := test.NewTempApp(b)
	a.Settings().SetTheme(uitheme.Light())
	v := graphview.NewView()
	w := test.NewWindow(v)
	b.Cleanup(w.Close)
	w.Resize(fyne.NewSize(1280, 800))
	sub := graphmodel.Subgraph{}
	for i := 0; i < n; i++ {
		sub.Nodes = append(sub.Nodes, graphmodel.Node{ID: fmt.Sprint(i), Type: extract.Types[i%len(extract.Types)], Name: fmt.Sprintf("节点%d号", i)})
		if i > 0 {
			sub.Edges = append(sub.Edges, graphmodel.Edge{From: fmt.Sprint(i / 20 * 20), To: fmt.Sprint(i), Predicate: "part_of"})
		}
		if i%2 == 0 && i >= 20 {
			sub.Edges = append(sub.Edges, graphmodel.Edge{From: fmt.Sprint(i), To: fmt.Sprint(i - 19), Predicate: "supports"})
		}
	}
	s := graphview.NewScene()
	s.Merge(sub, "")
	v.SetScene(s)
	return s, v
}

// BenchmarkLayoutStep2000 measures one animation frame's worth of layout
// (stepsPerFrame iterations) on 2,000 visible nodes, without and with
// type rings.
func BenchmarkLayoutStep2000(b *testing.B) {
	for _, rings := range []bool{false, true} {
		b.Run(fmt.Sprintf("rings=%v", rings), func(b *testing.B) {
			s, v := bigScene(b, 2000)
			lg, _ := layoutGraph(s, v.LabelBoxes(), nil)
			f, err := layout.NewForce(lg, layoutOptions(rings))
			if err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				f.Step(stepsPerFrame)
			}
		})
	}
}

// BenchmarkLayoutStart2000 measures preparing a layout of 2,000 nodes:
// label boxes, the layout graph and the simulation.
func BenchmarkLayoutStart2000(b *testing.B) {
	s, v := bigScene(b, 2000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		lg, _ := layoutGraph(s, v.LabelBoxes(), nil)
		if _, err := layout.NewForce(lg, layoutOptions(false)); err != nil {
			b.Fatal(err)
		}
	}
}
