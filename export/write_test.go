package export

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/policygraph/policygraph/graphmodel"
)

func TestWriteErrors(t *testing.T) {
	tests := map[string]struct {
		sub  graphmodel.Subgraph
		opt  Options
		want error
	}{
		"unknown format": {sampleGraph(), Options{Format: "bmp"}, ErrFormat},
		"csv needs two":  {sampleGraph(), Options{Format: "csv"}, ErrFormat},
		"nquads":         {sampleGraph(), Options{Format: "nquads"}, ErrNoQuads},
		"scale too big":  {sampleGraph(), Options{Format: "png", Scale: 9}, ErrScale},
		"scale negative": {sampleGraph(), Options{Format: "svg", Scale: -1}, ErrScale},
		"empty image":    {graphmodel.Subgraph{}, Options{Format: "png"}, ErrEmpty},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if err := Write(io.Discard, tc.sub, tc.opt); !errors.Is(err, tc.want) {
				t.Errorf("error %v, want %v", err, tc.want)
			}
		})
	}
}

func TestFormatOf(t *testing.T) {
	tests := map[string]struct{ path, want string }{
		"png":        {"a/b.png", "png"},
		"upper case": {"B.SVG", "svg"},
		"nq":         {"x.nq", "nquads"},
		"nquads":     {"x.nquads", "nquads"},
		"gv":         {"x.gv", "dot"},
		"unknown":    {"x.bmp", ""},
		"none":       {"x", ""},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := FormatOf(tc.path); got != tc.want {
				t.Errorf("FormatOf(%q) = %q, want %q", tc.path, got, tc.want)
			}
		})
	}
}

// TestWriteFileEveryFormat writes the fixture in every format through
// WriteFile and checks each file starts as its format should.
func TestWriteFileEveryFormat(t *testing.T) {
	dir := t.TempDir()
	st := reportStore(t)
	sub := sampleGraph()
	opt := fixtureOptions("", 1)
	quads := quadsOf(t, st)
	prefixes := map[string]string{
		"png": "\x89PNG", "svg": "<?xml", "graphml": "<?xml", "gexf": "<?xml",
		"csv": bom, "nquads": "<", "dot": "digraph", "json": "{",
	}
	for _, format := range Formats {
		t.Run(format, func(t *testing.T) {
			path := filepath.Join(dir, "out."+format)
			o := opt
			o.Format = format
			if err := WriteFile(path, sub, quads, o); err != nil {
				t.Fatal(err)
			}
			if format == "csv" {
				path, _ = CSVPaths(path)
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.HasPrefix(data, []byte(prefixes[format])) {
				t.Errorf("%s starts with %q", format, data[:min(len(data), 12)])
			}
		})
	}
}

func TestWriteFileLeavesNothingOnError(t *testing.T) {
	dir := t.TempDir()
	tests := map[string]struct {
		path  string
		quads bool
		opt   Options
	}{
		"bad scale":       {"x.png", false, Options{Scale: 100}},
		"unknown suffix":  {"x.bmp", false, Options{}},
		"nquads no quads": {"x.nq", false, Options{}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if err := WriteFile(filepath.Join(dir, tc.path), sampleGraph(), nil, tc.opt); err == nil {
				t.Fatal("no error")
			}
			entries, _ := os.ReadDir(dir)
			for _, e := range entries {
				t.Errorf("left %s behind", e.Name())
			}
		})
	}
}

func TestInduced(t *testing.T) {
	sub := sampleGraph()
	sub.Hidden = map[string]int{"town/东昌府区/堂邑镇": 3, "region/东昌府区": 9}
	got := Induced(sub, func(n graphmodel.Node) bool { return n.Type == "town" || n.Type == "policy" })
	if len(got.Nodes) != 3 {
		t.Errorf("%d nodes, want 2 towns and 1 policy", len(got.Nodes))
	}
	if want := []string{"town/东昌府区/堂邑镇 selected_for policy/省级乡村振兴齐鲁样板示范区"}; !equalStrings(edgeKeys(got.Edges), want) {
		t.Errorf("edges %v, want %v", edgeKeys(got.Edges), want)
	}
	if len(got.Hidden) != 1 || got.Hidden["town/东昌府区/堂邑镇"] != 3 {
		t.Errorf("hidden %v", got.Hidden)
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
