package workbook

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCellNames(t *testing.T) {
	for _, tc := range []struct {
		cell Cell
		want string
	}{
		{Cell{0, 0}, "A1"},
		{Cell{8, 7}, "H9"},
		{Cell{9, 25}, "Z10"},
		{Cell{9, 26}, "AA10"},
		{Cell{0, 701}, "ZZ1"},
		{Cell{0, 702}, "AAA1"},
	} {
		assert.Equal(t, tc.want, tc.cell.String())
	}
	assert.Equal(t, "Mon quiz", Text{Fr: "Mon quiz", En: "My quiz"}.In("fr"))
	assert.Equal(t, "My quiz", Text{Fr: "Mon quiz", En: "My quiz"}.In("en-GB"))
}
