package ingest

import (
	"context"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/extract"
	"github.com/policygraph/policygraph/graphmodel"
	"github.com/policygraph/policygraph/resources"
)

// backends opens a fresh store of each kind.
var backends = map[string]func(t *testing.T) *graphmodel.Store{
	"memory": func(t *testing.T) *graphmodel.Store { return openMemory(t) },
	"bolt": func(t *testing.T) *graphmodel.Store {
		st, _ := openBolt(t)
		return st
	},
}

// TestManyDocuments imports two real reports of two districts of one city
// (清苑区 and 满城区, both in 保定市) into each kind of store and checks
// how their facts merge, stay apart and go away.
func TestManyDocuments(t *testing.T) {
	a := extractFile(t, corpusFile(t, "04_qingyuanqu_2024.txt"))
	b := extractFile(t, corpusFile(t, "06_manchengqu_2023.txt"))
	for name, open := range backends {
		t.Run(name, func(t *testing.T) {
			st := open(t)
			importResults(t, st, a, b)
			checkPoliciesMerge(t, st, a, b)
			checkTownsByPlace(t, st)
			checkIndicatorValues(t, st, a, b)
			both := snapshot(t, st)
			importResults(t, st, b)
			assertUnchanged(t, st, both)

			if err := st.RemoveDocument(context.Background(), b.Documents[0].ID); err != nil {
				t.Fatal(err)
			}
			onlyA := openMemory(t)
			importResults(t, onlyA, a)
			assertUnchanged(t, st, snapshot(t, onlyA))
			checkIndicatorValues(t, st, a)
			importResults(t, st, b)
			assertUnchanged(t, st, both)
		})
	}
}

// TestTownsKeyedByPlace puts one real sentence about a town into reports
// of two places: the town of one place is not the town of the other.
func TestTownsKeyedByPlace(t *testing.T) {
	const sentence = "郑家镇获批省级金融管家试点。"
	if !strings.Contains(string(resources.Report), sentence) {
		t.Fatal("the bundled report no longer holds the test sentence")
	}
	other := "政府工作报告\n——2024年1月23日在保定市清苑区第三届人民代表大会第四次会议上\n一、2023年工作回顾\n" + sentence + "\n"
	res, err := extract.Text("other.txt", other, extract.EncUTF8)
	if err != nil {
		t.Fatal(err)
	}
	for name, open := range backends {
		t.Run(name, func(t *testing.T) {
			st := open(t)
			withBundled(t, st)
			importResults(t, st, res)
			nodes, err := st.Find(context.Background(), "郑家镇")
			if err != nil {
				t.Fatal(err)
			}
			places := map[string]string{}
			for _, n := range nodes {
				if n.Type == extract.TypeTown {
					places[n.Place] = n.ID
				}
			}
			if len(places) != 2 || places["东昌府区"] == "" || places["清苑区"] == "" {
				t.Fatalf("towns named 郑家镇 by place: %v, want one in 东昌府区 and one in 清苑区", places)
			}
			checkTownsByPlace(t, st)
		})
	}
}

