package extract

import (
	"sort"
	"strings"
)

// dropNested removes candidates that lie inside a longer candidate of the
// same type (行动 inside …行动卫星镇试点), keeping one of equal ranges. It
// sorts by start (longest first) and sweeps, O(n log n).
func dropNested(cs []cand) []cand {
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].s != cs[j].s {
			return cs[i].s < cs[j].s
		}
		return cs[i].e > cs[j].e
	})
	reach := map[string]int{}
	out := cs[:0:0]
	for _, c := range cs {
		if end, ok := reach[c.typ]; ok && c.e <= end {
			continue
		}
		reach[c.typ] = c.e
		out = append(out, c)
	}
	return out
}

// designationLevels start a title inside a longer phrase; a short bare
// name written just before one is a place taking part (X市级…示范片区).
var designationLevels = []string{"市级", "省级", "国家级", "县级", "区级"}

// scanBareTowns splits candidates of the form "<bare name><level>…" into a
// town candidate for the bare name and the title after it, and those of
// the form "A和B两大…" into towns for the places counted (see countedPlaces).
func (d *doc) scanBareTowns(si int, cs []cand) []cand {
	var out []cand
	for k := range cs {
		c := &cs[k]
		if c.typ != TypePolicy {
			continue
		}
		if towns, p := d.countedPlaces(c.s, c.e, si); len(towns) > 0 {
			out = append(out, towns...)
			c.s = p
			continue
		}
		for p := c.s + 2; p <= c.s+4 && p < c.e-2; p++ {
			if !d.startsLevel(p) {
				continue
			}
			if d.plainSubject(c.s, p) && !d.isPlaceName(c.s, p) && d.v.r[c.s] != '第' {
				out = append(out, cand{s: c.s, e: p, typ: TypeTown, sent: si})
				c.s = p
			}
			break
		}
	}
	return out
}

// countedPlaces reads a title written after the places it counts
// (城南和龙湖两大乡村振兴示范区): two or more bare names of two or three
// runes joined by 和, 与 or 、, then a count (两大, 3个), then a title of
// three runes or more. It returns the places and where the title starts.
func (d *doc) countedPlaces(s, e, si int) ([]cand, int) {
	var out []cand
	a := s
	for k := s; k < e && k-s <= 12; k++ {
		c := d.v.r[k]
		if c == '、' || c == '和' || c == '与' {
			if !d.countedPlace(a, k) {
				return nil, 0
			}
			out = append(out, cand{s: a, e: k, typ: TypeTown, sent: si})
			a = k + 1
			continue
		}
		if (cjkDigits[c] > 0 || c == '两' || isDigit(c)) && k+1 < e && strings.ContainsRune("大个", d.v.r[k+1]) {
			if len(out) == 0 || !d.countedPlace(a, k) || e-(k+2) < 3 {
				return nil, 0
			}
			return append(out, cand{s: a, e: k, typ: TypeTown, sent: si}), k + 2
		}
	}
	return nil, 0
}

// countedPlace accepts a bare place of two or three plain runes.
func (d *doc) countedPlace(s, e int) bool {
	return e-s >= 2 && e-s <= 3 && d.plainSubject(s, e) && !d.isPlaceName(s, e)
}

func (d *doc) startsLevel(p int) bool {
	for _, w := range designationLevels {
		if d.v.has(p, []rune(w)) {
			return true
		}
	}
	return false
}

// isPlaceName reports whether [s, e) is the document's place or its short
// form.
func (d *doc) isPlaceName(s, e int) bool {
	name := d.v.str(s, e)
	return name == d.meta.Place || name == shortPlace(d.meta.Place)
}

// placeHeads are project heads whose name part is a village or area
// (泉坊村城中村改造, X安置房): the name part is a town too.
var placeHeads = map[string]bool{"城中村改造": true, "安置房": true, "安置区": true}

