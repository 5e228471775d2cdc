package pdfdoc

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// TestArabicIsShapedInVisualOrder checks the shaping against forms worked
// out by hand from the Unicode charts: each letter in its joined form
// (initial, medial or final, as its neighbours join; a letter standing
// alone is its own character, whose glyph the isolated form shares), lam
// and alef as their one ligature, the line reversed to be drawn left to
// right, its numbers kept left to right.
func TestArabicIsShapedInVisualOrder(t *testing.T) {
	a, err := newArabic()
	require.NoError(t, err)
	for _, tc := range []struct {
		name, in, want string
	}{
		// ص initial FEBB, ق medial FED8, و final FEEE, ر alone 0631 (و
		// joins no letter after it): drawn from the left, ر first.
		{"falcons", "صقور", "\u0631\ufeee\ufed8\ufebb"},
		// ل then ا: the ligature lam-alef, isolated FEFB at a word's
		// start, final FEFC after a letter that joins it (س initial FEB3,
		// م alone 0645).
		{"lam-alef", "لا", "\ufefb"},
		{"peace", "سلام", "\u0645\ufefc\ufeb3"},
		// الفريق: ا alone 0627, ل initial FEDF, ف medial FED4, ر final
		// FEAE, ي initial FEF3, ق final FED6; the number at the line's
		// left end, its digits in their order.
		{"a number", "الفريق 12", "12 \ufed6\ufef3\ufeae\ufed4\ufedf\u0627"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := a.visual(tc.in)
			require.True(t, ok)
			assert.Equal(t, tc.want, got, "%+q", got)
			// The forms are the same letters: read in reverse, they are
			// the text.
			assert.Equal(t, norm.NFKC.String(tc.in), norm.NFKC.String(reverseDigitsKept(got)))
		})
	}
}

// reverseDigitsKept reverses a visual line back to reading order, its runs
// of digits kept as they stand.
func reverseDigitsKept(s string) string {
	var runs []string
	r := []rune(s)
	for i := 0; i < len(r); {
		j := i + 1
		for j < len(r) && isDigit(r[j]) == isDigit(r[i]) {
			j++
		}
		seg := r[i:j]
		if !isDigit(r[i]) {
			seg = append([]rune(nil), seg...)
			for a, b := 0, len(seg)-1; a < b; a, b = a+1, b-1 {
				seg[a], seg[b] = seg[b], seg[a]
			}
		}
		runs = append([]string{string(seg)}, runs...)
		i = j
	}
	return strings.Join(runs, "")
}

func TestIsArabic(t *testing.T) {
	for in, want := range map[string]bool{
		"صقور":        true,
		"الفريق 2 !":  true,
		"Les Lynx":    false,
		"Les صقور":    false, // Noto Sans Arabic has no Latin letters
		"12":          false,
		"":            false,
		"فريق «نجوم»": true,
	} {
		assert.Equal(t, want, isArabic(in), "%q", in)
	}
}

// TestADocPrintsArabicInItsFont: a cell in Arabic is drawn with Noto Sans
// Arabic (registered then, and only then) and reads back, through
// pdftotext, as its letters; the Latin text around it keeps its font.
func TestADocPrintsArabicInItsFont(t *testing.T) {
	write := func(texts ...string) []byte {
		d, err := New(false)
		require.NoError(t, err)
		d.AddPage()
		d.SetFont(Font, "B", 14)
		for _, s := range texts {
			d.CellFormat(100, 8, s, "", 1, "L", false, 0, "")
		}
		d.MultiCell(30, 6, "فريق النجوم الساطعة في السماء", "", "L", false)
		d.CellFormat(100, 8, "Les Lynx", "", 1, "L", false, 0, "")
		var buf bytes.Buffer
		require.NoError(t, d.Output(&buf))
		return buf.Bytes()
	}
	pdf := write("صقور")
	assert.Contains(t, string(pdf), "/BaseFont /utf8notoarabicB", "the Arabic font embedded, bold as the text around")
	plain, err := New(false)
	require.NoError(t, err)
	plain.AddPage()
	plain.SetFont(Font, "", 10)
	plain.Cell(10, 5, "Les Lynx")
	var buf bytes.Buffer
	require.NoError(t, plain.Output(&buf))
	assert.NotContains(t, buf.String(), "utf8notoarabic", "a document without Arabic embeds no Arabic font")

	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) not installed")
	}
	cmd := exec.Command("pdftotext", "-", "-")
	cmd.Stdin = bytes.NewReader(pdf)
	out, err := cmd.Output()
	require.NoError(t, err)
	text := norm.NFKC.String(string(out))
	assert.Contains(t, text, "Les Lynx")
	// pdftotext reads the forms back as letters; whether it puts them back
	// in reading order is its own affair: either order names the team.
	assert.True(t, strings.Contains(text, "صقور") || strings.Contains(text, "روقص"), "%q", text)
	assert.NotContains(t, text, "?", "no Arabic letter missing")
}

func TestArabicStretches(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []piece
	}{
		{"6 équipes : Les Lynx, الصقور, Les Loutres", []piece{{"6 équipes : Les Lynx, ", false}, {"الصقور", true}, {", Les Loutres", false}}},
		{"Bravo فريق النجوم !", []piece{{"Bravo ", false}, {"فريق النجوم", true}, {" !", false}}},
		{"الصقور 2 et Les Lynx", []piece{{"الصقور", true}, {" 2 et Les Lynx", false}}},
	} {
		assert.Equal(t, tc.want, arabicStretches(tc.in), "%q", tc.in)
	}
}

// TestAFrenchLineWithAnArabicName: the name is drawn in the Arabic font,
// joined, in its place in the sentence; the line's width is the sum of its
// pieces', each in its font, and a line broken by SplitText keeps the
// words in reading order.
func TestAFrenchLineWithAnArabicName(t *testing.T) {
	d, err := New(false)
	require.NoError(t, err)
	d.AddPage()
	d.SetFont(Font, "", 10)
	line := "Bravo à الصقور et aux Lynx !"
	ps := d.pieces(line)
	require.Len(t, ps, 3)
	assert.Equal(t, piece{"Bravo à ", false}, ps[0])
	assert.Equal(t, piece{"\u0631\ufeee\ufed8\ufebc\ufedf\u0627", true}, ps[1], "%+q", ps[1].s)
	assert.Equal(t, piece{" et aux Lynx !", false}, ps[2])
	latin := d.Fpdf.GetStringWidth("Bravo à ") + d.Fpdf.GetStringWidth(" et aux Lynx !")
	assert.Greater(t, d.GetStringWidth(line), latin, "the name has a width, in its font")
	assert.Equal(t, []string{"Bravo à الصقور", "et aux Lynx !"}, d.SplitText(line, d.GetStringWidth("Bravo à الصقور")+2*d.GetCellMargin()+0.1))

	d.MultiCell(60, 5, line, "", "L", false)
	d.CellFormat(0, 5, line, "", 1, "C", false, 0, "")
	var buf bytes.Buffer
	require.NoError(t, d.Output(&buf))
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) not installed")
	}
	cmd := exec.Command("pdftotext", "-", "-")
	cmd.Stdin = &buf
	out, err := cmd.Output()
	require.NoError(t, err)
	text := norm.NFKC.String(string(out))
	assert.NotContains(t, text, "?")
	assert.Contains(t, text, "Bravo à")
	assert.Contains(t, text, "et aux Lynx !")
}
