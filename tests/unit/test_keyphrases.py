"""Keyphrases: German nouns, compounds and adjective phrases, English words and phrases
(``pipeline.keyphrases``, ``pipeline.phrase_forms``).
"""

from __future__ import annotations

from pipeline.gazetteer import lemma
from pipeline.rarity import rarity_boost
from pipeline.topics import extract_topics, topic_candidates
from tests.unit.topic_matching import kinds, topic_labels


def test_compound_modifier_counts_as_mention() -> None:
    body = (
        "Der Virologe warnt vor der Kokain-Verherrlichung in Musikvideos.\n"
        "Er nannte Kokain eine gefährliche Droge. Die Kokain-Szene wachse.\n"
        "Auch Alkohol und Cannabis spielten eine Rolle, Musikvideos zeigten sie oft."
    )
    ranked = topic_labels("Warnung vor Kokain-Verherrlichung", body, "de")
    assert ranked[:2] == ["Kokain-Verherrlichung", "Kokain"]  # above "Musikvideo" (two mentions)


def test_code_opening_compounds_is_a_topic() -> None:
    body = (
        "Das Patent regelt die Übergabe von Funkzellen in LTE-Netzen. Alle LTE-fähigen Geräte "
        "sind betroffen, entschied das Gericht in München.\n"
        "Der Hersteller will in Berufung gehen."
    )
    topics = kinds("LTE-Patent: Hersteller verliert", body, "de")
    assert "LTE" in topics
    assert topics.get("LTE-Netzen") != "location"


def test_english_adjective_alone_is_no_keyphrase() -> None:
    body = (
        "Vendors say generative AI will change automation. Generative AI tools are spreading.\n"
        "Analysts doubt that generative models fix automation, and the pandemic, which hit "
        "automation vendors, is over."
    )
    labels = topic_labels("Vendors bet on generative AI", body, "en")
    assert "generative" not in labels
    assert "automation" in labels
    assert "pandemic" in labels  # a noun before a comma ends its phrase


def test_institution_compounds_are_organisations_and_marathons_events() -> None:
    body = (
        "Das Justizministerium prüft den Fall. Ein Sprecher des Justizministeriums sagte, das "
        "Justizministerium äußere sich nicht.\nBeim Kinder-Marathon liefen 400 Kinder, der "
        "Kinder-Marathon endete am Rathaus."
    )
    topics = kinds("Justizministerium prüft Vorwürfe", body, "de")
    assert topics.get("Justizministerium") == "organization"
    assert topics.get("Kinder-Marathon") == "event"
    assert topics.get("Kinder") != "organization"
    body = (
        "Der Untersuchungsausschuss hört heute Zeugen. Der Untersuchungsausschuss tagt seit "
        "Januar.\nDie Berufsfeuerwehr rückte aus; die Berufsfeuerwehr löschte den Brand."
    )
    topics = kinds("Ausschuss tagt", body, "de")
    assert topics.get("Untersuchungsausschuss") == "organization"
    assert topics.get("Berufsfeuerwehr") == "organization"
    body = (
        "Die Landesanstalt für Landwirtschaft warnt vor Ambrosia. Die Landesanstalt zählt Pollen."
    )
    assert kinds("Ambrosia", body, "de").get("Landesanstalt") == "organization"
    body = (
        "Beim Klimakongress in Essen sprachen 300 Forscher. Der Klimakongress endet morgen.\n"
        "Die Landessynode beriet über Missbrauch; die Landessynode tagt erneut im Mai."
    )
    topics = kinds("Klimakongress beginnt", body, "de")
    assert topics.get("Klimakongress") == "event"
    assert topics.get("Landessynode") == "event"


def test_noun_most_mentions_qualify_is_shown_with_its_adjective() -> None:
    body = (
        "Die Geisel berichtet über sexuellen Missbrauch in der Gefangenschaft. War es sexueller "
        "Missbrauch? Sie bejaht. Der Missbrauch dauerte Wochen.\n"
        "Das Schiff fuhr unter russischer Flagge. Die russische Flagge wurde eingeholt, "
        "die Flagge verschwand.\nIn sozialen Medien kursieren Videos; soziale Medien verbreiten "
        "die Bilder, und neue Regeln gibt es nicht. Die Regeln seien alt, alte Regeln halt."
    )
    labels = topic_labels("Geisel berichtet von Missbrauch", body, "de")
    assert "sexueller Missbrauch" in labels
    assert "russische Flagge" in labels
    assert "soziale Medien" in labels
    assert "Missbrauch" not in labels
    assert "Regel" in labels  # "neu" and "alt" are too general to make a phrase
    assert not any(label.startswith(("neue", "alte")) for label in labels)


