package explorer

import (
	"fmt"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"github.com/policygraph/policygraph/extract"
	"github.com/policygraph/policygraph/graphmodel"
	"github.com/policygraph/policygraph/style"
)

// browseLimit is the most entities the browse list shows for a search.
const browseLimit = 500

// browsePanel is the left panel: search box, type filters with counts and
// the entity list sorted by number of connections.
type browsePanel struct {
	e      *Explorer
	search *widget.Entry
	checks map[string]*widget.Check
	list   *widget.List
	items  []graphmodel.Node
	count  *widget.Label
}

func newBrowsePanel(e *Explorer) *browsePanel {
	b := &browsePanel{e: e, checks: map[string]*widget.Check{}}
	b.search = widget.NewEntry()
	b.search.SetPlaceHolder("搜索名称或拼音，如 tyz (Ctrl+F)")
	b.search.OnChanged = func(string) { b.query() }
	for _, t := range extract.Types {
		c := widget.NewCheck(style.TypeName(t), func(bool) { b.query() })
		c.Checked = true
		b.checks[t] = c
	}
	b.count = widget.NewLabel("")
	b.list = widget.NewList(b.length, b.createRow, b.updateRow)
	b.list.OnSelected = func(i widget.ListItemID) {
		b.list.UnselectAll()
		if i < len(b.items) {
			e.report(e.Focus(b.items[i].ID))
		}
	}
	return b
}

// content lays the panel out.
func (b *browsePanel) content() fyne.CanvasObject {
	filters := container.NewGridWithColumns(2)
	for _, t := range extract.Types {
		filters.Add(container.NewHBox(swatch(t), b.checks[t]))
	}
	top := container.NewVBox(b.search, heading("类型"), filters, widget.NewSeparator(), b.count)
	return container.NewBorder(top, nil, nil, nil, b.list)
}

// reload refreshes the type counts and the list, e.g. after an import.
func (b *browsePanel) reload() {
	counts, err := b.e.st.TypeCounts(b.e.ctx)
	if err != nil {
		b.e.report(err)
	}
	for _, t := range extract.Types {
		b.checks[t].Text = fmt.Sprintf("%s %d", style.TypeName(t), counts[t])
		b.checks[t].Refresh()
	}
	b.query()
}

// checkedTypes returns the checked types, or nil when all are checked.
func (b *browsePanel) checkedTypes() []string {
	var out []string
	for _, t := range extract.Types {
		if b.checks[t].Checked {
			out = append(out, t)
		}
	}
	if len(out) == len(extract.Types) {
		return nil
	}
	if out == nil {
		return []string{}
	}
	return out
}

// query fills the list from the search box and the type filters.
func (b *browsePanel) query() {
	types := b.checkedTypes()
	var nodes []graphmodel.Node
	var err error
	switch {
	case types != nil && len(types) == 0:
		nodes = nil
	case b.search.Text == "":
		nodes, err = b.e.st.Nodes(b.e.ctx, types)
	default:
		nodes, err = b.e.st.Search(b.e.ctx, b.search.Text, types, browseLimit)
	}
	if err != nil {
		b.e.report(err)
	}
	b.items = nodes
	b.count.SetText(fmt.Sprintf("%d 个实体（按关系数排序）", len(nodes)))
	b.list.Refresh()
}

func (b *browsePanel) length() int { return len(b.items) }

func (b *browsePanel) createRow() fyne.CanvasObject {
	name := widget.NewLabel("")
	name.Truncation = fyne.TextTruncateEllipsis
	degree := container.New(layout.NewCustomPaddedLayout(0, 0, 0, 12), widget.NewLabel(""))
	return container.NewBorder(nil, nil, container.NewStack(swatch(extract.TypeTown)), degree, name)
}

func (b *browsePanel) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	n := b.items[i]
	row := o.(*fyne.Container)
	row.Objects[0].(*widget.Label).SetText(n.Name)
	holder := row.Objects[1].(*fyne.Container)
	holder.Objects = []fyne.CanvasObject{swatch(n.Type)}
	holder.Refresh()
	row.Objects[2].(*fyne.Container).Objects[0].(*widget.Label).SetText(strconv.Itoa(n.Degree))
}

// focusSearch puts the keyboard focus in the search box.
func (b *browsePanel) focusSearch() {
	b.e.win.Canvas().Focus(b.search)
}
