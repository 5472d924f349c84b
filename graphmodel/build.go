package graphmodel

import (
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/policygraph/policygraph/extract"
)

// resultParts splits a Result by document once, so that building a
// document's quads costs only its own part of the Result.
type resultParts struct {
	r          *extract.Result
	entities   map[string]extract.Entity // by id
	regions    map[string]string         // region entity id by name, the first listed
	mentions   map[string][]docMention   // by document id, in entity order
	relations  map[string][]extract.Relation
	indicators map[string][]extract.Indicator
	orphans    []string // entities no document refers to
}

// docMention is a mention of an entity.
type docMention struct {
	entity string
	m      extract.Mention
}

// splitResult indexes r by document. Complexity O(E + M + R + I) for its
// entities, mentions, relations and indicators.
func splitResult(r *extract.Result) *resultParts {
	p := &resultParts{r: r, entities: make(map[string]extract.Entity, len(r.Entities)),
		regions: make(map[string]string), mentions: make(map[string][]docMention),
		relations: make(map[string][]extract.Relation), indicators: make(map[string][]extract.Indicator)}
	used := make(map[string]bool)
	for _, e := range r.Entities {
		p.entities[e.ID] = e
		if _, ok := p.regions[e.Name]; !ok && e.Type == extract.TypeRegion {
			p.regions[e.Name] = e.ID
		}
		for _, m := range e.Mentions {
			p.mentions[m.Doc] = append(p.mentions[m.Doc], docMention{e.ID, m})
			used[e.ID] = true
		}
	}
	for _, rel := range r.Relations {
		p.relations[rel.Doc] = append(p.relations[rel.Doc], rel)
		used[rel.Subject], used[rel.Object] = true, true
	}
	for _, ind := range r.Indicators {
		p.indicators[ind.Doc] = append(p.indicators[ind.Doc], ind)
		used[ind.Entity] = true
	}
	for _, e := range r.Entities {
		if !used[e.ID] {
			p.orphans = append(p.orphans, e.ID)
		}
	}
	return p
}

// docBuilder collects the quads one document contributes, all labelled
// with the document's IRI (see schema.go).
type docBuilder struct {
	p       *resultParts
	doc     extract.Document
	label   quad.IRI
	years   map[string]int           // section label -> year
	own     map[string]bool          // entities this document describes
	facts   map[string]*recordWriter // facts record per entity id
	edges   map[edgeKey]bool         // relation edges between entities
	counted map[string]bool          // distinct statements and values, for the counts
	stmts   int
	values  int
	quads   []quad.Quad
}

// buildDocument returns the quads document i of a Result contributes: the
// document node with its contents table, a facts record per entity it
// describes and its relation edges. Entities no document refers to go
// with the first document. Complexity O(M + R + I) for the document's
// mentions, relations and indicators (plus sorting its entity ids).
func buildDocument(p *resultParts, i int) []quad.Quad {
	d := p.r.Documents[i]
	b := &docBuilder{
		p: p, doc: d, label: DocumentIRI(d.ID),
		years:   make(map[string]int, len(d.Sections)),
		own:     make(map[string]bool),
		facts:   make(map[string]*recordWriter),
		edges:   make(map[edgeKey]bool),
		counted: make(map[string]bool),
	}
	for _, s := range d.Sections {
		if s.Year != 0 {
			b.years[s.Label] = s.Year
		}
	}
	b.mentions()
	b.relations()
	b.indicators()
	if i == 0 {
		for _, id := range p.orphans {
			b.own[id] = true
		}
	}
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
	for _, dm := range b.p.mentions[b.doc.ID] {
		m := dm.m
		ss := sentenceStart(b.doc.Text, m)
		se := ss + len(m.Sentence)
		b.record(dm.entity).line(lineMention, itoa(m.Start), itoa(m.End), itoa(ss), itoa(se),
			m.Section, itoa(b.years[m.Section]), b.unlessAt(ss, se, m.Sentence))
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
	for _, rel := range b.p.relations[b.doc.ID] {
		if rel.Subject == "" || rel.Object == "" {
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
	for _, ind := range b.p.indicators[b.doc.ID] {
		if ind.Entity == "" {
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
	if id, ok := b.p.regions[b.doc.Place]; ok {
		return id
	}
	return extract.TypeRegion + "/" + b.doc.Place
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
		e, ok := b.p.entities[id]
		if !ok {
			e = entityFromID(id)
		}
		fields := []string{lineEntity, id, e.Type, e.Name, b.placeOf(e)}
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

// placeOf is the entity's place: its own, or for a town or indicator,
// which the extractor keys by the document's place, the document's.
func (b *docBuilder) placeOf(e extract.Entity) string {
	if e.Place == "" && (e.Type == extract.TypeTown || e.Type == extract.TypeIndicator) {
		return b.doc.Place
	}
	return e.Place
}

func entityFromID(id string) extract.Entity {
	parts := strings.Split(id, "/")
	e := extract.Entity{ID: id, Type: parts[0], Name: parts[len(parts)-1]}
	if len(parts) > 2 {
		e.Place = parts[len(parts)-2]
	}
	return e
}
