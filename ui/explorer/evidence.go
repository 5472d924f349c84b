package explorer

import (
	"sort"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/policygraph/policygraph/graphmodel"
)

// span is a byte range to highlight in a sentence.
type span struct{ start, end int }

// evidenceSpans returns the ranges of a sentence to highlight: the
// evidence's own span when it is narrower than the sentence, and every
// occurrence of the given terms (names of the entities involved). The
// result is sorted and free of overlaps.
func evidenceSpans(ev graphmodel.Evidence, terms []string) []span {
	s := ev.Sentence
	var out []span
	a, b := ev.Start-ev.SentenceStart, ev.End-ev.SentenceStart
	if a >= 0 && b <= len(s) && a < b && b-a < len(s) && utf8.RuneStart(s[a]) && (b == len(s) || utf8.RuneStart(s[b])) {
		out = append(out, span{a, b})
	}
	for _, t := range terms {
		if t == "" {
			continue
		}
		for off := 0; ; {
			i := strings.Index(s[off:], t)
			if i < 0 {
				break
			}
			out = append(out, span{off + i, off + i + len(t)})
			off += i + len(t)
		}
	}
	return mergeSpans(out)
}

// mergeSpans sorts spans and joins the overlapping ones.
func mergeSpans(in []span) []span {
	sort.Slice(in, func(i, j int) bool { return in[i].start < in[j].start })
	var out []span
	for _, sp := range in {
		if n := len(out); n > 0 && sp.start <= out[n-1].end {
			out[n-1].end = max(out[n-1].end, sp.end)
			continue
		}
		out = append(out, sp)
	}
	return out
}

// highlighted returns a sentence as rich text segments with the spans
// in the theme's primary colour (not bold: the CJK font has no bold face,
// so only the Latin runes of a bold span would change weight).
func highlighted(s string, spans []span) []widget.RichTextSegment {
	mark := widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePrimary}
	var segs []widget.RichTextSegment
	at := 0
	for _, sp := range spans {
		if sp.start > at {
			segs = append(segs, &widget.TextSegment{Text: s[at:sp.start], Style: widget.RichTextStyleInline})
		}
		segs = append(segs, &widget.TextSegment{Text: s[sp.start:sp.end], Style: mark})
		at = sp.end
	}
	if at < len(s) {
		segs = append(segs, &widget.TextSegment{Text: s[at:], Style: widget.RichTextStyleInline})
	}
	return segs
}

// evidenceCard shows one evidence sentence with its highlights, and
// under it the document and section it is from: hovering that line shows
// the full title, tapping it opens the document at the sentence.
func (d *detailsPanel) evidenceCard(ev graphmodel.Evidence, terms []string) fyne.CanvasObject {
	e := d.e
	text := widget.NewRichText(highlighted(ev.Sentence, evidenceSpans(ev, terms))...)
	text.Wrapping = fyne.TextWrapBreak
	doc, known := e.docs.info(ev.Doc)
	short, full := sourceText(ev, doc, known)
	var open func()
	if known {
		full += "（点击阅读原文）"
		open = func() { e.report(e.ReadAt(ev)) }
	}
	src := newTapText("出处："+short, full, e.tips, open)
	src.text.Truncation = fyne.TextTruncateEllipsis
	return container.NewVBox(text, src, widget.NewSeparator())
}
