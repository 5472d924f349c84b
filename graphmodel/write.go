package graphmodel

import (
	"context"
	"errors"
	"fmt"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/policygraph/policygraph/extract"
)

// batchSize is how many quads ImportQuads writes per transaction, and
// about how many Import does: it adds whole documents to a transaction
// until it holds this many (about 18 reports). Larger transactions into a
// new bolt store get slower per quad: Cayley creates a bolt bucket per new
// value-hash prefix, and bolt inserts the new buckets of one transaction
// into one growing page.
const batchSize = 10000

// errNoDocumentID means a Result holds a document without an id.
var errNoDocumentID = errors.New("document has no id")

// Import writes every document of r. Re-importing a document (same
// Document.ID) replaces the facts it contributed. Documents are written in
// transactions of about batchSize quads, each holding whole documents, so
// that no document is ever half imported.
func (s *Store) Import(ctx context.Context, r *extract.Result) error {
	return s.ImportProgress(ctx, r, nil)
}

// ImportProgress is Import with a callback after each document; progress
// may be nil. Documents committed in one transaction are reported together,
// after the commit.
func (s *Store) ImportProgress(ctx context.Context, r *extract.Result, progress func(done, total int)) error {
	parts := splitResult(r)
	for lo := 0; lo < len(r.Documents); {
		hi, err := s.importBatch(ctx, parts, lo)
		if err != nil {
			return err
		}
		for i := lo; i < hi && progress != nil; i++ {
			progress(i+1, len(r.Documents))
		}
		lo = hi
	}
	return nil
}

// importBatch writes documents lo, lo+1, … of r in one transaction and
// returns the index after the last one written. A document id met twice
// ends the batch, so that the later copy replaces the earlier.
func (s *Store) importBatch(ctx context.Context, parts *resultParts, lo int) (int, error) {
	r := parts.r
	s.write.Lock()
	defer s.write.Unlock()
	var del, add []quad.Quad
	ids := make(map[string]bool)
	hi := lo
	for ; hi < len(r.Documents) && len(add) < batchSize; hi++ {
		d := r.Documents[hi]
		if err := ctx.Err(); err != nil {
			return lo, fmt.Errorf("import %s: %w", d.Path, err)
		}
		if d.ID == "" {
			return lo, fmt.Errorf("import %s: %w", d.Path, errNoDocumentID)
		}
		if ids[d.ID] {
			break
		}
		ids[d.ID] = true
		old, err := s.storedDocument(ctx, d.ID)
		if err != nil {
			return lo, fmt.Errorf("import %s: %w", d.Path, err)
		}
		del = append(del, old...)
		add = append(add, buildDocument(parts, hi)...)
	}
	if err := s.apply(del, add); err != nil {
		return lo, fmt.Errorf("import %s: %w", batchName(r, lo, hi), err)
	}
	return hi, nil
}

// batchName names the documents [lo, hi) of r for an error message.
func batchName(r *extract.Result, lo, hi int) string {
	if hi-lo == 1 {
		return r.Documents[lo].Path
	}
	return fmt.Sprintf("%s and %d more documents", r.Documents[lo].Path, hi-lo-1)
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

// apply deletes del and adds add in one transaction. Quads in both are
// left alone, so re-importing an unchanged document writes nothing.
func (s *Store) apply(del, add []quad.Quad) error {
	deltas := diff(del, add)
	if len(deltas) == 0 {
		return nil
	}
	defer s.invalidate()
	return applyDeltas(s.qs, deltas)
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
// walking from its node: its own quads and, for every entity its contents
// table lists, the entity's quads with its label. Cayley's bolt backend
// has no label index, so this avoids a full scan. Complexity: one scan per
// entity the document describes.
func (s *Store) storedDocument(ctx context.Context, docID string) ([]quad.Quad, error) {
	D := DocumentIRI(docID)
	own, err := s.scan(ctx, quad.Subject, D, D)
	if err != nil {
		return nil, err
	}
	out := own
	for _, q := range own {
		table, ok := q.Object.(quad.String)
		if !ok || q.Predicate != predContents {
			continue
		}
		var ids []string
		eachLine(string(table), func(l []string) {
			if l[0] == lineEntity {
				ids = append(ids, field(l, 1))
			}
		})
		for _, id := range ids {
			qs, err := s.scan(ctx, quad.Subject, EntityIRI(id), D)
			if err != nil {
				return nil, err
			}
			out = append(out, qs...)
		}
	}
	return out, nil
}
