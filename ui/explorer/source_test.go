package explorer

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/policygraph/policygraph/extract"
	"github.com/policygraph/policygraph/graphmodel"
	"github.com/policygraph/policygraph/ui/uitheme"
)

func TestDocShort(t *testing.T) {
	long := "关于东昌府区2023年国民经济和社会发展计划执行情况与2024年计划草案的报告"
	tests := map[string]struct {
		doc  graphmodel.DocInfo
		want string
	}{
		"plan":        {doc: graphmodel.DocInfo{Title: long, Place: "东昌府区", Genre: extract.GenrePlan, ReviewYear: 2023, PlanYear: 2024}, want: "东昌府区 2024 计划报告"},
		"work report": {doc: graphmodel.DocInfo{Title: "政府工作报告", Place: "清苑区", Genre: extract.GenreWorkReport, PlanYear: 2024}, want: "清苑区 2024 政府工作报告"},
		"no year":     {doc: graphmodel.DocInfo{Title: "政府工作报告", Place: "清苑区", Genre: extract.GenreWorkReport}, want: "清苑区 政府工作报告"},
		"other genre": {doc: graphmodel.DocInfo{Title: long, Place: "东昌府区", Genre: extract.GenreOther, PlanYear: 2024}, want: "关于东昌府区2023年国民经济…"},
		"no place":    {doc: graphmodel.DocInfo{Title: "短标题", Genre: extract.GenrePlan, PlanYear: 2024}, want: "短标题"},
		"bare id":     {doc: graphmodel.DocInfo{ID: "42"}, want: "42"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := docShort(tc.doc); got != tc.want {
				t.Errorf("docShort = %q, want %q", got, tc.want)
			}
			if n := len([]rune(docShort(tc.doc))); n > 20 {
				t.Errorf("short name has %d runes", n)
			}
		})
	}
}

// tapTextsUnder returns every tapText in a container tree.
func tapTextsUnder(o fyne.CanvasObject) []*tapText {
	switch w := o.(type) {
	case *tapText:
		return []*tapText{w}
	case *fyne.Container:
		var out []*tapText
		for _, c := range w.Objects {
			out = append(out, tapTextsUnder(c)...)
		}
		return out
	}
	return nil
}

// sourceLines returns the evidence source lines in the details panel.
func sourceLines(e *Explorer) []*tapText {
	var out []*tapText
	for _, tt := range tapTextsUnder(e.details.body) {
		if strings.HasPrefix(tt.text.String(), "出处：") {
			out = append(out, tt)
		}
	}
	return out
}

// markedText returns the marked text of the document reader: text in the
// mark colour and marked mentions.
func markedText(v *documentView) string {
	var b strings.Builder
	for _, s := range v.text.Segments {
		switch seg := s.(type) {
		case markedMention:
			b.WriteString(seg.Text)
		case *widget.TextSegment:
			if seg.Style.ColorName == uitheme.ColorNameMark {
				b.WriteString(seg.Text)
			}
		}
	}
	return b.String()
}

func TestEvidenceSourceLine(t *testing.T) {
	e := newTestExplorer(t)
	e.Select("town/郑家镇")
	lines := sourceLines(e)
	if len(lines) == 0 {
		t.Fatal("no source line under the evidence")
	}
	src := lines[0]
	if got, want := src.text.String(), "出处：东昌府区 2024 计划报告 · 一(五)"; got != want {
		t.Errorf("source line %q, want %q", got, want)
	}
	seg := src.text.Segments[0].(*widget.TextSegment)
	if seg.Style.ColorName != uitheme.ColorNameMuted || seg.Style.TextStyle.Italic || seg.Style.TextStyle.Bold {
		t.Errorf("source line style %+v, want the muted colour, upright and regular", seg.Style)
	}
	if title := fixture().Documents[0].Title; !strings.Contains(src.tip, title) || !strings.Contains(src.tip, "一(五)") {
		t.Errorf("tooltip %q lacks the full title or the section", src.tip)
	}
	test.Tap(src)
	if e.tabs.SelectedIndex() != 3 || e.docs.opened != "doc1" {
		t.Fatalf("tapping the source opened tab %d, document %q", e.tabs.SelectedIndex(), e.docs.opened)
	}
	if got, want := markedText(e.docs), "郑家镇成功入选省小城镇创新提升行动卫星镇试点。"; got != want {
		t.Errorf("reader marks %q, want the evidence sentence %q", got, want)
	}
}
