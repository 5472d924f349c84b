package extract

import (
	"strings"
	"testing"
)

// BenchmarkDecodeFile decodes one corpus report saved as UTF-8 text,
// GB18030 text, an HTML page and a .docx.
func BenchmarkDecodeFile(b *testing.B) {
	want := corpusText(b, corpusFiles(b)[0])
	lines := strings.Split(strings.TrimSuffix(want, "\n"), "\n")
	inputs := map[string][]byte{
		"txt utf-8":   []byte(want),
		"txt gb18030": gbBytes(b, want),
		"html":        []byte(pageOf(`<meta charset="utf-8">`, htmlParagraphs(lines))),
		"docx":        docxOf(b, wordParagraphs(lines)),
	}
	names := map[string]string{"txt utf-8": "r.txt", "txt gb18030": "r.txt", "html": "r.html", "docx": "r.docx"}
	for name, data := range inputs {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(want)))
			for b.Loop() {
				if _, _, err := DecodeFile(names[name], data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
