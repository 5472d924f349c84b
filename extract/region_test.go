package extract

import "testing"

// laiyuanHead opens a work report of 涞源县 (review 2024), from the corpus.
const laiyuanHead = "政府工作报告\n—— 2025年1月14日在县十七届人民代表大会第五次会议上\n涞源县人民政府代县长 薛春雷\n一、2024年工作回顾——经济稳中有进、发展持续向好\n"

func TestRegionMentionsAndTowns(t *testing.T) {
	text := laiyuanHead + "涞源县是全省重点县。白石山镇入选第四批省级乡村旅游重点镇。\n"
	res := run(t, text)
	var region *Entity
	for i, e := range res.Entities {
		if e.Type == TypeRegion {
			region = &res.Entities[i]
		}
	}
	if region == nil || region.Name != "涞源县" {
		t.Fatalf("region = %+v, want 涞源县", region)
	}
	if len(region.Mentions) == 0 {
		t.Fatal("the region has no mentions")
	}
	for _, m := range region.Mentions {
		if text[m.Start:m.End] != "涞源县" {
			t.Errorf("region mention %q at %d-%d", text[m.Start:m.End], m.Start, m.End)
		}
	}
	town := EntityID(TypeTown, "涞源县", "白石山镇")
	found := false
	for _, r := range res.Relations {
		if r.Subject == town && r.Predicate == PredLocatedIn {
			found = r.Object == region.ID && r.Implicit && text[r.Start:r.End] == r.Evidence
		}
	}
	if !found {
		t.Errorf("no implicit located_in from %s to the region; relations: %+v", town, res.Relations)
	}
}

// TestPlaceOfKeyedTypes checks that the types keyed by place carry it and
// the others, which merge across places, do not.
func TestPlaceOfKeyedTypes(t *testing.T) {
	res := run(t, laiyuanHead+"白石山镇入选第四批省级乡村旅游重点镇。全年地区生产总值完成56.5亿元，同比增长5.5%。\n")
	seen := map[string]bool{}
	for _, e := range res.Entities {
		keyed := e.Type == TypeTown || e.Type == TypeIndicator || e.Type == TypeRegion
		if keyed && e.Place != "涞源县" || !keyed && e.Place != "" {
			t.Errorf("%s %s has place %q", e.Type, e.Name, e.Place)
		}
		seen[e.Type] = true
	}
	for _, typ := range []string{TypeTown, TypeIndicator, TypePolicy} {
		if !seen[typ] {
			t.Errorf("no %s extracted, the test checks nothing for it", typ)
		}
	}
}
