package export

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"
)

// subpixel is how many horizontal glyph positions per pixel the cache
// keeps, so that glyph spacing follows the unhinted advances closely.
const subpixel = 4

// glyphKey identifies one rasterised glyph: rune, size in 1/64 pixel and
// horizontal sub-pixel phase.
type glyphKey struct {
	r     rune
	size  int32
	phase int8
}

// glyphMask is a rasterised glyph: its coverage and the offset of the
// mask's top-left corner from the pen position on the baseline.
type glyphMask struct {
	mask *image.Alpha
	off  image.Point
}

// glyphCache rasterises glyphs once per (rune, size, phase) and draws
// strings with them. It is not safe for concurrent use; give each drawing
// goroutine its own.
type glyphCache struct {
	fs     *fontSet
	buf    sfnt.Buffer
	rast   vector.Rasterizer
	glyphs map[glyphKey]*glyphMask
}

func newGlyphCache(fs *fontSet) *glyphCache {
	return &glyphCache{fs: fs, glyphs: map[glyphKey]*glyphMask{}}
}

// glyph returns the mask of rune r at the given pixel size and phase,
// rasterising it on first use. A glyph that fails to load draws nothing.
func (c *glyphCache) glyph(r rune, size float64, phase int) *glyphMask {
	key := glyphKey{r: r, size: int32(math.Round(size * 64)), phase: int8(phase)}
	if g, ok := c.glyphs[key]; ok {
		return g
	}
	g := c.rasterise(r, fixed.Int26_6(key.size), fixed.Int26_6(phase*64/subpixel))
	c.glyphs[key] = g
	return g
}

// rasterise draws one glyph with its origin at (dx, 0) into a fresh mask.
func (c *glyphCache) rasterise(r rune, ppem, dx fixed.Int26_6) *glyphMask {
	ri := c.fs.info(r)
	segs, err := c.fs.fonts[ri.font].LoadGlyph(&c.buf, ri.glyph, ppem, nil)
	if err != nil || len(segs) == 0 {
		return &glyphMask{mask: image.NewAlpha(image.Rectangle{})}
	}
	b := segs.Bounds()
	minX, minY := (b.Min.X + dx).Floor(), b.Min.Y.Floor()
	maxX, maxY := (b.Max.X + dx).Ceil(), b.Max.Y.Ceil()
	bx := float32(dx)/64 - float32(minX)
	by := -float32(minY)
	c.rast.Reset(maxX-minX, maxY-minY)
	c.rast.DrawOp = draw.Src
	pt := func(p fixed.Point26_6) (float32, float32) { return float32(p.X)/64 + bx, float32(p.Y)/64 + by }
	for _, s := range segs {
		switch s.Op {
		case sfnt.SegmentOpMoveTo:
			c.rast.MoveTo(pt(s.Args[0]))
		case sfnt.SegmentOpLineTo:
			c.rast.LineTo(pt(s.Args[0]))
		case sfnt.SegmentOpQuadTo:
			x1, y1 := pt(s.Args[0])
			x2, y2 := pt(s.Args[1])
			c.rast.QuadTo(x1, y1, x2, y2)
		case sfnt.SegmentOpCubeTo:
			x1, y1 := pt(s.Args[0])
			x2, y2 := pt(s.Args[1])
			x3, y3 := pt(s.Args[2])
			c.rast.CubeTo(x1, y1, x2, y2, x3, y3)
		}
	}
	mask := image.NewAlpha(image.Rect(0, 0, maxX-minX, maxY-minY))
	c.rast.Draw(mask, mask.Bounds(), image.Opaque, image.Point{})
	return &glyphMask{mask: mask, off: image.Pt(minX, minY)}
}

// drawString draws s in colour col at the given pixel size with its
// baseline starting at (x, y). It takes O(len(s)) time once the glyphs are
// cached.
func (c *glyphCache) drawString(dst *image.RGBA, s string, x, y, size float64, col color.NRGBA) {
	src := image.NewUniform(col)
	py := int(math.Round(y))
	for _, r := range s {
		fx := math.Floor(x * subpixel)
		px := int(math.Floor(fx / subpixel))
		g := c.glyph(r, size, int(fx)-px*subpixel)
		rect := g.mask.Rect.Add(image.Pt(px, py).Add(g.off))
		draw.DrawMask(dst, rect, src, image.Point{}, g.mask, image.Point{}, draw.Over)
		x += c.fs.info(r).advance * size
	}
}
