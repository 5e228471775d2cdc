package decks

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"declic/cards"
)

// numberedReflex is a line of the head comment of "Arnaque ou pas ?" that
// gives one of its reflexes: "# 1. Je vérifie par le canal officiel…".
var numberedReflex = regexp.MustCompile(`^#\s*(\d)\.\s+(.+?)\s*$`)

// arnaquesReflexes returns the numbered reflexes of the head comment of
// fr/arnaques, in their order: the first two are the "check it yourself"
// ones, for which "arnaque" and "douteux" count alike.
func arnaquesReflexes(t *testing.T) []string {
	t.Helper()
	text, ok := deckFiles(t)["fr/arnaques"]
	require.True(t, ok, "fr/arnaques")
	var out []string
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimRight(line, "\r")
		if !strings.HasPrefix(line, "#") {
			break // the head comment ends at the first line that is not a comment
		}
		if m := numberedReflex.FindStringSubmatch(line); m != nil {
			assert.Equal(t, string(rune('1'+len(out))), m[1], "the reflexes are numbered 1, 2, 3… in order")
			out = append(out, m[2])
		}
	}
	return out
}

func arnaquesDeck(t *testing.T) *cards.Deck {
	t.Helper()
	d := load(t)["fr/arnaques"]
	require.NotNil(t, d, "fr/arnaques")
	return d
}

// TestArnaquesReflexesAreTheHeadCommentsList: every card of "Arnaque ou
// pas ?" gives, word for word, one of the five or six reflexes numbered in
// the deck's head comment, and each of them is used: the reveal repeats a
// few reflexes thirty times, card-specific advice lives in the red flags and
// the explanation.
func TestArnaquesReflexesAreTheHeadCommentsList(t *testing.T) {
	reflexes := arnaquesReflexes(t)
	assert.GreaterOrEqual(t, len(reflexes), 5, "five or six reflexes in the head comment")
	assert.LessOrEqual(t, len(reflexes), 6, "five or six reflexes in the head comment")
	used := make(map[string]int)
	for _, c := range arnaquesDeck(t).Cards {
		if assert.Contains(t, reflexes, c.Reflex, "%s: its reflex is one of the head comment's, word for word", c.ID) {
			used[c.Reflex]++
		}
	}
	for _, r := range reflexes {
		assert.Positive(t, used[r], "the reflex %q of the head comment is given by no card", r)
	}
}

// TestArnaquesAcceptFollowsTheReflex: the head comment's rule for scoring
// "douteux". When the right reflex is to check it yourself (reflexes 1 and
// 2), a scam also counts "douteux" right and a doubtful message "arnaque":
// either answer leads to the same check. When the message itself asks what
// no honest sender asks (reflexes 3 to 6), only "arnaque" counts, and the
// explanation says at the reveal why "douteux" is not enough. A legitimate
// message never counts "arnaque" right.
func TestArnaquesAcceptFollowsTheReflex(t *testing.T) {
	reflexes := arnaquesReflexes(t)
	require.GreaterOrEqual(t, len(reflexes), 2)
	check := reflexes[:2]
	for _, c := range arnaquesDeck(t).Cards {
		if c.Kind != cards.KindVerdict {
			continue
		}
		checking := slices.Contains(check, c.Reflex)
		switch c.Verdict {
		case "arnaque":
			if checking {
				assert.Equal(t, []string{"douteux"}, c.Accept, "%s: a scam to check by the official channel counts « douteux » right", c.ID)
			} else {
				assert.Empty(t, c.Accept, "%s: the message asks what no honest sender asks: only « arnaque » counts", c.ID)
				assert.True(t, strings.HasPrefix(c.Explanation, "Pas seulement douteux"), "%s: the explanation says why « douteux » is not enough: %q", c.ID, c.Explanation)
			}
		case "douteux":
			assert.True(t, checking, "%s: a doubtful message is settled by checking (reflex 1 or 2)", c.ID)
			assert.Equal(t, []string{"arnaque"}, c.Accept, "%s: a doubtful message counts « arnaque » right: the reflex is the same", c.ID)
		case "legitime":
			assert.NotContains(t, c.Accept, "arnaque", "%s: a legitimate message is never counted a scam", c.ID)
		}
	}
}

// reportRoutes are the places to report or get help named by the deck's
// head comment, as they are in 2026, and the sender's own channels.
var reportRoutes = []string{"33700", "signal-spam.fr", "internet-signalement.gouv.fr", "17cyber.gouv.fr", "THESEE", "Perceval", "J'alerte l'Arcep", "site d'annonces", "réseau social", "site de rencontre", "mairie", "le 17"}

// TestArnaquesReportRoutesAreThoseOf2026: every scam and doubtful message
// says where to report it, by a route of 2026; Cybermalveillance.gouv.fr is
// named only as help (one does not report or file a complaint there), and
// the Info Escroqueries line, whose 2025 status could not be confirmed, is
// not given.
func TestArnaquesReportRoutesAreThoseOf2026(t *testing.T) {
	for _, c := range arnaquesDeck(t).Cards {
		if c.Report == "" {
			continue
		}
		found := false
		for _, r := range reportRoutes {
			if strings.Contains(c.Report, r) {
				found = true
			}
		}
		assert.True(t, found, "%s: the report names a route of 2026: %q", c.ID, c.Report)
		if i := strings.Index(c.Report, "cybermalveillance.gouv.fr"); i >= 0 {
			before := c.Report[max(0, i-30):i]
			assert.True(t, strings.Contains(before, "aide") || strings.Contains(before, "conseil"), "%s: Cybermalveillance is help, not where to report: %q", c.ID, c.Report)
		}
		assert.NotContains(t, c.Report, "805", "%s: Info Escroqueries is not given", c.ID)
	}
}
