package explorer

import (
	"image/png"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/policygraph/policygraph/export"
)

func TestExportScopes(t *testing.T) {
	e := newTestExplorer(t)
	mustFocus(t, e, "town/堂邑镇")
	if err := e.Expand(hub); err != nil {
		t.Fatal(err)
	}
	e.Select("policy/齐鲁样板")
	tests := map[string]struct {
		scope string
		want  []string
	}{
		"selection": {scope: scopeSelection, want: []string{"policy/齐鲁样板", "town/堂邑镇"}},
		"all":       {scope: scopeAll, want: onCanvas(e)},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			sub := e.exportSubgraph(tc.scope)
			var got []string
			for _, n := range sub.Nodes {
				got = append(got, n.ID)
			}
			sort.Strings(got)
			if len(got) != len(tc.want) {
				t.Fatalf("scope %s exports %v, want %v", tc.scope, got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Fatalf("scope %s exports %v, want %v", tc.scope, got, tc.want)
				}
			}
			for _, ed := range sub.Edges {
				if !contains(got, ed.From) || !contains(got, ed.To) {
					t.Errorf("edge %s-%s leaves the exported nodes", ed.From, ed.To)
				}
			}
		})
	}
}

func TestExportCarriesBadges(t *testing.T) {
	e := newTestExplorer(t)
	mustFocus(t, e, hub)
	more := e.view.Scene().More[hub]
	if more == 0 {
		t.Fatal("the hub has no badge on the canvas")
	}
	if got := e.exportSubgraph(scopeAll).Hidden[hub]; got != more {
		t.Errorf("export hides %d of the hub's neighbours, the canvas badge says +%d", got, more)
	}
}

func contains(ids []string, id string) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

func TestExportMatchesCanvas(t *testing.T) {
	e := newTestExplorer(t)
	mustFocus(t, e, "town/堂邑镇")
	sub := e.exportSubgraph(scopeAll)
	opt := e.exportOptions(exportChoice{format: "png", scale: 2})
	if len(opt.Positions) != len(sub.Nodes) {
		t.Fatalf("%d positions for %d nodes", len(opt.Positions), len(sub.Nodes))
	}
	path := filepath.Join(t.TempDir(), "view.png")
	if err := export.WriteFile(path, sub, nil, opt); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("exported PNG does not decode: %v", err)
	}
	if b := img.Bounds(); b.Dx() < 200 || b.Dy() < 100 {
		t.Errorf("exported image is only %v", b)
	}
}
