package graphmodel

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/policygraph/policygraph/extract"
	"github.com/policygraph/policygraph/resources"
)

// Hand-made extraction results over real report text, so that the store is
// tested without depending on the extractor. Ids follow the extractor's
// convention: towns, indicators and regions keyed by place.
const (
	docDCF = "dcf2024"
	docFP  = "fp2022"

	regionDCF = "region/东昌府区"
	regionFP  = "region/阜平县"
	tangyi    = "town/东昌府区/堂邑镇"
	hanji     = "town/东昌府区/韩集镇"
	gulou     = "town/东昌府区/古楼街道"
	zhengjia  = "town/东昌府区/郑家镇"
	qilu      = "policy/省级乡村振兴齐鲁样板示范区"
	wenlv     = "policy/省级精品文旅名镇"
	minsu     = "policy/省级旅游民宿集聚区"
	jinrong   = "policy/省级金融管家试点"
	weixing   = "policy/省小城镇创新提升行动卫星镇试点"
	quanyu    = "policy/省级全域旅游示范区"
	guojiaQY  = "policy/国家全域旅游示范区"
	jindi     = "enterprise/金帝股份"
	shangjiao = "organisation/上交所主板"
	jizheng   = "project/济郑高铁东昌府区段"
	gdp       = "indicator/东昌府区/地区生产总值"
	jobs      = "indicator/东昌府区/城镇新增就业"
)

// fixture builds an extract.Result for one document, finding mentions and
// evidence sentences in the real text.
type fixture struct {
	t   testing.TB
	r   *extract.Result
	doc *extract.Document
}

func newFixture(t testing.TB, doc extract.Document) *fixture {
	doc.Bytes = len(doc.Text)
	doc.Encoding = "utf-8"
	r := &extract.Result{Documents: []extract.Document{doc}}
	return &fixture{t: t, r: r, doc: &r.Documents[0]}
}

// entity adds an entity with a mention at every occurrence of its name and
// aliases in the text.
func (f *fixture) entity(id, typ, name, place string, aliases ...string) {
	e := extract.Entity{ID: id, Type: typ, Name: name, Place: place, Aliases: aliases}
	for _, n := range append([]string{name}, aliases...) {
		for _, at := range occurrences(f.doc.Text, n) {
			if n != name && strings.HasPrefix(f.doc.Text[at:], name) {
				continue
			}
			s, e2 := sentenceAround(f.doc.Text, at, at+len(n))
			e.Mentions = append(e.Mentions, extract.Mention{Doc: f.doc.ID, Start: at, End: at + len(n),
				Section: "一", Sentence: f.doc.Text[s:e2]})
		}
	}
	if len(e.Mentions) == 0 {
		f.t.Fatalf("fixture: %s does not occur in %s", name, f.doc.ID)
	}
	f.r.Entities = append(f.r.Entities, e)
}

// relation adds a relation whose evidence is the sentence containing clue.
func (f *fixture) relation(subject, predicate, object, clue string, year int) {
	s, e := f.sentenceOf(clue)
	f.r.Relations = append(f.r.Relations, extract.Relation{Subject: subject, Predicate: predicate,
		Object: object, Doc: f.doc.ID, Evidence: f.doc.Text[s:e], Start: s, End: e,
		Section: "一", Year: year, Implicit: strings.HasPrefix(subject, "region/")})
}

// indicator adds an indicator value whose evidence is the sentence
// containing clue.
func (f *fixture) indicator(entity, name string, year int, kind string, value float64, unit, measure, qualifier, clue string) {
	s, e := f.sentenceOf(clue)
	f.r.Indicators = append(f.r.Indicators, extract.Indicator{Entity: entity, Name: name, Year: year,
		Kind: kind, Value: &value, Unit: unit, Measure: measure, Qualifier: qualifier,
		Estimated: strings.Contains(f.doc.Text[s:e], "预计"), Doc: f.doc.ID, Section: "一",
		Evidence: f.doc.Text[s:e], Start: s, End: e})
}

func (f *fixture) sentenceOf(clue string) (int, int) {
	at := strings.Index(f.doc.Text, clue)
	if at < 0 {
		f.t.Fatalf("fixture: %q not in %s", clue, f.doc.ID)
	}
	return sentenceAround(f.doc.Text, at, at+len(clue))
}

func occurrences(text, s string) []int {
	var out []int
	for from := 0; ; {
		i := strings.Index(text[from:], s)
		if i < 0 {
			return out
		}
		out = append(out, from+i)
		from += i + len(s)
	}
}

// sentenceAround returns the sentence holding [start, end): from after the
// previous terminator through its own terminator (a line end ends it too).
func sentenceAround(text string, start, end int) (int, int) {
	s := start
	for s > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:s])
		if isStop(r) {
			break
		}
		s -= size
	}
	e := end
	for e < len(text) {
		r, size := utf8.DecodeRuneInString(text[e:])
		if r == '\n' {
			break
		}
		e += size
		if isStop(r) {
			break
		}
	}
	return s, e
}

