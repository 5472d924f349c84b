package graphmodel

import (
	"slices"
	"sync"
)

// marks is a set of an index's entries kept as a stamp per entry rank, so
// that a neighbourhood query allocates nothing per node it meets: entry e
// is in the set when stamp[e.rank] == gen. Sets are pooled per index and
// reused with the next generation number.
type marks struct {
	stamp   []uint32
	gen     uint32
	members []*entry // in the order added
}

// markPool hands out the marks of one index.
type markPool struct {
	pool sync.Pool
	size int // entries in the index
}

// get returns an empty set.
func (p *markPool) get() *marks {
	m, _ := p.pool.Get().(*marks)
	if m == nil {
		m = &marks{stamp: make([]uint32, p.size)}
	}
	m.gen++
	if m.gen == 0 { // wrapped: old stamps could read as members
		clear(m.stamp)
		m.gen = 1
	}
	m.members = m.members[:0]
	return m
}

// put returns a set to the pool.
func (p *markPool) put(m *marks) { p.pool.Put(m) }

func (m *marks) has(e *entry) bool { return m.stamp[e.rank] == m.gen }

// add puts e in the set and reports whether it was new.
func (m *marks) add(e *entry) bool {
	if m.has(e) {
		return false
	}
	m.stamp[e.rank] = m.gen
	m.members = append(m.members, e)
	return true
}

// ranked returns the members by rank: sorted when they are few, else by
// a scan of the index's order. O(min(n log n, N)) for n members of N.
func (m *marks) ranked(sorted []*entry) []*entry {
	if len(m.members)*32 < len(sorted) {
		out := slices.Clone(m.members)
		slices.SortFunc(out, func(a, b *entry) int { return a.rank - b.rank })
		return out
	}
	out := make([]*entry, 0, len(m.members))
	for r, e := range sorted {
		if m.stamp[r] == m.gen {
			out = append(out, e)
		}
	}
	return out
}
