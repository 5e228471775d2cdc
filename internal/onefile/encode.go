// Package onefile makes declic.html, Déclic's web build in one HTML file
// that plays from a double-click (file://) without any network request, and
// adds decks to such a page (declic bundle).
//
// Binary data (the gzip-compressed wasm, a zip of decks) is carried in
// <script type="application/octet-stream"> elements, encoded seven bits to a
// character: 8/7 of the size, where base64 costs 4/3, which keeps
// declic.html under 8 MB. The encoding is base-122's idea fitted to an
// HTML script element: a 7-bit group is written as the ASCII character of
// that value, except the three an HTML parser would not give back as they
// are (NUL, turned into U+FFFD; CR, turned into LF; '<', which could end
// the element); such a group and the next one go into one two-byte UTF-8
// character instead.
package onefile

import (
	"errors"
	"strings"
)

// unsafe lists the 7-bit values never written as themselves, in the order
// of their index in a two-byte character.
var unsafe = [...]byte{0x00, 0x0D, '<'}

// unsafeIndex returns v's index in unsafe, or -1.
func unsafeIndex(v byte) int {
	for i, u := range unsafe {
		if v == u {
			return i
		}
	}
	return -1
}

// Encode returns data as text for a script element of a UTF-8 page. The
// decoder needs len(data) besides the text: the last group is padded with
// zero bits.
func Encode(data []byte) string {
	var b strings.Builder
	b.Grow(len(data)*8/7 + 16)
	groups := sevenBits(data)
	for i := 0; i < len(groups); i++ {
		v := groups[i]
		k := unsafeIndex(v)
		if k < 0 {
			b.WriteByte(v)
			continue
		}
		var next byte // padding when v is the last group
		if i+1 < len(groups) {
			i++
			next = groups[i]
		}
		b.WriteRune(rune(k+1)<<7 | rune(next)) // 0x80 to 0x1FF: two bytes in UTF-8
	}
	return b.String()
}

// sevenBits cuts data into 7-bit groups, most significant bits first, the
// last one padded with zeros.
func sevenBits(data []byte) []byte {
	out := make([]byte, 0, (len(data)*8+6)/7)
	var acc uint32
	bits := 0
	for _, c := range data {
		acc = acc<<8 | uint32(c)
		bits += 8
		for bits >= 7 {
			bits -= 7
			out = append(out, byte(acc>>bits)&0x7F)
		}
		acc &= 1<<bits - 1
	}
	if bits > 0 {
		out = append(out, byte(acc<<(7-bits))&0x7F)
	}
	return out
}

// ErrCorrupt is returned by Decode for text Encode cannot have written.
var ErrCorrupt = errors.New("onefile: corrupt data")

// Decode reverses Encode: the n bytes text carries. The page's script does
// the same in JavaScript (decodeJS); Decode is there for the tests and for
// reading a bundled page back.
func Decode(text string, n int) ([]byte, error) {
	out := make([]byte, 0, n)
	var acc uint32
	bits := 0
	push := func(v byte) {
		acc = acc<<7 | uint32(v)
		bits += 7
		if bits >= 8 {
			bits -= 8
			if len(out) < n {
				out = append(out, byte(acc>>bits))
			}
			acc &= 1<<bits - 1
		}
	}
	for _, r := range text {
		switch {
		case r < 0x80:
			push(byte(r))
		case r < rune(0x80*(len(unsafe)+1)):
			push(unsafe[r>>7-1])
			push(byte(r & 0x7F))
		default:
			return nil, ErrCorrupt
		}
	}
	if len(out) != n {
		return nil, ErrCorrupt
	}
	return out, nil
}

// decodeJS is Decode in JavaScript, for the page: the bytes of a script
// element written by Encode, n of them.
const decodeJS = `function declicDecode(text, n) {
  const unsafe = [0x00, 0x0D, 0x3C];
  const out = new Uint8Array(n);
  let o = 0, acc = 0, bits = 0;
  const push = (v) => {
    acc = (acc << 7) | v;
    bits += 7;
    if (bits >= 8) {
      bits -= 8;
      if (o < n) out[o++] = acc >> bits;
      acc &= (1 << bits) - 1;
    }
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) push(c);
    else { push(unsafe[(c >> 7) - 1]); push(c & 0x7F); }
  }
  if (o !== n) throw new Error("damaged page: " + o + " bytes of " + n);
  return out;
}`
