package explorer

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"

	"github.com/policygraph/policygraph/style"
)

// swatch returns a small marker in a type's colour and shape, as legends
// and lists show it.
func swatch(typ string) fyne.CanvasObject {
	st := style.ForType(typ)
	var shape fyne.CanvasObject
	switch {
	case st.Shape == style.Circle:
		c := canvas.NewCircle(st.Fill)
		c.StrokeColor, c.StrokeWidth = st.Stroke, 1
		shape = c
	case st.Shape.Sides() == 0:
		r := canvas.NewRectangle(st.Fill)
		r.StrokeColor, r.StrokeWidth, r.CornerRadius = st.Stroke, 1, 3
		shape = r
	default:
		p := canvas.NewPolygon(uint(st.Shape.Sides()), st.Fill)
		p.Angle = st.Shape.Angle()
		p.StrokeColor, p.StrokeWidth = st.Stroke, 1
		shape = p
	}
	return container.NewGridWrap(fyne.NewSize(14, 14), shape)
}
