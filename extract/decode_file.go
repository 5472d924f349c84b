package extract

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// MaxFileBytes is the largest text or HTML file ReadFile reads, and the
// largest document part it unpacks from a .docx: 20 MiB, some 500 times a
// county report (about 40 KB of text). Larger files are refused from their
// size, before they are read.
const MaxFileBytes = 20 << 20

// Formats reported by ReadFile and DecodeFile besides the encodings of
// Decode. An HTML page reports "html/" followed by its encoding.
const (
	FormatDocx = "docx"
	FormatHTML = "html/"
)

// ReadFile reads the report at path and returns its text (UTF-8, LF line
// ends) and the format it was decoded from (see DecodeFile). A .docx is
// read in place (only its document part is unpacked); other files are
// refused above MaxFileBytes before they are read. Errors say what is
// wrong for an analyst and wrap ErrNotAFile, ErrTooLarge, ErrDocx, the
// sentinels of Decode, or the fs error (fs.ErrNotExist, fs.ErrPermission).
// They do not repeat the path; callers add it.
func ReadFile(path string) (string, string, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return "", "", readError(err)
	}
	if err := checkRegular(fi); err != nil {
		return "", "", err
	}
	f, err := os.Open(path)
	if err != nil {
		return "", "", readError(err)
	}
	defer f.Close()
	head := make([]byte, 8)
	n, err := f.ReadAt(head, 0)
	if err != nil && !errors.Is(err, io.EOF) {
		return "", "", readError(err)
	}
	if isZip(head[:n]) {
		return decodeDocx(f, fi.Size())
	}
	if fi.Size() > MaxFileBytes {
		return "", "", tooLarge(fi.Size())
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileBytes+1))
	if err != nil {
		return "", "", readError(err)
	}
	if len(data) > MaxFileBytes {
		return "", "", tooLarge(int64(len(data)))
	}
	return DecodeFile(path, data)
}

// DecodeFile decodes a file's bytes by content, with the name's extension
// as a hint: a zip archive is read as a .docx, a web page (by its opening
// tags, or a tag early in a file named .html) as HTML, anything else as
// plain text by Decode, even when named .docx. The format is an encoding name of Decode,
// FormatDocx, or FormatHTML followed by the page's encoding. It runs in
// O(len(data)).
func DecodeFile(name string, data []byte) (string, string, error) {
	switch {
	case len(bytes.TrimSpace(data)) == 0:
		return "", "", emptyError(data)
	case isZip(data):
		return decodeDocx(bytes.NewReader(data), int64(len(data)))
	case looksLikeHTML(name, string(data[:min(len(data), htmlSniffLen)])):
		return decodeHTML(data)
	}
	text, enc, err := Decode(data)
	switch {
	case err != nil && isDocxName(name):
		return "", "", fmt.Errorf("%w: it is not a zip archive", ErrDocx)
	case err != nil:
		return "", "", err
	case looksLikeHTML(name, text):
		return htmlPage(text, enc)
	}
	return text, enc, nil
}

// checkRegular refuses directories, devices, pipes and sockets: reading a
// pipe or a device could block or never end.
func checkRegular(fi fs.FileInfo) error {
	switch {
	case fi.IsDir():
		return fmt.Errorf("%w: it is a directory (name the report files inside it)", ErrNotAFile)
	case fi.Mode()&fs.ModeNamedPipe != 0:
		return fmt.Errorf("%w: it is a named pipe", ErrNotAFile)
	case fi.Mode()&fs.ModeSocket != 0:
		return fmt.Errorf("%w: it is a socket", ErrNotAFile)
	case fi.Mode()&fs.ModeDevice != 0:
		return fmt.Errorf("%w: it is a device", ErrNotAFile)
	case !fi.Mode().IsRegular():
		return fmt.Errorf("%w: it is not a regular file", ErrNotAFile)
	}
	return nil
}

// readError drops the path from an fs error (callers name the file) but
// keeps the cause for errors.Is.
func readError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("cannot read the file: %w", err)
}

func tooLarge(size int64) error {
	return fmt.Errorf("%w: %s, more than the %s PolicyGraph reads (a report is usually under 1 MB)",
		ErrTooLarge, megabytes(size), megabytes(MaxFileBytes))
}

// megabytes formats a size in MB (2^20 bytes) for messages.
func megabytes(n int64) string {
	if n%(1<<20) == 0 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
}
