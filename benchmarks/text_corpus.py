"""Seeded French-like prose: the same words, sentences and paragraphs on every run.

Words are drawn with a Zipf-like weighting from a vocabulary of real French
words (accents, apostrophes and ligatures included) plus made-up words built
from French syllables, so the full-text index sees a realistic spread of
frequent and rare terms.
"""

from __future__ import annotations

import itertools
import random


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_COMMON = _words(
    "de la le et les des en un une du est que pour qui dans par sur au pas plus "
    "ce il elle ne se sont avec ont ou mais comme tout nous leur été être fait "
    "aussi sans entre très même où après ça déjà encore donc alors toujours "
    "chaque autre autres lorsque ainsi peut doit font dont cette ces son sa ses"
)
_CONTENT = _words(
    "communauté communautés réseau réseaux modération modérateur modératrice engagement "
    "marque marques public publics membres membre échange échanges confiance règles "
    "discussion discussions forum forums animation animateur plateforme plateformes "
    "contenu contenus message messages réponse réponses question questions sujet sujets "
    "abonnés audience visibilité réputation crise crises stratégie stratégies objectif "
    "objectifs mesure mesures indicateur indicateurs qualité quantité participation "
    "recherche chercheurs chercheuse entretien entretiens enquête terrain analyse "
    "données codage catégorie catégories concept concepts passage passages citation "
    "société sociologie pratique pratiques usage usages numérique internet médias "
    "journaliste journalistes rédaction article articles blog blogs commentaire "
    "commentaires lecteur lecteurs lectrice lectrices événement sportif sportive "
    "équipe équipes supporteurs stade match saison club clubs fédération bénévoles "
    "association associations collectif collective identité appartenance lien liens "
    "relation relations influence influenceurs influenceuse élève école université "
    "étudiant étudiants étudiante professeur enseignement apprentissage savoir savoirs "
    "cœur œuvre sœur bœuf être-ensemble peut-être c'est-à-dire aujourd'hui "
    "l'engagement l'équipe l'animation l'audience d'abord d'ailleurs qu'il qu'elle "
    "s'il n'est n'a j'ai l'on jusqu'à lorsqu'il puisqu'elle "
    "développer construire partager modérer animer mesurer comprendre observer "
    "décrire expliquer interpréter comparer montrer souligner rappeler préciser "
    "important importante essentiel essentielle nouveau nouvelle nouveaux nouvelles "
    "grand grande petit petite premier première dernier dernière social sociale "
    "sociaux sociales numérique collectif individuel individuelle général générale "
    "particulier particulière récent récente ancien ancienne français française "
    "européen européenne local locale régional régionale national nationale "
    "hélène françois émilie jérôme noël zoé chloé loïc "
    "paris lyon marseille bordeaux nantes lille québec genève bruxelles"
)
_ONSETS = ("b", "c", "ch", "d", "f", "g", "j", "l", "m", "n", "p", "qu", "r", "s", "t", "v",
           "br", "cr", "dr", "fr", "gr", "pl", "pr", "tr", "vr")
_NUCLEI = ("a", "e", "i", "o", "u", "é", "è", "ê", "ai", "au", "eau", "ou", "oi", "an", "en",
           "on", "in", "eu", "ie", "â", "î", "ô", "û")
_CODAS = ("", "", "", "s", "t", "r", "l", "n", "x", "que", "tion", "ment", "té", "ée")
_PUNCT_INSIDE = ((",", 0.12), (" ;", 0.015), (" :", 0.015))


def _made_up_words(rng: random.Random, count: int) -> list[str]:
    words = set()
    while len(words) < count:
        syllables = rng.randint(1, 3)
        word = "".join(rng.choice(_ONSETS) + rng.choice(_NUCLEI) for _ in range(syllables))
        words.add(word + rng.choice(_CODAS))
    return sorted(words)


class FrenchText:
    """A deterministic generator of French-looking words, sentences and paragraphs."""

    def __init__(self, seed: int = 1, invented: int = 3000) -> None:
        self.rng = random.Random(seed)
        vocabulary = list(_COMMON) + list(_CONTENT) + _made_up_words(self.rng, invented)
        self.vocabulary = vocabulary
        # Zipf-like: the r-th word is drawn with weight 1/(r + 2)^1.15
        weights = [(rank + 2) ** -1.15 for rank in range(len(vocabulary))]
        self._cumulative = list(itertools.accumulate(weights))

    def words(self, count: int) -> list[str]:
        return self.rng.choices(self.vocabulary, cum_weights=self._cumulative, k=count)

    def sentence(self, length: int | None = None) -> str:
        rng = self.rng
        words = self.words(length or rng.randint(6, 28))
        out = [words[0][:1].upper() + words[0][1:]]
        for word in words[1:]:
            mark = rng.random()
            for punctuation, chance in _PUNCT_INSIDE:
                if mark < chance:
                    out[-1] += punctuation
                    break
                mark -= chance
            out.append(word)
        if rng.random() < 0.04:
            out[1:3] = ["«\u00a0" + " ".join(out[1:3]) + "\u00a0»"]
        end = rng.choices((".", ".", ".", ".", " ?", " !", "…"), k=1)[0]
        return " ".join(out) + end

    def paragraph(self, words: int) -> str:
        """A paragraph of about `words` words."""
        sentences, total = [], 0
        while total < words:
            length = min(self.rng.randint(6, 28), max(3, words - total))
            sentences.append(self.sentence(length))
            total += length
        return " ".join(sentences)

    def document(self, words: int, paragraph_words: int = 120) -> str:
        """A titled plain-text document of about `words` words, in paragraphs."""
        title = self.sentence(self.rng.randint(4, 9)).rstrip(".?!… ")
        paragraphs, total = [title], 0
        while total < words:
            length = min(self.rng.randint(paragraph_words // 2, paragraph_words * 3 // 2),
                         words - total)
            if self.rng.random() < 0.08:
                paragraphs.append("## " + self.sentence(self.rng.randint(3, 7)).rstrip(".?!… "))
            paragraphs.append(self.paragraph(max(length, 3)))
            total += length
        return "\n\n".join(paragraphs) + "\n"
