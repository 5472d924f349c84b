package extract

import "sort"

// statusWord is a phrase that gives a project's state.
type statusWord struct {
	word string
	pred string
}

// statusWords: completed, under construction, planned. In plan sections
// every status is planned.
var statusWords = []statusWord{
	{"建成通车", PredCompleted}, {"顺利建成", PredCompleted}, {"建成投产", PredCompleted}, {"竣工投产", PredCompleted},
	{"建成", PredCompleted}, {"投入运营", PredCompleted}, {"投产运营", PredCompleted}, {"投入使用", PredCompleted},
	{"交付", PredCompleted}, {"正式运营", PredCompleted}, {"开业", PredCompleted}, {"试运行", PredCompleted},
	{"通车", PredCompleted}, {"竣工", PredCompleted}, {"完工", PredCompleted}, {"投产", PredCompleted},
	{"建成投用", PredCompleted}, {"部分投产运营", PredCompleted}, {"全部或部分投产运营", PredCompleted},
	{"开工建设", PredUnderConstruction}, {"加快推进", PredUnderConstruction}, {"稳步推进", PredUnderConstruction},
	{"加速推进", PredUnderConstruction}, {"加快建设", PredUnderConstruction}, {"实施", PredUnderConstruction},
	{"推进", PredUnderConstruction}, {"进展顺利", PredUnderConstruction}, {"开工", PredUnderConstruction},
	{"启动", PredUnderConstruction}, {"主体封顶", PredUnderConstruction}, {"全部封顶", PredUnderConstruction},
	{"加紧建设", PredUnderConstruction}, {"启动建设", PredUnderConstruction}, {"改扩建", PredUnderConstruction},
	{"新签约", PredPlanned}, {"签约", PredPlanned}, {"谋划实施", PredPlanned}, {"谋划", PredPlanned},
	{"谋划落地", PredPlanned}, {"规划布局", PredPlanned}, {"建设", PredPlanned},
}

var statusTrie = func() *trie {
	t := newTrie()
	for i, w := range statusWords {
		t.add([]rune(w.word), i)
	}
	return t
}()

// statuses gives every project (and enterprise named in a project list)
// of sentence si the status stated in its clause; in plan sections the
// predicate is planned.
func (x *extraction) statuses(si int) {
	d := x.d
	year, kind, _ := d.sentYear(si)
	if year == 0 {
		return
	}
	for _, c := range d.clauses(si) {
		phrases := d.statusPhrases(c[0], c[1])
		if len(phrases) == 0 {
			continue
		}
		for _, m := range x.st.from(si, c[0]) {
			if m.s >= c[1] {
				break
			}
			if m.e > c[1] || (m.typ != TypeProject && !x.projectNamed[m.id]) {
				continue
			}
			p := nearest(phrases, m)
			w := statusWords[p[2]]
			pred := w.pred
			if kind == KindTarget {
				pred = PredPlanned
			} else if pred == PredPlanned && w.word == "建设" {
				pred = PredUnderConstruction
			}
			x.status(m.id, pred, d.v.str(p[0], p[1]), si)
		}
	}
}

// statusPhrases returns [start, end, index] of the status words in [s, e).
func (d *doc) statusPhrases(s, e int) [][3]int {
	var out [][3]int
	for i := s; i < e; i++ {
		if n, wi := statusTrie.longestAt(d.v, i, e); n > 0 {
			out = append(out, [3]int{i, i + n, wi})
			i += n - 1
		}
	}
	return out
}

// nearest returns the phrase closest to the mention, preferring one after
// it (X顺利建成) over one before it (加快推进X). The phrases are in text
// order, so a binary search finds both, O(log p).
func nearest(ps [][3]int, m ment) [3]int {
	k := sort.Search(len(ps), func(i int) bool { return ps[i][0] >= m.e })
	if k < len(ps) {
		return ps[k]
	}
	k = len(ps) - 1
	for k > 0 && ps[k][1] > m.s {
		k--
	}
	return ps[k]
}

// status records a status relation whose object is the phrase.
func (x *extraction) status(sub, pred, phrase string, si int) {
	d := x.d
	st := d.sents[si]
	year, _, label := d.sentYear(si)
	key := sub + "\x00status\x00" + itoa(si)
	if x.linked[key] {
		return
	}
	x.linked[key] = true
	x.rels = append(x.rels, Relation{Subject: sub, Predicate: pred, Object: phrase, Doc: d.meta.ID,
		Evidence: d.v.str(st.s, st.e), Start: d.v.at(st.s), End: d.v.at(st.e), Section: label, Year: year})
}
