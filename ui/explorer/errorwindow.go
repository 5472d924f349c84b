package explorer

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/policygraph/policygraph/ui/uitheme"
)

// ErrorWindow returns a small window that says, in plain words, why the
// explorer could not open (a store held by another process, a directory
// that is not a store …), for users who started it from a desktop icon
// and would never see a terminal message. Its button quits.
func ErrorWindow(a fyne.App, err error) fyne.Window {
	a.Settings().SetTheme(uitheme.Light())
	w := a.NewWindow("PolicyGraph 无法打开数据库")
	msg := widget.NewLabel(plain(err))
	msg.Wrapping = fyne.TextWrapWord
	quit := widget.NewButton("关闭", a.Quit)
	quit.Importance = widget.HighImportance
	// A wrapping label has no width of its own: give it a fixed box so the
	// window does not grow one character wide and screens tall.
	text := container.NewGridWrap(fyne.NewSize(480, 130), msg)
	w.SetContent(container.NewPadded(container.NewVBox(text, container.NewCenter(quit))))
	return w
}
