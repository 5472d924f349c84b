package extract

import (
	"encoding/json"
	"strings"
	"testing"
)

// checkOffsets asserts the offset invariant of a result: every mention's
// range lies in the text inside its sentence, and every relation's and
// indicator's evidence is the text at its offsets.
func checkOffsets(t testing.TB, res *Result) {
	t.Helper()
	texts := map[string]string{}
	for _, d := range res.Documents {
		texts[d.ID] = d.Text
	}
	for _, e := range res.Entities {
		for _, m := range e.Mentions {
			text := texts[m.Doc]
			if m.Start < 0 || m.End > len(text) || m.Start > m.End {
				t.Fatalf("%s: mention %d-%d outside text", e.ID, m.Start, m.End)
			}
			at := strings.Index(text, m.Sentence)
			if at < 0 || !strings.Contains(m.Sentence, text[m.Start:m.End]) {
				t.Fatalf("%s: mention %q not in sentence %q", e.ID, text[m.Start:m.End], m.Sentence)
			}
		}
	}
	for _, r := range res.Relations {
		if text := texts[r.Doc]; r.Start < 0 || r.End > len(text) || text[r.Start:r.End] != r.Evidence {
			t.Fatalf("relation %+v: evidence not at its offsets", r)
		}
	}
	for _, i := range res.Indicators {
		if text := texts[i.Doc]; i.Start < 0 || i.End > len(text) || text[i.Start:i.End] != i.Evidence {
			t.Fatalf("indicator %+v: evidence not at its offsets", i)
		}
	}
}

// TestCorpusOffsets checks the offset invariant over the whole corpus, and
// that every mention's text names its entity or one of its aliases (or,
// for indicators, the phrase it was read from).
func TestCorpusOffsets(t *testing.T) {
	for _, f := range corpusFiles(t) {
		res, err := File(f)
		if err != nil {
			t.Fatal(err)
		}
		checkOffsets(t, res)
		text := res.Documents[0].Text
		for _, e := range res.Entities {
			for _, m := range e.Mentions {
				got := text[m.Start:m.End]
				if e.Type != TypeIndicator && got != e.Name && !contains(e.Aliases, got) && !strings.Contains(got, e.Name) {
					t.Errorf("%s: mention %q is neither the name nor an alias", e.ID, got)
				}
			}
		}
	}
}

func TestMerge(t *testing.T) {
	a := run(t, review("韩集镇入选省级精品文旅名镇。金帝股份成功在上交所主板上市。"))
	b := run(t, "政府工作报告\n——2024年1月23日在保定市清苑区第三届人民代表大会第四次会议上\n一、2023年工作回顾\n韩集镇入选省级精品文旅名镇。金帝股份成功在上交所主板上市。\n")
	m := Merge(a, nil, b)
	if len(m.Documents) != 2 {
		t.Fatalf("%d documents, want 2", len(m.Documents))
	}
	count := map[string]int{}
	for _, e := range m.Entities {
		count[e.ID] = len(e.Mentions)
	}
	if count["enterprise/金帝股份"] != 2 {
		t.Errorf("enterprise mentions = %d, want 2 (merged across documents)", count["enterprise/金帝股份"])
	}
	if count["town/东昌府区/韩集镇"] != 1 || count["town/清苑区/韩集镇"] != 1 {
		t.Errorf("towns must stay apart per place: %v", count)
	}
	if len(m.Relations) != len(a.Relations)+len(b.Relations) {
		t.Errorf("relations not concatenated")
	}
	checkOffsets(t, m)
}

func FuzzText(f *testing.F) {
	f.Add(review("韩集镇入选省级精品文旅名镇。预计全区生产总值实现565亿元,同比增长6%。"))
	f.Add(plan("(1)加强科技创新载体建设,创建市级以上创新平台3-5家。“昌•快办”"))
	f.Add("一、\n(一)\n1.\n(1)“”《》——")
	f.Fuzz(func(t *testing.T, text string) {
		res, err := Text("fuzz", text, EncUTF8)
		if err != nil {
			return
		}
		res.Documents[0].Text = text
		checkOffsets(t, res)
	})
}

// TestDeterministic extracts the same report twice and compares the JSON.
func TestDeterministic(t *testing.T) {
	files := corpusFiles(t)
	a, err := File(files[0])
	if err != nil {
		t.Fatal(err)
	}
	b, err := File(files[0])
	if err != nil {
		t.Fatal(err)
	}
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	if string(ja) != string(jb) {
		t.Error("two runs over the same report differ")
	}
}
