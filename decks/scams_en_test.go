package decks

import (
	"io/fs"
	"path"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
)

// TestScamOrNot checks the English "Scam or not?", the UK adaptation of
// "Arnaque ou pas ?": 30 messages, the verdicts in the French deck's order
// (scam, genuine, unsure: the mirror test compares them by place), an
// easy-to-read wording on every card and a reveal laid out in parts.
func TestScamOrNot(t *testing.T) {
	d := load(t)["en/scam-or-not"]
	require.NotNil(t, d, "en/scam-or-not")
	assert.Equal(t, []cards.Verdict{{Key: "scam", Label: "Scam"}, {Key: "genuine", Label: "Genuine"}, {Key: "unsure", Label: "Unsure"}}, d.Verdicts)
	assert.Equal(t, "genuine", trueKey(d), "the summary reads \"genuine\" as the true verdict")
	counts := make(map[string]int)
	for _, c := range d.Cards {
		assert.Equal(t, cards.KindVerdict, c.Kind, c.ID)
		counts[c.Verdict]++
		assert.NotEmpty(t, c.Easy, "%s: an easy-to-read wording", c.ID)
		assert.NotEmpty(t, c.Hints, "%s: a tip for the second vote", c.ID)
		assert.Len(t, c.Discuss, 2, "%s: two prompts for the discussion, as in the French deck", c.ID)
		assert.LessOrEqual(t, len([]rune(c.Text)), 220, "%s: a claim that fits a projected card", c.ID)
		checkScamReveal(t, d, c)
		if c.Verdict == "genuine" {
			assert.True(t, strings.HasPrefix(c.Explanation, "Why it is genuine: "), "%s: the explanation says why it can be trusted", c.ID)
		}
		// "Scam" and "Unsure" score alike when the right reflex is to check
		// (the head comment's reflexes 1 and 2); elsewhere a scam's
		// explanation says why "Unsure" is not enough.
		switch {
		case c.Verdict == "unsure":
			assert.Equal(t, []string{"scam"}, c.Accept, "%s: an unsure card counts \"scam\" as right too", c.ID)
		case len(c.Accept) > 0:
			assert.Equal(t, []string{"unsure"}, c.Accept, c.ID)
			assert.Contains(t, []string{checkReflex, callBackReflex}, c.Reflex, "%s: \"unsure\" scores only when the reflex is to check", c.ID)
		case c.Verdict == "scam":
			assert.True(t, strings.HasPrefix(c.Explanation, "Not just unsure: "), "%s: the explanation says why \"unsure\" is not enough", c.ID)
		}
	}
	assert.Equal(t, map[string]int{"scam": 15, "genuine": 11, "unsure": 4}, counts, "the French deck's shares")
}

// The two reflexes of the head comment that say "check it yourself".
const (
	checkReflex    = "I check through the official channel: the website or app I know, never the link I was sent."
	callBackReflex = "I call back a number I already know myself, never the one I'm given."
)

// TestScamOrNotReportsTheUKRoutesOf2026: every place to report is one of the
// routes the head comment lists, and none sends players to Action Fraud,
// which Report Fraud replaced on 4 December 2025.
func TestScamOrNotReportsTheUKRoutesOf2026(t *testing.T) {
	d := load(t)["en/scam-or-not"]
	require.NotNil(t, d)
	routes := []string{"7726", "report@phishing.gov.uk", "159", "Report Fraud", "60599", "101", "999", "NCSC", "council", "site", "social network", "WhatsApp"}
	for _, c := range d.Cards {
		if c.Report == "" {
			continue
		}
		found := false
		for _, r := range routes {
			found = found || strings.Contains(c.Report, r)
		}
		assert.True(t, found, "%s: %q names no known route", c.ID, c.Report)
		assert.NotContains(t, strings.ToLower(c.Report), "action fraud", "%s: Action Fraud became Report Fraud in December 2025", c.ID)
		assert.NotContains(t, c.Report, "actionfraud", c.ID)
		if strings.Contains(c.Report, "Report Fraud") {
			assert.Contains(t, c.Report, "101", "%s: Report Fraud does not cover Scotland: give Police Scotland's 101 too", c.ID)
		}
	}
}

// TestScamOrNotPictures: the deck shows the message on the cards of the
// same kinds as the French deck (15 drawings at most), each picture is
// light enough for the one-file browser build, has its SVG source in _src/
// and is shown by a card.
func TestScamOrNotPictures(t *testing.T) {
	d := load(t)["en/scam-or-not"]
	require.NotNil(t, d)
	used := make(map[string]bool)
	for _, c := range d.Cards {
		if c.Image != "" {
			used[path.Join("en", c.Image)] = true
		}
	}
	const dir = "en/img/scam-or-not"
	entries, err := fs.ReadDir(FS, dir)
	require.NoError(t, err)
	n := 0
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".png") {
			continue
		}
		n++
		name := path.Join(dir, e.Name())
		info, err := e.Info()
		require.NoError(t, err)
		assert.LessOrEqual(t, info.Size(), int64(35_000), "%s: %d bytes", name, info.Size())
		assert.True(t, used[name], "%s: no card shows it", name)
		assert.FileExists(t, path.Join(dir, "_src", strings.TrimSuffix(e.Name(), ".png")+".svg"), "%s: its source", name)
	}
	assert.GreaterOrEqual(t, n, 10, "the cards show the messages they are about")
	assert.LessOrEqual(t, n, 15, "as many drawings as the French deck at most")
	assert.Len(t, used, n, "every card's picture exists")
}
