package export

import (
	"flag"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"testing"

	"github.com/policygraph/policygraph/graphmodel"
	"github.com/policygraph/policygraph/layout/synth"
)

// benchGraphDir, when set, makes TestWriteBenchGraph write the benchmark
// graph there as graph.graphml and graph.dot (scripts/bench-export.sh).
var benchGraphDir = flag.String("benchgraph", "", "directory to write the generated benchmark graph to")

// benchNodes is the size of the benchmark graph.
const benchNodes = 10000

// hanzi are the characters generated labels are made of.
var hanzi = []rune("东西南北中新华安康平和兴盛建设发展产业园区科技创新农业旅游文化生态工程项目集团公司街道社区乡村振兴示范基地中心服务综合改革试点行动计划高质量")

// generatedGraph turns the layout package's report-like generated graph
// into a subgraph whose labels have the generator's lengths in Chinese
// characters. Its edges have no predicate, so that neither this package
// nor Graphviz draws edge labels in the comparison. It is deterministic
// for n.
func generatedGraph(n int) graphmodel.Subgraph {
	g := synth.Clustered(n, 1)
	sub := graphmodel.Subgraph{Nodes: make([]graphmodel.Node, g.N)}
	for i := range sub.Nodes {
		chars := max(2, int(math.Round((g.Sizes[i].W-synth.Pad)/synth.CharW)))
		name := make([]rune, chars)
		for k := range name {
			name[k] = hanzi[(i*7+k*13+k*k)%len(hanzi)]
		}
		sub.Nodes[i] = graphmodel.Node{ID: fmt.Sprintf("n%d", i), Type: synth.Names[g.Groups[i]], Name: string(name) + fmt.Sprint(i)}
	}
	for _, e := range g.Edges {
		sub.Edges = append(sub.Edges, graphmodel.Edge{From: sub.Nodes[e.U].ID, To: sub.Nodes[e.V].ID})
	}
	fillDegrees(&sub)
	return sub
}

// writeBenchGraph writes the benchmark graph as GraphML (for export --in)
// and DOT (for sfdp) into dir.
func writeBenchGraph(dir string) (graphml string, err error) {
	sub := generatedGraph(benchNodes)
	graphml = filepath.Join(dir, "graph.graphml")
	if err := WriteFile(graphml, sub, nil, Options{}); err != nil {
		return "", err
	}
	return graphml, WriteFile(filepath.Join(dir, "graph.dot"), sub, nil, Options{})
}

// TestWriteBenchGraph writes the benchmark graph when -benchgraph is set.
func TestWriteBenchGraph(t *testing.T) {
	if *benchGraphDir == "" {
		t.Skip("set -benchgraph DIR to write the benchmark graph")
	}
	if _, err := writeBenchGraph(*benchGraphDir); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkExportPNG10k measures `export --in graph.graphml -o out.png`
// on a generated 10,000-node, 15,000-edge graph: reading the file, layout
// to convergence, label overlap removal, drawing, PNG encoding and
// writing the file.
func BenchmarkExportPNG10k(b *testing.B) {
	dir := b.TempDir()
	path, err := writeBenchGraph(dir)
	if err != nil {
		b.Fatal(err)
	}
	out := filepath.Join(dir, "out.png")
	b.ResetTimer()
	for b.Loop() {
		sub, err := ReadGraph(path)
		if err != nil {
			b.Fatal(err)
		}
		if err := WriteFile(out, sub, nil, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDrawPNG10k measures drawing and encoding alone, on fixed
// positions, separating the renderer's cost from the layout's.
func BenchmarkDrawPNG10k(b *testing.B) {
	sub := generatedGraph(benchNodes)
	fs, err := loadFonts()
	if err != nil {
		b.Fatal(err)
	}
	pos, err := place(fs, sub, Options{})
	if err != nil {
		b.Fatal(err)
	}
	sc := buildScene(fs, sub, pos, Options{})
	b.ResetTimer()
	for b.Loop() {
		if err := writePNG(io.Discard, fs, sc, 1, false); err != nil {
			b.Fatal(err)
		}
	}
}
