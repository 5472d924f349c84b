package graphmodel

import (
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/policygraph/policygraph/extract"
)

// docBuilder collects the quads one document contributes, all labelled
// with the document's IRI (see schema.go).
type docBuilder struct {
	r        *extract.Result
	doc      extract.Document
	label    quad.IRI
	entities map[string]extract.Entity // every entity of the Result by id
	years    map[string]int            // section label -> year
	own      map[string]bool           // entities this document contributes
	quads    []quad.Quad
}

// buildDocument returns the quads document i of r contributes: the
// document node, its entities, mentions, relation statements and indicator
// observations. Entities no document refers to go with the first document.
// Complexity O(E + M + R + I) for the Result's entities, mentions,
// relations and indicators.
func buildDocument(r *extract.Result, i int) []quad.Quad {
	d := r.Documents[i]
	b := &docBuilder{
		r: r, doc: d, label: DocumentIRI(d.ID),
		entities: make(map[string]extract.Entity, len(r.Entities)),
		years:    make(map[string]int, len(d.Sections)),
		own:      make(map[string]bool),
	}
	for _, e := range r.Entities {
		b.entities[e.ID] = e
	}
	for _, s := range d.Sections {
		if s.Year != 0 {
			b.years[s.Label] = s.Year
		}
	}
	b.document()
	b.mentions()
	b.relations()
	b.indicators()
	b.adoptOrphans(i == 0)
	b.entityQuads()
	return b.quads
}

func (b *docBuilder) add(s, p quad.IRI, o quad.Value) {
	b.quads = append(b.quads, quad.Quad{Subject: s, Predicate: p, Object: o, Label: b.label})
}

func (b *docBuilder) addString(s, p quad.IRI, v string) {
	if v != "" {
		b.add(s, p, quad.String(v))
	}
}

func (b *docBuilder) addInt(s, p quad.IRI, v int) {
	if v != 0 {
		b.add(s, p, quad.Int(v))
	}
}

func (b *docBuilder) document() {
	d, D := b.doc, b.label
	b.add(D, predType, classDocument)
	b.addString(D, predTitle, d.Title)
	b.addString(D, predPath, d.Path)
	b.addString(D, predPlace, d.Place)
	b.addString(D, predParent, d.Parent)
	b.addString(D, predGenre, d.Genre)
	b.addInt(D, predReviewYear, d.ReviewYear)
	b.addInt(D, predPlanYear, d.PlanYear)
	b.addString(D, predDate, d.Date)
	b.addString(D, predEncoding, d.Encoding)
	b.addString(D, predText, d.Text)
}

func (b *docBuilder) mentions() {
	for _, e := range b.r.Entities {
		for _, m := range e.Mentions {
			if m.Doc != b.doc.ID {
				continue
			}
			b.own[e.ID] = true
			n := mentionIRI(b.doc.ID, m.Start, m.End)
			b.add(n, predType, classMention)
			b.add(n, predEntity, EntityIRI(e.ID))
			b.add(n, predDoc, b.label)
			b.add(n, predStart, quad.Int(m.Start))
			b.add(n, predEnd, quad.Int(m.End))
			b.add(n, predSentenceStart, quad.Int(sentenceStart(b.doc.Text, m)))
			b.addString(n, predSentence, m.Sentence)
			b.addString(n, predSection, m.Section)
			b.addInt(n, predYear, b.years[m.Section])
		}
	}
}

// sentenceStart finds where a mention's sentence starts: the occurrence of
// the sentence that covers the mention, else the first one, else the
// mention itself.
func sentenceStart(text string, m extract.Mention) int {
	lo := max(0, m.End-len(m.Sentence))
	hi := min(len(text), m.Start+len(m.Sentence))
	if lo <= hi {
		if i := strings.Index(text[lo:hi], m.Sentence); i >= 0 {
			return lo + i
		}
	}
	if i := strings.Index(text, m.Sentence); i >= 0 && m.Sentence != "" {
		return i
	}
	return m.Start
}

func (b *docBuilder) relations() {
	for _, rel := range b.r.Relations {
		if rel.Doc != b.doc.ID || rel.Subject == "" || rel.Object == "" {
			continue
		}
		b.statement(rel)
	}
}

// statement adds a relation: the direct edge between entity IRIs (or to
// the status phrase) and its reified statement with provenance.
func (b *docBuilder) statement(rel extract.Relation) {
	S, P := EntityIRI(rel.Subject), RelationIRI(rel.Predicate)
	b.own[rel.Subject] = true
	n := statementIRI(b.doc.ID, rel.Subject, rel.Predicate, rel.Object,
		strconv.Itoa(rel.Start), strconv.Itoa(rel.End))
	b.add(n, predType, classStatement)
	b.add(n, predSubject, S)
	b.add(n, predPredicate, P)
	if extract.IsStatus(rel.Predicate) {
		b.add(S, P, quad.String(rel.Object))
		b.add(n, predStatus, quad.String(rel.Object))
	} else {
		O := EntityIRI(rel.Object)
		b.own[rel.Object] = true
		b.add(S, P, O)
		b.add(n, predObject, O)
	}
	b.add(n, predDoc, b.label)
	b.add(n, predEvidence, quad.String(rel.Evidence))
	b.add(n, predStart, quad.Int(rel.Start))
	b.add(n, predEnd, quad.Int(rel.End))
	b.addString(n, predSection, rel.Section)
	b.addInt(n, predYear, rel.Year)
	if rel.Implicit {
		b.add(n, predImplicit, quad.Bool(true))
	}
}

