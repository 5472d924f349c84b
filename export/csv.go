package export

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/policygraph/policygraph/graphmodel"
	"github.com/policygraph/policygraph/style"
)

// bom is the UTF-8 byte order mark; Excel needs it to read Chinese text in
// a CSV file as UTF-8.
const bom = "\ufeff"

// Column headers of the CSV files.
var (
	nodeColumns = []string{"id", "name", "type", "type_name", "aliases", "place", "degree"}
	edgeColumns = []string{"source", "target", "source_name", "target_name", "predicate", "predicate_name", "status", "evidence", "documents"}
)

// WriteNodesCSV writes one row per node of sub, UTF-8 with a byte order
// mark, aliases joined by "|". It takes O(|V|) time.
func WriteNodesCSV(w io.Writer, sub graphmodel.Subgraph) error {
	if _, err := io.WriteString(w, bom); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.Write(nodeColumns)
	for _, n := range sub.Nodes {
		cw.Write([]string{n.ID, n.Name, n.Type, style.TypeName(n.Type), strings.Join(n.Aliases, "|"), n.Place, strconv.Itoa(n.Degree)})
	}
	cw.Flush()
	return cw.Error()
}

// WriteEdgesCSV writes one row per edge of sub whose ends are both nodes
// of sub, UTF-8 with a byte order mark, evidence sentences joined by
// newlines. It takes O(|V| + |E|) time.
func WriteEdgesCSV(w io.Writer, sub graphmodel.Subgraph) error {
	if _, err := io.WriteString(w, bom); err != nil {
		return err
	}
	names := make(map[string]string, len(sub.Nodes))
	for _, n := range sub.Nodes {
		names[n.ID] = n.Name
	}
	cw := csv.NewWriter(w)
	cw.Write(edgeColumns)
	for _, e := range drawableEdges(sub) {
		cw.Write([]string{e.From, e.To, names[e.From], names[e.To], e.Predicate, style.PredicateName(e.Predicate), e.Status, evidenceText(e), documentsOf(e)})
	}
	cw.Flush()
	return cw.Error()
}

// WriteCSV writes sub's nodes to nodes and its edges to edges.
func WriteCSV(nodes, edges io.Writer, sub graphmodel.Subgraph) error {
	if err := WriteNodesCSV(nodes, sub); err != nil {
		return err
	}
	return WriteEdgesCSV(edges, sub)
}
