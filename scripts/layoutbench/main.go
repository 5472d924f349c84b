// Command layoutbench generates report-like graphs and lays them out, for
// scripts/bench-layout.sh and for looking at layouts:
//
//	layoutbench dot   -n 10000 -seed 1 -o g.dot   write the graph as DOT (for sfdp)
//	layoutbench time  -n 10000 -seed 1 -runs 3    time Layout, print the best run
//	layoutbench plain -n 10000 -seed 1 -o g.txt   lay out, write "node id x y" lines
//	layoutbench png   -n 1000 -seed 1 -o g.png    lay out and draw to PNG
//
// -overlap also removes label overlaps; -boxes draws label boxes instead
// of dots; -rings 0,0.3,1,0.65,0.65,0.65 gives each group (in the order
// of synth.Names) a ring, as a fraction of the layout's radius.
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
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
		return fmt.Errorf("usage: layoutbench dot|time|plain|png [flags]")
	}
	fs := flag.NewFlagSet(args[0], flag.ContinueOnError)
	n := fs.Int("n", 1000, "nodes (edges: 1.5 times as many)")
	seed := fs.Uint64("seed", 1, "generator and layout seed")
	out := fs.String("o", "", "output file")
	runs := fs.Int("runs", 3, "timed runs (time)")
	overlap := fs.Bool("overlap", false, "remove label overlaps (time, png)")
	width := fs.Int("width", 1600, "image width in pixels (png)")
	boxes := fs.Bool("boxes", false, "draw label boxes (png)")
	theta := fs.Float64("theta", 0, "Barnes-Hut opening ratio (0: default)")
	kind := fs.String("layout", "force", "force, radial (around node 0) or grouped (png)")
	ringList := fs.String("rings", "", "comma-separated ring fraction per group, in the order of synth.Names")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	rings, err := parseRings(*ringList)
	if err != nil {
		return err
	}
	g := synth.Clustered(*n, *seed)
	opt := layout.Options{Seed: *seed, RemoveOverlaps: *overlap, Theta: *theta, GroupRings: rings}
	switch args[0] {
	case "dot":
		return writeFile(*out, func(w io.Writer) error { return writeDOT(w, g) })
	case "time":
		return timeLayout(stdout, g, opt, *runs)
	case "plain":
		pos, _, err := layout.Layout(context.Background(), g, opt)
		if err != nil {
			return err
		}
		return writeFile(*out, func(w io.Writer) error { return writePlain(w, pos) })
	case "png":
		pos, err := place(stdout, g, opt, *kind)
		if err != nil {
			return err
		}
		return writeFile(*out, func(w io.Writer) error { return drawPNG(w, g, pos, *width, *boxes) })
	}
	return fmt.Errorf("unknown subcommand %q", args[0])
}

// parseRings parses a comma-separated list of ring fractions; an empty
// list means no rings.
func parseRings(list string) ([]float64, error) {
	if list == "" {
		return nil, nil
	}
	var rings []float64
	for _, f := range strings.Split(list, ",") {
		v, err := strconv.ParseFloat(strings.TrimSpace(f), 64)
		if err != nil {
			return nil, fmt.Errorf("-rings: %w", err)
		}
		rings = append(rings, v)
	}
	return rings, nil
}

// place lays g out with the named layout, printing what Layout reports.
func place(w io.Writer, g layout.Graph, opt layout.Options, kind string) ([]layout.Point, error) {
	switch kind {
	case "radial":
		pos, err := layout.Radial(g, 0, 0)
		if err == nil && opt.RemoveOverlaps {
			pos, _ = layout.RemoveOverlaps(pos, g.Sizes, nil, 0)
		}
		return pos, err
	case "grouped":
		return layout.Grouped(g, 0)
	case "force":
		pos, st, err := layout.Layout(context.Background(), g, opt)
		if err == nil {
			fmt.Fprintf(w, "levels %d, iterations %v, converged %v, overlap passes %d\n", st.Levels, st.Iterations, st.Converged, st.Passes)
		}
		return pos, err
	}
	return nil, fmt.Errorf("unknown layout %q", kind)
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
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "graph G {")
	fmt.Fprintln(bw, "  node [shape=point];")
	for v := 0; v < g.N; v++ {
		fmt.Fprintf(bw, "  n%d;\n", v)
	}
	for _, e := range g.Edges {
		fmt.Fprintf(bw, "  n%d -- n%d;\n", e.U, e.V)
	}
	fmt.Fprintln(bw, "}")
	return bw.Flush()
}

// writePlain writes one "node id x y" line per node, as sfdp -Tplain does.
func writePlain(w io.Writer, pos []layout.Point) error {
	bw := bufio.NewWriter(w)
	for i, p := range pos {
		fmt.Fprintf(bw, "node n%d %.2f %.2f\n", i, p.X, p.Y)
	}
	return bw.Flush()
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
