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

// opener opens a fresh, empty store for one subtest and closes it when the
// subtest ends.
type opener func(t *testing.T) *Store

// runStoreSuite runs the same assertions against a backend.
func runStoreSuite(t *testing.T, open opener) {
	tests := map[string]func(t *testing.T, s *Store){
		"node and find":           testNodeAndFind,
		"search":                  testSearch,
		"nodes and type counts":   testNodesAndTypeCounts,
		"neighbors":               testNeighbors,
		"expand pages":            testExpand,
		"edges with evidence":     testEdges,
		"edges among":             testEdgesAmong,
		"mentions":                testMentions,
		"matrix":                  testMatrix,
		"indicators":              testIndicators,
		"shortest path":           testShortestPath,
		"documents":               testDocuments,
		"document text and spans": testDocumentSpans,
		"reimport":                testReimport,
		"remove document":         testRemoveDocument,
		"shared entity":           testSharedEntity,
		"quads round trip":        testQuadsRoundTrip,
		"status is no node":       testStatus,
	}
	for name, test := range tests {
		t.Run(name, func(t *testing.T) { test(t, open(t)) })
	}
}

// importAll imports the fixtures into s.
func importAll(t *testing.T, s *Store, results ...*extract.Result) {
	t.Helper()
	for _, r := range results {
		if err := s.Import(context.Background(), r); err != nil {
			t.Fatalf("import: %v", err)
		}
	}
}

func ids(nodes []Node) []string {
	out := make([]string, len(nodes))
	for i, n := range nodes {
		out[i] = n.ID
	}
	return out
}

func testNodeAndFind(t *testing.T, s *Store) {
	ctx := context.Background()
	importAll(t, s, dongchangfu(t))
	n, err := s.Node(ctx, gulou)
	if err != nil {
		t.Fatal(err)
	}
	want := Node{ID: gulou, Type: extract.TypeTown, Name: "古楼街道", Aliases: []string{"古楼"}, Place: "东昌府区", Degree: 1}
	if !nodesEqual(n, want) {
		t.Errorf("Node = %+v, want %+v", n, want)
	}
	if _, err := s.Node(ctx, "town/东昌府区/不存在镇"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Node(missing) error = %v, want ErrNotFound", err)
	}
	for _, name := range []string{"古楼街道", "古楼"} {
		got, err := s.Find(ctx, name)
		if err != nil || !slices.Equal(ids(got), []string{gulou}) {
			t.Errorf("Find(%s) = %v, %v; want [%s]", name, ids(got), err, gulou)
		}
	}
	if got, _ := s.Find(ctx, "古"); len(got) != 0 {
		t.Errorf("Find(古) = %v, want nothing (exact names only)", ids(got))
	}
}

func nodesEqual(a, b Node) bool {
	return a.ID == b.ID && a.Type == b.Type && a.Name == b.Name && a.Place == b.Place &&
		a.Degree == b.Degree && slices.Equal(a.Aliases, b.Aliases)
}

func testSearch(t *testing.T, s *Store) {
	importAll(t, s, dongchangfu(t), fuping(t))
	tests := map[string]struct {
		query string
		types []string
		limit int
		want  []string // a prefix of the result, in order
		none  bool
	}{
		"hanzi substring":      {query: "邑镇", want: []string{tangyi}},
		"hanzi exact first":    {query: "省级全域旅游示范区", want: []string{quanyu}},
		"pinyin initials":      {query: "tyz", want: []string{tangyi}},
		"pinyin full":          {query: "tangyizhen", want: []string{tangyi}},
		"pinyin prefix spaced": {query: "Tang Yi", want: []string{tangyi}},
		"alias pinyin":         {query: "gulou", want: []string{gulou}},
		"exact before prefix":  {query: "hjz", want: []string{hanji}},
		"type filter":          {query: "示范区", types: []string{extract.TypeTown}, none: true},
		"limit":                {query: "全域旅游", limit: 1, want: []string{quanyu}},
		"degree breaks ties":   {query: "全域旅游示范区", want: []string{quanyu, guojiaQY}},
		"no match":             {query: "xyzxyz", none: true},
		"empty query":          {query: "  ", none: true},
		"alias initials":       {query: "jzgt", want: []string{jizheng}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := s.Search(context.Background(), tc.query, tc.types, tc.limit)
			if err != nil {
				t.Fatal(err)
			}
			if tc.none {
				if len(got) != 0 {
					t.Errorf("Search(%q) = %v, want nothing", tc.query, ids(got))
				}
				return
			}
			if len(got) < len(tc.want) || !slices.Equal(ids(got)[:len(tc.want)], tc.want) {
				t.Errorf("Search(%q) = %v, want it to start with %v", tc.query, ids(got), tc.want)
			}
			if tc.limit > 0 && len(got) > tc.limit {
				t.Errorf("Search(%q, limit %d) gave %d results", tc.query, tc.limit, len(got))
			}
		})
	}
}

