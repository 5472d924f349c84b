package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/policygraph/policygraph/extract"
	"github.com/policygraph/policygraph/graphmodel"
	"github.com/policygraph/policygraph/resources"
)

// edgeKeys returns the sorted "from predicate to" keys of edges.
func edgeKeys(edges []graphmodel.Edge) []string {
	var out []string
	for _, e := range edges {
		out = append(out, e.From+" "+e.Predicate+" "+e.To)
	}
	sort.Strings(out)
	return out
}

// TestFormatsParseWithEveryNodeAndEdge parses GraphML and GEXF with
// encoding/xml, independently of ReadGraph, and checks node ids and edge
// ends against the fixture.
func TestFormatsParseWithEveryNodeAndEdge(t *testing.T) {
	type elem struct {
		ID     string `xml:"id,attr"`
		Source string `xml:"source,attr"`
		Target string `xml:"target,attr"`
	}
	type doc struct {
		GraphMLNodes []elem `xml:"graph>node"`
		GraphMLEdges []elem `xml:"graph>edge"`
		GEXFNodes    []elem `xml:"graph>nodes>node"`
		GEXFEdges    []elem `xml:"graph>edges>edge"`
	}
	sub := sampleGraph()
	tests := map[string]struct {
		write        func(*bytes.Buffer) error
		nodes, edges func(doc) []elem
	}{
		"graphml": {
			func(b *bytes.Buffer) error { return WriteGraphML(b, sub) },
			func(d doc) []elem { return d.GraphMLNodes }, func(d doc) []elem { return d.GraphMLEdges },
		},
		"gexf": {
			func(b *bytes.Buffer) error { return WriteGEXF(b, sub, nil) },
			func(d doc) []elem { return d.GEXFNodes }, func(d doc) []elem { return d.GEXFEdges },
		},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tc.write(&buf); err != nil {
				t.Fatal(err)
			}
			var d doc
			if err := xml.Unmarshal(buf.Bytes(), &d); err != nil {
				t.Fatalf("not valid XML: %v", err)
			}
			nodes, edges := tc.nodes(d), tc.edges(d)
			if len(nodes) != len(sub.Nodes) {
				t.Errorf("%d nodes, want %d", len(nodes), len(sub.Nodes))
			}
			for i, n := range nodes {
				if i < len(sub.Nodes) && n.ID != sub.Nodes[i].ID {
					t.Errorf("node %d id %q, want %q", i, n.ID, sub.Nodes[i].ID)
				}
			}
			if len(edges) != len(sub.Edges) {
				t.Fatalf("%d edges, want %d", len(edges), len(sub.Edges))
			}
			for i, e := range edges {
				if e.Source != sub.Edges[i].From || e.Target != sub.Edges[i].To {
					t.Errorf("edge %d %s→%s, want %s→%s", i, e.Source, e.Target, sub.Edges[i].From, sub.Edges[i].To)
				}
			}
			if !strings.Contains(buf.String(), sentence) {
				t.Error("the evidence sentence is missing")
			}
		})
	}
}

// TestReadGraphRoundTrip writes the fixture in each readable format and
// reads it back.
func TestReadGraphRoundTrip(t *testing.T) {
	want := sampleGraph()
	for _, ext := range []string{".graphml", ".gexf", ".json"} {
		t.Run(ext, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "g"+ext)
			if err := WriteFile(path, want, nil, Options{}); err != nil {
				t.Fatal(err)
			}
			got, err := ReadGraph(path)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got.Nodes, want.Nodes) {
				t.Errorf("nodes differ:\n got %+v\nwant %+v", got.Nodes, want.Nodes)
			}
			if !reflect.DeepEqual(edgeKeys(got.Edges), edgeKeys(want.Edges)) {
				t.Errorf("edges %v, want %v", edgeKeys(got.Edges), edgeKeys(want.Edges))
			}
			for i, e := range got.Edges {
				if len(e.Evidence) != len(want.Edges[i].Evidence) || (len(e.Evidence) > 0 && e.Evidence[0].Sentence != want.Edges[i].Evidence[0].Sentence) {
					t.Errorf("edge %d evidence %+v, want %+v", i, e.Evidence, want.Edges[i].Evidence)
				}
				if e.Status != want.Edges[i].Status {
					t.Errorf("edge %d status %q, want %q", i, e.Status, want.Edges[i].Status)
				}
			}
		})
	}
}

func TestReadGraphRejects(t *testing.T) {
	tests := map[string]struct{ name, content string }{
		"unknown extension": {"g.txt", "hello"},
		"broken xml":        {"g.graphml", "<graphml><graph><node id="},
		"no nodes":          {"g.json", `{"nodes": [], "edges": []}`},
		"dangling edge":     {"g.json", `{"nodes": [{"id": "a", "name": "甲"}], "edges": [{"from": "a", "to": "b"}]}`},
		"repeated id":       {"g.json", `{"nodes": [{"id": "a"}, {"id": "a"}]}`},
		"bad n-quads":       {"g.nq", "<a> <b> .\n"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tc.name)
			if err := os.WriteFile(path, []byte(tc.content), 0o644); err != nil {
				t.Fatal(err)
			}
			if _, err := ReadGraph(path); err == nil {
				t.Error("no error")
			}
		})
	}
}

