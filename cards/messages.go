package cards

// msgID names a message a facilitator may read. Its texts live in messages, in
// French and English; a test checks that every identifier has both.
type msgID int

const (
	msgWarningPrefix msgID = iota
	msgMoreAlike

	// Reading files.
	msgNotFound
	msgPermission
	msgUnreadable
	msgNotRegular
	msgDeckLeaves
	msgTooLarge
	msgNoDecks
	msgNotUTF8
	msgInternal
	msgFolderUnreadable

	// TOML syntax.
	msgSyntax
	msgSyntaxCurlyQuote
	msgSyntaxValue
	msgSyntaxUnclosedString
	msgSyntaxStringNewline
	msgSyntaxDuplicateKey
	msgSyntaxEquals
	msgSyntaxArray
	msgSyntaxInlineTable
	msgSyntaxTableName
	msgSyntaxEndOfLine
	msgSyntaxNumber
	msgSyntaxTableRedefined
	msgSyntaxControl
	msgSyntaxEscape
	msgSyntaxNumberRange
	msgSyntaxDate
	msgSyntaxKeyDot
	msgSyntaxTooManyQuotes
	msgTooDeep
	msgKeyTooManyParts
	msgKeyTooLong
	msgTooManyItems

	// Structure and types.
	msgUnknownKey
	msgUnknownKeySuggest
	msgUnknownKeyOtherKind
	msgKeyNotForKind
	msgMissingKey
	msgMissingCardKey
	msgMissingTable
	msgMissingType
	msgWrongType
	msgEmptyText
	msgEmptyList
	msgEmptyItem

	// Value types, as arguments of msgWrongType.
	typeText
	typeInteger
	typeFloat
	typeBool
	typeDate
	typeList
	typeTable
	typeTextList
	typeIntegerList
	typeIntegerOrList
	typeTextOrList
	typeTables

	// The deck.
	msgFormatMissing
	msgFormatUnsupported
	msgBadDeckID
	msgBadLanguage
	msgDuplicateDeck
	msgNoCards
	msgBadMode
	msgNegative
	msgTooLong
	msgVerdictKey
	msgVerdictCount

	// Cards.
	msgUnknownKind
	msgDuplicateCardID
	msgCount
	msgDuplicateItem
	msgUnknownVerdict
	msgVerdictSpelling
	msgAcceptUnknownVerdict
	msgAcceptIsAnswer
	msgAcceptEveryVerdict
	msgChoiceOutOfRange
	msgChoiceTwice
	msgCluePointsCount
	msgCluePointsIncrease
	msgTargetRange
	msgZonesWithoutTarget
	msgZonesOrder
	msgZonesRange
	msgZonesCount
	msgScaleOrder
	msgScaleLimit
	msgMissingExplanation
	msgMissingExplanationNamed
	msgControlChars
	msgControlCharsTitle
	msgUndrawable
	msgPiledMarks

	// Board decks.
	msgBoardOnlyCharacters
	msgCharacterWithoutBoard
	msgCharacterCount
	msgUnknownQuestion
	msgDuplicateQuestion
	msgBadQuestionID
	msgQuestionTwice
	msgLookAlike
	msgNoteUnknownQuestion
	msgNoteTooLong

	// Pictures and sounds.
	msgPathLeaves
	msgAssetMissing
	msgAssetTooLarge
	msgAssetNotRegular
	msgAssetUnreadable
	msgAssetIsFolder
	msgImageUnreadable
	msgImageTooLarge
	msgSoundUnreadable

	// Sizes no deck may exceed, so that playing it stays instant and
	// within memory (issue 11 — limits).
	msgTextTooLong
	msgWordTooLong
	msgWordNoBreak
	msgTooManyCards
	msgTooManyQuestions
	msgDeckPixels
	msgDeckAssetBytes
	msgImageScans
	msgTooManyValues
)

