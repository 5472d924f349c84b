package layout_test

import (
	"context"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/policygraph/policygraph/layout"
	"github.com/policygraph/policygraph/layout/synth"
)

// pinnedPage is the canvas after an analyst pages through a hub's
// neighbours: the hub and its first page of 30 neighbours, on a ring one
// edge length out, are pinned; the second page of 30 free nodes lies
// where the force layout put them, r0 to r0+dr from the hub, over the
// pinned labels. Labels are 3 to 12 CJK characters wide.
func pinnedPage(seed uint64, r0, dr float64) ([]layout.Point, []layout.Size, []bool) {
	rng := rand.New(rand.NewPCG(seed, 1))
	label := func() layout.Size { return layout.Size{W: float64(3+rng.IntN(10))*12 + 14, H: 20} }
	pos := []layout.Point{{}}
	boxes := []layout.Size{{W: 90, H: 20}}
	pinned := []bool{true}
	for i := 0; i < 30; i++ {
		a := float64(i) / 30 * 2 * math.Pi
		pos = append(pos, layout.Point{X: 110 * math.Cos(a), Y: 110 * math.Sin(a)})
		boxes = append(boxes, label())
		pinned = append(pinned, true)
	}
	for i := 0; i < 30; i++ {
		a, r := rng.Float64()*2*math.Pi, r0+dr*rng.Float64()
		pos = append(pos, layout.Point{X: r * math.Cos(a), Y: r * math.Sin(a)})
		boxes = append(boxes, label())
		pinned = append(pinned, false)
	}
	return pos, boxes, pinned
}

func TestRemoveOverlapsAroundPinnedHub(t *testing.T) {
	tests := map[string]struct {
		seed    uint64
		r0, dr  float64
		maxGrow float64
	}{
		"page over the ring, seed 1": {1, 60, 120, 2},
		"page over the ring, seed 2": {2, 60, 120, 2},
		"page over the ring, seed 8": {8, 60, 120, 2},
		"page over the ring, seed 9": {9, 60, 120, 2},
		"page on the hub":            {3, 0, 5, 2},
		"page outside the ring":      {4, 150, 60, 2},
	}
	const margin = 12
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			pos, boxes, pinned := pinnedPage(tc.seed, tc.r0, tc.dr)
			if i, _ := overlappingFree(pos, boxes, pinned, margin); i < 0 {
				t.Fatal("no free box overlaps: the test would prove nothing")
			}
			out, passes := layout.RemoveOverlaps(pos, boxes, pinned, margin)
			checkFinite(t, out)
			if before, after := extent(pos, boxes), extent(out, boxes); after > tc.maxGrow*before {
				t.Errorf("extent grew from %.0f to %.0f in %d passes", before, after, passes)
			}
			if i, j := overlappingFree(out, boxes, pinned, margin); i >= 0 {
				t.Errorf("after %d passes boxes %d %v and %d %v overlap", passes, i, out[i], j, out[j])
			}
			var moved float64
			for i := 31; i < len(pos); i++ {
				moved += dist(pos[i], out[i])
			}
			t.Logf("extent %.0f -> %.0f, %d passes, free nodes moved %.0f on average", extent(pos, boxes), extent(out, boxes), passes, moved/30)
			for i := range pinned {
				if pinned[i] && out[i] != pos[i] {
					t.Errorf("pinned node %d moved from %v to %v", i, pos[i], out[i])
				}
			}
		})
	}
}

// pinEvery pins every k-th of n nodes.
func pinEvery(n, k int) []bool {
	p := make([]bool, n)
	for i := 0; i < n; i += k {
		p[i] = true
	}
	return p
}

func TestRemoveOverlapsPinnedLayout(t *testing.T) {
	g := synth.Clustered(1000, 1)
	pos, _, err := layout.Layout(context.Background(), g, layout.Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	unpinned, _ := layout.RemoveOverlaps(pos, g.Sizes, nil, 4)
	var spread float64
	for i := range pos {
		spread += dist(pos[i], unpinned[i])
	}
	for name, every := range map[string]int{"one in 20 pinned": 20, "one in 3 pinned": 3} {
		t.Run(name, func(t *testing.T) {
			pinned := pinEvery(g.N, every)
			out, passes := layout.RemoveOverlaps(pos, g.Sizes, pinned, 4)
			if i, j := overlappingFree(out, g.Sizes, pinned, 4); i >= 0 {
				t.Fatalf("after %d passes boxes %d %v and %d %v overlap", passes, i, out[i], j, out[j])
			}
			var moved float64
			for i := range pos {
				if pinned[i] && out[i] != pos[i] {
					t.Fatalf("pinned node %d moved from %v to %v", i, pos[i], out[i])
				}
				moved += dist(pos[i], out[i])
			}
			t.Logf("nodes moved %.1f on average, %.1f without pins", moved/float64(g.N), spread/float64(g.N))
			if moved > spread {
				t.Errorf("nodes moved %.0f in all, more than the %.0f of a removal without pins", moved, spread)
			}
		})
	}
}
