package extract

import "testing"

// ind is the part of an indicator a test checks.
type ind struct {
	name      string
	value     float64
	unit      string
	measure   string
	year      int
	kind      string
	qualifier string
	estimated bool
}

func TestIndicators(t *testing.T) {
	tests := map[string]struct {
		text string
		want []ind
	}{
		"level and growth, estimated": {text: review("预计全区生产总值实现565亿元,同比增长6%。"), want: []ind{
			{"全区生产总值", 565, "亿元", MeasureLevel, 2023, KindActual, "", true},
			{"全区生产总值", 6, "%", MeasureGrowth, 2023, KindActual, "", true}}},
		"qualifier after": {text: review("粮食总产连年稳定在12亿斤以上。"), want: []ind{
			{"粮食总产", 12, "亿斤", MeasureLevel, 2023, KindActual, "以上", false}}},
		"target with qualifier": {text: plan("地区生产总值增长5.5%以上。"), want: []ind{
			{"地区生产总值", 5.5, "%", MeasureGrowth, 2024, KindTarget, "以上", false}}},
		"respective values": {text: review("高技术服务业企业、规模以上现代服务业企业分别达到17家、48家。"), want: []ind{
			{"高技术服务业企业", 17, "家", MeasureCount, 2023, KindActual, "", false},
			{"规模以上现代服务业企业", 48, "家", MeasureCount, 2023, KindActual, "", false}}},
		"share": {text: review("学前教育普惠率达到94.7%。"), want: []ind{
			{"学前教育普惠率", 94.7, "%", MeasureShare, 2023, KindActual, "", false}}},
		"percentage points": {text: review("一般公共预算收入完成48.9亿元、增长6.6%,高于全市0.5个百分点。"), want: []ind{
			{"一般公共预算收入", 48.9, "亿元", MeasureLevel, 2023, KindActual, "", false},
			{"一般公共预算收入", 0.5, "个百分点", MeasureGrowth, 2023, KindActual, "", false}}},
		"name after the count": {text: review("组织4次重点项目集中开工。"), want: []ind{
			{"重点项目集中开工", 4, "次", MeasureCount, 2023, KindActual, "", false}}},
		"about": {text: review("招商推介活动80余次。"), want: []ind{
			{"招商推介活动", 80, "次", MeasureCount, 2023, KindActual, "余", false}}},
		"index without unit": {text: review("预计环境空气质量综合指数4.80,优良天数达197天。"), want: []ind{
			{"环境空气质量综合指数", 4.8, "", MeasureLevel, 2023, KindActual, "", true}}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			res := run(t, tc.text)
			got := map[ind]bool{}
			for _, i := range res.Indicators {
				got[ind{i.Name, *i.Value, i.Unit, i.Measure, i.Year, i.Kind, i.Qualifier, i.Estimated}] = true
			}
			for _, w := range tc.want {
				if !got[w] {
					t.Errorf("missing %+v; got %v", w, got)
				}
			}
		})
	}
}

func TestIndicatorRange(t *testing.T) {
	res := run(t, plan("创建市级以上创新平台3-5家。"))
	for _, i := range res.Indicators {
		if *i.Value == 3 && i.ValueMax != nil && *i.ValueMax == 5 && i.Unit == "家" {
			return
		}
	}
	t.Errorf("no 3-5家 range in %+v", res.Indicators)
}

func TestIndicatorSkipsCodes(t *testing.T) {
	res := run(t, plan("新建5G基站200处以上,聚焦PM2.5治理,做好2024年经济工作,完成(1)项。"))
	for _, i := range res.Indicators {
		if *i.Value == 5 || *i.Value == 2.5 || *i.Value == 2024 {
			t.Errorf("code or year read as a quantity: %+v", i)
		}
	}
}
