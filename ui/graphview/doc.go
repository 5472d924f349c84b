// Package graphview is the explorer's graph canvas: a Fyne widget that
// draws a Scene (the nodes and edges on show, their positions and pins)
// with the shared style, and lets the user pan, zoom, select, drag to pin,
// expand and page through a node's neighbours.
//
// The widget holds no domain logic: it reports what the user asked for
// through callbacks (OnSelect, OnExpand, OnMore, ...) and the explorer
// queries the store and hands back a new Scene. Layout runs off the UI
// goroutine (see Animate) and reaches the widget through fyne.Do.
package graphview