// scanPlaceTowns returns town candidates for the place named in projects
// with a place head, and for the bare names listed before them with 、
// (X、Y城中村改造).
func (d *doc) scanPlaceTowns(si int, cs []cand) []cand {
	var out []cand
	for _, c := range cs {
		if c.typ != TypeProject {
			continue
		}
		n, ri := lex.suffix.longestBefore(d.v, c.e, c.s)
		if n == 0 || !placeHeads[suffixRules[ri].suffix] {
			continue
		}
		p := c.e - n
		if p-c.s < 2 || p-c.s > 3 || !d.plainSubject(c.s, p) {
			continue
		}
		out = append(out, cand{s: c.s, e: p, typ: TypeTown, sent: si})
		out = append(out, d.ellipsis(c.s, si)...)
	}
	return out
}

// scanVillages returns the villages written bare right after their
// township (北石佛镇石道沟、金家井乡寨沟门2个…): two or three plain runes
// that end at a list mark, a count or the clause. O(candidates).
func (d *doc) scanVillages(si int, cs []cand) []cand {
	st := d.sents[si]
	starts := map[int]bool{}
	for _, c := range cs {
		starts[c.s] = true
	}
	var out []cand
	for _, c := range cs {
		if c.typ != TypeTown || starts[c.e] || !(d.v.hasBefore(c.e, []rune("镇")) || d.v.hasBefore(c.e, []rune("乡"))) {
			continue
		}
		e := c.e
		for e < st.e && e-c.e < 3 && isHan(d.v.r[e]) && d.v.r[e] != '等' {
			e++
		}
		if e-c.e < 2 || (e < st.e && !strings.ContainsRune("、,等", d.v.r[e]) && !isDigit(d.v.r[e])) {
			continue
		}
		if d.plainSubject(c.e, e) && !d.headEnds(e, c.e) {
			out = append(out, cand{s: c.e, e: e, typ: TypeTown, sent: si})
		}
	}
	return out
}

// companyProjectHeads end projects that a company carries out, as opposed
// to parks and bases named after an industry (宏福现代农业产业园).
var companyProjectHeads = map[string]bool{"项目": true, "升级改造": true, "提标改造": true, "生产线": true}

// scanEmbeddedCompanies returns the company that names a project
// (X新能源汽车升级改造, 京阳公司新型线缆项目): the name part before the
// project head ends in a company head.
func (d *doc) scanEmbeddedCompanies(si int, cs []cand) []cand {
	var out []cand
	for _, c := range cs {
		if c.typ != TypeProject {
			continue
		}
		n, hi := lex.suffix.longestBefore(d.v, c.e, c.s)
		if n == 0 || !companyProjectHeads[suffixRules[hi].suffix] {
			continue
		}
		p := c.e - n
		m, ri := lex.suffix.longestBefore(d.v, p, c.s)
		if m == 0 || suffixRules[ri].typ != TypeEnterprise {
			continue
		}
		part := p - m - c.s
		if r := suffixRules[ri]; part >= r.min && part <= r.max && !d.allGeneric(c.s, p-m) && d.plainSubject(c.s, p-m) {
			out = append(out, cand{s: c.s, e: p, typ: TypeEnterprise, sent: si})
		}
	}
	return out
}

// ellipsis returns the bare names listed with 、 before position s.
func (d *doc) ellipsis(s, si int) []cand {
	var out []cand
	lo := d.sents[si].s
	for s-1 > lo && d.v.r[s-1] == '、' {
		e := s - 1
		b := e
		for b > lo && isHan(d.v.r[b-1]) && e-b < 3 {
			if n, _ := lex.breaks.longestBefore(d.v, b, lo); n > 0 {
				break
			}
			if n, ri := lex.suffix.longestBefore(d.v, b, lo); n > 0 && suffixRules[ri].typ == TypeTown {
				break
			}
			b--
		}
		if e-b < 2 || !d.plainSubject(b, e) {
			break
		}
		out = append(out, cand{s: b, e: e, typ: TypeTown, sent: si})
		s = b
	}
	return out
}

