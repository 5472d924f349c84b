package extract

import (
	"strconv"
	"strings"
)

// Indicator measures.
const (
	MeasureLevel  = "level"
	MeasureGrowth = "growth"
	MeasureShare  = "share"
	MeasureCount  = "count"
)

// units maps unit words to whether they count things.
var units = map[string]bool{
	"亿元": false, "万元": false, "元": false, "亿": false, "美元": false, "万美元": false, "亿美元": false,
	"%": false, "‰": false, "个百分点": false, "倍": false, "亿斤": false, "万斤": false, "斤": false,
	"亩": false, "万亩": false, "公里": false, "千米": false, "米": false, "平方米": false, "万平方米": false,
	"公顷": false, "平方公里": false, "万平方公里": false, "公斤": false, "千克": false, "吨": false, "万吨": false, "蒸吨": false, "千瓦": false, "万千瓦": false, "兆瓦": false,
	"立方米": false, "万立方米": false, "万人次": false, "人次": false, "千瓦时": false, "万千瓦时": false,
	"人": true, "万人": true, "名": true, "个": true, "家": true, "万家": true, "户": true, "万户": true,
	"项": true, "场": true, "场次": true, "次": true, "所": true, "处": true, "台": true, "套": true, "张": true,
	"件": true, "条": true, "座": true, "批": true, "批次": true, "对": true, "天": true, "辆": true, "头": true,
	"万头": true, "只": true, "株": true, "万株": true, "宗": true, "块": true, "间": true, "栋": true, "所次": true,
	"架次": true, "余人": true, "大": true, "类": true, "支": true, "部": true, "篇": true, "位": true, "例": true,
	"万只": true, "万套": true, "万台": true, "万辆": true, "万个": true, "起": true, "眼": true, "个月": true,
}

var unitTrie = func() *trie {
	t := newTrie()
	for u := range units {
		t.add([]rune(u), 0)
	}
	return t
}()

var (
	growthVerbs   = reverseSet([]string{"增长", "增加", "提高", "下降", "减少", "提升", "增速", "缩短", "高于", "降低", "增长了", "提高了", "下降了", "增幅", "高出", "增", "降"})
	levelVerbs    = reverseSet([]string{"提高到", "增加到", "增长到", "提升到", "下降到", "降低到", "达到", "稳定在", "保持在", "控制在"})
	qualBefore    = reverseSet([]string{"突破", "超过", "超", "不低于", "不少于", "近", "约", "逾", "达"})
	qualAfter     = wordSet([]string{"以上", "左右", "以内", "以下", "多"})
	nameStripHead = wordSet([]string{"预计", "全年", "年内", "其中", "或", "力争", "确保", "实现", "完成", "累计", "共", "今年", "同比", "当年",
		"启动", "大力", "谋划", "实施", "谋划实施", "大力实施", "积极", "全力"})
	nameStripTail = reverseSet([]string{"实现", "完成", "达到", "达", "增长", "增加", "提高", "提高到", "提升", "下降", "减少",
		"为", "突破", "超过", "稳定在", "保持在", "控制在", "同比", "较年初", "较上年", "比上年", "分别", "累计", "共", "预计",
		"约", "近", "超", "不低于", "不少于", "增速", "高于", "占", "的", "连年", "持续", "达到了", "完成了", "实现了", "全市",
		"较去年同期", "较去年", "可比", "按可比价计算", "增长率", "保持", "稳定", "逾", "年均", "平均", "均", "增加到",
		"提升到", "是", "高出", "较", "比", "从", "由", "提高了", "增长了", "下降了", "增加了", "减少了", "降低了"})
	// clauseVerbs end the subject of a clause inside a name phrase: the
	// quantity is named by what follows (高质量完成省市108项改革任务 → 改革任务).
	clauseVerbs = reverseSet([]string{"完成", "实现", "实施", "开展", "组织", "推动", "落实", "撬动",
		"解决", "招引", "争取", "发放", "推进", "建成", "打造"})
	// measureNouns name a measure of the thing counted just before
	// (新增市场主体2537家,总数达到20179家 → 市场主体总数).
	measureNouns = map[string]bool{"总量": true, "总数": true, "总额": true, "总计": true, "合计": true, "总规模": true}
)

