package export

import (
	"bytes"
	"hash/adler32"
	"image/png"
	"math"
	"testing"
)

func TestAdler32Combine(t *testing.T) {
	tests := map[string]struct{ a, b string }{
		"both empty":   {"", ""},
		"first empty":  {"", "堂邑镇"},
		"second empty": {"abc", ""},
		"long":         {string(bytes.Repeat([]byte{0xFF, 0x00, 0x7F}, 70000)), string(bytes.Repeat([]byte{0xFE}, 100003))},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			want := adler32.Checksum([]byte(tc.a + tc.b))
			got := adler32Combine(adler32.Checksum([]byte(tc.a)), adler32.Checksum([]byte(tc.b)), int64(len(tc.b)))
			if got != want {
				t.Errorf("combined %08x, want %08x", got, want)
			}
		})
	}
}

// TestBandedPNGMatchesWholeImage checks that drawing in bands loses
// nothing at band edges: the decoded PNG equals the picture drawn in one
// piece, opaque and transparent.
func TestBandedPNGMatchesWholeImage(t *testing.T) {
	fs, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	for _, transparent := range []bool{false, true} {
		opt := fixtureOptions("png", 2.3)
		sc := buildScene(fs, sampleGraph(), samplePositions(), opt)
		whole, err := drawScene(fs, sc, 2.3, transparent)
		if err != nil {
			t.Fatal(err)
		}
		if whole.Rect.Dy() < 3*bandHeight {
			t.Fatalf("image of %d rows spans too few bands", whole.Rect.Dy())
		}
		var buf bytes.Buffer
		if err := writePNG(&buf, fs, sc, 2.3, transparent); err != nil {
			t.Fatal(err)
		}
		got, err := png.Decode(&buf)
		if err != nil {
			t.Fatalf("transparent %v: %v", transparent, err)
		}
		if got.Bounds() != whole.Rect {
			t.Fatalf("bounds %v, want %v", got.Bounds(), whole.Rect)
		}
		bad := 0
		for y := 0; y < whole.Rect.Dy(); y++ {
			for x := 0; x < whole.Rect.Dx(); x++ {
				r1, g1, b1, a1 := got.At(x, y).RGBA()
				r2, g2, b2, a2 := whole.At(x, y).RGBA()
				if diff(r1, r2) > 0x200 || diff(g1, g2) > 0x200 || diff(b1, b2) > 0x200 || diff(a1, a2) > 0x200 {
					bad++
				}
			}
		}
		if bad > 0 {
			t.Errorf("transparent %v: %d pixels differ", transparent, bad)
		}
	}
}

func diff(a, b uint32) uint32 {
	if a > b {
		return a - b
	}
	return b - a
}

// TestLargePNGUsesRLE draws a picture above smallImage pixels, which
// takes the rleEncoder path, and checks that it decodes to the right size
// with the drawing in place.
func TestLargePNGUsesRLE(t *testing.T) {
	fs, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	opt := fixtureOptions("png", 1)
	sc := buildScene(fs, sampleGraph(), samplePositions(), opt)
	scale := 4.0
	for sc.Bounds.W()*scale*sc.Bounds.H()*scale <= smallImage {
		scale *= 1.5
	}
	var buf bytes.Buffer
	if err := writePNG(&buf, fs, sc, scale, false); err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if w := int(math.Ceil(sc.Bounds.W() * scale)); img.Bounds().Dx() != w {
		t.Errorf("width %d, want %d", img.Bounds().Dx(), w)
	}
	for _, tx := range sc.Texts {
		if tx.Kind == nodeLabel && inked(img, pixelBox(sc, tx.Box, scale)) < 100 {
			t.Errorf("label %q not drawn", tx.Text)
		}
	}
}
