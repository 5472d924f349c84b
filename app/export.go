package app

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/policygraph/policygraph/export"
	"github.com/policygraph/policygraph/graphmodel"
)

// exportFlags are the options of the export command.
type exportFlags struct {
	store, focus, types, format, out, in string
	depth                                int
	scale                                float64
	transparent, predicates              bool
}

// cmdExport writes a neighbourhood of the store, or a graph file given with
// --in, as an image or data file.
func cmdExport(args []string, stdout, stderr io.Writer) error {
	var f exportFlags
	fs := newFlags("export", stderr)
	fs.StringVar(&f.store, "store", "", "store directory or postgres:// URL")
	fs.StringVar(&f.focus, "focus", "", "entity whose neighbourhood is exported")
	fs.IntVar(&f.depth, "depth", 2, "hops around the focus")
	fs.StringVar(&f.types, "types", "", "comma-separated entity types to keep, e.g. town,policy")
	fs.StringVar(&f.format, "format", "", "png|svg|graphml|gexf|csv|nquads|dot|json (default: from the -o extension)")
	fs.StringVar(&f.out, "o", "", "output file")
	fs.StringVar(&f.in, "in", "", "lay out and export this graph file (.nq, .graphml) instead of the store")
	fs.Float64Var(&f.scale, "scale", 1, "image scale for print (1-4)")
	fs.BoolVar(&f.transparent, "transparent", false, "transparent image background")
	fs.BoolVar(&f.predicates, "predicates", true, "write relation names on the edges of images")
	rest, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if err := f.check(rest); err != nil {
		return err
	}
	sub, quads, err := f.selection(context.Background(), stderr)
	if err != nil {
		return err
	}
	opt := export.Options{Format: f.format, Scale: f.scale, Transparent: f.transparent, ShowPredicates: f.predicates}
	if err := export.WriteFile(f.out, sub, quads, opt); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s: %d entities, %d relations\n", f.out, len(sub.Nodes), len(sub.Edges))
	return nil
}

func (f *exportFlags) check(rest []string) error {
	switch {
	case len(rest) > 0:
		return usagef("unexpected argument %q", rest[0])
	case f.out == "":
		return usagef("export needs -o FILE")
	case f.in == "" && f.focus == "":
		return usagef("export needs --focus NAME (or --in FILE)")
	case f.depth < 1:
		return usagef("--depth must be at least 1")
	}
	if f.format == "" {
		f.format = export.FormatOf(f.out)
	}
	if !slices.Contains(export.Formats, f.format) {
		return usagef("unknown format %q (use one of %s)", f.format, strings.Join(export.Formats, ", "))
	}
	return nil
}

// selection returns the subgraph to export and, for N-Quads, its quads.
func (f *exportFlags) selection(ctx context.Context, stderr io.Writer) (graphmodel.Subgraph, []quad.Quad, error) {
	if f.in != "" {
		sub, err := export.ReadGraph(f.in)
		if err != nil {
			return sub, nil, err
		}
		if types := splitList(f.types); len(types) > 0 {
			sub = export.Induced(sub, func(n graphmodel.Node) bool { return slices.Contains(types, n.Type) })
		}
		return sub, nil, nil
	}
	st, err := openStore(f.store)
	if err != nil {
		return graphmodel.Subgraph{}, nil, err
	}
	defer st.Close()
	focus, err := focusNodes(ctx, st, f.focus, stderr)
	if err != nil {
		return graphmodel.Subgraph{}, nil, err
	}
	sub, err := neighborhood(ctx, st, focus, f.depth, splitList(f.types))
	if err != nil {
		return sub, nil, err
	}
	if f.format != "nquads" {
		return sub, nil, nil
	}
	quads, err := st.Quads(ctx, sub)
	return sub, quads, err
}
