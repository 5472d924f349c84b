package explorer

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/policygraph/policygraph/graphmodel"
)

// indicatorColumns are the indicator table's columns: title, width and
// how to compare two rows by that column.
var indicatorColumns = []struct {
	title string
	width float32
	cell  func(graphmodel.IndicatorRow) string
	less  func(a, b graphmodel.IndicatorRow) int
}{
	{"指标", 240, func(r graphmodel.IndicatorRow) string { return r.Name }, func(a, b graphmodel.IndicatorRow) int { return strings.Compare(a.Name, b.Name) }},
	{"地区", 90, func(r graphmodel.IndicatorRow) string { return r.Place }, func(a, b graphmodel.IndicatorRow) int { return strings.Compare(a.Place, b.Place) }},
	{"年份", 60, func(r graphmodel.IndicatorRow) string { return yearText(r.Year) }, func(a, b graphmodel.IndicatorRow) int { return cmp.Compare(a.Year, b.Year) }},
	{"实际/目标", 80, func(r graphmodel.IndicatorRow) string { return kindText(r.Kind) }, func(a, b graphmodel.IndicatorRow) int { return strings.Compare(a.Kind, b.Kind) }},
	{"数值", 100, valueText, compareValues},
	{"单位", 70, func(r graphmodel.IndicatorRow) string { return r.Unit }, func(a, b graphmodel.IndicatorRow) int { return strings.Compare(a.Unit, b.Unit) }},
	{"文档", 220, func(r graphmodel.IndicatorRow) string { return r.Evidence.DocTitle }, func(a, b graphmodel.IndicatorRow) int {
		return strings.Compare(a.Evidence.DocTitle, b.Evidence.DocTitle)
	}},
}

// indicatorView is the table of every indicator value of the loaded
// documents, sortable by any column and filtered by name.
type indicatorView struct {
	e      *Explorer
	all    []graphmodel.IndicatorRow
	rows   []graphmodel.IndicatorRow
	filter *widget.Entry
	table  *widget.Table
	count  *widget.Label
	top    *fyne.Container
	sortBy int
	desc   bool
	loaded bool
}

func newIndicatorView(e *Explorer) *indicatorView {
	v := &indicatorView{e: e}
	v.filter = widget.NewEntry()
	v.filter.SetPlaceHolder("按指标名筛选，如 生产总值")
	v.filter.OnChanged = func(string) { v.apply() }
	v.count = widget.NewLabel("")
	v.table = widget.NewTableWithHeaders(
		func() (int, int) { return len(v.rows), len(indicatorColumns) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			o.(*widget.Label).SetText(indicatorColumns[id.Col].cell(v.rows[id.Row]))
		})
	v.table.CreateHeader = func() fyne.CanvasObject { return widget.NewButton("", nil) }
	v.table.UpdateHeader = v.updateHeader
	v.table.ShowHeaderColumn = false
	for i, c := range indicatorColumns {
		v.table.SetColumnWidth(i, c.width)
	}
	v.table.OnSelected = func(id widget.TableCellID) {
		if id.Row >= 0 && id.Row < len(v.rows) {
			e.details.showIndicator(v.rows[id.Row])
		}
	}
	return v
}

func (v *indicatorView) content() fyne.CanvasObject {
	v.top = container.NewBorder(nil, nil, nil, v.count, v.filter)
	return container.NewBorder(v.top, nil, nil, nil, v.table)
}

// updateHeader makes each column header a button that sorts by it.
func (v *indicatorView) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	b := o.(*widget.Button)
	if id.Col < 0 {
		b.SetText("")
		return
	}
	title := indicatorColumns[id.Col].title
	if id.Col == v.sortBy {
		title += map[bool]string{false: " ▲", true: " ▼"}[v.desc]
	}
	b.SetText(title)
	col := id.Col
	b.OnTapped = func() { v.sortColumn(col) }
}

// sortColumn sorts by col, or reverses the order when already sorted by it.
func (v *indicatorView) sortColumn(col int) {
	if v.sortBy == col {
		v.desc = !v.desc
	} else {
		v.sortBy, v.desc = col, false
	}
	v.apply()
}

// load reads every indicator value once per store change.
func (v *indicatorView) load() {
	if v.loaded {
		return
	}
	rows, err := v.e.st.Indicators(v.e.ctx, "")
	if err != nil {
		v.e.report(err)
	}
	v.all, v.loaded = rows, true
	v.apply()
}

// invalidate makes the next load read the store again.
func (v *indicatorView) invalidate() { v.loaded = false }

// apply filters and sorts the rows and refreshes the table. Rows equal in
// the sort column keep name, place, year order so that one indicator's
// values across years and places stand together.
func (v *indicatorView) apply() {
	q := strings.TrimSpace(v.filter.Text)
	v.rows = v.rows[:0]
	for _, r := range v.all {
		if q == "" || strings.Contains(r.Name, q) {
			v.rows = append(v.rows, r)
		}
	}
	col := indicatorColumns[v.sortBy]
	slices.SortStableFunc(v.rows, func(a, b graphmodel.IndicatorRow) int {
		c := col.less(a, b)
		if v.desc {
			c = -c
		}
		return cmp.Or(c, strings.Compare(a.Name, b.Name), strings.Compare(a.Place, b.Place), cmp.Compare(a.Year, b.Year), strings.Compare(a.Kind, b.Kind))
	})
	v.count.SetText(fmt.Sprintf("%d / %d 条", len(v.rows), len(v.all)))
	if v.top != nil {
		v.top.Refresh() // the count's new width needs a new layout
	}
	v.table.Refresh()
}

// indicatorGrid is a small year × kind × value × unit table.
func indicatorGrid(rows []graphmodel.IndicatorRow) fyne.CanvasObject {
	g := container.NewGridWithColumns(4, heading("年份"), heading("类型"), heading("数值"), heading("单位"))
	for _, r := range rows {
		g.Add(widget.NewLabel(yearText(r.Year)))
		g.Add(widget.NewLabel(kindText(r.Kind)))
		g.Add(widget.NewLabel(valueText(r)))
		g.Add(widget.NewLabel(r.Unit))
	}
	return g
}

func yearText(y int) string {
	if y == 0 {
		return "—"
	}
	return strconv.Itoa(y)
}

func kindText(k string) string {
	switch k {
	case "actual":
		return "实际"
	case "target":
		return "目标"
	}
	return k
}

// valueText formats a value, a range, an estimate or a missing value.
func valueText(r graphmodel.IndicatorRow) string {
	if r.Value == nil {
		return "—"
	}
	s := strconv.FormatFloat(*r.Value, 'f', -1, 64)
	if r.ValueMax != nil {
		s += "–" + strconv.FormatFloat(*r.ValueMax, 'f', -1, 64)
	}
	if r.Estimated {
		s = "约 " + s
	}
	return s
}

// compareValues orders rows by value, missing values first.
func compareValues(a, b graphmodel.IndicatorRow) int {
	switch {
	case a.Value == nil && b.Value == nil:
		return 0
	case a.Value == nil:
		return -1
	case b.Value == nil:
		return 1
	}
	return cmp.Compare(*a.Value, *b.Value)
}
