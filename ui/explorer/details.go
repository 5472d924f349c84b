package explorer

import (
	"fmt"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/policygraph/policygraph/extract"
	"github.com/policygraph/policygraph/graphmodel"
	"github.com/policygraph/policygraph/style"
	"github.com/policygraph/policygraph/ui/uitheme"
)

// maxEvidence is how many evidence sentences the panel lists at once.
const maxEvidence = 60

// detailsPanel is the right panel: what the selection is, how it is
// related, and the sentences that say so.
type detailsPanel struct {
	e      *Explorer
	body   *fyne.Container
	scroll *container.Scroll
	// shown is the id of the node on show, or the key of the edge.
	shown string
}

func newDetailsPanel(e *Explorer) *detailsPanel {
	d := &detailsPanel{e: e, body: container.NewVBox()}
	d.scroll = container.NewVScroll(d.body)
	d.clear()
	return d
}

func (d *detailsPanel) content() fyne.CanvasObject { return d.scroll }

// set replaces the panel's content.
func (d *detailsPanel) set(shown string, objs ...fyne.CanvasObject) {
	d.shown = shown
	d.body.Objects = objs
	d.body.Refresh()
	d.scroll.ScrollToTop()
}

// clear shows a hint instead of a selection.
func (d *detailsPanel) clear() {
	hint := widget.NewLabel("选择一个实体或关系查看详情与原文证据。\n\n双击节点展开相邻节点，拖动节点将其固定，滚轮缩放，拖动空白处平移。")
	hint.Wrapping = fyne.TextWrapBreak
	d.set("", heading("详情"), hint)
}

// heading is a section title, set off by size rather than weight: the
// CJK font has no bold face, so bold would thicken only the digits and
// Latin letters in it.
func heading(s string) fyne.CanvasObject {
	h := widget.NewRichText(&widget.TextSegment{Text: s, Style: widget.RichTextStyle{SizeName: uitheme.SizeNameSection}})
	h.Wrapping = fyne.TextWrapBreak
	return h
}

// wrapped is a label that wraps.
func wrapped(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapBreak
	return l
}

// showNode shows a node: type, name, aliases, relations by predicate,
// indicator values and the sentences that mention it.
func (d *detailsPanel) showNode(id string) {
	e := d.e
	n, err := e.st.Node(e.ctx, id)
	if err != nil {
		e.report(err)
		return
	}
	objs := []fyne.CanvasObject{d.nodeHeader(n), d.nodeActions(id)}
	edges, err := e.st.Edges(e.ctx, id)
	if err != nil {
		e.report(err)
	}
	objs = append(objs, d.relations(id, edges)...)
	if n.Type == extract.TypeIndicator {
		rows, err := e.st.Indicators(e.ctx, id)
		if err != nil {
			e.report(err)
		}
		objs = append(objs, heading(fmt.Sprintf("指标数值（%d）", len(rows))), indicatorGrid(rows))
	}
	mentions, err := e.st.Mentions(e.ctx, id)
	if err != nil {
		e.report(err)
	}
	objs = append(objs, heading(fmt.Sprintf("原文证据（%d 处提及）", len(mentions))))
	objs = append(objs, d.evidenceList(mentions, nameTerms(n))...)
	d.set(id, objs...)
}

// nodeHeader shows the node's name, type, degree and aliases.
func (d *detailsPanel) nodeHeader(n graphmodel.Node) fyne.CanvasObject {
	name := widget.NewRichText(&widget.TextSegment{Text: n.Name, Style: widget.RichTextStyle{SizeName: theme.SizeNameSubHeadingText}})
	name.Wrapping = fyne.TextWrapBreak
	info := fmt.Sprintf("类型：%s　关系：%d", style.TypeName(n.Type), n.Degree)
	if n.Place != "" {
		info += "　所属：" + n.Place
	}
	objs := []fyne.CanvasObject{container.NewBorder(nil, nil, container.NewCenter(swatch(n.Type)), nil, name), wrapped(info)}
	if len(n.Aliases) > 0 {
		objs = append(objs, wrapped("别名："+strings.Join(n.Aliases, "、")))
	}
	return container.NewVBox(objs...)
}

// nodeActions are buttons for what can be done to the node on the canvas.
func (d *detailsPanel) nodeActions(id string) fyne.CanvasObject {
	e := d.e
	return container.NewGridWithColumns(4,
		widget.NewButtonWithIcon("展开", theme.ContentAddIcon(), func() { e.report(e.Expand(id)) }),
		widget.NewButtonWithIcon("收起", theme.ContentRemoveIcon(), func() { e.Collapse(id) }),
		widget.NewButtonWithIcon("隐藏", theme.VisibilityOffIcon(), func() { e.Hide(id) }),
		widget.NewButtonWithIcon("固定", theme.RadioButtonCheckedIcon(), func() { e.TogglePin(id) }),
	)
}

// relations lists the node's edges grouped by predicate; the other end of
// each is a link that focuses it.
func (d *detailsPanel) relations(id string, edges []graphmodel.Edge) []fyne.CanvasObject {
	groups := map[string][]graphmodel.Edge{}
	var preds []string
	for _, ed := range edges {
		if groups[ed.Predicate] == nil {
			preds = append(preds, ed.Predicate)
		}
		groups[ed.Predicate] = append(groups[ed.Predicate], ed)
	}
	sort.Strings(preds)
	objs := []fyne.CanvasObject{heading(fmt.Sprintf("关系（%d）", len(edges)))}
	for _, p := range preds {
		objs = append(objs, widget.NewLabel(fmt.Sprintf("%s（%d）", style.PredicateName(p), len(groups[p]))))
		box := container.NewVBox()
		for _, ed := range groups[p] {
			box.Add(d.relationRow(id, ed))
		}
		objs = append(objs, box)
	}
	return objs
}

