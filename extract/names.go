package extract

import "strings"

// cand is a candidate name found in a sentence, as a rune range.
type cand struct {
	s, e int
	typ  string
	sent int
}

// lexicon holds the compiled word lists.
type lexicon struct {
	suffix  *trie // reversed suffixes, payload = index into suffixRules
	breaks  *trie // reversed break words
	breaksF *trie // forward break words
	generic *trie // forward generic words
	level   *trie // forward level prefixes
	quoted  *trie // forward formulas that are never programme names
}

var lex = buildLexicon()

func buildLexicon() *lexicon {
	l := &lexicon{suffix: newTrie(), breaks: reverseSet(breakWords), breaksF: wordSet(breakWords), generic: wordSet(genericWords),
		level: newTrie(), quoted: wordSet(formulas)}
	for _, w := range levelPrefixes {
		l.level.add([]rune(w), 0)
	}
	for _, w := range weakLevelPrefixes {
		l.level.add([]rune(w), 1)
	}
	for i, r := range suffixRules {
		l.suffix.add(reversed(r.suffix), i)
	}
	return l
}

// formulas are political formulas written in quotes that name no
// programme.
var formulas = []string{"四个意识", "四个自信", "两个维护", "两个确立", "两个务必", "国之大者", "三农",
	"牛鼻子", "总开关", "主战场", "硬支撑", "中梗阻", "加速度", "方向舵", "后花园", "黄金价", "新客船", "旧船票"}

// quantifiers follow a number and end a name on its left (12个安置区).
const quantifiers = "个家项座条批所处名套户只台件场次位"

// Why a left scan stopped.
const (
	stopDelim = iota // punctuation or start of sentence
	stopBreak        // a break word
	stopLong         // the rule's length limit
)

// innerBreaks are the break words that also occur inside long names
// (…整县推进项目, …补短提升行动, …梯次培育工程).
var innerBreaks = map[string]bool{"推进": true, "提升": true, "培育": true, "建设": true, "改造": true, "治理": true,
	"保护": true, "利用": true, "提质": true, "增效": true, "示范": true, "攻坚": true, "实现": true}

// minInnerBreak is the shortest name part accepted when the scan had to
// step over a break word inside the name (整县推进项目).
const minInnerBreak = 6

// scanSuffixes finds every name that ends in a known head in sentence si.
// It costs O(n·k) for a sentence of n runes and heads of at most k runes.
func (d *doc) scanSuffixes(si int) []cand {
	v := d.v
	st := d.sents[si]
	var out []cand
	for i := st.s + 1; i <= st.e; i++ {
		n, ri := lex.suffix.longestBefore(v, i, st.s)
		if n == 0 {
			continue
		}
		rule := suffixRules[ri]
		ss := i - n
		if !d.suffixFits(rule, ss, i, st.e) && !d.parallelHead(rule, ss, st.s) {
			continue
		}
		start, ok := d.nameStart(ss, st.s, rule)
		if !ok || (closedHeads[rule.suffix] && i < st.e && isHan(v.r[i]) && !followerOK(v.r[i]) && (ss-start > maxClosedPart || d.allGeneric(start, ss))) {
			continue
		}
		if (rule.typ == TypeTown && d.quoted(start, i, st)) || d.insideQuote(start, i, st) {
			continue
		}
		typ, ok := d.classify(rule, start, ss, i)
		if ok && typ == TypeTown {
			typ, ok = d.townType(start, ss, i, st)
		}
		if ok && rule.suffix == "工程" && d.quoted(start, i, st) {
			typ = TypePolicy // “师德师风建设工程”: a programme named in quotes
		}
		if ok && d.shunned(start, st.s) || rule.suffix == "品牌" && start > st.s && d.v.r[start-1] == '、' && ss-start <= 4 {
			continue // 丽邦、雨森品牌: the brands are listed (see brandList)
		}
		if ok && typ == TypeProject && d.notWorks(rule, start, ss, i, st) || ok && typ != TypeTown && d.notAName(start, ss, st) {
			continue
		}
		if !ok {
			continue
		}
		start, end := d.balance(start, i, st.e)
		if rule.suffix == "公司" {
			if end = d.parentCompany(start, ss, end); end <= start {
				continue
			}
		}
		if d.v.index(start, end, []rune("+")) >= 0 {
			typ = TypePolicy
		}
		if typ == TypeProject {
			if end = d.beforeLength(start, ss, end); end <= start {
				continue
			}
			if roadHeads[rule.suffix] {
				end = d.extension(end, st.e)
			}
		}
		out = append(out, cand{s: start, e: end, typ: typ, sent: si})
	}
	return out
}

