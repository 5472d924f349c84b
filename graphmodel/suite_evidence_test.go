package graphmodel

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/extract"
	"github.com/policygraph/policygraph/resources"
)

func testEdges(t *testing.T, s *Store) {
	ctx := context.Background()
	importAll(t, s, dongchangfu(t))
	text := string(resources.Report)
	edges, err := s.Edges(ctx, tangyi)
	if err != nil {
		t.Fatal(err)
	}
	if len(edges) != 1 {
		t.Fatalf("Edges(堂邑镇) = %+v, want one edge", edges)
	}
	e := edges[0]
	if e.From != tangyi || e.To != qilu || e.Predicate != extract.PredSelectedFor || len(e.Evidence) != 1 {
		t.Fatalf("edge = %+v", e)
	}
	ev := e.Evidence[0]
	const sentence = "堂邑镇入选省级乡村振兴齐鲁样板示范区,创建省市级和美乡村示范村18个。"
	if ev.Sentence != sentence || text[ev.Start:ev.End] != sentence || ev.SentenceStart != ev.Start {
		t.Errorf("evidence %q at %d-%d, text there %q; want %q", ev.Sentence, ev.Start, ev.End, text[ev.Start:ev.End], sentence)
	}
	if ev.Doc != docDCF || ev.Year != 2023 || !strings.HasPrefix(ev.DocTitle, "关于东昌府区") || ev.Section != "一" {
		t.Errorf("evidence provenance = %+v", ev)
	}
	if _, err := s.Edges(ctx, "town/x/y"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Edges(missing) error = %v, want ErrNotFound", err)
	}
}

func testEdgesAmong(t *testing.T, s *Store) {
	ctx := context.Background()
	importAll(t, s, dongchangfu(t), fuping(t))
	edges, err := s.EdgesAmong(ctx, []string{regionDCF, quanyu, regionFP, tangyi})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range edges {
		got = append(got, e.From+" "+e.Predicate+" "+e.To)
		if len(e.Evidence) != 1 || !strings.Contains(e.Evidence[0].Sentence, "省级全域旅游示范区") {
			t.Errorf("edge %s has evidence %+v", e.Key(), e.Evidence)
		}
	}
	want := []string{regionDCF + " approved_as " + quanyu, regionFP + " participates_in " + quanyu}
	if !slices.Equal(got, want) {
		t.Errorf("EdgesAmong = %v, want %v", got, want)
	}
}

func testMentions(t *testing.T, s *Store) {
	ctx := context.Background()
	importAll(t, s, dongchangfu(t))
	text := string(resources.Report)
	ms, err := s.Mentions(ctx, zhengjia)
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.Count(text, "郑家镇"); len(ms) != want {
		t.Fatalf("%d mentions, want %d", len(ms), want)
	}
	for i, m := range ms {
		if text[m.Start:m.End] != "郑家镇" {
			t.Errorf("mention %d at %d-%d is %q", i, m.Start, m.End, text[m.Start:m.End])
		}
		if text[m.SentenceStart:m.SentenceStart+len(m.Sentence)] != m.Sentence ||
			m.SentenceStart > m.Start || m.SentenceStart+len(m.Sentence) < m.End {
			t.Errorf("mention %d: sentence at %d does not hold the mention: %q", i, m.SentenceStart, m.Sentence)
		}
		if m.Year != 2023 || m.Doc != docDCF {
			t.Errorf("mention %d provenance = %+v", i, m)
		}
		if i > 0 && ms[i-1].Start >= m.Start {
			t.Errorf("mentions not sorted by offset")
		}
	}
}

func testMatrix(t *testing.T, s *Store) {
	ctx := context.Background()
	importAll(t, s, dongchangfu(t))
	m, err := s.Matrix(ctx, extract.TypeTown, extract.TypePolicy)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{zhengjia, gulou, tangyi, hanji}; !slices.Equal(ids(m.Rows), want) {
		t.Errorf("rows = %v, want %v", ids(m.Rows), want)
	}
	if len(m.Cols) != 5 || slices.Contains(ids(m.Cols), quanyu) {
		t.Errorf("cols = %v, want the five town policies", ids(m.Cols))
	}
	if len(m.Cells) != 5 {
		t.Errorf("%d cells, want 5", len(m.Cells))
	}
	for cell, edges := range m.Cells {
		row, col := m.Rows[cell[0]].ID, m.Cols[cell[1]].ID
		if len(edges) != 1 || edges[0].From != row || edges[0].To != col || len(edges[0].Evidence) == 0 {
			t.Errorf("cell %s x %s = %+v", row, col, edges)
		}
	}
}

