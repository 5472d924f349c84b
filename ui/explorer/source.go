package explorer

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"github.com/policygraph/policygraph/extract"
	"github.com/policygraph/policygraph/graphmodel"
	"github.com/policygraph/policygraph/ui/uitheme"
)

// maxShortTitle is how many runes of a title a short document name keeps
// when the document's place or genre is unknown.
const maxShortTitle = 16

// genreNames are the short names of the report genres.
var genreNames = map[string]string{
	extract.GenrePlan:       "计划报告",
	extract.GenreWorkReport: "政府工作报告",
}

// docShort is a short name for a document: place, year and genre
// ("东昌府区 2024 计划报告"), or its title cut to maxShortTitle runes.
func docShort(d graphmodel.DocInfo) string {
	year := d.PlanYear
	if year == 0 {
		year = d.ReviewYear
	}
	if kind := genreNames[d.Genre]; d.Place != "" && kind != "" {
		if year != 0 {
			return fmt.Sprintf("%s %d %s", d.Place, year, kind)
		}
		return d.Place + " " + kind
	}
	if d.Title != "" {
		return cut(d.Title, maxShortTitle)
	}
	return d.ID
}

// cut shortens s to n runes, ending in "…" when it was longer.
func cut(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// sourceText returns the short source line of an evidence (document and
// section) and the full one for its tooltip (full title, section, year).
// doc is the evidence's document, if known.
func sourceText(ev graphmodel.Evidence, doc graphmodel.DocInfo, known bool) (short, full string) {
	title := ev.DocTitle
	if known && doc.Title != "" {
		title = doc.Title
	}
	if title == "" {
		title = ev.Doc
	}
	short = cut(title, maxShortTitle)
	if known {
		short = docShort(doc)
	}
	full = title
	if ev.Section != "" {
		short += " · " + ev.Section
		full += " · 第 " + ev.Section + " 节"
	}
	if ev.Year != 0 {
		full += fmt.Sprintf(" · %d 年", ev.Year)
	}
	return short, full
}

// tapText is a line of text in the muted colour that shows a tooltip
// when hovered and does something when tapped, e.g. the source line
// under an evidence sentence (tooltip: the full title; tap: open the
// document at the sentence). Unlike a button its text is never bold, so
// digits keep the weight of the Chinese around them.
type tapText struct {
	widget.BaseWidget
	text  *widget.RichText
	tip   string
	tips  *tipLayer
	onTap func()
}

var (
	_ fyne.Tappable      = (*tapText)(nil)
	_ desktop.Hoverable  = (*tapText)(nil)
	_ desktop.Cursorable = (*tapText)(nil)
)

// newTapText returns a muted line reading s, with tip as its tooltip and
// onTap (may be nil) run on a tap.
func newTapText(s, tip string, tips *tipLayer, onTap func()) *tapText {
	seg := &widget.TextSegment{Text: s, Style: widget.RichTextStyle{ColorName: uitheme.ColorNameMuted}}
	t := &tapText{text: widget.NewRichText(seg), tip: tip, tips: tips, onTap: onTap}
	t.ExtendBaseWidget(t)
	return t
}

// CreateRenderer implements fyne.Widget.
func (t *tapText) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(t.text)
}

// Tapped runs the action.
func (t *tapText) Tapped(*fyne.PointEvent) {
	t.tips.hide()
	if t.onTap != nil {
		t.onTap()
	}
}

// MouseIn shows the tooltip.
func (t *tapText) MouseIn(*desktop.MouseEvent) { t.tips.show(t.tip, t) }

// MouseMoved implements desktop.Hoverable.
func (t *tapText) MouseMoved(*desktop.MouseEvent) {}

// MouseOut hides the tooltip.
func (t *tapText) MouseOut() { t.tips.hide() }

// Cursor shows that the text can be clicked when it does something.
func (t *tapText) Cursor() desktop.Cursor {
	if t.onTap == nil {
		return desktop.DefaultCursor
	}
	return desktop.PointerCursor
}
