package main

import (
	"strings"
	"testing"
	"time"

	"github.com/policygraph/policygraph/extract"
)

// corpusDir holds the development corpus shared by the project.
const corpusDir = "../../../shared/corpus"

func testCorpus(t *testing.T) *corpus {
	t.Helper()
	c, err := loadCorpus(corpusDir)
	if err != nil {
		t.Skip("corpus not available at " + corpusDir + ": " + err.Error())
	}
	return c
}

func TestGenerateIsDeterministic(t *testing.T) {
	c := testCorpus(t)
	a, b := newGenerator(c, 7), newGenerator(c, 7)
	for i := range 5 {
		if da, db := a.Generate(i), b.Generate(i); da != db {
			t.Errorf("document %d differs between two generators with one seed", i)
		}
	}
	if newGenerator(c, 8).Generate(0) == newGenerator(c, 7).Generate(0) {
		t.Errorf("seeds 7 and 8 give the same document")
	}
}

// TestGeneratedDocuments extracts generated documents: each is about its
// own new place, no source place or town is left, and they share the
// corpus's policies.
func TestGeneratedDocuments(t *testing.T) {
	c := testCorpus(t)
	g := newGenerator(c, 1)
	corpusPolicies := make(map[string]bool)
	for _, s := range c.sources {
		r, err := extract.File(s.path)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range r.Entities {
			if e.Type == extract.TypePolicy {
				corpusPolicies[e.ID] = true
			}
		}
	}
	places := make(map[string]bool)
	shared := 0
	for i := range 30 {
		d := g.Generate(i)
		r, err := extract.Text(d.Name, d.Text, "utf-8")
		if err != nil {
			t.Fatal(err)
		}
		if got := r.Documents[0].Place; got != d.Place || places[got] {
			t.Errorf("document %d: the extractor finds place %q, generated %q (seen before: %v)", i, got, d.Place, places[got])
		}
		places[d.Place] = true
		checkRenamed(t, c, d)
		for _, e := range r.Entities {
			if corpusPolicies[e.ID] {
				shared++
			}
		}
	}
	if shared < 30 {
		t.Errorf("only %d policy mentions shared with the corpus in 30 documents", shared)
	}
}

// checkRenamed fails when a source place or town name is left in d.
func checkRenamed(t *testing.T, c *corpus, d synthDoc) {
	t.Helper()
	for p, full := range c.places {
		if full && strings.Contains(d.Text, p) {
			t.Errorf("%s still names the source place %s", d.Name, p)
		}
	}
	for _, s := range c.sources {
		for _, n := range s.names {
			if len([]rune(n)) >= 3 && strings.Contains(d.Text, n) {
				t.Errorf("%s still names the source town %s", d.Name, n)
				return
			}
		}
	}
}

func TestPercentile(t *testing.T) {
	ms := func(n int) time.Duration { return time.Duration(n) * time.Millisecond }
	hundred := make([]time.Duration, 100)
	for i := range hundred {
		hundred[i] = ms(i + 1)
	}
	tests := map[string]struct {
		sorted []time.Duration
		p      int
		want   time.Duration
	}{
		"median of 100":      {hundred, 50, ms(50)},
		"p99 of 100":         {hundred, 99, ms(99)},
		"p99 of 3":           {[]time.Duration{ms(1), ms(2), ms(3)}, 99, ms(3)},
		"p50 of 1":           {[]time.Duration{ms(4)}, 50, ms(4)},
		"p50 of 4 rounds up": {[]time.Duration{ms(1), ms(2), ms(3), ms(4)}, 50, ms(2)},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := percentile(tc.sorted, tc.p); got != tc.want {
				t.Errorf("percentile(%d) = %v, want %v", tc.p, got, tc.want)
			}
		})
	}
}

func TestParseCounts(t *testing.T) {
	tests := map[string]struct {
		in      string
		want    []int
		wantErr bool
	}{
		"two":          {in: "100,1000", want: []int{100, 1000}},
		"spaces":       {in: " 5 , 6", want: []int{5, 6}},
		"zero":         {in: "0", wantErr: true},
		"not a number": {in: "x", wantErr: true},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := parseCounts(tc.in)
			if (err != nil) != tc.wantErr || len(got) != len(tc.want) {
				t.Fatalf("parseCounts(%q) = %v, %v", tc.in, got, err)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("parseCounts(%q) = %v, want %v", tc.in, got, tc.want)
				}
			}
		})
	}
}
