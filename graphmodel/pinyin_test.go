package graphmodel

import (
	"slices"
	"testing"
)

func TestToPinyin(t *testing.T) {
	tests := map[string]struct {
		in, full, initials string
		starts             []int
	}{
		"town":           {"堂邑镇", "tangyizhen", "tyz", []int{0, 4, 6}},
		"latin, digits":  {"5G基站", "5gjizhan", "5gjz", []int{0, 2, 4}},
		"punctuation":    {"京东(聊城)", "jingdongliaocheng", "jdlc", []int{0, 4, 8, 12}},
		"upper case":     {"DCMM贯标", "dcmmguanbiao", "dcmmgb", []int{0, 4, 8}},
		"no han, no key": {"——", "", "", nil},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			full, starts, initials := toPinyin(tc.in)
			if full != tc.full || initials != tc.initials || !slices.Equal(starts, tc.starts) {
				t.Errorf("toPinyin(%q) = %q %v %q; want %q %v %q", tc.in, full, starts, initials, tc.full, tc.starts, tc.initials)
			}
		})
	}
}

func TestMatchRank(t *testing.T) {
	tests := map[string]struct {
		name, query string
		want        int
	}{
		"exact name":       {"堂邑镇", "堂邑镇", 3},
		"exact initials":   {"堂邑镇", "tyz", 3},
		"exact full":       {"堂邑镇", "tangyizhen", 3},
		"pinyin prefix":    {"堂邑镇", "tang", 2},
		"initials prefix":  {"堂邑镇", "ty", 2},
		"hanzi substring":  {"堂邑镇", "邑镇", 1},
		"pinyin infix":     {"堂邑镇", "yizhen", 1},
		"initials infix":   {"古楼街道", "jd", 1},
		"across syllables": {"中创绿业", "gl", 0},
		"inside syllable":  {"堂邑镇", "ang", 0},
		"no match":         {"堂邑镇", "zz", 0},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := matchRank(tc.query, searchKeys(tc.name, nil)); got != tc.want {
				t.Errorf("matchRank(%q, %s) = %d, want %d", tc.query, tc.name, got, tc.want)
			}
		})
	}
	if got := matchRank("堂邑", searchKeys("堂邑镇", []string{"堂邑"})); got != 3 {
		t.Errorf("exact alias ranks %d, want 3", got)
	}
}
