package extract

import "strings"

// townType checks a town name [s, e) with its head at ss in sentence st
// and returns the type it is filed under, or false when it names no town:
// a town inside a quoted slogan (“品质生活新区、善美活力满城”), a new area
// written with the words of regional cooperation (与主城区、X新区同步崛起;
// see also outside),
// or a new town that names a development project (X新城项目, but not the
// projects of a new town listed with 等). A village followed by a count or
// a share is a category of villages, a programme (X村5个, X村100%).
func (d *doc) townType(s, ss, e int, st sentence) (string, bool) {
	if d.inSlogan(s, e, st) {
		return "", false
	}
	head := d.v.str(ss, e)
	if head == "新区" || head == "新城" {
		if d.regionalSentence(st) {
			if d.outside == nil {
				d.outside = map[string]bool{}
			}
			d.outside[d.v.str(s, e)] = true
			return "", false
		}
		if d.v.has(e, []rune("项目")) && !(s > st.s && d.v.r[s-1] == '等') {
			return "", false
		}
	}
	if head == "村" && d.countAfter(e, st.e) {
		return TypePolicy, true
	}
	return TypeTown, true
}

// inSlogan reports a name inside a quoted run that lists several phrases
// with 、 or a comma: a slogan, whose places are figures of speech.
func (d *doc) inSlogan(s, e int, st sentence) bool {
	q := -1
	for k := s - 1; k >= st.s && s-k <= 16; k-- {
		if d.v.r[k] == '”' {
			return false
		}
		if d.v.r[k] == '“' {
			q = k
			break
		}
	}
	if q < 0 {
		return false
	}
	for k := q + 1; k < st.e && k-q <= 40; k++ {
		switch d.v.r[k] {
		case '”':
			return k >= e && d.listMark(q, k)
		case '“':
			return false
		}
	}
	return e <= st.e && d.listMark(q, st.e) // a slogan that runs past the sentence (…;…)
}

// listMark reports a 、 or comma in [s, e).
func (d *doc) listMark(s, e int) bool {
	return d.v.index(s, e, []rune("、")) >= 0 || d.v.index(s, e, []rune(",")) >= 0
}

// regionalWords are the words of cooperation between a county and the
// areas around it (与主城区同步崛起, 对标, 协同发展): a new area named
// with them lies outside the county.
var regionalWords = []string{"主城区", "协同", "对标", "对接", "承接", "融入", "同步", "一体化", "带动", "抢抓"}

// regionalSentence reports a sentence written with a regional word.
func (d *doc) regionalSentence(st sentence) bool {
	text := d.v.str(st.s, st.e)
	for _, w := range regionalWords {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// countAfter reports a count or share written right after position e
// (5个, 100%).
func (d *doc) countAfter(e, end int) bool {
	k := e
	for k < end && isDigit(d.v.r[k]) {
		k++
	}
	return k > e && k < end && (d.v.r[k] == '个' || d.v.r[k] == '%')
}
