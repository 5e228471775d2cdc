package onefile_test

import (
	"fmt"

	"declic/internal/onefile"
)

// The gzip header's first bytes, 1F 8B 08 00, as seven-bit text: the
// groups 0x0F, 0x62, 0x61, 0x00 (NUL, written with the next group as one
// two-byte character) and the padding.
func ExampleEncode() {
	data := []byte{0x1F, 0x8B, 0x08, 0x00}
	text := onefile.Encode(data)
	fmt.Printf("%q\n", text)
	back, err := onefile.Decode(text, len(data))
	fmt.Printf("% X %v\n", back, err)
	// Output:
	// "\x0fba\u0080"
	// 1F 8B 08 00 <nil>
}
