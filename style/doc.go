// Package style holds the visual vocabulary shared by the explorer's canvas
// (package ui) and image export (package export), so that an exported
// picture looks like the screen: per entity type a colour, a shape, a
// Chinese display name and a label size; per predicate a Chinese display
// name; and the colours of edges, labels and the background.
//
// The palette is Okabe-Ito, which stays distinguishable under the common
// forms of colour blindness; every type also has its own shape, so colour
// is never the only cue.
//
// The package is pure Go and imports no GUI toolkit.
package style
