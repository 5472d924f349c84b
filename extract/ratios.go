package extract

import (
	"strconv"
	"strings"
)

// industryParts name the parts of a three-sector ratio.
var industryParts = []string{"第一产业", "第二产业", "第三产业"}

// ratio reads a structure ratio at rune i, two or three numbers joined by
// colons (三次产业结构比为22.7:30.3:47): each part becomes a share named
// after the ratio and its part, 三次产业结构比(第一产业). A ratio whose own
// name is only a verb (由2011年的9.2:69.5:21.3调整为9.2:63.7:27.1) takes the
// name of the previous ratio, prev. It returns the end of the ratio and its
// name, or i when there is none. O(length of the ratio).
func (x *extraction) ratio(si, i, bound int, prev string) (int, string) {
	d := x.d
	st := d.sents[si]
	var parts [][2]int
	k := i
	for {
		e := d.digitsEnd(k, st.e)
		parts = append(parts, [2]int{k, e})
		if e+1 >= st.e || d.v.r[e] != ':' || !isDigit(d.v.r[e+1]) || len(parts) == 3 {
			k = e
			break
		}
		k = e + 1
	}
	if len(parts) < 2 || (k < st.e && (d.v.r[k] == ':' || isDigit(d.v.r[k]))) {
		return i, ""
	}
	ns, ne := d.indicatorName(bound, i, st)
	base := d.v.str(ns, ne)
	if !strings.Contains(base, "结构") && !strings.Contains(base, "比") {
		if prev == "" {
			return i, ""
		}
		base = prev
	}
	year := d.yearBefore(st.s, i)
	for p, sp := range parts {
		val, err := strconv.ParseFloat(string(d.v.r[sp[0]:sp[1]]), 64)
		if err != nil {
			return i, ""
		}
		n := number{s: sp[0], e: sp[1], value: val, unit: "%", ue: sp[1], year: year}
		name := base + "(" + itoa(p+1) + ")"
		if len(parts) == 3 {
			name = base + "(" + industryParts[p] + ")"
		}
		x.makeIndicator(si, n, [2]int{sp[0], sp[1]}, name)
	}
	return k, base
}

// streaks reads the "N连增" of sentence si (粮食产量实现“二十一连增”): the
// number of years in a row a quantity grew, a count in 年 named after the
// quantity. O(length of the sentence).
func (x *extraction) streaks(si int) {
	d := x.d
	st := d.sents[si]
	for i := st.s + 1; i+1 < st.e; i++ {
		if !d.v.has(i, []rune("连增")) {
			continue
		}
		s := i
		for s > st.s && (isDigit(d.v.r[s-1]) || cjkDigits[d.v.r[s-1]] > 0 || d.v.r[s-1] == '百') {
			s--
		}
		val, ok := numeralValue(d.v.r[s:i])
		if !ok {
			continue
		}
		q := s
		if q > st.s && d.v.r[q-1] == '“' {
			q--
		}
		ns, ne := d.indicatorName(st.s, q, st)
		if ne <= ns {
			continue
		}
		n := number{s: s, e: i, value: float64(val), unit: "年", ue: i + 2, measure: MeasureCount}
		x.makeIndicator(si, n, [2]int{ns, ne}, d.v.str(ns, ne)+"连增")
	}
}

// numeralValue reads a number written in digits or in Chinese numerals up
// to 99 (二十一, 十二, 八).
func numeralValue(rs []rune) (int, bool) {
	if len(rs) == 0 {
		return 0, false
	}
	if n, err := strconv.Atoi(string(rs)); err == nil {
		return n, true
	}
	tens, units := 0, 0
	for k, c := range rs {
		switch v := cjkDigits[c]; {
		case v == 10 && tens == 0 && k <= 1:
			tens = max(units, 1)
			units = 0
		case v > 0 && v < 10 && units == 0:
			units = v
		default:
			return 0, false
		}
	}
	return tens*10 + units, true
}
