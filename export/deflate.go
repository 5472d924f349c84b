package export

import (
	"encoding/binary"
	"math/bits"
)

// rleEncoder is a deflate encoder specialised for rendered images, the
// idea of zlib's Z_RLE strategy: it only finds runs of a repeated byte
// (a match at distance 1) and codes everything with deflate's fixed
// Huffman codes. On Sub-filtered image rows, where every flat area turns
// into a run of zeros, this compresses well at memory speed.

// fixedLit holds the bit-reversed fixed Huffman code and its length for
// each literal/length symbol 0..287 (RFC 1951, 3.2.6).
var fixedLit = func() (t [288]struct {
	code uint16
	n    uint8
}) {
	for s := range t {
		var code, n int
		switch {
		case s < 144:
			code, n = 0x30+s, 8
		case s < 256:
			code, n = 0x190+s-144, 9
		case s < 280:
			code, n = s-256, 7
		default:
			code, n = 0xC0+s-280, 8
		}
		t[s].code = bits.Reverse16(uint16(code)) >> (16 - n)
		t[s].n = uint8(n)
	}
	return t
}()

// runCodes holds, for each match length 3..258, the length symbol's code
// followed by its extra bits and the distance-1 code (five zero bits), as
// one bit string and its length.
var runCodes = func() (t [259]struct {
	bits uint32
	n    uint8
}) {
	base := []int{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258}
	extra := []int{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
	for l := 3; l <= 258; l++ {
		i := len(base) - 1
		for base[i] > l {
			i--
		}
		c := fixedLit[257+i]
		v := uint32(c.code) | uint32(l-base[i])<<c.n
		t[l].bits = v
		t[l].n = c.n + uint8(extra[i]) + 5
	}
	return t
}()

// bitWriter appends a little-endian bit stream to out.
type bitWriter struct {
	out []byte
	acc uint64
	n   uint
}

// put appends the low n bits of v (n <= 32).
func (w *bitWriter) put(v uint32, n uint8) {
	w.acc |= uint64(v) << w.n
	w.n += uint(n)
	if w.n >= 32 {
		w.out = append(w.out, byte(w.acc), byte(w.acc>>8), byte(w.acc>>16), byte(w.acc>>24))
		w.acc >>= 32
		w.n -= 32
	}
}

// align pads the stream to a byte boundary and flushes it.
func (w *bitWriter) align() {
	for w.n > 0 {
		w.out = append(w.out, byte(w.acc))
		w.acc >>= 8
		w.n = w.n - min(w.n, 8)
	}
	w.acc = 0
}

// rleEncoder writes one fixed-Huffman deflate block, fed in pieces. Runs
// may continue across pieces; matches never reach before the block.
type rleEncoder struct {
	w    bitWriter
	prev int // last byte written, or -1 at the start of the block
}

// begin starts a block appended to dst; final marks the stream's last.
func (e *rleEncoder) begin(dst []byte, final bool) {
	e.w = bitWriter{out: dst}
	e.prev = -1
	header := uint32(2) // BTYPE 01 (fixed Huffman), written LSB first after BFINAL
	if final {
		header |= 1
	}
	e.w.put(header, 3)
}

// write codes src: runs of the previous byte as distance-1 matches,
// everything else as literals. It takes O(len(src)) time.
func (e *rleEncoder) write(src []byte) {
	for i := 0; i < len(src); {
		b := src[i]
		if int(b) == e.prev {
			if r := runLength(src[i:], b); r >= 3 {
				c := runCodes[r]
				e.w.put(c.bits, c.n)
				i += r
				continue
			}
		}
		c := fixedLit[b]
		e.w.put(uint32(c.code), c.n)
		e.prev = int(b)
		i++
	}
}

// end closes the block and returns the stream so far. A block that is not
// final is followed by an empty stored block (a sync flush), so that the
// next block starts on a byte boundary and can be coded independently.
func (e *rleEncoder) end(final bool) []byte {
	eob := fixedLit[256]
	e.w.put(uint32(eob.code), eob.n)
	if !final {
		e.w.put(0, 3) // BFINAL 0, BTYPE 00: stored block
		e.w.align()
		e.w.out = append(e.w.out, 0, 0, 0xFF, 0xFF)
	}
	e.w.align()
	return e.w.out
}

// runLength returns how many leading bytes of s equal b, at most 258,
// comparing eight bytes at a time.
func runLength(s []byte, b byte) int {
	n := min(len(s), 258)
	pattern := uint64(b) * 0x0101010101010101
	i := 0
	for ; i+8 <= n; i += 8 {
		if x := binary.LittleEndian.Uint64(s[i:]) ^ pattern; x != 0 {
			return i + bits.TrailingZeros64(x)/8
		}
	}
	for ; i < n; i++ {
		if s[i] != b {
			return i
		}
	}
	return n
}
