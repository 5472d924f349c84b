package graphmodel

import (
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres" // registers "postgres"
)

// A shared PostgreSQL store is written by several processes at once. Each
// import is one transaction; PostgreSQL serialises the writers on the
// value rows they share (an entity, a type, a predicate), and aborts one
// of two transactions that wait on each other. apply then runs the
// transaction again, up to maxAttempts times.
const (
	maxAttempts  = 8
	retryBackoff = 50 * time.Millisecond
)

func isPostgres(spec string) bool {
	return strings.HasPrefix(spec, "postgres://") || strings.HasPrefix(spec, "postgresql://")
}

func openPostgres(spec string) (*Store, error) {
	shown := redact(spec)
	if err := initPostgres(spec); err != nil {
		return nil, fmt.Errorf("open %s: %w", shown, err)
	}
	qs, err := graph.NewQuadStore("postgres", spec, nil)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", shown, err)
	}
	return &Store{qs: qs, spec: shown}, nil
}

// initPostgres creates Cayley's tables unless the database (or the schema
// the URL's search_path names) has them; Cayley's own Init would log an
// error on every open of an existing store. When two processes create a
// new store at once, one's Init fails (PostgreSQL creates tables
// transactionally, so it waits for the other's and then finds them): the
// tables existing afterwards is success.
func initPostgres(spec string) error {
	db, err := sql.Open("postgres", spec)
	if err != nil {
		return err
	}
	defer db.Close()
	exists, err := hasQuadsTable(db)
	if err != nil || exists {
		return err
	}
	err = graph.InitQuadStore("postgres", spec, nil)
	if err == nil || errors.Is(err, graph.ErrDatabaseExists) {
		return nil
	}
	if exists, _ := hasQuadsTable(db); exists {
		return nil
	}
	return err
}

func hasQuadsTable(db *sql.DB) (bool, error) {
	var exists bool
	err := db.QueryRow("SELECT to_regclass('quads') IS NOT NULL").Scan(&exists)
	return exists, err
}

// redact hides the password of a URL.
func redact(spec string) string {
	u, err := url.Parse(spec)
	if err != nil {
		return "postgres store"
	}
	return u.Redacted()
}

// retryable reports whether a failed transaction may succeed when run
// again: a serialisation failure, a deadlock, or a unique violation from
// a concurrent insert of the same row (Cayley reports the latter as
// graph.ErrQuadExists).
func retryable(err error) bool {
	var coded interface{ SQLState() string }
	if errors.As(err, &coded) {
		switch coded.SQLState() {
		case "40001", "40P01", "23505":
			return true
		}
	}
	return errors.Is(err, graph.ErrQuadExists)
}

// applyDeltas applies deltas in one transaction, running it again while
// it fails with a retryable error.
func applyDeltas(qs graph.QuadStore, deltas []graph.Delta) error {
	opts := graph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}
	for attempt := 1; ; attempt++ {
		err := qs.ApplyDeltas(deltas, opts)
		if err == nil || attempt == maxAttempts || !retryable(err) {
			return err
		}
		time.Sleep(time.Duration(attempt) * retryBackoff)
	}
}
