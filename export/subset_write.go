package export

import (
	"encoding/binary"
	"sort"
)

// subsetFont returns a TrueType font with only the glyphs that the runes
// in cmap map to (plus .notdef and composite components), a format 4 cmap
// for those runes (runes above U+FFFF are left out), and no hinting,
// layout or vertical tables. Glyph outlines and metrics are copied
// unchanged. It takes time linear in the size of the kept glyphs plus the
// font's table directory.
func subsetFont(data []byte, cmap map[rune]uint16) ([]byte, error) {
	f, err := parseTTF(data)
	if err != nil {
		return nil, err
	}
	want := make([]uint16, 0, len(cmap))
	for _, g := range cmap {
		want = append(want, g)
	}
	order, err := f.closure(want)
	if err != nil {
		return nil, err
	}
	remap := make(map[uint16]uint16, len(order))
	for i, g := range order {
		remap[g] = uint16(i)
	}
	glyf, loca, hmtx, err := f.glyphTables(order, remap)
	if err != nil {
		return nil, err
	}
	tables := map[string][]byte{
		"glyf": glyf, "loca": loca, "hmtx": hmtx,
		"cmap": cmapTable(cmap, remap),
		"OS/2": f.tables["OS/2"], "name": f.tables["name"],
		"head": patched(patched(f.tables["head"], 8, 0, 0, 0, 0), 50, 0, 1), // checksum adjustment (set by assemble), long loca
		"hhea": patched(f.tables["hhea"], 34, byte(len(order)>>8), byte(len(order))),
		"maxp": patched(f.tables["maxp"], 4, byte(len(order)>>8), byte(len(order))),
		"post": patched(f.tables["post"][:32], 0, 0, 3, 0, 0), // version 3: no glyph names
	}
	return assemble(tables), nil
}

// glyphTables builds glyf, long-format loca and full hmtx for the glyphs
// in order.
func (f *ttf) glyphTables(order []uint16, remap map[uint16]uint16) (glyf, loca, hmtx []byte, err error) {
	loca = make([]byte, 4*(len(order)+1))
	hmtx = make([]byte, 4*len(order))
	for i, g := range order {
		b, err := stripGlyph(f.glyph(g), remap)
		if err != nil {
			return nil, nil, nil, err
		}
		glyf = append(glyf, b...)
		for len(glyf)%4 != 0 {
			glyf = append(glyf, 0)
		}
		binary.BigEndian.PutUint32(loca[4*(i+1):], uint32(len(glyf)))
		adv, lsb := f.metrics(g)
		binary.BigEndian.PutUint16(hmtx[4*i:], adv)
		binary.BigEndian.PutUint16(hmtx[4*i+2:], lsb)
	}
	return glyf, loca, hmtx, nil
}

// patched returns a copy of b with bytes written at offset at.
func patched(b []byte, at int, bytes ...byte) []byte {
	out := append([]byte(nil), b...)
	copy(out[at:], bytes)
	return out
}

// cmapTable returns a cmap with one Windows Unicode BMP (3,1) format 4
// subtable mapping each rune to its renumbered glyph, one segment per run
// of consecutive runes with consecutive glyphs.
func cmapTable(cmap map[rune]uint16, remap map[uint16]uint16) []byte {
	var runes []rune
	for r := range cmap {
		if r <= 0xFFFE {
			runes = append(runes, r)
		}
	}
	sort.Slice(runes, func(i, j int) bool { return runes[i] < runes[j] })
	type seg struct{ start, end, delta uint16 }
	var segs []seg
	for _, r := range runes {
		g := remap[cmap[r]]
		delta := g - uint16(r)
		if n := len(segs); n > 0 && segs[n-1].end+1 == uint16(r) && segs[n-1].delta == delta {
			segs[n-1].end++
			continue
		}
		segs = append(segs, seg{uint16(r), uint16(r), delta})
	}
	segs = append(segs, seg{0xFFFF, 0xFFFF, 1})
	n := len(segs)
	sub := make([]byte, 16+8*n)
	be := binary.BigEndian
	be.PutUint16(sub[0:], 4)
	be.PutUint16(sub[2:], uint16(len(sub)))
	be.PutUint16(sub[6:], uint16(2*n))
	search := 1
	for search*2 <= n {
		search *= 2
	}
	be.PutUint16(sub[8:], uint16(2*search))
	be.PutUint16(sub[10:], uint16(log2(search)))
	be.PutUint16(sub[12:], uint16(2*n-2*search))
	for i, s := range segs {
		be.PutUint16(sub[14+2*i:], s.end)
		be.PutUint16(sub[16+2*n+2*i:], s.start)
		be.PutUint16(sub[16+4*n+2*i:], s.delta)
	}
	head := []byte{0, 0, 0, 1, 0, 3, 0, 1, 0, 0, 0, 12}
	return append(head, sub...)
}

// assemble writes an sfnt file with the given tables (sorted by tag,
// 4-byte aligned, with checksums) and sets head.checkSumAdjustment.
func assemble(tables map[string][]byte) []byte {
	tags := make([]string, 0, len(tables))
	for t := range tables {
		tags = append(tags, t)
	}
	sort.Strings(tags)
	n := len(tags)
	search := 1
	for search*2 <= n {
		search *= 2
	}
	be := binary.BigEndian
	out := make([]byte, 12+16*n)
	be.PutUint32(out[0:], 0x00010000)
	be.PutUint16(out[4:], uint16(n))
	be.PutUint16(out[6:], uint16(16*search))
	be.PutUint16(out[8:], uint16(log2(search)))
	be.PutUint16(out[10:], uint16(16*n-16*search))
	headAt := 0
	for i, t := range tags {
		b := tables[t]
		rec := out[12+16*i:]
		copy(rec, t)
		be.PutUint32(rec[4:], checksum(b))
		be.PutUint32(rec[8:], uint32(len(out)))
		be.PutUint32(rec[12:], uint32(len(b)))
		if t == "head" {
			headAt = len(out)
		}
		out = append(out, b...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	be.PutUint32(out[headAt+8:], 0xB1B0AFBA-checksum(out))
	return out
}

// checksum is the sfnt table checksum: the sum of big-endian uint32 words,
// the last one zero-padded.
func checksum(b []byte) uint32 {
	var sum uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}

// log2 returns the base-2 logarithm of a power of two.
func log2(n int) int {
	k := 0
	for n > 1 {
		n /= 2
		k++
	}
	return k
}
