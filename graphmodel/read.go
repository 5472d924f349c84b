package graphmodel

import (
	"context"
	"sort"

	"github.com/cayleygraph/quad"
)

// quadsAt returns every quad with v in direction dir (any label). Cayley's
// backends iterate in different orders; callers sort what they show.
func (s *Store) quadsAt(ctx context.Context, dir quad.Direction, v quad.Value) ([]quad.Quad, error) {
	ref, err := s.qs.ValueOf(v)
	if err != nil || ref == nil {
		return nil, err
	}
	it := s.qs.QuadIterator(dir, ref).Iterate()
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		q, err := s.qs.Quad(it.Result())
		if err != nil {
			return nil, err
		}
		out = append(out, q)
	}
	return out, it.Err()
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

// strs returns the distinct string values of pred, sorted.
func (p props) strs(pred quad.IRI) []string {
	var out []string
	for _, v := range p[pred] {
		if s, ok := v.(quad.String); ok {
			out = append(out, string(s))
		}
	}
	sort.Strings(out)
	return out
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

func (p props) iri(pred quad.IRI) quad.Value {
	if vs := p[pred]; len(vs) > 0 {
		return vs[0]
	}
	return nil
}
