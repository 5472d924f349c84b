package graphmodel

import "errors"

// Sentinel errors. Callers test them with errors.Is; the store wraps them
// with context (which id, which directory).
var (
	// ErrNotFound means no entity or document has the requested id.
	ErrNotFound = errors.New("not found")
	// ErrNoPath means two entities are not connected.
	ErrNoPath = errors.New("no path between the entities")
	// ErrLocked means another process (or another Open in this one) holds
	// the store.
	ErrLocked = errors.New("store is in use")
	// ErrNotAStore means the directory exists and holds something other
	// than a PolicyGraph store.
	ErrNotAStore = errors.New("not a PolicyGraph store")
)
