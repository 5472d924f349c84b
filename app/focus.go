package app

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/policygraph/policygraph/graphmodel"
)

// maxTopic is the most entities a topic name (one that names no entity but
// occurs in several names) may stand for.
const maxTopic = 20

// focusNodes resolves what a user typed to the entities a neighbourhood
// starts from: the entity with that id, name or alias (the best connected
// one when several share it: a town name in two counties); failing that,
// every entity whose name contains it, so that a topic such as 乡村振兴
// gathers its programmes; failing that, an error with suggestions. What it
// decided is said on w.
func focusNodes(ctx context.Context, st *graphmodel.Store, name string, w io.Writer) ([]graphmodel.Node, error) {
	if n, err := st.Node(ctx, name); err == nil {
		return []graphmodel.Node{n}, nil
	}
	found, err := st.Find(ctx, name)
	if err != nil {
		return nil, err
	}
	if len(found) > 0 {
		sort.SliceStable(found, func(i, j int) bool { return found[i].Degree > found[j].Degree })
		for _, other := range found[1:] {
			fmt.Fprintf(w, "note: %q also names %s (%s); using %s\n", name, other.ID, other.Type, found[0].ID)
		}
		return found[:1], nil
	}
	similar, err := st.Search(ctx, name, nil, 5*maxTopic)
	if err != nil {
		return nil, err
	}
	var topic []graphmodel.Node
	for _, n := range similar {
		if strings.Contains(n.Name, name) && len(topic) < maxTopic {
			topic = append(topic, n)
		}
	}
	if len(topic) > 0 {
		fmt.Fprintf(w, "note: no entity is named %q; using the %d whose names contain it\n", name, len(topic))
		return topic, nil
	}
	return nil, notFound(name, similar)
}

func notFound(name string, similar []graphmodel.Node) error {
	if len(similar) == 0 {
		return fmt.Errorf("no entity is named %q", name)
	}
	names := make([]string, 0, 5)
	for _, n := range similar[:min(5, len(similar))] {
		names = append(names, n.Name)
	}
	return fmt.Errorf("no entity is named %q; did you mean %s?", name, strings.Join(names, ", "))
}

// neighborhood returns the union of the depth-hop neighbourhoods of the
// focus entities, with the evidence of every edge among them (Neighbors
// alone leaves evidence out to stay fast). f.Limit caps the neighbours
// taken from each node, best connected first; Hidden counts the rest.
func neighborhood(ctx context.Context, st *graphmodel.Store, focus []graphmodel.Node, depth int, f graphmodel.Filter) (graphmodel.Subgraph, error) {
	out := graphmodel.Subgraph{Hidden: map[string]int{}}
	seen := map[string]bool{}
	for _, fn := range focus {
		sub, err := st.Neighbors(ctx, fn.ID, depth, f)
		if err != nil {
			return out, err
		}
		for _, n := range sub.Nodes {
			if !seen[n.ID] {
				seen[n.ID] = true
				out.Nodes = append(out.Nodes, n)
			}
		}
		for id, h := range sub.Hidden {
			out.Hidden[id] = max(out.Hidden[id], h)
		}
	}
	ids := make([]string, len(out.Nodes))
	for i, n := range out.Nodes {
		ids[i] = n.ID
	}
	var err error
	out.Edges, err = st.EdgesAmong(ctx, ids)
	return out, err
}
