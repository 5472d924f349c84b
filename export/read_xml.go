package export

import (
	"encoding/xml"
	"fmt"

	"github.com/policygraph/policygraph/graphmodel"
)

// graphMLDoc is the part of a GraphML file ReadGraph uses.
type graphMLDoc struct {
	Keys []struct {
		ID   string `xml:"id,attr"`
		Name string `xml:"attr.name,attr"`
	} `xml:"key"`
	Graphs []struct {
		Nodes []graphMLElem `xml:"node"`
		Edges []graphMLElem `xml:"edge"`
	} `xml:"graph"`
}

// graphMLElem is a GraphML node or edge.
type graphMLElem struct {
	ID     string `xml:"id,attr"`
	Source string `xml:"source,attr"`
	Target string `xml:"target,attr"`
	Data   []struct {
		Key   string `xml:"key,attr"`
		Value string `xml:",chardata"`
	} `xml:"data"`
}

// parseGraphML reads the first graph of a GraphML document, naming data by
// their keys' attr.name (or the key id when it has none).
func parseGraphML(data []byte) (graphmodel.Subgraph, error) {
	var doc graphMLDoc
	if err := xml.Unmarshal(data, &doc); err != nil {
		return graphmodel.Subgraph{}, fmt.Errorf("%w: %w", ErrInput, err)
	}
	if len(doc.Graphs) == 0 {
		return graphmodel.Subgraph{}, fmt.Errorf("%w: no graph element", ErrInput)
	}
	names := map[string]string{}
	for _, k := range doc.Keys {
		names[k.ID] = k.Name
		if k.Name == "" {
			names[k.ID] = k.ID
		}
	}
	values := func(el graphMLElem) attrs {
		a := attrs{}
		for _, d := range el.Data {
			if n, ok := names[d.Key]; ok {
				a[n] = d.Value
			} else {
				a[d.Key] = d.Value
			}
		}
		return a
	}
	var sub graphmodel.Subgraph
	g := doc.Graphs[0]
	for _, n := range g.Nodes {
		sub.Nodes = append(sub.Nodes, values(n).node(n.ID, ""))
	}
	for _, e := range g.Edges {
		sub.Edges = append(sub.Edges, values(e).edge(e.Source, e.Target, ""))
	}
	return sub, nil
}

// gexfDoc is the part of a GEXF file ReadGraph uses.
type gexfDoc struct {
	Graph struct {
		Attributes []struct {
			Attrs []struct {
				ID    string `xml:"id,attr"`
				Title string `xml:"title,attr"`
			} `xml:"attribute"`
		} `xml:"attributes"`
		Nodes []gexfElem `xml:"nodes>node"`
		Edges []gexfElem `xml:"edges>edge"`
	} `xml:"graph"`
}

// gexfElem is a GEXF node or edge.
type gexfElem struct {
	ID     string `xml:"id,attr"`
	Label  string `xml:"label,attr"`
	Source string `xml:"source,attr"`
	Target string `xml:"target,attr"`
	Values []struct {
		For   string `xml:"for,attr"`
		Value string `xml:"value,attr"`
	} `xml:"attvalues>attvalue"`
}

// parseGEXF reads a GEXF document, naming attribute values by their
// attributes' titles.
func parseGEXF(data []byte) (graphmodel.Subgraph, error) {
	var doc gexfDoc
	if err := xml.Unmarshal(data, &doc); err != nil {
		return graphmodel.Subgraph{}, fmt.Errorf("%w: %w", ErrInput, err)
	}
	titles := map[string]string{}
	for _, as := range doc.Graph.Attributes {
		for _, a := range as.Attrs {
			titles[a.ID] = a.Title
		}
	}
	values := func(el gexfElem) attrs {
		a := attrs{}
		for _, v := range el.Values {
			if t, ok := titles[v.For]; ok {
				a[t] = v.Value
			} else {
				a[v.For] = v.Value
			}
		}
		return a
	}
	var sub graphmodel.Subgraph
	for _, n := range doc.Graph.Nodes {
		sub.Nodes = append(sub.Nodes, values(n).node(n.ID, n.Label))
	}
	for _, e := range doc.Graph.Edges {
		sub.Edges = append(sub.Edges, values(e).edge(e.Source, e.Target, e.Label))
	}
	return sub, nil
}
