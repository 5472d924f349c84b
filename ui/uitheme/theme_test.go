package uitheme

import (
	"image"
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/policygraph/policygraph/ui/internal/golden"
)

// inkCount counts pixels that differ clearly from the background.
func inkCount(img image.Image, bg color.Color) int {
	br, bgr, bb, _ := bg.RGBA()
	n := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if diff(r, br)+diff(g, bgr)+diff(bl, bb) > 0x6000 {
				n++
			}
		}
	}
	return n
}

func diff(a, b uint32) uint32 {
	if a > b {
		return a - b
	}
	return b - a
}

// captureText renders one label with th and returns the capture.
func captureText(t *testing.T, th fyne.Theme, text string) image.Image {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(th)
	w := test.NewWindow(container.NewPadded(widget.NewLabel(text)))
	defer w.Close()
	w.Resize(fyne.NewSize(360, 48))
	return w.Canvas().Capture()
}

func TestFontCoversChineseAndLatin(t *testing.T) {
	tests := map[string]struct {
		text string
	}{
		"chinese":      {text: "堂邑镇"},
		"latin":        {text: "GDP"},
		"digits":       {text: "2024"},
		"curly quotes": {text: "“”"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			th := Light()
			bg := th.Color(theme.ColorNameBackground, theme.VariantLight)
			drawn := inkCount(captureText(t, th, tc.text), bg)
			// U+FFFD and .notdef boxes all look alike: a missing glyph
			// would draw the same ink as any other missing glyph, so
			// compare against a string of replacement characters.
			missing := inkCount(captureText(t, th, replacement(tc.text)), bg)
			if drawn == 0 {
				t.Fatalf("%q drew nothing", tc.text)
			}
			if drawn == missing {
				t.Errorf("%q drew as many pixels (%d) as replacement characters", tc.text, drawn)
			}
		})
	}
}

func replacement(s string) string {
	out := []rune{}
	for range []rune(s) {
		out = append(out, '\uFFFD')
	}
	return string(out)
}

func TestVariants(t *testing.T) {
	tests := map[string]struct {
		th   *Theme
		sys  fyne.ThemeVariant
		want fyne.ThemeVariant
	}{
		"light fixed": {th: Light(), sys: theme.VariantDark, want: theme.VariantLight},
		"dark fixed":  {th: Dark(), sys: theme.VariantLight, want: theme.VariantDark},
		"system dark": {th: System(), sys: theme.VariantDark, want: theme.VariantDark},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got := tc.th.Color(theme.ColorNameBackground, tc.sys)
			want := theme.DefaultTheme().Color(theme.ColorNameBackground, tc.want)
			if got != want {
				t.Errorf("background = %v, want %v", got, want)
			}
		})
	}
}

func TestGoldenSample(t *testing.T) {
	for name, th := range map[string]*Theme{"light": Light(), "dark": Dark()} {
		t.Run(name, func(t *testing.T) {
			a := test.NewTempApp(t)
			a.Settings().SetTheme(th)
			w := test.NewWindow(container.NewVBox(
				widget.NewLabel("东昌府区 2024年 GDP增长6.5%，“乡村振兴”示范片区"),
				widget.NewButton("堂邑镇 Tangyi", nil),
				widget.NewEntry(),
			))
			defer w.Close()
			w.Resize(fyne.NewSize(420, 140))
			golden.Assert(t, "sample_"+name+".png", w.Canvas().Capture())
		})
	}
}
