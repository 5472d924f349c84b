package graphmodel

import "testing"

func TestToPinyin(t *testing.T) {
	tests := map[string]struct{ in, full, initials string }{
		"town":           {"堂邑镇", "tangyizhen", "tyz"},
		"latin, digits":  {"5G基站", "5gjizhan", "5gjz"},
		"punctuation":    {"京东(聊城)", "jingdongliaocheng", "jdlc"},
		"upper case":     {"DCMM贯标", "dcmmguanbiao", "dcmmgb"},
		"no han, no key": {"——", "", ""},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			full, initials := toPinyin(tc.in)
			if full != tc.full || initials != tc.initials {
				t.Errorf("toPinyin(%q) = %q, %q; want %q, %q", tc.in, full, initials, tc.full, tc.initials)
			}
		})
	}
}

func TestMatchRank(t *testing.T) {
	keys := searchKeys("堂邑镇", []string{"堂邑"})
	tests := map[string]struct {
		query string
		want  int
	}{
		"exact name":      {"堂邑镇", 3},
		"exact alias":     {"堂邑", 3},
		"exact initials":  {"tyz", 3},
		"pinyin prefix":   {"tang", 2},
		"hanzi substring": {"邑镇", 1},
		"pinyin infix":    {"yizhen", 1},
		"no match":        {"zz", 0},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := matchRank(tc.query, keys); got != tc.want {
				t.Errorf("matchRank(%q) = %d, want %d", tc.query, got, tc.want)
			}
		})
	}
}
