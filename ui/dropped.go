package ui

import (
	"io/fs"
	"reflect"

	"declic/internal/safefile"
)

// onDisk returns the files dropped on the window as declic check reads
// them: each dropped file or folder read again from disk through safefile
// (safefile.Files), so that a folder's symbolic link to a private picture
// outside it is refused, and a FIFO or a device never blocks or fills the
// game. Ebitengine's own file system of dropped files follows links out of
// the folders and opens FIFOs blocking (os.Open).
//
// Ebitengine keeps the dropped paths without giving them out: they are read
// from its file system's paths field (internal/file.VirtualFS in
// Ebitengine 2.8; TestDroppedPathsKnowEbitengine pins the version). Files
// whose paths cannot be told are not read at all.
func onDisk(dropped fs.FS) fs.FS {
	if dropped == nil {
		return nil
	}
	paths, _ := droppedPaths(dropped)
	return safefile.FilesOf(paths)
}

// droppedPaths returns the paths Ebitengine's file system of dropped files
// holds, if it is the kind of file system expected.
func droppedPaths(dropped fs.FS) ([]string, bool) {
	v := reflect.ValueOf(dropped)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return nil, false
	}
	f := v.Elem().FieldByName("paths")
	if !f.IsValid() || f.Kind() != reflect.Slice || f.Type().Elem().Kind() != reflect.String {
		return nil, false
	}
	paths := make([]string, f.Len())
	for i := range paths {
		paths[i] = f.Index(i).String() // reading an unexported field is allowed; only Interface is not
	}
	return paths, true
}
