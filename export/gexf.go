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

// gexfShapes maps node shapes to the shapes GEXF's viz module knows.
var gexfShapes = map[style.Shape]string{style.Square: "square", style.Diamond: "diamond", style.Triangle: "triangle"}

// WriteGEXF writes sub as GEXF 1.3 with the same attributes as GraphML,
// node colours, sizes and shapes from package style, and node positions
// when pos has them (y flipped, since GEXF's y axis points up). Edges
// whose ends are not both nodes of sub are left out. It takes
// O(|V| + |E|) time.
func WriteGEXF(w io.Writer, sub graphmodel.Subgraph, pos map[string][2]float64) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" +
		`<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
		`xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">` + "\n" +
		"  <meta><creator>PolicyGraph</creator></meta>\n" +
		"  <graph defaultedgetype=\"directed\" mode=\"static\">\n")
	for _, class := range []string{"node", "edge"} {
		fmt.Fprintf(bw, "    <attributes class=%q>\n", class)
		for _, k := range graphMLKeys {
			if k.target == class && k.name != "label" && k.name != "name" {
				fmt.Fprintf(bw, "      <attribute id=%q title=%q type=\"%s\"/>\n", k.id, k.name, gexfType(k.typ))
			}
		}
		bw.WriteString("    </attributes>\n")
	}
	bw.WriteString("    <nodes>\n")
	for _, n := range sub.Nodes {
		writeGEXFNode(bw, n, pos)
	}
	bw.WriteString("    </nodes>\n    <edges>\n")
	for i, e := range drawableEdges(sub) {
		fmt.Fprintf(bw, "      <edge id=\"e%d\" source=\"%s\" target=\"%s\" label=\"%s\">\n        <attvalues>\n",
			i, escape(e.From), escape(e.To), escape(style.PredicateName(e.Predicate)))
		writeAttValue(bw, "predicate", e.Predicate)
		writeAttValue(bw, "status", e.Status)
		writeAttValue(bw, "evidence", evidenceText(e))
		writeAttValue(bw, "document", documentsOf(e))
		bw.WriteString("        </attvalues>\n      </edge>\n")
	}
	bw.WriteString("    </edges>\n  </graph>\n</gexf>\n")
	return bw.Flush()
}

// writeGEXFNode writes one node with its attributes and viz elements.
func writeGEXFNode(w *bufio.Writer, n graphmodel.Node, pos map[string][2]float64) {
	st := style.ForType(n.Type)
	fmt.Fprintf(w, "      <node id=\"%s\" label=\"%s\">\n        <attvalues>\n", escape(n.ID), escape(n.Name))
	writeAttValue(w, "type", n.Type)
	writeAttValue(w, "type_name", st.Name)
	writeAttValue(w, "aliases", strings.Join(n.Aliases, "|"))
	writeAttValue(w, "place", n.Place)
	writeAttValue(w, "degree", strconv.Itoa(n.Degree))
	w.WriteString("        </attvalues>\n")
	fmt.Fprintf(w, "        <viz:color r=\"%d\" g=\"%d\" b=\"%d\"/>\n        <viz:size value=\"%s\"/>\n", st.Fill.R, st.Fill.G, st.Fill.B, num(float64(st.Radius)))
	if p, ok := pos[n.ID]; ok {
		fmt.Fprintf(w, "        <viz:position x=\"%s\" y=\"%s\" z=\"0\"/>\n", num(p[0]), num(-p[1]))
	}
	if s, ok := gexfShapes[st.Shape]; ok {
		fmt.Fprintf(w, "        <viz:shape value=%q/>\n", s)
	}
	w.WriteString("      </node>\n")
}

// writeAttValue writes one GEXF attribute value unless it is empty.
func writeAttValue(w *bufio.Writer, key, value string) {
	if value != "" {
		fmt.Fprintf(w, "          <attvalue for=%q value=\"%s\"/>\n", key, escape(value))
	}
}

// gexfType maps a GraphML attribute type to GEXF's name for it.
func gexfType(t string) string {
	if t == "int" {
		return "integer"
	}
	return t
}
