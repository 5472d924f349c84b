package export

import (
	"reflect"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// TestSubsetKeepsOutlines subsets each bundled face to a few runes and
// checks that the subset maps every rune to a glyph with the same outline
// and advance as the original, and that it is much smaller.
func TestSubsetKeepsOutlines(t *testing.T) {
	fs, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]struct {
		face  int
		runes string
	}{
		"cjk":                  {fontCJK, "堂邑镇入选省级乡村振兴齐鲁样板示范区，（）"},
		"latin":                {fontLatin, "GDP 2024 “增速” %"},
		"latin with composite": {fontLatin, "éÅñü"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			cmap := map[rune]uint16{}
			for _, r := range tc.runes {
				if ri := fs.info(r); ri.font == tc.face {
					cmap[r] = uint16(ri.glyph)
				}
			}
			if len(cmap) == 0 {
				t.Fatalf("no rune of %q is drawn by face %d", tc.runes, tc.face)
			}
			sub, err := subsetFont(fs.data[tc.face], cmap)
			if err != nil {
				t.Fatal(err)
			}
			if len(sub)*10 > len(fs.data[tc.face]) {
				t.Errorf("subset is %d bytes, original %d", len(sub), len(fs.data[tc.face]))
			}
			parsed, err := sfnt.Parse(sub)
			if err != nil {
				t.Fatalf("subset does not parse: %v", err)
			}
			for r, g := range cmap {
				compareGlyph(t, fs.fonts[tc.face], sfnt.GlyphIndex(g), parsed, r)
			}
		})
	}
}

// compareGlyph checks that rune r has in sub the outline and advance that
// glyph g has in orig.
func compareGlyph(t *testing.T, orig *sfnt.Font, g sfnt.GlyphIndex, sub *sfnt.Font, r rune) {
	t.Helper()
	var b1, b2 sfnt.Buffer
	ppem := fixed.I(64)
	sg, err := sub.GlyphIndex(&b2, r)
	if err != nil || sg == 0 {
		t.Errorf("%q: not in the subset's cmap (%v)", r, err)
		return
	}
	want, err1 := orig.LoadGlyph(&b1, g, ppem, nil)
	got, err2 := sub.LoadGlyph(&b2, sg, ppem, nil)
	if err1 != nil || err2 != nil {
		t.Errorf("%q: load: %v / %v", r, err1, err2)
		return
	}
	if !reflect.DeepEqual([]sfnt.Segment(want), []sfnt.Segment(got)) {
		t.Errorf("%q: outline differs (%d vs %d segments)", r, len(want), len(got))
	}
	a1, _ := orig.GlyphAdvance(&b1, g, ppem, font.HintingNone)
	a2, _ := sub.GlyphAdvance(&b2, sg, ppem, font.HintingNone)
	if a1 != a2 {
		t.Errorf("%q: advance %v, want %v", r, a2, a1)
	}
}

func TestSubsetRejectsGarbage(t *testing.T) {
	tests := map[string][]byte{
		"empty":     nil,
		"too short": []byte("OTTO"),
		"no tables": {0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
	}
	for name, data := range tests {
		t.Run(name, func(t *testing.T) {
			if _, err := subsetFont(data, map[rune]uint16{'a': 1}); err == nil {
				t.Error("no error")
			}
		})
	}
}
