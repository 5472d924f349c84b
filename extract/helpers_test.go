package extract

import (
	"testing"
)

// planHead opens a plan report (东昌府区, review 2023, plan 2024); review
// and plan wrap body text in its results part or its tasks part.
const planHead = "关于东昌府区2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"

func review(body string) string {
	return planHead + "一、2023年国民经济和社会发展计划执行情况\n" + body + "\n"
}

func plan(body string) string {
	return planHead + "一、2023年国民经济和社会发展计划执行情况\n过去的一年。\n三、2024年国民经济和社会发展计划的主要任务\n" + body + "\n"
}

// run extracts text and fails the test on error.
func run(t *testing.T, text string) *Result {
	t.Helper()
	res, err := Text("test.txt", text, EncUTF8)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// names returns the names and aliases of the entities of one type.
func names(res *Result, typ string) map[string]bool {
	out := map[string]bool{}
	for _, e := range res.Entities {
		if e.Type == typ {
			out[e.Name] = true
			for _, a := range e.Aliases {
				out[a] = true
			}
		}
	}
	return out
}

// checkNames asserts that every wanted name is found with the type and
// that no unwanted one is.
func checkNames(t *testing.T, res *Result, typ string, want, not []string) {
	t.Helper()
	got := names(res, typ)
	for _, w := range want {
		if !got[w] {
			t.Errorf("%s %q not found; got %v", typ, w, got)
		}
	}
	for _, n := range not {
		if got[n] {
			t.Errorf("%s %q found, should not be", typ, n)
		}
	}
}

// entityName maps ids to names for relation checks.
func entityName(res *Result) map[string]string {
	out := map[string]string{}
	for _, e := range res.Entities {
		out[e.ID] = e.Name
	}
	return out
}
