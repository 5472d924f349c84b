package graphmodel

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/policygraph/policygraph/extract"
)

// The test binary doubles as an importer for TestPostgresConcurrentImports:
// with childStoreEnv set, TestMain imports childFileEnv into that store at
// the Unix time in milliseconds childStartEnv, and exits.
const (
	childStoreEnv = "POLICYGRAPH_CHILD_STORE"
	childFileEnv  = "POLICYGRAPH_CHILD_FILE"
	childStartEnv = "POLICYGRAPH_CHILD_START"
)

// corpusDir holds the development corpus shared by the project.
const corpusDir = "../../shared/corpus"

func TestMain(m *testing.M) {
	if spec := os.Getenv(childStoreEnv); spec != "" {
		if err := childImport(spec, os.Getenv(childFileEnv), os.Getenv(childStartEnv)); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// childImport extracts path, waits for the start time, opens the store
// (creating it, unless the other child is quicker) and imports the report.
func childImport(spec, path, start string) error {
	r, err := extract.File(path)
	if err != nil {
		return err
	}
	ms, err := strconv.ParseInt(start, 10, 64)
	if err != nil {
		return err
	}
	time.Sleep(time.Until(time.UnixMilli(ms)))
	s, err := Open(spec)
	if err != nil {
		return err
	}
	defer s.Close()
	return s.Import(context.Background(), r)
}

// TestPostgresConcurrentImports runs two processes that create the same
// new PostgreSQL store and import a different real report into it at the
// same moment; each document must end up with exactly the quads it gets
// when imported alone into a memstore.
func TestPostgresConcurrentImports(t *testing.T) {
	if os.Getenv(postgresEnv) == "" {
		t.Skip(postgresEnv + " is not set")
	}
	paths := []string{filepath.Join(corpusDir, "04_qingyuanqu_2024.txt"), filepath.Join(corpusDir, "10_fupingxian_2022.txt")}
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			t.Skip("corpus not available at " + corpusDir)
		}
	}
	spec := tempPostgresURL(t)
	start := strconv.FormatInt(time.Now().Add(2*time.Second).UnixMilli(), 10)
	var children []*exec.Cmd
	var outputs []*bytes.Buffer
	for _, p := range paths {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), childStoreEnv+"="+spec, childFileEnv+"="+p, childStartEnv+"="+start)
		out := &bytes.Buffer{}
		cmd.Stdout, cmd.Stderr = out, out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		children, outputs = append(children, cmd), append(outputs, out)
	}
	for i, cmd := range children {
		if err := cmd.Wait(); err != nil {
			t.Errorf("importing %s: %v\n%s", paths[i], err, outputs[i])
		}
	}
	s := openStore(t, spec)
	for _, p := range paths {
		checkSameQuads(t, s, p)
	}
	if docs, err := s.Documents(context.Background()); err != nil || len(docs) != 2 {
		t.Errorf("Documents = %+v, %v; want both", docs, err)
	}
}

func openStore(t *testing.T, spec string) *Store {
	s, err := Open(spec)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// checkSameQuads compares the quads s holds for the report at path with
// those a memstore holds after importing it alone.
func checkSameQuads(t *testing.T, s *Store, path string) {
	t.Helper()
	ctx := context.Background()
	r, err := extract.File(path)
	if err != nil {
		t.Fatal(err)
	}
	alone, err := OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer alone.Close()
	importAll(t, alone, r)
	id := r.Documents[0].ID
	want, err := alone.storedDocument(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.storedDocument(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(want, compareQuads)
	slices.SortFunc(got, compareQuads)
	if len(want) == 0 || !slices.EqualFunc(got, want, func(a, b quad.Quad) bool { return compareQuads(a, b) == 0 }) {
		t.Errorf("%s: %d quads in the shared store, %d when imported alone", path, len(got), len(want))
	}
}
