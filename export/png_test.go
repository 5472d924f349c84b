package export

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math"
	"testing"

	"github.com/policygraph/policygraph/graphmodel"
	"github.com/policygraph/policygraph/style"
)

// fixtureOptions returns options that draw the fixture at its hand-made
// positions.
func fixtureOptions(format string, scale float64) Options {
	pos := map[string][2]float64{}
	for id, p := range samplePositions() {
		pos[id] = [2]float64{p.X, p.Y}
	}
	return Options{Format: format, Scale: scale, Positions: pos, ShowPredicates: true, Date: fixedDate}
}

// decodePNG writes the fixture as PNG and decodes it.
func decodePNG(t *testing.T, sub graphmodel.Subgraph, opt Options) image.Image {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, sub, opt); err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(&buf)
	if err != nil {
		t.Fatalf("PNG does not decode: %v", err)
	}
	return img
}

func TestPNGSizeFollowsScale(t *testing.T) {
	base := decodePNG(t, sampleGraph(), fixtureOptions("png", 1)).Bounds()
	if base.Dx() < 300 || base.Dy() < 300 {
		t.Fatalf("scale 1 image is only %v", base)
	}
	tests := map[string]struct{ scale float64 }{
		"1.5x": {1.5},
		"2x":   {2},
		"3x":   {3},
		"4x":   {4},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got := decodePNG(t, sampleGraph(), fixtureOptions("png", tc.scale)).Bounds()
			for _, d := range [][2]int{{got.Dx(), base.Dx()}, {got.Dy(), base.Dy()}} {
				if want := float64(d[1]) * tc.scale; math.Abs(float64(d[0])-want) > tc.scale+1 {
					t.Errorf("size %v at scale %g, want about %g times %v", got, tc.scale, tc.scale, base)
				}
			}
		})
	}
}

// TestPNGNothingClipped checks that every node's label box lies inside the
// image, that ink was drawn inside each box, and that the outer margin of
// the image is untouched background, so nothing reaches the edge.
func TestPNGNothingClipped(t *testing.T) {
	for _, scale := range []float64{1, 2.5} {
		opt := fixtureOptions("png", scale)
		img := decodePNG(t, sampleGraph(), opt)
		fs, _ := loadFonts()
		sc := buildScene(fs, sampleGraph(), samplePositions(), opt)
		for _, tx := range sc.Texts {
			if tx.Kind != nodeLabel {
				continue
			}
			box := pixelBox(sc, tx.Box, scale)
			if !box.In(img.Bounds()) {
				t.Errorf("scale %g: label %q box %v outside the image %v", scale, tx.Text, box, img.Bounds())
			}
			if inked(img, box) < 10 {
				t.Errorf("scale %g: label %q: almost no ink in its box %v", scale, tx.Text, box)
			}
		}
		edge := int(margin * scale / 2)
		b := img.Bounds()
		inner := image.Rect(b.Min.X+edge, b.Min.Y+edge, b.Max.X-edge, b.Max.Y-edge)
		if n := inked(img, b) - inked(img, inner); n != 0 {
			t.Errorf("scale %g: %d dark pixels within %d px of the edge", scale, n, edge)
		}
	}
}

// pixelBox converts a scene box to the image's pixel rectangle.
func pixelBox(sc scene, r rect, scale float64) image.Rectangle {
	return image.Rect(
		int(math.Floor((r.MinX-sc.Bounds.MinX)*scale)), int(math.Floor((r.MinY-sc.Bounds.MinY)*scale)),
		int(math.Ceil((r.MaxX-sc.Bounds.MinX)*scale)), int(math.Ceil((r.MaxY-sc.Bounds.MinY)*scale)))
}

// inked counts pixels in r that are clearly darker than the white
// background.
func inked(img image.Image, r image.Rectangle) int {
	n := 0
	r = r.Intersect(img.Bounds())
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			cr, cg, cb, a := img.At(x, y).RGBA()
			if cr+cg+cb < 3*0xA000 && a > 0x8000 {
				n++
			}
		}
	}
	return n
}

func TestPNGTransparentBackground(t *testing.T) {
	opt := fixtureOptions("png", 1)
	opt.Transparent = true
	img := decodePNG(t, sampleGraph(), opt)
	b := img.Bounds()
	for _, p := range []image.Point{b.Min, {b.Max.X - 1, b.Max.Y - 1}} {
		if _, _, _, a := img.At(p.X, p.Y).RGBA(); a != 0 {
			t.Errorf("corner %v has alpha %d", p, a)
		}
	}
	if inked(img, b) == 0 {
		t.Error("nothing drawn")
	}
}

var (
	whiteBackground = color.NRGBA{R: 0xFF, G: 0xFF, B: 0xFF, A: 0xFF}
	labelBlack      = color.NRGBA{A: 0xFF}
)

// nearColour reports whether c is within a small distance of want.
func nearColour(c color.Color, want color.NRGBA) bool {
	r, g, b, a := c.RGBA()
	d := func(v uint32, w uint8) int { return max(int(v>>8)-int(w), int(w)-int(v>>8)) }
	return a > 0xF000 && d(r, want.R)+d(g, want.G)+d(b, want.B) < 30
}

// countColour counts the pixels of r close to want.
func countColour(img image.Image, r image.Rectangle, want color.NRGBA) int {
	n := 0
	r = r.Intersect(img.Bounds())
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if nearColour(img.At(x, y), want) {
				n++
			}
		}
	}
	return n
}

// TestPNGBadge checks that a node with hidden neighbours carries a "+N"
// badge inside the image, drawn in the badge colour with its text in
// white, and that an image without hidden neighbours has no badge.
func TestPNGBadge(t *testing.T) {
	const scale = 2
	for _, transparent := range []bool{false, true} {
		opt := fixtureOptions("png", scale)
		opt.Transparent = transparent
		plain := decodePNG(t, sampleGraph(), opt)
		if n := countColour(plain, plain.Bounds(), style.BadgeFill); n != 0 {
			t.Errorf("transparent %v: %d badge-coloured pixels without hidden neighbours", transparent, n)
		}
		sub := sampleGraph()
		sub.Hidden = map[string]int{"town/东昌府区/堂邑镇": 23}
		img := decodePNG(t, sub, opt)
		fs, _ := loadFonts()
		sc := buildScene(fs, sub, samplePositions(), opt)
		var badges []drawnText
		for _, tx := range sc.Texts {
			if tx.Kind == badgeLabel {
				badges = append(badges, tx)
			}
		}
		if len(badges) != 1 || badges[0].Text != "+23" {
			t.Fatalf("transparent %v: badges %v, want one reading +23", transparent, badges)
		}
		box := pixelBox(sc, badges[0].Box, scale)
		if !box.In(img.Bounds()) {
			t.Errorf("transparent %v: badge %v outside the image %v", transparent, box, img.Bounds())
		}
		area := box.Dx() * box.Dy()
		if n := countColour(img, box, style.BadgeFill); n < area/2 {
			t.Errorf("transparent %v: %d of %d badge pixels in the badge colour", transparent, n, area)
		}
		if n := countColour(img, box, style.BadgeText); n < 10 {
			t.Errorf("transparent %v: only %d white text pixels in the badge", transparent, n)
		}
	}
}
