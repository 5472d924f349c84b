package main

import (
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"io"
	"math"

	"golang.org/x/image/vector"

	"github.com/policygraph/policygraph/layout"
)

// palette colours nodes by group, in the order of synth.Names.
var palette = []color.RGBA{
	{214, 39, 40, 255},   // policy
	{148, 103, 189, 255}, // organisation
	{31, 119, 180, 255},  // town
	{44, 160, 44, 255},   // project
	{255, 127, 14, 255},  // enterprise
	{127, 127, 127, 255}, // indicator
}

// view maps layout units to pixels.
type view struct {
	minX, minY, scale, pad float64
}

// fit returns the view that fits every box into width pixels.
func fit(g layout.Graph, pos []layout.Point, width int) (view, int) {
	minX, minY := math.Inf(1), math.Inf(1)
	maxX, maxY := math.Inf(-1), math.Inf(-1)
	for i, p := range pos {
		s := g.Sizes[i]
		minX, maxX = math.Min(minX, p.X-s.W/2), math.Max(maxX, p.X+s.W/2)
		minY, maxY = math.Min(minY, p.Y-s.H/2), math.Max(maxY, p.Y+s.H/2)
	}
	const pad = 10.0
	scale := (float64(width) - 2*pad) / math.Max(maxX-minX, 1)
	height := int(math.Ceil((maxY-minY)*scale + 2*pad))
	return view{minX, minY, scale, pad}, height
}

// at converts a layout point to pixel coordinates.
func (v view) at(p layout.Point) (float32, float32) {
	return float32((p.X-v.minX)*v.scale + v.pad), float32((p.Y-v.minY)*v.scale + v.pad)
}

// drawPNG draws edges as thin grey lines and nodes as discs coloured by
// group (or, with boxes, their label boxes) and encodes the PNG to w.
func drawPNG(w io.Writer, g layout.Graph, pos []layout.Point, width int, boxes bool) error {
	v, height := fit(g, pos, width)
	img := image.NewRGBA(image.Rect(0, 0, width, height))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	r := vector.NewRasterizer(width, height)
	for _, e := range g.Edges {
		x0, y0 := v.at(pos[e.U])
		x1, y1 := v.at(pos[e.V])
		line(r, x0, y0, x1, y1, 0.35)
	}
	r.Draw(img, img.Bounds(), image.NewUniform(color.RGBA{150, 150, 150, 255}), image.Point{})
	for grp, c := range palette {
		r.Reset(width, height)
		for i, p := range pos {
			if g.Groups[i]%len(palette) != grp {
				continue
			}
			x, y := v.at(p)
			if boxes {
				hw, hh := float32(g.Sizes[i].W*v.scale/2), float32(g.Sizes[i].H*v.scale/2)
				rect(r, x-hw, y-hh, x+hw, y+hh)
			} else {
				disc(r, x, y, float32(math.Max(1.5, 4*v.scale)))
			}
		}
		r.Draw(img, img.Bounds(), image.NewUniform(c), image.Point{})
	}
	return png.Encode(w, img)
}

// line adds a segment of the given half width as a thin quadrilateral.
func line(r *vector.Rasterizer, x0, y0, x1, y1, hw float32) {
	dx, dy := x1-x0, y1-y0
	l := float32(math.Hypot(float64(dx), float64(dy)))
	if l == 0 {
		return
	}
	nx, ny := -dy/l*hw, dx/l*hw
	r.MoveTo(x0+nx, y0+ny)
	r.LineTo(x1+nx, y1+ny)
	r.LineTo(x1-nx, y1-ny)
	r.LineTo(x0-nx, y0-ny)
	r.ClosePath()
}

// rect adds an axis-aligned rectangle.
func rect(r *vector.Rasterizer, x0, y0, x1, y1 float32) {
	r.MoveTo(x0, y0)
	r.LineTo(x1, y0)
	r.LineTo(x1, y1)
	r.LineTo(x0, y1)
	r.ClosePath()
}

// disc adds a circle approximated by a 16-gon.
func disc(r *vector.Rasterizer, x, y, rad float32) {
	for k := 0; k <= 16; k++ {
		a := float64(k) * math.Pi / 8
		px, py := x+rad*float32(math.Cos(a)), y+rad*float32(math.Sin(a))
		if k == 0 {
			r.MoveTo(px, py)
		} else {
			r.LineTo(px, py)
		}
	}
	r.ClosePath()
}
