package explorer

import (
	"strings"
	"testing"
)

func TestWindowTitleNamesDocuments(t *testing.T) {
	e := newTestExplorer(t)
	title := e.Window().Title()
	if !strings.Contains(title, "东昌府区 2024") {
		t.Errorf("title %q does not name the loaded document", title)
	}
}
