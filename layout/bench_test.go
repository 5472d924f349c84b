package layout_test

import (
	"context"
	"testing"

	"github.com/policygraph/policygraph/layout"
	"github.com/policygraph/policygraph/layout/synth"
)

// benchLayout lays out a generated graph of n nodes and 1.5n edges to
// convergence with o and reports the iterations of the last run.
func benchLayout(b *testing.B, n int, o layout.Options) {
	g := synth.Clustered(n, 1)
	var st layout.Stats
	b.ResetTimer()
	for b.Loop() {
		var err error
		if _, st, err = layout.Layout(context.Background(), g, o); err != nil {
			b.Fatal(err)
		}
	}
	if !st.Converged {
		b.Fatalf("layout of %d nodes did not converge: %v", n, st.Iterations)
	}
	b.ReportMetric(float64(st.Total()), "iters/op")
	b.ReportMetric(float64(st.Iterations[len(st.Iterations)-1]), "fine-iters/op")
}

// benchRings puts policies and organisations in the middle, towns on the
// rim and the other types between.
var benchRings = []float64{
	synth.Policy: 0, synth.Organisation: 0.3, synth.Town: 1,
	synth.Project: 0.65, synth.Enterprise: 0.65, synth.Indicator: 0.65,
}

func BenchmarkLayout1k(b *testing.B)  { benchLayout(b, 1000, layout.Options{Seed: 1}) }
func BenchmarkLayout10k(b *testing.B) { benchLayout(b, 10000, layout.Options{Seed: 1}) }

func BenchmarkLayoutRings1k(b *testing.B) {
	benchLayout(b, 1000, layout.Options{Seed: 1, GroupRings: benchRings})
}

func BenchmarkLayoutRings10k(b *testing.B) {
	benchLayout(b, 10000, layout.Options{Seed: 1, GroupRings: benchRings})
}

// BenchmarkRemoveOverlaps10k separates the label boxes of a converged
// layout of 10,000 nodes.
func BenchmarkRemoveOverlaps10k(b *testing.B) {
	g := synth.Clustered(10000, 1)
	pos, _, err := layout.Layout(context.Background(), g, layout.Options{Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	passes := 0
	b.ResetTimer()
	for b.Loop() {
		_, passes = layout.RemoveOverlaps(pos, g.Sizes, nil, 0)
	}
	b.ReportMetric(float64(passes), "passes/op")
}

// BenchmarkRemoveOverlapsPinned10k separates the label boxes of a
// converged layout of 10,000 nodes of which one in 20 is pinned, the
// case where free nodes are relocated one by one.
func BenchmarkRemoveOverlapsPinned10k(b *testing.B) {
	g := synth.Clustered(10000, 1)
	pos, _, err := layout.Layout(context.Background(), g, layout.Options{Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	pinned := make([]bool, g.N)
	for i := 0; i < g.N; i += 20 {
		pinned[i] = true
	}
	passes := 0
	b.ResetTimer()
	for b.Loop() {
		_, passes = layout.RemoveOverlaps(pos, g.Sizes, pinned, 0)
	}
	b.ReportMetric(float64(passes), "passes/op")
}
