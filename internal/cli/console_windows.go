package cli

import (
	"os"
	"syscall"
)

// attachConsole lets the Windows game print what a command says when it is
// typed in a Command Prompt (declic-windows-amd64.exe bundle …). The game is
// built as a GUI program, which opens no console window and has no output of
// its own: it attaches to the console of the prompt that started it, and
// writes there, unless the output is redirected to a file. Opened by a
// double-click, it has no command and does nothing here.
func attachConsole() {
	if len(os.Args) < 2 {
		return
	}
	outOK, errOK := usable(syscall.STD_OUTPUT_HANDLE), usable(syscall.STD_ERROR_HANDLE)
	if outOK && errOK {
		return // a console program, or both redirected
	}
	const attachParentProcess = ^uintptr(0) // (DWORD)-1
	if r, _, _ := syscall.NewLazyDLL("kernel32.dll").NewProc("AttachConsole").Call(attachParentProcess); r == 0 {
		return // started without a console
	}
	con, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0)
	if err != nil {
		return
	}
	if !outOK {
		os.Stdout = con
	}
	if !errOK {
		os.Stderr = con
	}
}

// usable reports whether a standard handle leads somewhere: a console, a
// file or a pipe.
func usable(std int) bool {
	h, err := syscall.GetStdHandle(std)
	if err != nil || h == 0 || h == syscall.InvalidHandle {
		return false
	}
	t, err := syscall.GetFileType(h)
	return err == nil && t != syscall.FILE_TYPE_UNKNOWN
}
