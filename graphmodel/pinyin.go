package graphmodel

import (
	"slices"
	"strings"
	"unicode"

	"github.com/mozillazg/go-pinyin"
)

// pinyinArgs converts one Han character to its toneless reading.
var pinyinArgs = pinyin.NewArgs()

// searchKey is one form of a name to match a query against. When starts is
// set (full pinyin), a match inside the key must begin at a syllable, so
// that "gl" does not find 中创绿业 (zhongchuanglvye).
type searchKey struct {
	text   string
	starts []int // byte offsets where syllables begin; nil = anywhere
}

// searchKeys returns, for the name and each alias, the lower-cased text,
// the full toneless pinyin (tangyizhen) and the initials (tyz). Latin
// letters and digits pass through; other runes are dropped from the pinyin
// keys.
func searchKeys(name string, aliases []string) []searchKey {
	keys := make([]searchKey, 0, 3*(1+len(aliases)))
	for _, n := range append([]string{name}, aliases...) {
		full, starts, initials := toPinyin(n)
		keys = append(keys, searchKey{text: strings.ToLower(n)},
			searchKey{text: full, starts: starts}, searchKey{text: initials})
	}
	return keys
}

// toPinyin returns the full pinyin of s with the offsets where its
// syllables (or runs of Latin letters and digits) begin, and the initials.
func toPinyin(s string) (full string, starts []int, initials string) {
	var f, i strings.Builder
	latin := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			py := pinyin.SinglePinyin(r, pinyinArgs)
			latin = false
			if len(py) == 0 || py[0] == "" {
				continue
			}
			starts = append(starts, f.Len())
			f.WriteString(py[0])
			i.WriteByte(py[0][0])
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if !latin {
				starts = append(starts, f.Len())
			}
			latin = true
			lr := unicode.ToLower(r)
			f.WriteRune(lr)
			i.WriteRune(lr)
		default:
			latin = false
		}
	}
	return f.String(), starts, i.String()
}

// matchRank scores a query against search keys: 3 exact, 2 prefix,
// 1 substring, 0 no match.
func matchRank(query string, keys []searchKey) int {
	best := 0
	for _, k := range keys {
		switch {
		case k.text == "":
		case k.text == query:
			return 3
		case strings.HasPrefix(k.text, query):
			best = max(best, 2)
		case best < 1 && k.contains(query):
			best = 1
		}
	}
	return best
}

// contains reports whether query occurs in the key, at a syllable start
// when the key has syllables.
func (k searchKey) contains(query string) bool {
	if k.starts == nil {
		return strings.Contains(k.text, query)
	}
	for from := 0; ; {
		i := strings.Index(k.text[from:], query)
		if i < 0 {
			return false
		}
		if _, ok := slices.BinarySearch(k.starts, from+i); ok {
			return true
		}
		from += i + 1
	}
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
