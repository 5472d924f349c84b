package extract

import (
	"sort"
	"strings"
)

// EntityID returns the stable, readable id of an entity. Towns and
// indicators are keyed by the document's place (a 白石山镇 in one county is
// not the one in another); regions by their own name; other types merge
// across documents by name: "town/涞源县/白石山镇", "region/涞源县",
// "enterprise/河钢集团".
func EntityID(typ, place, name string) string {
	switch typ {
	case TypeTown, TypeIndicator:
		return typ + "/" + place + "/" + name
	case TypeRegion:
		if name == "" {
			name = place
		}
		return typ + "/" + name
	}
	return typ + "/" + name
}

// placeOf returns the place an entity of type typ belongs to: the
// document's place for the types keyed by it (towns, indicators, the
// region), none for the others, which merge across places.
func placeOf(typ, place string) string {
	switch typ {
	case TypeTown, TypeIndicator, TypeRegion:
		return place
	}
	return ""
}

// ment is one placed mention of an entity in a sentence (rune range).
type ment struct {
	s, e int
	id   string
	typ  string
	sent int
}

// store collects the entities of one document.
type store struct {
	d      *doc
	ents   map[string]*Entity
	order  []string
	seen   map[[3]int]bool // (start, end, type) already placed
	bySent map[int][]ment
	dirty  map[int]bool      // sentences whose mentions need sorting
	stems  map[string]string // town name without its head → town id
}

func newStore(d *doc) *store {
	return &store{d: d, ents: map[string]*Entity{}, seen: map[[3]int]bool{}, bySent: map[int][]ment{},
		dirty: map[int]bool{}, stems: map[string]string{}}
}

var typeRank = map[string]int{TypeTown: 0, TypeEnterprise: 1, TypeProject: 2, TypePolicy: 3, TypeOrganisation: 4, TypeIndicator: 5, TypeRegion: 6}

// canonical returns the name under which a mention is filed and an alias
// spelling when it differs: surrounding quotes are dropped and a project's
// trailing 项目 is dropped when what remains ends in a project head.
func canonical(typ, name string) (string, string) {
	if inner, ok := quotedWhole(name); ok {
		name = inner
	}
	if a, b, ok := quotedPart(name); ok {
		return name, name[a:b]
	}
	if typ == TypeProject && strings.HasSuffix(name, "项目") {
		rest := strings.TrimSuffix(name, "项目")
		v := newView(rest)
		if n, ri := lex.suffix.longestBefore(v, len(v.r), 0); n > 0 && n < len(v.r) && suffixRules[ri].typ == TypeProject && suffixRules[ri].suffix != "项目" {
			return rest, name
		}
	}
	return name, ""
}

// quotedWhole returns the name inside one pair of quotes (“…” or "…")
// that encloses all of it.
func quotedWhole(name string) (string, bool) {
	for _, q := range [][2]string{{"“", "”"}, {"\"", "\""}, {"＂", "＂"}} {
		if strings.HasPrefix(name, q[0]) && strings.HasSuffix(name, q[1]) && len(name) > len(q[0])+len(q[1]) &&
			strings.Count(name, q[0]) == 1+boolInt(q[0] == q[1]) {
			return name[len(q[0]) : len(name)-len(q[1])], true
		}
	}
	return name, false
}

