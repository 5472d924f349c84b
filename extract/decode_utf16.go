package extract

import (
	"fmt"
	"strings"
	"unicode/utf16"
)

// decodeUTF16 decodes UTF-16 content that starts at byte base of the file
// (after its BOM); offsets in errors count from the start of the file.
func decodeUTF16(data []byte, base int, bigEndian bool) (string, error) {
	if len(data)%2 != 0 {
		return "", fmt.Errorf("odd UTF-16 length: dangling byte at byte %d: %w", base+len(data)-1, ErrEncoding)
	}
	units := utf16Units(data, bigEndian)
	var b strings.Builder
	b.Grow(len(data))
	for i := 0; i < len(units); i++ {
		u := rune(units[i])
		switch {
		case isControl(u):
			return "", fmt.Errorf("%w (control character U+%04X at byte %d)", ErrBinary, u, base+2*i)
		case utf16.IsSurrogate(u):
			if i+1 >= len(units) || utf16.DecodeRune(u, rune(units[i+1])) == '\uFFFD' {
				return "", fmt.Errorf("unpaired UTF-16 surrogate at byte %d: %w", base+2*i, ErrEncoding)
			}
			b.WriteRune(utf16.DecodeRune(u, rune(units[i+1])))
			i++
		default:
			b.WriteRune(u)
		}
	}
	return b.String(), nil
}

func utf16Units(data []byte, bigEndian bool) []uint16 {
	units := make([]uint16, len(data)/2)
	for i := range units {
		if bigEndian {
			units[i] = uint16(data[2*i])<<8 | uint16(data[2*i+1])
		} else {
			units[i] = uint16(data[2*i+1])<<8 | uint16(data[2*i])
		}
	}
	return units
}

// bomlessUTF16 recognises UTF-16 saved without a BOM: an even length, NUL
// bytes (the high halves of ASCII characters such as digits and line ends)
// on one parity only, and a clean decoding that is mostly Han. Binary
// files have NULs on both parities; UTF-8 and GB18030 text has none.
func bomlessUTF16(data []byte) (string, string, bool) {
	if len(data)%2 != 0 {
		return "", "", false
	}
	var nuls [2]int
	for i, b := range data {
		if b == 0 {
			nuls[i%2]++
		}
	}
	if nuls[0] > 0 == (nuls[1] > 0) {
		return "", "", false
	}
	bigEndian, enc := nuls[0] > 0, EncUTF16LE
	if bigEndian {
		enc = EncUTF16BE
	}
	text, err := decodeUTF16(data, 0, bigEndian)
	if err != nil {
		return "", "", false
	}
	if han, wide := hanShare(text); wide == 0 || float64(han) < minGBHanShare*float64(wide) {
		return "", "", false
	}
	return text, enc, true
}