// buildStems maps every town name without its head (镇, 乡, 街道, 社区) to
// the town, for bare references such as 庞口 for 庞口镇.
func (st *store) buildStems() {
	for _, id := range st.order {
		ent := st.ents[id]
		if ent.Type != TypeTown {
			continue
		}
		for _, h := range []string{"街道", "镇", "乡", "社区"} {
			if stem := strings.TrimSuffix(ent.Name, h); stem != ent.Name && len([]rune(stem)) >= 2 {
				st.stems[stem] = id
			}
		}
	}
}

// listHeads are the nouns that close a list of enterprises: "A、B等企业",
// "A、B两家企业", "A、B等金融机构", "以A、B为代表的".
var listHeads = []string{"知名企业", "骨干企业", "龙头企业", "重点企业", "外贸企业", "企业", "经营主体", "金融机构",
	"项目方", "为代表", "品牌", "商超"}

var listHeadTrie = wordSet(listHeads)

// lists finds coordinated lists closed by a head noun in sentence si and
// files their items as enterprises (or projects named after them).
func (x *extraction) lists(si int) {
	d := x.d
	st := d.sents[si]
	for i := st.s; i < st.e; i++ {
		end, n, typ, counted, firms := -1, 0, TypeEnterprise, false, false
		if pe, pt, pf := d.projectCount(i, st.s, st.e); pe > 0 {
			end, n, typ, counted, firms = i, pe-i, pt, true, pf
		} else if n, _ = listHeadTrie.longestAt(d.v, i, st.e); n > 0 {
			end = d.listEnd(i, st.s)
			if end < 0 && d.v.has(i, []rune("品牌")) {
				end = d.brandList(i, st.s)
			}
		}
		if end < 0 {
			continue
		}
		items := d.listItems(end, st.s, counted && typ != TypeTown)
		if len(items) == 0 || (len(items) < 2 && d.v.r[end] != '等') {
			continue
		}
		ids := make([]string, 0, len(items))
		for _, it := range items {
			id := x.itemEntity(si, it, d.itemType(it, typ, counted, firms))
			ids = append(ids, id)
			if counted {
				x.projectNamed[id] = true
			}
		}
		x.listRelations(si, items[0][0], i+n, ids)
		i += n - 1
	}
}

// listEnd returns where the items end before a head at h: before 等, a
// count such as 两家, or 为代表 (then the list follows 以).
func (d *doc) listEnd(h, lo int) int {
	if d.v.has(h, []rune("为代表")) {
		return h
	}
	j := h
	if j > lo && d.v.r[j-1] == '家' {
		j--
		for j > lo && (isDigit(d.v.r[j-1]) || cjkDigits[d.v.r[j-1]] > 0 || d.v.r[j-1] == '两') {
			j--
		}
		if j == h-1 {
			return -1
		}
		return j
	}
	if j > lo && d.v.r[j-1] == '等' {
		return j - 1
	}
	return -1
}

// brandList returns h when the head 品牌 at h closes a list of two or more
// short plain names joined by 、 (丽邦、雨森品牌入围…), else -1.
func (d *doc) brandList(h, lo int) int {
	items, e := 0, h
	for k := h - 1; k >= lo; k-- {
		c := d.v.r[k]
		start := k == lo || !isHan(c) || d.breakBefore(k+1, lo)
		if c == '、' || start {
			s := k + 1
			if start && c != '、' && isHan(c) && !d.breakBefore(k+1, lo) {
				s = k
			}
			if e-s < 2 || e-s > 4 || !d.plainSubject(s, e) {
				return -1
			}
			items++
			if c != '、' {
				break
			}
			e = k
		}
	}
	if items < 2 {
		return -1
	}
	return h
}

