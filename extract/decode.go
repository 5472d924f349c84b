package extract

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// Encoding names reported by Decode.
const (
	EncUTF8    = "utf-8"
	EncUTF8BOM = "utf-8-bom"
	EncUTF16LE = "utf-16le"
	EncUTF16BE = "utf-16be"
	EncGB18030 = "gb18030"
)

// minGBHanShare is the share of Han characters among the non-ASCII runes a
// GB18030 decoding must reach to be believed: Latin-1 or random bytes often
// decode "cleanly" as GB18030 but yield rare, scattered characters.
const minGBHanShare = 0.6

// Decode turns the bytes of a report into UTF-8 text with LF line ends. It
// accepts UTF-8 (with or without BOM), UTF-16 LE/BE with BOM and GB18030/GBK
// (chosen when the bytes are not valid UTF-8 but decode cleanly as GB18030
// with a high share of Han characters). It returns the text, the name of the
// encoding and an error wrapping ErrEmpty, ErrBinary or ErrEncoding (naming
// the byte offset of the first bad byte). Decode runs in O(len(data)).
func Decode(data []byte) (string, string, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return "", "", ErrEmpty
	}
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		text, err := decodeUTF8(data[3:], 3)
		return finish(text, EncUTF8BOM, err)
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		text, err := decodeUTF16(data[2:], false)
		return finish(text, EncUTF16LE, err)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		text, err := decodeUTF16(data[2:], true)
		return finish(text, EncUTF16BE, err)
	}
	if off := binaryOffset(data); off >= 0 {
		return "", "", fmt.Errorf("control byte 0x%02x at offset %d: %w", data[off], off, ErrBinary)
	}
	if utf8.Valid(data) {
		return finish(string(data), EncUTF8, nil)
	}
	bad := invalidUTF8Offset(data)
	text, err := decodeGB18030(data)
	if err != nil {
		return "", "", fmt.Errorf("invalid UTF-8 byte 0x%02x at offset %d, and not GB18030 (%v): %w", data[bad], bad, err, ErrEncoding)
	}
	return finish(text, EncGB18030, nil)
}

func finish(text, enc string, err error) (string, string, error) {
	if err != nil {
		return "", "", err
	}
	text = normaliseNewlines(text)
	if strings.TrimSpace(text) == "" {
		return "", "", ErrEmpty
	}
	return text, enc, nil
}

// binaryOffset returns the offset of the first NUL or non-text control byte,
// or -1.
func binaryOffset(data []byte) int {
	for i, b := range data {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1A {
			return i
		}
	}
	return -1
}

func decodeUTF8(data []byte, base int) (string, error) {
	if off := binaryOffset(data); off >= 0 {
		return "", fmt.Errorf("control byte 0x%02x at offset %d: %w", data[off], base+off, ErrBinary)
	}
	if !utf8.Valid(data) {
		off := invalidUTF8Offset(data)
		return "", fmt.Errorf("invalid UTF-8 byte 0x%02x at offset %d: %w", data[off], base+off, ErrEncoding)
	}
	return string(data), nil
}

func invalidUTF8Offset(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(data)
}

// decodeUTF16 decodes BOM-less UTF-16 content; offsets in errors count the
// two BOM bytes.
func decodeUTF16(data []byte, bigEndian bool) (string, error) {
	if len(data)%2 != 0 {
		return "", fmt.Errorf("odd UTF-16 length: dangling byte at offset %d: %w", len(data)+1, ErrEncoding)
	}
	units := make([]uint16, len(data)/2)
	for i := range units {
		if bigEndian {
			units[i] = uint16(data[2*i])<<8 | uint16(data[2*i+1])
		} else {
			units[i] = uint16(data[2*i+1])<<8 | uint16(data[2*i])
		}
	}
	var b strings.Builder
	b.Grow(len(data))
	for i := 0; i < len(units); i++ {
		u := units[i]
		switch {
		case u == 0 || (u < 0x20 && u != '\n' && u != '\r' && u != '\t' && u != '\f'):
			return "", fmt.Errorf("control character U+%04X at offset %d: %w", u, 2+2*i, ErrBinary)
		case utf16.IsSurrogate(rune(u)):
			if i+1 >= len(units) {
				return "", fmt.Errorf("unpaired UTF-16 surrogate at offset %d: %w", 2+2*i, ErrEncoding)
			}
			r := utf16.DecodeRune(rune(u), rune(units[i+1]))
			if r == unicode.ReplacementChar {
				return "", fmt.Errorf("unpaired UTF-16 surrogate at offset %d: %w", 2+2*i, ErrEncoding)
			}
			b.WriteRune(r)
			i++
		default:
			b.WriteRune(rune(u))
		}
	}
	return b.String(), nil
}

// decodeGB18030 validates the byte structure of GB18030 first (so that the
// error can name the offset), decodes, and checks the Han share.
func decodeGB18030(data []byte) (string, error) {
	if off := invalidGB18030Offset(data); off >= 0 {
		return "", fmt.Errorf("invalid GB18030 sequence at offset %d", off)
	}
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	if err != nil {
		return "", err
	}
	text := string(out)
	han, wide := 0, 0
	for _, r := range text {
		if r == utf8.RuneError {
			return "", fmt.Errorf("undefined GB18030 character")
		}
		if r < 0x80 {
			continue
		}
		wide++
		if unicode.Is(unicode.Han, r) {
			han++
		}
	}
	if wide == 0 || float64(han) < minGBHanShare*float64(wide) {
		return "", fmt.Errorf("too few Chinese characters (%d of %d)", han, wide)
	}
	return text, nil
}

// invalidGB18030Offset returns the offset of the first byte that does not
// start a well-formed GB18030 sequence, or -1.
func invalidGB18030Offset(data []byte) int {
	for i := 0; i < len(data); {
		b := data[i]
		switch {
		case b < 0x80:
			i++
		case b == 0x80 || b == 0xFF:
			return i
		case i+1 < len(data) && (data[i+1] >= 0x40 && data[i+1] <= 0xFE && data[i+1] != 0x7F):
			i += 2
		case i+3 < len(data) && isDigitByte(data[i+1]) && data[i+2] >= 0x81 && data[i+2] <= 0xFE && isDigitByte(data[i+3]):
			i += 4
		default:
			return i
		}
	}
	return -1
}

func isDigitByte(b byte) bool { return b >= 0x30 && b <= 0x39 }

// normaliseNewlines turns CRLF and lone CR into LF.
func normaliseNewlines(s string) string {
	if !strings.ContainsRune(s, '\r') {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}
