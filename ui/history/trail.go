package history

// Trail is the sequence of focused entities, like a browser's history:
// Visit adds a step and drops any forward steps, Back and Forward move
// through it. The zero value is an empty trail.
type Trail struct {
	ids []string
	pos int // index of the current id; meaningless while ids is empty
}

// Visit makes id the current step. Visiting the current id again does
// nothing, so re-focusing a node does not pad the trail.
func (t *Trail) Visit(id string) {
	if len(t.ids) > 0 && t.ids[t.pos] == id {
		return
	}
	if len(t.ids) > 0 {
		t.ids = t.ids[:t.pos+1]
	}
	t.ids = append(t.ids, id)
	t.pos = len(t.ids) - 1
}

// Current returns the current id, or "" when the trail is empty.
func (t *Trail) Current() string {
	if len(t.ids) == 0 {
		return ""
	}
	return t.ids[t.pos]
}

// Back moves one step back and returns the id there.
func (t *Trail) Back() (string, bool) {
	if !t.CanBack() {
		return "", false
	}
	t.pos--
	return t.ids[t.pos], true
}

// Forward moves one step forward and returns the id there.
func (t *Trail) Forward() (string, bool) {
	if !t.CanForward() {
		return "", false
	}
	t.pos++
	return t.ids[t.pos], true
}

// CanBack reports whether Back would move.
func (t *Trail) CanBack() bool { return len(t.ids) > 0 && t.pos > 0 }

// CanForward reports whether Forward would move.
func (t *Trail) CanForward() bool { return t.pos+1 < len(t.ids) }