// relationRow is one edge: direction, the other end as a link, the
// status and the number of supporting sentences.
func (d *detailsPanel) relationRow(id string, ed graphmodel.Edge) fyne.CanvasObject {
	e := d.e
	other, arrow := ed.To, "→"
	if ed.To == id {
		other, arrow = ed.From, "←"
	}
	name := other
	if n, err := e.st.Node(e.ctx, other); err == nil {
		name = n.Name
	}
	link := widget.NewHyperlink(name, nil)
	link.OnTapped = func() { e.report(e.Focus(other)) }
	link.Wrapping = fyne.TextWrapBreak
	tail := fmt.Sprintf("%d 句", len(ed.Evidence))
	if ed.Status != "" {
		tail = ed.Status + " · " + tail
	}
	ev := newTapText(tail, "查看这条关系的原文证据", e.tips, func() { d.showEdge(ed) })
	return container.NewBorder(nil, nil, widget.NewLabel(arrow), container.NewPadded(ev), link)
}

// showEdge shows an edge: its ends, predicate, status and evidence.
func (d *detailsPanel) showEdge(ed graphmodel.Edge) {
	e := d.e
	ed = d.withEvidence(ed)
	from, _ := e.st.Node(e.ctx, ed.From)
	to, _ := e.st.Node(e.ctx, ed.To)
	title := widget.NewRichText(&widget.TextSegment{Text: fmt.Sprintf("%s —%s→ %s", from.Name, style.PredicateName(ed.Predicate), to.Name), Style: widget.RichTextStyle{SizeName: theme.SizeNameSubHeadingText}})
	title.Wrapping = fyne.TextWrapBreak
	objs := []fyne.CanvasObject{title, d.endLinks(from, to)}
	if ed.Status != "" {
		objs = append(objs, wrapped("状态："+ed.Status))
	}
	objs = append(objs, heading(fmt.Sprintf("原文证据（%d 句）", len(ed.Evidence))))
	objs = append(objs, d.evidenceList(ed.Evidence, append(nameTerms(from), nameTerms(to)...))...)
	d.set(ed.Key(), objs...)
}

// withEvidence returns the edge as the store has it, with every
// supporting sentence: edges on the canvas may come without them.
func (d *detailsPanel) withEvidence(ed graphmodel.Edge) graphmodel.Edge {
	if len(ed.Evidence) > 0 {
		return ed
	}
	edges, err := d.e.st.Edges(d.e.ctx, ed.From)
	if err != nil {
		d.e.report(err)
		return ed
	}
	for _, full := range edges {
		if full.Key() == ed.Key() {
			return full
		}
	}
	return ed
}

// endLinks are links to both ends of an edge, one per line (long names
// wrap rather than widen the panel).
func (d *detailsPanel) endLinks(from, to graphmodel.Node) fyne.CanvasObject {
	e := d.e
	end := func(prefix string, n graphmodel.Node) fyne.CanvasObject {
		link := widget.NewHyperlink(n.Name, nil)
		link.OnTapped = func() { e.report(e.Focus(n.ID)) }
		link.Wrapping = fyne.TextWrapBreak
		return container.NewBorder(nil, nil, widget.NewLabel(prefix+style.TypeName(n.Type)), nil, link)
	}
	return container.NewVBox(end("", from), end("→ ", to))
}

// showCell shows the edges of a matrix cell with their evidence.
func (d *detailsPanel) showCell(row, col graphmodel.Node, edges []graphmodel.Edge) {
	objs := []fyne.CanvasObject{heading(row.Name + " × " + col.Name), d.endLinks(row, col)}
	if len(edges) == 0 {
		objs = append(objs, widget.NewLabel("两者之间没有直接关系。"))
	}
	terms := append(nameTerms(row), nameTerms(col)...)
	for _, ed := range edges {
		ed = d.withEvidence(ed)
		line := style.PredicateName(ed.Predicate)
		if ed.Status != "" {
			line += " · " + ed.Status
		}
		objs = append(objs, widget.NewLabel(fmt.Sprintf("%s（%d 句）", line, len(ed.Evidence))))
		objs = append(objs, d.evidenceList(ed.Evidence, terms)...)
	}
	d.set(row.ID+"\x00"+col.ID, objs...)
}

// showIndicator shows one indicator value with its sentence.
func (d *detailsPanel) showIndicator(r graphmodel.IndicatorRow) {
	e := d.e
	link := widget.NewHyperlink(r.Name, nil)
	link.OnTapped = func() { e.report(e.Focus(r.Entity)) }
	objs := []fyne.CanvasObject{heading("指标"), link, indicatorGrid([]graphmodel.IndicatorRow{r}), heading("原文证据")}
	objs = append(objs, d.evidenceCard(r.Evidence, []string{r.Name}))
	d.set(r.Entity, objs...)
}

// evidenceList renders evidence cards, at most maxEvidence of them.
func (d *detailsPanel) evidenceList(evs []graphmodel.Evidence, terms []string) []fyne.CanvasObject {
	var objs []fyne.CanvasObject
	for i, ev := range evs {
		if i == maxEvidence {
			objs = append(objs, widget.NewLabel(fmt.Sprintf("…… 另有 %d 句未列出", len(evs)-maxEvidence)))
			break
		}
		objs = append(objs, d.evidenceCard(ev, terms))
	}
	return objs
}

// nameTerms are the strings to highlight for a node: name and aliases.
func nameTerms(n graphmodel.Node) []string {
	return append([]string{n.Name}, n.Aliases...)
}
