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

// cmdNeighbors prints the neighbourhood of an entity to a depth.
func cmdNeighbors(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("neighbors", stderr)
	store := fs.String("store", "", "store directory or postgres:// URL")
	depth := fs.Int("depth", 1, "how many hops to follow")
	types := fs.String("types", "", "comma-separated entity types to keep, e.g. town,policy")
	asJSON := fs.Bool("json", false, "print the subgraph as JSON")
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
	st, err := openStore(*store)
	if err != nil {
		return err
	}
	defer st.Close()
	ctx := context.Background()
	focus, err := resolve(ctx, st, names[0], stderr)
	if err != nil {
		return err
	}
	sub, err := st.Neighbors(ctx, focus.ID, *depth, graphmodel.Filter{Types: splitList(*types)})
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

// resolve finds the entity a user means by name (or id). Several entities
// may share a name (a town name in two counties): the best connected one
// is used and the others are listed on w.
func resolve(ctx context.Context, st *graphmodel.Store, name string, w io.Writer) (graphmodel.Node, error) {
	if n, err := st.Node(ctx, name); err == nil {
		return n, nil
	}
	found, err := st.Find(ctx, name)
	if err != nil {
		return graphmodel.Node{}, err
	}
	if len(found) == 0 {
		return graphmodel.Node{}, notFound(ctx, st, name)
	}
	sort.SliceStable(found, func(i, j int) bool { return found[i].Degree > found[j].Degree })
	for _, other := range found[1:] {
		fmt.Fprintf(w, "note: %q also names %s (%s); using %s\n", name, other.ID, other.Type, found[0].ID)
	}
	return found[0], nil
}

func notFound(ctx context.Context, st *graphmodel.Store, name string) error {
	similar, err := st.Search(ctx, name, nil, 5)
	if err != nil || len(similar) == 0 {
		return fmt.Errorf("no entity is named %q", name)
	}
	names := make([]string, len(similar))
	for i, n := range similar {
		names[i] = n.Name
	}
	return fmt.Errorf("no entity is named %q; did you mean %s?", name, strings.Join(names, ", "))
}

func printNeighborhood(w io.Writer, focus graphmodel.Node, depth int, sub graphmodel.Subgraph) {
	byID := make(map[string]graphmodel.Node, len(sub.Nodes))
	for _, n := range sub.Nodes {
		byID[n.ID] = n
	}
	fmt.Fprintf(w, "%s (%s) — %d entities and %d relations within %d hop(s)\n",
		focus.Name, focus.Type, len(sub.Nodes)-1, len(sub.Edges), depth)
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
