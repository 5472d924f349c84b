package explorer

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/policygraph/policygraph/ingest"
)

// importExtensions are the file name extensions the import dialog lists:
// reports as text, web pages or Word documents (extract.ReadFile tells
// them apart by content) and N-Quads.
var importExtensions = []string{".txt", ".html", ".htm", ".docx", ".nq", ".nquads"}

// importable reports whether a file name looks like something ingest
// reads.
func importable(name string) bool {
	return slices.Contains(importExtensions, strings.ToLower(filepath.Ext(name)))
}

// listImportable returns the importable files in dir, sorted.
func listImportable(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read folder %s: %w", dir, err)
	}
	var out []string
	for _, en := range entries {
		if !en.IsDir() && importable(en.Name()) {
			out = append(out, filepath.Join(dir, en.Name()))
		}
	}
	sort.Strings(out)
	return out, nil
}

// showImportDialog lets the analyst tick several report files, from a
// folder or one by one, and imports them.
func (e *Explorer) showImportDialog() {
	files := widget.NewCheckGroup(nil, nil)
	add := func(paths ...string) {
		for _, p := range paths {
			files.Append(p)
			files.Selected = append(files.Selected, p)
		}
		files.Refresh()
	}
	folder := widget.NewButton("选择文件夹…", func() {
		dialog.ShowFolderOpen(func(u fyne.ListableURI, err error) {
			if err != nil || u == nil {
				e.report(err)
				return
			}
			paths, err := listImportable(u.Path())
			e.report(err)
			add(paths...)
		}, e.win)
	})
	file := widget.NewButton("添加文件…", func() {
		d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
			if err != nil || r == nil {
				e.report(err)
				return
			}
			_ = r.Close()
			add(r.URI().Path())
		}, e.win)
		d.SetFilter(storage.NewExtensionFileFilter(importExtensions))
		d.Show()
	})
	hint := widget.NewLabel("报告：纯文本（.txt，UTF-8、UTF-16 或 GBK）、网页（.html、.htm）或 Word 文档（.docx）；或 N-Quads 图数据（.nq）。勾选要导入的文件：")
	hint.Wrapping = fyne.TextWrapBreak
	body := container.NewBorder(container.NewVBox(hint, container.NewHBox(folder, file)), nil, nil, nil, container.NewVScroll(files))
	d := dialog.NewCustomConfirm("导入文档", "导入", "取消", body, func(ok bool) {
		if ok && len(files.Selected) > 0 {
			e.Import(files.Selected)
		}
	}, e.win)
	d.Resize(fyne.NewSize(640, 420))
	d.Show()
}

// Import extracts and imports the files off the UI goroutine with a
// progress dialog, then reloads every view and reports what happened.
func (e *Explorer) Import(paths []string) {
	bar := widget.NewProgressBar()
	msg := widget.NewLabel("准备导入…")
	prog := dialog.NewCustomWithoutButtons("导入文档", container.NewVBox(msg, bar), e.win)
	prog.Resize(fyne.NewSize(420, 140))
	prog.Show()
	go func() {
		outcomes, err := ingest.Files(context.Background(), e.st, paths, func(file string, done, total int) {
			fyne.Do(func() {
				bar.SetValue(float64(done) / float64(max(total, 1)))
				if file != "" {
					msg.SetText(fmt.Sprintf("正在抽取并导入（%d/%d）%s", done+1, total, filepath.Base(file)))
				}
			})
		})
		fyne.Do(func() {
			prog.Hide()
			e.afterImport(outcomes, err)
		})
	}()
}

// afterImport reloads the views and summarises the outcomes.
func (e *Explorer) afterImport(outcomes []ingest.Outcome, err error) {
	e.matrix.invalidate()
	e.inds.invalidate()
	e.reload()
	var lines []string
	ok := 0
	for _, o := range outcomes {
		if o.Err != nil {
			lines = append(lines, fmt.Sprintf("✗ %s：%s", filepath.Base(o.Path), plain(o.Err)))
			continue
		}
		ok++
		lines = append(lines, fmt.Sprintf("✓ %s：%s，%d 个实体", filepath.Base(o.Path), o.Document.Title, o.Entities))
	}
	if err != nil && len(outcomes) == 0 {
		lines = append(lines, plain(err))
	}
	msg := widget.NewLabel(fmt.Sprintf("成功导入 %d 个文件，共 %d 个。\n\n%s", ok, len(outcomes), strings.Join(lines, "\n")))
	msg.Wrapping = fyne.TextWrapBreak
	d := dialog.NewCustom("导入完成", "确定", container.NewVScroll(msg), e.win)
	d.Resize(fyne.NewSize(560, 320))
	d.Show()
}

// importBundledIfEmpty imports the bundled report on the first run, with
// a progress dialog, and then focuses the best connected entity.
func (e *Explorer) importBundledIfEmpty() {
	docs, err := e.st.Documents(e.ctx)
	if err != nil || len(docs) > 0 {
		e.report(err)
		return
	}
	prog := dialog.NewCustomWithoutButtons("首次运行", container.NewVBox(
		widget.NewLabel("正在抽取并导入内置报告（东昌府区 2024 年计划报告）…"),
		widget.NewProgressBarInfinite()), e.win)
	prog.Show()
	go func() {
		_, err := ingest.EnsureBundled(context.Background(), e.st)
		fyne.Do(func() {
			prog.Hide()
			e.report(err)
			e.matrix.invalidate()
			e.inds.invalidate()
			e.reload()
			e.focusTop()
		})
	}()
}
