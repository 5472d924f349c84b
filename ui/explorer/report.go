package explorer

import (
	"errors"

	"fyne.io/fyne/v2/dialog"

	"github.com/policygraph/policygraph/graphmodel"
)

// report shows err, if any, in a dialog in plain words.
func (e *Explorer) report(err error) {
	if err == nil {
		return
	}
	e.setStatus("出错：" + err.Error())
	dialog.ShowInformation("操作未完成", plain(err), e.win)
}

// plain explains an error to an analyst, keeping the detail below.
func plain(err error) string {
	var head string
	switch {
	case errors.Is(err, graphmodel.ErrNoPath):
		head = "这两个实体之间没有关系路径。"
	case errors.Is(err, graphmodel.ErrNotFound):
		head = "找不到这个实体，它可能已随文档一起被移除。"
	case errors.Is(err, graphmodel.ErrLocked):
		head = "数据库正被另一个 PolicyGraph 窗口或命令使用，请先关闭它。"
	case errors.Is(err, graphmodel.ErrNotAStore):
		head = "所选目录不是 PolicyGraph 数据库。"
	default:
		return err.Error()
	}
	return head + "\n\n（" + err.Error() + "）"
}
