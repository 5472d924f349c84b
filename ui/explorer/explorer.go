package explorer

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/policygraph/policygraph/graphmodel"
	"github.com/policygraph/policygraph/ui/graphview"
	"github.com/policygraph/policygraph/ui/history"
)

// DefaultCap is how many neighbours one expansion adds at most; the rest
// wait behind the node's "+N" badge.
const DefaultCap = 30

// Options configure the explorer.
type Options struct {
	// ImportBundled imports the bundled report, with a progress dialog,
	// when the store holds no document yet (the first run).
	ImportBundled bool
	// Cap is the most neighbours one expansion adds (0 = DefaultCap).
	Cap int
	// Animate lets the layout settle in a short animation. When false the
	// layout runs to convergence at once, which tests rely on.
	Animate bool
	// Dark starts in the dark theme variant.
	Dark bool
	// FocusTop puts the best connected entity on the canvas at start.
	FocusTop bool
}

// Explorer is the main window and the state behind it. Its methods must
// be called on the UI goroutine.
type Explorer struct {
	app  fyne.App
	win  fyne.Window
	st   *graphmodel.Store
	ctx  context.Context
	opts Options

	view    *graphview.View
	undo    *history.Stack[*graphview.Scene]
	trail   history.Trail
	browse  *browsePanel
	details *detailsPanel
	matrix  *matrixView
	inds    *indicatorView
	docs    *documentView
	tabs    *container.AppTabs
	tools   *toolbar
	tips    *tipLayer
	status  *widget.Label
	layout  *animator
	dark    bool
	// ringsItem is the menu item of the ring layout, checked when on.
	ringsItem *fyne.MenuItem
}

// New builds the explorer window on st inside a. Show it with
// Window().ShowAndRun() or, in tests, drive it directly.
func New(a fyne.App, st *graphmodel.Store, opts Options) *Explorer {
	if opts.Cap <= 0 {
		opts.Cap = DefaultCap
	}
	e := &Explorer{
		app:  a,
		st:   st,
		ctx:  context.Background(),
		opts: opts,
		undo: history.NewStack[*graphview.Scene](200),
		dark: opts.Dark,
	}
	e.win = a.NewWindow("政策图谱 PolicyGraph")
	e.applyTheme()
	e.build()
	e.win.Resize(fyne.NewSize(1280, 800))
	e.win.SetMainMenu(e.mainMenu())
	e.addShortcuts()
	e.reload()
	if opts.ImportBundled {
		e.importBundledIfEmpty()
	}
	if opts.FocusTop {
		e.focusTop()
	}
	return e
}

// Window returns the explorer's window.
func (e *Explorer) Window() fyne.Window { return e.win }

// View returns the graph canvas.
func (e *Explorer) View() *graphview.View { return e.view }

// build creates the panels and puts them in splits.
func (e *Explorer) build() {
	e.view = graphview.NewView()
	e.layout = newAnimator(e.view, e.opts.Animate)
	e.bindView()
	e.browse = newBrowsePanel(e)
	e.details = newDetailsPanel(e)
	e.matrix = newMatrixView(e)
	e.inds = newIndicatorView(e)
	e.docs = newDocumentView(e)
	e.tips = newTipLayer()
	e.tools = newToolbar(e)
	e.status = widget.NewLabel("")
	e.status.Truncation = fyne.TextTruncateEllipsis

	e.tabs = container.NewAppTabs(
		container.NewTabItem("图谱", e.view),
		container.NewTabItem("矩阵", e.matrix.content()),
		container.NewTabItem("指标", e.inds.content()),
		container.NewTabItem("文档", e.docs.content()),
	)
	e.tabs.OnSelected = func(*container.TabItem) { e.refreshTab() }
	right := container.NewHSplit(e.tabs, e.details.content())
	right.Offset = 0.7
	main := container.NewHSplit(e.browse.content(), right)
	main.Offset = 0.2
	body := container.NewBorder(e.tools.content(), e.status, nil, nil, main)
	e.win.SetContent(container.NewStack(body, e.tips.layer))
}

// bindView connects the canvas callbacks to the explorer's actions.
func (e *Explorer) bindView() {
	e.view.OnSelect = func(id string) {
		if id == "" {
			e.details.clear()
			return
		}
		e.Select(id)
	}
	e.view.OnSelectEdge = func(edge graphmodel.Edge) { e.details.showEdge(edge) }
	e.view.OnExpand = func(id string) {
		e.Select(id)
		e.report(e.Expand(id))
	}
	e.view.OnMore = func(id string) { e.report(e.More(id)) }
	e.view.OnMenu = e.showNodeMenu
	e.view.OnEdit = func(label string, before *graphview.Scene) {
		e.layout.stop()
		e.undo.Record(label, before)
		e.tools.refresh()
	}
}

// reload reads the documents and type counts again, e.g. after an import,
// and updates the title and every view.
func (e *Explorer) reload() {
	docs, err := e.st.Documents(e.ctx)
	if err != nil {
		e.report(err)
	}
	e.win.SetTitle(windowTitle(docs, e.st.Spec()))
	e.browse.reload()
	e.docs.setDocuments(docs)
	e.refreshTab()
	e.setStatus(fmt.Sprintf("已载入 %d 份文档", len(docs)))
}

// refreshTab reloads the view in the selected tab.
func (e *Explorer) refreshTab() {
	switch e.tabs.SelectedIndex() {
	case 1:
		e.matrix.load()
	case 2:
		e.inds.load()
	}
}

// windowTitle names the program, the loaded documents and the store.
func windowTitle(docs []graphmodel.DocInfo, spec string) string {
	if len(docs) == 0 {
		return "政策图谱 PolicyGraph — 尚未导入文档"
	}
	var names []string
	for i, d := range docs {
		if i == 3 {
			names = append(names, fmt.Sprintf("等 %d 份", len(docs)))
			break
		}
		names = append(names, docLabel(d))
	}
	title := "政策图谱 PolicyGraph — " + strings.Join(names, "、")
	if spec != "" {
		title += " [" + spec + "]"
	}
	return title
}

// docLabel is a short name for a document: place and year(s).
func docLabel(d graphmodel.DocInfo) string {
	year := d.PlanYear
	if year == 0 {
		year = d.ReviewYear
	}
	switch {
	case d.Place != "" && year != 0:
		return fmt.Sprintf("%s %d", d.Place, year)
	case d.Title != "":
		return d.Title
	}
	return d.ID
}

// setStatus shows a line in the status bar.
func (e *Explorer) setStatus(s string) { e.status.SetText(s) }
