package style

import "math"

// Shape is the outline of a node. Polygon shapes follow the convention of
// Fyne's canvas.Polygon: the first vertex points up and Angle rotates the
// polygon clockwise, in degrees.
type Shape int

// Node shapes, one per entity type.
const (
	Circle Shape = iota
	Square
	Diamond
	Hexagon
	Triangle
	RoundRect
	Octagon
)

// shapeGeometry describes a shape: polygon sides (0 for Circle and
// RoundRect), rotation, and the circumradius factor that gives the shape
// about the visual weight of a circle of the nominal radius.
type shapeGeometry struct {
	name   string
	sides  int
	angle  float64
	factor float64
}

var geometries = [...]shapeGeometry{
	Circle:    {"circle", 0, 0, 1},
	Square:    {"square", 4, 45, 1.25},
	Diamond:   {"diamond", 4, 0, 1.25},
	Hexagon:   {"hexagon", 6, 0, 1.08},
	Triangle:  {"triangle", 3, 0, 1.35},
	RoundRect: {"round-rect", 0, 0, 0.95},
	Octagon:   {"octagon", 8, 22.5, 1.05},
}

func (s Shape) geometry() shapeGeometry {
	if s < 0 || int(s) >= len(geometries) {
		return geometries[Circle]
	}
	return geometries[s]
}

// String returns the shape's name, e.g. "hexagon".
func (s Shape) String() string { return s.geometry().name }

// Sides returns the number of polygon sides, or 0 for Circle and RoundRect.
func (s Shape) Sides() int { return s.geometry().sides }

// Angle returns the clockwise rotation in degrees of a polygon shape, as
// canvas.Polygon.Angle expects it.
func (s Shape) Angle() float32 { return float32(s.geometry().angle) }

// OuterRadius returns the circumradius to draw a shape of nominal radius r
// with: polygons are drawn a little larger than circles so that all shapes
// look equally heavy. For RoundRect it is half the side of the square. The
// whole outline lies within OuterRadius of the centre on both axes.
func (s Shape) OuterRadius(r float32) float32 { return r * float32(s.geometry().factor) }

// CornerRadius returns the corner radius of a RoundRect of nominal radius r
// (0 for the other shapes).
func (s Shape) CornerRadius(r float32) float32 {
	if s != RoundRect {
		return 0
	}
	return 0.35 * r
}

// circleSegments is how many straight segments approximate a full circle
// in Outline; enough to look round at 4x scale.
const circleSegments = 48

// Outline returns the shape of nominal radius r centred on (cx, cy) as a
// closed polygon (y grows downwards), for renderers that draw paths.
// Circles and rounded corners are approximated by short segments.
func (s Shape) Outline(cx, cy, r float64) [][2]float64 {
	R := float64(s.OuterRadius(float32(r)))
	switch s {
	case Circle:
		return arc(cx, cy, R, 0, 2*math.Pi, circleSegments)
	case RoundRect:
		return roundRect(cx, cy, R, float64(s.CornerRadius(float32(r))))
	}
	g := s.geometry()
	step := 2 * math.Pi / float64(g.sides)
	start := g.angle*math.Pi/180 - math.Pi/2
	pts := make([][2]float64, g.sides)
	for i := range pts {
		t := start + step*float64(i)
		pts[i] = [2]float64{cx + R*math.Cos(t), cy + R*math.Sin(t)}
	}
	return pts
}

// arc returns n+1 points on a circle from angle a0 to a1 (radians,
// clockwise on screen), or n points when the arc is a full circle.
func arc(cx, cy, r, a0, a1 float64, n int) [][2]float64 {
	full := math.Abs(a1-a0-2*math.Pi) < 1e-9
	count := n + 1
	if full {
		count = n
	}
	pts := make([][2]float64, count)
	for i := range pts {
		t := a0 + (a1-a0)*float64(i)/float64(n)
		pts[i] = [2]float64{cx + r*math.Cos(t), cy + r*math.Sin(t)}
	}
	return pts
}

// roundRect returns a square of half side h with corners of radius c.
func roundRect(cx, cy, h, c float64) [][2]float64 {
	const seg = 6
	corners := [4][3]float64{
		{cx + h - c, cy - h + c, -math.Pi / 2}, // top right
		{cx + h - c, cy + h - c, 0},            // bottom right
		{cx - h + c, cy + h - c, math.Pi / 2},  // bottom left
		{cx - h + c, cy - h + c, math.Pi},      // top left
	}
	pts := make([][2]float64, 0, 4*(seg+1))
	for _, k := range corners {
		pts = append(pts, arc(k[0], k[1], c, k[2], k[2]+math.Pi/2, seg)...)
	}
	return pts
}
