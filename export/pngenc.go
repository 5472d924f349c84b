package export

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"hash/adler32"
	"hash/crc32"
	"image"
	"io"
	"math"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/policygraph/policygraph/style"
)

// bandHeight is how many pixel rows are drawn and compressed as one unit:
// small enough that a band of a very wide image stays in a few megabytes,
// large enough that compression runs in long stretches.
const bandHeight = 128

// writePNG draws sc and writes it as PNG without ever holding the whole
// picture: the image is cut into bands of bandHeight rows that worker
// goroutines (one per CPU) draw and deflate independently; the compressed
// bands are joined into one zlib stream (each band ends with a sync flush,
// as pigz does) whose Adler-32 is combined from the bands' checksums.
// Opaque images are written as RGB, transparent ones as RGBA, with the Sub
// row filter, deflated by compress/flate up to smallImage pixels and by
// rleEncoder above. It takes time proportional to the image area plus the
// drawn primitives, divided by the number of CPUs.
func writePNG(w io.Writer, fs *fontSet, sc scene, scale float64, transparent bool) error {
	p := &painter{fs: fs, sc: sc, scale: scale, transparent: transparent}
	width, height, err := p.imageSize()
	if err != nil {
		return err
	}
	bands := (height + bandHeight - 1) / bandHeight
	buckets := p.bucket(height, bands)
	results := make([]bandResult, bands)
	for i := range results {
		results[i].done = make(chan struct{})
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), bands) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			bw := newBandWriter(p, width, height)
			for b := int(next.Add(1) - 1); b < bands; b = int(next.Add(1) - 1) {
				y0 := b * bandHeight
				results[b].data, results[b].adler, results[b].n = bw.band(&buckets[b], y0, min(y0+bandHeight, height), b == bands-1)
				close(results[b].done)
			}
		}()
	}
	err = writeChunks(w, width, height, transparent, results)
	next.Store(int64(bands))
	wg.Wait()
	return err
}

// bandResult is one compressed band: its deflate data, the Adler-32 and
// length of its uncompressed rows, and a channel closed when it is ready.
type bandResult struct {
	data  []byte
	adler uint32
	n     int64
	done  chan struct{}
}

// writeChunks writes the PNG signature, header, the bands in order as
// IDAT chunks inside one zlib stream, and the end chunk.
func writeChunks(w io.Writer, width, height int, transparent bool, results []bandResult) error {
	if _, err := io.WriteString(w, "\x89PNG\r\n\x1a\n"); err != nil {
		return err
	}
	colourType := byte(2)
	if transparent {
		colourType = 6
	}
	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:], uint32(width))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(height))
	ihdr[8], ihdr[9] = 8, colourType
	if err := writeChunk(w, "IHDR", ihdr[:]); err != nil {
		return err
	}
	adler := uint32(1)
	zlibHeader := []byte{0x78, 0x01}
	for i := range results {
		<-results[i].done
		data := results[i].data
		if i == 0 {
			data = append(zlibHeader, data...)
		}
		if err := writeChunk(w, "IDAT", data); err != nil {
			return err
		}
		adler = adler32Combine(adler, results[i].adler, results[i].n)
		results[i].data = nil
	}
	var sum [4]byte
	binary.BigEndian.PutUint32(sum[:], adler)
	if err := writeChunk(w, "IDAT", sum[:]); err != nil {
		return err
	}
	return writeChunk(w, "IEND", nil)
}

