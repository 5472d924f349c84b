package main

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/policygraph/policygraph/extract"
	"github.com/policygraph/policygraph/graphmodel"
)

// row is one line of the result table.
type row struct {
	backend  string
	docs     int
	quads    int64
	entities int
	imp      time.Duration // importing every document
	impCPU   time.Duration // CPU time of this process meanwhile
	size     int64         // bytes on disk
	index    time.Duration // the first query: building the in-memory index
	p50, p99 time.Duration // Neighbors depth 2, wall clock
	max      time.Duration
	c50, c99 time.Duration // the same in CPU time of the querying thread
	capP99   time.Duration // Neighbors depth 2 with the explorer's cap of 30, wall clock
	nodes    float64       // mean nodes per answer
	slowest  string        // the query with the most CPU time, and its answer's size
	load     string        // 1-minute load average when the run ended
}

// measure imports results into a fresh store of the backend and times it.
// The results are dropped (and memory collected) before the queries, as
// an explorer that imported them would hold none of them either.
func measure(ctx context.Context, c config, backend string, results []*extract.Result) (row, error) {
	r := row{backend: backend, docs: len(results)}
	spec, size, cleanup, err := freshStore(c, backend, len(results))
	if err != nil {
		return r, err
	}
	defer cleanup()
	s, err := graphmodel.Open(spec)
	if err != nil {
		return r, err
	}
	defer s.Close()
	start, cpu := time.Now(), cpuTime()
	for lo := 0; lo < len(results); lo += c.batch {
		if err := s.Import(ctx, extract.Merge(results[lo:min(lo+c.batch, len(results))]...)); err != nil {
			return r, err
		}
	}
	r.imp, r.impCPU = time.Since(start), cpuTime()-cpu
	results = nil
	runtime.GC()
	if r.quads, err = s.QuadCount(ctx); err != nil {
		return r, err
	}
	if r.size, err = size(); err != nil {
		return r, err
	}
	start = time.Now()
	nodes, err := s.Nodes(ctx, nil)
	if err != nil {
		return r, err
	}
	r.index, r.entities = time.Since(start), len(nodes)
	if err := timeNeighbors(ctx, s, nodes, c, &r); err != nil {
		return r, err
	}
	r.load = loadAverage()
	return r, nil
}

