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
	depth, limit                         int
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
	fs.IntVar(&f.limit, "limit", defaultLimit, "at most this many neighbours of each entity (0 = all)")
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
	sel, err := f.selection(context.Background(), stderr)
	if err != nil {
		return err
	}
	sub := sel.sub
	opt := export.Options{Format: f.format, Scale: f.scale, Transparent: f.transparent,
		ShowPredicates: f.predicates, Sources: sel.sources}
	if err := export.WriteFile(f.out, sub, sel.quads, opt); err != nil {
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

// selection is what an export writes: the subgraph, its quads (for
// N-Quads) and the titles of the documents behind it (for the caption).
type selection struct {
	sub     graphmodel.Subgraph
	quads   []quad.Quad
	sources []string
}

// selection reads the graph file given with --in, or the neighbourhood of
// --focus in the store.
func (f *exportFlags) selection(ctx context.Context, stderr io.Writer) (selection, error) {
	if f.in != "" {
		sub, err := export.ReadGraph(f.in)
		if err != nil {
			return selection{}, err
		}
		if types := splitList(f.types); len(types) > 0 {
			sub = export.Induced(sub, func(n graphmodel.Node) bool { return slices.Contains(types, n.Type) })
		}
		return selection{sub: sub}, nil
	}
	st, err := graphmodel.Open(f.store)
	if err != nil {
		return selection{}, err
	}
	defer st.Close()
	focus, err := focusNodes(ctx, st, f.focus, stderr)
	if err != nil {
		return selection{}, err
	}
	sel := selection{}
	if sel.sub, err = neighborhood(ctx, st, focus, f.depth, graphmodel.Filter{Types: splitList(f.types), Limit: f.limit}); err != nil {
		return sel, err
	}
	if sel.sources, err = sourceTitles(ctx, st, sel.sub); err != nil {
		return sel, err
	}
	if f.format == "nquads" {
		sel.quads, err = st.Quads(ctx, sel.sub)
	}
	return sel, err
}

// sourceTitles names the documents whose sentences support sub's edges.
func sourceTitles(ctx context.Context, st *graphmodel.Store, sub graphmodel.Subgraph) ([]string, error) {
	used := map[string]bool{}
	for _, e := range sub.Edges {
		for _, ev := range e.Evidence {
			used[ev.Doc] = true
		}
	}
	docs, err := st.Documents(ctx)
	if err != nil {
		return nil, err
	}
	var keep []graphmodel.DocInfo
	for _, d := range docs {
		if used[d.ID] {
			keep = append(keep, d)
		}
	}
	return export.SourceTitles(keep), nil
}
