package explorer

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/policygraph/policygraph/ui/uitheme"
)

// readerText shows a page of a document: text segments (a segment that
// is not inline ends a paragraph, its colour name colours it) and entity
// mentions as hyperlink segments, wrapped to the width of the scroll
// container that holds it. Tapping a mention runs its OnTapped. Text in
// the mark colour and marked mentions (the passage the reader was sent
// to) stand on a highlight.
//
// widget.RichText cannot do this: Fyne 2.7 never wraps an inline
// hyperlink, so a mention near the end of a line runs past the edge, and
// the text after it is then broken one character per line down to the
// end of the paragraph. Here mentions wrap like the text around them.
type readerText struct {
	widget.BaseWidget
	// Segments are the page's text; call Refresh after changing them.
	Segments []widget.RichTextSegment
	scroll   *container.Scroll
	lines    []readerLine
	width    float32 // the width lines were wrapped to
	rev      int     // bumped whenever lines change
	advances map[rune]float32
	overLink bool // the pointer is over a mention
}

// readerLine is one wrapped line: pieces of one colour or one mention.
type readerLine struct{ pieces []readerPiece }

// readerPiece is a run of text on a line, starting x from the left.
type readerPiece struct {
	text   string
	x, w   float32
	color  fyne.ThemeColorName
	link   *widget.HyperlinkSegment
	marked bool
}

var (
	_ fyne.Tappable      = (*readerText)(nil)
	_ desktop.Hoverable  = (*readerText)(nil)
	_ desktop.Cursorable = (*readerText)(nil)
)

// readerPad is the space around the text, in pixels.
const readerPad = 8

// newReaderText returns an empty reader; put it in scroll.
func newReaderText() *readerText {
	r := &readerText{}
	r.ExtendBaseWidget(r)
	return r
}

// setScroll names the scroll container whose width the text wraps to.
func (r *readerText) setScroll(s *container.Scroll) { r.scroll = s }

// Refresh wraps the text again and redraws it.
func (r *readerText) Refresh() {
	r.width = -1
	r.BaseWidget.Refresh()
}

// MinSize is as wide as the scroll container and as tall as the text
// wrapped to that width.
func (r *readerText) MinSize() fyne.Size {
	w := float32(200)
	if r.scroll != nil && r.scroll.Size().Width > 0 {
		w = r.scroll.Size().Width
	}
	r.wrap(w)
	return fyne.NewSize(w, float32(len(r.lines))*r.lineHeight()+2*readerPad)
}

// CreateRenderer implements fyne.Widget.
func (r *readerText) CreateRenderer() fyne.WidgetRenderer {
	return &readerRenderer{r: r}
}

// lineHeight is the distance between two baselines.
func (r *readerText) lineHeight() float32 {
	return fyne.MeasureText("国", theme.TextSize(), fyne.TextStyle{}).Height + theme.LineSpacing()
}

// advance returns the width of a rune at the text size, measured once.
func (r *readerText) advance(c rune) float32 {
	if r.advances == nil {
		r.advances = map[rune]float32{}
	}
	w, ok := r.advances[c]
	if !ok {
		w = fyne.MeasureText(string(c), theme.TextSize(), fyne.TextStyle{}).Width
		r.advances[c] = w
	}
	return w
}

// wrap breaks the segments into lines no wider than width (less the
// padding), unless already wrapped to it. A line breaks between any two
// runes but inside a run of Latin letters and digits (a number stays
// whole unless it alone is wider than the line). O(runes).
func (r *readerText) wrap(width float32) {
	if width == r.width {
		return
	}
	r.width = width
	r.rev++
	w := &wrapper{r: r, max: max(width-2*readerPad, 40)}
	w.newLine()
	for _, s := range r.Segments {
		switch seg := s.(type) {
		case *widget.HyperlinkSegment:
			w.add(seg.Text, readerPiece{color: theme.ColorNameHyperlink, link: seg})
		case markedMention:
			w.add(seg.Text, readerPiece{color: theme.ColorNameHyperlink, link: seg.HyperlinkSegment, marked: true})
		case *widget.TextSegment:
			marked := seg.Style.ColorName == uitheme.ColorNameMark
			w.add(seg.Text, readerPiece{color: seg.Style.ColorName, marked: marked})
			if !seg.Inline() {
				w.newLine()
			}
		}
	}
	r.lines = w.lines
}

// wrapper lays runs of text out into lines.
type wrapper struct {
	r     *readerText
	max   float32
	lines []readerLine
	x     float32
}

// newLine starts a line.
func (w *wrapper) newLine() {
	w.lines = append(w.lines, readerLine{})
	w.x = 0
}

// add lays out s as pieces like look (colour, mention, mark), starting
// new lines where it does not fit.
func (w *wrapper) add(s string, look readerPiece) {
	runes := []rune(s)
	for start := 0; start < len(runes); {
		end, width := w.fit(runes, start)
		line := &w.lines[len(w.lines)-1]
		pc := look
		pc.text, pc.x, pc.w = string(runes[start:end]), w.x, width
		line.pieces = append(line.pieces, pc)
		w.x += width
		start = end
		if start < len(runes) {
			w.newLine()
		}
	}
}

