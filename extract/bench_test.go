package extract

import (
	"os"
	"testing"
)

// BenchmarkCorpus extracts every corpus report per iteration; b.SetBytes
// makes -bench report the throughput in MB/s.
func BenchmarkCorpus(b *testing.B) {
	var texts []string
	total := 0
	for _, f := range corpusFiles(b) {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		text, _, err := Decode(data)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, text)
		total += len(data)
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			if _, err := Text("bench", t, EncUTF8); err != nil {
				b.Fatal(err)
			}
		}
	}
}