func testIndicators(t *testing.T, s *Store) {
	ctx := context.Background()
	importAll(t, s, dongchangfu(t))
	text := string(resources.Report)
	rows, err := s.Indicators(ctx, gdp)
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		name, kind, unit, measure, qualifier string
		year                                 int
		value                                float64
		estimated                            bool
	}
	want := []row{
		{"全区生产总值", "actual", "%", "growth", "", 2023, 6, true},
		{"全区生产总值", "actual", "亿元", "level", "", 2023, 565, true},
		{"地区生产总值", "target", "%", "growth", "以上", 2024, 5.5, false},
	}
	var got []row
	for _, r := range rows {
		got = append(got, row{r.Name, r.Kind, r.Unit, r.Measure, r.Qualifier, r.Year, *r.Value, r.Estimated})
		if text[r.Evidence.Start:r.Evidence.End] != r.Evidence.Sentence || r.Place != "东昌府区" {
			t.Errorf("row %+v: evidence not at its offsets or wrong place", r)
		}
	}
	slices.SortFunc(got, func(a, b row) int { return strings.Compare(a.name+a.unit, b.name+b.unit) })
	if !slices.Equal(got, want) {
		t.Errorf("Indicators(gdp) = %+v, want %+v", got, want)
	}
	all, _ := s.Indicators(ctx, "")
	byRegion, _ := s.Indicators(ctx, regionDCF)
	if len(all) != 4 || len(byRegion) != 4 {
		t.Errorf("Indicators(\"\") = %d rows, Indicators(region) = %d, want 4 each", len(all), len(byRegion))
	}
	if _, err := s.Indicators(ctx, "indicator/x/y"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Indicators(missing) error = %v", err)
	}
}

func testDocuments(t *testing.T, s *Store) {
	ctx := context.Background()
	importAll(t, s, dongchangfu(t), fuping(t))
	docs, err := s.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("Documents = %+v", docs)
	}
	d := docs[0] // 东昌府区 sorts before 阜平县
	want := DocInfo{ID: docDCF, Title: dongchangfu(t).Documents[0].Title, Path: "00_dongchangfuqu_2024_plan.txt",
		Place: "东昌府区", Genre: "plan", ReviewYear: 2023, PlanYear: 2024, Date: "2024-01-17",
		Entities: 16, Relations: 8, Indicators: 4}
	if d != want {
		t.Errorf("Documents[0] = %+v\nwant %+v", d, want)
	}
	if docs[1].ID != docFP || docs[1].Entities != 3 || docs[1].Relations != 2 {
		t.Errorf("Documents[1] = %+v", docs[1])
	}
}

func testDocumentSpans(t *testing.T, s *Store) {
	ctx := context.Background()
	r := dongchangfu(t)
	importAll(t, s, r)
	text, err := s.DocumentText(ctx, docDCF)
	if err != nil || text != string(resources.Report) {
		t.Fatalf("DocumentText: %d bytes, %v; want the report", len(text), err)
	}
	if _, err := s.DocumentText(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("DocumentText(missing) error = %v", err)
	}
	spans, err := s.DocumentSpans(ctx, docDCF)
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, e := range r.Entities {
		total += len(e.Mentions)
	}
	if len(spans) != total {
		t.Errorf("%d spans, want %d mentions", len(spans), total)
	}
	for i, sp := range spans {
		n, _ := s.Node(ctx, sp.Entity)
		if got := text[sp.Start:sp.End]; got != sp.Name && !slices.Contains(n.Aliases, got) {
			t.Errorf("span %+v covers %q", sp, got)
		}
		if i > 0 && spans[i-1].Start > sp.Start {
			t.Errorf("spans not sorted at %d", i)
		}
	}
	if _, err := s.DocumentSpans(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("DocumentSpans(missing) error = %v", err)
	}
}
