package export

import (
	"time"

	"github.com/policygraph/policygraph/graphmodel"
)

// The fixture is a small neighbourhood built by hand from sentences of the
// bundled report, e.g. "堂邑镇入选省级乡村振兴齐鲁样板示范区" and
// "实施斗虎屯镇玄帝都(杨氏家庙)、堂邑镇许家祠堂修缮工程".
const (
	docID    = "doc/0a1b2c"
	docTitle = "东昌府区2023年国民经济和社会发展计划执行情况与2024年计划草案的报告"
	sentence = "堂邑镇入选省级乡村振兴齐鲁样板示范区,创建省市级和美乡村示范村18个。"
)

// fixedDate keeps the default caption stable in tests.
var fixedDate = time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)

func evidence(s string) []graphmodel.Evidence {
	return []graphmodel.Evidence{{Doc: docID, DocTitle: docTitle, Section: "一(三)", Year: 2023, Sentence: s}}
}

// sampleGraph returns the fixture subgraph.
func sampleGraph() graphmodel.Subgraph {
	return graphmodel.Subgraph{
		Nodes: []graphmodel.Node{
			{ID: "town/东昌府区/堂邑镇", Type: "town", Name: "堂邑镇", Aliases: []string{"堂邑"}, Place: "东昌府区", Degree: 4},
			{ID: "policy/省级乡村振兴齐鲁样板示范区", Type: "policy", Name: "省级乡村振兴齐鲁样板示范区", Degree: 2},
			{ID: "region/东昌府区", Type: "region", Name: "东昌府区", Place: "东昌府区", Degree: 3},
			{ID: "town/东昌府区/斗虎屯镇", Type: "town", Name: "斗虎屯镇", Place: "东昌府区", Degree: 1},
			{ID: "project/堂邑镇许家祠堂修缮工程", Type: "project", Name: "堂邑镇许家祠堂修缮工程", Degree: 1},
			{ID: "enterprise/鲁西化工集团", Type: "enterprise", Name: "鲁西化工集团", Degree: 1},
			{ID: "indicator/东昌府区/地区生产总值", Type: "indicator", Name: "地区生产总值 GDP “增速”", Degree: 1},
			{ID: "organisation/区农业农村局", Type: "organisation", Name: "区农业农村局", Degree: 1},
		},
		Edges: []graphmodel.Edge{
			{From: "town/东昌府区/堂邑镇", To: "policy/省级乡村振兴齐鲁样板示范区", Predicate: "selected_for", Evidence: evidence(sentence)},
			{From: "town/东昌府区/堂邑镇", To: "region/东昌府区", Predicate: "part_of", Evidence: evidence(sentence)},
			{From: "town/东昌府区/斗虎屯镇", To: "region/东昌府区", Predicate: "part_of", Evidence: evidence(sentence)},
			{From: "project/堂邑镇许家祠堂修缮工程", To: "town/东昌府区/堂邑镇", Predicate: "located_in", Evidence: evidence("(3)实施斗虎屯镇玄帝都(杨氏家庙)、堂邑镇许家祠堂修缮工程。")},
			{From: "project/堂邑镇许家祠堂修缮工程", To: "town/东昌府区/堂邑镇", Predicate: "planned", Status: "实施"},
			{From: "enterprise/鲁西化工集团", To: "region/东昌府区", Predicate: "located_in", Evidence: evidence(sentence)},
			{From: "indicator/东昌府区/地区生产总值", To: "region/东昌府区", Predicate: "measures", Evidence: evidence(sentence)},
			{From: "organisation/区农业农村局", To: "policy/省级乡村振兴齐鲁样板示范区", Predicate: "supports", Evidence: evidence(sentence)},
		},
	}
}

// samplePositions places the fixture's nodes on a circle of radius 150
// around the region, the first node at the far left edge so that a label
// sticks out of the node extent.
func samplePositions() map[string]point {
	return map[string]point{
		"town/东昌府区/堂邑镇":         {-150, 0},
		"policy/省级乡村振兴齐鲁样板示范区":  {-110, -120},
		"region/东昌府区":           {0, 0},
		"town/东昌府区/斗虎屯镇":        {150, 0},
		"project/堂邑镇许家祠堂修缮工程":   {-100, 110},
		"enterprise/鲁西化工集团":     {100, 110},
		"indicator/东昌府区/地区生产总值": {100, -110},
		"organisation/区农业农村局":   {0, -160},
	}
}
