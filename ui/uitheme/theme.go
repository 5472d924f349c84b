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

// Colour and size names the explorer adds to Fyne's. Fyne's own
// low-importance grey (ColorNameDisabled, #e3e3e3 on white) is far too
// faint for text an analyst must read, and the CJK font has no bold
// face (Fyne would draw only the Latin runes of bold text bold), so
// secondary text gets a muted colour and headings a larger size.
const (
	// ColorNameMuted is for secondary text such as evidence sources:
	// quieter than the foreground, yet at least 4.5:1 against the
	// background in both variants.
	ColorNameMuted fyne.ThemeColorName = "policygraph-muted"
	// ColorNameMark is for a passage the reader was sent to, e.g. the
	// sentence an evidence card cites.
	ColorNameMark fyne.ThemeColorName = "policygraph-mark"
	// SizeNameSection is the text size of section headings in panels.
	SizeNameSection fyne.ThemeSizeName = "policygraph-section"
)

// extraColours holds the added colours per variant (light, dark).
var extraColours = map[fyne.ThemeColorName][2]color.NRGBA{
	ColorNameMuted: {{R: 0x6b, G: 0x6b, B: 0x6b, A: 0xff}, {R: 0xa8, G: 0xa8, B: 0xa8, A: 0xff}},
	ColorNameMark:  {{R: 0x9a, G: 0x5b, B: 0x00, A: 0xff}, {R: 0xf0, G: 0xb4, B: 0x50, A: 0xff}},
}

// sectionSize is SizeNameSection: between body text (14) and Fyne's
// subheading (18).
const sectionSize = 16

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

// Color returns the added colours (ColorNameMuted, ColorNameMark) and
// otherwise the default theme's colour, for the theme's variant.
func (t *Theme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if t.fixed {
		v = t.variant
	}
	if c, ok := extraColours[n]; ok {
		if v == theme.VariantDark {
			return c[1]
		}
		return c[0]
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

// Size returns SizeNameSection and otherwise the default theme's size.
func (t *Theme) Size(n fyne.ThemeSizeName) float32 {
	if n == SizeNameSection {
		return sectionSize
	}
	return theme.DefaultTheme().Size(n)
}
