package extract

// suffixRule says what a name ending in a suffix is and how long the part
// before the suffix may be (in runes). Strict rules also require that the
// suffix end a word: the next rune must not continue it.
type suffixRule struct {
	suffix   string
	typ      string
	min, max int
	strict   bool
}

// suffixLimits refine strict rules: runes that may not precede the suffix
// (道路 is no road name) or follow it (村庄, 乡镇 are no village or township).
var suffixLimits = map[string][2]string{
	"镇":   {"城乡小名星点重", "街村域级区长"},
	"乡":   {"城下家老故山水侨", "镇村土级贤愁亲情"},
	"村":   {"乡农山渔牧区城中名点重色范美板品化留有", "庄民级委集干落组务居镇容卫党两内里头口道史寨"},
	"街道":  {"要背", "办路"},
	"社区":  {"区城村型试范美居慧色点废", "卫服居党工治网生"},
	"新区":  {"", "街建"},
	"新城":  {"", ""},
	"路":   {"道公铁线网思出门马老小大水陆环干一两条头脖路", "网线段径况由子口灯面上费基桥标"},
	"段":   {"阶手地时片路区转", "落位"},
	"行动":  {"上中有和诸速同", ""},
	"制":   {"复编研控抑限体机管定压节牵遏克强绘印", "度定造订作品止约"},
	"计划":  {"有", ""},
	"部":   {"全内外干局总支分本中西东南北俱乐头", "门署分队长位件"},
	"贷":   {"借信放", "款"},
	"街":   {"大小老新商步古街", "道区巷头面景坊上"},
	"渠":   {"水沟干支", "道系"},
	"市场":  {"大要金主务消内外国全路际", "主化监准需体经"},
	"公园":  {"城口街型角袋", "城绿"},
	"中心":  {"个大心新为", "城区镇村"},
	"广场":  {"大小", ""},
	"商圈":  {"", ""},
	"高铁":  {"", "网"},
	"保护区": {"", "内外规域"},
	"项目":  {"", "公库部化"},
	"东线":  {"", "路段"},
	"西线":  {"", "路段"},
	"南线":  {"", "路段"},
	"北线":  {"", "路段"},
}

