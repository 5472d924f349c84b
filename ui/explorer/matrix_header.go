package explorer

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/policygraph/policygraph/graphmodel"
)

// matrixHeader names a row or a column of the matrix. A column name
// wraps over as many lines as the header row holds, ending in "…" only
// past that; tapping a name shows the entity in the details panel.
//
// It is deliberately not hoverable: the table resizes columns by
// dragging their header borders, which needs the hover events.
type matrixHeader struct {
	widget.BaseWidget
	label *widget.Label
	node  graphmodel.Node
	v     *matrixView
}

var _ fyne.Tappable = (*matrixHeader)(nil)

func newMatrixHeader(v *matrixView) *matrixHeader {
	h := &matrixHeader{label: widget.NewLabel(""), v: v}
	h.label.Truncation = fyne.TextTruncateEllipsis
	h.ExtendBaseWidget(h)
	return h
}

// CreateRenderer implements fyne.Widget.
func (h *matrixHeader) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(h.label)
}

// set shows node n (none when its id is empty), wrapping for a column.
func (h *matrixHeader) set(n graphmodel.Node, column bool) {
	h.node = n
	h.label.Wrapping = fyne.TextWrapOff
	if column {
		h.label.Wrapping = fyne.TextWrapBreak
	}
	h.label.SetText(n.Name)
}

// Tapped shows the named entity in the details panel.
func (h *matrixHeader) Tapped(*fyne.PointEvent) {
	if h.node.ID != "" {
		h.v.e.Select(h.node.ID)
	}
}
