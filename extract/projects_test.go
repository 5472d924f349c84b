package extract

import "testing"

func TestProjects(t *testing.T) {
	tests := map[string]struct {
		text string
		want []string
		not  []string
	}{
		"buildings of institutions and schools": {text: review("保定市第28中学3号教学楼和职教中心新型技能实训基地建成投用。推动区人民医院西院感染病区、妇幼保健院业务综合楼和第一中医院建设。"),
			want: []string{"保定市第28中学3号教学楼", "妇幼保健院业务综合楼"}},
		"long scenic areas, branch schools and airports": {text: review("呼伦贝尔副都统衙门景区和哈克遗址博物馆实现公司化运营。加快第三中学东山分校、正阳街小学教学综合楼、建设学校、幸福小学等项目。支持稳步提升海拉尔航空港。"),
			want: []string{"呼伦贝尔副都统衙门景区", "第三中学东山分校", "正阳街小学教学综合楼", "海拉尔航空港"}},
		"a town before a generic facility": {text: plan("加快奋斗镇田园综合体建设。"),
			want: []string{"奋斗镇田园综合体"}},
		"figures, extents and categories are no works": {text: plan("群众走上“幸福路”,全面构建“八横六纵三高速”交通大格局。打通西二环北延(北三环至建业路)。中国华能、许继电气、中国英利等一批央(国)企项目落户满城。完成技术转移转化项目10个以上。做到脱贫不脱帮扶、脱贫不脱政策、脱贫不脱项目。继续加大对环卫PPP项目公司的监督管理。"),
			want: []string{"西二环北延"}, not: []string{"幸福路", "八横六纵三高速", "北三环", "央(国)企项目", "技术转移转化项目", "脱贫不脱项目", "环卫PPP项目"}},
		"a slogan that runs past its sentence": {text: plan("实施城市外延工程,按照“管廊开路,热力进城;整体规划,片区推进;三横十纵,启动新区”的思路,谋划建设东部、南部新城。"),
			not: []string{"管廊开路"}},
		"institutions listed among projects": {text: plan("推进智慧康养示范中心、金秋家园养老院等项目,实施医养结合和适老化改造。"),
			want: []string{"智慧康养示范中心", "金秋家园养老院"}},
		"an institution being built": {text: plan("推进健康养老产业发展,重点推进哈克区域敬老院建设。"),
			want: []string{"哈克区域敬老院"}},
		"ecological restoration works": {text: plan("攻坚收尾“白茬山”矿山生态修复治理,实施12处白洋淀上游流域历史遗留废弃矿山生态修复。完成矿山生态修复12处。"),
			want: []string{"白洋淀上游流域历史遗留废弃矿山生态修复", "“白茬山”矿山生态修复"}, not: []string{"攻坚收尾“白茬山”矿山生态修复", "矿山生态修复"}},
		"a scenic area improved as a whole": {text: plan("全力支持保定市动物保护科普教育基地建设,推动汉墓景区系统提升,擦亮城市名片。"),
			want: []string{"汉墓景区", "保定市动物保护科普教育基地"}},
		"streets inside a zone's name": {text: plan("稳步推进湖南路北柳园路西片区、高铁新城二片区、张炉集片区、广平镇二片区等区域土地征收成片开发。"),
			not: []string{"湖南路", "柳园路"}},
		"kinds and ranges are no names": {text: review("在特定区域合作建设开发各种产业园区。从田间地头到工厂车间,从乡村社区到机关学校。"),
			not: []string{"特定区域合作建设开发各种产业园区", "乡村社区到机关学校", "机关学校"}},
		"bases listed before 等…基地": {text: plan("壮大聚蜂园、西龙门等电商基地,支持跨境电商业务。"),
			want: []string{"聚蜂园", "西龙门"}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			checkNames(t, run(t, tc.text), TypeProject, tc.want, tc.not)
		})
	}
}
