package explorer

import "image/color"

// withAlpha returns c with its alpha replaced by a.
func withAlpha(c color.Color, a uint8) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = a
	return n
}
