package export

import (
	"bytes"
	"compress/flate"
	"io"
	"math/rand/v2"
	"testing"
)

// TestRLEDeflateRoundTrip decodes rleEncoder's output with the standard
// library's inflater, including several segments joined into one stream.
func TestRLEDeflateRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	noise := make([]byte, 5000)
	for i := range noise {
		noise[i] = byte(rng.IntN(256))
	}
	runs := append(bytes.Repeat([]byte{0}, 100000), bytes.Repeat([]byte{0xFF, 0xFF, 7}, 3000)...)
	tests := map[string][][]byte{
		"empty":         {{}},
		"one byte":      {{42}},
		"short runs":    {{1, 1, 1, 2, 2, 3, 3, 3, 3, 0, 0, 0, 0, 0}},
		"every length":  {lengthsSample()},
		"noise":         {noise},
		"long runs":     {runs},
		"many segments": {runs[:70000], noise, {}, runs[70000:], noise[:10]},
	}
	for name, segs := range tests {
		t.Run(name, func(t *testing.T) {
			var stream, want []byte
			for i, s := range segs {
				stream = deflateAll(stream, s, i == len(segs)-1)
				want = append(want, s...)
			}
			got, err := io.ReadAll(flate.NewReader(bytes.NewReader(stream)))
			if err != nil {
				t.Fatalf("inflate: %v", err)
			}
			if !bytes.Equal(got, want) {
				t.Fatalf("got %d bytes, want %d (first difference at %d)", len(got), len(want), firstDiff(got, want))
			}
		})
	}
}

// lengthsSample has a run of every length from 1 to 300, alternating bytes.
func lengthsSample() []byte {
	var out []byte
	for l := 1; l <= 300; l++ {
		out = append(out, bytes.Repeat([]byte{byte(l % 2)}, l)...)
	}
	return out
}

func firstDiff(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

func TestRLEDeflateCompressesFlatRows(t *testing.T) {
	flat := bytes.Repeat([]byte{0}, 1<<20)
	if n := len(deflateAll(nil, flat, true)); n > len(flat)/50 {
		t.Errorf("1 MiB of zeros took %d bytes", n)
	}
}

// deflateAll codes src as one block appended to dst, fed in uneven pieces
// so that runs cross piece boundaries.
func deflateAll(dst, src []byte, final bool) []byte {
	var e rleEncoder
	e.begin(dst, final)
	for len(src) > 0 {
		n := min(len(src), 1+len(src)/3)
		e.write(src[:n])
		src = src[n:]
	}
	return e.end(final)
}
