package export

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"golang.org/x/image/vector"
)

// transparentColour clears pixels.
var transparentColour = color.NRGBA{}

// canvas draws scene primitives onto an RGBA image at a scale, with
// anti-aliasing. It is not safe for concurrent use.
type canvas struct {
	img    *image.RGBA
	origin point // scene point drawn at pixel (0, 0)
	scale  float64
	rast   vector.Rasterizer
}

// px converts a scene point to image pixels.
func (c *canvas) px(x, y float64) (float64, float64) {
	return (x - c.origin.X) * c.scale, (y - c.origin.Y) * c.scale
}

// fill fills the whole image with col.
func (c *canvas) fill(col color.NRGBA) {
	pc := premultiplied(col)
	r, g, b, a := uint8(pc.r+0.5), uint8(pc.g+0.5), uint8(pc.b+0.5), uint8(pc.a)
	pix := c.img.Pix
	if len(pix) == 0 {
		return
	}
	pix[0], pix[1], pix[2], pix[3] = r, g, b, a
	for n := 4; n < len(pix); n *= 2 {
		copy(pix[n:], pix[:n])
	}
}

// fillPolygon fills the closed polygon pts (scene units) with col. It
// takes time proportional to the polygon's pixel bounding box.
func (c *canvas) fillPolygon(pts [][2]float64, col color.NRGBA) {
	c.polygon(pts, col, draw.Over)
}

// clearRect makes a scene box transparent.
func (c *canvas) clearRect(r rect) {
	c.polygon([][2]float64{{r.MinX, r.MinY}, {r.MaxX, r.MinY}, {r.MaxX, r.MaxY}, {r.MinX, r.MaxY}}, transparentColour, draw.Src)
}

// polygon composites col onto the closed polygon pts with op.
func (c *canvas) polygon(pts [][2]float64, col color.NRGBA, op draw.Op) {
	if len(pts) < 3 {
		return
	}
	minX, minY := math.Inf(1), math.Inf(1)
	maxX, maxY := math.Inf(-1), math.Inf(-1)
	px := make([][2]float64, len(pts))
	for i, p := range pts {
		x, y := c.px(p[0], p[1])
		px[i] = [2]float64{x, y}
		minX, minY, maxX, maxY = min(minX, x), min(minY, y), max(maxX, x), max(maxY, y)
	}
	box := image.Rect(int(math.Floor(minX)), int(math.Floor(minY)), int(math.Ceil(maxX)), int(math.Ceil(maxY)))
	box = box.Intersect(c.img.Rect)
	if box.Empty() {
		return
	}
	c.rast.Reset(box.Dx(), box.Dy())
	ox, oy := float64(box.Min.X), float64(box.Min.Y)
	c.rast.MoveTo(float32(px[0][0]-ox), float32(px[0][1]-oy))
	for _, p := range px[1:] {
		c.rast.LineTo(float32(p[0]-ox), float32(p[1]-oy))
	}
	c.rast.ClosePath()
	c.rast.DrawOp = op
	c.rast.Draw(c.img, box, image.NewUniform(col), image.Point{})
}

// fillRect fills a scene box with col.
func (c *canvas) fillRect(r rect, col color.NRGBA) {
	c.fillPolygon([][2]float64{{r.MinX, r.MinY}, {r.MaxX, r.MinY}, {r.MaxX, r.MaxY}, {r.MinX, r.MaxY}}, col)
}

// line draws an anti-aliased segment of the given width (scene units)
// between two scene points. It takes O(length × width) time in pixels.
func (c *canvas) line(s segment, width float64, col color.NRGBA) {
	x1, y1 := c.px(s.X1, s.Y1)
	x2, y2 := c.px(s.X2, s.Y2)
	w := max(width*c.scale, 0.5)
	dx, dy := x2-x1, y2-y1
	if math.Abs(dx) >= math.Abs(dy) {
		c.band(x1, y1, x2, y2, w, col, false)
	} else {
		c.band(y1, x1, y2, x2, w, col, true)
	}
}

// band draws a line whose major axis is u (x, or y when swapped): for
// every pixel column along u it covers the pixels within half the line's
// width across, measured along the minor axis. Columns whose pixels all
// lie outside the image are skipped without a look.
func (c *canvas) band(u1, v1, u2, v2, w float64, col color.NRGBA, swapped bool) {
	if u1 > u2 {
		u1, v1, u2, v2 = u2, v2, u1, v1
	}
	du := u2 - u1
	slope := 0.0
	if du > 0 {
		slope = (v2 - v1) / du
	}
	half := w / 2 * math.Sqrt(1+slope*slope)
	r := c.img.Rect
	uMin, uMax, vMin, vMax := r.Min.X, r.Max.X, r.Min.Y, r.Max.Y
	if swapped {
		uMin, uMax, vMin, vMax = vMin, vMax, uMin, uMax
	}
	lo, hi := u1, u2
	if slope != 0 {
		// u where the line's band enters and leaves the rows vMin..vMax
		a := u1 + (float64(vMin)-half-1-v1)/slope
		b := u1 + (float64(vMax)+half+1-v1)/slope
		lo, hi = max(lo, min(a, b)), min(hi, max(a, b))
	}
	start, end := max(int(math.Floor(lo)), uMin), min(int(math.Ceil(hi)), uMax)
	pc := premultiplied(col)
	for u := start; u < end; u++ {
		uc := float64(u) + 0.5
		vc := v1 + slope*(uc-u1)
		covU := min(min(uc+0.5, u2)-max(uc-0.5, u1), 1)
		from, to := max(int(math.Floor(vc-half-0.5)), vMin), min(int(math.Ceil(vc+half+0.5)), vMax)
		for v := from; v < to; v++ {
			cov := min(half+0.5-math.Abs(float64(v)+0.5-vc), 1) * covU
			if cov <= 0 {
				continue
			}
			if swapped {
				c.blend(c.img.PixOffset(v, u), pc, cov)
			} else {
				c.blend(c.img.PixOffset(u, v), pc, cov)
			}
		}
	}
}

// premul is a colour with premultiplied channels, as floats from 0 to 255.
type premul struct{ r, g, b, a float64 }

// premultiplied converts a straight-alpha colour.
func premultiplied(col color.NRGBA) premul {
	f := float64(col.A) / 255
	return premul{float64(col.R) * f, float64(col.G) * f, float64(col.B) * f, float64(col.A)}
}

// blend composites c with coverage cov over the pixel at Pix offset i.
func (c *canvas) blend(i int, col premul, cov float64) {
	p := c.img.Pix[i : i+4 : i+4]
	keep := 1 - col.a*cov/255
	p[0] = uint8(col.r*cov + float64(p[0])*keep + 0.5)
	p[1] = uint8(col.g*cov + float64(p[1])*keep + 0.5)
	p[2] = uint8(col.b*cov + float64(p[2])*keep + 0.5)
	p[3] = uint8(col.a*cov + float64(p[3])*keep + 0.5)
}
