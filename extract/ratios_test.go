package extract

import "testing"

func TestNumeralValue(t *testing.T) {
	tests := map[string]struct {
		in   string
		want int
		ok   bool
	}{
		"digits":        {"21", 21, true},
		"units":         {"八", 8, true},
		"ten":           {"十", 10, true},
		"teens":         {"十二", 12, true},
		"tens and unit": {"二十一", 21, true},
		"round tens":    {"三十", 30, true},
		"hundreds":      {"一百", 0, false},
		"two units":     {"二二", 0, false},
		"empty":         {"", 0, false},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got, ok := numeralValue([]rune(tc.in))
			if got != tc.want || ok != tc.ok {
				t.Errorf("numeralValue(%q) = %d, %v; want %d, %v", tc.in, got, ok, tc.want, tc.ok)
			}
		})
	}
}
