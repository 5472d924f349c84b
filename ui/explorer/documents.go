package explorer

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/policygraph/policygraph/graphmodel"
	"github.com/policygraph/policygraph/ui/uitheme"
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
	text   *readerText
	scroll *container.Scroll
	title  *widget.RichText
	pages  [][]widget.RichTextSegment
	page   int
	pager  *widget.Label
	bar    *fyne.Container // prev, pager, next
	prev   *widget.Button
	next   *widget.Button
	opened string
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
	v.title = widget.NewRichText()
	v.title.Wrapping = fyne.TextWrapBreak
	v.setTitle("选择左侧的文档阅读原文，实体提及可点击。")
	v.text = newReaderText()
	v.scroll = container.NewVScroll(v.text)
	v.text.setScroll(v.scroll)
	v.pager = widget.NewLabel("")
	v.prev = widget.NewButtonWithIcon("上一页", theme.NavigateBackIcon(), func() { v.showPage(v.page - 1) })
	v.next = widget.NewButtonWithIcon("下一页", theme.NavigateNextIcon(), func() { v.showPage(v.page + 1) })
	v.prev.Disable()
	v.next.Disable()
	v.bar = container.NewHBox(v.prev, v.pager, v.next)
	return v
}

func (v *documentView) content() fyne.CanvasObject {
	split := container.NewHSplit(v.list, container.NewBorder(v.title, v.bar, nil, nil, v.scroll))
	split.Offset = 0.28
	return split
}

// setDocuments replaces the document list.
func (v *documentView) setDocuments(docs []graphmodel.DocInfo) {
	v.docs = docs
	v.list.Refresh()
}

// setTitle shows s above the text, larger than the text rather than
// bold: the CJK font has no bold face, so a bold title would mix weights
// (bold digits and Latin letters among regular Chinese).
func (v *documentView) setTitle(s string) {
	v.title.Segments = []widget.RichTextSegment{&widget.TextSegment{Text: s, Style: widget.RichTextStyle{SizeName: uitheme.SizeNameSection}}}
	v.title.Refresh()
}

// info returns the listed document with this id.
func (v *documentView) info(id string) (graphmodel.DocInfo, bool) {
	for _, d := range v.docs {
		if d.ID == id {
			return d, true
		}
	}
	return graphmodel.DocInfo{}, false
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
	return v.open(id, span{})
}

// open shows document id with the text in mark (a byte range; empty for
// none) in the mark colour, at the page that holds it.
func (v *documentView) open(id string, mark span) error {
	text, err := v.e.st.DocumentText(v.e.ctx, id)
	if err != nil {
		return fmt.Errorf("open document %s: %w", id, err)
	}
	spans, err := v.e.st.DocumentSpans(v.e.ctx, id)
	if err != nil {
		return fmt.Errorf("open document %s: %w", id, err)
	}
	if d, ok := v.info(id); ok {
		v.setTitle(d.Title)
	}
	v.opened = id
	v.pages = paginate(v.segments(text, spans, mark))
	v.showPage(markedPage(v.pages))
	v.scrollToMark()
	return nil
}

// scrollToMark scrolls the page so that the first marked line is near
// the top, if the page has one.
func (v *documentView) scrollToMark() {
	v.scroll.Refresh()
	if y, ok := v.text.markTop(); ok {
		v.scroll.Offset.Y = max(0, y-2*v.text.lineHeight())
		v.scroll.Refresh()
	}
}

// markedPage returns the first page with text in the mark colour, or 0.
func markedPage(pages [][]widget.RichTextSegment) int {
	for i, page := range pages {
		for _, s := range page {
			if t, ok := s.(*widget.TextSegment); ok && t.Style.ColorName == uitheme.ColorNameMark {
				return i
			}
		}
	}
	return 0
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
	v.bar.Refresh() // the label's width changed: lay the buttons out again
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
// mention; the text in mark is in the mark colour and its mentions are
// markedMentions. Overlapping mentions keep the first.
func (v *documentView) segments(text string, spans []graphmodel.Span, mark span) []widget.RichTextSegment {
	var segs []widget.RichTextSegment
	at := 0
	plain := func(end int) {
		for at < end {
			stop, marked := end, false
			switch {
			case at < mark.start:
				stop = min(end, mark.start)
			case at < mark.end:
				stop, marked = min(end, mark.end), true
			}
			segs = appendParagraphs(segs, text[at:stop], marked)
			at = stop
		}
	}
	for _, sp := range spans {
		if sp.Start < at || sp.End > len(text) || sp.Start >= sp.End {
			continue
		}
		plain(sp.Start)
		entity := sp.Entity
		link := &widget.HyperlinkSegment{Text: text[sp.Start:sp.End], OnTapped: func() { v.e.report(v.e.Focus(entity)) }}
		if sp.Start >= mark.start && sp.End <= mark.end {
			segs = append(segs, markedMention{link})
		} else {
			segs = append(segs, link)
		}
		at = sp.End
	}
	plain(len(text))
	return segs
}

// markedMention is a mention inside the marked passage.
type markedMention struct{ *widget.HyperlinkSegment }

// appendParagraphs appends s as text segments, one per line: a line
// that ends in a line break ends a paragraph, the last one continues
// inline. Marked text takes the mark colour.
func appendParagraphs(segs []widget.RichTextSegment, s string, marked bool) []widget.RichTextSegment {
	for _, para := range strings.SplitAfter(s, "\n") {
		if para == "" {
			continue
		}
		style := widget.RichTextStyleParagraph
		style.Inline = !strings.HasSuffix(para, "\n")
		if marked {
			style.ColorName = uitheme.ColorNameMark
		}
		segs = append(segs, &widget.TextSegment{Text: strings.TrimSuffix(para, "\n"), Style: style})
	}
	return segs
}

// ReadAt opens the document an evidence is from in the reader, at its
// sentence, which shows in the mark colour.
func (e *Explorer) ReadAt(ev graphmodel.Evidence) error {
	e.tabs.SelectIndex(3)
	mark := span{ev.SentenceStart, ev.SentenceStart + len(ev.Sentence)}
	if err := e.docs.open(ev.Doc, mark); err != nil {
		return err
	}
	if d, ok := e.docs.info(ev.Doc); ok {
		e.setStatus("原文：" + d.Title)
	}
	return nil
}
