package graphmodel

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/graph"
	"github.com/policygraph/policygraph/resources"
)

func TestRecordRoundTrip(t *testing.T) {
	tests := map[string]struct {
		lines [][]string
		want  [][]string // what reading gives back; nil = lines
	}{
		"plain":             {lines: [][]string{{"E", "town/东昌府区/堂邑镇", "town", "堂邑镇", "东昌府区"}}},
		"escapes":           {lines: [][]string{{"S", "a\tb", "c\nd", `e\f`, `\t`}}},
		"empty inner field": {lines: [][]string{{"E", "x", "", "name", "", "alias"}}},
		"trailing empties dropped": {
			lines: [][]string{{"M", "1", "2", "", ""}},
			want:  [][]string{{"M", "1", "2"}},
		},
		"several lines": {lines: [][]string{{"R", "a", "p", "b"}, {"R", "b", "p", "c"}}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			var w recordWriter
			for _, l := range tc.lines {
				w.line(l...)
			}
			var got [][]string
			eachLine(w.String(), func(f []string) { got = append(got, slices.Clone(f)) })
			want := tc.want
			if want == nil {
				want = tc.lines
			}
			if !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("read back %q from %q, want %q", got, w.String(), want)
			}
			if strings.Count(w.String(), "\n") != len(tc.lines) {
				t.Errorf("%q: want one line per record line", w.String())
			}
		})
	}
}

// TestInlineSentences checks that a sentence the text does not hold at
// its offsets is stored in the record and read back as given.
func TestInlineSentences(t *testing.T) {
	ctx := context.Background()
	r := dongchangfu(t)
	const odd = "一句不在原文中的证据。"
	for i, rel := range r.Relations {
		if rel.Subject == tangyi {
			r.Relations[i].Evidence = odd
		}
	}
	for i, e := range r.Entities {
		if e.ID == hanji {
			r.Entities[i].Mentions[0].Sentence = odd
		}
	}
	s, err := OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	importAll(t, s, r)
	edges, err := s.Edges(ctx, tangyi)
	if err != nil || len(edges) != 1 || edges[0].Evidence[0].Sentence != odd {
		t.Errorf("Edges(堂邑镇) = %+v, %v; want the evidence as given", edges, err)
	}
	ms, err := s.Mentions(ctx, hanji)
	if err != nil || !slices.ContainsFunc(ms, func(e Evidence) bool { return e.Sentence == odd }) {
		t.Errorf("Mentions(韩集镇) = %+v, %v; want one with the sentence as given", ms, err)
	}
	text := string(resources.Report)
	for _, m := range ms {
		if m.Sentence != odd && text[m.SentenceStart:m.SentenceStart+len(m.Sentence)] != m.Sentence {
			t.Errorf("mention sentence %q not at %d", m.Sentence, m.SentenceStart)
		}
	}
}

// sqlError is an error carrying an SQLSTATE code, as lib/pq's and pgx's do.
type sqlError string

func (e sqlError) Error() string    { return "sql error " + string(e) }
func (e sqlError) SQLState() string { return string(e) }

// flakyStore fails ApplyDeltas with err the first failures times.
type flakyStore struct {
	graph.QuadStore
	err      error
	failures int
	calls    int
}

func (f *flakyStore) ApplyDeltas(in []graph.Delta, opts graph.IgnoreOpts) error {
	f.calls++
	if f.calls <= f.failures {
		return f.err
	}
	return f.QuadStore.ApplyDeltas(in, opts)
}

func TestApplyDeltasRetries(t *testing.T) {
	tests := map[string]struct {
		err       error
		failures  int
		wantCalls int
		wantErr   bool
	}{
		"deadlock":               {err: sqlError("40P01"), failures: 2, wantCalls: 3},
		"serialization":          {err: sqlError("40001"), failures: 1, wantCalls: 2},
		"unique violation":       {err: &graph.DeltaError{Err: graph.ErrQuadExists}, failures: 1, wantCalls: 2},
		"other errors fail":      {err: sqlError("42P01"), failures: 1, wantCalls: 1, wantErr: true},
		"gives up after retries": {err: sqlError("40P01"), failures: maxAttempts, wantCalls: maxAttempts, wantErr: true},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			mem, err := OpenMemory()
			if err != nil {
				t.Fatal(err)
			}
			defer mem.Close()
			f := &flakyStore{QuadStore: mem.qs, err: tc.err, failures: tc.failures}
			deltas := diff(nil, buildDocument(splitResult(fuping(t)), 0))
			err = applyDeltas(f, deltas)
			if (err != nil) != tc.wantErr || (err != nil && !errors.Is(err, tc.err)) {
				t.Errorf("error = %v, want error %v", err, tc.wantErr)
			}
			if f.calls != tc.wantCalls {
				t.Errorf("%d attempts, want %d", f.calls, tc.wantCalls)
			}
			if n, _ := mem.QuadCount(context.Background()); (n > 0) == tc.wantErr {
				t.Errorf("%d quads written", n)
			}
		})
	}
}

func TestDocumentCounts(t *testing.T) {
	r := dongchangfu(t)
	r.Relations = append(r.Relations, r.Relations[0])
	r.Indicators = append(r.Indicators, r.Indicators[0])
	s, err := OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	importAll(t, s, r)
	docs, err := s.Documents(context.Background())
	if err != nil || len(docs) != 1 {
		t.Fatalf("Documents = %+v, %v", docs, err)
	}
	if d := docs[0]; d.Relations != 8 || d.Indicators != 4 || d.Entities != 16 {
		t.Errorf("counts = %d relations, %d values, %d entities; repeats must count once", d.Relations, d.Indicators, d.Entities)
	}
}
