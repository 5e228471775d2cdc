package ui_test

import (
	"testing"

	"declic/ui/internal/looptest"
)

// TestMain runs the tests inside Ebitengine's game loop (looptest): pixels
// of an image can be read back and ebiten.KeyName answers only once the loop
// runs. The pixel tests are in pixel_test.go.
func TestMain(m *testing.M) { looptest.Main(m, "ui tests") }
