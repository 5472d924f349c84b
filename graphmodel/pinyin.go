package graphmodel

import (
	"strings"
	"unicode"

	"github.com/mozillazg/go-pinyin"
)

// pinyinArgs converts one Han character to its toneless reading.
var pinyinArgs = pinyin.NewArgs()

// searchKeys returns, for the name and each alias, the lower-cased text,
// the full toneless pinyin (tangyizhen) and the initials (tyz). Latin
// letters and digits pass through; other runes are dropped from the pinyin
// keys.
func searchKeys(name string, aliases []string) []string {
	keys := make([]string, 0, 3*(1+len(aliases)))
	for _, n := range append([]string{name}, aliases...) {
		full, initials := toPinyin(n)
		keys = append(keys, strings.ToLower(n), full, initials)
	}
	return keys
}

func toPinyin(s string) (full, initials string) {
	var f, i strings.Builder
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			py := pinyin.SinglePinyin(r, pinyinArgs)
			if len(py) == 0 || py[0] == "" {
				continue
			}
			f.WriteString(py[0])
			i.WriteByte(py[0][0])
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			lr := unicode.ToLower(r)
			f.WriteRune(lr)
			i.WriteRune(lr)
		}
	}
	return f.String(), i.String()
}

// matchRank scores a query against search keys: 3 exact, 2 prefix,
// 1 substring, 0 no match.
func matchRank(query string, keys []string) int {
	best := 0
	for _, k := range keys {
		switch {
		case k == "":
		case k == query:
			return 3
		case strings.HasPrefix(k, query):
			best = max(best, 2)
		case best < 1 && strings.Contains(k, query):
			best = 1
		}
	}
	return best
}

// normalizeQuery lower-cases a query and drops spaces and apostrophes, so
// "Tang Yi" and "tang'yi" match "tangyi".
func normalizeQuery(q string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\'' {
			return -1
		}
		return unicode.ToLower(r)
	}, q)
}
