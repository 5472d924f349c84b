package export

import (
	"errors"
	"fmt"
	"sync"

	"fyne.io/fyne/v2/theme"
	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"github.com/policygraph/policygraph/resources"
)

// ErrFont reports that a bundled font could not be read.
var ErrFont = errors.New("export: font")

// Font indices in fontSet.fonts, in the order runes try them: the bundled
// CJK face first (as the explorer's theme does), then Fyne's Latin face for
// the runes the CJK face lacks (Latin letters, digits, curly quotes).
const (
	fontCJK = iota
	fontLatin
	numFonts
)

// fontSet is the pair of faces labels are drawn and measured with. Its
// methods are safe for concurrent use.
type fontSet struct {
	data    [numFonts][]byte
	fonts   [numFonts]*sfnt.Font
	upem    [numFonts]float64
	ascent  float64 // per em, the larger of the two faces
	descent float64 // per em, positive

	mu    sync.Mutex
	buf   sfnt.Buffer
	runes map[rune]runeInfo
}

// runeInfo says which face draws a rune, with which glyph and how far it
// advances the pen, in ems.
type runeInfo struct {
	font    int
	glyph   sfnt.GlyphIndex
	advance float64
}

var (
	bundledOnce  sync.Once
	bundledFonts *fontSet
	bundledErr   error
)

// loadFonts returns the bundled font pair, parsing it on first use.
func loadFonts() (*fontSet, error) {
	bundledOnce.Do(func() {
		bundledFonts, bundledErr = newFontSet(resources.CJKFont, theme.DefaultTextFont().Content())
	})
	return bundledFonts, bundledErr
}

// newFontSet parses the CJK and Latin TrueType faces.
func newFontSet(cjk, latin []byte) (*fontSet, error) {
	fs := &fontSet{data: [numFonts][]byte{cjk, latin}, runes: map[rune]runeInfo{}}
	for i, b := range fs.data {
		f, err := sfnt.Parse(b)
		if err != nil {
			return nil, fmt.Errorf("%w: parse face %d: %w", ErrFont, i, err)
		}
		fs.fonts[i] = f
		fs.upem[i] = float64(f.UnitsPerEm())
		m, err := f.Metrics(&fs.buf, fixed.I(int(f.UnitsPerEm())), font.HintingNone)
		if err != nil {
			return nil, fmt.Errorf("%w: metrics of face %d: %w", ErrFont, i, err)
		}
		fs.ascent = max(fs.ascent, float64(m.Ascent)/64/fs.upem[i])
		fs.descent = max(fs.descent, float64(m.Descent)/64/fs.upem[i])
	}
	return fs, nil
}

// info returns how rune r is drawn: by the first face that has a glyph for
// it, or by the Latin face's missing-glyph box when neither has.
func (fs *fontSet) info(r rune) runeInfo {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	if ri, ok := fs.runes[r]; ok {
		return ri
	}
	ri := runeInfo{font: fontLatin}
	for i, f := range fs.fonts {
		if g, err := f.GlyphIndex(&fs.buf, r); err == nil && g != 0 {
			ri = runeInfo{font: i, glyph: g}
			break
		}
	}
	f := fs.fonts[ri.font]
	adv, err := f.GlyphAdvance(&fs.buf, ri.glyph, fixed.I(int(f.UnitsPerEm())), font.HintingNone)
	if err == nil {
		ri.advance = float64(adv) / 64 / fs.upem[ri.font]
	}
	fs.runes[r] = ri
	return ri
}

// width returns the advance width of s at the given pixel size. It takes
// O(len(s)) time.
func (fs *fontSet) width(s string, size float64) float64 {
	w := 0.0
	for _, r := range s {
		w += fs.info(r).advance
	}
	return w * size
}

// lineHeight returns the height of one line of text at the given size.
func (fs *fontSet) lineHeight(size float64) float64 { return (fs.ascent + fs.descent) * size }
