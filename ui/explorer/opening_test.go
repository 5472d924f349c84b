package explorer

import (
	"reflect"
	"testing"
)

func TestOpenShowsNeighboursOtherThanIndicators(t *testing.T) {
	e := newTestExplorer(t)
	const region = "region/东昌府区"
	if err := e.Open(region); err != nil {
		t.Fatal(err)
	}
	if got, want := onCanvas(e), []string{"project/济郑高铁", region}; !reflect.DeepEqual(got, want) {
		t.Fatalf("opening shows %v, want %v", got, want)
	}
	if got := e.view.Scene().More[region]; got != 1 {
		t.Errorf("badge +%d, want +1 (the indicator)", got)
	}
	if e.view.Selected() != region {
		t.Errorf("selected %q, want the opened entity", e.view.Selected())
	}
	if err := e.More(region); err != nil {
		t.Fatal(err)
	}
	s := e.view.Scene()
	if !s.Has("indicator/生产总值") || s.More[region] != 0 {
		t.Errorf("+N did not bring the indicator in: canvas %v, badge +%d", onCanvas(e), s.More[region])
	}
}

func TestBadgeCountsNeighboursNotOnTheCanvas(t *testing.T) {
	e := newTestExplorer(t)
	mustFocus(t, e, "town/堂邑镇") // puts the hub on the canvas beside 堂邑镇
	if err := e.Expand(hub); err != nil {
		t.Fatal(err)
	}
	s := e.view.Scene()
	// The hub has hubSize villages and 堂邑镇; 堂邑镇 was there already,
	// so the page adds the cap in villages and leaves the rest.
	if got := len(s.Nodes); got != 3+DefaultCap {
		t.Errorf("%d nodes on the canvas, want 堂邑镇's three and %d villages", got, DefaultCap)
	}
	if got, want := s.More[hub], hubSize-DefaultCap; got != want {
		t.Errorf("badge +%d, want +%d neighbours not on the canvas", got, want)
	}
	e.Hide("town/示范村00")
	if err := e.More(hub); err != nil {
		t.Fatal(err)
	}
	s = e.view.Scene()
	if !s.Has("town/示范村00") || s.More[hub] != 0 {
		t.Errorf("after +N: hidden village back %v, badge +%d; want every neighbour shown", s.Has("town/示范村00"), s.More[hub])
	}
}
