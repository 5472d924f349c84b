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
	generic *trie // forward generic words
	level   *trie // forward level prefixes
	quoted  *trie // forward formulas that are never programme names
}

var lex = buildLexicon()

func buildLexicon() *lexicon {
	l := &lexicon{suffix: newTrie(), breaks: reverseSet(breakWords), generic: wordSet(genericWords),
		level: wordSet(levelPrefixes), quoted: wordSet(formulas)}
	for i, r := range suffixRules {
		l.suffix.add(reversed(r.suffix), i)
	}
	return l
}

// formulas are political formulas written in quotes that name no
// programme.
var formulas = []string{"四个意识", "四个自信", "两个维护", "两个确立", "两个务必", "国之大者", "三农"}

// quantifiers follow a number and end a name on its left (12个安置区).
const quantifiers = "个家项座条批所处名套户只台件场次位"

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
		if !d.suffixFits(rule, ss, i, st.e) {
			continue
		}
		start, ok := d.leftBoundary(ss, st.s, rule)
		if !ok || ss-start < rule.min {
			continue
		}
		typ, ok := d.classify(rule, start, ss, i)
		if !ok {
			continue
		}
		out = append(out, cand{s: start, e: i, typ: typ, sent: si})
	}
	return out
}

// suffixFits checks the runes around a suffix against the rule's limits.
func (d *doc) suffixFits(rule suffixRule, ss, e, end int) bool {
	if !rule.strict {
		return true
	}
	v := d.v
	lim := suffixLimits[rule.suffix]
	if ss > 0 && strings.ContainsRune(lim[0], v.r[ss-1]) {
		return false
	}
	if e >= end {
		return true
	}
	next := v.r[e]
	if strings.ContainsRune(lim[1], next) {
		return false
	}
	if rule.typ == TypeTown || !isHan(next) {
		return true
	}
	return strings.ContainsRune("等和与及被荣获入成在为的共已均分先顺正全实建投通项开落上挂", next)
}

// leftBoundary scans left from the head at ss for the start of the name:
// it stops at punctuation, a break word, a number with its quantifier or
// the rule's length limit (then ok is false). Quoted runs are taken whole.
func (d *doc) leftBoundary(ss, lo int, rule suffixRule) (int, bool) {
	v := d.v
	j := ss
	for j > lo {
		c := v.r[j-1]
		if c == '”' || c == '"' || c == '’' {
			q := d.openQuote(j-1, lo)
			if q < 0 {
				return j, true
			}
			j = q
			continue
		}
		if !isNameRune(c) || d.quantifierEnds(j, lo) {
			return j, true
		}
		if n, _ := lex.breaks.longestBefore(v, j, lo); n > 0 {
			return j, true
		}
		if weakBreaks[c] && d.sameHeadBefore(j-1, lo, rule.typ) {
			return j, true
		}
		if ss-j >= rule.max {
			return j, false
		}
		j--
	}
	return j, true
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
	if rule.min > 0 && ss-s <= 4 && d.allGeneric(s, ss) {
		return "", false
	}
	if n, _ := lex.level.longestAt(v, s, e); n > 0 && rule.typ != TypeOrganisation {
		return TypePolicy, true
	}
	if rule.suffix == "工程" && !d.constructionWord(s, ss) {
		return TypePolicy, true
	}
	return rule.typ, true
}

func hasHan(v *view, s, e int) bool {
	for i := s; i < e; i++ {
		if isHan(v.r[i]) {
			return true
		}
	}
	return false
}

// hasBadRune reports digits, quotes or brackets in a short name part.
func (d *doc) hasBadRune(s, e int) bool {
	for i := s; i < e; i++ {
		if !isHan(d.v.r[i]) {
			return true
		}
	}
	return false
}

// allGeneric reports whether [s, e) splits entirely into generic words,
// trying the longest word first and backtracking (O(n²) on tiny n).
func (d *doc) allGeneric(s, e int) bool {
	if s == e {
		return true
	}
	for k := e; k > s; k-- {
		if n, _ := lex.generic.longestAt(d.v, s, k); n == k-s && d.allGeneric(k, e) {
			return true
		}
	}
	return false
}

// constructionWords mark a 工程 that is built rather than run as a
// programme.
var constructionWords = wordSet([]string{"建设", "改造", "调水", "水利", "道路", "管网", "供水", "修缮", "保护利用",
	"治理", "输变电", "污水", "河", "渠", "桥", "路", "水库", "电站", "供热", "搬迁", "安置", "扩建", "新建", "一期",
	"二期", "三期", "生态补水", "绿化", "工业", "厂", "线", "光伏", "风电", "管廊", "排水", "防涝", "引水", "调蓄"})

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
	for i := st.s; i < st.e; i++ {
		if v.r[i] != '“' {
			continue
		}
		j := i + 1
		for j < st.e && v.r[j] != '”' && v.r[j] != '“' && j-i <= 16 {
			j++
		}
		if j >= st.e || v.r[j] != '”' {
			continue
		}
		if d.quoteIsName(i+1, j) {
			out = append(out, cand{s: i + 1, e: j, typ: TypePolicy, sent: si})
		}
		i = j
	}
	return out
}

// quoteIsName accepts a quoted run of 2-14 runes that is mostly Han, not a
// political formula and not an ordinary word used figuratively.
func (d *doc) quoteIsName(s, e int) bool {
	if e-s < 2 || e-s > 14 {
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
	return han*2 >= e-s
}
