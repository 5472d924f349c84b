package extract

import (
	"archive/zip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
)

// XML namespaces of WordprocessingML (transitional and strict) and of
// markup compatibility, whose Fallback repeats what Choice says.
const (
	wordNS       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	wordStrictNS = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	mcNS         = "http://schemas.openxmlformats.org/markup-compatibility/2006"
)

// defaultDocxPart is where Word keeps the document body.
const defaultDocxPart = "word/document.xml"

// maxRelsBytes bounds the package relationships read to find the body.
const maxRelsBytes = 1 << 20

// decodeDocx returns the paragraphs of a .docx, one a line: the text of
// its w:t elements, w:tab as a tab, w:br and w:cr as line breaks. Only the
// document part is unpacked, and only when it holds at most MaxFileBytes. It runs in
// O(size of the document part).
func decodeDocx(r io.ReaderAt, size int64) (string, string, error) {
	zr, err := zip.NewReader(r, size)
	if err != nil && !(errors.Is(err, zip.ErrInsecurePath) && zr != nil) {
		return "", "", fmt.Errorf("%w: %v", ErrDocx, err)
	}
	name := docxBody(zr)
	f := zipFile(zr, name)
	if f == nil {
		return "", "", fmt.Errorf("%w: %s", ErrDocx, zipContents(zr))
	}
	if f.UncompressedSize64 > MaxFileBytes {
		return "", "", docxTooLarge(name)
	}
	text, err := readDocxPart(f)
	if err != nil {
		return "", "", err
	}
	if text == "" {
		return "", "", fmt.Errorf("%w (the document has no text)", ErrEmpty)
	}
	return text, FormatDocx, nil
}

// readDocxPart reads the paragraphs of the body part, then drains it so
// that the zip reader checks its CRC: a corrupt archive fails here. The
// zip reader also fails a part longer than its header says, so the size
// checked before holds.
func readDocxPart(f *zip.File) (string, error) {
	rc, err := f.Open()
	if err != nil {
		return "", fmt.Errorf("%w: %s: %v", ErrDocx, f.Name, err)
	}
	defer rc.Close()
	text, err := docxParagraphs(rc)
	if err == nil {
		_, err = io.Copy(io.Discard, rc)
	}
	if err != nil {
		return "", fmt.Errorf("%w: %s: %v", ErrDocx, f.Name, err)
	}
	return text, nil
}

// docxParagraphs writes one line per w:p of a WordprocessingML part.
func docxParagraphs(r io.Reader) (string, error) {
	d := xml.NewDecoder(r)
	var w textWriter
	inText := false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Space == mcNS && t.Name.Local == "Fallback" {
				if err := d.Skip(); err != nil {
					return "", err
				}
				continue
			}
			inText = w.docxStart(t.Name) || inText
		case xml.EndElement:
			if isWordName(t.Name, "p") {
				w.breakLine()
			}
			if isWordName(t.Name, "t") {
				inText = false
			}
		case xml.CharData:
			if inText {
				w.writePre(string(t))
			}
		}
	}
	w.breakLine()
	return w.out.String(), nil
}

// docxStart handles the start of a Word element and reports whether it is
// a text run (w:t).
func (w *textWriter) docxStart(name xml.Name) bool {
	if name.Space != wordNS && name.Space != wordStrictNS {
		return false
	}
	switch name.Local {
	case "p", "br", "cr":
		w.breakLine()
	case "tab":
		w.writePre("\t")
	case "noBreakHyphen":
		w.writePre("-")
	case "t":
		return true
	}
	return false
}

func docxTooLarge(part string) error {
	return fmt.Errorf("%w: its text part %s holds more than the %s PolicyGraph reads", ErrTooLarge, part, megabytes(MaxFileBytes))
}

func isWordName(n xml.Name, local string) bool {
	return n.Local == local && (n.Space == wordNS || n.Space == wordStrictNS)
}

// docxBody finds the main document part through the package
// relationships (_rels/.rels), falling back to word/document.xml.
func docxBody(zr *zip.Reader) string {
	f := zipFile(zr, "_rels/.rels")
	if f == nil {
		return defaultDocxPart
	}
	rc, err := f.Open()
	if err != nil {
		return defaultDocxPart
	}
	defer rc.Close()
	var rels struct {
		Rel []struct {
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := xml.NewDecoder(io.LimitReader(rc, maxRelsBytes)).Decode(&rels); err != nil {
		return defaultDocxPart
	}
	for _, r := range rels.Rel {
		if strings.HasSuffix(r.Type, "/officeDocument") && r.Target != "" {
			return path.Clean(strings.TrimPrefix(r.Target, "/"))
		}
	}
	return defaultDocxPart
}

func zipFile(zr *zip.Reader, name string) *zip.File {
	for _, f := range zr.File {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// zipContents says what a zip archive without a Word body is.
func zipContents(zr *zip.Reader) string {
	switch {
	case zipFile(zr, "xl/workbook.xml") != nil:
		return "it is an Excel workbook, not a Word document"
	case zipFile(zr, "ppt/presentation.xml") != nil:
		return "it is a PowerPoint presentation, not a Word document"
	case zipFile(zr, "content.xml") != nil:
		return "it is an OpenDocument file; save it as .docx"
	}
	return "it is a zip archive without " + defaultDocxPart
}
