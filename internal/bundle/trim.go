package bundle

import (
	"bytes"
	"encoding/binary"
	"image"
	_ "image/gif"  // decks may hold GIF pictures
	_ "image/jpeg" // and JPEG
	_ "image/png"  // and PNG

	_ "golang.org/x/image/webp" // and WebP
)

// trimmedPicture returns a picture without what follows its data. The deck
// checker decodes a picture and stops at its end, so that a PNG followed by
// megabytes of zeros passes the check: kept whole, the zeros would fill the
// decks folder (or the browser's storage) for nothing, and might hide
// anything. Cut at the end its format marks, the kept file is what was
// decoded. The cut picture is decoded again, and kept whole when that fails
// (an end misread): it is within its limit anyway. Sounds are kept whole,
// since their headers' sizes are too often wrong to cut by.
func trimmedPicture(data []byte) []byte {
	end := len(data)
	switch {
	case bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")):
		end = pngEnd(data)
	case bytes.HasPrefix(data, []byte("\xff\xd8")):
		end = jpegEnd(data)
	case bytes.HasPrefix(data, []byte("GIF87a")) || bytes.HasPrefix(data, []byte("GIF89a")):
		end = gifEnd(data)
	case len(data) >= 12 && string(data[:4]) == "RIFF" && string(data[8:12]) == "WEBP":
		end = riffEnd(data)
	}
	if end <= 0 || end >= len(data) {
		return data
	}
	if _, _, err := image.Decode(bytes.NewReader(data[:end])); err != nil {
		return data
	}
	return data[:end]
}

// pngEnd returns where a PNG ends: after its IEND chunk; 0 when it cannot be
// found.
func pngEnd(data []byte) int {
	for at := 8; at+12 <= len(data); {
		n := int(binary.BigEndian.Uint32(data[at:]))
		if n < 0 || n > len(data) {
			return 0
		}
		next := at + 12 + n
		if string(data[at+4:at+8]) == "IEND" {
			return next
		}
		at = next
	}
	return 0
}

// jpegEnd returns where a JPEG ends: after its EOI marker (FF D9), found by
// walking its segments and skipping their entropy-coded data; 0 when it
// cannot be found.
func jpegEnd(data []byte) int {
	at := 2
	for at+2 <= len(data) {
		if data[at] != 0xff {
			return 0
		}
		m := data[at+1]
		switch {
		case m == 0xff: // fill byte
			at++
			continue
		case m == 0xd9:
			return at + 2
		case m == 0x01 || m >= 0xd0 && m <= 0xd7: // no length
			at += 2
			continue
		}
		if at+4 > len(data) {
			return 0
		}
		at += 2 + int(binary.BigEndian.Uint16(data[at+2:]))
		if m != 0xda { // not the start of a scan
			continue
		}
		// Entropy-coded data runs to the next marker: an FF not followed by
		// 00 (a stuffed FF) nor by a restart marker.
		for at+1 < len(data) && !(data[at] == 0xff && data[at+1] != 0 && (data[at+1] < 0xd0 || data[at+1] > 0xd7)) {
			at++
		}
	}
	return 0
}

// gifEnd returns where a GIF ends: after its trailer (3B), found by walking
// its blocks; 0 when it cannot be found.
func gifEnd(data []byte) int {
	if len(data) < 13 {
		return 0
	}
	at := 13
	if flags := data[10]; flags&0x80 != 0 {
		at += 3 << (flags&7 + 1)
	}
	subBlocks := func() bool {
		for at < len(data) {
			n := int(data[at])
			at += 1 + n
			if n == 0 {
				return true
			}
		}
		return false
	}
	for at < len(data) {
		switch data[at] {
		case 0x3b:
			return at + 1
		case 0x21: // extension: label, sub-blocks
			at += 2
			if !subBlocks() {
				return 0
			}
		case 0x2c: // image: descriptor, local colours, LZW code size, sub-blocks
			if at+10 > len(data) {
				return 0
			}
			flags := data[at+9]
			at += 10
			if flags&0x80 != 0 {
				at += 3 << (flags&7 + 1)
			}
			at++
			if !subBlocks() {
				return 0
			}
		default:
			return 0
		}
	}
	return 0
}

// riffEnd returns where a RIFF file (WebP) ends, as its header says.
func riffEnd(data []byte) int {
	n := int64(binary.LittleEndian.Uint32(data[4:]))
	end := 8 + n + n&1 // a chunk of odd size is padded
	if end > int64(len(data)) {
		return 0
	}
	return int(end)
}
