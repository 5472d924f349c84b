package explorer

import (
	"fmt"
	"math"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/policygraph/policygraph/extract"
	"github.com/policygraph/policygraph/graphmodel"
	"github.com/policygraph/policygraph/style"
)

// matrixKinds are the row × column type pairs the matrix view offers.
// The type with the longer names (programmes, projects) comes first, as
// rows, where a whole name fits on one line; columns hold the short ones.
var matrixKinds = []struct{ rows, cols string }{
	{extract.TypePolicy, extract.TypeTown},
	{extract.TypeProject, extract.TypeEnterprise},
	{extract.TypeProject, extract.TypeTown},
}

// Matrix geometry: widths of the row header column and of a column, and
// the most lines a column header wraps to before it ends in "…".
const (
	minRowHeader   = 96
	maxRowHeader   = 320
	minColumn      = 72
	maxColumn      = 112
	maxHeaderLines = 4
)

// matrixView shows which rows are linked to which columns, e.g. which
// towns appear in which programmes; a cell's evidence opens on a tap.
// Rows and columns can be swapped, sorted by how many links they have
// and filtered by name.
type matrixView struct {
	e      *Explorer
	kind   *widget.Select
	order  *widget.Check
	search *widget.Entry
	table  *widget.Table
	info   *widget.Label
	raw    graphmodel.Matrix // as the store gave it
	m      graphmodel.Matrix // as shown
	kindIx int
	loaded int // kind index loaded, -1 for none
	swap   bool
}

func newMatrixView(e *Explorer) *matrixView {
	v := &matrixView{e: e, loaded: -1}
	var names []string
	for _, k := range matrixKinds {
		names = append(names, matrixTitle(k.rows, k.cols))
	}
	v.kind = widget.NewSelect(names, func(s string) {
		for i, n := range names {
			if n == s {
				v.kindIx = i
			}
		}
		v.swap = false
		v.load()
	})
	v.kind.SetSelectedIndex(0)
	v.order = widget.NewCheck("按关联数排序", func(bool) { v.show() })
	v.order.Checked = true
	v.search = widget.NewEntry()
	v.search.SetPlaceHolder("筛选名称，如 振兴")
	v.search.OnChanged = func(string) { v.show() }
	v.info = widget.NewLabel("")
	v.info.Truncation = fyne.TextTruncateEllipsis
	v.table = widget.NewTableWithHeaders(v.size, v.createCell, v.updateCell)
	v.table.CreateHeader = func() fyne.CanvasObject { return newMatrixHeader(v) }
	v.table.UpdateHeader = v.updateHeader
	v.table.OnSelected = v.selected
	return v
}

func matrixTitle(rows, cols string) string {
	return style.TypeName(rows) + " × " + style.TypeName(cols)
}

func (v *matrixView) content() fyne.CanvasObject {
	swap := widget.NewButton("行列互换", v.toggleSwap)
	tools := container.NewHBox(widget.NewLabel("矩阵："), v.kind, swap, v.order)
	top := container.NewVBox(
		container.NewBorder(nil, nil, tools, nil, v.search),
		v.info,
	)
	return container.NewBorder(top, nil, nil, nil, v.table)
}

// load reads the matrix of the chosen kind unless it is already loaded.
func (v *matrixView) load() {
	if v.table == nil || v.loaded == v.kindIx {
		return
	}
	k := matrixKinds[v.kindIx]
	m, err := v.e.st.Matrix(v.e.ctx, k.rows, k.cols)
	if err != nil {
		v.e.report(err)
	}
	v.raw, v.loaded = m, v.kindIx
	v.show()
}

// toggleSwap swaps rows and columns.
func (v *matrixView) toggleSwap() {
	v.swap = !v.swap
	v.show()
}

// show derives the matrix on show from the loaded one (swapped, filtered,
// sorted) and sizes the table for its names.
func (v *matrixView) show() {
	if v.table == nil {
		return
	}
	m := v.raw
	rowType, colType := matrixKinds[v.kindIx].rows, matrixKinds[v.kindIx].cols
	if v.swap {
		m, rowType, colType = transposed(m), colType, rowType
	}
	m = filtered(m, v.search.Text)
	if v.order.Checked {
		m = byLinks(m)
	}
	v.m = m
	v.table.UnselectAll()
	v.info.SetText(fmt.Sprintf("行：%s %d 个　列：%s %d 个　%d 个关联。点击单元格查看原文证据，点击行列名查看实体。",
		style.TypeName(rowType), len(m.Rows), style.TypeName(colType), len(m.Cols), len(m.Cells)))
	v.sizeTable()
	v.table.Refresh()
}

