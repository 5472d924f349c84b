package explorer

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/policygraph/policygraph/graphmodel"
	"github.com/policygraph/policygraph/style"
)

// pickerLimit is how many matches an entity picker lists.
const pickerLimit = 30

// entityPicker is a search box with a short list of matches; tapping a
// match picks it.
type entityPicker struct {
	e      *Explorer
	entry  *widget.Entry
	list   *widget.List
	items  []graphmodel.Node
	picked graphmodel.Node
	label  *widget.Label
}

func newEntityPicker(e *Explorer, title string) *entityPicker {
	p := &entityPicker{e: e, label: widget.NewLabel(title + "：未选择")}
	p.entry = widget.NewEntry()
	p.entry.SetPlaceHolder("输入名称或拼音")
	p.entry.OnChanged = p.search
	p.list = widget.NewList(
		func() int { return len(p.items) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			n := p.items[i]
			o.(*widget.Label).SetText(n.Name + "（" + style.TypeName(n.Type) + "）")
		})
	p.list.OnSelected = func(i widget.ListItemID) {
		if i < len(p.items) {
			p.pick(title, p.items[i])
		}
	}
	return p
}

func (p *entityPicker) search(q string) {
	if q == "" {
		p.items = nil
	} else {
		nodes, err := p.e.st.Search(p.e.ctx, q, nil, pickerLimit)
		p.e.report(err)
		p.items = nodes
	}
	p.list.UnselectAll()
	p.list.Refresh()
}

func (p *entityPicker) pick(title string, n graphmodel.Node) {
	p.picked = n
	p.label.SetText(title + "：" + n.Name)
}

func (p *entityPicker) content() fyne.CanvasObject {
	return container.NewBorder(container.NewVBox(p.label, p.entry), nil, nil, nil, p.list)
}

// showPathDialog asks for two entities and shows the shortest path(s)
// between them, starting from the selected node when there is one.
func (e *Explorer) showPathDialog() { e.showPathDialogFrom(e.view.Selected()) }

func (e *Explorer) showPathDialogFrom(id string) {
	from, to := newEntityPicker(e, "起点"), newEntityPicker(e, "终点")
	if id != "" {
		if n, err := e.st.Node(e.ctx, id); err == nil {
			from.pick("起点", n)
		}
	}
	body := container.NewGridWithColumns(2, from.content(), to.content())
	d := dialog.NewCustomConfirm("最短路径", "显示路径", "取消", body, func(ok bool) {
		if ok && from.picked.ID != "" && to.picked.ID != "" {
			e.report(e.ShowPath(from.picked.ID, to.picked.ID))
		}
	}, e.win)
	d.Resize(fyne.NewSize(640, 420))
	d.Show()
}
