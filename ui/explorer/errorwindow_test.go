package explorer

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/policygraph/policygraph/graphmodel"
)

func TestErrorWindowSaysWhy(t *testing.T) {
	a := test.NewTempApp(t)
	err := fmt.Errorf("cannot open the store /x: %w: held by process 42 (policygraph)", graphmodel.ErrLocked)
	w := ErrorWindow(a, err)
	var texts []string
	for _, l := range labelsUnder(w.Content()) {
		texts = append(texts, l.Text)
	}
	all := strings.Join(texts, "\n")
	for _, want := range []string{"另一个 PolicyGraph", "process 42"} {
		if !strings.Contains(all, want) {
			t.Errorf("window text %q lacks %q", all, want)
		}
	}
}
