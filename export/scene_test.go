package export

import (
	"strings"
	"testing"

	"github.com/policygraph/policygraph/graphmodel"
)

func TestWrap(t *testing.T) {
	fs, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("东昌府区国民经济和社会发展计划", 6)
	tests := map[string]struct {
		text  string
		width float64
		lines int
	}{
		"empty":           {"", 100, 0},
		"fits":            {"堂邑镇", 100, 1},
		"wraps":           {long, 200, 0},
		"rune wider than": {"堂邑", 1, 2},
		"keeps numbers":   {"计划草案2024年报告", 70, 0},
		"drops spaces":    {"来源：报告 · 3 个节点 · 导出于 2026-11-26", 100, 0},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			lines := wrap(fs, tc.text, 12, tc.width)
			if tc.lines > 0 && len(lines) != tc.lines {
				t.Errorf("%d lines, want %d: %q", len(lines), tc.lines, lines)
			}
			if strings.ReplaceAll(strings.Join(lines, ""), " ", "") != strings.ReplaceAll(tc.text, " ", "") {
				t.Errorf("lines %q lose text", lines)
			}
			for _, l := range lines {
				if strings.HasPrefix(l, " ") || strings.HasSuffix(l, " ") {
					t.Errorf("line %q starts or ends with a space", l)
				}
			}
			for _, l := range lines {
				if w := fs.width(l, 12); w > tc.width && len([]rune(l)) > 1 {
					t.Errorf("line %q is %.1f wide, limit %.1f", l, w, tc.width)
				}
			}
			if name == "wraps" && len(lines) < 5 {
				t.Errorf("only %d lines", len(lines))
			}
			for i := 1; i < len(lines); i++ {
				a, b := []rune(lines[i-1]), []rune(lines[i])
				if isAlnum(a[len(a)-1]) && isAlnum(b[0]) {
					t.Errorf("a number or word is split: %q", lines)
				}
			}
		})
	}
}

func TestSceneEdges(t *testing.T) {
	fs, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	sub := sampleGraph()
	sub.Edges = append(sub.Edges,
		graphmodel.Edge{From: "town/东昌府区/堂邑镇", To: "status/实施", Predicate: "planned", Status: "实施"},
		graphmodel.Edge{From: "region/东昌府区", To: "region/东昌府区", Predicate: "part_of"})
	sc := buildScene(fs, sub, samplePositions(), Options{ShowPredicates: true})
	// 8 edges join 7 distinct pairs; the dangling and the self edge are
	// not drawn.
	if len(sc.Lines) != 7 {
		t.Errorf("%d lines, want 7", len(sc.Lines))
	}
	var labels []string
	for _, tx := range sc.Texts {
		if tx.Kind == edgeLabel {
			labels = append(labels, tx.Text)
		}
	}
	found := false
	for _, l := range labels {
		if l == "位于、计划" {
			found = true
		}
	}
	if !found {
		t.Errorf("the two edges between the project and its town are not labelled together: %q", labels)
	}
}

// TestSceneDropsCrowdedPredicateLabels builds a star whose predicate
// labels would all sit on top of each other and checks that the drawn
// ones never overlap any other drawn box.
func TestSceneDropsCrowdedPredicateLabels(t *testing.T) {
	fs, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	sub := graphmodel.Subgraph{Nodes: []graphmodel.Node{{ID: "hub", Type: "region", Name: "东昌府区"}}}
	pos := map[string]point{"hub": {0, 0}}
	for i := 0; i < 40; i++ {
		id := "leaf" + string(rune('A'+i))
		sub.Nodes = append(sub.Nodes, graphmodel.Node{ID: id, Type: "indicator", Name: "地区生产总值"})
		sub.Edges = append(sub.Edges, graphmodel.Edge{From: id, To: "hub", Predicate: "measures"})
		pos[id] = point{float64(i%2*2-1) * 60, float64(i) * 3}
	}
	sc := buildScene(fs, sub, pos, Options{ShowPredicates: true})
	var edgeBoxes, others []rect
	for _, tx := range sc.Texts {
		switch tx.Kind {
		case edgeLabel:
			edgeBoxes = append(edgeBoxes, tx.Box)
		case nodeLabel:
			others = append(others, tx.Box)
		}
	}
	for _, m := range sc.Markers[:len(sub.Nodes)] {
		others = append(others, m.box())
	}
	if len(edgeBoxes) == 0 || len(edgeBoxes) >= 40 {
		t.Fatalf("%d of 40 predicate labels drawn", len(edgeBoxes))
	}
	for i, b := range edgeBoxes {
		for _, o := range append(others, edgeBoxes[:i]...) {
			if b.overlaps(o) {
				t.Fatalf("predicate label %v overlaps %v", b, o)
			}
		}
	}
}