// notAName reports a phrase that ends in a head but names nothing: one
// with a determiner of kinds (开发各种产业园区, 各类…中心), or the second
// term of a range (从乡村社区到机关学校).
func (d *doc) notAName(s, ss int, st sentence) bool {
	for _, w := range []string{"各种", "各类", "各项", "一些"} {
		if d.v.index(s, ss, []rune(w)) >= 0 {
			return true
		}
	}
	to := s - 1
	if k := d.v.index(s, ss, []rune("到")); k >= 0 {
		to = k
	}
	if to < st.s || d.v.r[to] != '到' {
		return false
	}
	return d.v.index(d.clauseStart(to, st.s), to, []rune("从")) >= 0
}

// clauseStart returns the position after the last comma or colon before i,
// or lo.
func (d *doc) clauseStart(i, lo int) int {
	for i > lo && d.v.r[i-1] != ',' && d.v.r[i-1] != ':' {
		i--
	}
	return i
}

// shunWords say that what follows is to be avoided (防止出现“半拉子”工程,
// 严防“新形象工程”): a quoted name after them is a figure of speech.
var shunWords = reverseSet([]string{"防止出现", "严防", "杜绝", "避免", "谨防"})

// shunned reports a name that opens with a quote, or is written inside
// one, right after a word of avoidance.
func (d *doc) shunned(s, lo int) bool {
	switch {
	case s > lo && d.v.r[s-1] == '“':
		s--
	case d.v.r[s] != '“':
		return false
	}
	n, _ := shunWords.longestBefore(d.v, s, lo)
	return n > 0
}

// parallelHead reports a company head written right after an item with
// the same head (京源城矿业、冀恒矿业矿山…): the list shows where the name
// ends, whatever word follows it.
func (d *doc) parallelHead(rule suffixRule, ss, lo int) bool {
	if rule.typ != TypeEnterprise {
		return false
	}
	for k := ss - 1; k > lo && ss-k <= 8; k-- {
		if d.v.r[k] == '、' {
			p := k - len([]rune(rule.suffix))
			return d.v.hasBefore(k, []rune(rule.suffix)) && p-2 >= lo && !d.allGeneric(p-2, p)
		}
		if !isHan(d.v.r[k]) {
			return false
		}
	}
	return false
}

// beforeLength cuts a works name at a length written inside it when what
// precedes the length is a road (宏润大街暨保沧高速连接线7.6公里大修工程 →
// 宏润大街暨保沧高速连接线): the road is the thing named. It returns end
// unchanged when there is no such length, and s when the road is generic
// (乡道25公里翻新改造工程).
func (d *doc) beforeLength(s, ss, end int) int {
	for k := s + 1; k < ss; k++ {
		if !isDigit(d.v.r[k]) || isDigit(d.v.r[k-1]) {
			continue
		}
		j := d.digitsEnd(k, ss)
		if !d.v.has(j, []rune("公里")) && !d.v.has(j, []rune("千米")) && !(j < ss && d.v.r[j] == '米') {
			return end
		}
		n, ri := lex.suffix.longestBefore(d.v, k, s)
		if !(n > 0 && roadLike[suffixRules[ri].suffix]) && !strings.ContainsRune("道线", d.v.r[k-1]) {
			return end
		}
		if d.allGeneric(s, k) {
			return s
		}
		return k
	}
	return end
}

// roadLike are heads of roads and lines.
var roadLike = map[string]bool{"路": true, "街": true, "大街": true, "连接线": true, "高速": true, "铁路": true, "段": true}

// nameStart finds the start of the name whose head starts at ss. When a
// break word leaves too short a name, the scan steps over it once and
// keeps the name only if it is long (集中供热锅炉改造一期工程).
func (d *doc) nameStart(ss, lo int, rule suffixRule) (int, bool) {
	start, why := d.leftBoundary(ss, ss, lo, rule)
	if n, _ := lex.breaks.longestBefore(d.v, start, lo); why == stopBreak && innerBreaks[d.v.str(start-n, start)] {
		short := ss-start < rule.min || d.allGeneric(start, ss)
		if s2, why2 := d.leftBoundary(start-n, ss, lo, rule); why2 != stopLong && (short || rule.typ == TypePolicy && d.startsTitle(s2)) &&
			ss-s2 >= minInnerBreak && start-n-s2 >= 4 && !d.headEnds(start-n, s2) {
			start, why = s2, why2
		}
	}
	if why == stopLong || ss-start < rule.min {
		return 0, false
	}
	start = d.skipMarker(start, ss)
	for start < ss && weakBreaks[d.v.r[start]] {
		start++
	}
	if n, _ := lex.level.longestAt(d.v, start, ss); n > 0 && rule.typ != TypePolicy {
		start = d.afterDesignation(start, ss)
	}
	return start, ss-start >= rule.min
}

