package extract

import (
	"strings"
	"unicode"
)

// textWriter assembles the lines of a report from the text of markup
// (HTML or Word XML): one non-empty, trimmed line per paragraph.
//
// White space in HTML source collapses as in a browser, and a line break
// in the source between two CJK characters is dropped rather than turned
// into a space (the segment break rule of CSS Text 3), because pages
// (Word's "save as web page" in particular) wrap long Chinese lines in the
// middle of words.
type textWriter struct {
	out  strings.Builder
	line strings.Builder
	last rune // last rune on the line; 0 at its start
	gap  int  // pending white space: 0 none, 1 spaces, 2 with a line break
	pre  int  // depth of <pre> elements: white space is kept
}

const (
	gapNone = iota
	gapSpace
	gapBreak
)

// write adds text whose white space collapses.
func (w *textWriter) write(s string) {
	for _, r := range s {
		switch r {
		case '\n', '\r', '\f':
			w.gap = gapBreak
		case ' ', '\t', '\u00a0':
			w.gap = max(w.gap, gapSpace)
		default:
			w.rune(r)
		}
	}
}

// writePre adds text whose white space is kept, line breaks included.
func (w *textWriter) writePre(s string) {
	for _, r := range s {
		if r == '\n' {
			w.breakLine()
			continue
		}
		w.gap = gapNone
		w.rune(r)
	}
}

func (w *textWriter) rune(r rune) {
	if w.gap != gapNone && w.last != 0 && w.last != '\t' && !(w.gap == gapBreak && isCJK(w.last) && isCJK(r)) {
		w.line.WriteByte(' ')
	}
	w.gap = gapNone
	w.line.WriteRune(r)
	w.last = r
}

// cell separates table cells on a line with a tab.
func (w *textWriter) cell() {
	if w.last != 0 {
		w.line.WriteByte('\t')
		w.last = '\t'
	}
	w.gap = gapNone
}

// breakLine ends the current line; empty lines are not written.
func (w *textWriter) breakLine() {
	if s := strings.TrimFunc(w.line.String(), unicode.IsSpace); s != "" {
		w.out.WriteString(s)
		w.out.WriteByte('\n')
	}
	w.line.Reset()
	w.last = 0
	w.gap = gapNone
}

// isCJK reports Chinese characters and punctuation, full-width forms, and
// the general punctuation (quotes, dashes, ellipsis) Chinese text uses.
func isCJK(r rune) bool {
	return r >= 0x2E80 || r >= 0x2010 && r <= 0x206F
}
