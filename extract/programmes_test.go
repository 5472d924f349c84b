package extract

import "testing"

func TestProgrammes(t *testing.T) {
	tests := map[string]struct {
		text string
		want []string
		not  []string
	}{
		"district titles of generic words": {text: plan("争创国家农产品质量安全区,强化农产品标准化生产和全过程追溯体系建设。"),
			want: []string{"国家农产品质量安全区"}},
		"a system and its management": {text: plan("深化村级事务积分制管理,以“小积分”撬动社会大治理、文明大提升。"),
			want: []string{"村级事务积分制"}},
		"a quoted policy before 等政策": {text: plan("全面落实“人才双十条”,用好“燕赵英才卡”等政策。"),
			want: []string{"人才双十条", "燕赵英才卡"}},
		"a long formula joined by +": {text: plan("启动企业投资项目“区域评估+标准地+承诺制+代办制+先建后验”改革,探索农村集体经营性建设用地入市改革举措。"),
			want: []string{"区域评估+标准地+承诺制+代办制+先建后验"}},
		"three quoted names back to back": {text: review("“乐动草原”“两河圣山”“草原音乐之城”完成商标注册。创新推出“纸品贷”“电力贷”“果脯贷”等特色信贷产品。"),
			want: []string{"乐动草原", "两河圣山", "草原音乐之城", "电力贷"}},
		"workstations of generic people": {text: review("永红铸机与华电共建研究生工作站、亿家红与河北科技大学共建博士工作站。"),
			not: []string{"研究生工作站", "博士工作站", "亿家红与河北科技大学共建博士工作站"}},
		"a listed phrase is no title": {text: plan("申报创新券、技术转移转化等奖励资金300万元以上,逐步打造科创强区。"),
			not: []string{"技术转移转化等奖励资金"}},
		"generic national reforms and campaigns": {text: plan("深化财政体制改革。推进行政审批制度改革。深入打好蓝天、碧水、净土保卫战。"),
			not: []string{"财政体制改革", "行政审批制度改革", "净土保卫战"}},
		"titles of the place's purpose": {text: plan("坚持中心城区优先发展战略,以创建全国文明城、国家卫生城为目标,补短板、精管理、塑文明,进一步提升城市建管水平。"),
			want: []string{"全国文明城", "国家卫生城"}},
		"a quoted service launched": {text: review("“政小满”一站式诊断服务平台上线运营。"),
			want: []string{"政小满"}},
		"a quoted generic word before a head": {text: plan("严把“两高”项目生态环境准入关,新增省级绿色工厂企业1家。"),
			not: []string{"“两高”项目", "两高项目"}},
		"构建 opens no name": {text: plan("着力构建环境保护长效机制。"),
			want: []string{"环境保护长效机制"}, not: []string{"构建环境保护长效机制"}},
		"campaign years": {text: plan("大力开展项目突破年活动,抓好总投资321亿元的53个重点项目。"),
			want: []string{"项目突破年"}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			checkNames(t, run(t, tc.text), TypePolicy, tc.want, tc.not)
		})
	}
}
