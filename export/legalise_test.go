package export

import (
	"context"
	"math"
	"testing"

	"github.com/policygraph/policygraph/layout"
)

// overlaps counts pairs of boxes (centred on pos, margin apart) that
// overlap, by brute force.
func overlaps(pos []layout.Point, sizes []layout.Size, margin float64) int {
	n := 0
	for i := range pos {
		for j := i + 1; j < len(pos); j++ {
			dx := math.Abs(pos[i].X - pos[j].X)
			dy := math.Abs(pos[i].Y - pos[j].Y)
			if dx < (sizes[i].W+sizes[j].W)/2+margin-1e-9 && dy < (sizes[i].H+sizes[j].H)/2+margin-1e-9 {
				n++
			}
		}
	}
	return n
}

func TestLegaliseRemovesOverlaps(t *testing.T) {
	fs, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]struct{ nodes int }{
		"fixture size": {8},
		"200 nodes":    {200},
		"2000 nodes":   {2000},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			sub := generatedGraph(tc.nodes)
			g, _ := layoutGraph(fs, sub, nil)
			pos, _, err := layout.Layout(context.Background(), g, layout.Options{Seed: 3})
			if err != nil {
				t.Fatal(err)
			}
			if before := overlaps(pos, g.Sizes, overlapMargin); before == 0 {
				t.Fatalf("the layout has no overlaps to remove")
			}
			out := legalise(pos, g.Sizes, overlapMargin)
			if n := overlaps(out, g.Sizes, overlapMargin); n != 0 {
				t.Errorf("%d overlapping pairs remain", n)
			}
			// Boxes stay near where the scaled layout put them: the mean
			// displacement is below two rows.
			scaled := spreadTo(pos, g.Sizes, overlapMargin, targetDensity)
			var sum, rowH float64
			for i := range out {
				sum += math.Hypot(out[i].X-scaled[i].X, out[i].Y-scaled[i].Y)
				rowH = max(rowH, g.Sizes[i].H+overlapMargin)
			}
			if mean := sum / float64(len(out)); mean > 2*rowH {
				t.Errorf("mean displacement %.1f, more than two rows (%.1f)", mean, 2*rowH)
			}
		})
	}
}

func TestSpreadToNeverShrinks(t *testing.T) {
	pos := []layout.Point{{X: 0, Y: 0}, {X: 1000, Y: 0}, {X: 0, Y: 1000}}
	sizes := []layout.Size{{W: 10, H: 10}, {W: 10, H: 10}, {W: 10, H: 10}}
	out := spreadTo(pos, sizes, 0, 0.5)
	for i := range pos {
		if out[i] != pos[i] {
			t.Errorf("sparse layout moved: %v → %v", pos[i], out[i])
		}
	}
	dense := []layout.Point{{X: 0, Y: 0}, {X: 1, Y: 0}, {X: 0, Y: 1}}
	out = spreadTo(dense, sizes, 0, 0.5)
	if d := math.Hypot(out[1].X-out[0].X, out[1].Y-out[0].Y); d < 10 {
		t.Errorf("dense layout spread only to %.1f apart", d)
	}
}