def test_adjective_phrase_takes_the_gender_of_its_article() -> None:
    body = (
        "Schiedsrichter pfiff das harte Foul nicht. Nach dem harten Foul stand es 70:70.\n"
        "Ich übernehme die Verantwortung für dieses harte Foul, sagte der Spieler."
    )
    labels = topic_labels("Basketball: Entschuldigung", body, "de")
    assert "hartes Foul" in labels


def test_english_adjectives_used_predicatively_are_no_keyphrases() -> None:
    body = (
        "The bag is very warm and light. It stays warm at night, and it is difficult to pack.\n"
        "Reviewers said the bag is worth the price. The problem is violence, and the violence "
        "spread. Riots followed, and the riots lasted days."
    )
    labels = topic_labels("A warm bag", body, "en")
    assert {"warm", "difficult", "worth"}.isdisjoint(labels)
    assert "violence" in labels
    assert "riot" in labels


def test_quotation_mark_opens_no_sentence() -> None:
    body = (
        "Zu dem Anschlag bekannte sich die „Vulkangruppe“ in einem Schreiben.\n"
        "Ermittler rechnen der „Vulkangruppe“ weitere Brandanschläge zu."
    )
    topics = kinds("Brandanschlag auf Strommasten", body, "de")
    assert "Vulkangruppe" in topics


def test_office_named_again_and_again_is_a_topic() -> None:
    body = (
        "Die Bundestagspräsidentin hat die Sitzung unterbrochen. Kritik an der "
        "Bundestagspräsidentin kam von den Grünen.\nDie Bundestagspräsidentin verteidigte sich; "
        "Bundestagspräsidentin Julia Klöckner sagte, sie bleibe dabei. Ministerpräsident Markus "
        "Söder schwieg."
    )
    labels = topic_labels("Streit um die Bundestagspräsidentin", body, "de")
    assert "Bundestagspräsidentin" in labels
    assert "Ministerpräsident" not in labels  # a role before a name, once
    assert "Julia Klöckner" in labels


def test_capitalised_adjective_term_is_shown_as_written() -> None:
    body = (
        "Die EU regelt Künstliche Intelligenz. Für Künstliche Intelligenz gelten bald strenge "
        "Regeln.\nInformatiker Holger Brandenburg hält Künstliche Intelligenz für riskant."
    )
    topics = kinds("Regeln für Künstliche Intelligenz", body, "de")
    assert "Künstliche Intelligenz" in topics
    assert topics.get("Holger Brandenburg") == "person"  # no club named after the state


def test_role_compound_still_names_its_first_part() -> None:
    body = (
        "Die Regenwald-Expertin wanderte zwei Jahre lang den Fluss entlang.\n"
        "Im Regenwald traf sie Fischer und Händler. Die Fischer sprachen vom Fluss."
    )
    scores = {t.label: t.score for t in extract_topics("Zwei Jahre zu Fuß", body, "de")}
    assert scores["Regenwald"] > scores["Fischer"]


def test_lemma_keeps_the_writers_ss_spelling() -> None:
    body = (
        "Der Untersuchungsausschuss tagte am Montag. Die Ausschüsse des Landtags prüfen den Fall.\n"
        "Der Untersuchungsausschuss will im Mai berichten."
    )
    labels = topic_labels("Ausschuss tagt", body, "de")
    assert "Untersuchungsausschuss" in labels
    assert not any("ß" in label for label in labels)
    assert lemma("Ausschüsse", "de") == "Ausschuss"
    assert lemma("Füße", "de") == "Fuß"  # a lemma keeps the writer's ß too


def test_let_opens_no_english_phrase() -> None:
    body = (
        "Tools on the page let viewers zoom in on the city. Other tools let viewers pan.\n"
        "The image has a resolution of a billion pixels, and viewers love the image."
    )
    labels = topic_labels("A gigapixel picture", body, "en")
    assert "let viewer" not in labels
    assert "viewer" in labels


