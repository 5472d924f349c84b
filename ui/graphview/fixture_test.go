package graphview

import (
	"fmt"

	"github.com/policygraph/policygraph/graphmodel"
)

// star returns a subgraph of a hub and n neighbours, hidden more left out.
func star(hub string, n, more int) graphmodel.Subgraph {
	sub := graphmodel.Subgraph{
		Nodes:  []graphmodel.Node{{ID: hub, Type: "policy", Name: "乡村振兴示范片区"}},
		Hidden: map[string]int{},
	}
	for i := 0; i < n; i++ {
		id := fmt.Sprintf("%s-%d", hub, i)
		sub.Nodes = append(sub.Nodes, graphmodel.Node{ID: id, Type: "town", Name: fmt.Sprintf("第%d镇", i)})
		sub.Edges = append(sub.Edges, graphmodel.Edge{From: id, To: hub, Predicate: "selected_for"})
	}
	if more > 0 {
		sub.Hidden[hub] = more
	}
	return sub
}
