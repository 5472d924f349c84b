package style

import (
	"math"
	"testing"

	"github.com/policygraph/policygraph/extract"
)

func TestEveryTypeHasDistinctStyle(t *testing.T) {
	colours := map[[3]uint8]string{}
	shapes := map[Shape]string{}
	names := map[string]string{}
	for _, typ := range extract.Types {
		s := ForType(typ)
		if s.Type != typ {
			t.Errorf("%s: Type = %q", typ, s.Type)
		}
		if s.Name == "" || s.Name == otherStyle.Name {
			t.Errorf("%s: no Chinese name of its own: %q", typ, s.Name)
		}
		if s.Radius <= 0 || s.FontSize <= 0 {
			t.Errorf("%s: radius %v font size %v", typ, s.Radius, s.FontSize)
		}
		if s.Stroke == s.Fill || s.Stroke.A != s.Fill.A {
			t.Errorf("%s: stroke %v is not a darker shade of fill %v", typ, s.Stroke, s.Fill)
		}
		rgb := [3]uint8{s.Fill.R, s.Fill.G, s.Fill.B}
		if prev, ok := colours[rgb]; ok {
			t.Errorf("%s and %s share a colour", typ, prev)
		}
		if prev, ok := shapes[s.Shape]; ok {
			t.Errorf("%s and %s share a shape", typ, prev)
		}
		if prev, ok := names[s.Name]; ok {
			t.Errorf("%s and %s share a name", typ, prev)
		}
		colours[rgb], shapes[s.Shape], names[s.Name] = typ, typ, typ
	}
}

func TestTypeNames(t *testing.T) {
	tests := map[string]struct {
		typ  string
		want string
	}{
		"town":    {extract.TypeTown, "镇街"},
		"policy":  {extract.TypePolicy, "政策"},
		"region":  {extract.TypeRegion, "地区"},
		"unknown": {"spaceship", "其他"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := TypeName(tc.typ); got != tc.want {
				t.Errorf("TypeName(%q) = %q, want %q", tc.typ, got, tc.want)
			}
		})
	}
}

func TestTypesFollowsExtractOrder(t *testing.T) {
	got := Types()
	if len(got) != len(extract.Types) {
		t.Fatalf("Types() has %d entries, want %d", len(got), len(extract.Types))
	}
	for i, s := range got {
		if s.Type != extract.Types[i] {
			t.Errorf("Types()[%d] = %s, want %s", i, s.Type, extract.Types[i])
		}
	}
}

func TestPredicateName(t *testing.T) {
	tests := map[string]struct {
		pred string
		want string
	}{
		"selected":  {extract.PredSelectedFor, "入选"},
		"approved":  {extract.PredApprovedAs, "获批"},
		"completed": {extract.PredCompleted, "建成"},
		"unknown":   {"frobnicates", "frobnicates"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := PredicateName(tc.pred); got != tc.want {
				t.Errorf("PredicateName(%q) = %q, want %q", tc.pred, got, tc.want)
			}
		})
	}
}

func TestOutline(t *testing.T) {
	tests := map[string]struct {
		shape  Shape
		points int
		// first vertex relative to the centre, for polygons
		firstUp bool
	}{
		"triangle points up":    {Triangle, 3, true},
		"diamond points up":     {Diamond, 4, true},
		"square is axis-true":   {Square, 4, false},
		"hexagon points up":     {Hexagon, 6, true},
		"octagon has 8 sides":   {Octagon, 8, false},
		"circle is smooth":      {Circle, circleSegments, false},
		"round rect has 4 arcs": {RoundRect, 28, false},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			const cx, cy, r = 100, 50, 10
			pts := tc.shape.Outline(cx, cy, r)
			if len(pts) != tc.points {
				t.Fatalf("%d points, want %d", len(pts), tc.points)
			}
			R := float64(tc.shape.OuterRadius(r))
			for _, p := range pts {
				if math.Abs(p[0]-cx) > R+1e-9 || math.Abs(p[1]-cy) > R+1e-9 {
					t.Errorf("point %v lies outside the box of half size %.2f around the centre", p, R)
				}
			}
			if tc.firstUp && (math.Abs(pts[0][0]-cx) > 1e-9 || pts[0][1] >= cy) {
				t.Errorf("first vertex %v does not point straight up", pts[0])
			}
		})
	}
}

func TestSquareEdgesAreAxisAligned(t *testing.T) {
	pts := Square.Outline(0, 0, 10)
	for i := range pts {
		a, b := pts[i], pts[(i+1)%len(pts)]
		if math.Abs(a[0]-b[0]) > 1e-9 && math.Abs(a[1]-b[1]) > 1e-9 {
			t.Errorf("edge %v-%v is not horizontal or vertical", a, b)
		}
	}
}

func TestShapeMetadata(t *testing.T) {
	tests := map[string]struct {
		shape  Shape
		name   string
		sides  int
		corner bool
	}{
		"circle":                            {Circle, "circle", 0, false},
		"round rect":                        {RoundRect, "round-rect", 0, true},
		"hexagon":                           {Hexagon, "hexagon", 6, false},
		"out of range falls back to circle": {Shape(99), "circle", 0, false},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := tc.shape.String(); got != tc.name {
				t.Errorf("String() = %q, want %q", got, tc.name)
			}
			if got := tc.shape.Sides(); got != tc.sides {
				t.Errorf("Sides() = %d, want %d", got, tc.sides)
			}
			if got := tc.shape.CornerRadius(10) > 0; got != tc.corner {
				t.Errorf("CornerRadius(10) > 0 = %v, want %v", got, tc.corner)
			}
		})
	}
}