def test_english_hyphenated_participle_keeps_its_form() -> None:
    body = (
        "Asylum-seeking children will be returned. The asylum-seeking children face removal.\n"
        "Children's charities criticised the plan."
    )
    labels = topic_labels("Asylum children to face returns", body, "en")
    assert "asylum-seeking child" in labels
    assert "asylum-seek child" not in labels


def test_word_before_a_role_is_part_of_the_role() -> None:
    body = (
        "The prime minister's office said the scam began in 1994. Auditors found the scam.\n"
        "The prime minister's spokesman said the payroll was cleaned. The scam cost millions."
    )
    labels = topic_labels("Salary scandal", body, "en")
    assert "prime" not in labels
    assert "scam" in labels


def test_past_tenses_read_as_nouns_are_no_keyphrases() -> None:
    body = (
        "House prices rose by 2%. She won the award.\n"
        "Prices rose again. Justin Rose won the golf title."
    )
    topics = kinds("Prices up", body, "en")
    assert topics["Justin Rose"] == "person"
    assert "price" in topics  # not "price rose"
    body = (
        "The health minister said services are strained. Spending rose.\n"
        "The team won praise, and spending rose again."
    )
    labels = topic_labels("Health spending", body, "en")
    assert not {"rose", "won"} & set(labels)


def test_gender_inclusive_forms_are_one_topic_with_the_noun() -> None:
    body = (
        "In mehreren Städten demonstrieren StudentInnen gegen Gebühren. Die Student*innen und "
        "Lehrer:innen fordern mehr Geld.\nViele Studenten kamen, sagte eine Ingenieurin."
    )
    labels = topic_labels("Protest gegen Gebühren", body, "de")
    assert "Student" in labels
    # the three forms are one topic's mentions, not three topics
    cands = {c.label: c for c, _ in topic_candidates("Protest gegen Gebühren", body, "de")}
    assert cands["Student"].count == 3
    assert not any(":" in label or "*" in label for label in labels)
    assert "Ingenieurin" in labels


def test_german_noun_in_e_after_eine_is_its_own_lemma() -> None:
    body = (
        "Er warf eine Granate auf einen Balkon. Die Granate explodierte.\n"
        "Die Polizei sperrte eine Halle. Die Halle blieb gesperrt."
    )
    labels = topic_labels("Anschlag mit Granate", body, "de")
    assert "Granate" in labels
    assert "Granat" not in labels
    assert "Hall" not in labels


def test_named_days_are_events() -> None:
    body = (
        "Der Veteranentag wird erstmals begangen. Am Veteranentag gibt es Feiern.\n"
        "Lego feiert den Star-Wars-Tag. Am Nachmittag und im Alltag ruht alles."
    )
    topics = kinds("Nationaler Veteranentag", body, "de")
    assert topics["Veteranentag"] == "event"
    assert topics["Star-Wars-Tag"] == "event"
    assert topics.get("Nachmittag") != "event"
    assert topics.get("Alltag") != "event"
    body = "Die Nationale Wasserkonferenz tagte in Bonn. Die Nationale Wasserkonferenz endet heute."
    topics = kinds("Treffen in Bonn", body, "de")
    assert topics["Nationale Wasserkonferenz"] == "event"


def test_inclusive_ending_only_on_nouns_for_people() -> None:
    body = "Der CheckIn am Flughafen dauert. Der CheckIn ist langsam, sagen LehrerInnen."
    labels = topic_labels("Warten am Flughafen", body, "de")
    assert "Check" not in labels
    assert "Lehrer" in labels


def test_english_phrase_counts_with_and_without_its_capital() -> None:
    body = "Jewish groups protested on Monday.\nPolice praised the Jewish groups for their calm."
    labels = topic_labels("Protest", body, "en")
    assert "Jewish group" in labels


def test_verbs_keep_their_sharp_s_and_codes_get_no_rarity_boost() -> None:
    assert lemma("erschossen", "de") == lemma("erschießt", "de") == "erschießen"
    assert rarity_boost("H5N1-Virus", "de") == rarity_boost("Virus", "de")


def test_weekday_and_time_of_day_is_no_keyphrase() -> None:
    body = "Am Donnerstagmorgen kam der Sturm an die Küste. Der Donnerstagmorgen war kalt."
    labels = topic_labels("Sturm an der Küste", body, "de")
    assert "Donnerstagmorgen" not in labels
    assert "Sturm" in labels


def test_english_nouns_in_ly_ed_or_after_to_are_keyphrases() -> None:
    body = (
        "Trump is holding the first rally of his campaign in Waco. The rally drew thousands.\n"
        "The biggest obstacle to innovation is fear, and fear stops innovation, the curator "
        "said. Unwanted items and annualized figures were shown quickly."
    )
    labels = topic_labels("Trump rallies supporters", body, "en")
    assert "rally" in labels
    assert "innovation" in labels
    assert not {"unwanted", "annualized", "quickly"} & set(labels)


def test_review_findings_on_keyphrases() -> None:
    labels = topic_labels("Tore", "2 Tore von Kane reichten zum Sieg.", "de")
    assert "Tor" in labels  # a count opening a sentence is no list number
    body = (
        "Critics blamed corporate greed. The greed of banks, said critics.\n"
        "Poland is a key ally. The so-called experts disagreed with the so-called experts."
    )
    labels = topic_labels("Greed", body, "en")
    assert {"greed", "ally"} <= set(labels)
    assert not any(label.startswith("so-call") for label in labels)
    body = (
        "The government wants to implement the reform and to enhance security. The reform is big."
    )
    labels = topic_labels("Reform", body, "en")
    assert not {"implement", "enhance"} & set(labels)
    body = "Am Donnerstag-Abend trafen sich KollegInnen und PsychologInnen. Die Kollegen lachten."
    labels = topic_labels("Treffen", body, "de")
    assert "Kollege" in labels
    assert "Psychologe" in labels
    assert not any(label.lower().startswith("donnerstag") for label in labels)
    body = "Trump signed an executive order on Monday. The executive order bans TikTok."
    assert "executive order" in topic_labels("Order", body, "en")


def test_plural_with_a_rare_singular_still_folds() -> None:
    body = "The villagers caught the thieves. A villager said the men fled. Villagers cheered."
    labels = topic_labels("Village", body, "en")
    assert "villager" in labels
    assert "villagers" not in labels


def test_english_gerund_heads_a_phrase_after_its_modifier() -> None:
    body = (
        "A federal judge dismissed the human smuggling case on Friday. Prosecutors said human "
        "smuggling was rising. Police investigating the case said nothing, and police "
        "investigating it were quiet."
    )
    labels = topic_labels("Judge dismisses human smuggling case", body, "en")
    assert "human smuggling" in labels
    assert "police investigating" not in labels  # a subject and its verb, no phrase
    body = "Neighbours noticed a smell coming from the flat. The smell coming from it grew."
    assert "smell coming" not in topic_labels("Smell", body, "en")
    assert "smuggling" not in labels  # a gerund alone stays no topic


def test_copula_opens_no_phrase_and_is_no_topic() -> None:
    body = (
        "The reliable supply of electricity remains elusive across Africa. Power remains "
        "elusive in many towns, and the grid remains weak."
    )
    labels = topic_labels("Africa's power gap", body, "en")
    assert "electricity" in labels
    assert not any(label.startswith("remain") for label in labels)
    body = "The remains were found in a field. Experts said the remains belong to a man."
    assert "remains" in topic_labels("Remains found", body, "en")  # the noun stays


def test_english_verbs_head_no_phrase_and_compass_adjectives_are_no_topic() -> None:
    body = (
        "The court heard how he copied files. The court heard that he spied for Russia.\n"
        '"It is easy to grow," the expert explains. The expert explains the rest.\n'
        "Air strikes hit southern Lebanon. Villages in southern Lebanon were hit. Parental "
        "leave was discussed, and parental leave stays long."
    )
    labels = topic_labels("Spy trial", body, "en")
    assert not {"court hear", "expert explain", "southern"} & set(labels)
    assert "parental leave" in labels  # a verb that is a noun too still heads a phrase


def test_german_compound_with_and_without_linking_s_is_one_topic() -> None:
    body = (
        "Bei VW drohen Werkschließungen. Die Werkschließungen treffen viele Beschäftigte.\n"
        "Eine Werksschließung in Osnabrück wäre hart für die Region."
    )
    labels = topic_labels("VW-Sparkurs: Werksschließungen möglich", body, "de")
    assert sum(label in ("Werksschließung", "Werkschließung") for label in labels) == 1


