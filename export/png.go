package export

import (
	"fmt"
	"image"
	"math"

	"github.com/policygraph/policygraph/style"
)

// layers lists, per drawing layer, the indices of the scene primitives to
// draw: edge lines, markers, label backgrounds and texts, in that order.
type layers struct {
	lines, markers, boxes, texts []int32
}

// painter draws a scene at a scale onto images covering any part of it.
type painter struct {
	fs          *fontSet
	sc          scene
	scale       float64
	transparent bool
}

// imageSize returns the pixel size of the picture, or ErrTooBig.
func (p *painter) imageSize() (w, h int, err error) {
	w = int(math.Ceil(p.sc.Bounds.W() * p.scale))
	h = int(math.Ceil(p.sc.Bounds.H() * p.scale))
	if w*h > MaxPixels {
		return 0, 0, fmt.Errorf("%w: %d×%d pixels at scale %g", ErrTooBig, w, h, p.scale)
	}
	return w, h, nil
}

// paint draws the primitives in l (all of them when l is nil) clipped to
// img's bounds, which may be any part of the picture: background, edges
// (cut away under labels on transparent images), node shapes, label
// backgrounds (on opaque images), badges, then texts. It takes
// time proportional to img's area plus the pixels the primitives cover.
func (p *painter) paint(img *image.RGBA, glyphs *glyphCache, l *layers) {
	c := &canvas{img: img, origin: point{p.sc.Bounds.MinX, p.sc.Bounds.MinY}, scale: p.scale}
	if p.transparent {
		c.fill(transparentColour)
	} else {
		c.fill(style.Background)
	}
	each(l, func(l *layers) []int32 { return l.lines }, len(p.sc.Lines), func(i int) {
		c.line(p.sc.Lines[i], style.EdgeWidth, style.EdgeColor)
	})
	if p.transparent {
		each(l, func(l *layers) []int32 { return l.boxes }, len(p.sc.Texts), func(i int) {
			if t := p.sc.Texts[i]; t.Kind == nodeLabel || t.Kind == edgeLabel {
				c.clearRect(t.Box)
			}
		})
	}
	each(l, func(l *layers) []int32 { return l.markers }, len(p.sc.Markers), func(i int) {
		drawMarker(c, p.sc.Markers[i])
	})
	if !p.transparent {
		each(l, func(l *layers) []int32 { return l.boxes }, len(p.sc.Texts), func(i int) {
			if t := p.sc.Texts[i]; t.Kind == nodeLabel || t.Kind == edgeLabel {
				c.fillRect(t.Box, style.LabelBackground)
			}
		})
	}
	each(l, func(l *layers) []int32 { return l.boxes }, len(p.sc.Texts), func(i int) {
		if t := p.sc.Texts[i]; t.Kind == badgeLabel {
			c.fillPolygon(pill(t.Box), style.BadgeFill)
		}
	})
	each(l, func(l *layers) []int32 { return l.texts }, len(p.sc.Texts), func(i int) {
		t := p.sc.Texts[i]
		x, y := c.px(t.X, t.Baseline)
		glyphs.drawString(img, t.Text, x, y, t.Size*p.scale, t.Colour)
	})
}

// each calls fn with every index of one layer of l, or with 0..n-1 when l
// is nil.
func each(l *layers, layer func(*layers) []int32, n int, fn func(int)) {
	if l == nil {
		for i := 0; i < n; i++ {
			fn(i)
		}
		return
	}
	for _, i := range layer(l) {
		fn(int(i))
	}
}

// drawScene renders the whole of sc at the given scale into one image.
func drawScene(fs *fontSet, sc scene, scale float64, transparent bool) (*image.RGBA, error) {
	p := &painter{fs: fs, sc: sc, scale: scale, transparent: transparent}
	w, h, err := p.imageSize()
	if err != nil {
		return nil, err
	}
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	p.paint(img, newGlyphCache(fs), nil)
	return img, nil
}

// drawMarker draws a node shape: its outline colour, then its fill inset
// by the stroke width.
func drawMarker(c *canvas, m marker) {
	sh := m.Style.Shape
	c.fillPolygon(sh.Outline(m.X, m.Y, m.R), m.Style.Stroke)
	inner := m.R - style.StrokeWidth/float64(sh.OuterRadius(1))
	c.fillPolygon(sh.Outline(m.X, m.Y, inner), m.Style.Fill)
}
