package layout

import (
	"math"
	"sync"
)

// minChunk is the fewest bodies worth handing to a goroutine.
const minChunk = 256

// iterate runs one iteration: forces, moves, then cooling and the
// convergence test. The caller holds f.mu.
func (f *Force) iterate() {
	f.tree.build(f.x, f.y, f.m)
	f.repel()
	f.attract()
	energy, moved, weight := f.move()
	f.cool(energy)
	f.iter++
	f.disp = 0
	if weight > 0 {
		f.disp = moved / weight
	}
	f.done = f.disp < f.opt.Tolerance*f.k
}

// repel writes the Barnes-Hut repulsion on every node into fx, fy,
// splitting the tree's leaves (in depth-first order, so each goroutine
// works on a compact region) among the workers. Each body's force is
// computed on its own, so the result does not depend on the number of
// workers.
func (f *Force) repel() {
	leaves := f.tree.leaves
	workers := min(f.opt.Workers, 1+len(f.x)/minChunk)
	for len(f.walks) < workers {
		f.walks = append(f.walks, &walk{})
	}
	theta2 := f.opt.Theta * f.opt.Theta
	run := func(w int) {
		for _, l := range leaves[w*len(leaves)/workers : (w+1)*len(leaves)/workers] {
			f.tree.leafRepulsion(l, theta2, f.k, f.walks[w], f.fx, f.fy)
		}
	}
	if workers == 1 {
		run(0)
		return
	}
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			run(w)
		}()
	}
	wg.Wait()
}

// attract adds spring forces (magnitude w·d²/K along each edge) and gravity
// (Gravity·mass·distance toward the centre) to fx, fy, O(N + E).
func (f *Force) attract() {
	for _, s := range f.springs {
		dx, dy := f.x[s.v]-f.x[s.u], f.y[s.v]-f.y[s.u]
		c := s.w * math.Hypot(dx, dy) / f.k
		f.fx[s.u] += dx * c
		f.fy[s.u] += dy * c
		f.fx[s.v] -= dx * c
		f.fy[s.v] -= dy * c
	}
	for i := range f.x {
		f.fx[i] -= f.grav[i] * (f.x[i] - f.cx)
		f.fy[i] -= f.grav[i] * (f.y[i] - f.cy)
	}
	if f.rings != nil {
		f.pullRings()
	}
}

// move displaces every free node along its force by min(step, gain·|F|),
// scaled by its mobility. It returns the energy (sum of |F|² over free
// nodes), the total displacement and the total mobility, for the cooling
// schedule and the convergence test.
func (f *Force) move() (energy, moved, weight float64) {
	for i := range f.x {
		mob := f.mob[i]
		if mob == 0 {
			continue
		}
		fx, fy := f.fx[i], f.fy[i]
		norm := math.Hypot(fx, fy)
		if norm == 0 {
			weight += mob
			continue
		}
		energy += norm * norm
		d := min(f.stepLen, f.eta[i]*norm) * mob
		f.x[i] += fx / norm * d
		f.y[i] += fy / norm * d
		moved += d
		weight += mob
	}
	return energy, moved, weight
}

// cool adapts the step length: it shrinks whenever the energy rises and
// grows again after a run of falling energy.
func (f *Force) cool(energy float64) {
	switch {
	case f.iter > 0 && energy >= f.energy0:
		f.progress = 0
		f.stepLen *= coolRate
	default:
		f.progress++
		if f.progress >= stableSteps {
			f.progress = 0
			f.stepLen = min(f.stepLen/coolRate, f.maxStep())
		}
	}
	f.energy0 = energy
}

// maxStep bounds the step length: one tenth of the layout's natural
// diameter, so a warm-up never throws nodes across the picture.
func (f *Force) maxStep() float64 {
	return f.k * math.Max(1, math.Sqrt(float64(len(f.x)))/10)
}
