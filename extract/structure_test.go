package extract

import (
	"strings"
	"testing"
)

func TestMeta(t *testing.T) {
	tests := map[string]struct {
		head                       string
		place, parent, genre, date string
		review, plan               int
	}{
		"plan report": {head: planHead + "——2024年1月17日在东昌府区第十八届\n", place: "东昌府区", genre: GenrePlan,
			date: "2024-01-17", review: 2023, plan: 2024},
		"work report with city": {head: "政 府 工 作 报 告\n——2019年3月4日在呼伦贝尔市海拉尔区第十五届人民代表大会第三次会议上\n",
			place: "海拉尔区", parent: "呼伦贝尔市", genre: GenreWorkReport, date: "2019-03-04", review: 2018, plan: 2019},
		"place only in the signature": {head: "政府工作报告\n—— 2025年1月14日在县十七届人民代表大会第五次会议上\n涞源县人民政府代县长 薛春雷\n",
			place: "涞源县", genre: GenreWorkReport, date: "2025-01-14", review: 2024, plan: 2025},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			doc := run(t, tc.head+"各位代表：\n").Documents[0]
			if doc.Place != tc.place || doc.Parent != tc.parent || doc.Genre != tc.genre || doc.Date != tc.date ||
				doc.ReviewYear != tc.review || doc.PlanYear != tc.plan {
				t.Errorf("got %+v", doc)
			}
		})
	}
}

func TestSections(t *testing.T) {
	tests := map[string]struct {
		text  string
		label string // label of the section holding marker
		year  int
		kind  string
	}{
		"plan report results": {text: review("(二)抓产业、提质效,动能转换实现突破。制造业强区稳步推进。MARK"),
			label: "一(二)", year: 2023, kind: KindActual},
		"plan report task": {text: plan("(四)着力统筹城乡融合,拓展高质量发展空间。\n9. 建设宜居宜业和美乡村。(1)切实保障粮食安全。MARK"),
			label: "三(四)9(1)", year: 2024, kind: KindTarget},
		"dash-led review paragraphs": {text: "政府工作报告\n——2024年1月23日在保定市清苑区第三届人民代表大会第四次会议上\n一、2023年工作回顾\n总述。\n——坚持抓园区上项目，综合实力不断增强。招商。\n——坚持调结构促转型，发展质量稳步提升。MARK\n",
			label: "一(2)", year: 2023, kind: KindActual},
		"unnumbered parts": {text: "政府工作报告\n——2022年1月27日在阜平县第十八届人民代表大会第二次会议上\n2021年主要工作回顾\n回顾。\n2022年工作目标和主要任务\n(一)着力推进乡村振兴战略，在农业农村发展上实现新突破。MARK\n",
			label: "二(一)", year: 2022, kind: KindTarget},
		"glossary has no year": {text: "政府工作报告\n——2022年1月27日在阜平县第十八届人民代表大会第二次会议上\n2021年主要工作回顾\n回顾。\n2022年工作目标和主要任务\n任务。\n名词解释\n〔1〕四个不摘：MARK\n",
			label: "三", year: 0, kind: ""},
		"five-year review": {text: "政 府 工 作 报 告\n2017年2月23日在高阳县第十七届人民代表大会第一次会议上\n一、过去五年主要工作\nMARK\n三、2017年重点工作任务\n任务。\n",
			label: "一", year: 2016, kind: KindActual},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			res := run(t, tc.text)
			at := strings.Index(tc.text, "MARK")
			var got *Section
			for i, s := range res.Documents[0].Sections {
				if s.Start <= at && at < s.End && (got == nil || s.Start >= got.Start) {
					got = &res.Documents[0].Sections[i]
				}
			}
			if got == nil {
				t.Fatalf("no section holds the marker; sections %+v", res.Documents[0].Sections)
			}
			if got.Label != tc.label || got.Year != tc.year || got.Kind != tc.kind {
				t.Errorf("got %s %d %s, want %s %d %s", got.Label, got.Year, got.Kind, tc.label, tc.year, tc.kind)
			}
		})
	}
}

func TestIndicatorSections(t *testing.T) {
	const work = "政府工作报告\n——2024年1月23日在保定市清苑区第三届人民代表大会第四次会议上\n一、2023年工作回顾\n"
	tests := map[string]struct {
		text  string
		value float64
		label string
	}{
		"points of a task stop at their number": {text: plan("(四)着力统筹城乡融合,拓展高质量发展空间。\n9. 建设宜居宜业和美乡村。(1)切实保障粮食安全。粮食播种面积稳定在50万亩以上。"),
			value: 50, label: "三(四)9"},
		"summary before the review points": {text: work + "全年地区生产总值完成176.6亿元。\n——坚持抓园区上项目，综合实力不断增强。全年共签约项目35个。\n",
			value: 176.6, label: "一(总述)"},
		"a review point": {text: work + "全年地区生产总值完成176.6亿元。\n——坚持抓园区上项目，综合实力不断增强。全年共签约项目35个。\n",
			value: 35, label: "一(1)"},
		"the paragraph after the review points": {text: work + "总述。\n——坚持抓园区上项目，综合实力不断增强。全年共签约项目35个。\n各位代表！我们转移群众3.1万余人。\n",
			value: 3.1, label: "一(2)"},
		"headline targets before the tasks": {text: work + "回顾。\n二、2024年工作目标和主要任务\n预期目标是：生产总值增长6%左右。\n（一）聚力抓招商。签约项目40个。\n",
			value: 6, label: "二(预期目标)"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			res := run(t, tc.text)
			for _, i := range res.Indicators {
				if *i.Value == tc.value {
					if i.Section != tc.label {
						t.Errorf("section %q, want %q", i.Section, tc.label)
					}
					return
				}
			}
			t.Errorf("no indicator %v in %+v", tc.value, res.Indicators)
		})
	}
}
