package export

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/policygraph/policygraph/graphmodel"
)

// ErrInput reports a graph file ReadGraph cannot use.
var ErrInput = errors.New("export: unreadable graph file")

// ReadGraph reads a graph file for `export --in`: GraphML (.graphml) and
// GEXF (.gexf) as written by this package or by Gephi, yEd and Cytoscape,
// JSON (.json) as WriteJSON writes it, or N-Quads (.nq, .nquads) as the
// store exports them. Node degrees are recomputed when the file has none.
// It takes time linear in the file size.
func ReadGraph(path string) (graphmodel.Subgraph, error) {
	format := FormatOf(path)
	if format == "nquads" {
		return readNQuads(path)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return graphmodel.Subgraph{}, fmt.Errorf("read %s: %w", path, err)
	}
	var sub graphmodel.Subgraph
	switch format {
	case "json":
		err = json.Unmarshal(data, &sub)
	case "graphml":
		sub, err = parseGraphML(data)
	case "gexf":
		sub, err = parseGEXF(data)
	default:
		err = fmt.Errorf("%w: want .graphml, .gexf, .json, .nq or .nquads", ErrFormat)
	}
	if err != nil {
		return graphmodel.Subgraph{}, fmt.Errorf("read %s: %w", path, err)
	}
	if err := checkGraph(sub); err != nil {
		return graphmodel.Subgraph{}, fmt.Errorf("read %s: %w", path, err)
	}
	fillDegrees(&sub)
	return sub, nil
}

// checkGraph rejects a graph with no nodes, blank or repeated node ids, or
// edges between unknown nodes.
func checkGraph(sub graphmodel.Subgraph) error {
	if len(sub.Nodes) == 0 {
		return fmt.Errorf("%w: no nodes", ErrInput)
	}
	ids := make(map[string]bool, len(sub.Nodes))
	for _, n := range sub.Nodes {
		if n.ID == "" || ids[n.ID] {
			return fmt.Errorf("%w: blank or repeated node id %q", ErrInput, n.ID)
		}
		ids[n.ID] = true
	}
	for _, e := range sub.Edges {
		if !ids[e.From] || !ids[e.To] {
			return fmt.Errorf("%w: edge %s→%s names an unknown node", ErrInput, e.From, e.To)
		}
	}
	return nil
}

// fillDegrees sets each node's degree from the edges when no node has one.
func fillDegrees(sub *graphmodel.Subgraph) {
	for _, n := range sub.Nodes {
		if n.Degree != 0 {
			return
		}
	}
	deg := map[string]int{}
	for _, e := range sub.Edges {
		deg[e.From]++
		deg[e.To]++
	}
	for i := range sub.Nodes {
		sub.Nodes[i].Degree = deg[sub.Nodes[i].ID]
	}
}

// attrs holds one element's attribute values by attribute name.
type attrs map[string]string

// node builds a node from an element's id, its label and attributes.
func (a attrs) node(id, label string) graphmodel.Node {
	n := graphmodel.Node{ID: id, Type: a["type"], Name: a["name"], Place: a["place"]}
	if n.Name == "" {
		n.Name = label
	}
	if n.Name == "" {
		n.Name = a["label"]
	}
	if n.Name == "" {
		n.Name = id
	}
	if al := a["aliases"]; al != "" {
		n.Aliases = strings.Split(al, "|")
	}
	n.Degree, _ = strconv.Atoi(a["degree"])
	return n
}

// edge builds an edge from its ends, its label and attributes. Evidence
// sentences are split at newlines and carry the document field as title.
func (a attrs) edge(from, to, label string) graphmodel.Edge {
	e := graphmodel.Edge{From: from, To: to, Predicate: a["predicate"], Status: a["status"]}
	if e.Predicate == "" {
		e.Predicate = label
	}
	if e.Predicate == "" {
		e.Predicate = a["label"]
	}
	if ev := a["evidence"]; ev != "" {
		for _, s := range strings.Split(ev, "\n") {
			e.Evidence = append(e.Evidence, graphmodel.Evidence{Sentence: s, DocTitle: a["document"]})
		}
	}
	return e
}
