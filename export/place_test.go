package export

import (
	"math"
	"testing"

	"github.com/policygraph/policygraph/layout"
)

func TestPlace(t *testing.T) {
	fs, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	all := fixtureOptions("png", 1).Positions
	some := map[string][2]float64{}
	for id, p := range all {
		if len(some) < 4 {
			some[id] = p
		}
	}
	tests := map[string]struct {
		given map[string][2]float64
	}{
		"none given": {nil},
		"some given": {some},
		"all given":  {all},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			sub := sampleGraph()
			pos, err := place(fs, sub, Options{Positions: tc.given, Seed: 1})
			if err != nil {
				t.Fatal(err)
			}
			if len(pos) != len(sub.Nodes) {
				t.Fatalf("%d positions for %d nodes", len(pos), len(sub.Nodes))
			}
			for id, p := range tc.given {
				if got := pos[id]; got.X != p[0] || got.Y != p[1] {
					t.Errorf("%s moved from %v to %v", id, p, got)
				}
			}
			if len(tc.given) == len(all) {
				return
			}
			// Laid-out boxes (shape and label) do not overlap.
			sizes := make([]layout.Size, len(sub.Nodes))
			centres := make([]layout.Point, len(sub.Nodes))
			for i, n := range sub.Nodes {
				w, h, off := nodeBox(fs, n)
				sizes[i] = layout.Size{W: w, H: h}
				centres[i] = layout.Point{X: pos[n.ID].X, Y: pos[n.ID].Y + off}
				if math.IsNaN(centres[i].X) || math.IsNaN(centres[i].Y) {
					t.Fatalf("%s has no position", n.ID)
				}
			}
			if n := overlaps(centres, sizes, 0); n != 0 && len(tc.given) == 0 {
				t.Errorf("%d overlapping node boxes", n)
			}
		})
	}
}

func TestPlaceIsDeterministic(t *testing.T) {
	fs, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	sub := generatedGraph(300)
	a, err := place(fs, sub, Options{Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	b, err := place(fs, sub, Options{Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	for id, p := range a {
		if b[id] != p {
			t.Fatalf("%s: %v then %v", id, p, b[id])
		}
	}
}
