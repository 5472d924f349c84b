package extract

import (
	"fmt"
	"strings"
)

// Genres of report.
const (
	GenrePlan       = "plan"
	GenreWorkReport = "work_report"
	GenreOther      = "other"
)

// headLines is how many non-empty opening lines are searched for the
// title, date and place.
const headLines = 6

// readMeta fills title, genre, place, years and date from the opening lines.
func (d *doc) readMeta() {
	lines := d.openingLines(headLines)
	if len(lines) == 0 {
		return
	}
	m := &d.meta
	m.Title = collapseHanSpaces(d.v.str(lines[0][0], lines[0][1]))
	flat := strings.ReplaceAll(m.Title, " ", "")
	switch {
	case strings.Contains(flat, "计划执行情况") || strings.Contains(flat, "计划草案"):
		m.Genre = GenrePlan
	case strings.Contains(flat, "政府工作报告"):
		m.Genre = GenreWorkReport
	default:
		m.Genre = GenreOther
	}
	titleYears := yearsIn(d.v, lines[0][0], lines[0][1])
	for _, ln := range lines {
		if y, mo, da, ok := dateIn(d.v, ln[0], ln[1]); ok {
			m.Date = fmt.Sprintf("%04d-%02d-%02d", y, mo, da)
			break
		}
	}
	switch {
	case len(titleYears) >= 2:
		m.ReviewYear, m.PlanYear = titleYears[0], titleYears[1]
	case m.Date != "":
		m.PlanYear = atoiPrefix(m.Date[:4])
		m.ReviewYear = m.PlanYear - 1
	case len(titleYears) == 1:
		m.PlanYear = titleYears[0]
		m.ReviewYear = m.PlanYear - 1
	}
	for _, ln := range lines {
		if place, parent := placeIn(d.v, ln[0], ln[1]); place != "" {
			m.Place, m.Parent = place, parent
			break
		}
	}
}

// openingLines returns the rune ranges of the first n non-empty lines.
func (d *doc) openingLines(n int) [][2]int {
	var out [][2]int
	s := 0
	for i := 0; i <= len(d.v.r) && len(out) < n; i++ {
		if i < len(d.v.r) && d.v.r[i] != '\n' {
			continue
		}
		if a, b := trimSpaceRange(d.v, s, i); a < b {
			out = append(out, [2]int{a, b})
		}
		s = i + 1
	}
	return out
}

// collapseHanSpaces removes spaces between Han characters ("政 府 工 作").
func collapseHanSpaces(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i, c := range rs {
		if c == ' ' && i > 0 && i+1 < len(rs) && isHan(rs[i-1]) && isHan(rs[i+1]) {
			continue
		}
		b.WriteRune(c)
	}
	return b.String()
}

// yearsIn returns the four-digit years written "YYYY年" in [s, e).
func yearsIn(v *view, s, e int) []int {
	var out []int
	for i := s; i+4 < e; i++ {
		if y, ok := yearAt(v, i); ok && (i == s || !isDigit(v.r[i-1])) {
			out = append(out, y)
			i += 4
		}
	}
	return out
}

// yearAt reads a plausible year "YYYY年" at i.
func yearAt(v *view, i int) (int, bool) {
	if i+4 >= len(v.r) || v.r[i+4] != '年' {
		return 0, false
	}
	y := 0
	for k := 0; k < 4; k++ {
		c := v.r[i+k]
		if !isDigit(c) {
			return 0, false
		}
		y = y*10 + int(c-'0')
	}
	return y, y >= 1949 && y <= 2100
}

// dateIn finds "YYYY年M月D日" in [s, e).
func dateIn(v *view, s, e int) (y, mo, da int, ok bool) {
	for i := s; i < e; i++ {
		yy, found := yearAt(v, i)
		if !found {
			continue
		}
		j := i + 5
		mo, j = digitsAt(v, j, e)
		if mo == 0 || j >= e || v.r[j] != '月' {
			continue
		}
		da, j = digitsAt(v, j+1, e)
		if da == 0 || j >= e || v.r[j] != '日' {
			continue
		}
		return yy, mo, da, true
	}
	return 0, 0, 0, false
}

func digitsAt(v *view, i, e int) (int, int) {
	n := 0
	for i < e && isDigit(v.r[i]) && n < 10000 {
		n = n*10 + int(v.r[i]-'0')
		i++
	}
	return n, i
}

func atoiPrefix(s string) int {
	n := 0
	for _, c := range s {
		if !isDigit(c) {
			break
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// placeFollowers are words that follow the reporting place's name in the
// opening lines: its government, a congress session, a year, a bureau.
var placeFollowers = [][]rune{[]rune("人民政府"), []rune("政府"), []rune("第"), []rune("发展和改革"), []rune("人民代表大会")}

// placeStops end the scan back over a place name: the city or province
// above it, or the preposition before it.
var placeStops = map[rune]bool{'在': true, '市': true, '省': true, '州': true, '盟': true, '于': true}

// placeIn finds the county-level place named in [s, e): a run of Han
// characters ending in 区, 县 or 旗 followed by a year, 人民政府, 第…届 or the
// like. It also returns the parent city when it is written before it.
func placeIn(v *view, s, e int) (place, parent string) {
	for i := s + 1; i+1 < e; i++ {
		c := v.r[i]
		if c != '区' && c != '县' && c != '旗' {
			continue
		}
		if !isDigit(v.r[i+1]) && !followedByAny(v, i+1, placeFollowers) {
			continue
		}
		j := i
		for j > s && i-j < 8 && isHan(v.r[j-1]) && !placeStops[v.r[j-1]] {
			j--
		}
		if i-j < 2 {
			continue
		}
		place = v.str(j, i+1)
		if j > s && v.r[j-1] == '市' {
			k := j - 1
			for k > s && isHan(v.r[k-1]) && v.r[k-1] != '在' && j-1-k < 6 {
				k--
			}
			if j-1-k >= 2 {
				parent = v.str(k, j)
			}
		}
		return place, parent
	}
	return "", ""
}

func followedByAny(v *view, i int, words [][]rune) bool {
	for _, w := range words {
		if v.has(i, w) {
			return true
		}
	}
	return false
}

// shortPlace returns the place without its administrative suffix (涞源县 →
// 涞源) when at least two characters remain, else "".
func shortPlace(place string) string {
	rs := []rune(place)
	if len(rs) >= 3 {
		switch rs[len(rs)-1] {
		case '区', '县', '旗', '市':
			return string(rs[:len(rs)-1])
		}
	}
	return ""
}
