package explorer

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// tipLayer draws tooltips above the window content. It holds no
// tappable objects, so pointer events pass through to what lies below.
type tipLayer struct {
	layer *fyne.Container
	bg    *canvas.Rectangle
	text  *canvas.Text
}

func newTipLayer() *tipLayer {
	t := &tipLayer{
		bg:   canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground)),
		text: canvas.NewText("", theme.Color(theme.ColorNameForeground)),
	}
	t.bg.StrokeColor = theme.Color(theme.ColorNameShadow)
	t.bg.StrokeWidth = 1
	t.bg.CornerRadius = 4
	t.text.TextSize = theme.CaptionTextSize()
	t.layer = container.NewWithoutLayout(t.bg, t.text)
	t.hide()
	return t
}

// show puts a tooltip with text just below obj, or above it when there
// is no room below, and within the window's width.
func (t *tipLayer) show(text string, obj fyne.CanvasObject) {
	d := fyne.CurrentApp().Driver()
	top := d.AbsolutePositionForObject(obj).Subtract(d.AbsolutePositionForObject(t.layer))
	at := top.Add(fyne.NewPos(0, obj.Size().Height+4))
	t.text.Text = text
	t.text.Color = theme.Color(theme.ColorNameForeground)
	t.bg.FillColor = theme.Color(theme.ColorNameOverlayBackground)
	size := fyne.MeasureText(text, t.text.TextSize, t.text.TextStyle)
	if limit := t.layer.Size().Width - size.Width - 12; at.X > limit && limit > 0 {
		at.X = limit
	}
	if at.Y+size.Height+6 > t.layer.Size().Height && top.Y > size.Height+10 {
		at.Y = top.Y - size.Height - 10
	}
	t.bg.Move(at)
	t.bg.Resize(fyne.NewSize(size.Width+12, size.Height+6))
	t.text.Move(at.Add(fyne.NewPos(6, 3)))
	t.text.Resize(size)
	t.bg.Show()
	t.text.Show()
	t.layer.Refresh()
}

func (t *tipLayer) hide() {
	t.bg.Hide()
	t.text.Hide()
}

// tipButton is an icon button that shows a tooltip while hovered.
type tipButton struct {
	widget.Button
	tip  string
	tips *tipLayer
}

var _ desktop.Hoverable = (*tipButton)(nil)

func newTipButton(icon fyne.Resource, tip string, tips *tipLayer, tapped func()) *tipButton {
	b := &tipButton{tip: tip, tips: tips}
	b.Icon = icon
	b.OnTapped = tapped
	b.Importance = widget.LowImportance
	b.ExtendBaseWidget(b)
	return b
}

// MouseIn shows the tooltip.
func (b *tipButton) MouseIn(ev *desktop.MouseEvent) {
	b.Button.MouseIn(ev)
	b.tips.show(b.tip, b)
}

// MouseOut hides the tooltip.
func (b *tipButton) MouseOut() {
	b.Button.MouseOut()
	b.tips.hide()
}