// startsTitle reports a designation title starting at s (省小城镇创新提升
// 行动卫星镇试点): a title keeps the verbs inside it whole.
func (d *doc) startsTitle(s int) bool {
	n, _ := lex.level.longestAt(d.v, s, len(d.v.r))
	return n > 0
}

// balance closes a parenthesis left open by the name (海拉尔大数据中心(一期)) or
// drops an unmatched opening one.
func (d *doc) balance(s, e, end int) (int, int) {
	open := -1
	for k := s; k < e; k++ {
		switch d.v.r[k] {
		case '(':
			open = k
		case ')':
			open = -1
		}
	}
	switch {
	case open < 0:
		return s, e
	case e < end && d.v.r[e] == ')':
		return s, e + 1
	}
	return open + 1, e
}

// headEnds reports whether any name head ends at i.
func (d *doc) headEnds(i, lo int) bool {
	n, _ := lex.suffix.longestBefore(d.v, i, lo)
	return n > 0
}

// parentCompany turns "X集团三级子公司" into its parent X集团: for a
// subsidiary (子公司, 分公司) it returns the end of the parent's name, or s
// when the parent is generic (央企二三级子公司).
func (d *doc) parentCompany(s, ss, e int) int {
	if ss-1 <= s || (d.v.r[ss-1] != '子' && d.v.r[ss-1] != '分') {
		return e
	}
	k := ss - 1
	if k > s && d.v.r[k-1] == '级' {
		k--
		for k > s && cjkDigits[d.v.r[k-1]] > 0 {
			k--
		}
	}
	if k-s < 2 || d.allGeneric(s, k) {
		return s
	}
	return k
}

// skipMarker drops a leading "(三)" or "(2)" heading marker.
func (d *doc) skipMarker(s, e int) int {
	if s < e && d.v.r[s] == '(' {
		for k := s + 1; k < e && k-s <= 4; k++ {
			if d.v.r[k] == ')' {
				return k + 1
			}
		}
	}
	return s
}

// afterDesignation returns where the name proper starts after an
// appositive title ("全国重点X单位Y遗址…"): just after the last
// programme head inside [s, ss), or s when there is none.
func (d *doc) afterDesignation(s, ss int) int {
	for p := ss - 2; p > s+2; p-- {
		if n, ri := lex.suffix.longestBefore(d.v, p, s); n > 0 && suffixRules[ri].typ == TypePolicy && !suffixRules[ri].strict {
			return p
		}
	}
	return s
}

// insideQuote reports a name that starts a quoted run but ends before its
// closing quote (“XY项目贷款”): the quote names something longer.
func (d *doc) insideQuote(s, e int, st sentence) bool {
	if s <= st.s || d.v.r[s-1] != '“' || e >= st.e || !isHan(d.v.r[e]) {
		return false
	}
	for k := e; k < st.e && k-e < 12; k++ {
		switch d.v.r[k] {
		case '”':
			return true
		case '“', ',', '。':
			return false
		}
	}
	return false
}

// quoted reports whether [s, e) is written inside quotes.
func (d *doc) quoted(s, e int, st sentence) bool {
	return s > st.s && e < st.e && d.v.r[s-1] == '“' && d.v.r[e] == '”'
}

// suffixFits checks the runes around a suffix against the rule's limits.
func (d *doc) suffixFits(rule suffixRule, ss, e, end int) bool {
	v := d.v
	lim := suffixLimits[rule.suffix]
	if ss > 0 && strings.ContainsRune(lim[0], v.r[ss-1]) && !(rule.suffix == "路" && (d.ringRoad(ss) || d.gridRoad(ss))) {
		return false
	}
	if e >= end {
		return true
	}
	next := v.r[e]
	if strings.ContainsRune(lim[1], next) {
		return false
	}
	if !rule.strict || rule.typ == TypeTown || roadHeads[rule.suffix] || !isHan(next) {
		return true
	}
	if closedHeads[rule.suffix] {
		return !strings.ContainsRune("化型制式性级", next)
	}
	if rule.suffix == "制" && next == '管' {
		return true // 积分制管理: a system and its management
	}
	if rule.suffix == "段" && strings.ContainsRune("道新", next) {
		return true // a section and its road or works: 北二环西段道路, 保沧线高阳段新改建
	}
	return followerOK(next)
}

