package extract

import "strings"

// directions place roads in a town (城南东环路, 北二环东段).
const directions = "东南西北"

// ringAt reports a ring road written at i: a direction, a numeral and 环
// (北二环), and returns its end, taking an extension or section that
// follows (北二环东段, 北二环东延), or i.
func (d *doc) ringAt(i, end int) int {
	v := d.v
	if i+3 > end || v.r[i+2] != '环' || !strings.ContainsRune(directions, v.r[i]) || cjkDigits[v.r[i+1]] == 0 {
		return i
	}
	e := i + 3
	if e+1 < end && strings.ContainsRune(directions, v.r[e]) && strings.ContainsRune("延段线", v.r[e+1]) {
		e += 2
	}
	return e
}

// scanRingRoads finds the ring roads of sentence si (X二环东延、北二环),
// which have no head: a ring followed by 路 is left to the 路 rule. O(n).
func (d *doc) scanRingRoads(si int) []cand {
	st := d.sents[si]
	var out []cand
	for i := st.s; i+3 <= st.e; i++ {
		e := d.ringAt(i, st.e)
		if e == i || (e < st.e && d.v.r[e] == '路') || (i > st.s && isHan(d.v.r[i-1]) && !d.breakBefore(i, st.s)) || d.extentEnd(i, e, st) {
			continue
		}
		out = append(out, cand{s: i, e: e, typ: TypeProject, sent: si})
		i = e - 1
	}
	return out
}

// breakBefore reports a break word ending at i (加快北二环东段…).
func (d *doc) breakBefore(i, lo int) bool {
	n, _ := lex.breaks.longestBefore(d.v, i, lo)
	return n > 0
}

// ringRoad reports a street head 路 written after a ring at ss (城南东环路):
// 环 alone before 路 makes no name, a direction before it does.
func (d *doc) ringRoad(ss int) bool {
	return ss >= 2 && d.v.r[ss-1] == '环' && strings.ContainsRune(directions, d.v.r[ss-2])
}

// ringEnds reports a ring road, or its extension or section, ending at j
// (X三环东延|Y镇…): a town written after it starts there.
func (d *doc) ringEnds(j, lo int) bool {
	for _, n := range []int{3, 5} {
		if j-n >= lo && d.ringAt(j-n, j) == j {
			return true
		}
	}
	return false
}

// extension returns the end of a street's extension written right after
// it at e (复兴路再西延, 宏昌大街南延): the extension is the works named.
// It returns e when there is none.
func (d *doc) extension(e, end int) int {
	k := e
	if k < end && d.v.r[k] == '再' {
		k++
	}
	if k+1 < end && strings.ContainsRune(directions, d.v.r[k]) && d.v.r[k+1] == '延' {
		return k + 2
	}
	return e
}

// notWorks reports a project name [s, e), head at ss, that names no works
// of its own: a road or highway written whole in quotes (走上“幸福路”,
// “八横六纵三高速”), a name inside a quoted slogan, a road that gives
// the extent of another ((北三环至马坊路)), a category of firms' projects
// (央(国)企项目), a slogan's negation (脱贫不脱项目) or a counted category
// (技术转移转化项目10个).
func (d *doc) notWorks(rule suffixRule, s, ss, e int, st sentence) bool {
	road := roadHeads[rule.suffix] || rule.suffix == "高速"
	switch {
	case road && d.quoted(s, e, st), d.inSlogan(s, e, st):
		return true
	case road && d.extentEnd(s, e, st):
		return true
	case rule.suffix == "项目" && (ss > s && d.v.r[ss-1] == '企' || d.v.index(s, ss, []rune("不")) >= 0):
		return true
	}
	return rule.suffix == "项目" && d.countAfter(e, st.e)
}

// extentEnd reports a road written as an end of the extent of another,
// in parentheses: (北三环至马坊路).
func (d *doc) extentEnd(s, e int, st sentence) bool {
	return s > st.s && d.v.r[s-1] == '(' && d.v.has(e, []rune("至")) ||
		e < st.e && d.v.r[e] == ')' && d.v.hasBefore(s, []rune("至"))
}

// withoutBoundaryRoads drops the streets written inside the name of a zone
// (a zone named by the roads that bound it, 甲路北乙路西片区, names no
// works on those roads): a street candidate that a town candidate contains
// and outlasts. The candidates are sorted by start (dropNested), so one
// sweep suffices, O(n).
func (d *doc) withoutBoundaryRoads(cs []cand) []cand {
	out := cs[:0]
	townEnd := -1
	for _, c := range cs {
		if c.typ == TypeTown && c.e > townEnd {
			townEnd = c.e
		}
		if c.typ == TypeProject && c.e < townEnd && d.streetEnds(c.s, c.e) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// streetEnds reports a street head ending the range [s, e).
func (d *doc) streetEnds(s, e int) bool {
	n, ri := lex.suffix.longestBefore(d.v, e, s)
	return n > 0 && roadHeads[suffixRules[ri].suffix]
}