// number is a parsed number in the text.
type number struct {
	s, e      int // rune range of the digits (and range upper bound)
	value     float64
	valueMax  *float64
	unit      string
	ue        int // end of unit and trailing qualifier
	qualifier string
	year      int    // the year the text gives the quantity, or 0
	measure   string // the measure the text gives the quantity, or ""
}

// named is a quantity's name: the text range it was read from and the
// name itself (which may be composed).
type named struct {
	span [2]int
	name string
}

// indicators reads every quantity of sentence si.
func (x *extraction) indicators(si int) {
	d := x.d
	st := d.sents[si]
	if year, _, _ := d.sentYear(si); year == 0 {
		return
	}
	var prev []named // the names of the earlier quantities
	bound, ratio := st.s, ""
	for i := st.s; i < st.e; i++ {
		if !isDigit(d.v.r[i]) || (i > st.s && (isDigit(d.v.r[i-1]) || d.v.r[i-1] == '.')) {
			continue
		}
		if e, base := x.ratio(si, i, bound, ratio); e > i {
			i, bound, ratio = e-1, e, base
			continue
		}
		num, ok := d.readNumber(i, st)
		if !ok {
			continue
		}
		i = num.ue - 1
		if len(prev) > 0 && num.s == bound+1 && strings.ContainsRune("、和", d.v.r[bound]) {
			num.measure = x.inds[len(x.inds)-1].Measure // 下降39.41%、23.38%: both decreases
		}
		q := d.quantityName(num, bound, st, prev)
		if q.span[1] <= q.span[0] {
			continue
		}
		if q.name == "" && len(prev) > 0 {
			q.name = ellipticName(d.v.str(q.span[0], q.span[1]), prev[len(prev)-1].name)
		}
		if q.name == "" && len(prev) > 0 && q.span[0] > st.s && d.v.r[q.span[0]-1] == '、' {
			q.name = listedShortName(d.v.str(q.span[0], q.span[1]), prev[len(prev)-1].name)
		}
		if q.name == "" && q.span[1]-q.span[0] <= 2 {
			q.name = d.shortName(q.span, st)
		}
		q.name = x.makeIndicator(si, num, q.span, q.name)
		for _, other := range d.sharedNames(q.span, num) {
			x.makeIndicator(si, num, other, "")
		}
		prev = append(prev, q)
		bound = num.ue
	}
	x.streaks(si)
}

// quantityName finds the name of a quantity: the phrase before it, the
// noun after it (counts), the n-th name of a 分别 list, or the name of the
// previous quantity (同比增长6%). A composed name is returned for amounts
// invested in what follows them (投资37亿元的6个项目 → 项目…投资).
func (d *doc) quantityName(num number, bound int, st sentence, prev []named) named {
	ns, ne := d.indicatorName(bound, num.s, st)
	as, ae := d.nameAfter(num.ue, st.e)
	if ae <= as && num.ue < st.e && isDigit(d.v.r[num.ue]) {
		as, ae = d.nameAfter(d.countEnd(num.ue, st.e), st.e) // 173户349人稳定脱贫: both counts
	}
	if is := d.afterVerb(ns, ne); ne > ns && investWords[d.v.str(is, ne)] {
		if q, ok := d.investName(num, is, ne, st, prev); ok {
			return q
		}
	}
	if ae > as && ne > ns && d.v.hasBefore(ne, []rune("投资")) && d.v.r[num.ue] == '的' {
		return named{[2]int{as, ae}, d.v.str(as, ae) + "投资"}
	}
	adjacent := ne <= ns && num.s == bound && len(prev) > 0 // 636户1443人: the same name
	if ae > as && !adjacent && d.preferAfter(num, ns, ne) {
		if d.v.has(as, []rune("项目")) && ae-as > 3 && (startsBreak(d, as+2, ae) || startsStatus(d, as+2, ae)) {
			return named{[2]int{as, ae}, d.v.str(as+2, ae) + "项目"} // 25个项目开工 → 开工项目
		}
		ns, ne = as, ae
	}
	if measureNouns[d.v.str(ns, ne)] && len(prev) > 0 {
		return named{[2]int{ns, ne}, trimLead(prev[len(prev)-1].name) + d.v.str(ns, ne)}
	}
	if rs, re, name := d.respectiveName(num, st); re > rs {
		return named{[2]int{rs, re}, name}
	}
	if ne <= ns && len(prev) > 0 {
		k := len(prev) - 1
		if d.v.index(max(st.s, num.s-maxLookBack), num.s, []rune("分别")) >= 0 {
			k = d.respectiveIndex(prev, st, num.s)
		}
		return prev[k]
	}
	return named{[2]int{ns, ne}, ""}
}