// gridRoad reports a street head 路 written after a grid number (经一路,
// 纬二路): the numeral, which alone would make 一路 "all the way", names
// the street.
func (d *doc) gridRoad(ss int) bool {
	return ss >= 2 && cjkDigits[d.v.r[ss-1]] > 0 && strings.ContainsRune("经纬", d.v.r[ss-2])
}

// followerOK reports whether a rune may follow a name whose head could
// also start a longer word: a conjunction, verb or particle.
func followerOK(next rune) bool {
	return strings.ContainsRune("等和与及被荣获入成在为的共已均分先顺正全实建投通项落上挂改修主试合带迁向对达晋年加稳完仅惊即将启首持继积系一二三四五六七八九十", next)
}

// closedHeads end company names and are no part of a longer word, so any
// word may follow them (阿里巴巴集团评为, 卡缦公司网上…) except a suffix
// that makes an adjective (集团化, 公司制). A name followed by another
// word must be short, as company names are (maxClosedPart).
var closedHeads = map[string]bool{"公司": true, "集团": true, "银行": true, "部": true}

// maxClosedPart is the longest name part of a closed head followed by a
// word that is not a conjunction, verb or particle.
const maxClosedPart = 6

// leftBoundary scans left from from (the head starts at ss) for the start
// of the name: it stops at punctuation, a break word, a number with its
// quantifier, a town before a village or facility, or the rule's length
// limit. Quoted runs are taken whole.
func (d *doc) leftBoundary(from, ss, lo int, rule suffixRule) (int, int) {
	v := d.v
	j := from
	for j > lo {
		c := v.r[j-1]
		if c == '”' || c == '"' || c == '’' {
			q := d.openQuote(j-1, lo)
			if q < 0 {
				return j, stopDelim
			}
			j = q
			continue
		}
		if !isNameRune(c) || d.quantifierEnds(j, lo) {
			return j, stopDelim
		}
		if n, _ := lex.breaks.longestBefore(v, j, lo); n > 0 && (n == 1 || !looseHeads[rule.suffix] || j-n == lo || !isNameRune(v.r[j-n-1])) {
			return j, stopBreak
		}
		if c == '为' && j-2 >= lo && v.r[j-2] == '”' {
			return j, stopBreak // “智能充电桩”为赛区提供…: a verb after a quote
		}
		if weakBreaks[c] && !d.andBeauty(j-1) && (strictAnd[rule.typ] || d.sameHeadBefore(j-1, lo, rule.typ)) {
			return j, stopDelim
		}
		if d.townEnds(j, ss, lo, rule) && !(rule.typ == TypeProject && d.allGeneric(j, ss)) || d.hostEnds(j, ss, lo, rule) || rule.typ == TypeTown && d.ringEnds(j, lo) {
			return j, stopDelim
		}
		if ss-j >= rule.max {
			return j, stopLong
		}
		j--
	}
	return j, stopDelim
}

// andBeauty reports the 和 of 和美 (宜居宜业和美乡村), which is a word, not
// a conjunction; 和美丽乡村 is a conjunction before 美丽.
func (d *doc) andBeauty(k int) bool {
	return d.v.r[k] == '和' && d.v.has(k+1, []rune("美")) && !d.v.has(k+1, []rune("美丽"))
}

// roadName checks the name part [s, ss) of a street: it does not end in
// a generic word of two runes (农村路, 城市路 are no names; 中山路 is one,
// though 中 and 山 are generic alone), and a part of four runes places the
// road by a direction (城南东环路), for a verb may lead shorter names
// (疏通外联路).
func (d *doc) roadName(s, ss int) bool {
	if ss-s >= 2 && d.genericWordsOnly(ss-2, ss) {
		return false
	}
	return ss-s < 4 || strings.ContainsRune(directions, d.v.r[ss-2]) || strings.ContainsRune(directions, d.v.r[ss-1])
}

// roadHeads end street names, which are often followed by what is built
// on them (城南东环路市政管网): like towns they need no follower check.
var roadHeads = map[string]bool{"路": true, "街": true, "大街": true}

// looseHeads end registered company names, which may contain any word
// (…供应链管理有限公司): only one-rune break words end them.
var looseHeads = map[string]bool{"有限公司": true, "有限责任公司": true}

