package graphmodel

import (
	"context"
	"fmt"
	"slices"
	"sync"

	"github.com/dominikbraun/graph"
)

// pathGraph is the undirected entity graph for path queries, built once
// per index.
type pathGraph struct {
	once  sync.Once
	adj   map[string]map[string]graph.Edge[string]
	pairs map[[2]string][]edgeKey // edges between two entities, either direction
	err   error
}

// ShortestPath returns a shortest chain of edges between two entities,
// ignoring edge direction: the nodes in path order and every edge between
// consecutive nodes. Among several shortest paths it returns the one that
// prefers, at each step, the neighbour with the higher degree, then the
// smaller name, so that the same question always gets the same answer
// (graph.ShortestPath picks an arbitrary one). Complexity O(V + E) for a
// breadth-first search over dominikbraun/graph's adjacency map.
func (s *Store) ShortestPath(ctx context.Context, from, to string) (Subgraph, error) {
	idx, err := s.index(ctx)
	if err != nil {
		return Subgraph{}, err
	}
	for _, id := range []string{from, to} {
		if idx.nodes[id] == nil {
			return Subgraph{}, fmt.Errorf("path %s - %s: %s: %w", from, to, id, ErrNotFound)
		}
	}
	pg, err := idx.pathGraph()
	if err != nil {
		return Subgraph{}, fmt.Errorf("path %s - %s: %w", from, to, err)
	}
	dist := distancesTo(pg.adj, to)
	if _, ok := dist[from]; !ok {
		return Subgraph{}, fmt.Errorf("path %s - %s: %w", from, to, ErrNoPath)
	}
	ids := []string{from}
	for cur := from; cur != to; {
		cur = idx.bestStep(pg.adj[cur], dist, dist[cur]-1)
		ids = append(ids, cur)
	}
	sub := Subgraph{Hidden: map[string]int{}}
	for i, id := range ids {
		sub.Nodes = append(sub.Nodes, idx.nodes[id].copyNode())
		if i > 0 {
			for _, k := range pg.pairs[pairKey(ids[i-1], id)] {
				sub.Edges = append(sub.Edges, k.edge())
			}
		}
	}
	return sub, nil
}

// pathGraph builds the dominikbraun graph of the index's edges once.
func (idx *index) pathGraph() (*pathGraph, error) {
	pg := &idx.paths
	pg.once.Do(func() {
		g := graph.New(graph.StringHash)
		for id := range idx.nodes {
			if err := g.AddVertex(id); err != nil {
				pg.err = err
				return
			}
		}
		pg.pairs = make(map[[2]string][]edgeKey)
		for _, k := range idx.edges {
			p := pairKey(k.from, k.to)
			if len(pg.pairs[p]) == 0 && k.from != k.to {
				if err := g.AddEdge(k.from, k.to); err != nil {
					pg.err = err
					return
				}
			}
			pg.pairs[p] = append(pg.pairs[p], k)
		}
		pg.adj, pg.err = g.AdjacencyMap()
	})
	return pg, pg.err
}

// distancesTo is a breadth-first search from target: the number of hops
// from every reachable entity to it.
func distancesTo(adj map[string]map[string]graph.Edge[string], target string) map[string]int {
	dist := map[string]int{target: 0}
	queue := []string{target}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for next := range adj[cur] {
			if _, ok := dist[next]; !ok {
				dist[next] = dist[cur] + 1
				queue = append(queue, next)
			}
		}
	}
	return dist
}

// bestStep picks, among the neighbours at distance want, the first by
// degree desc then name.
func (idx *index) bestStep(nbrs map[string]graph.Edge[string], dist map[string]int, want int) string {
	var best []*entry
	for id := range nbrs {
		if d, ok := dist[id]; ok && d == want {
			best = append(best, idx.nodes[id])
		}
	}
	return slices.MinFunc(best, compareEntries).node.ID
}

func pairKey(a, b string) [2]string {
	if a > b {
		a, b = b, a
	}
	return [2]string{a, b}
}