// afterVerb returns where [s, e) starts after a leading verb (推动总投资
// → 总投资), or s.
func (d *doc) afterVerb(s, e int) int {
	if n, _ := lex.breaksF.longestAt(d.v, s, e); n > 0 && s+n < e {
		return s + n
	}
	return s
}

// investWords name an amount invested without saying in what.
var investWords = map[string]bool{"投资": true, "总投资": true, "投入": true, "完成投资": true}

// investName names an amount invested by what it is invested in: the
// works after it (投资1100万元新建污水管线 → 新建污水管线投资; 投资1.2亿元完成
// 16个老旧小区… → 老旧小区…投资), the projects of a list closed after it
// (总投资53亿元的A、B等10个项目竣工 → 竣工项目总投资), or, at the end of a
// clause, the quantity before it (开工项目57个,完成投资34.8亿元).
func (d *doc) investName(num number, ns, ne int, st sentence, prev []named) (named, bool) {
	word := d.v.str(ns, ne)
	ce := d.clauseEnd(num.ue, st.e)
	if tail, ok := d.listTailName(num.ue, ce); ok {
		return named{[2]int{ns, ne}, tail + word}, true
	}
	s := num.ue
	if s < ce && d.v.r[s] == '的' {
		s++
	}
	if n, _ := worksVerbsF.longestAt(d.v, s, ce); n > 0 && s+n < ce && isDigit(d.v.r[s+n]) {
		s = d.countEnd(s+n, ce) // 完成16个老旧小区…: the works, not the count
	}
	as, ae := d.worksAfter(s, ce)
	if ae-as >= 2 {
		return named{[2]int{as, ae}, d.v.str(as, ae) + word}, true
	}
	if s >= ce && len(prev) > 0 {
		return named{[2]int{ns, ne}, prev[len(prev)-1].name + word}, true
	}
	return named{}, false
}

// worksAfter returns the Han run (with dashes inside: 海—宝农村公路) after
// an amount, up to a number, delimiter or status word.
func (d *doc) worksAfter(s, end int) (int, int) {
	if d.v.has(s, []rune("完成")) {
		s += 2
		if d.v.has(s, []rune("了")) {
			s++
		}
	}
	e := s
	for e < end && e-s < maxAfterName+4 {
		c := d.v.r[e]
		if !isHan(c) && !(c == '—' && e > s && e+1 < end && isHan(d.v.r[e+1])) || e > s && d.worksStop(e, end) {
			break
		}
		e++
	}
	return s, e
}

// worksStop reports what ends the name of works after an amount: a status
// word or an adverb (成功签约, 即将建成, 全速推进, 主体完工).
func (d *doc) worksStop(e, end int) bool {
	if startsStatus(d, e, end) || d.v.has(e, []rune("主体")) || d.v.has(e, []rune("即将")) || d.v.has(e, []rune("全速")) {
		return true
	}
	n, _ := adverbs.longestAt(d.v, e, end)
	return n >= 2
}

// listTailName reads "…等N个项目<status>" in [s, e) and returns
// "<status>项目", the name of the projects a list stands for.
func (d *doc) listTailName(s, e int) (string, bool) {
	k := d.v.index(s, e, []rune("等"))
	if k < 0 {
		return "", false
	}
	j := k + 1
	for j < e && isDigit(d.v.r[j]) {
		j++
	}
	if j == k+1 || !d.v.has(j, []rune("个项目")) {
		return "", false
	}
	t := j + 3
	n, _ := statusTrie.longestAt(d.v, t, e)
	if n == 0 {
		return "", false
	}
	return d.v.str(t, t+n) + "项目", true
}