// listItems splits the list ending at end into item ranges, leftmost
// first. Items are separated by 、 和 与 及; the first one starts after a
// break word or punctuation. It returns nil when an item is too long.
// Items made only of generic words are dropped, except, with facilities,
// the facility words of a list of projects.
func (d *doc) listItems(end, lo int, facilities bool) [][2]int {
	var items [][2]int
	e, k := end, end
	for {
		if k <= lo {
			items = append(items, [2]int{k, e})
			break
		}
		c := d.v.r[k-1]
		if c == '、' || (weakBreaks[c] && c != '并' && d.nameRunBefore(k-1, lo) != 1) {
			items = append(items, [2]int{k, e})
			e, k = k-1, k-1
			continue
		}
		if n, _ := lex.breaks.longestBefore(d.v, k, lo); (n > 0 && !d.breakInItem(k, n, e, lo)) || !isNameRune(c) || d.quantifierEnds(k, lo) {
			items = append(items, [2]int{k, e})
			break
		}
		if e-k >= 14 {
			return nil
		}
		k--
	}
	var out [][2]int
	for k := len(items) - 1; k >= 0; k-- {
		it := items[k]
		if it[1]-it[0] >= 2 && hasHan(d.v, it[0], it[1]) && (!d.allGeneric(it[0], it[1]) || facilities && d.facility(it)) && !d.ordinal(it[0], it[1]) {
			out = append(out, it)
		}
	}
	return out
}

// breakInItem reports a break word ending at k that lies inside a list
// item ending at e rather than before it. A word of two runes or more
// that is the item's next-to-last rune pair is part of the name (加合精细化工
// holds 细化). Break words that end the item or leave only generic words
// after them (改造提升) belong to it when a plain name of three runes or
// more precedes them (中山路改造提升), not when a verb does (推进智慧…中心).
func (d *doc) breakInItem(k, n, e, lo int) bool {
	if n < 2 {
		return false
	}
	b := k - n
	for m, _ := lex.breaks.longestBefore(d.v, b, lo); m >= 2; m, _ = lex.breaks.longestBefore(d.v, b, lo) {
		b -= m
	}
	switch {
	case e-k == 1:
		return b == k-n && b > lo && isNameRune(d.v.r[b-1]) && !d.breakBefore(b, lo)
	case e-k == 0 || d.allGeneric(k, e):
		return d.plainRunBefore(b, lo, 3)
	}
	return false
}

// plainRunBefore reports at least n name runes before b with no list mark
// or break word among them.
func (d *doc) plainRunBefore(b, lo, n int) bool {
	for j := b; j > b-n; j-- {
		if j <= lo || !isNameRune(d.v.r[j-1]) || d.v.r[j-1] == '、' || weakBreaks[d.v.r[j-1]] || d.breakBefore(j, lo) {
			return false
		}
	}
	return true
}

// buildingHeads end the names of institutions whose building is built
// as a project (重点推进哈克区域敬老院建设).
var buildingHeads = []string{"医院", "卫生院", "养老院", "敬老院"}

// buildings files an institution of sentence si followed by 建设 as a
// project too, unless it is a partner (与X医院建设医联体).
func (x *extraction) buildings(si int) {
	d := x.d
	for _, m := range x.st.sorted(si) {
		if m.typ != TypeOrganisation || !d.v.has(m.e, []rune("建设")) || m.s > 0 && d.v.r[m.s-1] == '与' {
			continue
		}
		for _, h := range buildingHeads {
			if d.v.hasBefore(m.e, []rune(h)) {
				x.st.add(TypeProject, m.s, m.e, si)
				break
			}
		}
	}
}

// facility reports an item of three runes or more made of a facility or
// institution head alone or with generic words (污水处理厂、博物馆等…项目,
// 智慧康养示范中心等项目): in a list of projects it names the place's own
// facility.
func (d *doc) facility(it [2]int) bool {
	n, ri := lex.suffix.longestBefore(d.v, it[1], it[0])
	if n == 0 || it[1]-it[0] < 3 {
		return false
	}
	t := suffixRules[ri].typ
	return t == TypeProject || t == TypeOrganisation && it[1]-it[0] >= 4
}

// ordinal reports an item that is only an ordinal (第三、第四…幼儿园).
func (d *doc) ordinal(s, e int) bool {
	if d.v.r[s] != '第' {
		return false
	}
	for k := s + 1; k < e; k++ {
		if cjkDigits[d.v.r[k]] == 0 && !isDigit(d.v.r[k]) {
			return false
		}
	}
	return true
}

