package export

import (
	"image"
	"testing"
)

// latinOnly returns a font set without the CJK face: Chinese runes fall
// back to the Latin face's missing-glyph box, the U+FFFD-like rendering
// the exporter must not produce.
func latinOnly(t *testing.T) *fontSet {
	t.Helper()
	fs, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	latin, err := newFontSet(fs.data[fontLatin], fs.data[fontLatin])
	if err != nil {
		t.Fatal(err)
	}
	return latin
}

// drawText renders s at 24 px on white and returns the image.
func drawText(fs *fontSet, s string) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, 40*len([]rune(s)), 40))
	c := &canvas{img: img, scale: 1}
	c.fill(whiteBackground)
	newGlyphCache(fs).drawString(img, s, 4, 30, 24, labelBlack)
	return img
}

// differing counts the pixels where a and b differ clearly.
func differing(a, b *image.RGBA) int {
	n := 0
	for i := 0; i+3 < len(a.Pix) && i+3 < len(b.Pix); i += 4 {
		d := int(a.Pix[i]) - int(b.Pix[i])
		if d > 64 || d < -64 {
			n++
		}
	}
	return n
}

func TestChineseGlyphsDrawn(t *testing.T) {
	fs, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	missing := latinOnly(t)
	seen := map[string]rune{}
	for _, r := range "堂邑镇乡村振兴齐鲁样板示范区" {
		got := drawText(fs, string(r))
		if ink := inked(got, got.Bounds()); ink < 20 {
			t.Errorf("%q: only %d dark pixels", r, ink)
		}
		if n := differing(got, drawText(missing, string(r))); n < 20 {
			t.Errorf("%q looks like the missing-glyph box (%d pixels differ)", r, n)
		}
		key := string(got.Pix)
		if prev, ok := seen[key]; ok {
			t.Errorf("%q and %q render identically", r, prev)
		}
		seen[key] = r
	}
}

// TestPNGLabelsAreNotMissingGlyphs renders the fixture with the real fonts
// and with the CJK face missing, and checks that every node label differs.
func TestPNGLabelsAreNotMissingGlyphs(t *testing.T) {
	fs, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	opt := fixtureOptions("png", 1)
	sc := buildScene(fs, sampleGraph(), samplePositions(), opt)
	good, err := drawScene(fs, sc, 1, false)
	if err != nil {
		t.Fatal(err)
	}
	bad, err := drawScene(latinOnly(t), sc, 1, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, tx := range sc.Texts {
		if tx.Kind != nodeLabel {
			continue
		}
		box := pixelBox(sc, tx.Box, 1)
		if n := differing(good.SubImage(box).(*image.RGBA), bad.SubImage(box).(*image.RGBA)); n < 20 {
			t.Errorf("label %q: drawn like missing glyphs (%d pixels differ)", tx.Text, n)
		}
	}
}

func TestLatinRunesUseLatinFace(t *testing.T) {
	fs, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]struct {
		r    rune
		face int
	}{
		"letter":      {'G', fontLatin},
		"digit":       {'7', fontLatin},
		"curly quote": {'“', fontLatin},
		"hanzi":       {'堂', fontCJK},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			ri := fs.info(tc.r)
			if ri.font != tc.face || ri.glyph == 0 {
				t.Errorf("%q: face %d glyph %d, want face %d with a glyph", tc.r, ri.font, ri.glyph, tc.face)
			}
		})
	}
}
