package explorer

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// shortcut is a Ctrl (Cmd on macOS) key combination.
func shortcut(k fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
}

// item is a menu item with a keyboard shortcut, shown in the menu.
func item(label string, sc fyne.Shortcut, f func()) *fyne.MenuItem {
	m := fyne.NewMenuItem(label, f)
	m.Shortcut = sc
	return m
}

// onSelection runs f with the selected node, if any.
func (e *Explorer) onSelection(f func(string)) func() {
	return func() {
		if id := e.view.Selected(); id != "" {
			f(id)
		}
	}
}

// menuItems returns the main menu; the same items carry the shortcuts.
func (e *Explorer) mainMenu() *fyne.MainMenu {
	expand := func(id string) { e.report(e.Expand(id)) }
	e.ringsItem = item("按类型分环（政策居中、镇街在外）", &desktop.CustomShortcut{KeyName: fyne.KeyL, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}, e.ToggleRings)
	e.ringsItem.Checked = e.layout.rings
	return fyne.NewMainMenu(
		fyne.NewMenu("文件",
			item("导入文档…", shortcut(fyne.KeyO), e.showImportDialog),
			item("导出…", shortcut(fyne.KeyE), e.showExportDialog),
		),
		fyne.NewMenu("编辑",
			item("撤销", &fyne.ShortcutUndo{}, e.Undo),
			item("重做", &fyne.ShortcutRedo{}, e.Redo),
			fyne.NewMenuItemSeparator(),
			item("搜索", shortcut(fyne.KeyF), e.browse.focusSearch),
		),
		fyne.NewMenu("图谱",
			item("展开所选节点", shortcut(fyne.KeyReturn), e.onSelection(expand)),
			item("收起所选节点", shortcut(fyne.KeyBackspace), e.onSelection(e.Collapse)),
			item("隐藏所选节点", &desktop.CustomShortcut{KeyName: fyne.KeyDelete, Modifier: fyne.KeyModifierShift}, e.onSelection(e.Hide)),
			item("固定/取消固定", shortcut(fyne.KeyK), e.onSelection(e.TogglePin)),
			fyne.NewMenuItemSeparator(),
			item("重新布局（力导向）", shortcut(fyne.KeyL), e.Relayout),
			item("径向布局（以所选为中心）", shortcut(fyne.KeyR), e.RadialLayout),
			item("按类型分组布局", shortcut(fyne.KeyG), e.GroupedLayout),
			e.ringsItem,
			item("最短路径…", shortcut(fyne.KeyP), e.showPathDialog),
			fyne.NewMenuItem("清空画布", e.Clear),
		),
		fyne.NewMenu("视图",
			item("放大", shortcut(fyne.KeyEqual), func() { e.view.ZoomBy(1.25) }),
			item("缩小", shortcut(fyne.KeyMinus), func() { e.view.ZoomBy(0.8) }),
			item("适应窗口", shortcut(fyne.Key0), e.view.Fit),
			fyne.NewMenuItemSeparator(),
			item("浅色/深色主题", shortcut(fyne.KeyT), e.toggleTheme),
		),
		fyne.NewMenu("导航",
			item("后退", &desktop.CustomShortcut{KeyName: fyne.KeyLeft, Modifier: fyne.KeyModifierAlt}, e.Back),
			item("前进", &desktop.CustomShortcut{KeyName: fyne.KeyRight, Modifier: fyne.KeyModifierAlt}, e.Forward),
		),
	)
}

// addShortcuts registers keys that are not in the menu: Delete hides the
// selected node when no text field has the focus.
func (e *Explorer) addShortcuts() {
	e.win.Canvas().SetOnTypedKey(func(ev *fyne.KeyEvent) {
		if ev.Name == fyne.KeyDelete {
			e.onSelection(e.Hide)()
		}
	})
}

// showNodeMenu pops up the actions for a node at a point of the canvas.
func (e *Explorer) showNodeMenu(id string, at fyne.Position) {
	pinLabel := "固定位置"
	if e.view.Scene().Pinned[id] {
		pinLabel = "取消固定"
	}
	m := fyne.NewMenu("",
		fyne.NewMenuItem("展开相邻节点", func() { e.report(e.Expand(id)) }),
		fyne.NewMenuItem("收起", func() { e.Collapse(id) }),
		fyne.NewMenuItem("隐藏", func() { e.Hide(id) }),
		fyne.NewMenuItem(pinLabel, func() { e.TogglePin(id) }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("从这里找最短路径…", func() { e.showPathDialogFrom(id) }),
	)
	abs := fyne.CurrentApp().Driver().AbsolutePositionForObject(e.view).Add(at)
	widget.ShowPopUpMenuAtPosition(m, e.win.Canvas(), abs)
}