// suffixRules are the generic heads that end names. No specific place or
// company names: only the heads.
var suffixRules = []suffixRule{
	// towns and named areas
	{"镇", TypeTown, 2, 3, true}, {"乡", TypeTown, 2, 3, true}, {"街道", TypeTown, 2, 4, true},
	{"村", TypeTown, 2, 4, true}, {"社区", TypeTown, 2, 4, true}, {"片区", TypeTown, 2, 10, false},
	{"开发区", TypeTown, 2, 8, false}, {"经济开发区", TypeTown, 2, 6, false}, {"高新区", TypeTown, 2, 6, false},
	{"新区", TypeTown, 2, 4, true}, {"新城", TypeTown, 2, 4, true}, {"苏木", TypeTown, 2, 4, true},
	{"嘎查", TypeTown, 2, 4, true}, {"组团", TypeTown, 2, 4, true}, {"功能区", TypeTown, 2, 6, false},
	{"开采区", TypeTown, 2, 6, false},
	// enterprises
	{"有限公司", TypeEnterprise, 2, 24, false}, {"有限责任公司", TypeEnterprise, 2, 24, false},
	{"公司", TypeEnterprise, 2, 12, true}, {"集团", TypeEnterprise, 2, 8, true}, {"股份", TypeEnterprise, 2, 6, true},
	{"银行", TypeEnterprise, 2, 6, true}, {"专业合作社", TypeEnterprise, 2, 10, true},
	{"科技", TypeEnterprise, 2, 6, true}, {"新材料", TypeEnterprise, 2, 4, true}, {"电气", TypeEnterprise, 2, 4, true},
	{"机械", TypeEnterprise, 2, 4, true}, {"铝业", TypeEnterprise, 2, 4, true}, {"水业", TypeEnterprise, 2, 4, true},
	{"石油", TypeEnterprise, 2, 3, true}, {"航空", TypeEnterprise, 2, 3, true}, {"传媒", TypeEnterprise, 2, 6, true},
	{"环保", TypeEnterprise, 2, 3, true}, {"食品", TypeEnterprise, 2, 3, true}, {"啤酒", TypeEnterprise, 2, 3, true},
	{"电缆", TypeEnterprise, 2, 3, true}, {"索具", TypeEnterprise, 2, 3, true}, {"汽配", TypeEnterprise, 2, 3, true},
	{"实业", TypeEnterprise, 2, 4, true}, {"控股", TypeEnterprise, 2, 4, true}, {"药业", TypeEnterprise, 2, 4, true},
	{"置业", TypeEnterprise, 2, 4, true}, {"乐器", TypeEnterprise, 2, 4, true}, {"进出口", TypeEnterprise, 2, 3, true},
	{"冷藏", TypeEnterprise, 2, 3, true}, {"漆业", TypeEnterprise, 2, 3, true}, {"煤业", TypeEnterprise, 2, 3, true},
	{"牧业", TypeEnterprise, 2, 3, true}, {"纸业", TypeEnterprise, 2, 3, true}, {"钢铁", TypeEnterprise, 2, 3, true},
	{"化工", TypeEnterprise, 2, 3, true}, {"汽车", TypeEnterprise, 2, 5, true}, {"智能装备", TypeEnterprise, 2, 3, true},
	{"汽车零部件", TypeEnterprise, 2, 3, true}, {"物流", TypeEnterprise, 2, 3, true}, {"矿业", TypeEnterprise, 2, 3, true},
	{"能源", TypeEnterprise, 2, 3, true}, {"电力", TypeEnterprise, 2, 3, true}, {"制药", TypeEnterprise, 2, 3, true},
	{"水务", TypeEnterprise, 2, 3, true}, {"宾馆", TypeEnterprise, 2, 4, true}, {"酒店", TypeEnterprise, 2, 6, true},
	// projects, facilities, infrastructure
	{"产业园", TypeProject, 2, 14, false}, {"工业园", TypeProject, 2, 10, false}, {"科技园", TypeProject, 2, 10, false},
	{"物流园", TypeProject, 2, 10, false}, {"文化园", TypeProject, 2, 10, false}, {"创意园", TypeProject, 2, 12, false},
	{"创业园", TypeProject, 2, 10, false}, {"产业园区", TypeProject, 2, 14, false}, {"孵化园", TypeProject, 2, 10, false}, {"园区", TypeProject, 2, 6, true},
	{"基地", TypeProject, 2, 12, false}, {"项目", TypeProject, 2, 24, false}, {"工程", TypeProject, 2, 20, false},
	{"高铁", TypeProject, 2, 8, false}, {"铁路", TypeProject, 2, 8, true}, {"高速", TypeProject, 2, 8, true},
	{"物流港", TypeProject, 2, 14, false}, {"大市场", TypeProject, 2, 8, false}, {"市场", TypeProject, 2, 4, true},
	{"科创中心", TypeProject, 2, 8, false}, {"综合体", TypeProject, 2, 8, true}, {"小学", TypeProject, 2, 6, true},
	{"中学", TypeProject, 2, 6, true}, {"初中", TypeProject, 2, 4, true}, {"高中", TypeProject, 2, 4, true},
	{"幼儿园", TypeProject, 2, 6, true}, {"度假区", TypeProject, 2, 10, false}, {"安置区", TypeProject, 2, 6, true},
	{"安置房", TypeProject, 2, 8, true}, {"渠", TypeProject, 2, 3, true}, {"运河桥", TypeProject, 2, 4, true},
	{"大桥", TypeProject, 2, 4, true}, {"大街", TypeProject, 2, 4, true}, {"路", TypeProject, 2, 4, true},
	{"街", TypeProject, 2, 2, true}, {"南站", TypeProject, 2, 3, true}, {"北站", TypeProject, 2, 3, true},
	{"救援站", TypeProject, 2, 6, true}, {"储气站", TypeProject, 0, 6, true}, {"水厂", TypeProject, 2, 10, true},
	{"污水处理厂", TypeProject, 0, 4, true}, {"热源", TypeProject, 2, 4, true}, {"公园", TypeProject, 2, 6, true},
	{"广场", TypeProject, 2, 6, true}, {"商业街", TypeProject, 2, 8, false}, {"储备库", TypeProject, 2, 8, true},
	{"童话世界", TypeProject, 2, 8, false}, {"欢乐世界", TypeProject, 2, 8, false}, {"体验区", TypeProject, 2, 10, false},
	{"科技馆", TypeProject, 2, 6, true}, {"会展中心", TypeProject, 2, 6, true}, {"博物馆", TypeProject, 1, 6, true},
	{"体育馆", TypeProject, 1, 6, true}, {"图书馆", TypeProject, 1, 6, true}, {"电站", TypeProject, 2, 12, true},
	{"综合楼", TypeProject, 2, 12, true}, {"家庙", TypeProject, 2, 6, true}, {"祠堂", TypeProject, 2, 4, true},
	{"汉墓", TypeProject, 2, 4, true}, {"遗址", TypeProject, 2, 6, true}, {"景区", TypeProject, 2, 10, true},
	{"商圈", TypeProject, 2, 6, true}, {"奥特莱斯", TypeProject, 2, 6, false}, {"新院区", TypeProject, 2, 8, true},
	{"交易中心", TypeProject, 2, 12, true}, {"医养服务中心", TypeProject, 2, 6, true}, {"冷链物流", TypeProject, 2, 8, true},
	{"数据中心", TypeProject, 2, 8, true}, {"大数据中心", TypeProject, 2, 6, true}, {"纪念园", TypeProject, 2, 12, true},
	{"养殖场", TypeProject, 2, 8, true}, {"生产线", TypeProject, 2, 16, true}, {"输变电工程", TypeProject, 2, 10, false},
	{"研发制造", TypeProject, 2, 8, true}, {"升级改造", TypeProject, 2, 10, true}, {"提标改造", TypeProject, 2, 10, true},
	{"城中村改造", TypeProject, 2, 4, true}, {"城市更新", TypeProject, 2, 6, true}, {"区段", TypeProject, 2, 14, false},
	{"段", TypeProject, 2, 10, true}, {"天桥", TypeProject, 2, 8, true}, {"步道", TypeProject, 2, 8, true},
	{"绿道", TypeProject, 2, 8, true}, {"海洋世界", TypeProject, 2, 8, false}, {"教学楼", TypeProject, 2, 12, true},
	{"住院楼", TypeProject, 2, 12, true}, {"门诊楼", TypeProject, 2, 12, true}, {"内科楼", TypeProject, 2, 12, true},
	{"办公楼", TypeProject, 2, 12, true}, {"宿舍楼", TypeProject, 2, 12, true}, {"度假小镇", TypeProject, 2, 10, false},
	{"风情小镇", TypeProject, 2, 10, false}, {"商贸城", TypeProject, 2, 6, true}, {"配件城", TypeProject, 2, 8, true},
	{"商城", TypeProject, 2, 6, true}, {"众创空间", TypeProject, 2, 8, true}, {"景观提升", TypeProject, 2, 12, true},
	{"学校", TypeProject, 3, 10, true}, {"智算中心", TypeProject, 2, 8, true}, {"算力中心", TypeProject, 2, 8, true},
	{"连接线", TypeProject, 2, 14, true}, {"迁改", TypeProject, 2, 12, true}, {"健身中心", TypeProject, 2, 8, true},
	{"大道", TypeProject, 2, 8, true}, {"东线", TypeProject, 2, 4, false}, {"西线", TypeProject, 2, 4, false},
	{"南线", TypeProject, 2, 4, false}, {"北线", TypeProject, 2, 4, false}, {"保护区", TypeProject, 2, 10, false},
	{"消防站", TypeProject, 2, 6, true}, {"航空港", TypeProject, 2, 6, true}, {"分校", TypeProject, 2, 10, true},
	{"生态修复", TypeProject, 2, 18, false}, {"生态恢复", TypeProject, 2, 18, false},
	// organisations
	{"研究院", TypeOrganisation, 2, 12, false}, {"研究所", TypeOrganisation, 2, 12, false}, {"实验室", TypeOrganisation, 2, 16, false},
	{"保健院", TypeOrganisation, 1, 6, true}, {"医院", TypeOrganisation, 1, 8, true}, {"卫生院", TypeOrganisation, 2, 6, true},
	{"农科院", TypeOrganisation, 1, 4, true}, {"科学院", TypeOrganisation, 1, 6, true}, {"学院", TypeOrganisation, 2, 8, true},
	{"大学", TypeOrganisation, 2, 8, true}, {"党校", TypeOrganisation, 1, 4, true}, {"中心", TypeOrganisation, 2, 12, true},
	{"委员会", TypeOrganisation, 2, 10, true}, {"交易所", TypeOrganisation, 2, 8, true}, {"协会", TypeOrganisation, 2, 8, true},
	{"商会", TypeOrganisation, 2, 8, true}, {"管理所", TypeOrganisation, 2, 6, true}, {"公寓", TypeOrganisation, 2, 8, true},
	{"养老院", TypeOrganisation, 2, 6, true}, {"敬老院", TypeOrganisation, 2, 6, true},
	{"主板", TypeOrganisation, 2, 3, true}, {"部", TypeOrganisation, 2, 4, true},
	// programmes, titles, campaigns, events
	{"行动", TypePolicy, 2, 22, false}, {"行动计划", TypePolicy, 2, 22, false}, {"行动方案", TypePolicy, 2, 22, false},
	{"试点", TypePolicy, 2, 22, false}, {"示范区", TypePolicy, 2, 20, false}, {"示范县", TypePolicy, 2, 20, false},
	{"示范市", TypePolicy, 2, 16, false}, {"示范镇", TypePolicy, 2, 16, false}, {"示范村", TypePolicy, 2, 16, false},
	{"示范社", TypePolicy, 2, 16, false}, {"示范点", TypePolicy, 2, 12, false}, {"示范单位", TypePolicy, 2, 16, false},
	{"示范项目", TypePolicy, 2, 16, false}, {"示范企业", TypePolicy, 2, 16, false}, {"示范片区", TypePolicy, 2, 16, false},
	{"示范园区", TypePolicy, 2, 16, false}, {"样板村", TypePolicy, 2, 12, false}, {"样板区", TypePolicy, 2, 12, false},
	{"示范基地", TypePolicy, 2, 16, false}, {"活动基地", TypePolicy, 2, 16, false}, {"名镇", TypePolicy, 2, 12, false}, {"名县", TypePolicy, 2, 12, false},
	{"名品村", TypePolicy, 2, 12, false}, {"特色村", TypePolicy, 2, 12, false}, {"重点村", TypePolicy, 2, 12, false},
	{"集聚区", TypePolicy, 2, 16, false}, {"先行区", TypePolicy, 2, 16, false}, {"先行县", TypePolicy, 2, 16, false},
	{"先进区", TypePolicy, 2, 16, false}, {"先进集体", TypePolicy, 2, 16, false}, {"优秀集体", TypePolicy, 2, 16, false},
	{"先进单位", TypePolicy, 2, 16, false}, {"优胜单位", TypePolicy, 2, 12, false}, {"试点区", TypePolicy, 2, 16, false},
	{"试点县", TypePolicy, 2, 16, false}, {"推进区", TypePolicy, 2, 16, false}, {"试验区", TypePolicy, 2, 16, false},
	{"制", TypePolicy, 2, 6, true}, {"机制", TypePolicy, 2, 14, true}, {"战略", TypePolicy, 2, 20, true},
	{"计划", TypePolicy, 2, 12, true}, {"品牌", TypePolicy, 2, 12, true}, {"工作法", TypePolicy, 2, 16, false},
	{"金奖", TypePolicy, 2, 16, false}, {"优秀奖", TypePolicy, 2, 24, false}, {"质量奖", TypePolicy, 2, 6, false},
	{"改革", TypePolicy, 2, 12, true}, {"模式", TypePolicy, 2, 12, true}, {"文化节", TypePolicy, 2, 24, false},
	{"艺术节", TypePolicy, 2, 24, false}, {"美食节", TypePolicy, 2, 16, false}, {"啤酒节", TypePolicy, 2, 16, false},
	{"戏曲节", TypePolicy, 2, 8, false}, {"丰收节", TypePolicy, 2, 8, false}, {"大赛", TypePolicy, 2, 24, false},
	{"比赛", TypePolicy, 2, 20, false}, {"交流会", TypePolicy, 2, 20, false}, {"运动会", TypePolicy, 2, 16, false},
	{"博览会", TypePolicy, 2, 16, false}, {"论坛", TypePolicy, 2, 20, false}, {"招聘周", TypePolicy, 2, 8, false},
	{"保卫战", TypePolicy, 2, 12, false}, {"攻坚战", TypePolicy, 2, 12, false}, {"专项整治", TypePolicy, 2, 16, false},
	{"专项行动", TypePolicy, 2, 16, false}, {"赛区", TypePolicy, 2, 12, false}, {"文明城市", TypePolicy, 0, 6, false},
	{"卫生城市", TypePolicy, 0, 6, false}, {"森林城市", TypePolicy, 0, 6, false}, {"园林城市", TypePolicy, 0, 6, false},
	{"节水型城市", TypePolicy, 0, 6, false}, {"文明城区", TypePolicy, 0, 6, false}, {"指导中心", TypePolicy, 2, 16, false},
	{"治理体系", TypePolicy, 2, 12, true}, {"生活圈", TypePolicy, 2, 12, false}, {"服务圈", TypePolicy, 2, 12, false},
	{"示范方", TypePolicy, 2, 8, false}, {"示范片", TypePolicy, 2, 8, false}, {"特色小镇", TypePolicy, 0, 8, false},
	{"工作站", TypePolicy, 2, 12, true}, {"人才工程", TypePolicy, 2, 12, false}, {"保护单位", TypePolicy, 2, 10, false},
	{"称号", TypePolicy, 2, 16, false}, {"贷", TypePolicy, 2, 6, true}, {"休闲乡村", TypePolicy, 2, 8, false},
	{"美丽乡村", TypePolicy, 2, 8, false}, {"管理制度", TypePolicy, 2, 12, false},
	{"方案", TypePolicy, 2, 20, true},
	{"突破年", TypePolicy, 2, 10, false}, {"推进年", TypePolicy, 2, 10, false}, {"提升年", TypePolicy, 2, 10, false},
	{"深化年", TypePolicy, 2, 10, false}, {"攻坚年", TypePolicy, 2, 10, false}, {"规范年", TypePolicy, 2, 10, false},
	{"管理年", TypePolicy, 2, 10, false}, {"落实年", TypePolicy, 2, 10, false},
}

