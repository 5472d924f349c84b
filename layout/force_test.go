package layout_test

import (
	"context"
	"errors"
	"testing"

	"github.com/policygraph/policygraph/layout"
	"github.com/policygraph/policygraph/layout/synth"
)

func TestLayoutDeterministic(t *testing.T) {
	g := synth.Clustered(600, 7)
	tests := map[string]struct {
		a, b layout.Options
		same bool
	}{
		"same seed":           {layout.Options{Seed: 3}, layout.Options{Seed: 3}, true},
		"one or two workers":  {layout.Options{Seed: 3, Workers: 1}, layout.Options{Seed: 3, Workers: 2}, true},
		"other seed differs":  {layout.Options{Seed: 3}, layout.Options{Seed: 4}, false},
		"with overlap remove": {layout.Options{Seed: 5, RemoveOverlaps: true}, layout.Options{Seed: 5, RemoveOverlaps: true}, true},
		"rings, 1 or 2 cores": {layout.Options{Seed: 3, Workers: 1, GroupRings: []float64{0, 1}}, layout.Options{Seed: 3, Workers: 2, GroupRings: []float64{0, 1}}, true},
		"rings differ":        {layout.Options{Seed: 3}, layout.Options{Seed: 3, GroupRings: []float64{0, 1}}, false},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			a, _, err := layout.Layout(context.Background(), g, tc.a)
			if err != nil {
				t.Fatal(err)
			}
			b, _, err := layout.Layout(context.Background(), g, tc.b)
			if err != nil {
				t.Fatal(err)
			}
			same := true
			for i := range a {
				if a[i] != b[i] {
					same = false
					break
				}
			}
			if same != tc.same {
				t.Fatalf("positions equal = %v, want %v", same, tc.same)
			}
		})
	}
}

func TestLayoutQuality(t *testing.T) {
	for name, n := range map[string]int{"200 nodes": 200, "2000 nodes": 2000} {
		t.Run(name, func(t *testing.T) {
			g := synth.Clustered(n, 11)
			o := layout.Options{Seed: 1}
			pos, st, err := layout.Layout(context.Background(), g, o)
			if err != nil {
				t.Fatal(err)
			}
			checkFinite(t, pos)
			if !st.Converged {
				t.Fatalf("did not converge: %+v", st)
			}
			connected := map[[2]int]bool{}
			var edgeSum float64
			for _, e := range g.Edges {
				connected[[2]int{min(e.U, e.V), max(e.U, e.V)}] = true
				edgeSum += dist(pos[e.U], pos[e.V])
			}
			var otherSum float64
			var others int
			for i := 0; i < n; i += 3 {
				for j := i + 1; j < n; j += 7 {
					if !connected[[2]int{i, j}] {
						otherSum += dist(pos[i], pos[j])
						others++
					}
				}
			}
			edgeMean, otherMean := edgeSum/float64(len(g.Edges)), otherSum/float64(others)
			if edgeMean >= otherMean/3 {
				t.Errorf("connected pairs %.0f apart on average, unconnected %.0f: want connected well under a third", edgeMean, otherMean)
			}
			if k := 80.0; edgeMean < k/4 || edgeMean > 6*k {
				t.Errorf("mean edge length %.0f, want near the spring length %.0f", edgeMean, k)
			}
		})
	}
}

func TestLayoutNoFarFlungNodes(t *testing.T) {
	g := synth.Clustered(1000, 2)
	pos, _, err := layout.Layout(context.Background(), g, layout.Options{Seed: 2})
	if err != nil {
		t.Fatal(err)
	}
	var cx, cy float64
	for _, p := range pos {
		cx += p.X
		cy += p.Y
	}
	c := layout.Point{X: cx / float64(len(pos)), Y: cy / float64(len(pos))}
	var mean, far float64
	for _, p := range pos {
		d := dist(p, c)
		mean += d
		far = max(far, d)
	}
	mean /= float64(len(pos))
	if far > 3*mean {
		t.Fatalf("farthest node %.0f from the centre, mean %.0f: something was flung away", far, mean)
	}
}

func TestLayoutSmallGraphs(t *testing.T) {
	tests := map[string]layout.Graph{
		"empty":         {},
		"one node":      {N: 1},
		"two nodes":     {N: 2, Edges: []layout.Edge{{0, 1}}},
		"no edges":      {N: 50},
		"self loops":    {N: 3, Edges: []layout.Edge{{0, 0}, {1, 2}, {2, 2}}},
		"given places":  {N: 3, Edges: []layout.Edge{{0, 1}}, Pos: []layout.Point{{0, 0}, {0, 0}, {0, 0}}},
		"pinned corner": {N: 3, Edges: []layout.Edge{{0, 1}, {1, 2}}, Pinned: []bool{true, false, false}, Pos: []layout.Point{{500, 500}, {0, 0}, {1, 0}}},
	}
	for name, g := range tests {
		t.Run(name, func(t *testing.T) {
			pos, _, err := layout.Layout(context.Background(), g, layout.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(pos) != g.N {
				t.Fatalf("%d positions for %d nodes", len(pos), g.N)
			}
			checkFinite(t, pos)
			for i := range pos {
				if g.Pinned != nil && g.Pinned[i] && pos[i] != g.Pos[i] {
					t.Errorf("pinned node %d moved from %v to %v", i, g.Pos[i], pos[i])
				}
				for j := i + 1; j < len(pos); j++ {
					if pos[i] == pos[j] {
						t.Errorf("nodes %d and %d both at %v", i, j, pos[i])
					}
				}
			}
		})
	}
}

func TestLayoutErrors(t *testing.T) {
	if _, _, err := layout.Layout(context.Background(), layout.Graph{N: 1, Edges: []layout.Edge{{0, 1}}}, layout.Options{}); !errors.Is(err, layout.ErrBadGraph) {
		t.Errorf("bad graph: err = %v, want ErrBadGraph", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := layout.Layout(ctx, synth.Clustered(500, 1), layout.Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v, want context.Canceled", err)
	}
}

func TestForceStepConverges(t *testing.T) {
	g := synth.Clustered(300, 4)
	f, err := layout.NewForce(g, layout.Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	frames := 0
	for !f.Step(5) {
		frames++
		if frames > 1000 {
			t.Fatalf("not converged after %d iterations", f.Iterations())
		}
	}
	if !f.Converged() || f.Iterations() == 0 || f.Len() != g.N {
		t.Fatalf("converged %v after %d iterations, %d nodes", f.Converged(), f.Iterations(), f.Len())
	}
	before, iters := f.Positions(), f.Iterations()
	if !f.Step(3) || f.Iterations() != iters {
		t.Fatalf("a converged simulation ran again: %d iterations, was %d", f.Iterations(), iters)
	}
	after := f.Positions()
	for i := range before {
		if before[i] != after[i] {
			t.Fatalf("node %d moved after convergence", i)
		}
	}
}

func TestForceConcurrentReaders(t *testing.T) {
	f, err := layout.NewForce(synth.Clustered(300, 2), layout.Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for !f.Step(2) {
		}
	}()
	for i := 0; ; i++ {
		checkFinite(t, f.Positions())
		if f.Iterations() < 0 || f.Len() != 300 {
			t.Fatalf("%d iterations, %d nodes", f.Iterations(), f.Len())
		}
		f.Pin(i % 300)
		select {
		case <-done:
			return
		default:
		}
	}
}
