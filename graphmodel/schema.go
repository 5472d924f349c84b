package graphmodel

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/voc/rdf"
)

// The store's schema. Every fact is a quad whose label (4th element) is the
// IRI of the document that contributed it, so re-importing a document is
// "delete the quads labelled with it, add the new ones" in one transaction,
// and an entity shared by several documents keeps the copies the other
// documents contributed.
//
//	entity       <pg:entity/{id}>                  id from extract, e.g. pg:entity/town/东昌府区/堂邑镇
//	               rdf:type <pg:type/{type}> ; pg:name "…" ; pg:alias "…"* ; pg:place "…"?
//	relation     <pg:entity/S> <pg:rel/{predicate}> <pg:entity/O>     entity objects
//	             <pg:entity/S> <pg:rel/{predicate}> "status phrase"  status predicates
//	statement    <pg:doc/{doc}/stmt/{hash}>         one per relation statement (reified)
//	               rdf:type pg:Statement ; pg:subject <S> ; pg:predicate <pg:rel/…> ;
//	               pg:object <O> | pg:status "…" ; pg:doc <D> ; pg:evidence "sentence" ;
//	               pg:start n ; pg:end n ; pg:section "…"? ; pg:year n? ; pg:implicit true?
//	mention      <pg:doc/{doc}/span/{start}-{end}>  one per mentioned span
//	               rdf:type pg:Mention ; pg:entity <E>+ ; pg:doc <D> ; pg:sentence "…" ;
//	               pg:sentenceStart n ; pg:start n ; pg:end n ; pg:section "…"? ; pg:year n?
//	observation  <pg:doc/{doc}/obs/{hash}>          one per indicator value
//	               rdf:type pg:Observation ; pg:indicator <E> ; pg:doc <D> ; pg:label "…" ;
//	               pg:year n ; pg:kind "actual|target" ; pg:value x? ; pg:valueMax x? ;
//	               pg:unit "…" ; pg:measure "…" ; pg:qualifier "…"? ; pg:estimated true? ;
//	               pg:evidence "…" ; pg:start n ; pg:end n ; pg:section "…"?
//	             and, when the document has a place, it is also the statement of
//	             <pg:entity/region/…> <pg:rel/measures> <E>:
//	               rdf:type pg:Statement ; pg:subject <region> ; pg:predicate ; pg:object <E>
//	document     <pg:doc/{doc}>
//	               rdf:type pg:Document ; pg:title ; pg:path ; pg:place ; pg:parent? ;
//	               pg:genre ; pg:reviewYear? ; pg:planYear? ; pg:date? ; pg:encoding ;
//	               pg:text "decoded text" ; pg:describes <E>* (every entity it contributes)
//
// IRIs keep Chinese as is; only characters that N-Quads forbids inside <…>
// (and '%') are percent-encoded, so the mapping from ids is reversible.
const (
	nsEntity   = "pg:entity/"
	nsType     = "pg:type/"
	nsRelation = "pg:rel/"
	nsDoc      = "pg:doc/"
)

// Classes and predicates of the schema.
var (
	predType = quad.IRI(rdf.NS + "type") // importing rdf also lets "rdf:type" expand to it

	classDocument    = quad.IRI("pg:Document")
	classStatement   = quad.IRI("pg:Statement")
	classMention     = quad.IRI("pg:Mention")
	classObservation = quad.IRI("pg:Observation")

	predName      = quad.IRI("pg:name")
	predAlias     = quad.IRI("pg:alias")
	predPlace     = quad.IRI("pg:place")
	predDescribes = quad.IRI("pg:describes")

	predDoc           = quad.IRI("pg:doc")
	predSubject       = quad.IRI("pg:subject")
	predPredicate     = quad.IRI("pg:predicate")
	predObject        = quad.IRI("pg:object")
	predStatus        = quad.IRI("pg:status")
	predEvidence      = quad.IRI("pg:evidence")
	predSentence      = quad.IRI("pg:sentence")
	predSentenceStart = quad.IRI("pg:sentenceStart")
	predStart         = quad.IRI("pg:start")
	predEnd           = quad.IRI("pg:end")
	predSection       = quad.IRI("pg:section")
	predYear          = quad.IRI("pg:year")
	predImplicit      = quad.IRI("pg:implicit")
	predEntity        = quad.IRI("pg:entity")

	predIndicator = quad.IRI("pg:indicator")
	predLabel     = quad.IRI("pg:label")
	predKind      = quad.IRI("pg:kind")
	predValue     = quad.IRI("pg:value")
	predValueMax  = quad.IRI("pg:valueMax")
	predUnit      = quad.IRI("pg:unit")
	predMeasure   = quad.IRI("pg:measure")
	predQualifier = quad.IRI("pg:qualifier")
	predEstimated = quad.IRI("pg:estimated")

	predTitle      = quad.IRI("pg:title")
	predPath       = quad.IRI("pg:path")
	predParent     = quad.IRI("pg:parent")
	predGenre      = quad.IRI("pg:genre")
	predReviewYear = quad.IRI("pg:reviewYear")
	predPlanYear   = quad.IRI("pg:planYear")
	predDate       = quad.IRI("pg:date")
	predEncoding   = quad.IRI("pg:encoding")
	predText       = quad.IRI("pg:text")
)

// EntityIRI is the IRI of the entity with the given extract id.
func EntityIRI(id string) quad.IRI { return quad.IRI(nsEntity + escapeIRI(id)) }

// DocumentIRI is the IRI of the document with the given id; it labels every
// quad the document contributes.
func DocumentIRI(docID string) quad.IRI { return quad.IRI(nsDoc + escapeIRI(docID)) }

// RelationIRI is the predicate IRI of a relation predicate such as
// "selected_for".
func RelationIRI(predicate string) quad.IRI { return quad.IRI(nsRelation + escapeIRI(predicate)) }

func typeIRI(typ string) quad.IRI { return quad.IRI(nsType + escapeIRI(typ)) }

func statementIRI(docID string, parts ...string) quad.IRI {
	return quad.IRI(nsDoc + escapeIRI(docID) + "/stmt/" + shortHash(parts...))
}

func observationIRI(docID string, parts ...string) quad.IRI {
	return quad.IRI(nsDoc + escapeIRI(docID) + "/obs/" + shortHash(parts...))
}

func mentionIRI(docID string, start, end int) quad.IRI {
	return quad.IRI(nsDoc + escapeIRI(docID) + "/span/" + strconv.Itoa(start) + "-" + strconv.Itoa(end))
}

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

func typeName(v quad.Value) (string, bool) { return idOf(v, nsType) }

func docID(v quad.Value) (string, bool) {
	id, ok := idOf(v, nsDoc)
	if !ok || strings.Contains(id, "/") {
		return "", false
	}
	return id, true
}

func shortHash(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:6])
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
