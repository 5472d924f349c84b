package graphmodel

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/policygraph/policygraph/extract"
	"github.com/policygraph/policygraph/resources"
)

// benchResults returns what the benchmarks import: the extractor's output
// for the bundled report, or, when POLICYGRAPH_BENCH_CORPUS names a
// directory, for every *.txt in it (e.g. ../../shared/corpus), one Result
// per report.
func benchResults(b *testing.B) []*extract.Result {
	dir := os.Getenv("POLICYGRAPH_BENCH_CORPUS")
	if dir == "" {
		r, err := extract.Text(resources.ReportName, string(resources.Report), "utf-8")
		if err != nil {
			b.Fatal(err)
		}
		return []*extract.Result{r}
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("POLICYGRAPH_BENCH_CORPUS=%s: no *.txt (%v)", dir, err)
	}
	var out []*extract.Result
	for _, p := range paths {
		r, err := extract.File(p)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, r)
	}
	return out
}

// benchBackends runs bench on bolt, and on PostgreSQL when
// POLICYGRAPH_TEST_POSTGRES is set.
func benchBackends(b *testing.B, bench func(b *testing.B, open func(testing.TB) *Store)) {
	b.Run("bolt", func(b *testing.B) { bench(b, openTempBolt) })
	b.Run("postgres", func(b *testing.B) {
		if os.Getenv(postgresEnv) == "" {
			b.Skip(postgresEnv + " is not set")
		}
		bench(b, openTempPostgres)
	})
}

// loaded opens a store holding results, with its index built.
func loaded(b *testing.B, open func(testing.TB) *Store, results []*extract.Result) *Store {
	s := open(b)
	for _, r := range results {
		if err := s.Import(context.Background(), r); err != nil {
			b.Fatal(err)
		}
	}
	if _, err := s.TypeCounts(context.Background()); err != nil {
		b.Fatal(err)
	}
	return s
}

// benchNodes picks the entity with the highest degree (the region, a hub)
// and the best connected town (or the median entity when there is none).
func benchNodes(b *testing.B, s *Store) (hub, town string) {
	all, err := s.Nodes(context.Background(), nil)
	if err != nil || len(all) == 0 {
		b.Fatalf("no nodes: %v", err)
	}
	towns, _ := s.Nodes(context.Background(), []string{extract.TypeTown})
	if len(towns) == 0 {
		return all[0].ID, all[len(all)/2].ID
	}
	return all[0].ID, towns[0].ID
}

func BenchmarkImport(b *testing.B) {
	results := benchResults(b)
	benchBackends(b, func(b *testing.B, open func(testing.TB) *Store) {
		ctx := context.Background()
		var quads int64
		for b.Loop() {
			b.StopTimer()
			s := open(b)
			b.StartTimer()
			for _, r := range results {
				if err := s.Import(ctx, r); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			quads, _ = s.QuadCount(ctx)
			s.Close()
			b.StartTimer()
		}
		b.ReportMetric(float64(quads), "quads")
	})
}

func BenchmarkReimportUnchanged(b *testing.B) {
	results := benchResults(b)
	benchBackends(b, func(b *testing.B, open func(testing.TB) *Store) {
		s := loaded(b, open, results)
		for b.Loop() {
			if err := s.Import(context.Background(), results[0]); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkIndexBuild(b *testing.B) {
	results := benchResults(b)
	benchBackends(b, func(b *testing.B, open func(testing.TB) *Store) {
		s := loaded(b, open, results)
		for b.Loop() {
			s.invalidate()
			if _, err := s.TypeCounts(context.Background()); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkNeighborsDepth2(b *testing.B) {
	results := benchResults(b)
	benchBackends(b, func(b *testing.B, open func(testing.TB) *Store) {
		s := loaded(b, open, results)
		hub, town := benchNodes(b, s)
		for name, id := range map[string]string{"hub": hub, "town": town} {
			for fname, f := range map[string]Filter{"all": {}, "limit30": {Limit: 30}} {
				b.Run(name+"/"+fname, func(b *testing.B) {
					var nodes int
					for b.Loop() {
						sub, err := s.Neighbors(context.Background(), id, 2, f)
						if err != nil {
							b.Fatal(err)
						}
						nodes = len(sub.Nodes)
					}
					b.ReportMetric(float64(nodes), "nodes")
				})
			}
		}
	})
}

func BenchmarkEdges(b *testing.B) {
	results := benchResults(b)
	benchBackends(b, func(b *testing.B, open func(testing.TB) *Store) {
		s := loaded(b, open, results)
		hub, town := benchNodes(b, s)
		for name, id := range map[string]string{"hub": hub, "town": town} {
			b.Run(name, func(b *testing.B) {
				for b.Loop() {
					if _, err := s.Edges(context.Background(), id); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	})
}

func BenchmarkEdgesAmongDepth2(b *testing.B) {
	results := benchResults(b)
	benchBackends(b, func(b *testing.B, open func(testing.TB) *Store) {
		s := loaded(b, open, results)
		_, town := benchNodes(b, s)
		sub, err := s.Neighbors(context.Background(), town, 2, Filter{Limit: 30})
		if err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			if _, err := s.EdgesAmong(context.Background(), ids(sub.Nodes)); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(len(sub.Nodes)), "nodes")
	})
}

func BenchmarkMentions(b *testing.B) {
	results := benchResults(b)
	benchBackends(b, func(b *testing.B, open func(testing.TB) *Store) {
		s := loaded(b, open, results)
		hub, _ := benchNodes(b, s)
		for b.Loop() {
			if _, err := s.Mentions(context.Background(), hub); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkSearch(b *testing.B) {
	s := loaded(b, openTempBolt, benchResults(b))
	for _, q := range []string{"镇", "示范区", "tyz", "shengji", "x"} {
		b.Run(q, func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Search(context.Background(), q, nil, 20); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
