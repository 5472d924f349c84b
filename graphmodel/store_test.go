package graphmodel

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

func TestMemoryStore(t *testing.T) {
	runStoreSuite(t, func(t *testing.T) *Store {
		s, err := OpenMemory()
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	})
}

func TestBoltStore(t *testing.T) {
	runStoreSuite(t, func(t *testing.T) *Store { return openTempBolt(t) })
}

// TestPostgresStore runs the suite on PostgreSQL when
// POLICYGRAPH_TEST_POSTGRES holds a URL; each subtest gets its own schema.
func TestPostgresStore(t *testing.T) {
	if os.Getenv(postgresEnv) == "" {
		t.Skip(postgresEnv + " is not set; skipping the PostgreSQL backend")
	}
	runStoreSuite(t, func(t *testing.T) *Store { return openTempPostgres(t) })
}

// postgresEnv names the variable holding the test PostgreSQL URL.
const postgresEnv = "POLICYGRAPH_TEST_POSTGRES"

func openTempBolt(tb testing.TB) *Store {
	s, err := Open(filepath.Join(tb.TempDir(), "store"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

var schemaSeq atomic.Int64

// openTempPostgres opens a store in a new schema of the test PostgreSQL.
func openTempPostgres(tb testing.TB) *Store {
	s, err := Open(tempPostgresURL(tb))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// tempPostgresURL creates a schema in the test PostgreSQL and returns a URL
// that uses it; the schema is dropped when tb ends.
func tempPostgresURL(tb testing.TB) string {
	base := os.Getenv(postgresEnv)
	db, err := sql.Open("postgres", base)
	if err != nil {
		tb.Fatal(err)
	}
	schema := fmt.Sprintf("pgtest_%d_%d", os.Getpid(), schemaSeq.Add(1))
	if _, err := db.Exec("CREATE SCHEMA " + schema); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		db.Exec("DROP SCHEMA " + schema + " CASCADE")
		db.Close()
	})
	u, err := url.Parse(base)
	if err != nil {
		tb.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

func TestReopenKeepsData(t *testing.T) {
	tests := map[string]func(t *testing.T) string{
		"bolt": func(t *testing.T) string { return filepath.Join(t.TempDir(), "store") },
		"postgres": func(t *testing.T) string {
			if os.Getenv(postgresEnv) == "" {
				t.Skip(postgresEnv + " is not set")
			}
			return tempPostgresURL(t)
		},
	}
	for name, spec := range tests {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			spec := spec(t)
			s, err := Open(spec)
			if err != nil {
				t.Fatal(err)
			}
			importAll(t, s, dongchangfu(t))
			want, _ := s.QuadCount(ctx)
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			s, err = Open(spec)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if got, _ := s.QuadCount(ctx); got != want || got == 0 {
				t.Errorf("after reopen %d quads, want %d", got, want)
			}
			if n, err := s.Node(ctx, tangyi); err != nil || n.Name != "堂邑镇" {
				t.Errorf("after reopen Node = %+v, %v", n, err)
			}
		})
	}
}

func TestSpec(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "store")
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.Spec() != dir {
		t.Errorf("Spec = %q, want %q", s.Spec(), dir)
	}
	m, _ := OpenMemory()
	defer m.Close()
	if m.Spec() != "memory" {
		t.Errorf("memory Spec = %q", m.Spec())
	}
	const url = "postgres://analyst:secret@db.local:5432/graph?sslmode=disable"
	if got := redact(url); strings.Contains(got, "secret") || !strings.Contains(got, "db.local:5432/graph") {
		t.Errorf("redact(%q) = %q", url, got)
	}
}

func TestOpenNotAStore(t *testing.T) {
	tests := map[string]func(t *testing.T) string{
		"directory with other files": func(t *testing.T) string {
			dir := t.TempDir()
			os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("hello"), 0o600)
			return dir
		},
		"a file": func(t *testing.T) string {
			path := filepath.Join(t.TempDir(), "file")
			os.WriteFile(path, []byte("hello"), 0o600)
			return path
		},
	}
	for name, setup := range tests {
		t.Run(name, func(t *testing.T) {
			path := setup(t)
			before := listDir(t, filepath.Dir(path))
			s, err := Open(path)
			if err == nil {
				s.Close()
			}
			if !errors.Is(err, ErrNotAStore) {
				t.Errorf("Open(%s) error = %v, want ErrNotAStore", path, err)
			}
			if after := listDir(t, filepath.Dir(path)); after != before {
				t.Errorf("Open wrote files: %s -> %s", before, after)
			}
		})
	}
}

func listDir(t *testing.T, dir string) string {
	var names []string
	filepath.Walk(dir, func(p string, _ os.FileInfo, _ error) error {
		names = append(names, p)
		return nil
	})
	return strings.Join(names, ",")
}

func TestOpenEmptyDirCreatesStore(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := os.Stat(filepath.Join(dir, boltFile)); err != nil {
		t.Errorf("no bolt file in a new store: %v", err)
	}
}

func TestDefaultDir(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", "/data")
	if dir, err := DefaultDir(); err != nil || dir != "/data/policygraph/store" {
		t.Errorf("DefaultDir = %q, %v", dir, err)
	}
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("HOME", "/home/analyst")
	if dir, err := DefaultDir(); err != nil || dir != "/home/analyst/.local/share/policygraph/store" {
		t.Errorf("DefaultDir = %q, %v", dir, err)
	}
}
