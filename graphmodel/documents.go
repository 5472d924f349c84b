package graphmodel

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"
)

// Documents lists the imported documents by place, then review year, then
// id. Entities counts the entities a document describes, Relations its
// relation statements (including the region-measures-indicator links) and
// Indicators its indicator values.
func (s *Store) Documents(ctx context.Context) ([]DocInfo, error) {
	typed, err := s.quadsAt(ctx, quad.Object, classDocument)
	if err != nil {
		return nil, fmt.Errorf("documents: %w", err)
	}
	var out []DocInfo
	seen := make(map[string]bool)
	for _, q := range typed {
		id, ok := docID(q.Subject)
		if !ok || q.Predicate != predType || seen[id] {
			continue
		}
		seen[id] = true
		d, err := s.document(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("documents: %w", err)
		}
		out = append(out, d)
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

func (s *Store) document(ctx context.Context, id string) (DocInfo, error) {
	D := DocumentIRI(id)
	p, err := s.propsOf(ctx, D)
	if err != nil {
		return DocInfo{}, err
	}
	d := DocInfo{
		ID: id, Title: p.str(predTitle), Path: p.str(predPath), Place: p.str(predPlace),
		Genre: p.str(predGenre), ReviewYear: p.int(predReviewYear), PlanYear: p.int(predPlanYear),
		Date: p.str(predDate), Entities: len(p[predDescribes]),
	}
	in, err := s.quadsAt(ctx, quad.Object, D)
	if err != nil {
		return DocInfo{}, err
	}
	prefix := string(D) + "/"
	for _, q := range in {
		iri, _ := q.Subject.(quad.IRI)
		if q.Predicate != predDoc || q.Label != D || !strings.HasPrefix(string(iri), prefix) {
			continue
		}
		switch kind, _, _ := strings.Cut(string(iri)[len(prefix):], "/"); kind {
		case "stmt":
			d.Relations++
		case "obs":
			d.Indicators++
		}
	}
	return d, nil
}

// DocumentText returns the decoded text of a document; evidence offsets
// point into it.
func (s *Store) DocumentText(ctx context.Context, docID string) (string, error) {
	p, err := s.propsOf(ctx, DocumentIRI(docID))
	if err != nil {
		return "", fmt.Errorf("text of %s: %w", docID, err)
	}
	if len(p[predType]) == 0 {
		return "", fmt.Errorf("text of %s: %w", docID, ErrNotFound)
	}
	return p.str(predText), nil
}

// DocumentSpans returns every entity mention in a document, sorted by
// Start, then End, then entity id. Complexity: one read per mention.
func (s *Store) DocumentSpans(ctx context.Context, docID string) ([]Span, error) {
	idx, err := s.index(ctx)
	if err != nil {
		return nil, err
	}
	D := DocumentIRI(docID)
	in, err := s.quadsAt(ctx, quad.Object, D)
	if err != nil {
		return nil, fmt.Errorf("spans of %s: %w", docID, err)
	}
	if len(in) == 0 {
		return nil, fmt.Errorf("spans of %s: %w", docID, ErrNotFound)
	}
	var spans []Span
	for _, q := range in {
		iri, _ := q.Subject.(quad.IRI)
		if q.Predicate != predDoc || !strings.HasPrefix(string(iri), string(D)+"/span/") {
			continue
		}
		p, err := s.propsOf(ctx, q.Subject)
		if err != nil {
			return nil, fmt.Errorf("spans of %s: %w", docID, err)
		}
		for _, v := range p[predEntity] {
			id, _ := entityID(v)
			if e := idx.nodes[id]; e != nil {
				spans = append(spans, Span{Entity: id, Type: e.node.Type, Name: e.node.Name,
					Start: p.int(predStart), End: p.int(predEnd)})
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
	return slices.Compact(spans), nil
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
	in, err := s.quadsAt(ctx, quad.Object, EntityIRI(id))
	if err != nil {
		return nil, fmt.Errorf("mentions of %s: %w", id, err)
	}
	var out []Evidence
	for _, q := range in {
		if q.Predicate != predEntity {
			continue
		}
		p, err := s.propsOf(ctx, q.Subject)
		if err != nil {
			return nil, fmt.Errorf("mentions of %s: %w", id, err)
		}
		ev := Evidence{
			Section: p.str(predSection), Year: p.int(predYear), Sentence: p.str(predSentence),
			SentenceStart: p.int(predSentenceStart), Start: p.int(predStart), End: p.int(predEnd),
		}
		ev.Doc, _ = docID(p.iri(predDoc))
		ev.DocTitle = idx.titles[ev.Doc]
		out = append(out, ev)
	}
	slices.SortFunc(out, compareEvidence)
	return slices.Compact(out), nil
}
