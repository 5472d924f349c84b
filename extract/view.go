package extract

import "unicode/utf8"

// view is a document's text as runes normalised for matching (full-width
// ASCII folded to half width, ideographic space to space, the middle-dot
// family to '·', straight double quotes paired into “ ” within a line), with the byte offset of every rune in the original text so
// that every match maps back to exact byte offsets.
type view struct {
	text string
	r    []rune
	off  []int32 // off[i] is the byte offset of r[i]; off[len(r)] == len(text)
}

// newView builds the normalised rune view of text in O(len(text)). Byte
// offsets are stored as int32: a report is far below 2 GiB.
func newView(text string) *view {
	n := len(text)/2 + 1
	v := &view{text: text, r: make([]rune, 0, n), off: make([]int32, 0, n+1)}
	open := false
	for i := 0; i < len(text); {
		c, size := rune(text[i]), 1
		if c >= utf8.RuneSelf {
			c, size = utf8.DecodeRuneInString(text[i:])
		}
		c = foldRune(c)
		switch c {
		case '"':
			c, open = pairQuote(open)
		case '\n':
			open = false
		}
		v.r = append(v.r, c)
		v.off = append(v.off, int32(i))
		i += size
	}
	v.off = append(v.off, int32(len(text)))
	return v
}

// pairQuote turns a straight double quote into the curly one it stands
// for: reports that write "…" (ASCII or full width) mean the same as “…”,
// so the quote rules need only one form. open says whether a quote is
// open on the current line.
func pairQuote(open bool) (rune, bool) {
	if open {
		return '”', false
	}
	return '“', true
}

// foldRune maps a rune to the form used for matching.
func foldRune(c rune) rune {
	if c < 0x2000 && c != 0xB7 {
		return c
	}
	switch {
	case c >= 0xFF01 && c <= 0xFF5E:
		return c - 0xFEE0
	case c == 0x3000:
		return ' '
	case c == '•' || c == '・' || c == '∙' || c == '‧':
		return '·'
	case c == '〔':
		return '['
	case c == '〕':
		return ']'
	case c == '－' || c == '―':
		return '—'
	}
	return c
}

// at returns the byte offset of rune i.
func (v *view) at(i int) int { return int(v.off[i]) }

// str returns the original text of runes [s, e).
func (v *view) str(s, e int) string { return v.text[v.off[s]:v.off[e]] }

// has reports whether the normalised runes at position i spell w.
func (v *view) has(i int, w []rune) bool {
	if i < 0 || i+len(w) > len(v.r) {
		return false
	}
	for k, c := range w {
		if v.r[i+k] != c {
			return false
		}
	}
	return true
}

// hasBefore reports whether the runes ending at position i spell w.
func (v *view) hasBefore(i int, w []rune) bool { return v.has(i-len(w), w) }

// index returns the first position >= from and < to where w occurs, or -1.
func (v *view) index(from, to int, w []rune) int {
	for i := from; i+len(w) <= to; i++ {
		if v.r[i] == w[0] && v.has(i, w) {
			return i
		}
	}
	return -1
}

// isHan reports whether c is a CJK unified ideograph (basic block and
// extension A), the characters names are made of.
func isHan(c rune) bool {
	return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)
}

func isDigit(c rune) bool { return c >= '0' && c <= '9' }

func isLatin(c rune) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }
