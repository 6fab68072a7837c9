"""Whose age a figure is: "Gavin Long, 29", "41-year-old Matthew Gerald", "a woman in her 20s", "Moultrie was 30".

Two ages are one fact only when they are one person's, so an age's owner is its subject. It is read from the
names and people words around the figure, which the small model often tags wrongly (a name as an
organisation, a surname as an adverb); a bare figure after a name and a comma is an age, not a toll.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcmp.extract.doc_index import index_of
from factcmp.extract.lexicon import PEOPLE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from factcmp.extract.quantities import RawQuantity
    from factcmp.records import Claim


def decade_owner(doc: Doc, sent: Span, q: RawQuantity) -> str | None:
    """Whose age "in her 20's" is: the name the "in" phrase belongs to, "" for an unnamed person, None if it hangs on a verb."""
    i = q.start - 2  # "in" before "her"
    if i < sent.start or doc[i].lower_ != "in":
        return None
    owner = doc[i].head
    if owner.pos_ not in ("NOUN", "PROPN") or owner.i >= i:
        return None
    if owner.ent_type_ == "PERSON":
        return next((e.text for e in index_of(doc).ents_of(sent) if e.start <= owner.i < e.end), owner.text)
    # "a woman in her 20s": no name, and a common noun would make every unnamed woman one person
    return ""


def looks_like_age(doc: Doc, sent: Span, q: RawQuantity) -> bool:
    """Tell whether a bare number stands in apposition to a person ("Gavin Long, 29,")."""
    if q.value is None or not (0 < q.value < 120) or q.qualifier != "exact":
        return False
    prev = doc[q.num_start - 1]
    nxt = doc[q.num_end] if q.num_end < sent.end else None
    if prev.text not in (",", "(") or q.num_start - 2 < sent.start:
        return False
    name = doc[q.num_start - 2]
    if name.tag_ == "NN" and name.lower_ in PEOPLE_NOUNS and prev.text == ",":
        # a headline's "Missouri girl, 7" that ends the line or the outlet's credit after it ("... boy, 9 - WXYZ");
        # the same words inside a sentence ("The suspect, 19, was charged") are read in factcmp.extract.measures
        return nxt is None or credit_after(doc, sent, q.num_end) or _closes_list_item(doc, sent, q.num_end)
    # a PERSON entity, or a capitalised name the tagger missed ("Brad Garafola, 45,", "McCray, 24,": not istitle)
    if name.ent_type_ != "PERSON" and not (
        name.pos_ == "PROPN" and name.ent_type_ in ("", "PERSON", "ORG", "PRODUCT", "WORK_OF_ART") and name.text[:1].isupper()
    ):
        return False
    return nxt is None or nxt.text in (",", ")", ".", ";", "and")


# the dashes and bars a headline sets before the outlet's name: "... girl, 7 - WBKC", "... | KXAN"
_CREDIT_MARKS = frozenset({"-", "\u2013", "\u2014", "|"})


def _closes_list_item(doc: Doc, sent: Span, e: int) -> bool:
    """Does a figure end its sentence or an item of a list set off by semicolons ("...; and their daughter, 9.")?"""
    if doc[e].text == ";":
        return True
    return doc[e].text == "." and all(t.is_punct or t.is_space for t in doc[e + 1 : sent.end])


def credit_after(doc: Doc, sent: Span, e: int) -> bool:
    """Is the rest of the sentence from token e an outlet's credit: a dash, then a few capitalised words?"""
    rest = doc[e : sent.end]
    if not 2 <= len(rest) <= 6 or rest[0].text not in _CREDIT_MARKS:
        return False
    return all(t.is_punct or t.text[:1].isupper() or t.text[:1].isdigit() for t in rest[1:])


