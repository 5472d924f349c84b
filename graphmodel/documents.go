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
// relation statements and Indicators its indicator values.
func (s *Store) Documents(ctx context.Context) ([]DocInfo, error) {
	docs, err := s.documentIRIs(ctx)
	if err != nil {
		return nil, fmt.Errorf("documents: %w", err)
	}
	out := make([]DocInfo, 0, len(docs))
	for _, D := range docs {
		id, _ := docID(D)
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
	p, err := s.docProps(ctx, id)
	if err != nil {
		return DocInfo{}, err
	}
	d := DocInfo{
		ID: id, Title: p.str(predTitle), Path: p.str(predPath), Place: p.str(predPlace),
		Genre: p.str(predGenre), ReviewYear: p.int(predReviewYear), PlanYear: p.int(predPlanYear),
		Date: p.str(predDate), Entities: len(p[predDescribes]),
	}
	parts, err := s.docParts(ctx, id)
	if err != nil {
		return DocInfo{}, err
	}
	d.Relations, d.Indicators = len(parts["stmt"]), len(parts["obs"])
	return d, nil
}

// docProps reads a document node, or fails with ErrNotFound.
func (s *Store) docProps(ctx context.Context, id string) (props, error) {
	p, err := s.propsOf(ctx, DocumentIRI(id))
	if err != nil {
		return nil, err
	}
	if len(p[predType]) == 0 {
		return nil, fmt.Errorf("document %s: %w", id, ErrNotFound)
	}
	return p, nil
}

// docParts returns the nodes pointing at a document by kind, the path
// segment of their IRI after the document's: "stmt", "span" or "obs".
func (s *Store) docParts(ctx context.Context, id string) (map[string][]quad.Value, error) {
	D := DocumentIRI(id)
	nodes, err := s.pointersTo(ctx, D, predDoc)
	if err != nil {
		return nil, err
	}
	prefix := string(D) + "/"
	parts := make(map[string][]quad.Value)
	for _, n := range nodes {
		iri, _ := n.(quad.IRI)
		if rest, ok := strings.CutPrefix(string(iri), prefix); ok {
			kind, _, _ := strings.Cut(rest, "/")
			parts[kind] = append(parts[kind], n)
		}
	}
	return parts, nil
}

// DocumentText returns the decoded text of a document; evidence offsets
// point into it.
func (s *Store) DocumentText(ctx context.Context, docID string) (string, error) {
	p, err := s.docProps(ctx, docID)
	if err != nil {
		return "", fmt.Errorf("text: %w", err)
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
	if _, err := s.docProps(ctx, docID); err != nil {
		return nil, fmt.Errorf("spans: %w", err)
	}
	parts, err := s.docParts(ctx, docID)
	if err != nil {
		return nil, fmt.Errorf("spans of %s: %w", docID, err)
	}
	var spans []Span
	for _, m := range parts["span"] {
		p, err := s.propsOf(ctx, m)
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
	mentions, err := s.pointersTo(ctx, EntityIRI(id), predEntity)
	if err != nil {
		return nil, fmt.Errorf("mentions of %s: %w", id, err)
	}
	out := make([]Evidence, 0, len(mentions))
	for _, m := range mentions {
		p, err := s.propsOf(ctx, m)
		if err != nil {
			return nil, fmt.Errorf("mentions of %s: %w", id, err)
		}
		out = append(out, p.evidence(idx, predSentence))
	}
	slices.SortFunc(out, compareEvidence)
	return out, nil
}
