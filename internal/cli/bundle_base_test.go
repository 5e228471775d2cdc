package cli

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"

	"declic/internal/safefile/safefiletest"
)

// TestBundleBaseThatIsNotAFileIsRefused names as the build to start from a
// FIFO and a link to /dev/zero: refused at once, in words, instead of
// waiting forever for the FIFO or reading /dev/zero until memory runs out.
func TestBundleBaseThatIsNotAFileIsRefused(t *testing.T) {
	for _, make := range []func(testing.TB, string, string) string{safefiletest.Fifo, safefiletest.Zero} {
		e, _, errOut, dir := bundleEnv(t)
		base := make(t, t.TempDir(), "declic.html")
		var code int
		safefiletest.Within(t, func() {
			code = run([]string{"bundle", "--decks", valid, "--from", base, "-o", filepath.Join(dir, "famille.html")}, e)
		})
		assert.Equal(t, ExitInvalid, code)
		assert.Contains(t, errOut.String(), "n'est pas la page declic.html de Déclic")
	}
}
