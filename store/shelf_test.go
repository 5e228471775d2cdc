package store

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFolderShelfRefusesKeysThatAreNotDecks(t *testing.T) {
	shelf := FolderShelf{Dir: t.TempDir()}
	for _, key := range []string{"", "..", "../x", `a\b`, "a/b", "c:x"} {
		_, _, err := shelf.Keep(key, nil)
		assert.Error(t, err, key)
	}
}
