package explorer

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/policygraph/policygraph/extract"
	"github.com/policygraph/policygraph/graphmodel"
)

// fixtureText is made of real sentences of the bundled report.
var fixtureText = strings.Join([]string{
	"(五)抓融合、助共富,城乡面貌焕发新颜。",
	"预计全区生产总值实现565亿元,同比增长6%。",
	"堂邑镇入选省级乡村振兴齐鲁样板示范区,创建省市级和美乡村示范村18个。",
	"郑家镇成功入选省小城镇创新提升行动卫星镇试点。济郑高铁东昌府区段建成通车。",
	"立海冷藏荣获中国绿色食品博览会金奖。",
	"(3)推进乡村振兴示范片区建设,创建省级和美乡村示范村5个、市级13个,推进侯营市级乡村振兴示范片区、道口铺市级衔接乡村振兴集中推进区建设。",
}, "\n")

// hubSize is how many villages the fixture links to 和美乡村示范村, more
// than the expansion cap.
const hubSize = 45

// fixtureBuilder assembles an extract.Result over fixtureText.
type fixtureBuilder struct{ r *extract.Result }

// sentence returns the sentence of fixtureText around byte offset at.
func sentence(at int) (int, int) {
	start := strings.LastIndexAny(fixtureText[:at], "。\n")
	if start < 0 {
		start = 0
	} else if fixtureText[start] == '\n' {
		start++
	} else {
		start += len("。")
	}
	end := strings.IndexAny(fixtureText[at:], "。\n")
	if end < 0 {
		return start, len(fixtureText)
	}
	if fixtureText[at+end] == '\n' {
		return start, at + end
	}
	return start, at + end + len("。")
}

// entity adds an entity with a mention at every occurrence of find.
func (b *fixtureBuilder) entity(id, typ, name, find string) {
	e := extract.Entity{ID: id, Type: typ, Name: name}
	for off := 0; ; {
		i := strings.Index(fixtureText[off:], find)
		if i < 0 {
			break
		}
		at := off + i
		s, en := sentence(at)
		e.Mentions = append(e.Mentions, extract.Mention{Doc: "doc1", Start: at, End: at + len(find), Section: "一(五)", Sentence: fixtureText[s:en]})
		off = at + len(find)
	}
	b.r.Entities = append(b.r.Entities, e)
}

// relation adds a statement whose evidence is the sentence containing cue.
func (b *fixtureBuilder) relation(subj, pred, obj, cue string) {
	at := strings.Index(fixtureText, cue)
	if at < 0 {
		panic("cue not in fixture: " + cue)
	}
	s, e := sentence(at)
	b.r.Relations = append(b.r.Relations, extract.Relation{Subject: subj, Predicate: pred, Object: obj, Doc: "doc1", Evidence: fixtureText[s:e], Start: s, End: e, Section: "一(五)"})
}

// fixture returns a small hand-made extraction of fixtureText.
func fixture() *extract.Result {
	b := &fixtureBuilder{r: &extract.Result{Documents: []extract.Document{{
		ID: "doc1", Path: "fixture.txt", Title: "关于东昌府区2023年国民经济和社会发展计划执行情况与2024年计划草案的报告",
		Place: "东昌府区", Genre: "plan", ReviewYear: 2023, PlanYear: 2024, Encoding: "utf-8",
		Bytes: len(fixtureText), Text: fixtureText,
		Sections: []extract.Section{{Label: "一(五)", Title: "抓融合、助共富", Start: 0, End: len(fixtureText), Year: 2023, Kind: "actual"}},
	}}}}
	b.entity("region/东昌府区", extract.TypeRegion, "东昌府区", "东昌府区")
	b.entity("town/堂邑镇", extract.TypeTown, "堂邑镇", "堂邑镇")
	b.entity("town/郑家镇", extract.TypeTown, "郑家镇", "郑家镇")
	b.entity("policy/齐鲁样板", extract.TypePolicy, "省级乡村振兴齐鲁样板示范区", "省级乡村振兴齐鲁样板示范区")
	b.entity("policy/卫星镇试点", extract.TypePolicy, "省小城镇创新提升行动卫星镇试点", "省小城镇创新提升行动卫星镇试点")
	b.entity("policy/和美乡村", extract.TypePolicy, "和美乡村示范村", "和美乡村示范村")
	b.entity("project/济郑高铁", extract.TypeProject, "济郑高铁东昌府区段", "济郑高铁东昌府区段")
	b.entity("enterprise/立海冷藏", extract.TypeEnterprise, "立海冷藏", "立海冷藏")
	b.entity("indicator/生产总值", extract.TypeIndicator, "生产总值", "生产总值")
	b.relation("town/堂邑镇", extract.PredSelectedFor, "policy/齐鲁样板", "堂邑镇入选")
	b.relation("town/郑家镇", extract.PredSelectedFor, "policy/卫星镇试点", "郑家镇成功入选")
	b.relation("project/济郑高铁", extract.PredLocatedIn, "region/东昌府区", "济郑高铁")
	b.relation("town/堂邑镇", extract.PredParticipatesIn, "policy/和美乡村", "创建省市级和美乡村示范村18个")
	b.relation("indicator/生产总值", extract.PredMeasures, "region/东昌府区", "生产总值")
	for i := 0; i < hubSize; i++ {
		id := fmt.Sprintf("town/示范村%02d", i)
		b.r.Entities = append(b.r.Entities, extract.Entity{ID: id, Type: extract.TypeTown, Name: fmt.Sprintf("示范村%02d", i)})
		b.relation(id, extract.PredParticipatesIn, "policy/和美乡村", "创建省级和美乡村示范村5个")
	}
	v, g := 565.0, 6.0
	b.r.Indicators = []extract.Indicator{
		{Entity: "indicator/生产总值", Name: "生产总值", Year: 2023, Kind: "actual", Value: &v, Unit: "亿元", Measure: "level", Doc: "doc1", Evidence: "预计全区生产总值实现565亿元,同比增长6%。", Estimated: true},
		{Entity: "indicator/生产总值", Name: "生产总值", Year: 2023, Kind: "actual", Value: &g, Unit: "%", Measure: "growth", Doc: "doc1", Evidence: "预计全区生产总值实现565亿元,同比增长6%。"},
	}
	for i := range b.r.Indicators {
		in := &b.r.Indicators[i]
		in.Start = strings.Index(fixtureText, in.Evidence)
		in.End = in.Start + len(in.Evidence)
	}
	return b.r
}

// newFixtureStore returns a memory store holding the fixture.
func newFixtureStore(t testing.TB) *graphmodel.Store {
	t.Helper()
	st, err := graphmodel.OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if err := st.Import(context.Background(), fixture()); err != nil {
		t.Fatal(err)
	}
	return st
}

// newTestExplorer builds the explorer on the fixture in a test app, with
// the layout running synchronously.
func newTestExplorer(t testing.TB) *Explorer {
	t.Helper()
	a := test.NewTempApp(t)
	e := New(a, newFixtureStore(t), Options{Cap: DefaultCap})
	e.Window().Resize(fyne.NewSize(1280, 800))
	t.Cleanup(e.Window().Close)
	return e
}
