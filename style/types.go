package style

import (
	"image/color"

	"github.com/policygraph/policygraph/extract"
)

// TypeStyle is how nodes of one entity type are drawn.
type TypeStyle struct {
	Type     string      // entity type, one of extract.Types
	Name     string      // Chinese display name for legends and filters, e.g. 镇街
	Fill     color.NRGBA // shape fill
	Stroke   color.NRGBA // shape outline, a darker shade of Fill
	Shape    Shape       // node shape
	Radius   float32     // node radius in pixels at scale 1
	FontSize float32     // label font size in pixels at scale 1
}

// Okabe-Ito colours (https://jfly.uni-koeln.de/color/), opaque.
var (
	orange        = color.NRGBA{R: 0xE6, G: 0x9F, B: 0x00, A: 0xFF}
	skyBlue       = color.NRGBA{R: 0x56, G: 0xB4, B: 0xE9, A: 0xFF}
	bluishGreen   = color.NRGBA{R: 0x00, G: 0x9E, B: 0x73, A: 0xFF}
	yellow        = color.NRGBA{R: 0xF0, G: 0xE4, B: 0x42, A: 0xFF}
	blue          = color.NRGBA{R: 0x00, G: 0x72, B: 0xB2, A: 0xFF}
	vermillion    = color.NRGBA{R: 0xD5, G: 0x5E, B: 0x00, A: 0xFF}
	reddishPurple = color.NRGBA{R: 0xCC, G: 0x79, B: 0xA7, A: 0xFF}
	grey          = color.NRGBA{R: 0x99, G: 0x99, B: 0x99, A: 0xFF}
)

var typeStyles = map[string]TypeStyle{
	extract.TypeTown:         {Name: "镇街", Fill: bluishGreen, Shape: Circle, Radius: 9, FontSize: 12},
	extract.TypeEnterprise:   {Name: "企业", Fill: blue, Shape: Square, Radius: 9, FontSize: 12},
	extract.TypeProject:      {Name: "项目", Fill: orange, Shape: Diamond, Radius: 9, FontSize: 12},
	extract.TypePolicy:       {Name: "政策", Fill: vermillion, Shape: Hexagon, Radius: 11, FontSize: 13},
	extract.TypeOrganisation: {Name: "机构", Fill: reddishPurple, Shape: RoundRect, Radius: 9, FontSize: 12},
	extract.TypeIndicator:    {Name: "指标", Fill: skyBlue, Shape: Triangle, Radius: 9, FontSize: 11},
	extract.TypeRegion:       {Name: "地区", Fill: yellow, Shape: Octagon, Radius: 13, FontSize: 14},
}

// otherStyle is used for a type the palette does not know.
var otherStyle = TypeStyle{Name: "其他", Fill: grey, Shape: Circle, Radius: 8, FontSize: 12}

// ForType returns the style of an entity type; an unknown type gets a grey
// circle named 其他 and its own type string.
func ForType(typ string) TypeStyle {
	s, ok := typeStyles[typ]
	if !ok {
		s = otherStyle
	}
	s.Type = typ
	s.Stroke = darken(s.Fill, 0.6)
	return s
}

// TypeName returns the Chinese display name of an entity type (镇街 for
// town, 其他 for an unknown type).
func TypeName(typ string) string { return ForType(typ).Name }

// Types returns the styles of every known entity type in the display order
// of extract.Types, for legends and filter lists.
func Types() []TypeStyle {
	out := make([]TypeStyle, 0, len(extract.Types))
	for _, t := range extract.Types {
		out = append(out, ForType(t))
	}
	return out
}

// darken scales the colour channels by f (0 < f < 1), keeping alpha.
func darken(c color.NRGBA, f float64) color.NRGBA {
	return color.NRGBA{R: uint8(float64(c.R) * f), G: uint8(float64(c.G) * f), B: uint8(float64(c.B) * f), A: c.A}
}
