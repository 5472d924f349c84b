package extract

import (
	"strings"
	"unicode/utf8"
)

// trigger is a verb that links a subject to an object.
type trigger struct {
	word string
	pred string
}

// triggers are matched longest first at every rune of a clause.
var triggers = []trigger{
	{"入选", PredSelectedFor}, {"成功入选", PredSelectedFor}, {"被列入", PredSelectedFor}, {"列入", PredSelectedFor},
	{"纳入", PredSelectedFor}, {"入围", PredSelectedFor},
	{"获批", PredApprovedAs}, {"被认定为", PredApprovedAs}, {"认定为", PredApprovedAs}, {"被评为", PredApprovedAs},
	{"评为", PredApprovedAs}, {"成功创建", PredApprovedAs}, {"被确定为", PredApprovedAs}, {"被命名为", PredApprovedAs},
	{"命名为", PredApprovedAs}, {"被授予", PredApprovedAs}, {"成功挂牌", PredApprovedAs}, {"建成第", PredApprovedAs},
	{"晋升", PredApprovedAs}, {"晋升为", PredApprovedAs}, {"荣获", PredAwarded}, {"获评", PredAwarded}, {"获得", PredAwarded}, {"斩获", PredAwarded}, {"喜获", PredAwarded},
	{"上市", PredListedOn}, {"挂牌", PredListedOn},
	{"入驻", PredLocatedIn}, {"落户", PredLocatedIn},
	{"创建", PredParticipatesIn}, {"争创", PredParticipatesIn}, {"申报", PredParticipatesIn}, {"参加", PredParticipatesIn},
	{"共建", PredParticipatesIn}, {"争取获得", PredParticipatesIn},
	{"依托", PredSupports},
}

var triggerTrie = func() *trie {
	t := newTrie()
	for i, tr := range triggers {
		t.add([]rune(tr.word), i)
	}
	return t
}()

// adverbs may stand between a subject and its verb, or open a clause
// whose subject is not written.
var adverbs = wordSet([]string{"成功", "顺利", "先后", "相继", "已", "已经", "还", "并", "均", "全部", "分别", "正式",
	"积极", "全力", "努力", "力争", "支持", "推动", "鼓励", "引导", "首次", "率先", "再次", "又", "同时", "也",
	"获", "年内", "全年", "今年", "一举", "连续", "首批", "继续", "持续", "扎实", "大力", "着力", "深入", "新", "共"})

// objectTails are trimmed from the end of an object phrase.
var objectTails = []string{"培育名单", "名单", "荣誉称号", "称号", "创建", "建设", "工作", "验收", "认定", "评定",
	"评选", "等", "成果", "荣誉", "殊荣"}

// clauses splits sentence si into clause ranges at commas and colons.
func (d *doc) clauses(si int) [][2]int {
	st := d.sents[si]
	var out [][2]int
	s := st.s
	for i := st.s; i <= st.e; i++ {
		if i == st.e || d.v.r[i] == ',' || d.v.r[i] == ':' {
			if s < i {
				out = append(out, [2]int{s, i})
			}
			s = i + 1
		}
	}
	return out
}

// relate finds trigger relations in every clause of sentence si.
func (x *extraction) relate(si int) {
	for _, c := range x.d.clauses(si) {
		for i := c[0]; i < c[1]; i++ {
			n, ti := triggerTrie.longestAt(x.d.v, i, c[1])
			if n == 0 || (i+n < c[1] && x.d.v.r[i+n] == '感') {
				continue
			}
			te := i + n
			if triggers[ti].word == "建成第" {
				te-- // 建成第二批…示范村: 第 belongs to the title
			}
			if x.relateAt(si, c, i, te, triggers[ti].pred) {
				i += n - 1
			}
		}
	}
}

