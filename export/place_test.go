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
	badges := map[string]int{"region/东昌府区": 240, "town/东昌府区/堂邑镇": 7}
	tests := map[string]struct {
		given  map[string][2]float64
		hidden map[string]int
	}{
		"none given":         {given: nil},
		"none given, badges": {given: nil, hidden: badges},
		"some given":         {given: some},
		"all given":          {given: all},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			sub := sampleGraph()
			sub.Hidden = tc.hidden
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
				w, h, off := nodeBox(fs, n, sub.Hidden[n.ID])
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

// TestNodeBoxCoversBadge checks that the box layout keeps clear around a
// node holds its shape, label and "+N" badge.
func TestNodeBoxCoversBadge(t *testing.T) {
	fs, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range sampleGraph().Nodes {
		for _, hidden := range []int{0, 3, 12345} {
			w, h, off := nodeBox(fs, n, hidden)
			box := centredBox(10, 20+off, w, h).inset(1e-9)
			m, label := nodeMarker(fs, n, point{10, 20})
			parts := []rect{m.box(), label.Box}
			if hidden > 0 {
				parts = append(parts, nodeBadge(fs, m, hidden).Box)
			}
			for _, p := range parts {
				if p.union(box) != box {
					t.Errorf("%s, %d hidden: part %v sticks out of the node box %v", n.Name, hidden, p, box)
				}
			}
		}
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
