package explorer

import "github.com/policygraph/policygraph/ui/uitheme"

// applyTheme sets the light or dark variant of the bundled-font theme.
func (e *Explorer) applyTheme() {
	if e.dark {
		e.app.Settings().SetTheme(uitheme.Dark())
		return
	}
	e.app.Settings().SetTheme(uitheme.Light())
}

// toggleTheme switches between the light and the dark variant.
func (e *Explorer) toggleTheme() {
	e.dark = !e.dark
	e.applyTheme()
	e.view.Refresh()
}