// relateAt links the subjects before a trigger at [t, te) to the objects
// after it. It reports whether a relation was made.
func (x *extraction) relateAt(si int, c [2]int, t, te int, pred string) bool {
	if pred == PredListedOn {
		return x.listedAt(si, c, t, te)
	}
	objs, spans := x.objects(si, te, c[1], pred)
	if len(objs) == 0 && len(spans) == 0 {
		return false
	}
	x.placeTitle = x.titleOfPlaces(objs, spans)
	subs, implicit := x.subjects(si, c[0], t, pred)
	if len(subs) == 0 {
		return false
	}
	for _, sp := range spans {
		objs = append(objs, x.st.add(TypePolicy, sp[0], sp[1], si))
	}
	for _, sub := range subs {
		for _, obj := range objs {
			if sub != obj {
				x.link(sub, pred, obj, si, implicit)
			}
		}
	}
	return true
}

// subjects returns the entities written before a trigger: the last mention
// (and any list it closes) or a bare name, else the region as an implicit
// subject when only adverbs precede the verb.
func (x *extraction) subjects(si, cs, t int, pred string) ([]string, bool) {
	d := x.d
	var last []ment
	for _, m := range x.st.from(si, max(cs, t-maxLookBack)) {
		if m.s >= t {
			break
		}
		if m.e <= t && m.typ != TypeIndicator {
			if len(last) > 0 && m.s < last[len(last)-1].e {
				continue
			}
			last = append(last, m)
		}
	}
	if len(last) > 0 {
		tail := last[len(last)-1]
		if tail.s > cs && d.v.r[tail.s-1] == '被' {
			// Y被X命名为…: X is the agent; the subject is Y, or unwritten.
			return x.subjects(si, cs, tail.s-1, pred)
		}
		if d.gapOK(tail.e, t) {
			return listBack(d, last), false
		}
	}
	s := d.skipAdverbs(cs, t)
	if s+1 == t && d.v.r[s] == '以' {
		s = t // 以创建…为目标: the place itself
	}
	if s < t && strings.ContainsRune("与和同", d.v.r[s]) {
		s++ // 与顾家台、楼房共同获评…: the co-subjects of an earlier one
	}
	if n, _ := jointAdverbs.longestBefore(d.v, t, s); n > 0 && t-n > s {
		t -= n
	}
	if s < t && d.v.r[s] == '被' {
		// 被X评为…: X is the agent; the subject comes before, or is unwritten.
		return x.subjects(si, cs, s, pred)
	}
	if p := d.v.index(s, t, []rune("被")); p > s {
		// 我县被…评为…: the agent is no name found; the subject precedes 被.
		return x.subjects(si, cs, p, pred)
	}
	switch {
	case s >= t:
		if r := x.st.region(); r != "" && pred != PredSupports {
			return []string{r}, true
		}
	case x.isRegionName(s, t):
		return []string{x.st.region()}, false
	case x.isSelf(s, t):
		return []string{x.st.region()}, false
	case t-s >= 2 && t-s <= 6 && d.plainSubject(s, t) && pred != PredSupports:
		if _, ok := x.st.stems[d.v.str(s, t)]; ok || subjectPreds[pred] {
			return []string{x.st.add(x.subjectType(s, t), s, t, si)}, false
		}
	case subjectPreds[pred]:
		return x.bareList(si, s, t), false
	}
	return nil, false
}

// bareList files the bare names listed before a verb (白石云汐、树下庭院、
// 白石山舍、荆山云宿入选…) when every item is a plain name of 2-6 runes.
func (x *extraction) bareList(si, s, t int) []string {
	d := x.d
	var items [][2]int
	a := s
	for k := s; k <= t; k++ {
		if k == t || d.v.r[k] == '、' {
			if k-a < 2 || k-a > 6 || !d.plainSubject(a, k) {
				return nil
			}
			items = append(items, [2]int{a, k})
			a = k + 1
		}
	}
	if len(items) < 2 {
		return nil
	}
	ids := make([]string, len(items))
	for i, it := range items {
		ids[i] = x.st.add(x.subjectType(it[0], it[1]), it[0], it[1], si)
	}
	return ids
}