// nameRunBefore counts the name runes before position k (at most two), up
// to a delimiter or a break word: a conjunction after a single name rune
// is part of a name (太和风景), not a list separator.
func (d *doc) nameRunBefore(k, lo int) int {
	n := 0
	for j := k; j > lo && n < 2 && isNameRune(d.v.r[j-1]); j-- {
		if b, _ := lex.breaks.longestBefore(d.v, j, lo); b > 0 {
			break
		}
		n++
	}
	return n
}

// countHeads are the nouns of "A、B等N个<head>": 项目 lists projects, or
// companies standing for their projects (see itemType); the others list
// facilities, or places being renovated (南沙、南关等旧村改造; 城东、大赛等片区).
var countHeads = map[string]string{"项目": TypeEnterprise, "安置区": TypeProject, "安置房": TypeProject,
	"道路": TypeProject, "桥梁": TypeProject, "园区": TypeProject, "学校": TypeProject, "场馆": TypeProject,
	"小区": TypeProject, "工程": TypeProject, "景区": TypeProject, "游园": TypeProject, "公园": TypeProject,
	"旧村改造": TypeTown, "城中村改造": TypeTown, "旧城改造": TypeTown, "片区": TypeTown, "基地": TypeProject}

var countHeadTrie = func() *trie {
	t := newTrie()
	for h := range countHeads {
		t.add([]rune(h), 0)
	}
	return t
}()

// maxListModifier is the longest modifier between a list's count and its
// head (3个新能源项目, 4个A级景区).
const maxListModifier = 6

// projectCount reports the end of the tail that closes a list at i, the
// type of the list's items, and whether its modifier says the items are
// firms (等一批央(国)企项目), or -1. The tail is "等[总投资…的][N个|一批]
// [modifier]<head>", or with no 等 a count right after the last item
// ("A、B、C3个项目"). A bare "等项目" closes a list as well.
func (d *doc) projectCount(i, lo, end int) (int, string, bool) {
	v := d.v
	k := i + 1
	switch {
	case v.r[i] == '等':
	case isDigit(v.r[i]) && i > lo && isHan(v.r[i-1]) && !strings.ContainsRune("的个约近超达共计", v.r[i-1]):
		k = i
	default:
		return -1, "", false
	}
	counted := false
	for ; k < end && k-i <= 24; k++ {
		c := v.r[k]
		if !(isDigit(c) || c == '.' || strings.ContainsRune("总投资亿万元的个余共计约达以上条座所处家", c)) {
			break
		}
		counted = counted || c == '个' || c == '条' || c == '座' || c == '所' || c == '处'
	}
	if !counted && v.r[i] != '等' {
		return -1, "", false
	}
	if v.has(k, []rune("一批")) {
		k += 2
	}
	for m := k; m < end && m-k <= maxListModifier; m++ {
		if n, _ := countHeadTrie.longestAt(v, m, end); n > 0 && (m+n >= end || v.r[m+n] != '方') {
			return m + n, countHeads[v.str(m, m+n)], v.index(k, m, []rune("企")) >= 0
		}
		if c := v.r[m]; !isHan(c) && !isLatin(c) && !strings.ContainsRune("()（）", c) || c == '的' && m > k {
			break
		}
	}
	return -1, "", false
}

// itemType types an item of a list closed by a head noun or, when
// counted, by a count tail (projectCount). In a project list an item that
// ends in a company head, or a short plain name with no word of works or
// trade in it (德克马仕, 永红铸机), or any item of a list of firms' projects
// (等一批央企项目), stands for the company's project and is filed as the
// company; any other item is filed as the project (桃木疙瘩屠宰加工、…3个项目;
// 白石山、涞源湖等35个业态项目; 雨森新型材料).
func (d *doc) itemType(it [2]int, typ string, counted, firms bool) string {
	if !counted || typ != TypeEnterprise || firms {
		return typ
	}
	if n, ri := lex.suffix.longestBefore(d.v, it[1], it[0]); n > 0 && suffixRules[ri].typ == TypeEnterprise || d.brandLike(it[0], it[1]) {
		return typ
	}
	return TypeProject
}