// messages holds every text of the deck checker. French comes first: it is
// the language most facilitators read. Keys and values quoted from the deck
// are shown as the writer typed them.
var messages = map[msgID]struct{ fr, en string }{
	msgWarningPrefix: {"attention : ", "warning: "},
	msgMoreAlike:     {" (+ %d du même genre à cet endroit)", " (+ %d more of the same kind here)"},

	msgNotFound:   {"fichier ou dossier introuvable", "no such file or folder"},
	msgPermission: {"lecture refusée : droits insuffisants sur ce fichier", "cannot read this file: permission denied"},
	msgUnreadable: {"lecture impossible de ce fichier", "this file cannot be read"},
	msgDeckLeaves: {"ce jeu est un lien symbolique qui sort du dossier %s : il n'est pas lu ; copiez le fichier dans le dossier", "this deck is a symbolic link leading out of the folder %s: it is not read; copy the file into the folder"},
	msgNotRegular: {"ce n'est pas un fichier ordinaire (un périphérique, un tube ?) : il n'est pas lu", "this is not a regular file (a device, a pipe?): it is not read"},
	msgTooLarge:   {"fichier trop gros pour un jeu de cartes (%d Mo au plus)", "file too large for a deck (%d MB at most)"},
	msgNoDecks:    {"aucun jeu de cartes (fichier .toml) dans ce dossier", "no deck (.toml file) in this folder"},
	msgNotUTF8:    {"le fichier n'est pas en UTF-8 : enregistrez-le en UTF-8 (Bloc-notes : « Enregistrer sous », Encodage : UTF-8)", "the file is not UTF-8: save it as UTF-8 (Notepad: Save As, Encoding: UTF-8)"},
	msgInternal:   {"erreur inattendue en lisant ce jeu ; merci de la signaler avec le fichier", "unexpected error while reading this deck; please report it with the file"},

	msgFolderUnreadable: {"lecture impossible de ce dossier (droits insuffisants ?) : ses jeux de cartes ne sont pas lus", "this folder cannot be read (permission denied?): its decks are not read"},

	msgSyntax:               {"ligne mal écrite : vérifiez les guillemets, les crochets et le signe =", "badly written line: check the quotes, the brackets and the = sign"},
	msgSyntaxCurlyQuote:     {"guillemet typographique %s : écrivez le texte entre guillemets droits \"…\"", "curly quote %s: write text between straight quotes \"…\""},
	msgSyntaxValue:          {"valeur attendue après « = » : du texte entre guillemets \"…\", un nombre, ou une liste entre [ ]", "a value is expected after \"=\": text between quotes \"…\", a number, or a list between [ ]"},
	msgSyntaxUnclosedString: {"guillemet fermant manquant", "missing closing quote"},
	msgSyntaxStringNewline:  {"le texte doit se fermer par un guillemet sur la même ligne (pour plusieurs lignes, utilisez \"\"\"…\"\"\")", "text must end with a quote on the same line (for several lines, use \"\"\"…\"\"\")"},
	msgSyntaxDuplicateKey:   {"« %s » est déjà défini plus haut", "\"%s\" is already defined above"},
	msgSyntaxEquals:         {"« = » attendu après le nom de la clé", "\"=\" expected after the key name"},
	msgSyntaxArray:          {"dans une liste, séparez les éléments par des virgules et fermez-la par ]", "in a list, separate items with commas and close it with ]"},
	msgSyntaxInlineTable:    {"tableau entre { } mal fermé : séparez par des virgules et fermez par } sur la même ligne", "table between { } not closed properly: separate with commas and close with } on the same line"},
	msgSyntaxTableName:      {"nom de tableau mal écrit entre [ ] (par exemple [deck] ou [[card]])", "badly written table name between [ ] (for example [deck] or [[card]])"},
	msgSyntaxEndOfLine:      {"fin de ligne attendue : une seule clé = valeur par ligne, le texte entre guillemets", "end of line expected: one key = value a line, text between quotes"},
	msgSyntaxNumber:         {"nombre mal écrit", "badly written number"},
	msgSyntaxTableRedefined: {"le tableau « %s » est déjà défini plus haut", "table \"%s\" is already defined above"},
	msgSyntaxControl:        {"caractère invisible interdit (un caractère de contrôle, par exemple un retour chariot seul) : effacez-le ou retapez ce passage", "invisible character not allowed (a control character, such as a lone carriage return): delete it or type this part again"},
	msgSyntaxEscape:         {"barre oblique inverse \\ mal employée dans ce texte : pour écrire \\, doublez-la (\\\\), ou mettez le texte entre apostrophes '…'", "backslash \\ misused in this text: to write \\, double it (\\\\), or put the text between single quotes '…'"},
	msgSyntaxNumberRange:    {"nombre trop grand", "number too large"},
	msgSyntaxDate:           {"date ou heure mal écrite (par exemple 2024-03-15 ou 14:30:00) ; si c'est du texte, mettez-le entre guillemets \"…\"", "badly written date or time (for example 2024-03-15 or 14:30:00); if it is text, put it between quotes \"…\""},
	msgSyntaxKeyDot:         {"point mal placé dans le nom de la clé : un seul point entre deux parties du nom, comme dans deck.title", "misplaced dot in the key name: one dot between two parts of the name, as in deck.title"},
	msgSyntaxTooManyQuotes:  {"trop de guillemets de suite : un texte sur plusieurs lignes se ferme par trois guillemets", "too many quotes in a row: a text on several lines ends with three quotes"},
	msgTooDeep:              {"listes [ ] ou tableaux { } imbriqués trop profondément : %d niveaux au plus", "lists [ ] or tables { } nested too deep: %d levels at most"},
	msgKeyTooManyParts:      {"nom de clé trop long : %d parties séparées par des points au plus, en comptant celles du tableau où elle se trouve", "key name too long: %d dot-separated parts at most, counting those of the table it is in"},
	msgKeyTooLong:           {"nom de clé trop long : %d caractères au plus, en comptant ceux du tableau où elle se trouve", "key name too long: %d characters at most, counting those of the table it is in"},
	msgTooManyItems:         {"trop de clés, de listes et de tableaux pour un jeu de cartes : %d au plus ; ce fichier n'est pas lu", "too many keys, lists and tables for a deck: %d at most; this file is not read"},

	msgUnknownKey:          {"clé inconnue « %s »", "unknown key \"%s\""},
	msgUnknownKeySuggest:   {"clé inconnue « %s » (vouliez-vous écrire « %s » ?)", "unknown key \"%s\" (did you mean \"%s\"?)"},
	msgUnknownKeyOtherKind: {"clé inconnue « %s » (vouliez-vous écrire « %s » ? elle s'emploie sur les cartes %s, pas sur une carte %s)", "unknown key \"%s\" (did you mean \"%s\"? it is for %s cards, not %s cards)"},
	msgKeyNotForKind:       {"« %s » ne s'emploie pas sur une carte %s", "\"%s\" does not apply to %s cards"},
	msgMissingKey:          {"il manque « %s », obligatoire dans [%s]", "\"%s\" is missing; it is required in [%s]"},
	msgMissingCardKey:      {"il manque « %s », obligatoire sur une carte %s", "\"%s\" is missing; it is required on %s cards"},
	msgMissingType:         {"il manque « type », obligatoire sur chaque carte : verdict, choice, clues, spectrum, order, open ou character", "\"type\" is missing; every card needs one: verdict, choice, clues, spectrum, order, open or character"},
	msgMissingTable:        {"il manque le tableau [%s]", "the [%s] table is missing"},
	msgWrongType:           {"« %s » doit être %s, pas %s", "\"%s\" must be %s, not %s"},
	msgEmptyText:           {"« %s » est vide", "\"%s\" is empty"},
	msgEmptyList:           {"la liste « %s » est vide", "the list \"%s\" is empty"},
	msgEmptyItem:           {"« %s » contient un texte vide", "\"%s\" holds an empty text"},

	typeText:          {"du texte", "text"},
	typeInteger:       {"un nombre entier", "a whole number"},
	typeFloat:         {"un nombre à virgule", "a decimal number"},
	typeBool:          {"vrai ou faux", "true or false"},
	typeDate:          {"une date", "a date"},
	typeList:          {"une liste", "a list"},
	typeTable:         {"un tableau", "a table"},
	typeTextList:      {"une liste de textes, par exemple [\"…\", \"…\"]", "a list of texts, for example [\"…\", \"…\"]"},
	typeIntegerList:   {"une liste de nombres entiers, par exemple [4, 3, 2, 1]", "a list of whole numbers, for example [4, 3, 2, 1]"},
	typeIntegerOrList: {"un numéro de réponse ou une liste de numéros, par exemple 2 ou [1, 3]", "an answer number or a list of numbers, for example 2 or [1, 3]"},
	typeTextOrList:    {"un texte ou une liste de textes, par exemple \"émotion\" ou [\"contenu trompeur\", \"émotion\"]", "a text or a list of texts, for example \"emotion\" or [\"misleading content\", \"emotion\"]"},
	typeTables:        {"une suite de tableaux [[%s]]", "a series of [[%s]] tables"},

	msgFormatMissing:     {"il manque « format = 1 » en tête du fichier", "\"format = 1\" is missing at the top of the file"},
	msgFormatUnsupported: {"format %d inconnu : cette version de Déclic lit le format 1", "format %d is unknown: this version of Déclic reads format 1"},
	msgBadDeckID:         {"identifiant « %s » mal formé : lettres minuscules sans accent, chiffres et tirets, par exemple « infox-ados »", "id \"%s\" is not valid: lower-case letters without accents, digits and hyphens, for example \"fake-news-teens\""},
	msgBadLanguage:       {"langue « %s » inconnue : un code comme fr, en, ar ou fr-BE", "language \"%s\" is unknown: a code such as fr, en, ar or fr-BE"},
	msgDuplicateDeck:     {"le jeu « %s » (%s) existe déjà : %s ; changez son identifiant", "deck \"%s\" (%s) already exists: %s; change its id"},
	msgNoCards:           {"ce jeu n'a aucune carte : ajoutez des tableaux [[card]]", "this deck has no card: add [[card]] tables"},
	msgBadMode:           {"mode « %s » inconnu : turns, all ou buzzer", "mode \"%s\" is unknown: turns, all or buzzer"},
	msgNegative:          {"« %s » ne peut pas être négatif", "\"%s\" cannot be negative"},
	msgTooLong:           {"« %s » vaut %d, c'est trop : %d au plus", "\"%s\" is %d, too much: %d at most"},
	msgVerdictKey:        {"verdict « %s » mal formé : lettres minuscules sans accent, chiffres, - ou _", "verdict \"%s\" is not valid: lower-case letters without accents, digits, - or _"},
	msgVerdictCount:      {"[verdicts] doit proposer de 2 à 6 verdicts (touches 1 à 6), pas %d", "[verdicts] needs 2 to 6 verdicts (keys 1 to 6), not %d"},

	msgUnknownKind:             {"type de carte « %s » inconnu : verdict, choice, clues, spectrum, order, open ou character", "card type \"%s\" is unknown: verdict, choice, clues, spectrum, order, open or character"},
	msgDuplicateCardID:         {"identifiant de carte « %s » déjà pris ligne %d", "card id \"%s\" is already taken on line %d"},
	msgCount:                   {"« %s » doit compter de %d à %d éléments, pas %d", "\"%s\" needs %d to %d items, not %d"},
	msgDuplicateItem:           {"« %s » contient deux fois « %s »", "\"%s\" holds \"%s\" twice"},
	msgVerdictSpelling:         {"réponse « %s » lue comme le verdict « %s » : écrivez-la exactement comme dans [verdicts]", "answer \"%s\" read as the verdict \"%s\": write it exactly as in [verdicts]"},
	msgUnknownVerdict:          {"réponse « %s » absente des verdicts du jeu : %s", "answer \"%s\" is not one of the deck's verdicts: %s"},
	msgAcceptUnknownVerdict:    {"accept : « %s » n'est pas un des verdicts du jeu : %s", "accept: \"%s\" is not one of the deck's verdicts: %s"},
	msgAcceptEveryVerdict:      {"accept : avec la réponse, tous les verdicts compteraient juste ; laissez-en au moins un faux", "accept: with the answer, every verdict would count as right; leave at least one wrong"},
	msgAcceptIsAnswer:          {"accept : « %s » est déjà la réponse de la carte", "accept: \"%s\" is already the card's answer"},
	msgChoiceOutOfRange:        {"réponse %d hors des choix : les choix sont numérotés de 1 à %d", "answer %d is not a choice: choices are numbered 1 to %d"},
	msgChoiceTwice:             {"la réponse %d est donnée deux fois", "answer %d is given twice"},
	msgCluePointsCount:         {"« points » doit donner une valeur par indice : %d valeurs pour %d indices", "\"points\" needs one value a clue: %d values for %d clues"},
	msgCluePointsIncrease:      {"« points » ne doit jamais augmenter d'un indice au suivant (le premier indice, le plus dur, rapporte le plus)", "\"points\" must never increase from one clue to the next (the first, hardest clue earns the most)"},
	msgTargetRange:             {"« target » vaut %d : il doit être entre %d et %d", "\"target\" is %d: it must be between %d and %d"},
	msgZonesWithoutTarget:      {"« zones » sans « target » : ajoutez la valeur cible, entre %d et %d", "\"zones\" without \"target\": add the target value, between %d and %d"},
	msgZonesOrder:              {"« zones » doit aller en croissant, de la plus étroite à la plus large, par exemple [5, 12, 20]", "\"zones\" must increase, from the narrowest to the widest, for example [5, 12, 20]"},
	msgZonesRange:              {"chaque valeur de « zones » doit être entre 1 et %d (l'écart entre « min » et « max »)", "each value of \"zones\" must be between 1 and %d (the distance from \"min\" to \"max\")"},
	msgZonesCount:              {"« zones » doit compter de 1 à 5 valeurs, pas %d", "\"zones\" needs 1 to 5 values, not %d"},
	msgScaleOrder:              {"« min » (%d) doit être plus petit que « max » (%d)", "\"min\" (%d) must be less than \"max\" (%d)"},
	msgScaleLimit:              {"« %s » vaut %d, c'est trop loin : entre -%[3]d et %[3]d", "\"%s\" is %d, too far: between -%[3]d and %[3]d"},
	msgMissingExplanation:      {"pas d'« explanation » : ajoutez une explication pour le moment de la révélation", "no \"explanation\": add one for the reveal"},
	msgMissingExplanationNamed: {"la case « %s » est vide : ajoutez une explication pour le moment de la révélation", "the \"%s\" cell is empty: add an explanation for the reveal"},
	msgControlChars:            {"« %s » contient des caractères de commande invisibles (%s) : le jeu les montre ainsi, entre crochets ; retirez-les du texte", "\"%s\" holds invisible control characters (%s): the game shows them so, between brackets; remove them from the text"},
	msgControlCharsTitle:       {"« %s » contient des caractères de commande invisibles (%s) : le jeu les retire du titre", "\"%s\" holds invisible control characters (%s): the game removes them from the title"},
	msgPiledMarks:              {"« %s » : plus de %d accents sur une même lettre : le jeu n'en montre que %[2]d", "\"%s\": more than %d accents on one letter: the game shows %[2]d"},
	msgUndrawable:              {"« %s » : caractères qu'aucune police du jeu ne dessine, invisibles à l'écran : %s", "\"%s\": characters no font of the game draws, invisible on screen: %s"},

	msgBoardOnlyCharacters:   {"carte %s dans un jeu de plateau ([[question]]) : seules les cartes character y sont admises", "%s card in a board deck ([[question]]): only character cards belong there"},
	msgCharacterWithoutBoard: {"carte character sans questions : ajoutez au jeu des tableaux [[question]]", "character card without questions: add [[question]] tables to the deck"},
	msgCharacterCount:        {"un jeu de plateau doit compter de 6 à 30 personnages, pas %d", "a board deck needs 6 to 30 characters, not %d"},
	msgUnknownQuestion:       {"question « %s » inconnue : ajoutez-la en [[question]] ou corrigez l'identifiant", "question \"%s\" is unknown: add it as a [[question]] or fix the id"},
	msgDuplicateQuestion:     {"identifiant de question « %s » déjà pris ligne %d", "question id \"%s\" is already taken on line %d"},
	msgBadQuestionID:         {"identifiant de question « %s » mal formé : lettres minuscules sans accent, chiffres, - ou _", "question id \"%s\" is not valid: lower-case letters without accents, digits, - or _"},
	msgQuestionTwice:         {"« yes » cite deux fois « %s »", "\"yes\" names \"%s\" twice"},
	msgNoteUnknownQuestion:   {"« notes » : la question « %s » n'existe pas : ajoutez-la en [[question]] ou corrigez l'identifiant", "\"notes\": question \"%s\" is unknown: add it as a [[question]] or fix the id"},
	msgNoteTooLong:           {"la note « %s » fait %d caractères : %d au plus, pour qu'elle se lise d'un coup d'œil à la révélation", "the note \"%s\" is %d characters long: %d at most, so that it reads at a glance at the reveal"},
	msgLookAlike:             {"« %s » et « %s » (ligne %d) répondent pareil à toutes les questions : impossible de les distinguer", "\"%s\" and \"%s\" (line %d) answer every question alike: they cannot be told apart"},

	msgPathLeaves:      {"« %s » : le chemin « %s » sort du dossier du jeu ; placez le fichier dans ce dossier", "\"%s\": the path \"%s\" leaves the deck's folder; put the file inside that folder"},
	msgAssetTooLarge:   {"fichier « %s » trop gros (%d Mo au plus)", "file \"%s\" too large (%d MB at most)"},
	msgAssetNotRegular: {"« %s » n'est pas un fichier ordinaire (un périphérique, un tube ?) : il n'est pas lu", "\"%s\" is not a regular file (a device, a pipe?): it is not read"},
	msgAssetUnreadable: {"lecture impossible du fichier « %s »", "file \"%s\" cannot be read"},
	msgAssetMissing:    {"fichier « %s » introuvable (le chemin part du dossier du jeu)", "file \"%s\" not found (the path starts from the deck's folder)"},
	msgAssetIsFolder:   {"« %s » est un dossier, pas un fichier", "\"%s\" is a folder, not a file"},
	msgImageUnreadable: {"l'image « %s » est illisible ou d'un format non pris en charge (PNG, JPEG, GIF ou WebP)", "the picture \"%s\" cannot be read or is in an unsupported format (PNG, JPEG, GIF or WebP)"},
	msgImageTooLarge:   {"l'image « %s » fait %d × %d pixels : 4096 au plus de chaque côté", "the picture \"%s\" is %d × %d pixels: 4096 at most a side"},
	msgSoundUnreadable: {"le son « %s » n'est pas un fichier WAV, OGG ou MP3 lisible", "the sound \"%s\" is not a readable WAV, OGG or MP3 file"},

	// issue 11 — limits
	msgTextTooLong:      {"« %s » fait %d caractères : %d au plus", "\"%s\" is %d characters long: %d at most"},
	msgWordTooLong:      {"« %s » contient un mot de %d caractères (« %s… ») : %d au plus, car l'écran ne coupe les lignes qu'aux espaces ; une adresse web (https://…) peut en compter %d", "\"%s\" holds a word of %d characters (\"%s…\"): %d at most, as the screen breaks lines only at spaces; a web address (https://…) may have %d"},
	msgWordNoBreak:      {"« %s » contient %d caractères sans espace ordinaire (« %s… ») : les espaces insécables ne coupent pas les lignes ; %d au plus", "\"%s\" holds %d characters without an ordinary space (\"%s…\"): no-break spaces do not break lines; %d at most"},
	msgTooManyCards:     {"ce jeu compte %d cartes : %d au plus ; partagez-le en plusieurs jeux", "this deck has %d cards: %d at most; split it into several decks"},
	msgTooManyQuestions: {"ce jeu de plateau compte %d questions : %d au plus", "this board deck has %d questions: %d at most"},
	msgDeckPixels:       {"avec cette image, les images du jeu dépassent %d mégapixels (%d,%d en tout) : réduisez-les, 1280 × 800 pixels suffisent pour un écran", "with this picture, the deck's pictures exceed %d megapixels (%d.%d in all): make them smaller, 1280 × 800 pixels is plenty for a screen"},
	msgDeckAssetBytes:   {"avec ce fichier, les images et les sons du jeu dépassent %d Mo (%d Mo en tout) : réduisez-les (des sons en MP3 ou OGG, des images de 1920 × 1080 pixels au plus)", "with this file, the deck's pictures and sounds exceed %d MB (%d MB in all): make them smaller (sounds in MP3 or OGG, pictures of 1920 × 1080 pixels at most)"},
	msgImageScans:       {"l'image « %s » est un JPEG progressif de %d passes : %d au plus ; enregistrez-la de nouveau (en JPEG standard, ou en PNG)", "the picture \"%s\" is a progressive JPEG of %d scans: %d at most; save it again (as a standard JPEG, or as PNG)"},
	msgTooManyValues:    {"trop de valeurs dans les listes pour un jeu de cartes : %d au plus ; ce fichier n'est pas lu", "too many values in lists for a deck: %d at most; this file is not read"},
}