// bareType types a bare name: one that ends in a landform (金山口沟, 白石山)
// is a place of works or a scenic spot, filed as a project; any other is
// left to the store (a known town, else an enterprise).
func (d *doc) bareType(s, e int) string {
	if strings.ContainsRune("沟河湖山峪谷泉", d.v.r[e-1]) {
		return TypeProject
	}
	return ""
}

// subjectType types a bare subject: a place when the title it receives is
// one of villages or towns (顾家台、楼房共同获评省级民主法治示范村), else by its
// shape (bareType).
func (x *extraction) subjectType(s, e int) string {
	if t := x.d.bareType(s, e); t != "" || !x.placeTitle {
		return t
	}
	return TypeTown
}

// titleOfPlaces reports objects that are titles of villages, towns or
// communities (…示范村, …重点镇).
func (x *extraction) titleOfPlaces(objs []string, spans [][2]int) bool {
	var last rune
	if len(spans) > 0 {
		last = x.d.v.r[spans[len(spans)-1][1]-1]
	} else if len(objs) > 0 {
		name := x.st.ents[objs[len(objs)-1]].Name
		last, _ = utf8.DecodeLastRuneInString(name)
	}
	return last != 0 && strings.ContainsRune("村镇乡", last)
}

// jointAdverbs end the subjects of a verb they share (楼房共同获评).
var jointAdverbs = reverseSet([]string{"共同", "一同", "一起", "同时", "均", "都", "也", "分别", "先后", "相继"})

// subjectPreds accept a bare name without a head as subject.
var subjectPreds = map[string]bool{PredApprovedAs: true, PredAwarded: true, PredListedOn: true, PredSelectedFor: true}

// listBack returns the ids of the mentions that form the list ending with
// the last mention (joined by 、 和 与 及).
func listBack(d *doc, ms []ment) []string {
	out := []string{ms[len(ms)-1].id}
	for k := len(ms) - 1; k > 0; k-- {
		gap := d.v.str(ms[k-1].e, ms[k].s)
		if gap != "、" && gap != "和" && gap != "与" && gap != "及" {
			break
		}
		out = append(out, ms[k-1].id)
	}
	return out
}

// skipAdverbs returns the first position in [s, e) after leading adverbs
// and dates (2016年成功创建…).
func (d *doc) skipAdverbs(s, e int) int {
	for s < e {
		n, _ := adverbs.longestAt(d.v, s, e)
		if _, ok := yearAt(d.v, s); ok && n == 0 && s+5 <= e {
			n = 5
		}
		if n == 0 {
			break
		}
		s += n
	}
	return s
}

// selfWords refer to the reporting place itself.
var selfWords = map[string]bool{"我县": true, "我区": true, "我市": true, "我旗": true, "全县": true, "全区": true, "全市": true, "全旗": true}

func (x *extraction) isSelf(s, e int) bool {
	return x.st.region() != "" && selfWords[x.d.v.str(s, e)]
}

// plainSubject accepts a bare subject: Han only, not generic, with no
// break word, pronoun or particle inside.
func (d *doc) plainSubject(s, e int) bool {
	if d.hasBadRune(s, e) || d.allGeneric(s, e) {
		return false
	}
	for k := s; k < e; k++ {
		if strings.ContainsRune("我你他们的被其将把了", d.v.r[k]) {
			return false
		}
		if n, _ := lex.breaks.longestBefore(d.v, k+1, s); n > 0 {
			return false
		}
	}
	return true
}

func (x *extraction) isRegionName(s, e int) bool {
	name := x.d.v.str(s, e)
	return name != "" && (name == x.d.meta.Place || name == shortPlace(x.d.meta.Place))
}