// writeChunk writes one PNG chunk with its length and CRC.
func writeChunk(w io.Writer, kind string, data []byte) error {
	var head [8]byte
	binary.BigEndian.PutUint32(head[:4], uint32(len(data)))
	copy(head[4:], kind)
	crc := crc32.NewIEEE()
	crc.Write(head[4:])
	crc.Write(data)
	var tail [4]byte
	binary.BigEndian.PutUint32(tail[:], crc.Sum32())
	for _, b := range [][]byte{head[:], data, tail[:]} {
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	return nil
}

// adler32Combine returns the Adler-32 of the concatenation of two byte
// strings from their checksums a and b and the second one's length n (as
// zlib's adler32_combine).
func adler32Combine(a, b uint32, n int64) uint32 {
	const base = 65521
	rem := uint32(n % base)
	s1 := a & 0xffff
	s2 := rem * s1 % base
	s1 += (b & 0xffff) + base - 1
	s2 += (a >> 16) + (b >> 16) + base - rem
	if s1 >= base {
		s1 -= base
	}
	if s1 >= base {
		s1 -= base
	}
	if s2 >= 2*base {
		s2 -= 2 * base
	}
	if s2 >= base {
		s2 -= base
	}
	return s1 | s2<<16
}

// bandWriter draws and compresses bands; each worker has its own.
type bandWriter struct {
	p      *painter
	width  int
	pix    []byte
	bg     []byte // one row of background pixels, as drawn
	blank  []byte // a background row in PNG form
	row    []byte // scratch for one row in PNG form
	glyphs *glyphCache
	enc    deflater
}

// deflater codes one band's rows as deflate blocks: begin, write every
// row, end. A band that is not the last ends with a sync flush, so that
// bands coded apart join into one stream.
type deflater interface {
	begin(dst []byte, final bool)
	write(row []byte)
	end(final bool) []byte
}

// smallImage is the pixel count up to which PNGs are compressed with
// zlib's usual method, for small files in slides and documents; larger
// pictures use rleEncoder, which runs at memory speed.
const smallImage = 16 << 20

// flateDeflater is a deflater using compress/flate at its default level.
type flateDeflater struct {
	buf bytes.Buffer
	zw  *flate.Writer
}

func (f *flateDeflater) begin(dst []byte, _ bool) {
	f.buf = *bytes.NewBuffer(dst)
	f.zw.Reset(&f.buf)
}

// write adds a row; writes to a bytes.Buffer cannot fail.
func (f *flateDeflater) write(row []byte) { f.zw.Write(row) }

func (f *flateDeflater) end(final bool) []byte {
	if final {
		f.zw.Close()
	} else {
		f.zw.Flush()
	}
	return f.buf.Bytes()
}

func newBandWriter(p *painter, width, height int) *bandWriter {
	bw := &bandWriter{p: p, width: width, pix: make([]byte, 4*width*bandHeight), glyphs: newGlyphCache(p.fs), enc: &rleEncoder{}}
	if width*height <= smallImage {
		zw, _ := flate.NewWriter(nil, flate.DefaultCompression) // a valid level: no error
		bw.enc = &flateDeflater{zw: zw}
	}
	bg := &image.RGBA{Pix: make([]byte, 4*width), Stride: 4 * width, Rect: image.Rect(0, 0, width, 1)}
	c := &canvas{img: bg}
	if p.transparent {
		c.fill(transparentColour)
	} else {
		c.fill(style.Background)
	}
	bw.bg = bg.Pix
	bw.blank = pngRow(nil, bg.Pix, p.transparent)
	return bw
}

// band draws rows y0..y1 with the primitives in l and returns them
// deflated (ending the stream when last), with their Adler-32 and length.
// Rows left blank are recognised and reuse the prepared blank row.
func (bw *bandWriter) band(l *layers, y0, y1 int, last bool) ([]byte, uint32, int64) {
	img := &image.RGBA{Pix: bw.pix[:4*bw.width*(y1-y0)], Stride: 4 * bw.width, Rect: image.Rect(0, y0, bw.width, y1)}
	bw.p.paint(img, bw.glyphs, l)
	blankSum := adler32.Checksum(bw.blank)
	adler := uint32(1)
	var n int64
	bw.enc.begin(nil, last)
	for y := 0; y < y1-y0; y++ {
		src := img.Pix[y*img.Stride:][:4*bw.width]
		out, sum := bw.blank, blankSum
		if !bytes.Equal(src, bw.bg) {
			bw.row = pngRow(bw.row[:0], src, bw.p.transparent)
			out, sum = bw.row, adler32.Checksum(bw.row)
		}
		bw.enc.write(out)
		adler = adler32Combine(adler, sum, int64(len(out)))
		n += int64(len(out))
	}
	return bw.enc.end(last), adler, n
}

// pngRow appends one row of premultiplied pixels to dst in PNG form: the
// Sub filter byte, then RGB, or straight-alpha RGBA when transparent, each
// byte minus the same channel of the pixel to its left, so that flat
// areas become runs of zeros.
func pngRow(dst, src []byte, transparent bool) []byte {
	bpp := 3
	if transparent {
		bpp = 4
	}
	w := len(src) / 4
	start := len(dst)
	dst = slices.Grow(dst, 1+bpp*w)[:start+1+bpp*w]
	dst[start] = 1 // filter type Sub
	line := dst[start+1:]
	if transparent {
		straight(line, src)
		for i := len(line) - 1; i >= bpp; i-- {
			line[i] -= line[i-bpp]
		}
	} else {
		opaqueSub(line, src)
	}
	return dst
}

// opaqueSub writes the RGB channels of opaque premultiplied pixels,
// Sub-filtered: each minus the same channel of the pixel to its left.
func opaqueSub(out, row []byte) {
	var pr, pg, pb byte
	for i, j := 0, 0; i+3 < len(row) && j+2 < len(out); i, j = i+4, j+3 {
		r, g, b := row[i], row[i+1], row[i+2]
		out[j], out[j+1], out[j+2] = r-pr, g-pg, b-pb
		pr, pg, pb = r, g, b
	}
}

// straight converts premultiplied RGBA pixels to straight alpha.
func straight(out, row []byte) {
	for i := 0; i+3 < len(row) && i+3 < len(out); i += 4 {
		a := row[i+3]
		switch a {
		case 0:
			out[i], out[i+1], out[i+2], out[i+3] = 0, 0, 0, 0
		case 255:
			out[i], out[i+1], out[i+2], out[i+3] = row[i], row[i+1], row[i+2], 255
		default:
			f := 255 / float64(a)
			out[i], out[i+1], out[i+2], out[i+3] = unpremul(row[i], f), unpremul(row[i+1], f), unpremul(row[i+2], f), a
		}
	}
}

// unpremul divides a premultiplied channel by alpha (given as 255/alpha).
func unpremul(c byte, f float64) byte { return byte(math.Min(255, math.Round(float64(c)*f))) }

// bucket sorts the scene's primitives into the bands their pixel rows
// touch, keeping the drawing order within each layer.
func (p *painter) bucket(height, bands int) []layers {
	out := make([]layers, bands)
	oy := p.sc.Bounds.MinY
	add := func(list func(*layers) *[]int32, i int, minY, maxY float64) {
		b0 := max(int(math.Floor((minY-oy)*p.scale))-2, 0) / bandHeight
		b1 := min(int(math.Ceil((maxY-oy)*p.scale))+2, height-1) / bandHeight
		for b := b0; b <= b1 && b < bands; b++ {
			l := list(&out[b])
			*l = append(*l, int32(i))
		}
	}
	for i, s := range p.sc.Lines {
		add(func(l *layers) *[]int32 { return &l.lines }, i, min(s.Y1, s.Y2)-style.EdgeWidth, max(s.Y1, s.Y2)+style.EdgeWidth)
	}
	for i, m := range p.sc.Markers {
		b := m.box()
		add(func(l *layers) *[]int32 { return &l.markers }, i, b.MinY, b.MaxY)
	}
	for i, t := range p.sc.Texts {
		add(func(l *layers) *[]int32 { return &l.boxes }, i, t.Box.MinY, t.Box.MaxY)
		add(func(l *layers) *[]int32 { return &l.texts }, i, t.Box.MinY, t.Box.MaxY)
	}
	return out
}
