package extract

import "errors"

// Sentinel errors for input that cannot be extracted. Their texts are
// written for an analyst; they are wrapped with context (file path, byte
// offset, line); test them with errors.Is.
var (
	// ErrEmpty reports an empty file or a text with nothing but white space.
	ErrEmpty = errors.New("the file is empty")
	// ErrBinary reports bytes that are not text (NUL or control bytes, or a
	// known binary format such as PDF).
	ErrBinary = errors.New("this is a binary file, not a text report")
	// ErrEncoding reports bytes that decode in none of the supported encodings.
	ErrEncoding = errors.New("a text report must be UTF-8, UTF-16 or GB18030/GBK")
	// ErrNotReport reports a decoded text without Chinese characters.
	ErrNotReport = errors.New("no Chinese text found: is this a report?")
	// ErrTooLarge reports a file above MaxFileBytes, or a text of 2 GiB or
	// more, beyond any report.
	ErrTooLarge = errors.New("the file is too large")
	// ErrNotAFile reports a path that names a directory, a device or a pipe.
	ErrNotAFile = errors.New("not a report file")
	// ErrDocx reports a .docx that is truncated, corrupt or not a Word
	// document.
	ErrDocx = errors.New("not a valid .docx")
)