// strictAnd are the types whose names never contain 和/与/及: for them
// the conjunction always ends the name.
var strictAnd = map[string]bool{TypeTown: true, TypeEnterprise: true, TypeOrganisation: true, TypeProject: true}

// townEnds reports whether a township or street name ends at j where a
// village, community or facility name should start (X乡|Y村, X镇|Y祠堂),
// but not inside a school or zone name (X镇中学).
func (d *doc) townEnds(j, ss, lo int, rule suffixRule) bool {
	if rule.suffix != "村" && rule.suffix != "社区" && rule.typ != TypeProject {
		return false
	}
	if rule.typ == TypeProject && ss-j < 2 {
		return false
	}
	n, ri := lex.suffix.longestBefore(d.v, j, lo)
	if n == 0 {
		return false
	}
	h := suffixRules[ri]
	return (h.suffix == "镇" || h.suffix == "乡" || h.suffix == "街道") && j-n >= lo+2 &&
		d.suffixFits(h, j-n, j, len(d.v.r)) && isHan(d.v.r[j-n-1]) && isHan(d.v.r[j-n-2])
}

// hostHeads end the names of hosts that a company or facility is written
// right after: parks and zones host companies and projects (…产业园区|京阳公司),
// companies own facilities (卡缦公司|网上毛巾博物馆) but name their projects
// (京阳公司新型线缆项目, see companyProjectHeads).
var hostHeads = map[string]string{"园区": TypeProject, "产业园": TypeProject, "产业园区": TypeProject, "工业园": TypeProject,
	"开发区": TypeTown, "经济开发区": TypeTown, "公司": TypeEnterprise, "集团": TypeEnterprise}

// hostEnds reports whether the name of a host ends at j, so that the
// enterprise or project whose head starts at ss begins there. The part
// after the host must be a name of its own (two runes or more, not only
// generic words): X园区基础设施提升项目 stays whole.
func (d *doc) hostEnds(j, ss, lo int, rule suffixRule) bool {
	if rule.typ != TypeProject && rule.typ != TypeEnterprise {
		return false
	}
	n, ri := lex.suffix.longestBefore(d.v, j, lo)
	if n == 0 || j-n < lo+2 || !isHan(d.v.r[j-n-1]) {
		return false
	}
	host, ok := hostHeads[suffixRules[ri].suffix]
	if !ok || (host == TypeEnterprise && (rule.typ == TypeEnterprise || companyProjectHeads[rule.suffix])) {
		return false
	}
	return ss-j >= 2 && !d.allGeneric(j, ss)
}

// openQuote returns the position of the opening quote matching the closing
// one at i, searching back to lo, or -1.
func (d *doc) openQuote(i, lo int) int {
	want := map[rune]rune{'”': '“', '"': '"', '’': '‘'}[d.v.r[i]]
	for k := i - 1; k >= lo && i-k <= 24; k-- {
		switch d.v.r[k] {
		case want:
			return k
		case '。', ',', ';':
			return -1
		}
	}
	return -1
}

func isNameRune(c rune) bool {
	return isHan(c) || isDigit(c) || isLatin(c) || nameAllowed[c]
}

// quantifierEnds reports whether a number and quantifier end at j (35个).
func (d *doc) quantifierEnds(j, lo int) bool {
	if j-2 < lo || !strings.ContainsRune(quantifiers, d.v.r[j-1]) {
		return false
	}
	p := d.v.r[j-2]
	_, cjk := cjkDigits[p]
	return isDigit(p) || cjk || p == '两' || p == '几' || p == '多' || p == '余'
}

// sameHeadBefore reports whether a head of the given type ends at i.
func (d *doc) sameHeadBefore(i, lo int, typ string) bool {
	n, ri := lex.suffix.longestBefore(d.v, i, lo)
	return n > 0 && suffixRules[ri].typ == typ
}

