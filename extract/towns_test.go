package extract

import "testing"

func TestTowns(t *testing.T) {
	tests := map[string]struct {
		text string
		typ  string
		want []string
		not  []string
	}{
		"a new area in a slogan": {text: review("围绕奋力推动“品质生活新区、善美活力满城”跑出加速度。"),
			typ: TypeTown, not: []string{"品质生活新区"}},
		"a new area outside the county": {text: plan("坚持与主城区、雄安新区同步崛起、协调发展。"),
			typ: TypeTown, not: []string{"雄安新区"}},
		"a new area outside the county in every sentence": {text: plan("全面落实“林长制”,完成市定文冠果种植任务,养护好近17万亩森林资源,巩固提升省级森林城市创建成果,筑牢京津冀和雄安新区生态安全屏障。全面对标主城区和雄安新区功能品位,在保定南站和保定职教园区周边规划布局教育、医疗、房地产和商业等业态,做精城市设计,加强风貌管控,打造更有颜值、更具气质、更富活力的新城区。"),
			typ: TypeTown, not: []string{"雄安新区"}},
		"a new town that names a project": {text: plan("保障清苑新城项目顺利复工。"),
			typ: TypeTown, not: []string{"清苑新城"}},
		"the projects of a new town": {text: plan("加快推动会展中心、科技馆等高铁新城项目征地拆迁工作。"),
			typ: TypeTown, want: []string{"高铁新城"}},
		"a satellite town is a figure": {text: plan("为加快建设家纺名都、卫星新城、美丽高阳而努力奋斗。"),
			typ: TypeTown, not: []string{"卫星新城"}},
		"a town after a ring road": {text: review("完成北三环东延臧村镇马庄、刘庄安置房建设。"),
			typ: TypeTown, want: []string{"臧村镇", "马庄", "刘庄"}},
		"zones listed before 等片区": {text: plan("有序推进城东、大赛等片区改造,启动二期工程。"),
			typ: TypeTown, want: []string{"城东", "大赛"}},
		"places counted before a title": {text: review("城南和龙湖两大乡村振兴示范区完成投资近亿元。"),
			typ: TypeTown, want: []string{"城南", "龙湖"}},
		"clusters, functional zones and mining zones": {text: plan("全面提升东山组团绿美亮化水平。尽快启动海北物流功能区建设。确保今年上半年银坊集中开采区采矿权实现出让。"),
			typ: TypeTown, want: []string{"东山组团", "海北物流功能区", "银坊集中开采区"}},
		"places sharing a village title": {text: review("骆驼湾获评第二批全国乡村治理示范村,与顾家台、楼房共同获评省级民主法治示范村。"),
			typ: TypeTown, want: []string{"顾家台", "楼房"}, not: []string{"与顾家台", "楼房共同"}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			checkNames(t, run(t, tc.text), tc.typ, tc.want, tc.not)
		})
	}
}

func TestVillageCategories(t *testing.T) {
	res := run(t, plan("全年打造秀美共富村5个、精美示范村6个、洁美延展村45个,确保净美达标村100%达标。"))
	checkNames(t, res, TypeTown, nil, []string{"秀美共富村", "洁美延展村", "净美达标村"})
	checkNames(t, res, TypePolicy, []string{"秀美共富村", "洁美延展村", "净美达标村"}, nil)
}
