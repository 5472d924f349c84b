package explorer

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// toolbar is the row of icon buttons above the panels. Every tooltip
// names the keyboard shortcut.
type toolbar struct {
	e                         *Explorer
	back, forward, undo, redo *tipButton
	row                       *fyne.Container
}

func newToolbar(e *Explorer) *toolbar {
	t := &toolbar{e: e}
	tb := func(icon fyne.Resource, tip string, f func()) *tipButton { return newTipButton(icon, tip, e.tips, f) }
	sel := func(f func(string)) func() {
		return func() {
			if id := e.view.Selected(); id != "" {
				f(id)
			}
		}
	}
	t.back = tb(theme.NavigateBackIcon(), "后退 (Alt+←)", e.Back)
	t.forward = tb(theme.NavigateNextIcon(), "前进 (Alt+→)", e.Forward)
	t.undo = tb(theme.ContentUndoIcon(), "撤销 (Ctrl+Z)", e.Undo)
	t.redo = tb(theme.ContentRedoIcon(), "重做 (Ctrl+Y)", e.Redo)
	t.row = container.NewHBox(
		t.back, t.forward, widget.NewSeparator(), t.undo, t.redo, widget.NewSeparator(),
		tb(theme.ZoomInIcon(), "放大 (Ctrl+=)", func() { e.view.ZoomBy(1.25) }),
		tb(theme.ZoomOutIcon(), "缩小 (Ctrl+-)", func() { e.view.ZoomBy(0.8) }),
		tb(theme.ViewFullScreenIcon(), "适应窗口 (Ctrl+0)", e.view.Fit),
		widget.NewSeparator(),
		tb(theme.ContentAddIcon(), "展开所选节点 (Ctrl+Enter)", sel(func(id string) { e.report(e.Expand(id)) })),
		tb(theme.ContentRemoveIcon(), "收起所选节点 (Ctrl+Backspace)", sel(e.Collapse)),
		tb(theme.VisibilityOffIcon(), "隐藏所选节点 (Delete)", sel(e.Hide)),
		tb(theme.RadioButtonCheckedIcon(), "固定/取消固定所选节点 (Ctrl+K)", sel(e.TogglePin)),
		tb(theme.ViewRefreshIcon(), "重新布局 (Ctrl+L)", e.Relayout),
		tb(theme.DeleteIcon(), "清空画布", e.Clear),
		widget.NewSeparator(),
		tb(theme.SearchIcon(), "搜索 (Ctrl+F)", e.browse.focusSearch),
		tb(theme.MoreHorizontalIcon(), "最短路径 (Ctrl+P)", e.showPathDialog),
		widget.NewSeparator(),
		tb(theme.FolderOpenIcon(), "导入文档 (Ctrl+O)", e.showImportDialog),
		tb(theme.DocumentSaveIcon(), "导出 (Ctrl+E)", e.showExportDialog),
		tb(theme.ColorPaletteIcon(), "切换浅色/深色主题 (Ctrl+T)", e.toggleTheme),
	)
	t.refresh()
	return t
}

func (t *toolbar) content() fyne.CanvasObject {
	return container.NewVBox(t.row, widget.NewSeparator())
}

// refresh enables the history buttons that can act and names the
// action undo and redo would take.
func (t *toolbar) refresh() {
	setEnabled(t.back, t.e.trail.CanBack())
	setEnabled(t.forward, t.e.trail.CanForward())
	setEnabled(t.undo, t.e.undo.UndoLabel() != "")
	setEnabled(t.redo, t.e.undo.RedoLabel() != "")
	t.undo.tip = "撤销 " + t.e.undo.UndoLabel() + " (Ctrl+Z)"
	t.redo.tip = "重做 " + t.e.undo.RedoLabel() + " (Ctrl+Y)"
}

func setEnabled(b *tipButton, ok bool) {
	if ok {
		b.Enable()
	} else {
		b.Disable()
	}
}