// countEnd returns the end of the number and quantifier at i (349人).
func (d *doc) countEnd(i, end int) int {
	i = d.digitsEnd(i, end)
	if n, _ := unitTrie.longestAt(d.v, i, end); n > 0 {
		return i + n
	}
	return i
}

// trimLead drops the verb that opens a count's name (新增市场主体 →
// 市场主体).
func trimLead(name string) string {
	for _, w := range []string{"新增", "累计", "全年", "新培育", "培育"} {
		name = strings.TrimPrefix(name, w)
	}
	return name
}

// sharedNames returns, for "A、B均增长16%", the names listed before the
// one a quantity was given (A for B).
func (d *doc) sharedNames(span [2]int, num number) [][2]int {
	if d.v.index(span[1], num.s, []rune("均")) < 0 {
		return nil
	}
	var out [][2]int
	e := span[0] - 1
	for e > 0 && d.v.r[e] == '、' {
		s := e
		for s > 0 && isHan(d.v.r[s-1]) && e-s < 12 {
			s--
		}
		if e-s < 2 {
			break
		}
		if n, _ := nameStripHead.longestAt(d.v, s, e); n > 0 {
			s += n
		}
		out = append(out, [2]int{s, e})
		e = s - 1
		if e < 0 {
			break
		}
	}
	return out
}

// respectiveName handles "A、B分别达到17家、48家" and lists of numbers
// without 分别 ("刑事发案率、治安受案率同比下降39.41%、23.38%"): the n-th
// number of the list belongs to the n-th name before it. A single 城乡…
// name stands for 城镇… and 农村…; short names share the tail of the last
// one (城市、农村居民…标准 → 城市居民…标准). It returns the name's range and
// its composed name, or an empty range when the clause has no such list.
func (d *doc) respectiveName(num number, st sentence) (int, int, string) {
	v := d.v
	at := num.s
	cs := at
	for cs > st.s && v.r[cs-1] != ',' && v.r[cs-1] != ';' && at-cs < maxLookBack {
		cs--
	}
	p := v.index(cs, at, []rune("分别"))
	if p < 0 {
		if p = d.numberListStart(at, cs); p == at && !d.numberListNext(num.ue, st.e) {
			return at, at, ""
		}
	}
	items := d.listedNames(cs, p)
	nth := 0
	for k := p; k < at; k++ {
		if v.r[k] == '、' || v.r[k] == '和' {
			nth++
		}
	}
	if len(items) == 1 && nth < 2 && v.has(items[0][0], []rune("城乡")) {
		it := items[0]
		return it[0], it[1], []string{"城镇", "农村"}[nth] + v.str(it[0]+2, it[1])
	}
	if len(items) < 2 || nth >= len(items) {
		return at, at, ""
	}
	it, last := items[nth], items[len(items)-1]
	if n := it[1] - it[0]; nth < len(items)-1 && n <= 2 && last[1]-last[0] > n+2 {
		return it[0], it[1], v.str(it[0], it[1]) + v.str(last[0]+n, last[1])
	}
	return it[0], it[1], ""
}

// listedNames splits [s, e) at 、 and 和 into names without leading
// adverbs or trailing verbs.
func (d *doc) listedNames(s, e int) [][2]int {
	var items [][2]int
	a := s
	for k := s; k <= e; k++ {
		if k == e || d.v.r[k] == '、' || d.v.r[k] == '和' {
			b := d.stripNameTail(a, k)
			items = append(items, [2]int{d.stripNameHead(a, b), b})
			a = k + 1
		}
	}
	return items
}

// numberListStart returns the start of the list of numbers joined by 、
// or 和 that ends with the number at at (39.41%、23.38%), or at.
func (d *doc) numberListStart(at, lo int) int {
	v := d.v
	for at-2 > lo && (v.r[at-1] == '、' || v.r[at-1] == '和') {
		k := at - 2
		for k > lo && at-1-k <= 4 && !isDigit(v.r[k]) && isUnitRune(v.r[k]) {
			k--
		}
		if !isDigit(v.r[k]) {
			break
		}
		for k > lo && (isDigit(v.r[k-1]) || v.r[k-1] == '.') {
			k--
		}
		at = k
	}
	return at
}