def test_death_or_dismissal_verb_in_title_or_lead_makes_the_noun_a_topic() -> None:
    body = (
        "Der Schauspieler Donald Sutherland ist im Alter von 88 Jahren in Miami gestorben.\n"
        "Er drehte mehr als 100 Filme. Die Kritiker lobten ihn."
    )
    assert "Tod" in topic_labels("Donald Sutherland ist tot", body, "de")
    late = "Er drehte mehr als 100 Filme in Kanada.\nSpäter starb sein Hund, der Rex hieß."
    assert "Tod" not in topic_labels("Ein Leben für den Film", late, "de")  # not what happened
    fired = "Die Ministerin wurde am Mittwoch entlassen. Der Ministerpräsident nannte Gründe."
    assert "Entlassung" in topic_labels("Gesundheitsministerin im Bundesrat entlassen", fired, "de")


def test_user_names_and_codes_written_in_lower_case_are_no_keyphrases() -> None:
    body = (
        "The user acebush1 posted a video before the protest. Other posts by acebush1 "
        "were deleted, and the protest grew."
    )
    labels = topic_labels("Protest video", body, "en")
    assert "protest" in labels
    assert "acebush1" not in labels


def test_german_participles_used_as_nouns_have_one_label() -> None:
    body = (
        "Die Corona-Infizierten blieben zu Hause. Ein Corona-Infizierter musste in die Klinik.\n"
        "Bei dem Unfall gab es drei Verletzte. Die Verletzten kamen ins Krankenhaus, die "
        "Kosten trägt die Versicherung."
    )
    labels = topic_labels("Unfall und Infektionen", body, "de")
    assert "Corona-Infizierte" in labels
    assert "Verletzte" in labels
    assert not {"Corona-Infizierter", "verletzt"} & set(labels)
    assert "Koste" not in labels  # "kost" is no participle of "kosen"


def test_german_noun_ending_the_one_institution_name_is_that_institution() -> None:
    body = (
        "Der Deutsche Wetterdienst warnt vor Sturm. Der Wetterdienst rief die höchste Warnstufe "
        "aus, sagte ein Meteorologe des Wetterdienstes.\nHunderttausende Menschen sind betroffen."
    )
    labels = topic_labels("Unwetterwarnung", body, "de")
    assert "Deutscher Wetterdienst" in labels
    assert "Wetterdienst" not in labels  # the short form's mentions are the institution's
    assert "Hunderttausend" not in labels  # a number word is no topic


def test_press_conference_is_no_event_topic() -> None:
    body = (
        "Auf einer Pressekonferenz stellte der Minister den Plan vor. Nach der Pressekonferenz "
        "sprach er mit Landwirten über die Dürre. Die Dürre trifft die Landwirte hart."
    )
    found = kinds("Plan gegen die Dürre", body, "de")
    assert found.get("Pressekonferenz") != "event"
    assert "Dürre" in found


def test_quoted_work_title_is_one_topic() -> None:
    body = (
        'Marianne Faithfull wurde durch den Song "As Tears Go By" berühmt. Mit dem Album '
        '"Broken English" kam 1979 das Comeback. Sie sagte: "Ich bin müde, sehr müde."\n'
        "ZDF kündigt Änderungen bei der Sendung „Bares für Rares“ an."
    )
    found = kinds("Faithfull gestorben", body, "de")
    for title in ("As Tears Go By", "Broken English", "Bares für Rares"):
        assert found.get(title) == "keyphrase", title
    assert "England" not in found  # "English" inside a title names no country
    assert not any(label.startswith("Ich bin") for label in found)  # speech is no title


def test_known_noun_is_not_lemmatised_by_its_compound_head() -> None:
    body = (
        "Gegen Algerien reichte es nur zu einem Unentschieden. Das Unentschieden enttäuschte.\n"
        "Auch die Schafblattern breiten sich aus, warnt die Behörde; Schafblattern sind selten."
    )
    labels = topic_labels("Unentschieden gegen Algerien", body, "de")
    assert "Unentschieden" in labels  # the dictionary's own lemma, not "Unentschied"
    assert "Schafblattern" in labels
    assert not {"Unentschied", "Schafblatter"} & set(labels)


