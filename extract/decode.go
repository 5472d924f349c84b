package extract

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
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
// decode "cleanly" as GB18030 but yield rare, scattered characters. The
// same share is asked of a UTF-16 text found without a BOM.
const minGBHanShare = 0.6

// Decode turns the bytes of a text report into UTF-8 text with LF line
// ends. It accepts UTF-8 (with or without BOM), UTF-16 LE/BE (with BOM, or
// without one when the NUL bytes of its ASCII characters give it away) and
// GB18030/GBK (chosen when the bytes are not valid UTF-8 but decode cleanly
// as GB18030 with a high share of Han characters). It returns the text, the
// name of the encoding and an error wrapping ErrEmpty, ErrBinary or
// ErrEncoding that names the byte offset and line of the first bad byte.
// Decode runs in O(len(data)).
func Decode(data []byte) (string, string, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return "", "", emptyError(data)
	}
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		text, err := decodeUTF8(data[3:], 3)
		return finish(text, EncUTF8BOM, err)
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		text, err := decodeUTF16(data[2:], 2, false)
		return finish(text, EncUTF16LE, err)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		text, err := decodeUTF16(data[2:], 2, true)
		return finish(text, EncUTF16BE, err)
	}
	if what := binaryFormat(data); what != "" {
		return "", "", fmt.Errorf("%w: it is %s; save it as .docx, .html or .txt and import that", ErrBinary, what)
	}
	if text, enc, ok := bomlessUTF16(data); ok {
		return finish(text, enc, nil)
	}
	if off := binaryOffset(data); off >= 0 {
		return "", "", binaryError(data, off)
	}
	if utf8.Valid(data) {
		return finish(string(data), EncUTF8, nil)
	}
	bad := invalidUTF8Offset(data)
	text, gbErr := decodeGB18030(data)
	if gbErr == nil {
		return finish(text, EncGB18030, nil)
	}
	if !isASCII(data[:bad]) {
		return "", "", fmt.Errorf("invalid UTF-8 at byte %d (line %d): %w", bad, lineAt(data, bad), ErrEncoding)
	}
	return "", "", fmt.Errorf("invalid UTF-8 at byte %d (line %d), and not GB18030 either (%v): %w",
		bad, lineAt(data, bad), gbErr, ErrEncoding)
}

func finish(text, enc string, err error) (string, string, error) {
	if err != nil {
		return "", "", err
	}
	text = normaliseNewlines(text)
	if strings.TrimSpace(text) == "" {
		return "", "", fmt.Errorf("%w (only white space)", ErrEmpty)
	}
	return text, enc, nil
}

// emptyError words an empty file and one of white space differently.
func emptyError(data []byte) error {
	if len(data) == 0 {
		return ErrEmpty
	}
	return fmt.Errorf("%w (only white space)", ErrEmpty)
}

// isControl reports the control characters no text report holds: all C0
// controls but tab, LF, FF, CR and SUB (an old DOS end-of-file mark).
func isControl(r rune) bool {
	return r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' && r != 0x1A
}

// binaryOffset returns the offset of the first NUL or non-text control byte,
// or -1.
func binaryOffset(data []byte) int {
	for i, b := range data {
		if isControl(rune(b)) {
			return i
		}
	}
	return -1
}

// binaryError names the first control byte.
func binaryError(data []byte, off int) error {
	return fmt.Errorf("%w (control byte 0x%02x at byte %d)", ErrBinary, data[off], off)
}

func decodeUTF8(data []byte, base int) (string, error) {
	if off := binaryOffset(data); off >= 0 {
		return "", binaryError(data, off)
	}
	if !utf8.Valid(data) {
		off := invalidUTF8Offset(data)
		return "", fmt.Errorf("invalid UTF-8 at byte %d (line %d): %w", base+off, lineAt(data, off), ErrEncoding)
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

func isASCII(data []byte) bool {
	for _, b := range data {
		if b >= 0x80 {
			return false
		}
	}
	return true
}

// lineAt is the 1-based line of byte off, counting LF, CRLF and lone CR
// as line ends.
func lineAt(data []byte, off int) int {
	line := 1
	for i, b := range data[:off] {
		if b == '\n' || b == '\r' && (i+1 >= len(data) || data[i+1] != '\n') {
			line++
		}
	}
	return line
}

// decodeGB18030 validates the byte structure of GB18030 first (so that the
// error can name the offset), decodes, and checks the Han share.
func decodeGB18030(data []byte) (string, error) {
	if off := invalidGB18030Offset(data); off >= 0 {
		return "", fmt.Errorf("invalid GB18030 sequence at byte %d", off)
	}
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	if err != nil {
		return "", err
	}
	text := string(out)
	if strings.ContainsRune(text, utf8.RuneError) {
		return "", fmt.Errorf("undefined GB18030 character")
	}
	if han, wide := hanShare(text); wide == 0 || float64(han) < minGBHanShare*float64(wide) {
		return "", fmt.Errorf("too few Chinese characters (%d of %d)", han, wide)
	}
	return text, nil
}

// hanShare counts the Han characters and all non-ASCII runes of text.
func hanShare(text string) (han, wide int) {
	for _, r := range text {
		if r < 0x80 {
			continue
		}
		wide++
		if unicode.Is(unicode.Han, r) {
			han++
		}
	}
	return han, wide
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
