package export

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/policygraph/policygraph/graphmodel"
	"github.com/policygraph/policygraph/style"
)

// graphMLKey is one GraphML attribute declaration.
type graphMLKey struct{ id, target, name, typ string }

// graphMLKeys declares the node and edge attributes PolicyGraph writes.
// "label" duplicates the name (nodes) or the predicate's display name
// (edges) because Gephi, yEd and Cytoscape look for it.
var graphMLKeys = []graphMLKey{
	{"type", "node", "type", "string"},
	{"type_name", "node", "type_name", "string"},
	{"name", "node", "name", "string"},
	{"label", "node", "label", "string"},
	{"aliases", "node", "aliases", "string"},
	{"place", "node", "place", "string"},
	{"degree", "node", "degree", "int"},
	{"predicate", "edge", "predicate", "string"},
	{"elabel", "edge", "label", "string"},
	{"status", "edge", "status", "string"},
	{"evidence", "edge", "evidence", "string"},
	{"document", "edge", "document", "string"},
}

// WriteGraphML writes sub as GraphML: node attributes type, type_name,
// name, label, aliases (joined by "|"), place and degree; edge attributes
// predicate, label, status, evidence (sentences joined by newlines) and
// document. Edges whose ends are not both nodes of sub are left out. It
// takes O(|V| + |E|) time.
func WriteGraphML(w io.Writer, sub graphmodel.Subgraph) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" +
		`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
		`xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	for _, k := range graphMLKeys {
		fmt.Fprintf(bw, "  <key id=%q for=%q attr.name=%q attr.type=%q/>\n", k.id, k.target, k.name, k.typ)
	}
	bw.WriteString("  <graph id=\"policygraph\" edgedefault=\"directed\">\n")
	for _, n := range sub.Nodes {
		fmt.Fprintf(bw, "    <node id=\"%s\">\n", escape(n.ID))
		writeData(bw, "type", n.Type)
		writeData(bw, "type_name", style.TypeName(n.Type))
		writeData(bw, "name", n.Name)
		writeData(bw, "label", n.Name)
		writeData(bw, "aliases", strings.Join(n.Aliases, "|"))
		writeData(bw, "place", n.Place)
		writeData(bw, "degree", strconv.Itoa(n.Degree))
		bw.WriteString("    </node>\n")
	}
	for i, e := range drawableEdges(sub) {
		fmt.Fprintf(bw, "    <edge id=\"e%d\" source=\"%s\" target=\"%s\">\n", i, escape(e.From), escape(e.To))
		writeData(bw, "predicate", e.Predicate)
		writeData(bw, "elabel", style.PredicateName(e.Predicate))
		writeData(bw, "status", e.Status)
		writeData(bw, "evidence", evidenceText(e))
		writeData(bw, "document", documentsOf(e))
		bw.WriteString("    </edge>\n")
	}
	bw.WriteString("  </graph>\n</graphml>\n")
	return bw.Flush()
}

// writeData writes one GraphML data element unless the value is empty.
func writeData(w *bufio.Writer, key, value string) {
	if value != "" {
		fmt.Fprintf(w, "      <data key=%q>%s</data>\n", key, escape(value))
	}
}

// drawableEdges returns the edges of sub whose ends are both nodes of sub.
func drawableEdges(sub graphmodel.Subgraph) []graphmodel.Edge {
	ids := make(map[string]bool, len(sub.Nodes))
	for _, n := range sub.Nodes {
		ids[n.ID] = true
	}
	out := make([]graphmodel.Edge, 0, len(sub.Edges))
	for _, e := range sub.Edges {
		if ids[e.From] && ids[e.To] {
			out = append(out, e)
		}
	}
	return out
}

// evidenceText joins an edge's evidence sentences with newlines.
func evidenceText(e graphmodel.Edge) string {
	s := make([]string, len(e.Evidence))
	for i, ev := range e.Evidence {
		s[i] = ev.Sentence
	}
	return strings.Join(s, "\n")
}

// documentsOf joins the distinct titles (or ids) of the documents an
// edge's evidence comes from with "; ".
func documentsOf(e graphmodel.Edge) string {
	var docs []string
	for _, ev := range e.Evidence {
		d := ev.DocTitle
		if d == "" {
			d = ev.Doc
		}
		docs = appendUnique(docs, d)
	}
	return strings.Join(docs, "; ")
}
