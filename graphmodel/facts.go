package graphmodel

import (
	"context"

	"github.com/cayleygraph/quad"
)

// docFacts is what one document's facts record says about an entity.
type docFacts struct {
	doc          string
	mentions     []mentionFact
	statements   []statementFact
	observations []observationFact
}

// span is a byte range of the document text with, when the text there
// differs from it, the sentence itself.
type span struct {
	start, end int
	inline     string
}

type mentionFact struct {
	start, end int
	sentence   span
	section    string
	year       int
}

type statementFact struct {
	from, pred, to string // to is the phrase for status predicates
	evidence       span
	section        string
	year           int
}

type observationFact struct {
	indicator, region string
	label, kind       string
	year              int
	value, valueMax   *float64
	unit, measure     string
	qualifier         string
	estimated         bool
	evidence          span
	section           string
}

// factsOf reads the facts records of an entity: every document's, or only
// doc's when doc is not "". Complexity: one scan of the entity's quads.
func (s *Store) factsOf(ctx context.Context, id, doc string) ([]docFacts, error) {
	var label quad.Value
	if doc != "" {
		label = DocumentIRI(doc)
	}
	qs, err := s.scan(ctx, quad.Subject, EntityIRI(id), label, predFacts)
	if err != nil {
		return nil, err
	}
	out := make([]docFacts, 0, len(qs))
	for _, q := range qs {
		d, ok := docID(q.Label)
		rec, isString := q.Object.(quad.String)
		if ok && isString {
			out = append(out, parseFacts(d, string(rec)))
		}
	}
	return out, nil
}

// parseFacts decodes a facts record (see record.go).
func parseFacts(doc, rec string) docFacts {
	f := docFacts{doc: doc}
	eachLine(rec, func(l []string) {
		switch l[0] {
		case lineMention:
			f.mentions = append(f.mentions, mentionFact{start: atoi(field(l, 1)), end: atoi(field(l, 2)),
				sentence: spanOf(l, 3), section: field(l, 5), year: atoi(field(l, 6))})
		case lineStatement:
			f.statements = append(f.statements, statementFact{from: field(l, 1), pred: field(l, 2), to: field(l, 3),
				evidence: spanOf(l, 4), section: field(l, 6), year: atoi(field(l, 7))})
		case lineObservation:
			f.observations = append(f.observations, observationFact{indicator: field(l, 1), region: field(l, 2),
				label: field(l, 3), year: atoi(field(l, 4)), kind: field(l, 5),
				value: parseFloat(field(l, 6)), valueMax: parseFloat(field(l, 7)),
				unit: field(l, 8), measure: field(l, 9), qualifier: field(l, 10), estimated: field(l, 11) != "",
				evidence: spanOf(l, 12), section: field(l, 14)})
		}
	})
	return f
}

// spanOf reads the start and end at fields i and i+1 and the optional
// inline sentence in the line's last field when it has one past the
// line's fixed fields.
func spanOf(l []string, i int) span {
	sp := span{start: atoi(field(l, i)), end: atoi(field(l, i+1))}
	if n := fixedFields[l[0]]; len(l) > n {
		sp.inline = l[n]
	}
	return sp
}

// fixedFields is the number of fields of each facts line kind before the
// optional inline sentence.
var fixedFields = map[string]int{lineMention: 7, lineStatement: 9, lineObservation: 15}

// sources are the texts and titles evidence is cut from.
type sources struct {
	texts  map[string]string // document id -> text
	titles map[string]string // document id -> title
}

// factsAndSources reads id's facts records in every document, and the
// texts of those documents that its evidence is cut from.
func (s *Store) factsAndSources(ctx context.Context, idx *index, id string) ([]docFacts, sources, error) {
	src := sources{texts: make(map[string]string), titles: idx.titles}
	facts, err := s.factsOf(ctx, id, "")
	if err != nil {
		return nil, src, err
	}
	for _, f := range facts {
		if _, ok := src.texts[f.doc]; ok {
			continue
		}
		t, err := idx.text(ctx, s, f.doc)
		if err != nil {
			return nil, src, err
		}
		src.texts[f.doc] = t
	}
	return facts, src, nil
}

// evidence builds the Evidence of a statement or value at sp in doc.
func (src sources) evidence(doc string, sp span, section string, year int) Evidence {
	return Evidence{Doc: doc, DocTitle: src.titles[doc], Section: section, Year: year,
		Sentence: src.sentence(doc, sp), SentenceStart: sp.start, Start: sp.start, End: sp.end}
}

// mention builds the Evidence of a mention in doc.
func (src sources) mention(doc string, m mentionFact) Evidence {
	return Evidence{Doc: doc, DocTitle: src.titles[doc], Section: m.section, Year: m.year,
		Sentence: src.sentence(doc, m.sentence), SentenceStart: m.sentence.start, Start: m.start, End: m.end}
}

// sentence returns the text of doc at sp, or sp's inline sentence; "" when
// the document has no text there.
func (src sources) sentence(doc string, sp span) string {
	if sp.inline != "" {
		return sp.inline
	}
	text := src.texts[doc]
	if sp.start < 0 || sp.start > sp.end || sp.end > len(text) {
		return ""
	}
	return text[sp.start:sp.end]
}

// maxCachedText bounds the bytes of document text an index keeps.
const maxCachedText = 64 << 20

// text returns a document's text, read once per index (or again once the
// cache has been emptied for holding maxCachedText bytes). A document
// without text reads as "".
func (idx *index) text(ctx context.Context, s *Store, doc string) (string, error) {
	idx.textMu.Lock()
	t, ok := idx.texts[doc]
	idx.textMu.Unlock()
	if ok {
		return t, nil
	}
	p, err := s.propsOf(ctx, DocumentIRI(doc), predText)
	if err != nil {
		return "", err
	}
	t = p.str(predText)
	idx.textMu.Lock()
	defer idx.textMu.Unlock()
	if idx.texts == nil || idx.textBytes+len(t) > maxCachedText {
		idx.texts, idx.textBytes = make(map[string]string), 0
	}
	idx.texts[doc] = t
	idx.textBytes += len(t)
	return t, nil
}