// numberListNext reports whether another number follows the quantity
// ending at ue, joined by 、 or 和.
func (d *doc) numberListNext(ue, end int) bool {
	return ue+1 < end && (d.v.r[ue] == '、' || d.v.r[ue] == '和') && isDigit(d.v.r[ue+1])
}

// isUnitRune reports a rune that may end a quantity's unit or qualifier.
func isUnitRune(c rune) bool {
	return c == '%' || c == '‰' || (isHan(c) && !strings.ContainsRune("的和与及在为是", c))
}

// respectiveIndex picks, for "A、B…分别增长X、Y", the earlier quantity
// whose name the n-th number after 分别 takes: the n-th distinct name.
func (d *doc) respectiveIndex(prev []named, st sentence, at int) int {
	nth := 0
	for k := at - 1; k > st.s && d.v.r[k] != ',' && at-k < maxLookBack; k-- {
		if d.v.r[k] == '、' || d.v.r[k] == '和' {
			nth++
		}
	}
	var distinct []int
	for k := range prev {
		if k == 0 || prev[k] != prev[k-1] {
			distinct = append(distinct, k)
		}
	}
	if nth < len(distinct) {
		return distinct[nth]
	}
	return len(prev) - 1
}

// readNumber parses the number at i with its range, unit and qualifier,
// rejecting years, dates, ranks, codes (5G, PM2.5) and section numbers.
func (d *doc) readNumber(i int, st sentence) (number, bool) {
	v := d.v
	j := d.digitsEnd(i, st.e)
	if (i > st.s && strings.ContainsRune("第+(·:/", v.r[i-1])) || (i > st.s && isLatin(v.r[i-1])) || j >= st.e {
		return number{}, false
	}
	next := v.r[j]
	if isLatin(next) || strings.ContainsRune("年月日号届期岁·:/+.、)", next) {
		return number{}, false
	}
	val, err := strconv.ParseFloat(string(v.r[i:j]), 64)
	if err != nil {
		return number{}, false
	}
	n := number{s: i, e: j, value: val}
	if strings.ContainsRune("-—~至到", next) && j+1 < st.e && isDigit(v.r[j+1]) {
		k := d.digitsEnd(j+1, st.e)
		if mx, err := strconv.ParseFloat(string(v.r[j+1:k]), 64); err == nil {
			n.valueMax = &mx
			n.e = k
		}
	}
	if !d.readUnit(&n, st) || d.threshold(n, st) {
		return number{}, false
	}
	if q := qualBefore.shortestBefore(v, i, st.s); q > 0 && n.qualifier == "" {
		n.qualifier = v.str(i-q, i)
	}
	return n, true
}

// threshold reports an amount of money with 以上 or 以下 written right
// before a noun (10亿元以上项目, 10万元以上村占47%): it classes what follows
// and is no quantity of its own.
func (d *doc) threshold(n number, st sentence) bool {
	if (n.qualifier != "以上" && n.qualifier != "以下") || !strings.HasSuffix(n.unit, "元") || n.ue >= st.e {
		return false
	}
	c := d.v.r[n.ue]
	return isHan(c) && !strings.ContainsRune("的和与及", c) && !d.breakBefore(n.ue+1, n.ue) && !startsBreak(d, n.ue, st.e)
}

// thresholdAt reports an amount of money with 以上 or 以下 starting at s
// inside a name (10亿元以上项目).
func (d *doc) thresholdAt(s, e int) bool {
	k := d.digitsEnd(s, e)
	if k == s {
		return false
	}
	if k < e && (d.v.r[k] == '万' || d.v.r[k] == '亿') {
		k++
	}
	return d.v.has(k, []rune("元以上")) || d.v.has(k, []rune("元以下"))
}

// startsStatus reports a status word starting at i (竣工, 加速建设).
func startsStatus(d *doc, i, end int) bool {
	n, _ := statusTrie.longestAt(d.v, i, end)
	return n > 0
}

