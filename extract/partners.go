package extract

// partners files the bare names joined by 和 or 与 to a company (华能和双良公司
// 实现…; 永红铸机与华电共建…) as companies too: a company's partner in one
// clause is written as a company is. One side must be a company already
// known in the document; the other must be a plain name of two to four
// runes that no other name covers. O(n) per sentence of n runes.
func (x *extraction) partners(si int) {
	d := x.d
	st := d.sents[si]
	if !x.anyFirm {
		return
	}
	for k := st.s + 2; k < st.e-2; k++ {
		if c := d.v.r[k]; c != '和' && c != '与' {
			continue
		}
		ls := d.plainLeft(k, st.s)
		re := d.plainRight(k+1, st.e)
		shortLeft, shortRight := ls >= 0 && k-ls <= 4, re >= 0 && re-(k+1) <= 4
		if !shortLeft && !shortRight {
			continue // the bare name of a partner is short
		}
		left := x.firmEndsAt(si, k) || ls >= 0 && x.firmAt(si, ls, k)
		right := x.firmStartsAt(si, k+1) || re >= 0 && x.firmAt(si, k+1, re)
		switch {
		case left && !right && shortRight && x.bareAt(si, k+1, re):
			x.st.add(TypeEnterprise, k+1, re, si)
		case right && !left && shortLeft && x.bareAt(si, ls, k):
			x.st.add(TypeEnterprise, ls, k, si)
		}
	}
}

// plainLeft returns the start of the name run that ends at k, bounded by
// punctuation or a break word, or -1 when it is not two to eight runes.
func (d *doc) plainLeft(k, lo int) int {
	j := k
	for j > lo && isHan(d.v.r[j-1]) && k-j < 8 && !d.breakBefore(j, lo) {
		j--
	}
	if k-j < 2 || (j > lo && isHan(d.v.r[j-1]) && !d.breakBefore(j, lo)) {
		return -1
	}
	return j
}

// plainRight returns the end of the name run that starts at k, bounded by
// punctuation, a break word or a relation verb, or -1.
func (d *doc) plainRight(k, end int) int {
	j := k
	for j < end && isHan(d.v.r[j]) && j-k < 8 {
		if n, _ := lex.breaksF.longestAt(d.v, j, end); n > 0 && j > k {
			break
		}
		if n, _ := triggerTrie.longestAt(d.v, j, end); n > 0 && j > k {
			break
		}
		j++
	}
	if j-k < 2 || j-k >= 8 {
		return -1
	}
	return j
}

// firmAt reports a company filed at exactly [s, e), in this sentence or
// elsewhere in the document.
func (x *extraction) firmAt(si, s, e int) bool {
	for _, m := range x.st.from(si, s) {
		if m.s > s {
			break
		}
		if m.e == e && m.typ == TypeEnterprise {
			return true
		}
	}
	ent := x.st.ents[EntityID(TypeEnterprise, x.d.meta.Place, x.d.v.str(s, e))]
	return ent != nil
}

// firmEndsAt and firmStartsAt report a company mention of sentence si
// that ends or starts at p (华能和双良公司…).
func (x *extraction) firmEndsAt(si, p int) bool {
	for _, m := range x.st.sorted(si) {
		if m.e == p && m.typ == TypeEnterprise {
			return true
		}
	}
	return false
}

func (x *extraction) firmStartsAt(si, p int) bool {
	for _, m := range x.st.from(si, p) {
		if m.s > p {
			break
		}
		if m.typ == TypeEnterprise {
			return true
		}
	}
	return false
}

// bareAt reports a plain name at [s, e) that no mention overlaps.
func (x *extraction) bareAt(si, s, e int) bool {
	d := x.d
	if !d.plainSubject(s, e) || d.isPlaceName(s, e) || x.isSelf(s, e) {
		return false
	}
	for _, m := range x.st.sorted(si) {
		if m.s < e && m.e > s {
			return false
		}
	}
	return true
}

// scanBranches finds a company's local store, written as the company's
// name, the place's short name and 店 (居然之家海拉尔店): the store is a
// project, the name before the place a company. O(n) per sentence.
func (d *doc) scanBranches(si int) []cand {
	place := []rune(shortPlace(d.meta.Place))
	if len(place) == 0 {
		return nil
	}
	st := d.sents[si]
	var out []cand
	for k := st.s + 2; k+len(place) < st.e; k++ {
		if !d.v.has(k, place) || d.v.r[k+len(place)] != '店' {
			continue
		}
		b := k
		for b > st.s && isHan(d.v.r[b-1]) && k-b < 6 && !d.breakBefore(b, st.s) {
			b--
		}
		if k-b >= 2 && d.plainSubject(b, k) {
			out = append(out, cand{s: b, e: k, typ: TypeEnterprise, sent: si},
				cand{s: b, e: k + len(place) + 1, typ: TypeProject, sent: si})
		}
	}
	return out
}