def copula_person(doc: Doc, q: RawQuantity) -> str:
    """The person a copula gives an age, named by a word or a name the tagger missed; '' if none.

    "The gunman, who was killed by police, was 25" -> "gunman" (as "a 25-year-old man" is the man's),
    "Moultrie was 30" -> "Moultrie"; "he was 25" names no one.
    """
    num = doc[q.num_end - 1]
    if num.dep_ not in ("attr", "acomp", "oprd"):
        # "The youngest of the dead was 11 years old": "old" completes the copula, not the number
        old = doc[q.end - 1]
        num = old if old.lower_ == "old" and old.dep_ in ("acomp", "attr") else num
    if num.dep_ not in ("attr", "acomp", "oprd"):
        return ""
    subj = next((c for c in num.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return ""
    if subj.lower_ in ("who", "that") and subj.tag_ in ("WP", "WDT") and num.head.dep_ == "relcl":
        subj = num.head.head  # "Gavin Long, who was 29", "The victim, who was 45"
    if subj.ent_type_ == "PERSON":
        name = next((e.text for e in index_of(doc).ents_of(subj.sent) if e.start <= subj.i < e.end), "")
        if name:
            return name
    if subj.tag_ == "NN" and subj.lower_ in PEOPLE_NOUNS:
        return _ranked(subj)
    if subj.tag_ == "JJS" and subj.lower_ in _RANKS:
        # "The youngest of the dead was 11 years old": the youngest victim, as "the youngest victim was 12"
        group = next(
            (g for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), None
        )
        if group is not None and group.lower_ in PEOPLE_NOUNS:
            return f"{subj.lower_} {_VICTIMS.get(group.lower_, _singular(group.lower_))}"
    if subj.tag_ == "NNP" and subj.is_title:
        k = subj.i
        while k > 0 and doc[k - 1].tag_ == "NNP" and doc[k - 1].is_title and doc[k - 1].dep_ == "compound":
            k -= 1
        return doc[k : subj.i + 1].text
    if subj.lower_ in _PERSONAL_PRONOUNS:
        return _one_person_named(doc, subj)
    return ""


def _named(noun: Token, people: list[Span]) -> bool:
    """Whether a people word is the name beside it: "identified the driver as Maria Lopez", "the victim, Ana Ruiz"."""
    inside = {t.i for e in people for t in e}
    linked = [c for c in noun.children if c.dep_ == "appos"] + [
        g for p in noun.head.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children if g.dep_ == "pobj"
    ]
    return any(t.i in inside for t in linked) or (noun.dep_ == "appos" and noun.head.i in inside)


def stated_age_owner(doc: Doc, q: RawQuantity) -> str | None:
    """Whose age "lists his age as 27" states: the owner of the age noun, '' if it names nobody, None if no such age.

    "The autopsy lists his age as 27", "Police listed Price's age as 28", "The coroner gave the victim's age as
    45": the figure after "as" is the age of the age noun's possessor, a name, a people word, or a his/her that
    refers to the one person named just before (as a "She was 32" does).
    """
    num = doc[q.num_end - 1]
    prep = num.head
    if num.dep_ != "pobj" or prep.lower_ != "as" or prep.dep_ != "prep":
        return None
    age = next((c for c in prep.head.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ == "age"), None)
    owner = next((c for c in age.children if c.dep_ == "poss"), None) if age is not None else None
    if owner is None:
        return None  # "set the retirement age as 67": nobody's age
    if owner.lower_ in ("his", "her"):
        return _one_person_named(doc, owner)
    if owner.pos_ == "PROPN":
        k = owner.i
        while k > 0 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].dep_ == "compound":
            k -= 1
        return doc[k : owner.i + 1].text
    return _ranked(owner) if owner.tag_ == "NN" and owner.lower_ in PEOPLE_NOUNS else ""


# the pronouns a copula's age may be of one person by: "She was 32", "He is 45"
_PERSONAL_PRONOUNS = frozenset({"he", "she"})


def _one_person_named(doc: Doc, pronoun: Token) -> str:
    """The one person a "he"/"she" refers to: the only name in its sentence before it, or in the sentence before.

    "Correction: An earlier version of this story gave Alicia Gomez's age as 31. She was 32": Gomez. Only one
    name and no other single person ("the gunman shot Alicia Gomez. He was 34" is the gunman's, which no rule
    here can tell without gender): anything else gives '' and the age names no one, as before.
    """
    sent = pronoun.sent
    for where in (doc[sent.start : pronoun.i], doc[sent.start - 1].sent if sent.start > 0 else None):
        if where is None:
            return ""
        names = {e.text[:-2].rstrip() if e.text.endswith(("'s", "’s")) else e.text for e in where.ents if e.label_ == "PERSON"}
        names = {n for n in names if not any(n != m and m.endswith(" " + n) for m in names)}  # "Gomez" in "Alicia Gomez"
        people = [e for e in where.ents if e.label_ == "PERSON"]
        others = [t for t in where if t.tag_ == "NN" and t.lower_ in PEOPLE_NOUNS and not _named(t, people)]
        if names or others:
            return names.pop() if len(names) == 1 and not others else ""
    return ""


# superlatives that pick one person out of a group: "the youngest victim" is not any victim
_RANKS = frozenset({"youngest", "oldest"})
# the groups "the youngest of ..." picks from that are the victims of the story
_VICTIMS = {"dead": "victim", "victims": "victim", "killed": "victim", "deceased": "victim", "fatalities": "victim"}
# people words that name nobody in particular: an apposition or a copula that gives a role names the person better
_ANYBODY = frozenset(
    {"man", "woman", "boy", "girl", "person", "child", "teen", "teenager", "adult", "individual"}
    | {"citizen", "national", "resident", "native", "father", "mother"}
)


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _ranked(noun: Token) -> str:
    """A people noun with the superlative that picks one of them out: "youngest victim", else the noun."""
    rank = next((c.lower_ for c in noun.children if c.dep_ == "amod" and c.lower_ in _RANKS), "")
    return f"{rank} {noun.lower_}".strip()


def role_of(noun: Token) -> str:
    """The role a person word the age is written on stands for ('' if none).

    The suspect of "The suspect, a 31-year-old Austrian citizen", the attacker of "The suspected attacker ...
    is a 32-year-old man". An apposition to a role noun, or the attribute of a copula whose subject is one, is
    the same person; the role names the person the story follows, the other word ("citizen", "man") nobody in
    particular.
    """
    if noun.lower_ not in PEOPLE_NOUNS:
        return ""
    other = None
    if noun.dep_ == "appos":
        other = noun.head
    elif noun.dep_ == "attr" and noun.head.lower_ in ("is", "was", "are", "were", "be", "been"):
        other = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        raised = noun.head.head
        if other is None and noun.head.dep_ == "xcomp" and raised.lower_ in _BELIEVED:
            # "the victim, believed to be a 74-year-old man": the raising verb's subject, or the noun it describes
            other = next((c for c in raised.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if other is None and raised.dep_ == "acl":
                other = raised.head
    if other is None or other.tag_ != "NN" or other.lower_ not in PEOPLE_NOUNS or other.lower_ in _ANYBODY:
        return ""
    return _ranked(other)


# verbs that say whom a person is thought to be: "the victim, believed to be a 74-year-old man"
_BELIEVED = frozenset({"believed", "thought", "said", "reported", "understood", "presumed", "described", "identified"})


def _apposed_name(noun: Token) -> str:
    """The name a person word the age is written on stands in apposition to ('' if none).

    "Darnell Price, a 28-year-old man, was killed": the man is Darnell Price, whom the model may not tag a
    PERSON (it tagged him ORG). A place is no person ("Austin, a city of ...").
    """
    head = noun.head
    if noun.dep_ != "appos" or noun.lower_ not in PEOPLE_NOUNS or head.pos_ != "PROPN" or head.i >= noun.i:
        return ""
    if head.ent_type_ in ("GPE", "LOC", "FAC", "NORP", "DATE"):
        return ""
    first = head.i
    while first - 1 >= head.sent.start and head.doc[first - 1].dep_ == "compound" and head.doc[first - 1].pos_ == "PROPN":
        first -= 1
    return head.doc[first : head.i + 1].text


def apposed_role(doc: Doc, sent: Span, q: RawQuantity) -> str:
    """The role noun a bare age stands in apposition to: "The suspect, 31, remains in hospital" -> "suspect"."""
    k = q.num_start
    if k - 2 < sent.start or doc[k - 1].text != ",":
        return ""
    if (
        q.num_end < sent.end
        and doc[q.num_end].text != ","
        and not credit_after(doc, sent, q.num_end)
        and not _closes_list_item(doc, sent, q.num_end)
    ):
        return ""  # "The suspect, 31, remains", a headline's "Ohio boy, 9" or "Ohio boy, 9 - WXYZ"
    noun = doc[k - 2]
    return _ranked(noun) if noun.tag_ == "NN" and noun.lower_ in PEOPLE_NOUNS else ""


def thing_owner(doc: Doc, q: RawQuantity) -> str:
    """The thing an age is of when no person owns it ('' if none): "The ATR 72 *aircraft* was 16 years old".

    "the *aircraft*, a 15-year-old ATR 72-500" too. A common noun that is the subject of the copula the age completes, or that a name the age describes
    stands in apposition to (the model's name of a type: "ATR 72-500"). People are read by
    :func:`copula_person` and :func:`age_subject` first.
    """
    old = doc[q.end - 1]
    if old.dep_ in ("attr", "acomp", "oprd"):
        subj = next((c for c in old.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subj.lower_ if subj is not None and subj.tag_ in ("NN", "NNS") else ""
    named = old.head
    if old.dep_ == "amod" and named.dep_ == "appos" and named.head.tag_ in ("NN", "NNS"):
        return named.head.lower_
    return ""


_TURNED = frozenset({"turned", "turns", "turn", "turning"})


def turned_subject(doc: Doc, sent: Span, q: RawQuantity) -> str:
    """Who turned an age; '' if no name tells.

    The subject of "turned" ("Long, a former Marine from Kansas City, turned 29"), or the
    name a "who" points back to ("Gavin Long of Kansas City, who turned 29").
    """
    if q.num_start <= sent.start or doc[q.num_start - 1].lower_ not in _TURNED:
        return ""
    verb = doc[q.num_start - 1]
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subj = verb.head
    if subj is not None and subj.lower_ in _PERSONAL_PRONOUNS:
        # "Police had first said Darnell Pitts was 17, but court records show he turned 18": the one person named
        return _one_person_named(doc, subj)
    first = doc[sent.start]
    if (subj is None or subj.ent_type_ != "PERSON") and _leading_name(doc, sent, verb):
        # "Long, a former Marine from Kansas City, turned 29": the small model reads "Long" as an adverb
        # and "Marine" as the subject; the name that opens the sentence before its apposition is who turned 29
        subj = first
    if subj is None or subj.pos_ not in ("PROPN", "ADV") or not subj.text[:1].isupper():
        return ""
    if subj.ent_type_ == "PERSON":
        for ent in index_of(doc).ents_of(sent):
            if ent.start <= subj.i < ent.end:
                return ent.text
    k = subj.i
    while k - 1 >= sent.start and doc[k - 1].dep_ == "compound" and doc[k - 1].pos_ == "PROPN":
        k -= 1
    return doc[k : subj.i + 1].text


def _leading_name(doc: Doc, sent: Span, verb: Token) -> bool:
    """Does the sentence open with one capitalised name and a comma, hanging from this verb ("Long, ... turned 29")?"""
    first = doc[sent.start]
    return (
        sent.start + 1 < verb.i
        and first.is_title
        and first.is_alpha
        and doc[sent.start + 1].text == ","
        and first.head.i == verb.i
        and first.ent_type_ in ("", "PERSON")
        and first.lower_ not in ("however", "meanwhile", "instead", "still", "now", "then", "also", "yes", "no", "well")
    )


def age_subject(doc: Doc, sent: Span, q: RawQuantity, *, name_after: bool = False) -> str:
    """The person the age belongs to: "Gavin Long, 29", "a 25-year-old man, Jordan Clay"."""
    persons = [e for e in index_of(doc).ents_of(sent) if e.label_ == "PERSON"]  # Span.ents walks all of Doc.ents
    if name_after:
        # "41-year-old Matthew Gerald", "45-year-old East Baton Rouge Parish Sheriff's Office Deputy Brad Garafola"
        # a title run ends at the name: take the last PERSON the run reaches
        found = ""
        for ent in persons:
            if ent.start >= q.num_end and ent.start - q.end <= 10:
                if not all(t.pos_ in ("PROPN", "PART", "NOUN", "ADJ") or t.ent_type_ for t in doc[q.end : ent.start]):
                    break
                if _qualifies_person_word(doc, sent, ent.end):
                    break  # "a 41-year-old Kessler Falls resident": the place's name the model tagged a person
                found = ent.text
        if found:
            return found
        name = _name_after(doc, sent, q.end)
        if name:
            return name
        if q.noun_i < 0:
            noun = _noun_after_place(doc, sent, q.end)
            if noun:
                return noun
    for ent in reversed(persons):
        if ent.end <= q.start and q.start - ent.end <= 2 and _set_off(doc, ent, q):
            return ent.text
    before = _name_before(doc, sent, q)
    if before:
        return before  # "Mason Clarke, 16, and Emily Dawson, 15": the model tagged Clarke ORG; 16 is his, not Dawson's
    for ent in persons:
        if ent.start >= q.end and ent.start - q.end <= 3:
            if any(t.pos_ == "ADP" for t in doc[q.end : ent.start]):
                continue  # "a 12-year-old boy from Matero": a name after a preposition is a place or a kin, not him
            return ent.text
    listed = listed_victim(doc, sent, q) or _elided_apposition(doc, q)
    if listed:
        return listed
    if q.noun_i >= 0:
        noun = doc[q.noun_i]
        if _acts(noun):
            return ""  # "the 27-year-old shot the clerk": the verb read as the noun the age is written on
        return _apposed_name(noun) or role_of(noun) or noun.text.lower()
    role = apposed_role(doc, sent, q)
    if role:
        return role
    name_end = q.num_start - 1
    if doc[name_end].text not in (",", "(") and doc[name_end].lower_ != "as":
        return ""  # "... outside Tom Bass Stadium is 18": a name before a verb is not the age's owner ("lists X as 20" is)
    k = name_end
    while k - 1 >= sent.start and doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper():
        k -= 1
    if k == name_end == sent.start + 1 and _opener_surname(doc[sent.start]):
        k = sent.start  # "Meeks, 20, died Saturday": a surname in -s the tagger took for a plural noun
    return doc[k:name_end].text if k < name_end else ""


# what may stand between a name and its age: "Demontris Toliver, a 25-year-old tattoo artist", "Long, aged 29",
# a naming verb's "as" ("The report lists Jenkins as 34 years old")
_BETWEEN_NAME_AND_AGE = frozenset({"a", "an", "the", "aged", "age", "as"})


def _set_off(doc: Doc, ent: Span, q: RawQuantity) -> bool:
    """Whether a name before an age is its owner: set off by a comma or a bracket, or the subject of its copula.

    "Gavin Long, 29", "Long (29)", "Toliver, a 25-year-old"; "Gavin Long was 29" is his too. In "The man
    charged in the shooting outside Tom Bass Stadium is 18" the name the model tagged a person is no subject
    (the man is 18), nor is the speaker of "Poe said her 14-year-old son" the son.
    """
    between = doc[ent.end : q.start]
    if all(t.is_punct or t.lower_ in _BETWEEN_NAME_AND_AGE for t in between):
        return True
    num = doc[q.num_end - 1]
    subj = next((c for c in num.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return num.dep_ in ("attr", "acomp", "oprd") and subj is not None and ent.start <= subj.i < ent.end


def _acts(noun: Token) -> bool:
    """Whether the noun after an age is a verb or a state the tagger took for one.

    "the 27-year-old shot the clerk" (a noun with an object), "found the 45-year-old dead" (the state).
    """
    return noun.lower_ in _STATES or any(c.dep_ == "dobj" for c in noun.children)


# states the tagger reads as the noun after an elided age: "Officers found the 45-year-old dead"
_STATES = frozenset({"dead", "alive", "unharmed", "unhurt", "unconscious"})


def _elided_apposition(doc: Doc, q: RawQuantity) -> str:
    """The people word an age with no noun stands in apposition to: "The suspect, a 19-year-old from Garland"."""
    old = doc[q.end - 1]
    if q.noun_i >= 0 or old.lower_ != "old" or old.dep_ != "appos":
        return ""
    noun = old.head
    return _ranked(noun) if noun.tag_ == "NN" and noun.lower_ in PEOPLE_NOUNS and noun.i < old.i else ""


def listed_victim(doc: Doc, sent: Span, q: RawQuantity) -> str:
    """'victim' for an age in a list set off right after the victims ('' if not).

    "Two of the victims, a 17-year-old and a 42-year-old man, are in stable condition": both ages are
    victims'; an age with no noun ("a 17-year-old") has no other owner, and "man" names nobody in
    particular. A name ("the victims, Ana Ruiz, 17, and ...") or a role ("a 42-year-old nurse") says more.
    """
    if q.noun_i >= 0 and doc[q.noun_i].lower_ not in _ANYBODY:
        return ""
    k = q.start - 1
    while k > sent.start and doc[k].text != "," and doc[k].lower_ in ("a", "an", "and", "one", "the", "other", "another"):
        k -= 1
    while k > sent.start and doc[k].text != ",":
        if doc[k].text in (";", ".", ":") or doc[k].pos_ in ("VERB", "AUX", "PROPN"):
            return ""
        k -= 1  # the list's earlier members: "..., a 42-year-old man and a 17-year-old"
    if k <= sent.start or doc[k].text != ",":
        return ""
    return _VICTIMS.get(doc[k - 1].lower_, "")


def _opener_surname(tok: Token) -> bool:
    """A sentence's title-case first word tagged as a plural noun that names no kind of people ("Meeks", "Banks")."""
    return tok.tag_ == "NNS" and tok.is_title and tok.is_alpha and tok.lower_ not in PEOPLE_NOUNS


def _name_before(doc: Doc, sent: Span, q: RawQuantity) -> str:
    """A capitalised name right before an age set off by a comma that the tagger did not call a PERSON.

    "Mason Clarke, 16, and Emily Dawson, 15, died": the name is two or more title-case proper nouns (one
    alone is as often a place or a body), none of them a place.
    """
    k = q.num_start - 1
    if k - 1 < sent.start or doc[k].text != ",":
        return ""
    end = k
    while k - 1 >= sent.start and doc[k - 1].pos_ == "PROPN" and doc[k - 1].is_title and doc[k - 1].ent_type_ not in _PLACES:
        k -= 1
    return doc[k:end].text if end - k >= 2 else ""


_PLACES = frozenset({"GPE", "LOC", "FAC"})


def _qualifies_person_word(doc: Doc, sent: Span, end: int) -> bool:
    """Does the run of names ending before ``end`` qualify the people word at ``end``: "Kessler Falls resident"?

    A name written before a person word and joined to it ("a 41-year-old Kessler Falls resident", "a 30-year-old
    Obama aide") tells where the person lives or whom they serve; the age is the resident's or the aide's, never
    the name's, whatever label the model gives the name.
    """
    if end >= sent.end or end < 1:
        return False
    noun, last = doc[end], doc[end - 1]
    return noun.tag_ == "NN" and noun.lower_ in PEOPLE_NOUNS and last.dep_ == "compound" and last.head.i >= end


def _noun_after_place(doc: Doc, sent: Span, start: int) -> str:
    """The people word after a place's name that an age is written on: "a 7-year-old Missouri girl" -> "girl".

    The place's name ("Missouri", "Dayton", "Kansas City") stands between the age and the noun, where the
    parse does not look for the noun; "a 25-year-old Iraqi man" (an adjective) it finds. A person's name in
    the run ("45-year-old Deputy Brad Garafola") is the owner, read before this.
    """
    k = start
    while k < min(sent.end, start + 3) and doc[k].pos_ == "PROPN" and doc[k].is_title:
        k += 1
    if k == start or k >= sent.end or (doc[k - 1].ent_type_ == "PERSON" and not _qualifies_person_word(doc, sent, k)):
        return ""
    noun = doc[k]
    while noun.dep_ == "compound" and noun.head.i == noun.i + 1 and noun.head.tag_ == "NN":
        noun = noun.head  # "a 41-year-old Baton Rouge police officer": the officer
    if noun.tag_ != "NN" or noun.lower_ not in PEOPLE_NOUNS or not k <= doc[k - 1].head.i <= noun.i:
        return ""
    # "The suspect, a 22-year-old Garland man": the suspect, as "The suspect, a 22-year-old man" is
    return role_of(noun) or _ranked(noun)


# what a name after an age cannot be tagged: a town, a country, a people ("a 25-year-old Iraqi man"), a time
_NOT_NAMES = frozenset({"GPE", "LOC", "NORP", "DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT"})


def _name_after(doc: Doc, sent: Span, start: int) -> str:
    """A capitalised name right after an age that the tagger did not call a PERSON.

    "Thirty-year-old Teqnika Marie Moultrie was walking": the small model tags
    the name ORG, or a building or a product ("61-year-old Amrit Sandhu"). Two to four title-case proper
    nouns, none of them a town, a country or a people.
    """
    k = start
    while k < min(sent.end, start + 4) and doc[k].pos_ == "PROPN" and doc[k].is_title and doc[k].ent_type_ not in _NOT_NAMES:
        k += 1
    return doc[start:k].text if k - start >= 2 and not _qualifies_person_word(doc, sent, k) else ""


# verbs that name the person a role word stands for: "the driver, identified as Juan Mamani", "named the clerk as"
_NAMING_VERBS = frozenset({"identified", "identifies", "identify", "named", "names", "name", "listed", "lists"})


def role_names(doc: Doc) -> dict[str, str]:
    """The one name an article gives each role word, where it gives one: {"clerk": "Amrit Sandhu"}.

    "The clerk, 61-year-old Amrit Sandhu", "Amrit Sandhu, the clerk", "store clerk Amrit Sandhu", "the
    driver, identified as Juan Mamani", "identified the driver as Juan Mamani". A role given two names in
    one article ("the victim, Ana Ruiz ... the victim, Luis Ortiz") names nobody, nor does one it also
    tells in the plural ("three officers": which one is "the officer, 41"?), nor a word for anybody ("man").
    """
    found: dict[str, set[str]] = {}
    # a role the article also tells in the plural ("officers", "victims") is held by several people
    plural = {t.lower_ for t in doc if t.tag_ == "NNS"}
    for tok in doc:
        if tok.tag_ != "NN" or tok.lower_ not in PEOPLE_NOUNS or tok.lower_ in _ANYBODY:
            continue
        for name in _names_of_role(tok):
            found.setdefault(tok.lower_, set()).add(name)
    return {role: names.pop() for role, names in found.items() if len(names) == 1 and not {role + "s", role + "es"} & plural}


def _names_of_role(tok: Token) -> list[str]:
    linked = [c for c in tok.children if c.dep_ == "appos"]
    if tok.dep_ in ("appos", "compound") and tok.head.pos_ == "PROPN" and not _listed_after_age(tok):
        linked.append(tok.head)  # "Amrit Sandhu, the clerk", "store clerk Amrit Sandhu"
    naming = [c for c in tok.children if c.dep_ == "acl" and c.lower_ in _NAMING_VERBS]  # "the driver, identified as"
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lower_ in _NAMING_VERBS:
        naming.append(tok.head)  # "identified the driver as", "the driver was identified as"
    for verb in naming:
        linked += [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children if g.dep_ == "pobj"]
    return [n for n in (_full_name(t) for t in linked if t.pos_ == "PROPN") if n]


def _listed_after_age(tok: Token) -> bool:
    """Does an age stand between a name and a people word the parse hangs on it: "Amanda Pruitt, 34, her son, 6"?

    A name given its own age is one item of a list of people; the next item is another person, whom the small
    model often reads as an apposition to the name.
    """
    head = tok.head
    return head.i < tok.i and any(t.like_num for t in tok.doc[head.i + 1 : tok.i])


def _full_name(tok: Token) -> str:
    """The name a proper noun ends: two or more title-case words, none of them a town, a country or a people."""
    doc = tok.doc
    k = tok.i
    while k - 1 >= 0 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].dep_ == "compound" and doc[k - 1].is_title:
        k -= 1
    words = doc[k : tok.i + 1]
    if len(words) < 2 or not all(t.is_title and t.ent_type_ not in _NOT_NAMES for t in words):
        return ""
    return words.text


def named_role_ages(claims: list[Claim], names: dict[str, str]) -> list[Claim]:
    """The claims with a role word's age given to the one person its article names in that role.

    "The clerk, 61, ..." and, further on, "store clerk Amrit Sandhu": the 61 is Amrit Sandhu's age, which
    another outlet's "Amrit Sandhu, 62" can meet.
    """
    if not names:
        return claims
    out = []
    for c in claims:
        role = c.quantity_of[len("age of ") :] if c.kind == "quantity" and c.quantity_of.startswith("age of ") else ""
        name = names.get(role)
        out.append(c.with_(quantity_of=f"age of {name}", subject=name) if name else c)
    return out