// timeNeighbors asks c.queries 2-hop neighbourhoods of random entities: a
// random type, then a random entity of it, so every type is asked about.
// It measures each query's wall time and the CPU time of the thread
// running it, and then the same queries with the explorer's cap.
func timeNeighbors(ctx context.Context, s *graphmodel.Store, nodes []graphmodel.Node, c config, r *row) error {
	ids, err := sample(nodes, c.queries, rand.New(rand.NewPCG(c.seed, uint64(r.docs))))
	if err != nil {
		return err
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	wall, cpu := make([]time.Duration, len(ids)), make([]time.Duration, len(ids))
	total, slowest := 0, time.Duration(0)
	for i, id := range ids {
		start, startCPU := time.Now(), threadCPU()
		sub, err := s.Neighbors(ctx, id, 2, graphmodel.Filter{})
		wall[i], cpu[i] = time.Since(start), threadCPU()-startCPU
		if err != nil {
			return err
		}
		total += len(sub.Nodes)
		if cpu[i] > slowest {
			slowest = cpu[i]
			r.slowest = fmt.Sprintf("%s: %d nodes, %d edges, %s CPU", id, len(sub.Nodes), len(sub.Edges), fmtDur(cpu[i]))
		}
	}
	r.nodes = float64(total) / float64(len(ids))
	slices.Sort(wall)
	slices.Sort(cpu)
	r.p50, r.p99, r.max = percentile(wall, 50), percentile(wall, 99), wall[len(wall)-1]
	r.c50, r.c99 = percentile(cpu, 50), percentile(cpu, 99)
	for i, id := range ids {
		start := time.Now()
		if _, err := s.Neighbors(ctx, id, 2, graphmodel.Filter{Limit: exploreCap}); err != nil {
			return err
		}
		wall[i] = time.Since(start)
	}
	slices.Sort(wall)
	r.capP99 = percentile(wall, 99)
	return nil
}

// exploreCap is the explorer's default cap on neighbours per expansion.
const exploreCap = 30

// sample picks n entity ids: a random type, then a random entity of it.
func sample(nodes []graphmodel.Node, n int, rng *rand.Rand) ([]string, error) {
	byType := make(map[string][]string)
	for _, nd := range nodes {
		byType[nd.Type] = append(byType[nd.Type], nd.ID)
	}
	var types []string
	for _, t := range extract.Types {
		if len(byType[t]) > 0 {
			types = append(types, t)
		}
	}
	if len(types) == 0 {
		return nil, fmt.Errorf("no entities to ask about")
	}
	ids := make([]string, n)
	for i := range ids {
		of := byType[types[rng.IntN(len(types))]]
		ids[i] = of[rng.IntN(len(of))]
	}
	return ids, nil
}

// percentile returns the p-th percentile of sorted times (nearest rank).
func percentile(sorted []time.Duration, p int) time.Duration {
	k := (p*len(sorted) + 99) / 100
	return sorted[max(k-1, 0)]
}

// freshStore returns the spec of an empty store for one run, a function
// measuring its size on disk and one removing it.
func freshStore(c config, backend string, docs int) (string, func() (int64, error), func(), error) {
	if backend == "postgres" {
		return freshSchema(c.pg, docs)
	}
	dir, err := os.MkdirTemp(c.work, "scale-bolt-")
	if err != nil {
		return "", nil, nil, err
	}
	size := func() (int64, error) {
		fi, err := os.Stat(filepath.Join(dir, "indexes.bolt"))
		if err != nil {
			return 0, err
		}
		return fi.Size(), nil
	}
	return dir, size, func() { os.RemoveAll(dir) }, nil
}

// freshSchema creates a schema for one run in the PostgreSQL at base and
// returns a URL using it; the size is that of Cayley's tables in it.
func freshSchema(base string, docs int) (string, func() (int64, error), func(), error) {
	db, err := sql.Open("postgres", base)
	if err != nil {
		return "", nil, nil, err
	}
	schema := fmt.Sprintf("scale_%d_%d", os.Getpid(), docs)
	if _, err := db.Exec("CREATE SCHEMA " + schema); err != nil {
		db.Close()
		return "", nil, nil, err
	}
	u, err := url.Parse(base)
	if err != nil {
		db.Close()
		return "", nil, nil, err
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	size := func() (int64, error) {
		var n int64
		err := db.QueryRow(`SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0)
			FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE n.nspname = $1 AND c.relkind = 'r'`, schema).Scan(&n)
		return n, err
	}
	cleanup := func() {
		db.Exec("DROP SCHEMA " + schema + " CASCADE")
		db.Close()
	}
	return u.String(), size, cleanup, nil
}

// loadAverage is the 1-minute load average (Linux), or "?".
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	return strings.Fields(string(b))[0]
}

// describe sums up the extraction results.
func describe(results []*extract.Result) string {
	var ents, ments, rels, inds int
	for _, r := range results {
		ents += len(r.Entities)
		rels += len(r.Relations)
		inds += len(r.Indicators)
		for _, e := range r.Entities {
			ments += len(e.Mentions)
		}
	}
	return fmt.Sprintf("%d entity records, %d mentions, %d relations, %d indicator values", ents, ments, rels, inds)
}

// printRows prints rows of the table, with its header first when asked.
func printRows(w io.Writer, rows []row, header bool) {
	if header {
		fmt.Fprintf(w, "%-8s %5s %8s %8s %8s %8s %8s %7s %8s %8s %8s %8s %8s %8s %6s %5s\n",
			"backend", "docs", "quads", "entities", "import", "cpu", "size", "index",
			"p50", "p99", "max", "cpu p50", "cpu p99", "cap p99", "nodes", "load")
	}
	for _, r := range rows {
		fmt.Fprintf(w, "%-8s %5d %8d %8d %7.2fs %7.2fs %7.1fM %6.2fs %8s %8s %8s %8s %8s %8s %6.0f %5s\n",
			r.backend, r.docs, r.quads, r.entities, r.imp.Seconds(), r.impCPU.Seconds(),
			float64(r.size)/(1<<20), r.index.Seconds(), fmtDur(r.p50), fmtDur(r.p99), fmtDur(r.max),
			fmtDur(r.c50), fmtDur(r.c99), fmtDur(r.capP99), r.nodes, r.load)
		fmt.Fprintf(w, "         slowest 2-hop: %s\n", r.slowest)
	}
}

func fmtDur(d time.Duration) string {
	return fmt.Sprintf("%.3fms", float64(d.Microseconds())/1000)
}
