package editor

import (
	"fmt"
	"os/exec"
	"runtime"
)

// OpenBrowser opens url in the person's default browser, without waiting
// for it; an error means the browser could not be started (the URL is
// printed for the person to copy anyway).
func OpenBrowser(url string) error {
	name, args := browserCommand(runtime.GOOS, url)
	cmd := exec.Command(name, args...)
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	go cmd.Wait()
	return nil
}

// browserCommand returns the command that opens url in the default
// browser of the system goos.
func browserCommand(goos, url string) (string, []string) {
	switch goos {
	case "windows":
		return "rundll32", []string{"url.dll,FileProtocolHandler", url}
	case "darwin":
		return "open", []string{url}
	}
	return "xdg-open", []string{url}
}