func extractFile(t *testing.T, path string) *extract.Result {
	t.Helper()
	res, err := extract.File(path)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func importResults(t *testing.T, st *graphmodel.Store, rs ...*extract.Result) {
	t.Helper()
	for _, r := range rs {
		if err := st.Import(context.Background(), r); err != nil {
			t.Fatal(err)
		}
	}
}

// namesOf returns the names of the entities of one type in a result.
func namesOf(r *extract.Result, typ string) map[string]bool {
	out := map[string]bool{}
	for _, e := range r.Entities {
		if e.Type == typ {
			out[e.Name] = true
		}
	}
	return out
}

// checkPoliciesMerge: a policy both reports name is one node whose
// evidence comes from both documents.
func checkPoliciesMerge(t *testing.T, st *graphmodel.Store, a, b *extract.Result) {
	t.Helper()
	ctx := context.Background()
	inB := namesOf(b, extract.TypePolicy)
	shared := 0
	for name := range namesOf(a, extract.TypePolicy) {
		if !inB[name] {
			continue
		}
		shared++
		nodes, err := st.Find(ctx, name)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, n := range nodes {
			if n.Type == extract.TypePolicy && n.Name == name {
				ids = append(ids, n.ID)
			}
		}
		if len(ids) != 1 {
			t.Errorf("policy %s: %d nodes %v, want one", name, len(ids), ids)
			continue
		}
		ev, err := st.Mentions(ctx, ids[0])
		if err != nil {
			t.Fatal(err)
		}
		docs := map[string]bool{}
		for _, e := range ev {
			docs[e.Doc] = true
		}
		if !docs[a.Documents[0].ID] || !docs[b.Documents[0].ID] {
			t.Errorf("policy %s: evidence from %v, want both documents", name, docs)
		}
	}
	if shared == 0 {
		t.Error("the two reports share no policy name: the test checks nothing")
	}
}

// checkTownsByPlace: every town carries its place in its id, and every
// sentence that mentions it comes from a report of that place.
func checkTownsByPlace(t *testing.T, st *graphmodel.Store) {
	t.Helper()
	ctx := context.Background()
	docs, err := st.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	placeOf := map[string]string{}
	for _, d := range docs {
		placeOf[d.ID] = d.Place
	}
	towns, err := st.Nodes(ctx, []string{extract.TypeTown})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range towns {
		if n.Place == "" || !strings.Contains(n.ID, "/"+n.Place+"/") {
			t.Errorf("town %s (%s) is not keyed by its place", n.ID, n.Place)
		}
		ev, err := st.Mentions(ctx, n.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range ev {
			if placeOf[e.Doc] != n.Place {
				t.Errorf("town %s of %s is mentioned in a report of %s", n.ID, n.Place, placeOf[e.Doc])
			}
		}
	}
}

// checkIndicatorValues: every value the extractor read is in the store
// with its document and year, and so with the document's place.
// (IndicatorRow.Place itself is empty: the extractor sets Entity.Place
// only for towns and regions, and the store copies it from the entity.)
func checkIndicatorValues(t *testing.T, st *graphmodel.Store, rs ...*extract.Result) {
	t.Helper()
	ctx := context.Background()
	type key struct {
		doc, place, name, kind string
		year                   int
	}
	docs, err := st.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	placeOf := map[string]string{}
	for _, d := range docs {
		placeOf[d.ID] = d.Place
	}
	rows, err := st.Indicators(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	stored := map[key]bool{}
	for _, r := range rows {
		stored[key{r.Evidence.Doc, placeOf[r.Evidence.Doc], r.Name, r.Kind, r.Year}] = true
	}
	for _, r := range rs {
		d := r.Documents[0]
		for _, v := range r.Indicators {
			if k := (key{d.ID, d.Place, v.Name, v.Kind, v.Year}); !stored[k] {
				t.Errorf("indicator value %+v not stored with its document, place and year", k)
			}
		}
	}
}

// TestIndicatorAcrossYears imports the bundled report and the same report
// a year earlier (its years shifted back): an indicator of the place is
// one entity whose values of both years, each with its document, can be
// read side by side.
func TestIndicatorAcrossYears(t *testing.T) {
	text, enc, err := extract.Decode(resources.Report)
	if err != nil {
		t.Fatal(err)
	}
	earlier := strings.NewReplacer("2023年", "2022年", "2024年", "2023年").Replace(text)
	now := extractText(t, "now.txt", text, enc)
	before := extractText(t, "before.txt", earlier, enc)
	if now.Documents[0].ReviewYear != before.Documents[0].ReviewYear+1 {
		t.Fatalf("review years %d and %d", now.Documents[0].ReviewYear, before.Documents[0].ReviewYear)
	}
	inBefore := map[string]bool{}
	for _, v := range before.Indicators {
		inBefore[v.Entity] = true
	}
	for name, open := range backends {
		t.Run(name, func(t *testing.T) {
			st := open(t)
			importResults(t, st, now, before)
			checkIndicatorValues(t, st, now, before)
			shared := 0
			for _, v := range now.Indicators {
				if !inBefore[v.Entity] {
					continue
				}
				shared++
				rows, err := st.Indicators(context.Background(), v.Entity)
				if err != nil {
					t.Fatal(err)
				}
				years := map[string]map[int]bool{now.Documents[0].ID: {}, before.Documents[0].ID: {}}
				for _, r := range rows {
					years[r.Evidence.Doc][r.Year] = true
				}
				if !years[now.Documents[0].ID][v.Year] || !years[before.Documents[0].ID][v.Year-1] {
					t.Errorf("%s: years by document %v, want %d and %d", v.Entity, years, v.Year, v.Year-1)
				}
			}
			if shared == 0 {
				t.Error("no indicator in both years: the test checks nothing")
			}
		})
	}
}

func extractText(t *testing.T, path, text, enc string) *extract.Result {
	t.Helper()
	res, err := extract.Text(path, text, enc)
	if err != nil {
		t.Fatal(err)
	}
	return res
}
