package style

import (
	"image/color"

	"github.com/policygraph/policygraph/extract"
)

// Colours of everything that is not a node.
var (
	Background = color.NRGBA{R: 0xFF, G: 0xFF, B: 0xFF, A: 0xFF} // canvas and image background
	EdgeColor  = color.NRGBA{R: 0x88, G: 0x88, B: 0x88, A: 0xB0} // edge lines
	LabelColor = color.NRGBA{R: 0x22, G: 0x22, B: 0x22, A: 0xFF} // node labels, legend, caption
	EdgeLabel  = color.NRGBA{R: 0x66, G: 0x66, B: 0x66, A: 0xFF} // predicate labels on edges
	// LabelBackground is the translucent box behind labels that keeps them
	// readable where they cross edges.
	LabelBackground = color.NRGBA{R: 0xFF, G: 0xFF, B: 0xFF, A: 0xC0}
	// BadgeFill and BadgeText draw the "+N" badge of a node whose
	// neighbours were left out: Fyne's primary blue with white text, as
	// on the light canvas.
	BadgeFill = color.NRGBA{R: 0x29, G: 0x6F, B: 0xF6, A: 0xFF}
	BadgeText = color.NRGBA{R: 0xFF, G: 0xFF, B: 0xFF, A: 0xFF}
)

// Sizes of everything that is not a node, in pixels at scale 1.
const (
	EdgeWidth         = 1.2  // edge line width
	StrokeWidth       = 1.2  // node outline width
	EdgeLabelFontSize = 10.0 // predicate labels on edges
	LegendFontSize    = 12.0 // legend entries and caption
	LabelGap          = 3.0  // space between a node's shape and its label
	BadgeFontSize     = 11.0 // the "+N" badge of a node with neighbours left out
)

var predicateNames = map[string]string{
	extract.PredSelectedFor:       "入选",
	extract.PredApprovedAs:        "获批",
	extract.PredAwarded:           "获评",
	extract.PredListedOn:          "列入",
	extract.PredLocatedIn:         "位于",
	extract.PredParticipatesIn:    "参与",
	extract.PredSupports:          "支持",
	extract.PredPartOf:            "隶属",
	extract.PredCompleted:         "建成",
	extract.PredUnderConstruction: "在建",
	extract.PredPlanned:           "计划",
	extract.PredMeasures:          "统计",
}

// PredicateName returns the Chinese display name of a relation predicate
// (selected_for → 入选); an unknown predicate is returned unchanged.
func PredicateName(predicate string) string {
	if n, ok := predicateNames[predicate]; ok {
		return n
	}
	return predicate
}
