package explorer

import (
	"reflect"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/policygraph/policygraph/graphmodel"
)

// tinyMatrix has rows a, b, c and columns x, y: a–x, b–x, b–y.
func tinyMatrix() graphmodel.Matrix {
	node := func(name string) graphmodel.Node { return graphmodel.Node{ID: name, Name: name} }
	edge := []graphmodel.Edge{{Predicate: "selected_for"}}
	return graphmodel.Matrix{
		Rows:  []graphmodel.Node{node("a"), node("b"), {ID: "c", Name: "c", Aliases: []string{"振兴c"}}},
		Cols:  []graphmodel.Node{node("x"), node("乡村振兴y")},
		Cells: map[[2]int][]graphmodel.Edge{{0, 0}: edge, {1, 0}: edge, {1, 1}: edge},
	}
}

// axisNames lists the row and the column names of m.
func axisNames(m graphmodel.Matrix) (rows, cols []string) {
	for _, n := range m.Rows {
		rows = append(rows, n.Name)
	}
	for _, n := range m.Cols {
		cols = append(cols, n.Name)
	}
	return rows, cols
}

// pairs lists the linked (row name, column name) pairs of m.
func pairs(m graphmodel.Matrix) map[[2]string]bool {
	out := map[[2]string]bool{}
	for k := range m.Cells {
		out[[2]string{m.Rows[k[0]].Name, m.Cols[k[1]].Name}] = true
	}
	return out
}

func TestMatrixTransforms(t *testing.T) {
	tests := map[string]struct {
		f          func(graphmodel.Matrix) graphmodel.Matrix
		rows, cols []string
		links      [][2]string
	}{
		"transposed": {f: transposed, rows: []string{"x", "乡村振兴y"}, cols: []string{"a", "b", "c"},
			links: [][2]string{{"x", "a"}, {"x", "b"}, {"乡村振兴y", "b"}}},
		"by links": {f: byLinks, rows: []string{"b", "a", "c"}, cols: []string{"x", "乡村振兴y"},
			links: [][2]string{{"a", "x"}, {"b", "x"}, {"b", "乡村振兴y"}}},
		"filter keeps the linked rows": {f: func(m graphmodel.Matrix) graphmodel.Matrix { return filtered(m, "振兴y") },
			rows: []string{"b"}, cols: []string{"乡村振兴y"}, links: [][2]string{{"b", "乡村振兴y"}}},
		"filter matches aliases and both axes": {f: func(m graphmodel.Matrix) graphmodel.Matrix { return filtered(m, "振兴") },
			rows: []string{"b", "c"}, cols: []string{"乡村振兴y"}, links: [][2]string{{"b", "乡村振兴y"}}},
		"empty filter keeps all": {f: func(m graphmodel.Matrix) graphmodel.Matrix { return filtered(m, " ") },
			rows: []string{"a", "b", "c"}, cols: []string{"x", "乡村振兴y"}, links: [][2]string{{"a", "x"}, {"b", "x"}, {"b", "乡村振兴y"}}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			got := tc.f(tinyMatrix())
			rows, cols := axisNames(got)
			if !reflect.DeepEqual(rows, tc.rows) || !reflect.DeepEqual(cols, tc.cols) {
				t.Errorf("rows %v cols %v, want %v %v", rows, cols, tc.rows, tc.cols)
			}
			want := map[[2]string]bool{}
			for _, l := range tc.links {
				want[l] = true
			}
			if p := pairs(got); !reflect.DeepEqual(p, want) {
				t.Errorf("links %v, want %v", p, want)
			}
		})
	}
}

func TestMatrixViewSwapSortFilter(t *testing.T) {
	e := newTestExplorer(t)
	e.tabs.SelectIndex(1)
	v := e.matrix
	if len(v.m.Rows) == 0 || v.m.Rows[0].Name != "和美乡村示范村" {
		t.Fatalf("first row %v, want the programme with most towns", v.m.Rows)
	}
	v.toggleSwap()
	if v.m.Cols[0].Name != "和美乡村示范村" || v.m.Rows[0].Name != "堂邑镇" {
		t.Errorf("swapped: first row %q, first column %q; want 堂邑镇 (two programmes) and 和美乡村示范村", v.m.Rows[0].Name, v.m.Cols[0].Name)
	}
	v.search.SetText("卫星镇")
	if rows, cols := axisNames(v.m); !reflect.DeepEqual(rows, []string{"郑家镇"}) || !reflect.DeepEqual(cols, []string{"省小城镇创新提升行动卫星镇试点"}) {
		t.Errorf("filter 卫星镇 shows rows %v cols %v", rows, cols)
	}
	h := newMatrixHeader(v)
	v.updateHeader(widget.TableCellID{Row: -1, Col: 0}, h)
	test.Tap(h)
	if e.details.shown != v.m.Cols[0].ID {
		t.Errorf("tapping the column header shows %q, want %q", e.details.shown, v.m.Cols[0].ID)
	}
}