func (b *docBuilder) indicators() {
	region := b.regionID()
	if region != "" {
		b.own[region] = true
	}
	for _, ind := range b.r.Indicators {
		if ind.Doc != b.doc.ID || ind.Entity == "" {
			continue
		}
		b.own[ind.Entity] = true
		b.observation(ind, region)
	}
}

// observation adds an indicator value. With a region it doubles as the
// statement of the region's "measures" edge to the indicator, whose
// provenance it already carries.
func (b *docBuilder) observation(ind extract.Indicator, region string) {
	I := EntityIRI(ind.Entity)
	n := observationIRI(b.doc.ID, ind.Entity, strconv.Itoa(ind.Year), ind.Kind,
		ind.Name, strconv.Itoa(ind.Start), strconv.Itoa(ind.End), floatText(ind.Value))
	b.add(n, predType, classObservation)
	b.add(n, predIndicator, I)
	b.add(n, predDoc, b.label)
	b.addString(n, predLabel, ind.Name)
	b.addInt(n, predYear, ind.Year)
	b.addString(n, predKind, ind.Kind)
	if ind.Value != nil {
		b.add(n, predValue, quad.Float(*ind.Value))
	}
	if ind.ValueMax != nil {
		b.add(n, predValueMax, quad.Float(*ind.ValueMax))
	}
	b.addString(n, predUnit, ind.Unit)
	b.addString(n, predMeasure, ind.Measure)
	b.addString(n, predQualifier, ind.Qualifier)
	if ind.Estimated {
		b.add(n, predEstimated, quad.Bool(true))
	}
	b.add(n, predEvidence, quad.String(ind.Evidence))
	b.add(n, predStart, quad.Int(ind.Start))
	b.add(n, predEnd, quad.Int(ind.End))
	b.addString(n, predSection, ind.Section)
	if region == "" {
		return
	}
	R, P := EntityIRI(region), RelationIRI(extract.PredMeasures)
	b.add(R, P, I)
	b.add(n, predType, classStatement)
	b.add(n, predSubject, R)
	b.add(n, predPredicate, P)
	b.add(n, predObject, I)
}

func floatText(v *float64) string {
	if v == nil {
		return ""
	}
	return strconv.FormatFloat(*v, 'g', -1, 64)
}

// regionID is the id of the document's region entity: the region entity
// named after the document's place, else the extractor's id convention.
func (b *docBuilder) regionID() string {
	if b.doc.Place == "" {
		return ""
	}
	for _, e := range b.r.Entities {
		if e.Type == extract.TypeRegion && e.Name == b.doc.Place {
			return e.ID
		}
	}
	return extract.TypeRegion + "/" + b.doc.Place
}

// adoptOrphans gives entities that no document refers to to the first
// document, so that importing a Result never drops an entity.
func (b *docBuilder) adoptOrphans(first bool) {
	if !first {
		return
	}
	used := make(map[string]bool)
	for _, e := range b.r.Entities {
		used[e.ID] = len(e.Mentions) > 0
	}
	for _, rel := range b.r.Relations {
		used[rel.Subject], used[rel.Object] = true, true
	}
	for _, ind := range b.r.Indicators {
		used[ind.Entity] = true
	}
	for _, e := range b.r.Entities {
		if !used[e.ID] {
			b.own[e.ID] = true
		}
	}
}

// entityQuads describes every entity the document contributes. An id the
// Result does not list (e.g. the region of an implicit subject) gets its
// type and name from the id itself: "type/…/name".
func (b *docBuilder) entityQuads() {
	ids := make([]string, 0, len(b.own))
	for id := range b.own {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		e, ok := b.entities[id]
		if !ok {
			e = entityFromID(id)
		}
		E := EntityIRI(id)
		b.add(b.label, predDescribes, E)
		b.add(E, predType, typeIRI(e.Type))
		b.add(E, predName, quad.String(e.Name))
		b.addString(E, predPlace, e.Place)
		for _, a := range e.Aliases {
			if a != e.Name {
				b.addString(E, predAlias, a)
			}
		}
	}
}

func entityFromID(id string) extract.Entity {
	parts := strings.Split(id, "/")
	e := extract.Entity{ID: id, Type: parts[0], Name: parts[len(parts)-1]}
	if len(parts) > 2 {
		e.Place = parts[len(parts)-2]
	}
	return e
}
