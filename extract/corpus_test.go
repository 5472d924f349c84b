package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpusDir holds the development corpus shared by the project.
const corpusDir = "../../shared/corpus"

// corpusFiles returns the corpus reports, skipping the test when the shared
// folder is absent.
func corpusFiles(t testing.TB) []string {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if len(files) == 0 {
		t.Skip("corpus not available at " + corpusDir)
	}
	return files
}

// TestCorpusJSON extracts every corpus report; with PG_EXTRACT_OUT set to a
// folder it writes each result there as JSON for scoring.
func TestCorpusJSON(t *testing.T) {
	out := os.Getenv("PG_EXTRACT_OUT")
	for _, f := range corpusFiles(t) {
		res, err := File(f)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if len(res.Entities) == 0 || len(res.Indicators) == 0 {
			t.Errorf("%s: %d entities, %d indicators", f, len(res.Entities), len(res.Indicators))
		}
		if out == "" {
			continue
		}
		data, err := json.MarshalIndent(res, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".txt") + ".json"
		if err := os.WriteFile(filepath.Join(out, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
