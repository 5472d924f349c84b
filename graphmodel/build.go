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
	own      map[string]bool           // entities this document describes
	facts    map[string]*recordWriter  // facts record per entity id
	edges    map[edgeKey]bool          // relation edges between entities
	counted  map[string]bool           // distinct statements and values, for the counts
	stmts    int
	values   int
	quads    []quad.Quad
}

// buildDocument returns the quads document i of r contributes: the
// document node with its contents table, a facts record per entity it
// describes and its relation edges. Entities no document refers to go
// with the first document. Complexity O(E + M + R + I) for the Result's
// entities, mentions, relations and indicators (plus sorting the ids).
func buildDocument(r *extract.Result, i int) []quad.Quad {
	d := r.Documents[i]
	b := &docBuilder{
		r: r, doc: d, label: DocumentIRI(d.ID),
		entities: make(map[string]extract.Entity, len(r.Entities)),
		years:    make(map[string]int, len(d.Sections)),
		own:      make(map[string]bool),
		facts:    make(map[string]*recordWriter),
		edges:    make(map[edgeKey]bool),
		counted:  make(map[string]bool),
	}
	for _, e := range r.Entities {
		b.entities[e.ID] = e
	}
	for _, s := range d.Sections {
		if s.Year != 0 {
			b.years[s.Label] = s.Year
		}
	}
	b.mentions()
	b.relations()
	b.indicators()
	b.adoptOrphans(i == 0)
	b.document()
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

// record returns the facts record of an entity, marking it described.
func (b *docBuilder) record(id string) *recordWriter {
	b.own[id] = true
	w := b.facts[id]
	if w == nil {
		w = &recordWriter{}
		b.facts[id] = w
	}
	return w
}

// once reports whether key is new, for counting distinct items.
func (b *docBuilder) once(key string) bool {
	if b.counted[key] {
		return false
	}
	b.counted[key] = true
	return true
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
	b.addInt(D, predRelations, b.stmts)
	b.addInt(D, predIndicators, b.values)
}

func (b *docBuilder) mentions() {
	for _, e := range b.r.Entities {
		for _, m := range e.Mentions {
			if m.Doc != b.doc.ID {
				continue
			}
			ss := sentenceStart(b.doc.Text, m)
			se := ss + len(m.Sentence)
			b.record(e.ID).line(lineMention, itoa(m.Start), itoa(m.End), itoa(ss), itoa(se),
				m.Section, itoa(b.years[m.Section]), b.unlessAt(ss, se, m.Sentence))
		}
	}
}

// unlessAt returns sentence, or "" when the text holds it at [start, end).
func (b *docBuilder) unlessAt(start, end int, sentence string) string {
	if start >= 0 && start <= end && end <= len(b.doc.Text) && b.doc.Text[start:end] == sentence {
		return ""
	}
	return sentence
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

// statement adds a relation: the quad between the entity IRIs (or to the
// status phrase) and its line in the records of both ends.
func (b *docBuilder) statement(rel extract.Relation) {
	S, P := EntityIRI(rel.Subject), RelationIRI(rel.Predicate)
	fields := []string{lineStatement, rel.Subject, rel.Predicate, rel.Object, itoa(rel.Start), itoa(rel.End),
		rel.Section, itoa(rel.Year), boolText(rel.Implicit), b.unlessAt(rel.Start, rel.End, rel.Evidence)}
	if b.once(strings.Join(fields[:6], "\t")) {
		b.stmts++
	}
	b.record(rel.Subject).line(fields...)
	if extract.IsStatus(rel.Predicate) {
		b.add(S, P, quad.String(rel.Object))
		return
	}
	if rel.Object != rel.Subject {
		b.record(rel.Object).line(fields...)
	}
	b.add(S, P, EntityIRI(rel.Object))
	b.edges[edgeKey{rel.Subject, rel.Predicate, rel.Object}] = true
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
		b.observation(ind, region)
	}
}

// observation adds an indicator value to the records of the indicator and
// of the document's region, whose "measures" edge it is the statement of.
func (b *docBuilder) observation(ind extract.Indicator, region string) {
	fields := []string{lineObservation, ind.Entity, region, ind.Name, itoa(ind.Year), ind.Kind,
		floatText(ind.Value), floatText(ind.ValueMax), ind.Unit, ind.Measure, ind.Qualifier,
		boolText(ind.Estimated), itoa(ind.Start), itoa(ind.End), ind.Section,
		b.unlessAt(ind.Start, ind.End, ind.Evidence)}
	key := strings.Join([]string{ind.Entity, strconv.Itoa(ind.Year), ind.Kind, ind.Name,
		strconv.Itoa(ind.Start), strconv.Itoa(ind.End), floatText(ind.Value)}, "\t")
	if b.once(key) {
		b.values++
	}
	b.record(ind.Entity).line(fields...)
	if region == "" {
		return
	}
	if region != ind.Entity {
		b.record(region).line(fields...)
	}
	b.add(EntityIRI(region), RelationIRI(extract.PredMeasures), EntityIRI(ind.Entity))
	b.edges[edgeKey{region, extract.PredMeasures, ind.Entity}] = true
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

// entityQuads writes the facts record of every entity the document
// describes and the contents table. An id the Result does not list (e.g.
// the region of an implicit subject) gets its type and name from the id
// itself: "type/…/name".
func (b *docBuilder) entityQuads() {
	ids := make([]string, 0, len(b.own))
	for id := range b.own {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var contents recordWriter
	for _, id := range ids {
		e, ok := b.entities[id]
		if !ok {
			e = entityFromID(id)
		}
		fields := []string{lineEntity, id, e.Type, e.Name, e.Place}
		for _, a := range e.Aliases {
			if a != e.Name {
				fields = append(fields, a)
			}
		}
		contents.line(fields...)
		if w := b.facts[id]; w != nil && !w.empty() {
			b.add(EntityIRI(id), predFacts, quad.String(w.String()))
		}
	}
	edges := make([]edgeKey, 0, len(b.edges))
	for k := range b.edges {
		edges = append(edges, k)
	}
	sort.Slice(edges, func(i, j int) bool { return compareEdgeKeys(edges[i], edges[j]) < 0 })
	for _, k := range edges {
		contents.line(lineEdge, k.from, k.pred, k.to)
	}
	b.add(b.label, predContents, quad.String(contents.String()))
}

func entityFromID(id string) extract.Entity {
	parts := strings.Split(id, "/")
	e := extract.Entity{ID: id, Type: parts[0], Name: parts[len(parts)-1]}
	if len(parts) > 2 {
		e.Place = parts[len(parts)-2]
	}
	return e
}
