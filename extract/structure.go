package extract

import "strings"

// sentence is a sentence of the text as a rune range (terminator excluded)
// with the index of the innermost section containing it (-1 before the first
// section), the target year set earlier in its paragraph (到2021年) or 0,
// and a target year set inside it from hpos on (…,到2025年…) or 0.
type sentence struct {
	s, e    int
	sec     int
	horizon int
	hyear   int
	hpos    int
}

// section is a node of the section tree as a rune range.
type section struct {
	level  int // 1 一、 2 (一) or —— 3 1. 4 (1)
	own    string
	label  string
	title  string
	s, e   int
	year   int
	kind   string
	parent int
	nested bool   // it has subsections
	slabel string // label of its sentences (see sentenceLabel)
}

// Section kinds, also the indicator kinds.
const (
	KindActual = "actual"
	KindTarget = "target"
)

var cjkDigits = map[rune]int{'一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9, '十': 10}

// cjkNumeralLen returns the length of a run of Chinese numerals at i.
func cjkNumeralLen(v *view, i, end int) int {
	n := 0
	for i+n < end && n < 3 {
		if _, ok := cjkDigits[v.r[i+n]]; !ok {
			break
		}
		n++
	}
	return n
}

// headingAt recognises a numbered heading at rune i: it returns the level,
// the label of that level and the number of runes the marker takes (0 when
// there is none). Levels: 一、 (1), (一) (2), 1. or 1、 (3), (1) (4).
func headingAt(v *view, i, end int) (level int, own string, n int) {
	if k := cjkNumeralLen(v, i, end); k > 0 && i+k < end && v.r[i+k] == '、' {
		return 1, v.str(i, i+k), k + 1
	}
	if i < end && v.r[i] == '(' {
		if k := cjkNumeralLen(v, i+1, end); k > 0 && i+1+k < end && v.r[i+1+k] == ')' {
			return 2, "(" + v.str(i+1, i+1+k) + ")", k + 2
		}
		k := 0
		for i+1+k < end && isDigit(v.r[i+1+k]) && k < 3 {
			k++
		}
		if k > 0 && i+1+k < end && v.r[i+1+k] == ')' {
			return 4, "(" + string(v.r[i+1:i+1+k]) + ")", k + 2
		}
	}
	k := 0
	for i+k < end && isDigit(v.r[i+k]) && k < 3 {
		k++
	}
	if k > 0 && i+k+1 < end && (v.r[i+k] == '.' || v.r[i+k] == '、') && !isDigit(v.r[i+k+1]) {
		return 3, string(v.r[i : i+k]), k + 1
	}
	return 0, "", 0
}

// bareHeading reports whether a whole paragraph is an unnumbered part
// heading such as "2021年主要工作回顾", "过去五年主要工作" or "名词解释".
func bareHeading(line string) bool {
	n := 0
	for range line {
		n++
	}
	if n > 30 || strings.ContainsAny(line, "。，,；;：:") {
		return false
	}
	for _, w := range []string{"工作回顾", "主要工作", "工作目标", "主要任务", "重点工作", "工作安排", "名词解释", "发展目标"} {
		if strings.Contains(line, w) {
			return true
		}
	}
	return false
}

// firstStop returns the position of the first sentence terminator in
// [s, e), or e.
func firstStop(v *view, s, e int) int {
	for i := s; i < e; i++ {
		if isSentenceEnd(v.r[i]) {
			return i
		}
	}
	return e
}

func isSentenceEnd(c rune) bool {
	return c == '。' || c == '!' || c == '?' || c == ';' || c == '\n'
}

func trimSpaceRange(v *view, s, e int) (int, int) {
	for s < e && (v.r[s] == ' ' || v.r[s] == '\t') {
		s++
	}
	for e > s && (v.r[e-1] == ' ' || v.r[e-1] == '\t') {
		e--
	}
	return s, e
}