// classify validates the name [s, e) with head at ss and returns its type.
// Names led by a level prefix (省级…) are titles; 工程 names without a
// construction word are programmes; short names made only of generic words
// are rejected.
func (d *doc) classify(rule suffixRule, s, ss, e int) (string, bool) {
	v := d.v
	if rule.min > 0 && !hasHan(v, s, ss) {
		return "", false
	}
	if rule.max <= 6 && rule.typ != TypePolicy && d.hasBadRune(s, ss) {
		return "", false
	}
	if roadHeads[rule.suffix] {
		if !d.roadName(s, ss) || d.genericWordsOnly(s, ss) {
			return "", false
		}
	} else if rule.min > 0 && (ss-s <= 4 || rule.suffix == "项目" || rule.suffix == "改革") && !properHeads[rule.suffix] && !(rule.min == 1 && ss-s == 1) && d.allGeneric(s, ss) {
		return "", false
	}
	if rule.suffix == "街道" && d.genericWordsOnly(s, ss) {
		return "", false
	}
	if d.amountInside(s, ss) {
		return "", false
	}
	if n, weak := lex.level.longestAt(v, s, e); n > 0 && rule.typ != TypeOrganisation && (weak == 0 || rule.typ != TypeProject) {
		return TypePolicy, true
	}
	if d.ratingInside(s, ss) {
		return TypePolicy, true // 五星级酒店, 国家4A级旅游景区 are ratings
	}
	if rule.typ == TypeProject && ss-s >= 3 && v.r[s] == '“' && v.r[ss-1] == '”' {
		return TypePolicy, true
	}
	if rule.suffix == "工程" && !d.constructionWord(s, ss) {
		return TypePolicy, true
	}
	if rule.suffix == "集团" && d.publicService(s, ss) {
		return TypeOrganisation, true // 区医疗卫生集团: a group of public schools or hospitals
	}
	return rule.typ, true
}

// publicService reports a name part ending in a public service (教育,
// 医疗, 卫生): the group it names is an institution, not a company.
func (d *doc) publicService(s, e int) bool {
	for _, w := range []string{"教育", "医疗", "卫生"} {
		if d.v.hasBefore(e, []rune(w)) && e-len([]rune(w)) >= s {
			return true
		}
	}
	return false
}

func hasHan(v *view, s, e int) bool {
	for i := s; i < e; i++ {
		if isHan(v.r[i]) {
			return true
		}
	}
	return false
}

// ratingInside reports a star or A rating in a name part (五星级, 4A级).
func (d *doc) ratingInside(s, e int) bool {
	for k := s; k+2 < e; k++ {
		c, next := d.v.r[k], d.v.r[k+1]
		if (next == '星' || next == 'A') && d.v.r[k+2] == '级' && (isDigit(c) || cjkDigits[c] > 0) {
			return true
		}
	}
	return false
}

// amountInside reports an amount or a threshold inside a name part
// (10亿元以上项目, 千万元级项目): such phrases classify, they do not name.
func (d *doc) amountInside(s, e int) bool {
	for k := s; k < e; k++ {
		if d.v.has(k, []rune("以上")) || d.v.has(k, []rune("以下")) {
			return true
		}
		if isDigit(d.v.r[k]) && k+1 < e && strings.ContainsRune("亿万元个家", d.v.r[k+1]) {
			return true
		}
	}
	return false
}

// hasBadRune reports digits, quotes or brackets in a short name part
// (Latin letters and ordinals are allowed: PPP项目, 第28中学).
func (d *doc) hasBadRune(s, e int) bool {
	for i := s; i < e; i++ {
		if !isHan(d.v.r[i]) && !isLatin(d.v.r[i]) && !d.ordinalDigit(i, s) {
			return true
		}
	}
	return false
}

// ordinalDigit reports a digit of an ordinal number (第28中学).
func (d *doc) ordinalDigit(i, s int) bool {
	for i > s && isDigit(d.v.r[i]) {
		i--
	}
	return i < len(d.v.r) && d.v.r[i] == '第'
}

// properHeads are heads whose names are often made of ordinary words and
// still name one thing (现代农业产业园, 城关街道).
var properHeads = map[string]bool{"产业园": true, "工业园": true, "科技园": true, "物流园": true, "文化园": true,
	"创意园": true, "创业园": true, "孵化园": true, "度假区": true, "体验区": true, "高铁": true, "物流港": true,
	"大市场": true, "科创中心": true, "街道": true, "研究院": true, "实验室": true, "商贸城": true, "商城": true,
	"配件城": true, "部": true, "突破年": true, "推进年": true, "提升年": true, "深化年": true, "攻坚年": true,
	"规范年": true, "管理年": true, "落实年": true}

// allGeneric reports whether [s, e) splits entirely into generic words.
func (d *doc) allGeneric(s, e int) bool { return d.segments(s, e, 1) }

// genericWordsOnly is allGeneric with words of two runes or more only, for
// heads such as 街道 whose names are often two plain characters (城关街道)
// but not two plain words (主要街道, 城区街道).
func (d *doc) genericWordsOnly(s, e int) bool { return d.segments(s, e, 2) }

