package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
)

// extraction holds the state of extracting one document.
type extraction struct {
	d      *doc
	st     *store
	rels   []Relation
	inds   []Indicator
	linked map[string]bool
	// projectNamed marks enterprises listed as projects (A等N个项目).
	projectNamed map[string]bool
	// placeTitle says that the objects of the relation being read are
	// titles of places, so that its bare subjects are places.
	placeTitle bool
	// anyFirm says that the document names a company (see partners).
	anyFirm bool
}

// File reads, decodes (see ReadFile) and extracts the report at path.
// Errors wrap the sentinels and name the path.
func File(path string) (*Result, error) {
	text, enc, err := ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("extract %s: %w", path, err)
	}
	res, err := Text(path, text, enc)
	if err != nil {
		return nil, fmt.Errorf("extract %s: %w", path, err)
	}
	return res, nil
}

// Text extracts one decoded document. Document.ID is the first 12 hex
// digits of the SHA-256 of the text. It returns ErrNotReport when the text
// has no Chinese characters and ErrTooLarge from 2 GiB on. The work is linear in the text length times
// the (constant) length of the longest word in the lexicon.
func Text(path, text, encoding string) (*Result, error) {
	if len(text) >= math.MaxInt32 {
		return nil, ErrTooLarge
	}
	if !containsHan(text) {
		return nil, ErrNotReport
	}
	sum := sha256.Sum256([]byte(text))
	d := &doc{v: newView(text)}
	d.meta = Document{ID: hex.EncodeToString(sum[:])[:12], Path: path, Encoding: encoding, Bytes: len(text), Text: text}
	d.readMeta()
	d.parse()
	x := &extraction{d: d, st: newStore(d), linked: map[string]bool{}, projectNamed: map[string]bool{}}
	x.st.region()
	x.names()
	for si := range d.sents {
		x.lists(si)
		x.buildings(si)
	}
	x.anyFirm = x.st.hasType(TypeEnterprise)
	for si := range d.sents {
		x.partners(si)
		x.relate(si)
		x.adjacent(si)
		x.statuses(si)
		x.indicators(si)
	}
	x.regionMentions()
	x.townsInRegion()
	d.meta.Sections = d.publicSections()
	return &Result{Documents: []Document{d.meta}, Entities: x.st.entities(), Relations: nonNil(x.rels), Indicators: nonNilInd(x.inds)}, nil
}

func nonNil(r []Relation) []Relation {
	if r == nil {
		return []Relation{}
	}
	return r
}

func nonNilInd(r []Indicator) []Indicator {
	if r == nil {
		return []Indicator{}
	}
	return r
}

func containsHan(s string) bool {
	for _, c := range s {
		if isHan(c) {
			return true
		}
	}
	return false
}

// publicSections converts the section tree to byte offsets.
func (d *doc) publicSections() []Section {
	out := make([]Section, 0, len(d.secs))
	for _, s := range d.secs {
		out = append(out, Section{Label: s.label, Title: s.title, Start: d.v.at(s.s), End: d.v.at(s.e), Year: s.year, Kind: s.kind})
	}
	return out
}

// names runs the name scanners over every sentence and files the
// candidates: towns first, so that bare town names can be resolved.
func (x *extraction) names() {
	var all []cand
	for si := range x.d.sents {
		cs := append(x.d.scanSuffixes(si), x.d.scanQuotes(si)...)
		cs = append(cs, x.d.scanBareTowns(si, cs)...)
		cs = append(cs, x.d.scanPlaceTowns(si, cs)...)
		cs = append(cs, x.d.scanVillages(si, cs)...)
		cs = append(cs, x.d.scanEmbeddedCompanies(si, cs)...)
		cs = append(cs, x.d.scanRingRoads(si)...)
		cs = append(cs, x.d.scanBranches(si)...)
		all = append(all, x.d.withoutBoundaryRoads(dropNested(cs))...)
	}
	for _, c := range all {
		if c.typ == TypeTown && !x.d.outside[x.d.v.str(c.s, c.e)] {
			x.st.add(c.typ, c.s, c.e, c.sent)
		}
	}
	x.st.buildStems()
	for _, c := range all {
		if c.typ != TypeTown {
			x.st.add(c.typ, c.s, c.e, c.sent)
		}
	}
}
