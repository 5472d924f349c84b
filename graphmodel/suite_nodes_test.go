package graphmodel

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/policygraph/policygraph/extract"
)

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

func testExpand(t *testing.T, s *Store) {
	ctx := context.Background()
	importAll(t, s, dongchangfu(t))
	// The region's neighbours by degree desc: all have degree 1, so the
	// policy comes before the indicators, which follow by name.
	want := []string{quanyu, gdp, jobs}
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
