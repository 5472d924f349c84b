package extract

import "errors"

// Sentinel errors for input that cannot be extracted. They are wrapped with
// context (file path, byte offset); test them with errors.Is.
var (
	// ErrEmpty reports an empty file or a text with nothing but white space.
	ErrEmpty = errors.New("empty input")
	// ErrBinary reports bytes that are not text (NUL or control bytes).
	ErrBinary = errors.New("binary input")
	// ErrEncoding reports bytes that decode in none of the supported encodings.
	ErrEncoding = errors.New("undecodable text")
	// ErrNotReport reports a decoded text without Chinese characters.
	ErrNotReport = errors.New("no Chinese text")
	// ErrTooLarge reports a text of 2 GiB or more, beyond any report.
	ErrTooLarge = errors.New("text too large")
)