// startsBreak reports a break word starting at i.
func startsBreak(d *doc, i, end int) bool {
	n, _ := lex.breaksF.longestAt(d.v, i, end)
	return n > 0
}

// digitsEnd returns the end of the decimal number starting at i.
func (d *doc) digitsEnd(i, end int) int {
	for i < end && (isDigit(d.v.r[i]) || (d.v.r[i] == '.' && i+1 < end && isDigit(d.v.r[i+1]))) {
		i++
	}
	return i
}

// readUnit reads the unit after a number (3.1万余人 → 万人, qualifier 余)
// and a trailing qualifier (以上, 左右). Index values (综合指数4.80) have no
// unit. It reports false when there is no unit.
func (d *doc) readUnit(n *number, st sentence) bool {
	v := d.v
	u := n.e
	if u < st.e && (v.r[u] == '余' || v.r[u] == '多') {
		n.qualifier = string(v.r[u])
		u++
	}
	switch un, _ := unitTrie.longestAt(v, u, st.e); {
	case u+1 < st.e && (v.r[u] == '万' || v.r[u] == '亿') && v.r[u+1] == '余':
		n.qualifier = "余"
		un, _ := unitTrie.longestAt(v, u+2, st.e)
		if un == 0 {
			return false
		}
		n.unit = string(v.r[u]) + v.str(u+2, u+2+un)
		n.ue = u + 2 + un
	case un > 0:
		n.unit = v.str(u, u+un)
		n.ue = u + un
	case v.hasBefore(n.s, []rune("指数")) || v.hasBefore(n.s, []rune("系数")):
		n.ue = u
	default:
		return false
	}
	if q, _ := qualAfter.longestAt(v, n.ue, st.e); q > 0 {
		n.qualifier = v.str(n.ue, n.ue+q)
		n.ue += q
	}
	return true
}

// indicatorName returns the noun phrase before a number: from the last
// delimiter (or the previous quantity) to the number, without verbs.
func (d *doc) indicatorName(bound, at int, st sentence) (int, int) {
	v := d.v
	s := at
	for s > bound && s > st.s {
		c := v.r[s-1]
		if strings.ContainsRune(",、;:()", c) || (s == at && (c == '和' || c == '及')) {
			break
		}
		s--
	}
	e := d.stripNameTail(s, at)
	s = d.afterClauseVerb(s, e)
	s = d.stripNameHead(s, e)
	for s < e && !isHan(v.r[s]) && v.r[s] != '“' && !d.thresholdAt(s, e) {
		s++
	}
	if !hasHan(v, s, e) {
		return s, s
	}
	return s, e
}

// afterClauseVerb returns where a name starts after the last clause verb
// or example list (…临时用地等供地 → 供地) inside [s, e), or s.
func (d *doc) afterClauseVerb(s, e int) int {
	for k := e - 1; k > s; k-- {
		if d.v.r[k-1] == '等' && k-1 > s && e-k >= 3 {
			return k
		}
		if n, _ := clauseVerbs.longestBefore(d.v, k, s); n > 0 && k-n > s && e-k != 1 && !d.v.has(k, []rune("投资")) {
			return k // but 完成投资 is a measure (省市重点项目完成投资76.2亿元), 建成区 a noun
		}
	}
	return s
}

// stripNameTail drops verbs, adverbs and years from the end of a name
// phrase (全区生产总值实现 → 全区生产总值).
func (d *doc) stripNameTail(s, e int) int {
	for changed := true; changed && e > s; {
		changed = false
		if e-5 >= s {
			if _, ok := yearAt(d.v, e-5); ok {
				e -= 5
				changed = true
				continue
			}
		}
		if n, _ := nameStripTail.longestBefore(d.v, e, s); n > 0 {
			e -= n
			changed = true
		}
	}
	return e
}