// objects returns the entities a trigger points at: mentions right after
// it (and the list they open), or else the spans of new programmes made of
// the phrase, filed only once a subject is found.
func (x *extraction) objects(si, te, ce int, pred string) ([]string, [][2]int) {
	d := x.d
	s := te
	for s < ce && strings.ContainsRune("了为“ ", d.v.r[s]) && d.v.r[s] != '“' {
		s++
	}
	if pred == PredListedOn || pred == PredLocatedIn {
		return x.placeObject(si, te, ce), nil
	}
	var found []ment
	for _, m := range x.st.from(si, s) {
		if (len(found) == 0 && m.s > s+1) || (len(found) > 0 && m.s > found[len(found)-1].e+3) {
			break
		}
		if m.e > ce || m.typ == TypeIndicator {
			continue
		}
		if len(found) == 0 && m.typ == TypeOrganisation && m.e < ce && !listGaps[string(d.v.r[m.e])] && pred != PredLocatedIn {
			s = m.e // 入选农业农村部30个…典型案例: the body that names the title
			continue
		}
		if len(found) > 0 {
			if m.s < found[len(found)-1].e {
				continue
			}
			gap := d.v.str(found[len(found)-1].e, m.s)
			if !listGaps[gap] {
				continue
			}
		}
		found = append(found, m)
	}
	if len(found) > 0 {
		ids := make([]string, len(found))
		for i, m := range found {
			ids[i] = m.id
		}
		return ids, nil
	}
	s = d.skipObjectLead(s, ce)
	var spans [][2]int
	for _, part := range d.objectParts(s, ce) {
		a, b := part[0], d.trimObject(part[0], part[1])
		if b-a < 2 || b-a > 26 || !hasHan(d.v, a, b) || pred == PredSupports || d.allGeneric(a, b) && !d.placeTitle(a, b) ||
			d.v.index(a, b, []rune("的")) >= 0 || d.v.index(a, b, []rune("等")) >= 0 || d.triggerIn(a+1, b) {
			continue
		}
		spans = append(spans, [2]int{a, b})
	}
	return nil, spans
}

// triggerIn reports a relation verb inside [s, e): a phrase holding one
// is a clause of its own (研究生工作站、亿家红与…共建博士工作站), not a title.
func (d *doc) triggerIn(s, e int) bool {
	for k := s; k < e; k++ {
		if n, _ := triggerTrie.longestAt(d.v, k, e); n > 0 {
			return true
		}
	}
	return false
}

// placeTitle reports a title made of generic words that a level prefix
// opens and a place word closes (国家农产品质量安全区, 省级健康区): the
// designation of a district or county, not a generic phrase.
func (d *doc) placeTitle(a, b int) bool {
	n, _ := lex.level.longestAt(d.v, a, b)
	return n > 0 && b-a-n >= 2 && strings.ContainsRune("区县市镇村乡城", d.v.r[b-1])
}

// skipObjectLead skips a leading verb and count before a title
// (完成2个国家级…示范村 → 国家级…示范村).
func (d *doc) skipObjectLead(s, e int) int {
	if n, _ := lex.breaksF.longestAt(d.v, s, e); n > 1 {
		s += n
	}
	k := s
	for k < e && (isDigit(d.v.r[k]) || cjkDigits[d.v.r[k]] > 0) {
		k++
	}
	if k > s && k < e && strings.ContainsRune(quantifiers, d.v.r[k]) {
		return k + 1
	}
	return d.afterLeadCount(s, e)
}

// afterLeadCount skips a scope and count written before a title
// (全国首批127个中国特色小镇 → 中国特色小镇): a number within the first
// runes, not an ordinal (第二批), with a quantifier and a title of four
// runes or more after it. It returns s when there is none.
func (d *doc) afterLeadCount(s, e int) int {
	for k := s + 1; k < e && k-s <= maxLeadCount; k++ {
		if !isDigit(d.v.r[k]) || isDigit(d.v.r[k-1]) || d.v.r[k-1] == '第' {
			continue
		}
		j := d.digitsEnd(k, e)
		if j < e && strings.ContainsRune(quantifiers, d.v.r[j]) && e-j-1 >= 4 {
			return j + 1
		}
		return s
	}
	return s
}