// segments reports whether [s, e) splits into generic words of at least
// minLen runes, by dynamic programming from the right: O(n·k) for n runes
// and words of at most k runes.
func (d *doc) segments(s, e, minLen int) bool {
	n := e - s
	if n <= 0 {
		return true
	}
	var buf [64]bool
	ok := buf[:]
	if n+1 > len(buf) {
		ok = make([]bool, n+1)
	}
	ok[n] = true
	for i := n - 1; i >= 0; i-- {
		node := lex.generic
		if c := d.v.r[s+i]; c == '“' || c == '”' {
			ok[i] = ok[i+1] // “两高”项目: quotes do not make a name
			continue
		}
		if node.skip(d.v.r[s+i]) {
			continue
		}
		for k := s + i; k < e; k++ {
			node = node.child(d.v.r[k])
			if node == nil {
				break
			}
			if node.val > 0 && k-(s+i)+1 >= minLen && ok[k-s+1] {
				ok[i] = true
				break
			}
		}
	}
	return ok[0]
}

// constructionWords mark a 工程 that is built rather than run as a
// programme.
var constructionWords = wordSet([]string{"大街", "街", "延", "建设", "改造", "调水", "水利", "道路", "管网", "供水", "修缮", "保护利用",
	"治理", "输变电", "污水", "河", "渠", "桥", "路", "水库", "电站", "供热", "搬迁", "安置", "扩建", "新建", "一期",
	"二期", "三期", "生态补水", "绿化", "工业", "厂", "线", "光伏", "风电", "管廊", "排水", "防涝", "引水", "调蓄",
	"修复", "恢复", "国道", "省道", "铁路", "穿越", "置换", "遗址", "设施", "保护区", "水源", "雨水"})

func (d *doc) constructionWord(s, e int) bool {
	for i := s; i < e; i++ {
		if n, _ := constructionWords.longestAt(d.v, i, e); n > 0 {
			return true
		}
	}
	return false
}

// scanQuotes finds quoted names (“…”) in sentence si that no head
// follows: programmes, brands and slogans written in quotes.
func (d *doc) scanQuotes(si int) []cand {
	v := d.v
	st := d.sents[si]
	var out []cand
	lastEnd := -1
	for i := st.s; i < st.e; i++ {
		if v.r[i] == '《' {
			if j := d.closeTitle(i, st.e); j > i+2 {
				typ := TypePolicy
				switch {
				case d.v.r[j-1] == '报' || d.v.hasBefore(j, []rune("杂志")):
					typ = TypeOrganisation
				case d.v.r[j-1] == '志' || d.v.index(i, j, []rune("年鉴")) >= 0:
					typ = TypeProject // a gazetteer or yearbook is a work compiled
				}
				out = append(out, cand{s: i + 1, e: j, typ: typ, sent: si})
				i = j
			}
			continue
		}
		if v.r[i] != '“' {
			continue
		}
		j := d.quoteEnd(i, st.e)
		if j < 0 {
			continue
		}
		chained := lastEnd >= 0 && (i == lastEnd || (i == lastEnd+1 && strings.ContainsRune("、和与及", v.r[lastEnd])))
		if d.quoteIsName(i+1, j) && (chained || d.quoteContext(i, j+1, st) || d.quoteRun(i, st.e) >= 3) && !d.shunned(i+1, st.s) {
			out = append(out, cand{s: i + 1, e: j, typ: TypePolicy, sent: si})
			lastEnd = j + 1
		}
		i = j
	}
	return out
}

// quoteEnd returns the closing quote of the quote opened at i, or -1: a
// quoted run is short, but a formula joined by + may be long
// (“区域评估+…+代办制+先建后验”改革).
func (d *doc) quoteEnd(i, end int) int {
	plus := false
	for j := i + 1; j < end && j-i <= maxPlusQuote+1; j++ {
		switch d.v.r[j] {
		case '”':
			if j-i-1 > maxQuote && !plus {
				return -1
			}
			return j
		case '“':
			return -1
		case '+':
			plus = true
		}
	}
	return -1
}

// maxQuote and maxPlusQuote bound quoted names in runes: the words of a
// name, and the parts of a formula joined by +.
const (
	maxQuote     = 15
	maxPlusQuote = 26
)