// stripNameHead drops leading adverbs and years (预计, 全年, 2023年).
func (d *doc) stripNameHead(s, e int) int {
	for changed := true; changed && s < e; {
		changed = false
		if n, _ := nameStripHead.longestAt(d.v, s, e); n > 0 {
			s += n
			changed = true
		}
		if _, ok := yearAt(d.v, s); ok && s+5 <= e {
			s += 5
			changed = true
		}
		if _, ok := yearAt(d.v, s+1); ok && (d.v.r[s] == '到' || d.v.r[s] == '至') && s+6 <= e {
			s += 6
			changed = true
		}
	}
	return s
}

// maxLookBack bounds the backward scans for 分别 lists, so that a huge
// sentence without punctuation costs linear time.
const maxLookBack = 200

// maxAfterName bounds a name read after its number.
const maxAfterName = 12

// nameAfter returns the noun after a count ("26个省市重点项目完成…"): the
// run of Han characters (quotes allowed) up to a delimiter, a number or a
// preposition.
func (d *doc) nameAfter(s, end int) (int, int) {
	if s < end && d.v.r[s] == '的' {
		s++
		k := s
		for k < end && isDigit(d.v.r[k]) {
			k++
		}
		if k > s && k < end && strings.ContainsRune(quantifiers, d.v.r[k]) {
			s = k + 1 // 投资37亿元的6个项目: the projects
		}
	}
	e := s
	for e < end && e-s < maxAfterName {
		c := d.v.r[e]
		if !isHan(c) && !isLatin(c) && c != '“' && c != '”' || strings.ContainsRune("向对将在为把与和及", c) {
			break
		}
		e++
	}
	if e-s < 2 {
		return s, s
	}
	return s, e
}

// preferAfter decides whether a quantity is named by the noun after it
// (组织4次重点项目集中开工) rather than the phrase before it: when the
// phrase before is empty, a bare verb or adverb (at most three runes), or
// ends a list with 等.
func (d *doc) preferAfter(n number, ns, ne int) bool {
	if ne <= ns || ne-ns <= 3 {
		return true
	}
	if units[n.unit] && n.s == ne && d.verbEnds(ne, ns) {
		return true // 高标准改造6条背街小巷: the streets are counted
	}
	c := d.v.r[ne-1]
	return strings.ContainsRune("等和及向对把将为与", c) || (n.s > 0 && d.v.r[n.s-1] == '的' && !d.yearOf(n.s-1))
}

// verbEnds reports a verb of works of two runes or more ending at e.
func (d *doc) verbEnds(e, lo int) bool {
	n, _ := worksVerbs.longestBefore(d.v, e, lo)
	return n > 0
}

// worksVerbs end the phrase before a count of things worked on, and
// start the works an amount is invested in (worksVerbsF).
var (
	worksVerbList = []string{"改造", "新建", "新改建", "改建", "建成", "完成", "实施", "打造", "创建", "关停", "拆除", "整治", "修复", "新增"}
	worksVerbs    = reverseSet(worksVerbList)
	worksVerbsF   = wordSet(worksVerbList)
)

// yearOf reports "YYYY年" ending at i (从2022年的92万元: the year of 92).
func (d *doc) yearOf(i int) bool {
	if i < 5 {
		return false
	}
	_, ok := yearAt(d.v, i-5)
	return ok
}

// ellipticName completes a name that is only a level (创建省级X示范村5个、
// 市级13个 → 市级X示范村) from the previous name, or returns "".
func ellipticName(name, prev string) string {
	if !levelWords[name] {
		return ""
	}
	for w := range levelWords {
		if i := strings.Index(prev, w); i >= 0 && w != name {
			return prev[:i] + name + prev[i+len(w):]
		}
	}
	return ""
}

// listedShortName completes a name of one or two runes listed after an
// earlier quantity (接收安置转业士官131人、军官6人 → 接收安置转业军官; 新改建…
// 口袋公园12处、公厕9座): it takes the earlier name's head in place of the
// earlier name's last runes. It returns "" for longer names.
func listedShortName(name, prev string) string {
	n, p := []rune(name), []rune(prev)
	if len(n) > 2 || len(p) < len(n)+3 {
		return ""
	}
	return string(p[:len(p)-len(n)]) + name
}