// maxLeadCount bounds the scope written before a count in a title.
const maxLeadCount = 6

// objectParts splits an object phrase at 、 and cuts it at a number (the
// count that follows a title) or at 为 (…为目标, …为载体).
func (d *doc) objectParts(s, e int) [][2]int {
	for k := s; k < e; k++ {
		c := d.v.r[k]
		if isDigit(c) && !(k > s && d.v.r[k-1] == '第') && !d.yearHere(k) && !d.codeHere(k, e) && d.countEnds(k, e) {
			if d.peopleCount(k, e) {
				return nil // 新纳入防返贫监测对象636户: people, not a programme
			}
			e = k
			break
		}
		if c == '为' && k > s+1 {
			e = k
			break
		}
	}
	var out [][2]int
	a := s
	for k := s; k <= e; k++ {
		if k == e || d.v.r[k] == '、' || d.parallelAnd(a, k, e) {
			if k > a {
				out = append(out, [2]int{a, k})
			}
			a = k + 1
		}
	}
	return out
}

// parallelAnd reports whether the 和 or 及 at k joins two titles with the
// same ending (X中小企业和Y中小企业): then it splits the object
// phrase [a, e); elsewhere it belongs to one name (生态保护和高质量发展).
func (d *doc) parallelAnd(a, k, e int) bool {
	c := d.v.r[k]
	if (c != '和' && c != '及') || k-a < 4 || e-k <= 4 {
		return false
	}
	return d.v.r[k-1] == d.v.r[e-1] && d.v.r[k-2] == d.v.r[e-2]
}

// peopleCount reports whether the number at k counts people or households.
func (d *doc) peopleCount(k, e int) bool {
	for k < e && (isDigit(d.v.r[k]) || d.v.r[k] == '.') {
		k++
	}
	if k < e && d.v.r[k] == '万' {
		k++
	}
	return k < e && strings.ContainsRune("户人名", d.v.r[k])
}

// countEnds reports whether the number at k ends the phrase: at most two
// runes follow its digits and quantifier (省级示范试点6个 → 省级示范试点).
func (d *doc) countEnds(k, e int) bool {
	for k < e && (isDigit(d.v.r[k]) || d.v.r[k] == '.') {
		k++
	}
	if k < e && strings.ContainsRune("佳强", d.v.r[k]) {
		return false // 25佳县, 百强县: a rank inside a title
	}
	for k < e && strings.ContainsRune(quantifiers+"余多万亿元以上左右", d.v.r[k]) {
		k++
	}
	return e-k <= 2 || !isHan(d.v.r[k])
}

// codeHere reports a number that is part of a code (4A级, 5G), not a count.
func (d *doc) codeHere(k, e int) bool {
	for k < e && isDigit(d.v.r[k]) {
		k++
	}
	return k < e && isLatin(d.v.r[k])
}

func (d *doc) yearHere(k int) bool {
	_, ok := yearAt(d.v, k)
	return ok
}

// listGaps join the items of a list of names.
var listGaps = map[string]bool{"、": true, "和": true, "与": true, "及": true, "”、“": true, "”和“": true, "”“": true,
	"”与“": true, "》、《": true}

// trimObject drops trailing tails (培育名单, 称号 …) and counts.
func (d *doc) trimObject(s, e int) int {
	for changed := true; changed; {
		changed = false
		for _, t := range objectTails {
			w := []rune(t)
			if e-len(w) > s && d.v.hasBefore(e, w) {
				e -= len(w)
				changed = true
			}
		}
		if e-1 > s && strings.ContainsRune(quantifiers+"余多", d.v.r[e-1]) && isDigit(d.v.r[e-2]) {
			e--
			changed = true
		}
		for e > s && isDigit(d.v.r[e-1]) {
			e--
			changed = true
		}
	}
	return e
}

