package explorer

import (
	"fmt"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/policygraph/policygraph/export"
	"github.com/policygraph/policygraph/graphmodel"
	"github.com/policygraph/policygraph/ui/graphview"
)

// Export scopes offered in the export dialog.
const (
	scopeAll       = "画布上全部节点"
	scopeView      = "当前视图中的节点"
	scopeSelection = "所选节点及其相邻节点"
)

// exportChoice is what the export dialog asks for.
type exportChoice struct {
	format, scope      string
	scale              float64
	transparent, preds bool
}

// showExportDialog asks for format, scope and scale, then a file name.
func (e *Explorer) showExportDialog() {
	format := widget.NewSelect(export.Formats, nil)
	format.SetSelected("png")
	scope := widget.NewRadioGroup([]string{scopeAll, scopeView, scopeSelection}, nil)
	scope.SetSelected(scopeAll)
	scale := widget.NewSelect([]string{"1", "2", "3", "4"}, nil)
	scale.SetSelected("2")
	transparent := widget.NewCheck("透明背景", nil)
	preds := widget.NewCheck("在关系上标注谓词", nil)
	form := widget.NewForm(
		widget.NewFormItem("格式", format),
		widget.NewFormItem("范围", scope),
		widget.NewFormItem("倍率", scale),
		widget.NewFormItem("", container.NewHBox(transparent, preds)),
	)
	dialog.ShowCustomConfirm("导出", "选择文件…", "取消", form, func(ok bool) {
		if !ok {
			return
		}
		k, _ := strconv.ParseFloat(scale.Selected, 64)
		e.chooseExportFile(exportChoice{format.Selected, scope.Selected, k, transparent.Checked, preds.Checked})
	}, e.win)
}

// chooseExportFile asks where to save, then exports off the UI goroutine.
func (e *Explorer) chooseExportFile(c exportChoice) {
	sub := e.exportSubgraph(c.scope)
	if len(sub.Nodes) == 0 {
		e.report(fmt.Errorf("画布上没有可导出的节点：%w", export.ErrEmpty))
		return
	}
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			e.report(err)
			return
		}
		path := w.URI().Path()
		_ = w.Close()
		e.writeExport(path, sub, c)
	}, e.win)
	d.SetFileName("policygraph." + c.format)
	d.Show()
}

// writeExport exports off the UI goroutine with a progress dialog.
func (e *Explorer) writeExport(path string, sub graphmodel.Subgraph, c exportChoice) {
	quads, err := e.st.Quads(e.ctx, sub)
	if err != nil {
		e.report(err)
		return
	}
	opt := e.exportOptions(c)
	prog := dialog.NewCustomWithoutButtons("导出", widget.NewProgressBarInfinite(), e.win)
	prog.Show()
	go func() {
		err := export.WriteFile(path, sub, quads, opt)
		fyne.Do(func() {
			prog.Hide()
			if err != nil {
				e.report(fmt.Errorf("导出 %s 失败：%w", path, err))
				return
			}
			e.setStatus("已导出 " + path)
		})
	}()
}

// exportOptions turns the dialog's choices into export options, with the
// canvas positions so that an image matches the screen.
func (e *Explorer) exportOptions(c exportChoice) export.Options {
	pos := map[string][2]float64{}
	for id, p := range e.view.Positions() {
		pos[id] = [2]float64{float64(p.X), float64(p.Y)}
	}
	return export.Options{Format: c.format, Scale: c.scale, Transparent: c.transparent, ShowPredicates: c.preds, Positions: pos}
}

// exportSubgraph returns the part of the canvas the scope names.
func (e *Explorer) exportSubgraph(scope string) graphmodel.Subgraph {
	s := e.view.Scene()
	keep := map[string]bool{}
	switch scope {
	case scopeView:
		size := e.view.Size()
		for _, id := range s.IDs() {
			p, _ := e.view.ScreenPos(id)
			keep[id] = p.X >= 0 && p.Y >= 0 && p.X <= size.Width && p.Y <= size.Height
		}
	case scopeSelection:
		sel := e.view.Selected()
		keep[sel] = sel != ""
		for _, ed := range s.Edges {
			if ed.From == sel || ed.To == sel {
				keep[ed.From], keep[ed.To] = true, true
			}
		}
	default:
		for _, id := range s.IDs() {
			keep[id] = true
		}
	}
	return sceneSubgraph(s, keep)
}

// sceneSubgraph returns the nodes of s in keep, the edges among them and,
// as Hidden, the neighbours their "+N" badges count, so that the image
// carries the badges too.
func sceneSubgraph(s *graphview.Scene, keep map[string]bool) graphmodel.Subgraph {
	sub := graphmodel.Subgraph{Hidden: map[string]int{}}
	for _, n := range s.Nodes {
		if keep[n.ID] {
			sub.Nodes = append(sub.Nodes, n)
			if more := s.More[n.ID]; more > 0 {
				sub.Hidden[n.ID] = more
			}
		}
	}
	for _, ed := range s.Edges {
		if keep[ed.From] && keep[ed.To] {
			sub.Edges = append(sub.Edges, ed)
		}
	}
	return sub
}
