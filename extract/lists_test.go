package extract

import "testing"

func TestListItems(t *testing.T) {
	tests := map[string]struct {
		text string
		typ  string
		want []string
		not  []string
	}{
		"a break word inside a company name": {text: review("加合精细化工、乐凯胶片、康强医疗、天香乳业4家企业荣获省制造业单项冠军。"),
			typ: TypeEnterprise, want: []string{"加合精细化工", "乐凯胶片"}},
		"works words after a place name": {text: plan("谋划启动郊野公园、满城尽带黄金甲和柿子沟改造升级等项目。"),
			typ: TypeProject, want: []string{"柿子沟改造升级", "郊野公园"}},
		"a verb before a generic item opens no item": {text: plan("推进智慧康养示范中心、金秋家园养老院等项目。"),
			typ: TypeProject, not: []string{"推进智慧康养示范中心"}},
		"firms of a batch of state-owned projects": {text: review("中国华能、许继电气、中国英利等一批央（国）企项目落户满城。"),
			typ: TypeEnterprise, want: []string{"中国华能", "许继电气", "中国英利"}},
		"short plain names stand for their company": {text: review("邦泰氨纶技改、德克马仕、华夏智行等8个项目投产或即将竣工,国药乐仁堂、清华智宜科技园等10个项目加速建设。"),
			typ: TypeEnterprise, want: []string{"德克马仕", "华夏智行", "国药乐仁堂"}, not: []string{"邦泰氨纶技改", "清华智宜科技园"}},
		"works and places stay projects": {text: plan("推动总投资138亿元的深能西北郊二期、雨森新型材料等25个项目开工。启动玉川路东延、抱阳路等一批地下综合管廊项目。推进再生水利用、污泥干化等入园项目。"),
			typ: TypeProject, want: []string{"深能西北郊二期", "雨森新型材料", "玉川路东延", "再生水利用", "污泥干化"}},
		"brands listed before 品牌": {text: review("丽邦、雨森品牌入围2022年度中国生活用纸行业匠心产品榜单。"),
			typ: TypeEnterprise, want: []string{"丽邦", "雨森"}},
		"stores listed before 商超": {text: plan("依托惠友、冠兴、华旺、雷通等商超,打造一刻钟便民生活圈。"),
			typ: TypeEnterprise, want: []string{"惠友", "冠兴", "华旺", "雷通"}},
		"a company's partner": {text: review("华能和双良公司实现供热管网互联互通。"),
			typ: TypeEnterprise, want: []string{"华能", "双良公司"}},
		"a known company's partner": {text: review("推动总投资53亿元的英利5GW光伏电池、永红铸机等10个项目竣工。永红铸机与华电共建研究生工作站、亿家红与河北科技大学共建博士工作站。"),
			typ: TypeEnterprise, want: []string{"永红铸机", "华电"}},
		"a partner of a company written before it": {text: review("中国华电和中铁二局三级子公司落户清苑。"),
			typ: TypeEnterprise, want: []string{"中国华电", "中铁二局"}},
		"a company's local store": {text: "政府工作报告\n——2019年3月4日在呼伦贝尔市海拉尔区第十五届人民代表大会第三次会议上\n一、2018年工作回顾\n居然之家海拉尔店投入运营。\n",
			typ: TypeEnterprise, want: []string{"居然之家"}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			checkNames(t, run(t, tc.text), tc.typ, tc.want, tc.not)
		})
	}
}
