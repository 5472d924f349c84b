// Command scale is the scale run behind scripts/scale.sh: it synthesises
// report-like documents from the corpus (paragraphs recombined, places and
// towns renamed), extracts them with the real extractor, imports them into
// fresh stores and prints, per backend and document count, the import
// time, the store's size and the p50/p99 of 2-hop Neighbors over a seeded
// sample of entities of every type.
//
//	scale -corpus ../shared/corpus -docs 100,1000 -backends bolt
//	scale -docs 100 -backends postgres -pg postgres://…
//
// -batch sets how many documents go into one Import call (graphmodel
// commits them in transactions of whole documents, about 10,000 quads
// each; 1 = a call and a transaction per document, as importing file by
// file does); -write DIR also writes the synthesised texts.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"strconv"
	"strings"
	"time"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "scale:", err)
		os.Exit(1)
	}
}

// config is the parsed command line.
type config struct {
	corpus     string
	seed       uint64
	docs       []int
	pgDocs     []int
	backends   []string
	pg         string
	queries    int
	batch      int
	work       string
	write      string
	cpuprofile string
}

func parseFlags(args []string) (config, error) {
	var c config
	fs := flag.NewFlagSet("scale", flag.ContinueOnError)
	fs.StringVar(&c.corpus, "corpus", "../shared/corpus", "directory of corpus reports (*.txt)")
	fs.Uint64Var(&c.seed, "seed", 1, "seed of the generator and of the query sample")
	docs := fs.String("docs", "100,1000", "document counts to import, comma-separated")
	pgDocs := fs.String("pg-docs", "", "document counts for PostgreSQL (default: -docs)")
	backends := fs.String("backends", "bolt", "backends: bolt, postgres (comma-separated)")
	fs.StringVar(&c.pg, "pg", "", "PostgreSQL URL for the postgres backend (each run gets its own schema)")
	fs.IntVar(&c.queries, "queries", 1000, "Neighbors queries per run")
	fs.IntVar(&c.batch, "batch", 100, "documents per Import call")
	fs.StringVar(&c.work, "work", os.TempDir(), "directory for the bolt stores")
	fs.StringVar(&c.write, "write", "", "also write the synthesised documents into this directory")
	fs.StringVar(&c.cpuprofile, "cpuprofile", "", "write a CPU profile of the imports to this file")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	var err error
	if c.docs, err = parseCounts(*docs); err != nil {
		return c, err
	}
	c.pgDocs = c.docs
	if *pgDocs != "" {
		if c.pgDocs, err = parseCounts(*pgDocs); err != nil {
			return c, err
		}
	}
	c.backends = strings.Split(*backends, ",")
	for _, b := range c.backends {
		if b != "bolt" && b != "postgres" {
			return c, fmt.Errorf("unknown backend %q", b)
		}
		if b == "postgres" && c.pg == "" {
			return c, fmt.Errorf("the postgres backend needs -pg URL")
		}
	}
	if c.batch < 1 || c.queries < 1 {
		return c, fmt.Errorf("-batch and -queries must be at least 1")
	}
	return c, nil
}

func parseCounts(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			return nil, fmt.Errorf("bad document count %q", f)
		}
		out = append(out, n)
	}
	return out, nil
}

func run(args []string, w io.Writer) error {
	c, err := parseFlags(args)
	if err != nil {
		return err
	}
	corp, err := loadCorpus(c.corpus)
	if err != nil {
		return err
	}
	if c.write != "" {
		if err := writeDocs(c.write, generate(corp, c.seed, max(maxOf(c.docs), maxOf(c.pgDocs)))); err != nil {
			return err
		}
	}
	if c.cpuprofile != "" {
		f, err := os.Create(c.cpuprofile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	header := true
	for _, b := range c.backends {
		counts := c.docs
		if b == "postgres" {
			counts = c.pgDocs
		}
		for _, n := range counts {
			r, err := runOne(w, c, corp, b, n)
			if err != nil {
				return fmt.Errorf("%s, %d documents: %w", b, n, err)
			}
			printRows(w, []row{r}, header)
			header = false
		}
	}
	return nil
}

// runOne synthesises and extracts n documents and measures them on the
// backend. Each run makes its own documents (the same ones for a seed), so
// that no run's queries pay for another run's memory.
func runOne(w io.Writer, c config, corp *corpus, backend string, n int) (row, error) {
	start := time.Now()
	results, err := extractAll(generate(corp, c.seed, n))
	if err != nil {
		return row{}, err
	}
	fmt.Fprintf(w, "%s: synthesised and extracted %d documents in %.1f s (%s)\n",
		backend, n, time.Since(start).Seconds(), describe(results))
	return measure(context.Background(), c, backend, results)
}

// generate returns the first n documents of the seed's generator.
func generate(corp *corpus, seed uint64, n int) []synthDoc {
	gen := newGenerator(corp, seed)
	docs := make([]synthDoc, n)
	for i := range docs {
		docs[i] = gen.Generate(i)
	}
	return docs
}

func maxOf(xs []int) int {
	m := 0
	for _, x := range xs {
		m = max(m, x)
	}
	return m
}