func isStop(r rune) bool { return strings.ContainsRune("。！？；;!?\n", r) }

// dongchangfu is the bundled 东昌府区 plan report with towns, policies, an
// enterprise, a project with a status and two indicators.
func dongchangfu(t testing.TB) *extract.Result {
	f := newFixture(t, extract.Document{ID: docDCF, Path: "00_dongchangfuqu_2024_plan.txt",
		Title: "关于东昌府区2023年国民经济和社会发展计划执行情况与2024年计划草案的报告",
		Place: "东昌府区", Parent: "聊城市", Genre: "plan", ReviewYear: 2023, PlanYear: 2024,
		Date: "2024-01-17", Text: string(resources.Report),
		Sections: []extract.Section{{Label: "一", Title: "2023年国民经济和社会发展计划执行情况", Year: 2023, Kind: "actual"}}})
	f.entity(regionDCF, extract.TypeRegion, "东昌府区", "聊城市")
	f.entity(tangyi, extract.TypeTown, "堂邑镇", "东昌府区")
	f.entity(hanji, extract.TypeTown, "韩集镇", "东昌府区")
	f.entity(gulou, extract.TypeTown, "古楼街道", "东昌府区", "古楼")
	f.entity(zhengjia, extract.TypeTown, "郑家镇", "东昌府区")
	f.entity(qilu, extract.TypePolicy, "省级乡村振兴齐鲁样板示范区", "")
	f.entity(wenlv, extract.TypePolicy, "省级精品文旅名镇", "")
	f.entity(minsu, extract.TypePolicy, "省级旅游民宿集聚区", "")
	f.entity(jinrong, extract.TypePolicy, "省级金融管家试点", "")
	f.entity(weixing, extract.TypePolicy, "省小城镇创新提升行动卫星镇试点", "")
	f.entity(quanyu, extract.TypePolicy, "省级全域旅游示范区", "")
	f.entity(jindi, extract.TypeEnterprise, "金帝股份", "")
	f.entity(shangjiao, extract.TypeOrganisation, "上交所主板", "")
	f.entity(jizheng, extract.TypeProject, "济郑高铁东昌府区段", "", "济郑高铁")
	f.entity(gdp, extract.TypeIndicator, "地区生产总值", "东昌府区")
	f.entity(jobs, extract.TypeIndicator, "城镇新增就业", "东昌府区")
	f.relation(tangyi, extract.PredSelectedFor, qilu, "堂邑镇入选", 2023)
	f.relation(hanji, extract.PredSelectedFor, wenlv, "韩集镇入选", 2023)
	f.relation(gulou, extract.PredSelectedFor, minsu, "古楼街道入选", 2023)
	f.relation(zhengjia, extract.PredApprovedAs, jinrong, "郑家镇获批", 2023)
	f.relation(zhengjia, extract.PredSelectedFor, weixing, "郑家镇成功入选", 2023)
	f.relation(regionDCF, extract.PredApprovedAs, quanyu, "获批省级全域旅游示范区", 2023)
	f.relation(jindi, extract.PredListedOn, shangjiao, "金帝股份成功", 2023)
	f.relation(jizheng, extract.PredCompleted, "顺利建成通车", "济郑高铁东昌府区段顺利建成通车", 2023)
	f.indicator(gdp, "全区生产总值", 2023, "actual", 565, "亿元", "level", "", "全区生产总值实现565亿元")
	f.indicator(gdp, "全区生产总值", 2023, "actual", 6, "%", "growth", "", "全区生产总值实现565亿元")
	f.indicator(gdp, "地区生产总值", 2024, "target", 5.5, "%", "growth", "以上", "地区生产总值增长5.5%以上")
	f.indicator(jobs, "城镇新增就业", 2023, "actual", 5620, "人", "count", "", "城镇新增就业5620人,超额")
	return f.r
}

// fuping is an excerpt of the 阜平县 2022 work report that shares the
// policy 省级全域旅游示范区 with dongchangfu.
func fuping(t testing.TB) *extract.Result {
	text, err := os.ReadFile("testdata/fuping_2022_excerpt.txt")
	if err != nil {
		t.Fatal(err)
	}
	f := newFixture(t, extract.Document{ID: docFP, Path: "10_fupingxian_2022.txt", Title: "政府工作报告",
		Place: "阜平县", Parent: "保定市", Genre: "work_report", ReviewYear: 2021, PlanYear: 2022,
		Date: "2022-01-27", Text: string(text)})
	f.entity(regionFP, extract.TypeRegion, "阜平县", "保定市")
	f.entity(quanyu, extract.TypePolicy, "省级全域旅游示范区", "")
	f.entity(guojiaQY, extract.TypePolicy, "国家全域旅游示范区", "")
	f.relation(regionFP, extract.PredParticipatesIn, quanyu, "完成省级全域旅游示范区挂牌", 2022)
	f.relation(regionFP, extract.PredParticipatesIn, guojiaQY, "以创建国家全域旅游示范区", 2022)
	return f.r
}