// fit returns how many of runes from start fit on the current line (at
// least one on an empty line) and their width, not ending inside a run of
// Latin letters and digits when an earlier break is possible.
func (w *wrapper) fit(runes []rune, start int) (int, float32) {
	x, brk, xAtBrk := w.x, -1, float32(0)
	for i := start; i < len(runes); i++ {
		if i > start && !(isWordRune(runes[i-1]) && isWordRune(runes[i])) {
			brk, xAtBrk = i, x
		}
		adv := w.r.advance(runes[i])
		if x+adv > w.max && (i > start || w.x > 0) {
			if isWordRune(runes[i]) && brk > start {
				return brk, xAtBrk - w.x
			}
			return i, x - w.x
		}
		x += adv
	}
	return len(runes), x - w.x
}

// isWordRune reports whether c belongs to a Latin word or a number.
func isWordRune(c rune) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.' || c == '%'
}

// pieceAt returns the piece under p, if any.
func (r *readerText) pieceAt(p fyne.Position) (readerPiece, bool) {
	row := int((p.Y - readerPad) / r.lineHeight())
	if p.Y < readerPad || row >= len(r.lines) {
		return readerPiece{}, false
	}
	for _, pc := range r.lines[row].pieces {
		if x := p.X - readerPad; x >= pc.x && x < pc.x+pc.w {
			return pc, true
		}
	}
	return readerPiece{}, false
}

// Tapped follows a mention.
func (r *readerText) Tapped(ev *fyne.PointEvent) {
	if pc, ok := r.pieceAt(ev.Position); ok && pc.link != nil && pc.link.OnTapped != nil {
		pc.link.OnTapped()
	}
}

// MouseIn implements desktop.Hoverable.
func (r *readerText) MouseIn(ev *desktop.MouseEvent) { r.MouseMoved(ev) }

// MouseMoved notes whether the pointer is over a mention, for Cursor.
func (r *readerText) MouseMoved(ev *desktop.MouseEvent) {
	pc, ok := r.pieceAt(ev.Position)
	r.overLink = ok && pc.link != nil
}

// MouseOut implements desktop.Hoverable.
func (r *readerText) MouseOut() { r.overLink = false }

// Cursor is a pointing hand over a mention.
func (r *readerText) Cursor() desktop.Cursor {
	if r.overLink {
		return desktop.PointerCursor
	}
	return desktop.DefaultCursor
}

// markTop returns the y of the first line holding marked text, and
// whether there is one.
func (r *readerText) markTop() (float32, bool) {
	for i, l := range r.lines {
		for _, pc := range l.pieces {
			if pc.marked {
				return readerPad + float32(i)*r.lineHeight(), true
			}
		}
	}
	return 0, false
}

// readerRenderer draws a readerText: one canvas.Text per piece (on a
// highlight when marked), made again whenever the lines change.
type readerRenderer struct {
	r     *readerText
	rev   int
	texts []fyne.CanvasObject
}

// Layout wraps to the width and, if that changed the lines, places
// every piece anew.
func (rr *readerRenderer) Layout(size fyne.Size) {
	rr.r.wrap(size.Width)
	if rr.rev != rr.r.rev {
		rr.build()
	}
}

// build makes the text objects of every piece.
func (rr *readerRenderer) build() {
	r := rr.r
	rr.rev = r.rev
	lh := r.lineHeight()
	rr.texts = rr.texts[:0]
	highlight := withAlpha(theme.Color(uitheme.ColorNameMark), 0x40)
	for i, l := range r.lines {
		for _, pc := range l.pieces {
			at, size := fyne.NewPos(readerPad+pc.x, readerPad+float32(i)*lh), fyne.NewSize(pc.w, lh)
			col := pc.color
			if pc.marked {
				bg := canvas.NewRectangle(highlight)
				bg.Move(at)
				bg.Resize(size)
				rr.texts = append(rr.texts, bg)
				if col == uitheme.ColorNameMark {
					col = ""
				}
			}
			t := canvas.NewText(pc.text, pieceColour(col))
			t.TextSize = theme.TextSize()
			t.Move(at)
			t.Resize(size)
			rr.texts = append(rr.texts, t)
		}
	}
}

// pieceColour resolves a colour name, the foreground for none.
func pieceColour(name fyne.ThemeColorName) color.Color {
	if name == "" {
		name = theme.ColorNameForeground
	}
	return theme.Color(name)
}

// MinSize implements fyne.WidgetRenderer.
func (rr *readerRenderer) MinSize() fyne.Size { return rr.r.MinSize() }

// Objects implements fyne.WidgetRenderer.
func (rr *readerRenderer) Objects() []fyne.CanvasObject { return rr.texts }

// Refresh lays the text out again in the current theme's colours.
func (rr *readerRenderer) Refresh() {
	rr.r.wrap(rr.r.Size().Width)
	rr.build()
	canvas.Refresh(rr.r)
}

// Destroy implements fyne.WidgetRenderer.
func (rr *readerRenderer) Destroy() {}