// sizeTable makes the row header column as wide as the longest row name
// (within limits) and the header row tall enough for the longest column
// name to wrap into.
func (v *matrixView) sizeTable() {
	pad := theme.Padding()
	text := theme.TextSize()
	rowW := clampF(widest(v.m.Rows)+4*pad, minRowHeader, maxRowHeader)
	v.table.SetColumnWidth(-1, rowW)
	colW := max(clampF(widest(v.m.Cols)+4*pad, minColumn, maxColumn), widestCell(v.m)+4*pad)
	// A header label wraps within its inner padding, whole characters
	// to a line: count on a character's width less per line.
	inner := colW - 2*theme.InnerPadding()
	perLine := inner - fyne.MeasureText("镇", text, fyne.TextStyle{}).Width
	lines := 1
	for c, n := range v.m.Cols {
		v.table.SetColumnWidth(c, colW)
		if w := fyne.MeasureText(n.Name, text, fyne.TextStyle{}).Width; w > inner {
			lines = max(lines, int(math.Ceil(float64(w/perLine))))
		}
	}
	// A header must fit one line with the label's padding: Fyne 2.7
	// panics laying out wrapped, truncated text that fits no line.
	lineH := fyne.MeasureText("镇", text, fyne.TextStyle{}).Height
	one := widget.NewLabel("镇").MinSize().Height
	v.table.SetRowHeight(-1, one+float32(min(lines, maxHeaderLines)-1)*lineH)
}

// widest returns the width of the longest name.
func widest(nodes []graphmodel.Node) float32 {
	var w float32
	for _, n := range nodes {
		w = max(w, fyne.MeasureText(n.Name, theme.TextSize(), fyne.TextStyle{}).Width)
	}
	return w
}

// widestCell returns the width of the longest cell text.
func widestCell(m graphmodel.Matrix) float32 {
	var w float32
	for _, edges := range m.Cells {
		w = max(w, fyne.MeasureText(cellText(edges), theme.TextSize(), fyne.TextStyle{}).Width)
	}
	return w
}

func clampF(x, lo, hi float32) float32 { return max(lo, min(hi, x)) }

// invalidate makes the next load read the store again.
func (v *matrixView) invalidate() { v.loaded = -1 }

func (v *matrixView) size() (int, int) { return len(v.m.Rows), len(v.m.Cols) }

func (v *matrixView) createCell() fyne.CanvasObject {
	bg := canvas.NewRectangle(theme.Color(theme.ColorNamePrimary))
	bg.CornerRadius = 4
	l := widget.NewLabel("")
	l.Alignment = fyne.TextAlignCenter
	l.Truncation = fyne.TextTruncateEllipsis
	return container.NewStack(container.NewPadded(bg), l)
}

func (v *matrixView) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	c := o.(*fyne.Container)
	bg := c.Objects[0].(*fyne.Container).Objects[0].(*canvas.Rectangle)
	l := c.Objects[1].(*widget.Label)
	edges := v.m.Cells[[2]int{id.Row, id.Col}]
	if len(edges) == 0 {
		bg.Hide()
		l.SetText("")
		return
	}
	bg.FillColor = withAlpha(theme.Color(theme.ColorNamePrimary), 0x50)
	bg.Show()
	bg.Refresh()
	l.SetText(cellText(edges))
}

// cellText names the predicates linking a cell's row and column.
func cellText(edges []graphmodel.Edge) string {
	var names []string
	seen := map[string]bool{}
	for _, e := range edges {
		n := style.PredicateName(e.Predicate)
		if !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	return strings.Join(names, "/")
}

// updateHeader names a row or column; column names wrap.
func (v *matrixView) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	h := o.(*matrixHeader)
	switch {
	case id.Row < 0 && id.Col >= 0 && id.Col < len(v.m.Cols):
		h.set(v.m.Cols[id.Col], true)
	case id.Col < 0 && id.Row >= 0 && id.Row < len(v.m.Rows):
		h.set(v.m.Rows[id.Row], false)
	default:
		h.set(graphmodel.Node{}, false)
	}
}

// selected shows the evidence of a cell and names its row and column.
func (v *matrixView) selected(id widget.TableCellID) {
	if id.Row < 0 || id.Col < 0 || id.Row >= len(v.m.Rows) || id.Col >= len(v.m.Cols) {
		return
	}
	row, col := v.m.Rows[id.Row], v.m.Cols[id.Col]
	edges := v.m.Cells[[2]int{id.Row, id.Col}]
	link := "无直接关系"
	if len(edges) > 0 {
		link = cellText(edges)
	}
	v.info.SetText(fmt.Sprintf("%s × %s：%s", row.Name, col.Name, link))
	v.e.details.showCell(row, col, edges)
}
