// Package uitheme is the explorer's Fyne theme: the default Fyne look with
// the bundled CJK font, so Chinese labels render on machines that have no
// Chinese fonts, in a light, a dark or the system's variant.
package uitheme

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/policygraph/policygraph/resources"
)

// cjkFont is the bundled CJK face as a Fyne resource. Fyne tries the
// theme's font first and falls back to its own Latin font (Noto Sans) for
// runes the CJK face lacks: Latin letters, digits and curly quotes.
var cjkFont = fyne.NewStaticResource(resources.CJKFontName, resources.CJKFont)

// Theme is a fyne.Theme that draws text with the bundled CJK font and
// otherwise looks like Fyne's default theme.
type Theme struct {
	variant fyne.ThemeVariant
	fixed   bool
}

var _ fyne.Theme = (*Theme)(nil)

// System returns a theme that follows the system's light or dark setting.
func System() *Theme { return &Theme{} }

// Light returns the light variant whatever the system setting.
func Light() *Theme { return &Theme{variant: theme.VariantLight, fixed: true} }

// Dark returns the dark variant whatever the system setting.
func Dark() *Theme { return &Theme{variant: theme.VariantDark, fixed: true} }

// CJKFont returns the bundled CJK font resource.
func CJKFont() fyne.Resource { return cjkFont }

// Color returns the default theme's colour for the theme's variant.
func (t *Theme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if t.fixed {
		v = t.variant
	}
	return theme.DefaultTheme().Color(n, v)
}

// Font returns the CJK font for proportional text and Fyne's default font
// for monospace and symbol text.
func (t *Theme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Monospace || s.Symbol {
		return theme.DefaultTheme().Font(s)
	}
	return cjkFont
}

// Icon returns the default theme's icon.
func (t *Theme) Icon(n fyne.ThemeIconName) fyne.Resource {
	return theme.DefaultTheme().Icon(n)
}

// Size returns the default theme's size.
func (t *Theme) Size(n fyne.ThemeSizeName) float32 {
	return theme.DefaultTheme().Size(n)
}
