package explorer

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/policygraph/policygraph/graphmodel"
)

// richTexts returns every RichText under o.
func richTexts(o fyne.CanvasObject) []*widget.RichText {
	switch w := o.(type) {
	case *widget.RichText:
		return []*widget.RichText{w}
	case *fyne.Container:
		var out []*widget.RichText
		for _, c := range w.Objects {
			out = append(out, richTexts(c)...)
		}
		return out
	}
	return nil
}

// evidenceShown returns the sentences in the details panel and, per
// sentence, its highlighted parts.
func evidenceShown(e *Explorer) map[string][]string {
	out := map[string][]string{}
	for _, rt := range richTexts(e.details.body) {
		var all strings.Builder
		var marks []string
		for _, s := range rt.Segments {
			ts, ok := s.(*widget.TextSegment)
			if !ok {
				continue
			}
			all.WriteString(ts.Text)
			if ts.Style.ColorName == theme.ColorNamePrimary {
				marks = append(marks, ts.Text)
			}
		}
		out[all.String()] = marks
	}
	return out
}

func TestSelectShowsEvidence(t *testing.T) {
	e := newTestExplorer(t)
	mustFocus(t, e, "town/堂邑镇")
	p, _ := e.view.ScreenPos("town/堂邑镇")
	e.view.Tapped(&fyne.PointEvent{Position: p})
	shown := evidenceShown(e)
	const want = "堂邑镇入选省级乡村振兴齐鲁样板示范区,创建省市级和美乡村示范村18个。"
	marks, ok := shown[want]
	if !ok {
		t.Fatalf("evidence %q not shown; panel has %v", want, shown)
	}
	if len(marks) != 1 || marks[0] != "堂邑镇" {
		t.Errorf("highlighted %q, want the mention 堂邑镇", marks)
	}
}

func TestSelectEdgeShowsEvidence(t *testing.T) {
	e := newTestExplorer(t)
	mustFocus(t, e, "town/郑家镇")
	a, _ := e.view.ScreenPos("town/郑家镇")
	b, _ := e.view.ScreenPos("policy/卫星镇试点")
	e.view.Tapped(&fyne.PointEvent{Position: fyne.NewPos((a.X+b.X)/2, (a.Y+b.Y)/2)})
	marks, ok := evidenceShown(e)["郑家镇成功入选省小城镇创新提升行动卫星镇试点。"]
	if !ok {
		t.Fatalf("edge evidence not shown: %v", evidenceShown(e))
	}
	if strings.Join(marks, "|") != "郑家镇|省小城镇创新提升行动卫星镇试点" {
		t.Errorf("highlighted %q, want both ends", marks)
	}
}

func TestIndicatorDetailsTable(t *testing.T) {
	e := newTestExplorer(t)
	e.Select("indicator/生产总值")
	var texts []string
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Label:
			texts = append(texts, w.Text)
		case *fyne.Container:
			for _, c := range w.Objects {
				walk(c)
			}
		}
	}
	walk(e.details.body)
	joined := strings.Join(texts, "|")
	for _, want := range []string{"2023|实际|约 565|亿元", "2023|实际|6|%"} {
		if !strings.Contains(joined, want) {
			t.Errorf("indicator table lacks row %q in %q", want, joined)
		}
	}
}

func TestEvidenceSpans(t *testing.T) {
	ev := graphmodel.Evidence{Sentence: "堂邑镇入选省级示范区。", SentenceStart: 100, Start: 100, End: 109}
	tests := map[string]struct {
		ev    graphmodel.Evidence
		terms []string
		want  []span
	}{
		"mention":          {ev: ev, want: []span{{0, 9}}},
		"whole sentence":   {ev: graphmodel.Evidence{Sentence: ev.Sentence, SentenceStart: 100, Start: 100, End: 100 + len(ev.Sentence)}, want: nil},
		"terms merge":      {ev: ev, terms: []string{"堂邑", "示范区"}, want: []span{{0, 9}, {21, 30}}},
		"out of range":     {ev: graphmodel.Evidence{Sentence: ev.Sentence, SentenceStart: 100, Start: 90, End: 95}, want: nil},
		"mid-rune offsets": {ev: graphmodel.Evidence{Sentence: ev.Sentence, SentenceStart: 100, Start: 101, End: 104}, want: nil},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got := evidenceSpans(tc.ev, tc.terms)
			if len(got) != len(tc.want) {
				t.Fatalf("spans %v, want %v", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("spans %v, want %v", got, tc.want)
				}
			}
		})
	}
}

// labelsUnder returns every Label in a widget tree, looking inside
// widgets through their renderers.
func labelsUnder(o fyne.CanvasObject) []*widget.Label {
	var out []*widget.Label
	switch w := o.(type) {
	case *widget.Label:
		return []*widget.Label{w}
	case *fyne.Container:
		for _, c := range w.Objects {
			out = append(out, labelsUnder(c)...)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(w).Objects() {
			out = append(out, labelsUnder(c)...)
		}
	}
	return out
}