// quotedPart returns the byte range of the only quoted part of a name
// (“瓶改管”工程 → 瓶改管).
func quotedPart(name string) (int, int, bool) {
	if a, b := strings.Index(name, "“"), strings.Index(name, "”"); a >= 0 && b > a && strings.Count(name, "“") == 1 {
		return a + len("“"), b, true
	}
	if strings.Count(name, "\"") == 2 {
		a := strings.Index(name, "\"")
		b := a + 1 + strings.Index(name[a+1:], "\"")
		return a + 1, b, b > a+1
	}
	return 0, 0, false
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// add files a mention of the rune range [s, e) in sentence si as an entity
// of type typ and returns its id. A bare name equal to a known town without
// its head (庞口 for 庞口镇) becomes that town's alias.
func (st *store) add(typ string, s, e, si int) string {
	d := st.d
	raw := d.v.str(s, e)
	name, alias := canonical(typ, raw)
	if id, ok := st.stems[name]; ok && (typ == TypeTown || typ == "") {
		st.mention(id, s, e, si, TypeTown)
		st.alias(id, name)
		return id
	}
	if typ == "" {
		typ = TypeEnterprise
	}
	id := EntityID(typ, d.meta.Place, name)
	ent := st.ents[id]
	if ent == nil {
		ent = &Entity{ID: id, Type: typ, Name: name, Aliases: []string{}, Place: placeOf(typ, d.meta.Place), Mentions: []Mention{}}
		st.ents[id] = ent
		st.order = append(st.order, id)
	}
	if alias != "" {
		st.alias(id, alias)
	}
	st.mention(id, s, e, si, typ)
	return id
}

// addNamed files a mention at [s, e) of an entity whose name is given
// rather than read from the text (composed indicator names).
func (st *store) addNamed(typ, name string, s, e, si int) string {
	id := EntityID(typ, st.d.meta.Place, name)
	if st.ents[id] == nil {
		st.ents[id] = &Entity{ID: id, Type: typ, Name: name, Aliases: []string{}, Place: placeOf(typ, st.d.meta.Place), Mentions: []Mention{}}
		st.order = append(st.order, id)
	}
	st.mention(id, s, e, si, typ)
	return id
}

// alias records another spelling of an entity's name.
func (st *store) alias(id, a string) {
	ent := st.ents[id]
	if a == ent.Name {
		return
	}
	for _, x := range ent.Aliases {
		if x == a {
			return
		}
	}
	ent.Aliases = append(ent.Aliases, a)
}

// mention appends a mention unless the same range was placed for the type.
func (st *store) mention(id string, s, e, si int, typ string) {
	key := [3]int{s, e, typeRank[typ]}
	if st.seen[key] {
		return
	}
	st.seen[key] = true
	d := st.d
	sent := d.sents[si]
	_, _, label := d.sentYear(si)
	ent := st.ents[id]
	ent.Mentions = append(ent.Mentions, Mention{Doc: d.meta.ID, Start: d.v.at(s), End: d.v.at(e), Section: label,
		Sentence: d.v.str(sent.s, sent.e)})
	st.bySent[si] = append(st.bySent[si], ment{s: s, e: e, id: id, typ: typ, sent: si})
	st.dirty[si] = true
}

// region files the document's place as an entity and returns its id.
func (st *store) region() string {
	d := st.d
	if d.meta.Place == "" {
		return ""
	}
	id := EntityID(TypeRegion, d.meta.Place, d.meta.Place)
	if st.ents[id] == nil {
		aliases := []string{}
		if sp := shortPlace(d.meta.Place); sp != "" {
			aliases = append(aliases, sp)
		}
		st.ents[id] = &Entity{ID: id, Type: TypeRegion, Name: d.meta.Place, Aliases: aliases, Place: d.meta.Place, Mentions: []Mention{}}
		st.order = append(st.order, id)
	}
	return id
}

// regionMentions files every occurrence of the document's place name as a
// mention of the region entity, so that the region has evidence like any
// other node. It runs after relations are read: these mentions must not
// make the region a relation subject by position alone. O(len(text)).
func (x *extraction) regionMentions() {
	id := x.st.region()
	if id == "" {
		return
	}
	name := []rune(x.d.meta.Place)
	for si, sent := range x.d.sents {
		for i := sent.s; ; i += len(name) {
			if i = x.d.v.index(i, sent.e, name); i < 0 {
				break
			}
			x.st.mention(id, i, i+len(name), si, TypeRegion)
		}
	}
}

// townsInRegion links every town that is not already placed somewhere to
// the document's region (located_in), with the town's first sentence as
// evidence: the report is about its place, so its towns lie in it. This
// connects the county to its towns in the graph.
func (x *extraction) townsInRegion() {
	region := x.st.region()
	if region == "" {
		return
	}
	placed := map[string]bool{}
	for _, r := range x.rels {
		if r.Predicate == PredLocatedIn {
			placed[r.Subject] = true
		}
	}
	for si := range x.d.sents {
		for _, m := range x.st.bySent[si] {
			if m.typ == TypeTown && !placed[m.id] {
				placed[m.id] = true
				x.link(m.id, PredLocatedIn, region, si, true)
			}
		}
	}
}

// sorted returns the mentions of sentence si ordered by start, longest
// first.
func (st *store) sorted(si int) []ment {
	ms := st.bySent[si]
	if !st.dirty[si] {
		return ms
	}
	st.dirty[si] = false
	sort.Slice(ms, func(i, j int) bool {
		if ms[i].s != ms[j].s {
			return ms[i].s < ms[j].s
		}
		return ms[i].e > ms[j].e
	})
	return ms
}

// from returns the sorted mentions of sentence si that start at or after
// pos, found by binary search.
func (st *store) from(si, pos int) []ment {
	ms := st.sorted(si)
	k := sort.Search(len(ms), func(i int) bool { return ms[i].s >= pos })
	return ms[k:]
}

// hasType reports an entity of type typ.
func (st *store) hasType(typ string) bool {
	for _, e := range st.ents {
		if e.Type == typ {
			return true
		}
	}
	return false
}

// entities returns the entities in order of first appearance.
func (st *store) entities() []Entity {
	out := make([]Entity, 0, len(st.order))
	for _, id := range st.order {
		out = append(out, *st.ents[id])
	}
	return out
}
