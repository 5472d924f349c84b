package extract

import (
	"bytes"
	"path/filepath"
	"strings"
)

// signature is the opening bytes of a binary file format.
type signature struct {
	magic string
	what  string
}

// signatures name the binary files an analyst is likely to pick by
// mistake, so that the error can say what the file is.
var signatures = []signature{
	{"%PDF-", "a PDF document"},
	{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "an old-style Office file (.doc, .xls or .wps)"},
	{"\x89PNG", "a PNG image"},
	{"\xFF\xD8\xFF", "a JPEG image"},
	{"GIF8", "a GIF image"},
	{"\x1F\x8B", "a gzip archive"},
	{"Rar!", "a RAR archive"},
	{"7z\xBC\xAF", "a 7-Zip archive"},
	{"\x7FELF", "a program"},
}

// binaryFormat names the format of data from its signature, or "".
func binaryFormat(data []byte) string {
	for _, s := range signatures {
		if bytes.HasPrefix(data, []byte(s.magic)) {
			return s.what
		}
	}
	return ""
}

// isZip reports a zip archive (which a .docx is) by its signature.
func isZip(data []byte) bool {
	return bytes.HasPrefix(data, []byte("PK\x03\x04")) || bytes.HasPrefix(data, []byte("PK\x05\x06"))
}

// isDocxName reports the extensions of Word's zip formats.
func isDocxName(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".docx", ".docm", ".dotx", ".dotm":
		return true
	}
	return false
}

// isHTMLName reports the extensions of web pages.
func isHTMLName(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return true
	}
	return false
}

// htmlSniffLen is how far into a file the HTML sniffer looks.
const htmlSniffLen = 1024

// htmlOpenings are the (lower-case) starts of a web page, after any BOM,
// white space and comments. Word's "save as web page" and many
// government sites start with one of them.
var htmlOpenings = []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<?xml", "<title", "<div", "<p>", "<p ", "<table"}

// looksLikeHTML decides by content whether text is a web page: it opens
// with an HTML tag, or (for a file named .html) it holds a tag in its
// first kilobyte. A text report never opens with "<".
func looksLikeHTML(name string, text string) bool {
	head := strings.ToLower(text[:min(len(text), htmlSniffLen)])
	head = strings.TrimLeft(head, "\ufeff \t\r\n\f")
	for strings.HasPrefix(head, "<!--") {
		end := strings.Index(head, "-->")
		if end < 0 {
			break
		}
		head = strings.TrimLeft(head[end+3:], " \t\r\n\f")
	}
	for _, o := range htmlOpenings {
		if strings.HasPrefix(head, o) {
			return true
		}
	}
	return isHTMLName(name) && (strings.Contains(head, "<p") || strings.Contains(head, "<br") || strings.Contains(head, "<div"))
}
