package explorer

import (
	"fmt"
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
var matrixKinds = []struct{ rows, cols string }{
	{extract.TypeTown, extract.TypePolicy},
	{extract.TypeEnterprise, extract.TypeProject},
	{extract.TypeTown, extract.TypeProject},
}

// matrixView shows which rows are linked to which columns, e.g. which
// towns appear in which programmes; a cell's evidence opens on a tap.
type matrixView struct {
	e      *Explorer
	kind   *widget.Select
	table  *widget.Table
	info   *widget.Label
	m      graphmodel.Matrix
	kindIx int
	loaded int // kind index loaded, -1 for none
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
		v.load()
	})
	v.kind.SetSelectedIndex(0)
	v.info = widget.NewLabel("")
	v.info.Truncation = fyne.TextTruncateEllipsis
	v.table = widget.NewTableWithHeaders(v.size, v.createCell, v.updateCell)
	v.table.CreateHeader = func() fyne.CanvasObject {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}
	v.table.UpdateHeader = v.updateHeader
	v.table.OnSelected = v.selected
	return v
}

func matrixTitle(rows, cols string) string {
	return style.TypeName(rows) + " × " + style.TypeName(cols)
}

func (v *matrixView) content() fyne.CanvasObject {
	top := container.NewBorder(nil, nil, container.NewHBox(widget.NewLabel("矩阵："), v.kind), nil, v.info)
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
	v.m, v.loaded = m, v.kindIx
	v.info.SetText(fmt.Sprintf("%d 行 × %d 列，%d 个关联。点击单元格查看原文证据。", len(m.Rows), len(m.Cols), len(m.Cells)))
	v.table.SetColumnWidth(-1, 150)
	for c := range m.Cols {
		v.table.SetColumnWidth(c, 96)
	}
	v.table.Refresh()
}

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

func (v *matrixView) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	switch {
	case id.Row < 0 && id.Col >= 0 && id.Col < len(v.m.Cols):
		l.SetText(v.m.Cols[id.Col].Name)
	case id.Col < 0 && id.Row >= 0 && id.Row < len(v.m.Rows):
		l.SetText(v.m.Rows[id.Row].Name)
	default:
		l.SetText("")
	}
}

// selected shows the evidence of a cell.
func (v *matrixView) selected(id widget.TableCellID) {
	if id.Row < 0 || id.Col < 0 || id.Row >= len(v.m.Rows) || id.Col >= len(v.m.Cols) {
		return
	}
	v.e.details.showCell(v.m.Rows[id.Row], v.m.Cols[id.Col], v.m.Cells[[2]int{id.Row, id.Col}])
}
