package extract

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const (
	docxContentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`
	docxRootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`
	docxHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="wps"><w:body>`
	docxTail = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`
)

// zipParts zips named parts; a part whose name starts with "=" is stored
// uncompressed (so that a test can alter its bytes in place).
func zipParts(t testing.TB, parts ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(parts); i += 2 {
		h := &zip.FileHeader{Name: parts[i], Method: zip.Deflate}
		if strings.HasPrefix(h.Name, "=") {
			h.Name, h.Method = h.Name[1:], zip.Store
		}
		w, err := zw.CreateHeader(h)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(parts[i+1])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// docxOf packages body, the inner XML of w:body, as a .docx.
func docxOf(t testing.TB, body string) []byte {
	return zipParts(t, "[Content_Types].xml", docxContentTypes, "_rels/.rels", docxRootRels,
		"word/document.xml", docxHead+body+docxTail)
}

// wordParagraphs spells lines the way Word does: every paragraph in runs
// of a few characters, with properties, proofing marks and bookmarks
// between them.
func wordParagraphs(lines []string) string {
	var b strings.Builder
	for i, line := range lines {
		b.WriteString(`<w:p w:rsidR="00A1"><w:pPr><w:ind w:firstLine="640"/></w:pPr>`)
		if i%3 == 0 {
			b.WriteString(`<w:bookmarkStart w:id="0" w:name="_Toc1"/>`)
		}
		rs := []rune(line)
		for lo := 0; lo < len(rs); lo += 7 {
			b.WriteString(`<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">`)
			b.WriteString(xmlEscape(string(rs[lo:min(lo+7, len(rs))])))
			b.WriteString(`</w:t></w:r><w:proofErr w:type="gramStart"/>`)
		}
		b.WriteString(`</w:p>`)
	}
	return b.String()
}

func xmlEscape(s string) string {
	var b strings.Builder
	if err := xml.EscapeText(&b, []byte(s)); err != nil {
		panic(err)
	}
	return b.String()
}

func TestDocxParagraphs(t *testing.T) {
	const w = `<w:r><w:t>`
	const e = `</w:t></w:r>`
	tests := map[string]struct {
		body string
		want string
	}{
		"runs join": {`<w:p>` + w + `韩集` + e + `<w:proofErr/>` + w + `镇入选省级精品文旅名镇。` + e + `</w:p>`,
			"韩集镇入选省级精品文旅名镇。\n"},
		"paragraphs are lines": {`<w:p>` + w + `一、2023年工作回顾` + e + `</w:p><w:p/><w:p>` + w + `（一）经济` + e + `</w:p>`,
			"一、2023年工作回顾\n（一）经济\n"},
		"tab and break": {`<w:p>` + w + `指标` + e + `<w:r><w:tab/></w:r>` + w + `6%` + e + `<w:r><w:br/></w:r>` + w + `第二行` + e + `</w:p>`,
			"指标\t6%\n第二行\n"},
		"spaces kept": {`<w:p><w:r><w:t xml:space="preserve">区长 </w:t></w:r>` + w + `李英英` + e + `</w:p>`,
			"区长 李英英\n"},
		"deleted and field code": {`<w:p><w:del><w:r><w:delText>旧文字</w:delText></w:r></w:del><w:r><w:instrText> PAGE </w:instrText></w:r>` + w + `新文字` + e + `</w:p>`,
			"新文字\n"},
		"fallback not repeated": {`<w:p>` + w + `前` + e + `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:txbxContent><w:p>` + w + `文本框` + e + `</w:p></w:txbxContent></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p>` + w + `文本框` + e + `</w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>` + w + `后` + e + `</w:p>`,
			"前\n文本框\n后\n"},
		"table cells": {`<w:tbl><w:tr><w:tc><w:p>` + w + `指标` + e + `</w:p></w:tc><w:tc><w:p>` + w + `增速` + e + `</w:p></w:tc></w:tr></w:tbl>`,
			"指标\n增速\n"},
		"entities": {`<w:p>` + w + `A&amp;B &lt;1&gt;` + e + `</w:p>`, "A&B <1>\n"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			text, format, err := DecodeFile("a.docx", docxOf(t, tc.body))
			if err != nil {
				t.Fatal(err)
			}
			if text != tc.want || format != FormatDocx {
				t.Errorf("got (%q, %s), want (%q, docx)", text, format, tc.want)
			}
		})
	}
}

// TestDocxCorpusRoundTrip writes every corpus report as Word would and
// reads it back: the text must be the report's, line for line.
func TestDocxCorpusRoundTrip(t *testing.T) {
	for _, f := range corpusFiles(t) {
		want := corpusText(t, f)
		text, _, err := DecodeFile(filepath.Base(f)+".docx", docxOf(t, wordParagraphs(strings.Split(want, "\n"))))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if text != want {
			t.Errorf("%s: text differs from the report:\n%s", f, firstDiff(text, want))
		}
	}
}

// TestDocxFromPythonDocx reads a file written by another producer
// (python-docx, from Word's own template), not by this package's tests.
func TestDocxFromPythonDocx(t *testing.T) {
	text, _, err := ReadFile(filepath.Join("testdata", "python-docx.docx"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	want := []string{"政府工作报告", "——2024年1月23日在保定市清苑区第三届人民代表大会第四次会议上"}
	if len(lines) != 11 || lines[0] != want[0] || lines[1] != want[1] {
		t.Fatalf("got %d lines %q", len(lines), lines)
	}
	if got := strings.Join(lines[6:], "|"); got != "指标|增速|地区生产总值|6%|一、2023年工作回顾" {
		t.Errorf("table and runs = %q", got)
	}
	res, err := Text("python-docx.docx", text, FormatDocx)
	if err != nil {
		t.Fatal(err)
	}
	if d := res.Documents[0]; d.Place != "清苑区" || d.Genre != GenreWorkReport {
		t.Errorf("document read as %s / %s, want 清苑区 / work_report", d.Place, d.Genre)
	}
}

func TestDocxErrors(t *testing.T) {
	good := docxOf(t, wordParagraphs([]string{"韩集镇入选省级精品文旅名镇。"}))
	stored := zipParts(t, "_rels/.rels", docxRootRels, "=word/document.xml", docxHead+wordParagraphs([]string{"韩集镇入选省级精品文旅名镇。"})+docxTail)
	at := bytes.Index(stored, []byte("韩"))
	corrupt := bytes.Clone(stored)
	corrupt[at+2]++ // still UTF-8 and well-formed XML: only the CRC can tell
	huge := strings.Repeat(`<w:p><w:r><w:t>一二三四五六七八九十</w:t></w:r></w:p>`, MaxFileBytes/40+1)
	tests := map[string]struct {
		data    []byte
		wantErr error
		want    string
	}{
		"truncated":        {good[:len(good)/2], ErrDocx, "not a valid .docx: zip: not a valid zip file"},
		"bad CRC":          {corrupt, ErrDocx, "not a valid .docx: word/document.xml: zip: checksum error"},
		"not a zip":        {[]byte("\x00\x01\x02garbage"), ErrDocx, "not a valid .docx: it is not a zip archive"},
		"no body":          {zipParts(t, "a.txt", "x"), ErrDocx, "it is a zip archive without word/document.xml"},
		"excel":            {zipParts(t, "xl/workbook.xml", "<workbook/>"), ErrDocx, "it is an Excel workbook, not a Word document"},
		"bad XML":          {docxOf(t, "<w:p><w:t>一</w:p>"), ErrDocx, "not a valid .docx: word/document.xml: XML syntax error"},
		"no text":          {docxOf(t, "<w:p/><w:p><w:r><w:t> </w:t></w:r></w:p>"), ErrEmpty, "the file is empty (the document has no text)"},
		"too large inside": {docxOf(t, huge), ErrTooLarge, "its text part word/document.xml holds more than the 20 MB"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			_, _, err := DecodeFile("report.docx", tc.data)
			if !errors.Is(err, tc.wantErr) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want %v saying %q", err, tc.wantErr, tc.want)
			}
		})
	}
}

// TestDocxBodyFromRelationships follows _rels/.rels to a body part that
// is not word/document.xml.
func TestDocxBodyFromRelationships(t *testing.T) {
	rels := strings.Replace(docxRootRels, "word/document.xml", "/word/document2.xml", 1)
	data := zipParts(t, "_rels/.rels", rels, "word/document2.xml", docxHead+wordParagraphs([]string{"古楼街道"})+docxTail)
	text, _, err := DecodeFile("x.docx", data)
	if err != nil || text != "古楼街道\n" {
		t.Fatalf("got (%q, %v)", text, err)
	}
}

// corpusText is a corpus report as the markup readers give it back: LF
// line ends, no blank lines, a final line end.
func corpusText(t testing.TB, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range strings.Split(string(data), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n") + "\n"
}

// firstDiff shows where two texts part.
func firstDiff(got, want string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	lo := max(0, i-40)
	return "got:  …" + got[lo:min(len(got), i+40)] + "\nwant: …" + want[lo:min(len(want), i+40)]
}