// placeObject returns the place after 落户/入驻: a town or project
// mentioned right after the verb, else the region.
func (x *extraction) placeObject(si, te, ce int) []string {
	for _, m := range x.st.from(si, te) {
		if m.s > te+1 {
			break
		}
		if m.e <= ce && (m.typ == TypeTown || m.typ == TypeProject) {
			return []string{m.id}
		}
	}
	if r := x.st.region(); r != "" {
		return []string{r}
	}
	return nil
}

// listedAt handles "X在Y上市" / "X在Y挂牌": Y is the organisation that
// ends at the verb, X the names before it. In plan sections the listing
// is only planned (加快X主板上市进程): a status with the phrase as object.
func (x *extraction) listedAt(si int, c [2]int, t, te int) bool {
	d := x.d
	var venue *ment
	ms := x.st.from(si, c[0])
	for k := range ms {
		if ms[k].s >= t {
			break
		}
		if ms[k].e == t && ms[k].typ == TypeOrganisation {
			venue = &ms[k]
		}
	}
	cut := t
	if venue != nil {
		cut = venue.s
		if at := d.v.index(c[0], venue.s, []rune("在")); at >= 0 {
			cut = at
		}
	}
	var last []ment
	for _, m := range ms {
		if m.s >= cut {
			break
		}
		if m.e <= cut && m.typ != TypeIndicator && m.typ != TypeOrganisation && (len(last) == 0 || m.s >= last[len(last)-1].e) {
			last = append(last, m)
		}
	}
	if len(last) == 0 || cut-last[len(last)-1].e > 4 {
		return false
	}
	subs := listBack(d, last)
	_, kind, _ := d.sentYear(si)
	for _, sub := range subs {
		switch {
		case kind == KindTarget:
			x.status(sub, PredPlanned, d.v.str(last[len(last)-1].e, te), si)
		case venue != nil:
			x.link(sub, PredListedOn, venue.id, si, false)
		}
	}
	return true
}

// gapOK reports whether [s, e) between a subject and its verb holds only
// adverbs, counts and generic nouns (两家企业, 三级子公司, 等).
func (d *doc) gapOK(s, e int) bool {
	for s < e {
		switch {
		case strings.ContainsRune("等、”》’", d.v.r[s]):
			s++
		case isDigit(d.v.r[s]) || cjkDigits[d.v.r[s]] > 0 || d.v.r[s] == '两':
			s++
		default:
			n, _ := adverbs.longestAt(d.v, s, e)
			if n == 0 {
				n, _ = lex.generic.longestAt(d.v, s, e)
			}
			if n == 0 {
				n, _ = gapNouns.longestAt(d.v, s, e)
			}
			if n == 0 {
				return false
			}
			s += n
		}
	}
	return true
}

// gapNouns are the generic nouns a subject list may end with.
var gapNouns = wordSet([]string{"企业", "家企业", "子公司", "公司", "经营主体", "项目", "单位", "机构", "个", "家", "项"})

// link records a relation with its evidence sentence.
func (x *extraction) link(sub, pred, obj string, si int, implicit bool) {
	d := x.d
	st := d.sents[si]
	year, _, label := d.sentYear(si)
	key := sub + "\x00" + pred + "\x00" + obj + "\x00" + itoa(si)
	if x.linked[key] {
		return
	}
	x.linked[key] = true
	x.rels = append(x.rels, Relation{Subject: sub, Predicate: pred, Object: obj, Doc: d.meta.ID,
		Evidence: d.v.str(st.s, st.e), Start: d.v.at(st.s), End: d.v.at(st.e), Section: label, Year: year, Implicit: implicit})
}
