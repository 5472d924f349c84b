package graphmodel

import (
	"cmp"
	"context"
	"fmt"
	"slices"
)

// Documents lists the imported documents by place, then review year, then
// id. Entities counts the entities a document describes, Relations its
// relation statements and Indicators its indicator values. Only the
// in-memory index is read.
func (s *Store) Documents(ctx context.Context) ([]DocInfo, error) {
	idx, err := s.index(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]DocInfo, 0, len(idx.docs))
	for _, d := range idx.docs {
		out = append(out, d.info)
	}
	slices.SortFunc(out, func(a, b DocInfo) int {
		if c := cmp.Compare(a.Place, b.Place); c != 0 {
			return c
		}
		if c := cmp.Compare(a.ReviewYear, b.ReviewYear); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return out, nil
}

// DocumentText returns the decoded text of a document; evidence offsets
// point into it.
func (s *Store) DocumentText(ctx context.Context, docID string) (string, error) {
	idx, err := s.index(ctx)
	if err != nil {
		return "", err
	}
	if idx.docs[docID] == nil {
		return "", fmt.Errorf("text of %s: %w", docID, ErrNotFound)
	}
	text, err := idx.text(ctx, s, docID)
	if err != nil {
		return "", fmt.Errorf("text of %s: %w", docID, err)
	}
	return text, nil
}

// DocumentSpans returns every entity mention in a document, sorted by
// Start, then End, then entity id. Complexity: one read per entity the
// document describes.
func (s *Store) DocumentSpans(ctx context.Context, docID string) ([]Span, error) {
	idx, err := s.index(ctx)
	if err != nil {
		return nil, err
	}
	d := idx.docs[docID]
	if d == nil {
		return nil, fmt.Errorf("spans of %s: %w", docID, ErrNotFound)
	}
	var spans []Span
	for _, id := range d.entities {
		e := idx.nodes[id]
		if e == nil {
			continue
		}
		facts, err := s.factsOf(ctx, id, docID)
		if err != nil {
			return nil, fmt.Errorf("spans of %s: %w", docID, err)
		}
		for _, f := range facts {
			for _, m := range f.mentions {
				spans = append(spans, Span{Entity: id, Type: e.node.Type, Name: e.node.Name, Start: m.start, End: m.end})
			}
		}
	}
	slices.SortFunc(spans, func(a, b Span) int {
		if c := cmp.Compare(a.Start, b.Start); c != 0 {
			return c
		}
		if c := cmp.Compare(a.End, b.End); c != 0 {
			return c
		}
		return cmp.Compare(a.Entity, b.Entity)
	})
	return spans, nil
}

// Mentions returns the sentences that mention id, by document and offset.
func (s *Store) Mentions(ctx context.Context, id string) ([]Evidence, error) {
	idx, err := s.index(ctx)
	if err != nil {
		return nil, err
	}
	if idx.nodes[id] == nil {
		return nil, fmt.Errorf("mentions of %s: %w", id, ErrNotFound)
	}
	facts, src, err := s.factsAndSources(ctx, idx, id)
	if err != nil {
		return nil, fmt.Errorf("mentions of %s: %w", id, err)
	}
	var out []Evidence
	for _, f := range facts {
		for _, m := range f.mentions {
			out = append(out, src.mention(f.doc, m))
		}
	}
	slices.SortFunc(out, compareEvidence)
	return out, nil
}
