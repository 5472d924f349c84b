package history

// entry is one recorded step: the state before the action and its label.
type entry[S any] struct {
	label string
	state S
}

// Stack records snapshots of a state S for undo and redo. The caller
// records the state before each action; Undo hands back that state in
// exchange for the current one, which Redo can then restore. The zero
// value is an empty stack with no limit.
type Stack[S any] struct {
	undo  []entry[S]
	redo  []entry[S]
	limit int
}

// NewStack returns a stack that keeps at most limit undo steps (0 = no
// limit); the oldest step is dropped first.
func NewStack[S any](limit int) *Stack[S] {
	return &Stack[S]{limit: limit}
}

// Record stores before, the state just before an action called label, and
// clears the redo steps. O(1) amortised.
func (s *Stack[S]) Record(label string, before S) {
	s.undo = append(s.undo, entry[S]{label: label, state: before})
	if s.limit > 0 && len(s.undo) > s.limit {
		s.undo = s.undo[len(s.undo)-s.limit:]
	}
	s.redo = nil
}

// Undo returns the state before the last action and its label, and keeps
// current so that Redo can restore it. ok is false when there is nothing
// to undo.
func (s *Stack[S]) Undo(current S) (state S, label string, ok bool) {
	if len(s.undo) == 0 {
		return state, "", false
	}
	last := s.undo[len(s.undo)-1]
	s.undo = s.undo[:len(s.undo)-1]
	s.redo = append(s.redo, entry[S]{label: last.label, state: current})
	return last.state, last.label, true
}

// Redo returns the state after the last undone action and its label, and
// keeps current so that Undo can return to it. ok is false when there is
// nothing to redo.
func (s *Stack[S]) Redo(current S) (state S, label string, ok bool) {
	if len(s.redo) == 0 {
		return state, "", false
	}
	last := s.redo[len(s.redo)-1]
	s.redo = s.redo[:len(s.redo)-1]
	s.undo = append(s.undo, entry[S]{label: last.label, state: current})
	return last.state, last.label, true
}

// UndoLabel names the action Undo would revert, or "" if none.
func (s *Stack[S]) UndoLabel() string {
	if len(s.undo) == 0 {
		return ""
	}
	return s.undo[len(s.undo)-1].label
}

// RedoLabel names the action Redo would repeat, or "" if none.
func (s *Stack[S]) RedoLabel() string {
	if len(s.redo) == 0 {
		return ""
	}
	return s.redo[len(s.redo)-1].label
}

// Clear forgets every step.
func (s *Stack[S]) Clear() {
	s.undo, s.redo = nil, nil
}
