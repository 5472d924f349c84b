package explorer

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

func TestEntityPickerSearchesAndPicks(t *testing.T) {
	e := newTestExplorer(t)
	p := newEntityPicker(e, "起点")
	test.Type(p.entry, "zjz")
	if len(p.items) == 0 || p.items[0].Name != "郑家镇" {
		t.Fatalf("picker lists %v for zjz", p.items)
	}
	p.list.Select(0)
	if p.picked.ID != "town/郑家镇" || p.label.Text != "起点：郑家镇" {
		t.Errorf("picked %q, label %q", p.picked.ID, p.label.Text)
	}
	p.entry.SetText("")
	if len(p.items) != 0 {
		t.Errorf("empty query lists %d entities", len(p.items))
	}
}
