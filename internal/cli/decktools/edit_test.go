package decktools

import (
	"declic/internal/cli"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestEditUsage(t *testing.T) {
	status, stdout, stderr := runFor(t, "fr_FR.UTF-8", "edit", "infox", "nuance")
	assert.Equal(t, cli.ExitUsage, status)
	assert.Empty(t, stdout)
	assert.Equal(t, "declic edit attend au plus un jeu\u00a0: declic edit [JEU]\n", stderr)

	status, _, stderr = runFor(t, "en_GB.UTF-8", "edit", "pas-un-deck")
	assert.Equal(t, cli.ExitInvalid, status)
	assert.Contains(t, stderr, "This deck does not exist")
}
