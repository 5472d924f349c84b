package history

import "testing"

func TestTrail(t *testing.T) {
	tests := map[string]struct {
		ops  []string // "v:id" visits, "b" back, "f" forward
		want string
		back bool
		fwd  bool
	}{
		"empty":               {ops: nil, want: "", back: false, fwd: false},
		"one visit":           {ops: []string{"v:a"}, want: "a", back: false, fwd: false},
		"back":                {ops: []string{"v:a", "v:b", "b"}, want: "a", back: false, fwd: true},
		"back past start":     {ops: []string{"v:a", "b", "b"}, want: "a", back: false, fwd: false},
		"forward":             {ops: []string{"v:a", "v:b", "b", "f"}, want: "b", back: true, fwd: false},
		"visit drops forward": {ops: []string{"v:a", "v:b", "v:c", "b", "b", "v:d"}, want: "d", back: true, fwd: false},
		"revisit current":     {ops: []string{"v:a", "v:b", "v:b", "b"}, want: "a", back: false, fwd: true},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			var tr Trail
			for _, op := range tc.ops {
				switch {
				case op == "b":
					tr.Back()
				case op == "f":
					tr.Forward()
				default:
					tr.Visit(op[2:])
				}
			}
			if got := tr.Current(); got != tc.want {
				t.Errorf("current = %q, want %q", got, tc.want)
			}
			if tr.CanBack() != tc.back || tr.CanForward() != tc.fwd {
				t.Errorf("can back/forward = %v/%v, want %v/%v", tr.CanBack(), tr.CanForward(), tc.back, tc.fwd)
			}
		})
	}
}

func TestTrailBackReturnsID(t *testing.T) {
	var tr Trail
	tr.Visit("a")
	tr.Visit("b")
	id, ok := tr.Back()
	if !ok || id != "a" {
		t.Fatalf("Back = %q %v, want a true", id, ok)
	}
	id, ok = tr.Forward()
	if !ok || id != "b" {
		t.Fatalf("Forward = %q %v, want b true", id, ok)
	}
	if _, ok := tr.Forward(); ok {
		t.Error("Forward past the end")
	}
}
