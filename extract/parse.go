package extract

import "strings"

// doc is one document during extraction.
type doc struct {
	v     *view
	meta  Document
	secs  []section
	sents []sentence
	stack [5]int // open section per level, -1 when none
	dash  int    // dash-led paragraphs seen in the current part
	after bool   // a paragraph after the dash-led ones opened its own section
	tops  int    // top-level parts seen
	// outside names the new areas written with words of regional
	// cooperation: areas beyond the place, in every sentence.
	outside map[string]bool
}

var cjkNumerals = []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"}

// parse splits the text into paragraphs, sections and sentences in one pass
// over the runes, O(len(text)).
func (d *doc) parse() {
	for i := range d.stack {
		d.stack[i] = -1
	}
	v := d.v
	ls := 0
	for i := 0; i <= len(v.r); i++ {
		if i < len(v.r) && v.r[i] != '\n' {
			continue
		}
		if s, e := trimSpaceRange(v, ls, i); s < e {
			d.paragraph(s, e)
		}
		ls = i + 1
	}
	for k := range d.secs {
		if d.secs[k].e == 0 {
			d.secs[k].e = len(v.r)
		}
	}
	d.labelSections()
}

// paragraph opens the section a paragraph's heading starts, then splits the
// paragraph into sentences.
func (d *doc) paragraph(s, e int) {
	v := d.v
	level, own, n := headingAt(v, s, e)
	switch {
	case level >= 1 && level <= 3:
		d.open(level, own, s, s+n, e)
	case bareHeading(v.str(s, e)) && len(d.sents) > 0:
		own = "一"
		if d.tops < len(cjkNumerals) {
			own = cjkNumerals[d.tops]
		}
		d.open(1, own, s, s, e)
	case v.has(s, []rune("——")) && d.stack[0] >= 0 && !d.hasNumberedChild():
		d.dash++
		d.open(2, "("+itoa(d.dash)+")", s, s+2, e)
	case d.dash > 0 && !d.after && d.stack[0] >= 0:
		// The paragraph after the dash-led review (各位代表!…) sums it up:
		// a section of its own, not the last review point.
		d.dash++
		d.after = true
		d.open(2, "("+itoa(d.dash)+")", s, s, e)
	}
	horizon := 0
	for i := s; i < e; {
		j := i
		for j < e && !isSentenceEnd(v.r[j]) {
			j++
		}
		if a, b := trimSpaceRange(v, i, j); a < b {
			if lv, own4, n4 := headingAt(v, a, b); lv == 4 {
				d.open(4, own4, a, a+n4, b)
			}
			st := sentence{s: a, e: b, sec: d.current(), horizon: horizon}
			if y, at := horizonIn(v, a, b); y > 0 {
				st.hyear, st.hpos = y, at
				if at == a || v.r[at-1] == ':' {
					horizon = y
				}
			}
			d.sents = append(d.sents, st)
		}
		i = j + 1
	}
}

// horizonIn returns the year and position of the first "到2021年" (or 至)
// that opens a clause of [s, e), or 0: a target set for that year. Opening
// a sentence or following a colon it holds to the end of the paragraph
// (主要发展目标是:到2021年…; …), else to the end of its sentence.
func horizonIn(v *view, s, e int) (int, int) {
	for i := s; i+5 < e; i++ {
		if (v.r[i] == '到' || v.r[i] == '至') && (i == s || strings.ContainsRune(",:", v.r[i-1])) {
			if y, ok := yearAt(v, i+1); ok {
				return y, i
			}
		}
	}
	return 0, 0
}

// hasNumberedChild reports whether the current part already has a (一)
// section, in which case dash-led paragraphs are not sections.
func (d *doc) hasNumberedChild() bool {
	k := d.stack[1]
	return k >= 0 && strings.HasPrefix(d.secs[k].own, "(") && !isDigit([]rune(d.secs[k].own)[1])
}

