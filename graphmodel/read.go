package graphmodel

import (
	"context"
	"slices"
	"sync"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/quad"
)

// quadsAt returns every quad with v in direction dir (any label). Cayley's
// backends iterate in different orders; callers sort what they show.
func (s *Store) quadsAt(ctx context.Context, dir quad.Direction, v quad.Value) ([]quad.Quad, error) {
	return s.scan(ctx, dir, v, nil)
}

// scan returns the quads with v in direction dir whose predicate is one of
// preds (any when there are none) and, when label is not nil, whose label
// is label. The filters compare refs, so the quads they drop cost no value
// reads; the values of the others are resolved in one batch (Cayley's kv
// Quad() costs a transaction and four reads per quad).
func (s *Store) scan(ctx context.Context, dir quad.Direction, v, label quad.Value, preds ...quad.IRI) ([]quad.Quad, error) {
	ref, err := s.qs.ValueOf(v)
	if err != nil || ref == nil {
		return nil, err
	}
	want, err := s.refKeys(preds)
	if err != nil || (len(preds) > 0 && len(want) == 0) {
		return nil, err
	}
	var labels map[any]bool
	if label != nil {
		lref, err := s.qs.ValueOf(label)
		if err != nil || lref == nil {
			return nil, err
		}
		labels = map[any]bool{lref.Key(): true}
	}
	dirs, err := s.matching(ctx, s.qs.QuadIterator(dir, ref), want, labels)
	if err != nil {
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

// refKeys returns the ref keys of the values the store knows.
func (s *Store) refKeys(vs []quad.IRI) (map[any]bool, error) {
	keys := make(map[any]bool, len(vs))
	for _, v := range vs {
		ref, err := s.qs.ValueOf(v)
		if err != nil {
			return nil, err
		}
		if ref != nil {
			keys[ref.Key()] = true
		}
	}
	return keys, nil
}

// matching iterates the quads of shape and returns the four direction refs
// of each whose predicate key is in preds (any when empty) and whose label
// key is in labels (any when nil).
func (s *Store) matching(ctx context.Context, shape iterator.Shape, preds, labels map[any]bool) ([]graph.Ref, error) {
	it := shape.Iterate()
	defer it.Close()
	var dirs []graph.Ref
	for it.Next(ctx) {
		q := it.Result()
		if len(preds) > 0 && !s.hasKey(q, quad.Predicate, preds) {
			continue
		}
		if labels != nil && !s.hasKey(q, quad.Label, labels) {
			continue
		}
		for _, d := range quad.Directions {
			r, err := s.qs.QuadDirection(q, d)
			if err != nil {
				return nil, err
			}
			dirs = append(dirs, r)
		}
	}
	return dirs, it.Err()
}

// hasKey reports whether the quad's value in direction d has a key in keys.
func (s *Store) hasKey(q graph.Ref, d quad.Direction, keys map[any]bool) bool {
	r, err := s.qs.QuadDirection(q, d)
	return err == nil && r != nil && keys[r.Key()]
}

// valueCache maps value refs to values. Backends never give a ref to
// another value (kv and memstore number values from a sequence, SQL hashes
// them), so entries stay valid across writes; the cache is emptied when it
// grows past maxCachedValues. Long strings (texts, tables, records) are
// not kept: they are many and read rarely.
type valueCache struct {
	mu sync.Mutex
	m  map[any]quad.Value
}

const (
	maxCachedValues = 1 << 18
	maxCachedString = 256
)

// resolve returns the values of refs (nil for a nil ref), asking the store
// once for those not cached.
func (c *valueCache) resolve(ctx context.Context, qs graph.QuadStore, refs []graph.Ref) ([]quad.Value, error) {
	out := make([]quad.Value, len(refs))
	var missing []graph.Ref
	at := make(map[any][]int)
	c.mu.Lock()
	if c.m == nil || len(c.m) > maxCachedValues {
		c.m = make(map[any]quad.Value)
	}
	for i, r := range refs {
		if r == nil {
			continue
		}
		if v, ok := c.m[r.Key()]; ok {
			out[i] = v
			continue
		}
		if at[r.Key()] == nil {
			missing = append(missing, r)
		}
		at[r.Key()] = append(at[r.Key()], i)
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
		if s, long := vals[i].(quad.String); !long || len(s) <= maxCachedString {
			c.m[r.Key()] = vals[i]
		}
		for _, j := range at[r.Key()] {
			out[j] = vals[i]
		}
	}
	return out, nil
}

// pointersTo returns the distinct subjects of the quads whose object is v
// and whose predicate is one of preds, in store order.
func (s *Store) pointersTo(ctx context.Context, v quad.Value, preds ...quad.IRI) ([]quad.Value, error) {
	qs, err := s.scan(ctx, quad.Object, v, nil, preds...)
	if err != nil {
		return nil, err
	}
	seen := make(map[quad.Value]bool)
	var out []quad.Value
	for _, q := range qs {
		if !seen[q.Subject] {
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

// propsOf reads the outgoing quads of a node with the given predicates
// (all when there are none).
func (s *Store) propsOf(ctx context.Context, v quad.Value, preds ...quad.IRI) (props, error) {
	qs, err := s.scan(ctx, quad.Subject, v, nil, preds...)
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