def test_capitalised_adjective_inside_a_name_is_no_keyphrase() -> None:
    body = (
        "Das System der Islamischen Republik steht in der Kritik. Die Islamische Republik "
        "schweigt.\nDie Studierenden protestieren, und die Anwälte legen gegen das Urteil "
        "Berufung ein."
    )
    labels = topic_labels("Kritik an Teheran", body, "de")
    assert not {"Islamische", "Islamisch"} & set(labels)  # only as the phrase's adjective
    assert {"Studierende", "Urteil"} <= set(labels)  # a noun of its own, a noun before a noun


def test_english_phrases_that_always_overlap_are_one_phrase_of_three() -> None:
    body = (
        "Nanoplastics damage neural crest cells in embryos. The neural crest cells form the "
        "face.\nResearchers studied neural crest cells, and a neural network counted them."
    )
    labels = topic_labels("Plastic harms chicken embryos", body, "en")
    assert "neural crest cell" in labels
    assert not {"neural crest", "crest cell"} & set(labels)


def test_superlatives_used_as_nouns() -> None:
    body = (
        "Das Schlimmste ist vorbei, sagt der Wetterdienst. Das Schlimmste kam in der Nacht.\n"
        "Die Reichsten werden reicher. Die Reichsten zahlen wenig Steuern."
    )
    labels = topic_labels("Sturm und Steuern", body, "de")
    assert not any(label.lower().startswith("schlimmst") for label in labels)  # a thing
    assert "Reichste" in labels  # people, in the "-e" form
    assert "Reichst" not in labels


def test_a_verb_in_the_title_or_lead_credits_its_noun_the_story_uses() -> None:
    body = (
        "Die Landeskirche will den Missbrauch in ihren Reihen aufarbeiten. Die Synode tagte.\n"
        "Die Synode beriet über Geld. Die Synode beriet über Stellen. Die Synode beriet lange.\n"
        "Die Aufarbeitung soll zwei Jahre dauern. Die Synode beriet auch über Schulen."
    )
    labels = topic_labels("Kirche", body, "de")
    assert labels.index("Aufarbeitung") < labels.index("Missbrauch")  # "aufarbeiten" credits it
    # the noun is credited only when the story uses it: no "Beratung" from "beriet"
    assert "Beratung" not in labels


def test_gerunds_of_listed_verbs_that_are_nouns_head_phrases() -> None:
    body = (
        "Schools moved to distance learning in March. Critics say distance learning hurts pupils."
        "\nThe court hearing was delayed. A second court hearing is set for May. Pupils came."
    )
    labels = topic_labels("Schools", body, "en")
    assert "distance learning" in labels
    assert "court hearing" in labels
    # the verb itself still heads no phrase: "pupils learn" is no topic
    assert not any(label.startswith("pupil learn") for label in labels)


def test_an_ing_word_after_a_determiner_opens_a_phrase() -> None:
    body = (
        "The banking sector fell on Monday. Analysts said the banking sector would recover.\n"
        "Police were investigating the case. Police investigating the case declined to comment."
    )
    labels = topic_labels("Banks", body, "en")
    assert "banking sector" in labels
    assert not any(label.startswith("investigating") for label in labels)  # a verb, no modifier


def test_like_joins_no_phrase() -> None:
    body = (
        "Her childhood home does not sound like much. It would sound like a palace to others.\n"
        "They treated the victim like a doll, and treated the victim like a doll again."
    )
    labels = topic_labels("Home", body, "en")
    assert not any("like" in label.split() for label in labels)


def test_a_phrase_always_followed_by_a_longer_one_joins_it() -> None:
    body = (
        "Thailand will launch nationwide distance learning. Schools rely on distance learning.\n"
        "The nationwide distance learning plan starts in May. Critics doubt distance learning."
    )
    labels = topic_labels("Schools close", body, "en")
    assert "distance learning" in labels
    assert "nationwide distance" not in labels  # only ever part of the longer phrase


def test_a_listed_verb_form_credits_its_noun_once() -> None:
    cands = topic_candidates(
        "FC Bayern entlässt Trainer Magath", "Die Entlassung kam überraschend.", "de"
    )
    dismissal = next(c for c, _ in cands if c.label == "Entlassung")
    assert dismissal.count == 2  # the title's "entlässt" and the body's noun, no more
