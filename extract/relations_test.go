package extract

import "testing"

// rel is a relation written with entity names (or the status phrase).
type rel struct {
	sub, pred, obj string
	implicit       bool
}

func TestRelations(t *testing.T) {
	tests := map[string]struct {
		text string
		want []rel
	}{
		"selected for": {text: review("韩集镇入选省级精品文旅名镇。"),
			want: []rel{{"韩集镇", PredSelectedFor, "省级精品文旅名镇", false}}},
		"approved as": {text: review("郑家镇获批省级金融管家试点。"),
			want: []rel{{"郑家镇", PredApprovedAs, "省级金融管家试点", false}}},
		"zero subject": {text: review("旅游消费快速复苏。获批省级全域旅游示范区,韩集镇入选省级精品文旅名镇。"),
			want: []rel{{"东昌府区", PredApprovedAs, "省级全域旅游示范区", true}}},
		"awarded": {text: review("立海冷藏荣获中国绿色食品博览会金奖。"),
			want: []rel{{"立海冷藏", PredAwarded, "中国绿色食品博览会金奖", false}}},
		"listed on": {text: review("金帝股份成功在上交所主板上市。"),
			want: []rel{{"金帝股份", PredListedOn, "上交所主板", false}}},
		"listing planned": {text: plan("全力加快力得科技、齐鲁漆业主板上市进程。"),
			want: []rel{{"力得科技", PredPlanned, "主板上市", false}}},
		"settled by list": {text: review("依托香江电商科创中心,吸引入驻大龙网、淘宝教育等经营主体42家。"),
			want: []rel{{"大龙网", PredLocatedIn, "香江电商科创中心", false}, {"淘宝教育", PredLocatedIn, "香江电商科创中心", false}}},
		"bare town takes part": {text: plan("古楼街道入选省级旅游民宿集聚区培育名单。支持古楼创建省级旅游民宿集聚区。"),
			want: []rel{{"古楼街道", PredParticipatesIn, "省级旅游民宿集聚区", false}}},
		"town before title": {text: plan("推进侯营市级乡村振兴示范片区建设。"),
			want: []rel{{"侯营", PredParticipatesIn, "市级乡村振兴示范片区", false}}},
		"facility in its town": {text: plan("实施斗虎屯镇玄帝都(杨氏家庙)、堂邑镇许家祠堂修缮工程。"),
			want: []rel{{"许家祠堂", PredLocatedIn, "堂邑镇", false}}},
		"passive agent is no subject": {text: review("被水利部命名为全国水土保持示范县。"),
			want: []rel{{"东昌府区", PredApprovedAs, "全国水土保持示范县", true}}},
		"quoted titles joined by 和": {text: review("北店乡西林水村获评“省乡村生态振兴样板村”和“省美丽休闲乡村”。"),
			want: []rel{{"西林水村", PredAwarded, "省乡村生态振兴样板村", false}, {"西林水村", PredAwarded, "省美丽休闲乡村", false}}},
		"completed": {text: review("京东(聊城)数字智慧物流港、中华葫芦文化园项目顺利建成。"),
			want: []rel{{"京东(聊城)数字智慧物流港", PredCompleted, "顺利建成", false}, {"中华葫芦文化园", PredCompleted, "顺利建成", false}}},
		"under construction": {text: review("五道口城乡冷链物流等服务业重点项目加快推进。"),
			want: []rel{{"五道口城乡冷链物流", PredUnderConstruction, "加快推进", false}}},
		"planned in the plan part": {text: plan("加快巴龙国际物流产业园等项目建设。"),
			want: []rel{{"巴龙国际物流产业园", PredPlanned, "建设", false}}},
		"a date before the verb": {text: review("2016年成功创建省级食品药品安全县。"),
			want: []rel{{"东昌府区", PredApprovedAs, "省级食品药品安全县", true}}},
		"unnamed agent of a passive verb": {text: review(`我县被省政府评为"金融环境生态县"。`),
			want: []rel{{"东昌府区", PredApprovedAs, "金融环境生态县", false}}},
		"parallel titles joined by 和": {text: review("申报省级专精特新中小企业和创新型中小企业3家。"),
			want: []rel{{"东昌府区", PredParticipatesIn, "省级专精特新中小企业", true}}},
		"promoted to a rating": {text: review("华中温泉假日酒店晋升五星级酒店。"),
			want: []rel{{"华中温泉假日酒店", PredApprovedAs, "五星级酒店", false}}},
		"the body naming a title is no object": {text: review("玖兴肉鸡养殖作为全省唯一项目,入选农业农村部30个帮扶产业高质量发展典型案例。"),
			want: []rel{{"东昌府区", PredSelectedFor, "帮扶产业高质量发展典型案例", true}}},
		"a scope and count before a title": {text: review("庞口镇被列入全国首批127个中国特色小镇。"),
			want: []rel{{"庞口镇", PredSelectedFor, "中国特色小镇", false}}},
		"places counted before a title": {text: review("城南和龙湖两大乡村振兴示范区完成投资近亿元。"),
			want: []rel{{"城南", PredParticipatesIn, "乡村振兴示范区", false}, {"龙湖", PredParticipatesIn, "乡村振兴示范区", false}}},
		"signed only": {text: review("新签约多功能高精管材研发制造等亿元以上项目32个。"),
			want: []rel{{"多功能高精管材研发制造", PredPlanned, "新签约", false}}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			res := run(t, tc.text)
			byID := entityName(res)
			got := map[rel]bool{}
			for _, r := range res.Relations {
				obj := r.Object
				if !IsStatus(r.Predicate) {
					obj = byID[r.Object]
				}
				got[rel{byID[r.Subject], r.Predicate, obj, r.Implicit}] = true
			}
			for _, w := range tc.want {
				if !got[w] {
					t.Errorf("missing %+v; got %v", w, got)
				}
			}
			for r := range got {
				if r.sub == "水利部" {
					t.Errorf("agent of a passive verb taken as subject: %+v", r)
				}
			}
		})
	}
}
