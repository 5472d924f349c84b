package extract

import "sort"

// trie maps words to payloads. It is walked forwards (words starting at a
// position) or backwards (words ending at a position); add words reversed
// for the backward walk. Lookups cost O(longest word · log fan-out).
type trie struct {
	keys  []rune // sorted child runes
	kids  []*trie
	val   int      // payload + 1; 0 when no word ends here
	first []uint64 // root only: bit set of the first runes below 0x10000
	wide  bool     // root only: some word starts above 0xFFFF, so no filter
}

func newTrie() *trie { return &trie{} }

// child returns the node under rune c, or nil. Most nodes have one or two
// children, where a linear scan beats hashing; wide nodes use binary search.
func (t *trie) child(c rune) *trie {
	if len(t.keys) <= 8 {
		for i, k := range t.keys {
			if k == c {
				return t.kids[i]
			}
		}
		return nil
	}
	i := sort.Search(len(t.keys), func(i int) bool { return t.keys[i] >= c })
	if i < len(t.keys) && t.keys[i] == c {
		return t.kids[i]
	}
	return nil
}

// skip reports, at the root, that no word starts with c: most runes of a
// text start no word, and a bit test is much cheaper than a lookup.
func (t *trie) skip(c rune) bool {
	return !t.wide && t.first != nil && c < 0x10000 && t.first[c>>6]&(1<<(uint(c)&63)) == 0
}

// add stores w with payload val (>= 0).
func (t *trie) add(w []rune, val int) {
	if len(w) == 0 {
		return
	}
	if t.first == nil {
		t.first = make([]uint64, 0x10000/64)
	}
	if c := w[0]; c < 0x10000 {
		t.first[c>>6] |= 1 << (uint(c) & 63)
	} else {
		t.wide = true
	}
	n := t
	for _, c := range w {
		m := n.child(c)
		if m == nil {
			m = newTrie()
			i := sort.Search(len(n.keys), func(i int) bool { return n.keys[i] >= c })
			n.keys = append(n.keys, 0)
			n.kids = append(n.kids, nil)
			copy(n.keys[i+1:], n.keys[i:])
			copy(n.kids[i+1:], n.kids[i:])
			n.keys[i], n.kids[i] = c, m
		}
		n = m
	}
	n.val = val + 1
}

// longestAt returns the length and payload of the longest word starting at
// rune i of v and ending before end, or (0, -1).
func (t *trie) longestAt(v *view, i, end int) (int, int) {
	best, val := 0, -1
	if i < end && t.skip(v.r[i]) {
		return best, val
	}
	n := t
	for k := i; k < end; k++ {
		n = n.child(v.r[k])
		if n == nil {
			break
		}
		if n.val > 0 {
			best, val = k-i+1, n.val-1
		}
	}
	return best, val
}

// longestBefore walks a reversed trie: it returns the length and payload of
// the longest word ending at rune i (exclusive) and starting at or after lo.
func (t *trie) longestBefore(v *view, i, lo int) (int, int) {
	best, val := 0, -1
	if i > lo && t.skip(v.r[i-1]) {
		return best, val
	}
	n := t
	for k := i - 1; k >= lo; k-- {
		n = n.child(v.r[k])
		if n == nil {
			break
		}
		if n.val > 0 {
			best, val = i-k, n.val-1
		}
	}
	return best, val
}

// shortestBefore is longestBefore but stops at the shortest word.
func (t *trie) shortestBefore(v *view, i, lo int) int {
	if i > lo && t.skip(v.r[i-1]) {
		return 0
	}
	n := t
	for k := i - 1; k >= lo; k-- {
		n = n.child(v.r[k])
		if n == nil {
			return 0
		}
		if n.val > 0 {
			return i - k
		}
	}
	return 0
}

func reversed(w string) []rune {
	rs := []rune(w)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return rs
}

// wordSet builds a forward trie (payload 0) of words.
func wordSet(words []string) *trie {
	t := newTrie()
	for _, w := range words {
		t.add([]rune(w), 0)
	}
	return t
}

// reverseSet builds a reversed trie (payload 0) of words.
func reverseSet(words []string) *trie {
	t := newTrie()
	for _, w := range words {
		t.add(reversed(w), 0)
	}
	return t
}
