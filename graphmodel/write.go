package graphmodel

import (
	"context"
	"errors"
	"fmt"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/policygraph/policygraph/extract"
)

// batchSize is how many quads ImportQuads writes per transaction.
const batchSize = 10000

// errNoDocumentID means a Result holds a document without an id.
var errNoDocumentID = errors.New("document has no id")

// Import writes every document of r, one transaction each. Re-importing a
// document (same Document.ID) replaces the facts it contributed.
func (s *Store) Import(ctx context.Context, r *extract.Result) error {
	return s.ImportProgress(ctx, r, nil)
}

// ImportProgress is Import with a callback after each document; progress
// may be nil.
func (s *Store) ImportProgress(ctx context.Context, r *extract.Result, progress func(done, total int)) error {
	for i, d := range r.Documents {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("import %s: %w", d.Path, err)
		}
		if d.ID == "" {
			return fmt.Errorf("import %s: %w", d.Path, errNoDocumentID)
		}
		if err := s.replaceDocument(ctx, d.ID, buildDocument(r, i)); err != nil {
			return fmt.Errorf("import %s: %w", d.Path, err)
		}
		if progress != nil {
			progress(i+1, len(r.Documents))
		}
	}
	return nil
}

// RemoveDocument deletes every quad the document contributed. Entities
// other documents also describe keep those documents' facts.
func (s *Store) RemoveDocument(ctx context.Context, docID string) error {
	s.write.Lock()
	defer s.write.Unlock()
	old, err := s.storedDocument(ctx, docID)
	if err != nil {
		return fmt.Errorf("remove document %s: %w", docID, err)
	}
	if len(old) == 0 {
		return fmt.Errorf("remove document %s: %w", docID, ErrNotFound)
	}
	if err := s.apply(old, nil); err != nil {
		return fmt.Errorf("remove document %s: %w", docID, err)
	}
	return nil
}

// ImportQuads adds quads, e.g. an N-Quads export of another store, in
// transactions of batchSize quads. Quads already present are skipped.
// Values are brought to the store's canonical form first: IRIs in full
// ("rdf:type" -> http://…#type) and typed literals of known types as native
// values ("5"^^xsd:integer -> 5), whichever way the file spelled them.
func (s *Store) ImportQuads(ctx context.Context, quads []quad.Quad) error {
	s.write.Lock()
	defer s.write.Unlock()
	for lo := 0; lo < len(quads); lo += batchSize {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("import quads: %w", err)
		}
		batch := make([]quad.Quad, 0, batchSize)
		for _, q := range quads[lo:min(lo+batchSize, len(quads))] {
			batch = append(batch, canonical(q))
		}
		if err := s.apply(nil, batch); err != nil {
			return fmt.Errorf("import quads %d-%d: %w", lo, lo+len(batch), err)
		}
	}
	return nil
}

// canonical spells a quad the way the store writes its own.
func canonical(q quad.Quad) quad.Quad {
	for _, d := range quad.Directions {
		switch v := q.Get(d).(type) {
		case quad.IRI:
			q.Set(d, v.Full())
		case quad.TypedString:
			if nv, err := v.ParseValue(); err == nil {
				q.Set(d, nv)
			}
		}
	}
	return q
}

func (s *Store) replaceDocument(ctx context.Context, docID string, quads []quad.Quad) error {
	s.write.Lock()
	defer s.write.Unlock()
	old, err := s.storedDocument(ctx, docID)
	if err != nil {
		return err
	}
	return s.apply(old, quads)
}

// apply deletes del and adds add in one transaction. Quads in both are
// left alone, so re-importing an unchanged document writes nothing.
func (s *Store) apply(del, add []quad.Quad) error {
	deltas := diff(del, add)
	if len(deltas) == 0 {
		return nil
	}
	defer s.invalidate()
	return s.qs.ApplyDeltas(deltas, graph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true})
}

// diff turns "delete del, add add" into deltas without the quads in both
// and without repeats. (graph.Transaction does the same in O(n²).)
// Complexity O(len(del) + len(add)).
func diff(del, add []quad.Quad) []graph.Delta {
	adding := make(map[quad.Quad]bool, len(add))
	for _, q := range add {
		adding[q] = true
	}
	seen := make(map[quad.Quad]bool, len(del)+len(add))
	var out []graph.Delta
	for _, q := range del {
		if !seen[q] && !adding[q] {
			out = append(out, graph.Delta{Quad: q, Action: graph.Delete})
		}
		seen[q] = true
	}
	for _, q := range add {
		if !seen[q] {
			out = append(out, graph.Delta{Quad: q, Action: graph.Add})
		}
		seen[q] = true
	}
	return out
}

// storedDocument returns the quads labelled with the document, found by
// walking from its node: its own quads, those of the statement, mention and
// observation nodes pointing at it, and those of the entities it describes.
// Cayley's bolt backend has no label index, so this avoids a full scan.
func (s *Store) storedDocument(ctx context.Context, docID string) ([]quad.Quad, error) {
	D := DocumentIRI(docID)
	subjects := []quad.Value{D}
	own, err := s.quadsAt(ctx, quad.Subject, D)
	if err != nil {
		return nil, err
	}
	for _, q := range own {
		if q.Predicate == predDescribes && q.Label == D {
			subjects = append(subjects, q.Object)
		}
	}
	parts, err := s.pointersTo(ctx, D, predDoc)
	if err != nil {
		return nil, err
	}
	subjects = append(subjects, parts...)
	var out []quad.Quad
	for _, v := range subjects {
		qs, err := s.quadsAt(ctx, quad.Subject, v)
		if err != nil {
			return nil, err
		}
		for _, q := range qs {
			if q.Label == D {
				out = append(out, q)
			}
		}
	}
	return out, nil
}
