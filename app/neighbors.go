package app

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/policygraph/policygraph/graphmodel"
)

// defaultLimit caps the neighbours taken from each entity, so that a hub
// such as the county (hundreds of indicators) does not flood the result.
const defaultLimit = 30

// cmdNeighbors prints the neighbourhood of an entity to a depth.
func cmdNeighbors(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("neighbors", stderr)
	store := fs.String("store", "", "store directory or postgres:// URL")
	depth := fs.Int("depth", 1, "how many hops to follow")
	types := fs.String("types", "", "comma-separated entity types to keep, e.g. town,policy")
	asJSON := fs.Bool("json", false, "print the subgraph as JSON")
	limit := fs.Int("limit", defaultLimit, "at most this many neighbours of each entity (0 = all)")
	names, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(names) != 1 {
		return usagef("neighbors needs exactly one NAME")
	}
	if *depth < 1 {
		return usagef("--depth must be at least 1")
	}
	st, err := graphmodel.Open(*store)
	if err != nil {
		return err
	}
	defer st.Close()
	ctx := context.Background()
	focus, err := focusNodes(ctx, st, names[0], stderr)
	if err != nil {
		return err
	}
	sub, err := neighborhood(ctx, st, focus, *depth, graphmodel.Filter{Types: splitList(*types), Limit: *limit})
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", " ")
		return enc.Encode(sub)
	}
	printNeighborhood(stdout, focus, *depth, sub)
	return nil
}

func printNeighborhood(w io.Writer, focus []graphmodel.Node, depth int, sub graphmodel.Subgraph) {
	byID := make(map[string]graphmodel.Node, len(sub.Nodes))
	for _, n := range sub.Nodes {
		byID[n.ID] = n
	}
	names := make([]string, len(focus))
	for i, n := range focus {
		names[i] = fmt.Sprintf("%s (%s)", n.Name, n.Type)
	}
	fmt.Fprintf(w, "%s — %d entities and %d relations within %d hop(s)\n",
		strings.Join(names, ", "), len(sub.Nodes)-len(focus), len(sub.Edges), depth)
	for _, e := range sub.Edges {
		from, to := byID[e.From], byID[e.To]
		fmt.Fprintf(w, "  %s (%s) —%s→ %s (%s)\n", from.Name, from.Type, e.Predicate, to.Name, to.Type)
		if len(e.Evidence) > 0 {
			ev := e.Evidence[0]
			fmt.Fprintf(w, "      “%s” [%s %s]\n", ev.Sentence, ev.DocTitle, ev.Section)
		}
	}
	hidden := make([]string, 0, len(sub.Hidden))
	for id := range sub.Hidden {
		hidden = append(hidden, id)
	}
	sort.Strings(hidden)
	for _, id := range hidden {
		fmt.Fprintf(w, "  (+%d more neighbours of %s not shown)\n", sub.Hidden[id], byID[id].Name)
	}
}