// open starts a section of the given level at rune s; its title runs from
// ts to the first sentence end before e.
func (d *doc) open(level int, own string, s, ts, e int) {
	for l := level; l <= 4; l++ {
		if k := d.stack[l-1]; k >= 0 {
			d.secs[k].e = s
			d.stack[l-1] = -1
		}
	}
	parent := -1
	for l := level - 1; l >= 1; l-- {
		if d.stack[l-1] >= 0 {
			parent = d.stack[l-1]
			break
		}
	}
	if level == 1 {
		d.tops++
		d.dash = 0
		d.after = false
	}
	title := d.v.str(ts, firstStop(d.v, ts, e))
	if parent >= 0 {
		d.secs[parent].nested = true
	}
	d.secs = append(d.secs, section{level: level, own: own, title: strings.TrimSpace(title), s: s, parent: parent})
	d.stack[level-1] = len(d.secs) - 1
}

// current returns the innermost open section or -1.
func (d *doc) current() int {
	for l := 3; l >= 0; l-- {
		if d.stack[l] >= 0 {
			return d.stack[l]
		}
	}
	return -1
}

// labelSections composes labels such as 三(四)9 and sets every section's
// year and kind from its part's title.
func (d *doc) labelSections() {
	planSeen := false
	for k := range d.secs {
		sec := &d.secs[k]
		if sec.parent < 0 {
			sec.label = sec.own
			sec.year, sec.kind = d.partYear(sec.title, planSeen)
			planSeen = planSeen || sec.kind == KindTarget
			continue
		}
		p := d.secs[sec.parent]
		sec.label = p.label + sec.own
		sec.year, sec.kind = p.year, p.kind
	}
	for k := range d.secs {
		d.secs[k].slabel = d.sentenceLabel(k)
	}
}

// sentenceLabel is the label of the sentences of section k: it stops at
// the numbered points of a task (三(四)9), whose (1) items are too small to
// group indicators by, and names the summary or headline targets that
// precede a part's subsections (一(总述), 二(预期目标)).
func (d *doc) sentenceLabel(k int) string {
	for d.secs[k].level > maxLabelLevel && d.secs[k].parent >= 0 {
		k = d.secs[k].parent
	}
	sec := &d.secs[k]
	if sec.level == 1 && sec.nested {
		return sec.label + overview[sec.kind]
	}
	return sec.label
}

// partYear decides the year context of a top-level part from its title:
// review parts report the year of results (actual), plan parts the plan
// year (target). Parts with neither word follow the plan once it started.
// A glossary (名词解释) has no year: it states no results or targets.
func (d *doc) partYear(title string, planSeen bool) (int, string) {
	if containsAny(title, "名词解释", "注释", "附件") {
		return 0, ""
	}
	years := yearsIn(newView(title), 0, len([]rune(title)))
	review := containsAny(title, "回顾", "执行情况", "过去", "主要工作", "工作总结")
	plan := containsAny(title, "目标", "任务", "计划", "安排", "今后", "总体要求", "重点工作")
	switch {
	case review && !plan || review && strings.Contains(title, "执行情况"):
		if len(years) > 0 {
			return years[0], KindActual
		}
		return d.meta.ReviewYear, KindActual
	case plan || planSeen:
		if len(years) > 0 {
			return years[0], KindTarget
		}
		return d.meta.PlanYear, KindTarget
	}
	return d.meta.ReviewYear, KindActual
}

func containsAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}

// sentYear returns the year, kind and section label of a sentence. Text
// before the first part takes the first year of the title.
func (d *doc) sentYear(si int) (int, string, string) {
	k := d.sents[si].sec
	if k < 0 {
		return d.meta.ReviewYear, KindActual, ""
	}
	return d.secs[k].year, d.secs[k].kind, d.secs[k].slabel
}

// overview labels the text of a part that precedes its subsections: the
// summary of results (一(总述)) or the headline targets (二(预期目标)).
var overview = map[string]string{KindActual: "(总述)", KindTarget: "(预期目标)"}

// maxLabelLevel is the deepest section level a sentence's label names.
const maxLabelLevel = 3
