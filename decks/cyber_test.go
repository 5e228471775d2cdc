package decks

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"declic/cards"
)

// cyberReflexes are the reflexes of "Cybersécurité au quotidien" and of its
// English adaptation, word for word as their head comments list them.
var cyberReflexes = map[string][]string{
	"fr/cybersecurite": {
		"Un code reçu par SMS ne se donne à personne, même à un proche.",
		"Je ne clique pas\u00a0: je tape moi-même l'adresse du site officiel ou j'ouvre l'appli officielle.",
		"Au moindre doute, je vérifie par un autre moyen\u00a0: j'appelle la personne ou le service au numéro que je connais.",
		"Je protège mes comptes\u00a0: un mot de passe long et différent pour chacun, et la double authentification.",
		"J'installe les mises à jour et je garde une copie de mes fichiers ailleurs.",
		"Si je me suis fait avoir, j'agis vite\u00a0: je préviens ma banque et je me fais aider sur 17cyber.gouv.fr.",
	},
	"en/everyday-cybersecurity": {
		"Never share a code sent to your phone, not even with a friend.",
		"Don't click: type the official address yourself or open the official app.",
		"If in doubt, check another way: call the person or the organisation on a number you know.",
		"Protect your accounts: a long, different password for each, and 2-step verification.",
		"Install updates, and keep a copy of your files somewhere else.",
		"If you've been caught out, act fast: call your bank and report it to Report Fraud.",
	},
}

var cyberAudience = map[string][]string{
	"fr/cybersecurite":          {"adultes", "seniors"},
	"en/everyday-cybersecurity": {"adults", "seniors"},
}

var cyberVerdicts = map[string][]cards.Verdict{
	"fr/cybersecurite":          {{Key: "arnaque", Label: "Arnaque"}, {Key: "legitime", Label: "Légitime"}, {Key: "douteux", Label: "Douteux"}},
	"en/everyday-cybersecurity": {{Key: "scam", Label: "Scam"}, {Key: "genuine", Label: "Genuine"}, {Key: "unsure", Label: "Unsure"}},
}

// TestTheCybersecurityDecks: "Cybersécurité au quotidien" (issue 12) and its
// English adaptation mix messages to judge, scored like "Arnaque ou pas ?",
// with questions on everyday security habits; the English deck mirrors the
// French one's counts so that a facilitator can run either.
func TestTheCybersecurityDecks(t *testing.T) {
	decks := load(t)
	counts := make(map[string]map[string]int)
	for _, key := range []string{"fr/cybersecurite", "en/everyday-cybersecurity"} {
		d := decks[key]
		if !assert.NotNil(t, d, key) {
			continue
		}
		assert.GreaterOrEqual(t, len(d.Cards), 30, "%s: at least 30 cards", key)
		assert.Subset(t, d.Audience, cyberAudience[key], "%s: for adults and seniors", key)
		assert.Equal(t, cyberVerdicts[key], d.Verdicts, "%s: scored like the scam decks", key)
		c := map[string]int{"cards": len(d.Cards)}
		pictures := 0
		for _, card := range d.Cards {
			c[string(card.Kind)]++
			if card.Kind == cards.KindVerdict {
				c["verdict:"+card.Verdict]++
			}
			if card.Image != "" {
				pictures++
			}
			assert.NotEmpty(t, card.Easy, "%s/%s: an easy-to-read wording", key, card.ID)
			assert.Len(t, card.Discuss, 2, "%s/%s: two prompts for the discussion", key, card.ID)
			assert.Contains(t, cyberReflexes[key], card.Reflex, "%s/%s: a reflex of the deck's six, word for word", key, card.ID)
			assert.LessOrEqual(t, len([]rune(card.Text)), 220, "%s/%s: the main text fits a projector card", key, card.ID)
			if card.Kind == cards.KindVerdict {
				assert.NotEmpty(t, card.Hints, "%s/%s: how to check, before a second vote", key, card.ID)
				checkScamReveal(t, d, card)
			} else {
				assert.LessOrEqual(t, len([]rune(card.Explanation)), 300, "%s/%s: a short explanation", key, card.ID)
			}
		}
		assert.GreaterOrEqual(t, c[string(cards.KindVerdict)], 15, "%s: messages and situations to judge", key)
		assert.GreaterOrEqual(t, c[string(cards.KindChoice)], 10, "%s: questions on everyday habits", key)
		assert.GreaterOrEqual(t, share(d, legitimate(key)), 0.3, "%s: at least 30 %% of the situations are legitimate: caution is not suspicion of everything", key)
		assert.Positive(t, c["verdict:"+doubtful(key)], "%s: some situations are doubtful", key)
		assert.LessOrEqual(t, pictures, 6, "%s: 6 pictures at most", key)
		counts[key] = c
	}
	if fr, en := counts["fr/cybersecurite"], counts["en/everyday-cybersecurity"]; fr != nil && en != nil {
		assert.Equal(t, fr["cards"], en["cards"], "the English deck has as many cards as the French one")
		assert.Equal(t, fr[string(cards.KindVerdict)], en[string(cards.KindVerdict)], "as many situations")
		assert.Equal(t, fr[string(cards.KindChoice)], en[string(cards.KindChoice)], "as many questions")
		assert.Equal(t, fr["verdict:legitime"], en["verdict:genuine"], "as many legitimate situations")
		assert.Equal(t, fr["verdict:douteux"], en["verdict:unsure"], "as many doubtful situations")
	}
}

func legitimate(key string) string {
	if key == "fr/cybersecurite" {
		return "legitime"
	}
	return "genuine"
}

func doubtful(key string) string {
	if key == "fr/cybersecurite" {
		return "douteux"
	}
	return "unsure"
}
