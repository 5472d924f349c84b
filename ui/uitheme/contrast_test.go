package uitheme

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// luminance is the WCAG relative luminance of c.
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		f := float64(v) / 0xffff
		if f <= 0.03928 {
			return f / 12.92
		}
		return math.Pow((f+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// contrast is the WCAG contrast ratio of two colours.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

func TestAddedColoursReadable(t *testing.T) {
	tests := map[string]struct {
		th      *Theme
		variant fyne.ThemeVariant
	}{
		"light": {th: Light(), variant: theme.VariantLight},
		"dark":  {th: Dark(), variant: theme.VariantDark},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			bg := tc.th.Color(theme.ColorNameBackground, tc.variant)
			fg := tc.th.Color(theme.ColorNameForeground, tc.variant)
			for _, n := range []fyne.ThemeColorName{ColorNameMuted, ColorNameMark} {
				c := tc.th.Color(n, tc.variant)
				if r := contrast(c, bg); r < 4.5 {
					t.Errorf("%s: contrast %.2f against the background, want at least 4.5", n, r)
				}
				if c == fg {
					t.Errorf("%s is the foreground colour", n)
				}
			}
			if contrast(tc.th.Color(ColorNameMuted, tc.variant), bg) >= contrast(fg, bg) {
				t.Error("muted text stands out more than body text")
			}
		})
	}
}

func TestSectionSize(t *testing.T) {
	th := Light()
	body, sub := th.Size(theme.SizeNameText), th.Size(theme.SizeNameSubHeadingText)
	if got := th.Size(SizeNameSection); got <= body || got >= sub {
		t.Errorf("section size %v, want between body %v and subheading %v", got, body, sub)
	}
}