func TestLegendListsTypesPresent(t *testing.T) {
	fs, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	sub := sampleGraph()
	sub.Nodes = append(sub.Nodes, graphmodel.Node{ID: "x", Type: "spaceship", Name: "飞船"})
	pos := samplePositions()
	pos["x"] = point{200, 200}
	sc := buildScene(fs, sub, pos, Options{})
	var got []string
	for _, tx := range sc.Texts {
		if tx.Kind == legendLabel {
			got = append(got, tx.Text)
		}
	}
	want := []string{"镇街 2", "企业 1", "项目 1", "政策 1", "机构 1", "指标 1", "地区 1", "其他 1"}
	if !equalStrings(got, want) {
		t.Errorf("legend %q, want %q", got, want)
	}
	for _, tx := range sc.Texts {
		if !sc.Bounds.inset(-margin).contains(tx.Box) {
			t.Errorf("%q at %v lies outside the bounds %v", tx.Text, tx.Box, sc.Bounds)
		}
	}
}

func TestDefaultCaption(t *testing.T) {
	tests := map[string]struct {
		opt  Options
		want []string
	}{
		"from evidence": {Options{Date: fixedDate}, []string{"来源：" + docTitle, "8 个节点", "8 条关系", "2024-03-01"}},
		"from sources":  {Options{Date: fixedDate, Sources: []string{"甲报告", "乙报告"}}, []string{"来源：甲报告；乙报告"}},
		"given":         {Options{Caption: "自定义说明"}, []string{"自定义说明"}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got := tc.opt.caption(sampleGraph())
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("caption %q lacks %q", got, w)
				}
			}
		})
	}
}

// contains reports whether o lies inside r.
func (r rect) contains(o rect) bool {
	return o.MinX >= r.MinX && o.MinY >= r.MinY && o.MaxX <= r.MaxX && o.MaxY <= r.MaxY
}

func TestLegendWrapsAboveTheGraph(t *testing.T) {
	fs, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	sub := sampleGraph()
	const bottom = 100.0
	ms, ts := legend(fs, sub.Nodes, samplePositions(), 0, bottom, 150)
	if len(ms) != 7 || len(ts) != 7 {
		t.Fatalf("%d icons and %d texts, want 7 each", len(ms), len(ts))
	}
	rows := map[float64]bool{}
	for i, tx := range ts {
		if tx.Box.MaxY > bottom || ms[i].box().MaxY > bottom {
			t.Errorf("%q reaches below the legend's bottom", tx.Text)
		}
		if tx.Box.MaxX > 150+labelPadX && tx.Box.MinX > 2*legendRadius+6 {
			t.Errorf("%q ends at %.1f, past the width", tx.Text, tx.Box.MaxX)
		}
		for j := range i {
			if tx.Box.overlaps(ts[j].Box) || ms[i].box().overlaps(ts[j].Box) {
				t.Errorf("%q overlaps %q", tx.Text, ts[j].Text)
			}
		}
		rows[ms[i].Y] = true
	}
	if len(rows) < 3 {
		t.Errorf("7 items in 150 units took only %d rows", len(rows))
	}
}

func TestLabelsHaveNoControlCharacters(t *testing.T) {
	fs, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	sub := sampleGraph()
	sub.Nodes[0].Name = "堂邑\n镇\x01"
	sc := buildScene(fs, sub, samplePositions(), Options{})
	if got := sc.Texts[0].Text; got != "堂邑 镇 " {
		t.Errorf("label %q, want control characters as spaces", got)
	}
}

func TestSourceTitles(t *testing.T) {
	docs := []graphmodel.DocInfo{
		{Title: "关于东昌府区2023年国民经济和社会发展计划执行情况与2024年计划草案的报告", Place: "东昌府区", ReviewYear: 2023, PlanYear: 2024},
		{Title: "政府工作报告", Place: "清苑区", PlanYear: 2024},
		{Title: "政府工作报告", Place: "清苑区", PlanYear: 2024},
		{Title: "政府工作报告", Place: "满城区"},
	}
	want := []string{docs[0].Title, "清苑区政府工作报告（2024）", "满城区政府工作报告"}
	if got := SourceTitles(docs); !equalStrings(got, want) {
		t.Errorf("SourceTitles = %q, want %q", got, want)
	}
}
