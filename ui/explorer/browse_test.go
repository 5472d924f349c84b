package explorer

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/policygraph/policygraph/extract"
)

func names(e *Explorer) []string {
	var out []string
	for _, n := range e.browse.items {
		out = append(out, n.Name)
	}
	return out
}

func TestSearch(t *testing.T) {
	tests := map[string]struct {
		query string
		want  string // must be the first hit
	}{
		"汉字 substring":    {query: "堂邑", want: "堂邑镇"},
		"pinyin initials": {query: "tyz", want: "堂邑镇"},
		"pinyin full":     {query: "zhengjiazhen", want: "郑家镇"},
		"policy name":     {query: "卫星镇", want: "省小城镇创新提升行动卫星镇试点"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			e := newTestExplorer(t)
			test.Type(e.browse.search, tc.query)
			got := names(e)
			if len(got) == 0 || got[0] != tc.want {
				t.Errorf("search %q lists %v, want %s first", tc.query, got, tc.want)
			}
		})
	}
}

func TestEmptySearchListsByDegree(t *testing.T) {
	e := newTestExplorer(t)
	items := e.browse.items
	if len(items) < 10 {
		t.Fatalf("only %d entities listed", len(items))
	}
	for i := 1; i < len(items); i++ {
		if items[i].Degree > items[i-1].Degree {
			t.Fatalf("%s (%d) after %s (%d): not sorted by connections", items[i].Name, items[i].Degree, items[i-1].Name, items[i-1].Degree)
		}
	}
	if items[0].Name != "和美乡村示范村" {
		t.Errorf("first entity %s, want the hub 和美乡村示范村", items[0].Name)
	}
}

func TestTypeFilter(t *testing.T) {
	e := newTestExplorer(t)
	for _, typ := range extract.Types {
		if typ != extract.TypePolicy {
			test.Tap(e.browse.checks[typ])
		}
	}
	if len(e.browse.items) != 3 {
		t.Errorf("policy filter lists %v, want the 3 policies", names(e))
	}
	for _, n := range e.browse.items {
		if n.Type != extract.TypePolicy {
			t.Errorf("%s of type %s passed the policy filter", n.Name, n.Type)
		}
	}
	if got := e.browse.checks[extract.TypeTown].Text; got != "镇街 47" {
		t.Errorf("town filter label %q, want the count 镇街 47", got)
	}
	test.Type(e.browse.search, "乡村")
	if got := names(e); len(got) != 2 {
		t.Errorf("search within the policy filter lists %v, want the 2 乡村 policies", got)
	}
}

func TestSelectingAnEntryFocusesIt(t *testing.T) {
	e := newTestExplorer(t)
	test.Type(e.browse.search, "tyz")
	e.browse.list.Select(0)
	if got := e.view.Selected(); got != "town/堂邑镇" {
		t.Fatalf("selected %q, want town/堂邑镇", got)
	}
	s := e.view.Scene()
	for _, id := range []string{"town/堂邑镇", "policy/齐鲁样板", "policy/和美乡村"} {
		if !s.Has(id) {
			t.Errorf("%s not on the canvas after focusing 堂邑镇", id)
		}
	}
	if e.details.shown != "town/堂邑镇" {
		t.Errorf("details show %q", e.details.shown)
	}
}