// breakWords end a name on its left: verbs, prepositions, adverbs and
// quantifiers that introduce a name but are not part of it.
var breakWords = []string{
	"推进", "推动", "实施", "加快", "加速", "依托", "支持", "开展", "深化", "持续", "启动", "建设", "打造", "创建", "争创", "入选", "获批", "举办",
	"承办", "参加", "组织", "落实", "完善", "健全", "建立", "探索", "围绕", "聚焦", "发挥", "强化", "加强", "提升", "促进", "鼓励", "引导", "培育",
	"坚持", "用好", "巩固", "拓展", "深入", "全面", "扎实", "积极", "大力", "着力", "全力", "努力", "力争", "确保", "新增", "新建", "新改建", "改造",
	"完成", "实现", "谋划", "引进", "招引", "吸引", "入驻", "落户", "对接", "跟进", "成功", "顺利", "荣获", "获评", "获得", "被评为", "认定为",
	"被认定为", "列入", "被列入", "纳入", "申报", "开工", "建成", "投产", "投用", "推行", "实行", "出台", "制定", "编制", "发放", "办好", "做好",
	"抓好", "抓实", "抓住", "落地", "助力", "共建", "携手", "通过", "成立", "设立", "开通", "新培育", "培养", "融入", "配合", "做优", "做强", "做大",
	"壮大", "常态化", "大力发展", "积极发展", "加快发展", "持续开展", "深入开展", "扎实推进", "稳步推进", "加快推进", "统筹推进", "全力推进", "积极推进", "深入推进",
	"有序推进", "全力打造", "倾力打造", "精心打造", "持续推进", "擦亮", "打响", "叫响", "唱响", "承接", "试运行", "拥有", "包括", "以及", "以", "由",
	"在", "对", "向", "从", "于", "把", "将", "让", "使", "被", "的", "等", "或", "全区", "全县", "全市", "全省", "全镇", "我区", "我县",
	"我市", "本区", "本县", "各类", "一批", "一系列", "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "先后", "相继", "分别", "率先",
	"首次", "首批", "今年", "明年", "去年", "全年", "年内", "另外", "此外", "目前", "当前", "预计", "力促", "促成", "这", "那", "其", "该", "是",
	"作为", "成为", "形成", "列为", "评为", "命名为", "确定为", "申请", "达到", "入围", "晋级", "挂牌", "上市", "牵头", "主导", "参与", "带头",
	"领办", "改扩建", "修缮", "征地", "拆迁", "开展了", "实施了", "建成了", "完成了", "加快了", "还有", "了", "赴", "借势", "抓", "大抓", "以上",
	"签约", "新签约", "稳定", "推广", "遴选", "兑现", "争取", "第五轮", "启动编制", "入股", "引入", "加大", "提高", "打通", "建强", "提质建强", "清除",
	"借助", "即", "扶持", "加入", "认定", "争列", "规划布局", "盘活", "解决", "有效解决", "细化", "续建", "增强", "切实", "不断", "破解", "牵住",
	"规划", "谋划建设", "统筹", "提振", "推进实施", "全面推进", "加快实施", "组建", "新上", "上马", "培植", "扶植", "重点抓好", "着力推进", "着力打造",
	"大力推进", "大力实施", "实施好", "建好", "管好", "修建", "兴建", "筹建", "新开工", "复工", "投资建设", "投资", "总投资", "完成投资", "累计完成", "保障",
	"整合", "塑", "付诸", "凝聚", "取得", "用足", "打好", "遏制", "坚决遏制", "活跃", "繁荣", "激发", "释放", "拓宽", "降低", "减少", "压缩", "交付",
	"交付使用", "上升为", "结合", "经过", "执行", "严格执行", "至今", "构建", "营造", "上半年", "下半年", "年底", "年底前", "年初", "收尾", "攻坚收尾", "防止出现", "严防", "杜绝", "避免", "谨防",
}

