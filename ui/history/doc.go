// Package history keeps the explorer's two kinds of history: a Stack of
// state snapshots for undo and redo of canvas actions (expand, hide, pin,
// layout), and a Trail of focused entities for back and forward.
//
// Both are plain data structures with no Fyne dependency.
package history
