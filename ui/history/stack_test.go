package history

import "testing"

func TestStackUndoRedo(t *testing.T) {
	s := NewStack[int](0)
	state := 0
	act := func(label string, next int) {
		s.Record(label, state)
		state = next
	}
	act("one", 1)
	act("two", 2)
	act("three", 3)

	steps := []struct {
		op        string
		wantState int
		wantLabel string
		wantOK    bool
	}{
		{"undo", 2, "three", true},
		{"undo", 1, "two", true},
		{"redo", 2, "two", true},
		{"undo", 1, "two", true},
		{"undo", 0, "one", true},
		{"undo", 0, "", false},
		{"redo", 1, "one", true},
		{"redo", 2, "two", true},
		{"redo", 3, "three", true},
		{"redo", 3, "", false},
	}
	for i, st := range steps {
		var got int
		var label string
		var ok bool
		if st.op == "undo" {
			got, label, ok = s.Undo(state)
		} else {
			got, label, ok = s.Redo(state)
		}
		if ok != st.wantOK || label != st.wantLabel {
			t.Fatalf("step %d %s: label %q ok %v, want %q %v", i, st.op, label, ok, st.wantLabel, st.wantOK)
		}
		if ok {
			state = got
		}
		if state != st.wantState {
			t.Fatalf("step %d %s: state %d, want %d", i, st.op, state, st.wantState)
		}
	}
}

func TestStackRecordClearsRedo(t *testing.T) {
	s := NewStack[string](0)
	s.Record("a", "s0")
	if _, _, ok := s.Undo("s1"); !ok {
		t.Fatal("undo failed")
	}
	if s.RedoLabel() != "a" {
		t.Fatalf("redo label %q, want a", s.RedoLabel())
	}
	s.Record("b", "s0")
	if _, _, ok := s.Redo("x"); ok {
		t.Error("redo still possible after a new action")
	}
	if s.UndoLabel() != "b" {
		t.Errorf("undo label %q, want b", s.UndoLabel())
	}
}

func TestStackLimit(t *testing.T) {
	tests := map[string]struct {
		limit, records, wantUndos int
	}{
		"no limit":    {limit: 0, records: 5, wantUndos: 5},
		"under limit": {limit: 10, records: 5, wantUndos: 5},
		"over limit":  {limit: 3, records: 5, wantUndos: 3},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			s := NewStack[int](tc.limit)
			for i := 0; i < tc.records; i++ {
				s.Record("x", i)
			}
			n := 0
			last := -1
			for {
				st, _, ok := s.Undo(99)
				if !ok {
					break
				}
				last = st
				n++
			}
			if n != tc.wantUndos {
				t.Errorf("undos = %d, want %d", n, tc.wantUndos)
			}
			if want := tc.records - tc.wantUndos; last != want {
				t.Errorf("oldest kept state = %d, want %d", last, want)
			}
		})
	}
}

func TestStackClear(t *testing.T) {
	s := NewStack[int](0)
	s.Record("a", 1)
	s.Clear()
	if s.UndoLabel() != "" || s.RedoLabel() != "" {
		t.Error("labels left after Clear")
	}
	if _, _, ok := s.Undo(0); ok {
		t.Error("undo after Clear")
	}
}
