package graphmodel

import (
	"encoding/hex"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/voc/rdf"
)

// The store's schema. Every fact is a quad whose label (4th element) is the
// IRI of the document that contributed it, so re-importing a document is
// "delete the quads labelled with it, add the new ones" in one transaction,
// and an entity shared by several documents keeps the quads the other
// documents contributed.
//
//	document  <pg:doc/{doc}>
//	            rdf:type pg:Document ; pg:title ; pg:path ; pg:place ; pg:parent? ;
//	            pg:genre ; pg:reviewYear? ; pg:planYear? ; pg:date? ; pg:encoding ;
//	            pg:text "decoded text" ; pg:relations n ; pg:indicators n ;
//	            pg:contents "table"   the entities it describes and its relation edges
//	entity    <pg:entity/{id}>        id from extract, e.g. pg:entity/town/东昌府区/堂邑镇
//	            pg:facts "record"     what the document says about the entity
//	relation  <pg:entity/S> <pg:rel/{predicate}> <pg:entity/O>     entity objects
//	          <pg:entity/S> <pg:rel/{predicate}> "status phrase"  status predicates
//	          <pg:entity/region/…> <pg:rel/measures> <pg:entity/indicator/…>
//
// Provenance is compact because Cayley's writes cost per quad: a quad per
// mention or statement attribute made one report ~11,000 quads; this
// layout makes it ~500 (see record.go for the tables and records).
//
//   - The contents table has a line per entity (id, type, name, place,
//     aliases) and per relation edge between entities (from, predicate,
//     to). The in-memory index is built from the documents' tables alone.
//   - An entity's facts record has a line per mention of it, per statement
//     naming it as subject or object and per indicator value it is the
//     indicator or the region of, with byte offsets into the document text.
//     A statement or value thus sits in the records of both its ends, and
//     Edges, Mentions and Indicators read one entity's records. Sentences
//     are read from the document text at their offsets (and stored in the
//     line only when the text there differs).
//
// IRIs keep Chinese as is; only characters that N-Quads forbids inside <…>
// (and '%') are percent-encoded, so the mapping from ids is reversible.
const (
	nsEntity   = "pg:entity/"
	nsRelation = "pg:rel/"
	nsDoc      = "pg:doc/"
)

// Classes and predicates of the schema.
var (
	predType = quad.IRI(rdf.NS + "type") // importing rdf also lets "rdf:type" expand to it

	classDocument = quad.IRI("pg:Document")

	predFacts    = quad.IRI("pg:facts")
	predContents = quad.IRI("pg:contents")

	predTitle      = quad.IRI("pg:title")
	predPath       = quad.IRI("pg:path")
	predPlace      = quad.IRI("pg:place")
	predParent     = quad.IRI("pg:parent")
	predGenre      = quad.IRI("pg:genre")
	predReviewYear = quad.IRI("pg:reviewYear")
	predPlanYear   = quad.IRI("pg:planYear")
	predDate       = quad.IRI("pg:date")
	predEncoding   = quad.IRI("pg:encoding")
	predText       = quad.IRI("pg:text")
	predRelations  = quad.IRI("pg:relations")
	predIndicators = quad.IRI("pg:indicators")
)

// EntityIRI is the IRI of the entity with the given extract id.
func EntityIRI(id string) quad.IRI { return quad.IRI(nsEntity + escapeIRI(id)) }

// DocumentIRI is the IRI of the document with the given id; it labels every
// quad the document contributes.
func DocumentIRI(docID string) quad.IRI { return quad.IRI(nsDoc + escapeIRI(docID)) }

// RelationIRI is the predicate IRI of a relation predicate such as
// "selected_for".
func RelationIRI(predicate string) quad.IRI { return quad.IRI(nsRelation + escapeIRI(predicate)) }

// idOf returns the local id behind an IRI with the given namespace prefix.
func idOf(v quad.Value, ns string) (string, bool) {
	iri, ok := v.(quad.IRI)
	if !ok || !strings.HasPrefix(string(iri), ns) {
		return "", false
	}
	return unescapeIRI(string(iri)[len(ns):]), true
}

func entityID(v quad.Value) (string, bool) { return idOf(v, nsEntity) }

func relationName(v quad.Value) (string, bool) { return idOf(v, nsRelation) }

func docID(v quad.Value) (string, bool) {
	id, ok := idOf(v, nsDoc)
	if !ok || strings.Contains(id, "/") {
		return "", false
	}
	return id, true
}

// iriUnsafe lists the characters N-Quads does not allow inside <…>, plus
// '%' so that escaping can be undone.
const iriUnsafe = " <>\"{}|^`\\%"

func escapeIRI(s string) string {
	if !strings.ContainsAny(s, iriUnsafe) && !hasControl(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= 0x20 || c == 0x7f || strings.IndexByte(iriUnsafe, c) >= 0 {
			b.WriteByte('%')
			b.WriteString(strings.ToUpper(hex.EncodeToString([]byte{c})))
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

func unescapeIRI(s string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) {
			if v, err := hex.DecodeString(s[i+1 : i+3]); err == nil {
				b.Write(v)
				i += 2
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func hasControl(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] == 0x7f {
			return true
		}
	}
	return false
}