// brandLike reports a company's name written without a company head: three
// to five Han runes, plain, not a landform (白石山), with no name head, no
// generic word of two runes or more and no word of works inside (玉川路东延,
// 再生水利用, 深能西北郊二期).
func (d *doc) brandLike(s, e int) bool {
	if e-s < 3 || e-s > 5 || !d.plainSubject(s, e) || d.bareType(s, e) == TypeProject {
		return false
	}
	for k := s; k < e; k++ {
		if !isHan(d.v.r[k]) {
			return false
		}
		if n, _ := lex.generic.longestAt(d.v, k, e); n >= 2 {
			return false
		}
		if n, _ := worksWords.longestAt(d.v, k, e); n > 0 || d.headEnds(k+1, s) {
			return false
		}
	}
	return true
}

// worksWords name the work a project does (屠宰, 养殖, 利用): an item with
// one is a project, not a company.
var worksWords = wordSet([]string{"利用", "干化", "加工", "养殖", "种植", "育种", "制氢", "处理", "回收", "屠宰",
	"生产", "扩能", "扩产", "热泵", "供热", "供暖", "制造"})

// itemEntity files a list item: under the type of a name already found at
// exactly that range, else under the list's type. An institution listed
// among projects (智慧康养示范中心、金秋家园养老院等项目) is filed as a
// project too: what is listed is its building.
func (x *extraction) itemEntity(si int, it [2]int, typ string) string {
	for _, m := range x.st.from(si, it[0]) {
		if m.s > it[0] {
			break
		}
		if m.e == it[1] {
			if m.typ == TypeOrganisation && typ == TypeProject {
				return x.st.add(TypeProject, it[0], it[1], si) // a home or centre being built
			}
			return m.id
		}
	}
	return x.st.add(typ, it[0], it[1], si)
}

// listRelations links list items to what the sentence says about them:
// 入驻 X (located in the 依托 facility or the region), 依托 (supports).
func (x *extraction) listRelations(si, ls, le int, ids []string) {
	d := x.d
	if d.v.hasBefore(ls, []rune("入驻")) {
		host := x.st.region()
		for _, m := range x.st.sorted(si) {
			if m.e <= ls && d.v.hasBefore(m.s, []rune("依托")) {
				host = m.id
			}
		}
		for _, id := range ids {
			if host != "" {
				x.link(id, PredLocatedIn, host, si, false)
			}
		}
	}
}

// adjacent links names written side by side: a town right before a
// project (X镇Y中学) locates it; a town right before a title, or counted
// before it with others (城南和龙湖两大…示范区), takes part in it; a project
// whose name starts with a town lies in it.
func (x *extraction) adjacent(si int) {
	for _, a := range x.st.sorted(si) {
		if a.typ != TypeTown {
			continue
		}
		for _, b := range x.st.from(si, a.s) {
			if b.s > a.e {
				if b.typ == TypePolicy && x.countedBefore(si, a.e, b.s) {
					x.link(a.id, PredParticipatesIn, b.id, si, false)
				}
				continue
			}
			switch {
			case b.s == a.e && b.typ == TypeProject:
				x.link(b.id, PredLocatedIn, a.id, si, false)
			case b.s == a.e && b.typ == TypePolicy:
				x.link(a.id, PredParticipatesIn, b.id, si, false)
			case b.s == a.s && b.e > a.e && b.typ == TypeProject:
				x.link(b.id, PredLocatedIn, a.id, si, false)
			}
		}
	}
}

// countedBefore reports that [p, e) holds only the other places of a
// counted list and its count (和龙湖两大), so that the place ending at p is
// counted by the title starting at e.
func (x *extraction) countedBefore(si, p, e int) bool {
	d := x.d
	for p < e && strings.ContainsRune("、和与", d.v.r[p]) {
		next := -1
		for _, m := range x.st.from(si, p+1) {
			if m.s > p+1 {
				break
			}
			if m.typ == TypeTown {
				next = m.e
			}
		}
		if next < 0 {
			return false
		}
		p = next
	}
	return e-p == 2 && (cjkDigits[d.v.r[p]] > 0 || d.v.r[p] == '两' || isDigit(d.v.r[p])) && strings.ContainsRune("大个", d.v.r[p+1])
}
