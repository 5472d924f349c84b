package export

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
)

// ErrSubset reports a TrueType font the subsetter cannot read.
var ErrSubset = errors.New("export: font subset")

// Composite glyph flags (OpenType spec, 'glyf' table).
const (
	argsAreWords     = 0x0001
	haveScale        = 0x0008
	moreComponents   = 0x0020
	haveXYScale      = 0x0040
	haveTwoByTwo     = 0x0080
	haveInstructions = 0x0100
)

// ttf is a parsed TrueType font: its tables by tag and the glyph data.
type ttf struct {
	tables    map[string][]byte
	numGlyphs int
	loca      []uint32 // numGlyphs+1 offsets into glyf
	numHM     int      // numberOfHMetrics
}

// parseTTF reads the table directory and the glyph locations of a
// TrueType (glyf-outline) font.
func parseTTF(data []byte) (*ttf, error) {
	if len(data) < 12 {
		return nil, fmt.Errorf("%w: %d bytes", ErrSubset, len(data))
	}
	n := int(binary.BigEndian.Uint16(data[4:]))
	f := &ttf{tables: map[string][]byte{}}
	for i := 0; i < n; i++ {
		rec := data[12+16*i:]
		if len(rec) < 16 {
			return nil, fmt.Errorf("%w: truncated table directory", ErrSubset)
		}
		off, length := binary.BigEndian.Uint32(rec[8:]), binary.BigEndian.Uint32(rec[12:])
		if uint64(off)+uint64(length) > uint64(len(data)) {
			return nil, fmt.Errorf("%w: table %q outside the file", ErrSubset, rec[:4])
		}
		f.tables[string(rec[:4])] = data[off : off+length]
	}
	for _, tag := range []string{"head", "hhea", "hmtx", "maxp", "loca", "glyf", "OS/2", "name", "post"} {
		if len(f.tables[tag]) == 0 {
			return nil, fmt.Errorf("%w: no %q table", ErrSubset, tag)
		}
	}
	if len(f.tables["head"]) < 54 || len(f.tables["hhea"]) < 36 || len(f.tables["maxp"]) < 6 || len(f.tables["post"]) < 32 {
		return nil, fmt.Errorf("%w: short header table", ErrSubset)
	}
	f.numGlyphs = int(binary.BigEndian.Uint16(f.tables["maxp"][4:]))
	f.numHM = int(binary.BigEndian.Uint16(f.tables["hhea"][34:]))
	return f, f.readLoca(binary.BigEndian.Uint16(f.tables["head"][50:]) == 1)
}

// readLoca decodes the glyph offsets in short or long format.
func (f *ttf) readLoca(long bool) error {
	loca := f.tables["loca"]
	f.loca = make([]uint32, f.numGlyphs+1)
	for i := range f.loca {
		switch {
		case long && 4*i+4 <= len(loca):
			f.loca[i] = binary.BigEndian.Uint32(loca[4*i:])
		case !long && 2*i+2 <= len(loca):
			f.loca[i] = 2 * uint32(binary.BigEndian.Uint16(loca[2*i:]))
		default:
			return fmt.Errorf("%w: short loca table", ErrSubset)
		}
	}
	if f.loca[f.numGlyphs] > uint32(len(f.tables["glyf"])) {
		return fmt.Errorf("%w: loca points past glyf", ErrSubset)
	}
	return nil
}

// glyph returns the raw outline of glyph g (empty for blank glyphs).
func (f *ttf) glyph(g uint16) []byte {
	if int(g) >= f.numGlyphs || f.loca[g] >= f.loca[g+1] {
		return nil
	}
	return f.tables["glyf"][f.loca[g]:f.loca[g+1]]
}

// metrics returns glyph g's advance width and left side bearing.
func (f *ttf) metrics(g uint16) (adv, lsb uint16) {
	h := f.tables["hmtx"]
	last := f.numHM - 1
	if int(g) <= last {
		return binary.BigEndian.Uint16(h[4*int(g):]), binary.BigEndian.Uint16(h[4*int(g)+2:])
	}
	adv = binary.BigEndian.Uint16(h[4*last:])
	off := 4*f.numHM + 2*(int(g)-f.numHM)
	if off+2 <= len(h) {
		lsb = binary.BigEndian.Uint16(h[off:])
	}
	return adv, lsb
}

// glyphComponents calls fn with the offset of each component's glyph index in
// the composite glyph b and returns the length of b without instructions.
func glyphComponents(b []byte, fn func(at int)) (int, error) {
	at := 10
	for {
		if at+4 > len(b) {
			return 0, fmt.Errorf("%w: truncated composite glyph", ErrSubset)
		}
		flags := binary.BigEndian.Uint16(b[at:])
		fn(at + 2)
		at += 4
		switch {
		case flags&argsAreWords != 0:
			at += 4
		default:
			at += 2
		}
		switch {
		case flags&haveScale != 0:
			at += 2
		case flags&haveXYScale != 0:
			at += 4
		case flags&haveTwoByTwo != 0:
			at += 8
		}
		if flags&moreComponents == 0 {
			if at > len(b) {
				return 0, fmt.Errorf("%w: truncated composite glyph", ErrSubset)
			}
			return at, nil
		}
	}
}

// closure returns glyph 0 followed by the sorted glyphs in want and every
// component they are built from.
func (f *ttf) closure(want []uint16) ([]uint16, error) {
	seen := map[uint16]bool{0: true}
	stack := append([]uint16(nil), want...)
	for len(stack) > 0 {
		g := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[g] || int(g) >= f.numGlyphs {
			continue
		}
		seen[g] = true
		b := f.glyph(g)
		if len(b) < 10 || int16(binary.BigEndian.Uint16(b)) >= 0 {
			continue
		}
		_, err := glyphComponents(b, func(at int) { stack = append(stack, binary.BigEndian.Uint16(b[at:])) })
		if err != nil {
			return nil, fmt.Errorf("glyph %d: %w", g, err)
		}
	}
	out := make([]uint16, 0, len(seen))
	for g := range seen {
		if g != 0 {
			out = append(out, g)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return append([]uint16{0}, out...), nil
}

// stripGlyph returns a copy of glyph outline b without hinting
// instructions, with composite component indices renumbered by remap.
func stripGlyph(b []byte, remap map[uint16]uint16) ([]byte, error) {
	if len(b) < 10 {
		return nil, nil
	}
	contours := int16(binary.BigEndian.Uint16(b))
	if contours >= 0 {
		at := 10 + 2*int(contours)
		if at+2 > len(b) {
			return nil, fmt.Errorf("%w: truncated simple glyph", ErrSubset)
		}
		n := int(binary.BigEndian.Uint16(b[at:]))
		if at+2+n > len(b) {
			return nil, fmt.Errorf("%w: truncated instructions", ErrSubset)
		}
		out := append([]byte(nil), b[:at]...)
		out = append(out, 0, 0)
		return append(out, b[at+2+n:]...), nil
	}
	out := append([]byte(nil), b...)
	end, err := glyphComponents(out, func(at int) {
		binary.BigEndian.PutUint16(out[at:], remap[binary.BigEndian.Uint16(out[at:])])
		flags := binary.BigEndian.Uint16(out[at-2:])
		binary.BigEndian.PutUint16(out[at-2:], flags&^haveInstructions)
	})
	if err != nil {
		return nil, err
	}
	return out[:end], nil
}
