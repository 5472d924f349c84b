package explorer

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"
)

func TestMatrixCellShowsEvidence(t *testing.T) {
	e := newTestExplorer(t)
	e.tabs.SelectIndex(1)
	m := e.matrix.m
	row, col := -1, -1
	for i, r := range m.Rows {
		if r.Name == "省级乡村振兴齐鲁样板示范区" {
			row = i
		}
	}
	for j, c := range m.Cols {
		if c.Name == "堂邑镇" {
			col = j
		}
	}
	if row < 0 || col < 0 {
		t.Fatalf("matrix rows %d cols %d lack 齐鲁样板 × 堂邑镇", len(m.Rows), len(m.Cols))
	}
	if got := cellText(m.Cells[[2]int{row, col}]); got != "入选" {
		t.Errorf("cell reads %q, want 入选", got)
	}
	e.matrix.table.Select(widget.TableCellID{Row: row, Col: col})
	if _, ok := evidenceShown(e)["堂邑镇入选省级乡村振兴齐鲁样板示范区,创建省市级和美乡村示范村18个。"]; !ok {
		t.Errorf("cell evidence not shown: %v", evidenceShown(e))
	}
	if got := e.matrix.info.Text; !strings.Contains(got, "省级乡村振兴齐鲁样板示范区 × 堂邑镇") {
		t.Errorf("info line %q does not name the cell's row and column in full", got)
	}
}

func TestIndicatorTableSorts(t *testing.T) {
	e := newTestExplorer(t)
	e.tabs.SelectIndex(2)
	if len(e.inds.rows) != 2 {
		t.Fatalf("%d indicator rows, want 2", len(e.inds.rows))
	}
	const valueCol = 4
	e.inds.sortColumn(valueCol)
	if got := valueText(e.inds.rows[0]); got != "6" {
		t.Errorf("ascending by value starts with %s", got)
	}
	e.inds.sortColumn(valueCol)
	if got := valueText(e.inds.rows[0]); got != "约 565" {
		t.Errorf("descending by value starts with %s", got)
	}
	e.inds.filter.SetText("没有这个指标")
	if len(e.inds.rows) != 0 {
		t.Errorf("filter left %d rows", len(e.inds.rows))
	}
}

func TestDocumentMentionsAreLinks(t *testing.T) {
	e := newTestExplorer(t)
	if len(e.docs.docs) != 1 {
		t.Fatalf("%d documents listed", len(e.docs.docs))
	}
	e.docs.list.Select(0)
	var text strings.Builder
	var link *widget.HyperlinkSegment
	if len(e.docs.pages) != 1 {
		t.Fatalf("the short fixture fills %d pages", len(e.docs.pages))
	}
	for _, s := range e.docs.text.Segments {
		switch seg := s.(type) {
		case *widget.TextSegment:
			text.WriteString(seg.Text)
		case *widget.HyperlinkSegment:
			text.WriteString(seg.Text)
			if seg.Text == "郑家镇" {
				link = seg
			}
		}
	}
	if got, want := text.String(), strings.ReplaceAll(fixtureText, "\n", ""); got != want {
		t.Errorf("document text differs:\n%s\nwant\n%s", got, want)
	}
	if link == nil {
		t.Fatal("郑家镇 is not a link")
	}
	link.OnTapped()
	if e.view.Selected() != "town/郑家镇" {
		t.Errorf("tapping the mention selected %q", e.view.Selected())
	}
}

func TestPaginate(t *testing.T) {
	para := func(n int) widget.RichTextSegment {
		return &widget.TextSegment{Text: strings.Repeat("字", n), Style: widget.RichTextStyleParagraph}
	}
	inline := &widget.TextSegment{Text: strings.Repeat("字", pageBytes), Style: widget.RichTextStyleInline}
	tests := map[string]struct {
		segs  []widget.RichTextSegment
		pages int
	}{
		"empty":             {segs: nil, pages: 1},
		"one short":         {segs: []widget.RichTextSegment{para(10)}, pages: 1},
		"split at para end": {segs: []widget.RichTextSegment{para(pageBytes / 3), para(10), para(10)}, pages: 2},
		"never mid-para":    {segs: []widget.RichTextSegment{inline, para(1)}, pages: 1},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			pages := paginate(tc.segs)
			if len(pages) != tc.pages {
				t.Fatalf("%d pages, want %d", len(pages), tc.pages)
			}
			n := 0
			for _, p := range pages {
				n += len(p)
			}
			if n != len(tc.segs) {
				t.Errorf("pages hold %d segments, want %d", n, len(tc.segs))
			}
		})
	}
}
