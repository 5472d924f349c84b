package extract

import "testing"

func TestNames(t *testing.T) {
	tests := map[string]struct {
		text string
		typ  string
		want []string
		not  []string
	}{
		"town before a verb": {text: review("获批省级全域旅游示范区,韩集镇入选省级精品文旅名镇,古楼街道入选省级旅游民宿集聚区培育名单。"),
			typ: TypeTown, want: []string{"韩集镇", "古楼街道"}, not: []string{"韩集镇入选省级"}},
		"village after its township": {text: review("李庄乡北段庄村建成第二批省级“一村一品”示范村。"),
			typ: TypeTown, want: []string{"李庄乡", "北段庄村"}, not: []string{"李庄乡北段庄村"}},
		"zones in a list": {text: plan("稳步推进湖南路北柳园路西片区、高铁新城二片区、张炉集片区、广平镇二片区等区域土地征收成片开发。"),
			typ: TypeTown, want: []string{"湖南路北柳园路西片区", "高铁新城二片区", "张炉集片区", "广平镇二片区"}},
		"generic towns rejected": {text: review("统筹新型城镇化和乡村全面振兴,建设美丽乡村和特色小镇,完善农村公路。"),
			typ: TypeTown, not: []string{"城镇", "乡村", "美丽乡村", "特色小镇", "农村"}},
		"bare town before a title": {text: plan("推进侯营市级乡村振兴示范片区、道口铺市级衔接乡村振兴集中推进区建设。"),
			typ: TypeTown, want: []string{"侯营", "道口铺"}},
		"bare alias of a street": {text: plan("古楼街道入选省级旅游民宿集聚区培育名单。支持古楼创建省级旅游民宿集聚区。"),
			typ: TypeTown, want: []string{"古楼街道", "古楼"}},
		"enterprise heads": {text: review("先后与磐泰集团、润泽科技等知名企业进行对接。金帝股份成功在上交所主板上市。"),
			typ: TypeEnterprise, want: []string{"磐泰集团", "润泽科技", "金帝股份"}},
		"enterprises in a list": {text: review("组织鑫鹏源、埃萨进出口等企业参加境内外展会30余场次。引进中创绿业、力得汽车两家企业落户。"),
			typ: TypeEnterprise, want: []string{"鑫鹏源", "埃萨进出口", "中创绿业", "力得汽车"}},
		"enterprise as subject of a title": {text: review("泰禾被评为省级电商供应链基地。"),
			typ: TypeEnterprise, want: []string{"泰禾"}},
		"company-named projects": {text: plan("确保金鑫新材料等49个项目开工建设。"),
			typ: TypeEnterprise, want: []string{"金鑫新材料"}},
		"project heads": {text: review("轴承保持器产业振兴基地、新能源汽车零部件产业园和数字经济产业园等一批园区类项目加速推进,济郑高铁东昌府区段顺利建成通车。"),
			typ: TypeProject, want: []string{"轴承保持器产业振兴基地", "新能源汽车零部件产业园", "数字经济产业园", "济郑高铁东昌府区段"},
			not: []string{"园区类项目"}},
		"project with and without 项目": {text: review("京东(聊城)数字智慧物流港、中华葫芦文化园项目顺利建成。"),
			typ: TypeProject, want: []string{"京东(聊城)数字智慧物流港", "中华葫芦文化园", "中华葫芦文化园项目"}},
		"facility after its town": {text: plan("实施斗虎屯镇玄帝都(杨氏家庙)、堂邑镇许家祠堂修缮工程。"),
			typ: TypeProject, want: []string{"许家祠堂"}, not: []string{"堂邑镇许家祠堂"}},
		"title before the name": {text: review("实施省级文物保护单位堠堌汉墓保护利用工程。"),
			typ: TypeProject, want: []string{"堠堌汉墓保护利用工程"}},
		"generic projects rejected": {text: plan("全年实施省市区三级重点项目116个,抓好政府专项债券项目前期工作,推动重大项目落地。"),
			typ: TypeProject, not: []string{"重点项目", "政府专项债券项目", "重大项目"}},
		"programme heads": {text: review("实施制造业强区三年攻坚突破行动,以“链长制”为抓手。实施服务业提质增效行动。"),
			typ: TypePolicy, want: []string{"制造业强区三年攻坚突破行动", "链长制", "服务业提质增效行动"}},
		"programme with an inner verb": {text: plan("实施科技型中小企业梯次培育工程,新增高新技术企业15家以上。"),
			typ: TypePolicy, want: []string{"科技型中小企业梯次培育工程"}},
		"quoted brand": {text: plan("持续擦亮“昌•快办”政务服务品牌。深化“信义东昌府”建设。"),
			typ: TypePolicy, want: []string{"昌•快办", "信义东昌府"}},
		"figurative quotes rejected": {text: review("铁塔片区城市更新让老街“华丽蜕变”。政务服务更“接地气”。"),
			typ: TypePolicy, not: []string{"华丽蜕变", "接地气"}},
		"villages of renovation projects": {text: plan("力争大堤口、中冉城中村改造和东石桥河道村搬迁安置房竣工交房。"),
			typ: TypeTown, want: []string{"大堤口", "中冉"}},
		"parent of a subsidiary": {text: review("中国华电和中铁二局三级子公司落户清苑,高质量发展迈出新步伐。"),
			typ: TypeEnterprise, want: []string{"中铁二局"}, not: []string{"中铁二局三级子公司", "中国华电和中铁二局三级子公司"}},
		"registered company name": {text: review("与北供保障（北京）供应链管理有限公司合作。"),
			typ: TypeEnterprise, want: []string{"北供保障（北京）供应链管理有限公司"}},
		"titles in 《》": {text: plan("启动编制《东昌府区碳达峰行动方案》。"),
			typ: TypePolicy, want: []string{"东昌府区碳达峰行动方案"}},
		"newspapers in 《》": {text: review("被《中国改革报》《大众日报》头版宣传报道。"),
			typ: TypeOrganisation, want: []string{"中国改革报", "大众日报"}},
		"streets": {text: review("改造迎宾路、育红路、光泽路,加快建设唐正街、惠民街。"),
			typ: TypeProject, want: []string{"迎宾路", "育红路", "光泽路", "唐正街", "惠民街"}, not: []string{"道路"}},
		"amounts are no names": {text: plan("引进过亿元项目40个以上,招引千万元级项目15个。"),
			typ: TypeProject, not: []string{"过亿元项目", "千万元级项目"}},
		"company behind a project": {text: plan("确保中通新能源汽车升级改造等48个项目投产运营。加快嘉明食品产业园建设。"),
			typ: TypeEnterprise, want: []string{"中通新能源汽车"}, not: []string{"嘉明食品"}},
		"straight quotes pair like curly ones": {text: review(`强力开展"秋收100"、"打渣除痞"等专项行动。硕丰现代农业园区被省政府命名为"省级现代农业园区"。`),
			typ: TypePolicy, want: []string{"秋收100", "打渣除痞", "省级现代农业园区"}},
		"company heads followed by any word": {text: review("引进山东孚日集团、山东金号集团专业人才。我县被阿里巴巴集团评为2016年中国跨境电商创业25佳县。"),
			typ: TypeEnterprise, want: []string{"山东金号集团", "阿里巴巴集团"}},
		"long phrase before a company head": {text: review("第一时间调度保险公司理赔5190万元。"),
			typ: TypeEnterprise, not: []string{"第一时间调度保险公司"}},
		"generic company": {text: plan("推进国有融资平台公司转型升级。"),
			typ: TypeEnterprise, not: []string{"国有融资平台公司"}},
		"company inside a park": {text: review("庞佐电器电料产业园区京阳公司新型线缆项目扎实推进。"),
			typ: TypeEnterprise, want: []string{"京阳公司"}, not: []string{"庞佐电器电料产业园区京阳公司"}},
		"company project keeps its company": {text: review("庞佐电器电料产业园区京阳公司新型线缆项目扎实推进。"),
			typ: TypeProject, want: []string{"庞佐电器电料产业园区", "京阳公司新型线缆项目"}, not: []string{"新型线缆项目"}},
		"facility of a company": {text: review("卡缦公司网上毛巾博物馆上线运营。"),
			typ: TypeProject, want: []string{"网上毛巾博物馆"}, not: []string{"卡缦公司网上毛巾博物馆"}},
		"projects counted without 等": {text: review("桃木疙瘩屠宰加工、直隶黑猪养殖基地、小白羽肉鸡育种3个项目全部建成投产。"),
			typ: TypeProject, want: []string{"桃木疙瘩屠宰加工", "直隶黑猪养殖基地", "小白羽肉鸡育种"}},
		"projects named after places or works": {text: plan("全力支持白石山、涞源湖、七山等35个业态项目上新。"),
			typ: TypeProject, want: []string{"白石山", "涞源湖", "七山"}},
		"companies stand for their projects": {text: review("博远电气等总投资56.5亿元的9个项目竣工投产。"),
			typ: TypeEnterprise, want: []string{"博远电气"}},
		"facilities counted with a modifier": {text: review("扎实推进白石山、七山滑雪场、仙人峪、空中草原等4个A级景区基础设施改造。完成了太和风景、中央尚花园等住宅小区建设。"),
			typ: TypeProject, want: []string{"白石山", "仙人峪", "空中草原", "太和风景", "中央尚花园"}, not: []string{"风景"}},
		"places of a renovation list": {text: review("推进了南沙、南关等旧村改造。"),
			typ: TypeTown, want: []string{"南沙", "南关"}},
		"a preposition opens no list item": {text: review("先后与磐泰集团、润泽科技等知名企业进行对接。"),
			typ: TypeEnterprise, want: []string{"磐泰集团"}, not: []string{"与磐泰集团"}},
		"figures of speech in quotes": {text: review("以“钉钉子”精神落实工作,以“数治”提升城市管理水平,做好“土特产”文章,探索大厅办事“数智化”提升,牵住项目建设“牛鼻子”。以“链长制”为抓手。"),
			typ: TypePolicy, want: []string{"链长制"}, not: []string{"钉钉子", "数治", "土特产", "数智化", "牛鼻子"}},
		"people counted are no programme": {text: review("新纳入防返贫监测对象636户1443人。"),
			typ: TypePolicy, not: []string{"防返贫监测对象"}},
		"facility heads": {text: review("广平大街过街天桥建成开放。打造太行步道120.62公里。佳龙商贸风情小镇启动实施。南水北调县城地表水厂达到试水条件。推进县博物馆建设。"),
			typ: TypeProject, want: []string{"广平大街过街天桥", "太行步道", "佳龙商贸风情小镇", "南水北调县城地表水厂", "县博物馆"}},
		"road sections": {text: review("北二环西段道路建成通车,津保南线、保沧线高阳段新改建绕县城省道项目正在推进。李庄乡北段庄村建成示范村。"),
			typ: TypeProject, want: []string{"北二环西段", "保沧线高阳段"}, not: []string{"李庄乡北段"}},
		"ratings are titles": {text: review("华中温泉假日酒店晋升五星级酒店,七山滑雪景区获评国家4A级旅游景区。"),
			typ: TypePolicy, want: []string{"五星级酒店", "国家4A级旅游景区"}},
		"以 leads a quoted name up to its 为": {text: review("以“厕所革命”、生活垃圾治理、生活污水治理、村庄清洁行动等6项内容为重点。"),
			typ: TypePolicy, want: []string{"厕所革命"}},
		"ordinals are no list items": {text: review("推进第三、第四棚改配套幼儿园等项目的前期准备工作。"),
			typ: TypeProject, not: []string{"第三"}},
		"ring roads": {text: review("西三环南延、南三环、保定南站加快推进。谋划实施滨湖路、城南东环路等市政管网建设。"),
			typ: TypeProject, want: []string{"西三环南延", "南三环", "城南东环路"}},
		"roads need a name": {text: review("扮靓迎宾路,疏通外联路,新改建四好农村路35.8公里。"),
			typ: TypeProject, not: []string{"扮靓迎宾路", "疏通外联路", "四好农村路", "农村路"}},
		"villages after their township": {text: plan("全力争取北石佛镇石道沟、金家井乡寨沟门2个已纳入省级规划的集中开采区新设采矿权指标申报。"),
			typ: TypeTown, want: []string{"北石佛镇", "石道沟", "金家井乡", "寨沟门"}},
		"bare names listed before a verb": {text: review("白石云汐、树下庭院、白石山舍、荆山云宿入选全省“冀忆乡居”百佳精品民宿品牌。"),
			typ: TypeEnterprise, want: []string{"白石云汐", "树下庭院", "白石山舍", "荆山云宿"}},
		"a landform is no company": {text: review("金山口沟获评“全省五星级幸福河湖”。"),
			typ: TypeProject, want: []string{"金山口沟"}},
		"company heads in parallel": {text: plan("加快推进京源城矿业、冀恒矿业矿山生态环境修复工程。"),
			typ: TypeEnterprise, want: []string{"京源城矿业", "冀恒矿业"}},
		"length inside a works name": {text: review("宏润大街暨保沧高速连接线7.6公里大修工程主体完工。乡道25公里翻新改造工程开工建设。"),
			typ: TypeProject, want: []string{"宏润大街暨保沧高速连接线"}, not: []string{"宏润大街暨保沧高速连接线7.6公里大修工程", "乡道25公里翻新改造工程", "乡道"}},
		"yearbooks are works": {text: review("《阜平年鉴(2020)》获全国地方志优秀成果二等奖。"),
			typ: TypeProject, want: []string{"阜平年鉴(2020)"}},
		"titles keep their inner verbs": {text: review("郑家镇成功入选省小城镇创新提升行动卫星镇试点。"),
			typ: TypePolicy, want: []string{"省小城镇创新提升行动卫星镇试点"}, not: []string{"行动卫星镇试点"}},
		"works with an inner verb": {text: review("投资7.2亿元的集中供热锅炉改造一期工程主体完工。"),
			typ: TypeProject, want: []string{"集中供热锅炉改造一期工程"}},
		"power-line works": {text: review("完成110kV邓阮线迁改。"),
			typ: TypeProject, want: []string{"110kV邓阮线迁改"}},
		"facility words in a project list": {text: plan("加快推动会展中心、科技馆等高铁新城项目征地拆迁工作。推动城源路等40条道路、松桂大街运河桥等4座桥梁建设。"),
			typ: TypeProject, want: []string{"会展中心", "科技馆"}, not: []string{"道路"}},
		"ministries": {text: review("玖兴肉鸡养殖作为全省唯一项目,入选农业农村部30个帮扶产业高质量发展典型案例。"),
			typ: TypeOrganisation, want: []string{"农业农村部"}},
		"a generic item is no parallel company": {text: plan("分步探索全域性绿色食品、有机食品基地创建。"),
			typ: TypeEnterprise, not: []string{"有机食品", "绿色食品"}},
		"an object phrase with 的 is no title": {text: plan("全力争取北石佛镇石道沟、金家井乡寨沟门2个已纳入省级规划的集中开采区新设采矿权指标申报。"),
			typ: TypePolicy, not: []string{"省级规划的集中开采区新设采矿权指标申报"}},
		"organisations": {text: plan("依托华为数字赋能中心、中欧人工智能研究院,推动中小微企业数字化转型。"),
			typ: TypeOrganisation, want: []string{"华为数字赋能中心", "中欧人工智能研究院"}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			checkNames(t, run(t, tc.text), tc.typ, tc.want, tc.not)
		})
	}
}

func TestEntityID(t *testing.T) {
	tests := map[string]struct {
		typ, place, name, want string
	}{
		"town keyed by place":      {TypeTown, "涞源县", "白石山镇", "town/涞源县/白石山镇"},
		"indicator keyed by place": {TypeIndicator, "涞源县", "地区生产总值", "indicator/涞源县/地区生产总值"},
		"region":                   {TypeRegion, "涞源县", "涞源县", "region/涞源县"},
		"enterprise ignores place": {TypeEnterprise, "涞源县", "河钢集团", "enterprise/河钢集团"},
		"policy ignores place":     {TypePolicy, "高阳县", "省级园林县城", "policy/省级园林县城"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			if got := EntityID(tc.typ, tc.place, tc.name); got != tc.want {
				t.Errorf("got %s, want %s", got, tc.want)
			}
		})
	}
}
