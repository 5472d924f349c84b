package ingest

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/graphmodel"
	"github.com/policygraph/policygraph/resources"
)

// corpusDir holds the development corpus shared by the project.
const corpusDir = "../../shared/corpus"

// corpusFile returns the path of a corpus report, skipping the test when
// the shared folder is absent.
func corpusFile(t testing.TB, name string) string {
	t.Helper()
	path := filepath.Join(corpusDir, name)
	if _, err := os.Stat(path); err != nil {
		t.Skip("corpus not available: " + err.Error())
	}
	return path
}

// openBolt opens (creating) a bolt store in a fresh directory and closes
// it when the test ends.
func openBolt(t testing.TB) (*graphmodel.Store, string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "store")
	st, err := graphmodel.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st, dir
}

func openMemory(t testing.TB) *graphmodel.Store {
	t.Helper()
	st, err := graphmodel.OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// state is what "the store is unchanged" compares: the number of quads
// and the documents with their counts of entities, relations and values.
type state struct {
	Quads int64
	Docs  []graphmodel.DocInfo
}

func snapshot(t testing.TB, st *graphmodel.Store) state {
	t.Helper()
	ctx := context.Background()
	n, err := st.QuadCount(ctx)
	if err != nil {
		t.Fatal(err)
	}
	docs, err := st.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return state{Quads: n, Docs: docs}
}

func assertUnchanged(t testing.TB, st *graphmodel.Store, before state) {
	t.Helper()
	if after := snapshot(t, st); !reflect.DeepEqual(after, before) {
		t.Errorf("store changed: %d quads, %d documents; before %d quads, %d documents",
			after.Quads, len(after.Docs), before.Quads, len(before.Docs))
	}
}

// withBundled imports the bundled report, so that a store under test is
// not empty.
func withBundled(t testing.TB, st *graphmodel.Store) {
	t.Helper()
	if err := Bundled(context.Background(), st); err != nil {
		t.Fatal(err)
	}
}

// bundledLines is the bundled report's text, line by line.
func bundledLines() []string {
	return strings.Split(strings.TrimSpace(string(resources.Report)), "\n")
}

// docxOf packages lines as a minimal Word document, one paragraph each.
func docxOf(t testing.TB, lines []string) []byte {
	t.Helper()
	var body strings.Builder
	for _, l := range lines {
		body.WriteString("<w:p><w:r><w:t xml:space=\"preserve\">")
		if err := xml.EscapeText(&body, []byte(l)); err != nil {
			t.Fatal(err)
		}
		body.WriteString("</w:t></w:r></w:p>")
	}
	doc := `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		body.String() + `</w:body></w:document>`
	return zipOf(t, "word/document.xml", doc)
}

// zipOf zips parts given as name, content pairs.
func zipOf(t testing.TB, parts ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(parts); i += 2 {
		w, err := zw.Create(parts[i])
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(parts[i+1])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// writeFile writes data to name in dir and returns the path.
func writeFile(t testing.TB, dir, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}
