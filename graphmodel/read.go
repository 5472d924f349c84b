package graphmodel

import (
	"context"
	"slices"
	"sync"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// quadsAt returns every quad with v in direction dir (any label). Cayley's
// backends iterate in different orders; callers sort what they show.
// Values are resolved in one batch per call (Cayley's kv Quad() costs a
// transaction and four reads per quad).
func (s *Store) quadsAt(ctx context.Context, dir quad.Direction, v quad.Value) ([]quad.Quad, error) {
	ref, err := s.qs.ValueOf(v)
	if err != nil || ref == nil {
		return nil, err
	}
	it := s.qs.QuadIterator(dir, ref).Iterate()
	defer it.Close()
	var dirs []graph.Ref
	for it.Next(ctx) {
		for _, d := range quad.Directions {
			r, err := s.qs.QuadDirection(it.Result(), d)
			if err != nil {
				return nil, err
			}
			dirs = append(dirs, r)
		}
	}
	if err := it.Err(); err != nil {
		return nil, err
	}
	vals, err := s.values.resolve(ctx, s.qs, dirs)
	if err != nil {
		return nil, err
	}
	out := make([]quad.Quad, len(vals)/4)
	for i := range out {
		out[i] = quad.Quad{Subject: vals[4*i], Predicate: vals[4*i+1], Object: vals[4*i+2], Label: vals[4*i+3]}
	}
	return out, nil
}

// valueCache maps value refs to values. Backends never give a ref to
// another value (kv and memstore number values from a sequence, SQL hashes
// them), so entries stay valid across writes; the cache is emptied when it
// grows past maxCachedValues.
type valueCache struct {
	mu sync.Mutex
	m  map[any]quad.Value
}

const maxCachedValues = 1 << 18

// resolve returns the values of refs (nil for a nil ref), asking the store
// once for those not cached.
func (c *valueCache) resolve(ctx context.Context, qs graph.QuadStore, refs []graph.Ref) ([]quad.Value, error) {
	out := make([]quad.Value, len(refs))
	var missing []graph.Ref
	var at []int
	c.mu.Lock()
	if c.m == nil || len(c.m) > maxCachedValues {
		c.m = make(map[any]quad.Value)
	}
	pending := make(map[any]bool)
	for i, r := range refs {
		if r == nil {
			continue
		}
		if v, ok := c.m[r.Key()]; ok {
			out[i] = v
			continue
		}
		if !pending[r.Key()] {
			pending[r.Key()] = true
			missing = append(missing, r)
		}
		at = append(at, i)
	}
	c.mu.Unlock()
	if len(missing) == 0 {
		return out, nil
	}
	vals, err := graph.ValuesOf(ctx, qs, missing)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for i, r := range missing {
		c.m[r.Key()] = vals[i]
	}
	for _, i := range at {
		out[i] = c.m[refs[i].Key()]
	}
	return out, nil
}

// pointersTo returns the distinct subjects of the quads whose object is v
// and whose predicate is one of preds, in store order.
func (s *Store) pointersTo(ctx context.Context, v quad.Value, preds ...quad.IRI) ([]quad.Value, error) {
	qs, err := s.quadsAt(ctx, quad.Object, v)
	if err != nil {
		return nil, err
	}
	seen := make(map[quad.Value]bool)
	var out []quad.Value
	for _, q := range qs {
		pred, _ := q.Predicate.(quad.IRI)
		if slices.Contains(preds, pred) && !seen[q.Subject] {
			seen[q.Subject] = true
			out = append(out, q.Subject)
		}
	}
	return out, nil
}

// documentIRIs returns the IRIs of the stored documents.
func (s *Store) documentIRIs(ctx context.Context) ([]quad.Value, error) {
	typed, err := s.pointersTo(ctx, classDocument, predType)
	if err != nil {
		return nil, err
	}
	return slices.DeleteFunc(typed, func(v quad.Value) bool {
		_, ok := docID(v)
		return !ok
	}), nil
}

// props is the set of values a node has per predicate, merged over labels.
type props map[quad.IRI][]quad.Value

// propsOf reads the outgoing quads of a node.
func (s *Store) propsOf(ctx context.Context, v quad.Value) (props, error) {
	qs, err := s.quadsAt(ctx, quad.Subject, v)
	if err != nil {
		return nil, err
	}
	p := make(props, 8)
	for _, q := range qs {
		pred, ok := q.Predicate.(quad.IRI)
		if !ok {
			continue
		}
		p[pred] = appendUnique(p[pred], q.Object)
	}
	return p, nil
}

func appendUnique(vs []quad.Value, v quad.Value) []quad.Value {
	for _, x := range vs {
		if x == v {
			return vs
		}
	}
	return append(vs, v)
}

func (p props) str(pred quad.IRI) string {
	for _, v := range p[pred] {
		if s, ok := v.(quad.String); ok {
			return string(s)
		}
	}
	return ""
}

func (p props) int(pred quad.IRI) int {
	for _, v := range p[pred] {
		if n, ok := v.(quad.Int); ok {
			return int(n)
		}
	}
	return 0
}

func (p props) float(pred quad.IRI) *float64 {
	for _, v := range p[pred] {
		if f, ok := v.(quad.Float); ok {
			x := float64(f)
			return &x
		}
	}
	return nil
}

func (p props) bool(pred quad.IRI) bool {
	for _, v := range p[pred] {
		if b, ok := v.(quad.Bool); ok {
			return bool(b)
		}
	}
	return false
}

// evidence reads the provenance of a statement, observation (sentence in
// pg:evidence) or mention (pg:sentence, pg:sentenceStart).
func (p props) evidence(idx *index, sentence quad.IRI) Evidence {
	ev := Evidence{
		Section: p.str(predSection), Year: p.int(predYear), Sentence: p.str(sentence),
		Start: p.int(predStart), End: p.int(predEnd),
	}
	ev.SentenceStart = ev.Start
	if len(p[predSentenceStart]) > 0 {
		ev.SentenceStart = p.int(predSentenceStart)
	}
	ev.Doc, _ = docID(p.iri(predDoc))
	ev.DocTitle = idx.titles[ev.Doc]
	return ev
}

func (p props) iri(pred quad.IRI) quad.Value {
	if vs := p[pred]; len(vs) > 0 {
		return vs[0]
	}
	return nil
}