// shortName completes a name of one or two runes that the text around it
// qualifies: the quoted names written before it (“甲对接”“乙助企”(2)
// 活动14次 → “甲对接”“乙助企”活动), or the works verb that closes
// the list it opens (40条道路、…4座桥梁建设 → 道路建设). It returns "" when
// there is neither.
func (d *doc) shortName(span [2]int, st sentence) string {
	s, e := span[0], span[1]
	name := d.v.str(s, e)
	k := s
	if k > st.s && d.v.r[k-1] == ')' {
		for k > st.s && d.v.r[k-1] != '(' && s-k < 4 {
			k--
		}
		k--
	}
	q := k
	for q > st.s && d.v.r[q-1] == '”' {
		if o := d.openQuote(q-1, st.s); o >= 0 {
			q = o
			continue
		}
		break
	}
	if q < k {
		return d.v.str(q, k) + name
	}
	if e < st.e && d.v.r[e] == '、' {
		ce := d.clauseEnd(e, st.e)
		if n, _ := listVerbs.longestBefore(d.v, ce, e); n > 0 {
			return name + d.v.str(ce-n, ce)
		}
	}
	return ""
}

// listVerbs close a list of things worked on (…道路、…桥梁建设).
var listVerbs = reverseSet([]string{"建设", "改造", "改造提升", "提升", "整治", "修缮", "维修", "治理"})

// levelWords are the administrative levels of titles and counts.
var levelWords = map[string]bool{"国家级": true, "省级": true, "市级": true, "县级": true, "区级": true}

// makeIndicator records the quantity n named by the text at span (or by
// name when it is set), files the indicator entity's mention and returns
// the name.
func (x *extraction) makeIndicator(si int, n number, span [2]int, name string) string {
	d := x.d
	st := d.sents[si]
	year, kind, label := d.sentYear(si)
	ns, ne := span[0], span[1]
	if name == "" {
		name = d.v.str(ns, ne)
	}
	id := x.st.addNamed(TypeIndicator, name, ns, ne, si)
	if y := d.yearBefore(st.s, n.s); y > 0 && y < year && n.unit != "倍" {
		year = y
	}
	if n.year > 0 {
		year = n.year
	}
	if kind == KindTarget {
		year = max(year, st.horizon)
		if st.hyear > 0 && n.s > st.hpos {
			year = max(year, st.hyear)
		}
	}
	val := n.value
	ind := Indicator{Entity: id, Name: name, Year: year, Kind: kind, Value: &val, ValueMax: n.valueMax,
		Unit: n.unit, Measure: d.measure(n, ns, ne), Qualifier: n.qualifier, Doc: d.meta.ID, Section: label,
		Evidence: d.v.str(st.s, st.e), Start: d.v.at(st.s), End: d.v.at(st.e),
		Estimated: d.v.index(max(st.s, n.s-maxLookBack), n.s, []rune("预计")) >= 0}
	x.inds = append(x.inds, ind)
	return name
}

// yearBefore returns a year written in the clause before a number
// ("从2022年的92万元"), or 0.
func (d *doc) yearBefore(s, at int) int {
	for k := at - 1; k >= s && at-k < 12; k-- {
		if d.v.r[k] == ',' {
			break
		}
		if y, ok := yearAt(d.v, k); ok && k+5 < at && d.v.r[k+5] == '的' {
			return y
		}
	}
	return 0
}

// measure classifies a quantity: growth after 增长/提高… or in 个百分点,
// share for rates and proportions, count for counting units, else level.
func (d *doc) measure(n number, ns, ne int) string {
	v := d.v
	if n.measure != "" {
		return n.measure
	}
	if n.unit == "个百分点" || n.unit == "倍" {
		return MeasureGrowth // 是2011年的1.1倍: a multiple of a base
	}
	k := n.s
	if q := qualBefore.shortestBefore(v, k, ns); q > 0 {
		k -= q
	}
	if lv, _ := levelVerbs.longestBefore(v, k, ne); lv == 0 {
		if g, _ := growthVerbs.longestBefore(v, k, ne); g > 0 {
			return MeasureGrowth
		}
	}
	if n.unit == "%" || n.unit == "‰" {
		return MeasureShare
	}
	if units[n.unit] {
		return MeasureCount
	}
	return MeasureLevel
}