func testNodesAndTypeCounts(t *testing.T, s *Store) {
	ctx := context.Background()
	importAll(t, s, dongchangfu(t))
	counts, err := s.TypeCounts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"region": 1, "town": 4, "policy": 6, "enterprise": 1, "organisation": 1, "project": 1, "indicator": 2}
	if len(counts) != len(want) {
		t.Errorf("TypeCounts = %v, want %v", counts, want)
	}
	for k, v := range want {
		if counts[k] != v {
			t.Errorf("TypeCounts[%s] = %d, want %d", k, counts[k], v)
		}
	}
	towns, err := s.Nodes(ctx, []string{extract.TypeTown})
	if err != nil {
		t.Fatal(err)
	}
	// 郑家镇 has two policies; the others one each, by name.
	wantTowns := []string{zhengjia, gulou, tangyi, hanji}
	if !slices.Equal(ids(towns), wantTowns) {
		t.Errorf("Nodes(town) = %v, want %v", ids(towns), wantTowns)
	}
	all, _ := s.Nodes(ctx, nil)
	if len(all) != 16 || all[0].ID != regionDCF {
		t.Errorf("Nodes(nil) = %v, want 16 starting with the region (degree 3)", ids(all))
	}
}

func testNeighbors(t *testing.T, s *Store) {
	ctx := context.Background()
	importAll(t, s, dongchangfu(t), fuping(t))
	tests := map[string]struct {
		start     string
		depth     int
		filter    Filter
		wantNodes []string
		wantEdges int
		hidden    map[string]int
	}{
		"depth 0":        {start: tangyi, depth: 0, wantNodes: []string{tangyi}},
		"depth 1":        {start: zhengjia, depth: 1, wantNodes: []string{zhengjia, weixing, jinrong}, wantEdges: 2},
		"depth 2 shared": {start: regionFP, depth: 2, wantNodes: []string{regionFP, regionDCF, quanyu, guojiaQY}, wantEdges: 3},
		"type filter": {start: regionDCF, depth: 1, filter: Filter{Types: []string{extract.TypeIndicator}},
			wantNodes: []string{regionDCF, gdp, jobs}, wantEdges: 2},
		"predicate filter": {start: regionDCF, depth: 1, filter: Filter{Predicates: []string{extract.PredApprovedAs}},
			wantNodes: []string{regionDCF, quanyu}, wantEdges: 1},
		"limit and hidden": {start: regionDCF, depth: 2, filter: Filter{Limit: 1},
			wantNodes: []string{regionDCF, quanyu, regionFP}, wantEdges: 2,
			hidden: map[string]int{regionDCF: 2, quanyu: 0}},
		"limit hides second level": {start: quanyu, depth: 2, filter: Filter{Limit: 1},
			wantNodes: []string{quanyu, regionDCF, gdp}, wantEdges: 2,
			hidden: map[string]int{quanyu: 1, regionDCF: 1}},
		"missing node": {start: "policy/没有", depth: 1},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			sub, err := s.Neighbors(ctx, tc.start, tc.depth, tc.filter)
			if tc.wantNodes == nil {
				if !errors.Is(err, ErrNotFound) {
					t.Errorf("error = %v, want ErrNotFound", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(ids(sub.Nodes), tc.wantNodes) {
				t.Errorf("nodes = %v, want %v", ids(sub.Nodes), tc.wantNodes)
			}
			if len(sub.Edges) != tc.wantEdges {
				t.Errorf("edges = %v, want %d", sub.Edges, tc.wantEdges)
			}
			for id, n := range tc.hidden {
				if sub.Hidden[id] != n {
					t.Errorf("Hidden[%s] = %d, want %d (all %v)", id, sub.Hidden[id], n, sub.Hidden)
				}
			}
			assertEdgesInside(t, sub)
		})
	}
}

// assertEdgesInside checks that every edge joins two nodes of the subgraph.
func assertEdgesInside(t *testing.T, sub Subgraph) {
	t.Helper()
	in := make(map[string]bool)
	for _, n := range sub.Nodes {
		in[n.ID] = true
	}
	for _, e := range sub.Edges {
		if !in[e.From] || !in[e.To] {
			t.Errorf("edge %s -%s-> %s leaves the subgraph", e.From, e.Predicate, e.To)
		}
	}
}

func testExpand(t *testing.T, s *Store) {
	ctx := context.Background()
	importAll(t, s, dongchangfu(t))
	// The region's neighbours by degree desc then name: its indicators
	// and the policy all have degree 1, so by name.
	want := []string{gdp, jobs, quanyu}
	var got []string
	for offset := 0; offset < 3; offset += 2 {
		sub, err := s.Expand(ctx, regionDCF, Filter{Limit: 2}, offset)
		if err != nil {
			t.Fatal(err)
		}
		if sub.Nodes[0].ID != regionDCF {
			t.Errorf("page %d starts with %s, want the expanded node", offset, sub.Nodes[0].ID)
		}
		page := ids(sub.Nodes[1:])
		got = append(got, page...)
		if rest := 3 - offset - len(page); sub.Hidden[regionDCF] != rest {
			t.Errorf("page %d: Hidden = %d, want %d", offset, sub.Hidden[regionDCF], rest)
		}
		if len(sub.Edges) != len(page) {
			t.Errorf("page %d: %d edges for %d neighbours", offset, len(sub.Edges), len(page))
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("pages = %v, want %v", got, want)
	}
}

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

func testShortestPath(t *testing.T, s *Store) {
	ctx := context.Background()
	importAll(t, s, dongchangfu(t), fuping(t))
	sub, err := s.ShortestPath(ctx, gdp, guojiaQY)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{gdp, regionDCF, quanyu, regionFP, guojiaQY}
	if !slices.Equal(ids(sub.Nodes), want) || len(sub.Edges) != 4 {
		t.Errorf("path = %v with %d edges, want %v with 4", ids(sub.Nodes), len(sub.Edges), want)
	}
	assertEdgesInside(t, sub)
	if _, err := s.ShortestPath(ctx, tangyi, jindi); !errors.Is(err, ErrNoPath) {
		t.Errorf("unconnected: error = %v, want ErrNoPath", err)
	}
	if _, err := s.ShortestPath(ctx, tangyi, "town/x/y"); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing: error = %v, want ErrNotFound", err)
	}
	self, err := s.ShortestPath(ctx, tangyi, tangyi)
	if err != nil || len(self.Nodes) != 1 {
		t.Errorf("self path = %v, %v", ids(self.Nodes), err)
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

func testReimport(t *testing.T, s *Store) {
	ctx := context.Background()
	importAll(t, s, dongchangfu(t))
	before, err := s.QuadCount(ctx)
	if err != nil || before == 0 {
		t.Fatalf("QuadCount = %d, %v", before, err)
	}
	importAll(t, s, dongchangfu(t))
	if after, _ := s.QuadCount(ctx); after != before {
		t.Errorf("re-import changed the quad count: %d -> %d", before, after)
	}
	if ms, _ := s.Mentions(ctx, tangyi); len(ms) != strings.Count(string(resources.Report), "堂邑镇") {
		t.Errorf("re-import duplicated mentions: %d", len(ms))
	}
	changed := dongchangfu(t)
	changed.Relations = slices.DeleteFunc(changed.Relations, func(r extract.Relation) bool { return r.Subject == tangyi })
	importAll(t, s, changed)
	if edges, _ := s.Edges(ctx, tangyi); len(edges) != 0 {
		t.Errorf("relation dropped from the document survived re-import: %+v", edges)
	}
	if after, _ := s.QuadCount(ctx); after >= before {
		t.Errorf("quad count %d after dropping a relation, was %d", after, before)
	}
}

func testRemoveDocument(t *testing.T, s *Store) {
	ctx := context.Background()
	importAll(t, s, dongchangfu(t))
	alone, _ := s.QuadCount(ctx)
	importAll(t, s, fuping(t))
	if err := s.RemoveDocument(ctx, docFP); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.QuadCount(ctx); n != alone {
		t.Errorf("after removing the second document: %d quads, want %d", n, alone)
	}
	if _, err := s.Node(ctx, regionFP); !errors.Is(err, ErrNotFound) {
		t.Errorf("removed document's region still there: %v", err)
	}
	if n, err := s.Node(ctx, quanyu); err != nil || n.Degree != 1 {
		t.Errorf("shared policy after removal = %+v, %v; want degree 1", n, err)
	}
	if err := s.RemoveDocument(ctx, docFP); !errors.Is(err, ErrNotFound) {
		t.Errorf("second removal error = %v, want ErrNotFound", err)
	}
	if err := s.RemoveDocument(ctx, docDCF); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.QuadCount(ctx); n != 0 {
		t.Errorf("%d quads left after removing every document", n)
	}
	if nodes, _ := s.Nodes(ctx, nil); len(nodes) != 0 {
		t.Errorf("nodes left: %v", ids(nodes))
	}
}

func testSharedEntity(t *testing.T, s *Store) {
	ctx := context.Background()
	importAll(t, s, dongchangfu(t), fuping(t))
	n, err := s.Node(ctx, quanyu)
	if err != nil || n.Degree != 2 {
		t.Fatalf("shared policy = %+v, %v; want degree 2", n, err)
	}
	ms, _ := s.Mentions(ctx, quanyu)
	docs := map[string]int{}
	for _, m := range ms {
		docs[m.Doc]++
	}
	if docs[docDCF] != 1 || docs[docFP] != 1 {
		t.Errorf("mentions per document = %v, want one in each", docs)
	}
	if found, _ := s.Find(ctx, "省级全域旅游示范区"); len(found) != 1 {
		t.Errorf("Find of the shared policy = %v, want one node", ids(found))
	}
}

func testStatus(t *testing.T, s *Store) {
	ctx := context.Background()
	importAll(t, s, dongchangfu(t))
	n, err := s.Node(ctx, jizheng)
	if err != nil || n.Degree != 0 {
		t.Fatalf("project = %+v, %v; status must not count as an edge", n, err)
	}
	sub, _ := s.Neighbors(ctx, jizheng, 2, Filter{})
	if len(sub.Nodes) != 1 || len(sub.Edges) != 0 {
		t.Errorf("Neighbors of the project = %v, %v; want it alone", ids(sub.Nodes), sub.Edges)
	}
	edges, _ := s.Edges(ctx, jizheng)
	if len(edges) != 1 || edges[0].Status != "顺利建成通车" || edges[0].To != "" ||
		edges[0].Predicate != extract.PredCompleted || len(edges[0].Evidence) != 1 {
		t.Errorf("status edges = %+v", edges)
	}
	if nodes, _ := s.Nodes(ctx, nil); len(nodes) != 16 {
		t.Errorf("%d nodes, want 16: a status phrase is no node", len(nodes))
	}
}