// weakBreaks break a name only when the text before them ends in a name
// head of the same type ("A示范区和B示范区"), since 和/与 also occur inside
// names of programmes ("生态保护和高质量发展").
var weakBreaks = map[rune]bool{'和': true, '与': true, '及': true, '并': true}

// nameAllowed lists the non-Han runes allowed inside a name.
var nameAllowed = map[rune]bool{'(': true, ')': true, '·': true, '+': true, '-': true, '.': true}

// genericWords are words that alone never make a name: when the part of a
// name before its head is short and made only of these words, the name is
// a generic noun phrase (重点项目, 特色小镇, 农村公路).
var genericWords = []string{
	"重点", "民生", "产业", "园区", "园区类", "基础", "设施", "公益", "文旅", "特色", "示范", "智慧", "美丽", "城乡",
	"城市", "农村", "乡村", "现代", "农业", "服务", "综合", "新型", "各类", "全部", "省级", "市级", "县级", "区级",
	"国家级", "国家", "全国", "全省", "全市", "技改", "招商", "引资", "招商引资", "新能源", "新兴", "传统", "老旧",
	"城区", "城镇", "中心", "小", "大", "新", "老", "旧", "重大", "一般", "主要", "其他", "相关", "试点", "项目",
	"工程", "建设", "改造", "提升", "整治", "治理", "管理", "标准", "标准化", "规范化", "数字", "数字化", "信息",
	"信息化", "网络", "平台", "公共", "文化", "体育", "教育", "卫生", "医疗", "养老", "托育", "社会", "经济", "发展",
	"生态", "环境", "环保", "绿色", "低碳", "安全", "应急", "民营", "国有", "私营", "外资", "外贸", "企业", "工业",
	"商业", "商贸", "物流", "冷链", "电商", "旅游", "休闲", "康养", "健康", "金融", "科技", "创新", "创业", "研发",
	"制造", "制造业", "服务业", "高新", "高端", "先进", "优秀", "优质", "龙头", "骨干", "知名", "大型", "中小",
	"小微", "规上", "规模", "以上", "贫困", "脱贫", "行政", "自然", "中心村", "城中", "街道", "社区", "乡镇", "村",
	"镇", "乡", "区", "县", "市", "省", "该", "本", "各", "全", "每", "一", "两", "三", "多", "几", "首批", "第一批",
	"第二批", "一批", "批", "类", "级", "型", "化", "性", "式", "个", "家", "户", "人", "年", "季", "度", "周",
	"集体", "合作", "专业", "家庭", "个体", "工商", "道路", "公路", "铁路", "水利", "水务", "供水", "排水", "污水",
	"供热", "燃气", "电力", "电网", "通信", "交通", "运输", "客运", "货运", "住房", "保障", "保障性", "安置", "棚改",
	"棚户区", "片区", "开发", "征收", "土地", "用地", "耕地", "农田", "高标准", "水", "林", "草", "田", "湖", "河",
	"山", "路", "桥", "街", "站", "厂", "场", "库", "馆", "园", "院", "校", "所", "中", "小学", "中学", "学校",
	"幼儿", "婴幼儿", "儿童", "老年", "残疾人", "妇女", "青年", "人才", "就业", "消费", "夜间", "夜", "互联网",
	"电子", "商务", "直播", "跨境", "进出口", "外向型", "对外", "开放", "改革", "试验", "先行", "引领", "带动",
	"富民", "兴业", "宜居", "宜业", "和美", "和谐", "平安", "法治", "文明", "诚信", "信用", "质量", "品牌",
	"农产品", "食品", "餐饮", "住宿", "娱乐", "影视", "演艺", "会展", "会议", "博览", "展销", "商品", "产品",
	"新材料", "汽车", "装备", "机械", "电子信息", "生物", "医药", "化工", "钢铁", "有色", "建材", "纺织", "服装",
	"光伏", "风电", "储能", "氢能", "能源", "电池", "芯片", "软件", "大数据", "云计算", "人工智能", "物联网",
	"政府", "专项", "债券", "国债", "储备", "前期", "签约", "已发行", "发行", "投资", "遗留", "优势", "资源", "疏解",
	"协同", "亿元", "过亿元", "高质量", "业态", "更多", "选址", "单独", "两高", "市政", "道", "万亿", "增发", "子",
	"和", "与", "及", "的", "大项目", "好项目", "所有", "保留", "搬迁", "精品", "电气化", "到", "上", "要", "多", "一些",
	"唯一", "优化", "提高", "细化", "破解", "牵住", "严", "规范", "不", "续建", "入园", "攻坚", "争列", "合理", "配套",
	"高品质", "稳步", "荣誉", "房地产", "停滞", "千万元级", "亿元级", "预算内", "各种", "学科", "资金", "央企", "国企", "民企", "一期", "二期", "三期", "商旅", "集中", "成果", "傍河", "活动", "工作", "所有", "主体", "内", "仓储", "安防", "技术", "三甲", "二三级", "项目方",
	"主要", "背街", "小巷", "城区", "有效", "解决", "重建", "恢复", "灾后", "新建", "在建", "拟建", "储备", "谋划",
	"招商", "引进", "落地", "开工", "竣工", "投产", "达效", "重要", "关键", "核心", "一般债", "专项债",
	"院士", "专家", "党委", "人大", "政协", "投融资", "融资", "天然气", "管道", "路网", "升级", "发电", "普通", "各种", "省道", "国道", "县道", "乡道", "硬化", "亮化", "美化", "领域", "同类",
	"卫星", "样板", "功能", "矿山", "蓝天", "碧水", "净土", "制度", "体制", "审批", "财政", "结构性", "供给侧", "薪酬", "人事", "研究生", "博士", "博士后", "基层", "农民", "居民", "市民", "群众", "职工", "百姓", "村民", "农户", "游客", "企业家", "干部",
}

// levelPrefixes start designation titles; a name that starts with one of
// them is a programme or title, whatever its head. Payload 1 marks the
// weak ones (省, 国家): they make a title only of names whose head is not
// a project or organisation (省X储备库 is a depot).
var levelPrefixes = []string{
	"国家级", "全国", "省级", "全省", "市级", "全市", "县级", "区级", "自治区级",
}

var weakLevelPrefixes = []string{"国家", "省", "自治区"}
