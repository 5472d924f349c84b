// Command layoutbench generates report-like graphs and lays them out, for
// scripts/bench-layout.sh and for looking at layouts:
//
//	layoutbench dot  -n 10000 -seed 1 -o g.dot    write the graph as DOT (for sfdp)
//	layoutbench time -n 10000 -seed 1 -runs 3     time Layout, print the best run
//	layoutbench png  -n 1000 -seed 1 -o g.png     lay out and draw to PNG
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/policygraph/policygraph/layout"
	"github.com/policygraph/policygraph/layout/synth"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "layoutbench:", err)
		os.Exit(1)
	}
}

// run dispatches the subcommand in args.
func run(args []string, stdout io.Writer) error {
	if len(args) == 0 {
		return fmt.Errorf("usage: layoutbench dot|time|png [flags]")
	}
	fs := flag.NewFlagSet(args[0], flag.ContinueOnError)
	n := fs.Int("n", 1000, "nodes (edges: 1.5 times as many)")
	seed := fs.Uint64("seed", 1, "generator and layout seed")
	out := fs.String("o", "", "output file")
	runs := fs.Int("runs", 3, "timed runs (time)")
	overlap := fs.Bool("overlap", false, "remove label overlaps (time, png)")
	width := fs.Int("width", 1600, "image width in pixels (png)")
	boxes := fs.Bool("boxes", false, "draw label boxes (png)")
	single := fs.Bool("single", false, "")
	grav := fs.Float64("grav", 0, "")
	theta := fs.Float64("theta", 0, "")
	tol := fs.Float64("tol", 0, "")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	g := synth.Clustered(*n, *seed)
	opt := layout.Options{Seed: *seed, RemoveOverlaps: *overlap, Gravity: *grav, Theta: *theta, Tolerance: *tol}
	if *single {
		g.Pos = make([]layout.Point, g.N)
		for i := range g.Pos {
			g.Pos[i] = layout.Point{X: float64(i%37) * 50, Y: float64(i*7%41) * 50}
		}
	}
	switch args[0] {
	case "dot":
		return writeFile(*out, func(w io.Writer) error { return writeDOT(w, g) })
	case "time":
		return timeLayout(stdout, g, opt, *runs)
	case "png":
		pos, st, err := layout.Layout(context.Background(), g, opt)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "levels %d, iterations %v, converged %v, overlap passes %d\n", st.Levels, st.Iterations, st.Converged, st.Passes)
		return writeFile(*out, func(w io.Writer) error { return drawPNG(w, g, pos, *width, *boxes) })
	}
	return fmt.Errorf("unknown subcommand %q", args[0])
}

// timeLayout runs Layout runs times and prints the best time in seconds
// and the iteration counts of that run.
func timeLayout(w io.Writer, g layout.Graph, opt layout.Options, runs int) error {
	best := time.Duration(1<<63 - 1)
	var stats layout.Stats
	for r := 0; r < runs; r++ {
		start := time.Now()
		_, st, err := layout.Layout(context.Background(), g, opt)
		if err != nil {
			return err
		}
		if d := time.Since(start); d < best {
			best, stats = d, st
		}
	}
	_, err := fmt.Fprintf(w, "%.3f s (levels %d, iterations %v = %d, converged %v)\n",
		best.Seconds(), stats.Levels, stats.Iterations, stats.Total(), stats.Converged)
	return err
}

// writeDOT writes g as an undirected DOT graph with point-sized nodes, so
// sfdp lays out the same structure without label geometry.
func writeDOT(w io.Writer, g layout.Graph) error {
	if _, err := fmt.Fprintln(w, "graph G {"); err != nil {
		return err
	}
	fmt.Fprintln(w, "  node [shape=point];")
	for v := 0; v < g.N; v++ {
		fmt.Fprintf(w, "  n%d;\n", v)
	}
	for _, e := range g.Edges {
		fmt.Fprintf(w, "  n%d -- n%d;\n", e.U, e.V)
	}
	_, err := fmt.Fprintln(w, "}")
	return err
}

// writeFile creates path and fills it with write.
func writeFile(path string, write func(io.Writer) error) error {
	if path == "" {
		return fmt.Errorf("missing -o")
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	return f.Close()
}
