package app

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/extract"
	"github.com/policygraph/policygraph/graphmodel"
	"github.com/policygraph/policygraph/resources"
)

// run calls Main and returns its exit code, stdout and stderr.
func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(args, &out, &errb)
	return code, out.String(), errb.String()
}

// bundledFile writes the bundled report to a temporary file.
func bundledFile(t *testing.T) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), resources.ReportName)
	if err := os.WriteFile(p, resources.Report, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestUsageErrors(t *testing.T) {
	tests := map[string]struct {
		args []string
		want string
	}{
		"unknown command":      {[]string{"frobnicate"}, `unknown command "frobnicate"`},
		"extract without file": {[]string{"extract", "--json"}, "extract needs at least one FILE"},
		"import without file":  {[]string{"import", "--store", "x"}, "import needs at least one FILE"},
		"neighbors two names":  {[]string{"neighbors", "a", "b"}, "exactly one NAME"},
		"export without -o":    {[]string{"export", "--focus", "a"}, "export needs -o FILE"},
		"export bad format":    {[]string{"export", "--focus", "a", "-o", "x.bmp"}, `unknown format ""`},
		"unknown flag":         {[]string{"neighbors", "--bogus", "a"}, "flag provided but not defined"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			code, _, stderr := run(t, tc.args...)
			if code != 2 {
				t.Errorf("exit code = %d, want 2", code)
			}
			if !strings.Contains(stderr, tc.want) {
				t.Errorf("stderr = %q, want it to contain %q", stderr, tc.want)
			}
		})
	}
}

func TestExtractJSONContract(t *testing.T) {
	code, stdout, stderr := run(t, "extract", "--json", bundledFile(t))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var res extract.Result
	if err := json.Unmarshal([]byte(stdout), &res); err != nil {
		t.Fatalf("output is not the JSON contract: %v", err)
	}
	if len(res.Documents) != 1 || res.Documents[0].Place == "" {
		t.Fatalf("documents = %+v, want one document with its place", res.Documents)
	}
	byType := map[string]int{}
	for _, e := range res.Entities {
		byType[e.Type]++
		if e.ID == "" || e.Name == "" || len(e.Mentions) == 0 {
			t.Fatalf("entity without id, name or mention: %+v", e)
		}
	}
	for _, typ := range []string{extract.TypeTown, extract.TypeEnterprise, extract.TypeProject, extract.TypePolicy, extract.TypeIndicator} {
		if byType[typ] == 0 {
			t.Errorf("no entity of type %s", typ)
		}
	}
	if len(res.Relations) == 0 || len(res.Indicators) == 0 {
		t.Errorf("relations = %d, indicators = %d; want some of each", len(res.Relations), len(res.Indicators))
	}
}

func TestExtractBadFile(t *testing.T) {
	empty := filepath.Join(t.TempDir(), "empty.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := run(t, "extract", empty)
	if code != 1 || !strings.Contains(stderr, "empty.txt") {
		t.Errorf("exit %d, stderr %q; want exit 1 naming the file", code, stderr)
	}
}

// TestImportNeighborsExport runs the command line end to end on a bolt
// store: import the bundled report, query a town's neighbourhood, export it.
func TestImportNeighborsExport(t *testing.T) {
	store := filepath.Join(t.TempDir(), "store")
	if code, _, stderr := run(t, "import", "--store", store, bundledFile(t)); code != 0 {
		t.Fatalf("import: exit %d: %s", code, stderr)
	}
	town := firstTown(t, store)

	code, stdout, stderr := run(t, "neighbors", town.Name, "--store", store, "--depth", "2", "--json")
	if code != 0 {
		t.Fatalf("neighbors: exit %d: %s", code, stderr)
	}
	var sub graphmodel.Subgraph
	if err := json.Unmarshal([]byte(stdout), &sub); err != nil {
		t.Fatalf("neighbors --json: %v", err)
	}
	if len(sub.Nodes) < 2 || len(sub.Edges) == 0 {
		t.Fatalf("neighbourhood of %s has %d nodes and %d edges; want a real neighbourhood", town.Name, len(sub.Nodes), len(sub.Edges))
	}

	out := filepath.Join(t.TempDir(), "town.graphml")
	code, _, stderr = run(t, "export", "--store", store, "--focus", town.Name, "-o", out)
	if code != 0 {
		t.Fatalf("export: exit %d: %s", code, stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil || !bytes.Contains(data, []byte(town.Name)) {
		t.Fatalf("export wrote %d bytes (%v) without the focus name", len(data), err)
	}

	code, _, stderr = run(t, "neighbors", "不存在的名字", "--store", store)
	if code != 1 || !strings.Contains(stderr, "no entity is named") {
		t.Errorf("unknown name: exit %d, stderr %q", code, stderr)
	}
}

// firstTown returns the best connected town in the store.
func firstTown(t *testing.T, dir string) graphmodel.Node {
	t.Helper()
	st, err := graphmodel.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	towns, err := st.Nodes(t.Context(), []string{extract.TypeTown})
	if err != nil || len(towns) == 0 {
		t.Fatalf("no towns in the store (%v)", err)
	}
	return towns[0]
}

// TestTopicFocus checks that a name no entity bears, but several names
// contain, focuses all of them.
func TestTopicFocus(t *testing.T) {
	store := filepath.Join(t.TempDir(), "store")
	if code, _, stderr := run(t, "import", "--store", store, bundledFile(t)); code != 0 {
		t.Fatalf("import: exit %d: %s", code, stderr)
	}
	code, stdout, stderr := run(t, "neighbors", "--store", store, "乡村振兴", "--json")
	if code != 0 {
		t.Fatalf("neighbors: exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "whose names contain it") {
		t.Errorf("stderr %q does not say the name was taken as a topic", stderr)
	}
	var sub graphmodel.Subgraph
	if err := json.Unmarshal([]byte(stdout), &sub); err != nil {
		t.Fatal(err)
	}
	topical := 0
	for _, n := range sub.Nodes {
		if strings.Contains(n.Name, "乡村振兴") {
			topical++
		}
	}
	if topical < 2 {
		t.Errorf("%d nodes name 乡村振兴; want every programme that contains it", topical)
	}
}
