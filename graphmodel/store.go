package graphmodel

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"

	"github.com/boltdb/bolt"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	_ "github.com/cayleygraph/cayley/graph/memstore" // registers "memstore"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
)

// Store is the knowledge graph: a Cayley quad store plus a lazily built
// in-memory index of the entity graph (see doc.go). It is safe for
// concurrent use.
type Store struct {
	qs   graph.QuadStore
	spec string
	lock *dirLock // held for bolt stores; nil otherwise

	write  sync.Mutex // serialises writers: read a document's old quads, apply the delta
	values valueCache // value refs -> values, shared by all reads

	closeOnce sync.Once
	closeErr  error

	mu  sync.Mutex // guards idx
	idx *index     // nil until first needed and after every write
}

// DefaultDir is where the store lives when no --store is given:
// $XDG_DATA_HOME/policygraph/store, else ~/.local/share/policygraph/store.
func DefaultDir() (string, error) {
	base := os.Getenv("XDG_DATA_HOME")
	if base == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("default store directory: %w", err)
		}
		base = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(base, "policygraph", "store"), nil
}

// Open opens the store named by spec: "" for DefaultDir, a directory for an
// embedded bolt store (created if missing), or a postgres:// URL for
// Cayley's SQL backend. It fails with ErrLocked when another process holds
// a bolt store and with ErrNotAStore for a directory holding other files.
func Open(spec string) (*Store, error) {
	if spec == "" {
		dir, err := DefaultDir()
		if err != nil {
			return nil, err
		}
		spec = dir
	}
	if isPostgres(spec) {
		return openPostgres(spec)
	}
	return openBolt(spec)
}

// OpenMemory opens an empty in-memory store (Cayley's memstore), for tests.
func OpenMemory() (*Store, error) {
	qs, err := graph.NewQuadStore("memstore", "", nil)
	if err != nil {
		return nil, fmt.Errorf("open memory store: %w", err)
	}
	return &Store{qs: qs, spec: "memory"}, nil
}

// Close releases the store and its lock. Closing again does nothing.
func (s *Store) Close() error {
	s.closeOnce.Do(func() {
		if err := s.qs.Close(); err != nil {
			s.closeErr = fmt.Errorf("close %s: %w", s.spec, err)
		}
		if s.lock != nil {
			s.lock.release()
		}
	})
	return s.closeErr
}

// Spec is what the store was opened on: a directory, a postgres URL without
// its password, or "memory".
func (s *Store) Spec() string { return s.spec }

// QuadCount is the number of quads in the store. Cayley's exact
// statistics also count the values, which bolt does by reading them all,
// so the exact count is asked for only when the quick one is an estimate.
func (s *Store) QuadCount(ctx context.Context) (int64, error) {
	st, err := s.qs.Stats(ctx, false)
	if err == nil && !st.Quads.Exact {
		st, err = s.qs.Stats(ctx, true)
	}
	if err != nil {
		return 0, fmt.Errorf("count quads: %w", err)
	}
	return st.Quads.Value, nil
}

// boltFile is the file Cayley's bolt backend keeps in a store directory.
const boltFile = "indexes.bolt"

func openBolt(dir string) (*Store, error) {
	exists, err := checkStoreDir(dir)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("open %s: %w", dir, err)
	}
	lock, err := acquireLock(dir)
	if err != nil {
		return nil, err
	}
	qs, err := openBoltLocked(dir, exists)
	if err != nil {
		lock.release()
		return nil, err
	}
	return &Store{qs: qs, spec: dir, lock: lock}, nil
}

// boltOptions turn off Cayley's in-memory bloom filters of quads and
// values: they take ~80 MB each, are filled by reading every quad of the
// store on open, and save little once documents are batched; duplicate
// checks then read the quad indexes instead.
var boltOptions = graph.Options{"no_bloom": true}

// boltMmapSize is the address space bolt maps from the start. Bolt maps
// its file and, as the file grows, maps it again and copies every node a
// write transaction holds; mapping 1 GiB (address space, not memory) at
// once spares that for stores of up to ~1,000 reports.
const boltMmapSize = 1 << 30

// openBoltLocked opens (after creating, unless exists) Cayley's kv quad
// store on a bolt file, the way Cayley's "bolt" backend does but with bolt
// options that backend does not pass.
func openBoltLocked(dir string, exists bool) (graph.QuadStore, error) {
	db, err := hbolt.Open(filepath.Join(dir, boltFile), &bolt.Options{InitialMmapSize: boltMmapSize})
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", dir, err)
	}
	if !exists {
		if err := kv.Init(db, nil); err != nil && !errors.Is(err, graph.ErrDatabaseExists) {
			db.Close()
			return nil, fmt.Errorf("create store %s: %w", dir, err)
		}
	}
	qs, err := kv.New(db, boltOptions)
	if err != nil {
		db.Close()
		if errors.Is(err, graph.ErrNotInitialized) {
			return nil, fmt.Errorf("open %s: %w", dir, ErrNotAStore)
		}
		return nil, fmt.Errorf("open %s: %w", dir, err)
	}
	return qs, nil
}

// boltMagic opens every bolt file: the magic number of its meta page,
// little-endian after the 16-byte page header.
const boltMagic = 0xED0CDAED

// checkBoltFile refuses a bolt file that is empty, truncated or not a bolt
// file at all, before bolt would "repair" it by writing a new one.
func checkBoltFile(dir string) error {
	f, err := os.Open(filepath.Join(dir, boltFile))
	if err != nil {
		return fmt.Errorf("open %s: %w", dir, err)
	}
	defer f.Close()
	var head [20]byte
	if _, err := io.ReadFull(f, head[:]); err != nil || binary.LittleEndian.Uint32(head[16:]) != boltMagic {
		return fmt.Errorf("open %s: %w: its %s is damaged or not a store file", dir, ErrNotAStore, boltFile)
	}
	return nil
}

// checkStoreDir reports whether dir already holds a store. A missing or
// empty directory is a store to create; anything else without the bolt
// file is ErrNotAStore, and nothing is written into it.
func checkStoreDir(dir string) (bool, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		if fi, serr := os.Stat(dir); serr == nil && !fi.IsDir() {
			return false, fmt.Errorf("open %s: %w: it is a file", dir, ErrNotAStore)
		}
		return false, fmt.Errorf("open %s: %w", dir, err)
	}
	others := 0
	for _, e := range entries {
		switch e.Name() {
		case boltFile:
			return true, checkBoltFile(dir)
		case lockFile:
		default:
			others++
		}
	}
	if others > 0 {
		return false, fmt.Errorf("open %s: %w: the directory holds other files", dir, ErrNotAStore)
	}
	return false, nil
}