func TestCSVFilesOpenInExcel(t *testing.T) {
	dir := t.TempDir()
	sub := sampleGraph()
	if err := WriteFile(filepath.Join(dir, "export.csv"), sub, nil, Options{}); err != nil {
		t.Fatal(err)
	}
	tests := map[string]struct {
		file   string
		rows   int
		column string
		want   string
	}{
		"nodes": {"export-nodes.csv", len(sub.Nodes), "name", "堂邑镇"},
		"edges": {"export-edges.csv", len(sub.Edges), "predicate_name", "入选"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, tc.file))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.HasPrefix(data, []byte(bom)) {
				t.Fatal("no UTF-8 byte order mark")
			}
			rows, err := csv.NewReader(bytes.NewReader(data[len(bom):])).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) != tc.rows+1 {
				t.Fatalf("%d rows, want header + %d", len(rows), tc.rows)
			}
			col := -1
			for i, h := range rows[0] {
				if h == tc.column {
					col = i
				}
			}
			if col < 0 || rows[1][col] != tc.want {
				t.Errorf("column %q of the first row is not %q: %v", tc.column, tc.want, rows[:2])
			}
		})
	}
}

func TestCSVPaths(t *testing.T) {
	dir := t.TempDir()
	tests := map[string]struct{ path, nodes, edges string }{
		"file":      {filepath.Join(dir, "a.csv"), filepath.Join(dir, "a-nodes.csv"), filepath.Join(dir, "a-edges.csv")},
		"no suffix": {filepath.Join(dir, "out"), filepath.Join(dir, "out-nodes.csv"), filepath.Join(dir, "out-edges.csv")},
		"directory": {dir, filepath.Join(dir, "nodes.csv"), filepath.Join(dir, "edges.csv")},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			n, e := CSVPaths(tc.path)
			if n != tc.nodes || e != tc.edges {
				t.Errorf("CSVPaths(%q) = %q, %q", tc.path, n, e)
			}
		})
	}
}

// TestDOTAcceptedByGraphviz runs `dot -Tsvg` on the DOT export. Graphviz
// is installed by scripts/setup.sh --test; without it the test is skipped,
// except in CI.
func TestDOTAcceptedByGraphviz(t *testing.T) {
	dot, err := exec.LookPath("dot")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("graphviz (dot) is not installed")
		}
		t.Skip("graphviz (dot) is not installed")
	}
	sub := sampleGraph()
	sub.Nodes[0].Name = `名称"带引号\与反斜杠`
	var in bytes.Buffer
	if err := WriteDOT(&in, sub); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(dot, "-Tsvg")
	cmd.Stdin = &in
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("dot rejected the file: %v\n%s", err, stderr.String())
	}
	if strings.Contains(stderr.String(), "Error") || strings.Contains(stderr.String(), "syntax") {
		t.Errorf("dot complained: %s", stderr.String())
	}
	for _, want := range []string{"省级乡村振兴齐鲁样板示范区", "入选", "名称&quot;带引号\\与反斜杠"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("dot's SVG lacks %q", want)
		}
	}
}

// reportStore imports the bundled report, extracted by package extract,
// into a memory store.
func reportStore(t *testing.T) *graphmodel.Store {
	t.Helper()
	r, err := extract.Text(resources.ReportName, string(resources.Report), "utf-8")
	if err != nil {
		t.Fatal(err)
	}
	st, err := graphmodel.OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if err := st.Import(context.Background(), r); err != nil {
		t.Fatal(err)
	}
	return st
}

// TestNQuadsRoundTrip exports a neighbourhood's quads as N-Quads, imports
// the file into a fresh store and checks that the new store holds exactly
// those quads and gives the same neighbourhood back.
func TestNQuadsRoundTrip(t *testing.T) {
	ctx := context.Background()
	st := reportStore(t)
	nodes, err := st.Nodes(ctx, []string{extract.TypeRegion})
	if err != nil || len(nodes) == 0 {
		t.Fatalf("no region in the report: %v", err)
	}
	sub, err := st.Neighbors(ctx, nodes[0].ID, 1, graphmodel.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	quads, err := st.Quads(ctx, sub)
	if err != nil || len(quads) < len(sub.Nodes) {
		t.Fatalf("%d quads for %d nodes: %v", len(quads), len(sub.Nodes), err)
	}
	path := filepath.Join(t.TempDir(), "sub.nq")
	if err := WriteFile(path, sub, quads, Options{}); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	read, err := ReadQuads(f)
	if err != nil {
		t.Fatal(err)
	}
	fresh, err := graphmodel.OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	if err := fresh.ImportQuads(ctx, read); err != nil {
		t.Fatal(err)
	}
	if n, err := fresh.QuadCount(ctx); err != nil || n != int64(len(quads)) {
		t.Errorf("fresh store holds %d quads (%v), want %d", n, err, len(quads))
	}
	again, err := fresh.Quads(ctx, sub)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(again, quads) {
		t.Errorf("quads differ after the round trip: %d vs %d", len(again), len(quads))
	}
	back, err := ReadGraph(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Nodes) != len(sub.Nodes) || !reflect.DeepEqual(edgeKeys(back.Edges), edgeKeys(sub.Edges)) {
		t.Errorf("ReadGraph gives %d nodes and edges %v, want %d and %v", len(back.Nodes), len(back.Edges), len(sub.Nodes), len(sub.Edges))
	}
}

// quadsOf returns some quads of the report store, for formats that need
// them.
func quadsOf(t *testing.T, st *graphmodel.Store) []quad.Quad {
	t.Helper()
	ctx := context.Background()
	nodes, err := st.Nodes(ctx, nil)
	if err != nil || len(nodes) == 0 {
		t.Fatalf("no nodes: %v", err)
	}
	quads, err := st.Quads(ctx, graphmodel.Subgraph{Nodes: nodes[:1]})
	if err != nil {
		t.Fatal(err)
	}
	return quads
}
