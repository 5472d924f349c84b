package extract

import (
	"strings"
	"testing"
)

// BenchmarkLongSentence guards against quadratic work on one huge sentence
// without punctuation (a malformed file).
func BenchmarkLongSentence(b *testing.B) {
	text := review(strings.Repeat("韩集镇入选省级精品文旅名镇加快推进数字经济产业园建设增长5%新增企业3家分别达到17家", 2000))
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Text("long", text, EncUTF8); err != nil {
			b.Fatal(err)
		}
	}
}
