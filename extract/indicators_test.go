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
		"multiple of a base year": {text: review("全县生产总值完成96.3亿元，是2011年的1.1倍。"), want: []ind{
			{"全县生产总值", 1.1, "倍", MeasureGrowth, 2023, KindActual, "", false}}},
		"value of an earlier year": {text: review("技术合同输出额从2022年的92万元增加到2023年1.85亿元。"), want: []ind{
			{"技术合同输出额", 92, "万元", MeasureLevel, 2022, KindActual, "", false},
			{"技术合同输出额", 1.85, "亿元", MeasureLevel, 2023, KindActual, "", false}}},
		"structure ratio": {text: review("三次产业结构比为22.7：30.3：47。"), want: []ind{
			{"三次产业结构(第一产业)", 22.7, "%", MeasureShare, 2023, KindActual, "", false},
			{"三次产业结构(第三产业)", 47, "%", MeasureShare, 2023, KindActual, "", false}}},
		"ratio changed since a base year": {text: review("三次产业增加值比重由2011年的9.2:69.5:21.3调整为9.2:63.7:27.1。"), want: []ind{
			{"三次产业增加值比重(第三产业)", 21.3, "%", MeasureShare, 2011, KindActual, "", false},
			{"三次产业增加值比重(第三产业)", 27.1, "%", MeasureShare, 2023, KindActual, "", false}}},
		"years of growth in a row": {text: review("粮食产量实现“二十一连增”。"), want: []ind{
			{"粮食产量连增", 21, "年", MeasureCount, 2023, KindActual, "", false}}},
		"numbers listed without 分别": {text: review("刑事发案率、治安受案率同比下降39.41%、23.38%。"), want: []ind{
			{"刑事发案率", 39.41, "%", MeasureGrowth, 2023, KindActual, "", false},
			{"治安受案率", 23.38, "%", MeasureGrowth, 2023, KindActual, "", false}}},
		"urban and rural": {text: review("城乡居民人均可支配收入分别完成37812元、14236元，分别增长5.5%、7%。"), want: []ind{
			{"城镇居民人均可支配收入", 37812, "元", MeasureLevel, 2023, KindActual, "", false},
			{"农村居民人均可支配收入", 14236, "元", MeasureLevel, 2023, KindActual, "", false},
			{"农村居民人均可支配收入", 7, "%", MeasureGrowth, 2023, KindActual, "", false}}},
		"shared tail of a list": {text: review("城市、农村居民最低生活保障标准分别提高到每人每月871元、692元。"), want: []ind{
			{"城市居民最低生活保障标准", 871, "元", MeasureLevel, 2023, KindActual, "", false}}},
		"total of what was just counted": {text: review("全年新增市场主体2537家，总数达到20179家。"), want: []ind{
			{"市场主体总数", 20179, "家", MeasureCount, 2023, KindActual, "", false}}},
		"level written once": {text: plan("创建省级和美乡村示范村5个、市级13个。"), want: []ind{
			{"创建市级和美乡村示范村", 13, "个", MeasureCount, 2024, KindTarget, "", false}}},
		"name after the clause verb": {text: review("高质量完成省市108项改革任务。"), want: []ind{
			{"改革任务", 108, "项", MeasureCount, 2023, KindActual, "", false}}},
		"target year of a paragraph": {text: plan("主要发展目标是：到2028年全县生产总值达到170亿元;城乡居民人均可支配收入年均增长10%以上。"), want: []ind{
			{"全县生产总值", 170, "亿元", MeasureLevel, 2028, KindTarget, "", false},
			{"城乡居民人均可支配收入", 10, "%", MeasureGrowth, 2028, KindTarget, "以上", false}}},
		"count units": {text: review("破获案件10起,改造农业排灌机井765眼。"), want: []ind{
			{"破获案件", 10, "起", MeasureCount, 2023, KindActual, "", false},
			{"改造农业排灌机井", 765, "眼", MeasureCount, 2023, KindActual, "", false}}},
		"two counts named by what follows": {text: review("建档立卡贫困户301户611人全部脱贫，其中173户349人稳定脱贫。"), want: []ind{
			{"建档立卡贫困户", 611, "人", MeasureCount, 2023, KindActual, "", false},
			{"稳定脱贫", 173, "户", MeasureCount, 2023, KindActual, "", false},
			{"稳定脱贫", 349, "人", MeasureCount, 2023, KindActual, "", false}}},
		"square kilometres": {text: review("新增建设用地规模9.2平方公里,城镇开发面积达到58平方公里。"), want: []ind{
			{"新增建设用地规模", 9.2, "平方公里", MeasureLevel, 2023, KindActual, "", false},
			{"城镇开发面积", 58, "平方公里", MeasureLevel, 2023, KindActual, "", false}}},
		"a threshold names what it classes": {text: review("累计引入项目77个、总投资358亿元,其中10亿元以上项目达到10个。村集体收入全部达到5万元,10万元以上村占47%。"), want: []ind{
			{"10亿元以上项目", 10, "个", MeasureCount, 2023, KindActual, "", false},
			{"10万元以上村", 47, "%", MeasureShare, 2023, KindActual, "", false}}},
		"things counted after a verb of works": {text: review("争创省级文明城区,高标准改造6条背街小巷。"), want: []ind{
			{"背街小巷", 6, "条", MeasureCount, 2023, KindActual, "", false}}},
		"projects named by their state": {text: plan("总投资138亿元的深能西北郊二期、雨森新型材料等25个项目开工。"), want: []ind{
			{"开工项目", 25, "个", MeasureCount, 2024, KindTarget, "", false},
			{"开工项目总投资", 138, "亿元", MeasureLevel, 2024, KindTarget, "", false}}},
		"amounts named by what they are invested in": {text: review("投资1100万元新建污水管线2847米。投资1.2亿元完成16个老旧小区环境综合整治。年内开工项目57个,完成投资34.8亿元。"), want: []ind{
			{"新建污水管线投资", 1100, "万元", MeasureLevel, 2023, KindActual, "", false},
			{"老旧小区环境综合整治投资", 1.2, "亿元", MeasureLevel, 2023, KindActual, "", false},
			{"开工项目投资", 34.8, "亿元", MeasureLevel, 2023, KindActual, "", false}}},
		"amounts invested in a list of projects": {text: plan("推动总投资53亿元的英利5GW光伏电池、永红铸机等10个项目竣工。"), want: []ind{
			{"竣工项目总投资", 53, "亿元", MeasureLevel, 2024, KindTarget, "", false},
			{"竣工项目", 10, "个", MeasureCount, 2024, KindTarget, "", false}}},
		"short names completed by quotes or the list's verb": {text: review("组织“政银企对接”“百行联千企”(2)活动14次。推动城源路等40条道路、松桂大街运河桥等4座桥梁建设。"), want: []ind{
			{"“政银企对接”“百行联千企”活动", 14, "次", MeasureCount, 2023, KindActual, "", false},
			{"道路建设", 40, "条", MeasureCount, 2023, KindActual, "", false}}},
		"short names listed after a longer one": {text: review("接收安置转业士官131人、军官6人。新改建主题及口袋公园12处、公厕9座。"), want: []ind{
			{"接收安置转业军官", 6, "人", MeasureCount, 2023, KindActual, "", false},
			{"新改建主题及口袋公厕", 9, "座", MeasureCount, 2023, KindActual, "", false}}},
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