// quoteRun counts the quoted runs written back to back from i (“纸品贷”
// “电力贷”“果脯贷”): three or more are a list of names.
func (d *doc) quoteRun(i, end int) int {
	n := 0
	for i < end && d.v.r[i] == '“' {
		j := d.quoteEnd(i, end)
		if j < 0 {
			break
		}
		n++
		i = j + 1
	}
	return n
}

// quoteBefore and quoteAfter are the words around a quoted run that make
// it the name of a programme, brand, campaign or title rather than a
// figure of speech.
var (
	quoteBefore = reverseSet([]string{"实施", "开展", "推行", "打造", "创建", "争创", "深化", "落实", "推进", "擦亮",
		"实行", "获评", "入选", "荣获", "评为", "认定为", "践行", "建设", "探索", "推广", "建立", "完善", "以", "遴选",
		"启动", "举办", "承办", "参加", "组织", "申请", "发放", "出台", "巩固", "持续", "新一轮", "全面", "坚持", "叫响",
		"全国", "全省", "省级", "市级", "国家级", "做好", "抓好", "推动", "运用", "开通", "上线", "创新", "构建", "助力",
		"建成", "用好"})
	quoteAfter = wordSet([]string{"行动", "品牌", "试点", "建设", "改革", "工程", "机制", "模式", "服务", "政策",
		"活动", "专项", "工作", "创建", "为抓手", "专员", "系列", "登记", "提升", "计划", "示范", "平台", "要求",
		"理念", "战略", "制度", "体系", "专班", "产品", "标准", "认证", "直播间"})
)

// quoteContext accepts a quote [q, e) (quotes included) led or followed by
// a programme word. 以“…” leads a name only when a 为 follows (以“三清”治理为重点);
// 以“钉钉子”精神 and 以“数治”提升 are figures of speech, as is any quote
// followed by a word of manner (精神, 态度, 文章 …).
func (d *doc) quoteContext(q, e int, st sentence) bool {
	if n, _ := quoteFigures.longestAt(d.v, e, st.e); n > 0 {
		return false
	}
	n, _ := quoteBefore.longestBefore(d.v, q, st.s)
	if n == 1 && d.v.r[q-1] == '以' {
		return d.v.index(e, d.clauseEnd(e, st.e), []rune("为")) >= 0
	}
	if ce := min(d.clauseEnd(e, st.e), e+maxLaunched); d.v.index(e, ce, []rune("上线")) >= 0 {
		return true // “政小满”一站式诊断服务平台上线运营: a service launched
	}
	if e < st.e && d.v.r[e] == '等' {
		e++ // “燕赵英才卡”等政策
	}
	if a, _ := quoteAfter.longestAt(d.v, e, st.e); a > 0 {
		return true
	}
	return n > 0
}

// maxLaunched bounds the words between a quoted service and 上线.
const maxLaunched = 14

// clauseEnd returns the first comma or colon at or after i, or end.
func (d *doc) clauseEnd(i, end int) int {
	for ; i < end; i++ {
		if d.v.r[i] == ',' || d.v.r[i] == ':' {
			return i
		}
	}
	return end
}

// quoteFigures follow a quoted word used figuratively: 以“钉钉子”精神,
// 做好“土特产”文章.
var quoteFigures = wordSet([]string{"精神", "态度", "思想", "办法", "思维", "文章", "意识", "作风", "劲头"})

// closeTitle returns the position of the 》 closing the 《 at i, or -1;
// titles of plans, rules and schemes are programmes.
func (d *doc) closeTitle(i, end int) int {
	for k := i + 1; k < end && k-i <= 40; k++ {
		switch d.v.r[k] {
		case '》':
			return k
		case '《', '。':
			return -1
		}
	}
	return -1
}

// quoteIsName accepts a quoted run of 2-14 runes (longer formulas joined
// by +) that is mostly Han, not a political formula and not an ordinary
// word used figuratively.
func (d *doc) quoteIsName(s, e int) bool {
	if e-s < 2 || e-s > 14 && !(e-s <= maxPlusQuote && d.v.index(s, e, []rune("+")) >= 0) {
		return false
	}
	han := 0
	for i := s; i < e; i++ {
		c := d.v.r[i]
		if isHan(c) || isDigit(c) || isLatin(c) {
			han++
		} else if c == '。' || c == ';' || c == ':' {
			return false
		}
	}
	if n, _ := lex.quoted.longestAt(d.v, s, e); n == e-s {
		return false
	}
	if e-s <= 4 && (d.v.r[e-1] == '化' || d.v.r[e-1] == '式') {
		return false // a manner, not a name: “数智化”, “台账式”
	}
	return han*2 >= e-s
}
