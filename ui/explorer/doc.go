// Package explorer builds the PolicyGraph window: a browse panel (search
// by 汉字 or pinyin, type filters, entities by connections), the graph
// canvas, a details panel with the evidence sentences, and matrix,
// indicator and document views, with history, import and export.
//
// It holds no domain logic: it asks graphmodel and draws. Import and
// layout run off the UI goroutine and come back through fyne.Do.
package explorer
