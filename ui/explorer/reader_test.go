package explorer

import (
	"math"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/policygraph/policygraph/ui/uitheme"
)

// newTestReader shows segs in a reader 300 pixels wide.
func newTestReader(t *testing.T, segs ...widget.RichTextSegment) *readerText {
	t.Helper()
	test.NewTempApp(t)
	r := newReaderText()
	s := container.NewVScroll(r)
	r.setScroll(s)
	w := test.NewWindow(s)
	t.Cleanup(w.Close)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(300, 400))
	r.Segments = segs
	r.Refresh()
	s.Refresh()
	return r
}

func inline(s string) *widget.TextSegment {
	return &widget.TextSegment{Text: s, Style: widget.RichTextStyleInline}
}

func TestReaderWrapsMentionsLikeText(t *testing.T) {
	// A long mention near the end of a line, then more text: Fyne's
	// RichText let the link run past the edge and broke the text after
	// it one character per line.
	tapped := ""
	link := &widget.HyperlinkSegment{Text: "省小城镇创新提升行动卫星镇试点", OnTapped: func() { tapped = "卫星镇" }}
	tail := "。济郑高铁东昌府区段建成通车,全年完成投资565亿元,同比增长6%。"
	r := newTestReader(t, inline("郑家镇在全区率先完成改造并成功入选"), link, &widget.TextSegment{Text: tail, Style: widget.RichTextStyleParagraph})
	limit := r.width - 2*readerPad
	var total float32
	for i, l := range r.lines {
		var w float32
		for _, pc := range l.pieces {
			w += pc.w
		}
		total += w
		if w > limit+0.5 {
			t.Errorf("line %d is %v wide, more than %v", i, w, limit)
		}
	}
	if want := int(math.Ceil(float64(total/limit))) + 1; len(r.lines) > want {
		t.Errorf("%d lines for %v pixels of text at %v a line, want at most %d", len(r.lines), total, limit, want)
	}
	var all strings.Builder
	for _, l := range r.lines {
		for _, pc := range l.pieces {
			all.WriteString(pc.text)
			if strings.Contains(pc.text, "56") && !strings.Contains(pc.text, "565") {
				t.Errorf("the number 565 is split: %q", pc.text)
			}
		}
	}
	if want := "郑家镇在全区率先完成改造并成功入选" + link.Text + tail; all.String() != want {
		t.Errorf("text %q, want %q", all.String(), want)
	}
	for i, l := range r.lines {
		for _, pc := range l.pieces {
			if pc.link == nil {
				continue
			}
			at := fyne.NewPos(readerPad+pc.x+pc.w/2, readerPad+(float32(i)+0.5)*r.lineHeight())
			r.Tapped(&fyne.PointEvent{Position: at})
		}
	}
	if tapped != "卫星镇" {
		t.Error("tapping the mention did not follow it")
	}
	tapped = ""
	r.Tapped(&fyne.PointEvent{Position: fyne.NewPos(readerPad+2, readerPad+2)})
	if tapped != "" {
		t.Error("tapping plain text followed a mention")
	}
}

func TestReaderHighlightsTheMark(t *testing.T) {
	link := &widget.HyperlinkSegment{Text: "郑家镇"}
	mark := &widget.TextSegment{Text: "成功入选。", Style: widget.RichTextStyle{Inline: true, ColorName: uitheme.ColorNameMark}}
	r := newTestReader(t, &widget.TextSegment{Text: strings.Repeat("前文", 60), Style: widget.RichTextStyleParagraph}, markedMention{link}, mark, inline("后文"))
	y, ok := r.markTop()
	if !ok || y <= readerPad {
		t.Fatalf("mark at %v (found %v), want below the first paragraph", y, ok)
	}
	var highlighted strings.Builder
	objs := test.WidgetRenderer(r).Objects()
	for i, o := range objs {
		if _, ok := o.(*canvas.Rectangle); ok && i+1 < len(objs) {
			highlighted.WriteString(objs[i+1].(*canvas.Text).Text)
		}
	}
	if got := highlighted.String(); got != "郑家镇成功入选。" {
		t.Errorf("highlighted %q, want the marked mention and text", got)
	}
}
