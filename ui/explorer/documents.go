package explorer

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/policygraph/policygraph/graphmodel"
)

// pageBytes is about how much text one page of the reader holds: a
// whole report as one rich text takes the UI a second to lay out.
const pageBytes = 4000

// documentView lists the imported documents and shows the text of the
// opened one, a page at a time, with every entity mention as a link to
// the entity.
type documentView struct {
	e      *Explorer
	docs   []graphmodel.DocInfo
	list   *widget.List
	text   *widget.RichText
	scroll *container.Scroll
	title  *widget.Label
	pages  [][]widget.RichTextSegment
	page   int
	pager  *widget.Label
	prev   *widget.Button
	next   *widget.Button
	open   string
}

func newDocumentView(e *Explorer) *documentView {
	v := &documentView{e: e}
	v.list = widget.NewList(
		func() int { return len(v.docs) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Wrapping = fyne.TextWrapBreak
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			o.(*widget.Label).SetText(docSummary(v.docs[i]))
		})
	v.list.OnSelected = func(i widget.ListItemID) {
		if i < len(v.docs) {
			e.report(v.Open(v.docs[i].ID))
		}
	}
	v.title = widget.NewLabelWithStyle("选择左侧的文档阅读原文，实体提及可点击。", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.title.Wrapping = fyne.TextWrapBreak
	v.text = widget.NewRichText()
	v.text.Wrapping = fyne.TextWrapBreak
	v.scroll = container.NewVScroll(v.text)
	v.pager = widget.NewLabel("")
	v.prev = widget.NewButtonWithIcon("上一页", theme.NavigateBackIcon(), func() { v.showPage(v.page - 1) })
	v.next = widget.NewButtonWithIcon("下一页", theme.NavigateNextIcon(), func() { v.showPage(v.page + 1) })
	v.prev.Disable()
	v.next.Disable()
	return v
}

func (v *documentView) content() fyne.CanvasObject {
	pager := container.NewHBox(v.prev, v.pager, v.next)
	split := container.NewHSplit(v.list, container.NewBorder(v.title, pager, nil, nil, v.scroll))
	split.Offset = 0.28
	return split
}

// setDocuments replaces the document list.
func (v *documentView) setDocuments(docs []graphmodel.DocInfo) {
	v.docs = docs
	v.list.Refresh()
}

// docSummary is the list line of a document.
func docSummary(d graphmodel.DocInfo) string {
	years := ""
	switch {
	case d.ReviewYear != 0 && d.PlanYear != 0:
		years = fmt.Sprintf("%d→%d", d.ReviewYear, d.PlanYear)
	case d.PlanYear != 0:
		years = fmt.Sprint(d.PlanYear)
	}
	return fmt.Sprintf("%s\n%s %s · %d 实体 · %d 关系 · %d 指标", d.Title, d.Place, years, d.Entities, d.Relations, d.Indicators)
}

// Open shows document id with its entity mentions as links.
func (v *documentView) Open(id string) error {
	text, err := v.e.st.DocumentText(v.e.ctx, id)
	if err != nil {
		return fmt.Errorf("open document %s: %w", id, err)
	}
	spans, err := v.e.st.DocumentSpans(v.e.ctx, id)
	if err != nil {
		return fmt.Errorf("open document %s: %w", id, err)
	}
	for _, d := range v.docs {
		if d.ID == id {
			v.title.SetText(d.Title)
		}
	}
	v.open = id
	v.pages = paginate(v.segments(text, spans))
	v.showPage(0)
	return nil
}

// showPage shows page i of the open document.
func (v *documentView) showPage(i int) {
	if i < 0 || i >= len(v.pages) {
		return
	}
	v.page = i
	v.text.Segments = v.pages[i]
	v.text.Refresh()
	v.scroll.ScrollToTop()
	v.pager.SetText(fmt.Sprintf("第 %d / %d 页", i+1, len(v.pages)))
	setButton(v.prev, i > 0)
	setButton(v.next, i+1 < len(v.pages))
}

func setButton(b *widget.Button, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}

// paginate cuts segments into pages of about pageBytes, at paragraph ends.
func paginate(segs []widget.RichTextSegment) [][]widget.RichTextSegment {
	var pages [][]widget.RichTextSegment
	var page []widget.RichTextSegment
	size := 0
	for _, s := range segs {
		page = append(page, s)
		size += len(s.Textual())
		if t, ok := s.(*widget.TextSegment); ok && !t.Inline() && size >= pageBytes {
			pages = append(pages, page)
			page, size = nil, 0
		}
	}
	if len(page) > 0 || len(pages) == 0 {
		pages = append(pages, page)
	}
	return pages
}

// segments splits the text into paragraphs, with a link for each
// mention. Overlapping mentions keep the first.
func (v *documentView) segments(text string, spans []graphmodel.Span) []widget.RichTextSegment {
	var segs []widget.RichTextSegment
	at := 0
	plain := func(end int) {
		for _, para := range strings.SplitAfter(text[at:end], "\n") {
			if para == "" {
				continue
			}
			inline := !strings.HasSuffix(para, "\n")
			style := widget.RichTextStyleParagraph
			style.Inline = inline
			segs = append(segs, &widget.TextSegment{Text: strings.TrimSuffix(para, "\n"), Style: style})
		}
	}
	for _, sp := range spans {
		if sp.Start < at || sp.End > len(text) || sp.Start >= sp.End {
			continue
		}
		plain(sp.Start)
		entity := sp.Entity
		segs = append(segs, &widget.HyperlinkSegment{Text: text[sp.Start:sp.End], OnTapped: func() { v.e.report(v.e.Focus(entity)) }})
		at = sp.End
	}
	plain(len(text))
	return segs
}
